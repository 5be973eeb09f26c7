"""The body (ô 6): paragraphs from wrapped lines, and the tree of numbered items.

Levels, outermost first, follow ND30 PL I §II.5 and common plan layouts: Phần,
Chương, Mục, Điều; then A. B.; I. II. (also "I-"); 1. 2. (also "1-", "1)"); 1.1.;
a) b) (and "a."). The outermost items present become `Document.directives`.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import regex

from vndocparse import classify as K
from vndocparse.classify import Token
from vndocparse.models import Directive, Paragraph, SourceSpan, span, trusted
from vndocparse.text import fold, squash

_TERMINAL = (".", ":", ";", "!", "?", "./.", "”", '"')


@dataclass
class Block:
    """One paragraph: its tokens, and the numbering label if it opens with one."""

    tokens: list[Token]
    label: str | None = None
    rank: float = 99  # the nesting level (`rank_of`, or moved under a section)
    level: int = 99  # the label's own `rank_of`
    _text: str | None = None

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = squash(" ".join([t.text for t in self.tokens]))
        return self._text

    @property
    def content(self) -> str:
        first = self.tokens[0]
        rest = [first.text[first.body_start :], *(t.text for t in self.tokens[1:])]
        return squash(" ".join(rest))

    @property
    def span(self) -> SourceSpan:
        return span(self.tokens[0].line, self.tokens[-1].end_line)


def rank_of(label: str) -> int:
    """Nesting level of a label: lower is outer."""
    f = fold(label)
    if f.startswith("phan"):
        return 0
    if f.startswith("chuong"):
        return 1
    if f.startswith(("muc", "tieu muc")):
        return 2
    if f.startswith("dieu"):
        return 3
    if len(label) == 1 and label.isupper() and label not in "IVXL":
        return 4
    if label.isalpha() and label.isupper():
        return 5
    if label.replace(".", "").isdigit():
        return 6 + label.count(".")
    return 10  # a) b) points


def _continues(prev: Token, tok: Token) -> bool:
    kind = tok.kind
    if (kind != K.TEXT and kind != K.CAPS) or prev.kind == K.CLOSING:
        return False
    if kind == K.CAPS and prev.kind != K.CAPS:
        # A line in capitals after text opens a heading, unless it is a cited number
        # or code wrapped onto its own line ("... Thông tư số" / "96/2015/TT-BTC ngày"),
        # or the sentence's short end ("... thực hiện Luật" / "KH&CN 2013.").
        return (
            not tok.blank_before
            and not prev.text.rstrip().endswith(_TERMINAL)
            and (_holds_code(tok.text) or (tok.text.rstrip().endswith((".", ";", ",")) and len(tok.text.split()) <= 3))
        )
    p = prev.text.rstrip()
    if not tok.blank_before:
        return not p.endswith(_TERMINAL) or tok.text[:1].islower()
    return not p.endswith(_TERMINAL) and tok.text[:1].islower()


# A number or code opening the line: a first word with a digit and a "/" or "-" inside
# ("96/2015/TT-BTC"), not a span of years ("2025-2030" closes a heading).
_CODE = regex.compile(r"^(?!\d{4}-\d{4}\b)(?=\S*\d)\S*\S[/-]\S")


def _holds_code(text: str) -> bool:
    """A number or code, not a heading's words ("NĂM 2025 PHƯƠNG HƯỚNG", "PHẦN I - ...")."""
    return _CODE.search(text) is not None


def _wrapped_number(prev: Token, tok: Token) -> bool:
    """"6. ..." at the start of a hard-wrapped line inside a sentence is not an item."""
    return (
        tok.kind == K.NUMBERED
        and not tok.blank_before
        and prev.kind == K.TEXT
        and not prev.text.rstrip().endswith(_TERMINAL)
        and len(prev.text) >= 40  # (a wrapped sentence's line runs wide; "Họ và tên" is a line of its own)
        and any(ch.isalpha() for ch in prev.text)  # (figures alone are a table's cell, not a sentence)
        and rank_of(tok.label or "") > 3  # Phần, Chương, Mục, Điều stand on their own
    )


def paragraphs_of(tokens: list[Token]) -> list[Block]:
    """Group body tokens into paragraphs (wrapped lines joined)."""
    blocks: list[Block] = []
    prev: Token | None = None  # the last token of the last block
    current: list[Token] = []  # the last block's tokens
    prev_is_cell = False  # ``prev`` shares its line with a token before it: a table's cell
    for tok in tokens:
        if prev is not None and (_continues(prev, tok) or (not prev_is_cell and _wrapped_number(prev, tok))):
            current.append(tok)
        else:
            current = [tok]
            block = Block(current)
            if tok.kind == K.NUMBERED and tok.label:
                block.label = tok.label
                block.rank = block.level = rank_of(tok.label)
            blocks.append(block)
        prev_is_cell = prev is not None and prev.line == tok.line
        prev = tok
    return blocks


@dataclass
class _Node:
    block: Block
    extra: list[Block] = field(default_factory=list)
    children: list[_Node] = field(default_factory=list)

    def to_model(self) -> Directive:
        """The item; its span covers its own text and its children, nothing more."""
        text = self.block.content
        last = self.block.tokens[-1].end_line
        if (not text or self.block.level <= _ARTICLE) and not self.children and self.extra:
            text = squash(" ".join([text, *(b.text for b in self.extra)]))
            last = max(last, self.extra[-1].tokens[-1].end_line)
        children = tuple(c.to_model() for c in self.children)
        if children and children[-1].span is not None:
            last = max(last, children[-1].span.end_line)
        return trusted(
            Directive,
            {
                "label": self.block.label or "",
                "text": text,
                "children": children,
                "span": span(self.block.tokens[0].line, last),
            },
        )


def _sections_above_articles(numbered: list[Block]) -> None:
    """Sections lettered or in Roman numerals ("A-", "I-") that open before the first
    article ("Điều 1.") hold the articles (a Party regulation's "I- QUY ĐỊNH CHUNG" /
    "Điều 1."): the articles rank just below them. Elsewhere articles are outer."""
    first_article = next((k for k, b in enumerate(numbered) if b.rank == _ARTICLE), None)
    if not first_article:
        return
    sections = {b.rank for b in numbered[:first_article] if b.rank in _SECTION_RANKS}
    if not sections:
        return
    below = max(sections) + 0.5
    for b in numbered:
        if b.rank == _ARTICLE:
            b.rank = below


_ARTICLE = 3  # rank_of("Điều 1")
_SECTION_RANKS = frozenset({4, 5})  # rank_of("A"), rank_of("I")


_OPEN_QUOTES = "“«"
_CLOSE_QUOTES = "”»"
_OPENING_CHARS = frozenset(_OPEN_QUOTES + '"')  # what a line opening a quotation starts with
#: The most lines a quotation may run with no closing quote seen (OCR loses them).
MAX_QUOTE_LINES = 150


def _unquote(blocks: list[Block]) -> None:
    """Numbered items inside a quotation are the quoted text's ("Luật ... quy định:
    “Điều 2. ... 6. Vi phạm hành chính nhiều lần ...”"), not the document's own: a
    quotation opens at a line that starts with an opening quote left unclosed on it,
    and ends at the line where the closing quote comes (or `MAX_QUOTE_LINES` later)."""
    opened_at: int | None = None
    for b in blocks:
        for tok in b.tokens:
            if opened_at is None and tok.text.lstrip()[:1] not in _OPENING_CHARS:
                continue  # (the common case: no quotation open, none opening here)
            text = tok.text.strip()
            opens = sum(text.count(q) for q in _OPEN_QUOTES)
            closes = sum(text.count(q) for q in _CLOSE_QUOTES)
            straight = text.count('"')
            if opened_at is not None and tok.line - opened_at > MAX_QUOTE_LINES:
                opened_at = None
            if opened_at is None:
                starts = text[:1] in _OPEN_QUOTES or (text[:1] == '"' and straight % 2 == 1)
                if starts and (opens > closes or straight % 2 == 1):
                    opened_at = tok.line
                    if tok is b.tokens[0] and b.label:
                        b.label = None
                continue
            if tok is b.tokens[0] and b.label:
                b.label = None  # an item of the quoted text
            if closes > opens or (straight % 2 == 1 and text.rstrip(".,;:)")[-1:] == '"'):
                opened_at = None


def build_directives(blocks: list[Block]) -> list[Directive]:
    """The numbered items as a tree; returns the outermost level present."""
    _unquote(blocks)
    numbered = [b for b in blocks if b.label]
    if not numbered:
        return []
    _sections_above_articles(numbered)
    roots: list[_Node] = []
    stack: list[_Node] = []
    top_rank = min(b.rank for b in numbered)
    for b in blocks:
        if b.label is None:
            if stack:
                stack[-1].extra.append(b)
            continue
        node = _Node(b)
        while stack and stack[-1].block.rank >= b.rank:
            stack.pop()
        if stack:
            stack[-1].children.append(node)
        elif b.rank == top_rank:
            roots.append(node)
        else:
            continue  # an inner item before the first outer one: not a directive
        stack.append(node)
    # A lone item, or points a) b) with nothing above them, are quoted text rather than
    # the document's own numbered directives.
    if len(roots) < 2 or top_rank >= 10:
        return []
    return [r.to_model() for r in roots]


def to_paragraphs(blocks: list[Block]) -> tuple[Paragraph, ...]:
    """The body's paragraphs as models, in order."""
    return tuple(trusted(Paragraph, {"text": b.text, "span": b.span}) for b in blocks)
