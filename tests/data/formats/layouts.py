"""Our test letters (tests/data/letters) laid out as the page shows them, and writers
that turn such a layout into a DOCX (python-docx), an HTML page or a PDF (fpdf2).

Used by tests/test_formats.py and by make_fixtures.py (which wrote the committed PDFs).
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from html import escape
from pathlib import Path

LETTERS = Path(__file__).resolve().parents[1] / "letters"
#: Party letters dated after 27/5/2026 (Guideline 05), their header columns side by side.
PARTY_LETTERS = Path(__file__).resolve().parents[1] / "hd05"


@dataclass
class Layout:
    """A letter as laid out on paper: a two-column header, the middle, a two-column footer."""

    name: str
    header_left: list[str]
    header_right: list[str]
    middle: list[str]
    footer_left: list[str]  # Nơi nhận
    footer_right: list[str]  # signature
    party: bool = False
    """A Party document: set as Guideline 36/05 asks (see `build_docx`)."""


def _lines(name: str) -> list[str]:
    return (LETTERS / f"{name}.txt").read_text(encoding="utf-8").splitlines()


def _nonblank(lines: list[str]) -> list[str]:
    return [ln for ln in lines if ln.strip()]


def layout(name: str) -> Layout:
    lines = _lines(name)
    if name == "state_quyetdinh_clean":
        sig = lines.index("TM. ỦY BAN NHÂN DÂN")
        noi = lines.index("Nơi nhận:")
        return Layout(name, lines[0:4], lines[4:8], lines[8:sig], lines[noi:], _nonblank(lines[sig:noi]))
    if name == "state_congvan_kinhgui_list":
        noi = lines.index("Nơi nhận:")
        sig = lines.index("KT. BỘ TRƯỞNG")
        return Layout(name, lines[0:5], lines[6:10], lines[10:noi], _nonblank(lines[noi:sig]), _nonblank(lines[sig:]))
    raise KeyError(name)


LAYOUT_NAMES = ("state_quyetdinh_clean", "state_congvan_kinhgui_list")


def party_layout(name: str, *, year: int | None = None) -> Layout:
    """A Party letter of tests/data/hd05 laid out: each header line is cut at its gutter
    (two spaces or more) into the left and right columns; ``year``: the date line's
    year changed (2025: judged by Guideline 36)."""
    lines = (PARTY_LETTERS / f"{name}.txt").read_text(encoding="utf-8").splitlines()
    end = lines.index("")
    cells = [(t.partition("  ")[0].strip(), t.partition("  ")[2].strip()) for t in lines[:end]]
    left = [a for a, _ in cells if a]
    right = [b for _, b in cells if b]
    if year is not None:
        right = [t.replace("năm 2026", f"năm {year}") if ", ngày" in t else t for t in right]
    noi = lines.index("Nơi nhận:")
    sig = next(i for i in range(noi, len(lines)) if lines[i].startswith(("T/M", "K/T", "T/L", "Q.")))
    return Layout(name, left, right, lines[end:noi], _nonblank(lines[noi:sig]), _nonblank(lines[sig:]), party=True)


PARTY_LAYOUT_NAMES = ("party_congvan", "party_totrinh", "party_quyetdinh")


# --------------------------------------------------------------------------- DOCX


def build_docx(lay: Layout, *, good: bool = True) -> bytes:
    """A DOCX of the letter: header and footer as borderless two-column tables.

    ``good``: A4, margins 20/20/30/15 mm, Times New Roman, the sizes and styles of
    Decree 30; otherwise Letter paper, 10 mm margins, Arial 10 pt, nothing bold. A
    Party layout (``lay.party``) takes the sizes of Guideline 36's font table (kept by
    Guideline 05), the body "Exactly" 18 pt and "Nơi nhận" underlined.
    """
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Cm, Mm, Pt

    d = docx.Document()
    section = d.sections[0]
    if good:
        section.page_width, section.page_height = Mm(210), Mm(297)
        section.top_margin, section.bottom_margin = Mm(20), Mm(20)
        section.left_margin, section.right_margin = Mm(30), Mm(15)
    else:
        section.page_width, section.page_height = Mm(216), Mm(279)
        for side in ("top_margin", "bottom_margin", "left_margin", "right_margin"):
            setattr(section, side, Mm(10))
    normal = d.styles["Normal"]
    normal.font.name = "Times New Roman" if good else "Arial"
    normal.font.size = Pt(14 if good else 10)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.0

    def style(p, text: str, size: float, bold: bool = False, italic: bool = False, underline: bool = False) -> None:
        run = p.add_run(text)
        if good:
            run.font.size = Pt(size)
            run.bold = bold
            run.italic = italic
            run.underline = underline or None
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    def party_header_style(text: str) -> tuple[float, bool, bool]:
        t = text.strip()
        if t.startswith("ĐẢNG CỘNG SẢN"):
            return 15, True, False
        if t.startswith(("Số", "*", "_")) or not t:
            return 14, False, False
        if t.startswith("về việc"):
            return 12, False, True
        if ", ngày" in t:
            return 14, False, True
        return 14, True, False

    def header_style(text: str) -> tuple[float, bool, bool]:
        t = text.strip()
        if lay.party:
            return party_header_style(t)
        if t.startswith("CỘNG HÒA"):
            return 12, True, False
        if t.startswith("Độc lập"):
            return 13, True, False
        if t.startswith("Số"):
            return 13, False, False
        if t.startswith("V/v") or (lay.header_left and t in lay.header_left[lay.header_left.index(next(x for x in lay.header_left if x.startswith("Số"))) + 1 :]):
            return 12, False, False
        if ", ngày" in t:
            return 13, False, True
        return 12, True, False

    def two_columns(left: list[str], right: list[str], left_style, right_style) -> None:
        table = d.add_table(rows=1, cols=2)
        for cell, lines, st in ((table.rows[0].cells[0], left, left_style), (table.rows[0].cells[1], right, right_style)):
            first = True
            for text in lines:
                p = cell.paragraphs[0] if first else cell.add_paragraph()
                first = False
                style(p, text, *st(text))

    two_columns(lay.header_left, lay.header_right, header_style, header_style)
    in_subject = False
    for text in lay.middle:
        p = d.add_paragraph()
        t = text.strip()
        if not t:
            in_subject = False
            continue
        if t.isupper() and len(t) > 3:
            style(p, t, 14, bold=True)
            in_subject = t in ("QUYẾT ĐỊNH", "KẾ HOẠCH", "NGHỊ QUYẾT", "THÔNG BÁO", "TỜ TRÌNH")
        elif in_subject:
            style(p, t, 14, bold=True)
        else:
            # an article's heading "Điều 1." is bold, the text after it upright
            label, rest = (t.split(". ", 1)[0] + ". ", t.split(". ", 1)[1]) if t.startswith("Điều ") and ". " in t else ("", t)
            runs = [p.add_run(label)] if label else []
            run = p.add_run(rest)
            if good:
                for r in runs:
                    r.font.size = Pt(14)
                    r.bold = True
                run.font.size = Pt(14)
                run.italic = t.startswith("Căn cứ")  # the căn cứ lines are italic
                p.paragraph_format.first_line_indent = Cm(1.27)
                p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
                if lay.party:
                    p.paragraph_format.line_spacing = Pt(18)  # "Exactly" 18 pt

    def noi_style(text: str) -> tuple[float, bool, bool, bool]:
        if lay.party:  # the label 14 pt, upright, underlined; the list 12 pt
            return (14, False, False, True) if text.startswith("Nơi nhận") else (12, False, False, False)
        return (12, True, True, False) if text.startswith("Nơi nhận") else (11, False, False, False)

    def sig_style(text: str) -> tuple[float, bool, bool]:
        return (14, not text.startswith("("), text.startswith("("))

    two_columns(lay.footer_left, lay.footer_right, noi_style, sig_style)
    if good:
        _page_number(section)
        section.different_first_page_header_footer = True
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def _page_number(section) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    p = section.header.paragraphs[0]
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run()
    for kind, text in (("begin", None), (None, "PAGE"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.text = text
        run._r.append(el)


# --------------------------------------------------------------------------- HTML


def build_html(lay: Layout) -> str:
    def cell(lines: list[str]) -> str:
        return "".join(f"<p>{escape(t)}</p>" for t in lines if t.strip())

    def table(left: list[str], right: list[str]) -> str:
        return f'<table border="0"><tr><td>{cell(left)}</td><td>{cell(right)}</td></tr></table>'

    middle = "".join(f"<p>{escape(t)}</p>" if t.strip() else "" for t in lay.middle)
    return (
        '<!DOCTYPE html><html><head><meta charset="utf-8"><title>x</title>'
        "<style>td{vertical-align:top}</style></head><body>"
        + table(lay.header_left, lay.header_right)
        + middle
        + table(lay.footer_left, lay.footer_right)
        + "</body></html>"
    )


# --------------------------------------------------------------------------- PDF


def build_pdf(lay: Layout, font_path: str) -> bytes:
    """A PDF of the letter with fpdf2: two columns placed side by side by position."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_margins(30, 20, 15)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    pdf.add_font("Body", "", font_path)
    pdf.set_font("Body", size=11)
    height = 6

    def columns(left: list[str], right: list[str]) -> None:
        pdf.set_font("Body", size=9)
        n = max(len(left), len(right))
        for i in range(n):
            y = pdf.get_y()
            if i < len(left):
                pdf.set_xy(30, y)
                pdf.cell(70, height, left[i].strip(), align="C")
            if i < len(right):
                pdf.set_xy(100, y)
                pdf.cell(95, height, right[i].strip(), align="C")
            pdf.set_xy(30, y + height)
        pdf.set_font("Body", size=11)

    columns([t for t in lay.header_left if t.strip()], [t for t in lay.header_right if t.strip()])
    pdf.ln(height)
    for text in lay.middle:
        if not text.strip():
            pdf.ln(height / 2)
            continue
        pdf.set_x(30)
        pdf.cell(165, height, text.strip())
        pdf.ln(height)
    pdf.ln(height)
    columns(lay.footer_left, lay.footer_right)
    return bytes(pdf.output())


# --------------------------------------------------------------------------- DOCX variants
# What Word writes in real files that the plain builder above does not (issue 13): a
# banner in the page header, tracked changes, a second section, a macro-enabled package.


def build_plain_docx(lines: list[str], *, header: list[str] = ()) -> bytes:
    """One paragraph per line (a gutter of spaces becomes a tab); ``header`` lines go
    into the first section's default page header, right-aligned (a Party banner)."""
    import re

    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    d = docx.Document()
    for text in lines:
        d.add_paragraph(re.sub(r" {3,}", "\t", text))
    if header:
        hdr = d.sections[0].header
        hdr.is_linked_to_previous = False
        for i, text in enumerate(header):
            p = hdr.paragraphs[0] if i == 0 else hdr.add_paragraph()
            p.add_run(text)
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        _page_number(d.sections[0])  # a PAGE field beside it: not text of the letter
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def with_tracked_changes(data: bytes, *, insert_into: str, inserted: str, deleted: str) -> bytes:
    """The paragraph starting with ``insert_into`` gets ``inserted`` as a tracked
    insertion (``w:ins``) and ``deleted`` as a tracked deletion (``w:del``) after its text."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    d = docx.Document(io.BytesIO(data))
    p = next(p for p in d.paragraphs if p.text.startswith(insert_into))
    for tag, text, text_tag in (("w:ins", inserted, "w:t"), ("w:del", deleted, "w:delText")):
        change = OxmlElement(tag)
        change.set(qn("w:id"), "1" if tag == "w:ins" else "2")
        change.set(qn("w:author"), "Văn thư")
        run = OxmlElement("w:r")
        t = OxmlElement(text_tag)
        t.set(qn("xml:space"), "preserve")
        t.text = text
        run.append(t)
        change.append(run)
        p._p.append(change)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def all_inserted(data: bytes) -> bytes:
    """Every run of the body moved into tracked insertions (a draft typed with "Track
    changes" on, never accepted)."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    d = docx.Document(io.BytesIO(data))
    body = d.element.body
    for i, p in enumerate(body.iter(qn("w:p"))):
        runs = [r for r in p.iterchildren(qn("w:r"))]
        if not runs:
            continue
        ins = OxmlElement("w:ins")
        ins.set(qn("w:id"), str(100 + i))
        ins.set(qn("w:author"), "Văn thư")
        runs[0].addprevious(ins)
        for r in runs:
            ins.append(r)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def with_letter_section(data: bytes) -> bytes:
    """A second section on US Letter paper (an annex pasted from another file)."""
    import docx
    from docx.enum.section import WD_SECTION
    from docx.shared import Mm

    d = docx.Document(io.BytesIO(data))
    section = d.add_section(WD_SECTION.NEW_PAGE)
    section.page_width, section.page_height = Mm(215.9), Mm(279.4)
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def as_docm(data: bytes) -> bytes:
    """The package made macro-enabled: the .docm content type and a vbaProject.bin part."""
    import zipfile

    docm_type = b"application/vnd.ms-word.document.macroEnabled.main+xml"
    docx_type = b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as zin, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout:
        for name in zin.namelist():
            body = zin.read(name)
            if name == "[Content_Types].xml":
                body = body.replace(docx_type, docm_type).replace(
                    b"</Types>",
                    b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/></Types>',
                )
            elif name == "word/_rels/document.xml.rels":
                body = body.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
                )
            zout.writestr(name, body)
        zout.writestr("word/vbaProject.bin", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 512)
    return out.getvalue()
