"""What a new user reads first: ``--help`` at any width, where it points, ``rules`` with a
prefix, the rule summaries, and the README's synopsis (issue 14, point 6)."""

from __future__ import annotations

import argparse
import re
import tomllib
from pathlib import Path

import pytest

from vndocparse import _clihelp, cli
from vndocparse.validate import RULES, iter_rules
from vndocparse.validate.registry import first_sentence

ROOT = Path(__file__).resolve().parents[1]
COMMANDS = [[], ["parse"], ["check"], ["fix"], ["export"], ["rules"], ["schema"]]


def help_text(argv: list[str], width: int, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> str:
    monkeypatch.setenv("COLUMNS", str(width))
    with pytest.raises(SystemExit) as exit_:
        cli.main([*argv, "--help"])
    assert exit_.value.code == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("width", [60, 80, 100])
@pytest.mark.parametrize("argv", COMMANDS, ids=lambda a: " ".join(a) or "main")
def test_help_fits_the_terminal(
    argv: list[str], width: int, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = help_text(argv, width, monkeypatch, capsys)
    too_long = [
        line for line in out.splitlines() if len(line) > width and not re.search(r"https://\S+$", line)
    ]
    assert not too_long, f"lines wider than {width} columns wrap mid-word in a terminal: {too_long}"


def test_help_does_not_split_words_or_options(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    out = help_text(["parse"], 60, monkeypatch, capsys)
    words = set(out.split())
    for word in ("*.htm", "--max-bytes", "--strict", "recursively", "(issuer,"):
        assert any(word in w for w in words), word
    assert not re.search(r"\w-\n", out), "a word was broken at its hyphen"
    # The exit-status list keeps one item per line, continuation lines under its text.
    lines = out.splitlines()
    at = lines.index("exit status:")
    assert lines[at + 1].startswith("  0  every input")
    assert lines[at + 3].startswith("     ")  # item 1 continues under its text


def test_help_points_at_the_project_docs_not_at_files_missing_from_the_wheel(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    urls = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["urls"]
    home = urls["Documentation"].rstrip("/") + "/"
    assert _clihelp.FALLBACK_DOCS == home
    assert _clihelp.doc_url("validation") == home + "validation/"
    for argv in COMMANDS:
        out = help_text(argv, 200, monkeypatch, capsys)
        assert "docs/" not in out.replace(home, ""), f"{argv}: a path into the repository"
    assert home + "validation/" in help_text(["check"], 200, monkeypatch, capsys)
    assert home + "rules/" in help_text(["rules"], 200, monkeypatch, capsys)


def test_rules_accepts_a_prefix_as_select_does(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["rules", "VN2"]) == cli.EXIT_OK
    listed = [line.split()[0] for line in capsys.readouterr().out.splitlines()]
    assert listed == sorted(c for c in RULES if c.startswith("VN2")) and len(listed) > 3
    assert cli.main(["rules", "vn20", "--output-format", "json"]) == cli.EXIT_OK
    import json

    assert [r["code"] for r in json.loads(capsys.readouterr().out)] == sorted(c for c in RULES if c.startswith("VN20"))
    assert cli.main(["rules", "VN204"]) == cli.EXIT_OK  # one rule: its page
    assert capsys.readouterr().out.startswith("# VN204 ")
    assert cli.main(["rules", "ALL"]) == cli.EXIT_OK
    assert len(capsys.readouterr().out.splitlines()) == len(RULES)
    assert cli.main(["rules", "VN7", "VN999"]) == cli.EXIT_USAGE
    assert "unknown rule 'VN999'" in capsys.readouterr().err


# -------------------------------------------------------------------- rule summaries


@pytest.mark.parametrize(
    ("text", "summary"),
    [
        ("Checks a. Then more.", "Checks a."),
        ("Checks the codes: ``QĐ``, ``TTr``, ... Legal documents are not.", "Checks the codes: ``QĐ``, ``TTr``, ..."),
        ('Checks "KT. CHỦ TỊCH" stands first. Then.', 'Checks "KT. CHỦ TỊCH" stands first.'),
        ('Checks "Điều 1. Phạm vi" — not "ĐIỀU 1.".', 'Checks "Điều 1. Phạm vi" — not "ĐIỀU 1.".'),
        ("Checks a) b) ... from a). A line.", "Checks a) b) ... from a)."),
        ("Checks the ``TM.`` prefix. Ends.", "Checks the ``TM.`` prefix."),
        ("No full stop", "No full stop."),
    ],
)
def test_first_sentence(text: str, summary: str) -> None:
    assert first_sentence(text) == summary


def test_every_summary_is_a_whole_sentence() -> None:
    for rule in iter_rules():
        what = " ".join(rule.sections["What it does"].split())
        assert what.startswith((rule.summary, rule.summary[:-1])), rule.code
        assert not re.search(r"[,:;(] ?\.$", rule.summary), f"{rule.code}: cut off: {rule.summary!r}"
        assert rule.summary.count('"') % 2 == 0 and rule.summary.count("``") % 2 == 0, (
            f"{rule.code}: the summary ends inside a quote: {rule.summary!r}"
        )
    assert RULES["VN206"].summary.endswith("``TTr``, ...")


# -------------------------------------------------------------------- README synopsis


def _options(argv: list[str]) -> set[str]:
    parser = cli.build_parser()
    sub = parser._subparsers._group_actions[0].choices[argv[0]] if argv else parser  # type: ignore[union-attr]
    return {
        max(action.option_strings, key=len)
        for action in sub._actions
        if action.option_strings and action.option_strings != ["-h", "--help"] and action.help != argparse.SUPPRESS
    }


@pytest.mark.parametrize(
    ("page", "heading", "commands"),
    [
        ("README.md", "## Command line", ("parse", "check", "fix", "export", "rules", "schema")),
        ("docs/cli.md", "# Command line", ("parse", "check", "fix", "export", "rules", "schema")),
        ("docs/validation.md", "## `vndocparse check`", ("check",)),
    ],
)
def test_synopsis_lists_every_option(page: str, heading: str, commands: tuple[str, ...]) -> None:
    text = (ROOT / page).read_text(encoding="utf-8")
    synopsis = text.split(heading, 1)[1].split("```", 2)[1]
    for command in commands:
        block = "\n".join(
            line for line in re.split(r"\n(?=vndocparse )", synopsis) if line.startswith(f"vndocparse {command}")
        )
        assert block, f"no 'vndocparse {command}' line in the synopsis of {page}"
        missing = sorted(opt for opt in _options([command]) if opt not in block)
        assert not missing, f"the synopsis of '{command}' in {page} lacks {missing}"
