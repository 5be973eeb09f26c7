"""VN3xx: the place and date line, ``<Địa danh>, ngày DD tháng M năm YYYY``.

ND30 Phụ lục I, mục II.4: the date is written in full with Arabic digits, a leading
zero for days below 10 and for months 1 and 2 only; lower case except the place
name, whose words start with capitals; a comma after the place. The Party form uses
the same grammar (layout rules §3.4, from originals: secondary), so the Party levels
are warnings.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Iterator
from dataclasses import dataclass
from types import MappingProxyType

import regex

from vndocparse.i18n import Message, phrases
from vndocparse.tables import dateline
from vndocparse.validate.context import DocView, Piece
from vndocparse.validate.diagnostics import Edit, Location
from vndocparse.validate.registry import (
    BOTH,
    CONFIRMED_STATE_TEXT_HD05,
    CONFIRMED_UNLESS_HD36,
    ERROR_STATE_WARNING_PARTY,
    ERROR_UNLESS_HD36,
    Finding,
    Rule,
    RuleOptions,
)

# Lenient: any case, an optional comma, blank day/month/year of drafts, a tail.
_DATE = dateline.FORM
#: Second words of administrative-unit names that ND30's own example writes in lower
#: case ("Thành phố Hồ Chí Minh"); PL II capitalises the name, not the unit word.
#: Unit words whose second syllable may be in lower case; "Đặc khu" is the special zone
#: of the two-level government (Guideline 05, Phần II, mục I.4.1).
_UNIT_WORDS = {("thành", "phố"), ("thị", "xã"), ("thị", "trấn"), ("đặc", "khu")}


@dataclass(frozen=True)
class DateLine:
    piece: Piece
    m: regex.Match[str]

    def span(self, group: str) -> tuple[int, int]:
        return self.m.start(group), self.m.end(group)

    def loc(self, group: str) -> Location:
        a, b = self.span(group)
        return self.piece.loc(a, b)


def read_date(view: DocView) -> DateLine | None:
    """The date line taken apart, or None when there is none or it is not in the form."""
    piece = view.date_piece
    if piece is None:
        return None
    m = _DATE.match(piece.text)
    return DateLine(piece, m) if m else None


class DateLineForm(Rule):
    """## What it does
    Checks that the date line reads ``<Địa danh>, ngày <day> tháng <month> năm <year>``:
    the words "ngày", "tháng", "năm" with the numbers after them, a four-digit year.

    ## Why it matters
    "Thời gian ban hành văn bản phải được viết đầy đủ": a date written ``05/3/2020``,
    without a year, or without its place is not the date line of the form, and the
    date of issue is what registers sort by.

    ## Example
    ```text
    Hà Nội, 05/3/2020
    ```

    ## Use instead
    ```text
    Hà Nội, ngày 05 tháng 3 năm 2020
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.4b–c; HD 36-HD/VPTW, ô 4
    """

    code = "VN301"
    name = "date-line-form"
    families = BOTH
    level = ERROR_UNLESS_HD36
    evidence = CONFIRMED_UNLESS_HD36
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục II.4b–c", "hd36": "ô 4", "hd05": "Phần II, mục I.4.2"})
    summary_vi = (
        "Kiểm tra dòng địa danh và thời gian ban hành có dạng ``<Địa danh>, ngày <ngày> tháng "
        "<tháng> năm <năm>``: có các chữ \"ngày\", \"tháng\", \"năm\" và số đi sau mỗi chữ, "
        "năm ghi đủ bốn chữ số."
    )
    messages = phrases(
        form=(
            "the date line '{line}' is not in the form '<Địa danh>, ngày DD tháng MM năm YYYY'",
            "dòng địa danh và thời gian ban hành '{line}' không đúng dạng '<Địa danh>, ngày DD tháng MM năm YYYY'",
        ),
        form_fix=(
            "write e.g. 'Hà Nội, ngày 05 tháng 3 năm 2020'",
            "viết, ví dụ: 'Hà Nội, ngày 05 tháng 3 năm 2020'",
        ),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        piece = view.date_piece
        if piece is None or _DATE.match(piece.text):
            return
        yield Finding(self.msg("form", line=piece.text), piece.loc(), fix=self.msg("form_fix"))


class DateDayLeadingZero(Rule):
    """## What it does
    Checks that a day below 10 is written with a leading zero: ``ngày 05``.

    ## Why it matters
    "đối với những số thể hiện ngày nhỏ hơn 10 ... phải ghi thêm số 0 phía trước".

    ## Example
    ```text
    Hà Nội, ngày 5 tháng 3 năm 2020
    ```

    ## Use instead
    ```text
    Hà Nội, ngày 05 tháng 3 năm 2020
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.4b; HD 36-HD/VPTW, ô 4
    """

    code = "VN302"
    name = "date-day-leading-zero"
    families = BOTH
    level = ERROR_UNLESS_HD36
    evidence = CONFIRMED_UNLESS_HD36
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục II.4b", "hd36": "ô 4", "hd05": "Phần II, mục I.4.2"})
    summary_vi = "Kiểm tra ngày nhỏ hơn 10 có số 0 ở trước: ``ngày 05``."
    messages = phrases(
        day_zero=("day {day} below 10 without a leading zero", "ngày {day} nhỏ hơn 10 phải có số 0 ở trước"),
        day_zero_fix=("write 'ngày 0{day}'", "viết 'ngày 0{day}'"),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        date = read_date(view)
        if date is None:
            return
        d = date.m.group("d")
        if d and len(d) == 1 and d != "0":
            yield Finding(
                self.msg("day_zero", day=d),
                date.loc("d"),
                fix=self.msg("day_zero_fix", day=d),
                edit=Edit(location=date.loc("d"), text=f"0{d}"),
            )


class DateMonthLeadingZero(Rule):
    """## What it does
    Checks that January and February are written with a leading zero: ``tháng 01``,
    ``tháng 02``.

    ## Why it matters
    The zero is required "đối với những số thể hiện ... tháng 1, 2": a "1" could be the
    start of 10, 11 or 12 on a form filled in by hand.

    ## Example
    ```text
    Hà Nội, ngày 05 tháng 1 năm 2020
    ```

    ## Use instead
    ```text
    Hà Nội, ngày 05 tháng 01 năm 2020
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.4b; HD 36-HD/VPTW, ô 4
    """

    code = "VN303"
    name = "date-month-leading-zero"
    families = BOTH
    level = ERROR_UNLESS_HD36
    evidence = CONFIRMED_UNLESS_HD36
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục II.4b", "hd36": "ô 4", "hd05": "Phần II, mục I.4.2"})
    summary_vi = "Kiểm tra tháng 1 và tháng 2 có số 0 ở trước: ``tháng 01``, ``tháng 02``."
    messages = phrases(
        month_zero=("month {month} without a leading zero", "tháng {month} phải có số 0 ở trước"),
        month_zero_fix=("write 'tháng 0{month}'", "viết 'tháng 0{month}'"),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        date = read_date(view)
        if date is None:
            return
        m = date.m.group("m")
        if m in ("1", "2"):
            yield Finding(
                self.msg("month_zero", month=m),
                date.loc("m"),
                fix=self.msg("month_zero_fix", month=m),
                edit=Edit(location=date.loc("m"), text=f"0{m}"),
            )


class DateMonthExtraZero(Rule):
    """## What it does
    Checks that months 3 to 12 are written without a leading zero: ``tháng 3``, not
    ``tháng 03``.

    ## Why it matters
    The leading zero is for months 1 and 2 only; ND30's own header reads "Hà Nội, ngày
    05 tháng 3 năm 2020".

    ## Example
    ```text
    Hà Nội, ngày 05 tháng 03 năm 2020
    ```

    ## Use instead
    ```text
    Hà Nội, ngày 05 tháng 3 năm 2020
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.4b; HD 36-HD/VPTW, ô 4
    """

    code = "VN304"
    name = "date-month-extra-zero"
    families = BOTH
    level = ERROR_UNLESS_HD36
    evidence = CONFIRMED_UNLESS_HD36
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục II.4b", "hd36": "ô 4", "hd05": "Phần II, mục I.4.2"})
    summary_vi = (
        "Kiểm tra các tháng từ 3 đến 12 được viết không có số 0 ở trước: ``tháng 3``, "
        "không phải ``tháng 03``."
    )
    messages = phrases(
        extra_zero=("month {month} with a leading zero", "tháng {month} không được có số 0 ở trước"),
        extra_zero_fix=("write 'tháng {month}'", "viết 'tháng {month}'"),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        date = read_date(view)
        if date is None:
            return
        m = date.m.group("m")
        if m and len(m) == 2 and m[0] == "0" and int(m) >= 3:
            yield Finding(
                self.msg("extra_zero", month=m),
                date.loc("m"),
                fix=self.msg("extra_zero_fix", month=int(m)),
                edit=Edit(location=date.loc("m"), text=str(int(m))),
            )


class DateNotReal(Rule):
    """## What it does
    Checks that the day, month and year make a real calendar date.

    ## Why it matters
    ``ngày 31 tháng 4`` or ``ngày 29 tháng 02 năm 2023`` cannot be a date of issue; it
    is a typo that makes the document's date unknown.

    ## Example
    ```text
    Hà Nội, ngày 31 tháng 4 năm 2024
    ```

    ## Use instead
    ```text
    Hà Nội, ngày 30 tháng 4 năm 2024
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.4b; HD 36-HD/VPTW, ô 4
    """

    code = "VN305"
    name = "date-not-real"
    families = BOTH
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục II.4b", "hd36": "ô 4", "hd05": "Phần II, mục I.4.2"})
    summary_vi = "Kiểm tra ngày, tháng, năm ghép lại là một ngày có thật trên lịch."
    messages = phrases(
        not_real=(
            "day {day}, month {month}, year {year} is not a calendar date",
            "ngày {day} tháng {month} năm {year} không phải là ngày có thật trên lịch",
        ),
        not_real_fix=("correct the date", "sửa lại ngày, tháng, năm"),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        date = read_date(view)
        if date is None:
            return
        d, m, y = (date.m.group(g) for g in ("d", "m", "y"))
        if not (d and m and y):
            return
        try:
            _dt.date(int(y), int(m), int(d))
        except ValueError:
            a = date.m.start("d")
            b = date.m.end("y")
            yield Finding(
                self.msg("not_real", day=d, month=m, year=y),
                date.piece.loc(a, b),
                fix=self.msg("not_real_fix"),
            )


def _written(day: _dt.date) -> Message:
    """A date as each language writes it in a message: ISO (``2024-03-05``) in English,
    ``05/03/2024`` in Vietnamese."""
    return Message(day.isoformat(), f"{day.day:02}/{day.month:02}/{day.year}")


class _FutureOptions(RuleOptions):
    max_days_ahead: int = 0
    """How many days after today a date of issue may be (a document dated for its signing day)."""


class DateInFuture(Rule):
    """## What it does
    Checks that the date of issue is not after today (or after today plus
    ``max-days-ahead`` days).

    ## Why it matters
    The date of issue is the date the document is signed and numbered (Điều 15); a
    date in the future is a typo (often the year) or a document dated in advance.

    ## Example
    ```text
    Hà Nội, ngày 05 tháng 3 năm 2920
    ```

    ## Use instead
    ```text
    Hà Nội, ngày 05 tháng 3 năm 2020
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Điều 15.1; Phụ lục I, mục II.4b
    """

    code = "VN306"
    name = "date-in-future"
    families = BOTH
    Options = _FutureOptions
    guidelines = MappingProxyType({"nd30": "Điều 15.1; Phụ lục I, mục II.4b", "hd36": "ô 4", "hd05": "Phần II, mục I.4.2"})
    summary_vi = (
        "Kiểm tra thời gian ban hành không muộn hơn hôm nay (hoặc hôm nay cộng thêm "
        "``max-days-ahead`` ngày)."
    )
    messages = phrases(
        future=(
            "the date of issue {when} is after today ({today})",
            "thời gian ban hành {when} muộn hơn hôm nay ({today})",
        ),
        future_fix=("check the day, month and year", "kiểm tra lại ngày, tháng, năm"),
    )

    def check(self, view: DocView, options: _FutureOptions) -> Iterator[Finding]:
        date = read_date(view)
        if date is None:
            return
        d, m, y = (date.m.group(g) for g in ("d", "m", "y"))
        if not (d and m and y):
            return
        try:
            when = _dt.date(int(y), int(m), int(d))
        except ValueError:
            return
        limit = view.today + _dt.timedelta(days=options.max_days_ahead)
        if when > limit:
            yield Finding(
                self.msg("future", when=_written(when), today=_written(view.today)),
                date.piece.loc(date.m.start("d"), date.m.end("y")),
                fix=self.msg("future_fix"),
            )


class DateNotFilled(Rule):
    """## What it does
    Reports a date line whose day, month or year is left blank
    (``Hà Nội, ngày    tháng    năm 2024``).

    ## Why it matters
    The date is filled in when the document is signed; a blank is right in a draft
    and wrong in an issued document.

    ## Example
    ```text
    Hà Nội, ngày    tháng    năm 2024
    ```

    ## Use instead
    ```text
    Hà Nội, ngày 05 tháng 3 năm 2024
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Điều 15; Phụ lục I, mục II.4b
    """

    code = "VN307"
    name = "date-not-filled"
    families = BOTH
    level = "warning"
    guidelines = MappingProxyType({"nd30": "Điều 15; Phụ lục I, mục II.4b", "hd36": "ô 4", "hd05": "Phần II, mục I.4.2"})
    summary_vi = (
        "Báo dòng địa danh và thời gian ban hành còn để trống ngày, tháng hoặc năm "
        "(``Hà Nội, ngày tháng năm 2024``)."
    )
    messages = phrases(
        blank=(
            "the date line leaves the {blank} blank: a draft",
            "dòng địa danh và thời gian ban hành còn để trống {blank}: văn bản còn là dự thảo",
        ),
        blank_day=("day", "ngày"),
        blank_month=("month", "tháng"),
        blank_year=("year", "năm"),
        blank_fix=("fill in the date when the document is issued", "điền ngày, tháng, năm khi ban hành văn bản"),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        date = read_date(view)
        if date is None:
            return
        parts = {"d": self.msg("blank_day"), "m": self.msg("blank_month"), "y": self.msg("blank_year")}
        blank = [part for g, part in parts.items() if not date.m.group(g)]
        if blank:
            listed = Message(", ".join(p.en for p in blank), ", ".join(p.vi for p in blank))
            yield Finding(
                self.msg("blank", blank=listed),
                date.piece.loc(date.m.start("ngay")),
                fix=self.msg("blank_fix"),
            )


class PlaceCapitalised(Rule):
    """## What it does
    Checks that each word of the place name starts with a capital letter (or is a
    number, as in "Quận 1"); the unit word of "Thành phố", "Thị xã", "Thị trấn" may
    be in lower case, as in ND30's own example "Thành phố Hồ Chí Minh".

    ## Why it matters
    "các chữ cái đầu của địa danh phải viết hoa": the place is a proper name.

    ## Example
    ```text
    Lạng sơn, ngày 02 tháng 01 năm 2024
    ```

    ## Use instead
    ```text
    Lạng Sơn, ngày 02 tháng 01 năm 2024
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.4c; HD 36-HD/VPTW, ô 4
    """

    code = "VN308"
    name = "place-capitalised"
    families = BOTH
    level = ERROR_STATE_WARNING_PARTY
    evidence = CONFIRMED_STATE_TEXT_HD05
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục II.4c", "hd36": "ô 4", "hd05": "Phần II, mục I.4.1"})
    summary_vi = (
        "Kiểm tra mỗi chữ của địa danh bắt đầu bằng chữ in hoa (hoặc là số, như \"Quận 1\"); "
        "riêng chữ thứ hai của \"Thành phố\", \"Thị xã\", \"Thị trấn\" có thể viết thường, "
        "như ví dụ \"Thành phố Hồ Chí Minh\" của Nghị định 30/2020/NĐ-CP."
    )
    messages = phrases(
        capital=(
            "'{word}' in the place name '{place}' does not start with a capital",
            "'{word}' trong địa danh '{place}' không viết hoa chữ cái đầu",
        ),
        capital_fix=("write '{word}'", "viết '{word}'"),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        date = read_date(view)
        if date is None:
            return
        place = date.m.group("place")
        base = date.m.start("place")
        prev = ""
        for w in regex.finditer(r"\S+", place):
            word = w.group()
            first = word[:1]
            ok = first.isupper() or first.isdigit() or not first.isalpha()
            if not ok and (prev.lower(), word.lower()) in _UNIT_WORDS:
                ok = True
            if not ok:
                yield Finding(
                    self.msg("capital", word=word, place=place),
                    date.piece.loc(base + w.start(), base + w.end()),
                    fix=self.msg("capital_fix", word=first.upper() + word[1:]),
                )
                return
            prev = word


class DateWordsLowercase(Rule):
    """## What it does
    Checks that "ngày", "tháng" and "năm" are written in lower case.

    ## Why it matters
    The date line is "bằng chữ in thường": only the place name is capitalised.

    ## Example
    ```text
    Hà Nội, Ngày 05 Tháng 3 Năm 2020
    ```

    ## Use instead
    ```text
    Hà Nội, ngày 05 tháng 3 năm 2020
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.4c; HD 36-HD/VPTW, ô 4
    """

    code = "VN309"
    name = "date-words-lowercase"
    families = BOTH
    level = ERROR_UNLESS_HD36
    evidence = CONFIRMED_UNLESS_HD36
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục II.4c", "hd36": "ô 4", "hd05": "Phần II, mục I.4.2"})
    summary_vi = "Kiểm tra các chữ \"ngày\", \"tháng\", \"năm\" được viết bằng chữ in thường."
    messages = phrases(
        not_lower=(
            "'{word}' in the date line is not in lower case",
            "'{word}' trong dòng địa danh và thời gian ban hành không viết bằng chữ in thường",
        ),
        not_lower_fix=("write '{word}'", "viết '{word}'"),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        date = read_date(view)
        if date is None:
            return
        for group, word in (("ngay", "ngày"), ("thang", "tháng"), ("nam", "năm")):
            if date.m.group(group) != word:
                yield Finding(
                    self.msg("not_lower", word=date.m.group(group)),
                    date.loc(group),
                    fix=self.msg("not_lower_fix", word=word),
                )
                return


class DateLinePunctuation(Rule):
    """## What it does
    Checks the punctuation of the date line: a comma right after the place, and
    nothing after the year.

    ## Why it matters
    "sau địa danh có dấu phẩy (,)"; the line is not a sentence and does not end with
    a full stop.

    ## Example
    ```text
    Hà Nội ngày 05 tháng 3 năm 2020.
    ```

    ## Use instead
    ```text
    Hà Nội, ngày 05 tháng 3 năm 2020
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.4c; HD 36-HD/VPTW, ô 4
    """

    code = "VN310"
    name = "date-line-punctuation"
    families = BOTH
    level = ERROR_UNLESS_HD36
    evidence = CONFIRMED_UNLESS_HD36
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục II.4c", "hd36": "ô 4", "hd05": "Phần II, mục I.4.2"})
    summary_vi = (
        "Kiểm tra dấu câu của dòng địa danh và thời gian ban hành: dấu phẩy (,) ngay sau "
        "địa danh, và không có gì sau năm."
    )
    messages = phrases(
        wrong_mark=("'{mark}' after the place name '{place}'", "dấu '{mark}' sau địa danh '{place}'"),
        no_comma=("no comma after the place name '{place}'", "thiếu dấu phẩy (,) sau địa danh '{place}'"),
        comma_fix=("write '{place}, ngày ...'", "viết '{place}, ngày ...'"),
        tail=(
            "'{tail}' after the year of the date line",
            "'{tail}' sau năm của dòng địa danh và thời gian ban hành",
        ),
        tail_fix=(
            "end the date line with the year",
            "kết thúc dòng địa danh và thời gian ban hành bằng năm ban hành",
        ),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        date = read_date(view)
        if date is None:
            return
        sep = date.m.group("sep")
        if sep != ",":
            end = date.m.end("place")
            place = date.m.group("place")
            yield Finding(
                self.msg("wrong_mark", mark=sep, place=place) if sep else self.msg("no_comma", place=place),
                date.piece.loc(end, max(date.m.end("sep"), end + 1)),
                fix=self.msg("comma_fix", place=place),
            )
        tail = date.m.group("tail")
        if tail.strip() and date.m.group("y"):
            yield Finding(
                self.msg("tail", tail=tail.strip()),
                date.loc("tail"),
                fix=self.msg("tail_fix"),
            )
