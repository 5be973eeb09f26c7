"""``vndocparse parse --format csv``: one row per document, for pandas and spreadsheets
(issue 14, point 13)."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

import vndocparse
from vndocparse import cli
from vndocparse.tabular import COLUMNS, HEADER, csv_row

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "examples"


def rows(out: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(out, newline="")))


def test_one_row_per_document_in_input_order(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01\x02" * 100)
    status = cli.main(["parse", str(EXAMPLES), str(tmp_path / "bad.txt"), "--format", "csv"])
    captured = capsys.readouterr()
    assert status == cli.EXIT_FAILURE and "bad.txt" in captured.err  # reported, no row
    table = rows(captured.out)
    assert list(table[0]) == list(HEADER)
    assert [r["source"] for r in table] == [str(p) for p in sorted(EXAMPLES.glob("*.txt"))]
    party = table[0]
    doc = vndocparse.parse_file(EXAMPLES / "cong_van_dang.txt")
    assert party["number.value"] == "215-CV/VPTU" and party["number.sequence"] == "215"
    assert party["issuer.parent"] == doc.issuer.parent  # type: ignore[union-attr]
    assert party["signatory.authority"] == "KT" and party["urgency"] == ""
    assert party["recipients.count"] == str(len(doc.recipients)) == "2"
    assert party["directives.count"] == "2" and party["references.count"] == "1"
    assert party["line_count"] == str(doc.line_count)


def test_fields_with_commas_and_quotes_are_quoted() -> None:
    doc = vndocparse.parse_file(EXAMPLES / "cong_van_dang.txt")
    tricky = doc.model_copy(update={"subject": 'V/v "A", B; C\nD'})
    (row,) = csv.reader(io.StringIO(csv_row(tricky, "x.txt"), newline=""))
    assert row[0] == "x.txt" and row[1 + list(COLUMNS).index("subject")] == 'V/v "A", B; C\nD'


def test_no_document_still_gives_the_header(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert cli.main(["parse", str(tmp_path / "missing.txt"), "--format", "csv"]) == cli.EXIT_FAILURE
    assert capsys.readouterr().out.splitlines() == [",".join(HEADER)]


def test_scalar_columns_cover_the_contract() -> None:
    contract = {
        "family", "doc_type", "issuer", "number", "place", "date", "subject", "recipients",
        "directives", "signatory", "distribution", "urgency", "secrecy", "references",
        "copy", "appendices",
    }  # fmt: skip
    assert {c.split(".")[0] for c in COLUMNS} >= contract
