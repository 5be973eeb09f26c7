"""VN012–VN017: how the paragraphs of a DOCX state document are set — the header parts
centred, the spacing between body paragraphs and inside the header, the căn cứ lines
in italic, the "Điều" headings in bold.

Like the other typography rules (`typography`), they read the DOCX formatting kept
with the document and report nothing on text, PDF or HTML input (the run's summary
says they were not applicable). The expected values are those of
`vndocparse.validate.typeset`, which ``vndocparse fix`` sets. Conservative by design:
a paragraph whose value is not set anywhere is read as Word shows it (left aligned,
no spacing), and one that holds two header parts side by side (a tab between them)
is not checked for alignment.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

import regex

from vndocparse.i18n import phrases
from vndocparse.validate.context import DocView
from vndocparse.validate.registry import STATE, Finding, Rule, RuleOptions
from vndocparse.validate.typeset import (
    HEADER_LINE_SPACING,
    HEADER_LINE_SPACING_PT,
    LINE_SPACING_WORDS,
    PARAGRAPH_SPACE_PT,
    STYLES,
    body_paragraphs,
    components,
    formats_of,
    formatting,
    own_paragraph,
)

#: A căn cứ line ("Căn cứ Luật ...") as the parser's preamble holds it.
CAN_CU = regex.compile(r"^[-–+•*\s]*căn\s+cứ\b", regex.IGNORECASE)
#: An article's heading: "Điều 1." (VN811 checks its form).
ARTICLE = regex.compile(r"^[*_#\s]*Điều\s+\d+")


#: The messages of the two centring rules (VN012, VN013), which `_centring` builds.
_CENTRING = {
    "aligned": ("{label} is aligned {have}; the form centres it", "{label} căn {have}; theo mẫu phải căn giữa"),
    "centre_fix": ("centre the paragraph", "căn giữa đoạn văn"),
    "left": ("left", "trái"),
    "right": ("right", "phải"),
    "justify": ("justify", "đều hai bên"),
    "unset": ("left (not set)", "trái (chưa đặt)"),
}


def _centring(view: DocView, evidence: str, rule: type[Rule]) -> Iterator[Finding]:
    fmt = formatting(view)
    if fmt is None:
        return
    alignments = {
        "left": rule.msg("left"),
        "right": rule.msg("right"),
        "justify": rule.msg("justify"),
        None: rule.msg("unset"),
    }
    for style, piece, para in components(view, fmt):
        if not style.centred or style.evidence != evidence or not own_paragraph(piece, para):
            continue
        if para.alignment != "center":
            have = alignments.get(para.alignment, para.alignment)
            yield Finding(
                rule.msg("aligned", label=style.label, have=have),
                piece.loc(),
                fix=rule.msg("centre_fix"),
            )


class TitleCentred(Rule):
    """## What it does
    Checks that the type name and the trích yếu of a DOCX state document are centred.

    ## Why it matters
    Decree 30 places the type name and the trích yếu (ô 5a) centred below the header; a
    title set flush left breaks the layout of the page.

    ## Example
    ```text
    QUYẾT ĐỊNH                         (aligned left)
    ```

    ## Use instead
    ```text
                 QUYẾT ĐỊNH            (centred)
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục IV (ô 5a) — layout rules §1.1

    A công văn's "V/v" trích yếu (ô 5b, under the number) is not checked here.
    """

    code = "VN012"
    name = "title-centred"
    families = STATE
    summary_vi = (
        "Kiểm tra tên loại văn bản và trích yếu nội dung của văn bản hành chính dạng DOCX "
        "được căn giữa."
    )
    messages = phrases(**_CENTRING)

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        yield from _centring(view, "C", type(self))


class HeaderCentred(Rule):
    """## What it does
    Checks that the parts of the header of a DOCX state document are centred in their
    column: the issuer block, the national title and motto, the place and date line.

    ## Why it matters
    In the layout of Decree 30 (Phụ lục I, mục IV) each column of the header is centred
    on itself: the issuer over its short rule, the motto under the national title, the
    date line under the motto. A header set flush left looks unlike the form.

    ## Example
    ```text
    | ỦY BAN NHÂN DÂN          |  (aligned left in its cell)
    ```

    ## Use instead
    ```text
    |    ỦY BAN NHÂN DÂN       |  (centred in its cell)
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục IV (ô 1, 2, 4) — layout rules §1.1, §1.8

    The centring of these parts is shown by the decree's layout, not stated in words
    in the spec's sources: a warning. A paragraph that holds two parts side by side
    (issuer and national title joined by a tab) is not checked.
    """

    code = "VN013"
    name = "header-centred"
    families = STATE
    level = "warning"
    evidence = "S"
    summary_vi = (
        "Kiểm tra các thành phần ở phần đầu văn bản hành chính dạng DOCX được căn giữa "
        "trong cột của mình: tên cơ quan, tổ chức ban hành, Quốc hiệu và Tiêu ngữ, địa danh "
        "và thời gian ban hành."
    )
    messages = phrases(**_CENTRING)

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        yield from _centring(view, "S", type(self))


class ParagraphSpacing(Rule):
    """## What it does
    Checks that the paragraphs of the body of a DOCX state document are at least 6 pt
    apart (the space after one plus the space before the next). Reported once, at the
    first pair too close, with the count.

    ## Why it matters
    Decree 30 sets a space of at least 6 pt between the paragraphs of the body; without
    it, paragraphs run together and are only told apart by their indent.

    ## Example
    ```text
    spacing before 0 pt, after 0 pt
    ```

    ## Use instead
    ```text
    spacing after 6 pt
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.6 (nội dung) — layout rules §1.8

    Only running text is looked at (not table cells, centred headings or lines under
    40 characters); spacing not set anywhere counts as 0 pt.
    """

    code = "VN014"
    name = "paragraph-spacing"
    families = STATE
    requires = ("docx", "body")
    summary_vi = (
        "Kiểm tra các đoạn văn trong phần nội dung của văn bản hành chính dạng DOCX cách "
        "nhau tối thiểu 6 pt (khoảng cách sau đoạn trên cộng khoảng cách trước đoạn dưới)."
    )
    messages = phrases(
        tight=(
            "body paragraphs are {space:g} pt apart ({count} place(s)), not at least {least:g} pt",
            "các đoạn văn phần nội dung cách nhau {space:g} pt ({count} chỗ), chưa đủ tối thiểu {least:g} pt",
        ),
        tight_fix=(
            "set the space after each body paragraph to {least:g} pt",
            "đặt khoảng cách sau mỗi đoạn văn phần nội dung là {least:g} pt",
        ),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        fmt = formatting(view)
        if fmt is None:
            return
        paras = body_paragraphs(view, fmt)
        tight = []
        for (_, prev), (piece, para) in pairwise(paras):
            if para.line != prev.line + 1:
                continue  # not neighbours: a heading or a blank paragraph between
            space = (prev.space_after_pt or 0.0) + (para.space_before_pt or 0.0)
            if space < PARAGRAPH_SPACE_PT:
                tight.append((piece, space))
        if tight:
            piece, space = tight[0]
            yield Finding(
                self.msg("tight", space=space, count=len(tight), least=PARAGRAPH_SPACE_PT),
                piece.loc(),
                fix=self.msg("tight_fix", least=PARAGRAPH_SPACE_PT),
            )


class HeaderLineSpacing(Rule):
    """## What it does
    Checks that the national title and the motto of a DOCX state document are set in
    single line spacing.

    ## Why it matters
    Decree 30 sets the motto single-spaced under the national title (Phụ lục I, mục V);
    1.5 or double spacing pulls the two lines apart and pushes the header down.

    ## Example
    ```text
    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM      (line spacing 1.5)
    ```

    ## Use instead
    ```text
    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM      (line spacing single)
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục V (Tiêu ngữ) — layout rules §1.8

    Word's 1.15 (its newer "single") and exact spacing up to 18 pt are accepted.
    """

    code = "VN015"
    name = "header-line-spacing"
    families = STATE
    summary_vi = (
        "Kiểm tra Quốc hiệu và Tiêu ngữ của văn bản hành chính dạng DOCX được trình bày "
        "với giãn dòng đơn."
    )
    messages = phrases(
        spacing=(
            "{label} line spacing is {have}, not single",
            "{label} giãn dòng {have}, không phải dòng đơn",
        ),
        spacing_fix=("set single line spacing", "đặt giãn dòng đơn (Single)"),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        fmt = formatting(view)
        if fmt is None:
            return
        for role in ("national_title", "motto"):
            label = STYLES[("header", role)].label
            for piece, para in formats_of(view, fmt, "header", role):
                if para.line_spacing is not None and para.line_spacing > HEADER_LINE_SPACING + 0.01:
                    have = LINE_SPACING_WORDS["lines"](n=para.line_spacing)
                elif para.line_spacing_pt is not None and para.line_spacing_pt > HEADER_LINE_SPACING_PT:
                    have = LINE_SPACING_WORDS["points"](n=para.line_spacing_pt)
                else:
                    continue
                yield Finding(
                    self.msg("spacing", label=label, have=have),
                    piece.loc(),
                    fix=self.msg("spacing_fix"),
                )


class CanCuItalic(Rule):
    """## What it does
    Checks that the căn cứ lines of a DOCX state document ("Căn cứ Luật ...") are in
    italic.

    ## Why it matters
    Decree 30 sets the legal bases of a decision in italic, one per line, so that they
    stand apart from the decision itself.

    ## Example
    ```text
    Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;   (upright)
    ```

    ## Use instead
    ```text
    Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;   (italic)
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.6 (căn cứ ban hành) — layout rules §1.8

    The slant is that of most of the paragraph's text.
    """

    code = "VN016"
    name = "can-cu-italic"
    families = STATE
    requires = ("docx", "can_cu")
    summary_vi = (
        "Kiểm tra các dòng căn cứ của văn bản hành chính dạng DOCX (\"Căn cứ Luật ...\") "
        "được trình bày bằng chữ nghiêng."
    )
    messages = phrases(
        upright=(
            "căn cứ line is upright; the form sets it in italic",
            "dòng căn cứ là chữ đứng; theo mẫu phải là chữ nghiêng",
        ),
        upright_fix=("make it italic", "chuyển thành chữ nghiêng"),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        fmt = formatting(view)
        if fmt is None:
            return
        for piece, para in formats_of(view, fmt, "preamble", "can_cu"):
            if CAN_CU.match(para.text) and para.italic is False:
                yield Finding(self.msg("upright"), piece.loc(), fix=self.msg("upright_fix"))


class ArticleHeadingBold(Rule):
    """## What it does
    Checks that the heading of each article of a DOCX state document ("Điều 1.") is in
    bold. The text that follows on the same line may be upright.

    ## Why it matters
    Decree 30 sets "Điều", its number and its title in bold, so that a reader finds
    each article at a glance.

    ## Example
    ```text
    Điều 1. Thành lập Tổ công tác...     ("Điều 1." upright)
    ```

    ## Use instead
    ```text
    **Điều 1.** Thành lập Tổ công tác... ("Điều 1." bold)
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.6 (bố cục: điều) — layout rules §1.8 Headings

    The weight is that of the paragraph's first run with text.
    """

    code = "VN017"
    name = "article-heading-bold"
    families = STATE
    requires = ("docx", "body")
    summary_vi = (
        "Kiểm tra tiêu đề của mỗi điều trong văn bản hành chính dạng DOCX (\"Điều 1.\") "
        "được trình bày bằng chữ đậm."
    )
    messages = phrases(
        not_bold=(
            "'{heading}' is not bold; the form sets an article's heading in bold",
            "'{heading}' không in đậm; theo mẫu, tiêu đề của điều phải là chữ đậm",
        ),
        not_bold_fix=(
            "make 'Điều' and its number bold",
            "in đậm từ 'Điều' và số thứ tự của điều",
        ),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        fmt = formatting(view)
        if fmt is None:
            return
        for piece in view.body_heads:
            m = ARTICLE.match(piece.text)
            if m is None:
                continue
            para = fmt.at(piece.line, piece.start, piece.end)
            if para is None or para.in_table or para.lead_bold is not False:
                continue
            end = m.end()
            yield Finding(
                self.msg("not_bold", heading=piece.text[:end].strip()),
                piece.loc(0, end),
                fix=self.msg("not_bold_fix"),
            )


__all__ = [
    "ArticleHeadingBold",
    "CanCuItalic",
    "HeaderCentred",
    "HeaderLineSpacing",
    "ParagraphSpacing",
    "TitleCentred",
]
