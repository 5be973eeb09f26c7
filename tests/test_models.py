"""`Document` as a value: equality after a JSON round trip, with the source lines kept."""

from __future__ import annotations

from pathlib import Path

import vndocparse
from vndocparse.models import Document

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


def test_equal_after_json_round_trip() -> None:
    for path in sorted(EXAMPLES.glob("*.txt")):
        doc = vndocparse.parse_file(path)
        again = Document.model_validate_json(doc.model_dump_json())
        assert again == doc, path.name
        assert doc == again, path.name


def test_source_lines_kept_for_validators_but_not_compared() -> None:
    text = (EXAMPLES / "quyet_dinh_mau.txt").read_text(encoding="utf-8")
    doc = vndocparse.parse(text)
    assert doc.source_lines == tuple(text.splitlines())
    again = Document.model_validate_json(doc.model_dump_json())
    assert again.source_lines == ()  # not in the JSON
    assert again == doc
    # The validator reads the lines of the parsed document, so it still quotes them.
    assert doc.text_of(doc.number.span) in text  # type: ignore[union-attr]


def test_different_fields_are_not_equal() -> None:
    doc = vndocparse.parse((EXAMPLES / "quyet_dinh_mau.txt").read_text(encoding="utf-8"))
    assert doc != doc.model_copy(update={"place": "Huế"})
    assert doc != object()
    assert (doc == 1) is False
