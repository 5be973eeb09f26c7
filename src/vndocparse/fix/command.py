"""The ``vndocparse fix FILE`` command: fix one document, write it, say what changed and
what is left.

Without ``--diff`` the fixed document is written to ``-o OUT``, or over the input with
``--in-place``; one of the two is required, so that a file is never overwritten by
surprise. ``--diff`` prints a unified diff of the text (and, for a DOCX, the list of
formatting changes) and writes nothing. Exit status: 0 when nothing is left that the
check reports as an error, 1 when errors are left, 2 for a usage or input error.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from vndocparse.catalogue import FIX, said
from vndocparse.errors import VndocparseError
from vndocparse.i18n import resolve_lang
from vndocparse.report import where


def run(args: argparse.Namespace, resolved: Any) -> int:
    """Run ``fix`` with the parsed arguments and the resolved check configuration; its
    lines in the configuration's language (``--lang``, ``lang``, the locale)."""
    from vndocparse import cli
    from vndocparse.fix import WRITABLE, fix_bytes

    lang = resolve_lang(resolved.lang)
    path = Path(args.file)
    if not args.diff and not args.output and not args.in_place:
        cli._error(FIX["usage"]().text(lang))
        return cli.EXIT_USAGE
    try:
        data = path.read_bytes()
    except OSError as exc:
        cli._error(f"{path}: {exc.strerror or exc}")
        return cli.EXIT_USAGE
    try:
        result = fix_bytes(data, source=str(path), config=resolved)
    except VndocparseError as exc:
        cli._error(said(exc, lang))
        return cli.EXIT_USAGE
    out = sys.stdout
    if result.format not in WRITABLE:
        cli._error(FIX["not_writable"](path=path, format=result.format.upper()).text(lang))
        return cli.EXIT_USAGE
    if args.diff:
        out.write(result.diff(path.name))
        if result.format == "docx":
            for change in result.changes:
                out.write(f"# {change}\n")
    elif result.changed:
        target = path if args.in_place else Path(args.output)
        target.write_bytes(result.data)
        out.write(FIX["wrote"](path=target).text(lang) + "\n")
    for change in result.changes if not args.diff or result.format != "docx" else ():
        out.write(FIX["fixed"](change=change).text(lang) + "\n")
    if not result.changed:
        out.write(FIX["nothing"](path=path).text(lang) + "\n")
    for d in result.after:
        place = f"{path}:{d.location.line}:{d.location.column}: {d.code} {d.message}{where(d)}"
        out.write(FIX["left"](where=place).text(lang) + "\n")
    fixed, left = len(result.before) - len(result.after), len(result.after)
    totals = FIX["totals"](changes=len(result.changes), before=len(result.before), after=left, fewer=fixed)
    out.write(totals.text(lang) + "\n")
    out.flush()
    # (1: errors are left after the fix, as `check` exits on findings.)
    return cli.EXIT_FAILURE if any(d.severity == "error" for d in result.after) else cli.EXIT_OK


__all__ = ["run"]
