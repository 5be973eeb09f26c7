"""``vndocparse export``: formats, given values, gaps on stderr, exit codes, batches."""

from __future__ import annotations

import csv
import io
import json
import re
import shlex
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from vndocparse import cli
from vndocparse.export.edxml import NAMESPACE

LETTERS = Path(__file__).parent / "data" / "letters"
CLEAN = LETTERS / "state_quyetdinh_clean.txt"
PARTY = LETTERS / "party_congvan_seedlike.txt"
DRAFT = LETTERS / "state_quyetdinh_draft.txt"
NS = {"ed": NAMESPACE}


def run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = cli.main(["export", *map(str, argv)])
    out, err = capsys.readouterr()
    return code, out, err


def rows(out: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(out.removeprefix("\ufeff"))))


@pytest.fixture
def letters(tmp_path: Path) -> Path:
    """A folder of three letters, one in a subfolder."""
    for src, dest in ((CLEAN, "a.txt"), (PARTY, "b.txt"), (DRAFT, "sub/c.txt")):
        (tmp_path / "in" / dest).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(src, tmp_path / "in" / dest)
    return tmp_path / "in"


def test_edxml_of_one_file_to_stdout(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, PARTY, "--to", "edxml", "--organ-id", "000.00.00.X00", "--set", "SteeringType=1")
    assert (code, err) == (0, "")
    mh = ET.fromstring(out.encode("utf-8")).find("ed:edXMLHeader/ed:MessageHeader", NS)
    assert mh is not None
    assert mh.findtext("ed:From/ed:OrganId", namespaces=NS) == "000.00.00.X00"
    assert mh.findtext("ed:Code/ed:CodeNotation", namespaces=NS) == "CV/BTCTU"
    assert mh.findtext("ed:SignerInfo/ed:Competence", namespaces=NS) == "K/T TRƯỞNG BAN"
    assert mh.findtext("ed:SteeringType", namespaces=NS) == "1"


def test_edxml_of_several_files_needs_an_output_dir(capsys: pytest.CaptureFixture[str], letters: Path) -> None:
    code, out, err = run(capsys, letters, "--to", "edxml")
    assert (code, out) == (cli.EXIT_USAGE, "")
    assert "--output-dir" in err
    code, out, err = run(capsys, letters, "--to", "edxml", "--output-dir", letters.parent / "xml")
    assert (code, out) == (0, "")
    written = sorted(p.name for p in (letters.parent / "xml").iterdir())
    assert written == ["a.xml", "b.xml", "c.xml"]
    assert "c.txt:" in err and "no issue date" in err  # the draft's gaps, on stderr


def test_gaps_on_stderr_and_strict_exit(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, DRAFT, "--to", "register-outgoing")
    assert code == 0
    assert len(rows(out)) == 1  # still exported
    lines = err.splitlines()
    assert any(line.startswith(f"vndocparse: {DRAFT}:") and "register-outgoing: Số ký hiệu:" in line for line in lines)
    assert any("Ngày tháng: no issue date" in line for line in lines)
    code, out, err = run(capsys, DRAFT, "--to", "register-outgoing", "--strict")
    assert code == cli.EXIT_FAILURE
    assert len(rows(out)) == 1 and "no issue date" in err
    code, _, err = run(capsys, CLEAN, "--to", "register-outgoing", "--strict")
    assert (code, err) == (0, "")


def test_register_of_a_batch_is_one_csv(capsys: pytest.CaptureFixture[str], letters: Path) -> None:
    code, out, _ = run(capsys, letters, "--to", "register-incoming", "--set", "Ngày đến=2024-05-02", "--bom")
    assert code == 0
    assert out.startswith("\ufeffNgày đến,Số đến,Tác giả,Số ký hiệu,")
    table = rows(out)
    assert [r["Số ký hiệu"] for r in table] == ["15/QĐ-UBND", "12-CV/BTCTU", "/QĐ-UBND"]
    assert {r["Ngày đến"] for r in table} == {"02/05/2024"}
    assert table[1]["Tác giả"] == "BAN TỔ CHỨC (TỈNH ỦY HÀ GIANG)"


def test_nd30_json_and_csv(capsys: pytest.CaptureFixture[str], letters: Path) -> None:
    code, out, _ = run(capsys, CLEAN, "--to", "nd30-outgoing", "--set", "DocOrdinal=7")
    assert code == 0
    record = json.loads(out)
    assert (record["CodeNumber"], record["DocOrdinal"], record["IssuedDate"]) == ("15", 7, "2024-02-08")
    code, out, _ = run(capsys, letters, "--to", "nd30-incoming")
    assert [r["CodeNotation"] for r in json.loads(out)] == ["QĐ-UBND", "CV/BTCTU", "QĐ-UBND"]
    code, out, _ = run(capsys, letters, "--to", "nd30-incoming", "--format", "csv")
    table = rows(out)
    assert list(table[0])[:3] == ["FileCode.OrganId", "FileCode.FileCatalog", "FileCode.FileNotation"]
    assert [r["SignerInfo.FullName"] for r in table] == ["Lê Quang Vinh", "Lục Văn Thanh", ""]


def test_jobs_give_the_same_output(capsys: pytest.CaptureFixture[str], letters: Path) -> None:
    one = run(capsys, letters, "--to", "register-outgoing", "--jobs", "1")
    two = run(capsys, letters, "--to", "register-outgoing", "--jobs", "2")
    assert one == two


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--to", "edxml", "--set", "Subject=x"], "filled from the document"),
        (["--to", "edxml", "--set", "DueDate"], "expected NAME=VALUE"),
        (["--to", "nd30-outgoing", "--set", "DueDate=tomorrow"], "YYYY-MM-DD"),
        (["--to", "register-outgoing", "--organ-id", "X"], "no field for it"),
        (["--to", "register-outgoing", "--format", "json"], "--format applies to nd30"),
        (["--to", "nd30-outgoing", "--output-dir", "x"], "--output-dir applies to edxml"),
        (["--to", "edxml", "--bom"], "--bom applies to CSV"),
    ],
)
def test_usage_errors(capsys: pytest.CaptureFixture[str], argv: list[str], message: str) -> None:
    code, out, err = run(capsys, CLEAN, *argv)
    assert (code, out) == (cli.EXIT_USAGE, "")
    assert message in err and "Traceback" not in err


def test_an_unreadable_file_does_not_stop_the_others(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    (tmp_path / "bad.txt").write_bytes(b"\x00\x01binary\x00")
    code, out, err = run(capsys, tmp_path / "bad.txt", CLEAN, "--to", "register-outgoing")
    assert code == cli.EXIT_FAILURE
    assert [r["Số ký hiệu"] for r in rows(out)] == ["15/QĐ-UBND"]
    assert "bad.txt" in err


def test_export_through_a_real_process(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "vndocparse", "export", str(DRAFT), "--to", "edxml", "--strict"],
        capture_output=True,
        timeout=120,
        check=False,
    )
    assert proc.returncode == cli.EXIT_FAILURE
    root = ET.fromstring(proc.stdout)  # well-formed UTF-8, declaration included
    assert root.tag == f"{{{NAMESPACE}}}edXMLEnvelope"
    assert proc.stdout.startswith(b"<?xml version='1.0' encoding='UTF-8'?>")
    assert b"no issue date" in proc.stderr and b"Traceback" not in proc.stderr


# --------------------------------------------------------------------------- docs

ROOT = Path(__file__).resolve().parents[1]
_EXAMPLE = re.compile(r"```sh\n(?P<command>vndocparse export .*?)\n```\n\n```(?:xml|json|text)\n(?P<output>.*?)```", re.DOTALL)


@pytest.mark.parametrize("page", ["export-edxml.md", "export-nd30.md", "export-registers.md"])
def test_worked_examples_in_the_docs_are_what_the_command_prints(
    page: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    text = (ROOT / "docs" / page).read_text(encoding="utf-8")
    examples = list(_EXAMPLE.finditer(text))
    assert examples, f"no worked example in docs/{page}"
    for example in examples:
        argv = shlex.split(example["command"].replace("\\\n", " "))[1:]
        code = cli.main(argv)
        out, _ = capsys.readouterr()
        assert code == 0
        assert out.replace("\r\n", "\n") == example["output"], f"docs/{page}: {example['command']}"
