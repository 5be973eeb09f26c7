"""Text files: the encoding (UTF-8 ± BOM, UTF-16, Windows-1258) and legacy fonts.

Decoding is `vndocparse.reading.decode`; on top of it, text typed in TCVN3 or VNI and
saved without conversion is recognised and converted (`vndocparse.readers.legacy`).
Bytes that are not UTF-8 are first read as Latin-1 when they look like TCVN3 or VNI:
their Windows-1258 reading would turn some of the font's bytes into combining marks.
"""

from __future__ import annotations

import codecs

from vndocparse.readers import legacy
from vndocparse.readers.source import LineOrigin, SourceText
from vndocparse.reading import decode


def read_text_bytes(data: bytes, *, source: str = "<bytes>") -> SourceText:
    """Decode a text file and convert legacy-font text; one origin per line."""
    text: str | None = None
    if not data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) and b"\x00" not in data:
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            if not _damaged_utf8(data) and not _windows_1258(data):
                latin = data.decode("latin-1")
                if legacy.detect(latin):
                    text = latin
    if text is None:
        text = decode(data, source=source)
    return from_text(text)


_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
_VOWELS = frozenset("aeiouyâêôơưăAEIOUYÂÊÔƠƯĂ")


def _damaged_utf8(data: bytes) -> bool:
    """UTF-8 text with a few bad bytes: most of its high bytes still form UTF-8 letters
    (TCVN3 and VNI bytes seldom do). Read as Latin-1, its letters would look like TCVN3."""
    high = sum(1 for b in data if b >= 0x80)
    good = sum(len(ch.encode("utf-8")) for ch in data.decode("utf-8", errors="ignore") if ord(ch) >= 0x80)
    return bool(high) and good >= 0.5 * high


def _windows_1258(data: bytes) -> bool:
    """Whether the bytes read as Vietnamese in Windows-1258: its tone marks are combining
    characters, and in real Windows-1258 text nine in ten of them follow a vowel (TCVN3
    and VNI bytes read that way put them after consonants too)."""
    text = data.decode("cp1258", errors="replace")
    after = [text[i - 1] in _VOWELS for i, ch in enumerate(text) if i and ch in _TONE_MARKS]
    if not after:
        return any(ch in "ơưăđƠƯĂĐ" for ch in text)
    return sum(after) >= 0.9 * len(after)


def from_text(text: str) -> SourceText:
    """A `SourceText` for text already decoded: legacy fonts converted, lines kept."""
    conversion = legacy.detect(text)
    if conversion:
        text = legacy.convert(text, conversion)
    count = len(text.splitlines())
    return SourceText(
        text=text,
        format="text",
        origins=[LineOrigin(line=i) for i in range(1, count + 1)],
        conversion=conversion,
    )


__all__ = ["from_text", "read_text_bytes"]
