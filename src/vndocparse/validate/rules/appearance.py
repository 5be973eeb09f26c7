"""VN009, VN010: how the text of a DOCX document looks beyond its font and size — the
Party "Nơi nhận" label underlined, and the text in black.

Like the other typography rules (`typography`), they read the DOCX formatting kept
with the document and report nothing on text, PDF or HTML input. The accepted values
(`SOLID_UNDERLINES`, `BLACK`) and the tests on them are those of `vndocparse.validate.typeset`, which
``vndocparse fix`` sets.
"""

from __future__ import annotations

from collections.abc import Iterator
from types import MappingProxyType

from vndocparse.i18n import phrases
from vndocparse.validate.context import DocView
from vndocparse.validate.registry import BOTH, PARTY, Finding, Rule, RuleOptions
from vndocparse.validate.typeset import (
    NOI_NHAN_WORDS,
    formats_of,
    formatting,
    label_words,
    not_black,
    underline_fault,
)


class NoiNhanUnderlined(Rule):
    """## What it does
    Checks that the "Nơi nhận" label of a DOCX Party document is underlined with a
    solid line.

    ## Why it matters
    In a Party document the label of the distribution list stands bottom left on its
    own line, "with a solid underline as long as the phrase" (Guideline 05), where a
    state document sets it in bold italic (VN005). A label without its underline, or
    with a dotted or wavy one, does not follow the Party form. Guideline 05's text and
    one summary agree (an error from 27/5/2026); for Guideline 36 only secondary
    summaries of its font table say so (a warning).

    ## Example
    ```text
    Nơi nhận:                      (not underlined)
    - Như trên;
    ```

    ## Use instead
    ```text
    Nơi nhận:                      ("Nơi nhận" underlined, one solid line)
    - Như trên;
    ```

    ## Source
    HD 36-HD/VPTW (secondary sources: font table); HD 05-HD/VPTW, Phần II, mục I.9.2.1

    Guideline 36's text does not say it; secondary summaries of its font table give
    "Nơi nhận" 14 pt underlined. The underline read is that of the label's first run
    of text; a single or thick line passes.
    """

    code = "VN009"
    name = "noi-nhan-underlined"
    families = PARTY
    level = MappingProxyType({"hd36": "warning", "hd05": "error"})
    evidence = MappingProxyType({"hd36": "S", "hd05": "C"})
    guidelines = MappingProxyType({"hd36": "(secondary sources: font table)", "hd05": "Phần II, mục I.9.2.1"})
    summary_vi = "Kiểm tra chữ \"Nơi nhận\" của văn bản Đảng (tệp DOCX) được gạch chân bằng nét liền."
    messages = phrases(
        underline=("'{label}' is {have}", "'{label}' {have}"),
        not_underlined=("not underlined", "không được gạch chân"),
        underlined_kind=(
            "underlined {kind}, not with a solid line",
            "được gạch chân kiểu '{kind}', không phải nét liền",
        ),
        underline_fix=(
            "underline '{label}' with a single solid line",
            "gạch chân '{label}' bằng một nét liền",
        ),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        fmt = formatting(view)
        if fmt is None:
            return
        for piece, para in formats_of(view, fmt, "distribution", "label"):
            kind = underline_fault(para)
            if kind is None:
                continue
            have = (
                self.msg("not_underlined") if kind == "none" else self.msg("underlined_kind", kind=kind)
            )
            yield Finding(
                self.msg("underline", label=NOI_NHAN_WORDS, have=have),
                piece.loc(0, len(label_words(piece.text))),
                fix=self.msg("underline_fix", label=NOI_NHAN_WORDS),
            )


class TextBlack(Rule):
    """## What it does
    Checks that the text of a DOCX document is black: Word's automatic colour or black.
    One finding per paragraph in another colour. The urgency and secrecy marks
    ("KHẨN", "HỎA TỐC", "MẬT", ...) standing alone are stamps in red ink and pass.

    ## Why it matters
    Decree 30 sets the whole text in Times New Roman, black; Guideline 05 says the same
    for Party documents ("màu đen", stated where Guideline 36 named only the font).
    Coloured text — a heading left in a theme's blue, a pasted red note, a grey
    template hint — prints unlike the form and may not copy or scan legibly.

    ## Example
    ```text
    Kính gửi: Các chi bộ trực thuộc       (blue, Word's "Heading" colour)
    ```

    ## Use instead
    ```text
    Kính gửi: Các chi bộ trực thuộc       (black)
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục I.2; HD 05-HD/VPTW, Phần II, mục IV.1

    Guideline 36 does not name the colour (the spec's sources give only the font): the
    rule does not run on Party documents judged by it. The colour of each run with
    text is read through its styles; the theme's first text colour, and Word's darkest
    shades of black (up to 1A1A1A, "Text 1, lighter 10%"), count as black.
    """

    code = "VN010"
    name = "text-black"
    families = BOTH
    level = "error"
    evidence = "C"
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục I.2", "hd05": "Phần II, mục IV.1"})
    summary_vi = (
        "Kiểm tra chữ của văn bản (tệp DOCX) có màu đen: màu tự động (Automatic) của Word "
        "hoặc màu đen."
    )
    messages = phrases(
        colour=("text in colour {colours}, not black", "chữ có màu {colours}, không phải màu đen"),
        colour_fix=("set the text in black", "đặt chữ màu đen"),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        fmt = formatting(view)
        if fmt is None:
            return
        for para in fmt.paragraphs:
            colours = not_black(para)
            if not colours:
                continue
            piece = view.piece(para.line, para.start, para.end)
            loc = piece.loc() if piece is not None else view.line_loc(para.line)
            shown = ", ".join(c if c.startswith("theme:") else f"#{c}" for c in colours)
            yield Finding(self.msg("colour", colours=shown), loc, fix=self.msg("colour_fix"))


__all__ = ["NoiNhanUnderlined", "TextBlack"]
