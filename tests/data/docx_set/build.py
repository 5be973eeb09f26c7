"""The project's own DOCX test set for the validator and ``vndocparse fix`` (issue 13).

Each case is one of our test letters (tests/data/letters) laid out as a DOCX by
``tests/data/formats/layouts.py`` and then changed in one way a real file goes wrong
(or right in an unusual way). `EXPECTED` lists, written by hand from what each case
was built to contain, every finding a correct check must give: ``(code, line)``
pairs, the line being that of the extracted text (the header table's first row is
line 1). Anything else the check reports on a case is a false alarm.

    .venv/bin/python tests/data/docx_set/build.py OUT_DIR   # write the .docx files
    .venv/bin/python tests/data/docx_set/build.py --count   # true / false / missed

tests/test_docx_set.py builds the cases in memory and compares.
"""

from __future__ import annotations

import io
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "formats"))

from layouts import Layout, build_docx, layout, party_layout

QD, CV = "state_quyetdinh_clean", "state_congvan_kinhgui_list"
PARTY_CV = "party_congvan"


def _edit(name: str, change: Callable[[Any], None], *, good: bool = True) -> bytes:
    return _edited(build_docx(layout(name), good=good), change)


def _edited(data: bytes, change: Callable[[Any], None]) -> bytes:
    import docx

    d = docx.Document(io.BytesIO(data))
    change(d)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def _party(change: Callable[[Any], None] | None = None, *, year: int | None = None, lay: Callable[[Layout], None] | None = None) -> bytes:
    """The Party công văn of tests/data/hd05 (dated 15/7/2026: Guideline 05; ``year``
    2025: Guideline 36), its layout changed by ``lay`` and the DOCX by ``change``."""
    laid = party_layout(PARTY_CV, year=year)
    if lay is not None:
        lay(laid)
    data = build_docx(laid)
    return data if change is None else _edited(data, change)


def _header_cells(d: Any) -> list[Any]:
    return [p for cell in d.tables[0].rows[0].cells for p in cell.paragraphs]


def _title_paragraphs(d: Any) -> list[Any]:
    return [p for p in d.paragraphs[:4] if p.text.strip()]


def _left(paragraphs: list[Any]) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    for p in paragraphs:
        p.alignment = WD_ALIGN_PARAGRAPH.LEFT


def header_left(d: Any) -> None:
    """The header's cells and the title set flush left (as a typist in a hurry does)."""
    _left([p for p in _header_cells(d) if set(p.text.strip()) != {"_"}])
    _left(_title_paragraphs(d))


def tight_spacing(d: Any) -> None:
    """No space between paragraphs; the national title and motto at 1.5 lines."""
    from docx.shared import Pt

    d.styles["Normal"].paragraph_format.space_after = Pt(0)
    for p in _header_cells(d):
        if p.text.startswith(("CỘNG HÒA", "Độc lập")):
            p.paragraph_format.line_spacing = 1.5


def word_defaults(d: Any) -> None:
    """Spacing left to Word's own defaults (after 8 pt, 1.08 lines in w:docDefaults):
    nothing to report."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    normal = d.styles["Normal"].paragraph_format
    normal.space_after = None
    normal.line_spacing = None
    defaults = d.styles.element.find(qn("w:docDefaults"))
    ppr_default = defaults.find(qn("w:pPrDefault"))
    if ppr_default is None:
        ppr_default = OxmlElement("w:pPrDefault")
        defaults.append(ppr_default)
    ppr = ppr_default.find(qn("w:pPr"))
    if ppr is None:
        ppr = OxmlElement("w:pPr")
        ppr_default.append(ppr)
    spacing = OxmlElement("w:spacing")
    spacing.set(qn("w:after"), "160")
    spacing.set(qn("w:line"), "259")
    spacing.set(qn("w:lineRule"), "auto")
    ppr.append(spacing)


def margins_of_a_second_section(d: Any) -> None:
    """A second section (for a wide table, say) with Word's default margins (25.4 mm
    all round: each out of range) while the first section is right."""
    from docx.enum.section import WD_SECTION
    from docx.shared import Mm

    s = d.add_section(WD_SECTION.NEW_PAGE)
    for side in ("top_margin", "bottom_margin", "left_margin", "right_margin"):
        setattr(s, side, Mm(25.4))
    d.add_paragraph("Bảng tổng hợp kèm theo.")


def _body(d: Any) -> list[Any]:
    """The paragraphs of running text (40 characters or more) outside the tables."""
    return [p for p in d.paragraphs if len(p.text.strip()) >= 40]


def spacing(value: Any, rule: Any = None) -> Callable[[Any], None]:
    """The body set at ``value`` (a multiple, or points with ``rule``: exact or at least)."""

    def change(d: Any) -> None:
        for p in _body(d):
            p.paragraph_format.line_spacing = value
            if rule is not None:
                p.paragraph_format.line_spacing_rule = rule
    return change


def _noi_nhan_label(d: Any) -> Any:
    return next(p for p in d.tables[-1].rows[0].cells[0].paragraphs if p.text.startswith("Nơi nhận"))


def noi_nhan_plain(d: Any) -> None:
    """The label "Nơi nhận:" as a state document sets it: not underlined."""
    for run in _noi_nhan_label(d).runs:
        run.underline = None


def noi_nhan_dotted(d: Any) -> None:
    from docx.enum.text import WD_UNDERLINE

    for run in _noi_nhan_label(d).runs:
        run.underline = WD_UNDERLINE.DOTTED


def shaded(rgb: tuple[int, int, int]) -> Callable[[Any], None]:
    """The body's running text in ``rgb``: Word's "Text 1, lighter 5%" (0D0D0D) prints
    as black, "lighter 25%" (404040) as grey."""

    def change(d: Any) -> None:
        from docx.shared import RGBColor

        for run in _body(d)[2].runs:
            run.font.color.rgb = RGBColor(*rgb)

    return change


def coloured(d: Any) -> None:
    """The third paragraph of running text in dark red, and "Kính gửi:" (where there
    is one) in a paragraph style coloured blue, as Word's heading styles are."""
    from docx.enum.style import WD_STYLE_TYPE
    from docx.shared import RGBColor

    for run in _body(d)[2].runs:
        run.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
    for p in d.paragraphs:
        if p.text.startswith("Kính gửi"):
            blue = d.styles.add_style("Blue label", WD_STYLE_TYPE.PARAGRAPH)
            blue.base_style = d.styles["Normal"]
            blue.font.color.rgb = RGBColor(0x1F, 0x4E, 0x79)
            p.style = blue


def red_urgency_mark(lay: Layout) -> None:
    """"KHẨN" under the công văn's trích yếu (Guideline 05, ô 10), typed in red as the
    stamp is: not a colour fault."""
    lay.header_left.append("KHẨN")


def red_mark(d: Any) -> None:
    from docx.shared import RGBColor

    for p in d.tables[0].rows[0].cells[0].paragraphs:
        if p.text == "KHẨN":
            for run in p.runs:
                run.font.color.rgb = RGBColor(0xFF, 0x00, 0x00)


def appended(lines: list[str], *, new_page: bool = False) -> Callable[[Any], None]:
    """Paragraphs added after the document (an annex on a new page, a copy block), in
    the body's font: what follows the signature is checked by its own rules."""

    def change(d: Any) -> None:
        from docx.enum.text import WD_BREAK
        from docx.shared import Pt

        if new_page:
            d.add_paragraph().add_run().add_break(WD_BREAK.PAGE)
        for text in lines:
            run = d.add_paragraph().add_run(text)
            run.font.name = "Times New Roman"
            run.font.size = Pt(14)

    return change


#: An annex of the decision (15/QĐ-UBND, 08/02/2024), which its body never cites.
ANNEX = [
    "Phụ lục",
    "DANH SÁCH CƠ SỞ ĐƯỢC KIỂM TRA",
    "(Kèm theo Quyết định số 15/QĐ-UBND ngày 08/02/2024 của Ủy ban nhân dân huyện Kim Bảng)",
    "1. Cơ sở sản xuất bánh chưng Tân Sơn, xã Tân Sơn.",
]
#: A copy block of the decision (Decree 30, Mẫu 3.1), under a full-width rule.
COPY = [
    "________________________________",
    "UBND HUYỆN KIM BẢNG",
    "VĂN PHÒNG",
    "SAO Y",
    "Số: 03/SY-VP",
    "Kim Bảng, ngày 10 tháng 02 năm 2024",
    "KT. CHÁNH VĂN PHÒNG",
    "PHÓ CHÁNH VĂN PHÒNG",
    "Trần Minh Hải",
    "Nơi nhận:",
    "- Phòng Y tế huyện;",
    "- Lưu: VT.",
]


def _swap(lines: list[str], old: str, new: str) -> list[str]:
    return [new if line == old else line for line in lines]


def _paragraph(d: Any, text: str, *, bold: bool = False, italic: bool = False, centre: bool = False, size: float = 14) -> Any:
    """A paragraph added at the end, in Times New Roman of ``size`` pt."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    para = d.add_paragraph()
    run = para.add_run(text)
    run.font.name, run.font.size, run.bold, run.italic = "Times New Roman", Pt(size), bold, italic
    if centre:
        para.alignment = WD_ALIGN_PARAGRAPH.CENTER
    return para


def _own_section(d: Any, *, restart: bool) -> None:
    """A section break (next page) at the end; ``restart``: the new section's page
    numbers start at 1, as an annex's do (Mẫu 2.1–2.2)."""
    from docx.enum.section import WD_SECTION
    from docx.oxml.ns import qn
    from docx.oxml.parser import OxmlElement

    section = d.add_section(WD_SECTION.NEW_PAGE)
    if restart:
        numbering = OxmlElement("w:pgNumType")
        numbering.set(qn("w:start"), "1")
        section._sectPr.append(numbering)


def annex(d: Any, *, restart: bool = True) -> None:
    """Phụ lục I in a section of its own after the decision, its pages numbered from 1
    (ND30 PL I §II.12, Mẫu 2.1): its label, its title, its reference to the decision,
    then its content."""
    # The body cites it (ND30: an annex is referred to in the text; VN131 otherwise).
    cited = next(p for p in d.paragraphs if p.text.startswith("Điều 1."))
    cited.add_run(" (danh sách cơ sở kiểm tra tại Phụ lục I kèm theo)")
    _own_section(d, restart=restart)
    _paragraph(d, "Phụ lục I", bold=True, centre=True)
    _paragraph(d, "DANH SÁCH CƠ SỞ KIỂM TRA", bold=True, centre=True)
    _paragraph(d, "(Kèm theo Quyết định số 15/QĐ-UBND ngày 08/02/2024 của Ủy ban nhân dân huyện Kim Bảng)", italic=True, centre=True)
    _paragraph(d, "1. Chợ trung tâm huyện.")
    _paragraph(d, "2. Các cửa hàng thực phẩm trên địa bàn thị trấn.")


def copy_block(d: Any) -> None:
    """A paper copy (sao y) after the decision's Nơi nhận (ND30 PL I Phần III, Mẫu 3.1):
    a full-width rule, then the copying body, the mark, its number, place and date, the
    copier's signature and its own Nơi nhận."""
    _paragraph(d, "_" * 60)
    _paragraph(d, "ỦY BAN NHÂN DÂN HUYỆN KIM BẢNG", size=13)
    _paragraph(d, "SAO Y", bold=True)
    _paragraph(d, "Số: 05/SY-UBND", size=13)
    _paragraph(d, "Kim Bảng, ngày 10 tháng 02 năm 2024", italic=True)
    _paragraph(d, "TL. CHỦ TỊCH", bold=True)
    _paragraph(d, "CHÁNH VĂN PHÒNG", bold=True)
    _paragraph(d, "Trần Văn Hải", bold=True)
    _paragraph(d, "Nơi nhận:", bold=True, italic=True, size=12)
    _paragraph(d, "- Phòng Y tế huyện;", size=11)
    _paragraph(d, "- Lưu: VT.", size=11)


def tracked_insertion(d: Any) -> None:
    """The last sentence of Điều 3 typed with track changes on and never accepted: a
    ``w:ins`` around its runs. It prints, so it is read (P023 says so)."""
    from docx.oxml.ns import qn
    from docx.oxml.parser import OxmlElement

    para = next(p for p in d.paragraphs if p.text.startswith("Điều 3."))
    ins = OxmlElement("w:ins")
    ins.set(qn("w:id"), "1")
    ins.set(qn("w:author"), "Văn thư")
    ins.set(qn("w:date"), "2024-02-08T08:00:00Z")
    runs = para._p.findall(qn("w:r"))
    runs[-1].addprevious(ins)
    ins.append(runs[-1])


#: name → (builder of the bytes, expected findings written by hand).
CASES: dict[str, tuple[Callable[[], bytes], list[tuple[str, int]]]] = {
    "qd_good": (lambda: build_docx(layout(QD)), []),
    "cv_good": (lambda: build_docx(layout(CV)), []),
    # Letter paper, 10 mm margins, Arial 10 pt, nothing bold or italic, no indent, no
    # page numbers: every component is wrong (the header cells, title, căn cứ lines,
    # article headings and footer).
    "qd_bad_typography": (
        lambda: build_docx(layout(QD), good=False),
        [
            ("VN001", 1), ("VN002", 1), ("VN002", 1), ("VN002", 1), ("VN002", 1), ("VN003", 1),
            ("VN004", 1), ("VN004", 1), ("VN005", 1), ("VN008", 1),  # issuer parent, national title
            ("VN004", 2), ("VN005", 2), ("VN004", 2), ("VN005", 2),  # issuer name, motto
            ("VN004", 4), ("VN004", 4), ("VN005", 4),  # number, date (size, italic)
            ("VN004", 6), ("VN005", 6), ("VN004", 7), ("VN005", 7), ("VN004", 8), ("VN005", 8),
            ("VN004", 11),  # body size, once
            ("VN016", 13), ("VN016", 14), ("VN016", 15),
            ("VN006", 16),  # indent, once
            ("VN017", 22), ("VN017", 29), ("VN017", 38),
            ("VN004", 42), ("VN005", 42), ("VN005", 42), ("VN004", 42), ("VN005", 42),
            ("VN004", 43), ("VN004", 43), ("VN005", 43), ("VN004", 44), ("VN004", 44), ("VN005", 44),
            ("VN004", 45), ("VN004", 46), ("VN004", 46), ("VN005", 46),
        ],
    ),
    "cv_bad_typography": (
        lambda: build_docx(layout(CV), good=False),
        [
            ("VN001", 1), ("VN002", 1), ("VN002", 1), ("VN002", 1), ("VN002", 1), ("VN003", 1),
            ("VN004", 1), ("VN005", 1), ("VN004", 1), ("VN005", 1), ("VN004", 2), ("VN005", 2),
            ("VN004", 3), ("VN004", 4), ("VN004", 4), ("VN005", 4), ("VN004", 5),
            ("VN004", 12), ("VN006", 12),
            ("VN004", 33), ("VN005", 33), ("VN005", 33), ("VN004", 33), ("VN005", 33),
            ("VN004", 34), ("VN004", 34), ("VN005", 34), ("VN004", 35), ("VN004", 35), ("VN005", 35),
            ("VN004", 36), ("VN004", 37),
        ],
    ),
    # The header and title flush left: each part reported where it is.
    "qd_header_left": (
        lambda: _edit(QD, header_left),
        [("VN013", 1), ("VN013", 1), ("VN013", 2), ("VN013", 2), ("VN013", 4), ("VN012", 6), ("VN012", 7), ("VN012", 8)],
    ),
    "qd_tight_spacing": (lambda: _edit(QD, tight_spacing), [("VN015", 1), ("VN015", 2), ("VN014", 23)]),
    "qd_word_defaults": (lambda: _edit(QD, word_defaults), []),
    "qd_second_section": (
        lambda: _edit(QD, margins_of_a_second_section),
        # each margin of section 2, at its first line ("Bảng tổng hợp kèm theo.")
        [("VN002", 48), ("VN002", 48), ("VN002", 48), ("VN002", 48)],
    ),
    # Decree 30 sets the text in black: a căn cứ line in red (line 14)
    "qd_coloured": (lambda: _edit(QD, coloured), [("VN010", 14)]),
    # Word's darkest shade of black prints as black; a dark grey does not (line 14).
    "qd_near_black": (lambda: _edit(QD, shaded((0x0D, 0x0D, 0x0D))), []),
    "qd_dark_grey": (lambda: _edit(QD, shaded((0x40, 0x40, 0x40))), [("VN010", 14)]),
    # An annex after the decision (label at line 48): checked as an annex, not as a
    # document; the body never cites it (a warning), and a reference citing 16/QĐ-UBND
    # (line 50) is not the decision's number.
    # (After a page break only: the annex goes on with the decision's page numbers, VN132.)
    "qd_appendix": (lambda: _edit(QD, appended(ANNEX, new_page=True)), [("VN131", 48), ("VN132", 48)]),
    "qd_appendix_wrong_number": (
        lambda: _edit(QD, appended(_swap(ANNEX, ANNEX[2], ANNEX[2].replace("15/QĐ", "16/QĐ")), new_page=True)),
        [("VN131", 48), ("VN130", 50), ("VN132", 48)],
    ),
    # A copy block after the decision (its label at line 50, its number at 51): right,
    # then labelled the old way with a code that contradicts it.
    "qd_copy": (lambda: _edit(QD, appended(COPY)), []),
    "qd_copy_wrong": (
        lambda: _edit(QD, appended(_swap(_swap(COPY, "SAO Y", "SAO Y BẢN CHÍNH"), "Số: 03/SY-VP", "Số: 03/SL-VP"))),
        [("VN123", 50), ("VN124", 51)],
    ),
    # An annex on its own page after the decision, right: nothing to report (it was
    # checked as a second document: no issuer, number, date, signature).
    "qd_with_annex": (lambda: _edit(QD, annex), []),
    # The same annex in a section of its own whose page numbers go on from the
    # decision's: VN132 at its label.
    "qd_annex_numbering_goes_on": (lambda: _edit(QD, lambda d: annex(d, restart=False)), [("VN132", 48)]),
    # A paper copy block after the decision, right (Mẫu 3.1): nothing to report (its
    # copy code "SY" was taken for a missing type name, its block for a document).
    "qd_with_copy": (lambda: _edit(QD, copy_block), []),
    # A tracked insertion in Điều 3: read as it prints, no finding of the rules (the
    # reader's P023 note is a parse diagnostic, not a rule's finding).
    "qd_tracked_insertion": (lambda: _edit(QD, tracked_insertion), []),
    # A Party công văn, dated 15/7/2026 (Guideline 05) or 2025 (Guideline 36): the body
    # (first line of running text: 11) set Exactly 18 pt, "Nơi nhận" (line 18) underlined.
    "party_cv_good": (lambda: _party(), []),
    "party_cv_good_hd36": (lambda: _party(year=2025), []),
    "party_cv_red_urgency_mark": (lambda: _party(red_mark, lay=red_urgency_mark), []),
    # 1.5 lines, not Exactly: both guidelines refuse it
    "party_cv_spacing_multiple": (lambda: _party(spacing(1.5)), [("VN007", 11)]),
    "party_cv_spacing_multiple_hd36": (lambda: _party(spacing(1.5), year=2025), [("VN007", 11)]),
    # Exactly 24 pt: over Guideline 05's 22 pt; Guideline 36 has no upper bound
    "party_cv_spacing_24": (lambda: _party(spacing(_pt(24))), [("VN007", 11)]),
    "party_cv_spacing_24_hd36": (lambda: _party(spacing(_pt(24)), year=2025), []),
    # Exactly 16 pt: under both 18 pt; "At least" 20 pt: not Exactly
    "party_cv_spacing_16": (lambda: _party(spacing(_pt(16))), [("VN007", 11)]),
    "party_cv_spacing_at_least": (lambda: _party(spacing(_pt(20), _at_least())), [("VN007", 11)]),
    "party_cv_spacing_at_least_hd36": (lambda: _party(spacing(_pt(20), _at_least()), year=2025), [("VN007", 11)]),
    # "Nơi nhận" not underlined, or dotted
    "party_cv_noi_nhan_plain": (lambda: _party(noi_nhan_plain), [("VN009", 18)]),
    "party_cv_noi_nhan_plain_hd36": (lambda: _party(noi_nhan_plain, year=2025), [("VN009", 18)]),
    "party_cv_noi_nhan_dotted": (lambda: _party(noi_nhan_dotted), [("VN009", 18)]),
    # Coloured text: "Kính gửi:" (line 7) and a body paragraph (line 14); Guideline 36
    # does not name the colour
    "party_cv_coloured": (lambda: _party(coloured), [("VN010", 7), ("VN010", 14)]),
    "party_cv_coloured_hd36": (lambda: _party(coloured, year=2025), []),
}

def _pt(value: float) -> Any:
    from docx.shared import Pt

    return Pt(value)


def _at_least() -> Any:
    from docx.enum.text import WD_LINE_SPACING

    return WD_LINE_SPACING.AT_LEAST


#: Expected findings the check does not give yet, and why (none: the DOCX reader reads
#: every section's page set-up since issue 13 point 3).
KNOWN_MISSES: dict[str, list[tuple[str, int]]] = {}


def main(out_dir: str) -> None:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for name, (build, _expected) in CASES.items():
        (out / f"{name}.docx").write_bytes(build())
        print(f"wrote {out / name}.docx")


def count() -> None:
    """Print, per case and in all, the findings of the installed vndocparse that are
    expected (true), not expected (false alarms) and expected but not given (missed).
    With ``PYTHONPATH`` pointing at another checkout's ``src``, it measures that code."""
    from collections import Counter

    import vndocparse

    totals = Counter[str]()
    for name, (build, expected) in CASES.items():
        doc = vndocparse.parse_bytes(build(), filename=f"{name}.docx")
        got = Counter((d.code, d.location.line) for d in vndocparse.validate(doc))
        want = Counter(expected)
        true, false, missed = got & want, got - want, want - got
        totals.update(true=true.total(), false=false.total(), missed=missed.total())
        if false or missed:
            print(f"{name}: false alarms {sorted(false.elements())}, missed {sorted(missed.elements())}")
    print(f"{len(CASES)} cases: {totals['true']} true, {totals['false']} false alarms, {totals['missed']} missed")


if __name__ == "__main__":
    if sys.argv[1:] == ["--count"]:
        count()
    else:
        main(sys.argv[1] if len(sys.argv) > 1 else ".")
