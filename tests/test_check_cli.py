"""``vndocparse check`` and ``vndocparse rules``: exit codes through real processes,
configuration files and flags, unreadable inputs, the generated rule pages."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from vndocparse import cli
from vndocparse.validate import RULES, Config, ConfigError, find_config, load_config, resolve
from vndocparse.validate.docs import generated_docs

ROOT = Path(__file__).resolve().parents[1]
RULE_DATA = Path(__file__).parent / "data" / "rules"
CLEAN = RULE_DATA / "state_quyetdinh.txt"
DOCS = ROOT / "docs" / "rules"


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


@pytest.fixture
def with_error(tmp_path: Path) -> Path:
    """A state document whose only problem is the number 5 without its zero (VN204)."""
    text = CLEAN.read_text(encoding="utf-8").replace("Số: 05/QĐ-UBND", "Số: 5/QĐ-UBND ")
    return write(tmp_path / "error.txt", text)


@pytest.fixture
def with_warning(tmp_path: Path) -> Path:
    """A state document whose only problem is a warning: KT. above a head's title (VN705)."""
    text = CLEAN.read_text(encoding="utf-8").replace("PHÓ CHỦ TỊCH", "CHỦ TỊCH    ")
    return write(tmp_path / "warning.txt", text)


def run(*args: str, cwd: Path, stdin: bytes | None = None) -> subprocess.CompletedProcess[bytes]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.run(
        [sys.executable, "-m", "vndocparse", *args],
        cwd=cwd,
        capture_output=True,
        input=stdin,
        env=env,
        timeout=60,
        check=False,
    )


# -------------------------------------------------------------------- exit codes (processes)


def test_exit_codes_through_real_processes(
    tmp_path: Path, with_error: Path, with_warning: Path
) -> None:
    clean = run("check", str(CLEAN), "--isolated", cwd=tmp_path)
    assert clean.returncode == 0, clean.stdout
    # a text file has no typography: passing is not "all checks passed"
    assert clean.stdout.decode().splitlines()[-2:] == [
        "No problems found in what could be checked (1 file); 1 file could not be checked in full (see each file's line above).",
        "Checked against NĐ 30/2020/NĐ-CP.",
    ]

    error = run("check", str(with_error), "--isolated", cwd=tmp_path)
    assert error.returncode == 1
    assert f"{with_error}:4:5: VN204 " in error.stdout.decode()

    assert run("check", str(with_error), "--isolated", "--exit-zero", cwd=tmp_path).returncode == 0

    warning = run("check", str(with_warning), "--isolated", cwd=tmp_path)
    assert warning.returncode == 0 and "VN705" in warning.stdout.decode()
    assert run("check", str(with_warning), "--isolated", "--strict", cwd=tmp_path).returncode == 1

    unknown = run("check", str(CLEAN), "--select", "VN999", cwd=tmp_path)
    assert unknown.returncode == 2 and unknown.stdout == b""
    assert "unknown rule 'VN999'" in unknown.stderr.decode()

    usage = run("check", cwd=tmp_path)
    assert usage.returncode == 2 and b"FILE" in usage.stderr


def test_config_error_is_exit_2_with_a_clear_message(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.vndocparse]\nignore = ["VN204", "no-such-rule"]\n')
    proc = run("check", str(CLEAN), cwd=tmp_path)
    assert proc.returncode == 2
    err = proc.stderr.decode()
    assert "pyproject.toml [tool.vndocparse]: ignore: unknown rule 'no-such-rule'" in err
    assert "Traceback" not in err


def test_unreadable_files_are_diagnostics_not_tracebacks(tmp_path: Path) -> None:
    binary = tmp_path / "scan.pdf.txt"
    binary.write_bytes(b"%PDF-1.4\n\x00\x01binary")
    empty = write(tmp_path / "empty.txt", "\n  \n")
    proc = run(
        "check",
        str(binary),
        str(empty),
        "missing.txt",
        "--isolated",
        "--output-format",
        "github",
        cwd=tmp_path,
    )
    assert proc.returncode == 1
    lines = proc.stdout.decode().splitlines()
    assert len(lines) == 3 and all(
        line.startswith("::error title=vndocparse (VN901),") for line in lines
    )
    # %PDF bytes are read as a PDF (the format comes from the content, not the name)
    assert "not a readable PDF" in lines[0] and "holds no text" in lines[1] and "no such file" in lines[2]
    assert proc.stderr == b""


def test_stdin_and_directories(tmp_path: Path, with_error: Path) -> None:
    proc = run("check", "-", "--isolated", cwd=tmp_path, stdin=with_error.read_bytes())
    assert proc.returncode == 1 and proc.stdout.decode().startswith("<stdin>:4:5: VN204 ")
    folder = tmp_path / "docs"
    folder.mkdir()
    write(folder / "a.txt", CLEAN.read_text(encoding="utf-8"))
    proc = run("check", str(folder), "--isolated", cwd=tmp_path)
    assert proc.returncode == 0 and b"(1 file)" in proc.stdout
    empty = tmp_path / "none"
    empty.mkdir()
    proc = run("check", str(empty), "--isolated", "--output-format", "json", cwd=tmp_path)
    assert proc.returncode == 1
    (item,) = json.loads(proc.stdout)["diagnostics"]
    assert item["code"] == "VN901" and item["path"] == str(empty)


# -------------------------------------------------------------------- configuration


def codes(capsys: pytest.CaptureFixture[str]) -> list[str]:
    return [d["code"] for d in json.loads(capsys.readouterr().out)["diagnostics"]]


def test_pyproject_config_found_from_the_working_directory(
    tmp_path: Path,
    with_error: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    write(
        tmp_path / "pyproject.toml",
        '[project]\nname = "x"\n\n[tool.vndocparse]\nignore = ["number-leading-zero"]\n',
    )
    sub = tmp_path / "a" / "b"
    sub.mkdir(parents=True)
    monkeypatch.chdir(sub)
    assert find_config(sub) == tmp_path / "pyproject.toml"
    assert cli.main(["check", str(with_error), "--output-format", "json"]) == cli.EXIT_OK
    assert codes(capsys) == []
    # The command line overrides the file: --select brings the rule back.
    assert (
        cli.main(["check", str(with_error), "--output-format", "json", "--select", "VN2"])
        == cli.EXIT_FAILURE
    )
    assert codes(capsys) == ["VN204"]
    # --isolated ignores the file.
    assert (
        cli.main(["check", str(with_error), "--output-format", "json", "--isolated"])
        == cli.EXIT_FAILURE
    )
    assert codes(capsys) == ["VN204"]


def test_own_config_file_wins_and_severity_overrides(
    tmp_path: Path,
    with_error: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    write(tmp_path / "pyproject.toml", '[tool.vndocparse]\nignore = ["VN2"]\n')
    write(tmp_path / ".vndocparse.toml", '[severity]\nVN204 = "warning"\n')
    monkeypatch.chdir(tmp_path)
    assert find_config(tmp_path) == tmp_path / ".vndocparse.toml"
    assert (
        cli.main(["check", str(with_error), "--output-format", "json"]) == cli.EXIT_OK
    )  # a warning now
    assert codes(capsys) == ["VN204"]
    assert (
        cli.main(["check", str(with_error), "--output-format", "json", "--strict"])
        == cli.EXIT_FAILURE
    )
    capsys.readouterr()
    assert (
        cli.main(["check", str(with_error), "--severity", "VN204=error", "--output-format", "json"])
        == 1
    )
    capsys.readouterr()
    assert (
        cli.main(["check", str(with_error), "--severity", "VN2=off", "--output-format", "json"])
        == 0
    )
    assert codes(capsys) == []
    explicit = write(tmp_path / "other.toml", 'ignore = ["VN204"]\n')
    assert cli.main(["check", str(with_error), "--config", str(explicit)]) == cli.EXIT_OK


def test_family_flag(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert (
        cli.main(
            ["check", str(CLEAN), "--isolated", "--family", "party", "--output-format", "json"]
        )
        == 1
    )
    found = set(codes(capsys))
    assert "VN103" in found and not {"VN101", "VN201"} & found


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ({"selct": ["VN2"]}, "unknown key 'selct'"),
        ({"select": ["VN999"]}, "select: unknown rule 'VN999'"),
        (
            {"severity": {"VN204": "fatal"}},
            "severity of 'VN204' must be one of error, warning, info, off",
        ),
        ({"options": {"VN306": {"max_days": 3}}}, "options of VN306 (date-in-future): max-days"),
        ({"options": {"VN306": {"max-days-ahead": "soon"}}}, "max-days-ahead"),
        ({"family": "army"}, "family must be one of auto, state, party"),
        ({"select": "VN2, VN999"}, "unknown rule 'VN999'"),
    ],
)
def test_config_errors(table: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError, match=None) as info:
        Config.from_mapping(table, where="x.toml")
    assert message in str(info.value) and str(info.value).startswith("x.toml")


def test_cli_severity_flag_errors(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["check", str(CLEAN), "--isolated", "--severity", "VN204"]) == cli.EXIT_USAGE
    assert "expected RULE=LEVEL" in capsys.readouterr().err
    assert (
        cli.main(["check", str(CLEAN), "--isolated", "--severity", "VN204=loud"]) == cli.EXIT_USAGE
    )
    assert "must be one of" in capsys.readouterr().err


def test_invalid_toml_is_a_config_error(tmp_path: Path) -> None:
    bad = write(tmp_path / ".vndocparse.toml", "select = [\n")
    with pytest.raises(ConfigError, match="invalid TOML"):
        load_config(bad)


def test_layers_select_by_code_prefix_and_name() -> None:
    r = resolve(Config(select=("VN2", "date-in-future"), ignore=("VN205",)))
    assert r.enabled == {c for c in RULES if c.startswith("VN2") and c != "VN205"} | {"VN306"}
    r = resolve(Config(extend_select=("VN407",)))
    assert "VN407" in r.enabled and not RULES["VN407"].enabled
    r = resolve(Config(severity={"VN407": "info"}))
    assert "VN407" in r.enabled and r.level_of("VN407", "party") == "info"
    r = resolve(Config(ignore=("VN2",)), Config(select=("VN204",)))
    assert r.enabled == {"VN204"}


# -------------------------------------------------------------------- rules and their docs


def test_rules_command(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["rules"]) == cli.EXIT_OK
    listing = capsys.readouterr().out.splitlines()
    assert [line.split()[0] for line in listing] == sorted(RULES)
    assert cli.main(["rules", "VN204", "date-in-future"]) == cli.EXIT_OK
    out = capsys.readouterr().out
    assert out.startswith("# VN204 number-leading-zero\n") and "# VN306 date-in-future" in out
    assert cli.main(["rules", "VN999"]) == cli.EXIT_USAGE
    assert "unknown rule 'VN999'" in capsys.readouterr().err
    assert cli.main(["rules", "--output-format", "json"]) == cli.EXIT_OK
    data = json.loads(capsys.readouterr().out)
    assert len(data) == len(RULES) >= 40 and data[0]["code"] == min(RULES)


def test_committed_rule_pages_equal_the_generated_ones() -> None:
    pages = generated_docs()
    committed = {p.name: p.read_text(encoding="utf-8") for p in DOCS.glob("*.md")}
    assert set(committed) == set(pages), "run: vndocparse rules --write-docs docs/rules"
    stale = [name for name, content in pages.items() if committed[name] != content]
    assert stale == [], f"stale pages {stale}; run: vndocparse rules --write-docs docs/rules"


def test_write_docs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    write(tmp_path / "VN999.md", "stale")
    write(tmp_path / "notes.md", "kept")
    assert cli.main(["rules", "--write-docs", str(tmp_path)]) == cli.EXIT_OK
    assert not (tmp_path / "VN999.md").exists() and (tmp_path / "notes.md").exists()
    assert (tmp_path / "VN204.md").read_text(encoding="utf-8") == generated_docs()["VN204.md"]


def test_rule_docstrings_follow_the_ruff_sections() -> None:
    for rule in RULES.values():
        assert list(rule.sections) == [
            "What it does",
            "Why it matters",
            "Example",
            "Use instead",
            "Source",
        ]
        assert "```" in rule.sections["Example"] and "```" in rule.sections["Use instead"]
        assert rule.source and rule.summary.endswith(".")


def test_secondary_and_unconfirmed_rules_are_never_errors() -> None:
    for rule in RULES.values():
        for family, evidence in rule.evidences.items():
            if evidence in ("S", "U"):
                assert rule.levels[family] != "error" or not rule.enabled, (rule.code, family)


def test_a_crash_in_the_parser_or_a_rule_is_a_diagnostic(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import vndocparse.pipeline
    from vndocparse.validate.rules.numbering import NumberLeadingZero

    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(NumberLeadingZero, "check", boom)
    assert cli.main(["check", str(CLEAN), "--isolated", "--output-format", "json"]) == cli.EXIT_FAILURE
    (item,) = json.loads(capsys.readouterr().out)["diagnostics"]
    assert item["code"] == "VN901" and "internal error while checking: RuntimeError: boom" in item["message"]
    monkeypatch.setattr(vndocparse.pipeline, "run", boom)
    assert cli.main(["check", str(CLEAN), "--isolated", "--output-format", "json"]) == cli.EXIT_FAILURE
    (item,) = json.loads(capsys.readouterr().out)["diagnostics"]
    assert item["code"] == "VN901" and "internal error while parsing" in item["message"]


def test_ignoring_vn901_silences_unreadable_files(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["check", "no-such-file.txt", "--isolated", "--ignore", "VN901"]) == cli.EXIT_OK
    # the file was not read: nothing was checked, so the run does not say "all passed"
    assert capsys.readouterr().out == "No problems found in what could be checked (1 file); 1 file could not be checked in full (see each file's line above).\n"
