"""VN0xx: typography of DOCX input — paper, margins, font, sizes and styles, spacing.

These rules read what only a word-processor file carries: the page setup and the
formatting of each paragraph (`vndocparse.readers.Formatting`, kept with a document
read by `parse_file` from a ``.docx``). On a document parsed from text, PDF or HTML
they report nothing. Each component is found through the parser's parts (the header's
national title, motto, issuer, number, date line; the title and trích yếu; Nơi nhận;
the signature) and matched with the DOCX paragraph it came from.

The sizes, weights and slants are those of Decree 30/2020/NĐ-CP, Phụ lục I (mục I and
the table of mục V); for Party documents only the paper, the margins, the font, the
body's line spacing and the page numbers are checked (Guideline 36 is known from
secondary sources: warnings; Guideline 05's own text confirms most of them). The
underlined "Nơi nhận" and the black text are `appearance` (VN009, VN010).
"""

from __future__ import annotations

from collections.abc import Iterator
from types import MappingProxyType

from vndocparse.readers.source import Formatting, PageSetup
from vndocparse.validate.context import DocView
from vndocparse.validate.diagnostics import Location, Origin
from vndocparse.validate.registry import (
    BOTH,
    ERROR_STATE_WARNING_PARTY,
    STATE,
    Finding,
    Rule,
    RuleOptions,
)
from vndocparse.validate.typeset import (
    A4,
    BODY_SIZES,
    FONT,
    INDENT_CM,
    MARGIN_TOLERANCE,
    MARGINS,
    PAGE_TOLERANCE,
    body_paragraphs,
    components,
    formats_of,
    formatting,
    in_range,
    line_spacing_fault,
    line_spacing_wanted,
)


def _top(view: DocView) -> Location:
    return view.line_loc(view.first_line)


#: Where a finding about the page (size, margins, page numbers) is in the file.
PAGE_SETUP = Origin(section=1, text="page set-up of section 1")


def _sections(view: DocView, fmt: Formatting) -> Iterator[tuple[str, PageSetup, Location, Origin]]:
    """Each section's page setup (issue 13: a US Letter second section was not
    checked), with a name for messages ("" for a one-section file), the location of its
    first line and its origin."""
    pages = fmt.pages()
    for page in pages:
        n = page.section + 1
        where = f"section {n}: " if len(pages) > 1 else ""
        first = page.first_line if page.first_line is not None and page.first_line <= view.doc.line_count else None
        at = view.line_loc(first) if first else _top(view)
        yield where, page, at, PAGE_SETUP if n == 1 else Origin(section=n, text=f"page set-up of section {n}")


def _pt(value: float) -> str:
    return f"{value:g} pt"


class PageSizeA4(Rule):
    """## What it does
    Checks that a DOCX document is set on A4 paper (210 × 297 mm), portrait.

    ## Why it matters
    Decree 30 prints every administrative document on A4 (landscape only for wide
    tables put in annexes); A5 and Letter sizes are not allowed. Guideline 36 also
    asks for A4.

    ## Example
    ```text
    page 215.9 × 279.4 mm (US Letter)
    ```

    ## Use instead
    ```text
    page 210 × 297 mm (A4), portrait
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục I.4

    Guideline 36-HD/VPTW (secondary sources): A4. Only DOCX input carries a page size.
    """

    code = "VN001"
    name = "page-size-a4"
    families = BOTH
    level = MappingProxyType({"state": "error", "hd36": "warning", "hd05": "error"})
    evidence = MappingProxyType({"state": "C", "hd36": "S", "hd05": "C"})
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục I.4", "hd36": "(secondary sources)", "hd05": "Phần II, mục IV.3–4"})

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        fmt = formatting(view)
        if fmt is None:
            return
        for where, page, at, origin in _sections(view, fmt):
            w, h = page.width_mm, page.height_mm
            if w is None or h is None:
                continue
            short, long = sorted((w, h))
            if abs(short - A4[0]) > PAGE_TOLERANCE or abs(long - A4[1]) > PAGE_TOLERANCE:
                yield Finding(f"{where}page is {w:g} × {h:g} mm, not A4 (210 × 297 mm)", at, fix="set the paper size to A4", origin=origin)
            elif w > h:
                yield Finding(f"{where}page is A4 landscape; the document is portrait", at, fix="set the orientation to portrait", origin=origin)


class PageMargins(Rule):
    """## What it does
    Checks the page margins of a DOCX document: top 20–25 mm, bottom 20–25 mm, left
    30–35 mm, right 15–20 mm.

    ## Why it matters
    The wide left margin leaves room for binding and filing; Decree 30 fixes each
    margin to a range, and Guideline 36 uses 20/20/30/15 mm, inside those ranges.

    ## Example
    ```text
    margins top 25.4, bottom 25.4, left 31.8, right 31.8 mm (Word's default)
    ```

    ## Use instead
    ```text
    margins top 20, bottom 20, left 30, right 15 mm
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục I.5

    Guideline 36-HD/VPTW (secondary sources): 20/20/30/15 mm. One finding per margin
    out of range.
    """

    code = "VN002"
    name = "page-margins"
    families = BOTH
    level = ERROR_STATE_WARNING_PARTY
    evidence = MappingProxyType({"state": "C", "hd36": "S", "hd05": "C"})
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục I.5", "hd36": "(secondary sources)", "hd05": "Phần II, mục IV.4"})

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        fmt = formatting(view)
        if fmt is None:
            return
        for where, page, at, origin in _sections(view, fmt):
            for side, (low, high) in MARGINS.items():
                value = getattr(page, f"{side}_mm")
                if value is None:
                    continue
                if value < low - MARGIN_TOLERANCE or value > high + MARGIN_TOLERANCE:
                    yield Finding(
                        f"{where}{side} margin is {value:g} mm, outside {low:g}–{high:g} mm",
                        at,
                        fix=f"set the {side} margin to {low:g}–{high:g} mm",
                        origin=origin,
                    )


class FontTimesNewRoman(Rule):
    """## What it does
    Checks that the text of a DOCX document is set in Times New Roman. One finding
    per other font, at the first paragraph that uses it.

    ## Why it matters
    Decree 30 requires the Unicode font Times New Roman (TCVN 6909:2001) for the
    whole document; Guideline 36 asks the same. Other fonts change the layout and,
    for the old ``.VnTime`` fonts, the encoding.

    ## Example
    ```text
    Arial 10 pt
    ```

    ## Use instead
    ```text
    Times New Roman 14 pt
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục I.2

    Guideline 36-HD/VPTW (secondary sources): TCVN 6909:2001, Times New Roman.
    A font given only through the document's theme cannot be told and is not reported.
    """

    code = "VN003"
    name = "font-times-new-roman"
    families = BOTH
    level = MappingProxyType({"state": "error", "hd36": "warning", "hd05": "error"})
    evidence = MappingProxyType({"state": "C", "hd36": "S", "hd05": "C"})
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục I.2", "hd36": "(secondary sources)", "hd05": "Phần II, mục IV.1"})

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        fmt = formatting(view)
        if fmt is None:
            return
        reported: set[str] = set()
        for para in fmt.paragraphs:
            for font in para.fonts:
                if font.lower() == FONT.lower() or font in reported:
                    continue
                reported.add(font)
                count = sum(1 for p in fmt.paragraphs if font in p.fonts)
                piece = view.piece(para.line, para.start, para.end)
                loc = piece.loc() if piece is not None else view.line_loc(para.line)
                yield Finding(
                    f"font {font!r} in {count} paragraph(s), not {FONT}",
                    loc,
                    fix=f"set the text in {FONT}",
                )


class ComponentFontSize(Rule):
    """## What it does
    Checks the font size of each component of a DOCX state document: national title
    12–13 pt, motto 13–14, issuer 12–13, number 13, place and date 13–14, type name and
    trích yếu 13–14 ("V/v" trích yếu 12–13), "Nơi nhận:" 12 and its list 11, the
    signer's authority, title and name 13–14, the body 13–14.

    ## Why it matters
    The sizes of Phụ lục I keep the header, title and signature in proportion and the
    body readable; a document set in other sizes does not follow the form.

    ## Example
    ```text
    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM     (10 pt)
    ```

    ## Use instead
    ```text
    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM     (12 or 13 pt)
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II and mục V (sizes of each component)

    The body is reported once, at its first paragraph out of range.
    """

    code = "VN004"
    name = "component-font-size"
    families = STATE

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        fmt = formatting(view)
        if fmt is None:
            return
        for style, piece, para in components(view, fmt):
            low, high = style.sizes
            if para.size is not None and not low <= para.size <= high:
                want = _pt(low) if low == high else f"{low:g}–{high:g} pt"
                yield Finding(f"{style.label} is {_pt(para.size)}, not {want}", piece.loc(), fix=f"set it in {want}")
        body = [(p, f) for kind in ("body", "preamble") for p, f in formats_of(view, fmt, kind)]
        wrong = [(p, f) for p, f in body if f.size is not None and not in_range(f.size, BODY_SIZES)]
        if wrong:
            piece, para = min(wrong, key=lambda pf: (pf[0].line, pf[0].start))
            yield Finding(
                f"body text is {_pt(para.size or 0)} ({len(wrong)} paragraph(s)), not 13–14 pt",
                piece.loc(),
                fix="set the body in 13 or 14 pt",
            )


class ComponentFontStyle(Rule):
    """## What it does
    Checks the weight and slant of each component of a DOCX state document: the
    national title, motto, issuer name, type name, trích yếu (not "V/v"), the signer's
    authority, title and name in bold; the place and date line in italic; "Nơi nhận:"
    in bold italic; the number, the parent body and a "V/v" trích yếu upright.

    ## Why it matters
    Bold and italic mark the components of the form (Phụ lục I, mục V); a document
    with plain headings or an upright date line does not follow it.

    ## Example
    ```text
    Hà Nội, ngày 05 tháng 3 năm 2024      (upright)
    ```

    ## Use instead
    ```text
    Hà Nội, ngày 05 tháng 3 năm 2024      (italic)
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II and mục V (style of each component)

    Each component is reported where its paragraph is; the weight or slant is the one
    of most of the paragraph's text.
    """

    code = "VN005"
    name = "component-font-style"
    families = STATE

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        fmt = formatting(view)
        if fmt is None:
            return
        for style, piece, para in components(view, fmt):
            label, bold, italic = style.label, style.bold, style.italic
            if bold is not None and para.bold is not None and para.bold != bold:
                want = "bold" if bold else "not bold"
                yield Finding(f"{label} is {'bold' if para.bold else 'not bold'}; the form sets it {want}", piece.loc(), fix=f"make it {want}")
            if italic is not None and para.italic is not None and para.italic != italic:
                want = "italic" if italic else "upright"
                yield Finding(f"{label} is {'italic' if para.italic else 'upright'}; the form sets it {want}", piece.loc(), fix=f"make it {want}")


class FirstLineIndent(Rule):
    """## What it does
    Checks that the paragraphs of the body of a DOCX state document have a first-line
    indent of 1 cm or 1.27 cm. Reported once, at the first paragraph without it.

    ## Why it matters
    Decree 30 sets the body's paragraphs with a first-line indent of 1 or 1.27 cm
    (567 or 720 twips), justified.

    ## Example
    ```text
    Theo báo cáo của các địa phương...      (no indent)
    ```

    ## Use instead
    ```text
          Theo báo cáo của các địa phương...  (first line indented 1.27 cm)
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.6 (nội dung)

    Centred paragraphs, table cells and short lines (under 40 characters) are left out.
    """

    code = "VN006"
    name = "first-line-indent"
    families = STATE

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        fmt = formatting(view)
        if fmt is None:
            return
        wrong = [
            (p, f)
            for p, f in body_paragraphs(view, fmt)
            if f.first_line_indent_cm is None or not in_range(f.first_line_indent_cm, INDENT_CM)
        ]
        if wrong:
            piece, para = wrong[0]
            have = "none" if para.first_line_indent_cm is None else f"{para.first_line_indent_cm:g} cm"
            yield Finding(
                f"body paragraph first-line indent is {have} ({len(wrong)} paragraph(s)), not 1–1.27 cm",
                piece.loc(),
                fix="indent the first line of each body paragraph by 1 cm or 1.27 cm",
            )


class LineSpacing(Rule):
    """## What it does
    Checks the line spacing of the body of a DOCX document: for a state document from
    single to 1.5 lines (or, when set in points, 13–24 pt); for a Party document set
    "Exactly" (Word's fixed line height), at least 18 pt under Guideline 36 and
    18–22 pt under Guideline 05. Reported once, at the first paragraph out of range.

    ## Why it matters
    Decree 30 sets the body's line spacing between single and 1.5 lines; tighter text
    is hard to read, looser text spreads the document over more pages. The Party
    guidelines fix the line height instead: Guideline 36 "at least 18 pt, Exactly";
    Guideline 05 adds an upper bound, 18–22 pt (its text and one summary agree). A
    proportional spacing ("single", "1.5 lines") or "At least" lets the line height
    follow the font, which the Party form does not.

    ## Example
    ```text
    line spacing: double                    (state document)
    line spacing: 1.5 lines                 (Party document)
    line spacing: Exactly 24 pt             (Party document from 27/5/2026)
    ```

    ## Use instead
    ```text
    line spacing: single (or up to 1.5 lines)
    line spacing: Exactly 18 pt (18–22 pt)
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.6 (nội dung); HD 36-HD/VPTW (secondary sources); HD 05-HD/VPTW, Phần II, mục I.6.2.2

    Guideline 36's "at least 18 pt, Exactly" is known from secondary summaries (a
    warning); Guideline 05's 18–22 pt from its text and one summary. Body paragraphs are those of running text: not in a table, not
    centred, 40 characters or more. In a state document a spacing set nowhere (Word's
    single) passes; in a Party document it is reported.
    """

    code = "VN007"
    name = "line-spacing"
    families = BOTH
    level = MappingProxyType({"state": "error", "hd36": "warning", "hd05": "error"})
    evidence = MappingProxyType({"state": "C", "hd36": "S", "hd05": "C"})
    guidelines = MappingProxyType(
        {"nd30": "Phụ lục I, mục II.6", "hd36": "(secondary sources)", "hd05": "Phần II, mục I.6.2.2"}
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        fmt = formatting(view)
        if fmt is None:
            return
        # family unknown: report only what every guideline of the rule refuses
        guidelines = [view.guideline] if view.guideline else list(self.enforces)
        for piece, para in body_paragraphs(view, fmt):
            faults = [line_spacing_fault(para, g) for g in guidelines]
            if not all(faults):
                continue
            want = line_spacing_wanted(guidelines[0])
            yield Finding(
                f"body line spacing is {faults[0]}, not {want}",
                piece.loc(),
                fix=f"set the body's line spacing: {want}",
            )
            return


class PageNumbers(Rule):
    """## What it does
    Checks that a DOCX document of more than one page numbers its pages in the header
    (centred in the top margin) and not on the first page.

    ## Why it matters
    Decree 30 puts the page number in Arabic numerals, centred in the top margin, from
    the second page on; Guideline 36 does the same. A number in the footer, or on page
    1, does not follow the form; a long document without numbers cannot be checked
    for missing pages.

    ## Example
    ```text
    page numbers in the footer, shown on page 1
    ```

    ## Use instead
    ```text
    a PAGE field in the header, "different first page" set
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục I.6

    Guideline 36-HD/VPTW (secondary sources): 14 pt, top centre, not on page 1. The
    page count is not known from the file: a document of fewer than 40 lines is taken
    as one page and not checked for a missing number.
    """

    code = "VN008"
    name = "page-numbers"
    families = BOTH
    level = "warning"
    evidence = MappingProxyType({"state": "C", "hd36": "S", "hd05": "C"})
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục I.6", "hd36": "(secondary sources)", "hd05": "Phần II, mục IV.5"})

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        fmt = formatting(view)
        if fmt is None:
            return
        page = fmt.page
        if page.page_numbers is None:
            if view.doc.line_count >= 40:
                yield Finding("no page numbers", _top(view), fix="add a PAGE field, centred in the header", origin=PAGE_SETUP)
            return
        if page.page_numbers == "footer":
            yield Finding("page numbers are in the footer, not the top margin", _top(view), fix="move the PAGE field to the header", origin=PAGE_SETUP)
        if not page.title_page:
            yield Finding("the page number is shown on the first page", _top(view), fix="set 'different first page' so page 1 has no number", origin=PAGE_SETUP)


__all__ = [
    "ComponentFontSize",
    "ComponentFontStyle",
    "FirstLineIndent",
    "FontTimesNewRoman",
    "LineSpacing",
    "PageMargins",
    "PageNumbers",
    "PageSizeA4",
]
