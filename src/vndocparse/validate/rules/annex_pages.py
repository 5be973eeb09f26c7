"""VN132: each annex on pages of its own, numbered from 1 (DOCX input).

Decree 30 (Phụ lục III, Mẫu 2.1–2.2) and the Party guidelines set an annex on its own
pages with their own numbering. In a DOCX file that means a section of its own, whose
page numbers start again at 1 (``w:pgNumType w:start``): a page break alone goes on
with the document's numbers. Text and PDF input carry no sections: the rule does not
apply there.
"""

from __future__ import annotations

from collections.abc import Iterator
from types import MappingProxyType

from vndocparse.i18n import phrases
from vndocparse.readers.source import PageSetup
from vndocparse.validate.context import DocView
from vndocparse.validate.registry import BOTH, Finding, Rule, RuleOptions
from vndocparse.validate.rules.annexes import label_location, main_annex
from vndocparse.validate.typeset import formatting


def _section_of(sections: tuple[PageSetup, ...], line: int) -> PageSetup | None:
    """The section holding ``line``: the last one starting at or before it."""
    found = None
    for section in sections:
        if section.first_line is not None and section.first_line <= line:
            found = section
    return found


class AnnexOwnPages(Rule):
    """## What it does
    Checks, in a DOCX file, that each annex labelled "Phụ lục" after the document starts
    a section of its own whose page numbers start again at 1.

    ## Why it matters
    An annex is set on its own pages with its own page numbers (Decree 30, Appendix
    III, forms 2.1–2.2), so that it can be read, copied and filed apart from the
    document. A page break alone goes on with the document's numbers.

    ## Example
    ```text
    ...Lê Quang Vinh           (page 2)
    [page break]
    Phụ lục I                  (page 3)
    ```

    ## Use instead
    ```text
    ...Lê Quang Vinh           (page 2)
    [section break, next page; page numbers start at 1]
    Phụ lục I                  (page 1)
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục III, Mẫu 2.1–2.2; HD 36-HD/VPTW, phụ lục; HD 05-HD/VPTW, Phần II, mục 1

    DOCX input only (text and PDF carry no sections). A warning: Word can restart the
    numbering only at a section break, which is what the rule looks for. Where the
    annex's pages carry no page numbers at all, VN008 reports that instead.
    """

    code = "VN132"
    name = "annex-own-pages"
    families = BOTH
    level = "warning"
    evidence = MappingProxyType({"nd30": "C", "hd36": "S", "hd05": "P"})
    guidelines = MappingProxyType({"nd30": "Phụ lục III, Mẫu 2.1–2.2", "hd36": "phụ lục", "hd05": "Phần II, mục 1"})
    requires = ("appendices", "document", "docx")
    summary_vi = (
        "Kiểm tra trong tệp DOCX mỗi phụ lục sau văn bản bắt đầu một section riêng, "
        "số trang đánh lại từ 1."
    )
    messages = phrases(
        shared=(
            "'{label}' is on the document's pages: it goes on with their page numbers",
            "'{label}' nằm chung các trang của văn bản, số trang nối tiếp văn bản",
        ),
        shared_fix=(
            "put a section break (next page) before '{label}' and start its page numbers at 1",
            "chèn ngắt section (Next Page) trước '{label}' và đánh số trang lại từ 1",
        ),
        goes_on=(
            "'{label}' starts a section whose page numbers go on from the one before",
            "'{label}' bắt đầu section mới nhưng số trang nối tiếp section trước",
        ),
        goes_on_fix=(
            "set the section's page numbers to start at 1 (Format Page Numbers, Start at 1)",
            "đặt số trang của section bắt đầu từ 1 (Format Page Numbers, Start at 1)",
        ),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        fmt = formatting(view)
        if fmt is None:
            return
        sections = fmt.pages()
        starts: list[int] = []  # first lines of the annexes seen so far
        for annex in view.doc.appendices:
            if annex.span is None or not main_annex(view, annex):
                continue
            line = annex.span.start_line
            section = _section_of(sections, line)
            label = " ".join(annex.label.split())
            own = section is not None and section.section > 0 and not any(
                section.first_line is not None and section.first_line <= s < line for s in starts
            )
            starts.append(line)
            if section is None or section.page_numbers is None:
                continue  # no page numbers where the annex is: VN008's finding, not this one
            if not own:
                loc = label_location(view, annex)
                yield Finding(self.msg("shared", label=label), loc, fix=self.msg("shared_fix", label=label))
            elif section is not None and section.page_number_start != 1:
                loc = label_location(view, annex)
                yield Finding(self.msg("goes_on", label=label), loc, fix=self.msg("goes_on_fix", label=label))


__all__ = ["AnnexOwnPages"]
