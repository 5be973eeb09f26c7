"""What a reader hands the parser: text lines, where each came from, and formatting.

A reader turns a file (DOCX, PDF, HTML, text) into the *text lines* the pipeline
already understands, plus a side table that maps each produced line back to its
origin (a DOCX paragraph or table row, a PDF page and line, an HTML element) and,
for formats that carry it, the formatting of each paragraph and the page setup
(`Formatting`), which the typography rules (``VN0xx``) read.

These records are kept alongside the `Document` — not in its JSON — by `attach`;
`source_info(doc)` gives them back (``None`` for a document parsed from a ``str``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal, overload

if TYPE_CHECKING:
    from vndocparse.models import Document

Format = Literal["text", "docx", "pdf", "html"]


@dataclass(frozen=True, slots=True)
class LineOrigin:
    """Where one produced line (1-based ``line``) came from in the file.

    * text: ``line`` of the file;
    * DOCX: ``paragraph`` (0-based index among the body's paragraphs, in document
      order), or ``table``/``row`` and ``cells`` (the 0-based column of each cell
      on the line, in order) for a table row;
    * PDF: ``page`` (1-based) and ``page_line`` (1-based line on the page);
    * HTML: ``element``, the tag and its 0-based index among the file's block elements
      (``"p#12"``, ``"tr#3"``).
    """

    line: int
    paragraph: int | None = None
    table: int | None = None
    row: int | None = None
    cells: tuple[int, ...] = ()
    page: int | None = None
    page_line: int | None = None
    element: str | None = None
    story: str | None = None
    """DOCX: ``"header"`` for a line read from the page header (a Party banner placed
    there); None for the body. ``paragraph`` then counts the header's paragraphs."""


@dataclass(frozen=True, slots=True)
class ReaderNote:
    """Something the reader did or saw that the user should know (a diagnostic ``P02x``)."""

    code: str
    message: str
    severity: Literal["info", "warning"] = "info"
    line: int | None = None
    """The produced line it concerns, if any."""


@dataclass(frozen=True, slots=True)
class ParagraphFormat:
    """The formatting of one paragraph (or one cell paragraph) of a DOCX file.

    ``line`` is the produced line and ``start``/``end`` the columns of the paragraph's
    text on it (a table row holds several paragraphs side by side). The run
    properties are the ones that cover most of the paragraph's text, resolved through
    the paragraph style and the document defaults; ``None`` when not known.
    """

    line: int
    start: int
    end: int
    text: str
    font: str | None = None
    size: float | None = None
    """Points."""
    bold: bool | None = None
    italic: bool | None = None
    underline: bool | None = None
    all_caps: bool | None = None
    alignment: str | None = None
    """``left``, ``center``, ``right``, ``justify`` or None."""
    first_line_indent_cm: float | None = None
    line_spacing: float | None = None
    """A multiple of single spacing (1.0, 1.5), when spacing is proportional."""
    line_spacing_pt: float | None = None
    """Points, when spacing is exact or at least."""
    line_spacing_rule: str | None = None
    """``exact`` or ``at_least`` when ``line_spacing_pt`` is set (Word's "Exactly" and
    "At least"), else None."""
    in_table: bool = False
    fonts: tuple[str, ...] = ()
    """Every font named by the paragraph's runs (resolved)."""
    space_before_pt: float | None = None
    """Space before the paragraph in points, when set (in the paragraph or its style)."""
    space_after_pt: float | None = None
    """Space after the paragraph in points, when set (in the paragraph or its style)."""
    lead_bold: bool | None = None
    """Whether the paragraph's first run with text is bold (a heading's label)."""
    lead_underline: str | None = None
    """The underline of the paragraph's first run with text (a label such as "Nơi
    nhận"): ``none``, or Word's kind in lower case (``single``, ``double``, ``thick``,
    ``dotted``, ``wave``, ...); None when the paragraph has no text run."""
    colours: tuple[str, ...] = ()
    """Every font colour set on the paragraph's runs with text (resolved through the
    styles), other than Word's automatic colour: ``RRGGBB`` in hex, or ``theme:NAME``
    for a theme colour (``theme:accent_1``)."""


@dataclass(frozen=True, slots=True)
class PageSetup:
    """A section's page: size and margins in millimetres, page numbers."""

    width_mm: float | None = None
    height_mm: float | None = None
    top_mm: float | None = None
    bottom_mm: float | None = None
    left_mm: float | None = None
    right_mm: float | None = None
    landscape: bool = False
    page_numbers: Literal["header", "footer"] | None = None
    """Where a PAGE field was found (the header or the footer), or None."""
    title_page: bool = False
    """A different first page (``w:titlePg``): the number is not shown on page 1."""
    page_number_start: int | None = None
    """The number the section's pages start from (``w:pgNumType w:start``), when it
    restarts the numbering; None when it goes on from the section before."""
    first_line: int | None = None
    """The first produced line of the section (1-based), when known."""
    section: int = 0
    """The section's 0-based index in the document."""


@dataclass(frozen=True, slots=True)
class Formatting:
    """The formatting a DOCX file carries: page setup and one record per paragraph."""

    page: PageSetup
    """The first section's page (see ``sections`` for every section's)."""
    paragraphs: tuple[ParagraphFormat, ...] = ()
    sections: tuple[PageSetup, ...] = ()
    """Every section's page, in order (the first is ``page``); empty when not read."""

    def pages(self) -> tuple[PageSetup, ...]:
        """Every section's page setup (at least ``page``)."""
        return self.sections or (self.page,)

    def on_line(self, line: int) -> list[ParagraphFormat]:
        return [p for p in self.paragraphs if p.line == line]

    def at(self, line: int, start: int, end: int) -> ParagraphFormat | None:
        """The paragraph whose text overlaps columns ``start``–``end`` of ``line``."""
        for p in self.paragraphs:
            if p.line == line and p.start < end and start < p.end:
                return p
        return None


class LineByLine(Sequence[LineOrigin]):
    """The origins of a text file, line ``i`` from line ``i``: made when asked for, so
    that a file of millions of lines holds no object per line for them."""

    __slots__ = ("size",)

    def __init__(self, size: int) -> None:
        self.size = size

    def __len__(self) -> int:
        return self.size

    @overload
    def __getitem__(self, index: int) -> LineOrigin: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[LineOrigin]: ...
    def __getitem__(self, index: int | slice) -> LineOrigin | Sequence[LineOrigin]:
        if isinstance(index, slice):
            return [LineOrigin(line=i + 1) for i in range(*index.indices(self.size))]
        if index < 0:
            index += self.size
        if not 0 <= index < self.size:
            raise IndexError(index)
        return LineOrigin(line=index + 1)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, LineByLine):
            return other.size == self.size
        return isinstance(other, Sequence) and list(self) == list(other)

    def __hash__(self) -> int:
        return hash(("LineByLine", self.size))

    def __repr__(self) -> str:
        return f"LineByLine({self.size})"


@dataclass(slots=True)
class SourceText:
    """A reader's output: the text to parse and what is known about where it came from."""

    text: str
    format: Format
    origins: list[LineOrigin] | LineByLine = field(default_factory=list)
    formatting: Formatting | None = None
    conversion: str | None = None
    """The legacy encoding converted to Unicode (``"TCVN3"``, ``"VNI"``), if any."""
    notes: list[ReaderNote] = field(default_factory=list)
    """What the reader reports (diagnostics ``P021``–``P026``)."""


@dataclass(frozen=True, slots=True)
class SourceInfo:
    """Kept alongside a parsed `Document` read from a file (see `source_info`)."""

    format: Format
    origins: Sequence[LineOrigin] = ()
    """One per produced line, in order (a tuple; `LineByLine` for a text file)."""
    formatting: Formatting | None = None
    conversion: str | None = None

    def origin(self, line: int) -> LineOrigin | None:
        """Where produced line ``line`` (1-based) came from."""
        if 1 <= line <= len(self.origins) and self.origins[line - 1].line == line:
            return self.origins[line - 1]
        for o in self.origins:
            if o.line == line:
                return o
        return None


_KEY = "_source_format"


def attach(doc: Document, info: SourceInfo) -> None:
    """Keep ``info`` with ``doc`` (a private attribute: not in the JSON, kept by model_copy)."""
    private = doc.__pydantic_private__
    if private is not None:
        private[_KEY] = info


def source_info(doc: Document) -> SourceInfo | None:
    """What `attach` kept with ``doc``, or None (a document parsed from a ``str``)."""
    private = getattr(doc, "__pydantic_private__", None) or {}
    info = private.get(_KEY)
    return info if isinstance(info, SourceInfo) else None


__all__ = [
    "Format",
    "Formatting",
    "LineByLine",
    "LineOrigin",
    "PageSetup",
    "ParagraphFormat",
    "ReaderNote",
    "SourceInfo",
    "SourceText",
    "attach",
    "source_info",
]
