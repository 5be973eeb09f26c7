"""Unit tests of the pipeline stages on inline strings.

The expectations come from the layout rules (``shared/spec/layout-rules.md``: ND30 for
state documents, HD36/QĐ66 for Party documents, §5 for what plain-text extractions
look like), not from what the code happens to return.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable

import pytest

import vndocparse
from vndocparse import classify as K
from vndocparse.classify import Token, classify
from vndocparse.directives import build_directives, paragraphs_of, rank_of
from vndocparse.fields import parse_date_line, parse_number, type_from_symbol
from vndocparse.models import Directive
from vndocparse.normalize import normalise, split_lines
from vndocparse.references import find_references
from vndocparse.segment import segment, segment_line
from vndocparse.signature import read_signature, split_issuer, split_prefix


def cleaned(raw: str) -> str:
    (line,) = normalise(raw)
    return line.text


def pieces(raw: str) -> list[str]:
    (line,) = normalise(raw)
    return [s.text for s in segment_line(line)]


def tokens(text: str) -> list[Token]:
    return classify(segment(normalise(text)))


def kind_of(raw: str) -> Token:
    toks = tokens(raw)
    assert len(toks) == 1, f"{raw!r} gave {[(t.kind, t.text) for t in toks]}"
    return toks[0]


# ==== normalise =================================================================================
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("**Nơi nhận:**", "  Nơi nhận:  "),
        ("__Nơi nhận:__", "  Nơi nhận:  "),
        ("## QUYẾT ĐỊNH", "   QUYẾT ĐỊNH"),
        ("### Điều 1. Phạm vi", "    Điều 1. Phạm vi"),
        ("*Căn cứ Luật Tổ chức Chính phủ;*", " Căn cứ Luật Tổ chức Chính phủ; "),
        ("1\\. Hỗ trợ", "1 . Hỗ trợ"),
        ("\\- Như trên;", " - Như trên;"),
        # <br> is a line break inside the line: a U+2028 mark where the segmenter cuts.
        ("<b>NGHỊ QUYẾT</b><br>", "   NGHỊ QUYẾT    \u2028   "),
        ('<div align="center">', " " * 20),
        ("Hà&nbsp;Nội", "Hà      Nội"),
        ("GD&amp;ĐT", "GD&    ĐT"),
        ("Số:\t12/QĐ-UBND", "Số:\t12/QĐ-UBND"),  # a tab stays: it may part two columns
        ("Số:\u00a012/QĐ-UBND", "Số: 12/QĐ-UBND"),
        ("Kính gửi: Bộ Nội vụ", "Kính gửi: Bộ Nội vụ"),
        ("GD&ĐT huyện", "GD&ĐT huyện"),
    ],
)
def test_normalise_blanks_markup_keeping_columns(raw: str, expected: str) -> None:
    text = cleaned(raw)
    assert text == expected
    assert len(text) == len(raw)
    for col, ch in enumerate(text):  # what is kept stays at its column
        if not ch.isspace():
            assert raw[col] == ch or raw[col : col + 5] in ("&amp;",), (col, raw, text)


def test_normalise_keeps_raw_and_numbers_lines() -> None:
    lines = normalise("**A**\n\nB\n")
    assert [(l.number, l.raw, l.text) for l in lines] == [(1, "**A**", "  A  "), (2, "", ""), (3, "B", "B")]
    assert [l.colmap for l in lines] == [None, None, None]


def test_normalise_nfd_line_gets_a_column_map() -> None:
    raw = unicodedata.normalize("NFD", "Hà Nội, ngày 5")
    assert raw != "Hà Nội, ngày 5"
    (line,) = normalise(raw)
    assert line.text == "Hà Nội, ngày 5"
    assert line.colmap is not None and len(line.colmap) == len(line.text)
    # Each character of the cleaned text maps to where it starts in the line as given.
    for col, ch in enumerate(line.text):
        raw_col = line.raw_col(col)
        assert unicodedata.normalize("NFC", raw[raw_col : line.raw_col(col + 1)]) == ch
    assert line.raw_col(len(line.text)) == len(raw)
    assert line.folded == "ha noi, ngay 5"


def test_normalise_nfc_line_has_no_column_map() -> None:
    (line,) = normalise("Hà Nội")
    assert line.colmap is None
    assert line.raw_col(3) == 3


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        ("a\r\nb\r\nc\r\n", ["a", "b", "c"]),
        ("a\rb\rc", ["a", "b", "c"]),
        ("a\r\n\r\nb", ["a", "", "b"]),
        ("a\nb\r\nc\rd", ["a", "b", "c", "d"]),
        ("a\n\n", ["a", ""]),
        ("", []),
        ("\n", [""]),
    ],
    ids=["crlf", "cr", "crlf-blank", "mixed", "trailing-blank", "empty", "one-blank"],
)
def test_line_endings(text: str, lines: list[str]) -> None:
    assert split_lines(text) == lines
    got = normalise(text)
    assert [l.raw for l in got] == lines
    assert [l.number for l in got] == list(range(1, len(lines) + 1))
    assert all("\r" not in l.raw and "\n" not in l.raw for l in got)


@pytest.mark.parametrize(
    "control",
    ["\x01", "\x08", "\x1c", "\x1f", "\x7f", "\x85", "\x9f"],
    ids=["soh", "bs", "fs", "us", "del", "nel", "apc"],
)
def test_normalise_blanks_control_characters(control: str) -> None:
    # No document text holds a control character: a stray one (extraction debris, a
    # byte decoded as C1) becomes a space in place, and the raw line keeps it.
    raw = f"Số:{control}12/QĐ-UBND{control}"
    (line,) = normalise(raw)
    assert line.raw == raw
    assert line.text == "Số: 12/QĐ-UBND "
    assert line.folded == "so: 12/qd-ubnd "
    doc = vndocparse.parse(f"BỘ NỘI VỤ\n{raw}\n")
    assert doc.number is not None and doc.number.value == "12/QĐ-UBND"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [("Quy&#133;t", "Quy      t"), ("Quy&#x9F;t", "Quy      t"), ("Quy&#127;t", "Quy      t"), ("Quy&#7871;t", "Quyết")],
)
def test_normalise_numeric_entity_of_a_control_character_is_blanked(raw: str, expected: str) -> None:
    (line,) = normalise(raw)
    assert line.text == expected


def test_normalise_unknown_step() -> None:
    with pytest.raises(ValueError, match="known steps"):
        normalise("x", steps=("nfc", "nope"))


def test_normalise_steps_can_be_chosen() -> None:
    (line,) = normalise("**Số:**\u00a012", steps=("spaces",))
    assert line.text == "**Số:** 12"


# ==== segment ===================================================================================
@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        # Row-wise merged header (§5.1), with a gutter or a single space.
        ("BỘ TÀI CHÍNH    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", ["BỘ TÀI CHÍNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]),
        ("PHÒNG GD&ĐT HUYỆN NĂM CĂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", ["PHÒNG GD&ĐT HUYỆN NĂM CĂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]),
        ("TỔNG CỤC THUẾ        Độc lập - Tự do - Hạnh phúc", ["TỔNG CỤC THUẾ", "Độc lập - Tự do - Hạnh phúc"]),
        ("BAN TUYÊN GIÁO     ĐẢNG CỘNG SẢN VIỆT NAM", ["BAN TUYÊN GIÁO", "ĐẢNG CỘNG SẢN VIỆT NAM"]),
        # Number and date line on one row (ô 3 and ô 4 share a row).
        ("Số: 12/TCT-CS Hà Nội, ngày 05 tháng 3 năm 2024", ["Số: 12/TCT-CS", "Hà Nội, ngày 05 tháng 3 năm 2024"]),
        ("Số: 12/TCT-CS      Hà Nội, ngày 05 tháng 3 năm 2024", ["Số: 12/TCT-CS", "Hà Nội, ngày 05 tháng 3 năm 2024"]),
        ("Số 04-CV/BTGTU   Lạng Sơn, ngày 28 tháng 9 năm 2020", ["Số 04-CV/BTGTU", "Lạng Sơn, ngày 28 tháng 9 năm 2020"]),
        # "Nơi nhận:" glued to the signer's authority line (footer row).
        ("Nơi nhận: KT. CỤC TRƯỞNG", ["Nơi nhận:", "KT. CỤC TRƯỞNG"]),
        ("Nơi nhận:                KT. CỤC TRƯỞNG", ["Nơi nhận:", "KT. CỤC TRƯỞNG"]),
        ("- Như trên;              PHÓ CỤC TRƯỞNG", ["- Như trên;", "PHÓ CỤC TRƯỞNG"]),
        # Blanks to be filled in are not column gaps (§1.3, §1.4 drafts).
        ("Số:      /QĐ-UBND", ["Số:      /QĐ-UBND"]),
        ("Hà Nội, ngày     tháng     năm 2021", ["Hà Nội, ngày     tháng     năm 2021"]),
        # A plain body line stays whole.
        ("1. Rà soát danh sách quy hoạch cán bộ nữ, cán bộ trẻ dưới 40 tuổi;", ["1. Rà soát danh sách quy hoạch cán bộ nữ, cán bộ trẻ dưới 40 tuổi;"]),
        # A typed rule under the issuer (ND30 types underscores, §1.8, §5.2) is not markdown.
        ("CHÍNH PHỦ _______", ["CHÍNH PHỦ", "_______"]),
        # Word's text export: one tab between the cells of a table row is a column gap.
        ("Sở Y tế\tBệnh viện Đa khoa", ["Sở Y tế", "Bệnh viện Đa khoa"]),
        ("- Như Điều 3;\tKT. CHỦ TỊCH", ["- Như Điều 3;", "KT. CHỦ TỊCH"]),
        ("- Lưu: VT. \t Nguyễn Văn An", ["- Lưu: VT.", "Nguyễn Văn An"]),
        ("\tNguyễn Văn An", ["Nguyễn Văn An"]),
        # ... but not the tab stop after a numbering label, nor a blank to fill in.
        ("Điều 1.\tPhạm vi điều chỉnh", ["Điều 1.\tPhạm vi điều chỉnh"]),
        ("1.2.\tTổ chức thực hiện", ["1.2.\tTổ chức thực hiện"]),
        ("II.\tNHIỆM VỤ", ["II.\tNHIỆM VỤ"]),
        ("a)\tRà soát thủ tục", ["a)\tRà soát thủ tục"]),
        ("-\tRà soát thủ tục", ["-\tRà soát thủ tục"]),
        ("Số:\t/QĐ-UBND", ["Số:\t/QĐ-UBND"]),
        # The Party heading's "*" in its own cell beside the date line; a bullet stays one.
        ("*\tQuy Nhơn, ngày 15 tháng 3 năm 2023", ["*", "Quy Nhơn, ngày 15 tháng 3 năm 2023"]),
        ("*   Quy Nhơn, ngày 15 tháng 3 năm 2023", ["*", "Quy Nhơn, ngày 15 tháng 3 năm 2023"]),
        ("* Quy Nhơn, ngày 15 tháng 3 năm 2023", ["*", "Quy Nhơn, ngày 15 tháng 3 năm 2023"]),
        ("* Rà soát thủ tục hành chính", ["* Rà soát thủ tục hành chính"]),
        ("*   Rà soát thủ tục hành chính", ["*   Rà soát thủ tục hành chính"]),
        ("*   Đảng ủy Thường trực Hội đồng Dân tộc, các Ủy ban", ["*   Đảng ủy Thường trực Hội đồng Dân tộc, các Ủy ban"]),
    ],
)
def test_segment_line(raw: str, expected: list[str]) -> None:
    assert pieces(raw) == expected


def test_no_tab_reaches_the_fields() -> None:
    """Tabs stay in the cleaned lines as column marks; the fields read from them are
    squashed like any other white space (``raw`` keeps the text as written)."""
    from pathlib import Path

    letter = Path(__file__).resolve().parent / "data" / "letters" / "state_quyetdinh_tabs.txt"
    text = letter.read_text(encoding="utf-8")
    # The tab stop inside a number's blank, and between words of a wrapped body line.
    text = text.replace("Số: 318/QĐ-UBND", "Số:\t318/QĐ-UBND").replace("chịu trách nhiệm", "chịu\ttrách nhiệm")
    dump = vndocparse.parse(text).model_dump(mode="json")

    def strings(value: object, key: str = "") -> list[tuple[str, str]]:
        if isinstance(value, str):
            return [(key, value)]
        if isinstance(value, dict):
            return [s for k, v in value.items() for s in strings(v, k)]
        if isinstance(value, list | tuple):
            return [s for v in value for s in strings(v, key)]
        return []

    found = [(k, v) for k, v in strings({k: v for k, v in dump.items() if k != "parts"}) if "\t" in v and k != "raw"]
    assert found == []
    assert dump["number"]["value"] == "318/QĐ-UBND"


def test_segment_pipe_row_cells() -> None:
    (line,) = normalise("| Số: 1127/QĐ-UBND | Phú Thọ, ngày 19 tháng 9 năm 2024 |")
    segs = segment_line(line)
    assert [s.text for s in segs] == ["Số: 1127/QĐ-UBND", "Phú Thọ, ngày 19 tháng 9 năm 2024"]
    assert all(s.in_table for s in segs)


def test_table_borders_are_attributed_to_their_cells() -> None:
    """Borders are not segments; in the parts each joins the cell before it (the first,
    the cell after it), and a row of bars alone is table furniture."""
    import vndocparse
    from vndocparse.segment import table_borders

    assert table_borders("| a | b |") == [0, 4, 8]
    assert table_borders("a | b") == []  # a row starts with "|", or ends with one
    assert table_borders("a | b |") == [2, 6]  # (a row whose first border was lost)
    assert table_borders("|" * 100) == []  # hundreds of bars are not a layout table
    first = "| BỘ NỘI VỤ | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |"
    doc = vndocparse.parse(first + "\n| | |\n")
    row = [(p.kind, p.role, [(s.start, s.end) for s in p.segments if s.line == 1]) for p in doc.parts]
    assert row[0] == ("header", "issuer", [(0, 1), (2, 11), (12, 13)])
    assert row[1][0:2] == ("header", "national_title")
    assert row[1][2][-1] == (len(first) - 1, len(first))  # the last border
    bars = [p for p in doc.parts if any(s.line == 2 for s in p.segments)]
    assert [(p.kind, p.role) for p in bars] == [("furniture", "table")]


def test_segment_bold_cell_markup_is_not_a_gutter() -> None:
    """Blanked ``**`` around a label inside a line does not split the line (markup, not layout)."""
    assert pieces("**Điều 1.** Thành lập Tổ công tác.") == ["Điều 1.   Thành lập Tổ công tác."]


@pytest.mark.parametrize("form", ["NFC", "NFD"])
def test_segment_html_markup_is_not_a_gutter_in_a_decomposed_line(form: str) -> None:
    """The same for tags in a line that NFC shortens (its columns map back to the raw
    line to tell markup from white space): found by tests/test_damage.py."""
    raw = unicodedata.normalize(form, "<b>Điều 1.</b> Thành lập Tổ công tác.")
    assert pieces(raw) == ["Điều 1.     Thành lập Tổ công tác."]
    assert pieces(unicodedata.normalize(form, "Sở Y tế     Bệnh viện")) == ["Sở Y tế", "Bệnh viện"]


def test_segments_point_into_the_cleaned_line() -> None:
    (line,) = normalise("BỘ TÀI CHÍNH    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")
    for s in segment_line(line):
        assert line.text[s.start : s.end] == s.text
        assert line.folded[s.start : s.end] == s.folded
    assert segment_line(normalise("    ")[0]) == []


# ==== classify ==================================================================================
@pytest.mark.parametrize(
    ("raw", "kind"),
    [
        ("|", K.PIPE),
        ("_______", K.RULE),
        ("---------------", K.RULE),
        ("*", K.ASTERISK),
        ("- 2 -", K.PAGE),
        ("2", K.PAGE),
        ("Trang 2", K.PAGE),
        ("--- PAGE BREAK ---", K.PAGE),
        ("Ký bởi: Văn phòng Ủy ban nhân dân tỉnh Lạng Sơn", K.ESTAMP),
        ("Nguồn: https://thuvienphapluat.vn/van-ban", K.SITE),
        ("ĐẢNG CỘNG SẢN VIỆT NAM", K.PARTY_HEADING),
        ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", K.NATIONAL_TITLE),
        ("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", K.NATIONAL_TITLE),
        ("Độc lập - Tự do - Hạnh phúc", K.MOTTO),
        ("Độc lập – Tự do – Hạnh phúc", K.MOTTO),
        ("Số: 15/QĐ-BNV", K.NUMBER),
        ("Số: 05/BNV-VP", K.NUMBER),
        ("Số: 30/2020/NĐ-CP", K.NUMBER),
        ("Số 36-HD/VPTW", K.NUMBER),
        ("Số: 66-QĐ/TW", K.NUMBER),
        ("số: 123/UBND-VX", K.NUMBER),
        ("Số:      /QĐ-UBND", K.NUMBER),
        ("Hà Nội, ngày 05 tháng 3 năm 2020", K.DATE_LINE),
        ("Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019", K.DATE_LINE),
        ("Quận 1, ngày 02 tháng 01 năm 2024", K.DATE_LINE),
        ("Hà Nội, ngày     tháng     năm 2021", K.DATE_LINE),
        ("QUYẾT ĐỊNH", K.TITLE),
        ("NGHỊ QUYẾT", K.TITLE),
        ("CÔNG ĐIỆN", K.TITLE),
        ("HƯỚNG DẪN", K.TITLE),
        ("QUYẾT ĐỊNH:", K.ENACT),
        ("QUYẾT NGHỊ:", K.ENACT),
        ("V/v tuyên truyền kỷ niệm ngày thành lập Đảng", K.SUBJECT),
        ("Viv báo cáo kết quả thực hiện", K.SUBJECT),
        ("Về việc thành lập Tổ công tác", K.SUBJECT),
        ("Kính gửi:", K.KINH_GUI),
        ("Kính gửi: Bộ Nội vụ", K.KINH_GUI),
        ("Kinh gửi: Sở Tài chính", K.KINH_GUI),
        ("Nơi nhận:", K.NOI_NHAN),
        ("Noi nhận:", K.NOI_NHAN),
        ("TM. ỦY BAN NHÂN DÂN", K.AUTHORITY),
        ("KT. CHỦ TỊCH", K.AUTHORITY),
        ("TL. BỘ TRƯỞNG", K.AUTHORITY),
        ("TUQ. GIÁM ĐỐC", K.AUTHORITY),
        ("Q. GIÁM ĐỐC", K.AUTHORITY),
        ("T/M BAN THƯỜNG VỤ", K.AUTHORITY),
        ("K/T TRƯỞNG BAN", K.AUTHORITY),
        ("T/L BAN BÍ THƯ", K.AUTHORITY),
        ("(Đã ký)", K.SIGNED),
        ("Đã ký", K.SIGNED),
        ("[đã ký]", K.SIGNED),
        ("HỎA TỐC", K.MARK),
        ("HOẢ TỐC", K.MARK),
        ("THƯỢNG KHẨN", K.MARK),
        ("KHẨN", K.MARK),
        ("MẬT", K.MARK),
        ("TỐI MẬT", K.MARK),
        ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;", K.CAN_CU),
        ("- Căn cứ Điều lệ Đảng;", K.CAN_CU),
        ("Theo đề nghị của Giám đốc Sở Nội vụ.", K.CAN_CU),
        ("Điều 1. Thành lập Tổ công tác.", K.NUMBERED),
        ("1. Rà soát danh sách quy hoạch;", K.NUMBERED),
        ("- Như trên;", K.BULLET),
        ("+ Phòng Y tế,", K.BULLET),
        ("• Các sở, ban, ngành", K.BULLET),
        ("Trân trọng./.", K.CLOSING),
        ("./.", K.CLOSING),
        ("£", K.NOISE),
        ("ỦY BAN NHÂN DÂN", K.CAPS),
        ("BAN TUYÊN GIÁO", K.CAPS),
        ("Đề nghị các đơn vị quan tâm, phối hợp thực hiện.", K.TEXT),
        ("Nguyễn Văn An", K.TEXT),
    ],
)
def test_classify(raw: str, kind: str) -> None:
    assert kind_of(raw).kind == kind


@pytest.mark.parametrize(
    ("raw", "label"),
    [
        ("Điều 1. Thành lập Tổ công tác.", "Điều 1"),
        ("Điều 12. Hiệu lực thi hành", "Điều 12"),
        ("Chương II", "Chương II"),
        ("Mục 1. QUY ĐỊNH CHUNG", "Mục 1"),
        ("I. MỤC ĐÍCH, YÊU CẦU", "I"),
        ("II- NỘI DUNG", "II"),
        ("I- QUY ĐỊNH CHUNG", "I"),
        ("1. Rà soát danh sách;", "1"),
        ("1- Tổ chức tuyên truyền.", "1"),
        ("2) Báo cáo kết quả.", "2"),
        ("1.1. Chi tiết thực hiện", "1.1"),
        ("a) Phạm vi điều chỉnh;", "a"),
        ("đ) Đối tượng áp dụng;", "đ"),
        ("A. PHẦN MỞ ĐẦU", "A"),
    ],
)
def test_numbered_labels(raw: str, label: str) -> None:
    tok = kind_of(raw)
    assert tok.kind == K.NUMBERED
    assert tok.label == label


def test_classify_remembers_blank_lines() -> None:
    toks = tokens("Một.\n\nHai.\nBa.")
    assert [t.blank_before for t in toks] == [False, True, False]


# ==== fields: number ============================================================================
@pytest.mark.parametrize(
    ("raw", "value", "sequence", "symbol"),
    [
        ("Số: 15/QĐ-BNV", "15/QĐ-BNV", 15, "QĐ-BNV"),
        ("Số: 05/BNV-VP", "05/BNV-VP", 5, "BNV-VP"),
        ("Số: 12/UBND-VX", "12/UBND-VX", 12, "UBND-VX"),
        ("Số: 1127/QĐ-UBND", "1127/QĐ-UBND", 1127, "QĐ-UBND"),
        ("Số: 05/QyĐ-UBND", "05/QyĐ-UBND", 5, "QyĐ-UBND"),
        ("Số 36-HD/VPTW", "36-HD/VPTW", 36, "HD/VPTW"),
        ("Số: 66-QĐ/TW", "66-QĐ/TW", 66, "QĐ/TW"),
        ("Số 04-CV/BTGTU", "04-CV/BTGTU", 4, "CV/BTGTU"),
        ("Số 5053-CV/VPTW/nb", "5053-CV/VPTW/nb", 5053, "CV/VPTW/nb"),
        # Lenient forms (§1.3): spaces around separators, no colon, OCR'd "số".
        ("Số: 15 /QĐ-UBND", "15/QĐ-UBND", 15, "QĐ-UBND"),
        ("Số: 12 / UBND - VX", "12/UBND-VX", 12, "UBND-VX"),
        ("Số 04- CV/BTGTU", "04-CV/BTGTU", 4, "CV/BTGTU"),
        ("Số 15/QĐ-UBND", "15/QĐ-UBND", 15, "QĐ-UBND"),
        ("số: 123/UBND-VX", "123/UBND-VX", 123, "UBND-VX"),
        # Drafts: a blank number.
        ("Số:      /QĐ-UBND", "/QĐ-UBND", None, "QĐ-UBND"),
        ("Số:       -CV/BTGTU", "-CV/BTGTU", None, "CV/BTGTU"),
    ],
)
def test_parse_number(raw: str, value: str, sequence: int | None, symbol: str) -> None:
    assert parse_number(raw) == (value, sequence, symbol)


def test_parse_number_legal_document() -> None:
    """``n/YYYY/TYPE-ISSUER`` (outside ND30): the value and number; the symbol ends with the code."""
    parsed = parse_number("Số: 30/2020/NĐ-CP")
    assert parsed is not None
    value, sequence, symbol = parsed
    assert (value, sequence) == ("30/2020/NĐ-CP", 30)
    assert symbol is not None and symbol.endswith("NĐ-CP")


@pytest.mark.parametrize(
    ("symbol", "family", "code"),
    [
        ("QĐ-UBND", "state", "quyet_dinh"),
        ("QyĐ-UBND", "state", "quy_dinh"),
        ("TTr-UBND", "state", "to_trinh"),
        ("KH-UBND", "state", "ke_hoach"),
        ("UBND-VX", "state", None),  # công văn: the first group is the issuer, not a type
        ("CV/BTGTU", "party", "cong_van"),
        ("HD/VPTW", "party", "huong_dan"),
        ("KL/TU", "party", "ket_luan"),
    ],
)
def test_type_from_symbol(symbol: str, family: str, code: str | None) -> None:
    assert type_from_symbol(symbol, family) == code


# ==== fields: date line =========================================================================
@pytest.mark.parametrize(
    ("raw", "place", "date"),
    [
        ("Hà Nội, ngày 05 tháng 3 năm 2020", "Hà Nội", "2020-03-05"),
        ("Hà Nội, ngày 05 tháng 01 năm 2020", "Hà Nội", "2020-01-05"),
        ("Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019", "Thành phố Hồ Chí Minh", "2019-06-29"),
        ("Lạng Sơn, ngày 5 tháng 03 năm 2024", "Lạng Sơn", "2024-03-05"),
        ("Quận 1, ngày 02 tháng 01 năm 2024", "Quận 1", "2024-01-02"),
        ("Hà Nội, ngày 03 tháng 4 năm 2018.", "Hà Nội", "2018-04-03"),
        # Drafts leave the day (and month) blank: no date, the place is still read.
        ("Hà Nội, ngày     tháng 3 năm 2021", "Hà Nội", None),
        ("Hà Nội, ngày     tháng     năm 2021", "Hà Nội", None),
        ("Cao Bằng, ngày ... tháng ... năm 2024", "Cao Bằng", None),
        # An impossible calendar date is not a date.
        ("Hà Nội, ngày 31 tháng 02 năm 2024", "Hà Nội", None),
        ("Hà Nội, ngày 30 tháng 13 năm 2024", "Hà Nội", None),
    ],
)
def test_parse_date_line(raw: str, place: str, date: str | None) -> None:
    assert parse_date_line(raw) == (place, date)


def test_parse_date_line_leap_day() -> None:
    assert parse_date_line("Hà Nội, ngày 29 tháng 02 năm 2024") == ("Hà Nội", "2024-02-29")
    assert parse_date_line("Hà Nội, ngày 29 tháng 02 năm 2023") == ("Hà Nội", None)


# ==== fields: references ========================================================================
def refs(text: str) -> list[tuple[str, str | None]]:
    return [(n, d) for n, d, _ in find_references(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thực hiện Kết luận số 1545-KL/TU, ngày 09/9/2020 của Ban Thường vụ Tỉnh ủy",
            [("1545-KL/TU", "2020-09-09")],
        ),
        (
            "Căn cứ Kế hoạch số 312/KH-UBND ngày 24/10/2023 của Ủy ban nhân dân huyện;",
            [("312/KH-UBND", "2023-10-24")],
        ),
        (
            "Căn cứ Nghị quyết số 19/NQ-HĐND ngày 22 tháng 12 năm 2024 của Hội đồng nhân dân tỉnh;",
            [("19/NQ-HĐND", "2024-12-22")],
        ),
        (
            "Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;",
            [("30/2020/NĐ-CP", "2020-03-05")],
        ),
        (
            "và Kế hoạch số 41-KH/TU, ngày 20-02-2024 của Ban Thường vụ Tỉnh ủy",
            [("41-KH/TU", "2024-02-20")],
        ),
        ("theo Quy định số 66-QĐ/TW của Bộ Chính trị", [("66-QĐ/TW", None)]),
        (
            "Căn cứ Thông tư số 01/2011/TT-BNV và Nghị định số 110/2004/NĐ-CP;",
            [("01/2011/TT-BNV", None), ("110/2004/NĐ-CP", None)],
        ),
        # Not citations: a form number, a date, a ratio, a percentage.
        ("Báo cáo theo mẫu số 01/ABC kèm theo Hướng dẫn này.", []),
        ("Lập biểu theo Mẫu số 02/BC-TK ban hành kèm theo.", []),
        ("Gửi báo cáo trước ngày 15/4/2024 để tổng hợp.", []),
        ("đạt tỷ lệ 20/30 đơn vị, tăng 5% so với năm 2023.", []),
        # A number right after digits that are no part of it (a row number, a page
        # number, OCR debris such as "²"): the refused start does not hide it.
        ("STT 1 12/QĐ-UBND", [("12/QĐ-UBND", None)]),
        ("theo văn bản ²1 6288/BYT-MT ngày 5/3/2024", [("6288/BYT-MT", "2024-03-05")]),
        ("số 12  3763/BKHCN-PC đề nghị Bộ Tư pháp", [("3763/BKHCN-PC", None)]),
        # The date's words typed without diacritics, or with a tone misread.
        ("theo Nghị định số 63/2010/ND-CP ngay 08 thang 6 nam 2010", [("63/2010/ND-CP", "2010-06-08")]),
        ("theo Nghị định số 63/2010/NĐ-CP ngảy 08 thàng 6 nắm 2010", [("63/2010/NĐ-CP", "2010-06-08")]),
    ],
)
def test_find_references(text: str, expected: list[tuple[str, str | None]]) -> None:
    assert refs(text) == expected


def _letter_citing(*sentences: str) -> str:
    return "\n".join([
        "ỦY BAN NHÂN DÂN", "TỈNH BẮC KẠN", "Số: 7/UBND-VP",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "Bắc Kạn, ngày 3 tháng 3 năm 2025", "V/v triển khai", "Kính gửi: Các sở, ngành.",
        *sentences, "Nơi nhận:", "- Như trên;", "- Lưu: VT.", "CHỦ TỊCH", "Nguyễn Văn An",
    ])


def test_each_distinct_spelling_of_a_number_is_one_reference() -> None:
    # As corpus/ANNOTATION.md counts them: "95/2024/NĐ-CP" and an OCR'd "95/2024/ND-CP"
    # are two entries; a number cited twice as written is one, at its first citation.
    doc = vndocparse.parse(_letter_citing(
        "Căn cứ Nghị định số 95/2024/ND-CP ngày 24 tháng 7 năm 2024 của Chính phủ;",
        "Thực hiện khoản 3 Điều 59 Nghị định số 95/2024/NĐ-CP của Chính phủ;",
        "Theo Quyết định số 12/QĐ-TTg ngày 5/1/2024 và Quyết định số 12/QĐ-TTg;",
    ))
    refs = [(r.number, r.date, r.span.start_line if r.span else None) for r in doc.references]
    assert refs == [("95/2024/ND-CP", "2024-07-24", 9), ("95/2024/NĐ-CP", None, 10), ("12/QĐ-TTg", "2024-01-05", 11)]


def test_the_documents_own_number_in_another_spelling_is_no_reference() -> None:
    doc = vndocparse.parse(_letter_citing("Văn bản số 7/UBND-Vp này thay văn bản số 6/UBND-VP."))
    assert [r.number for r in doc.references] == ["6/UBND-VP"]


# ==== signature =================================================================================
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("TM. ỦY BAN NHÂN DÂN", ("TM", "ỦY BAN NHÂN DÂN")),
        ("KT. CHỦ TỊCH", ("KT", "CHỦ TỊCH")),
        ("TL. BỘ TRƯỞNG", ("TL", "BỘ TRƯỞNG")),
        ("TUQ. GIÁM ĐỐC", ("TUQ", "GIÁM ĐỐC")),
        ("Q. GIÁM ĐỐC", ("Q", "GIÁM ĐỐC")),
        ("T/M BAN THƯỜNG VỤ", ("TM", "BAN THƯỜNG VỤ")),
        ("K/T TRƯỞNG BAN", ("KT", "TRƯỞNG BAN")),
        ("T/L BAN BÍ THƯ", ("TL", "BAN BÍ THƯ")),
        ("T/UQ CHÁNH VĂN PHÒNG", ("TUQ", "CHÁNH VĂN PHÒNG")),
        ("CHỦ TỊCH", None),
    ],
)
def test_split_prefix(line: str, expected: tuple[str, str] | None) -> None:
    assert split_prefix(line) == expected


@pytest.mark.parametrize(
    ("authority", "positions", "name", "expected"),
    [
        # Merged on one line by the extraction: prefix, deputy title and name.
        (
            ["KT. CHỦ TỊCH PHÓ CHỦ TỊCH Hoàng Việt Phương"], [], None,
            ([("KT", "CHỦ TỊCH")], "PHÓ CHỦ TỊCH", "Hoàng Việt Phương"),
        ),
        (
            ["KT. CHỦ TỊCH PHÓ CHỦ TỊCH"], [], "Tạ Quang Huy",
            ([("KT", "CHỦ TỊCH")], "PHÓ CHỦ TỊCH", "Tạ Quang Huy"),
        ),
        (
            ["TM. ỦY BAN NHÂN DÂN CHỦ TỊCH"], [], "Nguyễn Văn An",
            ([("TM", "ỦY BAN NHÂN DÂN")], "CHỦ TỊCH", "Nguyễn Văn An"),
        ),
        # Nested prefixes (Đ.13.2): TM. X / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH.
        (
            ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH"], ["PHÓ CHỦ TỊCH"], "Lê Quang Vinh",
            ([("TM", "ỦY BAN NHÂN DÂN"), ("KT", "CHỦ TỊCH")], "PHÓ CHỦ TỊCH", "Lê Quang Vinh"),
        ),
        # TL. passed to the unit's deputy (Đ.13.4).
        (
            ["TL. BỘ TRƯỞNG", "KT. VỤ TRƯỞNG"], ["PHÓ VỤ TRƯỞNG"], "Trần Thị Mai",
            ([("TL", "BỘ TRƯỞNG"), ("KT", "VỤ TRƯỞNG")], "PHÓ VỤ TRƯỞNG", "Trần Thị Mai"),
        ),
        # Party forms (§3.5).
        (
            ["T/M BAN THƯỜNG VỤ"], ["PHÓ BÍ THƯ"], "Nguyễn Văn Bình",
            ([("TM", "BAN THƯỜNG VỤ")], "PHÓ BÍ THƯ", "Nguyễn Văn Bình"),
        ),
        (
            ["K/T TRƯỞNG BAN"], ["PHÓ TRƯỞNG BAN"], "Nguyễn Trọng Sơn",
            ([("KT", "TRƯỞNG BAN")], "PHÓ TRƯỞNG BAN", "Nguyễn Trọng Sơn"),
        ),
        (
            ["T/L BAN BÍ THƯ"], ["CHÁNH VĂN PHÒNG"], "Lê Văn Cường",
            ([("TL", "BAN BÍ THƯ")], "CHÁNH VĂN PHÒNG", "Lê Văn Cường"),
        ),
        # Signing in one's own right: no prefix.
        ([], ["CHỦ TỊCH"], "Triệu Văn Hùng", ([], "CHỦ TỊCH", "Triệu Văn Hùng")),
        # A wrapped office name continues the prefix line; the last line is the title.
        (
            ["TL. BỘ TRƯỞNG"], ["VỤ TRƯỞNG VỤ", "PHÁP CHẾ"], "Đỗ Văn Dũng",
            ([("TL", "BỘ TRƯỞNG VỤ TRƯỞNG VỤ")], "PHÁP CHẾ", "Đỗ Văn Dũng"),
        ),
    ],
)
def test_read_signature(
    authority: list[str],
    positions: list[str],
    name: str | None,
    expected: tuple[list[tuple[str, str]], str | None, str | None],
) -> None:
    assert read_signature(authority, positions, name) == expected


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        # A locality line continues the body above it: one body, no parent.
        (["ỦY BAN NHÂN DÂN", "TỈNH CAO BẰNG"], ("ỦY BAN NHÂN DÂN TỈNH CAO BẰNG", None)),
        (["ỦY BAN NHÂN DÂN", "THÀNH PHỐ HÀ NỘI"], ("ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI", None)),
        (["HỘI ĐỒNG NHÂN DÂN", "TỈNH QUẢNG TRỊ"], ("HỘI ĐỒNG NHÂN DÂN TỈNH QUẢNG TRỊ", None)),
        # Parent body (cơ quan chủ quản) above the issuer.
        (["TỈNH ỦY LẠNG SƠN", "BAN TUYÊN GIÁO"], ("BAN TUYÊN GIÁO", "TỈNH ỦY LẠNG SƠN")),
        (["ĐẢNG BỘ TỈNH CAO BẰNG", "HUYỆN ỦY HÒA AN"], ("HUYỆN ỦY HÒA AN", "ĐẢNG BỘ TỈNH CAO BẰNG")),
        (["BAN CHẤP HÀNH TRUNG ƯƠNG", "VĂN PHÒNG"], ("VĂN PHÒNG", "BAN CHẤP HÀNH TRUNG ƯƠNG")),
        (["BỘ TÀI CHÍNH", "TỔNG CỤC THUẾ"], ("TỔNG CỤC THUẾ", "BỘ TÀI CHÍNH")),
        (["UBND TỈNH NAM ĐỊNH", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"], ("SỞ GIÁO DỤC VÀ ĐÀO TẠO", "UBND TỈNH NAM ĐỊNH")),
        (
            ["ĐẢNG BỘ TỈNH CAO BẰNG", "ĐẠI HỘI ĐẠI BIỂU LẦN THỨ XX"],
            ("ĐẠI HỘI ĐẠI BIỂU LẦN THỨ XX", "ĐẢNG BỘ TỈNH CAO BẰNG"),
        ),
        # A single line is the issuer itself.
        (["CHÍNH PHỦ"], ("CHÍNH PHỦ", None)),
        (["BAN CHẤP HÀNH TRUNG ƯƠNG"], ("BAN CHẤP HÀNH TRUNG ƯƠNG", None)),
    ],
)
def test_split_issuer(lines: list[str], expected: tuple[str, str | None]) -> None:
    assert split_issuer(lines) == expected


# ==== directives ================================================================================
def test_rank_of_orders_levels() -> None:
    """Phần > Chương > Mục > Điều > A. > I. > 1. > 1.1. > a) (ND30 PL I §II.5 and plan layouts)."""
    outer_to_inner = ["Phần I", "Chương II", "Mục 1", "Điều 1", "A", "I", "1", "1.1", "1.1.1", "a"]
    ranks = [rank_of(label) for label in outer_to_inner]
    assert ranks == sorted(ranks) and len(set(ranks)) == len(ranks), dict(zip(outer_to_inner, ranks))


@pytest.mark.parametrize(
    ("a", "b"),
    [("I", "IV"), ("II", "XII"), ("1", "12"), ("a", "đ"), ("Điều 1", "Điều 25"), ("1.1", "2.3"), ("A", "B")],
)
def test_rank_of_same_level(a: str, b: str) -> None:
    assert rank_of(a) == rank_of(b)


def tree(text: str) -> list[tuple[str, str, list]]:  # type: ignore[type-arg]
    def walk(d: Directive) -> tuple[str, str, list]:  # type: ignore[type-arg]
        return (d.label, d.text, [walk(c) for c in d.children])

    return [walk(d) for d in build_directives(paragraphs_of(tokens(text)))]


def test_directives_nest_roman_arabic_letter() -> None:
    text = """\
I. MỤC ĐÍCH, YÊU CẦU
1. Nâng cao nhận thức của cán bộ,
đảng viên về công tác quy hoạch.
a) Cán bộ chủ chốt;
b) Cán bộ trẻ.
2. Bảo đảm đúng quy trình.
II. NỘI DUNG
1. Rà soát quy hoạch.
"""
    assert tree(text) == [
        ("I", "MỤC ĐÍCH, YÊU CẦU", [
            ("1", "Nâng cao nhận thức của cán bộ, đảng viên về công tác quy hoạch.", [
                ("a", "Cán bộ chủ chốt;", []),
                ("b", "Cán bộ trẻ.", []),
            ]),
            ("2", "Bảo đảm đúng quy trình.", []),
        ]),
        ("II", "NỘI DUNG", [("1", "Rà soát quy hoạch.", [])]),
    ]


def test_directives_party_dash_labels() -> None:
    text = "I- QUY ĐỊNH CHUNG\n1- Phạm vi điều chỉnh.\n2- Đối tượng áp dụng.\nII- QUY ĐỊNH CỤ THỂ\n"
    assert tree(text) == [
        ("I", "QUY ĐỊNH CHUNG", [("1", "Phạm vi điều chỉnh.", []), ("2", "Đối tượng áp dụng.", [])]),
        ("II", "QUY ĐỊNH CỤ THỂ", []),
    ]


def test_directives_articles_clauses_points() -> None:
    text = """\
Điều 1. Thành lập Tổ công tác, gồm:
1. Ông Nguyễn Văn An, Tổ trưởng.
2. Bà Trần Thị Bình, thành viên:
a) Phụ trách kiểm tra;
b) Tổng hợp báo cáo.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.
"""
    assert tree(text) == [
        ("Điều 1", "Thành lập Tổ công tác, gồm:", [
            ("1", "Ông Nguyễn Văn An, Tổ trưởng.", []),
            ("2", "Bà Trần Thị Bình, thành viên:", [
                ("a", "Phụ trách kiểm tra;", []),
                ("b", "Tổng hợp báo cáo.", []),
            ]),
        ]),
        ("Điều 2", "Quyết định này có hiệu lực kể từ ngày ký./.", []),
    ]


def test_directives_decimal_clauses_nest() -> None:
    text = "1. Tuyên truyền.\n1.1. Trên báo chí.\n1.2. Trên mạng xã hội.\n2. Kiểm tra.\n"
    assert tree(text) == [
        ("1", "Tuyên truyền.", [("1.1", "Trên báo chí.", []), ("1.2", "Trên mạng xã hội.", [])]),
        ("2", "Kiểm tra.", []),
    ]


def test_no_numbered_items_no_directives() -> None:
    assert tree("Đề nghị các đơn vị thực hiện.\nTrân trọng./.") == []


def test_segment_cuts_at_html_line_breaks() -> None:
    line = "| BỘ TÀI CHÍNH<br>**TỔNG CỤC THUẾ** | **CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**<br>Độc lập - Tự do - Hạnh phúc |"
    texts = [s.text for s in segment(normalise(line)) if s.text != "|"]
    assert texts == ["BỘ TÀI CHÍNH", "TỔNG CỤC THUẾ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]


@pytest.mark.parametrize(
    ("symbol", "family", "doc_type"),
    [
        ("HĐ-UBND", "state", "hop_dong"),  # not hướng dẫn: Đ and D differ
        ("HD-UBND", "state", "huong_dan"),
        ("ĐA-UBND", "state", "de_an"),
        ("DA-UBND", "state", "du_an"),
        ("QD-UBND", "state", "quyet_dinh"),  # an OCR'd Đ still finds its type
        ("QyĐ-BNV", "state", "quy_dinh"),
        ("SY-UBND", "state", None),  # a copy code names no document type
        ("QĐ/TU", "party", "quyet_dinh"),
        ("CV/BTGTU", "party", "cong_van"),
    ],
)
def test_type_codes_keep_d_and_dj_apart(symbol: str, family: str, doc_type: str | None) -> None:
    assert type_from_symbol(symbol, family) == doc_type


# -- models built without validation (models.trusted) -------------------------------------------
def _all_models(obj: object) -> list[object]:
    from pydantic import BaseModel

    found: list[object] = []
    stack = [obj]
    while stack:
        cur = stack.pop()
        if isinstance(cur, BaseModel):
            found.append(cur)
            stack.extend(getattr(cur, name) for name in type(cur).model_fields)
        elif isinstance(cur, (tuple, list)):
            stack.extend(cur)
        elif isinstance(cur, dict):
            stack.extend(cur.values())
    return found


@pytest.mark.parametrize("name", ["state_quyetdinh_clean.txt", "party_congvan_seedlike.txt"])
def test_models_built_without_validation_are_valid_models(name: str) -> None:
    """Every model in a parsed document — spans, parts, paragraphs, directives, built by
    `models.trusted` — has its fields in declaration order, passes validation, and equals
    what `model_construct` and validation make of the same values."""
    from pathlib import Path

    import vndocparse

    path = Path(__file__).parent / "data" / "letters" / name
    doc = vndocparse.parse(path.read_text(encoding="utf-8"))
    models = _all_models(doc)
    kinds = {type(m).__name__ for m in models}
    assert {"SourceSpan", "Part", "Paragraph", "Directive"} <= kinds, kinds
    for m in models:
        cls = type(m)
        assert list(m.__dict__) == list(cls.model_fields), cls.__name__
        if cls is vndocparse.Document:
            assert cls.model_validate(m.model_dump()).model_dump() == m.model_dump()
            assert m.source_lines and m.__pydantic_private__.keys() == cls.__private_attributes__.keys()
            continue  # its private attributes are not fields: model_construct would lose them
        values = {k: getattr(m, k) for k in cls.model_fields}
        assert cls.model_construct(**values) == m
        assert cls.model_validate(m.model_dump()) == m
        assert m.model_fields_set <= set(cls.model_fields)


def test_folding_keeps_line_breaks_in_place() -> None:
    """`normalise` folds the whole text at once and splits the result: sound only while
    folding maps no character to a line break and leaves the breaks themselves alone."""
    from vndocparse.text import _FOLD

    for cp, to in enumerate(_FOLD):
        if to in ("\n", "\r"):
            assert cp == ord(to), hex(cp)
    text = "Ủy ban\r\nNHÂN DÂN\rđồng ý\n\nCỘNG HÒA\n"
    assert [line.folded for line in normalise(text)] == ["uy ban", "nhan dan", "dong y", "", "cong hoa"]


def test_parse_leaves_the_garbage_collector_as_it_found_it() -> None:
    """`pipeline.gc_paused`: on stays on (also after a strict parse raises), off stays off,
    and the collector is off while the stages run."""
    import gc

    import vndocparse
    from vndocparse import pipeline
    from vndocparse.errors import ParseError

    seen: list[bool] = []
    real = pipeline.normalise

    def spy(text: str) -> list:  # type: ignore[type-arg]
        seen.append(gc.isenabled())
        return real(text)

    was = gc.isenabled()
    try:
        pipeline.normalise = spy  # type: ignore[assignment]
        gc.enable()
        vndocparse.parse("BỘ NỘI VỤ\nSố: 05/BNV-VP\n")
        assert gc.isenabled()
        with pytest.raises(ParseError):
            vndocparse.parse("a line of text\n", strict=True)
        assert gc.isenabled()
        gc.disable()
        vndocparse.parse("BỘ NỘI VỤ\n")
        assert not gc.isenabled()
    finally:
        pipeline.normalise = real  # type: ignore[assignment]
        if was:
            gc.enable()
        else:
            gc.disable()
    assert seen == [False, False, False]


def test_squash_is_split_and_join() -> None:
    """`squash` takes a short way for printable text; it must equal the plain definition."""
    import random

    from vndocparse.text import squash

    rng = random.Random(7)
    alphabet = [" ", "  ", "\t", "\n", "\xa0", "\u2028", "\u3000", "\x1c", "\x85", "a", "Đ", "ờ", "."]
    for _ in range(20000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 9)))
        assert squash(s) == " ".join(s.split()), repr(s)


@pytest.mark.parametrize(
    ("raw", "pieces"),
    [
        ("SỞ NỘI VỤ Số: .../SNV-TCBC", ["SỞ NỘI VỤ", "Số: .../SNV-TCBC"]),
        ("NGÂN HÀNG NHÀ NƯỚC Số: …/NHNN-TD", ["NGÂN HÀNG NHÀ NƯỚC", "Số: …/NHNN-TD"]),
    ],
)
def test_issuer_and_blank_number_on_one_line(raw: str, pieces: list[str]) -> None:
    """A line opening with S or N takes the full cut search: the number inside is found
    even when its blank running number ("...") escapes the quick trigger."""
    assert [s.text for s in segment(normalise(raw))] == pieces


def test_source_is_checked_like_a_document_field() -> None:
    """The Document is built without validation; `source` is validated on the way in."""
    from pathlib import Path

    from pydantic import ValidationError

    import vndocparse

    assert vndocparse.parse("x", source=b"a.txt").source == "a.txt"
    for bad in (Path("a.txt"), 123):
        with pytest.raises(ValidationError):
            vndocparse.parse("x", source=bad)  # type: ignore[arg-type]


def test_segment_fast_paths_agree_with_segment_line() -> None:
    """`segment` settles most lines inline and hands lines with an anchor straight to the
    piece cutter; every line must come out as `segment_line` cuts it."""
    from pathlib import Path

    root = Path(__file__).resolve().parents[1]
    texts = [p.read_text(encoding="utf-8") for p in sorted((root / "tests" / "data" / "letters").glob("*.txt"))]
    edge_lines = [
        "Số: 12/UBND-VX Hà Nội, ngày 5 tháng 3 năm 2024",
        "ỦY BAN NHÂN DÂN Số: 15/QĐ-UBND",
        "theo Nghị quyết số 57-NQ/TW của Bộ Chính trị",
        "-----",
        "CHÍNH PHỦ _______",
        "Nơi nhận: KT. BỘ TRƯỞNG",
        "V/v triển khai Kính gửi: Sở Nội vụ",
        "BỘ NỘI VỤ\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",  # a tab gutter (kept by steps=())
        "sở nội vụ",
        "Sở Y tế\tBệnh viện Đa khoa",  # a tab gutter and no anchor
        "  Độc lập - Tự do - Hạnh phúc  ",
    ]
    texts.append("\n".join(edge_lines))

    def shape(segs: list) -> list:
        return [(s.start, s.end, s.text, s.folded, s.in_table) for s in segs]

    for text in texts:
        for steps in (("spaces", "html", "markdown"), ()):
            for line in normalise(text, steps=steps):
                assert shape(segment([line])) == shape(segment_line(line)), line.text


# The reflow cuts as first written, one pattern with a look-behind at every position: the
# reference for the two faster patterns that replaced it (`segment._REFLOW_AT`, `_AFTER`).
_REFLOW_REFERENCE = __import__("regex").compile(
    r"(?<=\s)(?="
    r"Về việc\s|Căn cứ\s|Thực hiện\s|Theo đề nghị\s|Xét đề nghị\s|Điều\s+\d+\s*\."
    r"|(?:TM|KT|TL|TUQ|T/M|K/T|T/L)\.?\s+\p{Lu}{2,}"
    r")"
    r"|(?<=[\p{Ll}\d.,;:)]\s{1,3})(?<!(?:TM|KT|TL|TUQ|T/M|K/T|T/L|Q)\.?\s{1,3})(?=\p{Lu}{2,}\s+\p{Lu}{2,}(?![.\p{L}]))"
    r"|(?<=[.:;]\s{1,3})(?=(?:[IVX]{1,4}|\d{1,2})\.\s+\p{Lu}|-\s+\p{Lu})"
    r"|(?<=\./\.)\s"
    r"|(?<=\s)(?<![-_=*]\s?)(?=[-_=*]{3,}(?:\s|$))|(?<=[-_=*]{3})(?![-_=*])\s"
    r"|(?<=\s)(?=[\[(]\s*(?:Đã|đã)\s*ký)|(?<=(?:Đã|đã)\s*ký\s*[\])])\s"
)

_REFLOW_PIECES = [
    "Về việc", "Căn cứ", "Thực hiện", "Theo đề nghị", "Xét đề nghị", "Điều 1.", "Điều  12 .", "TM.",
    "KT", "TL.", "TUQ", "T/M", "K/T", "T/L", "Q.", "UBND", "CHỦ TỊCH", "ỦY BAN NHÂN", "I.", "IV.",
    "12.", "1.", "-", "---", "___", "===", "***", "*", "./.", ".", ",", ";", ":", ")", "(", "[", "]",
    "Đã ký", "đã ký", "(Đã ký)", "[đã  ký]", "a", "ab", "Văn", "x", "  ", "\t", "\u2028", "ĐỊNH",
    "A", "TRƯỞNG", "9", "2024", "ký",
]


def test_reflow_cut_patterns_cut_where_the_reference_does() -> None:
    import random

    from vndocparse.segment import _REFLOW_AFTER, _REFLOW_AT

    def reference(text: str) -> set[int]:
        return {m.start() if m.group() == "" else m.end() for m in _REFLOW_REFERENCE.finditer(text)}

    def fast(text: str) -> set[int]:
        at = {m.start() for m in _REFLOW_AT.finditer(text)}
        return at | {m.start() + (4 if m.lastgroup == "end" else 2) for m in _REFLOW_AFTER.finditer(text)}

    rng = random.Random(11)
    found = 0
    for _ in range(4000):
        text = "".join(rng.choice(_REFLOW_PIECES) + rng.choice(["", " ", " ", "  "]) for _ in range(rng.randint(1, 30)))
        expected = reference(text)
        found += len(expected)
        assert fast(text) == expected, text
    assert found > 4000  # the pieces do make cuts


def test_triggers_answers_as_the_one_trigger_pattern(pre_test_holds: Callable[..., int]) -> None:
    """`segment._triggers` (the branches of `_TRIGGER`, each behind its literal) matches
    exactly where `_TRIGGER` does, both ways (seeded lines)."""
    from vndocparse.segment import _TRIGGER, _triggers

    pieces = ["so", "s0", ":", " ", "12", "/", "-", "cong", "c0ng", "h", "doc", "d0c", "l", "dang", "*", "_",
              "=", "~", "v", "kinh", "gui", "k", "inh", "a", "x", "ab", " kinh gui:", " kinh gui :",
              "* ha noi, ngay", ",", "ng"]  # fmt: skip
    assert pre_test_holds(_TRIGGER.search, _triggers, pieces, seed=3, max_pieces=12) > 1000
    assert pre_test_holds(_triggers, _TRIGGER.search, pieces, seed=4, max_pieces=12) > 1000


def test_list_item_junk_tail_pre_test_changes_no_item() -> None:
    """`fields.list_item` searches for a speck tail only near a ";", ")" or "." at the end:
    on seeded entries it gives what the unguarded search gives."""
    import random

    from vndocparse import fields
    from vndocparse.text import tidy_item

    def reference(text: str) -> str:  # list_item without the guard
        if "(" in text or "[" in text or "://" in text:
            text = fields._NOT_ENTRY.sub("", text)
        item = tidy_item(text)
        m = fields._JUNK_TAIL.search(item, max(0, len(item) - 14))
        if m and fields.is_speck_tail(m.group()):
            item = tidy_item(item[: m.start()])
        if item and (item[-1] == ")" or not fields._WORD_END.match(item, len(item) - 1)):
            item = fields._TRAILING_SPECKS.sub("", item)
        return tidy_item(item)

    pieces = ["- ", "Như trên", ";", ")", "(", ".", " ", "=e", "eee", "£", "⁄", "Lưu: VT", "UBND tỉnh", "(để b/c)",
              "x", "ab", ",", "  ", "VP"]  # fmt: skip
    rng = random.Random(13)
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 10)))
        assert fields.list_item(text) == reference(text), text


@pytest.mark.parametrize(
    "text",
    [
        "Trân trọng!\nBỘ Y TẾ\n**Điều 1.** Nội dung\n____\nx_y &amp; <b>z</b>\n",
        "Số: 12/QĐ\tUBND\r\nA\u00a0B!\rC_D\n",
        "Ne\u0301t chữ NFD!\nXin CHÀO!\n**Bold** và _x_\n",  # not in NFC: each line composed on its own
        "plain only\nno markup at all\n",
    ],
)
def test_every_line_is_folded_from_its_cleaned_text(text: str) -> None:
    """However a line is cleaned (or left as it is), `folded` is the fold of `text`."""
    from vndocparse.text import fold

    lines = normalise(text)
    assert lines
    for line in lines:
        assert line.folded == fold(line.text), line.number


def test_vv_pre_test_never_hides_a_match(pre_test_holds: Callable[..., int]) -> None:
    """`_VV_INSIDE` is searched only where "kinh" or a "/ v" is: every match holds one."""
    from vndocparse.segment import _SLASH_V, _VV_INSIDE

    def pre_test(folded: str) -> bool:
        return "kinh" in folded or ("/" in folded and _SLASH_V.search(folded) is not None)

    pieces = [" v", "v", "/", " ", "\u2003", "\x1c", " kinh", "gui", "gưi", ":", "x", "ab", " v/v", " v / v"]
    assert pre_test_holds(_VV_INSIDE.search, pre_test, pieces, seed=19) > 1000


def test_reflow_landmarks_pattern_finds_what_its_look_behind_form_finds() -> None:
    import random

    import regex

    from vndocparse.segment import _REFLOW_FOLDED

    reference = regex.compile(
        r"(?<=\s)(?=s[o0]\s*:|c[o0]ng\s*h\S{0,2}\s*x\S{0,2}\s*h[o0]i|d[o0]c\s*l[a]p\s*-|n[o0]i\s*nh[a]n\s*:|tran\s*trong)"
    )
    pieces = ["so", ":", "s0", " ", "  ", "cong", "hoa", "xa", "hoi", "c0ng", "h", "x", "doc", "lap", "-", "noi", "nhan",
              "tran", "trong", "a", "\u2003", " so:", " cong hoa xa hoi", " doc lap -", " noi nhan:", " tran trong"]  # fmt: skip
    rng = random.Random(23)
    found = 0
    for _ in range(5000):
        folded = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 15)))
        expected = [m.start() for m in reference.finditer(folded)]
        found += len(expected)
        assert [m.start() for m in _REFLOW_FOLDED.finditer(folded)] == expected, folded
    assert found > 1000


def test_split_flat_list_pre_test_changes_no_answer() -> None:
    """Without a bullet past the first character there is nothing to cut: the shortcut
    answers as the cutting pattern does, on seeded texts."""
    import random

    from vndocparse.fields import _FLAT_ITEM, split_flat_list

    def reference(text: str) -> list[str]:
        return [p for p in _FLAT_ITEM.split(text) if p.strip()]

    pieces = ["-", "–", "+", "•", " ", "a", ";", ",", ".", ")", "Bộ", "  "]
    rng = random.Random(29)
    for _ in range(5000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        assert split_flat_list(text) == reference(text), text


def test_a_parse_leaves_no_reference_cycles() -> None:
    """The collector is paused during a parse (`pipeline.gc_paused`), so a reference
    cycle would keep a whole parse's lines, segments and tokens alive until its next
    run: parsing the test letters leaves none."""
    import gc
    from pathlib import Path

    import vndocparse

    root = Path(__file__).resolve().parents[1]
    texts = [p.read_text(encoding="utf-8") for p in sorted((root / "tests" / "data" / "letters").glob("*.txt"))]
    # A footer whose lines the layout pass splits: a signer beside an item, "(đã ký)"
    # after the name.
    texts.append(
        "ỦY BAN NHÂN DÂN\nTỈNH CAO BẰNG\nSố: 12/UBND-VX\nCao Bằng, ngày 5 tháng 3 năm 2024\n"
        "Kính gửi: Các sở, ban, ngành.\nNội dung văn bản.\nNơi nhận:\n- Như trên; CHỦ TỊCH\n"
        "- Lưu: VT.\nNguyễn Văn A (đã ký)\n"
    )
    vndocparse.parse(texts[0])  # the grammar is built (and kept) once
    gc.collect()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        for text in texts:
            vndocparse.parse(text)
        gc.collect()
        left = [type(o).__name__ for o in gc.garbage]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
    assert left == []


@pytest.mark.parametrize(
    ("line", "expected"),
    [("K.T. CHỦ TỊCH", ("KT", "CHỦ TỊCH")), ("T.M. ỦY BAN NHÂN DÂN", ("TM", "ỦY BAN NHÂN DÂN")),
     ("K/T TRƯỞNG BAN", ("KT", "TRƯỞNG BAN")), ("T.L. BỘ TRƯỞNG", ("TL", "BỘ TRƯỞNG"))],
)  # fmt: skip
def test_an_authority_prefix_in_any_written_form(line: str, expected: tuple[str, str]) -> None:
    # ND30's "KT.", HD36's "K/T", and a typist's dotted "K.T." (which the validator flags).
    (tok,) = classify(segment(normalise(line)))
    assert tok.kind == K.AUTHORITY
    assert split_prefix(line) == expected


@pytest.mark.parametrize("title", ["QUYẾT  ĐỊNH", "KẾ  HOẠCH", "BÁO  CÁO  Kết quả thực hiện"])
def test_a_title_with_its_words_spaced_apart_is_a_title(title: str) -> None:
    # Justified or markup-blanked text leaves two or more spaces between a title's words.
    (tok,) = classify(segment(normalise(title)))
    assert tok.kind == K.TITLE
    doc = vndocparse.parse(f"BỘ NỘI VỤ\nSố: 5/BNV\n\n{title}\n\nNội dung.\n")
    assert doc.title == " ".join(title.split()[:2])
