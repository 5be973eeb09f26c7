"""Party documents under Guideline 05-HD/VPTW (27/5/2026), and the 2025 reform.

Test letters written for the project (``tests/data/hd05/``): a Party công văn, tờ
trình and quyết định dated after 27/5/2026, laid out as Guideline 05 asks. Each is
clean under every rule; each fault of the guideline's changes is reported at its
place; the same letter dated before 27/5/2026 is judged by Guideline 36; the
guideline can be named instead (configuration, command line); reports say which one
was applied.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

import vndocparse
from vndocparse import cli
from vndocparse.validate import RULES, evaluate
from vndocparse.validate.guideline import choose

DATA = Path(__file__).parent / "data" / "hd05"
CV, TTR, QD = (
    (DATA / f"party_{n}.txt").read_text(encoding="utf-8") for n in ("congvan", "totrinh", "quyetdinh")
)
STATE_CV = (Path(__file__).parent / "data" / "rules" / "state_congvan.txt").read_text(encoding="utf-8")


def edit(text: str, *edits: tuple[str, str]) -> str:
    for old, new in edits:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text


def found(text: str, config: dict[str, Any] | None = None) -> list[tuple[str, int, str]]:
    """(code, line, severity) of every diagnostic under every rule."""
    doc = vndocparse.parse(text)
    return [
        (d.code, d.location.line, d.severity)
        for d in vndocparse.validate(doc, {"select": ["ALL"], **(config or {})})
    ]


def dated_2025(text: str) -> str:
    """The same letter dated before 27/5/2026 (judged by Guideline 36)."""
    for month in ("7", "8", "9"):
        text = text.replace(f"tháng {month} năm 2026", f"tháng {month} năm 2025")
    return text


@pytest.mark.parametrize("text", [CV, TTR, QD], ids=["congvan", "totrinh", "quyetdinh"])
def test_clean_letters_pass_every_rule(text: str) -> None:
    result = evaluate(vndocparse.parse(text), {"select": ["ALL"]})
    assert result.guideline == "hd05" and result.diagnostics == []


# (letter, edits, expected (code, line, severity) under HD 05, expected under HD 36)
FAULTS = [
    # ";" between recipients (HD 36 accepted ",")
    (CV, [("- Các chi bộ trực thuộc;", "- Các chi bộ trực thuộc,")], [("VN504", 8, "error")], []),
    (TTR, [("- Ban Thường vụ Tỉnh ủy;", "- Ban Thường vụ Tỉnh ủy,")], [("VN504", 11, "error")], []),
    (CV, [("- Như trên;", "- Như trên,")], [("VN604", 19, "error")], []),
    # the "Lưu" line ends with "."
    (CV, [("- Lưu Văn phòng Đảng ủy.", "- Lưu Văn phòng Đảng ủy")], [("VN604", 21, "error")], [("VN604", 21, "warning")]),
    # a tờ trình says "Kính trình:"
    (TTR, [("Kính trình:", "Kính gửi:")], [("VN507", 10, "error")], []),
    # each căn cứ: "-", ";", the last "." (HD 36: the last ",")
    (QD, [("- Căn cứ Điều lệ Đảng;", "Căn cứ Điều lệ Đảng;")], [("VN812", 9, "error")], [("VN809", 12, "warning")]),
    (QD, [("- Căn cứ Điều lệ Đảng;", "- Căn cứ Điều lệ Đảng,")], [("VN808", 9, "error")], [("VN808", 9, "warning"), ("VN809", 12, "warning")]),
    (QD, [("Ban Xây dựng Đảng Tỉnh ủy.\n", "Ban Xây dựng Đảng Tỉnh ủy,\n")], [("VN809", 12, "error")], []),
    # "về việc", not "V/v"
    (CV, [("về việc chuẩn bị hội nghị", "V/v chuẩn bị hội nghị")], [("VN401", 5, "error")], []),
    # "QĐ" for a Quy định; "QĐi" abolished
    (QD, [("125-QĐ/TU", "125-QĐi/TU"), ("QUYẾT ĐỊNH\nvề việc", "QUY ĐỊNH\nvề việc")], [("VN212", 3, "error")], [("VN809", 12, "warning")]),
    # issuer symbols dropped by HD 05
    (CV, [("12-CV/ĐU ", "12-CV/BCSĐ")], [("VN213", 4, "warning")], []),
    (CV, [("12-CV/ĐU ", "12-CV/ĐUK")], [("VN213", 4, "warning")], []),
    # urgency mark under the number, a công văn's under its trích yếu
    (CV, [("năm 2026\nvề việc", "năm 2026\nKHẨN\nvề việc")], [("VN813", 5, "error")], []),
    (QD, [("ĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG CỘNG SẢN VIỆT NAM\nHỎA TỐC")], [("VN813", 2, "error")], [("VN809", 13, "warning")]),
    # place names of the two-level government (HD 36 letters dated after 1/7/2025 too)
    (CV, [("Đông Kinh, ngày", "Thị xã Đông Kinh, ngày")], [("VN311", 4, "warning")], [("VN311", 4, "warning")]),
    (CV, [("ĐẢNG ỦY PHƯỜNG ĐÔNG KINH  ", "HUYỆN ỦY CAO LỘC         ")], [("VN119", 2, "warning")], [("VN119", 2, "warning")]),
]


@pytest.mark.parametrize("text, edits, hd05, hd36", FAULTS, ids=lambda v: None)
def test_each_fault_under_hd05_and_the_same_letter_under_hd36(
    text: str, edits: list[tuple[str, str]], hd05: list[tuple[str, int, str]], hd36: list[tuple[str, int, str]]
) -> None:
    faulty = edit(text, *edits)
    assert found(faulty) == hd05
    older = dated_2025(faulty)
    assert evaluate(vndocparse.parse(older)).guideline == "hd36"
    assert found(older) == hd36


def test_the_clean_letters_dated_2025_pass_under_hd36() -> None:
    # "về việc", ";", "Kính trình" and "-" are all allowed by Guideline 36 too.
    for text in (CV, TTR, QD):
        older = dated_2025(text)
        assert found(older) == ([("VN809", 12, "warning")] if text is QD else [])


def test_new_symbols_and_special_zone_pass() -> None:
    text = edit(CV, ("12-CV/ĐU ", "12-CV/BTGDV"), ("Đông Kinh, ngày", "Đặc khu Côn Đảo, ngày"))
    assert found(text) == []
    assert found(edit(CV, ("12-CV/ĐU ", "12-CV/CQUBKT"), ("Đông Kinh, ngày", "ĐK Côn Đảo, ngày"))) == []


def test_hd05_findings_cite_hd05() -> None:
    doc = vndocparse.parse(edit(CV, ("- Như trên;", "- Như trên,")))
    (d,) = vndocparse.validate(doc, {"select": ["VN604"]})
    assert d.source == "HD 05-HD/VPTW, Phần II, mục I.9.2.5"
    assert d.guideline == "HD 05-HD/VPTW"
    older = vndocparse.validate(vndocparse.parse(dated_2025(edit(CV, ("- Lưu Văn phòng Đảng ủy.", "- Lưu")))), {"select": ["VN604"]})
    assert older[0].source == RULES["VN604"].source and older[0].guideline == "HD 36-HD/VPTW"


# ------------------------------------------------------------------ choosing the guideline


def test_choose_by_date_today_and_override() -> None:
    today = dt.date(2026, 12, 7)
    assert choose("party", "2026-05-27", today=today) == "hd05"
    assert choose("party", "2026-05-26", today=today) == "hd36"
    assert choose("party", None, today=today) == "hd05"  # an undated draft: today's
    assert choose("party", None, today=dt.date(2026, 1, 1)) == "hd36"
    assert choose("party", "2026-07-01", today=today, override="hd36") == "hd36"
    assert choose("state", "2026-07-01", today=today, override="hd36") == "nd30"
    assert choose(None, "2026-07-01", today=today) is None


def test_an_undated_draft_is_judged_by_the_current_guideline() -> None:
    draft = edit(CV, ("ngày 15 tháng 7 năm 2026", "ngày    tháng    năm 2026"))
    doc = vndocparse.parse(draft)
    assert doc.date is None
    assert evaluate(doc, today=dt.date(2026, 12, 7)).guideline == "hd05"
    assert evaluate(doc, today=dt.date(2026, 3, 1)).guideline == "hd36"


def test_override_in_the_configuration_and_on_the_command_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    faulty = edit(CV, ("- Như trên;", "- Như trên,"))
    assert found(faulty, {"guideline": "hd36"}) == []
    assert found(dated_2025(faulty), {"guideline": "hd05"}) == [("VN604", 19, "error")]
    path = tmp_path / "cv.txt"
    path.write_text(faulty, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert cli.main(["check", "cv.txt", "--isolated"]) == cli.EXIT_FAILURE
    assert capsys.readouterr().out.splitlines()[-1] == "Checked against HD 05-HD/VPTW."
    assert cli.main(["check", "cv.txt", "--isolated", "--guideline", "hd36"]) == cli.EXIT_OK
    assert capsys.readouterr().out.splitlines()[-1] == "Checked against HD 36-HD/VPTW."
    (tmp_path / ".vndocparse.toml").write_text('guideline = "hd36"\n', encoding="utf-8")
    assert cli.main(["check", "cv.txt"]) == cli.EXIT_OK
    capsys.readouterr()
    (tmp_path / ".vndocparse.toml").write_text('guideline = "hd99"\n', encoding="utf-8")
    assert cli.main(["check", "cv.txt"]) == cli.EXIT_USAGE
    assert "guideline must be one of auto, hd36, hd05" in capsys.readouterr().err


def test_reports_name_the_guideline(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "cv.txt").write_text(edit(CV, ("- Như trên;", "- Như trên,")), encoding="utf-8")
    (tmp_path / "state.txt").write_text(STATE_CV, encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    cli.main(["check", "cv.txt", "state.txt", "--isolated", "--output-format", "json"])
    out = json.loads(capsys.readouterr().out)
    (item,) = out["diagnostics"]
    assert item["guideline"] == "HD 05-HD/VPTW"
    assert [(f["path"], f["guideline"]) for f in out["files"]] == [
        ("cv.txt", "HD 05-HD/VPTW"),
        ("state.txt", "NĐ 30/2020/NĐ-CP"),
    ]
    cli.main(["check", "cv.txt", "state.txt", "--isolated", "--output-format", "sarif"])
    run = json.loads(capsys.readouterr().out)["runs"][0]
    assert run["properties"]["guidelines"] == {"cv.txt": "HD 05-HD/VPTW", "state.txt": "NĐ 30/2020/NĐ-CP"}
    cli.main(["check", "cv.txt", "state.txt", "--isolated"])
    last = capsys.readouterr().out.splitlines()[-1]
    assert last == "Checked against HD 05-HD/VPTW (1 file), NĐ 30/2020/NĐ-CP (1 file)."


# ------------------------------------------------------------------ parsing


def test_kinh_trinh_gives_the_recipients() -> None:
    assert vndocparse.parse(TTR).recipients == ("Ban Thường vụ Tỉnh ủy", "Thường trực Tỉnh ủy")
    one = edit(TTR, ("Kính trình:\n- Ban Thường vụ Tỉnh ủy;\n- Thường trực Tỉnh ủy.", "Kính trình: Ban Thường vụ Tỉnh ủy\n\n"))
    assert vndocparse.parse(one).recipients == ("Ban Thường vụ Tỉnh ủy",)


def test_a_quy_dinh_numbered_qd_is_quy_dinh() -> None:
    text = edit(QD, ("QUYẾT ĐỊNH\nvề việc", "QUY ĐỊNH\nvề việc"))
    assert vndocparse.parse(text).doc_type == "quy_dinh"
    untitled = edit(QD, ("125-QĐ/TU", "125-QĐi/TU"), ("QUYẾT ĐỊNH\n", "\n"))
    assert vndocparse.parse(untitled).doc_type == "quy_dinh"


QD399_TYPES = {
    "CƯƠNG LĨNH CHÍNH TRỊ": "cuong_linh", "ĐIỀU LỆ ĐẢNG": "dieu_le", "CHIẾN LƯỢC": "chien_luoc",
    "NGHỊ QUYẾT": "nghi_quyet", "QUYẾT ĐỊNH": "quyet_dinh", "CHỈ THỊ": "chi_thi",
    "KẾT LUẬN": "ket_luan", "QUY CHẾ": "quy_che", "QUY ĐỊNH": "quy_dinh", "THÔNG TRI": "thong_tri",
    "HƯỚNG DẪN": "huong_dan", "THÔNG BÁO": "thong_bao", "THÔNG CÁO": "thong_cao",
    "TUYÊN BỐ": "tuyen_bo", "LỜI KÊU GỌI": "loi_keu_goi", "BÁO CÁO": "bao_cao",
    "KẾ HOẠCH": "ke_hoach", "QUY HOẠCH": "quy_hoach", "CHƯƠNG TRÌNH": "chuong_trinh",
    "ĐỀ ÁN": "de_an", "PHƯƠNG ÁN": "phuong_an", "DỰ ÁN": "du_an", "TỜ TRÌNH": "to_trinh",
    "BIÊN BẢN": "bien_ban",
    "GIẤY GIỚI THIỆU": "giay_gioi_thieu", "GIẤY CHỨNG NHẬN": "giay_chung_nhan",
    "GIẤY ĐI ĐƯỜNG": "giay_di_duong", "GIẤY NGHỈ PHÉP": "giay_nghi_phep", "GIẤY MỜI": "giay_moi",
    "PHIẾU CHUYỂN": "phieu_chuyen", "PHIẾU GỬI": "phieu_gui", "THƯ CÔNG": "thu_cong",
}


@pytest.mark.parametrize("title, expected", sorted(QD399_TYPES.items()))
def test_every_type_of_qd399_is_known(title: str, expected: str) -> None:
    text = edit(QD, ("QUYẾT ĐỊNH\nvề việc", f"{title}\nvề việc"))
    assert vndocparse.parse(text).doc_type == expected


# ------------------------------------------------------------------ state side of the reform


def test_merged_ministries_and_commune_issuers() -> None:
    dated = edit(STATE_CV, ("năm 2024\nV/v", "năm 2026\nV/v"))
    new = edit(dated, ("BỘ NỘI VỤ   ", "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG"), ("Số: 12/BNV-VP", "Số: 12/BNNMT-VP"))
    assert found(new) == []
    new = edit(dated, ("BỘ NỘI VỤ   ", "BỘ DÂN TỘC VÀ TÔN GIÁO"), ("Số: 12/BNV-VP", "Số: 12/BDTTG-VP"))
    assert found(new) == []
    old = edit(dated, ("BỘ NỘI VỤ   ", "BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG"), ("Số: 12/BNV-VP", "Số: 12/BTNMT-VP"))
    assert found(old) == [("VN214", 1, "warning"), ("VN214", 3, "warning")]
    assert found(edit(old, ("năm 2026\nV/v", "năm 2024\nV/v"))) == []
    commune = edit(dated, ("BỘ NỘI VỤ   ", "ỦY BAN NHÂN DÂN XÃ ĐỒNG ĐĂNG"), ("Số: 12/BNV-VP", "Số: 12/UBND-VP"))
    assert found(commune) == []
    district = edit(dated, ("BỘ NỘI VỤ   ", "ỦY BAN NHÂN DÂN HUYỆN CAO LỘC"), ("Số: 12/BNV-VP", "Số: 12/UBND-VP"))
    assert found(district) == [("VN119", 1, "warning")]
    assert found(edit(district, ("năm 2026\nV/v", "năm 2024\nV/v"))) == []
    military = edit(CV, ("ĐẢNG ỦY PHƯỜNG ĐÔNG KINH  ", "QUÂN ỦY TRUNG ƯƠNG        "))
    assert "VN119" not in {c for c, _l, _s in found(military)}


def test_a_dissolved_ministry_names_its_successors_in_each_language() -> None:
    """Bộ Lao động - Thương binh và Xã hội has no one successor: the message says so in
    the run's language (issue 14.9)."""
    dated = edit(STATE_CV, ("năm 2024\nV/v", "năm 2026\nV/v"))
    old = edit(dated, ("BỘ NỘI VỤ   ", "BỘ LĐTB&XH"), ("Số: 12/BNV-VP", "Số: 12/BLĐTBXH-VP"))
    doc = vndocparse.parse(old)
    english = [(d.message, d.fix) for d in vndocparse.validate(doc, {"select": ["VN214"], "lang": "en"})]
    now = "the ministries that took over its tasks"
    assert english == [
        (f"'BỘ LĐTB&XH' was merged or dissolved on 01/3/2025 (now: {now})", f"write the name of {now}"),
        (
            f"'BLĐTBXH' is the symbol of a ministry merged or dissolved on 01/3/2025 (now: {now})",
            "use the symbol of the ministry that issues it now, e.g. 'BNNMT'",
        ),
    ]
    vietnamese = [d.message for d in vndocparse.validate(doc, {"select": ["VN214"], "lang": "vi"})]
    nay = "các bộ nhận chức năng, nhiệm vụ của bộ này"
    assert vietnamese == [
        f"'BỘ LĐTB&XH' đã hợp nhất hoặc giải thể từ ngày 01/3/2025 (nay: {nay})",
        f"'BLĐTBXH' là ký hiệu của bộ đã hợp nhất hoặc giải thể từ ngày 01/3/2025 (nay: {nay})",
    ]
