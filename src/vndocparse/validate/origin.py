"""Where a finding is in the file itself: the DOCX paragraph or table cell, the PDF page,
the HTML element — beside the line of the extracted text that every diagnostic has.

The readers map each produced line to its origin (`vndocparse.readers.source.LineOrigin`);
this module turns the line and column of a `Location` into an `Origin` a person can find
in Word, a PDF viewer or a browser's inspector. Numbers are 1-based here (the readers
count from 0 for tables and paragraphs).
"""

from __future__ import annotations

from vndocparse.readers.source import SourceInfo
from vndocparse.validate.diagnostics import Location, Origin


def origin_of(info: SourceInfo | None, location: Location) -> Origin | None:
    """The origin of ``location`` in the file ``info`` describes; None for text input."""
    if info is None or info.format == "text":
        return None
    o = info.origin(location.line)
    if o is None:
        return None
    if o.story is not None:  # a line read from the page header: not a body paragraph
        return Origin(text=f"page {o.story}")
    if o.paragraph is not None:
        n = o.paragraph + 1
        return Origin(paragraph=n, text=f"paragraph {n}")
    if o.table is not None:
        table, row = o.table + 1, (o.row or 0) + 1
        cell = _cell(info, location)
        where = f"table {table}, row {row}" + (f", cell {cell}" if cell is not None else "")
        return Origin(table=table, row=row, cell=cell, text=where)
    if o.page is not None:
        return Origin(page=o.page, text=f"page {o.page}")
    if o.element is not None:
        return Origin(element=o.element, text=f"element {o.element}")
    return None


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


__all__ = ["origin_of"]
