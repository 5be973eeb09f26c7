"""DOCX files (``[docx]`` extra: python-docx): paragraphs and layout tables as text lines.

* Each body paragraph becomes one line (a soft line break starts another; a tab becomes
  a gutter of four spaces).
* Each table row becomes markdown pipe rows, ``| left | right |``: the cells'
  paragraphs side by side, the first paragraph of every cell on the first line, the
  second on the second... — as the row looks on the page. The segmenter cuts a pipe row
  into its cells, so the header's left and right columns (and the Nơi nhận and signature
  columns) are read from the table's cells rather than guessed from spacing.
* Every line gets a `LineOrigin` (paragraph index, or table/row and cell columns), and
  every paragraph a `ParagraphFormat` (font, size, bold, italic, underline, caps,
  alignment, indent, spacing) with the first section's `PageSetup`, for the
  typography rules.

Safety: the zip is checked before python-docx sees it — at most `MAX_ENTRIES` entries
and `MAX_UNCOMPRESSED` bytes once inflated (the declared sizes, which ``zipfile``
enforces while reading), no encrypted entries, and no XML part with a DTD (``<!DOCTYPE``
or ``<!ENTITY``): a Word part never has one, so external or recursive entities cannot
reach the XML parser (python-docx's own parser also leaves entities unresolved and
never reads the network). A password-protected Word file (an OLE2 container, not a zip)
raises `EncryptedDocumentError`; anything python-docx cannot open, `BrokenDocumentError`.
"""

from __future__ import annotations

import io
import itertools
import re
import zipfile
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any, Literal

from vndocparse.errors import (
    BrokenDocumentError,
    EncryptedDocumentError,
    MissingExtraError,
    NotTextError,
    UnsafeDocumentError,
)
from vndocparse.readers.source import Formatting, LineOrigin, PageSetup, ParagraphFormat, SourceText

#: Most zip entries a DOCX may hold (a letter has about 15–40).
MAX_ENTRIES = 2_000
#: Most bytes a DOCX may inflate to, all entries together (a letter: well under 5 MB).
MAX_UNCOMPRESSED = 256 * 1024 * 1024
#: Most bytes one XML part may inflate to.
MAX_XML_PART = 64 * 1024 * 1024

_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_DTD = re.compile(rb"<!(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def check_zip(data: bytes, *, source: str) -> None:
    """Refuse a zip bomb, an encrypted entry or an XML part with a DTD before parsing."""
    if data.startswith(_OLE2):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise EncryptedDocumentError(source, "the Word file is password-protected; remove the password and save it again")
        raise NotTextError(source, "an OLE2 file (Word 97-2003 .doc or another Office format); save it as .docx")
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise BrokenDocumentError(source, f"not a readable DOCX (broken zip: {exc})") from None
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_ENTRIES:
            raise UnsafeDocumentError(source, f"DOCX holds {len(infos)} zip entries, over the limit of {MAX_ENTRIES}")
        total = sum(i.file_size for i in infos)
        if total > MAX_UNCOMPRESSED:
            raise UnsafeDocumentError(
                source, f"DOCX inflates to {total:,} bytes, over the limit of {MAX_UNCOMPRESSED:,} (a zip bomb?)"
            )
        for info in infos:
            if info.flag_bits & 0x1:
                raise EncryptedDocumentError(source, f"DOCX entry {info.filename} is encrypted")
            if info.filename.lower().endswith((".xml", ".rels")):
                if info.file_size > MAX_XML_PART:
                    raise UnsafeDocumentError(source, f"DOCX part {info.filename} inflates to {info.file_size:,} bytes")
                try:
                    head = zf.read(info)
                except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError) as exc:
                    raise BrokenDocumentError(source, f"DOCX entry {info.filename} cannot be read: {exc}") from None
                if _DTD.search(head):
                    raise UnsafeDocumentError(
                        source, f"DOCX part {info.filename} declares a DTD or entities; refused (external entities)"
                    )


def read_docx(data: bytes, *, source: str = "<bytes>") -> SourceText:
    """The text lines, origins and formatting of a DOCX file."""
    check_zip(data, source=source)
    try:
        import docx
    except ImportError:
        raise MissingExtraError(source, "DOCX", "docx", "python-docx") from None
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # noqa: BLE001  (python-docx raises many kinds)
        raise BrokenDocumentError(source, f"not a readable DOCX: {type(exc).__name__}: {exc}") from None
    try:
        return _Walker(document).run()
    except (AttributeError, KeyError, ValueError, TypeError, IndexError) as exc:
        raise BrokenDocumentError(source, f"DOCX structure not understood: {type(exc).__name__}: {exc}") from None


def read_document(document: Any) -> tuple[SourceText, list[Any]]:
    """The text of an open python-docx ``document`` and, for each record of its
    formatting (same order), the python-docx paragraph it describes: what
    ``vndocparse fix`` needs to write back to the paragraphs the rules checked."""
    walker = _Walker(document)
    return walker.run(), walker.sources


# --------------------------------------------------------------------------- walking


class _Walker:
    def __init__(self, document: Any) -> None:
        self.document = document
        self.lines: list[str] = []
        self.origins: list[LineOrigin] = []
        self.formats: list[ParagraphFormat] = []
        #: The python-docx paragraph of each record of ``formats`` (same order), for the
        #: fixer (`vndocparse.fix.docx`), which writes back to the paragraphs it checked.
        self.sources: list[Any] = []
        self.paragraph_index = 0
        self.table_index = 0
        self.defaults = _doc_defaults(document)

    def run(self) -> SourceText:
        from docx.table import Table
        from docx.text.paragraph import Paragraph

        body = self.document.element.body
        for el in _blocks(body):
            if el.tag == _W + "p":
                self.paragraph(Paragraph(el, self.document))
            elif el.tag == _W + "tbl":
                self.table(Table(el, self.document))
        return SourceText(
            text="\n".join(self.lines) + ("\n" if self.lines else ""),
            format="docx",
            origins=self.origins,
            formatting=Formatting(page=_page_setup(self.document), paragraphs=tuple(self.formats)),
        )

    def _add(self, text: str, origin: dict[str, Any]) -> int:
        self.lines.append(text)
        line = len(self.lines)
        self.origins.append(LineOrigin(line=line, **origin))
        return line

    def paragraph(self, p: Any) -> None:
        index = self.paragraph_index
        self.paragraph_index += 1
        pieces = _paragraph_lines(p)
        fmt = _format_of(p, self.defaults)
        for piece in pieces or [""]:
            line = self._add(piece, {"paragraph": index})
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                self.formats.append(
                    ParagraphFormat(line=line, start=lead, end=len(piece.rstrip()), text=piece.strip(), **fmt)
                )
                self.sources.append(p)

    def table(self, table: Any) -> None:
        tindex = self.table_index
        self.table_index += 1
        for r, row in enumerate(table.rows):
            cells = _unique_cells(row)
            columns: list[list[tuple[str, dict[str, Any], Any]]] = []
            for cell in cells:
                entries: list[tuple[str, dict[str, Any], Any]] = []
                for p in _cell_paragraphs(cell, self.document):
                    fmt = _format_of(p, self.defaults)
                    for piece in _paragraph_lines(p):
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


def _blocks(parent: Any) -> Iterator[Any]:
    """Paragraphs and tables in document order, looking inside content controls."""
    for el in parent.iterchildren():
        if el.tag in (_W + "p", _W + "tbl"):
            yield el
        elif el.tag == _W + "sdt":
            content = el.find(_W + "sdtContent")
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


def _cell_paragraphs(cell: Any, document: Any) -> Iterator[Any]:
    """A cell's paragraphs in order, those of nested tables included."""
    from docx.text.paragraph import Paragraph

    for el in cell._tc.iter(_W + "p"):
        yield Paragraph(el, cell)


def _paragraph_lines(p: Any) -> list[str]:
    """The paragraph's text cut at soft line breaks; a tab becomes a four-space gutter."""
    text = p.text.replace("\t", "    ").replace("\r", "\n")
    return text.split("\n") if text else []


# --------------------------------------------------------------------------- formatting


def _doc_defaults(document: Any) -> dict[str, Any]:
    """Font, size and paragraph spacing of ``w:docDefaults`` (what a run or a paragraph
    has when nothing else says)."""
    out: dict[str, Any] = {"font": None, "size": None, "space_before": None, "space_after": None}
    styles = document.styles.element
    spacing = styles.find(f"{_W}docDefaults/{_W}pPrDefault/{_W}pPr/{_W}spacing")
    if spacing is not None:
        for key, attr in (("space_before", "before"), ("space_after", "after")):
            value = spacing.get(_W + attr, "")
            if value.isdigit():
                out[key] = int(value) / 20  # twentieths of a point
    rpr = styles.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr")
    if rpr is not None:
        fonts = rpr.find(_W + "rFonts")
        if fonts is not None:
            out["font"] = fonts.get(_W + "ascii") or fonts.get(_W + "hAnsi")
        sz = rpr.find(_W + "sz")
        if sz is not None and sz.get(_W + "val", "").isdigit():
            out["size"] = int(sz.get(_W + "val")) / 2
    return out


def _style_chain(style: Any) -> Iterator[Any]:
    seen = 0
    while style is not None and seen < 20:
        yield style
        style = style.base_style
        seen += 1


def _from_styles(attr: str, *styles: Any) -> Any:
    for first in styles:
        for style in _style_chain(first):
            value = getattr(style.font, attr, None)
            if value is not None:
                return value
    return None


def _para_from_styles(attr: str, p: Any) -> Any:
    value = getattr(p.paragraph_format, attr)
    if value is not None:
        return value
    for style in _style_chain(p.style):
        value = getattr(style.paragraph_format, attr, None)
        if value is not None:
            return value
    return None


def _majority(values: list[tuple[Any, int]]) -> Any:
    counts: Counter[Any] = Counter()
    for value, weight in values:
        counts[value] += weight
    return counts.most_common(1)[0][0] if counts else None


def _format_of(p: Any, defaults: dict[str, Any]) -> dict[str, Any]:
    """Run properties covering most of the paragraph's text, and its paragraph format."""
    pstyle = p.style
    props: dict[str, list[tuple[Any, int]]] = {k: [] for k in ("font", "size", "bold", "italic", "underline", "all_caps")}
    names: set[str] = set()
    colours: set[str] = set()
    lead_underline: str | None = None
    for run in p.runs:
        weight = len(run.text.strip())
        if not weight:
            continue
        cstyle = run.style if run.style is not None and run.style.name != "Default Paragraph Font" else None
        styles = [s for s in (cstyle, pstyle) if s is not None]
        font = run.font.name or _from_styles("name", *styles) or defaults["font"]
        size = run.font.size or _from_styles("size", *styles)
        size_pt = size.pt if size is not None else defaults["size"]
        bold = run.font.bold if run.font.bold is not None else _from_styles("bold", *styles)
        italic = run.font.italic if run.font.italic is not None else _from_styles("italic", *styles)
        underline = run.font.underline if run.font.underline is not None else _from_styles("underline", *styles)
        caps = run.font.all_caps if run.font.all_caps is not None else _from_styles("all_caps", *styles)
        props["font"].append((font, weight))
        props["size"].append((size_pt, weight))
        props["bold"].append((bool(bold), weight))
        props["italic"].append((bool(italic), weight))
        props["underline"].append((bool(underline), weight))
        props["all_caps"].append((bool(caps), weight))
        if lead_underline is None:
            lead_underline = _underline_kind(underline)
        colour = _colour(itertools.chain((run.font,), _style_fonts(*styles)))
        if colour is not None:
            colours.add(colour)
        if font:
            names.add(font)
    alignment = _para_from_styles("alignment", p)
    indent = _para_from_styles("first_line_indent", p)
    spacing = _para_from_styles("line_spacing", p)
    before = _para_from_styles("space_before", p)
    after = _para_from_styles("space_after", p)
    out: dict[str, Any] = {k: _majority(v) for k, v in props.items()}
    # the weight of the paragraph's first characters: a heading's label ("Điều 1.") is
    # bold while the rest of its paragraph may not be
    out["lead_bold"] = props["bold"][0][0] if props["bold"] else None
    out["space_before_pt"] = round(before.pt, 1) if before is not None else defaults["space_before"]
    out["space_after_pt"] = round(after.pt, 1) if after is not None else defaults["space_after"]
    out["fonts"] = tuple(sorted(names))
    out["colours"] = tuple(sorted(colours))
    out["lead_underline"] = lead_underline
    out["alignment"] = _alignment_name(alignment)
    out["first_line_indent_cm"] = round(indent.cm, 2) if indent is not None else None
    out["line_spacing_rule"] = None
    if isinstance(spacing, float):
        out["line_spacing"], out["line_spacing_pt"] = spacing, None
    elif spacing is not None:
        out["line_spacing"], out["line_spacing_pt"] = None, round(spacing.pt, 1)
        out["line_spacing_rule"] = _spacing_rule(p)
    else:
        out["line_spacing"] = out["line_spacing_pt"] = None
    return out


def _spacing_rule(p: Any) -> str | None:
    """``exact`` or ``at_least``: the rule of the line spacing in points, taken where
    the spacing itself is set (the paragraph, else its style chain)."""
    chain = itertools.chain((p,), _style_chain(p.style) if p.paragraph_format.line_spacing is None else ())
    for pf in (item.paragraph_format for item in chain):
        if pf.line_spacing is not None:
            name = str(getattr(pf.line_spacing_rule, "name", "")).lower()
            return {"exactly": "exact", "at_least": "at_least"}.get(name)
    return None


def _underline_kind(value: Any) -> str:
    """python-docx's underline (True, False, None or a WD_UNDERLINE) as a kind name."""
    if value is True:
        return "single"
    if not value:
        return "none"
    return str(getattr(value, "name", value)).lower()


def _style_fonts(*styles: Any) -> Iterator[Any]:
    for first in styles:
        for style in _style_chain(first):
            yield style.font


def _colour(fonts: Iterable[Any]) -> str | None:
    """The colour of the first of ``fonts`` (a run's, then its styles') that sets one:
    hex, ``theme:NAME``, or None when none does or it is Word's automatic colour."""
    color = next((f.color for f in fonts if f.color.type is not None), None)
    kind = str(getattr(getattr(color, "type", None), "name", "")).upper()
    if color is None or kind == "AUTO":
        return None
    if kind == "THEME" and color.theme_color is not None:
        return f"theme:{color.theme_color.name.lower()}"
    return str(color.rgb).upper() if color.rgb is not None else None


def _alignment_name(value: Any) -> str | None:
    if value is None:
        return None
    name = str(getattr(value, "name", value)).lower()
    for key in ("center", "right", "justify", "left", "distribute", "both"):
        if key in name:
            return {"both": "justify", "distribute": "justify"}.get(key, key)
    return name


def _page_setup(document: Any) -> PageSetup:
    sections = document.sections
    if not len(sections):
        return PageSetup()
    s = sections[0]

    def mm(length: Any) -> float | None:
        return round(length.mm, 1) if length is not None else None

    width, height = mm(s.page_width), mm(s.page_height)
    numbers: Literal["header", "footer"] | None = None
    for rel in document.part.rels.values():
        reltype = rel.reltype.rsplit("/", 1)[-1]
        if reltype not in ("header", "footer") or rel.is_external:
            continue
        blob = rel.target_part.blob
        if re.search(rb"PAGE(?![A-Z])", blob) and (b"instrText" in blob or b"fldSimple" in blob):
            numbers = "header" if reltype == "header" else (numbers or "footer")
    return PageSetup(
        width_mm=width,
        height_mm=height,
        top_mm=mm(s.top_margin),
        bottom_mm=mm(s.bottom_margin),
        left_mm=mm(s.left_margin),
        right_mm=mm(s.right_margin),
        landscape=bool(width and height and width > height),
        page_numbers=numbers,
        title_page=bool(s.different_first_page_header_footer),
    )


__all__ = ["MAX_ENTRIES", "MAX_UNCOMPRESSED", "check_zip", "read_document", "read_docx"]
