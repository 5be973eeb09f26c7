"""VN4xx: the type name (tên loại) and the subject (trích yếu).

ND30 Phụ lục I, mục II.5b: the type name in capitals on its own line, the trích yếu
right under it in normal case; for a công văn the trích yếu follows "V/v" under the
number. A number whose symbol starts with a type code belongs to a named type, which
must carry its type name.
"""

from __future__ import annotations

from collections.abc import Iterator
from types import MappingProxyType

import regex

from vndocparse.i18n import phrases
from vndocparse.tables.doc_types import PARTY_TYPE_CODES, STATE_TYPE_CODES
from vndocparse.text import fold
from vndocparse.validate.context import DocView, Piece, is_vv
from vndocparse.validate.diagnostics import Edit
from vndocparse.validate.registry import (
    BOTH,
    CONFIRMED_STATE_TEXT_HD05,
    CONFIRMED_UNLESS_HD36,
    ERROR_STATE_WARNING_PARTY,
    ERROR_UNLESS_HD36,
    PARTY,
    Finding,
    Rule,
    RuleOptions,
)
from vndocparse.validate.rules.numbering import named_type_code

_TYPE_NAMES = {
    "nghi_quyet": "NGHỊ QUYẾT",
    "quyet_dinh": "QUYẾT ĐỊNH",
    "chi_thi": "CHỈ THỊ",
    "quy_che": "QUY CHẾ",
    "quy_dinh": "QUY ĐỊNH",
    "thong_cao": "THÔNG CÁO",
    "thong_bao": "THÔNG BÁO",
    "huong_dan": "HƯỚNG DẪN",
    "chuong_trinh": "CHƯƠNG TRÌNH",
    "ke_hoach": "KẾ HOẠCH",
    "phuong_an": "PHƯƠNG ÁN",
    "de_an": "ĐỀ ÁN",
    "du_an": "DỰ ÁN",
    "bao_cao": "BÁO CÁO",
    "bien_ban": "BIÊN BẢN",
    "to_trinh": "TỜ TRÌNH",
    "hop_dong": "HỢP ĐỒNG",
    "cong_dien": "CÔNG ĐIỆN",
    "ban_ghi_nho": "BẢN GHI NHỚ",
    "ban_thoa_thuan": "BẢN THỎA THUẬN",
    "giay_uy_quyen": "GIẤY ỦY QUYỀN",
    "giay_moi": "GIẤY MỜI",
    "giay_gioi_thieu": "GIẤY GIỚI THIỆU",
    "giay_nghi_phep": "GIẤY NGHỈ PHÉP",
    "phieu_gui": "PHIẾU GỬI",
    "phieu_chuyen": "PHIẾU CHUYỂN",
    "phieu_bao": "PHIẾU BÁO",
    "ket_luan": "KẾT LUẬN",
    "thong_tri": "THÔNG TRI",
    "quy_hoach": "QUY HOẠCH",
}

# "V/v" and its misspellings: "v/v", "V/V", "V.v", and OCR's "Viv", "VWv".
_VV_HEAD = regex.compile(
    r"^(?P<vv>v\s*[/.\\|]\s*v|viv|vwv)(?P<punct>\s*[:.\-–]?)\s*(?=\S)", regex.IGNORECASE
)
_VE_VIEC = regex.compile(r"^về\s+việc\b", regex.IGNORECASE)


def _title_span(view: DocView) -> tuple[int, int] | None:
    """Where the type name (``Document.title``) stands in the title piece."""
    piece, title = view.title_piece, view.doc.title
    if piece is None or not title:
        return None
    at = fold(piece.text).find(fold(title))
    if at < 0:
        return None
    return at, at + len(title)


class CongVanSubject(Rule):
    """## What it does
    Checks that the trích yếu of a công văn starts with its marker: "V/v " in a state
    document (capital V, slash, lower-case v); "về việc " in a Party document judged by
    Guideline 05 (lower case, spelt out, no "V/v").

    ## Why it matters
    A công văn has no type name; its summary stands under the number (ô 5b). Decree 30
    writes it "sau chữ 'V/v'": "Về việc" spelt out, "V/V", "V/v:" or a summary without
    the marker are not the form. Guideline 05's own example reads "về việc chuẩn bị
    hội nghị ...", and other summaries add "do not write V/v" (two sources). Party công
    văn judged by Guideline 36 are not checked: its example has no marker.

    ## Example
    ```text
    Số: 12/UBND-VX
    Về việc tăng cường phòng, chống dịch

    Số 12-CV/ĐU
    V/v chuẩn bị hội nghị sơ kết
    ```

    ## Use instead
    ```text
    Số: 12/UBND-VX
    V/v tăng cường phòng, chống dịch

    Số 12-CV/ĐU
    về việc chuẩn bị hội nghị sơ kết
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.5b; HD 05-HD/VPTW, Phần II, mục I.5.2.3
    """

    code = "VN401"
    name = "cong-van-subject"
    families = BOTH
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục II.5b", "hd05": "Phần II, mục I.5.2.3"})
    summary_vi = (
        "Kiểm tra trích yếu nội dung của công văn bắt đầu bằng chữ viết tắt \"V/v \" ở văn bản "
        "hành chính (V in hoa, dấu gạch chéo, v in thường); bằng \"về việc \" ở văn bản của "
        "Đảng theo Hướng dẫn 05-HD/VPTW (chữ in thường, viết đầy đủ, không viết \"V/v\")."
    )
    messages = phrases(
        vv_spelling=("'{vv}' should be written 'V/v'", "'{vv}' phải viết là 'V/v'"),
        vv_spelling_fix=("write 'V/v '", "viết 'V/v '"),
        vv_mark=("'{mark}' after 'V/v'", "thừa dấu '{mark}' sau 'V/v'"),
        vv_fix=("write 'V/v {subject}'", "viết 'V/v {subject}'"),
        ve_viec=(
            "the công văn's trích yếu spells out 'Về việc'",
            "trích yếu nội dung của công văn viết đầy đủ 'Về việc' thay cho 'V/v'",
        ),
        ve_viec_fix=("write 'V/v ...'", "viết 'V/v ...'"),
        no_vv=(
            "the công văn's trích yếu does not start with 'V/v'",
            "trích yếu nội dung của công văn không bắt đầu bằng 'V/v'",
        ),
        party_vv=(
            "the Party công văn's trích yếu opens with '{vv}'; Guideline 05 writes 'về việc' in full",
            "trích yếu nội dung của công văn của Đảng bắt đầu bằng '{vv}'; Hướng dẫn 05-HD/VPTW viết đầy đủ 'về việc'",
        ),
        party_fix=("write 'về việc {subject}'", "viết 'về việc {subject}'"),
        party_case=(
            "'{word}' should be written 'về việc', in lower case",
            "'{word}' phải viết là 'về việc', bằng chữ in thường",
        ),
        party_case_fix=("write 'về việc ...'", "viết 'về việc ...'"),
        party_missing=(
            "the Party công văn's trích yếu does not start with 'về việc'",
            "trích yếu nội dung của công văn của Đảng không bắt đầu bằng 'về việc'",
        ),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        if not view.is_cong_van or named_type_code(view) is not None:
            return  # a named type without its type name is VN402's
        pieces = view.subject_pieces
        if not pieces:
            return
        if view.guideline == "hd05":
            yield from _party_marker(type(self), pieces[0])
            return
        first = pieces[0]
        text = first.text
        m = _VV_HEAD.match(text)
        if m:
            if m.group("vv") != "V/v":
                yield Finding(
                    self.msg("vv_spelling", vv=m.group("vv")),
                    first.loc(*m.span("vv")),
                    fix=self.msg("vv_spelling_fix"),
                    edit=Edit(location=first.loc(*m.span("vv")), text="V/v"),
                )
            elif m.group("punct").strip():
                yield Finding(
                    self.msg("vv_mark", mark=m.group("punct").strip()),
                    first.loc(*m.span("punct")),
                    fix=self.msg("vv_fix", subject=text[m.end() :]),
                    edit=Edit(location=first.loc(m.start("punct"), m.end()), text=" "),
                )
        elif ve_viec := _VE_VIEC.match(text):
            yield Finding(
                self.msg("ve_viec"),
                first.loc(0, 7),
                fix=self.msg("ve_viec_fix"),
                edit=Edit(location=first.loc(0, ve_viec.end()), text="V/v"),
            )
        else:
            yield Finding(
                self.msg("no_vv"),
                first.loc(),
                fix=self.msg("vv_fix", subject=text),
            )


def _party_marker(rule: type[Rule], first: Piece) -> Iterator[Finding]:
    """Guideline 05: the công văn's trích yếu opens with "về việc", in lower case (the
    messages are ``rule``'s)."""
    text = first.text
    m = _VV_HEAD.match(text)
    if m:
        rest = text[m.end() :]
        yield Finding(
            rule.msg("party_vv", vv=m.group("vv")),
            first.loc(*m.span("vv")),
            fix=rule.msg("party_fix", subject=rest),
        )
    elif _VE_VIEC.match(text):
        if not text.startswith("về việc"):
            yield Finding(
                rule.msg("party_case", word=text[:7]),
                first.loc(0, 7),
                fix=rule.msg("party_case_fix"),
            )
    else:
        yield Finding(
            rule.msg("party_missing"),
            first.loc(),
            fix=rule.msg("party_fix", subject=text[:1].lower() + text[1:]),
        )


class NamedTypeTitle(Rule):
    """## What it does
    Checks that a document whose number carries a type code (``15/QĐ-UBND``,
    ``05-NQ/TU``) has the matching type name ("QUYẾT ĐỊNH", "NGHỊ QUYẾT") above its
    trích yếu.

    ## Why it matters
    Only công văn go without a type name; a named type's tên loại is mandatory (ô 5a)
    and is what the reader sees first.

    ## Example
    ```text
    Số: 15/QĐ-UBND                Lạng Sơn, ngày 02 tháng 01 năm 2024

    Về việc thành lập Tổ công tác
    ```

    ## Use instead
    ```text
    Số: 15/QĐ-UBND                Lạng Sơn, ngày 02 tháng 01 năm 2024

    QUYẾT ĐỊNH
    Về việc thành lập Tổ công tác
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.5; Phụ lục III; HD 36-HD/VPTW, ô 5a

    The Party list of type codes is secondary (layout rules §3.2), hence a warning.
    Reported at the last line of the header.
    """

    code = "VN402"
    name = "missing-type-name"
    families = BOTH
    level = ERROR_UNLESS_HD36
    evidence = CONFIRMED_UNLESS_HD36
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục II.5; Phụ lục III", "hd36": "ô 5a", "hd05": "Phần II, mục I.5"})
    summary_vi = (
        "Kiểm tra văn bản có số, ký hiệu mang chữ viết tắt tên loại (``15/QĐ-UBND``, "
        "``05-NQ/TU``) có tên loại văn bản tương ứng (\"QUYẾT ĐỊNH\", \"NGHỊ QUYẾT\") ở trên "
        "trích yếu nội dung."
    )
    messages = phrases(
        missing=(
            "the number's type code '{code}' names a {name}, but there is no type name line",
            "chữ viết tắt '{code}' trong số, ký hiệu chỉ loại {name}, nhưng không có dòng tên loại văn bản",
        ),
        missing_fix=(
            "write '{name}' in capitals on its own line above the trích yếu",
            "viết '{name}' bằng chữ in hoa trên một dòng riêng, ở trên trích yếu nội dung",
        ),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        code = named_type_code(view)
        if code is None:
            return
        table = PARTY_TYPE_CODES if view.family == "party" else STATE_TYPE_CODES
        name = _TYPE_NAMES.get(table[code], code)
        yield Finding(
            self.msg("missing", code=code, name=name),
            view.line_loc(view.header_end),
            fix=self.msg("missing_fix", name=name),
        )


class TitleUppercase(Rule):
    """## What it does
    Checks that the type name is in capitals.

    ## Why it matters
    "Tên loại văn bản được trình bày bằng chữ in hoa" (ô 5a).

    ## Example
    ```text
    Quyết ĐỊNH
    ```

    ## Use instead
    ```text
    QUYẾT ĐỊNH
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.5b; HD 36-HD/VPTW, ô 5a
    """

    code = "VN403"
    name = "type-name-uppercase"
    families = BOTH
    level = ERROR_STATE_WARNING_PARTY
    evidence = CONFIRMED_STATE_TEXT_HD05
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục II.5b", "hd36": "ô 5a", "hd05": "Phần II, mục I.5"})
    summary_vi = "Kiểm tra tên loại văn bản được viết bằng chữ in hoa."
    messages = phrases(
        not_upper=(
            "the type name '{name}' is not all in capitals",
            "tên loại văn bản '{name}' không viết toàn bộ bằng chữ in hoa",
        ),
        not_upper_fix=("write '{name}'", "viết '{name}'"),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        span = _title_span(view)
        piece = view.title_piece
        if span is None or piece is None:
            return
        name = piece.text[span[0] : span[1]]
        if any(ch.islower() for ch in name):
            yield Finding(
                self.msg("not_upper", name=name),
                piece.loc(*span),
                fix=self.msg("not_upper_fix", name=name.upper()),
            )


class TitleOwnLine(Rule):
    """## What it does
    Checks that the type name stands alone on its line, with the trích yếu on the
    line below.

    ## Why it matters
    "Trích yếu nội dung văn bản được đặt ngay dưới tên loại văn bản": the two are
    separate lines in different case and weight.

    ## Example
    ```text
    QUYẾT ĐỊNH Về việc thành lập Tổ công tác
    ```

    ## Use instead
    ```text
    QUYẾT ĐỊNH
    Về việc thành lập Tổ công tác
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.5b; HD 36-HD/VPTW, ô 5a
    """

    code = "VN404"
    name = "type-name-own-line"
    families = BOTH
    level = ERROR_UNLESS_HD36
    evidence = CONFIRMED_UNLESS_HD36
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục II.5b", "hd36": "ô 5a", "hd05": "Phần II, mục I.5"})
    summary_vi = (
        "Kiểm tra tên loại văn bản đứng riêng trên một dòng, trích yếu nội dung ở dòng ngay dưới."
    )
    messages = phrases(
        same_line=(
            "the trích yếu '{subject}' is on the type name's line",
            "trích yếu nội dung '{subject}' nằm cùng dòng với tên loại văn bản",
        ),
        same_line_fix=(
            "move the trích yếu to the line under the type name",
            "chuyển trích yếu nội dung xuống dòng dưới tên loại văn bản",
        ),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        span = _title_span(view)
        piece = view.title_piece
        if span is None or piece is None:
            return
        rest = piece.text[span[1] :].strip(" :.*-")
        if rest:
            at = piece.text.find(rest, span[1])
            yield Finding(
                self.msg("same_line", subject=rest),
                piece.loc(at, at + len(rest)),
                fix=self.msg("same_line_fix"),
            )


class VvInNamedType(Rule):
    """## What it does
    Reports a "V/v" trích yếu under a type name.

    ## Why it matters
    "V/v" is the marker of a công văn's trích yếu (ô 5b); a named type's trích yếu
    follows the type name directly ("Về việc ..." spelt out, or the summary itself).

    ## Example
    ```text
    QUYẾT ĐỊNH
    V/v thành lập Tổ công tác
    ```

    ## Use instead
    ```text
    QUYẾT ĐỊNH
    Về việc thành lập Tổ công tác
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.5b
    """

    code = "VN405"
    name = "vv-under-type-name"
    families = BOTH
    level = "warning"
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục II.5b", "hd36": "ô 5", "hd05": "Phần II, mục I.5.2.3"})
    summary_vi = "Báo trích yếu nội dung bắt đầu bằng \"V/v\" ở dưới tên loại văn bản."
    messages = phrases(
        vv=("'V/v' under a type name", "'V/v' ở dưới tên loại văn bản (chỉ công văn dùng 'V/v')"),
        vv_fix=(
            "write 'Về việc ...' or the summary itself",
            "viết 'Về việc ...' hoặc viết thẳng nội dung trích yếu",
        ),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        if view.title_piece is None:
            return
        for piece in view.subject_pieces[:1]:
            if is_vv(piece.text):
                yield Finding(
                    self.msg("vv"),
                    piece.loc(0, 3),
                    fix=self.msg("vv_fix"),
                )


class SubjectNotUppercase(Rule):
    """## What it does
    Checks that the trích yếu is not written all in capitals.

    ## Why it matters
    The trích yếu is "chữ in thường" (normal case) under the type name in capitals;
    an upper-case trích yếu reads as a second title. Publishers often upper-case it.

    ## Example
    ```text
    QUYẾT ĐỊNH
    VỀ VIỆC THÀNH LẬP TỔ CÔNG TÁC
    ```

    ## Use instead
    ```text
    QUYẾT ĐỊNH
    Về việc thành lập Tổ công tác
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.5b; HD 36-HD/VPTW, ô 5
    """

    code = "VN406"
    name = "subject-not-uppercase"
    families = BOTH
    level = ERROR_STATE_WARNING_PARTY
    evidence = CONFIRMED_STATE_TEXT_HD05
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục II.5b", "hd36": "ô 5", "hd05": "Phần II, mục I.5"})
    summary_vi = "Kiểm tra trích yếu nội dung không viết toàn bộ bằng chữ in hoa."
    messages = phrases(
        all_upper=("the trích yếu is all in capitals", "trích yếu nội dung viết toàn bộ bằng chữ in hoa"),
        all_upper_fix=("write it in normal case", "viết bằng chữ in thường"),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        pieces = view.subject_pieces
        if not pieces:
            return
        text = " ".join(p.text for p in pieces)
        if is_vv(text):
            text = text[3:]
        letters = [ch for ch in text if ch.isalpha()]
        if len(letters) >= 6 and all(ch.isupper() for ch in letters):
            yield Finding(self.msg("all_upper"), pieces[0].loc(), fix=self.msg("all_upper_fix"))


class PartySubjectLowercase(Rule):
    """## What it does
    Checks that the trích yếu of a named Party document starts with a lower-case
    letter, as in "NGHỊ QUYẾT / về ...".

    ## Why it matters
    Party originals usually write the trích yếu under the type name starting in lower
    case. This is a habit seen in documents, not a confirmed rule, so the rule is off
    by default; turn it on with ``extend-select = ["VN407"]``.

    ## Example
    ```text
    NGHỊ QUYẾT
    Về tăng cường công tác kiểm tra
    ```

    ## Use instead
    ```text
    NGHỊ QUYẾT
    về tăng cường công tác kiểm tra
    ```

    ## Source
    HD 36-HD/VPTW, ô 5a

    Secondary: observed in originals (layout rules §3.6), not read in HD 36.
    """

    code = "VN407"
    name = "party-subject-lowercase"
    families = PARTY
    level = "warning"
    enabled = False
    evidence = "S"
    guidelines = MappingProxyType({"hd36": "ô 5a", "hd05": "Phần II, mục I.5"})
    summary_vi = (
        "Kiểm tra trích yếu nội dung của văn bản có tên loại của Đảng bắt đầu bằng chữ in "
        "thường, như \"NGHỊ QUYẾT / về ...\"."
    )
    messages = phrases(
        capital=("the trích yếu starts with a capital letter", "trích yếu nội dung bắt đầu bằng chữ in hoa"),
        capital_fix=("write '{letter}'", "viết '{letter}'"),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        if view.title_piece is None:
            return
        pieces = view.subject_pieces
        if pieces and pieces[0].text[:1].isupper():
            yield Finding(
                self.msg("capital"),
                pieces[0].loc(0, 1),
                fix=self.msg("capital_fix", letter=pieces[0].text[:1].lower()),
            )
