"""Typography of Party documents in a DOCX under Guideline 05-HD/VPTW (issue 12): the
body's line spacing "Exactly" 18–22 pt (Guideline 36: at least 18 pt), "Nơi nhận"
underlined, the text in black — what `check` reports under each guideline, what the
DOCX reader records for it, and what `fix` sets.

The files are the Party công văn of tests/data/hd05 laid out by
tests/data/formats/layouts.py and changed by tests/data/docx_set/build.py (which also
lists every finding each case must give; tests/test_docx_set.py checks them all).
"""

from __future__ import annotations

import io
import sys
from pathlib import Path
from typing import Any

import pytest

import vndocparse
from vndocparse.fix import fix_bytes
from vndocparse.readers.source import source_info
from vndocparse.validate import evaluate

docx = pytest.importorskip("docx", reason="needs the docx extra (python-docx)")

sys.path.insert(0, str(Path(__file__).parent / "data" / "docx_set"))
from build import (
    _at_least,
    _party,
    _pt,
    coloured,
    noi_nhan_dotted,
    noi_nhan_plain,
    spacing,
)

TYPOGRAPHY = ("VN007", "VN009", "VN010")


def check(data: bytes, config: dict[str, Any] | None = None) -> Any:
    return evaluate(vndocparse.parse_bytes(data, filename="cv.docx"), config)


def typography(data: bytes, config: dict[str, Any] | None = None) -> list[tuple[str, int, str]]:
    return [(d.code, d.location.line, d.severity) for d in check(data, config).diagnostics if d.code in TYPOGRAPHY]


def body_formats(data: bytes) -> list[Any]:
    info = source_info(vndocparse.parse_bytes(data, filename="cv.docx"))
    assert info is not None and info.formatting is not None
    return [p for p in info.formatting.paragraphs if not p.in_table and len(p.text) >= 40]


# ------------------------------------------------------------------------------ check


def test_the_clean_letter_passes_under_each_guideline() -> None:
    for year, guideline in ((None, "hd05"), (2025, "hd36")):
        result = check(_party(year=year))
        assert result.guideline == guideline and result.diagnostics == []
        assert {"VN007", "VN009"} <= set(result.coverage.evaluated)


@pytest.mark.parametrize(
    ("change", "hd05", "hd36"),
    [
        (spacing(1.5), [("VN007", 11, "error")], [("VN007", 11, "warning")]),
        (spacing(_pt(24)), [("VN007", 11, "error")], []),
        (spacing(_pt(16)), [("VN007", 11, "error")], [("VN007", 11, "warning")]),
        (spacing(_pt(20), _at_least()), [("VN007", 11, "error")], [("VN007", 11, "warning")]),
        (noi_nhan_plain, [("VN009", 18, "error")], [("VN009", 18, "warning")]),
        (noi_nhan_dotted, [("VN009", 18, "error")], [("VN009", 18, "warning")]),
        (coloured, [("VN010", 7, "error"), ("VN010", 14, "error")], []),
    ],
    ids=["1.5-lines", "exactly-24", "exactly-16", "at-least-20", "not-underlined", "dotted", "coloured"],
)
def test_each_fault_under_hd05_and_hd36(change: Any, hd05: list[Any], hd36: list[Any]) -> None:
    assert typography(_party(change)) == hd05
    assert typography(_party(change, year=2025)) == hd36
    # the guideline named instead of the date's
    assert typography(_party(change, year=2025), {"guideline": "hd05"}) == hd05


def test_messages_cite_the_guideline() -> None:
    [d] = check(_party(spacing(_pt(24)))).diagnostics
    assert d.message == "body line spacing is 24 pt exactly, not 18–22 pt, Exactly"
    assert d.source == "HD 05-HD/VPTW, Phần II, mục I.6.2.2" and d.guideline == "HD 05-HD/VPTW"
    [d] = check(_party(spacing(1.5), year=2025)).diagnostics
    assert d.message == "body line spacing is 1.5 lines, not at least 18 pt, Exactly"
    assert d.guideline == "HD 36-HD/VPTW"
    [d] = check(_party(noi_nhan_plain)).diagnostics
    assert d.message == "'Nơi nhận' is not underlined" and d.source == "HD 05-HD/VPTW, Phần II, mục I.9.2.1"
    # the words, in "| Nơi nhận: | T/M BAN THƯỜNG VỤ |"
    assert (d.location.column, d.location.end_column) == (3, 11)
    [d] = check(_party(noi_nhan_dotted)).diagnostics
    assert d.message == "'Nơi nhận' is underlined dotted, not with a solid line"
    found = check(_party(coloured)).diagnostics
    assert [d.message for d in found] == ["text in colour #1F4E79, not black", "text in colour #C00000, not black"]


def test_messages_in_vietnamese() -> None:
    """VN009 words the underline read from the file in the run's language (issue 14.9)."""
    vi = {"lang": "vi", "select": ["VN009", "VN010"]}
    [d] = check(_party(noi_nhan_plain), vi).diagnostics
    assert (d.message, d.fix) == ("'Nơi nhận' không được gạch chân", "gạch chân 'Nơi nhận' bằng một nét liền")
    [d] = check(_party(noi_nhan_dotted), vi).diagnostics
    assert d.message == "'Nơi nhận' được gạch chân kiểu 'dotted', không phải nét liền"
    found = check(_party(coloured), vi).diagnostics
    assert [(d.message, d.fix) for d in found] == [
        ("chữ có màu #1F4E79, không phải màu đen", "đặt chữ màu đen"),
        ("chữ có màu #C00000, không phải màu đen", "đặt chữ màu đen"),
    ]


def test_unset_spacing_is_single_for_a_party_body() -> None:
    def unset(d: Any) -> None:
        for p in d.paragraphs:
            p.paragraph_format.line_spacing = None
        d.styles["Normal"].paragraph_format.line_spacing = None

    [d] = check(_party(unset)).diagnostics
    assert d.code == "VN007" and d.message.startswith("body line spacing is single (not set)")


def test_black_is_not_a_rule_of_hd36() -> None:
    result = check(_party(coloured, year=2025))
    skipped = {code: group.need for group in result.coverage.not_applicable for code in group.rules}
    assert skipped.get("VN010") == "guideline"


def test_a_red_urgency_mark_is_a_stamp() -> None:
    from build import red_mark, red_urgency_mark

    result = check(_party(red_mark, lay=red_urgency_mark))
    assert result.diagnostics == [] and "VN010" in result.coverage.evaluated
    assert any("KHẨN" in line for line in vndocparse.parse_bytes(_party(red_mark, lay=red_urgency_mark), filename="x.docx").source_lines)


def test_text_input_is_not_checked() -> None:
    text = (Path(__file__).parent / "data" / "hd05" / "party_congvan.txt").read_text(encoding="utf-8")
    result = evaluate(vndocparse.parse(text), {"select": ["ALL"]})
    skipped = {code for group in result.coverage.not_applicable for code in group.rules}
    assert set(TYPOGRAPHY) <= skipped and result.diagnostics == []


# ------------------------------------------------------------------------------ reader


def test_the_reader_records_exact_spacing_underline_and_colours() -> None:
    good = body_formats(_party())
    assert {(p.line_spacing_pt, p.line_spacing_rule) for p in good} == {(18.0, "exact")}
    assert {p.colours for p in good} == {()}
    at_least = body_formats(_party(spacing(_pt(20), _at_least())))
    assert {(p.line_spacing_pt, p.line_spacing_rule) for p in at_least} == {(20.0, "at_least")}
    assert {(p.line_spacing, p.line_spacing_rule) for p in body_formats(_party(spacing(1.5)))} == {(1.5, None)}
    # a colour set by the paragraph's style, and an explicit "auto" that overrides it
    info = source_info(vndocparse.parse_bytes(_party(coloured), filename="c.docx"))
    assert info is not None and info.formatting is not None
    label = next(p for p in info.formatting.paragraphs if p.text == "Kính gửi:")
    assert label.colours == ("1F4E79",)
    noi = next(p for p in info.formatting.paragraphs if p.text == "Nơi nhận:")
    assert noi.lead_underline == "single"


def test_automatic_colour_on_a_run_hides_its_styles() -> None:
    from docx.enum.style import WD_STYLE_TYPE
    from docx.oxml.ns import qn
    from docx.shared import RGBColor

    def blue_style(auto: bool) -> Any:
        def change(d: Any) -> None:
            blue = d.styles.add_style("Blue", WD_STYLE_TYPE.PARAGRAPH)
            blue.font.color.rgb = RGBColor(0, 0, 0xFF)
            p = next(p for p in d.paragraphs if p.text.startswith("Kính gửi"))
            p.style = blue
            if auto:  # Word's "Automatic" on the run: black, whatever the style says
                for run in p.runs:
                    run._r.get_or_add_rPr().get_or_add_color().set(qn("w:val"), "auto")

        return change

    for auto, want in ((False, ("0000FF",)), (True, ())):
        info = source_info(vndocparse.parse_bytes(_party(blue_style(auto)), filename="a.docx"))
        assert info is not None and info.formatting is not None
        assert next(p for p in info.formatting.paragraphs if p.text == "Kính gửi:").colours == want


# ------------------------------------------------------------------------------ fix


def fixed(data: bytes, config: dict[str, Any] | None = None) -> tuple[Any, list[str], bytes]:
    from vndocparse.validate.config import as_resolved

    result = fix_bytes(data, source="cv.docx", config=as_resolved(config) if config else None)
    return result, result.changes, result.data


def _spacings(data: bytes) -> set[tuple[float, str]]:
    d = docx.Document(io.BytesIO(data))
    return {
        (round(p.paragraph_format.line_spacing.pt, 1), p.paragraph_format.line_spacing_rule.name)
        for p in d.paragraphs
        if len(p.text.strip()) >= 40
    }


@pytest.mark.parametrize(
    ("change", "year", "want"),
    [
        (spacing(1.5), None, (18.0, "EXACTLY")),
        (spacing(_pt(24)), None, (22.0, "EXACTLY")),
        (spacing(_pt(16)), 2025, (18.0, "EXACTLY")),
        (spacing(_pt(20), _at_least()), 2025, (20.0, "EXACTLY")),
    ],
    ids=["1.5-lines", "exactly-24", "exactly-16-hd36", "at-least-20-hd36"],
)
def test_fix_sets_the_exact_spacing(change: Any, year: int | None, want: tuple[float, str]) -> None:
    result, changes, data = fixed(_party(change, year=year))
    assert [c for c in changes if c.startswith("VN007")] == [f"VN007 line spacing set to exactly {want[0]:g} pt (4 places)"]
    assert _spacings(data) == {want}
    assert not [d for d in result.after if d.code in TYPOGRAPHY]


def test_fix_keeps_a_spacing_the_guideline_allows() -> None:
    # Exactly 24 pt is over Guideline 05's bound, within Guideline 36's
    result, changes, _data = fixed(_party(spacing(_pt(24))), {"guideline": "hd36"})
    assert not result.changed and changes == []


@pytest.mark.parametrize("change", [noi_nhan_plain, noi_nhan_dotted], ids=["plain", "dotted"])
def test_fix_underlines_nơi_nhận(change: Any) -> None:
    result, changes, data = fixed(_party(change))
    assert changes == ["VN009 'Nơi nhận' underlined"]
    label = docx.Document(io.BytesIO(data)).tables[-1].rows[0].cells[0].paragraphs[0]
    assert [(r.text, r.underline) for r in label.runs if r.underline] == [("Nơi nhận", True)]
    assert result.after == []


def test_fix_sets_the_text_in_black() -> None:
    result, changes, data = fixed(_party(coloured))
    assert changes == ["VN010 text set in black (2 places)"]
    assert result.after == []
    d = docx.Document(io.BytesIO(data))
    assert {str(r.font.color.rgb) for p in d.paragraphs for r in p.runs if r.font.color.type is not None} == {"000000"}


def test_fix_leaves_the_colour_of_a_hd36_letter() -> None:
    result, changes, _data = fixed(_party(coloured, year=2025))
    assert not result.changed and changes == []
