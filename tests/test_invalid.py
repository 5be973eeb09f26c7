"""Each malformed document raises its labelled `ParseError` under ``strict=True``."""

from __future__ import annotations

from pathlib import Path

import pytest

import vndocparse
from vndocparse import errors
from vndocparse.reading import read_text

INVALID = Path(__file__).parent / "data" / "invalid"
CASES = sorted(p for p in INVALID.glob("*/*.txt"))

# What each label's diagnostic code is when strict is off.
CODES = {
    "MissingIssuerError": {"P001"},
    "MissingDocumentNumberError": {"P002"},
    "MalformedIssueDateError": {"P003", "P004"},
    "MissingSignatureError": {"P005"},
    "EmptyDocumentError": {"P000"},
}


def test_every_label_has_samples() -> None:
    assert {p.parent.name for p in CASES} == set(CODES)


@pytest.mark.parametrize("path", CASES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_strict_raises_the_labelled_error(path: Path) -> None:
    cls = getattr(errors, path.parent.name)
    text = read_text(path)
    with pytest.raises(cls) as info:
        vndocparse.parse(text, strict=True, source=path.name)
    exc = info.value
    assert type(exc) is cls
    assert isinstance(exc, vndocparse.ParseError)
    assert exc.source == path.name and path.name in str(exc)
    assert exc.label in str(exc)
    n_lines = max(1, len(text.splitlines()))
    assert 1 <= exc.line <= n_lines


@pytest.mark.parametrize("path", CASES, ids=lambda p: f"{p.parent.name}/{p.stem}")
def test_lenient_parse_reports_it(path: Path) -> None:
    doc = vndocparse.parse(read_text(path))
    codes = {d.code for d in doc.diagnostics}
    assert codes & CODES[path.parent.name], codes


def test_missing_number_is_reported_at_the_header() -> None:
    text = read_text(INVALID / "MissingDocumentNumberError" / "no_so_line.txt")
    with pytest.raises(errors.MissingDocumentNumberError) as info:
        vndocparse.parse(text, strict=True)
    # Reported where the header ends: its last line is the V/v subject (line 6 once
    # the "Số" line is gone).
    assert info.value.line == 6
