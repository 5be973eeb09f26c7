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

from vndocparse.validate.context import DocView
from vndocparse.validate.registry import STATE, Finding, Rule, RuleOptions
from vndocparse.validate.typeset import (
    HEADER_LINE_SPACING,
    HEADER_LINE_SPACING_PT,
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


def _centring(view: DocView, evidence: str) -> Iterator[Finding]:
    fmt = formatting(view)
    if fmt is None:
        return
    for style, piece, para in components(view, fmt):
        if not style.centred or style.evidence != evidence or not own_paragraph(piece, para):
            continue
        if para.alignment != "center":
            have = para.alignment or "left (not set)"
            yield Finding(
                f"{style.label} is aligned {have}; the form centres it",
                piece.loc(),
                fix="centre the paragraph",
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

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        yield from _centring(view, "C")


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

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        yield from _centring(view, "S")


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
                f"body paragraphs are {space:g} pt apart ({len(tight)} place(s)), not at least {PARAGRAPH_SPACE_PT:g} pt",
                piece.loc(),
                fix=f"set the space after each body paragraph to {PARAGRAPH_SPACE_PT:g} pt",
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

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        fmt = formatting(view)
        if fmt is None:
            return
        for role in ("national_title", "motto"):
            label = STYLES[("header", role)].label
            for piece, para in formats_of(view, fmt, "header", role):
                if para.line_spacing is not None and para.line_spacing > HEADER_LINE_SPACING + 0.01:
                    have = f"{para.line_spacing:g} lines"
                elif para.line_spacing_pt is not None and para.line_spacing_pt > HEADER_LINE_SPACING_PT:
                    have = f"{para.line_spacing_pt:g} pt"
                else:
                    continue
                yield Finding(f"{label} line spacing is {have}, not single", piece.loc(), fix="set single line spacing")


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

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        fmt = formatting(view)
        if fmt is None:
            return
        for piece, para in formats_of(view, fmt, "preamble", "can_cu"):
            if CAN_CU.match(para.text) and para.italic is False:
                yield Finding("căn cứ line is upright; the form sets it in italic", piece.loc(), fix="make it italic")


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

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        fmt = formatting(view)
        if fmt is None:
            return
        for piece in view.body_heads:
            if not ARTICLE.match(piece.text):
                continue
            para = fmt.at(piece.line, piece.start, piece.end)
            if para is None or para.in_table or para.lead_bold is not False:
                continue
            m = ARTICLE.match(piece.text)
            end = m.end() if m else len(piece.text)
            yield Finding(
                f"'{piece.text[:end].strip()}' is not bold; the form sets an article's heading in bold",
                piece.loc(0, end),
                fix="make 'Điều' and its number bold",
            )


__all__ = [
    "ArticleHeadingBold",
    "CanCuItalic",
    "HeaderCentred",
    "HeaderLineSpacing",
    "ParagraphSpacing",
    "TitleCentred",
]
