"""Backtracking hazards (issue 5, point 3): every pattern the regex audit
(``benchmarks/regex_audit.py``, ``docs/performance.md`` "Regex audit") judged
hazardous, fed its worst case — about 50,000 repetitions of the overlapping piece,
followed by a character that makes the match fail late — and called the way the code
calls it (``search``, ``match``, ``sub``, ``finditer``, ``split``).

A linear pattern handles 100 KB in milliseconds, so each call gets a budget of
``BUDGET_S`` (the ``regex`` module's own ``timeout=``; ``signal.alarm`` for ``re``),
which fails the test instead of hanging the run. The audit found thirteen such
patterns (one exponential, normalize._MD_QUOTE); all were rewritten: a deterministic
repetition, possessive runs that start only where a run starts, one-character
look-behinds instead of variable-width ones, or, for the typed rule at a line's end, a
scan from the end (segment._trailing_rule).
"""

from __future__ import annotations

import re
import signal
from typing import Any

import pytest
import regex

from vndocparse import classify, fields, normalize, references, segment, signature
from vndocparse.tables import dateline
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


CASES: list[Any] = [
    pytest.param(
        normalize._MD_QUOTE, "sub", ">" * 40 + "T", (lambda m: m.group(1) + " " * len(m.group(2)),),

        id="normalize._MD_QUOTE",
    ),

    pytest.param(
        fields._NUMBER_STOP, "search", "1/QĐ" + " " * N + "1", (),
        id="fields._NUMBER_STOP",
    ),
    pytest.param(
        numbering._STOP, "search", "1/QĐ" + " " * N + "1", (),
        id="validate.numbering._STOP",
    ),
    pytest.param(
        fields._NOT_ENTRY, "sub", "a" + "\u00a0" * N + "a", ("",),

        id="fields._NOT_ENTRY",
    ),
    pytest.param(
        fields._TRAILING_SPECKS, "sub", "a" + "!" * N + "a", ("",),

        id="fields._TRAILING_SPECKS-punct",
    ),
    pytest.param(
        fields._TRAILING_SPECKS, "sub", "a" + ")" * N + "a", ("",),

        id="fields._TRAILING_SPECKS-parens",
    ),
    pytest.param(
        classify._SIGNED, "search", "(" + " " * N + "x", (),
        id="classify._SIGNED",
    ),
    pytest.param(
        segment._REFLOW_AT, "finditer", "a" + " " * N + "a", (),
        id="segment._REFLOW_AT-spaces",
    ),
    pytest.param(
        segment._REFLOW_AT, "finditer", "a. " + "- " * N + "a", (),
        id="segment._REFLOW_AT-dashes",
    ),
    pytest.param(
        segment._REFLOW_AT, "finditer", " (" + " " * N + "Đã", (),
        id="segment._REFLOW_AT-bracket",
    ),
    pytest.param(
        segment._REFLOW_AFTER, "finditer", "Đã" + " " * N + "ký" + ")" * N, (),
        id="segment._REFLOW_AFTER",
    ),
    pytest.param(
        signature._INNER_PREFIX, "split", "A" + " " * N + "a", (),
        id="signature._INNER_PREFIX",
    ),
    pytest.param(
        signature._TRAIL_NAME, "search", "A" + " " * N + "a", (),
        id="signature._TRAIL_NAME",
    ),
    pytest.param(
        signature._HAS_TITLE, "search", "a)" * N, (),
        id="signature._HAS_TITLE",
    ),
    # Anchored (match), and once superlinear in the regex module: backtracking out of a
    # repeated group over a long line cost about n² (150 KB: 0.8 s). Now possessive.
    pytest.param(
        classify._RULE, "match", "- " * N + "x", (),
        id="classify._RULE",
    ),
    pytest.param(
        segment._CODE_WORD, "match", "ABC " * N + "1", (),
        id="segment._CODE_WORD",
    ),
    pytest.param(
        signature._LEADING_TITLE, "match", "AB " * N + "1", (),
        id="signature._LEADING_TITLE",
    ),
    # Flagged by the static scan (nested or adjacent quantifiers) but linear as used:
    pytest.param(segment._CODE_WORD, "match", "IV" * N, (), id="segment._CODE_WORD-run"),
    pytest.param(dateline.INSIDE, "finditer", "ha noi ngay " * (N // 10) + "x", (), id="dateline.INSIDE"),
    pytest.param(dateline.OPENING, "match", "ha noi ngay " * (N // 10) + "x", (), id="dateline.OPENING"),
    pytest.param(dateline.LINE, "match", "ha noi ngay 1 thang " * (N // 10) + "x", (), id="dateline.LINE"),
    pytest.param(references._REF, "finditer", "số 1/QĐ-" * (N // 10), (), id="references._REF"),
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



def _timeout(signum: int, frame: object) -> None:
    raise TimeoutError("over budget")


def test_trailing_rule_scan_is_linear() -> None:
    """The scan that replaced a backtracking pattern: a 200 KB line of "- " in no time."""
    previous = signal.signal(signal.SIGALRM, _timeout)
    signal.setitimer(signal.ITIMER_REAL, BUDGET_S)
    try:
        assert segment._trailing_rule("a " + "- " * 100_000 + "x") is None
        assert segment._trailing_rule("a " + "- " * 100_000) == 1
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def test_reference_search_after_refused_starts_is_linear() -> None:
    """A refused number start makes the search look again one character on: a text of
    nothing but refused starts still takes one pass (200 KB in no time)."""
    from vndocparse.references import find_references

    previous = signal.signal(signal.SIGALRM, _timeout)
    signal.setitimer(signal.ITIMER_REAL, BUDGET_S * 4)
    try:
        assert find_references("1 " * 100_000 + "1/AB") == [("1/AB", None, 200_000)]
        assert find_references("STT " + "1 1/ " * 40_000) == []
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
