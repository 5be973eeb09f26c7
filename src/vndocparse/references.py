"""References: the other documents a text cites by number (văn bản được viện dẫn).

"công văn số 11614/BTC-PC ngày 24/10/2023" → ``("11614/BTC-PC", "2023-10-24", offset)``;
laws and decrees too ("Nghị định số 30/2020/NĐ-CP"); form numbers ("mẫu số 01/...")
are not references.
"""

from __future__ import annotations

import bisect
import datetime as _dt
import itertools
import re

import regex

from vndocparse.tables import dateline

# A cited number: digits, then "/" or "-", then an upper-case code; optionally followed by
# a date ("ngày 24/10/2023", ", ngày 09/9/2020", "ngày 22 tháng 12 năm 2024").
_REF = regex.compile(
    # The running number; after "số", OCR may leave a space inside it ("số 21 14/QĐ-TTg").
    r"(?<![\w/.-])(?P<num>(?:(?<=số\s)\d{1,4}\s\d{1,4}|\d{1,6})(?:[/⁄]\d{4})?[/⁄-]{1,2}(?:\s?[\p{Lu}Đ][\p{L}Đđ&]*\d*)"
    # Further groups; a line break inside a number ("NĐ-" / "CP") leaves one space after
    # a separator that touches the previous group. "CV-Habeco.NA": a dotted unit suffix.
    r"(?:(?<=\S)[-/⁄]{1,2}\s?[\p{L}Đđ&0-9]+(?:\.[\p{Lu}]+)?)*(?:\([\p{Lu}Đ]+\))?)"
    # (The words "ngày", "tháng", "năm" with any tone mark or none: typed without
    # diacritics, or a tone misread by OCR, "thàng".)
    rf"(?P<date>{dateline.CITED})?"
)
# A word glued on at an old line break ("BYT-MTngày", "QĐ-UBNDcủa").
_GLUED_TAIL = regex.compile(r"(?<=\p{Lu})(?:ngày|ngay|của|cua|về|và|năm|tháng|theo|tại|thì|đã|được)$")
_FORM_BEFORE = regex.compile(r"(?:mẫu|mau)\s*(?:số|so)?\s*$", regex.IGNORECASE)


# Where a number may start: a digit run, a separator, then an upper-case letter (found
# fast; the full pattern then runs only there). The same engine as `_REF`, so that \d, \w
# and \s mean the same, and faster than stdlib re at skipping to the digits of a long text.
# It opens with the digit and looks behind it afterwards ("\d(?<!x\d)" is "(?<!x)\d"), so
# the engine skips ahead to digits instead of trying the look-behind everywhere.
_REF_HINT = regex.compile(r"\d(?<![\w/.-]\d)[\d ]{0,8}(?:[/⁄]\d{4})?[/⁄-]{1,2}\s?[A-ZĐ]")
_SEPARATOR = re.compile(r"[/-]")


def _ref_matches(text: str) -> list[regex.Match[str]]:
    out = []
    search = _REF_HINT.search
    pos = 0
    while (hint := search(text, pos)) is not None:
        m = _REF.match(text, hint.start())
        if m is not None:
            out.append(m)
            pos = hint.end()
        else:
            # A hint the number pattern refuses ("STT 1 12/QĐ": "1 12" is no number)
            # may hide one that starts inside it: look again from its next character.
            pos = hint.start() + 1
    return out


# A number cited after "số" and read up to what ends it — its date ("ngày ..."), "của",
# "về", punctuation — whatever its shape: OCR damage ("] 39/NQ-CP", "12/201 7⁄QH14",
# "889/CD- -TTg") or a code of the sender's own ("ADM2018/07-01", "CV/01CPXD"). One to
# three chunks, the later ones short (a split, not the next words).
_AFTER_SO = regex.compile(
    r"(?<![\w/])(?:số|Số|SỐ)\s*:?\s+(?P<num>[^\s,;:()]+(?:(?<!\.)\s(?!\d{1,3}[.)](?:\s|$))[^\s,;:()]{1,8}){0,2}?)"
    rf"(?=\s*(?:,\s*)?(?:{dateline.DAY_WORD_ANY}|NGÀY|của|CỦA|về|VỀ)\b|\s*[,;:)]|\.?\s*$|(?<=\.)\s)"
)
_CITED_DATE = regex.compile(dateline.CITED)
_DIGIT = re.compile(r"\d")
_SEPARATORS = re.compile(r"[/\-⁄]")
_TWO_CAPITALS = regex.compile(r"\p{Lu}\P{Lu}*\p{Lu}")
# Words a lost space glued to the number's end ("TBHPđể", "NĐ-CPquyđịnh", "NĐ-CP.Theo"):
# lower case after a capital or a digit, holding a letter that is not plain ASCII, or
# three letters or more after two capitals (a code's own lower case: "TTg", "TTr",
# "QyĐ", "Habeco").
_WORDS_GLUED_ON = regex.compile(
    r"(?<=[\p{Lu}\d])(?:\.(?=\p{Lu}\p{Ll})|\p{Ll}*[^\x00-\x7f\P{Ll}]\p{Ll}*).*$|(?<=\p{Lu}{2})\p{Ll}{3,}.*$"
)


def _split_by_damage(chunks: list[str]) -> bool:
    """Whether the space between each two chunks is one that damage put inside a number:
    beside a separator ("889/CD- -TTg"), before the rest of a code that holds a figure
    ("12/201 7⁄QH14", "06/CV NET 2023"), or after debris with no figure ("] 39/NQ-CP").
    Words in letters only after a whole code are the sentence going on ("30/2020/NĐ-CP
    Chính phủ về ...", "1234/UBND-VX UBND tỉnh")."""
    for k, (prev, nxt) in enumerate(itertools.pairwise(chunks), 1):
        if not (
            prev[-1] in "/-⁄"
            or nxt[0] in "/-⁄"
            or any(_DIGIT.search(rest) is not None for rest in chunks[k:])
            or _DIGIT.search(prev) is None
        ):
            return False
    return True


def _after_so(text: str) -> list[tuple[str, int, int]]:
    """Numbers read by `_AFTER_SO`: ``(number, start, end)``; a chunk that is no
    number (no digit, no separator, fewer than two capitals, a date) is none, and nor
    are chunks parted otherwise than by damage (`_split_by_damage`). (Their dates are
    read by `find_references`, for the few that the standard reading does not read as
    well: most are read by both.)"""
    out = []
    for m in _AFTER_SO.finditer(text) if "ố" in text or "Ố" in text else ():
        raw = m.group("num")
        if _DIGIT.search(raw) is None or _SEPARATORS.search(raw) is None:
            continue  # (what dropping the glued words leaves holds no more of them)
        chunks = raw.split()
        if len(chunks) > 1 and not _split_by_damage(chunks):
            continue  # (the standard reading finds the number itself)
        num = _WORDS_GLUED_ON.sub("", "".join(chunks)).rstrip(".")
        if (
            _DIGIT.search(num) is None
            or _SEPARATORS.search(num) is None
            or _TWO_CAPITALS.search(num) is None
            or _FORM_BEFORE.search(text[max(0, m.start() - 12) : m.start() + 3])
        ):
            continue
        a, b = m.span("num")
        out.append((num, a, b))
    return out


def _iso_date(m: regex.Match[str]) -> str | None:
    """The date of a match of `dateline.CITED` (groups ``d``, ``m``, ``y``), or None
    where it is no calendar date."""
    try:
        return _dt.date(int(m.group("y")), int(m.group("m")), int(m.group("d"))).isoformat()
    except ValueError:
        return None


def find_references(text: str) -> list[tuple[str, str | None, int]]:
    """Document numbers cited in ``text``: ``(number, date or None, offset)``."""
    out: list[tuple[str, str | None, int]] = []
    standard = _ref_matches(text)
    starts = [m.start() for m in standard]  # (in text order: the matches do not overlap)
    numbers = [_standard_number(m) for m in standard]
    spans: list[tuple[int, int]] = []
    for num, a, b in _after_so(text):
        # (The standard reading wins where it reads as much: "76/CV-Habeco.NA".)
        lo, hi = bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)
        if lo < hi and max(len(n) for n in numbers[lo:hi]) >= len(num):
            continue
        spans.append((a, b))
        d = _CITED_DATE.match(text, b)
        out.append((num, None if d is None else _iso_date(d), a))
    span_starts = [a for a, _ in spans]  # (in text order, not overlapping)
    for m, num in zip(standard, numbers):
        at = bisect.bisect_right(span_starts, m.start()) - 1
        if at >= 0 and m.start() < spans[at][1]:
            continue  # read whole after its "số"
        if not _looks_like_number(num):
            continue
        if _FORM_BEFORE.search(text[max(0, m.start() - 12) : m.start()]):
            continue
        out.append((num, _iso_date(m) if m.group("date") else None, m.start()))
    out.sort(key=lambda r: r[2])
    return out


def _standard_number(m: regex.Match[str]) -> str:
    """The number `_REF` read, spaces removed and words glued on its end dropped."""
    return _WORDS_GLUED_ON.sub("", _GLUED_TAIL.sub("", "".join(m.group("num").split())))


def _looks_like_number(num: str) -> bool:
    """Weed out dates, phone numbers and ratios: a number has an upper-case code (two
    letters at least after its first separator, half of them in upper case)."""
    parts = _SEPARATOR.split(num, maxsplit=1)
    tail = parts[1] if len(parts) > 1 else ""
    letters = [c for c in tail if c.isalpha()]
    return len(letters) >= 2 and 2 * len([c for c in letters if c.isupper()]) >= len(letters)


__all__ = ["find_references"]
