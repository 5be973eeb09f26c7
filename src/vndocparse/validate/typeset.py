"""What Decree 30 sets for a DOCX page and each component — written once, read by the
typography rules (``VN0xx``) and by ``vndocparse fix``, which sets these same values.
The few values the Party guidelines set apart (the body's exact line spacing, the
underlined "Nơi nhận", black text) are here too, keyed by guideline where they differ
(``shared/spec/party-hd05.md``).

Each value comes from ``shared/spec/layout-rules.md`` §1.8 (Decree 30/2020/NĐ-CP, Phụ lục I,
mục I and the table of mục V): a range the rules accept and, where the fixer must pick
one, the value of the decree's own example (the §V column). Also here: how a component
of the parse is matched with the DOCX paragraph it came from (`components`,
`body_paragraphs`), so that the rule and the fixer look at the same paragraphs.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from vndocparse.i18n import Message, phrases
from vndocparse.readers.source import Formatting, ParagraphFormat, source_info
from vndocparse.tables.marks import SECRECY, URGENCY
from vndocparse.text import fold
from vndocparse.validate.context import DocView, Piece, is_vv

FONT = "Times New Roman"
#: A4 portrait, millimetres (Word stores twips: 11906 × 16838).
A4 = (210.0, 297.0)
#: Page size tolerance in millimetres.
PAGE_TOLERANCE = 1.0
#: Margin ranges (mm) of Decree 30, Phụ lục I, mục I.5 (Guideline 36's 20/20/30/15 lies inside).
MARGINS = {"top": (20.0, 25.0), "bottom": (20.0, 25.0), "left": (30.0, 35.0), "right": (15.0, 20.0)}
#: Margin tolerance: 1 mm is 56.7 twips, Word rounds.
MARGIN_TOLERANCE = 0.3

#: Body text: 13–14 pt (the decree's example: 14), first-line indent 1 or 1.27 cm
#: (567/720 twips; a little slack for rounding), line spacing single to 1.5 lines, or
#: 13–24 pt when set exactly; at least 6 pt between paragraphs (§1.8 Body).
BODY_SIZES = (13.0, 14.0)
BODY_SIZE = 14.0
INDENT_CM = (0.95, 1.32)
INDENT = 1.27
LINE_SPACING = (0.99, 1.51)
LINE_SPACING_PT = (13.0, 24.0)
PARAGRAPH_SPACE_PT = 6.0
#: Party documents: the body set "Exactly" (Word's fixed line height), at least 18 pt
#: under Guideline 36 and 18–22 pt under Guideline 05 (spec party-hd05, Body: HD 05
#: Phần II, mục I.6.2.2). By guideline: (lowest, highest) in points.
PARTY_LINE_SPACING_PT: dict[str, tuple[float, float]] = {"hd36": (18.0, float("inf")), "hd05": (18.0, 22.0)}
#: What the fixer sets when the spacing is not exact: 18 pt, the bound both guidelines name.
PARTY_LINE_SPACING = 18.0
#: The national title and motto are single-spaced (§1.8, the motto's row): up to Word's
#: own 1.15 "single" of its newer templates is accepted; exact spacing up to 18 pt.
HEADER_LINE_SPACING = 1.15
HEADER_LINE_SPACING_PT = 18.0
#: The text is black (Decree 30, Phụ lục I, mục I.2; Guideline 05, Phần II, mục IV.1):
#: Word's automatic colour (no value), black, or the theme's first text colour (black
#: in Word's themes). The urgency and secrecy marks are stamps in red ink: not checked.
BLACK = ("000000", "theme:text_1", "theme:dark_1")
#: Word's darkest shades of black ("Text 1, lighter 5%": 0D0D0D; 10%: 1A1A1A) print as
#: black: a colour whose every channel is at most this is black too.
NEAR_BLACK = 0x1A
#: A Party "Nơi nhận" label: underlined with a solid line as long as the words (HD 05,
#: Phần II, mục I.9.2.1); the underline kinds of Word that draw one solid line.
NOI_NHAN_WORDS = "Nơi nhận"
SOLID_UNDERLINES = ("single", "thick")
#: Paragraphs shorter than this are not running text (a label, a name, a heading).
RUNNING_TEXT = 40


@dataclass(frozen=True, slots=True)
class Style:
    """How one component is set: sizes (a range, and the one the fixer picks), weight,
    slant and whether it is centred; None: not checked."""

    label: Message
    """The component's name, in English and Vietnamese (its English text when formatted)."""
    sizes: tuple[float, float]
    size: float
    bold: bool | None = None
    italic: bool | None = None
    centred: bool = False
    evidence: str = "C"
    """Of ``centred``: [C] for the type name and trích yếu (§1.1, ô 5a "centred below the
    header"), [S] for the header's columns (the layout of Phụ lục I, not stated in words)."""


#: (part kind, role) → style, in the order of the header, title, footer.
_ISSUER = Message("issuer", "tên cơ quan, tổ chức ban hành")
STYLES: dict[tuple[str, str | None], Style] = {
    ("header", "national_title"): Style(Message("national title", "Quốc hiệu"), (12, 13), 12, True, False, centred=True, evidence="S"),
    ("header", "motto"): Style(Message("motto", "Tiêu ngữ"), (13, 14), 13, True, False, centred=True, evidence="S"),
    ("header", "issuer"): Style(_ISSUER, (12, 13), 12, None, False, centred=True, evidence="S"),
    ("header", "number"): Style(Message("number", "số, ký hiệu"), (13, 13), 13, None, False),
    ("header", "date_line"): Style(Message("place and date", "địa danh và thời gian ban hành"), (13, 14), 13, None, True, centred=True, evidence="S"),
    ("title", "*"): Style(Message("type name", "tên loại văn bản"), (13, 14), 14, True, None, centred=True),
    ("distribution", "label"): Style(Message("'Nơi nhận:'", "từ 'Nơi nhận:'"), (12, 12), 12, True, True),
    ("distribution", "entry"): Style(Message("Nơi nhận entry", "dòng nơi nhận"), (11, 11), 11),
    ("signature", "authority"): Style(Message("signer's authority", "quyền hạn của người ký"), (13, 14), 14, True),
    ("signature", "position"): Style(Message("signer's title", "chức vụ của người ký"), (13, 14), 14, True),
    ("signature", "name"): Style(Message("signer's name", "họ tên người ký"), (13, 14), 14, True),
}
#: The issuer's own name (the last line of the issuer block) is bold; its parent body is not.
ISSUER_NAME = Style(_ISSUER, (12, 13), 12, True, False, centred=True, evidence="S")
SUBJECT = Style(Message("trích yếu", "trích yếu nội dung"), (13, 14), 14, True, None, centred=True)
#: A công văn's "V/v" trích yếu sits under the number (ô 5b), upright, 12–13 pt.
SUBJECT_VV = Style(Message("'V/v' trích yếu", "trích yếu 'V/v'"), (12, 13), 12, None, False)

#: How a line spacing is said (Word's Vietnamese names: Đơn, dòng, Tối thiểu, Chính xác).
LINE_SPACING_WORDS = phrases(
    lines=("{n:g} lines", "{n:g} dòng"),
    points=("{n:g} pt", "{n:g} pt"),  # the unit is written the same in Vietnamese
    unset=("single (not set)", "dòng đơn (chưa đặt)"),
    at_least=("at least {n:g} pt", "tối thiểu (At least) {n:g} pt"),
    exactly=("{n:g} pt exactly", "chính xác (Exactly) {n:g} pt"),
    single_to=("single to 1.5 lines", "từ dòng đơn đến 1.5 dòng"),
    exactly_from=("at least {low:g} pt, Exactly", "tối thiểu {low:g} pt, kiểu Exactly (chính xác)"),
    exactly_range=("{low:g}–{high:g} pt, Exactly", "{low:g}–{high:g} pt, kiểu Exactly (chính xác)"),
)


def formatting(view: DocView) -> Formatting | None:
    """The DOCX formatting kept with the document, or None (text, PDF, HTML input)."""
    info = source_info(view.doc)
    return info.formatting if info is not None else None


def formats_of(view: DocView, fmt: Formatting, kind: str, role: str | None = "*") -> Iterator[tuple[Piece, ParagraphFormat]]:
    """Each piece of the parts ``kind``/``role`` with the DOCX paragraph it came from."""
    seen: set[tuple[int, int]] = set()
    for piece in view.pieces(kind, role):
        para = fmt.at(piece.line, piece.start, piece.end)
        if para is None or (para.line, para.start) in seen:
            continue
        seen.add((para.line, para.start))
        yield piece, para


def components(view: DocView, fmt: Formatting) -> Iterator[tuple[Style, Piece, ParagraphFormat]]:
    """Each component of the header, title and footer with its paragraph and its style."""
    for (kind, role), style in STYLES.items():
        pairs = list(formats_of(view, fmt, kind, role))
        if (kind, role) == ("header", "issuer") and pairs:
            *parents, last = pairs
            for piece, para in parents:
                yield style, piece, para
            yield ISSUER_NAME, last[0], last[1]
            continue
        for piece, para in pairs:
            yield style, piece, para
    pieces = list(formats_of(view, fmt, "subject"))
    if pieces:
        style = SUBJECT_VV if is_vv(pieces[0][0].text) else SUBJECT
        for piece, para in pieces:
            yield style, piece, para


def own_paragraph(piece: Piece, para: ParagraphFormat) -> bool:
    """Whether the paragraph holds this piece alone (not two columns joined by a tab)."""
    return para.line == piece.line and piece.start <= para.start + 1 and piece.end >= para.end - 1


def body_paragraphs(view: DocView, fmt: Formatting) -> list[tuple[Piece, ParagraphFormat]]:
    """Body paragraphs of running text: not in a table, not centred, long enough."""
    out = []
    for piece, para in formats_of(view, fmt, "body"):
        if para.in_table or para.alignment in ("center", "right") or len(para.text) < RUNNING_TEXT:
            continue
        out.append((piece, para))
    return out


def line_spacing_fault(para: ParagraphFormat, guideline: str) -> Message | None:
    """How a body paragraph's line spacing breaks ``guideline`` ("1.5 lines", "at least
    20 pt", "24 pt exactly"), or None when it is right. Decree 30: single to 1.5 lines,
    or 13–24 pt; the Party guidelines: "Exactly", in `PARTY_LINE_SPACING_PT`. A
    spacing set nowhere is Word's single."""
    bounds = PARTY_LINE_SPACING_PT.get(guideline)
    words = LINE_SPACING_WORDS
    if bounds is None:
        if para.line_spacing is not None and not in_range(para.line_spacing, LINE_SPACING):
            return words["lines"](n=para.line_spacing)
        if para.line_spacing_pt is not None and not in_range(para.line_spacing_pt, LINE_SPACING_PT):
            return words["points"](n=para.line_spacing_pt)
        return None
    if para.line_spacing_pt is None:
        return words["unset"]() if para.line_spacing is None else words["lines"](n=para.line_spacing)
    if para.line_spacing_rule != "exact":
        return words["at_least"](n=para.line_spacing_pt)
    return None if in_range(para.line_spacing_pt, bounds) else words["exactly"](n=para.line_spacing_pt)


def line_spacing_wanted(guideline: str) -> Message:
    """The line spacing ``guideline`` asks of the body, in words."""
    bounds = PARTY_LINE_SPACING_PT.get(guideline)
    words = LINE_SPACING_WORDS
    if bounds is None:
        return words["single_to"]()
    low, high = bounds
    if high == float("inf"):
        return words["exactly_from"](low=low)
    return words["exactly_range"](low=low, high=high)


def party_line_spacing(para: ParagraphFormat, guideline: str) -> float:
    """The exact spacing the fixer sets for a Party body paragraph: its own value
    brought into range when it has one in points, else `PARTY_LINE_SPACING`."""
    if para.line_spacing_pt is None:
        return PARTY_LINE_SPACING
    return clamp(para.line_spacing_pt, PARTY_LINE_SPACING_PT[guideline])


def label_words(text: str) -> str:
    """The words of a "Nơi nhận:" label that the underline covers (not the colon)."""
    return text[: min(len(NOI_NHAN_WORDS), len(text.rstrip(": ")))]


def underline_fault(para: ParagraphFormat) -> str | None:
    """The underline of a Party "Nơi nhận" label when it is wrong ("none", "dotted",
    "wave", ...: Word's names), or None when it is solid or cannot be told. The rule
    (VN009) words it in the run's language."""
    kind = para.lead_underline
    if kind is None or kind in SOLID_UNDERLINES:
        return None
    return kind


def not_black(para: ParagraphFormat) -> tuple[str, ...]:
    """The colours of a paragraph that are not black; none for an urgency or secrecy
    mark standing alone (a red stamp, by the marks' lexicon)."""
    if fold(para.text).strip(" .:*") in (*URGENCY, *SECRECY):
        return ()
    return tuple(c for c in para.colours if not is_black(c))


def is_black(colour: str) -> bool:
    """``colour`` (``RRGGBB`` or ``theme:name``) prints as black (`BLACK`, `NEAR_BLACK`)."""
    if colour in BLACK:
        return True
    try:
        channels = bytes.fromhex(colour)
    except ValueError:
        return False
    return len(channels) == 3 and max(channels) <= NEAR_BLACK


def in_range(value: float, bounds: tuple[float, float]) -> bool:
    return bounds[0] <= value <= bounds[1]


def clamp(value: float, bounds: tuple[float, float]) -> float:
    return min(max(value, bounds[0]), bounds[1])


__all__ = [
    "A4",
    "BLACK",
    "BODY_SIZE",
    "BODY_SIZES",
    "FONT",
    "HEADER_LINE_SPACING",
    "HEADER_LINE_SPACING_PT",
    "INDENT",
    "INDENT_CM",
    "ISSUER_NAME",
    "LINE_SPACING",
    "LINE_SPACING_PT",
    "LINE_SPACING_WORDS",
    "MARGINS",
    "MARGIN_TOLERANCE",
    "NEAR_BLACK",
    "NOI_NHAN_WORDS",
    "PAGE_TOLERANCE",
    "PARAGRAPH_SPACE_PT",
    "PARTY_LINE_SPACING",
    "PARTY_LINE_SPACING_PT",
    "RUNNING_TEXT",
    "SOLID_UNDERLINES",
    "STYLES",
    "SUBJECT",
    "SUBJECT_VV",
    "Style",
    "body_paragraphs",
    "clamp",
    "components",
    "formats_of",
    "formatting",
    "in_range",
    "is_black",
    "label_words",
    "line_spacing_fault",
    "line_spacing_wanted",
    "not_black",
    "own_paragraph",
    "party_line_spacing",
    "underline_fault",
]
