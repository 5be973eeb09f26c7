"""Tell a file's format from its content: magic bytes and markup, not its name."""

from __future__ import annotations

import codecs
import io
import re
import zipfile

from vndocparse.readers.signatures import OLE2
from vndocparse.readers.source import Format

#: A whole HTML page: taken as HTML whatever the file is called.
_HTML_PAGE = re.compile(rb"^(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)[\s>]", re.IGNORECASE | re.DOTALL)
#: A fragment (a table or body as saved from a portal): HTML unless named .txt/.md,
#: since converters leave the same tags in markdown text, which the text reader reads.
_HTML_FRAGMENT = re.compile(rb"^<(?:table|body|head|meta)[\s>/]", re.IGNORECASE)
_TEXT_NAMES = (".txt", ".md", ".markdown", ".text")


def detect_format(data: bytes, filename: str | None = None) -> Format:
    """``docx``, ``pdf``, ``html`` or ``text``, from the bytes.

    * ``PK\\x03\\x04`` with a ``word/document.xml`` entry, or a ``[Content_Types].xml``
      naming a Word main part → docx (another zip is left to the text reader, which
      says what it is);
    * ``%PDF`` in the first kilobyte → pdf;
    * ``<!doctype html`` or ``<html`` at the start → html; ``<table``, ``<body``... at
      the start → html unless the file is named ``.txt``/``.md`` (converters leave such
      tags in markdown text, which the text reader reads as it always has); a file
      named ``.html``/``.htm`` that opens with a tag → html;
    * anything else → text.
    """
    head = data[:1024]
    if head.startswith(b"PK\x03\x04"):
        if _is_docx(data):
            return "docx"
        return "text"
    if head.startswith(OLE2) and "EncryptedPackage".encode("utf-16-le") in data:
        return "docx"  # a password-protected Word file: the DOCX reader says so
    if b"%PDF-" in head:
        return "pdf"
    probe = _ascii_head(head).lstrip()
    if _HTML_PAGE.match(probe):
        return "html"
    name = (filename or "").lower()
    if _HTML_FRAGMENT.match(probe) and not name.endswith(_TEXT_NAMES):
        return "html"
    if name.endswith((".html", ".htm", ".xhtml")) and probe.startswith(b"<"):
        return "html"
    return "text"


def _ascii_head(head: bytes) -> bytes:
    """The start of the file as ASCII-compatible bytes (UTF-16 markup made readable)."""
    if head.startswith(codecs.BOM_UTF8):
        return head[3:]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return head.decode("utf-16", errors="ignore").encode("ascii", errors="replace")
        except UnicodeError:
            return head
    return head


#: Main-part content types of Word packages (.docx, .docm, .dotx, .dotm), as
#: ``[Content_Types].xml`` names them: the main part may be anywhere in the package.
_WORD_MAIN = re.compile(rb"wordprocessingml\.(?:document|template)\.main\+xml|ms-word\.(?:document|template)\.macroEnabled")


def _is_docx(data: bytes) -> bool:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = zf.namelist()
            if "word/document.xml" in names:
                return True
            if "[Content_Types].xml" not in names:
                return False
            with zf.open("[Content_Types].xml") as f:
                return _WORD_MAIN.search(f.read(1 << 20)) is not None
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        # A broken zip that names a Word part is still meant as a DOCX: the DOCX reader
        # reports it as broken rather than the text reader as binary.
        return b"word/document.xml" in data[:65536]


__all__ = ["detect_format"]
