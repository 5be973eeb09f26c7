"""Colour for the text report: ANSI styles on a terminal, none in a file or a pipe.

`wanted` decides, as ruff and most tools do: ``NO_COLOR`` (no-color.org) set to
anything but the empty string turns colour off; else ``FORCE_COLOR`` turns it on (CI
logs that render ANSI); else colour only when the stream is a terminal (and ``TERM`` is
not ``dumb``). `paint` wraps text in a style only when colour is on.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import TextIO

#: SGR codes: errors red, warnings yellow, notes cyan (the severities' usual colours);
#: the path and the code bold, so the eye finds them in a long run.
STYLES: dict[str, str] = {
    "error": "1;31",
    "warning": "1;33",
    "info": "1;36",
    "path": "1",
    "code": "1",
    "summary": "1",
}


def wanted(stream: TextIO, environ: Mapping[str, str] | None = None) -> bool:
    """Whether to write colour to ``stream``."""
    env = os.environ if environ is None else environ
    if env.get("NO_COLOR"):
        return False
    if env.get("FORCE_COLOR"):
        return True
    if env.get("TERM") == "dumb":
        return False
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def paint(text: str, style: str, on: bool) -> str:
    """``text`` in ``style`` (a key of `STYLES`) when ``on``; else ``text`` itself."""
    return f"\x1b[{STYLES[style]}m{text}\x1b[0m" if on else text


__all__ = ["STYLES", "paint", "wanted"]
