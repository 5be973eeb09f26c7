"""Text files: the encoding (UTF-8 ± BOM, UTF-16, Windows-1258) and legacy fonts.

What the bytes are is decided in this order:

1. a file of another kind (an executable, a ``.doc``, an image...) is refused with
   what it is and what to do (`vndocparse.readers.signatures`);
2. a BOM, or NUL bytes in every other place: UTF-16 (`vndocparse.reading.decode`);
3. valid UTF-8: UTF-8 (legacy-font text saved as UTF-8 is converted after decoding);
4. UTF-8 with a few bad bytes (most high bytes still form UTF-8 letters): UTF-8, each
   bad byte replaced by U+FFFD and reported (``P021``, with its line);
5. bytes typed in a legacy font (TCVN3, VNI) and saved in an 8-bit encoding: told on the
   **bytes**, read as Latin-1 and converted — their Windows-1258 reading turns some of
   the font's bytes into other letters ("UÛY BAN" → "COÄNG HOØA XAƠ"), so it is
   taken only when it is plainly Vietnamese (its tone marks follow vowels);
6. otherwise Windows-1258; a byte it leaves undefined is replaced and reported (``P021``).
"""

from __future__ import annotations

import codecs
import re

from vndocparse.readers import legacy
from vndocparse.readers.signatures import identify
from vndocparse.readers.source import LineByLine, ReaderNote, SourceText
from vndocparse.reading import decode

#: Bad-byte positions listed in a ``P021`` message.
_SHOWN = 5


def read_text_bytes(data: bytes, *, source: str = "<bytes>") -> SourceText:
    """Decode a text file and convert legacy-font text; one origin per line."""
    text, notes = decode_text(data, source=source)
    src = from_text(text)
    src.notes.extend(notes)
    return src


def decode_text(data: bytes, *, source: str = "<bytes>") -> tuple[str, list[ReaderNote]]:
    """The bytes as text (steps 1–6 above; legacy-font text is not converted yet) and
    what was replaced on the way."""
    error = identify(data, source)
    if error is not None:
        raise error
    if data.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)) or b"\x00" in data:
        return decode(data, source=source), []
    try:
        return data.decode("utf-8"), []
    except UnicodeDecodeError:
        pass
    if _damaged_utf8(data):
        return _with_replacements(data, "utf-8")
    if not _windows_1258(data):
        latin = data.decode("latin-1")
        if legacy.detect(latin):
            return latin, []
    return _with_replacements(data, "cp1258")


def _with_replacements(data: bytes, encoding: str) -> tuple[str, list[ReaderNote]]:
    """Decode, each undecodable byte becoming U+FFFD, and say where (``P021``)."""
    escaped = data.decode(encoding, errors="surrogateescape")
    bad = [m.start() for m in _ESCAPED.finditer(escaped)]
    if not bad:
        return escaped, []
    lines = [escaped.count("\n", 0, at) + 1 for at in bad[:_SHOWN]]
    where = ", ".join(f"line {ln}" for ln in dict.fromkeys(lines))
    more = f" and {len(bad) - _SHOWN} more" if len(bad) > _SHOWN else ""
    label = "UTF-8" if encoding == "utf-8" else "Windows-1258"
    message = f"{len(bad)} byte(s) not valid {label} replaced by U+FFFD: {where}{more}"
    return _ESCAPED.sub("\ufffd", escaped), [ReaderNote("P021", message, "warning", lines[0])]


_ESCAPED = re.compile("[\udc80-\udcff]")
_TONE_MARKS = frozenset("\u0300\u0301\u0303\u0309\u0323")
_VOWELS = frozenset("aeiouyâêôơưăAEIOUYÂÊÔƠƯĂ")


def _damaged_utf8(data: bytes) -> bool:
    """UTF-8 text with a few bad bytes: most of its high bytes still form UTF-8 letters
    (TCVN3 and VNI bytes seldom do). Read as Latin-1, its letters would look like TCVN3."""
    high = sum(1 for b in data if b >= 0x80)
    good = sum(len(ch.encode("utf-8")) for ch in data.decode("utf-8", errors="ignore") if ord(ch) >= 0x80)
    return bool(high) and good >= 0.5 * high


def _windows_1258(data: bytes) -> bool:
    """Whether the bytes plainly read as Vietnamese in Windows-1258: its tone marks are
    combining characters, and in real Windows-1258 text nine in ten of them follow a
    vowel (TCVN3 and VNI bytes read that way put them after consonants too). Text without
    any tone mark is no evidence either way (a VNI heading "XAÕ" reads "XAƠ")."""
    text = data.decode("cp1258", errors="replace")
    after = [text[i - 1] in _VOWELS for i, ch in enumerate(text) if i and ch in _TONE_MARKS]
    return bool(after) and sum(after) >= 0.9 * len(after)


def from_text(text: str) -> SourceText:
    """A `SourceText` for text already decoded: legacy fonts converted, lines kept."""
    conversion = legacy.detect(text)
    if conversion:
        text = legacy.convert(text, conversion)
    return SourceText(text=text, format="text", origins=LineByLine(_line_count(text)), conversion=conversion)


#: What `str.splitlines` ends a line at.
_LINE_END = re.compile("\r\n|[\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029]")


def _line_count(text: str) -> int:
    """``len(text.splitlines())``, without a string per line."""
    ends = 0
    last = 0
    for m in _LINE_END.finditer(text):
        ends += 1
        last = m.end()
    return ends + (1 if last < len(text) else 0)


__all__ = ["decode_text", "from_text", "read_text_bytes"]
