"""Inline suppressions in a text document: ``<!-- vndocparse: ignore VN204 -->``.

An HTML comment cannot occur in the text of a real document, Markdown viewers do not
show it, and the normaliser blanks it and attributes it to a ``furniture``/``comment``
part, so it changes nothing in the parse. Two forms:

* at the end of a line, ``<!-- vndocparse: ignore VN204, VN3 -->`` drops the
  diagnostics of those rules (codes, prefixes or names) that start on that line;
  ``<!-- vndocparse: ignore -->`` drops every diagnostic of the line;
* anywhere (the last line is a good place), ``<!-- vndocparse: ignore-file VN0 -->``
  drops them in the whole file; without codes, every diagnostic of the file.

A code that names no rule suppresses nothing (the diagnostic it meant stays, so the typo
shows). Formats whose reader keeps no comments (DOCX, PDF, HTML) have no suppressions:
use ``per-file-ignores``.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from vndocparse.validate.diagnostics import Diagnostic
from vndocparse.validate.registry import UnknownSelectorError, select

#: The directive inside the comment; ``ignore-file`` before ``ignore``.
DIRECTIVE = re.compile(r"<!--\s*vndocparse:\s*(ignore-file|ignore)(?![\w-])(.*?)-->", re.IGNORECASE)
_SEPARATOR = re.compile(r"[\s,]+")

#: Stands for "every rule" in a directive without codes.
EVERY = "*"


def _codes(selectors: str) -> frozenset[str]:
    names = [s for s in _SEPARATOR.split(selectors.strip()) if s]
    if not names:
        return frozenset({EVERY})
    out: set[str] = set()
    for name in names:
        try:
            out.update(select(name))
        except UnknownSelectorError:
            pass  # suppresses nothing: the diagnostic stays and shows the typo
    return frozenset(out)


@dataclass(frozen=True)
class Suppressions:
    """The suppressions of one document: for the file, and per line (1-based)."""

    file: frozenset[str] = frozenset()
    lines: dict[int, frozenset[str]] = field(default_factory=dict)

    def __bool__(self) -> bool:
        return bool(self.file or self.lines)

    def covers(self, d: Diagnostic) -> bool:
        for codes in (self.file, self.lines.get(d.location.line, frozenset())):
            if EVERY in codes or d.code in codes:
                return True
        return False


def find(lines: Sequence[str]) -> Suppressions:
    """The suppressions written in ``lines`` (the input as given)."""
    file: set[str] = set()
    per_line: dict[int, frozenset[str]] = {}
    for number, line in enumerate(lines, start=1):
        if "<!--" not in line:
            continue
        for m in DIRECTIVE.finditer(line):
            codes = _codes(m.group(2))
            if m.group(1).lower() == "ignore-file":
                file |= codes
            else:
                per_line[number] = per_line.get(number, frozenset()) | codes
    return Suppressions(frozenset(file), per_line)


def apply(diagnostics: Iterable[Diagnostic], lines: Sequence[str]) -> list[Diagnostic]:
    """``diagnostics`` without those the document's comments suppress."""
    found = find(lines)
    if not found:
        return list(diagnostics)
    return [d for d in diagnostics if not found.covers(d)]


__all__ = ["DIRECTIVE", "Suppressions", "apply", "find"]
