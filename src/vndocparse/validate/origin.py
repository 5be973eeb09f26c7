"""Where a finding is in the file itself: the DOCX paragraph or table cell, the PDF page,
the HTML element — beside the line of the extracted text that every diagnostic has.

The readers map each produced line to its origin (`vndocparse.readers.source.LineOrigin`);
this module turns the line and column of a `Location` into an `Origin` a person can find
in Word, a PDF viewer or a browser's inspector. Numbers are 1-based here (the readers
count from 0 for tables and paragraphs).
"""

from __future__ import annotations

from vndocparse.catalogue import ORIGIN
from vndocparse.readers.source import SourceInfo
from vndocparse.validate.diagnostics import Location, Origin


def origin_of(info: SourceInfo | None, location: Location, lang: str = "en") -> Origin | None:
    """The origin of ``location`` in the file ``info`` describes, its ``text`` in
    ``lang``; None for text input."""
    if info is None or info.format == "text":
        return None
    o = info.origin(location.line)
    if o is None:
        return None
    if o.story is not None:  # a line read from the page header: not a body paragraph
        return Origin(text=f"page {o.story}")
    if o.paragraph is not None:
        return in_words(Origin(paragraph=o.paragraph + 1, text=""), lang)
    if o.table is not None:
        cell = _cell(info, location)
        return in_words(Origin(table=o.table + 1, row=(o.row or 0) + 1, cell=cell, text=""), lang)
    if o.page is not None:
        return in_words(Origin(page=o.page, text=""), lang)
    if o.element is not None:
        return in_words(Origin(element=o.element, text=""), lang)
    return None


def in_words(origin: Origin, lang: str = "en") -> Origin:
    """``origin`` with its ``text`` written from its numbers in ``lang`` (`ORIGIN`):
    ``"table 1, row 2, cell 1"`` / ``"bảng 1, hàng 2, ô 1"``."""
    if origin.paragraph is not None:
        words = ORIGIN["paragraph"](paragraph=origin.paragraph)
    elif origin.table is not None:
        words = ORIGIN["row" if origin.cell is None else "cell"](table=origin.table, row=origin.row, cell=origin.cell)
    elif origin.page is not None:
        words = ORIGIN["page"](page=origin.page)
    elif origin.element is not None:
        words = ORIGIN["element"](element=origin.element)
    elif origin.section is not None:
        words = ORIGIN["section"](section=origin.section)
    else:
        return origin
    return origin.model_copy(update={"text": words.text(lang)})


def _cell(info: SourceInfo, location: Location) -> int | None:
    """The 1-based cell of a table-row line that holds ``location``'s column.

    A row line holds its non-empty cells side by side; the DOCX formatting records of
    the line are those cells, in the same order as ``LineOrigin.cells``.
    """
    o = info.origin(location.line)
    if o is None or not o.cells:
        return None
    if len(o.cells) == 1:
        return o.cells[0] + 1
    fmt = info.formatting
    if fmt is None:
        return None
    col = location.column - 1
    spans = fmt.on_line(location.line)
    if len(spans) != len(o.cells):
        return None
    for cell, para in zip(o.cells, spans, strict=True):
        if para.start <= col < max(para.end, para.start + 1):
            return cell + 1
    # a point just past a cell's text (where something missing belongs): the cell before it
    before = [cell for cell, para in zip(o.cells, spans, strict=True) if para.start <= col]
    return before[-1] + 1 if before else o.cells[0] + 1


__all__ = ["in_words", "origin_of"]
