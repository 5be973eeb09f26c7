"""Grammar stage: the layout token stream → a Lark parse tree.

Tokens are fed one by one to Lark's interactive LALR parser (a run of body or annex
lines as one token, see `RUN_GROUPS`). A token the grammar does not accept at its place
is set aside (and reported as unrecognised by the caller) instead of failing the whole
document: real documents break the layout, and the parser must still return what it
recognised.
"""

from __future__ import annotations

from lark import Token as LarkToken
from lark import Tree
from lark.exceptions import UnexpectedInput

from vndocparse import classify as K
from vndocparse import layout as L
from vndocparse._grammar import layout_parser
from vndocparse.classify import Token

#: The terminals of ``body: _body_line*`` in ``letter.lark``. They occur in no other
#: rule, so once one of them is accepted every following one is too: a run of them is
#: fed to the parser as its first token, which stands for the whole run (see `to_lark`).
#: A test checks this against the grammar.
BODY_RUN_KINDS = frozenset({K.CAN_CU, K.ENACT, K.NUMBERED, K.BULLET, K.CAPS, K.TEXT, K.CLOSING})
#: Each group of kinds that only one repeated rule takes (``body: _body_line*``,
#: ``annex: _trailer_line+``): a run of tokens of one group is fed as its first token.
RUN_GROUPS: tuple[frozenset[str], ...] = (BODY_RUN_KINDS, frozenset({L.ANNEX_LINE, L.COPY_LINE}))
_GROUP_OF: dict[str, int] = {kind: i for i, group in enumerate(RUN_GROUPS) for kind in group}


def to_lark(idx: int, tok: Token, end: int | None = None) -> LarkToken:
    """The Lark token of layout tokens ``stream[idx:end]`` (one token unless ``end`` is
    given): ``start_pos`` and ``end_pos`` are indices in the stream, not characters."""
    seg = tok.seg
    line = seg.line.number
    # (Positional: Lark's Token.__new__ takes keyword arguments through a slower path.)
    # type, value, start_pos, line, column, end_line, end_column, end_pos
    return LarkToken(tok.kind, seg.text, idx, line, seg.start + 1, line, seg.end + 1, idx + 1 if end is None else end)


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
    group_of = _GROUP_OF
    n = len(stream)
    idx = 0
    while idx < n:
        tok = stream[idx]
        end = idx + 1
        group = group_of.get(tok.kind)
        if group is not None:
            while end < n and group_of.get(stream[end].kind) == group:
                end += 1
        lt = to_lark(idx, tok, end)
        state = ip.parser_state
        if lt.type not in state.parse_conf.states[state.position]:
            skipped.append(idx)
            idx += 1  # a run is never refused whole: only its first token is
            continue
        try:
            ip.feed_token(lt)
        except UnexpectedInput:  # pragma: no cover - needs an LALR lookahead merge
            skipped.append(idx)
            ip = parser.parse_interactive(iter(()))
            for done in accepted:
                ip.feed_token(done)
            idx += 1
            continue
        accepted.append(lt)
        idx = end
    tree: Tree[LarkToken] = ip.feed_eof()  # type: ignore[no-untyped-call]
    return tree, skipped
