"""Pre-Unicode Vietnamese fonts: TCVN3 (ABC, ``.VnTime``/``.VnTimeH``) and VNI → Unicode.

Text typed in these fonts and extracted without conversion shows as Latin-1 look-alikes:
``Uû ban nh©n d©n`` (TCVN3 for "Ủy ban nhân dân"), ``CéNG HßA X· HéI`` (TCVN3 in the
heading font ``.VnTimeH``, "CỘNG HÒA XÃ HỘI"), ``UÛY BAN NHAÂN DAÂN`` (VNI).

* **TCVN3** (TCVN 5712:1993, the VN3 set of ABC fonts) puts each lower-case letter with
  its marks, and the seven upper-case ``Ă Â Đ Ê Ô Ơ Ư``, in one byte of 0xA1–0xFE. The
  heading fonts (``.VnTimeH``...) draw those same bytes as capitals, so a run typed in a
  heading font is all capitals in ASCII with "lower-case" accented bytes: such a run
  (a line, or one column of it between gutters) is put in upper case after conversion.
  Conversion is one character for one character: the columns and gutters stay put.
* **VNI** (VNI-Times) writes a vowel followed by one byte for its marks (``a`` +
  ``ù`` = "á", ``o`` + ``á`` = "ố"), plus single bytes for ``đ ơ ư`` and some ``i``/``y``
  forms.

Detection looks at characters, not at the font names (which extraction loses): a text
(or a line) holds no Vietnamese letter beyond Latin-1, and enough of the characters that each
set uses for Vietnamese letters and that Vietnamese Unicode text never shows.

Old documents put the tone on the last vowel of "uy", "oa", "oe" at a word's end
(``Uû`` "Uỷ"); converted text is given the placement of Decree 30 ("Ủy", "Hòa").
"""

from __future__ import annotations

import re
import unicodedata

# --------------------------------------------------------------------------- TCVN3
# Unicode letters and their TCVN3 (VN3) bytes, in the order of the Vietnamese alphabet.
_TCVN3_UNICODE = (
    "àáảãạ" "ăằắẳẵặ" "âầấẩẫậ" "đ" "èéẻẽẹ" "êềếểễệ" "ìíỉĩị" "òóỏõọ" "ôồốổỗộ" "ơờớởỡợ"
    "ùúủũụ" "ưừứửữự" "ỳýỷỹỵ" "ĂÂĐÊÔƠƯ"
)
_TCVN3_BYTES = (
    "µ¸¶·¹" "¨»¾¼½Æ" "©ÇÊÈÉË" "®" "ÌÐÎÏÑ" "ªÒÕÓÔÖ" "×ÝØÜÞ" "ßãáâä" "«åèæç é" "¬êíëìî"
    "ïóñòô" "\u00adõøö÷ù" "úýûüþ" "¡¢§£¤¥¦"
).replace(" ", "")
assert len(_TCVN3_UNICODE) == len(_TCVN3_BYTES) == 74, (len(_TCVN3_UNICODE), len(_TCVN3_BYTES))

TCVN3_TO_UNICODE: dict[str, str] = dict(zip(_TCVN3_BYTES, _TCVN3_UNICODE))
UNICODE_TO_TCVN3: dict[str, str] = dict(zip(_TCVN3_UNICODE, _TCVN3_BYTES))
_TCVN3_TABLE = str.maketrans(TCVN3_TO_UNICODE)

# The Latin-1 letters that Vietnamese Unicode text uses; every other character of the
# TCVN3 set (symbols, and letters such as "ß", "û", "ñ") betrays TCVN3 when it touches
# letters, since Vietnamese Unicode text never shows it there.
_VIETNAMESE_LATIN1 = frozenset("ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý")
_TCVN3_MARKERS = frozenset(_TCVN3_BYTES) - _VIETNAMESE_LATIN1

# --------------------------------------------------------------------------- VNI
# A VNI mark byte after a vowel → the combining marks it stands for (either case).
_VNI_MARKS = {
    "ù": "\u0301", "ø": "\u0300", "û": "\u0309", "õ": "\u0303", "ï": "\u0323",
    "â": "\u0302", "ê": "\u0306",
    "á": "\u0302\u0301", "à": "\u0302\u0300", "å": "\u0302\u0309", "ã": "\u0302\u0303", "ä": "\u0302\u0323",
    "é": "\u0306\u0301", "è": "\u0306\u0300", "ú": "\u0306\u0309", "ü": "\u0306\u0303", "ë": "\u0306\u0323",
}
_VNI_MARKS.update({k.upper(): v for k, v in list(_VNI_MARKS.items())})
# Single VNI bytes that are letters of their own (or the base of a mark).
_VNI_SINGLE = {
    "ñ": "đ", "Ñ": "Đ", "ô": "ơ", "Ô": "Ơ", "ö": "ư", "Ö": "Ư",
    "ì": "ì", "Ì": "Ì", "í": "í", "Í": "Í", "æ": "ỉ", "Æ": "Ỉ", "ó": "ĩ", "Ó": "Ĩ",
    "ò": "ị", "Ò": "Ị", "î": "ỵ", "Î": "Ỵ",
}
# A base that takes a mark byte: plain vowels, and VNI's ơ/ư bytes (ô, ö).
_VNI_BASES = "aeiouyAEIOUYôöÔÖ"
_VNI_PAIR = re.compile(f"([{_VNI_BASES}])([{''.join(_VNI_MARKS)}])")
# One pass for both: a letter made from a pair ("OØ" → "Ò") must not be read again as
# a single byte ("Ò" is VNI's "ị").
_VNI_ANY = re.compile(f"{_VNI_PAIR.pattern}|[{''.join(_VNI_SINGLE)}]")
# What betrays VNI: a vowel with a mark byte after it, or đ/Đ/ư inside a word.
_VNI_TELL = re.compile(r"[aeouyAEOUY][ùøûõïâêáàåãäéèúüëÙØÛÕÏÂÊÁÀÅÃÄÉÈÚÜË]|\w[ñö]|[ñÑ]\w")


def _compose_vni(m: re.Match[str]) -> str:
    if m.group(1) is None:
        return _VNI_SINGLE[m.group()]
    base = _VNI_SINGLE.get(m.group(1), m.group(1))
    return unicodedata.normalize("NFC", base + _VNI_MARKS[m.group(2)])


# --------------------------------------------------------------------------- detection
_LETTER = re.compile(r"[A-Za-z]")


_VIETNAMESE_UNICODE = re.compile(r"[\u0100-\u024f\u0300-\u036f\u1ea0-\u1ef9]")


def _unicode_free(text: str) -> bool:
    """No letter of Vietnamese Unicode beyond Latin-1 (``ư``, ``đ``, ``ạ``, combining
    marks): such a line is already Unicode. Typographic punctuation (``–``, ``“``) that
    Word puts in any text does not count."""
    return _VIETNAMESE_UNICODE.search(text) is None


def detect(text: str) -> str | None:
    """``"TCVN3"`` or ``"VNI"`` when ``text`` reads as one of them, else None.

    The text (its lines without Vietnamese letters beyond Latin-1) must show at least three tell-tale
    characters, and they must make at least 2% of its letters.
    """
    sample = "\n".join(line for line in text.splitlines() if _unicode_free(line))
    if not sample:
        return None
    letters = len(_LETTER.findall(sample)) + sum(1 for ch in sample if ch in _TCVN3_MARKERS)
    if not letters:
        return None
    vni_pairs = {m.start() + 1 for m in _VNI_PAIR.finditer(sample)}
    tcvn3 = sum(
        1
        for i, ch in enumerate(sample)
        if ch in _TCVN3_MARKERS and i not in vni_pairs and _between_letters(sample, i)
    )
    vni = len(_VNI_TELL.findall(sample))
    best, score = ("TCVN3", tcvn3) if tcvn3 >= vni else ("VNI", vni)
    if score >= 3 and score >= 0.02 * letters:
        return best
    return None


def _between_letters(text: str, i: int) -> bool:
    """A TCVN3 letter byte touches a letter (``nh©n``, ``Uû``, ``®Þa``)."""
    before = text[i - 1] if i else " "
    after = text[i + 1] if i + 1 < len(text) else " "
    return before.isalpha() or after.isalpha() or before in _TCVN3_MARKERS or after in _TCVN3_MARKERS


# --------------------------------------------------------------------------- conversion
_GUTTER = re.compile(r"( {3,}|\t+|\|)")
_TONED_END = re.compile(
    r"(?<![qQ])([uU])([ỳýỷỹỵỲÝỶỸỴ])(?!\w)|([oO])([àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ])(?!\w)"
)
_TONES = "\u0300\u0301\u0309\u0303\u0323"


def _move_tone(m: re.Match[str]) -> str:
    """"uỷ" → "ủy", "oà" → "òa": the tone on the first vowel of a final "uy", "oa", "oe"."""
    first, second = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
    decomposed = unicodedata.normalize("NFD", second)
    tone = "".join(ch for ch in decomposed if ch in _TONES)
    bare = unicodedata.normalize("NFC", "".join(ch for ch in decomposed if ch not in _TONES))
    return unicodedata.normalize("NFC", first + tone) + bare


def _heading_words(run: str) -> list[tuple[str, bool]]:
    """The words of a run (with the spaces between them), each marked True when typed in a
    heading font: two or more ASCII letters, all capitals (``CéNG``, ``HßA``); or a single
    ASCII capital (``X·``) next to such a word and to no other kind (no number). ``Sè: 15/Q§-UBND``
    stays mixed case: its one-letter word stands next to a number, not a heading."""
    words = re.split(r"(\s+)", run)
    kinds: list[int] = []  # 2: heading word, 1: one capital letter, 0: other
    for w in words:
        letters = _LETTER.findall(w)
        if len(letters) >= 2 and all(ch.isupper() for ch in letters):
            kinds.append(3 if re.search(r"[0-9]", w) else 2)
        elif len(letters) == 1 and letters[0].isupper():
            kinds.append(1)
        else:
            kinds.append(0)
    out = []
    real = [i for i, w in enumerate(words) if w.strip()]
    for pos, i in enumerate(real):
        kind = kinds[i]
        heading = kind in (2, 3)
        if kind == 1:
            near = [kinds[real[j]] for j in (pos - 1, pos + 1) if 0 <= j < len(real)]
            heading = 2 in near and all(k in (1, 2) for k in near)
        out.append((i, heading))
    flags = dict(out)
    return [(w, flags.get(i, False)) for i, w in enumerate(words)]


def _convert_line(line: str, encoding: str) -> str:
    if not _unicode_free(line):
        return line  # already Unicode (a mixed file): leave it
    out: list[str] = []
    for piece in _GUTTER.split(line):
        if not piece or _GUTTER.fullmatch(piece):
            out.append(piece)
            continue
        if encoding == "TCVN3":
            converted = "".join(
                w.translate(_TCVN3_TABLE).upper() if heading else w.translate(_TCVN3_TABLE)
                for w, heading in _heading_words(piece)
            )
        else:  # VNI has capitals of its own
            converted = _VNI_ANY.sub(_compose_vni, piece)
        converted = _TONED_END.sub(_move_tone, converted)
        out.append(converted)
    return "".join(out)


def convert(text: str, encoding: str) -> str:
    """``text`` from ``encoding`` (``"TCVN3"`` or ``"VNI"``) to Unicode, line by line.

    Lines holding Vietnamese letters beyond Latin-1 (``ư``, ``ạ``) are already Unicode and are kept as they are.
    TCVN3 conversion keeps every column (one character for one); VNI's two-byte letters
    become one character.
    """
    if encoding not in ("TCVN3", "VNI"):
        raise ValueError(f"unknown legacy encoding {encoding!r}; known: TCVN3, VNI")
    parts = re.split(r"(\r\n|\r|\n)", text)
    return "".join(p if i % 2 else _convert_line(p, encoding) for i, p in enumerate(parts))


def to_tcvn3(text: str) -> str:
    """Unicode → TCVN3 as a typist would have typed it (for tests and fixtures).

    A word in capitals is typed in the heading font (the lower-case bytes; ASCII capitals
    stay). In other words "Ủy" is typed "Uû" (the tone on the "y"), and any other
    capital with marks that the set lacks takes the heading font's byte on its own.
    """
    out = []
    for word in re.split(r"(\s+)", text):
        letters = [ch for ch in word if ch.isalpha()]
        caps = len(letters) >= 2 and all(ch.isupper() for ch in letters)
        if not caps:
            word = re.sub(r"Ủ(?=y(?!\w))", "Uỷ", word)
            word = re.sub(r"(?<=U)y(?!\w)", "y", word)
            word = word.replace("Uỷy", "Uỷ")
        chars = []
        for ch in word:
            if ch in UNICODE_TO_TCVN3 and (not caps or not ch.islower()):
                chars.append(UNICODE_TO_TCVN3[ch])
            elif ch.lower() in UNICODE_TO_TCVN3:
                chars.append(UNICODE_TO_TCVN3[ch.lower()])
            else:
                chars.append(ch)
        out.append("".join(chars))
    return "".join(out)


_VNI_TONE_BYTE = {"\u0301": "ù", "\u0300": "ø", "\u0309": "û", "\u0303": "õ", "\u0323": "ï"}
_VNI_I = {"\u0301": "í", "\u0300": "ì", "\u0309": "æ", "\u0303": "ó", "\u0323": "ò"}
_VNI_HAT = {"\u0302": "â", "\u0306": "ê"}
_VNI_HAT_TONE = {(hat, tone): mark for mark, (hat, tone) in
                 ((m, (v[0], v[1])) for m, v in _VNI_MARKS.items() if len(v) == 2 and m.islower())}


def to_vni(text: str) -> str:
    """Unicode → VNI as a typist would have typed it (for tests and fixtures): a vowel
    then one byte for its marks, ``đ ơ ư`` and the toned ``i`` as bytes of their own."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in "đĐ":
            out.append("ñ" if ch == "đ" else "Ñ")
            continue
        parts = unicodedata.normalize("NFD", ch)
        base, marks = parts[0], parts[1:]
        if not marks or base.lower() not in "aeiouy":
            out.append(ch)
            continue
        upper = base.isupper()
        tone = next((m for m in marks if m in _VNI_TONE_BYTE), None)
        hat = next((m for m in marks if m in _VNI_HAT), None)
        if "\u031b" in marks:  # horn: ơ, ư are bytes of their own
            base = {"o": "ô", "u": "ö", "O": "Ô", "U": "Ö"}[base]
        if base in "iI" and tone:
            mark = _VNI_I[tone]
            out.append(mark.upper() if upper else mark)
            continue
        if base in "yY" and tone == "\u0323":
            out.append("Î" if upper else "î")
            continue
        mark = _VNI_HAT_TONE[(hat, tone)] if hat and tone else (_VNI_HAT[hat] if hat else _VNI_TONE_BYTE.get(tone or "", ""))
        out.append(base + (mark.upper() if upper else mark))
    return "".join(out)


__all__ = ["TCVN3_TO_UNICODE", "UNICODE_TO_TCVN3", "convert", "detect", "to_tcvn3", "to_vni"]
