"""The output formats of ``vndocparse check``: golden files, and the structure each consumer needs.

Goldens: ``tests/data/reports/check.<format>`` hold the output of checking the two
documents beside them (one with errors, one clean, named with Vietnamese letters to
exercise URI encoding) and a missing file, run from that folder. The version is
redacted (ruff's insta redactions). Rewrite them with
``VNDOCPARSE_UPDATE_GOLDENS=1 pytest tests/test_reports.py`` and review the diff.
"""

from __future__ import annotations

import io
import json
import os
import re
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from vndocparse import __version__, cli
from vndocparse.report import FileResult, github, sarif, text
from vndocparse.validate import Diagnostic, Location
from vndocparse.validate.coverage import Coverage, Skipped

REPORTS = Path(__file__).parent / "data" / "reports"
INPUTS = ["công_văn_lỗi.txt", "clean.txt", "missing.txt"]
FORMATS = ["text", "json", "sarif", "github"]
UPDATE = os.environ.get("VNDOCPARSE_UPDATE_GOLDENS") == "1"


def redact(output: str) -> str:
    return re.sub(rf'"{re.escape(__version__)}"', '"<version>"', output)


def run_check(
    fmt: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> tuple[int, str]:
    monkeypatch.chdir(REPORTS)
    status = cli.main(["check", *INPUTS, "--isolated", "--output-format", fmt])
    return status, capsys.readouterr().out


@pytest.mark.parametrize("fmt", FORMATS)
def test_golden_output(
    fmt: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    status, out = run_check(fmt, monkeypatch, capsys)
    assert status == cli.EXIT_FAILURE
    golden = REPORTS / f"check.{fmt}"
    got = redact(out)
    if UPDATE:
        golden.write_text(got, encoding="utf-8")
    assert got == golden.read_text(encoding="utf-8")


# A structural subset of the SARIF 2.1.0 schema: what GitHub code scanning reads.
SARIF_SUBSET: dict[str, Any] = {
    "type": "object",
    "required": ["version", "runs", "$schema"],
    "properties": {
        "version": {"const": "2.1.0"},
        "runs": {
            "type": "array",
            "minItems": 1,
            "items": {
                "type": "object",
                "required": ["tool", "results"],
                "properties": {
                    "tool": {
                        "type": "object",
                        "required": ["driver"],
                        "properties": {
                            "driver": {
                                "type": "object",
                                "required": ["name", "rules"],
                                "properties": {
                                    "name": {"type": "string"},
                                    "rules": {
                                        "type": "array",
                                        "items": {
                                            "type": "object",
                                            "required": [
                                                "id",
                                                "shortDescription",
                                                "help",
                                                "defaultConfiguration",
                                            ],
                                            "properties": {
                                                "id": {"type": "string", "pattern": "^VN[0-9]{3}$"},
                                                "shortDescription": {
                                                    "type": "object",
                                                    "required": ["text"],
                                                },
                                                "help": {
                                                    "type": "object",
                                                    "required": ["text", "markdown"],
                                                },
                                                "defaultConfiguration": {
                                                    "type": "object",
                                                    "properties": {
                                                        "level": {
                                                            "enum": [
                                                                "none",
                                                                "note",
                                                                "warning",
                                                                "error",
                                                            ]
                                                        }
                                                    },
                                                },
                                            },
                                        },
                                    },
                                },
                            }
                        },
                    },
                    "columnKind": {"enum": ["utf16CodeUnits", "unicodeCodePoints"]},
                    "results": {
                        "type": "array",
                        "items": {
                            "type": "object",
                            "required": ["ruleId", "ruleIndex", "level", "message", "locations"],
                            "properties": {
                                "level": {"enum": ["none", "note", "warning", "error"]},
                                "message": {"type": "object", "required": ["text"]},
                                "locations": {
                                    "type": "array",
                                    "minItems": 1,
                                    "items": {
                                        "type": "object",
                                        "required": ["physicalLocation"],
                                        "properties": {
                                            "physicalLocation": {
                                                "type": "object",
                                                "required": ["artifactLocation", "region"],
                                                "properties": {
                                                    "artifactLocation": {
                                                        "type": "object",
                                                        "required": ["uri"],
                                                        "properties": {
                                                            "uri": {
                                                                "type": "string",
                                                                "pattern": "^[^\\s]+$",
                                                            }
                                                        },
                                                    },
                                                    "region": {
                                                        "type": "object",
                                                        "required": [
                                                            "startLine",
                                                            "startColumn",
                                                            "endLine",
                                                            "endColumn",
                                                        ],
                                                        "properties": {
                                                            k: {"type": "integer", "minimum": 1}
                                                            for k in (
                                                                "startLine",
                                                                "startColumn",
                                                                "endLine",
                                                                "endColumn",
                                                            )
                                                        },
                                                    },
                                                },
                                            }
                                        },
                                    },
                                },
                            },
                        },
                    },
                },
            },
        },
    },
}


def test_sarif_is_valid_and_consistent(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _status, out = run_check("sarif", monkeypatch, capsys)
    log = json.loads(out)
    jsonschema.validate(log, SARIF_SUBSET)
    run = log["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    results = run["results"]
    assert run["tool"]["driver"]["version"] == __version__
    # Only the rules that fired, each once, and every ruleIndex points at its rule.
    assert sorted(r["id"] for r in rules) == sorted({r["ruleId"] for r in results})
    for result in results:
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        region = result["locations"][0]["physicalLocation"]["region"]
        assert region["endLine"] >= region["startLine"]
        assert (region["endLine"], region["endColumn"]) >= (
            region["startLine"],
            region["startColumn"],
        )
    uris = {r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] for r in results}
    # Relative, percent-encoded (GitHub resolves it against the repository root).
    assert uris == {"c%C3%B4ng_v%C4%83n_l%E1%BB%97i.txt", "missing.txt"}
    levels = {r["ruleId"]: r["level"] for r in results}
    assert levels["VN705"] == "warning" and levels["VN204"] == "error"


def test_sarif_uri_of_a_path_outside_the_current_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(REPORTS)
    outside = tmp_path / "x y.txt"
    assert sarif.artifact_uri(str(outside)).startswith("file://")
    assert sarif.artifact_uri("sub/dir/a b.txt") == "sub/dir/a%20b.txt"
    assert sarif.artifact_uri("<stdin>") == "%3Cstdin%3E"


def _diag(message: str, severity: str = "error", fix: str | None = None) -> Diagnostic:
    return Diagnostic(
        code="VN204",
        name="number-leading-zero",
        severity=severity,  # type: ignore[arg-type]
        message=message,
        location=Location(line=3, column=5, end_line=3, end_column=6),
        source="NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.3c",
        fix=fix,
    )


def test_github_annotations_are_escaped() -> None:
    out = io.StringIO()
    github.write(
        [FileResult("a,b:c.txt", [_diag("100% wrong\nsecond line", "warning", fix="write '05'")])],
        out,
    )
    line = out.getvalue()
    assert line == (
        "::warning title=vndocparse (VN204),file=a%2Cb%3Ac.txt,line=3,col=5,endLine=3,endColumn=6::"
        "VN204 100%25 wrong%0Asecond line (fix: write '05')\n"
    )
    out = io.StringIO()
    github.write([FileResult("a.txt", [_diag("x", "info")])], out)
    assert out.getvalue().startswith("::notice ")


def test_text_lines_and_summary() -> None:
    results = [
        FileResult("a.txt", [_diag("bad"), _diag("meh", "warning"), _diag("fyi", "info")]),
        FileResult("b.txt"),
    ]
    out = io.StringIO()
    text.write(results, out)
    assert out.getvalue().splitlines() == [
        "a.txt:3:5: VN204 [error] bad",
        "a.txt:3:5: VN204 [warning] meh",
        "a.txt:3:5: VN204 [info] fyi",
        "Found 1 error, 1 warning and 1 note in 1 of 2 files.",
    ]
    full = Coverage(format="docx", family="state", evaluated=("VN001",))
    assert text.summary([FileResult("a.docx", coverage=full)]) == "All checks passed (1 file)."
    # a file checked without its typography (text), or not read at all, has not passed everything
    plain = full.model_copy(
        update={"format": "text", "not_applicable": (Skipped(reason="typography is only known from a DOCX file", need="docx", rules=("VN001",)),)}
    )
    for partial in (FileResult("a.txt", coverage=plain), FileResult("a.txt")):
        assert text.summary([partial]).startswith("No problems found in what could be checked (1 file); 1 file could not")
    assert (
        text.summary([FileResult("a.txt", [_diag("x"), _diag("y")])])
        == "Found 2 errors in 1 of 1 file."
    )


def test_json_output_reads_back_as_diagnostics(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _status, out = run_check("json", monkeypatch, capsys)
    items = [Diagnostic.model_validate(d) for d in json.loads(out)["diagnostics"]]
    assert {d.path for d in items} == {"công_văn_lỗi.txt", "missing.txt"}
    assert [d.code for d in items if d.path == "missing.txt"] == ["VN901"]
