"""Copies (bản sao) and annexes (phụ lục): recognised as their own parts (issue 11, point 7).

The copy block is not the document's header or signature, an annex's heading is not
the document's, and the numbering and citations inside an annex are not the
document's directives and references.
"""

from __future__ import annotations

import vndocparse

HEAD = """\
BỘ TÀI CHÍNH                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỔNG CỤC THUẾ                               Độc lập - Tự do - Hạnh phúc
Số: 1234/TCT-CS                        Hà Nội, ngày 05 tháng 3 năm 2024
V/v hoàn thuế giá trị gia tăng

Kính gửi: Cục Thuế tỉnh Hưng Yên.

Tổng cục Thuế trả lời để Cục Thuế được biết./.

Nơi nhận:                                     KT. TỔNG CỤC TRƯỞNG
- Như trên;                                   PHÓ TỔNG CỤC TRƯỞNG
- Lưu: VT, CS.
                                              Mai Xuân Trường
"""


def _roles(doc: vndocparse.Document, kind: str) -> set[str | None]:
    return {p.role for p in doc.parts if p.kind == kind}


def test_a_copy_stamped_above_the_header_is_not_the_issuers_parent() -> None:
    doc = vndocparse.parse("SAO Y BẢN CHÍNH\n" + HEAD)
    assert doc.issuer is not None
    assert (doc.issuer.parent, doc.issuer.name) == ("BỘ TÀI CHÍNH", "TỔNG CỤC THUẾ")
    assert doc.copy is not None and doc.copy.kind == "sao_y"
    assert _roles(doc, "copy") == {"mark"}


def test_a_copy_block_after_the_signature_is_the_copys() -> None:
    block = (
        "____________________________________________________________\n"
        "CỤC THUẾ TỈNH HƯNG YÊN                            SAO LỤC\n"
        "Số: 08/SL-CT                    Hưng Yên, ngày 12 tháng 3 năm 2024\n"
        "                                                 TL. CỤC TRƯỞNG\n"
        "Nơi nhận:                                        CHÁNH VĂN PHÒNG\n"
        "- Các phòng thuộc Cục;\n"
        "- Lưu: VT.                                       Vũ Thị Hoa\n"
    )
    doc = vndocparse.parse(HEAD + block)
    # The document's own fields are the original's.
    assert doc.signatory is not None and doc.signatory.name == "Mai Xuân Trường"
    assert doc.distribution == ("Như trên", "Lưu: VT, CS")
    copy = doc.copy
    assert copy is not None and copy.kind == "sao_luc"
    assert copy.issuer is not None and copy.issuer.name == "CỤC THUẾ TỈNH HƯNG YÊN"
    assert copy.number is not None and copy.number.value == "08/SL-CT"
    assert (copy.place, copy.date) == ("Hưng Yên", "2024-03-12")
    assert copy.signatory is not None
    assert [(a.kind, a.on_behalf_of) for a in copy.signatory.authority] == [("TL", "CỤC TRƯỞNG")]
    assert (copy.signatory.position, copy.signatory.name) == ("CHÁNH VĂN PHÒNG", "Vũ Thị Hoa")
    assert {"mark", "issuer", "number", "date_line", "authority", "position", "name", "distribution"} <= _roles(doc, "copy")


def test_a_copy_mark_on_the_copying_bodys_row() -> None:
    block = "\nTỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM SAO LỤC\nSố: 17/SL-TLĐ\n"
    doc = vndocparse.parse(HEAD + block)
    assert doc.copy is not None and doc.copy.kind == "sao_luc"
    assert doc.copy.issuer is not None and doc.copy.issuer.name == "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM"
    assert doc.signatory is not None and doc.signatory.name == "Mai Xuân Trường"


def test_annexes_are_not_the_body() -> None:
    annexes = (
        "\nPHỤ LỤC I\n"
        "DANH SÁCH DOANH NGHIỆP\n"
        "(Kèm theo Công văn số 1234/TCT-CS ngày 05/3/2024 của Tổng cục Thuế)\n"
        "1. Công ty A, theo Thông báo số 12/TB-CT ngày 01/02/2024.\n"
        "2. Công ty B.\n"
        "\nPhụ lục II: MẪU BÁO CÁO\n"
        "I. Tình hình chung\n"
        "II. Kiến nghị\n"
    )
    doc = vndocparse.parse(HEAD + annexes)
    assert [(a.label, a.title) for a in doc.appendices] == [("PHỤ LỤC I", "DANH SÁCH DOANH NGHIỆP"), ("Phụ lục II", "MẪU BÁO CÁO")]
    assert doc.appendices[0].reference == "(Kèm theo Công văn số 1234/TCT-CS ngày 05/3/2024 của Tổng cục Thuế)"
    assert doc.directives == ()  # the annexes' numbering is theirs
    assert "12/TB-CT" not in {r.number for r in doc.references}  # and so are their citations
    assert {"label", "title", "reference", None} <= _roles(doc, "annex")


def test_an_attached_regulation_opens_without_phu_luc() -> None:
    text = HEAD + "\nQUY CHẾ\nLàm việc của Tổ công tác\n(Ban hành kèm theo Công văn số 1234/TCT-CS)\nChương I\nQUY ĐỊNH CHUNG\n"
    doc = vndocparse.parse(text)
    assert [(a.label, a.title) for a in doc.appendices] == [("QUY CHẾ", "Làm việc của Tổ công tác")]


def test_a_file_holding_only_an_annex_or_a_copy_block_still_parses() -> None:
    annex = vndocparse.parse("PHỤ LỤC\nDANH MỤC HỒ SƠ\n(Kèm theo Quyết định số 5/QĐ-UBND)\n1. Hồ sơ A.\n2. Hồ sơ B.\n")
    assert (annex.issuer, annex.number, annex.signatory, annex.directives) == (None, None, None, ())
    assert [a.label for a in annex.appendices] == ["PHỤ LỤC"]
    assert [d.code for d in annex.diagnostics] == ["P030"]
    copy = vndocparse.parse("VĂN PHÒNG UBND TỈNH X        SAO Y\nSố: 3/SY-VP          X, ngày 2 tháng 1 năm 2025\n")
    assert (copy.issuer, copy.number, copy.date) == (None, None, None)
    assert copy.copy is not None and copy.copy.number is not None and copy.copy.number.value == "3/SY-VP"
    assert [d.code for d in copy.diagnostics] == ["P030"]


def test_every_line_of_the_trailer_is_attributed_once() -> None:
    text = HEAD + "\n____________\nUBND TỈNH X      SAO Y\nSố: 1/SY-VP\n\nPHỤ LỤC\nDANH MỤC\n- mục một\n"
    doc = vndocparse.parse(text)
    covered: dict[int, list[int]] = {}
    for part in doc.parts:
        for seg in part.segments:
            covered.setdefault(seg.line, []).extend(range(seg.start, seg.end))
    for number, line in enumerate(text.split("\n")[:-1], start=1):
        cols = covered.get(number, [])
        assert len(cols) == len(set(cols)), (number, "a column in two parts")
        assert {c for c, ch in enumerate(line) if not ch.isspace()} <= set(cols), (number, line)
