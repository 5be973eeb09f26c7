"""A Word package (OPC zip) opened safely, before python-docx sees it.

* **Sizes are counted, never trusted.** Each entry is inflated in chunks with a running
  count: at most `MAX_PART` bytes for one entry and `MAX_UNCOMPRESSED` for all, whatever
  the zip directory declares (``zipfile`` would inflate an entry's whole stream at once
  before cutting it to the declared size: a lying 1 MB file took 2 GB). The XML parts
  together may inflate to at most `MAX_XML_RATIO` times the file's size or
  `MAX_XML_FLOOR` bytes (lxml holds about ten bytes per byte of XML).
* **No DTD anywhere.** Every entry that is XML (by its name, its content type or its
  first bytes), wherever the package points, is decoded in its own encoding (UTF-8,
  UTF-16, UTF-32 or what its declaration names) and refused if it declares a DTD or
  entities: Word never writes one.
* **The main part is the one the package names** (``_rels/.rels``, type
  ``officeDocument``), not only ``word/document.xml``.
* A macro-enabled document (``.docm``) or a template is read as a document; its macros
  are never run, and the reader says that it carries them.
* External relationships (hyperlinks, linked images, an attached template) are listed,
  never opened.

`unpack` returns the checked entries re-packed (stored, not compressed) for python-docx,
with the main part's content type set to a document's.
"""

from __future__ import annotations

import codecs
import io
import posixpath
import re
import zipfile
from dataclasses import dataclass, field

from lxml import etree  # type: ignore[import-untyped]

from vndocparse import limits
from vndocparse.errors import (
    BrokenDocumentError,
    EncryptedDocumentError,
    UnsafeDocumentError,
    VndocparseError,
)
from vndocparse.readers.signatures import OLE2, identify_ole2

#: Most zip entries a DOCX may hold (a letter has about 15–40).
MAX_ENTRIES = 2_000
#: Most bytes a DOCX may inflate to, all entries together (a letter: well under 5 MB).
MAX_UNCOMPRESSED = 256 * 1024 * 1024
#: Most bytes one entry may inflate to.
MAX_PART = 64 * 1024 * 1024
#: The XML parts together inflate to at most this many times the file's size, or
#: `MAX_XML_FLOOR` bytes: Word's XML compresses 5–15 times; a bomb, hundreds of times.
MAX_XML_RATIO = 40
MAX_XML_FLOOR = 16 * 1024 * 1024
_CHUNK = 64 * 1024

_DOCUMENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
#: Main-part content types read as a document: .docx, .docm, .dotx, .dotm.
_WORD_TYPES = {
    _DOCUMENT_TYPE: None,
    "application/vnd.ms-word.document.macroEnabled.main+xml": "macro-enabled document (.docm)",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml": "template (.dotx)",
    "application/vnd.ms-word.template.macroEnabledTemplate.main+xml": "macro-enabled template (.dotm)",
}
_OFFICE_DOCUMENT = re.compile(r"/officeDocument$")
_RELS_NS = "{http://schemas.openxmlformats.org/package/2006/relationships}"
_CT_NS = "{http://schemas.openxmlformats.org/package/2006/content-types}"
_DTD = re.compile(r"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_DECLARED = re.compile(rb"""^<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9._-]+)["']""")
_PARSER = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


@dataclass
class Package:
    """The checked package: its entries, and what the reader reports about it."""

    data: bytes
    """The entries re-packed (stored) for python-docx."""
    main: str
    """The main part's name (``word/document.xml``)."""
    kind: str | None = None
    """``"macro-enabled document (.docm)"``... when not a plain document."""
    macros: bool = False
    external: list[tuple[str, str]] = field(default_factory=list)
    """(relationship type, target) of each external relationship."""


def unpack(data: bytes, *, source: str) -> Package:
    """Check the package in ``data`` and re-pack it for python-docx."""
    if data.startswith(OLE2):
        raise identify_ole2(data, source)
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise BrokenDocumentError(source, f"not a readable DOCX (broken zip: {exc})") from None
    with zf:
        infos = zf.infolist()
        if len(infos) > MAX_ENTRIES:
            raise UnsafeDocumentError(source, f"DOCX holds {len(infos)} zip entries, over the limit of {MAX_ENTRIES}")
        entries = _inflate(zf, infos, source=source, size=len(data))
    types = _content_types(entries, source)
    main = _main_part(entries, source)
    ctype = types.get(main)
    if ctype not in _WORD_TYPES:
        raise BrokenDocumentError(source, f"the package's main part {main} is not a Word document ({ctype or 'no content type'})")
    kind = _WORD_TYPES[ctype]
    macros = "macro" in (kind or "") or any(name.lower().endswith("vbaproject.bin") for name in entries)
    if ctype != _DOCUMENT_TYPE:
        entries["[Content_Types].xml"] = entries["[Content_Types].xml"].replace(ctype.encode(), _DOCUMENT_TYPE.encode())
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_STORED) as zw:
        for name, body in entries.items():
            zw.writestr(name, body)
    return Package(data=out.getvalue(), main=main, kind=kind, macros=macros, external=_external(entries))


def _inflate(zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo], *, source: str, size: int) -> dict[str, bytes]:
    """Every entry, inflated with a running count; XML entries checked for a DTD."""
    total = xml_total = 0
    xml_cap = max(MAX_XML_FLOOR, MAX_XML_RATIO * size)
    out: dict[str, bytes] = {}
    for info in infos:
        if info.flag_bits & 0x1:
            raise EncryptedDocumentError(source, f"DOCX entry {info.filename} is encrypted")
        if info.is_dir():
            continue
        chunks: list[bytes] = []
        got = 0
        try:
            with zf.open(info) as f:
                while chunk := f.read(_CHUNK):
                    got += len(chunk)
                    total += len(chunk)
                    if got > MAX_PART:
                        raise UnsafeDocumentError(
                            source, f"DOCX part {info.filename} inflates to more than {MAX_PART:,} bytes (a zip bomb?)"
                        )
                    if total > MAX_UNCOMPRESSED:
                        raise UnsafeDocumentError(
                            source, f"DOCX inflates to more than {MAX_UNCOMPRESSED:,} bytes (a zip bomb?)"
                        )
                    chunks.append(chunk)
                    limits.check()
        except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError) as exc:
            # Our own errors are OSErrors too (InputError): a zip bomb, a time or memory
            # limit reached while inflating, say what they are.
            if isinstance(exc, VndocparseError):
                raise
            raise BrokenDocumentError(source, f"DOCX entry {info.filename} cannot be read: {exc}") from None
        body = b"".join(chunks)
        if _is_xml(info.filename, body):
            xml_total += len(body)
            if xml_total > xml_cap:
                raise UnsafeDocumentError(
                    source,
                    f"DOCX's XML inflates to more than {xml_cap:,} bytes, {MAX_XML_RATIO} times the file (a zip bomb?)",
                )
            _refuse_dtd(info.filename, body, source)
        out[info.filename] = body
    return out


def _is_xml(name: str, body: bytes) -> bool:
    if name.lower().endswith((".xml", ".rels", ".vml")):
        return True
    head = body[:8].lstrip(b"\xef\xbb\xbf")
    return head.startswith((b"<", codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, b"\x00<", b"<\x00", b"\x00\x00\x00<"))


def xml_text(body: bytes) -> str | None:
    """An XML entity's text in its own encoding (BOM, first bytes, declaration), or None
    when the encoding is not one Python knows."""
    for bom, enc in (
        (codecs.BOM_UTF32_LE, "utf-32"),
        (codecs.BOM_UTF32_BE, "utf-32"),
        (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"),
        (codecs.BOM_UTF16_BE, "utf-16"),
    ):
        if body.startswith(bom):
            return body.decode(enc, errors="replace")
    for head, enc in (
        (b"\x00\x00\x00<", "utf-32-be"),
        (b"<\x00\x00\x00", "utf-32-le"),
        (b"\x00<", "utf-16-be"),
        (b"<\x00", "utf-16-le"),
    ):
        if body.startswith(head):
            return body.decode(enc, errors="replace")
    m = _DECLARED.match(body)
    encoding = m.group(1).decode("ascii") if m else "utf-8"
    try:
        if not codecs.lookup(encoding)._is_text_encoding:
            return None
        return body.decode(encoding, errors="replace")
    except LookupError:
        return None


def _refuse_dtd(name: str, body: bytes, source: str) -> None:
    text = xml_text(body)
    if text is None:
        raise UnsafeDocumentError(source, f"DOCX part {name} is in an encoding that cannot be checked; refused")
    if _DTD.search(text):
        raise UnsafeDocumentError(source, f"DOCX part {name} declares a DTD or entities; refused (external entities)")


def _xml(entries: dict[str, bytes], name: str, source: str) -> etree._Element | None:
    body = entries.get(name)
    if body is None:
        return None
    try:
        return etree.fromstring(body, _PARSER)
    except etree.XMLSyntaxError as exc:
        raise BrokenDocumentError(source, f"DOCX part {name} is not well-formed XML: {exc}") from None


def _content_types(entries: dict[str, bytes], source: str) -> dict[str, str]:
    root = _xml(entries, "[Content_Types].xml", source)
    if root is None:
        raise BrokenDocumentError(source, "not a readable DOCX ([Content_Types].xml is missing)")
    defaults = {el.get("Extension", "").lower(): el.get("ContentType", "") for el in root.iter(_CT_NS + "Default")}
    types = {name: defaults.get(name.rsplit(".", 1)[-1].lower(), "") for name in entries}
    for el in root.iter(_CT_NS + "Override"):
        types[el.get("PartName", "").lstrip("/")] = el.get("ContentType", "")
    return types


def _main_part(entries: dict[str, bytes], source: str) -> str:
    root = _xml(entries, "_rels/.rels", source)
    if root is not None:
        for rel in root.iter(_RELS_NS + "Relationship"):
            if _OFFICE_DOCUMENT.search(rel.get("Type", "")) and rel.get("TargetMode") != "External":
                name = str(posixpath.normpath(rel.get("Target", "").lstrip("/")))
                if name in entries:
                    return name
    raise BrokenDocumentError(source, "not a readable DOCX (the package names no main document part)")


def _external(entries: dict[str, bytes]) -> list[tuple[str, str]]:
    out: list[tuple[str, str]] = []
    for name in sorted(entries):
        if not name.endswith(".rels"):
            continue
        try:
            root = etree.fromstring(entries[name], _PARSER)
        except etree.XMLSyntaxError:
            continue
        for rel in root.iter(_RELS_NS + "Relationship"):
            if rel.get("TargetMode") == "External":
                out.append((rel.get("Type", "").rsplit("/", 1)[-1], rel.get("Target", "")))
    return out


__all__ = ["MAX_ENTRIES", "MAX_PART", "MAX_UNCOMPRESSED", "Package", "unpack", "xml_text"]
