"""Copies (bản sao) and annexes (phụ lục) checked by their own rules (issue 13, point 2).

The letters in ``tests/data/copies/`` were written for the project: a decision with two
annexes right and wrong, a copy block right and wrong, a Party copy under Guideline 05,
a file holding only an annex or only a copy block. Each is checked with every rule; the
expected findings are listed exactly, so a false alarm fails as surely as a miss.
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

import vndocparse
from vndocparse.validate import evaluate

DATA = Path(__file__).parent / "data"
COPIES = DATA / "copies"
LETTERS = DATA / "letters"

#: Letter → the (code, line) of every finding with all rules on.
EXPECTED: dict[str, list[tuple[str, int]]] = {
    "state_qd_annexes_good": [],
    "state_cv_copy_good": [],
    "party_copy_hd05_good": [],
    "state_qd_annexes_bad": [
        ("VN127", 16), ("VN130", 18), ("VN127", 22), ("VN128", 22), ("VN131", 22),
        ("VN129", 23), ("VN127", 26), ("VN127", 26), ("VN129", 26), ("VN131", 26),
    ],
    "state_cv_copy_bad": [("VN125", 16), ("VN123", 16), ("VN124", 18)],
    "party_copy_hd05": [("VN126", 18), ("VN126", 20)],
    "state_copy_only_bad": [("VN125", 1), ("VN125", 1), ("VN124", 2)],
    "state_annex_only_bad": [("VN129", 1)],
}  # fmt: skip


def findings(path: Path) -> Counter[tuple[str, int]]:
    doc = vndocparse.parse_file(path)
    return Counter((d.code, d.location.line) for d in vndocparse.validate(doc, {"select": ["ALL"]}))


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_defect_and_no_false_alarm(name: str) -> None:
    assert findings(COPIES / f"{name}.txt") == Counter(EXPECTED[name])


@pytest.mark.parametrize(
    ("path", "holds"),
    [
        (LETTERS / "state_phuluc_only.txt", "annex"),
        (LETTERS / "state_saoluc_only.txt", "copy"),
        (COPIES / "state_annex_only_bad.txt", "annex"),
        (COPIES / "state_copy_only_bad.txt", "copy"),
    ],
)
def test_a_file_holding_only_an_annex_or_a_copy_is_not_a_whole_document(path: Path, holds: str) -> None:
    doc = vndocparse.parse_file(path)
    assert doc.doc_type is None
    for lang, reason in (("en", f"the file holds only {'an annex' if holds == 'annex' else 'a copy block'}"), ("vi", "tệp chỉ có")):
        ev = evaluate(doc, {"select": ["ALL"], "lang": lang})
        # No rule of the document proper reports anything, nor VN902.
        assert {d.code for d in ev.diagnostics} <= {f"VN{n}" for n in range(123, 132)}
        skipped = [s for s in ev.coverage.not_applicable if s.need == "document"]
        assert len(skipped) == 1 and skipped[0].reason.startswith(reason)
        assert {"VN104", "VN105", "VN106", "VN107", "VN109", "VN110", "VN113"} <= set(skipped[0].rules)
        assert reason in ev.coverage.describe(lang)
        # Only typography (VN0xx, of one family each) may wait for the family.
        assert all(c.startswith("VN0") for s in ev.coverage.not_evaluated if s.need == "family" for c in s.rules)


def test_the_two_letters_show_no_whole_document_finding() -> None:
    for name in ("state_phuluc_only", "state_saoluc_only"):
        assert findings(LETTERS / f"{name}.txt") == Counter()


def test_a_document_followed_by_its_copy_is_still_checked_as_a_document() -> None:
    text = (COPIES / "state_cv_copy_good.txt").read_text(encoding="utf-8").replace("Số: 120/UBND-VP", "Số: 120/UBND - VP")
    codes = {d.code for d in vndocparse.validate(vndocparse.parse(text), {"select": ["ALL"]})}
    assert "VN201" in codes or "VN203" in codes or "VN206" in codes


def test_a_copy_block_the_parse_found_little_of_is_a_finding_not_a_crash() -> None:
    text = "SAO LỤC\n"
    doc = vndocparse.parse(text)
    found = Counter(d.code for d in vndocparse.validate(doc, {"select": ["ALL"], "family": "state"}))
    assert found["VN124"] == 1 and found["VN125"] >= 4


def test_party_copy_under_hd36_keeps_the_three_kinds() -> None:
    text = (COPIES / "party_copy_hd05.txt").read_text(encoding="utf-8")
    older = text.replace("tháng 6 năm 2026", "tháng 3 năm 2026")
    assert [d for d in vndocparse.validate(vndocparse.parse(older), {"select": ["VN126"]})] == []
    good = (COPIES / "party_copy_hd05_good.txt").read_text(encoding="utf-8").replace("tháng 6 năm 2026", "tháng 3 năm 2026")
    assert [d.location.line for d in vndocparse.validate(vndocparse.parse(good), {"select": ["VN126"]})] == [18]


def test_the_copy_date_picks_the_party_guideline() -> None:
    # The document is dated under Guideline 36, its copy under Guideline 05.
    text = (COPIES / "party_copy_hd05.txt").read_text(encoding="utf-8").replace("ngày 02 tháng 6 năm 2026", "ngày 02 tháng 5 năm 2026")
    found = vndocparse.validate(vndocparse.parse(text), {"select": ["VN126"]})
    assert [d.location.line for d in found] == [18, 20]
    assert all("HD 05" in d.message for d in found)


def _annex_findings(text: str) -> list[tuple[str, int]]:
    found = vndocparse.validate(vndocparse.parse(text), {"select": ["VN127", "VN128", "VN129", "VN131"]})
    return [(d.code, d.location.line) for d in found]


GOOD = (COPIES / "state_qd_annexes_good.txt").read_text(encoding="utf-8")


def test_a_part_of_an_annex_is_not_an_annex_of_its_own() -> None:
    # "Phụ lục I.1" under "Phụ lục I": no numeral twice, no reference of its own.
    text = GOOD.replace("2. Bà Lê Thu Hà, Phó Chủ tịch, Phó Trưởng ban.\n", "2. Bà Lê Thu Hà, Phó Chủ tịch, Phó Trưởng ban.\nPhụ lục I.1. Thường trực Ban chỉ đạo\n1. Ông Đỗ Minh Khôi.\n")
    assert _annex_findings(text) == []


def test_a_reference_wrapped_onto_the_next_line_is_read_whole() -> None:
    text = GOOD.replace(
        "(Kèm theo Quyết định số 07/QĐ-UBND ngày 14/4/2025 của Ủy ban nhân dân huyện Kim Bảng)\n1. Chỉ đạo",
        "(Kèm theo Quyết định số 07/QĐ-UBND ngày 14/4/2025\ncủa Ủy ban nhân dân huyện Kim Bảng)\n1. Chỉ đạo",
    )
    assert _annex_findings(text) == []


def test_a_title_after_a_blank_line_is_a_title() -> None:
    text = GOOD.replace("Phụ lục II\nNHIỆM VỤ", "Phụ lục II\n\nNHIỆM VỤ")
    assert [f for f in _annex_findings(text) if f[0] == "VN128"] == []
    bare = GOOD.replace("Phụ lục II\nNHIỆM VỤ CỦA BAN CHỈ ĐẠO\n", "Phụ lục II\n\n")
    assert ("VN128", 23) in _annex_findings(bare)


def test_an_annex_cited_from_another_annex_is_cited() -> None:
    text = GOOD.replace("theo Phụ lục II kèm theo", "theo kế hoạch").replace(
        "2. Bà Lê Thu Hà, Phó Chủ tịch, Phó Trưởng ban.", "2. Bà Lê Thu Hà, Phó Chủ tịch, Phó Trưởng ban (nhiệm vụ tại Phụ lục II)."
    )
    assert [f for f in _annex_findings(text) if f[0] == "VN131"] == []


def test_a_title_in_normal_case_right_under_the_label_is_a_title() -> None:
    # PDF text loses the bold and the title may come in normal case: still a title (the
    # reference line is left out, so the parse does not take the title from it).
    head = "Phụ lục II\nNHIỆM VỤ CỦA BAN CHỈ ĐẠO\n(Kèm theo Quyết định số 07/QĐ-UBND ngày 14/4/2025 của Ủy ban nhân dân huyện Kim Bảng)\n"
    assert head in GOOD
    text = GOOD.replace(head, "Phụ lục II\nNhiệm vụ của Ban chỉ đạo\n")
    assert [f for f in _annex_findings(text) if f[0] == "VN128"] == []
    # A list item or a sentence leading into a list right under the label is no title.
    for first in ("1. Chỉ đạo các xã tổ chức kiểm tra", "Ban chỉ đạo có các nhiệm vụ sau:"):
        text = GOOD.replace(head, f"Phụ lục II\n{first}\n")
        assert ("VN128", 23) in _annex_findings(text), first


@pytest.mark.parametrize(
    ("mark", "kind"),
    [
        ("sao y bản chính", "sao_y"),
        ("**SAO  LỤC**", "sao_luc"),
        ("[ TRÍCH SAO ]", "trich_sao"),
        # A tab before the brackets (a cell's indent): white space is squashed first, so
        # the brackets behind it are still stripped.
        ("\t(SAO Y)", "sao_y"),
        ("SAO Y BẢN CHÍNH CỦA", None),
    ],
)
def test_a_copy_mark_names_its_kind_whatever_surrounds_it(mark: str, kind: str | None) -> None:
    from vndocparse.text import fold
    from vndocparse.trailer import copy_kind

    assert copy_kind(fold(mark)) == kind
