"""VN123–VN126: the copy block (bản sao) checked by its own rules.

A state copy (NĐ 30/2020/NĐ-CP Điều 25–28, Phụ lục I phần II, Phụ lục III Mẫu 3.1)
carries a label (SAO Y, SAO LỤC, TRÍCH SAO), the copying body, a number
``Số: n/SY-<body>`` whose code matches the label, place and date, the copier's signature
and its own Nơi nhận. A Party copy under Guideline 05 carries one "Bản sao văn bản"
stamp; under Guideline 36 it names one of three kinds. Only what the parse found is
read: a part not found in the copy block is a finding.
"""

from __future__ import annotations

from collections.abc import Iterator
from types import MappingProxyType

import regex

from vndocparse.i18n import phrases
from vndocparse.tables.copies import STATE_COPY_CODES
from vndocparse.tables.guidelines import GUIDELINES
from vndocparse.text import fold
from vndocparse.trailer import copy_kind
from vndocparse.validate.context import DocView
from vndocparse.validate.diagnostics import Location
from vndocparse.validate.guideline import choose
from vndocparse.validate.registry import PARTY, STATE, Finding, Rule, RuleOptions
from vndocparse.validate.trailer import copy_code, judged_date

_COPY = ("copy",)
#: The labels of a state copy as Mẫu 3.1 writes them.
STATE_LABELS = {"sao_y": "SAO Y", "sao_luc": "SAO LỤC", "trich_sao": "TRÍCH SAO"}
#: A state copy's number: ``n/SY-<body>`` (the body's code: capitals, digits, dashes).
_STATE_COPY_NUMBER = regex.compile(
    rf"^\d+/(?:{'|'.join(STATE_COPY_CODES.values())})-[\p{{Lu}}\d][\p{{L}}\d]*(?:-[\p{{Lu}}\d][\p{{L}}\d]*)*$"
)


def _start(view: DocView) -> Location:
    """Where a part missing from the copy block is reported: the block's first line."""
    copy = view.doc.copy
    return view.line_loc(copy.span.start_line if copy is not None and copy.span else view.first_line)


def _mark(view: DocView) -> tuple[str | None, Location]:
    """The copy's label as written (None when the block has none) and where it is."""
    pieces = view.pieces("copy", "mark")
    if not pieces:
        return None, _start(view)
    return pieces[0].text.strip(" .:;,*-|[]()\"'"), pieces[0].loc()


def _number_loc(view: DocView) -> Location:
    pieces = view.pieces("copy", "number")
    return pieces[0].loc() if pieces else _start(view)


class CopyLabel(Rule):
    """## What it does
    Checks that a state copy block carries its label, one of SAO Y, SAO LỤC or TRÍCH
    SAO, in capitals.

    ## Why it matters
    The label says what the copy is (Decree 30, Art. 25): a full copy of the original
    (sao y), a copy of a copy (sao lục) or an excerpt (trích sao). "SAO Y BẢN CHÍNH" is
    the form before Decree 30; "Bản sao văn bản" is the Party's stamp (Guideline 05).

    ## Example
    ```text
    ________________________________________________
    UBND TỈNH HÀ NAM                     SAO Y BẢN CHÍNH
    VĂN PHÒNG
    ```

    ## Use instead
    ```text
    ________________________________________________
    UBND TỈNH HÀ NAM                     SAO Y
    VĂN PHÒNG
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Điều 25; Phụ lục I, phần II; Phụ lục III, Mẫu 3.1

    Reported at the label, or at the copy block's first line when it has none.
    """

    code = "VN123"
    name = "copy-label"
    families = STATE
    guidelines = MappingProxyType({"nd30": "Điều 25; Phụ lục I, phần II; Phụ lục III, Mẫu 3.1"})
    requires = _COPY
    summary_vi = "Kiểm tra phần bản sao của văn bản hành chính có nhãn hình thức sao: SAO Y, SAO LỤC hoặc TRÍCH SAO, viết chữ in hoa."
    messages = phrases(
        missing=(
            "the copy block has no label: SAO Y, SAO LỤC or TRÍCH SAO",
            "phần bản sao thiếu hình thức sao: SAO Y, SAO LỤC hoặc TRÍCH SAO",
        ),
        missing_fix=(
            "write the kind of copy in bold capitals on the right of the copying body",
            "ghi hình thức sao bằng chữ in hoa, đậm, bên phải tên cơ quan sao",
        ),
        old=(
            "'{label}' is the label before Decree 30: write 'SAO Y'",
            "'{label}' là cách ghi trước Nghị định 30: ghi 'SAO Y'",
        ),
        party=(
            "'{label}' is the Party's copy stamp: a state copy is labelled SAO Y, SAO LỤC or TRÍCH SAO",
            "'{label}' là dấu bản sao của văn bản Đảng: bản sao văn bản hành chính ghi SAO Y, SAO LỤC hoặc TRÍCH SAO",
        ),
        case=("the label '{label}' is not in capitals: write '{upper}'", "hình thức sao '{label}' chưa viết chữ in hoa: viết '{upper}'"),
        write=("write '{label}'", "viết '{label}'"),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        label, loc = _mark(view)
        if label is None:
            yield Finding(self.msg("missing"), loc, fix=self.msg("missing_fix"))
            return
        core = " ".join(fold(label).split())
        kind = copy_kind(core)
        if kind == "ban_sao":
            yield Finding(self.msg("party", label=label), loc, fix=self.msg("missing_fix"))
        elif core == "sao y ban chinh":
            yield Finding(self.msg("old", label=label), loc, fix=self.msg("write", label="SAO Y"))
        elif kind in STATE_LABELS and not label.isupper():
            upper = STATE_LABELS[kind]
            yield Finding(self.msg("case", label=label, upper=upper), loc, fix=self.msg("write", label=upper))


class CopyNumber(Rule):
    """## What it does
    Checks that a state copy block has its number in the form ``Số: n/SY-<copying
    body>``, with the copy code of its label: SY for SAO Y, SL for SAO LỤC, TrS for
    TRÍCH SAO.

    ## Why it matters
    Copies are registered in one series per year (Decree 30, Appendix I part II); the
    code tells the kind of copy in the register. A code that contradicts the label, or a
    number without a copy code, makes the register wrong.

    ## Example
    ```text
    UBND TỈNH HÀ NAM                     SAO Y
    VĂN PHÒNG
    Số: 21/SL-VP
    ```

    ## Use instead
    ```text
    UBND TỈNH HÀ NAM                     SAO Y
    VĂN PHÒNG
    Số: 21/SY-VP
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, phần II, mục II.1c; Phụ lục III, Mẫu 3.1

    Reported at the copy's number, or at the copy block's first line when it has none.
    """

    code = "VN124"
    name = "copy-number"
    families = STATE
    guidelines = MappingProxyType({"nd30": "Phụ lục I, phần II, mục II.1c; Phụ lục III, Mẫu 3.1"})
    requires = _COPY
    summary_vi = "Kiểm tra số của bản sao viết theo dạng 'Số: n/SY-<cơ quan sao>', với ký hiệu bản sao đúng hình thức sao: SY cho SAO Y, SL cho SAO LỤC, TrS cho TRÍCH SAO."
    messages = phrases(
        missing=("the copy block has no number (Số: n/SY-...)", "phần bản sao thiếu số (Số: n/SY-...)"),
        missing_fix=(
            "write the copy's number under the copying body: 'Số: <n>/SY-<body code>'",
            "ghi số bản sao dưới tên cơ quan sao: 'Số: <n>/SY-<ký hiệu cơ quan>'",
        ),
        form=(
            "the copy's number '{number}' is not of the form 'n/SY-<copying body>' (SY, SL or TrS)",
            "số bản sao '{number}' không đúng dạng 'n/SY-<cơ quan sao>' (SY, SL hoặc TrS)",
        ),
        form_fix=("write 'Số: <n>/{code}-<body code>'", "viết 'Số: <n>/{code}-<ký hiệu cơ quan>'"),
        mismatch=(
            "the copy code '{found}' does not match the label '{label}': write '{code}'",
            "ký hiệu bản sao '{found}' không khớp hình thức sao '{label}': viết '{code}'",
        ),
        write=("write '{code}'", "viết '{code}'"),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        copy = view.doc.copy
        assert copy is not None  # requires = ("copy",)
        loc = _number_loc(view)
        label, _ = _mark(view)
        kind = copy_kind(fold(label)) if label else None
        want = STATE_COPY_CODES.get(kind or "", "SY")
        if copy.number is None:
            yield Finding(self.msg("missing"), loc, fix=self.msg("missing_fix"))
            return
        value = copy.number.value
        found = copy_code(value)
        if found is not None and kind in STATE_COPY_CODES and found != want:
            yield Finding(self.msg("mismatch", found=found, label=label, code=want), loc, fix=self.msg("write", code=want))
        elif found not in STATE_COPY_CODES.values() or not _STATE_COPY_NUMBER.match(value):
            yield Finding(self.msg("form", number=value), loc, fix=self.msg("form_fix", code=want))


class CopyParts(Rule):
    """## What it does
    Checks that a state copy block has each of its parts: the copying body, the place
    and date of the copy, the copier's title and name, and its own Nơi nhận.

    ## Why it matters
    A copy has the legal value of the original only when its block is complete (Decree
    30, Art. 26–27; Appendix III, Mẫu 3.1): who copied it, when, who signed the copy
    and who received it.

    ## Example
    ```text
    UBND TỈNH HÀ NAM                     SAO Y
    Số: 21/SY-VP
                                         PHÓ CHÁNH VĂN PHÒNG
                                         Nguyễn Thị Lan
    ```

    ## Use instead
    ```text
    UBND TỈNH HÀ NAM                     SAO Y
    VĂN PHÒNG
    Số: 21/SY-VP             Hà Nam, ngày 10 tháng 3 năm 2025
                                         KT. CHÁNH VĂN PHÒNG
    Nơi nhận:                            PHÓ CHÁNH VĂN PHÒNG
    - Sở Nội vụ;
    - Lưu: VT.                           Nguyễn Thị Lan
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Điều 26–27; Phụ lục I, phần II; Phụ lục III, Mẫu 3.1

    One finding per missing part, at the copy block's first line.
    """

    code = "VN125"
    name = "copy-block-parts"
    families = STATE
    guidelines = MappingProxyType({"nd30": "Điều 26–27; Phụ lục I, phần II; Phụ lục III, Mẫu 3.1"})
    requires = _COPY
    summary_vi = "Kiểm tra phần bản sao có đủ: tên cơ quan sao, địa danh và thời gian sao, chức vụ và họ tên người ký bản sao, nơi nhận của bản sao."
    messages = phrases(
        missing=("the copy block has no {part}", "phần bản sao thiếu {part}"),
        missing_fix=("add {part} as Mẫu 3.1 shows", "bổ sung {part} theo Mẫu 3.1"),
        issuer=("copying body (tên cơ quan sao)", "tên cơ quan, tổ chức sao"),
        date_line=("place and date of the copy", "địa danh và thời gian sao"),
        position=("title of the copier (chức vụ)", "chức vụ của người ký bản sao"),
        name=("name of the copier", "họ tên của người ký bản sao"),
        distribution=("'Nơi nhận:' list of its own", "nơi nhận của bản sao"),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        copy = view.doc.copy
        assert copy is not None  # requires = ("copy",)
        sig = copy.signatory
        loc = _start(view)
        lacking = [
            part
            for there, part in (
                (copy.issuer is not None, self.msg("issuer")),
                (copy.date is not None or view.has("copy", "date_line"), self.msg("date_line")),
                (sig is not None and bool(sig.position), self.msg("position")),
                (sig is not None and bool(sig.name), self.msg("name")),
                (view.has("copy", "distribution"), self.msg("distribution")),
            )
            if not there
        ]
        for part in lacking:
            yield Finding(self.msg("missing", part=part), loc, fix=self.msg("missing_fix", part=part))


class PartyCopyKind(Rule):
    """## What it does
    Checks the kind of a Party copy against its guideline: under Guideline 05 (copies
    dated from 27/5/2026) one "Bản sao văn bản" stamp and no BS number; under Guideline
    36 one of the three kinds, sao y bản chính, sao lục or trích sao.

    ## Why it matters
    Guideline 05 (part III) replaced the three kinds of copy of Guideline 36 by a single
    notion, the "bản sao văn bản", with one stamp and no copy number in the text. A copy
    made after it took effect with a "SAO Y" label or a "Số 03-BS/..." number follows the
    old guideline.

    ## Example
    ```text
    ________________________________________________
    SAO Y BẢN CHÍNH                      T/L BAN THƯỜNG VỤ
    ĐẢNG ỦY XÃ TÂN CƯƠNG                 CHÁNH VĂN PHÒNG
    Số 03-BS/ĐU
    Tân Cương, ngày 15 tháng 6 năm 2026  Lê Thị Mai
    ```

    ## Use instead
    ```text
    ________________________________________________
    Bản sao văn bản                      T/L BAN THƯỜNG VỤ
    ĐẢNG ỦY XÃ TÂN CƯƠNG                 CHÁNH VĂN PHÒNG
    Tân Cương, ngày 15 tháng 6 năm 2026  Lê Thị Mai
    ```

    ## Source
    HD 36-HD/VPTW, bản sao (ô 14–20); HD 05-HD/VPTW, Phần III, mục 1–2

    The guideline is the copy's, by the copy's date (the document's when the copy has
    none). Reported at the label or the number.
    """

    code = "VN126"
    name = "party-copy-kind"
    families = PARTY
    level = "warning"
    evidence = MappingProxyType({"hd36": "S", "hd05": "P"})
    guidelines = MappingProxyType({"hd36": "bản sao (ô 14–20)", "hd05": "Phần III, mục 1–2"})
    requires = _COPY
    summary_vi = (
        "Kiểm tra hình thức bản sao văn bản của Đảng theo hướng dẫn áp dụng: theo Hướng dẫn 05 "
        "(bản sao từ ngày 27/5/2026) một dấu \"Bản sao văn bản\", không ghi số BS; theo Hướng dẫn 36 "
        "một trong ba hình thức sao y bản chính, sao lục, trích sao."
    )
    messages = phrases(
        hd05_kind=(
            "'{label}': {guideline} has one kind of copy, the 'Bản sao văn bản' stamp (no sao y, sao lục or trích sao)",
            "'{label}': {guideline} chỉ có một hình thức bản sao, dấu 'Bản sao văn bản' (không còn sao y, sao lục, trích sao)",
        ),
        hd05_number=(
            "'{number}': {guideline} has one kind of copy and no copy number (BS, SY ...) in the copy block",
            "'{number}': {guideline} chỉ có một hình thức bản sao, không ghi số bản sao (BS, SY ...)",
        ),
        hd05_missing=(
            "the copy block has no 'Bản sao văn bản' stamp",
            "phần bản sao thiếu dấu 'Bản sao văn bản'",
        ),
        hd05_fix=(
            "stamp 'Bản sao văn bản' on the left, under the copied document's Nơi nhận",
            "đóng dấu 'Bản sao văn bản' bên trái, dưới nơi nhận của văn bản được sao",
        ),
        hd36_kind=(
            "'{label}': {guideline} names the kind of copy: sao y bản chính, sao lục or trích sao",
            "'{label}': {guideline} ghi hình thức sao: sao y bản chính, sao lục hoặc trích sao",
        ),
        hd36_missing=(
            "the copy block does not name its kind: sao y bản chính, sao lục or trích sao",
            "phần bản sao không ghi hình thức sao: sao y bản chính, sao lục hoặc trích sao",
        ),
        hd36_fix=(
            "write SAO Y BẢN CHÍNH, SAO LỤC or TRÍCH SAO",
            "ghi SAO Y BẢN CHÍNH, SAO LỤC hoặc TRÍCH SAO",
        ),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        copy = view.doc.copy
        assert copy is not None  # requires = ("copy",)
        date = copy.date or judged_date(view.doc)
        guideline = choose("party", date, today=view.today, override=view.guideline_override) or "hd05"
        name = GUIDELINES[guideline].name
        label, loc = _mark(view)
        kind = copy_kind(fold(label)) if label else None
        if guideline == "hd05":
            if label is None:
                yield Finding(self.msg("hd05_missing"), loc, fix=self.msg("hd05_fix"))
            elif kind != "ban_sao":
                yield Finding(self.msg("hd05_kind", label=label, guideline=name), loc, fix=self.msg("hd05_fix"))
            if copy.number is not None and copy_code(copy.number.value):
                yield Finding(
                    self.msg("hd05_number", number=copy.number.value, guideline=name),
                    _number_loc(view),
                    fix=self.msg("hd05_fix"),
                )
        elif label is None:
            yield Finding(self.msg("hd36_missing"), loc, fix=self.msg("hd36_fix"))
        elif kind == "ban_sao":
            yield Finding(self.msg("hd36_kind", label=label, guideline=name), loc, fix=self.msg("hd36_fix"))


__all__ = ["CopyLabel", "CopyNumber", "CopyParts", "PartyCopyKind"]
