"""The result of a check: `Diagnostic` and its `Location` (frozen Pydantic models).

A diagnostic names the rule that fired (``code``, ``name``), how much it matters
(``severity``), what is wrong (``message``), where (``location``, in the input as
given), the rule's normative ``source`` and, where one exists, a ``fix`` hint.

Examples:
    >>> import vndocparse
    >>> doc = vndocparse.parse("BỘ NỘI VỤ\\nSố: 5/BNV-VP\\n")
    >>> [d.code for d in vndocparse.validate(doc)][:3]  # doctest: +SKIP
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

#: How much a diagnostic matters. ``error`` fails a check (exit status 1); ``warning``
#: fails it only with ``--strict``; ``info`` never does.
Severity = Literal["error", "warning", "info"]

#: A rule's level in a configuration: a severity, or ``off`` (the rule does not run).
Level = Literal["error", "warning", "info", "off"]

SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")
LEVELS: tuple[Level, ...] = ("error", "warning", "info", "off")


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)


class Location(_Model):
    """A range of the input as given: 1-based lines and columns, the end column exclusive.

    Columns count characters (Unicode code points) of the line as given, so they can be
    used with SARIF's ``unicodeCodePoints`` column kind and GitHub annotations; they come
    from the parser's segments (`vndocparse.Segment` columns are 0-based, these 1-based).
    """

    line: int
    """First line (1-based)."""
    column: int
    """Column of the first character (1-based)."""
    end_line: int
    """Last line (1-based, inclusive)."""
    end_column: int
    """Column just past the last character (1-based, exclusive); equals ``column`` for a point."""


class Edit(_Model):
    """A change that fixes a finding: replace the range ``location`` of the input with ``text``.

    Given only where the rule knows the exact replacement (a leading zero, the wording of
    the national title); ``vndocparse fix`` applies the edits of a text file.
    """

    location: Location
    """The range to replace (a point to insert at)."""
    text: str
    """The replacement."""


class Origin(_Model):
    """Where a finding is in the file itself, beside the line of the extracted text.

    DOCX: the body paragraph, or the table, row and cell; PDF: the page; HTML: the
    element. Numbers are 1-based, as a reader counts them.
    """

    paragraph: int | None = None
    """DOCX: the paragraph of the document's body, counted from 1 (tables not counted)."""
    table: int | None = None
    """DOCX: the table, counted from 1."""
    row: int | None = None
    """DOCX: the table's row, counted from 1."""
    cell: int | None = None
    """DOCX: the row's cell, counted from 1."""
    page: int | None = None
    """PDF: the page, counted from 1."""
    element: str | None = None
    """HTML: the block element, as tag and index among the file's block elements (``"p#12"``)."""
    section: int | None = None
    """DOCX: the section whose page set-up is meant, counted from 1."""
    text: str
    """The same in words: ``"paragraph 8"``, ``"table 1, row 2, cell 1"``, ``"page 2"``, ``"element p#12"``, ``"page set-up of section 1"``."""


class Diagnostic(_Model):
    """One finding of a rule in one document."""

    code: str
    """Stable rule code: ``"VN204"``."""
    name: str
    """Rule name in kebab case: ``"number-leading-zero"``."""
    severity: Severity
    """``error``, ``warning`` or ``info``, after configuration."""
    message: str
    """What is wrong, in English, quoting the document where it helps."""
    location: Location
    """Where, in the input as given."""
    source: str
    """The rule's normative source: ``"NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.3"``."""
    fix: str | None = None
    """How to fix it, when that can be said: ``"write 'Số: 05/QĐ-UBND'"``."""
    path: str | None = None
    """The checked file (``Document.source``); null for a document parsed from a string."""
    guideline: str | None = None
    """The guideline the document was judged by: ``"NĐ 30/2020/NĐ-CP"``, ``"HD 36-HD/VPTW"``
    or ``"HD 05-HD/VPTW"``; null when its family could not be told."""
    origin: Origin | None = None
    """Where the finding is in a DOCX, PDF or HTML file (paragraph, cell, page, element); null for text."""
    edit: Edit | None = None
    """The exact change that fixes it, when the rule knows one (applied by ``vndocparse fix``)."""


__all__ = ["LEVELS", "SEVERITIES", "Diagnostic", "Edit", "Level", "Location", "Origin", "Severity"]
