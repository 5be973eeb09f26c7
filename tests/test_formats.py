"""Reading DOCX, PDF, HTML and legacy-font text (issue 4), and the DOCX typography rules.

The same letter (tests/data/letters) laid out as a DOCX (built here with python-docx),
a PDF (tests/data/formats/*.pdf, written by make_fixtures.py with fpdf2), an HTML page
and TCVN3 bytes must give the contract fields of the .txt.
"""

from __future__ import annotations

import io
import json
import sys
import zipfile
from pathlib import Path
from typing import Any

import pytest

import vndocparse
from vndocparse.errors import (
    BrokenDocumentError,
    EncryptedDocumentError,
    MissingExtraError,
    NoTextLayerError,
    UnsafeDocumentError,
    VndocparseError,
)
from vndocparse.readers import detect_format, legacy, source_info

FORMATS = Path(__file__).parent / "data" / "formats"
sys.path.insert(0, str(FORMATS))

from layouts import LAYOUT_NAMES, build_docx, build_html, layout

sys.path.insert(0, str(Path(__file__).parent))
from hostile_cases import zip_of

docx = pytest.importorskip("docx", reason="needs the docx extra (python-docx)")

KEYS = (
    "family", "doc_type", "issuer", "number", "place", "date", "subject", "recipients",
    "directives", "signatory", "distribution", "urgency", "secrecy", "references",
)  # fmt: skip


def contract(doc: vndocparse.Document) -> dict[str, Any]:
    """The contract fields without source spans (line numbers differ between formats)."""

    def strip(o: Any) -> Any:
        if isinstance(o, dict):
            return {k: strip(v) for k, v in o.items() if k != "span"}
        if isinstance(o, list):
            return [strip(v) for v in o]
        return o

    data = doc.model_dump(mode="json")
    return {k: strip(data[k]) for k in KEYS}


def text_of(name: str) -> str:
    return (FORMATS.parent / "letters" / f"{name}.txt").read_text(encoding="utf-8")


# ----------------------------------------------------------------------------- same fields


@pytest.mark.parametrize("name", LAYOUT_NAMES)
@pytest.mark.parametrize("fmt", ["docx", "pdf", "html", "tcvn3"])
def test_every_format_gives_the_fields_of_the_text(name: str, fmt: str, tmp_path: Path) -> None:
    expected = contract(vndocparse.parse(text_of(name)))
    if fmt == "docx":
        path = tmp_path / "letter.docx"
        path.write_bytes(build_docx(layout(name)))
    elif fmt == "pdf":
        pytest.importorskip("pdfplumber", reason="needs the pdf extra")
        path = FORMATS / f"{name}.pdf"
    elif fmt == "html":
        path = tmp_path / "letter.html"
        path.write_text(build_html(layout(name)), encoding="utf-8")
    else:
        path = tmp_path / "letter.txt"
        path.write_bytes(legacy.to_tcvn3(text_of(name)).encode("latin-1"))
    doc = vndocparse.parse_file(path)
    assert contract(doc) == expected
    info = source_info(doc)
    assert info is not None and info.format == ("text" if fmt == "tcvn3" else fmt)
    assert len(info.origins) == doc.line_count


def test_format_is_told_by_content_not_name(tmp_path: Path) -> None:
    name = LAYOUT_NAMES[0]
    misnamed = tmp_path / "letter.txt"
    misnamed.write_bytes(build_docx(layout(name)))
    assert detect_format(misnamed.read_bytes()) == "docx"
    assert contract(vndocparse.parse_file(misnamed)) == contract(vndocparse.parse(text_of(name)))
    assert detect_format(b"<!DOCTYPE html><html>") == "html"
    assert detect_format(b"<div>text</div>", "a.txt") == "text"  # converter output stays text
    assert detect_format(b"<table><tr><td>x</td></tr></table>", "page") == "html"
    assert detect_format(b"%PDF-1.7\n") == "pdf"


def test_parse_bytes_and_the_cli_read_docx(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from vndocparse import cli

    data = build_docx(layout(LAYOUT_NAMES[1]))
    doc = vndocparse.parse_bytes(data, filename="cv.docx")
    assert doc.number is not None and doc.number.value == "2417/BNNMT-TTBVTV"
    path = tmp_path / "cv.docx"
    path.write_bytes(data)
    assert cli.main(["parse", str(path)]) == 0
    assert '"2417/BNNMT-TTBVTV"' in capsys.readouterr().out


# ----------------------------------------------------------------------------- DOCX structure


def test_docx_header_cells_are_the_header_columns() -> None:
    doc = vndocparse.parse_bytes(build_docx(layout("state_quyetdinh_clean")), filename="qd.docx")
    info = source_info(doc)
    assert info is not None and info.formatting is not None
    first = doc.source_lines[0]
    assert first.startswith("| ỦY BAN NHÂN DÂN") and "| CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |" in first
    origin = info.origin(1)
    assert origin is not None and (origin.table, origin.row, origin.cells) == (0, 0, (0, 1))
    para = info.formatting.at(1, first.index("CỘNG"), first.index("CỘNG") + 4)
    assert para is not None and para.font == "Times New Roman" and para.size == 12 and para.bold
    body = next(i for i, o in enumerate(info.origins) if o.paragraph is not None)
    assert info.origins[body].paragraph == 0
    assert info.formatting.page.width_mm == 210 and info.formatting.page.left_mm == 30


# ----------------------------------------------------------------------------- typography


@pytest.mark.parametrize("name", LAYOUT_NAMES)
def test_a_correct_docx_draws_no_typography_diagnostic(name: str) -> None:
    doc = vndocparse.parse_bytes(build_docx(layout(name)), filename="ok.docx")
    assert vndocparse.validate(doc, {"select": ["ALL"]}) == []


@pytest.mark.parametrize("name", LAYOUT_NAMES)
def test_wrong_fonts_and_margins_draw_the_typography_diagnostics(name: str) -> None:
    doc = vndocparse.parse_bytes(build_docx(layout(name), good=False), filename="bad.docx")
    found = vndocparse.validate(doc)
    codes = {d.code for d in found}
    assert {"VN001", "VN002", "VN003", "VN004", "VN005", "VN006"} <= codes
    assert all(d.code.startswith("VN0") for d in found)
    [font] = [d for d in found if d.code == "VN003"]
    assert "'Arial'" in font.message and font.source.startswith("NĐ 30/2020/NĐ-CP, Phụ lục I")
    margins = [d.message for d in found if d.code == "VN002"]
    assert any(m.startswith("left margin is 10 mm") for m in margins)


def test_line_spacing_and_page_numbers() -> None:
    lay = layout("state_quyetdinh_clean")
    d = docx.Document(io.BytesIO(build_docx(lay)))
    for p in d.paragraphs:
        p.paragraph_format.line_spacing = 2.0
    d.sections[0].different_first_page_header_footer = False
    out = io.BytesIO()
    d.save(out)
    found = vndocparse.validate(vndocparse.parse_bytes(out.getvalue(), filename="x.docx"))
    assert {d.code for d in found} == {"VN007", "VN008"}


def test_typography_rules_ignore_text_input() -> None:
    doc = vndocparse.parse(text_of("state_quyetdinh_clean"))
    assert [d for d in vndocparse.validate(doc, {"select": ["VN0"]})] == []


# ----------------------------------------------------------------------------- legacy fonts


@pytest.mark.parametrize(
    ("legacy_text", "unicode_text", "encoding"),
    [
        ("Uû ban nh©n d©n tØnh Hµ Nam", "Ủy ban nhân dân tỉnh Hà Nam", "TCVN3"),
        ("CéNG HßA X· HéI CHñ NGHÜA VIÖT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TCVN3"),
        ("UBND TØNH Hµ NAM      CéNG HßA X· HéI", "UBND TỈNH HÀ NAM      CỘNG HÒA XÃ HỘI", "TCVN3"),
        ("Sè: 15/Q§-UBND      Hoµ B×nh, ngµy 05 th¸ng 3 n¨m 1999", "Số: 15/QĐ-UBND      Hòa Bình, ngày 05 tháng 3 năm 1999", "TCVN3"),
        ("UÛY BAN NHAÂN DAÂN", "ỦY BAN NHÂN DÂN", "VNI"),
        ("Ñoäc laäp - Töï do - Haïnh phuùc", "Độc lập - Tự do - Hạnh phúc", "VNI"),
    ],
)
def test_legacy_conversion_keeps_gutters_and_restores_capitals(legacy_text: str, unicode_text: str, encoding: str) -> None:
    assert legacy.convert(legacy_text, encoding) == unicode_text


def test_legacy_detection() -> None:
    text = text_of("state_quyetdinh_clean")
    assert legacy.detect(legacy.to_tcvn3(text)) == "TCVN3"
    assert legacy.detect(text) is None
    assert legacy.detect("Hello world, café") is None


def test_the_conversion_is_recorded() -> None:
    data = legacy.to_tcvn3(text_of("state_quyetdinh_clean")).encode("latin-1")
    doc = vndocparse.parse_bytes(data, filename="old.txt")
    notes = [d for d in doc.diagnostics if d.code == "P020"]
    assert len(notes) == 1 and "TCVN3" in notes[0].message and notes[0].severity == "info"
    info = source_info(doc)
    assert info is not None and info.conversion == "TCVN3"
    assert doc.issuer is not None and doc.issuer.name == "ỦY BAN NHÂN DÂN HUYỆN KIM BẢNG"


# ----------------------------------------------------------------------------- safety


_zip = zip_of


def test_zip_bomb_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from vndocparse.readers import package as reader

    monkeypatch.setattr(reader, "MAX_UNCOMPRESSED", 1_000_000)
    bomb = _zip({"[Content_Types].xml": b"<Types/>", "word/document.xml": b"<a>" + b" " * 2_000_000 + b"</a>"})
    assert len(bomb) < 20_000
    path = tmp_path / "bomb.docx"
    path.write_bytes(bomb)
    with pytest.raises(UnsafeDocumentError, match="zip bomb"):
        vndocparse.parse_file(path)


def test_too_many_entries_are_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    from vndocparse.readers import package as reader

    monkeypatch.setattr(reader, "MAX_ENTRIES", 10)
    data = _zip({"word/document.xml": b"<a/>", **{f"x/{i}": b"" for i in range(20)}})
    with pytest.raises(UnsafeDocumentError, match="zip entries"):
        vndocparse.parse_bytes(data, filename="many.docx")


def test_external_entities_are_refused() -> None:
    good = build_docx(layout(LAYOUT_NAMES[0]))
    with zipfile.ZipFile(io.BytesIO(good)) as zf:
        entries = {n: zf.read(n) for n in zf.namelist()}
    entries["word/document.xml"] = (
        b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        + entries["word/document.xml"].split(b"?>", 1)[1]
    )
    with pytest.raises(UnsafeDocumentError, match="entities"):
        vndocparse.parse_bytes(_zip(entries), filename="xxe.docx")


@pytest.mark.parametrize(
    ("data", "error"),
    [
        pytest.param(b"PK\x03\x04" + b"\x00" * 30 + b"word/document.xml" + b"\x00" * 50, BrokenDocumentError, id="broken-docx"),
        pytest.param(_zip({"word/document.xml": b"<not-word/>"}), BrokenDocumentError, id="docx-without-parts"),
        pytest.param(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptedPackage".encode("utf-16-le"), EncryptedDocumentError, id="encrypted-docx"),
        pytest.param(b"%PDF-1.4\n1 0 obj garbage", BrokenDocumentError, id="broken-pdf"),
    ],
)
def test_broken_and_encrypted_files_give_clear_errors(data: bytes, error: type[Exception]) -> None:
    if data.startswith(b"%PDF"):
        pytest.importorskip("pdfplumber", reason="needs the pdf extra")
    with pytest.raises(error) as info:
        vndocparse.parse_bytes(data, filename="x")
    assert isinstance(info.value, VndocparseError)


def _pdf(text: str | None, *, password: str | None = None) -> bytes:
    fpdf = pytest.importorskip("fpdf", reason="needs fpdf2 (test extra)")
    pdf = fpdf.FPDF()
    pdf.add_page()
    if text is not None:
        pdf.set_font("helvetica", size=12)
        pdf.cell(100, 10, text)
    else:
        pdf.rect(20, 20, 50, 50, style="F")  # a "scan": drawing, no text
    if password:
        pdf.set_encryption(owner_password=password, user_password=password)
    return bytes(pdf.output())


def test_a_pdf_without_text_layer_asks_for_ocr() -> None:
    pytest.importorskip("pdfplumber", reason="needs the pdf extra")
    with pytest.raises(NoTextLayerError, match="OCR"):
        vndocparse.parse_bytes(_pdf(None), filename="scan.pdf")


def test_an_encrypted_pdf_is_a_clear_error() -> None:
    pytest.importorskip("pdfplumber", reason="needs the pdf extra")
    pytest.importorskip("cryptography", reason="fpdf2 encryption needs cryptography")
    with pytest.raises(EncryptedDocumentError):
        vndocparse.parse_bytes(_pdf("Secret", password="s3cret"), filename="locked.pdf")


def test_a_missing_extra_names_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "docx", None)  # import docx → ImportError
    with pytest.raises(MissingExtraError, match=r"pip install 'vndocparse\[docx\]'"):
        vndocparse.parse_bytes(_zip({"word/document.xml": b"<a/>"}), filename="x.docx")


def test_cli_reports_reader_errors_without_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from vndocparse import cli

    path = tmp_path / "broken.docx"
    path.write_bytes(_zip({"word/document.xml": b"<!DOCTYPE x [<!ENTITY a 'b'>]><a/>"}))
    assert cli.main(["parse", str(path)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"vndocparse: {path}: ") and "Traceback" not in err


def test_directories_and_standard_input_take_the_other_formats(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from vndocparse import cli

    name = LAYOUT_NAMES[0]
    data = build_docx(layout(name))
    (tmp_path / "letters").mkdir()
    (tmp_path / "letters" / "a.docx").write_bytes(data)
    (tmp_path / "letters" / "b.html").write_text(build_html(layout(name)), encoding="utf-8")
    assert cli.main(["parse", str(tmp_path / "letters"), "--format", "jsonl"]) == cli.EXIT_OK
    rows = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    want = contract(vndocparse.parse(text_of(name)))
    assert [r["source"].rsplit("/", 1)[-1] for r in rows] == ["a.docx", "b.html"]
    assert [r["number"]["value"] for r in rows] == [want["number"]["value"]] * 2

    # A DOCX piped in is told by its content, as a file would be.
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(data)))
    assert cli.main(["parse", "-"]) == cli.EXIT_OK
    assert json.loads(capsys.readouterr().out)["number"]["value"] == want["number"]["value"]
