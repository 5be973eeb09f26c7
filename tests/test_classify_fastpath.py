"""The classifier's shortcut for running text must agree with its full cascade.

`classify_segment` answers TEXT early for segments that cannot be anything else, and
takes shortcuts for list and numbered items; `classify_full` tries every pattern in
order. On every line of every test document and example they give the same token.
"""

from __future__ import annotations

from collections.abc import Callable
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
        # Gaps the shortcut once had (found by the combinations below):
        "Dự thảo QUYẾT ĐỊNH",  # a draft's title
        "Du thao KẾ HOẠCH",
        "Sở E-mail: vanthu@example.vn",  # an e-stamp keyword after a short word
        "Ab người ký: Nguyễn Văn A",
        "Số QĐ-123 của Ủy ban",  # a number whose symbol comes before its digits
        "so ab/12",
        "Kính\u0301 gửi: Sở Y tế",  # a combining mark NFC cannot compose (a word character)
        "²kinhgui",  # "²" is not a word character for the cascade's patterns
        "x\u2002Ký bởi: Sở Y tế",  # an e-stamp keyword after a prefix and an en space
        "Ký, ghi rõ họ tên",  # a signing instruction without brackets
        "Ký và ghi rõ họ tên",
    ],
)
def test_shortcut_agrees_on_edge_lines(line: str) -> None:
    for seg in segment(normalise(line)):
        quick, full = classify_segment(seg), classify_full(seg)
        assert (quick.kind, quick.label) == (full.kind, full.label), seg.text


# Pieces of the lines each pattern of the cascade looks for, and plain words around them.
_PIECES = [
    "-", "*", "+", "•", "(", "[", "T", "TM.", "KT.", "Q.", "K/T", "đã ký", "(Đã ký)", "ký tên",
    "QUYẾT ĐỊNH:", "Quyết định:", "NGHỊ QUYẾT:", "Căn cứ", "Xét đề nghị", "Trân trọng",
    "Xin trân trọng cảm ơn!", "./.", "Điều 1.", "I.", "1.", "a)", "b.", "V/v", "Kính gửi:",
    "Nơi nhận:", "Số:", "Số QĐ-123", "so ab/12", "CỘNG HÒA", "Độc lập - Tự do - Hạnh phúc",
    "ĐẢNG CỘNG SẢN VIỆT NAM", "Hà Nội, ngày 5 tháng 3 năm 2024", "HỎA TỐC", "MẬT", "Ký bởi:",
    "Email:", "E-mail:", "Địa chỉ:", "Cơ quan:", "Người ký:", "Thời gian ký:", "Ký số",
    "https://x.vn", "www.a.vn", "Nguồn: a", "trang 2", "- 3 -", "---", "___", "\\*",
    "Dự thảo", "DỰ THẢO", "Du thao", "KẾ HOẠCH", "Tờ trình", "TỜ TRÌNH", "LUẬT", "Công điện",
    "điện:", "HƯỚNG DẪN", "Hưng Yên", "Sở", "ngày", "tháng", "năm", "ng", "th", "kh", "2024",
    ",", ":", "...", "—", "~", "x", "ab", "Ab", "abc", "đơn vị", "UBND", "TỈNH", "Trong",
    "²", "\u0301", "\u2002", "x\u2002Ký bởi:", "kinhgui", "Ký,", "ký và", "Đầu tư", "(Dấu)", "ý bởi:", "ịa chỉ:",
    "Ngày ký", "ngày ký:", "người ký", "Giờ ký 12",
]


def test_shortcut_agrees_on_combinations_of_pattern_pieces() -> None:
    """Lines made of 1-5 pieces (in upper, capitalised, lower or mixed case): a bounded,
    seeded search for lines where the shortcut and the cascade disagree."""
    import random

    rng = random.Random(20261126)
    for _ in range(6000):
        line = " ".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 5)))
        case = rng.random()
        if case < 0.2:
            line = line.upper()
        elif case < 0.4:
            line = line.capitalize()
        elif case < 0.5:
            line = line.lower()
        for seg in segment(normalise(line)):
            quick, full = classify_segment(seg), classify_full(seg)
            assert (quick.kind, quick.label) == (full.kind, full.label), seg.text


def test_e_stamp_after_a_prefix_and_any_white_space() -> None:
    """The stamp's keyword may follow a short prefix and any white space, not only " "."""
    for line in ("x\u2002Ký bởi: Sở Y tế", "_\u2029ngày ký: 05/3/2024", "Mật Ký bởi: Sở Y tế"):
        (seg,) = segment(normalise(line))
        assert classify_full(seg).kind == "ESTAMP", line


def test_seal_word_is_a_mark_only_in_brackets_or_alone() -> None:
    """"Dấu" (the seal) marks the signature in "(Dấu)"; "Đầu tư ..." is a line of text."""
    cases = {
        "(Dấu)": "SIGNED",
        "[Dấu, chữ ký]": "SIGNED",
        "Dấu.": "SIGNED",
        "Đầu tư công năm 2024 của tỉnh": "TEXT",
        "ĐẦU TƯ CÔNG NĂM 2024": "CAPS",
    }
    for line, kind in cases.items():
        (seg,) = segment(normalise(line))
        assert (classify_segment(seg).kind, classify_full(seg).kind) == (kind, kind), line


_DATE_PIECES = [
    "Hà Nội", "TP. Hồ Chí Minh", "Căn cứ Luật Đất đai", "Sở", "xã A", ",", ".", "ngày", "ngàỵ",
    "n gày", "ng", "5", "05", "…", "tháng", "thang", "khang", "3", "năm", "nǎm", "2024", "202",
    ";", ":", "!", "  ", "\u2028", "m", "2m4", "m.", "Trong", "đơn vị", "của", "các", "a b c d e f g",
]


def test_date_line_pre_tests_change_no_answer() -> None:
    """`_is_date_line` rules most lines out before its costly pattern; on seeded lines
    made of date pieces it answers as the pattern and the place check alone do."""
    import random

    from vndocparse.classify import _is_date_line
    from vndocparse.tables.dateline import LINE

    def reference(seg: object) -> bool:
        m = LINE.match(seg.folded)  # type: ignore[attr-defined]
        if m is None:
            return False
        text = seg.text  # type: ignore[attr-defined]
        words = text[: m.end("place")].strip().split()
        if not words or len(words) > 6:
            return False
        if text[m.end("place") :].lstrip()[:1] in ",.":
            return True
        return all(w[:1].isupper() or w[:1].isdigit() for w in words)

    rng = random.Random(5)
    seen = 0
    for _ in range(8000):
        if rng.random() < 0.5:
            line = " ".join(rng.choice(_DATE_PIECES) for _ in range(rng.randint(2, 11)))
        else:  # a date line's shape, each part possibly replaced by another piece
            shape = [*rng.sample(_DATE_PIECES[:5], rng.randint(0, 3)), ",", "ngày", "5", "tháng", "3", "năm", "2024"]
            line = " ".join(rng.choice(_DATE_PIECES) if rng.random() < 0.1 else p for p in shape)
        for seg in segment(normalise(line)):
            expected = reference(seg)
            seen += expected
            assert _is_date_line(seg) == expected, seg.text
    assert seen > 50  # the pieces do make date lines


def test_numbered_pre_test_never_hides_a_numbered_item(pre_test_holds: Callable[..., int]) -> None:
    """`_may_be_numbered` is False only where `_NUMBERED` cannot match (seeded lines)."""
    from vndocparse.classify import _NUMBERED, _may_be_numbered

    pieces = ["dieu", "chuong", "phan", "muc", "tieu", "i", "v", "x", "l", "c", "a", "b", "d", "q", "1", "8",
              "12", ".", ")", "-", "–", " ", "\u2003", "\x1c", "ab", "2a", "²"]  # fmt: skip
    assert pre_test_holds(_NUMBERED.match, _may_be_numbered, pieces, seed=9, max_pieces=6) > 500


def test_kinh_gui_guard_tries_every_line_the_old_guard_tried_that_can_match(pre_test_holds: Callable[..., int]) -> None:
    """The cascade tries `_KINH_GUI` only where `_may_be_kinh_gui` says; on seeded lines
    ending in ":" (the case the guard narrowed) every match is still tried."""
    from vndocparse.classify import _KINH_GUI, _may_be_kinh_gui

    def old_guard_and_match(folded: str) -> bool:
        old_guard = "gui" in folded[:14] or "trinh" in folded[:14] or folded.endswith(":")
        return old_guard and _KINH_GUI.match(folded) is not None

    pieces = ["kinh", "gui", "gưi", "trinh", "dien", "cong", "-", "—", " ", "  ", "x", "ab", "cac co quan", "sau day",
              ":", "\u2003", "k", "inh"]  # fmt: skip
    endings = (":", " :", ": ", "")
    assert pre_test_holds(old_guard_and_match, _may_be_kinh_gui, pieces, seed=21, max_pieces=12, endings=endings) > 150


def test_can_cu_pre_test_never_hides_a_match(pre_test_holds: Callable[..., int]) -> None:
    from vndocparse.classify import _CAN_CU, _may_be_can_cu

    pieces = ["-", "*", " ", "\u2003", "can", "cu", "theo", "de", "nghi", "xuat", "xet", "to", "trinh", "x", "ab",
              "- can cu", "theo de nghi", "xet to trinh", "* xet de nghi", "theo de xuat"]  # fmt: skip
    assert pre_test_holds(_CAN_CU.match, _may_be_can_cu, pieces, seed=17) > 1000


def test_short_cascade_agrees_with_full_cascade_where_the_start_is_plain() -> None:
    """`_classify_plain_start` leaves out the kinds whose every line `_MAYBE_SPECIAL`
    would flag at its start; on seeded lines that it does not flag, the short cascade
    gives the full cascade's token (upper case too: capitals, titles, authorities)."""
    import random

    from vndocparse.classify import _MAYBE_SPECIAL, _classify_plain_start

    rng = random.Random(77)
    seen = 0
    for _ in range(6000):
        line = " ".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 5)))
        line = line.upper() if rng.random() < 0.4 else line
        for seg in segment(normalise(line)):
            first = seg.folded[:1]
            if len(seg.text) <= 4 or not ("a" <= first <= "z" or first >= "\x80") or _MAYBE_SPECIAL.match(seg.folded):
                continue
            seen += 1
            short, full = _classify_plain_start(seg), classify_full(seg)
            assert (short.kind, short.label) == (full.kind, full.label), seg.text
    assert seen > 1000
