"""The classifier's shortcut for running text must agree with its full cascade.

`classify_segment` answers TEXT early for segments that cannot be anything else, and
takes shortcuts for list and numbered items; `classify_full` tries every pattern in
order. On every line of every test document and example they give the same token.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from vndocparse.classify import classify_full, classify_segment
from vndocparse.normalize import normalise
from vndocparse.reading import read_text
from vndocparse.segment import segment

ROOT = Path(__file__).resolve().parents[1]
FILES = sorted([*(ROOT / "tests" / "data" / "letters").glob("*.txt"), *(ROOT / "examples").glob("*.txt")])


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.stem)
def test_shortcut_agrees_with_full_cascade(path: Path) -> None:
    for seg in segment(normalise(read_text(path))):
        quick, full = classify_segment(seg), classify_full(seg)
        assert (quick.kind, quick.label) == (full.kind, full.label), f"line {seg.line.number}: {seg.text!r}"


@pytest.mark.parametrize(
    "line",
    [
        "- Kính gửi: Bộ Nội vụ",
        "- Căn cứ Luật Tổ chức chính quyền địa phương;",
        "- Như trên;",
        "1. Các sở, ban, ngành;",
        "12 tháng 3 năm 2024",
        "Số lượng tham gia 10-15 người.",
        "các cơ quan, đơn vị thực hiện nghiêm túc.",
        "Hà Nội, ngày 05 tháng 3 năm 2024",
        "KẾ HOẠCH Tổ chức hội nghị",
    ],
)
def test_shortcut_agrees_on_edge_lines(line: str) -> None:
    for seg in segment(normalise(line)):
        quick, full = classify_segment(seg), classify_full(seg)
        assert (quick.kind, quick.label) == (full.kind, full.label), seg.text
