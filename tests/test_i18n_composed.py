"""Messages composed of phrases: each language takes its own text of the inner phrase.

Where a rule's message holds another phrase (the blank parts of a date line, the
separators of a list, where a mark stands, a date) or chooses between two phrasings (a wrong
mark or a missing comma), the Vietnamese message must hold the Vietnamese inner text,
and the English message must stay what it was.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from test_rules import edit, run

HD05 = Path(__file__).parent / "data" / "hd05"


def _messages(text: str, code: str, lang: str, config: dict[str, Any] | None = None) -> list[tuple[str, str | None]]:
    return [(d.message, d.fix) for d in run(text, code, {**(config or {}), "lang": lang})]


CASES = [
    pytest.param(
        "VN307",
        edit("state_congvan", [("ngày 15 tháng 3 năm 2024", "ngày    tháng    năm 2024")]),
        ("the date line leaves the day, month blank: a draft", "fill in the date when the document is issued"),
        (
            "dòng địa danh và thời gian ban hành còn để trống ngày, tháng: văn bản còn là dự thảo",
            "điền ngày, tháng, năm khi ban hành văn bản",
        ),
        id="VN307-blank-parts",
    ),
    pytest.param(
        "VN310",
        edit("state_congvan", [("Hà Nội, ngày 15", "Hà Nội ngày 15")]),
        ("no comma after the place name 'Hà Nội'", "write 'Hà Nội, ngày ...'"),
        ("thiếu dấu phẩy (,) sau địa danh 'Hà Nội'", "viết 'Hà Nội, ngày ...'"),
        id="VN310-no-comma",
    ),
    pytest.param(
        "VN310",
        edit("state_congvan", [("Hà Nội, ngày 15", "Hà Nội; ngày 15")]),
        ("';' after the place name 'Hà Nội'", "write 'Hà Nội, ngày ...'"),
        ("dấu ';' sau địa danh 'Hà Nội'", "viết 'Hà Nội, ngày ...'"),
        id="VN310-wrong-mark",
    ),
    pytest.param(
        "VN504",
        edit("party_congvan", [("Kính gửi: Các chi bộ trực thuộc", "Kính gửi:\n- Chi bộ 1\n- Chi bộ 2.")]),
        ("addressee '- Chi bộ 1' does not end with ';' or ','", "end it with ';' or ','"),
        (
            "nơi nhận '- Chi bộ 1' không kết thúc bằng dấu chấm phẩy (;) hoặc dấu phẩy (,)",
            "kết thúc bằng dấu chấm phẩy (;) hoặc dấu phẩy (,)",
        ),
        id="VN504-hd36-separators",
    ),
    pytest.param(
        "VN604",
        edit("state_congvan", [("- Như trên;", "- Như trên")]),
        ("entry '- Như trên' does not end with ';'", "end it with ';'"),
        ("dòng '- Như trên' không kết thúc bằng dấu chấm phẩy (;)", "kết thúc bằng dấu chấm phẩy (;)"),
        id="VN604-nd30-separator",
    ),
    pytest.param(
        "VN813",
        (HD05 / "party_congvan.txt").read_text(encoding="utf-8").replace("về việc chuẩn bị", "KHẨN\nvề việc chuẩn bị"),
        (
            (
                "the urgency mark stands between the number and the trích yếu; Guideline 05 puts it "
                "under the number (a công văn's under its trích yếu)"
            ),
            "move it under the trích yếu",
        ),
        (
            (
                "dấu chỉ mức độ khẩn nằm giữa số, ký hiệu và trích yếu nội dung; Hướng dẫn 05-HD/VPTW "
                "đặt dấu này dưới số và ký hiệu (ở công văn: dưới trích yếu nội dung)"
            ),
            "chuyển xuống dưới trích yếu nội dung",
        ),
        id="VN813-between",
    ),
]


@pytest.mark.parametrize(("code", "text", "english", "vietnamese"), CASES)
def test_the_inner_phrase_speaks_the_run_language(
    code: str, text: str, english: tuple[str, str], vietnamese: tuple[str, str]
) -> None:
    assert _messages(text, code, "en") == [english]
    assert _messages(text, code, "vi") == [vietnamese]


def test_a_date_in_a_message_is_written_as_each_language_writes_it() -> None:
    text = edit("state_congvan", [("ngày 15 tháng 3 năm 2024", "ngày 05 tháng 3 năm 2924")])
    today = dt.date.today()
    english, vietnamese = (_messages(text, "VN306", lang) for lang in ("en", "vi"))
    assert english[0][0] == f"the date of issue 2924-03-05 is after today ({today.isoformat()})"
    assert vietnamese[0][0] == f"thời gian ban hành 05/03/2924 muộn hơn hôm nay ({today:%d/%m/%Y})"
