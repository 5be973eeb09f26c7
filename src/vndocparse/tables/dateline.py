"""The date line (địa danh và thời gian ban hành): ``<Place>, ngày D tháng M năm YYYY``.

ND30 PL I §II.4 (and the same words in Party documents). Every stage that looks for a
date line builds its pattern here: the segmenter (where one starts inside a merged
row), the page stage (the two halves of a wrapped one), the classifier (whether a
line is one), the field reader (its place, day, month and year), the references
(a date written after a cited number) and the validator's form rule.

The stages match *folded* text (`vndocparse.text.fold`: no marks, lower case), and
tolerate what OCR does to the three words: a tone mark lost or misread ("ngay",
"thảng"), "kháng" for "tháng", a speck glued on ("ngàyló"), a damaged "năm"
("Ủuăm"). The tolerance never reaches an undamaged word: "ngày" must start a word, so
"Lâm Đồng, ngày ..." keeps its place whole ("Đồng" holds "ng") and "ĐƯỜNG THỦY VIỆT
NAM" (which holds "ng", "th" and "nam") is no date line (issue 11).
"""

from __future__ import annotations

import regex

#: The three words as written (the form the validator holds a date line to).
DAY_WORD = "ngày"
MONTH_WORD = "tháng"
YEAR_WORD = "năm"
#: The same words folded, exact (what a gutter inside "ngày      tháng" must not cut).
DAY_FOLDED = "ngay"
MONTH_FOLDED = "thang"
YEAR_FOLDED = "nam"

#: Literals that every folded date line holds, for fast paths that rule a line out
#: before its pattern runs: "ng" of "ngày", and "th" or "kh" of "tháng".
DAY_LITERAL = "ng"
MONTH_LITERALS = ("th", "kh")

# -- fragments (folded text) ---------------------------------------------------------------
#: "ngày" and its OCR forms: starts a word; up to three more non-digit characters
#: ("ay", "ayl" of "ngàyló"), so a glued day ("ngày06") stays the day.
NGAY = r"(?<!\w)ng[^\s\d]{0,3}"
#: "tháng" and its OCR forms ("thang", "khang", "thangu").
THANG = r"[tk]h\s?[^\s\d]{0,3}"
#: "tháng" complete (th…ng), where the line must be a date and not merely hold "th".
THANG_WHOLE = r"[tk]h\S{0,2}ng"
#: "năm" and its OCR forms ("nam", "nam2025", "uuam" of "Ủuăm").
NAM = r"(?:n[^\s\d]{0,2}|[^\s\d]{2,3})m"
#: A day or month as written or damaged: up to four characters ("05", "…", "4#"), or
#: two short pieces OCR parted ("{ 7").
SLOT = r"(?:\S{1,2}\s\S{1,2}(?=\s*[tkn])|\S{0,4})"
#: What fills a draft's blank day and month ("ngày … tháng … năm 20…").
BLANKS = r"[\d_. …]*"
#: The place (địa danh) in a full line: anything but a comma, 2–45 characters.
PLACE = r"[^,]{2,45}?"
#: The place's words before "ngày" where a date line starts inside a longer piece.
PLACE_WORDS = r"(?:[\w.]+\s+){0,4}[\w.]+"
#: The most words a place name has (a line with more before "ngày" is a sentence).
MAX_PLACE_WORDS = 6

# -- patterns --------------------------------------------------------------------------------
#: A whole line that is a date line (folded), its parts as groups.
LINE = regex.compile(
    rf"^(?P<place>{PLACE})\s*[,.]?\s*(?P<ngay>{NGAY})\s*(?P<d>{SLOT})\s*(?P<thang>{THANG})\s*"
    rf"(?P<m>{SLOT})\s*(?P<nam>{NAM})\s*(?P<y>\S{{0,6}})\s*\W*$"
)
#: How every match of `LINE` ends: the "m" of "năm", the year, punctuation; matched
#: after a line's last "m" (far cheaper than the whole pattern to rule a line out).
LINE_END = regex.compile(r"\s*+\S{0,6}\W*+$")
#: Where "ngày" starts (for the count of the place's words before it).
NGAY_AT = regex.compile(NGAY)

_OPENING = rf"{PLACE_WORDS}\s*[,.]?\s*{NGAY}\s*\S{{0,4}}\s*{BLANKS}\s*{THANG_WHOLE}"
#: A piece that opens with a date line: "<place> ngày D tháng" (folded).
OPENING = regex.compile(rf"^{_OPENING}")
#: Where a date line starts inside a piece (a merged row: "Số: 12/UBND Hà Nội, ngày ...").
INSIDE = regex.compile(rf"(?<=\s)(?={_OPENING})")
#: A date line in full after the Party "*" on one row, stricter than `OPENING` (which
#: "Đảng ủy Thường trực ..." would pass): the comma, and a space after "ngày".
BESIDE_STAR = regex.compile(rf"{PLACE_WORDS}\s*,\s*{NGAY}\s+{BLANKS}\s*{THANG_WHOLE}\b")
#: The first half of a date line wrapped after "ngày" or its day ("Phan Thiết, ngày 06").
HEAD = regex.compile(rf"^[^,]{{2,40}},\s*{NGAY}(?:\s*\d{{1,2}})?\s*$")
#: The second half of a wrapped date line ("tháng 7 năm 2023", "năm 2023").
TAIL = regex.compile(rf"^(?:{THANG}\s*\d{{0,2}}\s*)?{NAM}\s*\d{{4}}|^{THANG}\s*\d{{1,2}}\s*{NAM}")

# -- patterns on text as written --------------------------------------------------------------
#: The three words with any tone mark or none, as written (not folded): "ngày", "ngay",
#: a tone misread by OCR ("thàng").
DAY_WORD_ANY = r"ng\w{1,2}y"
MONTH_WORD_ANY = r"th\w{1,2}ng"
YEAR_WORD_ANY = r"n\w{1,2}m"
#: A date written right after a cited number ("ngày 24/10/2023", ", ngày 22 tháng 12
#: năm 2024"), its day, month and year as groups.
CITED = (
    rf"\s*,?\s*{DAY_WORD_ANY}\s*(?P<d>\d{{1,2}})\s*(?:[/.-]|\s*{MONTH_WORD_ANY}\s*)(?P<m>\d{{1,2}})"
    rf"\s*(?:[/.-]|\s*{YEAR_WORD_ANY}\s*)(?P<y>\d{{4}})"
)
#: A date line's start in a document held on one line: a capitalised place, a comma,
#: "ngày" and its day ("Hà Nội, ngày 5").
REFLOW = regex.compile(r"(?<=\s)(?:\p{Lu}\p{Ll}*\s+){0,3}\p{Lu}\p{Ll}*,\s*ng\S{0,2}\s*\d")

#: What fills the blanks of a draft's date line, as written.
FILL = r"[\s._…\-]*"
#: The form of the date line (the validator's reading, any case): the place, its
#: separator, the three words with their numbers (blank in drafts), a tail.
FORM = regex.compile(
    r"^(?P<place>[^,]*?[^\s,.])\s*(?P<sep>[,.;]?)\s*"
    rf"(?P<ngay>{DAY_WORD}){FILL}(?P<d>\d{{1,2}})?{FILL}"
    rf"(?P<thang>{MONTH_WORD}){FILL}(?P<m>\d{{1,2}})?{FILL}"
    rf"(?P<nam>{YEAR_WORD}){FILL}(?P<y>\d{{4}})?(?P<tail>\D*?)\s*$",
    regex.IGNORECASE,
)

__all__ = [
    "BESIDE_STAR",
    "CITED",
    "DAY_FOLDED",
    "DAY_LITERAL",
    "DAY_WORD",
    "FILL",
    "FORM",
    "HEAD",
    "INSIDE",
    "LINE",
    "LINE_END",
    "MAX_PLACE_WORDS",
    "MONTH_FOLDED",
    "MONTH_LITERALS",
    "MONTH_WORD",
    "NGAY_AT",
    "OPENING",
    "REFLOW",
    "TAIL",
    "YEAR_FOLDED",
    "YEAR_WORD",
]
