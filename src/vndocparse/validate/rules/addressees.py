"""VN5xx: the addressees, "Kính gửi:" (ô 9a).

ND30 Phụ lục I, mục II.9d: "Kính gửi" then a colon. One addressee: on the same line.
Two or more: from the next line, one per line, each opened by "-" (the dashes aligned
under the colon), each ending with ";", the last with ".". A công văn always has
them (mục II.9b). The Party form is reported from secondary sources: warnings.
"""

from __future__ import annotations

from collections.abc import Iterator
from types import MappingProxyType

import regex

from vndocparse.i18n import Message, phrases
from vndocparse.text import fold
from vndocparse.validate.context import (
    DocView,
    Item,
    Piece,
    bullet_edit,
    clean_end,
    ending_edit,
    is_dash,
)
from vndocparse.validate.registry import (
    BOTH,
    CONFIRMED_STATE_SECONDARY_PARTY,
    CONFIRMED_STATE_TEXT_HD05,
    CONFIRMED_UNLESS_HD36,
    ERROR_STATE_WARNING_PARTY,
    ERROR_UNLESS_HD36,
    Finding,
    Rule,
    RuleOptions,
)

_LABEL = regex.compile(
    r"^(?P<lead>[-–•*\s]*)(?P<word>k\S*nh\s*(?:g\S*i|tr\S*nh))(?P<gap>\s*)(?P<colon>:?)",
    regex.IGNORECASE,
)
#: The labels of the addressee block: "Kính gửi" (both families), and "Kính trình",
#: which a Party tờ trình uses (Guideline 05, Phần II, mục I.9.2.4).
KINH_GUI, KINH_TRINH = LABELS = ("Kính gửi", "Kính trình")
LEVELS = ERROR_STATE_WARNING_PARTY
EVIDENCE = CONFIRMED_STATE_SECONDARY_PARTY
#: How a message names what ends a list's entries (`separators`): a phrase inside the
#: messages of VN504 and VN604.
SEPARATOR_NAMES = phrases(
    semicolon=("';'", "dấu chấm phẩy (;)"),
    semicolon_or_comma=("';' or ','", "dấu chấm phẩy (;) hoặc dấu phẩy (,)"),
)


def _meant(m: regex.Match[str]) -> str:
    """The label `_LABEL` found, as it should be written (one of `LABELS`)."""
    return LABELS[1] if fold(m.group("word")).replace(" ", "").startswith("kinhtr") else LABELS[0]


def label_word(label: Piece) -> tuple[str, int, int] | None:
    """The label a "Kính gửi" piece opens with, as it should be written (one of
    `LABELS`), and the columns of the word as written ("Kinh gui", "KÍNH GỬI")."""
    m = _LABEL.match(label.text)
    return None if m is None else (_meant(m), *m.span("word"))


def kinh_gui(view: DocView) -> tuple[Piece, list[Item]] | None:
    """The "Kính gửi" (or "Kính trình") piece and the addressees, when the document has
    that block."""
    label, items = view.addressee_items
    if label is None or not fold(label.text).lstrip("-–•* ").startswith(("kinh gui", "kinh trinh")):
        return None
    return label, items


def separators(view: DocView) -> tuple[tuple[str, ...], Message]:
    """What may end an entry of the Kính gửi or Nơi nhận list but the last, and how to
    say it: ";" (Decree 30, Guideline 05), ";" or "," (Guideline 36, whose central
    documents use ",")."""
    if view.guideline == "hd36":
        return (";", ","), SEPARATOR_NAMES["semicolon_or_comma"]()
    return (";",), SEPARATOR_NAMES["semicolon"]()


def _dash(item: Item) -> bool:
    return is_dash(item.first.text)


class KinhGuiLabel(Rule):
    """## What it does
    Checks that the addressee block opens with "Kính gửi:" (or a Party tờ trình's
    "Kính trình:") — that spelling and case, then a colon.

    ## Why it matters
    "Từ 'Kính gửi' ... bằng chữ in thường ...; sau từ 'Kính gửi' có dấu hai chấm (:)".
    Guideline 05 keeps the colon after "Kính gửi" and "Kính trình".

    ## Example
    ```text
    KÍNH GỬI Sở Y tế tỉnh Lạng Sơn
    ```

    ## Use instead
    ```text
    Kính gửi: Sở Y tế tỉnh Lạng Sơn
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.9d; HD 36-HD/VPTW, ô 9a
    """

    code = "VN501"
    name = "kinh-gui-label"
    families = BOTH
    level = ERROR_UNLESS_HD36
    evidence = CONFIRMED_UNLESS_HD36
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục II.9d", "hd36": "ô 9a", "hd05": "Phần II, mục I.9.2.3–9.2.4"})
    summary_vi = (
        "Kiểm tra phần nơi nhận mở đầu bằng \"Kính gửi:\" (hoặc \"Kính trình:\" ở tờ trình của "
        "Đảng): viết đúng chữ, đúng chữ hoa và chữ thường, sau đó là dấu hai chấm (:)."
    )
    messages = phrases(
        spelling=("'{word}' should be written '{label}'", "'{word}' phải viết là '{label}'"),
        no_colon=("no colon after '{label}'", "thiếu dấu hai chấm (:) sau '{label}'"),
        label_fix=("write '{label}:'", "viết '{label}:'"),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        found = kinh_gui(view)
        if found is None:
            return
        label, _items = found
        m = _LABEL.match(label.text)
        if m is None:
            return
        a, b = m.span("word")
        word = m.group("word")
        meant = _meant(m)
        if word != meant:
            yield Finding(
                self.msg("spelling", word=word, label=meant),
                label.loc(a, b),
                fix=self.msg("label_fix", label=meant),
            )
        elif not m.group("colon"):
            yield Finding(
                self.msg("no_colon", label=meant), label.loc(a, b), fix=self.msg("label_fix", label=meant)
            )


class KinhGuiSingleInline(Rule):
    """## What it does
    Checks that a single addressee is written on the "Kính gửi:" line itself.

    ## Why it matters
    "Nếu văn bản gửi cho một cơ quan ... thì từ 'Kính gửi' và tên cơ quan ... được
    trình bày trên cùng một dòng".

    ## Example
    ```text
    Kính gửi:
    - Sở Y tế tỉnh Lạng Sơn.
    ```

    ## Use instead
    ```text
    Kính gửi: Sở Y tế tỉnh Lạng Sơn
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.9d; HD 36-HD/VPTW, ô 9a
    """

    code = "VN502"
    name = "kinh-gui-single-inline"
    families = BOTH
    level = LEVELS
    evidence = EVIDENCE
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục II.9d", "hd36": "ô 9a"})
    summary_vi = (
        "Kiểm tra văn bản chỉ gửi một cơ quan, tổ chức, cá nhân thì tên nơi nhận được viết ngay "
        "trên dòng \"Kính gửi:\"."
    )
    messages = phrases(
        single=(
            "a single addressee goes on the 'Kính gửi:' line",
            "chỉ có một nơi nhận thì viết trên cùng dòng với 'Kính gửi:'",
        ),
        single_fix=("write 'Kính gửi: {addressee}'", "viết 'Kính gửi: {addressee}'"),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        found = kinh_gui(view)
        if found is None:
            return
        label, items = found
        if len(items) == 1 and items[0].first.line != label.line:
            yield Finding(
                self.msg("single"),
                items[0].loc(),
                fix=self.msg("single_fix", addressee=items[0].text.lstrip("-–•+* ").rstrip(";.,")),
            )


class KinhGuiListLines(Rule):
    """## What it does
    Checks that two or more addressees start on the line after "Kính gửi:", one per
    line, each opened by "-".

    ## Why it matters
    "trường hợp văn bản gửi cho hai cơ quan ... trở lên thì xuống dòng, tên mỗi cơ
    quan ... được trình bày trên một dòng riêng, đầu dòng có gạch đầu dòng (-)"; the
    dashes are aligned under the colon.

    ## Example
    ```text
    Kính gửi: Sở Y tế;
    + Sở Tài chính.
    ```

    ## Use instead
    ```text
    Kính gửi:
             - Sở Y tế;
             - Sở Tài chính.
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.9d; Phụ lục III, Mẫu 1.5; HD 36-HD/VPTW, ô 9a
    """

    code = "VN503"
    name = "kinh-gui-list-lines"
    families = BOTH
    level = LEVELS
    evidence = CONFIRMED_STATE_TEXT_HD05
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục II.9d; Phụ lục III, Mẫu 1.5", "hd36": "ô 9a", "hd05": "Phần II, mục I.9.2.3"})
    summary_vi = (
        "Kiểm tra văn bản gửi từ hai nơi nhận trở lên thì xuống dòng sau \"Kính gửi:\", mỗi "
        "nơi nhận trên một dòng riêng, đầu dòng có gạch đầu dòng (-)."
    )
    messages = phrases(
        same_line=(
            "with several addressees the list starts on the line after 'Kính gửi:'",
            "có từ hai nơi nhận trở lên thì danh sách bắt đầu từ dòng dưới 'Kính gửi:'",
        ),
        same_line_fix=("break the line after 'Kính gửi:'", "xuống dòng sau 'Kính gửi:'"),
        no_dash=(
            "addressee '{addressee}' does not start with '- '",
            "nơi nhận '{addressee}' không bắt đầu bằng gạch đầu dòng '- '",
        ),
        no_dash_fix=("open each addressee with '- '", "mở đầu mỗi nơi nhận bằng gạch đầu dòng '- '"),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        found = kinh_gui(view)
        if found is None:
            return
        label, items = found
        if len(items) < 2:
            return
        flattened = items[-1].last.line == label.line  # a table cell flattened by a converter
        for item in items:
            if item.first.line == label.line and not flattened:
                yield Finding(
                    self.msg("same_line"),
                    item.loc(),
                    fix=self.msg("same_line_fix"),
                )
            elif not _dash(item) and not (flattened and item is items[0]):
                yield Finding(
                    self.msg("no_dash", addressee=item.text),
                    item.first.loc(0, 1),
                    fix=self.msg("no_dash_fix"),
                    edit=bullet_edit(item.first),
                )


class KinhGuiListSemicolon(Rule):
    """## What it does
    Checks that each addressee of a "Kính gửi:" (or "Kính trình:") list but the last
    ends with ";". A Party document judged by Guideline 36 may use "," instead; one
    judged by Guideline 05 (dated from 27/5/2026) may not.

    ## Why it matters
    "cuối dòng có dấu chấm phẩy (;)" (Decree 30). Guideline 05 asks for ";" after each
    recipient or group, where Guideline 36's central documents used ","; the same
    letter dated before 27/5/2026 keeps the "," it may have.

    ## Example
    ```text
    Kính gửi:
             - Sở Y tế,
             - Sở Tài chính.
    ```

    ## Use instead
    ```text
    Kính gửi:
             - Sở Y tế;
             - Sở Tài chính.
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.9d; HD 36-HD/VPTW, ô 9a
    """

    code = "VN504"
    name = "kinh-gui-list-semicolon"
    families = BOTH
    level = ERROR_UNLESS_HD36
    evidence = CONFIRMED_UNLESS_HD36
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục II.9d", "hd36": "ô 9a", "hd05": "Phần II, mục I.9.2.3–9.2.5"})
    summary_vi = (
        "Kiểm tra mỗi nơi nhận trong danh sách \"Kính gửi:\" (hoặc \"Kính trình:\"), trừ nơi "
        "nhận cuối cùng, kết thúc bằng dấu chấm phẩy (;)."
    )
    messages = phrases(
        no_separator=(
            "addressee '{addressee}' does not end with {separator}",
            "nơi nhận '{addressee}' không kết thúc bằng {separator}",
        ),
        no_separator_fix=("end it with {separator}", "kết thúc bằng {separator}"),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        found = kinh_gui(view)
        if found is None:
            return
        _label, items = found
        if len(items) < 2:
            return
        ends, shown = separators(view)
        for item in items[:-1]:
            if not clean_end(item.last.text).endswith(ends):
                yield Finding(
                    self.msg("no_separator", addressee=item.text, separator=shown),
                    item.last.loc_end(),
                    fix=self.msg("no_separator_fix", separator=shown),
                    edit=ending_edit(item.last, ";"),
                )


class KinhGuiListPeriod(Rule):
    """## What it does
    Checks that the last addressee of a list ends with ".". In a Party document judged
    by Guideline 05, ";" is accepted too.

    ## Why it matters
    "cuối dòng cuối cùng có dấu chấm (.)" (Decree 30). Guideline 05 puts ";" after each
    recipient and does not say how the last one ends; one secondary source ends it
    with ".", so both pass there (unconfirmed: a warning).

    ## Example
    ```text
    Kính gửi:
             - Sở Y tế;
             - Sở Tài chính;
    ```

    ## Use instead
    ```text
    Kính gửi:
             - Sở Y tế;
             - Sở Tài chính.
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.9d; HD 36-HD/VPTW, ô 9a
    """

    code = "VN505"
    name = "kinh-gui-list-period"
    families = BOTH
    level = LEVELS
    evidence = MappingProxyType({"state": "C", "hd36": "S", "hd05": "U"})
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục II.9d", "hd36": "ô 9a", "hd05": "Phần II, mục I.9.2.5"})
    summary_vi = "Kiểm tra nơi nhận cuối cùng của danh sách \"Kính gửi:\" kết thúc bằng dấu chấm (.)."
    messages = phrases(
        no_period=(
            "the last addressee '{addressee}' does not end with '.'",
            "nơi nhận cuối cùng '{addressee}' không kết thúc bằng dấu chấm (.)",
        ),
        no_period_fix=("end it with '.'", "kết thúc bằng dấu chấm (.)"),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        found = kinh_gui(view)
        if found is None:
            return
        _label, items = found
        # Guideline 05 puts ";" after each recipient and says nothing of the last: its
        # "." (one secondary source) and its ";" (the guideline's words) both pass.
        ends = (".", ";") if view.guideline == "hd05" else (".",)
        if len(items) >= 2 and not clean_end(items[-1].last.text).endswith(ends):
            last = items[-1]
            yield Finding(
                self.msg("no_period", addressee=last.text),
                last.last.loc_end(),
                fix=self.msg("no_period_fix"),
                edit=ending_edit(last.last, "."),
            )


class CongVanKinhGui(Rule):
    """## What it does
    Checks that a công văn has its addressees ("Kính gửi: ...").

    ## Why it matters
    A công văn is a letter to someone: its Nơi nhận has two parts, "Kính gửi" with the
    bodies that act on it, then "Nơi nhận" (mục II.9b).

    ## Example
    ```text
    Số: 12/UBND-VX
    V/v tăng cường phòng, chống dịch

    Ủy ban nhân dân tỉnh đề nghị ...
    ```

    ## Use instead
    ```text
    Số: 12/UBND-VX
    V/v tăng cường phòng, chống dịch

    Kính gửi: Sở Y tế tỉnh Lạng Sơn

    Ủy ban nhân dân tỉnh đề nghị ...
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.9b; Phụ lục III, Mẫu 1.5; HD 36-HD/VPTW, ô 9a

    Reported at the last line of the header.
    """

    code = "VN506"
    requires = ()  # it reports the block missing
    name = "cong-van-kinh-gui"
    families = BOTH
    level = ERROR_UNLESS_HD36
    evidence = CONFIRMED_UNLESS_HD36
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục II.9b; Phụ lục III, Mẫu 1.5", "hd36": "ô 9a", "hd05": "Phần II, mục I.9.2.3"})
    summary_vi = "Kiểm tra công văn có nơi nhận ghi sau \"Kính gửi:\"."
    messages = phrases(
        missing=("a công văn without 'Kính gửi:' addressees", "công văn không có nơi nhận 'Kính gửi:'"),
        missing_fix=(
            "add 'Kính gửi: <addressee>' under the header",
            "thêm 'Kính gửi: <nơi nhận>' dưới phần đầu văn bản",
        ),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        if not view.is_cong_van or view.has("addressees"):
            return
        yield Finding(
            self.msg("missing"),
            view.line_loc(view.header_end),
            fix=self.msg("missing_fix"),
        )
