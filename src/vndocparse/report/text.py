"""``--output-format text``: ``path:line:col: CODE [severity] message``, then a summary.

The form is ruff's concise output, which editors and ``grep`` understand, with the
severity after the code as yamllint shows it, so a warning does not read like an error
(coloured on a terminal: `vndocparse.report.colour`); lines are in file order, then by
position. A finding in a DOCX, PDF or HTML file ends with its
place in the file (``[table 1, row 1, cell 2]``, ``[page 2]``). After each file's
findings, one line says what could be checked (``path: checked 68 rules; 8 not
applicable (...)``). The summary counts errors, warnings and notes, says how many
files have any, and never says "All checks passed" of a file that could not be
checked in full (a text file has no typography; a part may not have been found). A last
line names the guideline(s) applied. Each file's lines are in the language of its check
(`FileResult.lang`), the summary in the run's (``lang``): `vndocparse.catalogue`.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TextIO

from vndocparse.catalogue import REPORT, counted, listing
from vndocparse.report import (
    FileResult,
    counts,
    guidelines_applied,
    message_text,
    severity_word,
    where,
)
from vndocparse.report.colour import paint
from vndocparse.validate.diagnostics import SEVERITIES, Diagnostic


def summary(results: Sequence[FileResult], lang: str = "en") -> str:
    """``Found 2 errors and 1 warning in 1 of 3 files.`` or ``All checks passed (3 files).``
    (``Có 2 lỗi và 1 cảnh báo ở 1 trong 3 tệp.``)."""
    c = counts(results)
    files = counted(c["checked"], "file")
    found = [counted(c[sev], sev) for sev in SEVERITIES if c[sev]]
    partial = sum(1 for r in results if r.coverage is None or not r.coverage.complete)
    if not found:
        if not partial:
            return REPORT["all_passed"](files=files).text(lang)
        return REPORT["partial"](files=files, partial=counted(partial, "file")).text(lang)
    return REPORT["found"](listed=listing(found), n=c["files"], files=files).text(lang)


def guidelines_line(results: Sequence[FileResult], lang: str = "en") -> str:
    """``Checked against HD 05-HD/VPTW.``, or with several guidelines ``Checked against
    NĐ 30/2020/NĐ-CP (2 files), HD 05-HD/VPTW (1 file).``; empty when none applied."""
    applied = guidelines_applied(results)
    if not applied:
        return ""
    if len(applied) == 1:
        named = next(iter(applied))
    else:
        named = ", ".join(f"{g} ({counted(n, 'file').text(lang)})" for g, n in applied.items())
    return REPORT["checked_against"](guidelines=named).text(lang)


def footer(results: Sequence[FileResult], lang: str = "en") -> str:
    """The summary line and, when any guideline was applied, the guideline line."""
    applied = guidelines_line(results, lang)
    return summary(results, lang) + "\n" + (applied + "\n" if applied else "")


def line(path: str, d: Diagnostic, *, colour: bool = False, lang: str = "en") -> str:
    """One diagnostic as one line of the report."""
    loc = d.location
    at = paint(f"{path}:{loc.line}:{loc.column}:", "path", colour)
    severity = paint(f"[{severity_word(d.severity, lang)}]", d.severity, colour)
    return f"{at} {paint(d.code, 'code', colour)} {severity} {message_text(d)}{where(d)}"


def write_lines(result: FileResult, out: TextIO, *, colour: bool = False, coverage: bool = True) -> None:
    """The lines of one file's diagnostics, then (``coverage``) what could be checked in
    it; the command writes them as each file is done."""
    out.writelines(line(result.path, d, colour=colour, lang=result.lang) + "\n" for d in result.diagnostics)
    if result.coverage is not None and coverage:
        out.write(f"{result.path}: {result.coverage.describe(result.lang)}\n")


def write(results: Sequence[FileResult], out: TextIO, *, colour: bool = False, lang: str = "en") -> None:
    for result in results:
        write_lines(result, out, colour=colour)
    out.write(footer(results, lang))
