"""``vndocparse check`` as ruff users expect it: inline suppressions, exclude patterns,
per-file ignores, the nearest configuration, ``--stdin-filename``, ``--output-file``,
``--quiet``, ``--statistics`` and colour (issue 14, point 10)."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

import vndocparse
from vndocparse import cli
from vndocparse.report import FileResult
from vndocparse.report import colour as colour_mod
from vndocparse.report import text as text_report
from vndocparse.validate import suppress
from vndocparse.validate.scope import matches

RULE_DATA = Path(__file__).parent / "data" / "rules"
LETTERS = Path(__file__).parent / "data" / "letters"
CLEAN = (RULE_DATA / "state_quyetdinh.txt").read_text(encoding="utf-8")
#: The clean letter with two errors: the motto written with en dashes (VN116, line 2)
#: and the number 5 without its zero (VN204, line 4).
BROKEN = CLEAN.replace("Số: 05/QĐ-UBND", "Số: 5/QĐ-UBND ").replace(
    "Độc lập - Tự do - Hạnh phúc", "Độc lập – Tự do – Hạnh phúc"
)


def codes_at(text: str) -> list[tuple[int, str]]:
    doc = vndocparse.parse(text)
    return [(d.location.line, d.code) for d in vndocparse.validate(doc)]


def line_of(text: str, needle: str) -> int:
    return next(i for i, line in enumerate(text.splitlines(), start=1) if needle in line)


def with_comment(text: str, needle: str, comment: str) -> str:
    lines = text.splitlines()
    at = line_of(text, needle) - 1
    lines[at] = lines[at] + "  " + comment
    return "\n".join(lines) + "\n"


def test_the_broken_letter_has_findings_on_two_lines() -> None:
    found = codes_at(BROKEN)
    assert (4, "VN204") in found and any(code == "VN116" for _, code in found)


# -------------------------------------------------------------------- inline suppressions


def test_trailing_comment_suppresses_its_line_only() -> None:
    text = with_comment(BROKEN, "Số: 5/", "<!-- vndocparse: ignore VN204 -->")
    found = codes_at(text)
    assert (4, "VN204") not in found
    assert any(code == "VN116" for _, code in found)


def test_selectors_prefixes_names_and_bare_ignore() -> None:
    by_name = codes_at(with_comment(BROKEN, "Số: 5/", "<!-- vndocparse: ignore number-leading-zero -->"))
    assert (4, "VN204") not in by_name
    by_prefix = codes_at(with_comment(BROKEN, "Số: 5/", "<!-- vndocparse: ignore VN2, VN3 -->"))
    assert not [c for line, c in by_prefix if line == 4]
    bare = codes_at(with_comment(BROKEN, "Số: 5/", "<!-- vndocparse: ignore -->"))
    assert not [c for line, c in bare if line == 4] and any(c == "VN116" for _, c in bare)
    other = codes_at(with_comment(BROKEN, "Số: 5/", "<!-- vndocparse: ignore VN999 -->"))
    assert (4, "VN204") in other  # a typo suppresses nothing, so it shows


def test_file_level_suppression() -> None:
    text = BROKEN + "<!-- vndocparse: ignore-file VN1 -->\n"
    found = codes_at(text)
    assert (4, "VN204") in found and not [c for _, c in found if c.startswith("VN1")]
    assert codes_at(BROKEN + "<!-- vndocparse: ignore-file -->\n") == []


def test_suppressions_found_in_the_lines() -> None:
    found = suppress.find(["a <!-- vndocparse: ignore VN204,VN3 -->", "b", "<!-- VNDOCPARSE: IGNORE-FILE VN6 -->"])
    assert found.lines[1] >= {"VN204", "VN301"} and found.file >= {"VN601"}
    assert not suppress.find(["<!-- an ordinary comment -->", "vndocparse: ignore VN204"])


def _fields(doc: vndocparse.Document) -> dict[str, object]:
    return doc.model_dump(mode="json", exclude={"parts", "source"})


@pytest.mark.parametrize("path", sorted(LETTERS.glob("*.txt")), ids=lambda p: p.stem)
def test_a_suppression_comment_changes_nothing_in_the_parse(
    path: Path, lossless: object
) -> None:
    text = path.read_text(encoding="utf-8")
    base = _fields(vndocparse.parse(text))
    lines = text.splitlines()
    for at in range(len(lines)):
        changed = list(lines)
        changed[at] = changed[at] + " <!-- vndocparse: ignore VN204 -->"
        doc = vndocparse.parse("\n".join(changed) + "\n")
        assert _fields(doc) == base, f"line {at + 1}"
        comments = [p for p in doc.parts if p.kind == "furniture" and p.role == "comment"]
        assert [(s.line, changed[at][s.start : s.end]) for p in comments for s in p.segments] == [
            (at + 1, "<!-- vndocparse: ignore VN204 -->")
        ]
        lossless("\n".join(changed) + "\n", doc)  # type: ignore[operator]
    # A whole-line file suppression at the end: the fields are those of the letter.
    doc = vndocparse.parse(text.rstrip("\n") + "\n<!-- vndocparse: ignore-file VN3 -->\n")
    assert _fields(doc) | {"line_count": 0} == base | {"line_count": 0}
    assert doc.parts[-1].kind == "furniture" and doc.parts[-1].role == "comment"


# -------------------------------------------------------------------- patterns


@pytest.mark.parametrize(
    ("path", "pattern", "hit"),
    [
        ("/r/van-ban/drafts/a.txt", "drafts", True),
        ("/r/van-ban/drafts/a.txt", "*.txt", True),
        ("/r/van-ban/a.md", "*.txt", False),
        ("/r/van-ban/2019/a.txt", "van-ban/2019", True),
        ("/r/van-ban/2019/a.txt", "./van-ban/20*/", True),
        ("/r/other/van-ban/2019/a.txt", "van-ban/2019", False),
        ("/r/mau/x.txt", "mau/*.txt", True),
        ("/dist/r/a.txt", "dist", False),  # above the root: not this project's folder
    ],
)
def test_patterns(path: str, pattern: str, hit: bool) -> None:
    assert matches(Path(path), pattern, Path("/r")) is hit


# -------------------------------------------------------------------- the command line


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A repository: a config at its root, documents in folders, a virtualenv."""
    (tmp_path / "van-ban" / "drafts").mkdir(parents=True)
    (tmp_path / "van-ban" / "mau").mkdir()
    (tmp_path / ".venv" / "lib").mkdir(parents=True)
    for rel in ("van-ban/a.txt", "van-ban/drafts/b.txt", "van-ban/mau/c.txt", ".venv/lib/LICENSE.txt"):
        (tmp_path / rel).write_text(BROKEN, encoding="utf-8")
    (tmp_path / "pyproject.toml").write_text(
        '[tool.vndocparse]\nextend-exclude = ["drafts"]\n\n'
        '[tool.vndocparse.per-file-ignores]\n"van-ban/mau/*.txt" = ["VN204"]\n',
        encoding="utf-8",
    )
    return tmp_path


def check_json(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, list[dict[str, object]]]:
    status = cli.main(["check", *argv, "--output-format", "json"])
    return status, json.loads(capsys.readouterr().out)["diagnostics"]


def test_exclude_and_per_file_ignores(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(project)
    _status, items = check_json(["."], capsys)
    paths = {str(d["path"]) for d in items}
    assert paths == {str(Path("van-ban/a.txt")), str(Path("van-ban/mau/c.txt"))}  # no drafts, no .venv
    mau = {d["code"] for d in items if "mau" in str(d["path"])}
    assert "VN204" not in mau and "VN116" in mau
    assert "VN204" in {d["code"] for d in items if d["path"] == str(Path("van-ban/a.txt"))}
    # Worker processes get each file's settings too.
    assert check_json([".", "--jobs", "2"], capsys)[1] == items
    # A file named on the command line is checked even if excluded ...
    _status, items = check_json(["van-ban/drafts/b.txt"], capsys)
    assert items
    # ... unless --force-exclude (pre-commit names every staged file).
    status, items = check_json(["van-ban/drafts/b.txt", "--force-exclude"], capsys)
    assert items == [] and status == cli.EXIT_OK
    # --extend-exclude on the command line, relative to the current directory.
    _status, items = check_json([".", "--extend-exclude", "van-ban/mau"], capsys)
    assert {str(d["path"]) for d in items} == {str(Path("van-ban/a.txt"))}
    # --exclude replaces the lists: the virtualenv is walked again.
    _status, items = check_json([".", "--exclude", "mau"], capsys)
    assert str(Path(".venv/lib/LICENSE.txt")) in {str(d["path"]) for d in items}


def test_configuration_found_from_each_files_folder(
    project: Path, tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    sub = project / "van-ban" / "party"
    sub.mkdir()
    (sub / "d.txt").write_text(BROKEN, encoding="utf-8")
    (sub / ".vndocparse.toml").write_text('ignore = ["VN116"]\n', encoding="utf-8")
    elsewhere = tmp_path_factory.mktemp("elsewhere")
    monkeypatch.chdir(elsewhere)  # the current directory has no configuration
    _status, items = check_json([str(project / "van-ban")], capsys)
    by_file: dict[str, set[object]] = {}
    for d in items:
        by_file.setdefault(Path(str(d["path"])).name, set()).add(d["code"])
    assert "VN116" not in by_file["d.txt"] and "VN204" in by_file["d.txt"]  # its own file
    assert "VN116" in by_file["a.txt"]  # the project's pyproject.toml: no ignore
    assert "VN204" not in by_file["c.txt"]  # the project's per-file-ignores
    assert "b.txt" not in by_file  # the project's extend-exclude
    # A folder the project excludes stays out even with a configuration of its own.
    (project / "van-ban" / "drafts" / ".vndocparse.toml").write_text("select = ['VN2']\n", encoding="utf-8")
    _status, items = check_json([str(project / "van-ban")], capsys)
    assert "b.txt" not in {Path(str(d["path"])).name for d in items}


def test_per_file_ignores_errors_name_the_key(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.vndocparse.per-file-ignores]\n"*.txt" = ["VN9999"]\n', encoding="utf-8"
    )
    (tmp_path / "a.txt").write_text(CLEAN, encoding="utf-8")
    assert cli.main(["check", str(tmp_path / "a.txt")]) == cli.EXIT_USAGE
    assert "per-file-ignores.*.txt: unknown rule 'VN9999'" in capsys.readouterr().err


def test_stdin_filename(project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.chdir(project)
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(BROKEN.encode())))
    status = cli.main(["check", "-", "--stdin-filename", "van-ban/mau/new.txt"])
    out = capsys.readouterr().out
    assert status == cli.EXIT_FAILURE
    assert out.startswith("van-ban/mau/new.txt:") and "VN204" not in out  # its per-file-ignores
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(BROKEN.encode())))
    assert cli.main(["check", "-", "--stdin-filename", "van-ban/drafts/x.txt", "--force-exclude"]) == 0
    assert capsys.readouterr().out.strip() == "All checks passed (0 files)."


# -------------------------------------------------------------------- output


def test_output_file_quiet_and_statistics(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(project)
    report = project / "out" / "report.txt"
    report.parent.mkdir()
    assert cli.main(["check", "van-ban", "--output-file", str(report)]) == cli.EXIT_FAILURE
    assert capsys.readouterr().out == ""
    written = report.read_text(encoding="utf-8")
    assert written.splitlines()[-2].startswith("Found ") and "\x1b[" not in written
    assert written.splitlines()[-1] == "Checked against NĐ 30/2020/NĐ-CP."
    assert cli.main(["check", "van-ban", "--quiet"]) == cli.EXIT_FAILURE
    quiet = capsys.readouterr().out.splitlines()
    assert quiet and all(" [error] " in line or " [warning] " in line or " [info] " in line for line in quiet)
    assert cli.main(["check", "van-ban", "--statistics"]) == cli.EXIT_FAILURE
    stats = capsys.readouterr().out.splitlines()
    assert stats[0].split()[:3] == ["2", "VN116", "[error]"] or stats[0].split()[0] == "2"
    assert {line.split()[1] for line in stats} >= {"VN204", "VN116"}
    assert cli.main(["check", "van-ban", "--statistics", "--output-format", "json"]) == cli.EXIT_FAILURE
    rows = json.loads(capsys.readouterr().out)
    assert {"code": "VN204", "name": "number-leading-zero", "severity": "error", "count": 1} in rows
    assert [r["count"] for r in rows] == sorted((r["count"] for r in rows), reverse=True)
    assert cli.main(["check", "van-ban", "--output-file", str(project / "no" / "such" / "dir.txt")]) == cli.EXIT_USAGE
    assert "cannot write" in capsys.readouterr().err


class _Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_colour_on_a_terminal_only() -> None:
    assert colour_mod.wanted(_Tty(), {})
    assert not colour_mod.wanted(io.StringIO(), {})
    assert not colour_mod.wanted(_Tty(), {"NO_COLOR": "1"})
    assert colour_mod.wanted(io.StringIO(), {"FORCE_COLOR": "1"})
    assert not colour_mod.wanted(_Tty(), {"TERM": "dumb"})
    doc = vndocparse.parse(BROKEN, source="cv.txt")
    result = FileResult("cv.txt", vndocparse.validate(doc))
    plain, painted = io.StringIO(), io.StringIO()
    text_report.write_lines(result, plain)
    text_report.write_lines(result, painted, colour=True)
    assert "\x1b[" not in plain.getvalue()
    assert "\x1b[1;31m[error]\x1b[0m" in painted.getvalue()
    assert painted.getvalue().replace("\x1b[0m", "").replace("\x1b[1m", "").replace("\x1b[1;31m", "").replace(
        "\x1b[1;33m", ""
    ) == plain.getvalue()


def test_severity_is_shown_so_a_warning_does_not_read_like_an_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    warning = CLEAN.replace("PHÓ CHỦ TỊCH", "CHỦ TỊCH    ")  # VN705, a warning
    path = tmp_path / "w.txt"
    path.write_text(warning, encoding="utf-8")
    assert cli.main(["check", str(path), "--isolated"]) == cli.EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    assert " VN705 [warning] " in lines[0] and "Found 1 warning in 1 of 1 file." in lines
