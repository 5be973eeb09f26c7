"""Attribution: every input line to exactly one part of the result (lossless).

Each segment's final token kind says which part it belongs to; consecutive segments of
the same part are grouped. Lines that are blank after cleaning are ``blank`` (or
``furniture``/``markup`` when they held only markup, such as ``<div>``).
"""

from __future__ import annotations

from vndocparse import classify as K
from vndocparse import layout as L
from vndocparse.classify import Token
from vndocparse.models import Part, Segment, SourceSpan
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
}


def attribute(lines: list[Line], tokens: list[Token], skipped: set[int]) -> tuple[Part, ...]:
    """The parts of a document, in input order, covering every line."""
    by_line: dict[int, list[tuple[int, int, str, str | None]]] = {}
    for tok in tokens:
        if id(tok) in skipped:
            kind, role = "unrecognised", tok.kind.lower()
        else:
            kind, role = _KIND_PART.get(tok.kind, ("unrecognised", tok.kind.lower()))
        seg = tok.seg
        line = seg.line
        by_line.setdefault(line.number, []).append((line.raw_col(seg.start), line.raw_col(seg.end), kind, role))
    parts: list[Part] = []
    cur_key: tuple[str, str | None] | None = None
    cur_segs: list[Segment] = []
    cur_first = cur_last = 0

    def flush() -> None:
        if cur_key is not None and cur_segs:
            parts.append(
                Part.model_construct(
                    kind=cur_key[0],
                    role=cur_key[1],
                    span=SourceSpan.model_construct(start_line=cur_first, end_line=cur_last),
                    segments=tuple(cur_segs),
                )
            )

    for line in lines:
        pieces = by_line.get(line.number)
        if not pieces:
            kind = "blank" if not line.raw.strip() else "furniture"
            pieces = [(0, len(line.raw), kind, None if kind == "blank" else "markup")]
        for start, end, kind, role in sorted(pieces):
            key = (kind, role)
            if key != cur_key:
                flush()
                cur_key, cur_segs, cur_first = key, [], line.number
            cur_segs.append(Segment.model_construct(line=line.number, start=start, end=end))
            cur_last = line.number
    flush()
    return tuple(parts)
