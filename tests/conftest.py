"""Shared test helpers: the lossless-attribution check used by several modules."""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

import pytest

from vndocparse.models import Document
from vndocparse.normalize import normalise

_BREAK = re.compile(r"\r\n|\r|\n")


def count_lines(text: str) -> int:
    """Physical lines of ``text`` split at ``\\n``, ``\\r\\n``, ``\\r``; a final break adds none."""
    pieces = _BREAK.split(text)
    if pieces[-1] == "":
        pieces.pop()
    return len(pieces)


def check_lossless(text: str, doc: Document) -> None:
    """Assert that ``doc.parts`` attributes every piece of every input line exactly once.

    * ``line_count`` is the number of physical lines;
    * every line 1..line_count has segments, and the parts holding a segment of a line
      are exactly the parts whose span covers it (a part's lines are contiguous);
    * segments run in input order across the parts, and never overlap on one line;
    * every content column (not blank after the normaliser removed markup) of a line
      lies inside one of that line's segments.
    """
    lines = normalise(text)
    n = len(lines)
    assert doc.line_count == n == count_lines(text), (doc.line_count, n, count_lines(text))
    on_line: dict[int, list[tuple[int, int, int]]] = {}
    previous: tuple[int, int, int] | None = None
    for index, part in enumerate(doc.parts):
        assert part.segments, f"part {index} ({part.kind}) has no segments"
        seg_lines = {s.line for s in part.segments}
        assert part.span.start_line == min(seg_lines) and part.span.end_line == max(seg_lines), (
            f"part {index} ({part.kind}/{part.role}) span {part.span} does not match its segments' lines {sorted(seg_lines)}"
        )
        assert seg_lines == set(range(part.span.start_line, part.span.end_line + 1)), (
            f"part {index} ({part.kind}/{part.role}) skips lines inside its span: {sorted(seg_lines)}"
        )
        for seg in part.segments:
            assert 1 <= seg.line <= n, f"segment on line {seg.line} outside 1..{n}"
            raw = lines[seg.line - 1].raw
            assert 0 <= seg.start <= seg.end <= len(raw), f"segment {seg} outside line {seg.line} {raw!r}"
            here = (seg.line, seg.start, seg.end)
            if previous is not None:
                assert (seg.line, seg.start) > previous[:2], f"segments out of input order: {previous} then {here}"
                if seg.line == previous[0]:
                    assert seg.start >= previous[2], f"segments overlap on line {seg.line}: {previous} and {here}"
            previous = here
            on_line.setdefault(seg.line, []).append((seg.start, seg.end, index))
    for line in lines:
        number = line.number
        pieces = on_line.get(number)
        assert pieces, f"line {number} is in no part: {line.raw!r}"
        pieces.sort()
        for (a0, a1, _), (b0, b1, _) in pairwise(pieces):
            assert a1 <= b0, f"segments ({a0},{a1}) and ({b0},{b1}) overlap on line {number}: {line.raw!r}"
        holding = {i for _, _, i in pieces}
        covering = {
            i for i, p in enumerate(doc.parts) if p.span.start_line <= number <= p.span.end_line
        }
        assert holding == covering, f"line {number}: parts with segments {holding}, parts covering it {covering}"
        cleaned = line.text
        if line.colmap is None and len(cleaned) != len(line.raw):
            continue  # columns not comparable (should not happen: cleaning keeps lengths)
        for col, ch in enumerate(cleaned):
            if ch.isspace():
                continue
            raw_col = col if line.colmap is None else line.colmap[col]
            assert any(s <= raw_col < e for s, e, _ in pieces), (
                f"line {number} column {raw_col} ({line.raw[raw_col]!r}) is in no segment; "
                f"segments {[(s, e) for s, e, _ in pieces]} of {line.raw!r}"
            )


@pytest.fixture(scope="session")
def lossless() -> Callable[[str, Document], None]:
    """`check_lossless`, as a fixture (session-scoped, so Hypothesis tests may use it)."""
    return check_lossless


@pytest.fixture(scope="session")
def line_counter() -> Callable[[str], int]:
    return count_lines


def check_pre_test(
    matches: Callable[[str], object],
    pre_test: Callable[[str], object],
    pieces: list[str],
    *,
    seed: int,
    max_pieces: int = 8,
    endings: tuple[str, ...] = ("",),
    count: int = 20000,
) -> int:
    """Assert that ``pre_test`` holds on every seeded text ``matches`` accepts; return how
    many it accepted (a test asserts a floor, so that the pieces do reach the pattern).

    The texts are ``count`` joins of 1..``max_pieces`` random ``pieces``, each followed by
    one of ``endings``: the check for the exact cheap tests that guard costly patterns.
    """
    import random

    rng = random.Random(seed)
    hits = 0
    for _ in range(count):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, max_pieces))) + rng.choice(endings)
        if matches(text):
            hits += 1
            assert pre_test(text), text
    return hits


@pytest.fixture(scope="session")
def pre_test_holds() -> Callable[..., int]:
    """`check_pre_test`, as a fixture."""
    return check_pre_test
