"""The DOCX typography rules speak both languages (issue 14.9) on the project's DOCX set.

tests/test_i18n.py runs the failing cases of tests/test_rules.py, which are text
documents: the rules of `typography` and `paragraphs` report nothing there. Here each
file of tests/data/docx_set that one of them flags is checked in English and in
Vietnamese: the same findings at the same places, each message and fix in Vietnamese
not the English text. The parts said by `typeset` (a component's name, a line spacing)
take the run's language too.
"""

from __future__ import annotations

import inspect
import sys
from pathlib import Path

import pytest

import vndocparse
from vndocparse.validate import RULES
from vndocparse.validate.rules import paragraphs, typography

pytest.importorskip("docx", reason="needs the docx extra (python-docx)")
sys.path.insert(0, str(Path(__file__).parent / "data" / "docx_set"))
from build import CASES, KNOWN_MISSES

CODES = sorted(c for c, r in RULES.items() if inspect.getmodule(r) in (typography, paragraphs))
FLAGGED = [
    name
    for name, (_build, expected) in CASES.items()
    if any(c in CODES and (c, line) not in KNOWN_MISSES.get(name, []) for c, line in expected)
]


def test_the_set_flags_every_rule() -> None:
    flagged = {c for _build, expected in CASES.values() for c, _ in expected}
    assert set(CODES) <= flagged


@pytest.mark.parametrize("name", FLAGGED)
def test_docx_findings_in_both_languages(name: str) -> None:
    """A plain string would read the same in both languages: each text must differ."""
    build, _expected = CASES[name]
    doc = vndocparse.parse_bytes(build(), filename=f"{name}.docx")
    english = vndocparse.validate(doc, {"select": CODES, "lang": "en"})
    vietnamese = vndocparse.validate(doc, {"select": CODES, "lang": "vi"})
    assert english
    assert [(d.code, d.location) for d in english] == [(d.code, d.location) for d in vietnamese]
    for en, vi in zip(english, vietnamese, strict=True):
        assert vi.message != en.message, en.message
        assert en.fix is not None and vi.fix is not None and vi.fix != en.fix, en.fix


def test_a_component_and_a_spacing_are_named_in_vietnamese() -> None:
    build, _expected = CASES["qd_tight_spacing"]
    doc = vndocparse.parse_bytes(build(), filename="qd_tight_spacing.docx")
    found = vndocparse.validate(doc, {"select": ["VN015"], "lang": "vi"})
    assert [d.message for d in found] == [
        "Quốc hiệu giãn dòng 1.5 dòng, không phải dòng đơn",
        "Tiêu ngữ giãn dòng 1.5 dòng, không phải dòng đơn",
    ]
