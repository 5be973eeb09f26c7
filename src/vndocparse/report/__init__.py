"""Writers of check results, one module per output format (ruff's emitters).

Each writer takes the results of a run — one `FileResult` per checked file, in the
order checked — and a text stream:

========  =================================================================
text      ``path:line:col: CODE [severity] message`` lines, each file's coverage, a summary line
json      ``{"diagnostics": [...], "files": [...]}``: the diagnostics and each file's coverage
sarif     a SARIF 2.1.0 log that GitHub code scanning accepts (coverage in the run's properties)
github    GitHub Actions workflow commands (``::error file=...,line=...::``)
========  =================================================================
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol, TextIO

from vndocparse.catalogue import REPORT, SEVERITY
from vndocparse.validate.coverage import Coverage
from vndocparse.validate.diagnostics import Diagnostic


@dataclass
class FileResult:
    """The diagnostics of one checked file (``path`` as given on the command line) and
    what the check could check (`Coverage`; None when the file could not be read)."""

    path: str
    diagnostics: list[Diagnostic] = field(default_factory=list)
    coverage: Coverage | None = None
    guideline: str | None = None
    """The guideline the file was judged by (``"HD 05-HD/VPTW"``); None when unreadable
    or of unknown family."""
    lang: str = "en"
    """The language of the file's check (its messages and coverage reasons are in it);
    its own lines of the report are written in it too."""


def guidelines_applied(results: Sequence[FileResult]) -> dict[str, int]:
    """Guideline name → number of files judged by it, in the order first met."""
    out: dict[str, int] = {}
    for r in results:
        if r.guideline:
            out[r.guideline] = out.get(r.guideline, 0) + 1
    return out


class Writer(Protocol):
    def __call__(self, results: Sequence[FileResult], out: TextIO, *, lang: str = "en") -> None: ...


def _writers() -> dict[str, Writer]:
    from vndocparse.report import github, json, sarif, text

    return {"text": text.write, "json": json.write, "sarif": sarif.write, "github": github.write}


#: The output formats, in the order ``--help`` lists them.
FORMATS = ("text", "json", "sarif", "github")


def write(fmt: str, results: Sequence[FileResult], out: TextIO, *, lang: str = "en") -> None:
    """Write ``results`` to ``out`` in format ``fmt`` (one of `FORMATS`); the run's own
    lines in ``lang`` (each file's in its own `FileResult.lang`)."""
    writers = _writers()
    if fmt not in writers:
        raise ValueError(f"unknown output format {fmt!r}; known formats: {', '.join(FORMATS)}")
    writers[fmt](results, out, lang=lang)


def message_text(d: Diagnostic) -> str:
    """The message of a diagnostic as the text, GitHub and SARIF reports show it.

    The message is already in the language of the check (`vndocparse.validate` renders
    each rule's `Phrase` in it).
    """
    return d.message


def with_fix(message: str, d: Diagnostic, lang: str = "en") -> str:
    """``message`` (the diagnostic as a report words it) and, when the rule gives one,
    its fix: ``... (fix: write '05')``."""
    return REPORT["with_fix"](message=message, fix=d.fix).text(lang) if d.fix else message


def severity_word(severity: str, lang: str = "en") -> str:
    """``error`` / ``lỗi``: a severity as the text report and ``--statistics`` show it."""
    return SEVERITY[severity]().text(lang)


def counts(results: Sequence[FileResult]) -> dict[str, int]:
    """Diagnostics by severity, and the files with any."""
    out = {"error": 0, "warning": 0, "info": 0, "files": 0, "checked": len(results)}
    for r in results:
        if r.diagnostics:
            out["files"] += 1
        for d in r.diagnostics:
            out[d.severity] += 1
    return out


def where(d: Diagnostic) -> str:
    """``" [paragraph 8]"``: the finding's place in a DOCX, PDF or HTML file, or ``""``."""
    return f" [{d.origin.text}]" if d.origin is not None else ""


__all__ = [
    "FORMATS",
    "FileResult",
    "counts",
    "guidelines_applied",
    "message_text",
    "severity_word",
    "where",
    "with_fix",
    "write",
]
