"""VN127–VN131: annexes (phụ lục) checked by their own rules.

Decree 30 (Phụ lục I, mục III; Phụ lục III, Mẫu 2.1–2.2): an annex is cited in the
body, labelled "Phụ lục" (with a Roman numeral when there are two or more), has its
title, and under it "(Kèm theo <type> số …/… ngày … của …)". The Party guidelines number
annexes in Arabic numerals; Guideline 05 (part II.1) adds the reference to the parent
document under the title. Own page numbering per annex, from a DOCX file's sections,
is VN132 (`annex_pages`).
"""

from __future__ import annotations

from collections.abc import Iterator
from types import MappingProxyType

import regex

from vndocparse.i18n import phrases
from vndocparse.models import Appendix, Part
from vndocparse.references import find_references
from vndocparse.text import fold
from vndocparse.validate.context import DocView, Piece
from vndocparse.validate.diagnostics import Location
from vndocparse.validate.registry import BOTH, ERROR_STATE_WARNING_PARTY, Finding, Rule, RuleOptions
from vndocparse.validate.trailer import annex_numeral, is_phu_luc, numeral_value

_ANNEXES = ("appendices",)


def _annex_parts(view: DocView, annex: Appendix, role: str | None) -> list[Piece]:
    """The pieces of ``role`` ("label", "title", "reference", None: its content) inside ``annex``."""
    if annex.span is None:
        return []
    a, b = annex.span.start_line, annex.span.end_line
    parts: list[Part] = [p for p in view.parts("annex", role) if a <= p.span.start_line <= b]
    return [piece for p in parts for piece in view.part_pieces(p)]


def main_annex(view: DocView, annex: Appendix) -> bool:
    """An annex labelled "Phụ lục", not a part of another ("Phụ lục 1.1. ..." under
    "Phụ lục 1": the label keeps "Phụ lục 1", its line shows the rest)."""
    if not is_phu_luc(annex.label):
        return False
    line = view.line_piece(annex.span.start_line) if annex.span else None
    return line is None or is_phu_luc(line.text.strip(" *#"))


def label_location(view: DocView, annex: Appendix) -> Location:
    pieces = _annex_parts(view, annex, "label")
    if pieces:
        return pieces[0].loc()
    return view.line_loc(annex.span.start_line if annex.span else view.first_line)


class AnnexNumbering(Rule):
    """## What it does
    Checks the numerals of annexes labelled "Phụ lục": when a document has two or more,
    each has its numeral (Roman in state documents, Arabic in Party ones), and no two
    have the same.

    ## Why it matters
    The body cites an annex by its numeral ("tại Phụ lục II"): an annex without one, or
    two with the same, cannot be cited without doubt.

    ## Example
    ```text
    PHỤ LỤC 1
    ...
    PHỤ LỤC 1
    ```

    ## Use instead
    ```text
    Phụ lục I
    ...
    Phụ lục II
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục III; Phụ lục III, Mẫu 2.1–2.2; HD 36-HD/VPTW, phụ lục; HD 05-HD/VPTW, Phần II, mục 1

    Reported at the annex's label. A single annex needs no numeral.
    """

    code = "VN127"
    name = "annex-numbering"
    families = BOTH
    level = ERROR_STATE_WARNING_PARTY
    evidence = MappingProxyType({"nd30": "C", "hd36": "S", "hd05": "P"})
    guidelines = MappingProxyType(
        {"nd30": "Phụ lục I, mục III; Phụ lục III, Mẫu 2.1–2.2", "hd36": "phụ lục", "hd05": "Phần II, mục 1"}
    )
    requires = _ANNEXES
    summary_vi = (
        "Kiểm tra số thứ tự của các phụ lục: khi có từ hai phụ lục trở lên, mỗi phụ lục có số "
        "(chữ số La Mã với văn bản hành chính, chữ số Ả Rập với văn bản của Đảng), không trùng nhau."
    )
    messages = phrases(
        missing=(
            "'{label}' has no numeral, and the document has {n} annexes",
            "'{label}' không có số thứ tự, trong khi văn bản có {n} phụ lục",
        ),
        missing_fix=("number the annexes {kind}: {example}", "đánh số các phụ lục bằng {kind}: {example}"),
        kind=("'{numeral}' is not a numeral of the form: number the annexes {kind}", "'{numeral}' không đúng cách đánh số: đánh số các phụ lục bằng {kind}"),
        twice=("two annexes numbered '{numeral}' (the first at line {line})", "hai phụ lục cùng số '{numeral}' (phụ lục trước ở dòng {line})"),
        twice_fix=("give each annex its own numeral", "mỗi phụ lục một số thứ tự riêng"),
        roman=("in Roman numerals", "chữ số La Mã"),
        arabic=("in Arabic numerals", "chữ số Ả Rập"),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        annexes = [a for a in view.doc.appendices if main_annex(view, a)]
        if len(annexes) < 2:
            return
        want = {"state": "roman", "party": "arabic"}.get(view.family or "")
        example = "Phụ lục I, Phụ lục II" if want != "arabic" else "Phụ lục 1, Phụ lục 2"
        kind_msg = self.msg("arabic") if want == "arabic" else self.msg("roman")
        seen: dict[tuple[str, int] | str, int] = {}
        for annex in annexes:
            loc = label_location(view, annex)
            numeral = annex_numeral(annex.label)
            if numeral is None:
                yield Finding(
                    self.msg("missing", label=annex.label, n=len(annexes)),
                    loc,
                    fix=self.msg("missing_fix", kind=kind_msg, example=example),
                )
                continue
            value = numeral_value(numeral)
            if want is not None and value is not None and value[0] != want:
                yield Finding(
                    self.msg("kind", numeral=numeral, kind=kind_msg),
                    loc,
                    fix=self.msg("missing_fix", kind=kind_msg, example=example),
                )
            key: tuple[str, int] | str = value if value is not None else numeral.upper()
            if key in seen:
                yield Finding(self.msg("twice", numeral=numeral, line=seen[key]), loc, fix=self.msg("twice_fix"))
            else:
                seen[key] = loc.line


class AnnexTitle(Rule):
    """## What it does
    Checks that each annex has its title: the line(s) in capitals under its label.

    ## Why it matters
    The title says what the annex holds (Mẫu 2.1: "TÊN PHỤ LỤC" under "Phụ lục I"); an
    annex known only by its numeral cannot be found in a file of documents.

    ## Example
    ```text
    Phụ lục I
    (Kèm theo Quyết định số 15/QĐ-UBND ngày 05/3/2025 của Ủy ban nhân dân tỉnh)
    ```

    ## Use instead
    ```text
    Phụ lục I
    DANH SÁCH THÀNH VIÊN TỔ CÔNG TÁC
    (Kèm theo Quyết định số 15/QĐ-UBND ngày 05/3/2025 của Ủy ban nhân dân tỉnh)
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục III; Phụ lục III, Mẫu 2.1; HD 36-HD/VPTW, phụ lục; HD 05-HD/VPTW, Phần II, mục 1

    Reported at the annex's label.
    """

    code = "VN128"
    name = "annex-title"
    families = BOTH
    level = ERROR_STATE_WARNING_PARTY
    evidence = MappingProxyType({"nd30": "C", "hd36": "S", "hd05": "P"})
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục III; Phụ lục III, Mẫu 2.1", "hd36": "phụ lục", "hd05": "Phần II, mục 1"})
    requires = _ANNEXES
    summary_vi = "Kiểm tra mỗi phụ lục có tên phụ lục: dòng chữ in hoa dưới chữ \"Phụ lục\"."
    messages = phrases(
        missing=("'{label}' has no title under it", "'{label}' thiếu tên phụ lục ở dưới"),
        missing_fix=("write the annex's title in bold capitals under its label", "ghi tên phụ lục bằng chữ in hoa, đậm, dưới chữ 'Phụ lục'"),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        for annex in view.doc.appendices:
            if main_annex(view, annex) and not annex.title and not _heading_under(view, annex):
                yield Finding(self.msg("missing", label=annex.label), label_location(view, annex), fix=self.msg("missing_fix"))


def _heading_under(view: DocView, annex: Appendix) -> bool:
    """Whether the first line under the label is a title the parse left in the annex's
    content: in capitals (after a blank line), in bold, or right under the label as a
    phrase of its own (PDF text loses bold and may lower the case: "Phân bổ đại biểu
    dự đại hội ..."), not a list item, a table row or a sentence leading into one."""
    content = _annex_parts(view, annex, None)
    label_lines = {p.line for p in _annex_parts(view, annex, "label")}
    below = [p for p in content if p.line not in label_lines]
    if not below:
        return False
    text = below[0].text.strip(" *#")
    raw = view.lines[below[0].line - 1].strip()
    bold = raw.startswith("**") and raw.endswith("**")  # a title in bold, normal case
    if any(ch.isalpha() for ch in text) and (text.isupper() or bold):
        return True
    right_under = bool(label_lines) and below[0].line == max(label_lines) + 1
    return (
        right_under
        and text[:1].isupper()
        and len(text.split()) >= 3
        and not text.rstrip().endswith((":", ".", ";"))
        and "|" not in raw
    )


#: What a complete reference shows (folded): "số", "ngày", "của" (Mẫu 2.1).
_REFERENCE_WORDS = (("so", regex.compile(r"\bso\b")), ("ngay", regex.compile(r"\bngay\b")), ("cua", regex.compile(r"\bcua\b")))
_WORDS = {"so": "số", "ngay": "ngày", "cua": "của"}


def _whole_reference(view: DocView, annex: Appendix, reference: str) -> str:
    """The reference with the lines it wraps onto ("... ngày 20/12/2025" / "của ...)"):
    up to two content lines, until one closes the bracket."""
    if reference.rstrip().endswith(")"):
        return reference
    refs = _annex_parts(view, annex, "reference")
    last = refs[-1].line if refs else 0
    out = [reference]
    for piece in _annex_parts(view, annex, None):
        if piece.line <= last:
            continue
        if len(out) > 2:
            break
        out.append(piece.text)
        if piece.text.rstrip().endswith(")"):
            break
    return " ".join(out)


class AnnexReference(Rule):
    """## What it does
    Checks that each annex has, under its title, its reference to the parent document:
    "(Kèm theo <type> số …/… ngày … của …)", with the number, the date and the issuer.

    ## Why it matters
    An annex travels apart from its document (a separate file, a page in a folder): the
    reference ties it back (Decree 30, Mẫu 2.1; Guideline 05, part II.1, new for Party
    annexes).

    ## Example
    ```text
    Phụ lục I
    DANH SÁCH THÀNH VIÊN TỔ CÔNG TÁC
    1. Ông Nguyễn Văn A, Tổ trưởng.
    ```

    ## Use instead
    ```text
    Phụ lục I
    DANH SÁCH THÀNH VIÊN TỔ CÔNG TÁC
    (Kèm theo Quyết định số 15/QĐ-UBND ngày 05/3/2025 của Ủy ban nhân dân tỉnh)
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục III; Phụ lục III, Mẫu 2.1–2.2; HD 05-HD/VPTW, Phần II, mục 1

    Reported at the reference, or at the annex's label when it has none. On an electronic
    document the number and date may be left blank ("số     /QĐ-UBND"): only the words
    are checked.
    """

    code = "VN129"
    name = "annex-reference"
    families = BOTH
    level = ERROR_STATE_WARNING_PARTY
    evidence = MappingProxyType({"nd30": "C", "hd05": "P"})
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục III; Phụ lục III, Mẫu 2.1–2.2", "hd05": "Phần II, mục 1"})
    requires = _ANNEXES
    summary_vi = (
        "Kiểm tra dưới tên mỗi phụ lục có dòng dẫn về văn bản: \"(Kèm theo <tên loại> số …/… "
        "ngày … của …)\", đủ số, ngày và cơ quan ban hành."
    )
    messages = phrases(
        missing=(
            "'{label}' has no reference to its document: '(Kèm theo ... số ... ngày ... của ...)'",
            "'{label}' thiếu dòng dẫn về văn bản: '(Kèm theo ... số ... ngày ... của ...)'",
        ),
        missing_fix=(
            "write '(Kèm theo <type> số <number> ngày <date> của <issuer>)' in italics under the title",
            "ghi '(Kèm theo <tên loại> số <số, ký hiệu> ngày <ngày tháng năm> của <cơ quan ban hành>)', chữ nghiêng, dưới tên phụ lục",
        ),
        incomplete=(
            "the reference does not give {words}",
            "dòng dẫn về văn bản thiếu {words}",
        ),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        for annex in view.doc.appendices:
            if annex.reference is None:
                if main_annex(view, annex):
                    yield Finding(self.msg("missing", label=annex.label), label_location(view, annex), fix=self.msg("missing_fix"))
                continue
            f = fold(_whole_reference(view, annex, annex.reference))
            cites = bool(find_references(annex.reference))  # "Quyết định 1760/QĐ-KTNN": the number is there
            lacking = [_WORDS[w] for w, pattern in _REFERENCE_WORDS if not pattern.search(f) and not (w == "so" and cites)]
            if lacking:
                pieces = _annex_parts(view, annex, "reference")
                loc = pieces[0].loc() if pieces else label_location(view, annex)
                words = ", ".join(f"'{w}'" for w in lacking)
                yield Finding(self.msg("incomplete", words=words), loc, fix=self.msg("missing_fix"))


def _same_number(a: str, b: str) -> bool:
    return "".join(a.split()).upper() == "".join(b.split()).upper()


class AnnexReferenceAgrees(Rule):
    """## What it does
    Checks that the reference of an annex that follows its document in the same file
    cites the document's own number and date.

    ## Why it matters
    "(Kèm theo Quyết định số 15/QĐ-UBND ngày 05/3/2025 ...)" under an annex of decision
    16/QĐ-UBND ties the annex to another document: a copy-and-paste slip that the
    register will not catch.

    ## Example
    ```text
    Số: 15/QĐ-UBND                     Hà Nam, ngày 05 tháng 3 năm 2025
    ...
    Phụ lục I
    DANH SÁCH THÀNH VIÊN TỔ CÔNG TÁC
    (Kèm theo Quyết định số 51/QĐ-UBND ngày 05/3/2025 của Ủy ban nhân dân tỉnh)
    ```

    ## Use instead
    ```text
    (Kèm theo Quyết định số 15/QĐ-UBND ngày 05/3/2025 của Ủy ban nhân dân tỉnh)
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục III; Phụ lục III, Mẫu 2.1–2.2; HD 05-HD/VPTW, Phần II, mục 1

    Reported at the reference. A reference left blank (an electronic document's) or one
    that cites no number is not compared.
    """

    code = "VN130"
    name = "annex-reference-mismatch"
    families = BOTH
    level = ERROR_STATE_WARNING_PARTY
    evidence = MappingProxyType({"nd30": "C", "hd05": "P"})
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục III; Phụ lục III, Mẫu 2.1–2.2", "hd05": "Phần II, mục 1"})
    requires = ("appendices", "document")
    summary_vi = "Kiểm tra dòng dẫn của phụ lục đi kèm văn bản trong cùng tệp ghi đúng số, ký hiệu và ngày của văn bản đó."
    messages = phrases(
        number=(
            "the annex cites number '{cited}', the document's is '{own}'",
            "phụ lục dẫn số '{cited}', trong khi số của văn bản là '{own}'",
        ),
        date=(
            "the annex cites the date {cited}, the document is dated {own}",
            "phụ lục dẫn ngày {cited}, trong khi văn bản ban hành ngày {own}",
        ),
        fix=("cite the document's own number and date", "ghi đúng số, ký hiệu và ngày của văn bản"),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        doc = view.doc
        own_number = doc.number.value if doc.number is not None else None
        for annex in doc.appendices:
            refs = find_references(annex.reference or "")
            if not refs:
                continue
            cited, cited_date, _ = refs[0]
            pieces = _annex_parts(view, annex, "reference")
            loc = pieces[0].loc() if pieces else label_location(view, annex)
            if own_number and doc.number is not None and doc.number.sequence is not None and not _same_number(cited, own_number):
                yield Finding(self.msg("number", cited=cited, own=own_number), loc, fix=self.msg("fix"))
            elif cited_date and doc.date and cited_date != doc.date:
                yield Finding(self.msg("date", cited=_dmy(cited_date), own=_dmy(doc.date)), loc, fix=self.msg("fix"))


def _dmy(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{d}/{m}/{y}"


#: A mention of annexes in the body (folded): "phụ lục", then numerals joined by
#: commas, "và", "-", "đến" ("Phụ lục I, II và III", "phụ lục 1 - 3").
_CITED = regex.compile(
    r"\bphu\s*luc\s*(?:so\s+)?((?:[ivxlc]+|\d+)\b(?:\s*(?:,|va|-|–|den)\s*(?:phu\s*luc\s*)?(?:[ivxlc]+|\d+)\b)*)?"
)
_NUMERALS = regex.compile(r"\b(?:[ivxlc]+|\d+)\b")
_RANGE = regex.compile(r"\b([ivxlc]+|\d+)\s*(?:-|–|den)\s*([ivxlc]+|\d+)\b")


def _cited_numbers(text: str) -> tuple[bool, set[int]]:
    """Whether the text cites "phụ lục" without a numeral (all annexes), and the numbers
    of the annexes it cites by numeral."""
    generic = False
    numbers: set[int] = set()
    for m in _CITED.finditer(text):
        if m.group(1) is None:
            generic = True
            continue
        for n in _NUMERALS.findall(m.group(1)):
            value = numeral_value(n)
            if value is not None:
                numbers.add(value[1])
        for a, b in _RANGE.findall(m.group(1)):
            va, vb = numeral_value(a), numeral_value(b)
            if va and vb and va[1] < vb[1] <= va[1] + 50:
                numbers.update(range(va[1], vb[1] + 1))
    return generic, numbers


class AnnexNotCited(Rule):
    """## What it does
    Reports an annex labelled "Phụ lục" that the document's text never mentions: neither
    by its numeral ("tại Phụ lục II") nor as "phụ lục kèm theo".

    ## Why it matters
    An annex is part of the document only through the text that refers to it (Decree
    30, Appendix I part III: "phụ lục phải có chỉ dẫn trong văn bản"); one the text does
    not mention may belong to another document or be left over from a draft.

    ## Example
    ```text
    Điều 1. Thành lập Tổ công tác số hóa hồ sơ.
    ...
    Phụ lục I
    DANH SÁCH THÀNH VIÊN TỔ CÔNG TÁC
    ```

    ## Use instead
    ```text
    Điều 1. Thành lập Tổ công tác số hóa hồ sơ (danh sách tại Phụ lục I kèm theo).
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục III; HD 36-HD/VPTW, phụ lục; HD 05-HD/VPTW, Phần II, mục 1

    A warning: the text may cite the annex in words the rule does not know. Reported at
    the annex's label.
    """

    code = "VN131"
    name = "annex-not-cited"
    families = BOTH
    level = "warning"
    evidence = MappingProxyType({"nd30": "C", "hd36": "S", "hd05": "P"})
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục III", "hd36": "phụ lục", "hd05": "Phần II, mục 1"})
    requires = ("appendices", "document", "body")
    summary_vi = "Báo phụ lục mà nội dung văn bản không nhắc đến: không dẫn số của phụ lục, cũng không ghi \"phụ lục kèm theo\"."
    messages = phrases(
        uncited=("the text never mentions '{label}'", "nội dung văn bản không nhắc đến '{label}'"),
        uncited_fix=(
            "cite the annex in the text ('... tại {label} kèm theo'), or remove it",
            "dẫn phụ lục trong nội dung ('... tại {label} kèm theo'), hoặc bỏ phụ lục",
        ),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        # The document's text and the annexes' content ("tham khảo Phụ lục 2" in Phụ lục 1).
        kinds = ("subject", "preamble", "body", "closing")
        text = fold(" ".join([p.text for kind in kinds for p in view.pieces(kind)] + [p.text for p in view.pieces("annex", None)]))
        generic, numbers = _cited_numbers(text)
        if generic:
            return
        for annex in view.doc.appendices:
            if not main_annex(view, annex):
                continue
            numeral = annex_numeral(annex.label)
            value = numeral_value(numeral) if numeral else None
            if value is not None and value[1] in numbers:
                continue
            if value is None and numbers:
                continue  # an annex without a numeral, and the text cites annexes
            label = " ".join(annex.label.split())
            yield Finding(self.msg("uncited", label=label), label_location(view, annex), fix=self.msg("uncited_fix", label=label))


__all__ = ["AnnexNotCited", "AnnexNumbering", "AnnexReference", "AnnexReferenceAgrees", "AnnexTitle", "label_location", "main_annex"]
