"""Page stage: physical lines → the logical lines of the page, each in its column or cell.

Extraction takes a page apart in ways the later stages should not have to know about.
This stage puts it back together, in one place, so that the classifier, the layout
pass and the grammar see one shape of input whatever the source:

* every line is cut into its columns and cells (`vndocparse.segment`: gutters, pipe
  rows, headings merged onto one row), and each piece knows its ``column``: its cell
  in a pipe row, its place in a row of gutter-parted columns, its cell in a table
  given one cell per line with lone ``|`` lines between the cells;
* the pieces of one logical line that the extraction wrapped over several lines are
  joined into one `Segment` (its ``tail`` holds the pieces of the following lines):

  - a bold or italic run that a converter opened on one line and closed on a later
    one ("**ỦY BAN NHÂN" / "DÂN **", "*Hà Nội, ngày 19" / "tháng 11 năm 2025*");
  - "Số:" alone, its number on the next line;
  - a date line broken after "ngày" or its day, a national title or a Party heading
    broken in two;
  - a name in capitals broken after a word that cannot end it ("CỘNG HÒA XÃ",
    "TL. TỔNG", "KT. BỘ TRƯỞNG,");
  - an authority line whose office goes on on the next line ("TM. ỦY BAN" / "NHÂN
    DÂN"), where that line is no title of its own;
  - one word alone on a line, its phrase going on below ("Căn" / "cứ Luật ...", "BÃI"
    / "BỎ QUYẾT ĐỊNH ...").

A join never crosses a blank line or a table border, never
takes a piece from another column, and never takes in a line that starts a part of
its own (a heading, a number, a date line, an authority line, a title or a body's
name) unless the line above cannot end where it does. Paragraphs of the body that
wrap are left as lines: the body's reader joins them (`vndocparse.directives`).
"""

from __future__ import annotations

import bisect
import re

import regex

from vndocparse import classify as K
from vndocparse.classify import classify_segment
from vndocparse.normalize import Line
from vndocparse.segment import Segment, join_segments, segment
from vndocparse.signature import FOLDED_TITLE, is_title
from vndocparse.tables import authority, dateline, headings, numbering
from vndocparse.tables.lists import BULLET_CHARS, ITEM_MARKS
from vndocparse.tables.organs import OPEN_AFTER_PREFIX, OPEN_ENDS, ORGAN_HEADS
from vndocparse.text import is_upper_text

#: Lines a bold or italic run may wrap over before it must have closed: a longer
#: "run" is a stray marker, and nothing is joined by it.
MAX_RUN_LINES = 8

#: Kinds of line that start a part of their own: a wrapped phrase never runs into one.
_UNIT_KINDS = frozenset({
    K.NUMBER, K.DATE_LINE, *K.HEADINGS, K.AUTHORITY, K.KINH_GUI, K.NOI_NHAN, K.ASTERISK, K.RULE, K.PAGE, K.ESTAMP, K.SITE, K.MARK, K.TITLE, K.ENACT, K.SUBJECT,
    K.NUMBERED, K.BULLET, K.CAN_CU, K.SIGNED, K.PIPE, K.CLOSING, K.COPY,
})  # fmt: skip
#: Kinds a name in capitals that cannot end may not run into (a title may: "TL. TỔNG" /
#: "CỤC TRƯỞNG"; an enacting word too: "QUYẾT" / "ĐỊNH").
_OPEN_UNIT_KINDS = _UNIT_KINDS - {K.TITLE, K.ENACT}

_HEADING_START = regex.compile(headings.START)
_HEADING_LINE = regex.compile(f"{headings.NATIONAL_LINE}|{headings.MOTTO_LINE}|{headings.PARTY_LINE}")
_OPEN_END = regex.compile(r"(?:(?<!\w)(?:" + "|".join(e.replace(" ", r"\s+") for e in OPEN_ENDS) + r")|[,&])$")
# An authority prefix and one word that cannot stand alone after it ("TL. TỔNG"), folded.
_OPEN_AFTER_PREFIX = regex.compile(
    rf"^(?:{authority.PREFIX_PATTERN}|Q)\s*\.?\s*(?:{'|'.join(OPEN_AFTER_PREFIX)})$", regex.IGNORECASE
)
# The last words of `OPEN_ENDS`, and the other characters a candidate for a join can
# end with: a line ending otherwise, not short, not opening a bold or italic run and
# not starting like a heading, an authority line or the Party heading needs no look
# below it (the fast path: a body's running text).
_OPEN_LAST_WORDS = frozenset(e.rsplit(" ", 1)[-1] for e in (*OPEN_ENDS, *OPEN_AFTER_PREFIX))
_ONE_WORD = regex.compile(r"^\p{L}{2,9}$")
# A run of emphasis markers (* or _) in the raw text, and whether a word touches it on
# both sides (glued inside a word: the normaliser deletes those, they open nothing).
_MARKERS = re.compile(r"\*+|_{2,}")


class _Marks:
    """The emphasis markers of one piece as given: whether it opens with one, and
    whether its runs leave bold (``strong``) or italic (``em``) open."""

    __slots__ = ("em", "opens", "strong")

    def __init__(self, raw: str) -> None:
        core = raw.strip(" \t|#>")
        # (A marker opens a run when text follows it: "*   item" is a list's bullet.)
        self.opens = core[:1] in ("*", "_") and not core.lstrip("*_")[:1].isspace()
        strong = em = 0
        for m in _MARKERS.finditer(raw):
            a, b = m.span()
            before = raw[a - 1] if a else " "
            after = raw[b] if b < len(raw) else " "
            if before.isalnum() and after.isalnum():
                continue  # glued inside a word ("C****ÔNG")
            if before.isspace() and after.isspace():
                continue  # touching no text: a list's bullet ("*   item"), an empty "** **"
            n = b - a
            if raw[a] == "_":
                strong += 1
            else:
                strong += n // 2
                em += n % 2
        self.strong, self.em = strong % 2, em % 2


def _marks(seg: Segment, prev_end: int, next_start: int) -> _Marks:
    """The markers of ``seg`` and of the markup beside it up to its neighbours on the line.
    (A markdown hard break, two spaces at the end, parts no run: a line that goes on
    in the same bold run is still one phrase, and a line of its own is told by what it
    starts with, `_starts_unit`.)"""
    line = seg.line
    return _Marks(line.raw[line.raw_col(prev_end) : line.raw_col(next_start)])


def _starts_unit(seg: Segment) -> bool:
    """``seg`` opens a part of its own: a heading, a number, a date line, an authority
    line, a title, a list item, a signer's title or a body's name."""
    if classify_segment(seg).kind in _UNIT_KINDS:
        return True
    text = seg.text
    # (A title has two words at least: "TRƯỞNG" alone is the end of one, "VỤ" / "TRƯỞNG".)
    if " " in text and is_upper_text(text) and (is_title(text) or FOLDED_TITLE.match(seg.folded)):
        return True
    return is_upper_text(text) and text.lower().startswith(ORGAN_HEADS)


def _completes(a: Segment, b: Segment) -> bool:
    """``b`` starts a part of its own kind, which ``a`` opens: "*Thành phố Hồ Chí" /
    "Minh, ngày 28 tháng 11 năm 2025*" is one date line, not a place "Minh"."""
    kind = classify_segment(b).kind
    return kind in _UNIT_KINDS and classify_segment(join_segments([a, b])).kind == kind


def _ends_open(seg: Segment) -> bool:
    """A phrase in capitals that cannot end where ``seg`` does ("ỦY BAN NHÂN", "KT. BỘ TRƯỞNG,")."""
    if not is_upper_text(seg.text):
        return False
    folded = seg.folded.rstrip()
    return _OPEN_END.search(folded) is not None or _OPEN_AFTER_PREFIX.match(folded) is not None


def _may_join(a: Segment) -> bool:
    """False where no rule of `_pair_joins` can join anything to ``a`` (exact: each test
    is a condition every rule that could apply needs). Most lines, running text, are
    settled by their last character."""
    text = a.text
    if text[:1] in "TKQ" and text[1:2] in "MLTU/.":
        return True  # an authority line
    if len(text) <= 5 or (len(text) <= 9 and " " not in text):
        # One word, or a label alone ("Số:", "Số :", OCR's "$:", "86:"), or a list's
        # bullet alone; not a rule or a figure ("---", "1."), which hold no letter.
        return (len(text) == 1 and text in BULLET_CHARS) or text[:1] in "$8" or text.upper() != text.lower()
    f = a.folded
    if (f.startswith(("cong", "c0ng", "dang")) or "lap" in f[:16]) and _HEADING_START.match(f):
        return True  # a heading's first half
    last = text[-1]
    if last in ".;:!?)\"'”":
        return False
    if last in ",&":
        return is_upper_text(text)
    # (After the two tests above, which it cannot meet: it ends in a digit.)
    if last.isdigit() and len(text) <= 16 and text[:1] in "SsŚ$8":
        return True  # a label and a running number, its symbol below ("Số: 0218")
    if "," in text and len(text) <= 50 and dateline.DAY_LITERAL in f:
        return True  # a date line's first half ("Hà Nội, ngày", "Phan Thiết, ngày 06")
    # A name in capitals ending in a word that cannot end it (three letters in four
    # upper case: "... VÀ", "... của").
    return f[f.rfind(" ") + 1 :] in _OPEN_LAST_WORDS and is_upper_text(text)


def _pair_joins(a: Segment, b: Segment, lines: _Lines, single: int | None) -> bool:
    """Whether ``b`` (on the next line, in ``a``'s column) goes on with ``a``'s phrase
    (``a``: the pieces joined so far); ``single``: the index of ``a`` when it is one piece
    (None when pieces were joined), for the one rule that asks whether ``a`` opens its
    phrase, not being itself the rest of the line above (`_opens_phrase`)."""
    fa, fb = a.folded, b.folded
    if len(a.text) == 1 and a.text in BULLET_CHARS:
        # A list's bullet alone, its entry on the next line ("-" / "Như Điều 3;"); a lone
        # "*" is the Party's, under its issuer.
        return b.text[:1] not in ITEM_MARKS and classify_segment(b).kind in (K.TEXT, K.CAPS)
    if numbering.LABEL_ALONE.match(fa) and (a.text[:1].isupper() or a.text.rstrip().endswith(":")):
        # ("Số:" or "Số": a sentence of the body wrapped after "số" goes on with a cited number.)
        return numbering.VALUE_START.match(b.text) is not None
    if numbering.LABEL_AND_SEQUENCE.match(fa) and (a.text[:1].isupper() or ":" in a.text):
        return numbering.SYMBOL_START.match(b.text) is not None  # "Số: 0218" / "/CTTBI-TTHT"
    if dateline.HEAD.match(fa):
        return dateline.TAIL.match(fb) is not None
    if _HEADING_START.match(fa):
        # A heading broken in two ("CỘNG HÒA XÃ HỘI CHỦ" / "NGHĨA VIỆT NAM", "Độc lập -
        # Tự do -" / "Hạnh phúc", "ĐẢNG CỘNG SẢN" / "VIỆT NAM"): the first half is not
        # whole (it does not end the heading's last word) and the two make one.
        end = fa.rstrip(" .-–*")
        if end.endswith(("nam", "phuc")):
            return False
        # (Partial: the two may be the first two of three pieces: "Độc lập - Tự" / "do -
        # Hạnh" / "phúc".)
        return _HEADING_LINE.match(fa + " " + fb, partial=True) is not None
    upper_a = is_upper_text(a.text)
    if upper_a and _ends_open(a):
        return is_upper_text(b.text) and classify_segment(b).kind not in _OPEN_UNIT_KINDS
    kind_a = None
    if upper_a and a.text[:1] in "TKQ":
        kind_a = classify_segment(a).kind
        if kind_a == K.AUTHORITY:
            return is_upper_text(b.text) and not _starts_unit(b)
    if _ONE_WORD.match(a.text) and single is not None and _opens_phrase(lines, single):
        if kind_a is None:
            kind_a = classify_segment(a).kind
        if kind_a not in (K.TEXT, K.CAPS):
            return False
        first = b.text[:1]
        if not (first.islower() or (upper_a and is_upper_text(b.text))):
            return False
        return classify_segment(b).kind in (K.TEXT, K.CAPS) and not _starts_unit(b)
    return False


def _end(seg: Segment) -> int:
    return seg.end


class _Lines:
    """Look-ups among the segments, which are in line order: the pieces beside one on
    its line, and the one right under it. Each line's range of pieces is found once, when
    first asked for (a scan from each piece would make a line of many pieces quadratic:
    a tab-gutter line; most lines are never asked about)."""

    def __init__(self, segs: list[Segment]) -> None:
        self.segs = segs
        self._rows: dict[int, tuple[int, int]] = {}  # by line number
        self._columns: dict[int, dict[int, int]] = {}

    def row(self, i: int) -> tuple[int, int]:
        """The indices ``[a, b)`` of the pieces on the line of ``segs[i]``."""
        segs = self.segs
        number = segs[i].line.number
        found = self._rows.get(number)
        if found is None:
            a, b = i, i + 1
            while a and segs[a - 1].line.number == number:
                a -= 1
            while b < len(segs) and segs[b].line.number == number:
                b += 1
            found = self._rows[number] = (a, b)
        return found

    def neighbours(self, i: int) -> tuple[int, int]:
        """The columns (in ``line.text``) where the pieces beside ``segs[i]`` on its line
        end and start: the markup between them belongs to ``segs[i]``."""
        segs = self.segs
        seg = segs[i]
        number = seg.line.number
        prev_end = segs[i - 1].end if i and segs[i - 1].line.number == number else 0
        nxt = i + 1 < len(segs) and segs[i + 1].line.number == number
        return prev_end, segs[i + 1].start if nxt else len(seg.line.text)

    def below(self, i: int) -> int | None:
        """The index of the piece right under ``segs[i]``, in its column, on the next line."""
        segs = self.segs
        seg = segs[i]
        a, b = self.row(i)
        if b >= len(segs) or segs[b].line.number != seg.line.number + 1:
            return None
        c = self.row(b)[1]
        if seg.in_table:
            return self._cells(b, c).get(seg.column)
        if c - b == 1 and b - a == 1:
            return None if segs[b].in_table or segs[b].text == "|" else b
        # The pieces of a line are in column order and do not overlap: those under
        # ``seg`` follow the first that ends after its start.
        found = None
        for j in range(bisect.bisect_right(segs, seg.start, b, c, key=_end), c):
            if segs[j].start >= seg.end:
                break
            if not segs[j].in_table:
                if found is not None:
                    return None
                found = j
        return found

    def _cells(self, b: int, c: int) -> dict[int, int]:
        """The first table piece of each column on the line of pieces ``[b, c)``."""
        cells = self._columns.get(b)
        if cells is None:
            cells = {}
            for j in range(b, c):
                if self.segs[j].in_table:
                    cells.setdefault(self.segs[j].column, j)
            self._columns[b] = cells
        return cells

    def above(self, i: int) -> int | None:
        """The index of the piece right above ``segs[i]`` (the one whose `below` it is)."""
        segs = self.segs
        a, _ = self.row(i)
        if a == 0 or segs[a - 1].line.number != segs[i].line.number - 1:
            return None
        prev_a, _ = self.row(a - 1)
        for j in range(prev_a, a):
            if self.below(j) == i:
                return j
        return None


def _run_chain(lines: _Lines, i: int, used: set[int]) -> list[int]:
    """The pieces below ``segs[i]`` that the bold or italic run it opens takes in, up to
    the line where the run closes (none if it does not close within `MAX_RUN_LINES`)."""
    segs = lines.segs
    marks = _marks(segs[i], *lines.neighbours(i))
    if not marks.opens or not (marks.strong or marks.em):
        return []
    strong, em = marks.strong, marks.em
    chain: list[int] = []
    cur = i
    for _ in range(MAX_RUN_LINES):
        j = lines.below(cur)
        if j is None or j in used or segs[j].text == "|":
            return []
        m = _marks(segs[j], *lines.neighbours(j))
        chain.append(j)
        strong, em = strong ^ m.strong, em ^ m.em
        if not strong and not em:
            return chain
        cur = j
    return []


def _join(segs: list[Segment]) -> list[Segment]:
    lines = _Lines(segs)
    used: set[int] = set()
    out: list[Segment] = []
    append = out.append
    marked_line: Line | None = None
    first_mark = -1
    for i, seg in enumerate(segs):
        if used and i in used:
            continue
        text = seg.text
        if text == "|":
            append(seg)
            continue
        # A bold or italic run opens before the piece's text (around text: a lone "*"
        # is the Party's). (Markup before the text was blanked: the piece starts later.)
        run = False
        if seg.start:
            line = seg.line
            if line is not marked_line:  # the line's first mark, found once per line
                marked_line = line
                star, underscore = line.raw.find("*"), line.raw.find("_")
                first_mark = star if underscore < 0 or 0 <= star < underscore else underscore
            run = 0 <= first_mark < line.raw_col(seg.start) and bool(text.strip("*_ "))
        if not run and not _may_join(seg):
            append(seg)  # the common case: a line of running text
            continue
        chain = [i]
        cur = seg  # the pieces joined so far
        may_join = True  # (`_may_join(seg)`, just found, unless a run was joined)
        if run:
            for j in _run_chain(lines, i, used):
                nxt = segs[j]
                if _starts_unit(nxt) and not _ends_open(segs[chain[-1]]) and not _completes(cur, nxt):
                    break
                chain.append(j)
                cur = join_segments([cur, nxt])
            may_join = _may_join(cur)
        while may_join:
            k = lines.below(chain[-1])
            if k is None or k in used or segs[k].text == "|":
                break
            # (Only a piece that opens its phrase may take the next line as one word's rest.)
            if not _pair_joins(cur, segs[k], lines, i if len(chain) == 1 else None):
                break
            chain.append(k)
            cur = join_segments([cur, segs[k]])
            may_join = _may_join(cur)
        if len(chain) > 1:
            used.update(chain)
        append(cur)
    return out


def _opens_phrase(lines: _Lines, i: int) -> bool:
    """``segs[i]`` starts a phrase: the line above it in its column is blank, a border,
    a finished sentence or a title, not a phrase that goes on into it ("UBND THÀNH PHỐ
    HÀ" / "NỘI")."""
    segs = lines.segs
    seg = segs[i]
    j = lines.above(i)
    if j is None:
        return True
    prev = segs[j]
    if prev.text == "|" or prev.text.rstrip().endswith((".", ";", ":", "!", "?")):
        return True
    kind = classify_segment(prev).kind
    # The line above goes on into this one when both are in capitals, or when this one
    # opens in lower case under a line of text.
    if kind == K.CAPS:
        return not is_upper_text(seg.text)
    return not (kind == K.TEXT and seg.text[:1].islower())


def _number_columns(segs: list[Segment]) -> None:
    """Set each piece's ``column``: its place in a row of gutter-parted columns (a pipe
    row's cells have theirs from the segmenter), or its cell in a table given one cell
    per line, with a lone "|" line between two cells and two of them between two rows."""
    cell = -1  # the cell of a table given one cell per line; -1 outside one
    last_line = 0
    pipe_line = -2  # the line of the last lone "|"
    row: list[Segment] = []
    for seg in segs:
        number = seg.line.number
        if number > last_line + 1:
            cell = -1  # a blank line ends such a table
        if seg.text == "|":
            cell = 0 if cell < 0 or pipe_line == number - 1 else cell + 1
            pipe_line = number
        elif number != last_line:
            row = [seg]
            if cell >= 0 and not seg.in_table:
                seg.column = cell
        elif not seg.in_table:
            row.append(seg)
            seg.column = len(row) - 1
        last_line = number


def rebuild(lines: list[Line]) -> list[Segment]:
    """The logical pieces of the page, in reading order (see the module's docstring)."""
    return rebuild_segments(segment(lines))


def rebuild_segments(segs: list[Segment]) -> list[Segment]:
    """`rebuild` after the segmenter: the segments given their columns, the pieces of
    one logical line joined."""
    _number_columns(segs)
    return _join(segs)


__all__ = ["MAX_RUN_LINES", "rebuild", "rebuild_segments"]
