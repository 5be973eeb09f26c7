"""Signature blocks and type decisions seen in real documents, on a letter of our own."""

from __future__ import annotations

from pathlib import Path

import vndocparse

BASE = (Path(__file__).parent / "data" / "letters" / "state_congvan_kinhgui_list.txt").read_text(encoding="utf-8")


def test_name_in_capitals_is_the_name() -> None:
    doc = vndocparse.parse(BASE.replace("Đặng Văn Lực", "ĐẶNG VĂN LỰC"))
    assert doc.signatory is not None
    assert [(a.kind, a.on_behalf_of) for a in doc.signatory.authority] == [("KT", "BỘ TRƯỞNG")]
    assert doc.signatory.position == "THỨ TRƯỞNG"
    assert doc.signatory.name == "ĐẶNG VĂN LỰC"
    roles = [p.role for p in doc.parts if p.kind == "signature"]
    assert roles[-1] == "name"


def test_family_name_truong_is_not_a_title() -> None:
    # "TRƯƠNG" (a family name) is not "TRƯỞNG" (head of ...).
    doc = vndocparse.parse(BASE.replace("Đặng Văn Lực", "TRƯƠNG VĂN LỰC"))
    assert doc.signatory is not None and doc.signatory.name == "TRƯƠNG VĂN LỰC"


def test_title_in_sentence_case_keeps_the_signature_together() -> None:
    doc = vndocparse.parse(BASE.replace("\nTHỨ TRƯỞNG\n", "\nThứ trưởng\n"))
    assert doc.signatory is not None
    assert doc.signatory.position == "Thứ trưởng"
    assert doc.signatory.name == "Đặng Văn Lực"
    assert not [p for p in doc.parts if p.kind == "annex"]


def test_ve_viec_without_title_takes_the_numbers_type() -> None:
    text = "ỦY BAN NHÂN DÂN\nTỈNH AN GIANG\nSố: 05/QĐ-UBND\nVề việc thành lập Tổ công tác\n"
    assert vndocparse.parse(text).doc_type == "quyet_dinh"
    # "V/v" is the công văn's own marker, whatever the number says.
    assert vndocparse.parse(text.replace("Về việc", "V/v")).doc_type == "cong_van"
