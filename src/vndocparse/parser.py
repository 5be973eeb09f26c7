"""Grammar stage: the layout token stream → a Lark parse tree.

Tokens are fed one by one to Lark's interactive LALR parser. A token the grammar does
not accept at its place is set aside (and reported as unrecognised by the caller)
instead of failing the whole document: real documents break the layout, and the parser
must still return what it recognised.
"""

from __future__ import annotations

from lark import Token as LarkToken
from lark import Tree
from lark.exceptions import UnexpectedInput

from vndocparse._grammar import layout_parser
from vndocparse.classify import Token


def to_lark(idx: int, tok: Token) -> LarkToken:
    """The Lark token of a layout token; ``start_pos`` is its index in the stream."""
    line = tok.line
    return LarkToken(
        tok.kind,
        tok.text,
        start_pos=idx,
        line=line,
        column=tok.seg.start + 1,
        end_line=line,
        end_column=tok.seg.end + 1,
        end_pos=idx + 1,
    )


def parse_tree(stream: list[Token]) -> tuple[Tree[LarkToken], list[int]]:
    """Parse the stream; return the tree and the indices of tokens that were set aside."""
    parser = layout_parser()
    ip = parser.parse_interactive(iter(()))
    skipped: list[int] = []
    for idx, tok in enumerate(stream):
        snapshot = ip.copy()
        try:
            ip.feed_token(to_lark(idx, tok))
        except UnexpectedInput:
            ip = snapshot
            skipped.append(idx)
    tree = ip.feed_eof()
    return tree, skipped
