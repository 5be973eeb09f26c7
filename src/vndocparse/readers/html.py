"""HTML files (no extra: the standard library's ``html.parser``).

Legal sites and portals publish documents as HTML whose header and signature are
layout tables. Block elements (``p``, ``div``, ``h1``–``h6``, ``li``, ``br``...) end a
line; a table row becomes markdown pipe rows ``| left | right |`` with the cells'
lines side by side, as for DOCX (`vndocparse.readers.docx`); scripts, styles and the
``head`` are dropped; entities are decoded. Each line's origin is the block element it
came from (``"p#12"``: the 13th block element of the file).
"""

from __future__ import annotations

import codecs
import re
from html.parser import HTMLParser

from vndocparse import limits
from vndocparse.readers.source import LineOrigin, ReaderNote, SourceText
from vndocparse.readers.text import decode_text

_BLOCK = frozenset(
    {
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "section", "article",
        "header", "footer", "blockquote", "pre", "center", "address", "dd", "dt", "dl", "hr",
        "form", "fieldset", "figure", "figcaption", "main", "nav", "aside", "caption", "body",
        "html",
    }
)
_SKIP = frozenset({"script", "style", "head", "title", "noscript", "template", "svg"})
_SPACES = re.compile(r"[ \t\r\n\f\u00a0\u200b]+")
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?([A-Za-z0-9_-]+)""", re.IGNORECASE)
#: The charsets a ``<meta>`` may name (Python's codec names for the encodings of the
#: WHATWG Encoding Standard that pages use): a codec such as ``unicode_escape``,
#: ``punycode`` or ``undefined`` is not a text encoding of a page and is ignored.
_PAGE_CODECS = frozenset(
    {"utf-8", "utf-16", "utf-16-le", "utf-16-be", "ascii", "latin-1", "cp1258", "cp1252", "cp1250",
     "cp1251", "cp1253", "cp1254", "cp1255", "cp1256", "cp1257", "cp874", "tis-620", "koi8-r", "koi8-u",
     "gbk", "gb2312", "gb18030", "big5", "big5hkscs", "shift_jis", "euc_jp", "iso2022_jp", "euc_kr", "cp949"}
    | {f"iso8859-{i}" for i in (2, 3, 4, 5, 6, 7, 8, 10, 13, 14, 15, 16)}
)  # fmt: skip
#: Nested tables read as tables this deep; deeper ones add their text to the cell that
#: holds them (each level re-wrote all the lines below it: 4,000 levels took 28 s).
MAX_TABLE_DEPTH = 8
#: A start tag's attributes (vndocparse reads none of them), when their quoted values
#: hold no ``<`` or ``>``: dropped before parsing, so a tag with a million attributes
#: costs no list of a million pairs. Linear: each try stops at the next ``<`` or ``>``.
_ATTRIBUTES = re.compile(r"""<([A-Za-z][A-Za-z0-9:-]*)\s(?:[^<>"'/]|/(?!>)|"[^"<>]*"|'[^'<>]*')*+(/?)>""")


class _Cell:
    __slots__ = ("buf", "lines")

    def __init__(self) -> None:
        self.lines: list[str] = []
        self.buf: list[str] = []

    def flush(self) -> None:
        text = _SPACES.sub(" ", "".join(self.buf)).strip()
        self.buf = []
        if text:
            self.lines.append(text.replace("|", "/"))


class _Reader(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[tuple[str, str]] = []  # (text, element)
        self.buf: list[str] = []
        self.skip = 0
        self.blocks = 0
        self.element = "body#0"
        self.tables: list[list[list[_Cell]]] = []  # stack of tables: rows of cells
        self.pre = 0
        self.deep = 0  # tables nested beyond MAX_TABLE_DEPTH, read as text of their cell
        self.count = 0

    # -- text ---------------------------------------------------------------------
    def _target(self) -> list[str]:
        if self.tables and self.tables[-1] and self.tables[-1][-1]:
            return self.tables[-1][-1][-1].buf
        return self.buf

    def _break(self) -> None:
        if self.tables and self.tables[-1] and self.tables[-1][-1]:
            self.tables[-1][-1][-1].flush()
            return
        text = "".join(self.buf)
        self.buf = []
        text = text if self.pre else _SPACES.sub(" ", text).strip()
        for piece in text.split("\n") if self.pre else [text]:
            if piece.strip():
                self.lines.append((piece.rstrip(), self.element))

    def handle_data(self, data: str) -> None:
        if not self.skip:
            self._target().append(data)

    # -- tags -----------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self.skip += 1
            return
        if self.skip:
            return
        self.count += 1
        if not self.count % 1024:
            limits.check()
        if tag == "br":
            self._break()
        elif self.deep or (tag == "table" and len(self.tables) >= MAX_TABLE_DEPTH):
            if tag == "table":
                self.deep += 1
            if tag in ("table", "tr", "td", "th"):
                self._break()
        elif tag == "table":
            self._break()
            self.blocks += 1
            self.element = f"table#{self.blocks}"
            self.tables.append([])
        elif tag == "tr" and self.tables:
            self.tables[-1].append([])
        elif tag in ("td", "th") and self.tables:
            if not self.tables[-1]:
                self.tables[-1].append([])
            self.tables[-1][-1].append(_Cell())
        elif tag in _BLOCK:
            self._break()
            if not self.tables:
                self.blocks += 1
                self.element = f"{tag}#{self.blocks}"
            if tag == "pre":
                self.pre += 1

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if not self.skip and (tag == "br" or tag in _BLOCK):
            self._break()

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
            return
        if self.skip:
            return
        if self.deep:
            if tag == "table":
                self.deep -= 1
            if tag in ("table", "tr", "td", "th"):
                self._break()
            return
        if tag in ("td", "th") and self.tables and self.tables[-1] and self.tables[-1][-1]:
            self.tables[-1][-1][-1].flush()
        elif tag == "table" and self.tables:
            table = self.tables.pop()
            rows = _rows(table)
            if self.tables and self.tables[-1] and self.tables[-1][-1]:
                # a nested table: its rows become lines of the outer cell
                cell = self.tables[-1][-1][-1]
                cell.flush()
                cell.lines.extend(" ".join(p for p in r.strip("| ").split(" | ") if p) for r in rows)
            else:
                for r in rows:
                    self.lines.append((r, self.element))
        elif tag in _BLOCK:
            self._break()
            if tag == "pre":
                self.pre = max(0, self.pre - 1)

    def close(self) -> None:
        super().close()
        # An element left open (a <style> or <script> never closed, tables nested past
        # the depth) must not keep the tables below from being closed (found by the
        # fuzzer: this loop never ended).
        self.deep = self.skip = 0
        while self.tables:
            self.handle_endtag("table")
        self._break()


def _rows(table: list[list[_Cell]]) -> list[str]:
    out: list[str] = []
    for row in table:
        for cell in row:
            cell.flush()
        depth = max((len(c.lines) for c in row), default=0)
        for i in range(depth):
            texts = [c.lines[i] if i < len(c.lines) else "" for c in row]
            if any(texts):
                out.append("| " + " | ".join(texts) + " |")
    return out


def read_html(data: bytes, *, source: str = "<bytes>") -> SourceText:
    """The text lines of an HTML page; one origin (its block element) per line."""
    text = _declared(data)
    notes: list[ReaderNote] = []
    if text is None:
        text, notes = decode_text(data, source=source)
    reader = _Reader()
    reader.feed(_tame(text))
    reader.close()
    from vndocparse.readers import legacy

    lines = [t for t, _ in reader.lines]
    body = "\n".join(lines) + ("\n" if lines else "")
    conversion = legacy.detect(body)
    if conversion:
        body = legacy.convert(body, conversion)
    origins = [LineOrigin(line=i, element=el) for i, (_, el) in enumerate(reader.lines, start=1)]
    return SourceText(text=body, format="html", origins=origins, conversion=conversion, notes=notes)


def _declared(data: bytes) -> str | None:
    """The page decoded in the charset its ``<meta>`` names, if that is a page's codec."""
    m = _CHARSET.search(data[:4096])
    if not m:
        return None
    try:
        name = codecs.lookup(m.group(1).decode("ascii")).name
    except LookupError:
        return None
    if name not in _PAGE_CODECS:
        return None
    try:
        return data.decode(name)
    except UnicodeDecodeError:
        return None


def _tame(text: str) -> str:
    """The page with what makes ``html.parser`` slow made plain text or dropped.

    ``html.parser`` searches the rest of the page for the end of a markup it cannot
    close (``</`` or ``<a`` with no ``>`` after it, ``<!--`` with no ``-->``, ``<![``
    with no ``]>``), once for every such opener: quadratic (200,000 ``</`` took 128 s).
    An opener after the last possible end cannot be closed: it is written as ``&lt;``
    (which the parser gives back as ``<`` in the text). Attributes are dropped
    (`_ATTRIBUTES`).
    """
    for opener, end in (("<!--", "-->"), ("<![", "]>"), ("<", ">")):
        last = text.rfind(end)
        cut = last + len(end) if last >= 0 else 0
        if opener in text[cut:]:
            text = text[:cut] + text[cut:].replace(opener, "&lt;" + opener[1:])
    return _ATTRIBUTES.sub(r"<\1\2>", text)


__all__ = ["MAX_TABLE_DEPTH", "read_html"]
