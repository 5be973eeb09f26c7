"""Header layouts that real extractions produce, each read to the same fields.

Small documents written for the project; each case is one way the two header columns
(issuer and number on the left; national title, motto and date on the right) reach us.
"""

from __future__ import annotations

import pytest

import vndocparse

EXPECTED = {
    "issuer": ("SỞ Y TẾ", "ỦY BAN NHÂN DÂN TỈNH HÀ NAM"),
    "number": "45/SYT-NVY",
    "place": "Hà Nam",
    "date": "2024-03-05",
    "family": "state",
}

TAIL = "V/v tăng cường phòng chống dịch\n\nKính gửi: Các bệnh viện tuyến tỉnh.\n\nNội dung./.\n"

VARIANTS = {
    "column-wise": (
        "ỦY BAN NHÂN DÂN TỈNH HÀ NAM\nSỞ Y TẾ\nSố: 45/SYT-NVY\n"
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Hà Nam, ngày 05 tháng 3 năm 2024\n" + TAIL
    ),
    "row-wise with gutters": (
        "ỦY BAN NHÂN DÂN TỈNH HÀ NAM        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "SỞ Y TẾ                             Độc lập - Tự do - Hạnh phúc\n"
        "Số: 45/SYT-NVY                      Hà Nam, ngày 05 tháng 3 năm 2024\n" + TAIL
    ),
    "row-wise without gutters": (
        "ỦY BAN NHÂN DÂN TỈNH HÀ NAM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "SỞ Y TẾ Độc lập - Tự do - Hạnh phúc\n"
        "Số: 45/SYT-NVY Hà Nam, ngày 05 tháng 3 năm 2024\n" + TAIL
    ),
    "pipe table with <br>": (
        "| ỦY BAN NHÂN DÂN TỈNH HÀ NAM<br>**SỞ Y TẾ**<br>------- | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>"
        "**Độc lập - Tự do - Hạnh phúc** |\n|---|---|\n"
        "| Số: 45/SYT-NVY | *Hà Nam, ngày 05 tháng 3 năm 2024* |\n" + TAIL
    ),
    "hard-wrapped date and title": (
        "ỦY BAN NHÂN DÂN TỈNH HÀ NAM\nSỞ Y TẾ\nSố: 45/SYT-NVY\n"
        "CỘNG HÒA XÃ HỘI CHỦ\nNGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\n"
        "Hà Nam, ngày 05\ntháng 3 năm 2024\n" + TAIL
    ),
    "OCR slips": (
        "UY BAN NHAN DAN TINH HA NAM\nSỞ Y TẾ\nsố: 45/SYT-NVY\n"
        "CONG HOA XA HOI CHU NGHIA VIET NAM\nĐộc lập - Ty do - Hanh phúc\n"
        "Hà Nam, ngày 05 tháng 3 năm 2024\n" + TAIL
    ),
    "markdown headings": (
        "## ỦY BAN NHÂN DÂN TỈNH HÀ NAM\n**SỞ Y TẾ**\n\\-\\-\\-\\-\nSố: 45/SYT-NVY\n\n"
        "**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**\n**Độc lập - Tự do - Hạnh phúc**\n\n"
        "*Hà Nam, ngày 05 tháng 3 năm 2024*\n\n" + TAIL
    ),
}


@pytest.mark.parametrize("name", list(VARIANTS))
def test_header_variant(name: str) -> None:
    doc = vndocparse.parse(VARIANTS[name])
    assert doc.issuer is not None and doc.number is not None
    issuer = (doc.issuer.name, doc.issuer.parent)
    if name == "OCR slips":
        assert issuer == ("SỞ Y TẾ", "UY BAN NHAN DAN TINH HA NAM")
    else:
        assert issuer == EXPECTED["issuer"]
    assert doc.number.value == EXPECTED["number"]
    assert (doc.place, doc.date, doc.family) == (EXPECTED["place"], EXPECTED["date"], EXPECTED["family"])
    assert doc.subject == "V/v tăng cường phòng chống dịch"
    assert doc.recipients == ("Các bệnh viện tuyến tỉnh",)


def test_party_subject_without_vv_under_the_number() -> None:
    text = (
        "HUYỆN ỦY ĐẠI LỘC                      ĐẢNG CỘNG SẢN VIỆT NAM\n"
        "*\n"
        "Số 27-CV/HU                           Đại Lộc, ngày 04 tháng 6 năm 2024\n"
        "về tổ chức hội nghị sơ kết 6 tháng đầu năm\n\n"
        "Kính gửi: Các chi bộ, đảng bộ cơ sở.\n\nNội dung.\n"
    )
    doc = vndocparse.parse(text)
    assert doc.family == "party" and doc.doc_type == "cong_van"
    assert doc.subject == "về tổ chức hội nghị sơ kết 6 tháng đầu năm"
    assert doc.recipients == ("Các chi bộ, đảng bộ cơ sở",)
