"""``--output-format github``: GitHub Actions workflow commands, one per diagnostic.

``::error title=vndocparse (VN204),file=cv.txt,line=4,col=7,endLine=4,endColumn=8::VN204 ...``
— ``error`` for errors, ``warning`` for warnings, ``notice`` for notes (ruff's
``github.rs``). Values are escaped as the runner expects: ``%``, CR and LF in the
message; also ``:`` and ``,`` in the properties.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from vndocparse.report import FileResult, message_text, where, with_fix

_COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(s: str) -> str:
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(s: str) -> str:
    return escape_data(s).replace(":", "%3A").replace(",", "%2C")


def write(results: Sequence[FileResult], out: TextIO, *, lang: str = "en") -> None:
    for result in results:
        for d in result.diagnostics:
            loc = d.location
            props = ",".join(
                f"{k}={escape_property(str(v))}"
                for k, v in (
                    ("title", f"vndocparse ({d.code})"),
                    ("file", result.path),
                    ("line", loc.line),
                    ("col", loc.column),
                    ("endLine", loc.end_line),
                    ("endColumn", loc.end_column),
                )
            )
            message = with_fix(f"{d.code} {message_text(d)}{where(d)}", d, result.lang)
            out.write(f"::{_COMMAND[d.severity]} {props}::{escape_data(message)}\n")
