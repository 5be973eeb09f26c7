"""Attribution: every input line to exactly one part of the result (lossless).

Each segment's final token kind says which part it belongs to; consecutive segments of
the same part are grouped, with the blank lines between them. Other blank lines form
``blank`` parts; a line that held only markup (``<div>``) is ``furniture``/``markup``, and
an HTML comment (``<!-- vndocparse: ignore VN204 -->``) is ``furniture``/``comment``.
"""

from __future__ import annotations

from vndocparse import classify as K
from vndocparse import layout as L
from vndocparse.classify import Token
from vndocparse.models import Part, Segment, span, trusted
from vndocparse.normalize import Line, html_comments
from vndocparse.segment import table_borders

_KIND_PART: dict[str, tuple[str, str | None]] = {
    L.ISSUER_LINE: ("header", "issuer"),
    K.NUMBER: ("header", "number"),
    K.NATIONAL_TITLE: ("header", "national_title"),
    K.MOTTO: ("header", "motto"),
    K.PARTY_HEADING: ("header", "party_heading"),
    K.ORG_HEADING: ("header", "org_heading"),
    K.DATE_LINE: ("header", "date_line"),
    K.ASTERISK: ("header", "asterisk"),
    K.MARK: ("header", "mark"),
    L.HEADER_TEXT: ("header", "other"),
    K.TITLE: ("title", None),
    L.TITLE_BYLINE: ("title", "byline"),
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
    L.COPY_LINE: ("copy", None),
    K.COPY: ("copy", "mark"),
    K.PIPE: ("furniture", "table"),
    K.RULE: ("furniture", "rule"),
    K.PAGE: ("furniture", "page_number"),
    K.ESTAMP: ("furniture", "stamp"),
    K.SITE: ("furniture", "site"),
    K.NOISE: ("furniture", "noise"),
}


_Key = tuple[str, str | None]  # (part kind, role)
_Piece = tuple[int, int, _Key]  # columns in the raw line, and the part they belong to
_MARKUP: _Key = ("furniture", "markup")
_TABLE: _Key = _KIND_PART[K.PIPE]
_BLANK: _Key = ("blank", None)
_COMMENT: _Key = ("furniture", "comment")  # an HTML comment, e.g. an inline suppression


def _borders_join_cells(pieces: list[_Piece]) -> list[_Piece]:
    """Table borders ("|") belong to the cell beside them: the one before, else after (a
    comment is no cell: a lone border before a comment stays the table's)."""
    out: list[_Piece] = []
    for i, (start, end, key) in enumerate(pieces):
        if key[1] == "table":
            near = out[-1] if out else next((p for p in pieces[i + 1 :] if p[2][1] not in ("table", "comment")), None)
            if near is not None:
                key = near[2]
        out.append((start, end, key))
    return out


def _one_line_each(tokens: list[Token], skipped: set[int]) -> tuple[list[Token], set[int]]:
    """The tokens with each wrapped one's pieces as tokens of their own (same kind), in
    line order: what the walk over the lines needs."""
    out: list[Token] = []
    skipped = set(skipped)
    for tok in tokens:
        if not tok.seg.tail:
            out.append(tok)
            continue
        for piece in tok.seg.pieces():
            proxy = Token(tok.kind, piece)
            proxy.part = tok.part
            if id(tok) in skipped:
                skipped.add(id(proxy))
            out.append(proxy)
    out.sort(key=lambda t: (t.line, t.seg.start))
    return out, skipped


def attribute(lines: list[Line], tokens: list[Token], skipped: set[int]) -> tuple[Part, ...]:
    """The parts of a document, in input order, covering every line.

    ``tokens`` are in reading order, so the tokens of each line come together and the
    lines and tokens are walked side by side. A token joined over several lines (the
    page stage's wraps) gives each of its lines' pieces to its part.
    """
    if any(t.seg.tail for t in tokens):
        tokens, skipped = _one_line_each(tokens, skipped)
    kind_part = _KIND_PART
    new_segment = tuple.__new__  # Segment(...) without the named tuple's Python-level __new__
    parts: list[Part] = []
    cur_key: _Key | None = None
    cur_segs: list[Segment] = []
    pending: list[Segment] = []  # blank lines not yet given to a part

    def emit(key: _Key, segs: list[Segment]) -> None:
        parts.append(
            trusted(
                Part,
                {
                    "kind": key[0],  # (a PartKind: the values of _KIND_PART, and "blank")
                    "role": key[1],
                    "span": span(segs[0][0], segs[-1][0]),
                    "segments": tuple(segs),
                },
            )
        )

    ti, nt = 0, len(tokens)
    for line in lines:
        number = line.number
        # The common case first: one token on the line, continuing the current part.
        # (A token's line number stands for its segment's line: lines are numbered once.)
        if ti < nt and tokens[ti].line == number:
            tok = tokens[ti]
            if (
                (ti + 1 == nt or tokens[ti + 1].line != number)
                and cur_key is not None
                and (tok.part or kind_part.get(tok.kind)) == cur_key
                and line.colmap is None
                and "|" not in line.text
                and "<!--" not in line.raw
                and not (skipped and id(tok) in skipped)
            ):
                ti += 1
                if pending:
                    cur_segs.extend(pending)
                    pending = []
                seg = tok.seg
                cur_segs.append(new_segment(Segment, (number, seg.start, seg.end)))
                continue
        elif not line.raw or line.raw.isspace():
            # A blank line (no token, nothing but white space): it waits for the next
            # part, or joins the current one if that part goes on after it.
            pending.append(new_segment(Segment, (number, 0, len(line.raw))))
            continue
        pieces: list[_Piece] = []
        while ti < nt:
            tok = tokens[ti]
            if tok.line != number:
                break
            seg = tok.seg
            ti += 1
            key = None if skipped and id(tok) in skipped else (tok.part or kind_part.get(tok.kind))
            if key is None:
                key = ("unrecognised", tok.kind.lower())
            if line.colmap is None:
                pieces.append((seg.start, seg.end, key))
            else:
                pieces.append((line.raw_col(seg.start), line.raw_col(seg.end), key))
        if "|" in line.text:
            # Table borders are not segments (`segment.table_borders`): they join a cell.
            for col in table_borders(line.text):
                if line.colmap is None:
                    pieces.append((col, col + 1, _TABLE))
                else:
                    pieces.append((line.raw_col(col), line.raw_col(col + 1), _TABLE))
        if "<!--" in line.raw:
            # Comments are blanked by the normaliser, so no token holds them: their own part.
            for m in html_comments(line.raw):
                pieces.append((m.start(), m.end(), _COMMENT))
        if not pieces:
            raw = line.raw
            if not raw.strip():
                pending.append(new_segment(Segment, (number, 0, len(raw))))
                continue
            pieces.append((0, len(raw), _MARKUP))
        elif len(pieces) > 1:
            pieces.sort()
            pieces = _borders_join_cells(pieces)
        for start, end, key in pieces:
            if key == cur_key:
                # Blank lines between two pieces of one part belong to that part.
                if pending:
                    cur_segs.extend(pending)
                    pending = []
                cur_segs.append(new_segment(Segment, (number, start, end)))
                continue
            if cur_key is not None:
                emit(cur_key, cur_segs)
            if pending:
                emit(_BLANK, pending)
                pending = []
            cur_key, cur_segs = key, [new_segment(Segment, (number, start, end))]
    if ti != nt:  # pragma: no cover - a token out of line order would be lost
        raise AssertionError(f"token for line {tokens[ti].line} out of reading order")
    if cur_key is not None:
        emit(cur_key, cur_segs)
    if pending:
        emit(_BLANK, pending)
    return tuple(parts)
