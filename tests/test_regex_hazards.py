"""Backtracking hazards (issue 5, point 3): every pattern the regex audit
(``benchmarks/regex_audit.py``, ``docs/performance.md`` "Regex audit") judged
hazardous, fed its worst case — about 50,000 repetitions of the overlapping piece,
followed by a character that makes the match fail late — and called the way the code
calls it (``search``, ``match``, ``sub``, ``finditer``, ``split``).

A linear pattern handles 100 KB in milliseconds, so each call gets a budget of
``BUDGET_S`` (the ``regex`` module's own ``timeout=``; ``signal.alarm`` for ``re``),
which fails the test instead of hanging the run. The patterns that do not return in
time are marked ``xfail(strict=True)`` with the reason: they are reported to the
parser's owner, and the mark must be removed when the pattern is fixed.
"""

from __future__ import annotations

import re
import signal
from typing import Any

import pytest
import regex

from vndocparse import classify, fields, normalize, segment, signature
from vndocparse.validate.rules import numbering

#: Seconds one worst-case call may take (a linear pattern needs a few milliseconds).
BUDGET_S = 0.5
N = 50_000


def call(pattern: Any, method: str, text: str, *args: Any) -> Any:
    """``pattern.<method>(text, ...)`` within `BUDGET_S`, consuming iterators."""
    if isinstance(pattern, regex.Pattern):
        fn = getattr(pattern, method)
        if method == "sub":
            return fn(args[0], text, timeout=BUDGET_S)
        result = fn(text, *args, timeout=BUDGET_S)
        return list(result) if method == "finditer" else result

    def expired(signum: int, frame: object) -> None:
        raise TimeoutError(f"{pattern.pattern!r} took over {BUDGET_S} s")

    assert isinstance(pattern, re.Pattern)
    previous = signal.signal(signal.SIGALRM, expired)
    signal.setitimer(signal.ITIMER_REAL, BUDGET_S)
    try:
        fn = getattr(pattern, method)
        result = fn(args[0], text) if method == "sub" else fn(text, *args)
        return list(result) if method == "finditer" else result
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def hazard(reason: str) -> Any:
    return pytest.mark.xfail(strict=True, raises=TimeoutError, reason=reason)


CASES: list[Any] = [
    pytest.param(
        normalize._MD_QUOTE, "sub", ">" * 40 + "T", (lambda m: m.group(1) + " " * len(m.group(2)),),
        marks=hazard(
            "normalize._MD_QUOTE ^(\\s*)((?:>+[ ]?)+)(?=\\s|$) is EXPONENTIAL: the nested (?:>+[ ]?)+ "
            "splits a run of '>' every possible way when the look-ahead fails; 22 '>' then a letter "
            "take 0.2 s, each 2 more ×4 — a 40-character line hangs parse() (found by atheris)"
        ),
        id="normalize._MD_QUOTE",
    ),
    pytest.param(
        segment._TRAIL_RULE, "search", "a " + "- " * N + "x", (),
        marks=hazard(
            "segment._TRAIL_RULE \\s(?:[-_=*]\\s?){3,}$ searched over a line: at each start the "
            "run of '- ' is consumed then $ fails; worse than quadratic in the regex module "
            "(a 16 KB line 'Nội dung - - - … x' takes ~40 s in parse())"
        ),
        id="segment._TRAIL_RULE",
    ),
    pytest.param(
        fields._NUMBER_STOP, "search", "1/QĐ" + " " * N + "1", (),
        marks=hazard("\\s+(?=…) searched: a long run of spaces is consumed from every start (quadratic)"),
        id="fields._NUMBER_STOP",
    ),
    pytest.param(
        numbering._STOP, "search", "1/QĐ" + " " * N + "1", (),
        marks=hazard("same pattern as fields._NUMBER_STOP (quadratic over a run of spaces)"),
        id="validate.numbering._STOP",
    ),
    pytest.param(
        fields._NOT_ENTRY, "sub", "a" + "\u00a0" * N + "a", ("",),
        marks=hazard("\\s*[\\[(]… substituted: \\s* rescans the whitespace run from every start (quadratic)"),
        id="fields._NOT_ENTRY",
    ),
    pytest.param(
        fields._TRAILING_SPECKS, "sub", "a" + "!" * N + "a", ("",),
        marks=hazard("[^\\w)\\]]+$ substituted: the punctuation run is rescanned from every start (quadratic)"),
        id="fields._TRAILING_SPECKS-punct",
    ),
    pytest.param(
        fields._TRAILING_SPECKS, "sub", "a" + ")" * N + "a", ("",),
        marks=hazard("(?<=\\))[^\\w\\s(]+… substituted over a run of ')' (quadratic)"),
        id="fields._TRAILING_SPECKS-parens",
    ),
    pytest.param(
        segment._REFLOW_TEXT, "finditer", "a" + " " * N + "a", (),
        marks=hazard("variable-width look-behind (?<=\\S\\s+) tried at every position of a space run (quadratic)"),
        id="segment._REFLOW_TEXT",
    ),
    pytest.param(
        signature._INNER_PREFIX, "split", "A" + " " * N + "a", (),
        marks=hazard("\\s+(?=TM|KT…) split: the space run is consumed from every start (quadratic)"),
        id="signature._INNER_PREFIX",
    ),
    pytest.param(
        signature._TRAIL_NAME, "search", "A" + " " * N + "a", (),
        marks=hazard("\\s+(?P<name>…)$ searched over a space run (quadratic)"),
        id="signature._TRAIL_NAME",
    ),
    pytest.param(
        signature._HAS_TITLE, "search", "a)" * N, (),
        marks=hazard(
            "\\S*\\s?TRƯỞNG searched over a long word: \\S* rescans it from every start (quadratic); "
            "guarded in signature.py by _CAPS_NAME (at most 5 words) at its only search() call"
        ),
        id="signature._HAS_TITLE",
    ),
    # Anchored (match), yet superlinear in the regex module: backtracking out of a
    # repeated group over a long line costs about n² (25 KB: 35 ms; 150 KB: 0.8 s).
    # Not reached that way through parse() today (a 100 KB line of each parses in
    # milliseconds), but a hazard for the next caller.
    pytest.param(
        classify._RULE, "match", "- " * N + "x", (),
        marks=hazard("^(?:[-_=*~—–.·•]\\s?){3,}$ matched on '- - … x': backtracking the repeated group is ~n²"),
        id="classify._RULE",
    ),
    pytest.param(
        segment._CODE_WORD, "match", "ABC " * N + "1", (),
        marks=hazard("(?:[A-ZĐ]{3,}[-/]?\\s+)+(?=…) matched on 'ABC ABC … 1': backtracking the group is ~n²"),
        id="segment._CODE_WORD",
    ),
    pytest.param(
        signature._LEADING_TITLE, "match", "AB " * N + "1", (),
        marks=hazard("(?:\\p{Lu}{2,}\\s+)*\\p{Lu}{2,}\\s+(?=…) matched on 'AB AB … 1': ~n²"),
        id="signature._LEADING_TITLE",
    ),
    # Flagged by the static scan (nested or adjacent quantifiers) but linear as used:
    pytest.param(segment._CODE_WORD, "match", "IV" * N, (), id="segment._CODE_WORD-run"),
    pytest.param(segment._DATE_INSIDE, "finditer", "Hà Nội ngày " * (N // 10) + "x", (), id="segment._DATE_INSIDE"),
    pytest.param(segment._DATE_AT_START, "match", "Hà Nội ngày " * (N // 10) + "x", (), id="segment._DATE_AT_START"),
    pytest.param(fields._REF, "finditer", "số 1/QĐ-" * (N // 10), (), id="fields._REF"),
]


@pytest.mark.parametrize(("pattern", "method", "text", "args"), CASES)
def test_worst_case_returns_in_bounded_time(pattern: Any, method: str, text: str, args: tuple[Any, ...]) -> None:
    call(pattern, method, text, *args)


def test_the_budget_catches_a_catastrophic_pattern() -> None:
    evil = regex.compile(r"(a|a)+$")  # the regex module defuses (a+)+$, not this
    with pytest.raises(TimeoutError):
        call(evil, "match", "a" * 40 + "!")
    evil_re = re.compile(r"(a+)+$")
    with pytest.raises(TimeoutError):
        call(evil_re, "match", "a" * 40 + "!")

