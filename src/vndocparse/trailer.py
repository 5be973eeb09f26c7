"""What follows the signature: the copy block (bản sao) and the annexes (phụ lục).

The layout pass hands over the tokens after the footer (or, for a file that holds only
an annex or only a copy block, all of them). This module tells them apart and reads
each into its model (`vndocparse.models.Copy`, `vndocparse.models.Appendix`), giving
every token its part and role for `Document.parts`:

* a **copy block** is the region round a copy mark ("SAO Y BẢN CHÍNH", "SAO LỤC",
  "TRÍCH SAO", "Bản sao văn bản"; `tables/copies.py`): the copying body's lines in
  capitals on the mark's row and above it, the copy's number (code SY, SL, TrS), its
  date line, the copier's signature block and its own Nơi nhận, up to the next annex;
* an **annex** opens at a heading ("PHỤ LỤC", "Phụ lục I", "DANH MỤC ...", "QUY CHẾ"
  ...): its label, the title lines under it, and the "(Kèm theo ...)" line that ties
  it to the document; what follows is its content, whose numbering and citations are
  not the document's;
* anything else after the signature (a note, footnotes) is part of the annex zone
  without being an annex.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from vndocparse import classify as K
from vndocparse.classify import Token
from vndocparse.field_models import number_of, signatory_of
from vndocparse.fields import parse_date_line, parse_number
from vndocparse.models import (
    Appendix,
    Copy,
    DocumentNumber,
    Issuer,
    span,
    trusted,
)
from vndocparse.signature import (
    is_body_name,
    is_name,
    is_title,
    split_issuer,
)
from vndocparse.tables.copies import (
    ANNEX_FIRST,
    ANNEX_HEAD,
    ANNEX_LABEL,
    ANNEX_REFERENCE,
    COPY_CODES,
    COPY_MARKS,
    annex_label,
)
from vndocparse.text import is_upper_text, squash

#: Part kinds of the trailer (`Document.parts`).
COPY_PART = "copy"
ANNEX_PART = "annex"


@dataclass
class Trailer:
    """The copy block and the annexes read from the tokens after the signature."""

    copy: Copy | None = None
    appendices: list[Appendix] = field(default_factory=list)
    #: ``id(token)`` → (part kind, role) for every token handed over.
    roles: dict[int, tuple[str, str | None]] = field(default_factory=dict)


def copy_kind(folded: str) -> str | None:
    """The copy's kind named by a mark ("sao y ban chinh" → ``"sao_y"``), else None."""
    core = " ".join(folded.split()).strip(" .:;,*-|[]()\"'")
    return COPY_MARKS.get(core)


def _copy_kind_of(symbol: str | None) -> str | None:
    """The copy's kind that a number's symbol names by its type code ("SY-VP" → sao_y)."""
    if not symbol:
        return None
    code = symbol.replace("/", "-").split("-")[0]
    return COPY_CODES.get(code.upper())


def is_copy_number(tok: Token) -> bool:
    """A number line whose type code is a copy's ("Số: 05/SY-VP")."""
    if tok.kind != K.NUMBER:
        return False
    parsed = parse_number(tok.text)
    return parsed is not None and _copy_kind_of(parsed[2]) is not None


def read_trailer(toks: list[Token]) -> Trailer:
    """Split ``toks`` into the copy block and the annexes, and read both."""
    out = Trailer()
    marks = [i for i, t in enumerate(toks) if t.kind == K.COPY]
    start = end = len(toks)
    if marks:
        m = marks[0]
        start = _copy_start(toks, m)
        end = next((k for k in range(m + 1, len(toks)) if _opens_annex(toks[k])), len(toks))
        out.copy = _read_copy(toks[start:end], out.roles)
    elif toks and any(is_copy_number(t) for t in toks[:6]):
        end = next((k for k in range(1, len(toks)) if _opens_annex(toks[k])), len(toks))
        start = 0
        out.copy = _read_copy(toks[:end], out.roles)
    _read_annexes(toks[:start], out)
    _read_annexes(toks[end:], out)
    return out


def _copy_start(toks: list[Token], m: int) -> int:
    """The first token of the copy block whose mark is ``toks[m]``: the copying body's
    lines in capitals on the mark's row and on the lines right above it."""
    start = m
    line = toks[m].line
    while start > 0:
        prev = toks[start - 1]
        if prev.kind != K.CAPS or prev.end_line < line - 2 or not _names_body(prev.text):
            break
        start -= 1
        line = prev.line
    return start


def _names_body(text: str) -> bool:
    """A line in capitals that names a body, not a signer's title."""
    return is_body_name(text) or not is_title(text)


def _opens_annex(tok: Token) -> bool:
    """A heading that opens an annex ("PHỤ LỤC I", "QUY CHẾ"), alone on its line."""
    f = tok.folded
    first = f[:1]
    if first not in ANNEX_FIRST and (first not in " *#(" or f.lstrip(" *#(")[:1] not in ANNEX_FIRST):
        return False
    return len(tok.text) < 120 and ANNEX_HEAD.match(f.lstrip(" *#(")) is not None and (
        is_upper_text(tok.text) or ANNEX_LABEL.match(tok.folded) is not None
    )


def _read_copy(toks: list[Token], roles: dict[int, tuple[str, str | None]]) -> Copy:
    kind: str | None = None
    issuer_lines: list[Token] = []
    number: DocumentNumber | None = None
    place = date = None
    authority: list[str] = []
    positions: list[str] = []
    name: str | None = None
    in_list = False
    for tok in toks:
        k = tok.kind
        role = "other"
        if k == K.COPY:
            kind = kind or copy_kind(tok.folded)
            role = "mark"
        elif k in (K.TEXT, K.CAPS) and name is None and (authority or positions) and is_name(tok.text):
            name = tok.text  # (beside the copy's own Nơi nhận, in the right column)
            role = "name"
        elif k == K.NOI_NHAN or (in_list and k in (K.BULLET, K.TEXT)):
            in_list = True
            role = "distribution"
        elif k == K.NUMBER and number is None:
            number = number_of(tok)
            role = "number"
        elif k == K.DATE_LINE and date is None:
            place, date = parse_date_line(tok.text)
            role = "date_line"
        elif k == K.AUTHORITY:
            authority.append(tok.text)
            role = "authority"
        elif k == K.CAPS and _names_body(tok.text) and name is None and (tok.seg.column == 0 or not (authority or positions)):
            issuer_lines.append(tok)  # the copying body: the left column's lines in capitals
            role = "issuer"
        elif k == K.CAPS and not _names_body(tok.text):
            positions.append(tok.text)
            role = "position"
        roles[id(tok)] = (COPY_PART, role)
    kind = kind or _copy_kind_of(number.symbol if number else None) or "sao_y"
    issuer = None
    if issuer_lines:
        name_, parent = split_issuer([t.text for t in issuer_lines])
        if name_:
            issuer = trusted(Issuer, {"name": name_, "parent": parent, "span": span(issuer_lines[0].line, issuer_lines[-1].end_line)})
    signatory = signatory_of(authority, positions, name, None) if authority or positions or name else None
    return trusted(
        Copy,
        {
            "kind": kind,
            "issuer": issuer,
            "number": number,
            "place": place,
            "date": date,
            "signatory": signatory,
            "span": span(toks[0].line, max(t.end_line for t in toks)),
        },
    )


def _read_annexes(toks: list[Token], out: Trailer) -> None:
    """The annexes among ``toks``, each from its heading to the next one."""
    # Each "PHỤ LỤC ..." opens an annex; another heading ("QUY CHẾ", "DANH MỤC") only
    # where the annexes start: inside an attached regulation, "QUY ĐỊNH CHUNG" is a section.
    heads = [i for i, t in enumerate(toks) if _opens_annex(t) and (i == 0 or annex_label(t.folded)[0])]
    for tok in toks[: heads[0] if heads else len(toks)]:
        out.roles[id(tok)] = (ANNEX_PART, None)  # a note or footnotes: no annex of their own
    for n, h in enumerate(heads):
        stop = heads[n + 1] if n + 1 < len(heads) else len(toks)
        out.appendices.append(_read_annex(toks[h:stop], out.roles))


def _read_annex(toks: list[Token], roles: dict[int, tuple[str, str | None]]) -> Appendix:
    head = toks[0]
    text = squash(head.text.strip(" *#"))
    label, title_parts = text, []
    m, lead = annex_label(head.folded)
    if m is not None:
        # "PHỤ LỤC I: DANH MỤC ..." holds its title on the label's line.
        cut = lead + m.end()
        rest = head.text[cut:].strip(" .:-–")
        label = squash(head.text[:cut].strip(" *#.:"))
        if rest:
            title_parts.append(squash(rest))
    roles[id(head)] = (ANNEX_PART, "label")
    # The title: the lines between the label and "(Kèm theo ...)", or, with no such line
    # close under it, the lines in capitals right under the label.
    ref_at = next((k for k, t in enumerate(toks[1:6], 1) if ANNEX_REFERENCE.match(t.folded)), None)
    reference: str | None = None
    for k, tok in enumerate(toks[1:], 1):
        if k == ref_at:
            reference = squash(tok.text)
            roles[id(tok)] = (ANNEX_PART, "reference")
        elif (
            (ref_at is not None and k < ref_at)
            or (ref_at is None and k <= 2 and k == len(title_parts) + 1 and tok.kind == K.CAPS and not tok.blank_before)
        ):
            title_parts.append(squash(tok.text))
            roles[id(tok)] = (ANNEX_PART, "title")
        else:
            roles[id(tok)] = (ANNEX_PART, None)
    return trusted(
        Appendix,
        {
            "label": label,
            "title": " ".join(title_parts) or None,
            "reference": reference,
            "span": span(head.line, max(t.end_line for t in toks)),
        },
    )


__all__ = ["ANNEX_PART", "COPY_PART", "Trailer", "copy_kind", "is_copy_number", "read_trailer"]
