"""Layout cases of issue 11 that no test letter shows on its own."""

from __future__ import annotations

import pytest

import vndocparse


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        # A DOCX cell merged over several rows is extracted once for each row: the
        # trích yếu is read once.
        pytest.param(
            "| ỦY BAN NHÂN DÂN |  | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |\n"
            "| TỈNH ĐỒNG NAI |  | Độc lập - Tự do - Hạnh phúc |\n"
            "| Số: 12/UBND-KT |  | Đồng Nai, ngày 3 tháng 4 năm 2025 |\n"
            "| V/v rà soát đất công |  |  |\n"
            "| trên địa bàn tỉnh |  |  |\n"
            "| V/v rà soát đất công |  |  |\n"
            "| trên địa bàn tỉnh |  |  |\n"
            "\nKính gửi: Sở Tài chính\n\nỦy ban nhân dân tỉnh giao Sở Tài chính rà soát./.\n",
            "V/v rà soát đất công trên địa bàn tỉnh",
            id="subject-repeated-by-a-merged-cell",
        ),
        # "KẾ HOẠCH Tổ chức ..." on one line (a document held on one line, cut at its
        # landmarks): the sentence after it is the body's, not the trích yếu's.
        pytest.param(
            "ỦY BAN MTTQ VIỆT NAM XÃ AN BÌNH\nSố: 05/KH-MTTQ\n"
            "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nAn Bình, ngày 2 tháng 1 năm 2026\n"
            "KẾ HOẠCH Tổ chức hội nghị hiệp thương lần thứ nhất\n"
            "Thực hiện Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân năm 2015;\n"
            "Căn cứ Hướng dẫn số 01/HD-MTTQ-BTT ngày 28/11/2025;\n",
            "Tổ chức hội nghị hiệp thương lần thứ nhất",
            id="body-under-a-title-holding-its-subject",
        ),
    ],
)
def test_the_subject_is_read_once_and_alone(text: str, subject: str) -> None:
    assert vndocparse.parse(text).subject == subject


def test_ocr_debris_in_the_signature_block_is_no_title() -> None:
    text = (
        "BỘ Y TẾ                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Số: 10/BYT-KH           Hà Nội, ngày 5 tháng 3 năm 2025\n"
        "V/v báo cáo\n\nKính gửi: Sở Y tế\n\nĐề nghị báo cáo./.\n\n"
        "Nơi nhận: „1 HỦ TƯ) ỚNG\n- Như trên;\n- Lưu: VT.\n                     Trần Văn Hải\n"
    )
    doc = vndocparse.parse(text)
    assert doc.signatory is not None
    assert (doc.signatory.position, doc.signatory.name) == (None, "Trần Văn Hải")


def test_units_abbreviated_after_a_semicolon_are_part_of_the_entry() -> None:
    """"; TH, KT" after a Nơi nhận entry names units of the office, not a speck."""
    text = (
        "ỦY BAN NHÂN DÂN               CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "TỈNH BẮC NINH                 Độc lập - Tự do - Hạnh phúc\n"
        "Số: 20/UBND-KT                Bắc Ninh, ngày 9 tháng 5 năm 2025\n"
        "V/v báo cáo tiến độ\n\nKính gửi: Sở Xây dựng\n\nĐề nghị báo cáo./.\n\n"
        "Nơi nhận:                             KT. CHỦ TỊCH\n"
        "- Như trên;                           PHÓ CHỦ TỊCH\n"
        "- VPUB: CVP, PCVP Lê Hà; TH, KT;\n"
        "- Lưu: VT; =e eee                     Trần Văn Hải\n"
    )
    doc = vndocparse.parse(text)
    assert doc.distribution == ("Như trên", "VPUB: CVP, PCVP Lê Hà; TH, KT", "Lưu: VT")
