"""Transform stage: the layout parse tree → the fields of `Document`.

`DocumentTransformer` has one method per public rule of ``grammars/letter.lark``.
Leaves are Lark tokens whose ``start_pos`` indexes the layout token stream, so every
field keeps the lines it came from.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from lark import Token as LarkToken
from lark import Transformer, Tree

from vndocparse import classify as K
from vndocparse import layout as L
from vndocparse.classify import Token, mark_value
from vndocparse.directives import build_directives, paragraphs_of
from vndocparse.field_models import number_of, signatory_of
from vndocparse.fields import (
    after_label,
    drop_ocr_vv,
    list_item,
    parse_date_line,
    split_flat_list,
    split_title,
    title_type,
)
from vndocparse.models import (
    DocumentNumber,
    Issuer,
    Signatory,
    SourceSpan,
    span,
)
from vndocparse.signature import (
    plausible_title,
    split_issuer,
    split_leading_title,
)
from vndocparse.text import squash


def span_of(tokens: list[Token]) -> SourceSpan:
    """The lines the tokens stand on, first to last."""
    return span(min(t.line for t in tokens), max(t.end_line for t in tokens))


@dataclass
class Fields:
    """What the transformer found; `pipeline` turns it into a `Document`."""

    family: str | None = None
    issuer: Issuer | None = None
    number: DocumentNumber | None = None
    place: str | None = None
    date: str | None = None
    title: str | None = None
    title_code: str | None = None
    subject: str | None = None
    subject_is_vv: bool = False
    recipients: list[str] = field(default_factory=list)
    signatory: Signatory | None = None
    distribution: list[str] = field(default_factory=list)
    urgency: str | None = None
    secrecy: str | None = None
    spans: dict[str, SourceSpan] = field(default_factory=dict)
    body: list[Token] = field(default_factory=list)
    subject_tokens: list[Token] = field(default_factory=list)
    has_kinh_gui: bool = False
    org_heading: bool = False  # a mass organisation's heading: no family
    date_token: Token | None = None


class DocumentTransformer(Transformer[LarkToken, Fields]):
    """Tree of ``letter.lark`` → `Fields`."""

    def __init__(self, stream: list[Token]) -> None:
        super().__init__(visit_tokens=False)
        self.stream = stream
        self.f = Fields()

    def transform(self, tree: Tree[LarkToken]) -> Fields:
        """Call each rule's method with its children, bottom-up and left to right, as
        `lark.Transformer.transform` does, without building a new tree: the methods
        read only their own tokens and record what they find in `Fields`."""
        self._visit(tree)
        return self.f

    def _visit(self, tree: Tree[LarkToken]) -> None:
        for child in tree.children:
            if isinstance(child, Tree):
                self._visit(child)
        name = str(tree.data)
        if name in _RULE_METHODS:
            getattr(self, name)(tree.children)

    def _extend(self, key: str, toks: list[Token]) -> None:
        """Widen the span of a list field to take in more of its lines."""
        if not toks:
            return
        new = span_of(toks)
        old = self.f.spans.get(key)
        if old is not None:
            new = span(min(old.start_line, new.start_line), max(old.end_line, new.end_line))
        self.f.spans[key] = new

    def _toks(self, children: list[Any]) -> list[Token]:
        # A Lark token stands for stream[start_pos:end_pos]: one token, or a run of body
        # lines (parser.to_lark).
        stream = self.stream
        out: list[Token] = []
        for c in children:
            if isinstance(c, LarkToken):
                start = int(c.start_pos or 0)
                end = int(c.end_pos or start + 1)
                if end == start + 1:
                    out.append(stream[start])
                else:
                    out.extend(stream[start:end])
        return out

    # -- header --------------------------------------------------------------------------
    def issuer(self, children: list[Any]) -> None:
        toks = self._toks(children)
        name, parent = split_issuer([t.text for t in toks])
        if name:
            self.f.issuer = Issuer(name=name, parent=parent, span=span_of(toks))

    def number(self, children: list[Any]) -> None:
        (tok,) = self._toks(children)
        number = number_of(tok)
        if number is not None:
            self.f.number = number

    def mark(self, children: list[Any]) -> None:
        (tok,) = self._toks(children)
        found = mark_value(tok.folded)
        if found:
            which, value = found
            setattr(self.f, which, value)
            self.f.spans[which] = span_of([tok])

    def subject(self, children: list[Any]) -> None:
        toks = self._toks(children)
        text = squash(" ".join(t.text for t in toks))
        if toks[0].kind == K.SUBJECT:
            text = drop_ocr_vv(text)
        self.f.subject = text
        self.f.subject_is_vv = toks[0].kind == K.SUBJECT
        self.f.subject_tokens = toks
        self.f.spans["subject"] = span_of(toks)

    def national(self, children: list[Any]) -> None:
        self.f.family = self.f.family or "state"
        self.f.spans["family"] = span_of(self._toks(children))

    def org_heading(self, children: list[Any]) -> None:
        self.f.org_heading = True
        self.f.spans["family"] = span_of(self._toks(children))

    def party_heading(self, children: list[Any]) -> None:
        self.f.family = "party"
        self.f.spans["family"] = span_of(self._toks(children))

    def date_line(self, children: list[Any]) -> None:
        (tok,) = self._toks(children)
        place, date = parse_date_line(tok.joined or tok.text)
        self.f.place, self.f.date = place, date
        self.f.date_token = tok
        self.f.spans["place"] = self.f.spans["date"] = span_of([tok])

    def title_block(self, children: list[Any]) -> None:
        toks = self._toks(children)
        head = toks[0]
        name, inline = split_title(head.text)
        self.f.title = squash(name)
        self.f.title_code = title_type(head.text)
        self.f.spans["title"] = span_of([head])
        # (The author's or meeting's lines belong to the title: the subject is under them.)
        subject = [t for t in toks[1:] if t.kind != L.TITLE_BYLINE]
        lines = ([inline] if inline else []) + [t.text for t in subject]
        if lines and not self.f.subject_is_vv:
            self.f.subject = squash(" ".join(lines))
            self.f.subject_tokens = [head, *subject] if inline else subject
            self.f.spans["subject"] = span_of(self.f.subject_tokens)

    # -- addressees ----------------------------------------------------------------------
    def addressees(self, children: list[Any]) -> None:
        toks = self._toks(children)  # the label's line and the lines that carry its list on
        self.f.has_kinh_gui = True
        if toks:
            inline = after_label(" ".join(t.text for t in toks))
            if inline:
                items = [list_item(p) for p in split_flat_list(inline)]
                self.f.recipients[0:0] = [i for i in items if i]
        self._extend("recipients", toks)

    def recipient(self, children: list[Any]) -> None:
        toks = self._toks(children)
        for piece in split_flat_list(" ".join(t.text for t in toks)):
            item = list_item(piece)
            if item:
                self.f.recipients.append(item)
        self._extend("recipients", toks)

    # -- body ----------------------------------------------------------------------------
    def body(self, children: list[Any]) -> None:
        self.f.body = self._toks(children)

    # -- footer --------------------------------------------------------------------------
    def distribution(self, children: list[Any]) -> None:
        toks = self._toks(children)
        self._extend("distribution", toks)

    def dist_entry(self, children: list[Any]) -> None:
        toks = self._toks(children)
        text = " ".join([t.text for t in toks])
        # Entries written on the label's line without bullets: "Như trên; Lưu VT."
        pieces = split_flat_list(text) if text[:1] in "-+•–" else [p for p in text.split(";") if p.strip()]
        for piece in pieces:
            item = list_item(piece)
            if item:
                self.f.distribution.append(item)
        self._extend("distribution", toks)

    def signature(self, children: list[Any]) -> None:
        toks = self._toks(children)
        authority = [t.text for t in toks if t.kind == K.AUTHORITY]
        positions = [t.text for t in toks if t.kind == L.POSITION and plausible_title(t.text)]
        names: list[str] = []
        for t in toks:
            if t.kind == L.SIGNER_NAME:
                title, signer = split_leading_title(t.text)
                if title:
                    positions.append(title)
                names.append(signer)
        self.f.signatory = signatory_of(authority, positions, names[0] if names else None, span_of(toks))

    def start(self, children: list[Any]) -> Fields:
        return self.f


#: The methods named after rules of the grammar (everything public but `transform`).
_RULE_METHODS = frozenset(
    name
    for name, value in vars(DocumentTransformer).items()
    if callable(value) and not name.startswith("_") and name != "transform"
)

__all__ = ["DocumentTransformer", "Fields", "build_directives", "paragraphs_of", "span_of"]
