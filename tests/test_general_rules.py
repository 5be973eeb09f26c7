"""Letters written for the project that rules fitted to one case would misread (a
review of issue 11's rules): clean layouts that share a word or a shape with a damaged
one. Each rule stays general: a word that ends a name here and opens a wrapped phrase
there, a centred trích yếu, a sentence-case trích yếu, a code followed by words."""

from __future__ import annotations

from pathlib import Path

import pytest

import vndocparse
from vndocparse.references import find_references
from vndocparse.signature import read_signature

HERE = Path(__file__).parent / "data" / "general"


def parse(name: str) -> vndocparse.Document:
    return vndocparse.parse_file(HERE / f"{name}.txt")


def test_a_committee_signs_with_its_secretary_under_it() -> None:
    # "ỦY" ends "ĐẢNG ỦY": the office is whole on its line, "BÍ THƯ" is the title.
    doc = parse("party_congvan_dangiy_signature")
    assert doc.signatory is not None
    assert [(a.kind, a.on_behalf_of) for a in doc.signatory.authority] == [("TM", "ĐẢNG ỦY")]
    assert (doc.signatory.position, doc.signatory.name) == ("BÍ THƯ", "Trần Văn Bình")


def test_a_ministry_ending_in_thuong_is_the_parent_of_the_body_under_it() -> None:
    doc = parse("state_congvan_congthuong_group")
    assert doc.issuer is not None
    assert (doc.issuer.name, doc.issuer.parent) == ("TẬP ĐOÀN HÓA CHẤT VIỆT NAM", "BỘ CÔNG THƯƠNG")


def test_a_copy_mark_under_the_copying_body_is_not_part_of_its_name() -> None:
    doc = parse("state_quyetdinh_copy_congthuong")
    assert doc.copy is not None and doc.copy.kind == "sao_y"
    assert doc.copy.issuer is not None and doc.copy.issuer.name == "BỘ CÔNG THƯƠNG"


@pytest.mark.parametrize(
    ("lines", "office", "position"),
    [
        (["TM. ỦY", "BAN NHÂN DÂN", "CHỦ TỊCH"], "ỦY BAN NHÂN DÂN", "CHỦ TỊCH"),  # a wrapped office
        (["TL. TỔNG", "CỤC TRƯỞNG", "VỤ TRƯỞNG VỤ PHÁP CHẾ"], "TỔNG CỤC TRƯỞNG", "VỤ TRƯỞNG VỤ PHÁP CHẾ"),
    ],
)
def test_an_office_cut_after_its_first_word_is_joined(lines: list[str], office: str, position: str) -> None:
    text = "Nơi nhận:\n- Như trên;\n- Lưu: VT.\n\n" + "\n".join(lines) + "\n\nNguyễn Văn An\n"
    doc = vndocparse.parse(text)
    assert doc.signatory is not None
    assert doc.signatory.authority[0].on_behalf_of == office
    assert doc.signatory.position == position


@pytest.mark.parametrize(
    ("merged", "office", "position"),
    [
        ("T/M ĐẢNG ỦY BÍ THƯ", "ĐẢNG ỦY", "BÍ THƯ"),
        ("T/M CHI BỘ BÍ THƯ", "CHI BỘ", "BÍ THƯ"),
        ("TM. HỘI ĐỒNG CHỦ TỊCH", "HỘI ĐỒNG", "CHỦ TỊCH"),
        ("T/M BAN BÍ THƯ", "BAN BÍ THƯ", None),  # the Secretariat: named by its members' title
    ],
)
def test_an_office_merged_with_the_title_is_cut_unless_the_title_names_the_body(
    merged: str, office: str, position: str | None
) -> None:
    chain, got_position, _ = read_signature([merged], [], "Nguyễn Văn An")
    assert chain[0][1] == office
    assert got_position == position


def test_a_centred_subject_whose_second_line_is_longer_is_the_subject() -> None:
    # Set in further than the line under it, like a paragraph's first line, but the two
    # share their middle: centred, not indented.
    doc = parse("state_kehoach_centred_subject")
    assert doc.subject == (
        "Triển khai công tác chuyển đổi số trong cơ quan hành chính nhà nước trên địa bàn huyện năm 2025"
    )


def test_a_sentence_case_subject_opening_with_hoi_nghi_is_no_byline() -> None:
    doc = parse("state_kehoach_hoinghi_subject")
    assert doc.subject == (
        "Hội nghị tổng kết công tác năm 2024 và triển khai nhiệm vụ năm 2025 về cải cách hành chính"
    )


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Căn cứ Nghị định số 30/2020/NĐ-CP Chính phủ về công tác văn thư;", "30/2020/NĐ-CP"),
        ("Thực hiện Công văn số 1234/UBND-VX UBND tỉnh về việc báo cáo", "1234/UBND-VX"),
        ("theo Quyết định số 15/QĐ-UBND Hà Nội, ngày 02/01/2024", "15/QĐ-UBND"),
        ("Tờ trình số 45/TTr-SNV UBND huyện.", "45/TTr-SNV"),
        # damage inside a number is still read through
        ("Công điện số 889/CD- -TTg ngày 01/10/2021", "889/CD--TTg"),
        ("công văn số 17/CV\nHTX 2024 ngày 14/02/2024 của Hợp tác xã", "17/CVHTX2024"),
    ],
)
def test_words_after_a_cited_number_are_not_glued_to_it(text: str, number: str) -> None:
    assert [n for n, _, _ in find_references(text)] == [number]


def test_trung_uong_opening_a_body_name_is_not_the_end_of_the_line_above() -> None:
    # "TRUNG ƯƠNG" alone ends the name above ("BAN CHẤP HÀNH" / "TRUNG ƯƠNG");
    # "TRUNG ƯƠNG HỘI ..." is a body of its own under its parent.
    doc = parse("state_congvan_trunguong_hoi")
    assert doc.issuer is not None
    assert (doc.issuer.name, doc.issuer.parent) == ("TRUNG ƯƠNG HỘI NÔNG DÂN VIỆT NAM", "MẶT TRẬN TỔ QUỐC VIỆT NAM")
    whole = vndocparse.parse(
        "BAN CHẤP HÀNH\nTRUNG ƯƠNG\nSố 12-CV/TW\n\nĐẢNG CỘNG SẢN VIỆT NAM\n\nHà Nội, ngày 3 tháng 3 năm 2026\n\n"
        "V/v tập huấn\n\nKính gửi: Các tỉnh ủy.\n\nĐề nghị các tỉnh ủy cử cán bộ.\n"
    )
    assert whole.issuer is not None and whole.issuer.name == "BAN CHẤP HÀNH TRUNG ƯƠNG"
