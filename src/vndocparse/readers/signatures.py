"""What a file is, from its first bytes: the kinds people pass by mistake, each with
what to do about it (issue 14: an executable renamed ``.txt`` used to read as "cannot
decode as utf-16-le at byte 4176", a ``.doc`` as "expected UTF-8 text").

`identify` returns the `UnsupportedFormatError` to raise (it names the file, what it is
and what to do), or None for bytes that may be text.
"""

from __future__ import annotations

import io
import zipfile

from vndocparse.errors import EncryptedDocumentError, InputError, UnsupportedFormatError

_SAVE_AS_DOCX = "open it in Word or LibreOffice and save it as .docx (or as UTF-8 text), then read that file"
_OCR = "an image holds no text: recognise it first (OCR, e.g. ocrmypdf -l vie), then read the PDF"
_EXTRACT = "extract the document from it first, then read that file"
_PROGRAM = "pass the document itself, not a program"

#: Leading bytes → (what the file is, what to do).
MAGIC: tuple[tuple[bytes, str, str], ...] = (
    (b"\x7fELF", "an executable program (ELF)", _PROGRAM),
    (b"\xca\xfe\xba\xbe", "an executable program (Mach-O)", _PROGRAM),
    (b"\xcf\xfa\xed\xfe", "an executable program (Mach-O)", _PROGRAM),
    (b"\xce\xfa\xed\xfe", "an executable program (Mach-O)", _PROGRAM),
    (b"{\\rtf", "an RTF document (.rtf)", _SAVE_AS_DOCX),
    (b"\x89PNG\r\n\x1a\n", "a PNG image", _OCR),
    (b"\xff\xd8\xff", "a JPEG image", _OCR),
    (b"GIF87a", "a GIF image", _OCR),
    (b"GIF89a", "a GIF image", _OCR),
    (b"II*\x00", "a TIFF image", _OCR),
    (b"MM\x00*", "a TIFF image", _OCR),
    (b"\x1f\x8b", "a gzip archive", _EXTRACT),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive", _EXTRACT),
    (b"Rar!\x1a\x07", "a RAR archive", _EXTRACT),
    (b"BZh", "a bzip2 archive", _EXTRACT),
    (b"\xfd7zXZ\x00", "an xz archive", _EXTRACT),
    (b"%!PS", "a PostScript file", "convert it to PDF, then read the PDF"),
    (b"SQLite format 3\x00", "an SQLite database", _PROGRAM),
)

#: A zip's ``mimetype`` entry (OpenDocument, EPUB) → what it is.
_ZIP_MIMETYPES = {
    b"application/vnd.oasis.opendocument.text": "an OpenDocument text (.odt)",
    b"application/vnd.oasis.opendocument.spreadsheet": "an OpenDocument spreadsheet (.ods)",
    b"application/vnd.oasis.opendocument.presentation": "an OpenDocument presentation (.odp)",
    b"application/epub+zip": "an EPUB book",
}
#: A zip entry's leading folder (Office Open XML) → what it is.
_ZIP_FOLDERS = {
    "xl/": "an Excel workbook (.xlsx)",
    "ppt/": "a PowerPoint presentation (.pptx)",
}
#: OLE2 stream names (UTF-16LE, as stored in the directory) → what it is.
_OLE2_STREAMS = (
    ("WordDocument", "a Word 97–2003 document (.doc)"),
    ("Workbook", "an Excel 97–2003 workbook (.xls)"),
    ("PowerPoint Document", "a PowerPoint 97–2003 presentation (.ppt)"),
)
#: The magic of an OLE2 compound file (Word 97–2003, an encrypted OOXML package).
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def identify(data: bytes, source: str) -> InputError | None:
    """The error for a file that is not a document vndocparse reads, or None."""
    for magic, kind, advice in MAGIC:
        if data.startswith(magic):
            return UnsupportedFormatError(source, kind, advice)
    if data.startswith(b"MZ") and _windows_program(data):
        return UnsupportedFormatError(source, "an executable program (Windows .exe/.dll)", _PROGRAM)
    if data.startswith(OLE2):
        return identify_ole2(data, source)
    if data.startswith(b"PK\x03\x04"):
        return UnsupportedFormatError(source, identify_zip(data), _SAVE_AS_DOCX if _is_office(data) else _EXTRACT)
    return None


def _windows_program(data: bytes) -> bool:
    """``MZ`` and the ``PE`` header where the DOS header points (or a DOS program)."""
    if len(data) < 0x40:
        return False
    at = int.from_bytes(data[0x3C:0x40], "little")
    return data[at : at + 4] == b"PE\x00\x00" or b"This program cannot be run in DOS mode" in data[:512]


def identify_ole2(data: bytes, source: str) -> InputError:
    """A Microsoft Office 97–2003 container: what it holds, or that it is encrypted."""
    if "EncryptedPackage".encode("utf-16-le") in data:
        return EncryptedDocumentError(source, "the Word file is password-protected; remove the password and save it again")
    for stream, kind in _OLE2_STREAMS:
        if stream.encode("utf-16-le") in data:
            return UnsupportedFormatError(source, kind, _SAVE_AS_DOCX)
    return UnsupportedFormatError(source, "a Microsoft Office 97–2003 file (OLE2)", _SAVE_AS_DOCX)


def identify_zip(data: bytes) -> str:
    """What a zip that is not a Word document holds."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = zf.namelist()
            if "mimetype" in names:
                info = zf.getinfo("mimetype")
                if info.file_size <= 256:
                    kind = _ZIP_MIMETYPES.get(zf.read(info).strip())
                    if kind:
                        return kind
            for folder, kind in _ZIP_FOLDERS.items():
                if any(n.startswith(folder) for n in names):
                    return kind
    except (zipfile.BadZipFile, OSError, ValueError, EOFError, NotImplementedError, RuntimeError):
        return "a damaged zip archive"
    return "a zip archive"


def _is_office(data: bytes) -> bool:
    return data[30:38] == b"mimetype" or b"[Content_Types].xml" in data[:65536]


__all__ = ["MAGIC", "OLE2", "identify", "identify_ole2", "identify_zip"]
