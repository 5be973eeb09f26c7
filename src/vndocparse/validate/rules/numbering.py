"""VN2xx: the number and symbol (số, ký hiệu) — its form per family, spacing, zeros, codes.

State (ND30 Phụ lục I, mục II.3): ``Số: 15/QĐ-UBND`` — "Số" in normal case with a
colon, the number with a leading zero below 10, "/" then the symbol in capitals, its
groups joined by "-", no spaces; a named type's symbol starts with its type code
(Phụ lục III), a công văn's with the issuer's code (``Số: 12/UBND-VX``). Legal
normative documents carry the year: ``Số: 30/2020/NĐ-CP``.

Party (HD 36): ``Số 36-HD/VPTW`` — no colon, "-" then the type code, "/" then the
issuer's code; a công văn has the code ``CV``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from types import MappingProxyType

import regex

from vndocparse.i18n import phrases
from vndocparse.tables.doc_types import (
    COPY_CODES,
    PARTY_RETIRED_TYPE_CODES,
    PARTY_TYPE_CODES,
    STATE_TYPE_CODES,
)
from vndocparse.text import fold
from vndocparse.validate.context import DocView, Piece
from vndocparse.validate.diagnostics import Edit, Location
from vndocparse.validate.registry import (
    BOTH,
    CONFIRMED_UNLESS_HD36,
    ERROR_UNLESS_HD36,
    PARTY,
    STATE,
    Finding,
    Rule,
    RuleOptions,
)
from vndocparse.validate.tables import LOWERCASE_CODES, PARTY_CODE_TYPES, STATE_TYPES

# "Số" (or what stands for it), an optional colon, then the value.
_HEAD = regex.compile(r"^(?P<label>[^\W\d_]{1,3}|\$\S?|86)\s*(?P<colon>[:;.]?)\s*")
_STATE = regex.compile(r"^(?P<seq>\d*)/(?:(?P<year>\d{4})/)?(?P<symbol>[^/\s]+)$")
_PARTY = regex.compile(
    r"^(?P<seq>\d*)-(?P<code>[^\W\d_]+)/(?P<issuer>[^/\s]+)(?:/(?P<unit>[a-zđ]+))?$"
)
_GROUP = regex.compile(r"^[\p{Lu}\d][\p{L}\d&]*$")
_PARTY_ISSUER = regex.compile(r"^\p{Lu}[\p{L}]*(?:-\p{Lu}[\p{L}]*)*$")
_SPACE_RUN = regex.compile(r"(?<=\S)\s+(?=\S)")
# The value ends where ordinary words start: a date line or a "V/v" glued onto the
# number's line by the extraction ("Số: 0688/BYT-MT Hà Nội, ngày ...").
_STOP = regex.compile(r"(?<!\s)\s++(?=\p{Lu}\p{Ll}+[\s,]|\p{Lu}\p{Ll}{2,}|\p{Ll}{3,}|[Vv]\s*/\s*v\b)")
# The number slot: digits (or the blank of a draft) up to the first separator.
_SLOT = regex.compile(r"^[\d\s]*[/-]")

# Phrases several rules share: the fix that gives the text to write, and a type code
# that disagrees with the type name (VN207 state, VN212 Party).
_WRITE = ("write '{text}'", "viết '{text}'")
_CODE_MISMATCH = (
    "type code '{code}' does not match the type name '{title}' (its code is '{expected}')",
    "chữ viết tắt tên loại '{code}' không khớp với tên loại '{title}' (viết tắt đúng là '{expected}')",
)


@dataclass(frozen=True)
class Number:
    """A number line taken apart; offsets index ``piece.text``."""

    piece: Piece
    label: str
    colon: str
    value: str
    """The value as written (spaces kept), from its first non-space character."""
    value_at: int
    compact: str
    """The value without spaces."""

    @property
    def state(self) -> regex.Match[str] | None:
        return _STATE.match(self.compact)

    @property
    def party(self) -> regex.Match[str] | None:
        return _PARTY.match(self.compact)

    @property
    def sequence(self) -> str:
        m = regex.match(r"^\d*", self.compact)
        return m.group() if m else ""

    def value_loc(self) -> Location:
        return self.piece.loc(self.value_at, self.value_at + len(self.value))


def read_number(view: DocView) -> Number | None:
    """The number line of ``view``, taken apart (None when there is none)."""
    piece = view.number_piece
    if piece is None:
        return None
    text = piece.text
    m = _HEAD.match(text)
    if not m:
        return None
    rest = text[m.end() :]
    stop = _STOP.search(rest)
    if stop:
        rest = rest[: stop.start()]
    value = rest.rstrip(" |,;.")
    if not value.strip():
        return None
    lead = len(value) - len(value.lstrip())
    value = value.strip()
    return Number(
        piece, m.group("label"), m.group("colon"), value, m.end() + lead, "".join(value.split())
    )


def state_groups(num: Number) -> tuple[str | None, list[str]]:
    """``(year, groups)`` of a state-form number's symbol."""
    m = num.state
    if m is None:
        return None, []
    return m.group("year"), m.group("symbol").split("-")


def _folded(code: str) -> str:
    return fold(code).upper()


_STATE_FOLDED = {_folded(c): c for c in STATE_TYPE_CODES}
_PARTY_FOLDED = {_folded(c): c for c in PARTY_TYPE_CODES}


def named_type_code(view: DocView) -> str | None:
    """The type code in the number of a document without a title and without a "V/v"
    subject — the number says it is a named type whose type name is missing."""
    if view.doc.title or view.has("title") or view.subject_is_vv:
        return None
    num = read_number(view)
    if num is None:
        return None
    if view.family == "party":
        m = num.party
        code: str = m.group("code") if m else ""
        if code in PARTY_TYPE_CODES and code != "CV":
            return code
        return None
    year, groups = state_groups(num)
    if year is None and len(groups) >= 2 and groups[0] in STATE_TYPE_CODES and groups[0] not in COPY_CODES:
        return groups[0]
    return None


class StateNumberForm(Rule):
    """## What it does
    Checks that the number of a state document has the form ``n/TYPE-ISSUER`` (named
    types), ``n/ISSUER-UNIT`` (công văn) or ``n/YYYY/TYPE-ISSUER`` (legal normative
    documents): digits, "/", then groups of capitals and digits joined by "-".

    ## Why it matters
    The symbol tells the type and the issuer (and, for a công văn, the drafting unit);
    a Party-form number (``n-TYPE/ISSUER``) in a state document, a missing group or a
    stray character makes the reference ambiguous in registers and citations.

    ## Example
    ```text
    Số: 15-QĐ/UBND
    Số: 12/UBND
    ```

    ## Use instead
    ```text
    Số: 15/QĐ-UBND
    Số: 12/UBND-VX
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.3b–c
    """

    code = "VN201"
    name = "state-number-form"
    families = STATE
    summary_vi = (
        "Kiểm tra số, ký hiệu của văn bản hành chính có dạng số/LOẠI-CƠ QUAN (văn bản có "
        "tên loại), số/CƠ QUAN-ĐƠN VỊ (công văn) hoặc số/NĂM/LOẠI-CƠ QUAN (văn bản quy phạm "
        "pháp luật): chữ số, dấu \"/\", rồi các nhóm chữ in hoa và chữ số nối bằng dấu \"-\"."
    )
    messages = phrases(
        party_form=(
            "'{number}' is in the Party form n-TYPE/ISSUER; a state document is numbered n/TYPE-ISSUER",
            (
                "'{number}' viết theo dạng số của văn bản Đảng (số-LOẠI/CƠ QUAN); văn bản hành chính "
                "ghi số/LOẠI-CƠ QUAN"
            ),
        ),
        party_form_fix=(
            "write the number, '/', then the symbol: 'Số: 15/QĐ-UBND'",
            "ghi số, dấu '/', rồi ký hiệu: 'Số: 15/QĐ-UBND'",
        ),
        not_form=(
            "'{number}' is not a number of the form n/TYPE-ISSUER",
            "'{number}' không đúng dạng số/LOẠI-CƠ QUAN",
        ),
        not_form_fix=(
            "write 'Số: <number>/<type code>-<issuer code>', e.g. 'Số: 15/QĐ-UBND'",
            (
                "ghi 'Số: <số>/<chữ viết tắt tên loại>-<chữ viết tắt tên cơ quan>', "
                "ví dụ 'Số: 15/QĐ-UBND'"
            ),
        ),
        bad_group=(
            "the symbol of '{number}' has a malformed group '{group}'",
            "ký hiệu của '{number}' có nhóm viết sai '{group}'",
        ),
        empty_group=("(empty)", "(trống)"),
        bad_group_fix=(
            "join groups of capitals and digits with single hyphens",
            "nối các nhóm chữ in hoa và chữ số bằng một dấu gạch nối (-)",
        ),
        one_group=(
            "the symbol of '{number}' has one group; it needs two ({what})",
            "ký hiệu của '{number}' chỉ có một nhóm; cần hai nhóm ({what})",
        ),
        groups_cong_van=("công văn: ISSUER-UNIT", "công văn: CƠ QUAN-ĐƠN VỊ"),
        groups_named=("named type: TYPE-ISSUER", "văn bản có tên loại: LOẠI-CƠ QUAN"),
        one_group_fix=(
            "add the missing group, e.g. 'Số: 12/UBND-VX' or 'Số: 15/QĐ-UBND'",
            "thêm nhóm còn thiếu, ví dụ 'Số: 12/UBND-VX' hoặc 'Số: 15/QĐ-UBND'",
        ),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        num = read_number(view)
        if num is None:
            return
        loc = num.value_loc()
        if num.state is None:
            if num.party is not None:
                yield Finding(
                    self.msg("party_form", number=num.compact), loc, fix=self.msg("party_form_fix")
                )
            else:
                yield Finding(
                    self.msg("not_form", number=num.compact), loc, fix=self.msg("not_form_fix")
                )
            return
        year, groups = state_groups(num)
        bad = [g for g in groups if not _GROUP.match(g)]
        if bad:
            yield Finding(
                self.msg("bad_group", number=num.compact, group=bad[0] or self.msg("empty_group")),
                loc,
                fix=self.msg("bad_group_fix"),
            )
        elif year is None and len(groups) < 2:
            what = self.msg("groups_cong_van") if view.is_cong_van else self.msg("groups_named")
            yield Finding(
                self.msg("one_group", number=num.compact, what=what),
                loc,
                fix=self.msg("one_group_fix"),
            )


class PartyNumberForm(Rule):
    """## What it does
    Checks that the number of a Party document has the form ``n-TYPE/ISSUER``
    (optionally ``/unit`` in lower case): digits, "-", the type code, "/", the
    issuer's code.

    ## Why it matters
    The Party numbering puts the type code before the slash (``36-HD/VPTW``), the
    reverse of the state form; a state-form number in a Party document mixes the two
    systems.

    ## Example
    ```text
    Số 04/CV-BTGTU
    ```

    ## Use instead
    ```text
    Số 04-CV/BTGTU
    ```

    ## Source
    HD 36-HD/VPTW, ô 3

    Confirmed from HD 36's own number and the QĐ 66 header (layout rules §3.3).
    """

    code = "VN202"
    name = "party-number-form"
    families = PARTY
    guidelines = MappingProxyType({"hd36": "ô 3", "hd05": "Phần II, mục I.3.2"})
    summary_vi = (
        "Kiểm tra số, ký hiệu của văn bản Đảng có dạng số-LOẠI/CƠ QUAN (có thể thêm /đơn vị "
        "bằng chữ in thường): chữ số, dấu \"-\", chữ viết tắt tên loại, dấu \"/\", ký hiệu cơ "
        "quan ban hành."
    )
    messages = phrases(
        not_form=(
            "'{number}' is not a Party number of the form n-TYPE/ISSUER{hint}",
            "'{number}' không đúng dạng số của văn bản Đảng số-LOẠI/CƠ QUAN{hint}",
        ),
        state_hint=(
            " (that is the state form n/TYPE-ISSUER)",
            " (đó là dạng số của văn bản hành chính số/LOẠI-CƠ QUAN)",
        ),
        not_form_fix=(
            "write 'Số <number>-<type code>/<issuer code>', e.g. 'Số 04-CV/BTGTU'",
            (
                "ghi 'Số <số>-<chữ viết tắt tên loại>/<ký hiệu cơ quan ban hành>', "
                "ví dụ 'Số 04-CV/BTGTU'"
            ),
        ),
        issuer=(
            "the issuer code '{code}' of '{number}' is malformed",
            "ký hiệu cơ quan ban hành '{code}' của '{number}' viết sai",
        ),
        issuer_fix=(
            "write the issuer's code in capitals, groups joined by '-'",
            "viết ký hiệu cơ quan ban hành bằng chữ in hoa, các nhóm nối bằng dấu '-'",
        ),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        num = read_number(view)
        if num is None:
            return
        m = num.party
        if m is None:
            hint = self.msg("state_hint") if num.state is not None else ""
            yield Finding(
                self.msg("not_form", number=num.compact, hint=hint),
                num.value_loc(),
                fix=self.msg("not_form_fix"),
            )
        elif not _PARTY_ISSUER.match(m.group("issuer")):
            yield Finding(
                self.msg("issuer", code=m.group("issuer"), number=num.compact),
                num.value_loc(),
                fix=self.msg("issuer_fix"),
            )


class NumberSpaces(Rule):
    """## What it does
    Checks that there are no spaces inside the number and symbol.

    ## Why it matters
    "giữa các nhóm chữ viết tắt trong ký hiệu văn bản có dấu gạch nối (-), không cách
    chữ": ``15/QĐ - UBND`` is not the same string as ``15/QĐ-UBND`` for a register
    or a search. Spaces around the number itself (``Số: 15 /QĐ-UBND``) are not
    reported: the number is written into a blank left for it when the document is
    signed (Điều 15.2), and the blank of a draft (``Số:      /QĐ-UBND``) is that slot.

    ## Example
    ```text
    Số: 15/QĐ - UBND
    ```

    ## Use instead
    ```text
    Số: 15/QĐ-UBND
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.3c; HD 36-HD/VPTW, ô 3
    """

    code = "VN203"
    name = "number-spaces"
    families = BOTH
    level = ERROR_UNLESS_HD36
    evidence = CONFIRMED_UNLESS_HD36
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục II.3c", "hd36": "ô 3", "hd05": "Phần II, mục I.3.2"})
    summary_vi = "Kiểm tra trong số và ký hiệu không có dấu cách."
    messages = phrases(
        space=("space inside the number '{number}'", "có dấu cách trong số, ký hiệu '{number}'"),
        space_fix=_WRITE,
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        num = read_number(view)
        if num is None:
            return
        slot = _SLOT.match(num.value)
        if slot is None:
            return
        m = _SPACE_RUN.search(num.value, slot.end())
        if m:
            at = num.value_at + m.start()
            yield Finding(
                self.msg("space", number=num.value),
                num.piece.loc(at, at + len(m.group())),
                fix=self.msg("space_fix", text=num.compact),
                edit=Edit(location=num.piece.loc(at, at + len(m.group())), text=""),
            )


class NumberLeadingZero(Rule):
    """## What it does
    Checks that a number below 10 is written with a leading zero: ``05``, not ``5``.

    ## Why it matters
    "với những số nhỏ hơn 10 phải ghi thêm số 0 phía trước": the register starts at
    01 each year. For the Party form the same convention is reported from secondary
    sources, hence a warning.

    ## Example
    ```text
    Số: 5/QĐ-UBND
    ```

    ## Use instead
    ```text
    Số: 05/QĐ-UBND
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.3c; HD 36-HD/VPTW, ô 3
    """

    code = "VN204"
    name = "number-leading-zero"
    families = BOTH
    level = ERROR_UNLESS_HD36
    evidence = CONFIRMED_UNLESS_HD36
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục II.3c", "hd36": "ô 3", "hd05": "Phần II, mục I.3.2"})
    summary_vi = "Kiểm tra số của văn bản nhỏ hơn 10 có số 0 ở trước: 05, không phải 5."
    messages = phrases(
        zero=(
            "number {number} below 10 without a leading zero",
            "số {number} nhỏ hơn 10 phải có số 0 ở trước",
        ),
        zero_fix=_WRITE,
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        num = read_number(view)
        if num is None:
            return
        seq = num.sequence
        if len(seq) == 1 and seq != "0":
            yield Finding(
                self.msg("zero", number=seq),
                num.piece.loc(num.value_at, num.value_at + 1),
                fix=self.msg("zero_fix", text=f"0{seq}"),
                edit=Edit(location=num.piece.loc(num.value_at, num.value_at + 1), text=f"0{seq}"),
            )


class NumberNotFilled(Rule):
    """## What it does
    Reports a number line whose number is left blank (``Số:      /QĐ-UBND``).

    ## Why it matters
    The number is given by the văn thư when the document is signed (Điều 15.2); a
    blank is right in a draft and wrong in an issued document.

    ## Example
    ```text
    Số:      /QĐ-UBND
    ```

    ## Use instead
    ```text
    Số: 15/QĐ-UBND
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Điều 15; Phụ lục I, mục II.3a
    """

    code = "VN205"
    name = "number-not-filled"
    families = BOTH
    level = "warning"
    evidence = MappingProxyType({"state": "C", "hd36": "C", "hd05": "C"})
    guidelines = MappingProxyType({"nd30": "Điều 15; Phụ lục I, mục II.3a", "hd36": "ô 3", "hd05": "Phần II, mục I.3.1"})
    summary_vi = "Báo dòng số, ký hiệu chưa ghi số (\"Số:      /QĐ-UBND\")."
    messages = phrases(
        blank=("the number is blank ('{number}'): a draft", "chưa ghi số ('{number}'): bản dự thảo"),
        blank_fix=(
            "fill in the number when the document is issued",
            "ghi số khi ban hành văn bản",
        ),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        num = read_number(view)
        if num is None or num.sequence or num.compact[:1] not in ("/", "-"):
            return
        yield Finding(
            self.msg("blank", number=num.compact), num.piece.loc(), fix=self.msg("blank_fix")
        )


class StateTypeCode(Rule):
    """## What it does
    Checks that the symbol of a state document with a type name starts with a type
    code of the official list (Phụ lục III), written exactly: ``QĐ``, ``QyĐ``,
    ``CTr``, ``TTr``, ... Legal normative documents (numbers with a year) are not
    checked.

    ## Why it matters
    A named type's symbol is "<type code>-<issuer code>"; a code outside the list
    (``QD``, ``QYĐ``, ``KHoach``) or the issuer's code in its place (``15/UBND-VX`` on
    a KẾ HOẠCH) breaks the convention every register relies on.

    ## Example
    ```text
    Số: 15/QD-UBND

    QUYẾT ĐỊNH
    ```

    ## Use instead
    ```text
    Số: 15/QĐ-UBND

    QUYẾT ĐỊNH
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.3b; Phụ lục III, mục I
    """

    code = "VN206"
    name = "state-type-code"
    families = STATE
    summary_vi = (
        "Kiểm tra ký hiệu của văn bản hành chính có tên loại bắt đầu bằng chữ viết tắt tên "
        "loại văn bản trong danh mục (Phụ lục III), viết đúng như danh mục: QĐ, QyĐ, CTr, TTr, ..."
    )
    messages = phrases(
        spelled=(
            "type code '{code}' is written '{official}' in the official list",
            "chữ viết tắt tên loại '{code}' phải viết là '{official}' như trong danh mục",
        ),
        spelled_fix=_WRITE,
        unknown=(
            "'{code}' is not a type code of the official list (Phụ lục III)",
            "'{code}' không phải là chữ viết tắt tên loại văn bản trong danh mục (Phụ lục III)",
        ),
        unknown_fix=(
            "start the symbol with the type code of the document, e.g. 'QĐ', 'KH', 'TB'",
            "bắt đầu ký hiệu bằng chữ viết tắt tên loại của văn bản, ví dụ 'QĐ', 'KH', 'TB'",
        ),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        if not view.doc.title or view.doc_type not in STATE_TYPES:
            return
        num = read_number(view)
        if num is None:
            return
        year, groups = state_groups(num)
        if year is not None or len(groups) < 2:
            return
        code = groups[0]
        if code in STATE_TYPE_CODES:
            return
        official = _STATE_FOLDED.get(_folded(code))
        at = num.value.find(code)
        loc = (
            num.piece.loc(num.value_at + at, num.value_at + at + len(code))
            if at >= 0
            else num.value_loc()
        )
        if official:
            yield Finding(
                self.msg("spelled", code=code, official=official),
                loc,
                fix=self.msg("spelled_fix", text=official),
            )
        else:
            yield Finding(self.msg("unknown", code=code), loc, fix=self.msg("unknown_fix"))


class StateTypeCodeMismatch(Rule):
    """## What it does
    Checks that the type code in the number of a state document agrees with its type
    name: a QUYẾT ĐỊNH is numbered ``/QĐ-``, a KẾ HOẠCH ``/KH-``, a QUY ĐỊNH ``/QyĐ-``.

    ## Why it matters
    The type code and the type name describe the same thing; when they disagree one of
    them is wrong (often a copied number, or ``QĐ`` used for a Quy định, whose state
    code is ``QyĐ``).

    ## Example
    ```text
    Số: 15/TB-UBND

    QUYẾT ĐỊNH
    ```

    ## Use instead
    ```text
    Số: 15/QĐ-UBND

    QUYẾT ĐỊNH
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.3b; Phụ lục III, mục I
    """

    code = "VN207"
    name = "state-type-code-mismatch"
    families = STATE
    summary_vi = (
        "Kiểm tra chữ viết tắt tên loại trong số, ký hiệu của văn bản hành chính khớp với tên "
        "loại: QUYẾT ĐỊNH ghi /QĐ-, KẾ HOẠCH ghi /KH-, QUY ĐỊNH ghi /QyĐ-."
    )
    messages = phrases(mismatch=_CODE_MISMATCH, mismatch_fix=_WRITE)

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        doc_type = view.doc_type
        if not view.doc.title or doc_type not in STATE_TYPES:
            return
        num = read_number(view)
        if num is None:
            return
        _year, groups = state_groups(num)
        if len(groups) < 2 or groups[0] not in STATE_TYPE_CODES:
            return
        code = groups[0]
        if STATE_TYPE_CODES[code] == doc_type:
            return
        expected = next(c for c, t in STATE_TYPE_CODES.items() if t == doc_type)
        at = num.value.find(code)
        loc = (
            num.piece.loc(num.value_at + at, num.value_at + at + len(code))
            if at >= 0
            else num.value_loc()
        )
        yield Finding(
            self.msg("mismatch", code=code, title=view.doc.title, expected=expected),
            loc,
            fix=self.msg("mismatch_fix", text=expected),
        )


class StateNumberColon(Rule):
    """## What it does
    Checks that "Số" is followed by a colon in a state document: ``Số: 15/QĐ-UBND``.

    ## Why it matters
    "sau từ 'Số' có dấu hai chấm (:)". The colon is also what tells a state number
    from a Party one at a glance.

    ## Example
    ```text
    Số 15/QĐ-UBND
    ```

    ## Use instead
    ```text
    Số: 15/QĐ-UBND
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.3c
    """

    code = "VN208"
    name = "state-number-colon"
    families = STATE
    summary_vi = "Kiểm tra sau từ \"Số\" của văn bản hành chính có dấu hai chấm: Số: 15/QĐ-UBND."
    messages = phrases(
        other=("'{colon}' after '{label}'", "dấu '{colon}' sau '{label}', phải là dấu hai chấm"),
        missing=("no colon after '{label}'", "thiếu dấu hai chấm sau '{label}'"),
        colon_fix=("write 'Số:'", "viết 'Số:'"),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        num = read_number(view)
        if num is None or num.colon == ":":
            return
        n = len(num.label)
        found = (
            self.msg("other", colon=num.colon, label=num.label)
            if num.colon
            else self.msg("missing", label=num.label)
        )
        yield Finding(found, num.piece.loc(0, n + len(num.colon)), fix=self.msg("colon_fix"))


class PartyNumberColon(Rule):
    """## What it does
    Checks that "Số" is *not* followed by a colon in a Party document:
    ``Số 36-HD/VPTW``.

    ## Why it matters
    Party originals write the number without a colon (HD 36's own header); the colon
    is the state convention, often added by transcription sites.

    ## Example
    ```text
    Số: 04-CV/BTGTU
    ```

    ## Use instead
    ```text
    Số 04-CV/BTGTU
    ```

    ## Source
    HD 36-HD/VPTW, ô 3

    Confirmed from the originals of HD 36 and QĐ 66 (layout rules §3.3).
    """

    code = "VN209"
    name = "party-number-colon"
    families = PARTY
    guidelines = MappingProxyType({"hd36": "ô 3", "hd05": "Phần II, mục I.3.2"})
    summary_vi = (
        "Kiểm tra sau từ \"Số\" của văn bản Đảng không có dấu hai chấm: Số 36-HD/VPTW."
    )
    messages = phrases(
        colon=(
            "'{colon}' after '{label}' in a Party number",
            "có dấu '{colon}' sau '{label}' trong số của văn bản Đảng",
        ),
        colon_fix=("write 'Số {number}'", "viết 'Số {number}'"),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        num = read_number(view)
        if num is None or not num.colon:
            return
        n = len(num.label)
        yield Finding(
            self.msg("colon", colon=num.colon, label=num.label),
            num.piece.loc(n, n + len(num.colon) + 1),
            fix=self.msg("colon_fix", number=num.compact),
        )


class NumberLabel(Rule):
    """## What it does
    Checks that the word "Số" is written as such: capital S, then lower case
    ("SỐ:" and "số:" are reported).

    ## Why it matters
    "Từ 'Số' được trình bày bằng chữ in thường": the label is in normal case, unlike
    the symbol after it, which is in capitals.

    ## Example
    ```text
    SỐ: 15/QĐ-UBND
    ```

    ## Use instead
    ```text
    Số: 15/QĐ-UBND
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.3c; HD 36-HD/VPTW, ô 3
    """

    code = "VN210"
    name = "number-label"
    families = BOTH
    level = ERROR_UNLESS_HD36
    evidence = CONFIRMED_UNLESS_HD36
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục II.3c", "hd36": "ô 3", "hd05": "Phần II, mục I.3.2"})
    summary_vi = (
        "Kiểm tra từ \"Số\" được viết đúng: chữ S in hoa, các chữ sau in thường (\"SỐ:\" "
        "và \"số:\" bị báo)."
    )
    messages = phrases(
        label=(
            "the number's label is written '{label}', not 'Số'",
            "từ 'Số' được viết là '{label}', phải viết 'Số'",
        ),
        label_fix=("write 'Số'", "viết 'Số'"),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        num = read_number(view)
        if num is None or num.label == "Số":
            return
        yield Finding(
            self.msg("label", label=num.label),
            num.piece.loc(0, len(num.label)),
            fix=self.msg("label_fix"),
        )


class _AllowedCodes(RuleOptions):
    allowed: tuple[str, ...] = ()
    """More groups that may contain lower-case letters (besides QyĐ, CTr, TTr, TrS, TTg)."""


class SymbolUppercase(Rule):
    """## What it does
    Checks that the symbol (ký hiệu) of a state number is in capitals, apart from the
    official codes written with lower-case letters (``QyĐ``, ``CTr``, ``TTr``,
    ``TrS``, ``TTg``) and the groups listed in the option.

    ## Why it matters
    "Ký hiệu của văn bản được trình bày bằng chữ in hoa". Issuer and unit codes are
    set by each body (mục II.3b) and some use lower-case letters (``GDTrH``), so this
    is a warning: list such codes under ``allowed``.

    ## Example
    ```text
    Số: 15/QĐ-Ubnd
    ```

    ## Use instead
    ```text
    Số: 15/QĐ-UBND
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.3c
    """

    code = "VN211"
    name = "symbol-uppercase"
    families = STATE
    level = "warning"
    Options = _AllowedCodes
    summary_vi = (
        "Kiểm tra ký hiệu trong số của văn bản hành chính được viết bằng chữ in hoa, trừ các "
        "chữ viết tắt chính thức có chữ in thường (QyĐ, CTr, TTr, TrS, TTg) và các nhóm "
        "khai báo trong tùy chọn."
    )
    messages = phrases(
        lower=(
            "the symbol group '{group}' is not in capitals",
            "nhóm ký hiệu '{group}' không viết bằng chữ in hoa",
        ),
        lower_fix=_WRITE,
    )

    def check(self, view: DocView, options: _AllowedCodes) -> Iterator[Finding]:
        num = read_number(view)
        if num is None:
            return
        _year, groups = state_groups(num)
        allowed = set(LOWERCASE_CODES) | set(options.allowed)
        for group in groups:
            if group in allowed or not any(ch.islower() for ch in group):
                continue
            at = num.value.find(group)
            loc = (
                num.piece.loc(num.value_at + at, num.value_at + at + len(group))
                if at >= 0
                else num.value_loc()
            )
            yield Finding(
                self.msg("lower", group=group), loc, fix=self.msg("lower_fix", text=group.upper())
            )


class PartyTypeCode(Rule):
    """## What it does
    Checks that the type code of a Party number is in the Party list (``NQ``, ``QĐ``,
    ``CT``, ``KL``, ``QC``, ``TT``, ``HD``, ``TB``, ``TC``, ``BC``, ``KH``, ``CTr``,
    ``TTr``, ``ĐA``, ``PA``, ``DA``, ``QH``, ``CV``, ...) and agrees with the type name:
    a Quy định is ``QĐ`` (not the state ``QyĐ``); a công văn ``CV``. Guideline 36 also
    numbered a Quy định ``QĐi``; Guideline 05 abolished it, so from 27/5/2026 ``QĐi``
    is reported.

    ## Why it matters
    The Party type codes differ from the state ones (``KL`` kết luận, ``TT`` thông
    tri, ``CV`` công văn). Guideline 05 writes "Quyết định, Quy định: QĐ" — one code for
    both — and repeals the 2019 letter on numbering Quy định; several sources agree,
    hence an error from 27/5/2026. Under Guideline 36 the list comes from secondary
    sources: a warning.

    ## Example
    ```text
    Số 05-QyĐ/TU

    QUY ĐỊNH
    ```

    ## Use instead
    ```text
    Số 05-QĐ/TU

    QUY ĐỊNH
    ```

    ## Source
    HD 36-HD/VPTW; QĐ 66-QĐ/TW

    Only ``QĐ`` for Quy định and ``HD`` are confirmed (QĐ 66 is numbered 66-QĐ/TW,
    HD 36 36-HD/VPTW); the rest of the list is secondary (layout rules §3.2).
    """

    code = "VN212"
    name = "party-type-code"
    families = PARTY
    level = MappingProxyType({"hd36": "warning", "hd05": "error"})
    evidence = MappingProxyType({"hd36": "S", "hd05": "C"})
    guidelines = MappingProxyType({"hd36": "ô 3; QĐ 66-QĐ/TW", "hd05": "Phần II, mục I.3.1.2a; Phần III"})
    summary_vi = (
        "Kiểm tra chữ viết tắt tên loại trong số của văn bản Đảng thuộc danh mục của Đảng "
        "(NQ, QĐ, CT, KL, QC, TT, HD, TB, TC, BC, KH, CTr, TTr, ĐA, PA, DA, QH, CV, ...) và "
        "khớp với tên loại: Quy định ghi QĐ (không phải QyĐ của văn bản hành chính); công "
        "văn ghi CV."
    )
    messages = phrases(
        abolished=(
            "'{code}' was abolished by Guideline 05: a Quy định is numbered 'QĐ', like a Quyết định",
            "'{code}' đã bị Hướng dẫn 05 bỏ: Quy định ghi 'QĐ', như Quyết định",
        ),
        hd36_code=(
            "type code '{code}' is Guideline 36's code of a Quy định, not of '{title}'",
            "'{code}' là chữ viết tắt của Quy định theo Hướng dẫn 36, không phải của '{title}'",
        ),
        not_party=(
            "'{code}' is not a type code of the Party list",
            "'{code}' không phải là chữ viết tắt tên loại văn bản của Đảng",
        ),
        not_party_fix=(
            "use a type code of the Party list, e.g. 'NQ', 'KH', 'CV'",
            "dùng chữ viết tắt tên loại văn bản của Đảng, ví dụ 'NQ', 'KH', 'CV'",
        ),
        mismatch=_CODE_MISMATCH,
        cong_van=(
            "a Party công văn is numbered with the code 'CV', not '{code}'",
            "công văn của Đảng ghi chữ viết tắt 'CV', không phải '{code}'",
        ),
        write=_WRITE,
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        num = read_number(view)
        if num is None or num.party is None:
            return
        code = num.party.group("code")
        at = num.value.find(code)
        loc = (
            num.piece.loc(num.value_at + at, num.value_at + at + len(code))
            if at >= 0
            else num.value_loc()
        )
        if code in PARTY_RETIRED_TYPE_CODES:
            if view.guideline == "hd05":
                yield Finding(
                    self.msg("abolished", code=code), loc, fix=self.msg("write", text="QĐ")
                )
                return
            code_types = frozenset({PARTY_RETIRED_TYPE_CODES[code]})
            if view.doc.title and view.doc_type not in code_types:
                yield Finding(self.msg("hd36_code", code=code, title=view.doc.title), loc)
            return
        if code not in PARTY_TYPE_CODES:
            official = _PARTY_FOLDED.get(_folded(code))
            fix = self.msg("write", text=official) if official else self.msg("not_party_fix")
            yield Finding(self.msg("not_party", code=code), loc, fix=fix)
            return
        doc_type = view.doc_type
        if view.doc.title:
            known = doc_type in PARTY_TYPE_CODES.values() or doc_type == "quy_dinh"
            if known and doc_type not in PARTY_CODE_TYPES[code]:
                expected = (
                    "QĐ"
                    if doc_type == "quy_dinh"
                    else next(c for c, t in PARTY_TYPE_CODES.items() if t == doc_type)
                )
                yield Finding(
                    self.msg("mismatch", code=code, title=view.doc.title, expected=expected),
                    loc,
                    fix=self.msg("write", text=expected),
                )
        elif view.subject_is_vv and code != "CV":
            yield Finding(self.msg("cong_van", code=code), loc, fix=self.msg("write", text="CV"))
