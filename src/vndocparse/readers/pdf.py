"""PDF files with a text layer (``[pdf]`` extra: pdfplumber).

pdfplumber gives every word with its position. Words are grouped into lines by their
vertical position; inside a line, a horizontal gap wider than `GAP_EM` times the
line's character width separates two columns (the header's issuer and national title,
the Nơi nhận list and the signature). Each line is written back with its columns at
their horizontal place — one character per average character width from the page's
text margin — and at least a gutter of four spaces between two columns, which the
segmenter cuts at. A vertical gap of more than 1.6 line heights becomes a blank line.

A page without any character is a scan: if no page has text, `NoTextLayerError` says
that OCR is needed. A PDF that needs a password to be opened gives
`EncryptedDocumentError`; one encrypted with an owner password only (restrictions on
printing or copying, no password to open it) is read, as any viewer shows it, and
``P025`` says so. Compressed streams are inflated in chunks with a running count
before pdfminer reads them (`check_streams`): a decompression bomb is refused with
`UnsafeDocumentError`. A file pdfminer cannot read gives `BrokenDocumentError`.
"""

from __future__ import annotations

import io
import re
import statistics
import zlib
from itertools import pairwise
from typing import Any

from vndocparse import limits
from vndocparse.errors import (
    BrokenDocumentError,
    EncryptedDocumentError,
    MissingExtraError,
    NoTextLayerError,
    UnsafeDocumentError,
    VndocparseError,
)
from vndocparse.limits import passed
from vndocparse.readers.source import LineOrigin, ReaderNote, SourceText

#: A horizontal gap wider than this many character widths separates two columns.
GAP_EM = 3.0
#: Most pages read (a letter has a few; a decree with annexes a few hundred).
MAX_PAGES = 2_000
#: Most bytes the file's compressed streams may inflate to, all together: this many
#: times the file's size, or `MAX_INFLATE_FLOOR` (a text PDF's streams inflate 2–10
#: times; a FlateDecode bomb, a thousand).
MAX_INFLATE_RATIO = 40
MAX_INFLATE_FLOOR = 32 * 1024 * 1024
_GUTTER = 4
_STREAM = re.compile(rb"stream\r?\n")
_CHUNK = 64 * 1024


def read_pdf(data: bytes, *, source: str = "<bytes>") -> SourceText:
    """The text lines of a PDF, columns kept apart by position; one origin per line."""
    try:
        import pdfplumber
    except ImportError:
        raise MissingExtraError(source, "PDF", "pdf", "pdfplumber") from None
    check_streams(data, source=source)
    check_references(data, source=source)
    lines: list[str] = []
    origins: list[LineOrigin] = []
    notes: list[ReaderNote] = []
    try:
        with pdfplumber.open(io.BytesIO(data)) as pdf:
            if getattr(pdf.doc, "encryption", None):
                notes.append(ReaderNote("P025", _OWNER_ONLY))
            if len(pdf.pages) > MAX_PAGES:
                raise BrokenDocumentError(source, f"PDF has {len(pdf.pages)} pages, over the limit of {MAX_PAGES}")
            any_text = False
            for number, page in enumerate(pdf.pages, start=1):
                limits.check()
                words = page.extract_words(keep_blank_chars=False, use_text_flow=False, x_tolerance=1.5)
                if not words:
                    continue
                any_text = True
                if lines:
                    lines.append("")
                    origins.append(LineOrigin(line=len(lines), page=number))
                for page_line, text in enumerate(_page_lines(words), start=1):
                    lines.append(text)
                    origins.append(LineOrigin(line=len(lines), page=number, page_line=page_line))
    except VndocparseError:
        raise
    except Exception as exc:  # noqa: BLE001  (pdfminer raises many kinds)
        raise (passed(exc) or _classify(exc, source)) from None
    if not any_text:
        raise NoTextLayerError(
            source, "the PDF has no text layer (a scanned image): run OCR on it first (e.g. ocrmypdf -l vie)"
        )
    return SourceText(text="\n".join(lines) + "\n", format="pdf", origins=origins, notes=notes)


_OWNER_ONLY = (
    "the PDF is encrypted with an owner password only (it restricts printing or copying, "
    "not reading): its text was read as any PDF viewer shows it"
)


#: An object that is only a reference to another (``6 0 obj 7 0 R endobj``).
_ALIAS = re.compile(rb"(?<![0-9])(\d+)\s+\d+\s+obj\s*(\d+)\s+\d+\s+R\s*endobj")


def check_references(data: bytes, *, source: str) -> None:
    """Refuse objects that are references to each other in a loop (``6 → 7 → 6``):
    pdfminer follows such a chain for ever. (A loop hidden in a compressed object stream
    is stopped by the time limit instead.)"""
    alias = {int(m.group(1)): int(m.group(2)) for m in _ALIAS.finditer(data)}
    done: set[int] = set()
    for start in alias:
        path: list[int] = []
        here: int | None = start
        while here is not None and here in alias and here not in done:
            if here in path:
                raise BrokenDocumentError(source, f"the PDF's object {here} refers to itself through a loop of references")
            path.append(here)
            here = alias[here]
        done.update(path)


def check_streams(data: bytes, *, source: str) -> None:
    """Refuse a decompression bomb before pdfminer inflates it whole: every stream that
    is zlib data is inflated in chunks with a running count (`MAX_INFLATE_RATIO`)."""
    cap = max(MAX_INFLATE_FLOOR, MAX_INFLATE_RATIO * len(data))
    total = 0
    for m in _STREAM.finditer(data):
        start = m.end()
        end = data.find(b"endstream", start)
        body = memoryview(data)[start : end if end >= 0 else len(data)]
        inflater = zlib.decompressobj()
        try:
            for at in range(0, len(body), _CHUNK):
                chunk: bytes | memoryview = body[at : at + _CHUNK]
                while chunk and not inflater.eof:
                    total += len(inflater.decompress(chunk, _CHUNK))
                    if total > cap:
                        raise UnsafeDocumentError(
                            source, f"the PDF's streams inflate to more than {cap:,} bytes (a decompression bomb?)"
                        )
                    chunk = inflater.unconsumed_tail
                if inflater.eof:
                    break
        except zlib.error:
            continue  # not zlib data (another filter, or encrypted): pdfminer's business


def _classify(exc: Exception, source: str) -> Exception:
    name = type(exc).__name__
    detail = f"{exc} {exc.args!r} {exc.__cause__!r}"
    text = f"{name}: {exc}"
    if any(k in name or k in detail for k in ("Encrypt", "Password", "encrypt", "password")):
        return EncryptedDocumentError(source, "the PDF is encrypted or password-protected; decrypt it first")
    return BrokenDocumentError(source, f"not a readable PDF ({text[:200]})")


def _page_lines(words: list[dict[str, Any]]) -> list[str]:
    """Words → text lines with columns placed by their x position."""
    rows: list[list[dict[str, Any]]] = []
    for w in sorted(words, key=lambda w: (round(float(w["top"]), 1), float(w["x0"]))):
        if rows:
            last = rows[-1]
            height = max(float(last[0]["bottom"]) - float(last[0]["top"]), 1.0)
            if abs(float(w["top"]) - float(last[0]["top"])) <= height * 0.5:
                last.append(w)
                continue
        rows.append([w])
    widths = [
        (float(w["x1"]) - float(w["x0"])) / max(len(w["text"]), 1) for w in words if len(w["text"]) >= 2
    ]
    em = statistics.median(widths) if widths else 5.0
    left = min(float(w["x0"]) for w in words)
    out: list[str] = []
    previous_bottom: float | None = None
    for row in rows:
        row.sort(key=lambda w: float(w["x0"]))
        top = min(float(w["top"]) for w in row)
        height = max(float(w["bottom"]) - float(w["top"]) for w in row)
        if previous_bottom is not None and top - previous_bottom > 0.6 * height + height:
            out.append("")
        previous_bottom = max(float(w["bottom"]) for w in row)
        out.append(_row_text(row, em, left))
    return out


def _row_text(row: list[dict[str, Any]], em: float, left: float) -> str:
    """One line: words joined by a space, columns (a gap over `GAP_EM`) by a gutter at
    the column's place."""
    columns: list[list[dict[str, Any]]] = [[row[0]]]
    for prev, w in pairwise(row):
        if float(w["x0"]) - float(prev["x1"]) > GAP_EM * em:
            columns.append([w])
        else:
            columns[-1].append(w)
    text = ""
    for i, col in enumerate(columns):
        piece = " ".join(w["text"] for w in col)
        at = round((float(col[0]["x0"]) - left) / em)
        if i == 0:
            text = " " * max(at, 0) + piece
        else:
            text += " " * max(_GUTTER, at - len(text)) + piece
    return text


__all__ = ["GAP_EM", "MAX_INFLATE_RATIO", "MAX_PAGES", "check_references", "check_streams", "read_pdf"]
