"""The lexicon (``vndocparse.tables``): each concept defined once, and what it accepts.

Issue 11: the OCR tolerance of the date line must never misread an undamaged line (a
place ending in "ng" cut at "ngày"'s letters, an issuer holding "ng", "th" and "nam"
taken for a date line), and every stage reads a date line the same way.
"""

from __future__ import annotations

import pytest

from vndocparse.fields import parse_date_line
from vndocparse.normalize import normalise
from vndocparse.pipeline import run
from vndocparse.tables import dateline
from vndocparse.text import fold


def _kinds(text: str) -> list[str]:
    from vndocparse.classify import classify
    from vndocparse.segment import segment

    return [t.kind for t in classify(segment(normalise(text)))]


# Places whose last word holds "ng", "th" or "nam" (the letters of the date's words).
PLACES = ["Lâm Đồng", "Hải Phòng", "Đà Nẵng", "Bắc Giang", "Cao Bằng", "Tiền Giang", "Quảng Nam",
          "Thái Bình", "Thành phố Hồ Chí Minh", "Vũng Tàu", "Sóc Trăng", "Hà Giang"]  # fmt: skip


@pytest.mark.parametrize("place", PLACES)
def test_a_place_ending_in_the_date_words_letters_is_kept_whole(place: str) -> None:
    for line in (f"{place}, ngày 05 tháng 3 năm 2025", f"{place}, ngày      tháng 3 năm 2025"):
        assert _kinds(line) == ["DATE_LINE"], line
        got_place, _ = parse_date_line(line)
        assert got_place == place, line
    assert parse_date_line(f"{place}, ngày 05 tháng 3 năm 2025") == (place, "2025-03-05")


@pytest.mark.parametrize(
    "line",
    [
        "CỤC HÀNG HẢI VÀ ĐƯỜNG THỦY VIỆT NAM",
        "TRUNG TÂM THÔNG TIN VÀ TRUYỀN THÔNG NAM",
        "Đường Thống Nhất, phường Tân Định năm nay",
        "Ngân hàng Thương mại cổ phần Công Thương Việt Nam",
    ],
)
def test_an_undamaged_line_holding_the_letters_is_no_date_line(line: str) -> None:
    assert "DATE_LINE" not in _kinds(line)
    assert dateline.LINE.match(fold(line)) is None


@pytest.mark.parametrize(
    ("line", "place", "date"),
    [
        ("Hà Nội, ngàyló thảngU năm 2021", "Hà Nội", None),  # a speck glued on, a letter on "tháng"
        ("Hà Nội, ngày 04 kháng 2 năm 2023", "Hà Nội", "2023-02-04"),  # "kháng" for "tháng"
        ("Hà Nội, ngày { 7 tháng  Ủuăm 2016", "Hà Nội", None),  # a speck parting the day, "Ủuăm"
        ("Hà Nội, ngay 15 thang 8 nam 2019", "Hà Nội", "2019-08-15"),  # typed without marks
        ("Hà Nội, ngày06 tháng3 năm2020", "Hà Nội", "2020-03-06"),  # the numbers glued on
    ],
)
def test_damaged_date_lines_are_still_read(line: str, place: str, date: str | None) -> None:
    assert _kinds(line) == ["DATE_LINE"]
    assert parse_date_line(line) == (place, date)


def test_the_issuer_of_a_merged_row_is_not_a_date_line() -> None:
    doc = run(
        "BỘ XÂY DỰNG          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "CỤC HÀNG HẢI VÀ ĐƯỜNG THỦY VIỆT NAM     Độc lập - Tự do - Hạnh phúc\n"
        "Số: 12/TB-CHHĐTVN          Hà Nội, ngày 09 tháng 6 năm 2025\n"
    )
    assert doc.issuer is not None
    assert (doc.issuer.parent, doc.issuer.name) == ("BỘ XÂY DỰNG", "CỤC HÀNG HẢI VÀ ĐƯỜNG THỦY VIỆT NAM")
    assert (doc.place, doc.date) == ("Hà Nội", "2025-06-09")


def test_the_validator_reads_the_date_line_with_the_lexicons_form() -> None:
    from vndocparse.validate.rules import dates

    assert dates._DATE is dateline.FORM


def test_titles_and_degrees_are_defined_once() -> None:
    """The validator's heads, deputies and degrees are the lexicon's, not copies."""
    from vndocparse.tables import authority
    from vndocparse.validate import tables as rules_tables

    assert rules_tables.HEAD_TITLES is authority.HEADS
    assert rules_tables.DEPUTY_TITLES is authority.DEPUTY_OPENERS
    assert rules_tables.DEGREE_PREFIXES is authority.DEGREES
    # The parser cuts a merged office before any head's title or its deputy's.
    assert set(authority.HEADS) <= set(authority.HEAD_TITLES)
    assert {"pho chu tich", "pho giam doc"} <= set(authority.HEAD_TITLES)


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Thượng tướng Vũ Hải Sản", "Vũ Hải Sản"),
        ("Đại uý Trần Văn Bình", "Trần Văn Bình"),
        ("PGS.TS. Lê Thị An", "Lê Thị An"),
        ("PGS. TS. Lê Thị An", "Lê Thị An"),
        ("TS.Nguyễn Văn Hà", "Nguyễn Văn Hà"),
        ("ThS. BS. Hà Minh", "Hà Minh"),
        ("GS Lê An", "Lê An"),
        ("Ngũ Thị Hà", "Ngũ Thị Hà"),  # letters of a degree ("ngut") across words: a name
        ("Tsai Ming", "Tsai Ming"),
    ],
)
def test_a_rank_or_degree_before_a_name_is_read_from_the_lexicon(written: str, name: str) -> None:
    from vndocparse.signature import strip_rank

    assert strip_rank(written) == name
