"""DOCX files (``[docx]`` extra: python-docx): paragraphs and layout tables as text lines.

* Each body paragraph becomes one line (a soft line break starts another; a tab becomes
  a gutter of four spaces). The text is the document **as it prints with tracked
  changes accepted**: insertions (``w:ins``, ``w:moveTo``) kept, deletions (``w:del``,
  ``w:moveFrom``) dropped; the reader says so (``P023``).
* Each table row becomes markdown pipe rows, ``| left | right |``: the cells'
  paragraphs side by side, the first paragraph of every cell on the first line, the
  second on the second... — as the row looks on the page. The segmenter cuts a pipe row
  into its cells, so the header's left and right columns (and the Nơi nhận and signature
  columns) are read from the table's cells rather than guessed from spacing.
* The page header that prints on page 1 (the first-page header when the first section
  has one, else its default header) is read before the body when it holds text other
  than fields: a Party banner ("ĐẢNG CỘNG SẢN VIỆT NAM") is often placed there
  (``P026``; its lines' `LineOrigin.story` is ``"header"``).
* Every line gets a `LineOrigin` (paragraph index, or table/row and cell columns), and
  every paragraph a `ParagraphFormat` (font, size, bold, italic, underline, caps,
  alignment, indent, spacing); every section its `PageSetup`, for the typography rules.

Safety and package checks are `vndocparse.readers.package` (running inflate caps, no DTD
in any part, the main part wherever the package points, ``.docm`` read without running
its macros ``P024``, external links listed and never opened ``P022``). A
password-protected Word file raises `EncryptedDocumentError`; anything python-docx
cannot open, `BrokenDocumentError`.
"""

from __future__ import annotations

import io
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from vndocparse import limits
from vndocparse.errors import BrokenDocumentError, MissingExtraError, VndocparseError
from vndocparse.readers.docx_style import SECTIONS, W_NS
from vndocparse.readers.source import (
    Formatting,
    LineOrigin,
    PageSetup,
    ParagraphFormat,
    ReaderNote,
    SourceText,
)

if TYPE_CHECKING:
    from vndocparse.readers.package import Package

_W = W_NS
#: Inline containers whose runs print (a hyperlink, a tracked insertion, a content
#: control, a simple field...); a tracked deletion or move's source does not print.
_INLINE = frozenset(
    _W + t for t in ("hyperlink", "ins", "moveTo", "smartTag", "sdt", "sdtContent", "fldSimple", "customXml", "dir", "bdo")
)
_NOT_PRINTED = frozenset(_W + t for t in ("del", "moveFrom"))
_TRACKED = frozenset(_W + t for t in ("ins", "del", "moveTo", "moveFrom"))
#: Links listed in a ``P022`` message.
_SHOWN = 3


def read_docx(data: bytes, *, source: str = "<bytes>") -> SourceText:
    """The text lines, origins and formatting of a DOCX (or .docm, .dotx) file."""
    document, package = open_docx(data, source=source)
    try:
        src = _Walker(document).run()
    except VndocparseError:
        raise
    except Exception as exc:  # noqa: BLE001  (python-docx's InvalidXmlError, lxml's, ...: the file's fault)
        error = BrokenDocumentError(source, f"DOCX structure not understood: {type(exc).__name__}: {exc}")
        raise (limits.passed(exc) or error) from None
    if package.macros:
        src.notes.append(
            ReaderNote("P024", f"the file is a {package.kind or 'document'} carrying macros; they were not run", "warning")
        )
    if package.external:
        shown = "; ".join(f"{kind} → {target}" for kind, target in package.external[:_SHOWN])
        more = f" and {len(package.external) - _SHOWN} more" if len(package.external) > _SHOWN else ""
        src.notes.append(
            ReaderNote("P022", f"{len(package.external)} external link(s), not opened: {shown}{more}")
        )
    return src


def open_docx(data: bytes, *, source: str, as_is: bool = False) -> tuple[Any, Package]:
    """The python-docx ``Document`` of ``data``, and the checked `Package`: the one way
    both `read_docx` and ``vndocparse fix`` open a DOCX. The package's checks
    (`vndocparse.readers.package.unpack`: inflate caps, no DTD, encryption) come first;
    python-docx then opens the re-packed entries, or with ``as_is`` the bytes themselves
    (``fix`` writes back the file it opened, its content types unchanged)."""
    try:
        import docx
    except ImportError:
        raise MissingExtraError(source, "DOCX", "docx", "python-docx") from None
    from vndocparse.readers.package import unpack

    package = unpack(data, source=source)
    try:
        document = docx.Document(io.BytesIO(data if as_is else package.data))
    except VndocparseError:
        raise
    except Exception as exc:  # noqa: BLE001  (python-docx raises many kinds)
        raise (limits.passed(exc) or BrokenDocumentError(source, f"not a readable DOCX: {type(exc).__name__}: {exc}")) from None
    return document, package


def read_document(document: Any) -> tuple[SourceText, list[Any]]:
    """The text of an open python-docx ``document`` and, for each record of its
    formatting (same order), the python-docx paragraph it describes: what
    ``vndocparse fix`` needs to write back to the paragraphs the rules checked."""
    walker = _Walker(document)
    return walker.run(), walker.sources


# --------------------------------------------------------------------------- walking


class _Walker:
    def __init__(self, document: Any) -> None:
        from vndocparse.readers.docx_style import Styles

        self.document = document
        self.lines: list[str] = []
        self.origins: list[LineOrigin] = []
        self.formats: list[ParagraphFormat] = []
        #: The python-docx paragraph of each record of ``formats`` (same order), for the
        #: fixer (`vndocparse.fix.docx`), which writes back to the paragraphs it checked.
        self.sources: list[Any] = []
        self.paragraph_index = 0
        self.table_index = 0
        self.styles = Styles(document)
        self.tracked = False
        self.story: str | None = None
        self.section_firsts: list[int | None] = [1]

    def run(self) -> SourceText:
        from vndocparse.readers.docx_style import page_setups

        notes: list[ReaderNote] = []
        header = self._page_one_header()
        if header is not None:
            self.story = "header"
            self._blocks(header, fields=False)
            self.story = None
            if self.lines:
                notes.append(ReaderNote("P026", f"{len(self.lines)} line(s) read from the page header", line=1))
            self.paragraph_index = self.table_index = 0
            self.section_firsts = [len(self.lines) + 1]
        self._blocks(self.document.element.body, fields=True)
        if self.tracked:
            notes.append(
                ReaderNote("P023", "tracked changes read as accepted: insertions kept, deletions dropped")
            )
        sections = page_setups(self.document, self.section_firsts)
        return SourceText(
            text="\n".join(self.lines) + ("\n" if self.lines else ""),
            format="docx",
            origins=self.origins,
            formatting=Formatting(page=sections[0] if sections else PageSetup(), paragraphs=tuple(self.formats), sections=sections),
            notes=notes,
        )

    def _page_one_header(self) -> Any:
        """The header part's element that prints on page 1, or None."""
        from vndocparse.readers.docx_style import header_parts

        first = self.document.element.body.xpath(SECTIONS)
        if not first:
            return None
        sect_pr = first[0]
        parts = header_parts(self.document, sect_pr, "header")
        # (python-docx reads w:titlePg's on/off value: "off" and "false" are off, as "0".)
        part = parts.get("first") if sect_pr.titlePg_val else None
        part = part or parts.get("default")
        return getattr(part, "element", None)

    def _blocks(self, parent: Any, *, fields: bool) -> None:
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        for el in _blocks(parent):
            limits.check()
            if el.tag == _W + "p":
                self.paragraph(Paragraph(el, self.document), fields=fields)
                if el.find(f"{_W}pPr/{_W}sectPr") is not None and self.story is None:
                    self.section_firsts.append(len(self.lines) + 1)
            else:
                self.table(Table(el, self.document), fields=fields)

    def _add(self, text: str, origin: dict[str, Any]) -> int:
        self.lines.append(text)
        line = len(self.lines)
        self.origins.append(LineOrigin(line=line, story=self.story, **origin))
        return line

    def _runs(self, p: Any, fields: bool) -> list[tuple[Any, str]]:
        runs, tracked = printed_runs(p, fields=fields)
        self.tracked = self.tracked or tracked
        return runs

    def paragraph(self, p: Any, *, fields: bool) -> None:
        from vndocparse.readers.docx_style import format_of

        index = self.paragraph_index
        self.paragraph_index += 1
        runs = self._runs(p, fields)
        pieces = _lines_of(runs)
        if self.story and not any(piece.strip() for piece in pieces):
            return  # a header paragraph holding only a page number field
        fmt = format_of(p, runs, self.styles)
        for piece in pieces or [""]:
            line = self._add(piece, {"paragraph": index})
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                self.formats.append(
                    ParagraphFormat(line=line, start=lead, end=len(piece.rstrip()), text=piece.strip(), **fmt)
                )
                self.sources.append(p)

    def table(self, table: Any, *, fields: bool) -> None:
        from vndocparse.readers.docx_style import format_of

        tindex = self.table_index
        self.table_index += 1
        for r, row in enumerate(table.rows):
            limits.check()
            columns: list[list[tuple[str, dict[str, Any], Any]]] = []
            for cell in _unique_cells(row):
                entries: list[tuple[str, dict[str, Any], Any]] = []
                for p in _cell_paragraphs(cell):
                    runs = self._runs(p, fields)
                    fmt = format_of(p, runs, self.styles)
                    for piece in _lines_of(runs):
                        entries.append((piece.replace("|", "/").strip(), fmt, p))
                while entries and not entries[-1][0]:
                    entries.pop()
                while entries and not entries[0][0]:
                    entries.pop(0)
                columns.append(entries)
            depth = max((len(c) for c in columns), default=0)
            for i in range(depth):
                texts = [c[i][0] if i < len(c) else "" for c in columns]
                if not any(texts):
                    continue
                line_text = "|"
                spans: list[tuple[int, int, int]] = []
                for col, text in enumerate(texts):
                    line_text += " "
                    start = len(line_text)
                    line_text += text
                    if text:
                        spans.append((col, start, len(line_text)))
                    line_text += " |"
                line = self._add(line_text, {"table": tindex, "row": r, "cells": tuple(col for col, _, _ in spans)})
                for col, start, end in spans:
                    _, fmt, source = columns[col][i]
                    self.formats.append(
                        ParagraphFormat(
                            line=line, start=start, end=end, text=line_text[start:end], in_table=True, **fmt
                        )
                    )
                    self.sources.append(source)


def printed_runs(p: Any, *, fields: bool = True) -> tuple[list[tuple[Any, str]], bool]:
    """The paragraph's runs as it prints with tracked changes accepted, each with its
    text, and whether it holds tracked changes. ``fields=False`` leaves out field
    results (a page number)."""
    from docx.text.run import Run

    out: list[tuple[Any, str]] = []
    tracked = False
    state = {"in_result": 0}

    def walk(parent: Any, in_simple_field: bool) -> None:
        nonlocal tracked
        for el in parent.iterchildren():
            tag = el.tag
            if tag in _TRACKED:
                tracked = True
            if tag == _W + "r":
                if not fields:
                    for mark in el.iterchildren(_W + "fldChar"):
                        kind = mark.get(_W + "fldCharType")
                        state["in_result"] += 1 if kind == "begin" else -1 if kind == "end" else 0
                    if state["in_result"] > 0 or in_simple_field:
                        continue
                out.append((Run(el, p), run_text(el)))
            elif tag in _INLINE:
                walk(el, in_simple_field or tag == _W + "fldSimple")
            elif tag in _NOT_PRINTED:
                continue

    walk(p._p, False)
    return out, tracked


#: What a run's text is made of (python-docx's ``CT_R.text``, which compiles an XPath
#: at each call: a third of a millisecond per run).
_RUN_TEXT = frozenset(_W + t for t in ("t", "tab", "br", "cr", "noBreakHyphen", "ptab"))


def run_text(r: Any) -> str:
    """The text of a ``w:r`` element, as python-docx gives it (each child's ``str``)."""
    return "".join(str(child) for child in r.iterchildren() if child.tag in _RUN_TEXT)


def _lines_of(runs: list[tuple[Any, str]]) -> list[str]:
    """The runs' text cut at soft line breaks; a tab becomes a four-space gutter."""
    text = "".join(t for _, t in runs).replace("\t", "    ").replace("\r", "\n")
    return text.split("\n") if text else []


def _blocks(parent: Any) -> Iterator[Any]:
    """Paragraphs and tables in document order, looking inside content controls."""
    for el in parent.iterchildren():
        if el.tag in (_W + "p", _W + "tbl"):
            yield el
        elif el.tag in (_W + "sdt", _W + "ins", _W + "moveTo", _W + "customXml"):
            content = el.find(_W + "sdtContent") if el.tag == _W + "sdt" else el
            if content is not None:
                yield from _blocks(content)


def _unique_cells(row: Any) -> list[Any]:
    """The row's cells, a merged cell once."""
    seen: set[int] = set()
    out = []
    for cell in row.cells:
        key = id(cell._tc)
        if key in seen:
            continue
        seen.add(key)
        out.append(cell)
    return out


def _cell_paragraphs(cell: Any) -> Iterator[Any]:
    """A cell's paragraphs in order, those of nested tables included."""
    from docx.text.paragraph import Paragraph

    for el in cell._tc.iter(_W + "p"):
        yield Paragraph(el, cell)


__all__ = ["open_docx", "printed_runs", "read_document", "read_docx"]
