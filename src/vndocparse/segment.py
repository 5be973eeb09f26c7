"""Segment stage: physical lines → segments (a line, or one column or cell of it).

Real extractions put the two header columns on one line ("BỘ TÀI CHÍNH   CỘNG HÒA XÃ
HỘI CHỦ NGHĨA VIỆT NAM"), hold the header or the signature in pipe-table cells, and
glue "Nơi nhận:" to the signer's authority line. A segment is cut:

* at ``|`` cell borders of a markdown table row;
* at a gutter (three or more spaces, or a tab) inside a line, but not at the tab
  after a numbering label;
* before and after a known heading (national title, motto, Party heading), a trailing
  rule (``-------``), a lone ``*``; before a number ``Số ...`` or a date line that
  follows header text; after "Nơi nhận:" when the signer's line follows it;
* between the flattened ``- a; - b;`` items of a distribution list held in one cell.

Every non-blank character of a line falls in exactly one segment (lossless).
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from itertools import pairwise

import regex

from vndocparse.normalize import BREAK, Line
from vndocparse.tables import copies, dateline, headings, labels, lists, marks, titles
from vndocparse.tables.authority import PREFIX_PATTERN
from vndocparse.tables.doc_types import TITLE_TO_TYPE
from vndocparse.text import is_upper_text


@dataclass(slots=True)
class Segment:
    """A piece of one line: columns ``start``–``end`` of ``line.text``, stripped.

    The page stage (`vndocparse.page`) joins the pieces of one logical line that the
    extraction wrapped over several lines: the first piece keeps its ``line``,
    ``start`` and ``end``, ``tail`` holds the pieces on the following lines, and
    ``text``/``folded`` are all the pieces' texts joined with single spaces. ``column``
    is the cell or column the piece stands in (0 for the first or only one).
    """

    line: Line
    start: int
    end: int
    text: str
    folded: str
    in_table: bool = False
    column: int = 0
    tail: tuple[Segment, ...] = ()

    @property
    def last_line(self) -> int:
        """The number of the last line the segment stands on."""
        return self.tail[-1].line.number if self.tail else self.line.number

    def pieces(self) -> list[Segment]:
        """The physical pieces: this segment's own (its first line) and its tail's."""
        if not self.tail:
            return [self]
        head = Segment(self.line, self.start, self.end, self.line.text[self.start : self.end],
                       self.line.folded[self.start : self.end], self.in_table, self.column)  # fmt: skip
        return [head, *self.tail]


def join_segments(pieces: list[Segment]) -> Segment:
    """One logical segment of physical ``pieces`` (in reading order, each on its own line)."""
    first = pieces[0]
    if len(pieces) == 1:
        return first
    flat = [p for piece in pieces for p in piece.pieces()]
    return Segment(
        first.line,
        first.start,
        first.end,
        " ".join(p.text for p in flat),
        " ".join(p.folded for p in flat),
        first.in_table,
        first.column,
        tuple(flat[1:]),
    )


# A gutter between two columns: three spaces or more, or white space holding a tab
# (Word's text export puts one tab between table cells and at tab stops). Found as
# runs of blanks, each read once (`_gutters`).
_GUTTER_RUN = re.compile(r"[ \t]{2,}|\t")
# Headings that stand on their own in a column (folded text, OCR-tolerant).
_HEADINGS = headings.IN_PIECE
_RULE_CHARS = frozenset("-_=*")


def _trailing_rule(text: str) -> int | None:
    r"""Offset of a typed rule ending the text ("ỦY BAN NHÂN DÂN -------"), else None.

    A scan from the end (linear): a regex such as ``\s(?:[-_=*]\s?){3,}$`` searched over
    a long run of "- " that does not end the line backtracks without end.
    """
    end = len(text.rstrip())
    i = end
    marks = 0
    while i > 0 and (text[i - 1] in _RULE_CHARS or text[i - 1] == " "):
        marks += text[i - 1] != " "
        i -= 1
    # At least three rule marks, set off from the text before it by a space.
    if marks < 3 or i == 0 or text[i] != " ":
        return None
    return i


# Possessive runs and a look-behind of one character: linear on long runs of spaces.
_LONE_STAR = regex.compile(r"(?<=\S)\s++\*\s++(?=\S)")
# "Số" (and OCR forms) opening a number inside a header piece.
# (Opening with the letter and looking behind it after: the engine skips ahead to the
# letter instead of trying the look-behind at every character. Only the start is used.)
_NUMBER_INSIDE = regex.compile(r"s(?<=\ss)(?=[o0ôó6]\s*[:;.]?\s*[\d./…_ ]*[/-]\s*[a-zđ])")
# "... QUYẾT ĐỊNH SỐ 181/2006/QĐ-BQP ...": "số" after a type name cites another
# document (a trích yếu in capitals), it opens no number line.
_CITING = regex.compile(
    r"\b(?:" + "|".join(sorted((n.replace(" ", r"\s+") for n, c in TITLE_TO_TYPE.items() if c), key=len, reverse=True))
    + r"|van\s+ban)\s*$"
)
_VV_INSIDE = regex.compile(r"v(?<=\sv)(?=\s*/\s*v\b)|k(?<=\sk)(?=[i]nh\s*g[uư]i\s*:)")
# The "/ v" every "V/v" match holds (stdlib re, whose \s takes in every white space the
# `regex` module's does, and which skips ahead to a "/" fast): ruled out cheaply first.
_SLASH_V = re.compile(r"/\s*v")
_NOI_NHAN_HEAD = regex.compile(rf"^{labels.NOI_NHAN}\s*[:;.]?\s*")
_FLAT_BULLET = regex.compile(rf"(?<=[;,.)]\s{{0,3}}){lists.FLAT_BULLET}\s+(?=\S)")
_AUTH_INSIDE = regex.compile(rf"(?<=\s)(?=(?:{PREFIX_PATTERN})\s*[.]?\s+\p{{Lu}})")


def _whole_despite_start(folded: str) -> bool:
    """A line opening with s/$/8/n that the full cut search would leave whole, provided
    the trigger does not match either: it does not open with a number or "Nơi nhận",
    and holds no "/" or "-" (a number inside, "SỞ NỘI VỤ Số: .../SNV", which the trigger
    does not see) and no rule mark at its end. Otherwise it takes the full search."""
    return (
        "/" not in folded
        and "-" not in folded
        and folded[-1] not in _RULE_CHARS
        and not _opens_special(folded)
    )


# Anything that may need a cut: a heading, a rule, a lone "*", "V/v", a number or
# "Nơi nhận" at the start. Lines without any of these are one segment as they are.
# (stdlib re: ASCII-only patterns on folded text, and several times faster here.) Every
# branch opens with a letter or a class, so the engine skips ahead to those characters;
# a space required before the word is checked after it ("s(?<=\ss)" is "\ss"), because a
# branch opening with \s would be tried at every space: twice the time over a corpus.
# `_triggers` searches each branch only where a literal that all its matches hold is in
# the line ("-", "/" and "công" are common: one pattern would scan every such line for
# all branches); `_TRIGGER`, the branches as one pattern, is the reference a test holds
# it to.
_T_NUMBER = re.compile(r"s(?<=\ss)[o0]\s*:?\s*\d{1,6}\s*[/-]")
_T_HEADING = re.compile(r"c[o0]ng\s*h|d[o0]c\s*l|dang\s*cong")
_T_RULE = re.compile(r"[-_=*~]\s?[-_=*~]\s?[-_=*~]")
_T_STAR = re.compile(r"\*(?<=\s\*)(?:\s|$)|\*(?<=^\*)\s+[^,]{2,60},\s*ng")
_T_VV = re.compile(titles.SUBJECT_LABEL)
_T_KINH = re.compile(r"k(?<=\sk)[i]nh\s*gui\s*:")
# The copy marks of the lexicon, each after white space (opening with its literal first
# letter, so that the engine skips ahead to it).
_T_COPY = re.compile(
    "|".join(m[0] + rf"(?<=\s{m[0]})" + m[1:].replace(" ", r"\s*") + r"\b" for m in copies.CUT_MARKS)
)
_TRIGGER = re.compile("|".join(p.pattern for p in (_T_NUMBER, _T_HEADING, _T_RULE, _T_STAR, _T_VV, _T_KINH, _T_COPY)))


def _triggers(folded: str) -> bool:
    """Whether `_TRIGGER` matches ``folded``: a cut may be needed."""
    slash = "/" in folded
    dash = "-" in folded
    return bool(
        ((slash or dash) and _T_NUMBER.search(folded))
        or (("cong" in folded or "c0ng" in folded or "doc" in folded or "d0c" in folded) and _T_HEADING.search(folded))
        or ((dash or "_" in folded or "=" in folded or "*" in folded or "~" in folded) and _T_RULE.search(folded))
        or ("*" in folded and _T_STAR.search(folded))
        or (slash and _T_VV.search(folded))
        or ("kinh" in folded and ":" in folded and _T_KINH.search(folded))
        or ("sao" in folded and _T_COPY.search(folded))
    )


def _cut(line: Line, start: int, end: int, in_table: bool, column: int = 0) -> Segment | None:
    """The stripped segment of ``line.text[start:end]``, or None if it is blank."""
    piece = line.text[start:end]
    core = piece.strip()
    if not core:
        return None
    start += len(piece) - len(piece.lstrip())
    end = start + len(core)
    return Segment(line, start, end, core, line.folded[start:end], in_table, column)


def _split_at(seg: Segment, cuts: list[int]) -> list[Segment]:
    """Cut ``seg`` at offsets (relative to the segment) and drop blank pieces."""
    if seg.tail:
        return _split_joined(seg, cuts)
    out: list[Segment] = []
    bounds = [0, *sorted({c for c in cuts if 0 < c < len(seg.text)}), len(seg.text)]
    for a, b in pairwise(bounds):
        piece = _cut(seg.line, seg.start + a, seg.start + b, seg.in_table, seg.column)
        if piece is not None:
            out.append(piece)
    return out


def _split_joined(seg: Segment, cuts: list[int]) -> list[Segment]:
    """`_split_at` for a segment joined over several lines: each physical piece is cut
    where the offsets fall inside it, and the pieces between two cuts are joined again."""
    bounds = sorted({c for c in cuts if 0 < c < len(seg.text)})
    groups: list[list[Segment]] = [[]]
    offset = 0
    for n, piece in enumerate(seg.pieces()):
        inner = [c - offset for c in bounds if offset < c < offset + len(piece.text)]
        parts = _split_at(piece, inner) if inner else [piece]
        # (A cut at the space between two pieces, or at a piece's start, parts them.)
        parted = n > 0 and any(offset - 1 <= c <= offset for c in bounds)
        for i, part in enumerate(parts):
            if (i or parted) and groups[-1]:
                groups.append([])
            groups[-1].append(part)
        offset += len(piece.text) + 1  # the space the join put between two pieces
    return [join_segments(g) for g in groups if g]


def _anchor_cuts(seg: Segment, header: bool = True) -> list[int]:
    """Where known headings, rules, numbers and dates start or end inside a segment.

    ``header``: the line stands in the header zone (no title and no "Kính gửi" above
    it). Only there is a heading after other text in a piece a merged row; below, "...
    PHÔNG LƯU TRỮ ĐẢNG CỘNG SẢN VIỆT NAM" names the Party in a trích yếu. The national
    title and the Party heading are written in capitals: "Đảng Cộng sản Việt Nam" in a
    sentence is no heading anywhere.
    """
    folded = seg.folded
    cuts: list[int] = []
    aligned = len(folded) == len(seg.text)
    if aligned:
        heading_end = 0
        # (Each "in" test is a literal every match of the pattern contains: cheap to rule out.)
        if "cong" in folded or "c0ng" in folded or "doc" in folded or "d0c" in folded:
            for m in _HEADINGS.finditer(folded):
                if m.start() and not header:
                    continue
                if m.lastgroup != "motto" and not is_upper_text(seg.text[m.start() : m.end()]):
                    continue
                cuts += [m.start(), m.end()]
                heading_end = m.end()
        # A number after the issuer's capitals ("BỘ Y TẾ Số: 123/BYT-KH").
        num = _NUMBER_INSIDE.search(folded) if "/" in folded or "-" in folded else None
        if num and (cuts or is_upper_text(seg.text[: num.start()])) and not _CITING.search(folded, 0, num.start()):
            cuts.append(num.start())
        # A copy block's row: the copying body, then its mark ("... VIỆT NAM SAO LỤC").
        copy_at = copies.COPY_MARK_AT_END.search(folded) if "sao" in folded else None
        if copy_at and is_upper_text(seg.text):
            cuts.append(copy_at.start())
        if cuts:
            # Header pieces: a date line may follow the heading (not start inside it).
            d = _date_start(seg, heading_end)
            if d is not None:
                cuts.append(d)
    if aligned:
        vv = _VV_INSIDE.search(folded) if "kinh" in folded or ("/" in folded and _SLASH_V.search(folded)) else None
        if vv:
            cuts.append(vv.start())
    if BREAK in seg.text:  # an HTML <br> inside the line or cell
        cuts += [i for i, ch in enumerate(seg.text) if ch == BREAK]
    text = seg.text
    rule_at = _trailing_rule(text) if text[-1] in _RULE_CHARS and not text.startswith("-") else None
    if rule_at is not None:
        cuts.append(rule_at)
    for m in _LONE_STAR.finditer(text) if "*" in text and text.strip("* ") else ():
        cuts += [m.start(), m.end()]
    if text[:1] == "*" and text[1:2].isspace() and aligned:
        # The Party heading's "*" and the date line merged on one row with one space:
        # "* Quy Nhơn, ngày 15 tháng 3 năm 2023".
        after = len(text) - len(text[1:].lstrip())
        if dateline.BESIDE_STAR.match(folded, after):
            cuts.append(after)
    return cuts


# A number opens with "Số" (or its OCR forms) followed by a colon, a digit or "/".
_NUMBER_START = regex.compile(r"^(?:s\S?|\$\S?|86)(?:\s*[:;.]|\s*[\d/])")
_CODE_WORD = regex.compile(r"(?:[A-ZĐ]{3,}+[-/]?\s++)++(?=\p{Lu}\p{Ll})")


def _date_start(seg: Segment, after: int = 0) -> int | None:
    """Offset where a date line starts inside a segment (its place capitalised), at or
    after ``after`` (the end of a heading it must not start inside)."""
    if len(seg.folded) != len(seg.text) or dateline.OPENING.match(seg.folded):
        return None
    for m in dateline.INSIDE.finditer(seg.folded, after):
        start = int(m.start())
        if not seg.text[start].isupper():
            continue
        # "KTTH Hà Nội, ngày": an all-capitals code ending a wrapped number is not the place.
        code = _CODE_WORD.match(seg.text, start)
        if code:
            start = int(code.end())
        return start
    return None


def _split_number_piece(seg: Segment) -> list[Segment]:
    """``Số: 12/UBND-VX Hà Nội, ngày ...`` → number and date line."""
    d = _date_start(seg)
    if d is not None:
        return _split_at(seg, [d])
    return [seg]


def _split_noi_nhan(seg: Segment) -> list[Segment]:
    """"Nơi nhận: KT. CỤC TRƯỞNG" → label + signer line; flattened lists → items."""
    m = _NOI_NHAN_HEAD.match(seg.folded)
    if not m:
        return [seg]
    rest = seg.text[m.end():]
    if not rest.strip():
        return [seg]
    cuts = [m.end()]
    for b in _FLAT_BULLET.finditer(seg.text, m.end()):
        cuts.append(b.start())
    a = _AUTH_INSIDE.search(seg.text, m.end())
    if a:
        cuts.append(a.start())
    return _split_at(seg, cuts)


# A gutter after "Số:" or a word of the date, or before one ("ngày      tháng"): a blank.
# ("năm" only after "tháng": a column may end in "NAM", "TỈNH HÀ NAM", "VIỆT NAM".)
_NO_CUT_LEFT = regex.compile(
    rf"(?:\bs[o0]\s*:?|\b{dateline.DAY_FOLDED}|\b{dateline.MONTH_FOLDED}"
    rf"|\b{dateline.MONTH_FOLDED}\b[^,]{{0,12}}?\b{dateline.YEAR_FOLDED}|[/-])\s*$"
)
_NO_CUT_RIGHT = regex.compile(rf"^\s*(?:{dateline.MONTH_FOLDED}|{dateline.YEAR_FOLDED}\b|[/-])")


# A numbering label alone (folded): "Điều 1.", "Chương II", "1.2.", "IV.", "a)".
_LABEL = regex.compile(
    r"(?:(?:phan|chuong|muc|tieu\s*muc|dieu|khoan|diem)\s+[\divxlc]+[a-z]?|[ivxlc]{1,5}|\d{1,2}(?:\.\d{1,2}){0,3}|[a-z])"
    r"\s*[.):\-–]?"
    # lead-ins that take a tab stop: "Bước 1.", "Lưu ý.", "Ví dụ:"
    r"|(?:buoc|giai\s*doan|lan|vi\s*du|luu\s*y|chu\s*y)\s*\d{0,2}\s*[.:]"
)


_LABEL_IN_BRACKETS = regex.compile(r"\(\s*(?:\d{1,2}|[a-z]|[ivxlc]{1,5})\s*\)")


def _gutter_ok(folded: str, at: int, end: int | None = None) -> bool:
    """A gutter inside "Số:      /QĐ-UBND" or "ngày    tháng" is a blank to fill in, not a
    column gap; nor is the tab stop after a numbering label ("Điều 1.<tab>Phạm vi",
    "(1)<tab>...") or a field's label ("Họ và tên:<tab>...", but "Nơi nhận:<tab>KT. ..."
    is two columns)."""
    # Only the text near the gutter is read (issue 16: slicing the whole line for every
    # gutter made a line of tabs quadratic); the left text is whole when it is short,
    # which is when the tests below can hold.
    lead = _lead(folded)
    whole = at - lead <= _NEAR
    left = folded[lead:at].strip() if whole else folded[at - _NEAR : at].strip()
    narrow = end is None or end - at <= 4
    if len(left) <= 2 and not left.isalnum() and narrow:  # a list bullet ("*   text", "-   text")
        # ... but the Party heading's "*" (ô 1) in its own cell beside the date line is no bullet.
        return left == "*" and end is not None and dateline.BESIDE_STAR.match(folded, end) is not None
    if end is not None and "\t" in folded[at:end] and (
        (whole and (_LABEL.fullmatch(left) or _LABEL_IN_BRACKETS.fullmatch(left)))
        or (left.endswith(":") and not _NOI_NHAN_HEAD.match(folded[lead : min(at, lead + _NEAR)]))
    ):
        return False  # "(1)<tab>...", "Họ và tên:<tab>...", "Bước 1:<tab>..."
    right = folded[at : (end if end is not None else at) + _NEAR]
    return not (_NO_CUT_LEFT.search(folded[max(0, at - _NEAR) : at]) or _NO_CUT_RIGHT.match(right))


#: How far `_gutter_ok` reads on each side of a gutter.
_NEAR = 256


@functools.lru_cache(maxsize=4)
def _lead(folded: str) -> int:
    """Where the text of ``folded`` starts (its leading white space skipped), once per line."""
    return len(folded) - len(folded.lstrip())


# -- reflow of a whole document held on one line ----------------------------------------
# Some Word-to-text tools put a whole document on one line (and a dump of the file's
# properties before it). Such a line is cut before the layout's landmarks so that the
# usual stages can read it.
REFLOW_MIN = 800
MAX_CELLS = 64
# (Like `_REFLOW_AT` below: each alternative consumes its first letter, then looks
# behind it for the white space; the cut is at the match's start.)
_REFLOW_FOLDED = regex.compile(
    r"(?:s(?=[o0]\s*:)|c(?=[o0]ng\s*h\S{0,2}\s*x\S{0,2}\s*h[o0]i)|d(?=[o0]c\s*l[a]p\s*-)"
    r"|n(?=[o0]i\s*nh[a]n\s*:)|t(?=ran\s*trong))(?<=\s.)"
)
# Where the layout's text landmarks start. Each alternative consumes the one character
# it opens with and checks what comes before it after that ("V(?=ề việc\s)(?<=\s.)" is
# "after white space, Về việc"): the engine skips ahead to those characters instead of
# trying a look-behind at every one, several times faster on these long lines. The cut
# is at the match's start. (The same cuts as one pattern: tests/test_stages.py.)
_REFLOW_AT = regex.compile(
    # a landmark word or a signer's authority after white space
    r"(?:V(?=ề việc\s)|C(?=ăn cứ\s)|X(?=ét đề nghị\s)|Đ(?=iều\s+\d+\s*\.)"
    r"|T(?=hực hiện\s|heo đề nghị\s|(?:M|L|UQ|/M|/L)\.?\s+\p{Lu}{2,})|K(?=(?:T|/T)\.?\s+\p{Lu}{2,}))(?<=\s.)"
    # a run of capitals after text, but not the office after "TM." / "KT."
    r"|\p{Lu}(?<=[\p{Ll}\d.,;:)]\s{1,3}.)(?<!(?:TM|KT|TL|TUQ|T/M|K/T|T/L|Q)\.?\s{1,3}.)(?=\p{Lu}+\s+\p{Lu}{2,}(?![.\p{L}]))"
    # headings, items, bullets after a sentence
    r"|(?:[IVX](?=[IVX]{0,3}\.\s+\p{Lu})|\d(?=\d?\.\s+\p{Lu})|-(?=\s+\p{Lu}))(?<=[.:;]\s{1,3}.)"
    # a typed rule after white space
    r"|[-_=*](?<=\s.)(?<![-_=*]\s?.)(?=[-_=*]{2,}(?:\s|$))"
    # "(Đã ký)" after white space
    rf"|[\[(](?<=\s.)(?=\s*{marks.SIGNED_WORDS_MARKED})"
)
# Where a landmark ends, followed by white space: the cut is after that space, 4 places
# after the start of "./." and 2 after the last character of a rule or of "(Đã ký)".
_REFLOW_AFTER = regex.compile(
    rf"(?P<end>\.(?=/\.\s))|[-_=*](?<=[-_=*]{{3}})(?=\s)|[\])](?<={marks.SIGNED_WORDS_MARKED}\s*.)(?=\s)"
)
_PROPERTIES_DUMP = regex.compile(r"^.*?\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ.*?(?:X-NONE|EN-US|VI-VN)(?:\s+(?:X-NONE|EN-US|VI-VN))*\s")


def _reflow_cuts(seg: Segment) -> list[int]:
    """Cut points of a very long segment that holds a whole document's layout."""
    if len(seg.text) < REFLOW_MIN or len(seg.folded) != len(seg.text):
        return []
    landmarks = sum(1 for _ in _REFLOW_FOLDED.finditer(seg.folded))
    if landmarks < 3:
        return []
    cuts = [m.start() for m in _REFLOW_FOLDED.finditer(seg.folded)]
    cuts += [m.start() for m in _REFLOW_AT.finditer(seg.text)]
    cuts += [m.start() + (4 if m.lastgroup == "end" else 2) for m in _REFLOW_AFTER.finditer(seg.text)]
    cuts += [m.start() for m in dateline.REFLOW.finditer(seg.text)]
    dump = _PROPERTIES_DUMP.match(seg.text)
    if dump:
        cuts = [c for c in cuts if c >= dump.end()] + [dump.end()]
    return cuts


def _blank_in_raw(line: Line, start: int, end: int) -> bool:
    """A gutter must be white space in the line as given, not blanked-out markup ("</b> ").
    (Columns of a line that changed length, decomposed or with numeric entities, are
    mapped back to the line as given.)"""
    if line.colmap is not None:
        start, end = line.raw_col(start), line.raw_col(end)
    return line.raw[start:end].isspace()


def _gutters(text: str) -> list[tuple[int, int]]:
    """Where the gutters of ``text`` start and end: runs of three spaces or more, or of
    white space holding a tab, with text on both sides."""
    out = []
    n = len(text)
    for run in _GUTTER_RUN.finditer(text):
        a, b = run.span()
        if 0 < a and b < n and (b - a >= 3 or "\t" in run.group()) and not text[a - 1].isspace() and not text[b].isspace():
            out.append((a, b))
    return out


def table_borders(text: str) -> list[int]:
    """Columns of the ``|`` borders when ``text`` is a markdown table row, else ``[]``.

    A row starts with ``|`` (or, its first border lost, ends with one) and has two or
    more of them. A layout table has a few columns; a "row" of hundreds of bars is not
    one (and cutting it would make a segment per bar): past `MAX_CELLS` bars the line
    is text.
    """
    stripped = text.strip()
    if not (stripped.startswith("|") or stripped.endswith("|")) or not 2 <= stripped.count("|") <= MAX_CELLS:
        return []
    out = []
    i = text.find("|")
    while i != -1:
        out.append(i)
        i = text.find("|", i + 1)
    return out


def segment_line(line: Line, header: bool = True) -> list[Segment]:
    """All segments of one line, left to right (``header``: see `_anchor_cuts`)."""
    text = line.text
    stripped = text.strip()
    if not stripped:
        return []
    pieces: list[Segment] = []
    borders = table_borders(text)
    if borders:
        # The cells between the borders; the borders themselves are markup, given to
        # the cell beside them when the lines are attributed (`vndocparse.parts`).
        pos = 0
        lead = 1 if stripped.startswith("|") else 0  # (a row whose first border was lost)
        for k, i in enumerate(borders):
            if i > pos:
                cell = _cut(line, pos, i, True, max(k - lead, 0))
                if cell is not None:
                    pieces += _unglued(cell)
            pos = i + 1
        tail = _cut(line, pos, len(text), True, len(borders) - lead)
        if tail is not None:
            pieces += _unglued(tail)
    else:
        seg = _cut(line, 0, len(text), False)
        assert seg is not None
        if len(seg.text) >= REFLOW_MIN:
            reflow = _reflow_cuts(seg)
            if reflow:
                return [s for piece in _split_at(seg, reflow) for s in _segment_piece(piece, header)]
        if (
            "   " not in seg.text
            and "\t" not in seg.text
            and BREAK not in seg.text
            and seg.folded[:1] not in "s$8n"
            and not _triggers(seg.folded)
        ):
            return [seg]  # the common case: a line of running text, one segment
        cuts = [
            a
            for a, b in _gutters(seg.text)
            if _gutter_ok(seg.folded, a, b) and _blank_in_raw(line, seg.start + a, seg.start + b)
        ]
        pieces = _split_at(seg, cuts) if cuts else [seg]
    out: list[Segment] = []
    for piece in pieces:
        out.extend(_segment_piece(piece, header))
    return out


def _opens_special(folded: str) -> bool:
    """The piece opens with a number ("Số: ...") or "Nơi nhận", which `_segment_piece` may cut."""
    first = folded[:1]
    if first in ("s", "$", "8"):
        return _NUMBER_START.match(folded) is not None
    return first == "n" and "nh" in folded[:12] and _NOI_NHAN_HEAD.match(folded) is not None


# A table's cell whose line breaks were lost (an HTML table flattened without its
# <br>): its lines run into each other with no space. They are parted where a rule runs
# into a word ("CHÍNH PHỦ_______"), where a line in capitals runs into the next one's
# capitalised word ("VIỆT NAMĐộc lập"), before an authority prefix or a deputy's title
# glued on ("PHỦKT. THỦ TƯỚNG", "TƯỚNGPHÓ THỦ TƯỚNG"), and round the signed mark
# ("TƯỚNG(Đã ký)Nguyễn Hòa Bình").
_GLUED_LINES = regex.compile(
    r"(?<=\p{L})(?=_{3,}|-{4,}|={3,})|(?<=[_=]{3}|-{4})(?=\s*\p{L})"
    r"|(?<=\p{Lu}{2})(?=\p{Lu}\p{Ll}{2})"  # (a word, not an acronym's end: "PTTg")
    rf"|(?<=\p{{Lu}}{{2}})(?=(?:{PREFIX_PATTERN})\.\s*\p{{Lu}}|PHÓ\s+\p{{Lu}})"
    rf"|(?<=\S)(?=[\[(]\s*{marks.SIGNED_WORDS})|(?<={marks.SIGNED_WORDS}\s*[\])])(?=\s*\p{{Lu}})"
)


# What every match of `_GLUED_LINES` holds, alternative by alternative: a rule; three
# capitals before a small letter, or two before a prefix or "PHÓ"; a bracket glued on
# after, or a capital after a closing one. Found fast; the costly pattern (a look-behind
# at every position) then runs only on the few cells that hold one.
_GLUED_HINT = regex.compile(r"_{3}|-{4}|={3}|\p{Lu}{3}\p{Ll}|\p{Lu}{2}(?:[TK][\s/.]*[UMTL]|PHÓ)|\S[\[(]|[\])]\s*\p{Lu}")


def _unglued(cell: Segment) -> list[Segment]:
    """A table's cell parted where its lines ran together (`_GLUED_LINES`)."""
    if len(cell.text) <= 12 or _GLUED_HINT.search(cell.text) is None:
        return [cell]
    glued = [m.start() for m in _GLUED_LINES.finditer(cell.text)]
    return _split_at(cell, glued) if glued else [cell]


def _segment_piece(piece: Segment, header: bool = True) -> list[Segment]:
    """Cut one column or cell at the known headings, numbers, dates and "Nơi nhận"
    (``header``: see `_anchor_cuts`)."""
    text, folded = piece.text, piece.folded
    if text == "|":
        return [piece]

    # What every cut of `_anchor_cuts` and the splits below need; a cell or column with
    # none of it is whole (most cells of a table). Each test is exact, not a heuristic.
    if (
        "/" not in folded
        and "-" not in folded
        and "*" not in text
        and BREAK not in text
        and "kinh" not in folded
        and "cong" not in folded
        and "c0ng" not in folded
        and "doc" not in folded
        and "d0c" not in folded
        and "sao" not in folded
        and text[-1] not in _RULE_CHARS
        and not (folded[:1] in "s$8n" and _opens_special(folded))
    ):
        return [piece]
    out: list[Segment] = []
    cuts = _anchor_cuts(piece, header)
    for sub in _split_at(piece, cuts) if cuts else [piece]:
        if sub.folded[:1] in ("s", "$", "8") and _NUMBER_START.match(sub.folded):
            out.extend(_split_number_piece(sub))
        elif "nh" in sub.folded[:12] and _NOI_NHAN_HEAD.match(sub.folded):
            out.extend(_split_noi_nhan(sub))
        else:
            out.append(sub)
    return out


def segment(lines: list[Line]) -> list[Segment]:
    """Segments of all lines, in reading order (line by line, left to right)."""
    out: list[Segment] = []
    append = out.append
    triggers = _triggers
    header = True  # the header zone: no title, no "Kính gửi" seen yet (`_anchor_cuts`)
    for line in lines:
        text = line.text
        core = text.strip()
        if not core:
            continue
        if header and _ends_header(line.folded):
            header = False
        # The common case inline: running text with no gutter, cell, heading or number.
        # (A tab may be a gutter too: a line holding one takes the full path.)
        if (
            len(core) < REFLOW_MIN
            and core[0] != "|"
            and core[-1] != "|"
            and "   " not in core
            and BREAK not in core
            and "\t" not in core
        ):
            if len(core) == len(text):  # nothing stripped: no copies to make
                start, folded = 0, line.folded
            else:
                start = len(text) - len(text.lstrip())
                folded = line.folded[start : start + len(core)]
            whole = Segment(line, start, start + len(core), core, folded, False)
            if (folded[:1] not in "s$8n" or _whole_despite_start(folded)) and not triggers(folded):
                append(whole)
                continue
            # Not a table row, no gutter, no break, not a whole document: the line is the
            # one piece `segment_line` would make of it, cut at its anchors.
            out.extend(_segment_piece(whole, header))
            continue
        out.extend(segment_line(line, header))
    return out


_TITLE_LINE_CHARS = " :.*#|\t"


def _ends_header(folded: str) -> bool:
    """A line that ends the header zone: a type name alone (the title, "QUYẾT ĐỊNH"), or
    "Kính gửi"."""
    core = folded.strip(_TITLE_LINE_CHARS)
    return core in _TITLE_NAMES or core.startswith("kinh gui")


_TITLE_NAMES = frozenset(name for name, code in TITLE_TO_TYPE.items() if code)
