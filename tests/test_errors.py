"""Errors: reading files (missing, not a file, binary, encodings) and strict parsing."""

from __future__ import annotations

import codecs
import inspect
import unicodedata
from pathlib import Path
from typing import Any

import pytest

import vndocparse
from vndocparse import errors
from vndocparse.errors import (
    DecodeError,
    EmptyDocumentError,
    FileMissingError,
    InputError,
    MalformedIssueDateError,
    MissingDocumentNumberError,
    MissingIssuerError,
    MissingSignatureError,
    NotTextError,
    ParseError,
    VndocparseError,
)

LETTERS = Path(__file__).resolve().parent / "data" / "letters"
SAMPLE = LETTERS / "state_quyetdinh_clean.txt"  # has issuer, number, date line and signature

# A small complete state document, and variants with one required part taken out.
FULL = """\
ỦY BAN NHÂN DÂN
TỈNH CAO BẰNG
Số: 12/QĐ-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Cao Bằng, ngày 05 tháng 3 năm 2024

QUYẾT ĐỊNH
Về việc thành lập Tổ công tác

Điều 1. Thành lập Tổ công tác.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nguyễn Văn An
"""
NO_NUMBER = FULL.replace("Số: 12/QĐ-UBND\n", "")
NO_ISSUER_NO_NUMBER = NO_NUMBER.replace("ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\n", "")
BAD_DATE = FULL.replace("ngày 05 tháng 3", "ngày 31 tháng 02")


def _dump(doc: vndocparse.Document, *drop: str) -> dict[str, Any]:
    data = doc.model_dump(mode="json")
    for key in ("source", *drop):
        data.pop(key)
    return data


def _cp1258(text: str) -> bytes:
    """Windows-1258 bytes of ``text``: precomposed where the code page has the letter,
    else the base letter followed by the combining tone mark (as Vietnamese Windows wrote it)."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            nfd = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", nfd[0] + "".join(c for c in nfd[1:] if c in "\u0302\u0306\u031b"))
            tones = "".join(c for c in nfd[1:] if c not in "\u0302\u0306\u031b")
            out += (base + tones).encode("cp1258")
    return bytes(out)


# -- the hierarchy ----------------------------------------------------------------------------
def test_every_error_class_is_a_vndocparse_error() -> None:
    classes = [c for _, c in inspect.getmembers(errors, inspect.isclass) if issubclass(c, BaseException)]
    assert len(classes) >= 10
    for cls in classes:
        assert issubclass(cls, VndocparseError), cls


@pytest.mark.parametrize(
    ("cls", "std"),
    [
        (FileMissingError, FileNotFoundError),
        (InputError, OSError),
        (DecodeError, UnicodeError),
        (ParseError, ValueError),
    ],
)
def test_errors_are_also_standard_exceptions(cls: type[Exception], std: type[Exception]) -> None:
    assert issubclass(cls, std)


# -- reading files ----------------------------------------------------------------------------
def test_missing_file(tmp_path: Path) -> None:
    missing = tmp_path / "không có.txt"
    with pytest.raises(FileMissingError) as info:
        vndocparse.parse_file(missing)
    assert str(missing) in str(info.value)
    assert info.value.path == str(missing)
    assert isinstance(info.value, VndocparseError)


def test_missing_file_as_str(tmp_path: Path) -> None:
    with pytest.raises(FileMissingError, match="nope.txt"):
        vndocparse.parse_file(str(tmp_path / "nope.txt"))


def test_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError) as info:
        vndocparse.parse_file(tmp_path)
    assert isinstance(info.value, FileMissingError)  # "not a regular file"
    assert str(tmp_path) in str(info.value)
    assert isinstance(info.value, VndocparseError)


@pytest.mark.parametrize(
    "data",
    [
        b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10",
        b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
        b"PK\x03\x04\x14\x00\x00\x00\x08\x00",
        b"S\xe1\xbb\x91: 12/Q\x00\xc4\x90-UBND\x01\x02\x03",
        b"hello\x00world",
    ],
    ids=["png", "pdf", "zip-docx", "nul-in-text", "nul-odd-length"],
)
def test_binary_is_not_text(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "scan.txt"
    path.write_bytes(data)
    with pytest.raises(NotTextError) as info:
        vndocparse.parse_file(path)
    assert str(path) in str(info.value)
    assert isinstance(info.value, VndocparseError)


@pytest.mark.parametrize(
    "data",
    [codecs.BOM_UTF16_LE + b"a", codecs.BOM_UTF8 + b"S\xff\xfe\xfd"],
    ids=["utf16-truncated", "utf8-bom-invalid"],
)
def test_undecodable(tmp_path: Path, data: bytes) -> None:
    path = tmp_path / "broken.txt"
    path.write_bytes(data)
    with pytest.raises(DecodeError) as info:
        vndocparse.parse_file(path)
    assert str(path) in str(info.value)
    assert isinstance(info.value, VndocparseError)


@pytest.mark.parametrize(
    "encode",
    [
        lambda s: codecs.BOM_UTF8 + s.encode("utf-8"),
        lambda s: s.encode("utf-16"),  # BOM in native order
        lambda s: codecs.BOM_UTF16_LE + s.encode("utf-16-le"),
        lambda s: codecs.BOM_UTF16_BE + s.encode("utf-16-be"),
    ],
    ids=["utf8-bom", "utf16-bom", "utf16le-bom", "utf16be-bom"],
)
def test_bom_encodings_give_the_same_document(tmp_path: Path, encode: Any) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    plain = tmp_path / "a" / "doc.txt"
    other = tmp_path / "b" / "doc.txt"
    plain.write_bytes(text.encode("utf-8"))
    other.write_bytes(encode(text))
    assert _dump(vndocparse.parse_file(other)) == _dump(vndocparse.parse_file(plain))


def test_windows_1258(tmp_path: Path) -> None:
    text = SAMPLE.read_text(encoding="utf-8")
    data = _cp1258(text)
    with pytest.raises(UnicodeDecodeError):
        data.decode("utf-8")  # the fixture really is not UTF-8
    path = tmp_path / "cp1258.txt"
    path.write_bytes(data)
    doc = vndocparse.parse_file(path)
    ref = vndocparse.parse(text)
    # The decoded text carries combining tone marks, so the columns of `parts` differ;
    # every field read from the text is the same.
    assert _dump(doc, "parts") == _dump(ref, "parts")
    assert doc.issuer is not None and doc.issuer.name == "ỦY BAN NHÂN DÂN HUYỆN KIM BẢNG"
    assert doc.signatory is not None and doc.signatory.name == "Lê Quang Vinh"


# -- strict parsing -----------------------------------------------------------------------------
@pytest.mark.parametrize("text", ["", "   \n\n\t\n", "\n"])
def test_strict_empty(text: str) -> None:
    with pytest.raises(EmptyDocumentError) as info:
        vndocparse.parse(text, strict=True)
    assert info.value.label == "empty-document"
    assert isinstance(info.value, ParseError)


def test_empty_without_strict_is_a_document() -> None:
    doc = vndocparse.parse("")
    assert doc.line_count == 0 and doc.parts == ()
    assert doc.issuer is None and doc.number is None


def test_strict_complete_document_parses() -> None:
    doc = vndocparse.parse(FULL, strict=True)
    assert doc.number is not None and doc.number.value == "12/QĐ-UBND"
    vndocparse.parse_file(SAMPLE, strict=True)


def test_strict_missing_number() -> None:
    with pytest.raises(ParseError) as info:
        vndocparse.parse(NO_NUMBER, strict=True, source="x.txt")
    exc = info.value
    assert isinstance(exc, MissingDocumentNumberError), type(exc)
    assert exc.label == "missing-number"
    assert isinstance(exc.line, int) and 1 <= exc.line <= NO_NUMBER.count("\n")
    assert exc.source == "x.txt"
    assert "x.txt" in str(exc)
    assert "missing-number" in str(exc)


def test_strict_without_source_names_the_line() -> None:
    with pytest.raises(MissingDocumentNumberError) as info:
        vndocparse.parse(NO_NUMBER, strict=True)
    assert info.value.source is None
    assert f"line {info.value.line}" in str(info.value)


def test_strict_issuer_is_reported_first() -> None:
    """With both the issuer and the number missing, the issuer comes first."""
    with pytest.raises(MissingIssuerError) as info:
        vndocparse.parse(NO_ISSUER_NO_NUMBER, strict=True, source="y.txt")
    assert info.value.label == "missing-issuer"
    assert "y.txt" in str(info.value)


def test_strict_impossible_date_points_at_the_date_line() -> None:
    with pytest.raises(MalformedIssueDateError) as info:
        vndocparse.parse(BAD_DATE, strict=True, source="z.txt")
    date_line = BAD_DATE.splitlines().index("Cao Bằng, ngày 31 tháng 02 năm 2024") + 1
    assert info.value.line == date_line
    assert f"z.txt:{date_line}" in str(info.value)


def test_strict_missing_signature() -> None:
    text = FULL.split("TM. ỦY BAN")[0]
    with pytest.raises(MissingSignatureError) as info:
        vndocparse.parse(text, strict=True)
    assert info.value.label == "missing-signature"


def test_strict_file_error_names_the_path(tmp_path: Path) -> None:
    path = tmp_path / "khong_so.txt"
    path.write_text(NO_NUMBER, encoding="utf-8")
    with pytest.raises(MissingDocumentNumberError, match="khong_so.txt"):
        vndocparse.parse_file(path, strict=True)


# -- programming errors -----------------------------------------------------------------------
@pytest.mark.parametrize("value", [123, None, b"S\xe1\xbb\x91: 12/QD-UBND", ["line"]], ids=["int", "none", "bytes", "list"])
def test_non_str_is_a_type_error(value: Any) -> None:
    with pytest.raises(TypeError) as info:
        vndocparse.parse(value)
    assert not isinstance(info.value, VndocparseError)
