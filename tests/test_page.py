"""The page stage (`vndocparse.page`): logical lines out of any extraction.

Each join rule on a small piece of text written for the test, and the cases where a
join would be wrong (issue 11, "rebuild the page first").
"""

from __future__ import annotations

import random

import pytest

import vndocparse
from vndocparse.normalize import normalise
from vndocparse.page import _Lines, _may_join, _pair_joins, rebuild
from vndocparse.segment import segment


def _lines(text: str) -> list[tuple[int, int, str]]:
    """``(first line, last line, text)`` of each logical piece."""
    return [(s.line.number, s.last_line, s.text) for s in rebuild(normalise(text))]


def _texts(text: str) -> list[str]:
    return [t for _, _, t in _lines(text)]


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("**ỦY BAN NHÂN\nDÂN **\nTỈNH ĐẮK LẮK", ["ỦY BAN NHÂN DÂN", "TỈNH ĐẮK LẮK"]),
        ("*Đắk Lắk, ngày\n26 tháng 11 năm 2025*", ["Đắk Lắk, ngày 26 tháng 11 năm 2025"]),
        ("*Hà Nội, ngày **24** tháng 11 năm\n202**5*", ["Hà Nội, ngày 24 tháng 11 năm 2025"]),
        ("**T/M BỘ CHÍNH\nTRỊ**\nTrần Văn An", ["T/M BỘ CHÍNH TRỊ", "Trần Văn An"]),
        ("**KT. BỘ TRƯỞNG,\nCHỦ NHIỆM**\nPHÓ CHỦ NHIỆM", ["KT. BỘ TRƯỞNG, CHỦ NHIỆM", "PHÓ CHỦ NHIỆM"]),
        ("*Nơi\nnhận:*\n- Như trên;", ["Nơi nhận:", "- Như trên;"]),
        ("*Căn cứ Luật Ban\nhành văn bản quy phạm pháp luật số\n01/2025/QH15;*", ["Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 01/2025/QH15;"]),
        ("**Lê Văn\nBình**", ["Lê Văn Bình"]),
        # The second piece would be a date line of its own ("Minh, ngày ..."): the run makes one.
        ("*Thành phố Hồ Chí\nMinh, ngày 28 tháng 11 năm 2025*", ["Thành phố Hồ Chí Minh, ngày 28 tháng 11 năm 2025"]),
    ],
)
def test_a_bold_or_italic_run_wrapped_over_lines_is_one_line(text: str, joined: list[str]) -> None:
    assert [" ".join(t.split()) for t in _texts(text)] == joined


@pytest.mark.parametrize(
    ("text", "pieces"),
    [
        # Two lines of their own in one run: the second starts a part (a title).
        ("**K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN**", ["K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN"]),
        # The Party's "*" is no list bullet: the number under it stays apart.
        ("**BAN DÂN VẬN**\n*\nSố\n123-CV/BDVTU", ["BAN DÂN VẬN", "*", "Số 123-CV/BDVTU"]),
        # Two bodies in one run.
        ("**BỘ TÀI CHÍNH\nCỤC THUẾ**", ["BỘ TÀI CHÍNH", "CỤC THUẾ"]),
        # The national title and the motto in one run.
        ("**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc**",
         ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]),
        # A list written with "*" bullets is no italic run.
        ("*   VPTW, VPCP, VPQH,\n*   Tổ đảng ở các ủy ban,", ["*   VPTW, VPCP, VPQH,", "*   Tổ đảng ở các ủy ban,"]),
        # A run that never closes joins nothing.
        ("**ỦY BAN NHÂN\nDÂN\nTỈNH X\n\nSố: 1/UBND", ["ỦY BAN NHÂN DÂN", "TỈNH X", "Số: 1/UBND"]),
        # A cell border ends the run.
        ("|\n**ỦY BAN NHÂN DÂN\n|\nĐộc lập**", ["|", "ỦY BAN NHÂN DÂN", "|", "Độc lập"]),
    ],
)
def test_a_run_joins_only_one_logical_line(text: str, pieces: list[str]) -> None:
    got = _texts(text)
    assert [" ".join(p.split()) for p in got] == [" ".join(p.split()) for p in pieces]


@pytest.mark.parametrize(
    ("text", "joined"),
    [
        ("Số:\n7360/KH-UBND", ["Số: 7360/KH-UBND"]),
        ("Số:\n/UBND-NC", ["Số: /UBND-NC"]),
        ("Phan Thiết, ngày 06\ntháng 7 năm 2023", ["Phan Thiết, ngày 06 tháng 7 năm 2023"]),
        ("CỘNG HÒA XÃ HỘI CHỦ\nNGHĨA VIỆT NAM", ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]),
        ("Độc lập - Tự\ndo - Hạnh\nphúc", ["Độc lập - Tự do - Hạnh phúc"]),
        ("ĐẢNG CỘNG SẢN\nVIỆT NAM", ["ĐẢNG CỘNG SẢN VIỆT NAM"]),
        ("CỤC HÀNG HẢI VÀ\nĐƯỜNG THỦY VIỆT NAM", ["CỤC HÀNG HẢI VÀ ĐƯỜNG THỦY VIỆT NAM"]),
        ("TL. TỔNG\nCỤC TRƯỞNG", ["TL. TỔNG CỤC TRƯỞNG"]),
        ("TM. ỦY BAN\nNHÂN DÂN\nKT. CHỦ TỊCH", ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"]),
        ("KT. BỘ TRƯỞNG,\nCHỦ NHIỆM", ["KT. BỘ TRƯỞNG, CHỦ NHIỆM"]),
        ("Căn\ncứ Luật Hải quan ngày 23/6/2014;", ["Căn cứ Luật Hải quan ngày 23/6/2014;"]),
        ("số: 0218\n/CTTBI-TTHT", ["số: 0218 /CTTBI-TTHT"]),
        ("-\nNhư Điều 3;\n- Lưu: VT.", ["- Như Điều 3;", "- Lưu: VT."]),
        ("**TM. ỦY BAN  \nNHÂN DÂN**", ["TM. ỦY BAN NHÂN DÂN"]),  # a markdown hard break in a run
        ("THÔNG TƯ\nBÃI\nBỎ QUYẾT ĐỊNH SỐ 12/2006/QĐ-BQP", ["THÔNG TƯ", "BÃI BỎ QUYẾT ĐỊNH SỐ 12/2006/QĐ-BQP"]),
    ],
)
def test_a_wrapped_phrase_is_one_line(text: str, joined: list[str]) -> None:
    assert _texts(text) == joined


@pytest.mark.parametrize(
    "text",
    [
        "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH",  # the title under the authority line
        "TM. BAN THƯỜNG VỤ\nBÍ THƯ",
        "KT. TỔNG CỤC TRƯỞNG\nPHO TONG CUC TRUONG",  # a title OCR'd without marks
        "T/M BAN BÍ THƯ\nTrần Cẩm Tú",
        "UBND THÀNH PHỐ HÀ\nNỘI\nTRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG",  # "NỘI" ends a line, it opens none
        "BỘ TÀI CHÍNH\nTỔNG CỤC THUẾ",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc",
        "Hà Nội, ngày 05 tháng 3 năm 2024\nQUYẾT ĐỊNH",
        "QUYẾT ĐỊNH\nVề việc thành lập Tổ công tác",
        "VPTW, VPCP, VPQH,\n- Lưu: VT.",  # a comma, then a list item
        "Số: 12/UBND-VX\nV/v báo cáo",
        "thực hiện Nghị quyết số\n18-NQ/TW, ngày 25/10/2017",  # "số" in a sentence cites a number
    ],
)
def test_lines_of_their_own_stay_apart(text: str) -> None:
    assert len(_lines(text)) == len(text.split("\n"))


def test_a_join_never_takes_a_piece_of_the_other_column() -> None:
    text = "Nơi nhận:                        KT. CHỦ TỊCH\n- Như trên;                      PHÓ CHỦ TỊCH"
    assert _texts(text) == ["Nơi nhận:", "KT. CHỦ TỊCH", "- Như trên;", "PHÓ CHỦ TỊCH"]
    text = "ỦY BAN NHÂN DÂN                  TM. ỦY BAN\nTỈNH HÀ NAM                      NHÂN DÂN"
    assert _texts(text) == ["ỦY BAN NHÂN DÂN", "TM. ỦY BAN NHÂN DÂN", "TỈNH HÀ NAM"]


def test_cells_given_one_per_line_know_their_cell() -> None:
    text = "|\nBỘ NỘI VỤ\n|\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n|\n|\nSố: 5/BNV-VP\n|\nHà Nội, ngày 1 tháng 2 năm 2025\n|"
    cells = [(s.text, s.column) for s in rebuild(normalise(text)) if s.text != "|"]
    assert cells == [("BỘ NỘI VỤ", 0), ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 1), ("Số: 5/BNV-VP", 0),
                     ("Hà Nội, ngày 1 tháng 2 năm 2025", 1)]  # fmt: skip
    row = [(s.text, s.column) for s in rebuild(normalise("| BỘ NỘI VỤ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |"))]
    assert row == [("BỘ NỘI VỤ", 0), ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", 1)]


def test_a_joined_line_keeps_every_piece_in_its_part() -> None:
    text = "|\n**ỦY BAN NHÂN\nDÂN**\nTỈNH ĐẮK LẮK\n|\n**CỘNG HÒA XÃ\nHỘI CHỦ NGHĨA VIỆT NAM**\nĐộc lập - Tự do - Hạnh phúc\n|\n|\nSố:\n12/CT-UBND\n|\n*Đắk Lắk, ngày\n26 tháng 11 năm 2025*\n|\n"
    doc = vndocparse.parse(text)
    assert doc.issuer is not None and doc.issuer.name == "ỦY BAN NHÂN DÂN TỈNH ĐẮK LẮK"
    assert doc.number is not None and doc.number.value == "12/CT-UBND"
    assert (doc.place, doc.date) == ("Đắk Lắk", "2025-11-26")
    roles = {seg.line: (p.kind, p.role) for p in doc.parts for seg in p.segments if seg.end > seg.start}
    assert roles[2] == roles[3] == ("header", "issuer")
    assert roles[11] == roles[12] == ("header", "number")
    assert roles[14] == roles[15] == ("header", "date_line")
    assert doc.spans["date"].start_line == 14 and doc.spans["date"].end_line == 15


_PIECES = ["CỘNG HÒA", "XÃ", "ỦY BAN NHÂN", "DÂN", "Số:", "12/UBND", "Hà Nội,", "ngày 5", "tháng 3 năm 2024",
           "TM.", "KT. CHỦ TỊCH", "PHÓ", "Căn", "cứ Luật", "và", "của", ",", "Độc lập - Tự do", "Hạnh phúc",
           "ĐẢNG", "CỘNG SẢN", "VIỆT NAM", "BÃI", "BỎ", "a", ".", ";", "TRƯỞNG", "Số: 0218", "/CTTBI-TTHT",
           "số", "18-NQ/TW", "-", "---", "1.", "$:", "86:", "7360/KH-UBND", "Như Điều 3;"]  # fmt: skip


def test_the_fast_test_never_hides_a_join() -> None:
    """`_may_join` rules a piece out only where `_pair_joins` joins nothing to it."""
    rng = random.Random(11)
    seen = 0
    for _ in range(4000):
        a = " ".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 4)))
        b = " ".join(rng.choice(_PIECES) for _ in range(rng.randint(1, 4)))
        segs = segment(normalise(f"{a}\n{b}"))
        if len(segs) != 2:
            continue
        joins = _pair_joins(segs[0], segs[1], _Lines(segs), 0)  # (the first piece opens its phrase)
        seen += joins
        if joins:
            assert _may_join(segs[0]), (a, b)
    assert seen > 100


def test_a_heading_is_cut_out_of_a_row_only_in_the_header() -> None:
    """In the header a heading after other text is a merged row; below the title, "ĐẢNG
    CỘNG SẢN VIỆT NAM" in a trích yếu in capitals names the Party; in a sentence, it is
    no heading anywhere."""
    header = "BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG CỘNG SẢN VIỆT NAM\nSố 12-QĐ/TW\n"
    assert _texts(header)[:2] == ["BAN CHẤP HÀNH TRUNG ƯƠNG", "ĐẢNG CỘNG SẢN VIỆT NAM"]
    below = "QUY ĐỊNH\nVỀ PHÔNG LƯU TRỮ ĐẢNG CỘNG SẢN VIỆT NAM\n"
    assert _texts(below) == ["QUY ĐỊNH", "VỀ PHÔNG LƯU TRỮ ĐẢNG CỘNG SẢN VIỆT NAM"]
    sentence = "Tài liệu của Đảng Cộng sản Việt Nam được lưu trữ"
    assert _texts(sentence) == [sentence]
