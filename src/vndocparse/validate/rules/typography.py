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

from vndocparse.i18n import phrases
from vndocparse.readers.source import Formatting, PageSetup
from vndocparse.validate.context import DocView
from vndocparse.validate.diagnostics import Location, Origin
from vndocparse.validate.registry import (
    BOTH,
    CONFIRMED_UNLESS_HD36,
    ERROR_STATE_WARNING_PARTY,
    ERROR_UNLESS_HD36,
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


def _sections(view: DocView, fmt: Formatting) -> Iterator[tuple[int | None, PageSetup, Location, Origin]]:
    """Each section's page setup (issue 13: a US Letter second section was not
    checked), with its number for messages (None for a one-section file), the location
    of its first line and its origin."""
    pages = fmt.pages()
    for page in pages:
        n = page.section + 1
        first = page.first_line if page.first_line is not None and page.first_line <= view.doc.line_count else None
        at = view.line_loc(first) if first else _top(view)
        origin = PAGE_SETUP if n == 1 else Origin(section=n, text=f"page set-up of section {n}")
        yield (n if len(pages) > 1 else None), page, at, origin


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
    level = ERROR_UNLESS_HD36
    evidence = CONFIRMED_UNLESS_HD36
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục I.4", "hd36": "(secondary sources)", "hd05": "Phần II, mục IV.3–4"})
    summary_vi = "Kiểm tra văn bản DOCX được trình bày trên khổ giấy A4 (210 × 297 mm), theo chiều dọc."
    messages = phrases(
        size=(
            "page is {w:g} × {h:g} mm, not A4 (210 × 297 mm)",
            "khổ giấy {w:g} × {h:g} mm, không phải khổ A4 (210 × 297 mm)",
        ),
        size_fix=("set the paper size to A4", "chọn khổ giấy A4"),
        landscape=(
            "page is A4 landscape; the document is portrait",
            "trang A4 đặt theo chiều ngang; văn bản trình bày theo chiều dọc",
        ),
        landscape_fix=("set the orientation to portrait", "đặt hướng trang theo chiều dọc (Portrait)"),
        size_in=(
            "section {n}: page is {w:g} × {h:g} mm, not A4 (210 × 297 mm)",
            "phần (section) {n}: khổ giấy {w:g} × {h:g} mm, không phải khổ A4 (210 × 297 mm)",
        ),
        landscape_in=(
            "section {n}: page is A4 landscape; the document is portrait",
            "phần (section) {n}: trang A4 đặt theo chiều ngang; văn bản trình bày theo chiều dọc",
        ),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        fmt = formatting(view)
        if fmt is None:
            return
        for n, page, at, origin in _sections(view, fmt):
            w, h = page.width_mm, page.height_mm
            if w is None or h is None:
                continue
            short, long = sorted((w, h))
            if abs(short - A4[0]) > PAGE_TOLERANCE or abs(long - A4[1]) > PAGE_TOLERANCE:
                size = self.msg("size_in", n=n, w=w, h=h) if n else self.msg("size", w=w, h=h)
                yield Finding(size, at, fix=self.msg("size_fix"), origin=origin)
            elif w > h:
                landscape = self.msg("landscape_in", n=n) if n else self.msg("landscape")
                yield Finding(landscape, at, fix=self.msg("landscape_fix"), origin=origin)


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
    evidence = CONFIRMED_UNLESS_HD36
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục I.5", "hd36": "(secondary sources)", "hd05": "Phần II, mục IV.4"})
    summary_vi = (
        "Kiểm tra lề trang của văn bản DOCX: lề trên 20–25 mm, lề dưới 20–25 mm, lề trái "
        "30–35 mm, lề phải 15–20 mm."
    )
    messages = phrases(
        margin=(
            "{side} margin is {value:g} mm, outside {low:g}–{high:g} mm",
            "lề {side} là {value:g} mm, ngoài khoảng {low:g}–{high:g} mm",
        ),
        margin_fix=(
            "set the {side} margin to {low:g}–{high:g} mm",
            "đặt lề {side} trong khoảng {low:g}–{high:g} mm",
        ),
        top=("top", "trên"),
        bottom=("bottom", "dưới"),
        left=("left", "trái"),
        right=("right", "phải"),
        margin_in=(
            "section {n}: {side} margin is {value:g} mm, outside {low:g}–{high:g} mm",
            "phần (section) {n}: lề {side} là {value:g} mm, ngoài khoảng {low:g}–{high:g} mm",
        ),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        fmt = formatting(view)
        if fmt is None:
            return
        sides = {
            "top": self.msg("top"),
            "bottom": self.msg("bottom"),
            "left": self.msg("left"),
            "right": self.msg("right"),
        }
        for n, page, at, origin in _sections(view, fmt):
            for side, (low, high) in MARGINS.items():
                value = getattr(page, f"{side}_mm")
                if value is None:
                    continue
                if value < low - MARGIN_TOLERANCE or value > high + MARGIN_TOLERANCE:
                    found = {"side": sides[side], "value": value, "low": low, "high": high}
                    yield Finding(
                        self.msg("margin_in", n=n, **found) if n else self.msg("margin", **found),
                        at,
                        fix=self.msg("margin_fix", side=sides[side], low=low, high=high),
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
    level = ERROR_UNLESS_HD36
    evidence = CONFIRMED_UNLESS_HD36
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục I.2", "hd36": "(secondary sources)", "hd05": "Phần II, mục IV.1"})
    summary_vi = "Kiểm tra văn bản DOCX dùng phông chữ Times New Roman."
    messages = phrases(
        font=(
            "font {font!r} in {count} paragraph(s), not {wanted}",
            "phông chữ {font!r} ở {count} đoạn văn, không phải {wanted}",
        ),
        font_fix=("set the text in {wanted}", "dùng phông chữ {wanted} cho toàn văn bản"),
    )

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
                    self.msg("font", font=font, count=count, wanted=FONT),
                    loc,
                    fix=self.msg("font_fix", wanted=FONT),
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
    summary_vi = (
        "Kiểm tra cỡ chữ của từng thành phần văn bản hành chính dạng DOCX: Quốc hiệu "
        "12–13 pt, Tiêu ngữ 13–14, tên cơ quan, tổ chức ban hành 12–13, số, ký hiệu 13, địa "
        "danh và thời gian ban hành 13–14, tên loại và trích yếu nội dung 13–14 (trích yếu "
        "\"V/v\" 12–13), \"Nơi nhận:\" 12 và danh sách nơi nhận 11, quyền hạn, chức vụ, họ "
        "tên người ký 13–14, phần nội dung 13–14."
    )
    messages = phrases(
        size=("{label} is {size}, not {wanted}", "{label} cỡ chữ {size}, không phải {wanted}"),
        size_fix=("set it in {wanted}", "đặt cỡ chữ {wanted}"),
        body=(
            "body text is {size} ({count} paragraph(s)), not 13–14 pt",
            "phần nội dung cỡ chữ {size} ({count} đoạn văn), không phải 13–14 pt",
        ),
        body_fix=("set the body in 13 or 14 pt", "đặt cỡ chữ phần nội dung 13 hoặc 14 pt"),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        fmt = formatting(view)
        if fmt is None:
            return
        for style, piece, para in components(view, fmt):
            low, high = style.sizes
            if para.size is not None and not low <= para.size <= high:
                want = _pt(low) if low == high else f"{low:g}–{high:g} pt"
                yield Finding(
                    self.msg("size", label=style.label, size=_pt(para.size), wanted=want),
                    piece.loc(),
                    fix=self.msg("size_fix", wanted=want),
                )
        body = [(p, f) for kind in ("body", "preamble") for p, f in formats_of(view, fmt, kind)]
        wrong = [(p, f) for p, f in body if f.size is not None and not in_range(f.size, BODY_SIZES)]
        if wrong:
            piece, para = min(wrong, key=lambda pf: (pf[0].line, pf[0].start))
            yield Finding(
                self.msg("body", size=_pt(para.size or 0), count=len(wrong)),
                piece.loc(),
                fix=self.msg("body_fix"),
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
    summary_vi = (
        "Kiểm tra chữ đậm, chữ nghiêng của từng thành phần văn bản hành chính dạng DOCX: "
        "Quốc hiệu, Tiêu ngữ, tên cơ quan, tổ chức ban hành, tên loại, trích yếu nội dung "
        "(trừ \"V/v\"), quyền hạn, chức vụ, họ tên người ký in đậm; địa danh và thời gian "
        "ban hành in nghiêng; \"Nơi nhận:\" in nghiêng, đậm; số, ký hiệu, cơ quan chủ quản "
        "và trích yếu \"V/v\" chữ đứng."
    )
    messages = phrases(
        style=(
            "{label} is {have}; the form sets it {wanted}",
            "{label} đang là {have}; theo mẫu phải là {wanted}",
        ),
        style_fix=("make it {wanted}", "chuyển thành {wanted}"),
        bold=("bold", "chữ đậm"),
        not_bold=("not bold", "chữ không đậm"),
        italic=("italic", "chữ nghiêng"),
        upright=("upright", "chữ đứng"),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        fmt = formatting(view)
        if fmt is None:
            return
        weight = {True: self.msg("bold"), False: self.msg("not_bold")}
        slant = {True: self.msg("italic"), False: self.msg("upright")}
        for style, piece, para in components(view, fmt):
            label, bold, italic = style.label, style.bold, style.italic
            for wanted, have, words in ((bold, para.bold, weight), (italic, para.italic, slant)):
                if wanted is not None and have is not None and have != wanted:
                    yield Finding(
                        self.msg("style", label=label, have=words[have], wanted=words[wanted]),
                        piece.loc(),
                        fix=self.msg("style_fix", wanted=words[wanted]),
                    )


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
    summary_vi = (
        "Kiểm tra các đoạn văn trong phần nội dung của văn bản hành chính dạng DOCX lùi "
        "đầu dòng 1 cm hoặc 1,27 cm."
    )
    messages = phrases(
        indent=(
            "body paragraph first-line indent is {have} ({count} paragraph(s)), not 1–1.27 cm",
            "đoạn văn phần nội dung lùi đầu dòng {have} ({count} đoạn văn), không phải 1–1.27 cm",
        ),
        no_indent=(
            "body paragraph first-line indent is none ({count} paragraph(s)), not 1–1.27 cm",
            "đoạn văn phần nội dung không lùi đầu dòng ({count} đoạn văn), phải lùi 1–1.27 cm",
        ),
        indent_fix=(
            "indent the first line of each body paragraph by 1 cm or 1.27 cm",
            "lùi đầu dòng mỗi đoạn văn phần nội dung 1 cm hoặc 1.27 cm",
        ),
    )

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
            indent = para.first_line_indent_cm
            yield Finding(
                self.msg("no_indent", count=len(wrong))
                if indent is None
                else self.msg("indent", have=f"{indent:g} cm", count=len(wrong)),
                piece.loc(),
                fix=self.msg("indent_fix"),
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
    level = ERROR_UNLESS_HD36
    evidence = CONFIRMED_UNLESS_HD36
    guidelines = MappingProxyType(
        {"nd30": "Phụ lục I, mục II.6", "hd36": "(secondary sources)", "hd05": "Phần II, mục I.6.2.2"}
    )
    summary_vi = (
        "Kiểm tra giãn dòng của phần nội dung văn bản DOCX: văn bản hành chính từ dòng đơn "
        "đến 1,5 dòng (hoặc 13–24 pt nếu đặt theo điểm); văn bản của Đảng đặt kiểu "
        "\"Exactly\" (chiều cao dòng cố định của Word), tối thiểu 18 pt theo Hướng dẫn 36 "
        "và 18–22 pt theo Hướng dẫn 05."
    )
    messages = phrases(
        spacing=(
            "body line spacing is {have}, not {wanted}",
            "giãn dòng phần nội dung là {have}, không phải {wanted}",
        ),
        spacing_fix=("set the body's line spacing: {wanted}", "đặt giãn dòng phần nội dung: {wanted}"),
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
                self.msg("spacing", have=faults[0], wanted=want),
                piece.loc(),
                fix=self.msg("spacing_fix", wanted=want),
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
    evidence = CONFIRMED_UNLESS_HD36
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục I.6", "hd36": "(secondary sources)", "hd05": "Phần II, mục IV.5"})
    summary_vi = (
        "Kiểm tra văn bản DOCX có từ hai trang trở lên được đánh số trang ở phần đầu trang "
        "(căn giữa lề trên) và không đánh số ở trang đầu."
    )
    messages = phrases(
        none=("no page numbers", "không đánh số trang"),
        none_fix=(
            "add a PAGE field, centred in the header",
            "chèn trường PAGE, căn giữa ở phần đầu trang (Header)",
        ),
        footer=(
            "page numbers are in the footer, not the top margin",
            "số trang đặt ở chân trang, không phải ở lề trên",
        ),
        footer_fix=("move the PAGE field to the header", "chuyển trường PAGE lên phần đầu trang (Header)"),
        first_page=("the page number is shown on the first page", "trang đầu có đánh số trang"),
        first_page_fix=(
            "set 'different first page' so page 1 has no number",
            "chọn 'Different first page' (trang đầu khác) để trang 1 không có số trang",
        ),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        fmt = formatting(view)
        if fmt is None:
            return
        page = fmt.page
        if page.page_numbers is None:
            if view.doc.line_count >= 40:
                yield Finding(self.msg("none"), _top(view), fix=self.msg("none_fix"), origin=PAGE_SETUP)
            return
        if page.page_numbers == "footer":
            yield Finding(self.msg("footer"), _top(view), fix=self.msg("footer_fix"), origin=PAGE_SETUP)
        if not page.title_page:
            yield Finding(
                self.msg("first_page"), _top(view), fix=self.msg("first_page_fix"), origin=PAGE_SETUP
            )


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
