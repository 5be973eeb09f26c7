"""The layout grammar ``grammars/letter.lark``: conflict-free, and the trees it builds.

The grammar is loaded here with ``strict=True`` (LALR conflicts and terminal collisions
are errors; needs ``interegular``) and the same custom lexer class as
`vndocparse._grammar.layout_parser`, whose cached instance is left alone.
"""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest
from lark import Lark, Token, Tree
from lark.exceptions import GrammarError, UnexpectedInput

from vndocparse import _grammar
from vndocparse import classify as K
from vndocparse import layout as L
from vndocparse._grammar import LAYOUT_GRAMMAR, TokenStreamLexer, grammar_dir
from vndocparse.errors import GrammarNotFoundError, VndocparseError
from vndocparse.transform import DocumentTransformer

pytest.importorskip("interegular", reason="Lark strict mode needs interegular (in the test extra)")


def _lark(source: str) -> Lark:
    return Lark(
        source,
        parser="lalr",
        lexer=TokenStreamLexer,
        propagate_positions=True,
        maybe_placeholders=False,
        strict=True,
    )


@pytest.fixture(scope="module")
def parser() -> Lark:
    return _lark((grammar_dir() / LAYOUT_GRAMMAR).read_text(encoding="utf-8"))


def toks(*kinds: str) -> list[Token]:
    """One line token per kind, on lines 1, 2, ...; ``start_pos`` is the stream index."""
    return [
        Token(kind, f"{kind.lower()} {i}", start_pos=i, line=i + 1, column=1, end_line=i + 1, end_column=2)
        for i, kind in enumerate(kinds)
    ]


def rules(tree: Tree[Token]) -> list[str]:
    """Rule names of the tree in pre-order (tokens left out)."""
    return [str(t.data) for t in tree.iter_subtrees_topdown()]


def terminals_under(tree: Tree[Token], rule: str) -> list[list[str]]:
    """For each subtree named ``rule`` (pre-order), the types of the tokens inside it."""
    return [[tok.type for tok in sub.scan_values(lambda v: isinstance(v, Token))] for sub in tree.find_data(rule)]


# -- loading ---------------------------------------------------------------------------------
def test_grammar_loads_strict(parser: Lark) -> None:
    assert isinstance(parser, Lark)


def test_strict_mode_catches_a_conflict_with_this_lexer() -> None:
    """Sanity check of the check: a shift/reduce conflict is refused under strict=True."""
    with pytest.raises(GrammarError):
        _lark("%declare TEXT\nstart: a TEXT?\na: TEXT*\n")


def test_declared_terminals_are_token_kinds(parser: Lark) -> None:
    """Every terminal of the grammar is a kind the classifier or the layout pass produces."""
    kinds = {v for m in (K, L) for k, v in vars(m).items() if k.isupper() and isinstance(v, str) and k == v}
    used = {s.name for r in parser.rules for s in r.expansion if s.is_term}
    assert used, "no terminals found"
    assert used <= kinds, f"terminals no stage produces: {sorted(used - kinds)}"
    furniture = used & L.FURNITURE
    assert not furniture, f"page furniture must not reach the grammar: {sorted(furniture)}"


def test_transformer_methods_are_rules(parser: Lark) -> None:
    """Each public method of DocumentTransformer names a rule (or alias) of the grammar."""
    names = {str(r.origin.name) for r in parser.rules} | {str(r.alias) for r in parser.rules if r.alias}
    from vndocparse.transform import _RULE_METHODS

    methods = {
        n
        for n, f in vars(DocumentTransformer).items()
        if inspect.isfunction(f) and not n.startswith("_") and n != "transform"  # the entry point
    }
    assert methods, "no transformer methods found"
    assert methods <= names, f"transformer methods without a rule: {sorted(methods - names)}"
    assert methods == _RULE_METHODS


# -- trees -----------------------------------------------------------------------------------
def test_state_decision(parser: Lark) -> None:
    tree = parser.parse(
        toks(
            "ISSUER_LINE", "ISSUER_LINE", "NUMBER", "MARK",
            "NATIONAL_TITLE", "MOTTO", "DATE_LINE",
            "TITLE", "TITLE_LINE",
            "CAN_CU", "ENACT", "NUMBERED", "TEXT", "NUMBERED", "CLOSING",
            "NOI_NHAN", "DIST_ITEM", "DIST_CONT", "DIST_ITEM",
            "AUTHORITY", "AUTHORITY", "POSITION", "SIGNED", "SIGNER_NAME",
        )
    )
    assert rules(tree) == [
        "start",
        "header", "left_column", "issuer", "number", "mark",
        "right_column", "national", "date_line",
        "title_block",
        "body",
        "footer", "distribution", "dist_entry", "dist_entry", "signature",
    ]
    assert terminals_under(tree, "issuer") == [["ISSUER_LINE", "ISSUER_LINE"]]
    assert terminals_under(tree, "title_block") == [["TITLE", "TITLE_LINE"]]
    assert terminals_under(tree, "dist_entry") == [["DIST_ITEM", "DIST_CONT"], ["DIST_ITEM"]]
    assert terminals_under(tree, "signature") == [["AUTHORITY", "AUTHORITY", "POSITION", "SIGNED", "SIGNER_NAME"]]
    assert terminals_under(tree, "body") == [["CAN_CU", "ENACT", "NUMBERED", "TEXT", "NUMBERED", "CLOSING"]]


def test_party_cong_van_signature_first(parser: Lark) -> None:
    tree = parser.parse(
        toks(
            "ISSUER_LINE", "ISSUER_LINE", "ASTERISK", "NUMBER", "SUBJECT", "SUBJECT_LINE", "HEADER_TEXT",
            "PARTY_HEADING", "DATE_LINE",
            "KINH_GUI", "RECIPIENT", "RECIPIENT_CONT", "RECIPIENT",
            "TEXT", "NUMBERED", "BULLET", "CAPS",
            "AUTHORITY", "POSITION", "SIGNER_NAME",
            "NOI_NHAN", "DIST_ITEM",
            "ANNEX_LINE", "ANNEX_LINE",
        )
    )
    assert rules(tree) == [
        "start",
        "header", "left_column", "issuer", "number", "subject", "header_text",
        "right_column", "party_heading", "date_line",
        "addressees", "recipient", "recipient",
        "body",
        "footer", "signature", "distribution", "dist_entry",
        "annex",
    ]
    assert terminals_under(tree, "left_column") == [
        ["ISSUER_LINE", "ISSUER_LINE", "ASTERISK", "NUMBER", "SUBJECT", "SUBJECT_LINE", "HEADER_TEXT"]
    ]
    assert terminals_under(tree, "recipient") == [["RECIPIENT", "RECIPIENT_CONT"], ["RECIPIENT"]]
    assert terminals_under(tree, "annex") == [["ANNEX_LINE", "ANNEX_LINE"]]


@pytest.mark.parametrize(
    ("kinds", "expected"),
    [
        (("NOI_NHAN", "DIST_ITEM", "AUTHORITY", "SIGNER_NAME"), ["footer", "distribution", "dist_entry", "signature"]),
        (("AUTHORITY", "SIGNER_NAME", "NOI_NHAN", "DIST_ITEM"), ["footer", "signature", "distribution", "dist_entry"]),
        (("POSITION", "SIGNER_NAME"), ["footer", "signature"]),
        (("NOI_NHAN",), ["footer", "distribution"]),
    ],
    ids=["distribution-first", "signature-first", "signature-only", "distribution-only"],
)
def test_footer_in_either_order(parser: Lark, kinds: tuple[str, ...], expected: list[str]) -> None:
    tree = parser.parse(toks("NUMBERED", *kinds))
    assert rules(tree) == ["start", "header", "left_column", "right_column", "body", *expected]


def test_subject_lines_without_vv_and_motto_alone(parser: Lark) -> None:
    tree = parser.parse(toks("ISSUER_LINE", "SUBJECT_LINE", "SUBJECT_LINE", "MOTTO", "DATE_LINE", "TEXT"))
    assert rules(tree) == ["start", "header", "left_column", "issuer", "subject", "right_column", "national", "date_line", "body"]
    assert terminals_under(tree, "subject") == [["SUBJECT_LINE", "SUBJECT_LINE"]]


def test_empty_stream_is_an_empty_document(parser: Lark) -> None:
    assert rules(parser.parse([])) == ["start", "header", "left_column", "right_column", "body"]


def test_positions_propagate(parser: Lark) -> None:
    tree = parser.parse(toks("ISSUER_LINE", "NUMBER", "DATE_LINE", "TEXT"))
    (number,) = tree.find_data("number")
    assert number.meta.line == 2 and number.meta.end_line == 2


@pytest.mark.parametrize(
    "kinds",
    [
        ("NUMBERED", "NUMBER"),  # a number line after the body has started
        ("TEXT", "KINH_GUI"),  # addressees after the body
        ("AUTHORITY", "TEXT"),  # body text after the signature
        ("NOI_NHAN", "DIST_ITEM", "NOI_NHAN"),  # a second distribution list
        ("DATE_LINE", "ISSUER_LINE"),  # the left column after the right one
        ("RECIPIENT",),  # a recipient without "Kính gửi"
    ],
)
def test_out_of_place_lines_are_rejected(parser: Lark, kinds: tuple[str, ...]) -> None:
    with pytest.raises(UnexpectedInput):
        parser.parse(toks(*kinds))


# -- locating the grammar --------------------------------------------------------------------
def test_grammar_dir_finds_the_file() -> None:
    assert (grammar_dir() / LAYOUT_GRAMMAR).is_file()


def test_env_variable_wins(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    (tmp_path / LAYOUT_GRAMMAR).write_text("// a copy\n", encoding="utf-8")
    monkeypatch.setenv("VNDOCPARSE_GRAMMARS", str(tmp_path))
    assert grammar_dir() == tmp_path


def test_missing_grammar_raises(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """``VNDOCPARSE_GRAMMARS`` names a directory without the file, and the fallbacks are gone."""
    empty = tmp_path / "no-grammars-here"
    empty.mkdir()
    monkeypatch.setenv("VNDOCPARSE_GRAMMARS", str(empty))
    # Hide the two fallbacks (package resource, repository checkout) for this call only.
    monkeypatch.setattr(_grammar.resources, "files", lambda _pkg: tmp_path / "pkg")
    monkeypatch.setattr(_grammar, "__file__", str(tmp_path / "a" / "b" / "c" / "_grammar.py"))
    with pytest.raises(GrammarNotFoundError) as info:
        grammar_dir()
    assert isinstance(info.value, VndocparseError)
    assert isinstance(info.value, FileNotFoundError)
    assert LAYOUT_GRAMMAR in str(info.value)
    assert str(empty) in str(info.value)


# -- runs of one group (parser.RUN_GROUPS) ---------------------------------------------------------
def _repeating_rule(parser: Lark, group: frozenset[str]) -> tuple[str, set[str]]:
    """The rule that repeats ``group``'s terminals — ``loop: unit | loop unit`` — and its
    units (the terminals, or the one rule whose alternatives they are)."""
    exps: dict[str, set[tuple[str, ...]]] = {}
    for r in parser.rules:
        exps.setdefault(r.origin.name, set()).add(tuple(s.name for s in r.expansion))
    users = {o for o, es in exps.items() for e in es if set(e) & group}
    assert len(users) == 1, f"{sorted(group)} appear in several rules: {sorted(users)}"
    (home,) = users
    units: set[str] = set(group)
    if exps[home] == {(t,) for t in group}:  # alternatives (_body_line): find what repeats it
        users = {o for o, es in exps.items() for e in es if home in e}
        assert len(users) == 1, users
        (loop,) = users
        units = {home}
    else:
        loop = home
    assert exps[loop] == {(u,) for u in units} | {(loop, u) for u in units}, exps[loop]
    return loop, units


def test_run_groups_are_each_taken_by_one_repeated_rule(parser: Lark) -> None:
    """`parse_tree` feeds a run of tokens of one group as one token. That is sound only
    while each group's terminals appear in a single rule that repeats them and nowhere
    else (``body: _body_line*``, ``annex: ANNEX_LINE+``)."""
    from vndocparse.parser import BODY_RUN_KINDS, RUN_GROUPS

    assert BODY_RUN_KINDS in RUN_GROUPS
    loops = [_repeating_rule(parser, group)[0] for group in RUN_GROUPS]
    assert len(set(loops)) == len(loops)


def test_run_group_check_refuses_a_terminal_used_elsewhere() -> None:
    """The check above fails for a grammar where a body kind also appears in the header."""
    grammar = "%declare TEXT NUMBER CAPS\nstart: head body\nhead: CAPS NUMBER\nbody: _line*\n_line: TEXT | NUMBER\n"
    with pytest.raises(AssertionError):
        _repeating_rule(_lark(grammar), frozenset({"TEXT", "NUMBER"}))


def test_body_runs_keep_every_token_in_order() -> None:
    """Runs fed as one token still give the transformer every body line, in order, and
    a body kind out of place (after the footer) is still set aside line by line."""
    from vndocparse.classify import Token as LayoutToken
    from vndocparse.normalize import Line
    from vndocparse.parser import parse_tree
    from vndocparse.segment import Segment

    kinds = [
        "ISSUER_LINE", "NUMBER", "NATIONAL_TITLE", "DATE_LINE",
        "CAN_CU", "ENACT", "NUMBERED", "TEXT", "TEXT", "BULLET", "CAPS", "CLOSING",
        "AUTHORITY", "SIGNER_NAME", "TEXT", "TEXT", "NOI_NHAN", "DIST_ITEM",
        "ANNEX_LINE", "ANNEX_LINE", "ANNEX_LINE",
    ]
    stream = []
    for i, kind in enumerate(kinds, start=1):
        text = f"{kind.lower()} {i}"
        line = Line(i, text, text, text, None)
        stream.append(LayoutToken(kind, Segment(line, 0, len(text), text, text, False)))
    tree, skipped = parse_tree(stream)
    fields = DocumentTransformer(stream).transform(tree)
    assert [t.line for t in fields.body] == list(range(5, 13))
    assert skipped == [14, 15]  # the two TEXT lines inside the signature block (the annex run is taken)
    assert [str(t.data) for t in tree.children] == ["header", "body", "footer", "annex"]


def test_transformer_walk_matches_lark_transformer(parser: Lark) -> None:
    """`DocumentTransformer.transform` walks the tree itself (no tree is rebuilt); it calls
    the same rule methods, in the same order, with the same tokens as Lark's
    `Transformer.transform`."""
    from lark import Transformer

    from vndocparse.transform import _RULE_METHODS

    tree = parser.parse(
        toks(
            "ISSUER_LINE", "ISSUER_LINE", "NUMBER", "MARK", "SUBJECT", "SUBJECT_LINE",
            "NATIONAL_TITLE", "MOTTO", "DATE_LINE",
            "KINH_GUI", "RECIPIENT", "RECIPIENT_CONT", "RECIPIENT",
            "CAN_CU", "NUMBERED", "TEXT", "CLOSING",
            "AUTHORITY", "POSITION", "SIGNER_NAME", "NOI_NHAN", "DIST_ITEM", "DIST_CONT", "ANNEX_LINE",
        )
    )

    def calls(walk: object) -> list[tuple[str, list[str]]]:
        seen: list[tuple[str, list[str]]] = []
        t = DocumentTransformer([])
        for name in _RULE_METHODS:
            setattr(t, name, lambda ch, name=name: seen.append((name, [c.type for c in ch if isinstance(c, Token)])))
        walk(t, tree)  # type: ignore[operator]
        return seen

    ours = calls(DocumentTransformer.transform)
    lark_order = calls(Transformer.transform)
    assert ours == lark_order
    assert [name for name, _ in ours][:3] == ["issuer", "number", "mark"]
    assert len(ours) >= 12


def test_lark_tokens_carry_the_stream_positions() -> None:
    """`to_lark` (built positionally, for speed) sets each attribute a keyword-built
    Lark token has: kind, text, the stream indices and the segment's line and columns."""
    from lark import Token as LarkToken

    from vndocparse.classify import classify
    from vndocparse.normalize import normalise
    from vndocparse.parser import to_lark
    from vndocparse.segment import segment

    tok = classify(segment(normalise("BỘ Y TẾ\n   Số: 12/BYT-KH")))[1]
    expected = LarkToken(
        "NUMBER", "Số: 12/BYT-KH", start_pos=3, line=2, column=4, end_line=2, end_column=17, end_pos=5
    )
    for got, end_pos in ((to_lark(3, tok, 5), 5), (to_lark(3, tok), 4)):
        assert got == expected
        attrs = ("type", "value", "start_pos", "line", "column", "end_line", "end_column")
        assert [getattr(got, a) for a in attrs] == [getattr(expected, a) for a in attrs]
        assert got.end_pos == end_pos
