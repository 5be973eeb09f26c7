"""Lossless attribution: every piece of every input line belongs to exactly one part.

Runs over the test letters and the files in ``examples/``. The check itself lives in
``conftest.check_lossless`` (shared with the property tests).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

import vndocparse
from vndocparse.models import Document
from vndocparse.reading import read_text

ROOT = Path(__file__).resolve().parents[1]
FILES = sorted((ROOT / "tests" / "data" / "letters").glob("*.txt")) + sorted((ROOT / "examples").glob("*.txt"))
IDS = [f"{p.parent.name}/{p.stem}" for p in FILES]


def test_there_are_files_to_check() -> None:
    assert len([p for p in FILES if p.parent.name == "examples"]) == 2
    assert len(FILES) > 2


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_every_line_attributed_once(path: Path, lossless: Callable[[str, Document], None]) -> None:
    text = read_text(path)
    lossless(text, vndocparse.parse_file(path))


@pytest.mark.parametrize("path", FILES, ids=IDS)
def test_line_count_and_blank_parts(path: Path, line_counter: Callable[[str], int]) -> None:
    text = read_text(path)
    doc = vndocparse.parse_file(path)
    physical = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    if physical[-1] == "":
        physical.pop()
    assert doc.line_count == len(physical) == line_counter(text)
    blank = {i for i, raw in enumerate(physical, start=1) if not raw.strip()}
    kinds: dict[int, set[str]] = {}
    for part in doc.parts:
        for seg in part.segments:
            kinds.setdefault(seg.line, set()).add(part.kind)
    # A blank line is a "blank" part of its own, or lies inside one part (between two of
    # its pieces): then the part's segments hold it, and the part runs across it.
    inside = {
        seg.line: part
        for part in doc.parts
        if part.kind != "blank"
        for seg in part.segments
        if seg.line in blank
    }
    for number in sorted(blank):
        part = inside.get(number)
        if part is None:
            assert kinds.get(number) == {"blank"}, f"blank line {number} attributed to {kinds.get(number)}"
        else:
            assert len(kinds[number]) == 1, f"blank line {number} in several parts: {kinds[number]}"
            assert part.span.start_line < number < part.span.end_line, (
                f"blank line {number} at the edge of {part.kind} part {part.span}"
            )
    for part in doc.parts:
        if part.kind == "blank":
            lines = {s.line for s in part.segments}
            assert lines <= blank, f"a blank part holds non-blank lines {sorted(lines - blank)}"


def test_parts_of_a_tiny_document() -> None:
    """Parts by hand for a small row-merged header: kinds per line, in order."""
    text = (
        "BỘ NỘI VỤ        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "\n"
        "Số: 05/BNV-VP    Hà Nội, ngày 05 tháng 3 năm 2024\n"
    )
    doc = vndocparse.parse(text)
    kinds = [(p.kind, p.role, p.span.start_line) for p in doc.parts]
    assert kinds == [
        ("header", "issuer", 1),
        ("header", "national_title", 1),
        ("blank", None, 2),
        ("header", "number", 3),
        ("header", "date_line", 3),
    ]
    first_line = [s for p in doc.parts for s in p.segments if s.line == 1]
    assert [(s.start, s.end) for s in first_line] == [(0, 9), (17, 51)]
