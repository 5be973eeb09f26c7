"""Read stage: bytes of a text file → ``str`` (encoding, BOM, binary detection)."""

from __future__ import annotations

import codecs
from pathlib import Path

from vndocparse.errors import DecodeError, FileMissingError, InputError, NotTextError, TooLargeError

#: Largest file read by default; a larger one is refused with a clear error rather than
#: exhausting memory. Official documents are rarely above a few hundred kilobytes.
MAX_BYTES = 50 * 1024 * 1024



def decode(data: bytes, *, source: str = "<bytes>") -> str:
    """Decode document bytes: UTF-8 (with or without BOM), UTF-16 with BOM, else Windows-1258."""
    if data.startswith(codecs.BOM_UTF8):
        return _decode(data[3:], "utf-8", source)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _decode(data, "utf-16", source)
    from vndocparse.readers.signatures import identify

    error = identify(data, source)
    if error is not None:
        raise error
    if data.startswith(b"%PDF"):
        raise NotTextError(source, "a PDF file, not text: read it with parse_file or parse_bytes")
    if b"\x00" in data:
        # UTF-16 without BOM shows NUL in every other byte of ASCII text.
        if len(data) % 2 == 0 and data[1::2].count(0) > len(data) // 4:
            return _decode(data, "utf-16-le", source)
        if len(data) % 2 == 0 and data[0::2].count(0) > len(data) // 4:
            return _decode(data, "utf-16-be", source)
        raise NotTextError(source, "contains NUL bytes (binary data); expected text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Older Vietnamese Windows files: Windows-1258 decodes every byte but a few.
    return _decode(data, "cp1258", source)


def _decode(data: bytes, encoding: str, source: str) -> str:
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        raise DecodeError(source, f"cannot decode as {encoding} at byte {exc.start}") from None


def read_text(path: str | Path, *, max_bytes: int = MAX_BYTES) -> str:
    """Read a text document from ``path``; raises `InputError` subclasses naming the path."""
    p = Path(path)
    if not p.is_file():
        raise FileMissingError(p, "no such file" if not p.exists() else "not a regular file")
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise TooLargeError(
                p, f"file is {size:,} bytes, over the size limit of {max_bytes:,} bytes (--max-bytes)"
            )
        data = p.read_bytes()
    except OSError as exc:
        if isinstance(exc, InputError):
            raise
        raise InputError(p, exc.strerror or str(exc)) from None
    return decode(data, source=str(p))
