"""VN5xx: the addressees, "Kính gửi:" (ô 9a).

ND30 Phụ lục I, mục II.9d: "Kính gửi" then a colon. One addressee: on the same line.
Two or more: from the next line, one per line, each opened by "-" (the dashes aligned
under the colon), each ending with ";", the last with ".". A công văn always has
them (mục II.9b). The Party form is reported from secondary sources: warnings.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

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
    ERROR_STATE_WARNING_PARTY,
    Finding,
    Rule,
    RuleOptions,
)

_LABEL = regex.compile(
    r"^(?P<lead>[-–•*\s]*)(?P<word>k\S*nh\s*g\S*i)(?P<gap>\s*)(?P<colon>:?)", regex.IGNORECASE
)
LEVELS = ERROR_STATE_WARNING_PARTY
EVIDENCE = CONFIRMED_STATE_SECONDARY_PARTY


def kinh_gui(view: DocView) -> tuple[Piece, list[Item]] | None:
    """The "Kính gửi" piece and the addressees, when the document has that block."""
    label, items = view.addressee_items
    if label is None or not fold(label.text).lstrip("-–•* ").startswith("kinh gui"):
        return None
    return label, items


def _dash(item: Item) -> bool:
    return is_dash(item.first.text)


class KinhGuiLabel(Rule):
    """## What it does
    Checks that the addressee block opens with "Kính gửi:" — that spelling and case,
    then a colon.

    ## Why it matters
    "Từ 'Kính gửi' ... bằng chữ in thường ...; sau từ 'Kính gửi' có dấu hai chấm (:)".

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
    level = LEVELS
    evidence = EVIDENCE

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        found = kinh_gui(view)
        if found is None:
            return
        label, _items = found
        m = _LABEL.match(label.text)
        if m is None:
            return
        a, b = m.span("word")
        if m.group("word") != "Kính gửi":
            yield Finding(
                f"'{m.group('word')}' should be written 'Kính gửi'",
                label.loc(a, b),
                fix="write 'Kính gửi:'",
            )
        elif not m.group("colon"):
            yield Finding("no colon after 'Kính gửi'", label.loc(a, b), fix="write 'Kính gửi:'")


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

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        found = kinh_gui(view)
        if found is None:
            return
        label, items = found
        if len(items) == 1 and items[0].first.line != label.line:
            yield Finding(
                "a single addressee goes on the 'Kính gửi:' line",
                items[0].loc(),
                fix=f"write 'Kính gửi: {items[0].text.lstrip('-–•+* ').rstrip(';.,')}'",
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
    evidence = EVIDENCE

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
                    "with several addressees the list starts on the line after 'Kính gửi:'",
                    item.loc(),
                    fix="break the line after 'Kính gửi:'",
                )
            elif not _dash(item) and not (flattened and item is items[0]):
                yield Finding(
                    f"addressee '{item.text}' does not start with '- '",
                    item.first.loc(0, 1),
                    fix="open each addressee with '- '",
                    edit=bullet_edit(item.first),
                )


class KinhGuiListSemicolon(Rule):
    """## What it does
    Checks that each addressee of a list but the last ends with ";" ("," is accepted
    in Party documents).

    ## Why it matters
    "cuối dòng có dấu chấm phẩy (;)".

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
    level = LEVELS
    evidence = EVIDENCE

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        found = kinh_gui(view)
        if found is None:
            return
        _label, items = found
        if len(items) < 2:
            return
        ends = (";", ",") if view.family == "party" else (";",)
        shown = "';' or ','" if view.family == "party" else "';'"
        for item in items[:-1]:
            if not clean_end(item.last.text).endswith(ends):
                yield Finding(
                    f"addressee '{item.text}' does not end with {shown}",
                    item.last.loc_end(),
                    fix=f"end it with {shown}",
                    edit=ending_edit(item.last, ";"),
                )


class KinhGuiListPeriod(Rule):
    """## What it does
    Checks that the last addressee of a list ends with ".".

    ## Why it matters
    "cuối dòng cuối cùng có dấu chấm (.)".

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
    evidence = EVIDENCE

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        found = kinh_gui(view)
        if found is None:
            return
        _label, items = found
        if len(items) >= 2 and not clean_end(items[-1].last.text).endswith("."):
            last = items[-1]
            yield Finding(
                f"the last addressee '{last.text}' does not end with '.'",
                last.last.loc_end(),
                fix="end it with '.'",
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
    level = LEVELS
    evidence = EVIDENCE

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        if not view.is_cong_van or view.has("addressees"):
            return
        yield Finding(
            "a công văn without 'Kính gửi:' addressees",
            view.line_loc(view.header_end),
            fix="add 'Kính gửi: <addressee>' under the header",
        )
