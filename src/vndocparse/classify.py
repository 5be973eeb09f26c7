"""Classify stage: each segment becomes a token kind, from its own text only.

Matching runs on the folded text (`vndocparse.text.fold`: no diacritics, lower case),
with OCR-tolerant patterns for the keywords ("Kinh gửi", "Noi nhận", "Viv", "số:").
Which *part* a CAPS or TEXT line belongs to (issuer, subject, body, signer) depends on
where it stands; that is decided by `vndocparse.layout` and the grammar.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import regex

from vndocparse.segment import Segment
from vndocparse.tables import copies, dateline, headings, labels, lists, marks, numbering, titles
from vndocparse.tables.authority import PREFIX_PATTERN
from vndocparse.tables.doc_types import TITLE_TO_TYPE
from vndocparse.tables.marks import CIRCULATION, SECRECY, URGENCY
from vndocparse.text import is_upper_text

# Token kinds (terminal names of grammars/letter.lark).
PIPE = "PIPE"
RULE = "RULE"
ASTERISK = "ASTERISK"
PAGE = "PAGE"
ESTAMP = "ESTAMP"
SITE = "SITE"
PARTY_HEADING = "PARTY_HEADING"
ORG_HEADING = "ORG_HEADING"  # a mass organisation's heading: "ĐOÀN TNCS HỒ CHÍ MINH"
NATIONAL_TITLE = "NATIONAL_TITLE"
MOTTO = "MOTTO"
NUMBER = "NUMBER"
DATE_LINE = "DATE_LINE"
TITLE = "TITLE"
ENACT = "ENACT"
SUBJECT = "SUBJECT"
KINH_GUI = "KINH_GUI"
NOI_NHAN = "NOI_NHAN"
AUTHORITY = "AUTHORITY"
SIGNED = "SIGNED"
MARK = "MARK"
CAN_CU = "CAN_CU"
NUMBERED = "NUMBERED"
NOISE = "NOISE"
BULLET = "BULLET"
CLOSING = "CLOSING"
CAPS = "CAPS"
COPY = "COPY"  # a copy mark: "SAO Y BẢN CHÍNH", "SAO LỤC", "TRÍCH SAO", "Bản sao văn bản"
TEXT = "TEXT"

#: The headings of the header's right column: the national title and motto (quốc hiệu,
#: tiêu ngữ), the Party's heading, a mass organisation's heading.
HEADINGS = frozenset({NATIONAL_TITLE, MOTTO, PARTY_HEADING, ORG_HEADING})


@dataclass(slots=True, init=False)
class Token:
    """A classified segment. ``kind`` may be refined by the layout pass."""

    kind: str
    seg: Segment
    blank_before: bool = False
    label: str | None = None  # the numbering of a NUMBERED token, as written
    body_start: int = 0  # offset in seg.text where the content after the label starts
    joined: str | None = None  # the line with its hard-wrapped continuation, when it has one
    # The segment's text, folded text and line number, copied: every later stage reads
    # them, and a slot is read several times faster than a property would be.
    text: str = field(init=False, repr=False, compare=False)
    folded: str = field(init=False, repr=False, compare=False)
    line: int = field(init=False, repr=False, compare=False)
    end_line: int = field(init=False, repr=False, compare=False)  # the last line (a wrapped segment)
    #: The part and role of `Document.parts` when the kind alone does not say it (the
    #: copy block's and the annexes' lines, `vndocparse.trailer`).
    part: tuple[str, str | None] | None = field(default=None, repr=False, compare=False)

    def __init__(
        self,
        kind: str,
        seg: Segment,
        blank_before: bool = False,
        label: str | None = None,
        body_start: int = 0,
        joined: str | None = None,
    ) -> None:
        self.kind = kind
        self.seg = seg
        self.blank_before = blank_before
        self.label = label
        self.body_start = body_start
        self.joined = joined
        self.text = seg.text
        self.folded = seg.folded
        self.line = seg.line.number
        self.end_line = seg.tail[-1].line.number if seg.tail else self.line
        self.part = None


_RULE = regex.compile(r"^(?:[-_=*~—–.·•]\s?+){3,}+$|^\\?[-_]{2,}$")
_PAGE = regex.compile(
    r"^(?:[-–(\[]?\s*\d{1,3}\s*[-–)\]]?|-{2,}\s*page(?:\s*break|\s*\d+)?\s*-*|trang\s+\d+(?:\s*/\s*\d+)?|page\s+\d+(?:\s+of\s+\d+)?)$"
)
# ("Người ký", "Thời gian ký", "Giờ ký", "Ngày ký" with their colon, or a figure where OCR
# lost it: a wrapped line of text may begin "ngày ký và thay thế ..." or be "ngày ký.";
# "ý bởi:" is "Ký bởi:" with its first letter lost. See also `_stamp_match`.)
# A stamp line opens with its keyword, maybe after an OCR prefix of up to three characters.
_STAMP_OPENING = r"^(?:\S{0,3}\s)?"
# The signer's keywords of a stamp (folded): "Người ký", "Thời gian ký", "Giờ ký", "Ngày ký".
_SIGNER_WORDS = r"(?:nguoi|thoi\s*gian|gio|ngay)\s*ky"
_ESTAMP = regex.compile(
    _STAMP_OPENING + rf"(?:k[yỳ]\s*b[o0][it]|y\s*b[o0][it]\s*:|{_SIGNER_WORDS}\s*(?:[:;]|\.?\s*\d)|co\s*quan\s*:|"
    r"email\s*:|e-mail\s*:|dia\s*chi\s*:|ia\s*chi\s*:|signed\s*by|sao\s*y\s*[;:,]|ky\s*so\b|chung\s*thu\s*so)"
)
#: The lines of a stamp that a signing repeats on each page ("Ký bởi:", "Người ký:", ...),
#: not its contact lines ("Địa chỉ:", "Email:"): what a page break leaves (`layout`).
SIGNING_STAMP = regex.compile(_STAMP_OPENING + rf"(?:k[yỳ]\s*b[o0][it]|y\s*b[o0][it]|{_SIGNER_WORDS}|signed\s*by)")
_SITE = regex.compile(r"^(?:source|nguon)\s*:\s*\S+|^https?://\S+$|^(?:www\.)\S+$")
_PARTY = regex.compile(headings.PARTY_LINE)
_ORG = regex.compile(headings.ORG_LINE)
_NATIONAL = regex.compile(headings.NATIONAL_LINE)
_MOTTO = regex.compile(headings.MOTTO_LINE)
# "Số: 15/QĐ-UBND", "Số 04- CV/BTGTU", "số:", "Só", "Số:      /QĐ-UBND" (draft).
# After the word, a "/" or "-" within reach and a digit or "/" soon; without a colon, not
# an ordinary word ("Số lượng 10-15 người" is text).
_NUMBER = regex.compile(
    rf"^{numbering.LABEL}(?:\s*:|(?!\s*[a-z]{{3,}}\s))\s*[:;.]?\s*(?=.{{0,30}}?[/-])(?=.{{0,12}}[\d/])"
)
_ENACT = regex.compile(r"^(?:quyet\s*dinh|quyet\s*nghi|nghi\s*quyet|chi\s*thi|ket\s*luan|quy\s*dinh)\s*:\s*$")
# (In quotes too: "“V/v giới thiệu ...”", as some bodies write their trích yếu.)
_SUBJECT = regex.compile(rf"^[“\"]?\s*{titles.SUBJECT_LABEL_READ}\b\s*[:.]?")
# "Kính gửi", OCR'd as "Kinh gửi", "Kink gửi", "Site gửi"; "Kính trình"; công điện's "... điện:".
_KINH_GUI = regex.compile(rf"^[\W]*(?:{labels.KINH_GUI})|^[^:]{{3,60}}\bdien\s*:\s*$")
# ("Nơi nhận" with its colon, or alone: "Nơi nhận văn bản xác định ..." is a sentence.)
_NOI_NHAN = regex.compile(rf"^{labels.NOI_NHAN}\s*(?:[:;.]|$)")
_AUTHORITY = regex.compile(
    rf"^(?P<p>{PREFIX_PATTERN})(?!\p{{L}})\s*[.:,]?\s*(?=\p{{Lu}})|^Q\.\s*(?=\p{{Lu}})"
)
# "Dấu" (the seal) only in brackets or alone: "Đầu tư công năm 2024" is not a mark.
_SIGNED = regex.compile(
    rf"^(?P<open>[\[(])?\s*(?:{marks.SIGNED_FOLDED}\b|ky\s*ten\b|chu\s*ky\b|ky\s*,|ky\s+va\b|ky\s*so\b|(?(open)dau\b|dau(?=\W*$)))"
    r"[^\])]{0,60}[\])]?\s*[.:]?$"
)
_CAN_CU = regex.compile(rf"^[-*\s]*(?:{labels.CAN_CU})\b")
_CLOSING = regex.compile(rf"^{labels.CLOSING}(?:\s*cam\s*on)?\s*[!./]*\s*$|^\./\.$")
# Numbering: Điều 1. / Chương I / Phần II / Mục 3 / I. / 1. / 1.2. / 1) / a) / A.
_NUMBERED = regex.compile(
    rf"^(?:(?P<art>(?:{labels.ARTICLE})\s+(?:[ivxlc]+|\d+[a-z]?)\b)\s*(?:[.:]\s*|$)"
    r"|(?P<roman>[ivxl][ivxl]{0,4})\s*[.)\-–]\s*"
    # ("2.450 triệu" is a number, not the item "2."; "1.3 Xây dựng" is the item "1.3".)
    r"|(?P<arabic>\d{1,2}(?:\.\d{1,2}){0,3})\s*(?:\)|\.(?!\d)|\s[-–]|-(?=\s|\p{L}))\s*"
    r"|(?P<sublevel>\d{1,2}(?:\.\d{1,2}){1,3})(?:\s+|$)"
    r"|(?P<letter>[a-zđ])\s*\)\s*"
    r"|(?P<letterdot>[a-zđ])\s*\.\s+"
    r")(?=\S|$)"
)
# The words of `_NUMBERED`'s "art" alternative (folded).
_ARTICLE_WORDS = labels.ARTICLE_FIRST
_DRAFT = regex.compile(r"^\W*du\s*thao(?:\s*lan\s*\d+)?\W*$")
_WORD3 = regex.compile(r"\p{L}{3}")
_SIGNER_KEY = regex.compile(_STAMP_OPENING + _SIGNER_WORDS + r"\s+")
_BULLET = regex.compile(rf"^{lists.BULLET}\s*(?=\S)")


# First characters each pattern can match (a cheap test before the pattern runs).
_RULE_FIRST = frozenset("-_=*~—–.·•\\")
_BULLET_FIRST = frozenset(lists.ITEM_MARKS)
_ESTAMP_FIRST = frozenset("kntgcedisy")

_TITLE_FIRST_WORDS = frozenset(name.split()[0] for name in TITLE_TO_TYPE) | {"du"}


def _titles_by_first_word() -> dict[str, tuple[tuple[str, str], ...]]:
    # A title can only start a line whose first word is the title's own first word (the
    # words are letters only): the loop in `_title_type` tries those few, in table order.
    out: dict[str, list[tuple[str, str]]] = {}
    for name, code in TITLE_TO_TYPE.items():
        out.setdefault(name.split()[0], []).append((name, code))
    return {word: tuple(titles) for word, titles in out.items()}


_TITLES_BY_FIRST_WORD = _titles_by_first_word()


def _title_type(folded: str, text: str) -> str | None:
    """The type code when the segment is a type-name title (tên loại), else None."""
    core = folded.strip(" :.*#")
    space = core.find(" ")
    word = core if space == -1 else core[:space]
    if word not in _TITLE_FIRST_WORDS:
        return None
    titles = _TITLES_BY_FIRST_WORD.get(word, ())
    if "  " in core:  # "QUYẾT  ĐỊNH": the words of a title, however far apart
        core, text = " ".join(core.split()), " ".join(text.split())
    if core.startswith("du thao "):
        core = core[8:]
        text = text[8:].lstrip()
        titles = tuple(TITLE_TO_TYPE.items())  # (rare: every title is tried)
    for name, code in titles:
        if core.startswith(name) and (len(core) == len(name) or not core[len(name)].isalnum()):
            if not code:
                return None
            rest = text.strip(" :.*#")[len(name):].strip()
            head = text.strip(" :.*#")[: len(name)]
            if not is_upper_text(head):
                return None
            # A rest in upper case is the start of an upper-case line of text, not a title.
            if rest and is_upper_text(rest) and len(rest) > 12:
                return None
            return code
    return None


def _circulation(folded: str) -> bool:
    """A scope-of-circulation mark ("LƯU HÀNH NỘI BỘ"): a mark, not the issuer."""
    return " ".join(folded.strip(" .:*-|[]()").split()) in CIRCULATION


def mark_value(folded: str) -> tuple[str, str] | None:
    """``("urgency"|"secrecy", value)`` when the segment is only a mark."""
    core = " ".join(folded.strip(" .:*-|[]()").split())
    if core in URGENCY:
        return "urgency", URGENCY[core]
    if core in SECRECY:
        return "secrecy", SECRECY[core]
    return None


# What the start of every kind but TEXT and CAPS can look like (folded; one C-level
# match, with the `regex` module like the patterns it stands for, so that \w and \W
# mean the same). A segment that matches none of it, and none of the few tests that
# follow it in `classify_segment`, is running text: decided without the full cascade;
# one that matches none of it but fails those tests takes the short cascade of
# `_classify_plain_start`, which leaves out the kinds this pattern answers for.
_MAYBE_SPECIAL = regex.compile(
    r"[\d\W_]|[a-zđ]\s*[.)]|[ivxl]{1,5}\s*[.)\-–]|[a-z]\s*/"
    r"|(?:tm|kt|tl|tuq|q)\b|trang\s|page\s|source|nguon|https?:|www\."
    r"|\S{0,3}\s?k[yỳ]\s*b|nguoi\s*ky|thoi\s*gian\s*k|gio\s*ky|ngay\s*ky|co\s*quan\s*:|e-?mail|dia\s*chi|ia\s*chi"
    r"|signed|sao\s*y|ky\s*so|chung\s*thu"
    # (The lexicon's words: the headings, the number label, the part labels.)
    rf"|{headings.NATIONAL_START}|{headings.MOTTO}|{headings.PARTY}|{headings.ORG}|{numbering.LABEL}\s*[:;.\d/]"
    rf"|{labels.KINH_GUI}|{titles.SUBJECT_LABEL_READ}|{labels.NOI_NHAN}|{marks.SIGNED_FOLDED}"
    r"|ky\s*ten|ky\s*,|ky\s+va|chu\s*ky|dau\W*$"
    rf"|{labels.CAN_CU}|{labels.CLOSING}|(?:{labels.ARTICLE})\s+[\divxlc]"
)
# The same with the standard library's engine, faster to call: on printable ASCII text
# \w, \s, \d and \b mean the same in both engines, and folded lines mostly are that.
_MAYBE_SPECIAL_ASCII = re.compile(_MAYBE_SPECIAL.pattern)


def classify_segment(seg: Segment) -> Token:
    """The token of one segment (context-free)."""
    text, f = seg.text, seg.folded
    if text == "|":  # a table border: the commonest segment of a markdown document
        return Token(PIPE, seg)
    first = f[:1]
    if (
        len(text) <= 4
        # (An ASCII character other than a letter is in `_MAYBE_SPECIAL`'s first class.)
        or not ("a" <= first <= "z" or first >= "\x80")
        or (_MAYBE_SPECIAL_ASCII if f.isascii() and f.isprintable() else _MAYBE_SPECIAL).match(f)
    ):
        return classify_full(seg)
    # The line does not start like any kind but the few tested here and in
    # `_classify_plain_start`. Cheapest tests first; is_upper_text reads the whole line.
    if (
        not text[:2].isupper()
        and not f.endswith(":")
        # (_may_be_date_line and _is_estamp written out: no call for most lines, and no
        # test made twice for the others)
        and not (
            len(text) < 90
            and _DAY_LITERAL in f
            and text[0].isupper()
            and (_MONTH_LITERAL_A in f or _MONTH_LITERAL_B in f)
            and _is_date_line(seg)
        )
        and not f.startswith("du thao")  # a draft's title: "Dự thảo QUYẾT ĐỊNH"
        and not (len(text) < 40 and "sao" in f and copies.COPY_MARK_LINE.match(f))  # "Bản sao văn bản"
        and not (("ky" in f or ":" in f or "signed" in f or "sao" in f or "chung" in f) and _estamp_at_start(f, text))
        and not (first in "s$8" and len(text) < 120 and _NUMBER.match(f))  # "Số QĐ-123"
        and not is_upper_text(text)
    ):
        return Token(TEXT, seg)
    return _classify_plain_start(seg)


def is_number_line(seg: Segment) -> bool:
    """The segment is a number line ("Số: 15/QĐ-UBND") by its own text."""
    return seg.folded[:1] in "s$8" and len(seg.text) < 120 and _NUMBER.match(seg.folded) is not None


def _classify_plain_start(seg: Segment) -> Token:
    """`classify_full` for a segment of more than four characters whose start
    `_MAYBE_SPECIAL` rejects: the steps of the cascade whose every match that pattern
    would have seen (table, rule, page, list and numbered items, site, Party heading,
    national title, motto, Nơi nhận, V/v, signed mark, Căn cứ, closing, noise) are left
    out; the others run in the cascade's order."""
    text, f = seg.text, seg.folded
    first = f[:1]
    if _is_estamp(f, text):
        return Token(ESTAMP, seg)
    if first in "s$8" and _NUMBER.match(f) and len(text) < 120:
        return Token(NUMBER, seg)
    if _may_be_kinh_gui(f) and _KINH_GUI.match(f):
        return Token(KINH_GUI, seg)
    if text[:1] in "TKQ" and _AUTHORITY.match(text):
        return Token(AUTHORITY, seg)
    kind = _mark_enactment_date_or_title(seg, first)
    if kind is not None:
        return Token(kind, seg)
    if is_upper_text(text):
        return Token(CAPS, seg)
    return Token(TEXT, seg)


def _mark_enactment_date_or_title(seg: Segment, first: str) -> str | None:
    """The steps both cascades take in this order, after the authority line (and the
    signed mark, in the full cascade): a mark (urgency, secrecy, draft), the enacting
    word ("QUYẾT ĐỊNH:"), the date line, a type-name title."""
    text, f = seg.text, seg.folded
    if len(text) < 60 and is_upper_text(text) and (mark_value(f) or _DRAFT.match(f) or _circulation(f)):
        return MARK
    if len(text) < 40 and "sao" in f and copies.COPY_MARK_LINE.match(f):
        return COPY
    if first in "qnck" and _ENACT.match(f) and is_upper_text(text):
        return ENACT
    if _may_be_date_line(seg):
        return DATE_LINE
    if _title_type(f, text):
        return TITLE
    return None


def _is_estamp(f: str, text: str) -> bool:
    """An e-signature stamp line (`_ESTAMP`), tested only where its keyword can start:
    at the beginning or after a prefix of at most 3 characters and a space."""
    # Every keyword holds one of these ("ky", or the colon of "email:", "cơ quan:", ...).
    return ("ky" in f or ":" in f or "signed" in f or "sao" in f or "chung" in f) and _estamp_at_start(f, text)


def _estamp_at_start(f: str, text: str) -> bool:
    """`_ESTAMP` at the start or after a prefix (the rest of `_is_estamp`)."""
    if f[:1] in _ESTAMP_FIRST or not f[1:4].isprintable():
        # (Not printable: white space other than " " may end the prefix: no shortcut.)
        return _stamp_match(f, text)
    sp = f.find(" ", 1, 4)
    return sp != -1 and f[sp + 1 : sp + 2] in _ESTAMP_FIRST and _stamp_match(f, text)


def _stamp_match(f: str, text: str) -> bool:
    """`_ESTAMP`, or a signer's keyword whose colon OCR lost before a capital ("Người ký
    Trần Văn Bình"; "người ký văn bản ..." is a wrapped line of text)."""
    if _ESTAMP.match(f) is not None:
        return True
    m = _SIGNER_KEY.match(f)
    return m is not None and text[m.end() : m.end() + 1].isupper()


# The literals every date line holds (`dateline.DAY_LITERAL`, one of
# `dateline.MONTH_LITERALS`), tested before the pattern, whose lazy place part is costly.
# (Unpacked: a test of `in` is the cheapest there is, and the lines are many.)
_DAY_LITERAL = dateline.DAY_LITERAL
_MONTH_LITERAL_A, _MONTH_LITERAL_B = dateline.MONTH_LITERALS
# The keywords of "Kính gửi" and the first words of the căn cứ lines (`tables.labels`).
_GUI, _GUI_OCR, _TRINH = labels.KINH_GUI_KEYWORDS
_CAN_CU_A, _CAN_CU_B, _CAN_CU_C = labels.CAN_CU_FIRST


def _may_be_date_line(seg: Segment) -> bool:
    """The date-line test of `classify_full`: a short capitalised line holding the date
    line's literals that `_is_date_line` accepts."""
    text, f = seg.text, seg.folded
    return (
        len(text) < 90
        and _DAY_LITERAL in f
        and text[0].isupper()
        and (_MONTH_LITERAL_A in f or _MONTH_LITERAL_B in f)
        and _is_date_line(seg)
    )


def classify_full(seg: Segment) -> Token:
    """The token of one segment, every pattern tried in order (see `classify_segment`)."""
    text, f = seg.text, seg.folded
    first = f[:1]
    if text == "|":
        return Token(PIPE, seg)
    if text in ("*", "\\*", "* * *", "***"):
        return Token(ASTERISK, seg)
    head = text[:1]
    if head in _RULE_FIRST and text[-1] in _RULE_FIRST and _RULE.match(text):
        return Token(RULE, seg)
    # (Every match of _PAGE ends in a digit, a dash, a bracket, "page" or "break".)
    if (
        (first.isdigit() or first in "-([" or first == "t" or first == "p")
        and (f[-1].isdigit() or f[-1] in "-–)]ek")
        and _PAGE.match(f)
    ):
        return Token(PAGE, seg)
    # Shortcuts for the two commonest kinds of a body: list items and numbered items.
    if first in "-+•–—~" and len(text) > 3:
        # (`labels.KINH_GUI_KEYWORDS` or "dien": one of them is in every match of _KINH_GUI.)
        if ("dien" in f or _GUI in f or _TRINH in f or _GUI_OCR in f) and _KINH_GUI.match(f):
            return Token(KINH_GUI, seg)
        if _may_be_can_cu(f) and _CAN_CU.match(f):
            return Token(CAN_CU, seg)
        if _BULLET.match(text):  # (an authority line cannot open with a dash)
            return Token(BULLET, seg)
    if first.isdigit() and first not in "8":
        m = _NUMBERED.match(f)
        if m:
            label = _label(m, text)
            if label is not None:
                return Token(NUMBERED, seg, False, label, m.end())  # (blank_before, label, body_start)
    if first in "snhw" and _SITE.match(f):
        return Token(SITE, seg)
    if _is_estamp(f, text):
        return Token(ESTAMP, seg)
    if first == "d" and _PARTY.match(f):
        return Token(PARTY_HEADING, seg)
    if first == "d" and "minh" in f and _ORG.match(f):
        return Token(ORG_HEADING, seg)
    if first == "c" and _NATIONAL.match(f):
        return Token(NATIONAL_TITLE, seg)
    if (first == "d" or not first.isalpha()) and "lap" in f and _MOTTO.match(f):  # ("độc lập")
        return Token(MOTTO, seg)
    if first in "s$8" and _NUMBER.match(f) and len(text) < 120:
        return Token(NUMBER, seg)
    if _may_be_kinh_gui(f) and _KINH_GUI.match(f):
        return Token(KINH_GUI, seg)
    if first == "n" and _NOI_NHAN.match(f):
        return Token(NOI_NHAN, seg)
    if (first == "v" or first in "“\"") and _SUBJECT.match(f):
        return Token(SUBJECT, seg)
    if head in "TKQ" and _AUTHORITY.match(text):
        return Token(AUTHORITY, seg)
    if len(text) < 80 and first in "[(dkc" and _SIGNED.match(f):
        return Token(SIGNED, seg)
    kind = _mark_enactment_date_or_title(seg, first)
    if kind is not None:
        return Token(kind, seg)
    if first in "-*ctx" and _may_be_can_cu(f) and _CAN_CU.match(f):
        return Token(CAN_CU, seg)
    if first in "xt." and _CLOSING.match(f):
        return Token(CLOSING, seg)
    m = _NUMBERED.match(f) if _may_be_numbered(f) else None
    if m:
        label = _label(m, text)
        if label is not None:
            return Token(NUMBERED, seg, False, label, m.end())  # (blank_before, label, body_start)
    if head in _BULLET_FIRST and _BULLET.match(text):
        return Token(BULLET, seg)
    if len(text) <= 4 and not _WORD3.search(text) and not (text.isalpha() and len(text) >= 2):
        return Token(NOISE, seg)  # OCR specks: "<A", "ˆ", "y/", "£"
    if is_upper_text(text):
        return Token(CAPS, seg)
    return Token(TEXT, seg)


def _may_be_can_cu(f: str) -> bool:
    """False where `_CAN_CU` cannot match: each of its words holds one of these."""
    return _CAN_CU_A in f or _CAN_CU_B in f or _CAN_CU_C in f


def _may_be_kinh_gui(f: str) -> bool:
    """Where the cascade tries `_KINH_GUI`: "gửi" or "trình" near the start, or a line
    ending in ":" that holds one of them or "điện" (every match of the pattern's costly
    last alternative, "... điện:", does; a line of text ending in ":" mostly does not)."""
    start = f[:14]
    if _GUI in start or _TRINH in start or _GUI_OCR in start:
        return True
    return f.endswith(":") and ("dien" in f or _GUI in f or _GUI_OCR in f or _TRINH in f)


def _may_be_numbered(f: str) -> bool:
    """False where `_NUMBERED` cannot match: a letter opens a numbered item only as a
    roman numeral, a word such as "Điều", or "a)" / "a."; every other line opening with
    a letter (capitals, text) is settled without the pattern. (What the `regex` module
    takes for white space, str.isspace does too.)"""
    first = f[:1]
    if not first.isalnum():
        return False
    return not first.isalpha() or first in "ivxl" or f[1:2] in ".)" or f[1:2].isspace() or f.startswith(_ARTICLE_WORDS)


def _is_date_line(seg: Segment) -> bool:
    """``<Place>, ngày D tháng M năm YYYY`` (`dateline.LINE`): a short capitalised place
    before "ngày"."""
    f = seg.folded
    # Two exact tests settle most lines before the full pattern, whose lazy place part is
    # costly: the line ends like a date (after its last "m": any "m" of a year after the
    # "m" of "năm" is one of its six characters, so the last "m" fits if any does), and
    # "ngày" starts a word after at most 7 words ("Căn cứ Luật ... ngày 19 ..." cannot pass).
    last_m = f.rfind("m")
    if last_m == -1 or dateline.LINE_END.match(f, last_m + 1) is None:
        return False
    ng = dateline.NGAY_AT.search(f, 2)
    if ng is None or len(f[: ng.start()].split()) > dateline.MAX_PLACE_WORDS + 1:
        return False
    m = dateline.LINE.match(f)
    if m is None:
        return False
    place = seg.text[: m.end("place")].strip()
    words = place.split()
    if not words or len(words) > dateline.MAX_PLACE_WORDS:
        return False
    tail = seg.text[m.end("place") :].lstrip()
    if tail[:1] in ",.":
        return True
    # Without the comma, every word of the place must be capitalised ("Hà Nội ngày").
    return all(w[:1].isupper() or w[:1].isdigit() for w in words)


def _label(m: regex.Match[str], text: str) -> str | None:
    # One named group per alternative of _NUMBERED, none nested: the one that matched
    # is the last group.
    group = m.lastgroup
    if group is None:
        return None
    a, b = m.span(group)
    if group == "art":
        return " ".join(text[a:b].split())
    label = text[a:b]
    if group == "roman" and not label.isupper():
        return None
    if group == "letterdot" and label.islower() and label not in "abcdđ":
        return None  # "v. " and the like: only the first points are taken lower case
    if group == "sublevel" and text[m.end() : m.end() + 1].islower():
        return None  # "1.5 triệu đồng", "7.30 ngày": a figure; an item's text opens in capitals
    return label


def classify(segments: list[Segment]) -> list[Token]:
    """Tokens of all segments, each knowing whether a blank line came before it."""
    tokens: list[Token] = []
    prev_line = 0
    append = tokens.append
    for seg in segments:
        tok = classify_segment(seg)
        tok.blank_before = tok.line > prev_line + 1
        prev_line = max(prev_line, tok.end_line)
        append(tok)
    return tokens
