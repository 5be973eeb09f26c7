"""Cited numbers the extraction damaged (issue 11): read as written, spaces removed
(corpus/ANNOTATION.md), and nothing glued onto them taken with them."""

from __future__ import annotations

import pytest

import vndocparse
from vndocparse.references import find_references


@pytest.mark.parametrize(
    ("text", "number", "date"),
    [
        # After "số", a number is read up to what ends it, whatever its shape.
        ("theo Công văn số 851/BNV-CVT<NN ngày 01/4/2025 của Bộ", "851/BNV-CVT<NN", "2025-04-01"),
        ("văn bản số CV/01CPXD ngày 02/12/2011 của Công ty", "CV/01CPXD", "2011-12-02"),
        ("đơn số ADM2018/07-01 ngày 04/7/2018 của Công ty", "ADM2018/07-01", "2018-07-04"),
        ("theo Luật số 12/201 7⁄QH14: Bộ luật", "12/2017⁄QH14", None),  # a space inside it, OCR
        ("Nghị quyết số ] 39/NQ-CP ngày 31/12/2017", "]39/NQ-CP", "2017-12-31"),
        ("Công điện số 889/CD- -TTg ngày 01/10/2022", "889/CD--TTg", "2022-10-01"),
        # Words a lost space glued on are not the number's.
        ("theo Thông báo số 04/2020/KT-TBHPđể thực hiện", "04/2020/KT-TBHP", None),
        ("Nghị định 126/2024/NĐ-CPquy định", "126/2024/NĐ-CP", None),
        ("tại Quyết định số 571/QĐ-TTg. Hiện nay, Bộ", "571/QĐ-TTg", None),
        # ... but a code's own lower-case letters and dotted suffix are.
        ("Công văn số 76/CV-Habeco.NA ngày 17/9/2014", "76/CV-Habeco.NA", "2014-09-17"),
        ("Văn bản số 6721/VPCP-V.I ngày 19/7/2025", "6721/VPCP-V.I", "2025-07-19"),
    ],
)
def test_a_damaged_number_is_read_as_written(text: str, number: str, date: str | None) -> None:
    assert [(n, d) for n, d, _ in find_references(text)] == [(number, date)]


@pytest.mark.parametrize(
    "text",
    [
        "số 03 ngày 15/3/2024 của Ban",  # no code: no document number
        "mẫu số 01/ĐK-TCT ngày 5/1/2024",  # a form
        "số 24/2014/NĐ-CP 1. Sửa đổi khoản 2",  # the next item's label is not the number's
    ],
)
def test_what_follows_so_is_not_taken_for_a_number(text: str) -> None:
    assert all(n in ("24/2014/NĐ-CP",) for n, _, _ in find_references(text))


def test_a_footnote_marker_glued_to_a_number_is_dropped() -> None:
    text = (
        "SỞ NỘI VỤ                        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Số: 12/SNV-TCBC                  Hà Nội, ngày 5 tháng 3 năm 2025\n"
        "V/v tổ chức đại hội hội\n\n"
        "Kính gửi: Ủy ban nhân dân tỉnh\n\n"
        "Căn cứ ý kiến của Sở Tài chính tại Công văn số 1925/STC-HTDN1 và Nghị định số\n"
        "126/2024/NĐ-CP2, Sở Nội vụ báo cáo như sau./.\n\n"
        "Nơi nhận:                                 GIÁM ĐỐC\n"
        "- Như trên;\n"
        "- Lưu: VT.                                Nguyễn Văn Bình\n\n"
        "1 Công văn số 1925/STC-HTDN ngày 19/5/2025 của Sở Tài chính.\n"
        "2 Nghị định số 126/2024/NĐ-CP ngày 08/10/2024 của Chính phủ.\n"
    )
    doc = vndocparse.parse(text)
    assert sorted(r.number for r in doc.references) == ["126/2024/NĐ-CP", "1925/STC-HTDN"]


def test_numbered_text_quoted_from_a_law_is_not_the_documents() -> None:
    text = (
        "BỘ TÀI CHÍNH                          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Số: 12/BTC-PC                         Hà Nội, ngày 5 tháng 3 năm 2025\n"
        "V/v xử phạt vi phạm hành chính\n\n"
        "Kính gửi: Cục Thuế tỉnh Nam Định\n\n"
        "1. Luật Xử lý vi phạm hành chính quy định:\n"
        "“Điều 10. Tình tiết tăng nặng\n"
        "1. Những tình tiết sau đây là tình tiết tăng nặng:\n"
        "a) Vi phạm hành chính có tổ chức;\n"
        "b) Vi phạm hành chính nhiều lần.”\n"
        "2. Đề nghị Cục Thuế căn cứ quy định trên để thực hiện.\n"
        "3. Trường hợp vướng mắc, báo cáo Bộ Tài chính./.\n\n"
        "Nơi nhận:                              KT. BỘ TRƯỞNG\n"
        "- Như trên;                            THỨ TRƯỞNG\n"
        "- Lưu: VT, PC.                         Lê Văn Tùng\n"
    )
    doc = vndocparse.parse(text)
    assert [d.label for d in doc.directives] == ["1", "2", "3"]
    assert doc.directives[0].children == ()
