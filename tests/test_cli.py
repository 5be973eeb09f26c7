"""The ``vndocparse`` command line: behaviour in-process, exit codes through real processes.

The parser's field accuracy is tested elsewhere; these tests check the CLI's structure
(keys, sources, order, streams, exit codes, messages). Where exact field values or a
failure are needed, `vndocparse.pipeline.run` is replaced by a fake (`fake_pipeline`),
so the tests hold whatever the pipeline currently recognises.
"""

from __future__ import annotations

import io
import json
import os
import re
import signal
import subprocess
import sys
import types
import unicodedata
from pathlib import Path
from typing import Any

import pytest

import vndocparse
import vndocparse.pipeline
from vndocparse import cli
from vndocparse.errors import EmptyDocumentError, ParseError
from vndocparse.models import (
    Authority,
    Directive,
    Document,
    DocumentNumber,
    Issuer,
    Paragraph,
    ParseDiagnostic,
    Part,
    Reference,
    Segment,
    Signatory,
    SourceSpan,
)
from vndocparse.schema import schema_json

CONG_VAN = """\
TỈNH ỦY LẠNG SƠN
BAN TUYÊN GIÁO
*
Số 04-CV/BTGTU
V/v tuyên truyền kỷ niệm ngày thành lập Đảng
                                   ĐẢNG CỘNG SẢN VIỆT NAM
                                   Lạng Sơn, ngày 15 tháng 3 năm 2024

Kính gửi: Các chi bộ trực thuộc.

1. Tổ chức tuyên truyền sâu rộng trong cán bộ, đảng viên.
2. Báo cáo kết quả về Ban Tuyên giáo trước ngày 30/3/2024.

Nơi nhận:                          K/T TRƯỞNG BAN
- Như trên,                        PHÓ TRƯỞNG BAN
- Lưu VP.
                                   Nguyễn Văn An
"""

QUYET_DINH = """\
ỦY BAN NHÂN DÂN           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH LẠNG SƠN                 Độc lập - Tự do - Hạnh phúc

Số: 15/QĐ-UBND             Lạng Sơn, ngày 2 tháng 1 năm 2024

QUYẾT ĐỊNH
Về việc thành lập Tổ công tác

Điều 1. Thành lập Tổ công tác.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

                                   TM. ỦY BAN NHÂN DÂN
                                   CHỦ TỊCH
                                   Trần Văn Bình
"""

#: Keys every JSON document must have (shared/design/contract.md).
CONTRACT_KEYS = {
    "family",
    "doc_type",
    "issuer",
    "number",
    "place",
    "date",
    "subject",
    "recipients",
    "directives",
    "signatory",
    "distribution",
    "urgency",
    "secrecy",
    "references",
}
BULKY_KEYS = {"parts", "paragraphs"}


# ----------------------------------------------------------------------------- helpers


def _span(start: int, end: int | None = None) -> SourceSpan:
    return SourceSpan(start_line=start, end_line=start if end is None else end)


def rich_document(source: str | None) -> Document:
    """A document with every field filled, as a complete parser would return."""
    return Document(
        family="party",
        doc_type="cong_van",
        issuer=Issuer(name="BAN TUYÊN GIÁO", parent="TỈNH ỦY LẠNG SƠN", span=_span(1, 2)),
        number=DocumentNumber(
            value="04-CV/BTGTU", sequence=4, symbol="CV/BTGTU", raw="Số 04-CV/BTGTU", span=_span(4)
        ),
        place="Lạng Sơn",
        date="2024-03-15",
        subject="V/v tuyên truyền kỷ niệm ngày thành lập Đảng",
        recipients=("Các chi bộ trực thuộc",),
        directives=(
            Directive(
                label="1",
                text="Tổ chức tuyên truyền sâu rộng trong cán bộ, đảng viên.",
                children=(
                    Directive(label="a", text="Đăng tin trên trang thông tin.", span=_span(12)),
                ),
                span=_span(11, 12),
            ),
            Directive(label="2", text="Báo cáo kết quả " * 20, span=_span(13)),
        ),
        signatory=Signatory(
            authority=(Authority(kind="KT", on_behalf_of="TRƯỞNG BAN"),),
            position="PHÓ TRƯỞNG BAN",
            name="Nguyễn Văn An",
            span=_span(15, 18),
        ),
        distribution=("Như trên", "Lưu VP"),
        references=(Reference(number="1545-KL/TU", date="2020-09-09", span=_span(11)),),
        title=None,
        paragraphs=(Paragraph(text="Tổ chức tuyên truyền.", span=_span(11, 12)),),
        spans={
            "family": _span(6),
            "place": _span(7),
            "date": _span(7),
            "subject": _span(5),
            "recipients": _span(9),
            "distribution": _span(15, 17),
        },
        parts=(
            Part(
                kind="header",
                role="issuer",
                span=_span(1, 2),
                segments=(Segment(line=1, start=0, end=16),),
            ),
        ),
        diagnostics=(
            ParseDiagnostic(
                code="P009", message="stray line in the signature block", span=_span(16)
            ),
        ),
        source=source,
        line_count=18,
    )


@pytest.fixture
def fake_pipeline(monkeypatch: pytest.MonkeyPatch) -> list[dict[str, Any]]:
    """Replace the pipeline: every text parses to `rich_document`; blank text raises
    `EmptyDocumentError` under strict; text containing "BOOM" raises RuntimeError and
    "CTRL-C" raises KeyboardInterrupt. Returns the list of calls made."""
    calls: list[dict[str, Any]] = []

    def run(text: str, *, strict: bool = False, source: str | None = None) -> Document:
        calls.append({"text": text, "strict": strict, "source": source})
        if "BOOM" in text:
            raise RuntimeError("boom")
        if "CTRL-C" in text:
            raise KeyboardInterrupt
        if strict and not text.strip():
            raise EmptyDocumentError("the input holds no text", line=1, source=source)
        return rich_document(source)

    monkeypatch.setattr(vndocparse.pipeline, "run", run)
    return calls


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def run_main(capsys: pytest.CaptureFixture[str], *argv: str | Path) -> tuple[int, str, str]:
    code = cli.main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


def set_stdin(monkeypatch: pytest.MonkeyPatch, data: bytes) -> None:
    monkeypatch.setattr(sys, "stdin", types.SimpleNamespace(buffer=io.BytesIO(data)))


def _strict_pipeline_raises() -> bool:
    try:
        vndocparse.parse("", strict=True)
    except ParseError:
        return True
    return False


# ------------------------------------------------------------------------ json formats


def test_json_single_file_is_one_object(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path / "cv.txt", CONG_VAN)
    code, out, err = run_main(capsys, "parse", path)
    assert (code, err) == (cli.EXIT_OK, "")
    doc = json.loads(out)
    assert isinstance(doc, dict)
    assert doc.keys() >= CONTRACT_KEYS
    assert not BULKY_KEYS & doc.keys()
    assert doc["source"] == str(path)
    assert doc["line_count"] == len(CONG_VAN.splitlines())


def test_json_is_the_default_format(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path / "cv.txt", CONG_VAN)
    assert run_main(capsys, "parse", path) == run_main(capsys, "parse", "--format", "json", path)


def test_json_matches_model_dump(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fake_pipeline: list[dict[str, Any]]
) -> None:
    path = write(tmp_path / "cv.txt", CONG_VAN)
    code, out, _ = run_main(capsys, "parse", path)
    expected = rich_document(str(path)).model_dump(mode="json", exclude={"parts", "paragraphs"})
    assert code == cli.EXIT_OK
    assert json.loads(out) == expected
    assert list(json.loads(out)) == list(expected)  # key order kept
    assert "BAN TUYÊN GIÁO" in out  # not \u-escaped


def test_full_keeps_parts_and_paragraphs(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fake_pipeline: list[dict[str, Any]]
) -> None:
    path = write(tmp_path / "cv.txt", CONG_VAN)
    code, out, _ = run_main(capsys, "parse", "--full", path)
    assert code == cli.EXIT_OK
    assert json.loads(out) == rich_document(str(path)).model_dump(mode="json")
    code, out, _ = run_main(capsys, "parse", "--full", "--format", "jsonl", path)
    assert json.loads(out).keys() >= BULKY_KEYS


def test_full_is_explained_in_help(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        cli.main(["parse", "--help"])
    assert exc.value.code == 0
    out = capsys.readouterr().out
    assert "--full" in out and "parts" in out and "paragraphs" in out


def test_json_several_files_is_an_array_in_argument_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    qd = write(tmp_path / "qd.txt", QUYET_DINH)
    cv = write(tmp_path / "cv.md", CONG_VAN)
    code, out, err = run_main(capsys, "parse", qd, cv)
    assert (code, err) == (cli.EXIT_OK, "")
    docs = json.loads(out)
    assert isinstance(docs, list)
    assert [d["source"] for d in docs] == [str(qd), str(cv)]
    for doc in docs:
        assert doc.keys() >= CONTRACT_KEYS
        assert not BULKY_KEYS & doc.keys()


def test_json_array_equals_json_dumps(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fake_pipeline: list[dict[str, Any]]
) -> None:
    paths = [write(tmp_path / f"{i}.txt", CONG_VAN) for i in range(3)]
    _, out, _ = run_main(capsys, "parse", *paths)
    expected = [
        rich_document(str(p)).model_dump(mode="json", exclude={"parts", "paragraphs"})
        for p in paths
    ]
    assert out == json.dumps(expected, indent=2, ensure_ascii=False) + "\n"


def test_jsonl_one_object_per_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    qd = write(tmp_path / "qd.txt", QUYET_DINH)
    cv = write(tmp_path / "cv.txt", CONG_VAN)
    code, out, err = run_main(capsys, "parse", "--format", "jsonl", qd, cv)
    assert (code, err) == (cli.EXIT_OK, "")
    lines = out.splitlines()
    assert len(lines) == 2 and out.endswith("\n")
    docs = [json.loads(line) for line in lines]
    assert [d["source"] for d in docs] == [str(qd), str(cv)]
    assert all(d.keys() >= CONTRACT_KEYS for d in docs)


def test_jsonl_single_file_is_one_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = write(tmp_path / "qd.txt", QUYET_DINH)
    code, out, _ = run_main(capsys, "parse", "--format", "jsonl", path)
    assert code == cli.EXIT_OK
    assert len(out.splitlines()) == 1
    assert json.loads(out)["source"] == str(path)


# --------------------------------------------------------------------------- text view


def test_text_has_a_header_and_every_field(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    qd = write(tmp_path / "qd.txt", QUYET_DINH)
    cv = write(tmp_path / "cv.txt", CONG_VAN)
    code, out, err = run_main(capsys, "parse", "--format", "text", qd, cv)
    assert (code, err) == (cli.EXIT_OK, "")
    blocks = out.split("\n\n")
    assert len(blocks) == 2
    assert blocks[0].splitlines()[0] == f"==> {qd} <=="
    assert blocks[1].splitlines()[0] == f"==> {cv} <=="
    for block in blocks:
        names = {line.split()[0] for line in block.splitlines()[1:] if not line.startswith(" ")}
        # An absent issuer/number/signatory shows as one "(none)" row for the whole object.
        assert {"family", "doc_type", "place", "date", "subject", "recipients"} <= names
        assert {"directives", "distribution", "references", "diagnostics"} <= names
        assert "issuer" in names or "issuer.name" in names
        assert "number" in names or "number.value" in names
        assert "signatory" in names or "signatory.name" in names
        top = [line for line in block.splitlines()[1:] if not line.startswith(" ")]
        assert top[-1].startswith("diagnostics")  # diagnostics come last


def test_text_shows_values_with_their_lines(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fake_pipeline: list[dict[str, Any]]
) -> None:
    path = write(tmp_path / "cv.txt", CONG_VAN)
    code, out, _ = run_main(capsys, "parse", "--format", "text", path)
    assert code == cli.EXIT_OK
    lines = out.splitlines()
    assert lines[0] == f"==> {path} <=="

    def row(name: str) -> tuple[str, str | None]:
        """(value, "line N"/"lines N-M" or None) of the one row named ``name``."""
        [line] = [ln for ln in lines if ln.split()[0] == name]
        match = re.fullmatch(rf"{re.escape(name)} +(.+?)(?: {{4}}\((lines? [0-9-]+)\))?", line)
        assert match, line
        return match[1], match[2]

    assert row("issuer.name") == ("BAN TUYÊN GIÁO", "lines 1-2")
    assert row("issuer.parent") == ("TỈNH ỦY LẠNG SƠN", "lines 1-2")
    assert row("number.value") == ("04-CV/BTGTU", "line 4")
    assert row("number.sequence") == ("4", "line 4")
    assert row("place") == ("Lạng Sơn", "line 7")
    assert row("date") == ("2024-03-15", "line 7")
    assert row("family") == ("party", "line 6")
    assert row("signatory.position") == ("PHÓ TRƯỞNG BAN", "lines 15-18")
    assert row("signatory.name") == ("Nguyễn Văn An", "lines 15-18")
    assert row("doc_type") == ("cong_van", None)  # no span, no "(line ...)"
    assert row("title") == ("(none)", None)
    # The values line up in one column.
    names = ["family", "doc_type", "issuer.name", "number.value", "date", "signatory.name"]
    columns = set()
    for name in names:
        [line] = [ln for ln in lines if ln.split()[0] == name]
        columns.add(line.index(row(name)[0]))
    assert len(columns) == 1

    text = "\n".join(lines)
    assert "recipients             (line 9)\n    - Các chi bộ trực thuộc\n" in text
    assert "signatory.authority    (lines 15-18)\n    - KT. TRƯỞNG BAN\n" in text
    assert "distribution           (lines 15-17)\n    - Như trên\n    - Lưu VP\n" in text
    assert "    1. Tổ chức tuyên truyền sâu rộng trong cán bộ, đảng viên.    (lines 11-12)" in text
    assert "        a. Đăng tin trên trang thông tin.    (line 12)" in text  # nested
    assert "    - 1545-KL/TU (2020-09-09)    (line 11)" in text
    long_line = next(ln for ln in lines if ln.startswith("    2. "))
    assert "…" in long_line and len(long_line) < 140  # long texts are shortened
    # Diagnostics come last.
    assert lines[-2:] == [
        "diagnostics",
        "    warning P009: stray line in the signature block    (line 16)",
    ]


# ------------------------------------------------------------------------ directories


def test_directory_is_searched_recursively_in_sorted_order(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    root = tmp_path / "docs"
    expected = [
        write(root / "a.txt", QUYET_DINH),
        write(root / "b" / "c.md", CONG_VAN),
        write(root / "b" / "d" / "e.txt", QUYET_DINH),
        write(root / "z.TXT", CONG_VAN),
    ]
    write(root / "b" / "notes.odt", "not a document")
    write(root / "b" / "data.json", "{}")
    write(root / "readme", "no suffix")
    code, out, err = run_main(capsys, "parse", root)
    assert (code, err) == (cli.EXIT_OK, "")
    docs = json.loads(out)
    assert isinstance(docs, list)  # a directory gives an array even for one file
    assert [d["source"] for d in docs] == [str(p) for p in sorted(expected)]


def test_directory_with_one_file_is_still_an_array(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path / "only" / "one.txt", CONG_VAN)
    code, out, _ = run_main(capsys, "parse", tmp_path / "only")
    assert code == cli.EXIT_OK
    assert [d["source"] for d in json.loads(out)] == [str(path)]


def test_directory_without_documents_is_a_failure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    write(empty / "image.png", "x")
    code, out, err = run_main(capsys, "parse", empty)
    assert code == cli.EXIT_FAILURE
    assert json.loads(out) == []
    assert err.startswith(f"vndocparse: {empty}: ")


# ------------------------------------------------------------------------------ stdin


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    set_stdin(monkeypatch, CONG_VAN.encode("utf-8"))
    code, out, err = run_main(capsys, "parse", "-")
    assert (code, err) == (cli.EXIT_OK, "")
    doc = json.loads(out)
    assert doc["source"] == "<stdin>"
    assert doc["line_count"] == len(CONG_VAN.splitlines())


def test_stdin_is_decoded_like_files(
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    fake_pipeline: list[dict[str, Any]],
) -> None:
    # UTF-8 with a BOM, and Windows-1258 (older Vietnamese files), both reach the parser
    # as the same text.
    set_stdin(monkeypatch, b"\xef\xbb\xbf" + QUYET_DINH.encode("utf-8"))
    assert run_main(capsys, "parse", "-")[0] == cli.EXIT_OK
    cp1258 = b"S\xf4\xec: 15/Q\xd0-UBND\n"  # "Số: 15/QĐ-UBND", ố as ô + combining acute
    set_stdin(monkeypatch, cp1258)
    assert run_main(capsys, "parse", "-")[0] == cli.EXIT_OK
    assert fake_pipeline[0]["text"] == QUYET_DINH
    assert fake_pipeline[1]["text"] == cp1258.decode("cp1258")
    assert unicodedata.normalize("NFC", fake_pipeline[1]["text"]) == "Số: 15/QĐ-UBND\n"
    assert {c["source"] for c in fake_pipeline} == {"<stdin>"}


def test_stdin_mixed_with_files(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write(tmp_path / "qd.txt", QUYET_DINH)
    set_stdin(monkeypatch, CONG_VAN.encode("utf-8"))
    code, out, _ = run_main(capsys, "parse", "--format", "jsonl", path, "-")
    assert code == cli.EXIT_OK
    assert [json.loads(ln)["source"] for ln in out.splitlines()] == [str(path), "<stdin>"]


def test_binary_stdin_is_reported(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    set_stdin(monkeypatch, b"%PDF-1.7\n\x00\x01binary")
    code, out, err = run_main(capsys, "parse", "-")
    assert (code, out) == (cli.EXIT_FAILURE, "")
    assert err.startswith("vndocparse: <stdin>: ")
    assert "Traceback" not in err


# ----------------------------------------------------------------------------- errors


def test_missing_file_is_reported_and_others_still_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = write(tmp_path / "cv.txt", CONG_VAN)
    missing = tmp_path / "không có.txt"
    code, out, err = run_main(capsys, "parse", missing, good)
    assert code == cli.EXIT_FAILURE
    assert err.splitlines() == [f"vndocparse: {missing}: no such file"]
    assert [d["source"] for d in json.loads(out)] == [str(good)]


def test_single_missing_file_prints_nothing_on_stdout(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "missing.txt"
    code, out, err = run_main(capsys, "parse", missing)
    assert (code, out) == (cli.EXIT_FAILURE, "")
    assert str(missing) in err


@pytest.mark.parametrize(
    "data",
    [
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", id="png"),
        pytest.param(b"PK\x03\x04\x14\x00\x06\x00", id="docx-zip"),
        pytest.param(b"abc\x00\x01\x02\xff\xfe\x00\x00\x07", id="nul-bytes"),
    ],
)
def test_binary_file_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], data: bytes
) -> None:
    binary = tmp_path / "scan.txt"
    binary.write_bytes(data)
    good = write(tmp_path / "qd.txt", QUYET_DINH)
    code, out, err = run_main(capsys, "parse", "--format", "jsonl", binary, good)
    assert code == cli.EXIT_FAILURE
    [message] = err.splitlines()
    assert message.startswith(f"vndocparse: {binary}: ")
    assert [json.loads(ln)["source"] for ln in out.splitlines()] == [str(good)]


def test_a_directory_argument_that_is_unreadable_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    if os.name != "posix" or os.geteuid() == 0:
        pytest.skip("needs POSIX permissions and a non-root user")
    locked = tmp_path / "locked"
    locked.mkdir()
    write(locked / "a.txt", CONG_VAN)
    locked.chmod(0)
    try:
        code, _, err = run_main(capsys, "parse", locked)
    finally:
        locked.chmod(0o755)
    assert code == cli.EXIT_FAILURE
    assert err.startswith(f"vndocparse: {locked}")


def test_strict_parse_error_is_reported(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fake_pipeline: list[dict[str, Any]]
) -> None:
    empty = write(tmp_path / "empty.txt", "")
    good = write(tmp_path / "cv.txt", CONG_VAN)
    code, out, err = run_main(capsys, "parse", "--strict", empty, good)
    assert code == cli.EXIT_FAILURE
    assert err.splitlines() == [f"vndocparse: {empty}:1: empty-document: the input holds no text"]
    assert [d["source"] for d in json.loads(out)] == [str(good)]
    assert [c["strict"] for c in fake_pipeline] == [True, True]


def test_without_strict_an_empty_file_is_output(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fake_pipeline: list[dict[str, Any]]
) -> None:
    empty = write(tmp_path / "empty.txt", "")
    code, out, err = run_main(capsys, "parse", empty)
    assert (code, err) == (cli.EXIT_OK, "")
    assert json.loads(out)["source"] == str(empty)
    assert fake_pipeline[0]["strict"] is False


@pytest.mark.skipif(
    not _strict_pipeline_raises(),
    reason="the pipeline does not raise ParseError for strict empty input yet (stub)",
)
@pytest.mark.parametrize(
    "content", [pytest.param("", id="empty"), pytest.param("asdf qwerty\n!!! ???\n", id="garbage")]
)
def test_strict_with_the_real_pipeline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: str
) -> None:
    path = write(tmp_path / "bad.txt", content)
    code, out, err = run_main(capsys, "parse", "--strict", path)
    assert (code, out) == (cli.EXIT_FAILURE, "")
    [message] = err.splitlines()
    assert message.startswith("vndocparse: ") and str(path) in message
    with pytest.raises(ParseError) as exc:
        vndocparse.parse_file(path, strict=True)
    assert message == f"vndocparse: {exc.value}"


def test_unexpected_exception_is_reported_without_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], fake_pipeline: list[dict[str, Any]]
) -> None:
    bad = write(tmp_path / "bad.txt", "BOOM")
    good = write(tmp_path / "good.txt", CONG_VAN)
    code, out, err = run_main(capsys, "parse", "--format", "jsonl", bad, good)
    assert code == cli.EXIT_FAILURE
    assert err.splitlines() == [f"vndocparse: {bad}: internal error: RuntimeError: boom"]
    assert [json.loads(ln)["source"] for ln in out.splitlines()] == [str(good)]


def test_keyboard_interrupt_is_not_swallowed(
    tmp_path: Path, fake_pipeline: list[dict[str, Any]]
) -> None:
    path = write(tmp_path / "a.txt", "CTRL-C")
    with pytest.raises(KeyboardInterrupt):
        cli.main(["parse", str(path)])


# ---------------------------------------------------------- schema, version and usage


def test_schema_command(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run_main(capsys, "schema")
    assert (code, err) == (cli.EXIT_OK, "")
    assert out == schema_json()


def test_version(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        cli.main(["--version"])
    assert exc.value.code == cli.EXIT_OK
    assert capsys.readouterr().out == f"vndocparse {vndocparse.__version__}\n"


@pytest.mark.parametrize(
    "argv",
    [
        pytest.param([], id="no-command"),
        pytest.param(["frobnicate"], id="unknown-command"),
        pytest.param(["parse"], id="no-file"),
        pytest.param(["parse", "--format", "xml", "a.txt"], id="bad-format"),
        pytest.param(["parse", "--bogus", "a.txt"], id="unknown-option"),
    ],
)
def test_usage_errors_exit_2(argv: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        cli.main(argv)
    assert exc.value.code == cli.EXIT_USAGE
    _, err = capsys.readouterr()
    assert "usage:" in err


def test_exit_code_constants() -> None:
    assert (cli.EXIT_OK, cli.EXIT_FAILURE, cli.EXIT_USAGE) == (0, 1, 2)


# ------------------------------------------------------------------- real processes


def run_process(
    *args: str | Path, cwd: Path, stdin: bytes | None = None, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "vndocparse", *map(str, args)],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        env={**os.environ, **(env or {})},
        timeout=120,
        check=False,
    )


def test_process_exit_0_and_utf8_output_whatever_the_locale(tmp_path: Path) -> None:
    write(tmp_path / "công văn số 4.txt", CONG_VAN)
    # Force a stdout encoding that cannot hold Vietnamese: the CLI must still write UTF-8.
    proc = run_process(
        "parse", "công văn số 4.txt", cwd=tmp_path, env={"PYTHONIOENCODING": "latin-1"}
    )
    assert proc.returncode == cli.EXIT_OK, proc.stderr
    assert proc.stderr == b""
    doc = json.loads(proc.stdout.decode("utf-8"))
    assert doc["source"] == "công văn số 4.txt"
    assert "công văn số 4.txt".encode() in proc.stdout  # UTF-8, not \u escapes


def test_process_schema_is_utf8(tmp_path: Path) -> None:
    proc = run_process("schema", cwd=tmp_path, env={"PYTHONIOENCODING": "ascii"})
    assert proc.returncode == cli.EXIT_OK, proc.stderr
    assert proc.stdout.decode("utf-8").replace("\r\n", "\n") == schema_json()


def test_process_exit_1_for_unreadable_input(tmp_path: Path) -> None:
    write(tmp_path / "cv.txt", CONG_VAN)
    (tmp_path / "scan.txt").write_bytes(b"%PDF-1.4\n\x00\x00")
    proc = run_process(
        "parse", "--format", "jsonl", "missing.txt", "scan.txt", "cv.txt", cwd=tmp_path
    )
    assert proc.returncode == cli.EXIT_FAILURE
    err = proc.stderr.decode("utf-8")
    assert "Traceback" not in err
    assert err.splitlines()[0] == "vndocparse: missing.txt: no such file"
    assert err.splitlines()[1].startswith("vndocparse: scan.txt: ")
    assert [json.loads(ln)["source"] for ln in proc.stdout.decode().splitlines()] == ["cv.txt"]


def test_process_stdin(tmp_path: Path) -> None:
    proc = run_process("parse", "--format", "text", "-", cwd=tmp_path, stdin=CONG_VAN.encode())
    assert proc.returncode == cli.EXIT_OK, proc.stderr
    assert proc.stdout.decode("utf-8").splitlines()[0] == "==> <stdin> <=="
    proc = run_process("parse", "-", cwd=tmp_path, stdin=b"\x89PNG\r\n\x1a\n")
    assert proc.returncode == cli.EXIT_FAILURE
    assert proc.stderr.decode().startswith("vndocparse: <stdin>: ")
    assert b"Traceback" not in proc.stderr


@pytest.mark.parametrize(
    "args",
    [
        pytest.param([], id="no-command"),
        pytest.param(["parse"], id="no-file"),
        pytest.param(["parse", "--format", "yaml", "cv.txt"], id="bad-format"),
        pytest.param(["lint", "cv.txt"], id="unknown-command"),
    ],
)
def test_process_exit_2_for_usage_errors(tmp_path: Path, args: list[str]) -> None:
    proc = run_process(*args, cwd=tmp_path)
    assert proc.returncode == cli.EXIT_USAGE
    assert proc.stdout == b""
    assert b"usage:" in proc.stderr and b"Traceback" not in proc.stderr


@pytest.mark.skipif(not hasattr(signal, "SIGPIPE"), reason="needs SIGPIPE")
def test_process_closed_pipe_is_quiet(tmp_path: Path) -> None:
    for i in range(400):
        write(tmp_path / "docs" / f"{i:03}.txt", CONG_VAN)
    with subprocess.Popen(
        [sys.executable, "-m", "vndocparse", "parse", "--format", "jsonl", "docs"],
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    ) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        first = proc.stdout.readline()
        proc.stdout.close()  # like `| head -1`
        err = proc.stderr.read()
        proc.wait(timeout=120)
    assert json.loads(first)["source"] == os.path.join("docs", "000.txt")
    assert b"Traceback" not in err and b"BrokenPipe" not in err, err
    assert proc.returncode in (-signal.SIGPIPE, cli.EXIT_OK)
