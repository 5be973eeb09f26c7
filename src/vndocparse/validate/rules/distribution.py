"""VN6xx: the distribution list, "Nơi nhận:" (ô 9b).

State (ND30 Phụ lục I, mục II.9d): "Nơi nhận" on its own line with a colon; one
entry per line opened by "-" and ending with ";"; a document with "Kính gửi" starts
the list with "- Như trên;"; the last line is "- Lưu: VT, <drafting unit> (<n>)."
Party (layout rules §3.6, secondary): entries end with "," or ";", the last line is
"- Lưu <body>." without colon or "VT".
"""

from __future__ import annotations

from collections.abc import Iterator
from types import MappingProxyType

import regex

from vndocparse.tables.distribution import is_file_copy
from vndocparse.text import fold
from vndocparse.validate.context import (
    DocView,
    Item,
    bullet_edit,
    clean_end,
    ending_edit,
    is_dash,
    strip_bullet,
)
from vndocparse.validate.registry import (
    BOTH,
    CONFIRMED_STATE_SECONDARY_PARTY,
    ERROR_STATE_WARNING_PARTY,
    Finding,
    Rule,
    RuleOptions,
)
from vndocparse.validate.rules.addressees import kinh_gui, separators

LEVELS = ERROR_STATE_WARNING_PARTY
EVIDENCE = CONFIRMED_STATE_SECONDARY_PARTY

_LABEL = regex.compile(
    r"^(?P<word>n\S{1,2}\s*nh\S{1,2}n)(?P<gap>\s*)(?P<colon>:?)", regex.IGNORECASE
)
#: The drafter's code and copies (ô 12) written under the list: "PL.(300)", "NVA(05)".
_DRAFTER = regex.compile(r"^[\p{Lu}Đ]{1,6}\.?\s*\(\d+\)\.?$")


def entries(view: DocView) -> list[Item]:
    """The Nơi nhận entries, without the drafter's code line."""
    _label, items = view.distribution_items
    return [it for it in items if not _DRAFTER.match(it.text.strip())]


def _is_luu(item: Item) -> bool:
    return is_file_copy(strip_bullet(item.text))


class NoiNhanLabel(Rule):
    """## What it does
    Checks the label of the distribution list: "Nơi nhận:" — that spelling and case,
    a colon, and no entry after it on the line.

    ## Why it matters
    "Từ 'Nơi nhận' được trình bày trên một dòng riêng ..., sau có dấu hai chấm (:)";
    the entries start on the next line. A whole list on the label's line is a table
    cell flattened by a converter and is not reported.

    ## Example
    ```text
    NƠI NHẬN: - Như trên;
    ```

    ## Use instead
    ```text
    Nơi nhận:
    - Như trên;
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.9d; HD 36-HD/VPTW, ô 9b
    """

    code = "VN601"
    name = "noi-nhan-label"
    families = BOTH
    level = MappingProxyType({"state": "error", "hd36": "warning", "hd05": "error"})
    evidence = MappingProxyType({"state": "C", "hd36": "S", "hd05": "C"})
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục II.9d", "hd36": "ô 9b", "hd05": "Phần II, mục I.9.2.1"})

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        label, items = view.distribution_items
        if label is None:
            return
        m = _LABEL.match(label.text)
        if m is None:
            return
        a, b = m.span("word")
        if m.group("word") != "Nơi nhận":
            yield Finding(
                f"'{m.group('word')}' should be written 'Nơi nhận'",
                label.loc(a, b),
                fix="write 'Nơi nhận:'",
            )
        elif not m.group("colon"):
            yield Finding("no colon after 'Nơi nhận'", label.loc(a, b), fix="write 'Nơi nhận:'")
        # A list held whole on the label's line is a table cell flattened by a converter,
        # not a layout choice: only a first entry beside the label is reported.
        if items and items[0].first.line == label.line and items[-1].last.line != label.line:
            yield Finding(
                "an entry on the 'Nơi nhận:' line",
                items[0].first.loc(),
                fix="start the entries on the next line",
            )


class NoiNhanNhuTren(Rule):
    """## What it does
    Checks that a document with "Kính gửi" addressees starts its Nơi nhận list with
    "- Như trên;".

    ## Why it matters
    "Phần thứ hai bao gồm từ 'Nơi nhận', phía dưới là từ 'Như trên'": the addressees
    are the first receivers, and the list says so instead of repeating them.

    ## Example
    ```text
    Kính gửi: Sở Y tế tỉnh Lạng Sơn
    ...
    Nơi nhận:
    - Sở Y tế tỉnh Lạng Sơn;
    - Lưu: VT, VX.
    ```

    ## Use instead
    ```text
    Kính gửi: Sở Y tế tỉnh Lạng Sơn
    ...
    Nơi nhận:
    - Như trên;
    - Lưu: VT, VX.
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.9b; Phụ lục III, Mẫu 1.5; HD 36-HD/VPTW, ô 9b
    """

    code = "VN602"
    name = "noi-nhan-nhu-tren"
    families = BOTH
    level = MappingProxyType({"state": "error", "hd36": "warning", "hd05": "error"})
    evidence = MappingProxyType({"state": "C", "hd36": "S", "hd05": "C"})
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục II.9b; Phụ lục III, Mẫu 1.5", "hd36": "ô 9b", "hd05": "Phần II, mục I.9.2.3"})

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        if kinh_gui(view) is None:
            return
        items = entries(view)
        if not items:
            return
        first = items[0]
        if strip_bullet(clean_end(first.text)).rstrip(" ;,.") != "Như trên":
            yield Finding(
                f"the first entry is '{first.text}', not '- Như trên;'",
                first.loc(),
                fix="start the list with '- Như trên;'",
            )


class NoiNhanBullets(Rule):
    """## What it does
    Checks that each entry of the Nơi nhận list starts with "-".

    ## Why it matters
    "đầu dòng có gạch đầu dòng (-) sát lề trái": one receiver (or group) per line,
    each opened by a dash.

    ## Example
    ```text
    Nơi nhận:
    + Như trên;
    Lưu: VT, VX.
    ```

    ## Use instead
    ```text
    Nơi nhận:
    - Như trên;
    - Lưu: VT, VX.
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.9d; HD 36-HD/VPTW, ô 9b
    """

    code = "VN603"
    name = "noi-nhan-bullets"
    families = BOTH
    level = LEVELS
    evidence = MappingProxyType({"state": "C", "hd36": "S", "hd05": "P"})
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục II.9d", "hd36": "ô 9b", "hd05": "Phần II, mục I.9.2.5"})

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        for item in entries(view):
            if not is_dash(item.first.text):
                yield Finding(
                    f"entry '{item.text}' does not start with '- '",
                    item.first.loc(0, 1),
                    fix="open the entry with '- '",
                    edit=bullet_edit(item.first),
                )


class NoiNhanPunctuation(Rule):
    """## What it does
    Checks the end of each Nơi nhận entry: ";" for every entry but the last, "." for
    the last (the "Lưu ..." line). In a Party document judged by Guideline 36 "," is
    accepted in place of ";" (its central documents use it); Guideline 05 (from
    27/5/2026) asks for ";".

    ## Why it matters
    "cuối dòng có dấu chấm phẩy (;), dòng cuối cùng ... cuối cùng là dấu chấm (.)"
    (Decree 30). Guideline 05: "dấu chấm phẩy" after each recipient or group, and the
    final "Lưu ..." line ends with "." — confirmed by several sources, hence an error
    for Party documents from 27/5/2026.

    ## Example
    ```text
    Nơi nhận:
    - Như trên
    - Lưu: VT, VX
    ```

    ## Use instead
    ```text
    Nơi nhận:
    - Như trên;
    - Lưu: VT, VX.
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.9d; HD 36-HD/VPTW, ô 9b
    """

    code = "VN604"
    name = "noi-nhan-punctuation"
    families = BOTH
    level = MappingProxyType({"state": "error", "hd36": "warning", "hd05": "error"})
    evidence = MappingProxyType({"state": "C", "hd36": "S", "hd05": "C"})
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục II.9d", "hd36": "ô 9b", "hd05": "Phần II, mục I.9.2.5"})

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        items = entries(view)
        ends, shown = separators(view)
        for item in items[:-1]:
            if not clean_end(item.last.text).endswith(ends):
                yield Finding(
                    f"entry '{item.text}' does not end with {shown}",
                    item.last.loc_end(),
                    fix=f"end it with {shown}",
                    edit=ending_edit(item.last, ";"),
                )
        if items and not clean_end(items[-1].last.text).endswith("."):
            last = items[-1]
            yield Finding(
                f"the last entry '{last.text}' does not end with '.'",
                last.last.loc_end(),
                fix="end it with '.'",
                edit=ending_edit(last.last, "."),
            )


class NoiNhanLuuLast(Rule):
    """## What it does
    Checks that the Nơi nhận list ends with the file-copy entry, "- Lưu ...".

    ## Why it matters
    "dòng cuối cùng bao gồm chữ 'Lưu'": the original is kept by the văn thư (and a
    copy by the drafting unit); the entry says where, and it closes the list.

    ## Example
    ```text
    Nơi nhận:
    - Như trên;
    - Lưu: VT, VX;
    - Sở Tài chính.
    ```

    ## Use instead
    ```text
    Nơi nhận:
    - Như trên;
    - Sở Tài chính;
    - Lưu: VT, VX.
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.9d; HD 36-HD/VPTW, ô 9b
    """

    code = "VN605"
    name = "noi-nhan-luu-last"
    families = BOTH
    level = MappingProxyType({"state": "error", "hd36": "warning", "hd05": "error"})
    evidence = MappingProxyType({"state": "C", "hd36": "S", "hd05": "C"})
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục II.9d", "hd36": "ô 9b", "hd05": "Phần II, mục I.9.2.5"})

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        items = entries(view)
        if not items:
            return
        luu = [i for i, it in enumerate(items) if _is_luu(it)]
        if not luu:
            yield Finding(
                "the Nơi nhận list has no 'Lưu' entry",
                items[-1].loc(),
                fix="end the list with '- Lưu: VT, <unit>.'",
            )
        elif luu[-1] != len(items) - 1:
            item = items[luu[-1]]
            yield Finding(
                "the 'Lưu' entry is not the last of the list",
                item.loc(),
                fix="move it to the end of the list",
            )


class NoiNhanLuuForm(Rule):
    """## What it does
    Checks the form of the "Lưu" entry. State: "- Lưu: VT, <drafting unit> (<n>)." —
    "Lưu", a colon, "VT" (văn thư) first. Party: "- Lưu <body>." — no colon and no
    "VT" ("- Lưu Văn phòng Tỉnh ủy.").

    ## Why it matters
    The state form is fixed by the decree ("chữ 'Lưu' sau có dấu hai chấm (:), tiếp
    theo là chữ viết tắt 'VT'"); the Party form names the keeping body in full, from
    secondary sources, hence a warning there.

    ## Example
    ```text
    - Lưu VT, VX.
    ```

    ## Use instead
    ```text
    - Lưu: VT, VX.
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.9d; HD 36-HD/VPTW, ô 9b
    """

    code = "VN606"
    name = "noi-nhan-luu-form"
    families = BOTH
    level = LEVELS
    evidence = MappingProxyType({"state": "C", "hd36": "S", "hd05": "S"})
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục II.9d", "hd36": "ô 9b", "hd05": "Phần II, mục I.9.2.5 (practice)"})

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        items = [it for it in entries(view) if _is_luu(it)]
        if not items:
            return
        item = items[-1]
        text = strip_bullet(item.text).strip()
        folded = fold(text)
        if view.family == "party":
            if regex.match(r"^luu\s*:|^luu\s+vt\b", folded):
                yield Finding(
                    f"'{text}' is the state form; a Party list ends '- Lưu <body>.'",
                    item.loc(),
                    fix="write e.g. '- Lưu Văn phòng Tỉnh ủy.'",
                )
            return
        if regex.match(r"^luu\s*:\s*vt\b", folded):
            return
        if not regex.match(r"^luu\s*:", folded):
            yield Finding(
                f"'{text}': no colon after 'Lưu'", item.loc(), fix="write '- Lưu: VT, <unit>.'"
            )
        else:
            yield Finding(
                f"'{text}': 'VT' (văn thư) does not come first",
                item.loc(),
                fix="write '- Lưu: VT, <unit>.'",
            )
