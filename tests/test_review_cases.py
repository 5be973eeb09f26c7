"""Cases found in review: each was wrong or slow before its fix."""

from __future__ import annotations

import signal
from collections.abc import Iterator

import pytest

import vndocparse
from vndocparse.normalize import normalise

HEADER = (
    "ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 12/UBND-VP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "Độc lập - Tự do - Hạnh phúc\nAn Giang, ngày 05 tháng 3 năm 2024\n"
)


@pytest.fixture
def two_seconds() -> Iterator[None]:
    def expired(signum: int, frame: object) -> None:
        raise TimeoutError("over 2 s")

    previous = signal.signal(signal.SIGALRM, expired)
    signal.alarm(2)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


def test_entries_on_the_noi_nhan_line_without_bullets() -> None:
    doc = vndocparse.parse(HEADER + "V/v họp\nKính gửi: Các sở.\nNội dung.\nNơi nhận: Như trên; Lưu VT.\nCHỦ TỊCH\nNguyễn Văn An\n")
    assert doc.distribution == ("Như trên", "Lưu VT")
    assert doc.signatory is not None and (doc.signatory.position, doc.signatory.name) == ("CHỦ TỊCH", "Nguyễn Văn An")


def test_kinh_gui_without_a_colon() -> None:
    doc = vndocparse.parse(HEADER + "V/v họp\nKính gửi Sở Tài chính tỉnh An Giang\nNội dung thư.\n")
    assert doc.recipients == ("Sở Tài chính tỉnh An Giang",)


def test_title_subject_stops_at_the_body_without_blank_lines() -> None:
    doc = vndocparse.parse(
        HEADER + "THÔNG BÁO\nKết luận của Chủ tịch\n"
        "Ngày 5/1, Ủy ban nhân dân tỉnh đã họp bàn về công tác phòng chống thiên tai.\n"
        "Chủ tịch kết luận như sau.\n"
    )
    assert doc.subject == "Kết luận của Chủ tịch"
    assert len(doc.paragraphs) == 2


def test_articles_in_capitals_are_articles() -> None:
    doc = vndocparse.parse(
        HEADER + "QUYẾT ĐỊNH:\nĐIỀU 1. Giao nhiệm vụ cho các sở của\nĐIỀU 2. Quyết định này có hiệu lực.\nĐIỀU 3. Thi hành.\n"
    )
    assert [d.label for d in doc.directives] == ["ĐIỀU 1", "ĐIỀU 2", "ĐIỀU 3"]


def test_numeric_html_entities_are_letters() -> None:
    line = normalise("<b>Quy&#7871;t &#273;&#7883;nh</b>")[0]
    assert line.text.strip() == "Quyết định"
    assert line.colmap is not None and line.raw[line.raw_col(line.text.index("ế"))] == "&"
    doc = vndocparse.parse("B&#7896; N&#7896;I V&#7908;\nS&#7889;: 05/BNV-VP\n")
    assert doc.issuer is not None and doc.issuer.name == "BỘ NỘI VỤ"
    assert doc.number is not None and doc.number.value == "05/BNV-VP"


@pytest.mark.usefixtures("two_seconds")
@pytest.mark.parametrize(
    "tail",
    [
        "THÔNG BÁO\n" + "dòng chữ\n-----\n" * 4000,  # a rule between every subject line
        "Nơi nhận:\n" + "- Sở A; PHÓ CỤC TRƯỞNG\n" * 4000,  # a split list item each line
        "Nơi nhận:\n- Lưu.\nKT. " + "AB " * 30000 + "\n",  # one huge authority line
    ],
    ids=["rules-after-title", "split-items", "long-authority"],
)
def test_linear_on_long_blocks(tail: str) -> None:
    assert isinstance(vndocparse.parse(HEADER + tail), vndocparse.Document)
