"""``vndocparse fix`` on text (the rules' exact edits) and its command line."""

from __future__ import annotations

from pathlib import Path

import pytest

import vndocparse
from vndocparse import cli
from vndocparse.fix import fix_bytes
from vndocparse.fix.text import apply_edits

REPORTS = Path(__file__).parent / "data" / "reports"

LETTER = """\
BỘ NỘI VỤ                            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
________                               Độc lập – Tự do – Hạnh phúc
Số: 5/BNV - VP                        Hà Nội, ngày 5 tháng 03 năm 2024
v.v hướng dẫn lập hồ sơ điện tử

Kính gửi:
         + Sở Nội vụ các tỉnh,
         - Văn phòng các bộ

Thực hiện Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về
công tác văn thư, Bộ Nội vụ đề nghị các cơ quan rà soát danh mục hồ sơ năm 2024./.

Nơi nhận:                                    KT. BỘ TRƯỞNG
- Như trên,                                  THỨ TRƯỞNG
- Lưu: VT, VP
                                             Phạm Văn Dũng
"""

FIXED = """\
BỘ NỘI VỤ                            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
________                               Độc lập - Tự do - Hạnh phúc
Số: 05/BNV-VP                        Hà Nội, ngày 05 tháng 3 năm 2024
V/v hướng dẫn lập hồ sơ điện tử

Kính gửi:
         - Sở Nội vụ các tỉnh;
         - Văn phòng các bộ.

Thực hiện Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về
công tác văn thư, Bộ Nội vụ đề nghị các cơ quan rà soát danh mục hồ sơ năm 2024./.

Nơi nhận:                                    KT. BỘ TRƯỞNG
- Như trên;                                  THỨ TRƯỞNG
- Lưu: VT, VP.
                                             Phạm Văn Dũng
"""


def test_text_fix_applies_the_rules_edits() -> None:
    result = fix_bytes(LETTER.encode(), source="cv.txt")
    fixed = {d.code for d in result.before} - {d.code for d in result.after}
    assert {"VN116", "VN203", "VN204", "VN302", "VN304", "VN401", "VN503", "VN504", "VN505", "VN604"} <= fixed
    assert result.data.decode() == FIXED
    assert result.after == []


def test_overlapping_edits_wait_for_the_next_round() -> None:
    doc = vndocparse.parse(LETTER)
    found = [d for d in vndocparse.validate(doc) if d.edit is not None]
    twice = found + found  # the same edit twice overlaps itself
    lines, applied = apply_edits(LETTER.split("\n"), twice)
    assert len(applied) == len({(d.code, d.location) for d in found})
    assert lines != LETTER.split("\n")


def test_command_needs_a_target(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "cv.txt"
    src.write_text(LETTER, encoding="utf-8")
    assert cli.main(["fix", str(src), "--isolated"]) == cli.EXIT_USAGE
    assert "-o OUT" in capsys.readouterr().err
    assert src.read_text(encoding="utf-8") == LETTER


def test_command_diff_writes_nothing(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "cv.txt"
    src.write_text(LETTER, encoding="utf-8")
    assert cli.main(["fix", str(src), "--diff", "--isolated"]) == cli.EXIT_OK
    out = capsys.readouterr().out
    assert "-Số: 5/BNV - VP" in out and "+Số: 05/BNV-VP" in out
    assert src.read_text(encoding="utf-8") == LETTER and list(tmp_path.iterdir()) == [src]


def test_command_output_and_in_place(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "cv.txt"
    src.write_text(LETTER, encoding="utf-8")
    out = tmp_path / "fixed.txt"
    assert cli.main(["fix", str(src), "-o", str(out), "--isolated"]) == cli.EXIT_OK
    assert out.read_text(encoding="utf-8") == FIXED and src.read_text(encoding="utf-8") == LETTER
    text = capsys.readouterr().out
    assert "fixed: VN204 line 3" in text and "findings" in text
    assert cli.main(["fix", str(src), "--in-place", "--isolated"]) == cli.EXIT_OK
    assert src.read_text(encoding="utf-8") == FIXED


def test_what_is_left_is_listed_and_fails(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "cv.txt"
    src.write_bytes((REPORTS / "công_văn_lỗi.txt").read_bytes())
    status = cli.main(["fix", str(src), "-o", str(tmp_path / "out.txt"), "--isolated"])
    out = capsys.readouterr().out
    assert status == 1  # VN807, VN602 have no exact edit: errors are left
    assert "left: " in out and "VN602" in out


def test_ignored_rules_are_not_fixed() -> None:
    result = fix_bytes(LETTER.encode(), source="cv.txt", config=vndocparse.validate.resolve(None, vndocparse.validate.Config.from_mapping({"ignore": ["VN204"]}, where="test")))
    assert "Số: 5/BNV-VP" in result.data.decode(), result.changes
