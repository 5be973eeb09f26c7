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
    """Parse the stream; return the tree and the indices of tokens that were set aside.

    Whether a token fits is read off the LALR action table of the current state, so a
    misplaced token costs nothing. In the rare LALR case where a token passes that test
    but fails after reductions, the parser is rebuilt from the tokens accepted so far.
    """
    parser = layout_parser()
    ip = parser.parse_interactive(iter(()))
    skipped: list[int] = []
    accepted: list[LarkToken] = []
    for idx, tok in enumerate(stream):
        lt = to_lark(idx, tok)
        state = ip.parser_state
        if lt.type not in state.parse_conf.states[state.position]:
            skipped.append(idx)
            continue
        try:
            ip.feed_token(lt)
        except UnexpectedInput:  # pragma: no cover - needs an LALR lookahead merge
            skipped.append(idx)
            ip = parser.parse_interactive(iter(()))
            for done in accepted:
                ip.feed_token(done)
            continue
        accepted.append(lt)
    tree: Tree[LarkToken] = ip.feed_eof()  # type: ignore[no-untyped-call]
    return tree, skipped
