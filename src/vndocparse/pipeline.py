"""The one way through: normalise → page (columns, cells, wraps) → classify → layout → grammar → transform → models."""

from __future__ import annotations

import bisect
import gc
import itertools
from collections.abc import Iterator
from contextlib import contextmanager

import regex
from pydantic import TypeAdapter

from vndocparse import classify as K
from vndocparse import layout as L
from vndocparse.classify import Token, classify
from vndocparse.directives import build_directives, paragraphs_of, to_paragraphs
from vndocparse.errors import (
    EmptyDocumentError,
    MalformedIssueDateError,
    MissingDocumentNumberError,
    MissingIssuerError,
    MissingSignatureError,
    ParseError,
)
from vndocparse.fields import type_from_symbol
from vndocparse.layout import Layout
from vndocparse.models import (
    Copy,
    Document,
    Issuer,
    ParseDiagnostic,
    Reference,
    SourceSpan,
    span,
    trusted,
)
from vndocparse.normalize import normalise
from vndocparse.page import rebuild
from vndocparse.parser import parse_tree
from vndocparse.parts import attribute
from vndocparse.references import find_references
from vndocparse.tables.numbering import number_family
from vndocparse.text import fold
from vndocparse.trailer import copy_kind
from vndocparse.transform import DocumentTransformer, Fields


@contextmanager
def gc_paused() -> Iterator[None]:
    """The cyclic garbage collector off for the duration, back on after if it was on.

    A parse allocates tens of thousands of small objects that live until it ends
    (lines, segments, tokens, spans); the collector's passes over them find next to
    nothing, yet cost about 5 % of the parse time. Reference counting frees them; the
    few reference cycles a parse leaves (inside Lark) wait for the collector's next
    run after it. Only the call that turned the collector off turns it back on, so
    nested or concurrent parses leave it as they found it and a program that keeps it
    off keeps it off; a thread that turns it off *during* another thread's parse sees
    it turned back on when that parse ends. (`timeit` pauses it for the same reason.)
    """
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        yield
    finally:
        if paused:
            gc.enable()


def run(text: str, *, strict: bool = False, source: str | None = None) -> Document:
    """Parse ``text``; see `vndocparse.parse`."""
    if not isinstance(text, str):
        raise TypeError(f"parse() takes str, not {type(text).__name__}")
    if source is not None and not isinstance(source, str):
        # The Document is built without validation: check the one field a caller gives
        # as a validated Document would (bytes are decoded; a Path or a number refused).
        source = _SOURCE.validate_python(source)
    with gc_paused():
        return _run(text, strict=strict, source=source)


_SOURCE: TypeAdapter[str | None] = TypeAdapter(str | None)


def _run(text: str, *, strict: bool, source: str | None) -> Document:
    lines = normalise(text)
    tokens = classify(rebuild(lines))
    layout = Layout(tokens)
    stream = layout.stream
    tree, skipped = parse_tree(stream)
    fields: Fields = DocumentTransformer(stream).transform(tree)
    skipped_tokens = [stream[i] for i in skipped]

    _issuer_named_by_enactment(fields)
    blocks = paragraphs_of(fields.body)
    directives = build_directives(blocks)
    # (Under a mass organisation's heading the family stays null: its numbers look like
    # the Party's, its documents are neither state nor Party.)
    family = fields.family or (None if fields.org_heading else _family_from_number(fields))
    doc_type = _doc_type(fields, family)
    references = _references(fields, [t for b in blocks for t in b.tokens], _footnotes(stream))

    header_lines = [t.line for t in stream if t.kind in _HEADER_KINDS]
    expected_at = max(header_lines) if header_lines else 1
    diagnostics = _diagnostics(fields, skipped_tokens, bool(text.strip()), expected_at, layout.only_trailer)
    if strict:
        _raise_first(diagnostics, source, bool(text.strip()))

    # Built without validation, like every model inside it: the property tests validate
    # the dump of many generated documents instead, so the parser's output is checked
    # there and not paid for on every parse.
    doc = trusted(
        Document,
        {
            "family": family,
            "doc_type": doc_type,
            "issuer": fields.issuer,
            "number": fields.number,
            "place": fields.place,
            "date": fields.date,
            "subject": fields.subject,
            "recipients": tuple(fields.recipients),
            "directives": tuple(directives),
            "signatory": fields.signatory,
            "distribution": tuple(fields.distribution),
            "urgency": fields.urgency,
            "secrecy": fields.secrecy,
            "references": tuple(references),
            "copy": _copy(layout),
            "appendices": tuple(layout.trailer.appendices) if layout.trailer else (),
            "title": fields.title,
            "paragraphs": to_paragraphs(blocks),
            "spans": dict(fields.spans),
            "parts": attribute(lines, layout.all, set(map(id, skipped_tokens))),
            "diagnostics": tuple(diagnostics),
            "source": source,
            "line_count": len(lines),
        },
    )
    object.__setattr__(
        doc, "__pydantic_private__", {"_source_lines": tuple(line.raw for line in lines), "_source_format": None}
    )
    return doc


# Where a missing header part is reported: the last line of these.
_HEADER_KINDS = frozenset({
    L.ISSUER_LINE, K.NUMBER, *K.HEADINGS, K.DATE_LINE, K.ASTERISK, K.MARK, K.TITLE, L.TITLE_LINE, K.SUBJECT, L.SUBJECT_LINE,
})


def _issuer_named_by_enactment(f: Fields) -> None:
    """The line naming who enacts the document, under its title, reads the header's
    issuer lines as one name ("HỘI ĐỒNG THẨM PHÁN TÒA ÁN NHÂN DÂN TỐI CAO" over "HỘI
    ĐỒNG THẨM PHÁN" / "TÒA ÁN NHÂN DÂN TỐI CAO"): then they are one body, no parent."""
    issuer = f.issuer
    if issuer is None or issuer.parent is None or not f.body or f.title is None:
        return
    first = f.body[0]
    whole = " ".join(fold(f"{issuer.parent} {issuer.name}").split())
    if first.kind == K.CAPS and " ".join(first.folded.split()) == whole:
        f.issuer = trusted(Issuer, {"name": f"{issuer.parent} {issuer.name}", "parent": None, "span": issuer.span})


def _copy(layout: Layout) -> Copy | None:
    """The copy block after the signature, or a copy mark stamped above the header."""
    if layout.trailer is not None and layout.trailer.copy is not None:
        return layout.trailer.copy
    if layout.top_copy:
        mark = layout.top_copy[0]
        kind = copy_kind(mark.folded) or "sao_y"
        fields = {"issuer": None, "number": None, "place": None, "date": None, "signatory": None}
        return trusted(Copy, {"kind": kind, **fields, "span": span(mark.line, mark.end_line)})
    return None


def _family_from_number(f: Fields) -> str | None:
    """The family the number's shape shows (`tables.numbering.number_family`); a number
    with "-" and no "/" is state: a Party number always has "/" after its type code."""
    if f.number is None:
        return None
    value = f.number.value
    rest = value.lstrip("0123456789")
    return number_family(value) or ("state" if "/" not in rest and "-" in rest else None)


def _doc_type(f: Fields, family: str | None) -> str | None:
    """From the title; a V/v letter without title is a công văn; else the number's code."""
    if f.title_code:
        return f.title_code
    if f.title:
        return "other"
    from_number = type_from_symbol(f.number.symbol if f.number else None, family)
    if f.subject_is_vv:
        # "V/v" marks a công văn; "Về việc" also heads the trích yếu of named types, so
        # there the number's type code decides when it has one.
        written_out = (f.subject or "").lower().startswith("về việc")
        return from_number if written_out and from_number else "cong_van"
    if from_number:
        return from_number
    if f.has_kinh_gui:
        return "cong_van"
    return None


def _number_line_alone(tok: Token) -> bool:
    """"Số 15-HD/TU" alone on its line (capitalised, the label and its number only)."""
    return tok.text[:1] == "S" and len(tok.text.split()) <= 3 and K.is_number_line(tok.seg)


_FOOTNOTE = regex.compile(r"^(\d{1,2})\s+\S")
# (Found from the end: the number's own part is what comes before the marker.)
_MARKER_GLUED = regex.compile(r"(?<=\p{Lu})\d{1,2}$")


def _footnotes(stream: list[Token]) -> dict[str, str]:
    """The footnotes after the signature ("1 Công văn số ..."), by their number, text
    with spaces removed (what a footnote marker glued to a cited number points at)."""
    out: dict[str, str] = {}
    for tok in stream:
        if tok.kind == L.ANNEX_LINE:
            m = _FOOTNOTE.match(tok.text)
            if m:
                out.setdefault(m.group(1), "".join(tok.text.split()))
    return out


def _unmarked(number: str, footnotes: dict[str, str]) -> str:
    """``"1925/STC-HTDN1"`` → ``"1925/STC-HTDN"`` when footnote 1 cites "1925/STC-HTDN":
    a footnote marker the extraction glued to the number it stands after."""
    m = _MARKER_GLUED.search(number) if footnotes else None
    if m is not None:
        marker, own = m.group(), number[: m.start()]
        if marker in footnotes and own in footnotes[marker]:
            return own
    return number


def _references(f: Fields, body: list[Token], footnotes: dict[str, str] | None = None) -> list[Reference]:
    # Each distinct spelling once, as written (corpus/ANNOTATION.md: "45/NĐ-CP" and an
    # OCR'd "45/ND-CP" are two entries); the document's own number in any case is none.
    own = f.number.value.upper() if f.number else None
    seen: set[str] = set()
    out: list[Reference] = []
    # (A number line standing alone in the body, "Số 15-HD/TU", is a guide's example of
    # one, not a citation: a citation stands in a sentence. A wrapped sentence's line
    # "số 219/2013/TT-BTC ngày ..." is no such line.)
    sources: list[Token] = [*f.subject_tokens, *(t for t in body if not _number_line_alone(t))]
    # Join wrapped lines of a paragraph so a number cut at a line end is still found.
    texts = [tok.text for tok in sources]
    text = " ".join(texts)
    starts: list[int] | None = None  # where each token's text starts in ``text``
    for number, date, offset in find_references(text):
        number = _unmarked(number, footnotes or {})
        if number in seen or number.upper() == own:
            continue
        seen.add(number)
        if starts is None:
            starts = [0, *itertools.accumulate(len(t) + 1 for t in texts)]
        at = bisect.bisect_right(starts, offset) - 1
        line = sources[at].line if 0 <= at < len(sources) else 1
        out.append(trusted(Reference, {"number": number, "date": date, "span": span(line, line)}))
    return out


def _diagnostics(
    f: Fields, skipped: list[Token], has_lines: bool, expected_at: int, only_trailer: bool = False
) -> list[ParseDiagnostic]:
    """What is missing or out of place. A missing header part is reported at the last
    line of the header (where it was expected), or at line 1 when there is no header.
    A file that holds only an annex or a copy block lacks no part of its own."""
    out: list[ParseDiagnostic] = []
    at = SourceSpan(start_line=expected_at, end_line=expected_at)
    if not has_lines:
        out.append(ParseDiagnostic(code="P000", message="the input holds no text", severity="error"))
        return out
    if only_trailer:
        out.append(
            ParseDiagnostic(
                code="P030",
                message="the input holds only an annex (phụ lục) or a copy block (bản sao), not a whole document",
                severity="info",
            )
        )
        return out
    if f.issuer is None:
        out.append(ParseDiagnostic(code="P001", message="no issuing body (cơ quan ban hành) recognised in the header", span=at))
    if f.number is None:
        out.append(ParseDiagnostic(code="P002", message="no number line (Số ...) recognised in the header", span=at))
    if f.date_token is None:
        out.append(ParseDiagnostic(code="P003", message="no date line (<place>, ngày ... tháng ... năm ...) recognised", span=at))
    elif f.date is None:
        out.append(
            ParseDiagnostic(
                code="P004",
                message=f"date line not readable as a calendar date: {f.date_token.text!r}",
                span=SourceSpan(start_line=f.date_token.line, end_line=f.date_token.line),
            )
        )
    if f.signatory is None:
        out.append(ParseDiagnostic(code="P005", message="no signature block (quyền hạn, chức vụ, họ tên) recognised"))
    if f.family is None:
        out.append(ParseDiagnostic(code="P006", message="neither the national title nor the Party heading found", severity="info"))
    for tok in skipped:
        out.append(
            ParseDiagnostic(
                code="P010",
                message=f"line out of its layout place ({tok.kind}): {tok.text[:60]!r}",
                span=SourceSpan(start_line=tok.line, end_line=tok.line),
            )
        )
    return out


_STRICT: dict[str, type[ParseError]] = {
    "P001": MissingIssuerError,
    "P002": MissingDocumentNumberError,
    "P003": MalformedIssueDateError,
    "P004": MalformedIssueDateError,
    "P005": MissingSignatureError,
}


def _raise_first(diagnostics: list[ParseDiagnostic], source: str | None, has_text: bool) -> None:
    if not has_text:
        raise EmptyDocumentError("the input holds no text", line=1, source=source)
    for d in diagnostics:
        exc = _STRICT.get(d.code)
        if exc is not None:
            line = d.span.start_line if d.span else 1
            raise exc(d.message, line=line, source=source)


