"""The command line speaks Vietnamese (issue 14, point 9): `vndocparse.catalogue`.

Every text the CLI writes outside the rules' own messages — the check report's frame,
coverage reasons, places in a file, ``fix``'s account, ``export``'s gaps, error lines —
is a `Phrase` of the catalogue. These tests check each phrase has both languages, and
run the commands with ``--lang vi`` over the project's test letters and a DOCX to assert
that no English sentence of the catalogue is printed (the messages of rules not yet
translated are left out of the scan: tests/test_i18n.py covers the rules).
"""

from __future__ import annotations

import json
import re
import shutil
import string
import sys
import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest

from vndocparse import cli
from vndocparse.catalogue import (
    EXPORT,
    FIX,
    ORIGIN,
    REASONS,
    REPORT,
    TABLES,
    counted,
    listing,
    number,
    said,
)
from vndocparse.errors import ExportOptionError
from vndocparse.i18n import Message, Phrase
from vndocparse.report.text import summary
from vndocparse.validate import RULES
from vndocparse.validate.coverage import NEEDS
from vndocparse.validate.diagnostics import Origin
from vndocparse.validate.origin import in_words
from vndocparse.validate.typeset import ISSUER_NAME, STYLES, SUBJECT, SUBJECT_VV

DATA = Path(__file__).parent / "data"
REPORTS = DATA / "reports"
LETTERS = DATA / "letters"
ALL_PHRASES = [(f"{table}.{key}", phrase) for table, phrases in TABLES.items() for key, phrase in phrases.items()]


# --------------------------------------------------------------------------- the tables


@pytest.mark.parametrize(("key", "phrase"), ALL_PHRASES, ids=[k for k, _ in ALL_PHRASES])
def test_every_phrase_is_in_both_languages(key: str, phrase: Phrase) -> None:
    assert isinstance(phrase, Phrase)
    assert phrase.en.strip() and phrase.vi.strip()
    assert phrase.vi != phrase.en, f"{key}: the Vietnamese text is the English one"
    assert unicodedata.is_normalized("NFC", phrase.vi), f"{key}: not NFC"


def test_every_need_and_component_has_its_vietnamese_name() -> None:
    for name, need in NEEDS.items():
        assert need.reason == REASONS[name](), name
    for style in (*STYLES.values(), ISSUER_NAME, SUBJECT, SUBJECT_VV):
        assert style.label.vi and style.label.vi != style.label.en, style.label


def test_counts_lists_and_numbers() -> None:
    assert (counted(1, "error").en, counted(2, "error").en, counted(2, "error").vi) == ("1 error", "2 errors", "2 lỗi")
    three = listing([counted(2, "error"), counted(1, "warning"), counted(3, "info")])
    assert three.en == "2 errors, 1 warning and 3 notes"
    assert three.vi == "2 lỗi, 1 cảnh báo và 3 lưu ý"
    assert (number(1.27).en, number(1.27).vi, number(14).vi) == ("1.27", "1,27", "14")


def test_an_exception_raised_with_a_message_speaks_both_languages() -> None:
    exc = ExportOptionError(EXPORT["bom_only"](format="edxml"))
    assert str(exc) == "edxml: --bom applies to CSV output only"  # library users read English
    assert said(exc, "vi") == "edxml: --bom chỉ dùng khi xuất CSV"
    assert said(ValueError("plain"), "vi") == "plain"


def test_places_in_a_file_in_words() -> None:
    cell = Origin(table=1, row=2, cell=3, text="")
    assert in_words(cell).text == "table 1, row 2, cell 3"
    assert in_words(cell, "vi").text == "bảng 1, hàng 2, ô 3"
    assert in_words(Origin(section=1, text="page set-up of section 1"), "vi").text == ORIGIN["section"](section=1).vi
    assert in_words(Origin(page=2, text=""), "vi").text == "trang 2"
    assert in_words(Origin(paragraph=8, text=""), "vi").text == "đoạn 8"


def test_the_summary_line_in_vietnamese() -> None:
    from vndocparse.report import FileResult
    from vndocparse.validate.coverage import Coverage

    done = Coverage(format="docx", family="state")
    assert summary([FileResult("a.docx", coverage=done)], "vi") == "Mọi kiểm tra đều đạt (1 tệp)."
    assert summary([FileResult("a.txt", coverage=None)], "vi") == REPORT["partial"](
        files=counted(1, "file"), partial=counted(1, "file")
    ).vi


# --------------------------------------------------------------------------- the commands


def _literals(phrase: Phrase) -> Iterator[str]:
    """The English words of a phrase that would betray it: its literal pieces with two
    words or more, or a single word its Vietnamese text does not use (``pt`` does)."""
    for literal, *_ in string.Formatter().parse(phrase.en):
        words = re.findall(r"[A-Za-z][A-Za-z'-]+", literal)
        if len(words) >= 2:
            yield literal.strip(" ;:,([")
        elif len(words) == 1 and words[0] not in phrase.vi:
            yield words[0]


#: Words of the Vietnamese texts (the catalogue's, the rules' summaries and messages): a
#: lone English word that is also one of them ("in", as in "chữ in hoa") betrays nothing.
VIETNAMESE_WORDS = {
    w
    for text in (
        *(p.vi for _, p in ALL_PHRASES),
        *(r.summary_vi or "" for r in RULES.values()),
        *(m.vi for r in RULES.values() for m in r.messages.values()),
    )
    for literal, *_ in string.Formatter().parse(text)  # the words, not the {fields}
    for w in re.findall(r"\w+", literal)
}

ENGLISH = sorted(
    {p for _, phrase in ALL_PHRASES for p in _literals(phrase) if " " in p or p not in VIETNAMESE_WORDS} - {""}
)


def english_in(output: str) -> list[str]:
    """The catalogue's English pieces found in ``output`` (a word only as a whole word)."""
    found = []
    for piece in ENGLISH:
        pattern = re.escape(piece) if " " in piece else rf"(?<![\w./-]){re.escape(piece)}(?![\w./-])"
        if re.search(pattern, output):
            found.append(piece)
    return found


def _untranslated(output: str, rule_texts: set[str]) -> str:
    """``output`` without the texts of the rules (names, summaries not yet translated,
    messages and fixes: ``rule_texts``): what is left is the catalogue's."""
    for rule in RULES.values():
        output = output.replace(rule.name, "")
        if not rule.summary_vi:
            output = output.replace(rule.summary, "")
    for msg in sorted({*rule_texts, *READER_TEXTS}, key=len, reverse=True):
        output = output.replace(msg, "")
    return output


#: An exception's own text (a reader's, the rule registry's) may stay English inside a
#: translated frame; a command's name is not a sentence.
READER_TEXTS = ("no such file", "unknown rule", "'vndocparse rules'")


def _rule_texts(json_out: str) -> set[str]:
    """The messages and fixes of a JSON report, but VN901's and VN902's (translated,
    and framing texts of the catalogue: their reasons are checked)."""
    return {
        t
        for d in json.loads(json_out)["diagnostics"]
        if d["code"] not in ("VN901", "VN902")
        for t in (d["message"], d["fix"])
        if t
    }


def _bad_docx(path: Path) -> Path:
    pytest.importorskip("docx", reason="needs the docx extra (python-docx)")
    sys.path.insert(0, str(DATA / "docx_set"))
    try:
        from build import CASES
    finally:
        sys.path.remove(str(DATA / "docx_set"))
    path.write_bytes(CASES["qd_bad_typography"][0]())
    return path


def _run(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> str:
    cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return out + err


@pytest.fixture
def workspace(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in ("công_văn_lỗi.txt", "clean.txt"):
        shutil.copy(REPORTS / name, tmp_path / name)
    shutil.copytree(LETTERS, tmp_path / "letters")
    (tmp_path / "rỗng").mkdir()
    (tmp_path / "draft.txt").write_text("CÔNG TY ABC\nTHÔNG BÁO\nVề việc nghỉ lễ\nNội dung.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("LANG", "en_US.UTF-8")  # --lang vi must win over the locale
    return tmp_path


def test_no_english_sentence_of_the_catalogue_with_lang_vi(workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    docx_file = _bad_docx(workspace / "bad.docx")
    texts = ["công_văn_lỗi.txt", "clean.txt", "missing.txt", "letters", "rỗng", "bad.docx"]
    check = ["check", *texts, "--isolated", "--lang", "vi"]
    rule_texts = _rule_texts(_run(capsys, *check, "--output-format", "json"))
    outputs: dict[str, str] = {}
    outputs["check"] = _run(capsys, *check)
    github = _run(capsys, *check, "--output-format", "github")
    outputs["github"] = "\n".join(line.split("::", 2)[2] for line in github.splitlines())  # the message
    outputs["statistics"] = _run(capsys, *check, "--statistics")
    data = json.loads(_run(capsys, *check, "--output-format", "json"))
    outputs["json"] = "\n".join(
        [
            group["reason"]
            for f in data["files"]
            if f["coverage"]
            for group in (*f["coverage"]["not_applicable"], *f["coverage"]["not_evaluated"])
        ]
        + [d["origin"]["text"] for d in data["diagnostics"] if d["origin"]]
    )
    sarif = json.loads(_run(capsys, *check, "--output-format", "sarif"))["runs"][0]
    outputs["sarif"] = "\n".join(
        [r["message"]["text"] for r in sarif["results"]]
        + [n["message"]["text"] for n in sarif["invocations"][0]["toolExecutionNotifications"]]
        + [loc["name"] for r in sarif["results"] for loc in r["locations"][0].get("logicalLocations", [])]
    )
    outputs["fix docx"] = _run(capsys, "fix", docx_file, "-o", workspace / "fixed.docx", "--isolated", "--lang", "vi")
    outputs["fix text"] = _run(capsys, "fix", "công_văn_lỗi.txt", "-o", "fixed.txt", "--isolated", "--lang", "vi")
    outputs["fix usage"] = _run(capsys, "fix", "clean.txt", "--isolated", "--lang", "vi")
    outputs["fix clean"] = _run(capsys, "fix", "fixed.docx", "--diff", "--isolated", "--lang", "vi")
    outputs["export gaps"] = _run(capsys, "export", "draft.txt", "letters", "--to", "register-outgoing", "--lang", "vi")
    outputs["export long"] = _run(capsys, "export", "letters", "--to", "nd30-outgoing", "--format", "csv", "--lang", "vi")
    for bad in (
        ["--set", "x"],
        ["--set", "Bogus=1"],
        ["--set", "SteeringType=9"],
        ["--bom"],
        ["--output-dir", "out"],
    ):
        outputs[f"export {bad}"] = _run(capsys, "export", "letters", "--to", "edxml" if bad[0] != "--output-dir" else "nd30-outgoing", *bad, "--lang", "vi")
    outputs["export several"] = _run(capsys, "export", "letters", "--to", "edxml", "--lang", "vi")
    outputs["rules"] = _run(capsys, "rules", "--lang", "vi")
    outputs["rules bad"] = _run(capsys, "rules", "VN99X", "--lang", "vi")
    outputs["rules docs"] = _run(capsys, "rules", "--write-docs", workspace / "pages", "--lang", "vi")
    outputs["parse"] = _run(capsys, "parse", "missing.txt", "rỗng", "", "--lang", "vi")
    outputs["check severity"] = _run(capsys, "check", "clean.txt", "--severity", "VN204", "--lang", "vi")
    for name, output in outputs.items():
        assert output.strip(), name
        left = english_in(_untranslated(output, rule_texts))
        assert not left, f"{name}: English of the catalogue printed with --lang vi: {left}\n{output}"
    # and the Vietnamese is there
    assert re.search(r"^Có \d+ lỗi(, \d+ cảnh báo)? và \d+ (cảnh báo|lưu ý) ở \d+ trong \d+ tệp\.$", outputs["check"], re.MULTILINE)
    assert "[lỗi]" in outputs["check"] and "đã kiểm tra" in outputs["check"]
    assert "thư mục không có tệp" in outputs["check"] and "thư mục không có tệp" in outputs["parse"]
    assert "[bảng " in outputs["check"] or "[đoạn " in outputs["check"]
    assert "đã sửa: VN006 đặt lùi đầu dòng 1,27 cm" in outputs["fix docx"]
    assert "không đọc được thời gian ban hành" in outputs["export gaps"]
    assert RULES["VN901"].summary_vi in outputs["rules"] and "hành chính/của Đảng" in outputs["rules"]


def test_the_same_run_in_english_prints_the_catalogue_english(workspace: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The scan can fail: in English the same pieces are found."""
    out = _run(capsys, "check", "công_văn_lỗi.txt", "clean.txt", "rỗng", "--isolated", "--lang", "en")
    found = english_in(out)
    assert "checked" in found and "Found" in found and "off by configuration" in found
    assert "error" in found  # [error]


def test_the_language_comes_from_the_locale_then_the_configuration(
    workspace: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("LANG", "vi_VN.UTF-8")
    assert "[lỗi]" in _run(capsys, "check", "công_văn_lỗi.txt", "--isolated")
    assert "chạy 'vndocparse rules'" in _run(capsys, "rules", "VN99X")
    (workspace / ".vndocparse.toml").write_text('lang = "en"\n', encoding="utf-8")
    out = _run(capsys, "check", "công_văn_lỗi.txt")
    assert "[error]" in out and "Found " in out
    monkeypatch.setenv("LANG", "C")
    (workspace / ".vndocparse.toml").write_text('lang = "vi"\n', encoding="utf-8")
    out = _run(capsys, "check", "công_văn_lỗi.txt")
    assert "[lỗi]" in out and "Có " in out
    assert "[error]" in _run(capsys, "check", "công_văn_lỗi.txt", "--lang", "en")


def test_standard_input_over_the_limit(workspace: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"x" * 100)))
    assert cli.main(["parse", "-", "--max-bytes", "10", "--jobs", "2", "--lang", "vi"]) == cli.EXIT_FAILURE
    assert capsys.readouterr().err == "vndocparse: <stdin>: đầu vào chuẩn vượt giới hạn 10 byte (--max-bytes)\n"


def test_fix_changes_follow_the_language(workspace: Path) -> None:
    from vndocparse.fix import fix_bytes
    from vndocparse.validate.config import Config, resolve

    data = (workspace / "công_văn_lỗi.txt").read_bytes()
    en = fix_bytes(data, source="a.txt", config=resolve(Config(lang="en")))
    vi = fix_bytes(data, source="a.txt", config=resolve(Config(lang="vi")))
    assert len(en.changes) == len(vi.changes) > 0
    assert all(" line " in c for c in en.changes) and all(" dòng " in c for c in vi.changes)


def test_gaps_speak_both_languages() -> None:
    from vndocparse import parse
    from vndocparse.export import gaps

    doc = parse("CÔNG TY ABC\nTHÔNG BÁO\nVề việc nghỉ lễ\n")
    found = gaps(doc, "register-outgoing")
    assert found and all(isinstance(g.words, Message) for g in found)
    assert found[0].message == found[0].words.en
    assert found[0].describe("a.txt", "register-outgoing", "vi").endswith(found[0].words.vi)
    assert FIX["usage"]().vi.startswith("hãy dùng")
