"""What the rules read: a parsed `Document` seen through its parts and its input lines.

The parser attributes every input line to a part (`Document.parts`), each part a run
of segments whose columns index the line *as given*. `DocView` turns the segments the
rules need into `Piece` objects: the segment's text with markdown/HTML markup blanked
out (the same cleaning the parser applies) and a way back to the columns of the line
as given, so that a diagnostic can point at, say, the type code inside
``Số: 15/QĐ-UBND``. Pieces are built on demand and cached: a rule that never looks at
the body costs nothing for a long body.
"""

from __future__ import annotations

import datetime as _dt
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from functools import cached_property

import regex

from vndocparse.models import Document, Part
from vndocparse.normalize import DEFAULT_STEPS, STEPS, clean_line
from vndocparse.tables.lists import BULLET_CHARS, ITEM_MARKS
from vndocparse.tables.titles import SUBJECT_LABEL
from vndocparse.text import fold
from vndocparse.validate.diagnostics import Edit, Location
from vndocparse.validate.guideline import choose, parse_date
from vndocparse.validate.trailer import judged_date, trailer_family

_STEPS = [STEPS[name] for name in DEFAULT_STEPS]

#: Characters that open a list item ("- Như trên;"). ND30 asks for "-"; the others are
#: what converters and typists leave, recognised so that the item is still an item.
BULLETS = ITEM_MARKS
_BULLET = regex.compile(rf"^[{BULLET_CHARS.replace('-', chr(92) + '-')}]\s*|^\*\s+")
#: The bullets that count as ND30's dash: "-", the en dash a converter may put for it,
#: and a markdown list item ("* "), which is how converters write any bulleted line.
_DASH = regex.compile(r"^(?:[-–](?!-)|\*\s)")

#: Party committees and bodies in an issuer line (layout rules §3.1, §3.8): used only to
#: tell the family of a document that has neither heading nor a readable number.
_PARTY_ISSUER = regex.compile(
    r"\b(?:dang uy|tinh uy|thanh uy|huyen uy|quan uy|thi uy|chi bo|dang bo|"
    r"ban chap hanh trung uong|ban can su dang|dang doan)\b"
)


#: Stripped from both ends of a piece: white space and the "|" of table cells (markup,
#: like the ``**`` the normaliser blanks out).
_EDGE = " \t|"


#: What a body line that opens with a label looks like, markup allowed in front.
_HEAD_CANDIDATE = regex.compile(
    r"^[\s*#>+\-•|_\\]*(?:[a-zA-ZđĐ]\s*[)./]|\d|[IVXLC]+\s*[.\-–)/]|"
    r"(?:Phần|PHẦN|Chương|CHƯƠNG|Mục|MỤC|Tiểu|TIỂU|Điều|ĐIỀU|điều)\s)"
)


@dataclass(frozen=True, slots=True)
class Piece:
    """A cleaned, stripped piece of one input line (one segment of a part).

    ``start``/``end`` are 0-based columns of the line as given (``end`` exclusive);
    ``text`` is the cleaned text. ``cols`` maps each character of ``text`` to its column
    in the line as given when the two differ in length (NFD input); otherwise the
    mapping is ``start + offset``.
    """

    line: int
    start: int
    end: int
    text: str
    cols: tuple[int, ...] | None = None

    def col(self, offset: int) -> int:
        """0-based column, in the line as given, of ``text[offset]`` (``len(text)`` → ``end``)."""
        if offset >= len(self.text):
            return self.end
        offset = max(offset, 0)
        if self.cols is None:
            return self.start + offset
        return self.cols[offset]

    def loc(self, a: int = 0, b: int | None = None) -> Location:
        """The location of ``text[a:b]`` (the whole piece by default)."""
        b = len(self.text) if b is None else b
        start = self.col(a)
        end = self.col(b) if b > a else start
        return Location(
            line=self.line, column=start + 1, end_line=self.line, end_column=max(end, start) + 1
        )

    def loc_end(self) -> Location:
        """A point just past the last character (where something missing belongs)."""
        return Location(
            line=self.line, column=self.end + 1, end_line=self.line, end_column=self.end + 1
        )


@dataclass(slots=True)
class Item:
    """One entry of a list (an addressee, a Nơi nhận entry): its pieces, in order."""

    pieces: list[Piece] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(p.text for p in self.pieces)

    @property
    def first(self) -> Piece:
        return self.pieces[0]

    @property
    def last(self) -> Piece:
        return self.pieces[-1]

    def loc(self) -> Location:
        first, last = self.pieces[0], self.pieces[-1]
        return Location(
            line=first.line, column=first.start + 1, end_line=last.line, end_column=last.end + 1
        )


def has_bullet(text: str) -> bool:
    return bool(_BULLET.match(text))


def strip_bullet(text: str) -> str:
    m = _BULLET.match(text)
    return text[m.end() :] if m else text


def is_dash(text: str) -> bool:
    """Whether a list item opens with the dash of the form (see `_DASH`)."""
    return bool(_DASH.match(text))


#: Marks that may end a list entry and that a fix replaces rather than adds to.
_END_MARKS = ",.;:"


def ending_edit(piece: Piece, mark: str) -> Edit | None:
    """The edit that ends ``piece`` (a list entry's last piece) with ``mark``: its final
    ",", ".", ";" or ":" replaced, or ``mark`` added after its text. None when the piece
    ends in a speck (see `clean_end`): what to keep is not known."""
    text = piece.text.rstrip()
    tail = text[len(clean_end(text)) :]
    if tail and not regex.search(r"\p{L}{2}|\d", tail):
        return None
    if text and text[-1] in _END_MARKS and not text.endswith("./."):
        return Edit(location=piece.loc(len(text) - 1, len(text)), text=mark)
    return Edit(location=piece.loc(len(text), len(text)), text=mark)


def bullet_edit(piece: Piece) -> Edit:
    """The edit that opens ``piece`` with the dash of the form: another bullet (and the
    spaces after it) replaced by "- ", or "- " inserted."""
    m = _BULLET.match(piece.text)
    end = m.end() if m else 0
    return Edit(location=piece.loc(0, end) if end else piece.loc(0, 0), text="- ")


def group_items(pieces: Sequence[Piece], ends: tuple[str, ...] = (";", ".")) -> list[Item]:
    """Pieces → list items: a bullet, or the end of the previous item (one of ``ends``,
    after `clean_end`), starts one; any other piece continues the previous item."""
    items: list[Item] = []
    for piece in pieces:
        if not piece.text:
            continue
        if (
            items
            and not has_bullet(piece.text)
            and not clean_end(items[-1].last.text).endswith(ends)
        ):
            items[-1].pieces.append(piece)
        else:
            items.append(Item([piece]))
    return items


_SPECK_TAIL = regex.compile(r"(?<=[;.,)!:])[^;.,)]{1,12}$")
_WORD3 = regex.compile(r"\p{L}{3}")


def clean_end(text: str) -> str:
    """``text`` without a trailing speck of OCR or markup after its last punctuation:
    ``"- Như trên; =e eee"`` → ``"- Như trên;"``, ``"./. e"`` → ``"./."`` (a tail of at most
    12 characters without any three-letter word; the parser drops the same specks)."""
    text = text.rstrip()
    m = _SPECK_TAIL.search(text)
    if m and not _WORD3.search(m.group()):
        return text[: m.start()]
    return text


class DocView:
    """A `Document` as the rules see it: its family, its parts' pieces, anchors for findings."""

    def __init__(
        self,
        doc: Document,
        *,
        family: str | None = None,
        today: _dt.date | None = None,
        guideline: str | None = None,
    ) -> None:
        self.doc = doc
        self.lines: tuple[str, ...] = doc.source_lines
        self.today = today or _dt.date.today()
        self.family_override = family
        self.guideline_override = guideline
        self._clean: dict[int, tuple[str, list[int] | None]] = {}
        self._part_pieces: dict[int, list[Piece]] = {}

    # -- family ----------------------------------------------------------------------
    @cached_property
    def family(self) -> str | None:
        """``"state"``, ``"party"`` or None when it cannot be told (see `detect_family`)."""
        if self.family_override in ("state", "party"):
            return self.family_override
        return detect_family(self)

    @cached_property
    def guideline(self) -> str | None:
        """The guideline the document is judged by (``nd30``, ``hd36``, ``hd05``), or None
        when its family is not known (see `vndocparse.validate.guideline.choose`)."""
        return choose(self.family, judged_date(self.doc), today=self.today, override=self.guideline_override)

    @cached_property
    def date(self) -> _dt.date | None:
        """The date of issue as a date (None when missing, blank or not a real date)."""
        return parse_date(self.doc.date)

    # -- parts -----------------------------------------------------------------------
    @cached_property
    def _by_kind(self) -> dict[str, list[Part]]:
        out: dict[str, list[Part]] = {}
        for part in self.doc.parts:
            out.setdefault(part.kind, []).append(part)
        return out

    def parts(self, kind: str, role: str | None = "*") -> list[Part]:
        """Parts of ``kind`` (and ``role``, unless ``"*"``), in input order."""
        found = self._by_kind.get(kind, [])
        if role == "*":
            return found
        return [p for p in found if p.role == role]

    def has(self, kind: str, role: str | None = "*") -> bool:
        return bool(self.parts(kind, role))

    def pieces(self, kind: str, role: str | None = "*") -> list[Piece]:
        """The non-blank pieces of the parts of ``kind``/``role``, in input order."""
        out: list[Piece] = []
        for part in self.parts(kind, role):
            out.extend(self.part_pieces(part))
        return out

    def part_pieces(self, part: Part) -> list[Piece]:
        """The non-blank pieces of one part (cached: rules share them)."""
        key = id(part)
        hit = self._part_pieces.get(key)
        if hit is not None:
            return hit
        out: list[Piece] = []
        for seg in part.segments:
            if seg.end <= seg.start:
                continue
            piece = self.piece(seg.line, seg.start, seg.end)
            if piece is not None:
                out.append(piece)
        self._part_pieces[key] = out
        return out

    def piece(self, line: int, start: int, end: int) -> Piece | None:
        """The cleaned piece of columns ``start``–``end`` of ``line`` (None when blank)."""
        if not 1 <= line <= len(self.lines):
            return None
        cleaned, colmap = self._cleaned(line)
        if colmap is None:
            text = cleaned[start:end]
            lead = len(text) - len(text.lstrip(_EDGE))
            text = text.strip(_EDGE)
            if not text:
                return None
            return Piece(line, start + lead, start + lead + len(text), text)
        idx = [i for i, c in enumerate(colmap) if start <= c < end]
        if not idx:
            return None
        a, b = idx[0], idx[-1] + 1
        text = cleaned[a:b]
        lead = len(text) - len(text.lstrip(_EDGE))
        text = text.strip(_EDGE)
        if not text:
            return None
        cols = tuple(colmap[a + lead : a + lead + len(text)])
        return Piece(line, cols[0], min(end, (cols[-1] + 1)), text, cols)

    def _cleaned(self, line: int) -> tuple[str, list[int] | None]:
        hit = self._clean.get(line)
        if hit is None:
            hit = clean_line(self.lines[line - 1], _STEPS)
            self._clean[line] = hit
        return hit

    def line_piece(self, line: int) -> Piece | None:
        """The whole of ``line``, cleaned and stripped."""
        if not 1 <= line <= len(self.lines):
            return None
        return self.piece(line, 0, len(self.lines[line - 1]))

    # -- anchors for findings about something missing --------------------------------
    def line_loc(self, line: int) -> Location:
        """The content of ``line`` (or a point at its start when it is blank or unknown)."""
        piece = self.line_piece(line)
        if piece is None:
            return Location(line=max(line, 1), column=1, end_line=max(line, 1), end_column=1)
        return piece.loc()

    @cached_property
    def first_line(self) -> int:
        """The first line with text (1 for an empty input)."""
        for part in self.doc.parts:
            if part.kind != "blank" and self.part_pieces(part):
                return part.span.start_line
        return 1

    @cached_property
    def last_line(self) -> int:
        """The last line with text."""
        for part in reversed(self.doc.parts):
            if part.kind != "blank" and self.part_pieces(part):
                return part.span.end_line
        return max(1, self.doc.line_count)

    @cached_property
    def header_end(self) -> int:
        """The last line of the header (ô 1–5), where a missing header part was expected."""
        last = 0
        for kind in ("header", "title", "subject"):
            for part in self.parts(kind):
                last = max(last, part.span.end_line)
        return last or self.first_line

    @cached_property
    def footer_start(self) -> int:
        """The first line of the signature block or Nơi nhận, else the last line with text."""
        lines = [p.span.start_line for k in ("signature", "distribution") for p in self.parts(k)]
        return min(lines) if lines else self.last_line

    # -- convenience ------------------------------------------------------------------
    @property
    def doc_type(self) -> str | None:
        return self.doc.doc_type

    @cached_property
    def is_cong_van(self) -> bool:
        """A letter without a type name (công văn): no title, and a V/v subject or doc type."""
        if self.doc.title:
            return False
        return self.doc.doc_type == "cong_van" or self.subject_is_vv

    @cached_property
    def subject_pieces(self) -> list[Piece]:
        return self.pieces("subject")

    @cached_property
    def subject_is_vv(self) -> bool:
        pieces = self.subject_pieces
        return bool(pieces) and is_vv(pieces[0].text)

    @cached_property
    def number_piece(self) -> Piece | None:
        pieces = self.pieces("header", "number")
        return pieces[0] if pieces else None

    @cached_property
    def date_piece(self) -> Piece | None:
        pieces = self.pieces("header", "date_line")
        return pieces[0] if pieces else None

    @cached_property
    def title_piece(self) -> Piece | None:
        pieces = self.pieces("title")
        return pieces[0] if pieces else None

    @property
    def list_ends(self) -> tuple[str, ...]:
        """What ends a list entry: ";" and "." (and "," in Party lists)."""
        return (";", ".", ",") if self.family == "party" else (";", ".")

    @cached_property
    def addressee_items(self) -> tuple[Piece | None, list[Item]]:
        """The "Kính gửi:" piece and the addressees, each an item (the inline one first)."""
        labels = self.pieces("addressees", "label")
        label = labels[0] if labels else None
        items: list[Item] = []
        if label is not None:
            inline = label_rest(label)
            if inline is not None:
                items.append(Item([inline]))
        items.extend(group_items(self.pieces("addressees", "recipient"), self.list_ends))
        return label, items

    @cached_property
    def distribution_items(self) -> tuple[Piece | None, list[Item]]:
        """The "Nơi nhận:" piece and its entries (the first list only)."""
        labels = self.parts("distribution", "label")
        if not labels:
            return None, []
        label_part = labels[0]
        label_pieces = self.part_pieces(label_part)
        label = label_pieces[0] if label_pieces else None
        entries: list[Piece] = []
        started = False
        for part in self.parts("distribution"):
            if part is label_part:
                started = True
                continue
            if not started:
                continue
            if part.role == "label":
                break
            entries.extend(self.part_pieces(part))
        items: list[Item] = []
        if label is not None:
            inline = label_rest(label)
            if inline is not None:
                items.append(Item([inline]))
        items.extend(group_items(entries, self.list_ends))
        return label, items

    @cached_property
    def body_heads(self) -> list[Piece]:
        """The body's lines that open with a label — a number, a letter and ")" or ".",
        a Roman numeral, "Điều", "Chương", "Phần", "Mục" — each as its first piece.

        Only these lines are cleaned: a cheap test on the line as given picks them, so
        the long running text of a body costs one regex match per line.
        """
        out: list[Piece] = []
        last_line = 0
        lines = self.lines
        for part in self.parts("body"):
            for seg in part.segments:
                if seg.line == last_line or seg.end <= seg.start or seg.line > len(lines):
                    continue
                raw = lines[seg.line - 1][seg.start : seg.start + 24]
                if not raw.isascii():
                    raw = unicodedata.normalize("NFC", raw)
                if not _HEAD_CANDIDATE.match(raw):
                    continue
                piece = self.piece(seg.line, seg.start, seg.end)
                if piece is not None:
                    last_line = seg.line
                    out.append(piece)
        return out

    def signature_pieces(self, role: str) -> list[Piece]:
        return self.pieces("signature", role)

    def pieces_between(
        self, first: int, last: int, kinds: Sequence[str]
    ) -> Iterator[tuple[Part, Piece]]:
        for part in self.doc.parts:
            if part.kind not in kinds or part.span.end_line < first or part.span.start_line > last:
                continue
            for piece in self.part_pieces(part):
                if first <= piece.line <= last:
                    yield part, piece


# -- small text helpers shared by rules -------------------------------------------------
_VV = regex.compile(rf"^{SUBJECT_LABEL}\b", regex.IGNORECASE)


def is_vv(text: str) -> bool:
    return bool(_VV.match(text))


_LABEL_COLON = regex.compile(r"^[^:]{2,40}?:")


def label_rest(piece: Piece) -> Piece | None:
    """What follows the colon of a "Kính gửi:" / "Nơi nhận:" piece, as a piece (or None)."""
    m = _LABEL_COLON.match(piece.text)
    if not m:
        return None
    rest = piece.text[m.end() :]
    body = rest.strip()
    if not body:
        return None
    offset = m.end() + (len(rest) - len(rest.lstrip()))
    cols = None if piece.cols is None else piece.cols[offset : offset + len(body)]
    return Piece(piece.line, piece.col(offset), piece.col(offset + len(body) - 1) + 1, body, cols)


# The signer's prefix: "T/M", "K/T", "T/L" are Party forms, "TM.", "KT." state ones.
_PARTY_PREFIX = regex.compile(r"^[TK]\s*/\s*(?:M|T|L|UQ)\b")
_STATE_PREFIX = regex.compile(r"^(?:TM|KT|TL|TUQ)\s*\.")


def detect_family(view: DocView) -> str | None:
    """The layout family: the parser's (heading, else number shape), else the signer's
    prefixes (``T/M``, ``K/T``, ``T/L`` are Party forms) or a Party committee as issuer."""
    doc = view.doc
    if doc.family in ("state", "party"):
        return doc.family
    for piece in view.signature_pieces("authority"):
        if _PARTY_PREFIX.match(piece.text):
            return "party"
        if _STATE_PREFIX.match(piece.text):
            return "state"
    if doc.issuer is not None:
        names = " ".join(x for x in (doc.issuer.parent, doc.issuer.name) if x)
        if _PARTY_ISSUER.search(fold(names)):
            return "party"
    return trailer_family(doc)


__all__ = [
    "BULLETS",
    "DocView",
    "Item",
    "Piece",
    "bullet_edit",
    "clean_end",
    "detect_family",
    "ending_edit",
    "group_items",
    "has_bullet",
    "is_dash",
    "is_vv",
    "label_rest",
    "strip_bullet",
]
