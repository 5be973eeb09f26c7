"""Readers: a file's bytes → the text lines the parser reads, and where each came from.

=========  ==========================================================  =============
format     how it is read                                              extra
=========  ==========================================================  =============
text       UTF-8 (± BOM), UTF-16, Windows-1258; TCVN3/VNI converted    —
docx       python-docx: paragraphs; table rows as ``| a | b |`` lines  ``[docx]``
pdf        pdfplumber: words by position; two columns kept apart       ``[pdf]``
html       the standard library's html.parser; tables as pipe rows     —
=========  ==========================================================  =============

The format is told from the content (`detect_format`). `read_bytes` and `read_path`
return a `SourceText`; `parse_source` runs the pipeline on it and keeps a `SourceInfo`
with the document (`source_info(doc)`): the origin of each line, the DOCX formatting
for the typography rules, and the legacy-font conversion applied, which is also
reported as the info diagnostic ``P020``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import TYPE_CHECKING

from vndocparse.errors import (
    BrokenDocumentError,
    FileMissingError,
    InputError,
    MemoryLimitError,
    TooLargeError,
)
from vndocparse.readers.detect import detect_format
from vndocparse.readers.source import (
    Format,
    Formatting,
    LineByLine,
    LineOrigin,
    PageSetup,
    ParagraphFormat,
    ReaderNote,
    SourceInfo,
    SourceText,
    attach,
    source_info,
)

if TYPE_CHECKING:
    from vndocparse.limits import Limits
    from vndocparse.models import Document

#: File name endings taken when a directory is searched (``parse``, ``check``, ``export``),
#: compared case-insensitively: text and the formats read here (a file's format is then
#: told by its content, `detect_format`).
SUFFIXES = (".txt", ".md", ".docx", ".pdf", ".html", ".htm")
#: The same as the help texts write them: "*.txt, *.md, ... and *.htm".
GLOBS = ", ".join("*" + s for s in SUFFIXES[:-1]) + " and *" + SUFFIXES[-1]


def read_bytes(data: bytes, *, source: str = "<bytes>", filename: str | None = None) -> SourceText:
    """Read a document held in ``data``; the format is told from the bytes."""
    fmt = detect_format(data, filename or source)
    if fmt == "docx":
        from vndocparse.readers.docx import read_docx

        return read_docx(data, source=source)
    if fmt == "pdf":
        from vndocparse.readers.pdf import read_pdf

        return read_pdf(data, source=source)
    if fmt == "html":
        from vndocparse.readers.html import read_html

        return read_html(data, source=source)
    from vndocparse.readers.text import read_text_bytes

    return read_text_bytes(data, source=source)


def read_path(path: str | Path, *, max_bytes: int | None = None) -> SourceText:
    """Read the document in the file ``path`` (any supported format); no time or memory
    limit (`parse_data` applies them)."""
    p = Path(path)
    return read_bytes(load_path(p, max_bytes=max_bytes), source=str(p), filename=p.name)


def load_path(path: str | Path, *, max_bytes: int | None = None) -> bytes:
    """The bytes of the file ``path``; `TooLargeError` before reading one over ``max_bytes``."""
    from vndocparse.reading import MAX_BYTES

    limit = MAX_BYTES if max_bytes is None else max_bytes
    p = Path(path)
    if not p.is_file():
        raise FileMissingError(p, "no such file" if not p.exists() else "not a regular file")
    try:
        size = p.stat().st_size
        if size > limit:
            raise _too_large(p, size, limit)
        data = p.read_bytes()
    except OSError as exc:
        if isinstance(exc, InputError):
            raise
        raise InputError(p, exc.strerror or str(exc)) from None
    return data


def parse_data(
    data: bytes, *, limits: Limits, source: str, filename: str | None, strict: bool, record: str | None
) -> Document:
    """Read and parse ``data`` under ``limits`` (`vndocparse.limits`); ``source`` names it
    in errors, ``record`` is kept as the document's source."""
    from vndocparse.limits import check_lines, enforced

    if len(data) > limits.size_limit:
        raise TooLargeError(
            source, f"input is {len(data):,} bytes, over the size limit of {limits.size_limit:,} bytes"
        )
    with enforced(limits, size=len(data), source=source):
        try:
            src = read_bytes(data, source=source, filename=filename)
            check_lines(len(src.origins), limits=limits, size=len(data), source=source)
            return parse_source(src, strict=strict, source=record)
        except MemoryError:
            raise MemoryLimitError(source, "ran out of memory while reading it (malformed or hostile?)") from None
        except RecursionError:
            raise BrokenDocumentError(source, "nested too deeply to be read") from None


_SURROGATE = re.compile("[\ud800-\udfff]")


def _replace_surrogates(src: SourceText) -> None:
    """A lone surrogate (from a codec such as ``unicode_escape``) cannot be written as
    UTF-8 JSON: it becomes U+FFFD here, so none reaches the model."""
    m = _SURROGATE.search(src.text)
    if m is None:
        return
    line = src.text.count("\n", 0, m.start()) + 1
    src.text = _SURROGATE.sub("\ufffd", src.text)
    src.notes.append(
        ReaderNote("P021", "characters that are not Unicode text (lone surrogates) replaced by U+FFFD", "warning", line)
    )


def _too_large(p: Path, size: int, limit: int) -> TooLargeError:
    return TooLargeError(p, f"file is {size:,} bytes, over the size limit of {limit:,} bytes")


def parse_source(src: SourceText, *, strict: bool = False, source: str | None = None) -> Document:
    """Parse what a reader produced; keep its `SourceInfo` with the document."""
    from vndocparse.models import ParseDiagnostic, SourceSpan
    from vndocparse.pipeline import run

    _replace_surrogates(src)
    doc = run(src.text, strict=strict, source=source)
    notes = list(src.notes)
    if src.conversion:
        notes.insert(0, ReaderNote("P020", f"converted from {src.conversion} to Unicode before parsing"))
    if notes:
        extra = tuple(
            ParseDiagnostic(
                code=n.code,
                message=n.message,
                severity=n.severity,
                span=SourceSpan(start_line=n.line, end_line=n.line) if n.line else None,
            )
            for n in notes
        )
        doc = doc.model_copy(update={"diagnostics": (*doc.diagnostics, *extra)})
    attach(
        doc,
        SourceInfo(
            format=src.format,
            origins=src.origins if isinstance(src.origins, LineByLine) else tuple(src.origins),
            formatting=src.formatting,
            conversion=src.conversion,
        ),
    )
    return doc


__all__ = [
    "GLOBS",
    "SUFFIXES",
    "Format",
    "Formatting",
    "LineOrigin",
    "PageSetup",
    "ParagraphFormat",
    "ReaderNote",
    "SourceInfo",
    "SourceText",
    "attach",
    "detect_format",
    "load_path",
    "parse_data",
    "parse_source",
    "read_bytes",
    "read_path",
    "source_info",
]
