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

from vndocparse.i18n import phrases
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
    CONFIRMED_STATE_TEXT_HD05,
    CONFIRMED_UNLESS_HD36,
    ERROR_STATE_WARNING_PARTY,
    ERROR_UNLESS_HD36,
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
    level = ERROR_UNLESS_HD36
    evidence = CONFIRMED_UNLESS_HD36
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục II.9d", "hd36": "ô 9b", "hd05": "Phần II, mục I.9.2.1"})
    summary_vi = (
        "Kiểm tra chữ \"Nơi nhận:\" của danh sách nơi nhận: viết đúng chữ, đúng chữ hoa và chữ "
        "thường, có dấu hai chấm (:), và không có nơi nhận nào trên cùng dòng."
    )
    messages = phrases(
        spelling=("'{word}' should be written 'Nơi nhận'", "'{word}' phải viết là 'Nơi nhận'"),
        no_colon=("no colon after 'Nơi nhận'", "thiếu dấu hai chấm (:) sau 'Nơi nhận'"),
        label_fix=("write 'Nơi nhận:'", "viết 'Nơi nhận:'"),
        entry_on_label=("an entry on the 'Nơi nhận:' line", "có nơi nhận viết trên cùng dòng với 'Nơi nhận:'"),
        entry_on_label_fix=("start the entries on the next line", "xuống dòng rồi mới ghi các nơi nhận"),
    )

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
                self.msg("spelling", word=m.group("word")),
                label.loc(a, b),
                fix=self.msg("label_fix"),
            )
        elif not m.group("colon"):
            yield Finding(self.msg("no_colon"), label.loc(a, b), fix=self.msg("label_fix"))
        # A list held whole on the label's line is a table cell flattened by a converter,
        # not a layout choice: only a first entry beside the label is reported.
        if items and items[0].first.line == label.line and items[-1].last.line != label.line:
            yield Finding(
                self.msg("entry_on_label"),
                items[0].first.loc(),
                fix=self.msg("entry_on_label_fix"),
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
    level = ERROR_UNLESS_HD36
    evidence = CONFIRMED_UNLESS_HD36
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục II.9b; Phụ lục III, Mẫu 1.5", "hd36": "ô 9b", "hd05": "Phần II, mục I.9.2.3"})
    summary_vi = (
        "Kiểm tra văn bản có phần \"Kính gửi\" thì danh sách Nơi nhận bắt đầu bằng "
        "\"- Như trên;\"."
    )
    messages = phrases(
        first=(
            "the first entry is '{entry}', not '- Như trên;'",
            "dòng đầu tiên của Nơi nhận là '{entry}', không phải '- Như trên;'",
        ),
        first_fix=("start the list with '- Như trên;'", "bắt đầu danh sách Nơi nhận bằng '- Như trên;'"),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        if kinh_gui(view) is None:
            return
        items = entries(view)
        if not items:
            return
        first = items[0]
        if strip_bullet(clean_end(first.text)).rstrip(" ;,.") != "Như trên":
            yield Finding(
                self.msg("first", entry=first.text),
                first.loc(),
                fix=self.msg("first_fix"),
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
    evidence = CONFIRMED_STATE_TEXT_HD05
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục II.9d", "hd36": "ô 9b", "hd05": "Phần II, mục I.9.2.5"})
    summary_vi = "Kiểm tra mỗi dòng của danh sách Nơi nhận bắt đầu bằng gạch đầu dòng (-)."
    messages = phrases(
        no_dash=(
            "entry '{entry}' does not start with '- '",
            "dòng '{entry}' không bắt đầu bằng gạch đầu dòng '- '",
        ),
        no_dash_fix=("open the entry with '- '", "mở đầu dòng bằng gạch đầu dòng '- '"),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        for item in entries(view):
            if not is_dash(item.first.text):
                yield Finding(
                    self.msg("no_dash", entry=item.text),
                    item.first.loc(0, 1),
                    fix=self.msg("no_dash_fix"),
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
    level = ERROR_UNLESS_HD36
    evidence = CONFIRMED_UNLESS_HD36
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục II.9d", "hd36": "ô 9b", "hd05": "Phần II, mục I.9.2.5"})
    summary_vi = (
        "Kiểm tra dấu cuối mỗi dòng của Nơi nhận: dấu chấm phẩy (;) ở mọi dòng trừ dòng cuối, "
        "dấu chấm (.) ở dòng cuối (dòng \"Lưu ...\")."
    )
    messages = phrases(
        no_separator=(
            "entry '{entry}' does not end with {separator}",
            "dòng '{entry}' không kết thúc bằng {separator}",
        ),
        no_separator_fix=("end it with {separator}", "kết thúc bằng {separator}"),
        no_period=(
            "the last entry '{entry}' does not end with '.'",
            "dòng cuối cùng '{entry}' không kết thúc bằng dấu chấm (.)",
        ),
        no_period_fix=("end it with '.'", "kết thúc bằng dấu chấm (.)"),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        items = entries(view)
        ends, shown = separators(view)
        for item in items[:-1]:
            if not clean_end(item.last.text).endswith(ends):
                yield Finding(
                    self.msg("no_separator", entry=item.text, separator=shown),
                    item.last.loc_end(),
                    fix=self.msg("no_separator_fix", separator=shown),
                    edit=ending_edit(item.last, ";"),
                )
        if items and not clean_end(items[-1].last.text).endswith("."):
            last = items[-1]
            yield Finding(
                self.msg("no_period", entry=last.text),
                last.last.loc_end(),
                fix=self.msg("no_period_fix"),
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
    level = ERROR_UNLESS_HD36
    evidence = CONFIRMED_UNLESS_HD36
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục II.9d", "hd36": "ô 9b", "hd05": "Phần II, mục I.9.2.5"})
    summary_vi = "Kiểm tra danh sách Nơi nhận kết thúc bằng dòng lưu văn bản, \"- Lưu ...\"."
    messages = phrases(
        no_luu=("the Nơi nhận list has no 'Lưu' entry", "danh sách Nơi nhận không có dòng 'Lưu'"),
        no_luu_fix=("end the list with '- Lưu: VT, <unit>.'", "kết thúc danh sách bằng '- Lưu: VT, <đơn vị>.'"),
        not_last=(
            "the 'Lưu' entry is not the last of the list",
            "dòng 'Lưu' không phải là dòng cuối cùng của danh sách",
        ),
        not_last_fix=("move it to the end of the list", "chuyển dòng này xuống cuối danh sách"),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        items = entries(view)
        if not items:
            return
        luu = [i for i, it in enumerate(items) if _is_luu(it)]
        if not luu:
            yield Finding(
                self.msg("no_luu"),
                items[-1].loc(),
                fix=self.msg("no_luu_fix"),
            )
        elif luu[-1] != len(items) - 1:
            item = items[luu[-1]]
            yield Finding(
                self.msg("not_last"),
                item.loc(),
                fix=self.msg("not_last_fix"),
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
    summary_vi = "Kiểm tra cách ghi dòng \"Lưu\"."
    messages = phrases(
        state_form=(
            "'{entry}' is the state form; a Party list ends '- Lưu <body>.'",
            "'{entry}' là cách ghi của văn bản hành chính; Nơi nhận của văn bản của Đảng kết thúc bằng '- Lưu <cơ quan>.'",
        ),
        party_fix=("write e.g. '- Lưu Văn phòng Tỉnh ủy.'", "viết, ví dụ: '- Lưu Văn phòng Tỉnh ủy.'"),
        no_colon=("'{entry}': no colon after 'Lưu'", "'{entry}': thiếu dấu hai chấm (:) sau 'Lưu'"),
        vt_not_first=(
            "'{entry}': 'VT' (văn thư) does not come first",
            "'{entry}': 'VT' (văn thư) không đứng đầu tiên sau 'Lưu:'",
        ),
        state_fix=("write '- Lưu: VT, <unit>.'", "viết '- Lưu: VT, <đơn vị>.'"),
    )

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
                    self.msg("state_form", entry=text),
                    item.loc(),
                    fix=self.msg("party_fix"),
                )
            return
        if regex.match(r"^luu\s*:\s*vt\b", folded):
            return
        if not regex.match(r"^luu\s*:", folded):
            yield Finding(self.msg("no_colon", entry=text), item.loc(), fix=self.msg("state_fix"))
        else:
            yield Finding(self.msg("vt_not_first", entry=text), item.loc(), fix=self.msg("state_fix"))
