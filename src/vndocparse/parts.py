"""Attribution: every input line to exactly one part of the result (lossless).

Each segment's final token kind says which part it belongs to; consecutive segments of
the same part are grouped, with the blank lines between them. Other blank lines form
``blank`` parts; a line that held only markup (``<div>``) is ``furniture``/``markup``.
"""

from __future__ import annotations

from typing import cast

from vndocparse import classify as K
from vndocparse import layout as L
from vndocparse.classify import Token
from vndocparse.models import Part, PartKind, Segment, span, trusted
from vndocparse.normalize import Line

_KIND_PART: dict[str, tuple[str, str | None]] = {
    L.ISSUER_LINE: ("header", "issuer"),
    K.NUMBER: ("header", "number"),
    K.NATIONAL_TITLE: ("header", "national_title"),
    K.MOTTO: ("header", "motto"),
    K.PARTY_HEADING: ("header", "party_heading"),
    K.DATE_LINE: ("header", "date_line"),
    K.ASTERISK: ("header", "asterisk"),
    K.MARK: ("header", "mark"),
    L.HEADER_TEXT: ("header", "other"),
    K.TITLE: ("title", None),
    L.TITLE_LINE: ("subject", None),
    K.SUBJECT: ("subject", None),
    L.SUBJECT_LINE: ("subject", None),
    K.KINH_GUI: ("addressees", "label"),
    L.RECIPIENT: ("addressees", "recipient"),
    L.RECIPIENT_CONT: ("addressees", "recipient"),
    K.CAN_CU: ("preamble", "can_cu"),
    K.ENACT: ("preamble", "enacting"),
    K.NUMBERED: ("body", None),
    K.BULLET: ("body", None),
    K.TEXT: ("body", None),
    K.CAPS: ("body", None),
    K.CLOSING: ("closing", None),
    K.NOI_NHAN: ("distribution", "label"),
    L.DIST_ITEM: ("distribution", "entry"),
    L.DIST_CONT: ("distribution", "entry"),
    K.AUTHORITY: ("signature", "authority"),
    L.POSITION: ("signature", "position"),
    K.SIGNED: ("signature", "signed_mark"),
    L.SIGNER_NAME: ("signature", "name"),
    L.ANNEX_LINE: ("annex", None),
    K.PIPE: ("furniture", "table"),
    K.RULE: ("furniture", "rule"),
    K.PAGE: ("furniture", "page_number"),
    K.ESTAMP: ("furniture", "stamp"),
    K.SITE: ("furniture", "site"),
    K.NOISE: ("furniture", "noise"),
    K.WRAPPED: ("header", "wrapped"),
}


def _borders_join_cells(
    pieces: list[tuple[int, int, str, str | None]],
) -> list[tuple[int, int, str, str | None]]:
    """Table borders ("|") belong to the cell beside them: the one before, else after."""
    out: list[tuple[int, int, str, str | None]] = []
    for i, (start, end, kind, role) in enumerate(pieces):
        if role == "table":
            near = out[-1] if out else next((p for p in pieces[i + 1 :] if p[3] != "table"), None)
            if near is not None:
                kind, role = near[2], near[3]
        out.append((start, end, kind, role))
    return out


def attribute(lines: list[Line], tokens: list[Token], skipped: set[int]) -> tuple[Part, ...]:
    """The parts of a document, in input order, covering every line."""
    by_line: dict[int, list[tuple[int, int, str, str | None]]] = {}
    kind_part = _KIND_PART
    for tok in tokens:
        kind: str
        role: str | None
        if skipped and id(tok) in skipped:
            kind, role = "unrecognised", tok.kind.lower()
        else:
            kr = kind_part.get(tok.kind)
            kind, role = kr if kr is not None else ("unrecognised", tok.kind.lower())
        piece_of = tok.seg
        line = piece_of.line
        if line.colmap is None:
            piece = (piece_of.start, piece_of.end, kind, role)
        else:
            piece = (line.raw_col(piece_of.start), line.raw_col(piece_of.end), kind, role)
        found = by_line.get(line.number)
        if found is None:
            by_line[line.number] = [piece]
        else:
            found.append(piece)
    parts: list[Part] = []
    cur_key: tuple[str, str | None] | None = None
    cur_segs: list[Segment] = []
    pending: list[Segment] = []  # blank lines not yet given to a part

    def emit(key: tuple[str, str | None], segs: list[Segment]) -> None:
        parts.append(
            trusted(
                Part,
                {
                    "kind": cast(PartKind, key[0]),  # the values of _KIND_PART, and "blank"
                    "role": key[1],
                    "span": span(segs[0].line, segs[-1].line),
                    "segments": tuple(segs),
                },
            )
        )

    for line in lines:
        pieces = by_line.get(line.number)
        if not pieces:
            if not line.raw.strip():
                pending.append(Segment(line.number, 0, len(line.raw)))
                continue
            pieces = [(0, len(line.raw), "furniture", "markup")]
        if len(pieces) > 1:
            pieces.sort()
            pieces = _borders_join_cells(pieces)
        for start, end, kind, role in pieces:
            key = (kind, role)
            seg = Segment(line.number, start, end)
            if key == cur_key:
                # Blank lines between two pieces of one part belong to that part.
                cur_segs.extend(pending)
                pending = []
                cur_segs.append(seg)
                continue
            if cur_key is not None:
                emit(cur_key, cur_segs)
            if pending:
                emit(("blank", None), pending)
                pending = []
            cur_key, cur_segs = key, [seg]
    if cur_key is not None:
        emit(cur_key, cur_segs)
    if pending:
        emit(("blank", None), pending)
    return tuple(parts)
