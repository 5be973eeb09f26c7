"""VN1xx: the mandatory components of each family, and the fixed texts of the header.

Decree 30/2020/NĐ-CP Điều 8.2 lists the components every state administrative
document has (Quốc hiệu và Tiêu ngữ, issuer, number, place and date, type name and
subject, body, signer's authority, title and name, seal, Nơi nhận); Guideline
36-HD/VPTW the Party ones (the heading "ĐẢNG CỘNG SẢN VIỆT NAM", the issuer with a
``*`` under it, ...). A missing component is reported where it was expected: the top
of the document for the headings and the issuer, the end of the header for the number
and date line, the start of the footer for the signature and Nơi nhận.
"""

from __future__ import annotations

from collections.abc import Iterator
from types import MappingProxyType

from vndocparse.i18n import Message, phrases
from vndocparse.text import fold
from vndocparse.validate.context import DocView, Piece
from vndocparse.validate.diagnostics import Edit
from vndocparse.validate.registry import (
    BOTH,
    CONFIRMED_STATE_TEXT_HD05,
    ERROR_STATE_WARNING_PARTY,
    PARTY,
    STATE,
    Finding,
    Rule,
    RuleOptions,
)
from vndocparse.validate.tables import NO_SUBJECT_TYPES

NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
#: ND30's own appendices write both tone placements (PL I §V: "CỘNG HOÀ").
NATIONAL_TITLES = frozenset({NATIONAL_TITLE, "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM"})
MOTTO = "Độc lập - Tự do - Hạnh phúc"
PARTY_HEADING = "ĐẢNG CỘNG SẢN VIỆT NAM"

_RULE_CHARS = " _-–—=*|"

# Phrases shared by the rules of the fixed texts (VN115–VN117).
_OCR_HINT = (
    " (only diacritics or case differ: an OCR copy?)",
    " (chỉ khác dấu hoặc chữ hoa, chữ thường: bản nhận dạng bằng OCR?)",
)
_WRITE_EXACTLY = ("write exactly '{text}'", "viết đúng '{text}'")


def _hint(rule: Rule, text: str, expected: str) -> Message | str:
    """A note when only diacritics or case differ: typical of an OCR copy."""
    if " ".join(fold(text).split()) == fold(expected):
        return rule.msg("ocr_hint")
    return ""


def _joined(view: DocView, kind: str, role: str) -> tuple[str, list[Piece]]:
    pieces = view.pieces(kind, role)
    text = " ".join(p.text.strip(_RULE_CHARS) for p in pieces)
    return " ".join(text.split()), pieces


class MissingNationalTitle(Rule):
    """## What it does
    Checks that a state document has the national title "CỘNG HÒA XÃ HỘI CHỦ NGHĨA
    VIỆT NAM".

    ## Why it matters
    Quốc hiệu và Tiêu ngữ is the first mandatory component of every administrative
    document (ô 1, top right of page 1); without it the document is not in the state
    form at all.

    ## Example
    ```text
    ỦY BAN NHÂN DÂN
    TỈNH LẠNG SƠN
    Số: 15/QĐ-UBND                Lạng Sơn, ngày 02 tháng 01 năm 2024
    ```

    ## Use instead
    ```text
    ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    TỈNH LẠNG SƠN                   Độc lập - Tự do - Hạnh phúc
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Điều 8.2a; Phụ lục I, mục II.1

    Reported at the first line of the document.
    """

    code = "VN101"
    name = "missing-national-title"
    families = STATE
    summary_vi = "Kiểm tra văn bản hành chính có Quốc hiệu \"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\"."
    messages = phrases(
        missing=(
            "no national title (Quốc hiệu) '{title}' in the header",
            "thiếu Quốc hiệu '{title}' ở phần đầu văn bản",
        ),
        missing_fix=(
            "add '{title}' at the top right of the first page",
            "thêm '{title}' ở phía trên, bên phải trang đầu",
        ),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        if not view.has("header", "national_title"):
            yield Finding(
                self.msg("missing", title=NATIONAL_TITLE),
                view.line_loc(view.first_line),
                fix=self.msg("missing_fix", title=NATIONAL_TITLE),
            )


class MissingMotto(Rule):
    """## What it does
    Checks that the national title of a state document is followed by the motto
    "Độc lập - Tự do - Hạnh phúc".

    ## Why it matters
    Quốc hiệu and Tiêu ngữ form one component (ô 1); the motto is centred under the
    national title, with a full-length rule under it.

    ## Example
    ```text
    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    Hà Nội, ngày 05 tháng 3 năm 2020
    ```

    ## Use instead
    ```text
    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    Độc lập - Tự do - Hạnh phúc
    Hà Nội, ngày 05 tháng 3 năm 2020
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Điều 8.2a; Phụ lục I, mục II.1b

    Reported at the national title (or the first line when that is missing too).
    """

    code = "VN102"
    name = "missing-motto"
    families = STATE
    summary_vi = "Kiểm tra dưới Quốc hiệu của văn bản hành chính có Tiêu ngữ \"Độc lập - Tự do - Hạnh phúc\"."
    messages = phrases(
        missing=(
            "no motto (Tiêu ngữ) '{motto}' under the national title",
            "thiếu Tiêu ngữ '{motto}' dưới Quốc hiệu",
        ),
        missing_fix=(
            "add '{motto}' on the line under the national title",
            "thêm '{motto}' ở dòng dưới Quốc hiệu",
        ),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        if view.has("header", "motto"):
            return
        titles = view.pieces("header", "national_title")
        loc = titles[-1].loc() if titles else view.line_loc(view.first_line)
        yield Finding(
            self.msg("missing", motto=MOTTO), loc, fix=self.msg("missing_fix", motto=MOTTO)
        )


class MissingPartyHeading(Rule):
    """## What it does
    Checks that a Party document has the heading "ĐẢNG CỘNG SẢN VIỆT NAM".

    ## Why it matters
    The heading (ô 1) is the first line of page 1, top right, of every Party
    document; it is what the Quốc hiệu is to a state document.

    ## Example
    ```text
    TỈNH ỦY LẠNG SƠN
    *
    Số 04-CV/TU                       Lạng Sơn, ngày 15 tháng 3 năm 2024
    ```

    ## Use instead
    ```text
    TỈNH ỦY LẠNG SƠN                  ĐẢNG CỘNG SẢN VIỆT NAM
    *
    Số 04-CV/TU                       Lạng Sơn, ngày 15 tháng 3 năm 2024
    ```

    ## Source
    HD 36-HD/VPTW, ô 1; QĐ 66-QĐ/TW

    Confirmed from the header of HD 36 itself and the ô legend (layout rules §3.1).
    """

    code = "VN103"
    name = "missing-party-heading"
    families = PARTY
    guidelines = MappingProxyType({"hd36": "ô 1", "hd05": "Phần II, mục I.1.2"})
    summary_vi = "Kiểm tra văn bản của Đảng có tiêu đề \"ĐẢNG CỘNG SẢN VIỆT NAM\"."
    messages = phrases(
        missing=(
            "no Party heading '{heading}' in the header",
            "thiếu tiêu đề '{heading}' ở phần đầu văn bản",
        ),
        missing_fix=(
            "add '{heading}' at the top right of the first page",
            "thêm '{heading}' ở phía trên, bên phải trang đầu",
        ),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        if not view.has("header", "party_heading"):
            yield Finding(
                self.msg("missing", heading=PARTY_HEADING),
                view.line_loc(view.first_line),
                fix=self.msg("missing_fix", heading=PARTY_HEADING),
            )


class MissingIssuer(Rule):
    """## What it does
    Checks that the header names the issuing body (tên cơ quan, tổ chức ban hành).

    ## Why it matters
    The issuer (ô 2, top left) is mandatory in both families; with its code it is
    what makes the number unique.

    ## Example
    ```text
    Số: 15/QĐ-UBND                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    ```

    ## Use instead
    ```text
    ỦY BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    TỈNH LẠNG SƠN                   Độc lập - Tự do - Hạnh phúc
    Số: 15/QĐ-UBND
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Điều 8.2b; Phụ lục I, mục II.2; HD 36-HD/VPTW, ô 2
    """

    code = "VN104"
    name = "missing-issuer"
    families = BOTH
    guidelines = MappingProxyType({"nd30": "Điều 8.2b; Phụ lục I, mục II.2", "hd36": "ô 2", "hd05": "Phần II, mục I.2.1–2.2"})
    summary_vi = "Kiểm tra phần đầu văn bản có tên cơ quan, tổ chức ban hành."
    messages = phrases(
        missing=(
            "no issuing body (cơ quan ban hành) at the top left of the header",
            "thiếu tên cơ quan, tổ chức ban hành ở phía trên, bên trái phần đầu văn bản",
        ),
        missing_fix=(
            "write the issuer's name in capitals at the top left, above the number",
            "viết tên cơ quan, tổ chức ban hành bằng chữ in hoa ở phía trên, bên trái, trên số, ký hiệu",
        ),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        if view.doc.issuer is None and not view.has("header", "issuer"):
            yield Finding(
                self.msg("missing"), view.line_loc(view.first_line), fix=self.msg("missing_fix")
            )


class MissingNumber(Rule):
    """## What it does
    Checks that the document has its number and symbol (số, ký hiệu).

    ## Why it matters
    Số, ký hiệu (ô 3) identifies the document in its issuer's register for the year
    (state) or the committee's term (Party); receivers cite it.

    ## Example
    ```text
    ỦY BAN NHÂN DÂN
    TỈNH LẠNG SƠN
    Lạng Sơn, ngày 02 tháng 01 năm 2024
    ```

    ## Use instead
    ```text
    ỦY BAN NHÂN DÂN
    TỈNH LẠNG SƠN
    Số: 15/QĐ-UBND
    Lạng Sơn, ngày 02 tháng 01 năm 2024
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Điều 8.2c; Phụ lục I, mục II.3; HD 36-HD/VPTW, ô 3

    Reported at the last line of the header, where the number was expected.
    """

    code = "VN105"
    name = "missing-number"
    families = BOTH
    guidelines = MappingProxyType({"nd30": "Điều 8.2c; Phụ lục I, mục II.3", "hd36": "ô 3", "hd05": "Phần II, mục I.3"})
    summary_vi = "Kiểm tra văn bản có số, ký hiệu."
    messages = phrases(
        missing=(
            "no number line (Số ...) under the issuer",
            "thiếu số, ký hiệu (Số ...) dưới tên cơ quan, tổ chức ban hành",
        ),
        missing_fix=(
            "add the number under the issuer: 'Số: 15/QĐ-UBND' (state), 'Số 15-QĐ/TU' (Party)",
            (
                "thêm số, ký hiệu dưới tên cơ quan, tổ chức ban hành: 'Số: 15/QĐ-UBND' "
                "(văn bản hành chính), 'Số 15-QĐ/TU' (văn bản của Đảng)"
            ),
        ),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        if view.doc.number is None and not view.has("header", "number"):
            yield Finding(
                self.msg("missing"), view.line_loc(view.header_end), fix=self.msg("missing_fix")
            )


class MissingDateLine(Rule):
    """## What it does
    Checks that the document has its place and date line
    ("<Địa danh>, ngày ... tháng ... năm ...").

    ## Why it matters
    Địa danh và thời gian ban hành (ô 4) is mandatory; the date is the date of issue
    and the place the seat of the issuer. A biên bản is exempt: its template (Mẫu 1.9)
    has no date line in the header.

    ## Example
    ```text
    Số: 15/QĐ-UBND

    QUYẾT ĐỊNH
    ```

    ## Use instead
    ```text
    Số: 15/QĐ-UBND                Lạng Sơn, ngày 02 tháng 01 năm 2024

    QUYẾT ĐỊNH
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Điều 8.2d; Phụ lục I, mục II.4; HD 36-HD/VPTW, ô 4

    Phụ lục III, Mẫu 1.9 (biên bản) has no date line.
    """

    code = "VN106"
    name = "missing-date-line"
    families = BOTH
    guidelines = MappingProxyType({"nd30": "Điều 8.2d; Phụ lục I, mục II.4", "hd36": "ô 4", "hd05": "Phần II, mục I.4"})
    summary_vi = (
        "Kiểm tra văn bản có dòng địa danh và thời gian ban hành "
        "(\"<Địa danh>, ngày ... tháng ... năm ...\")."
    )
    messages = phrases(
        missing=(
            "no place and date line ('<Địa danh>, ngày ... tháng ... năm ...') in the header",
            (
                "thiếu địa danh và thời gian ban hành ('<Địa danh>, ngày ... tháng ... năm ...') "
                "ở phần đầu văn bản"
            ),
        ),
        missing_fix=(
            "add the place and date under the national title / Party heading",
            "thêm địa danh và thời gian ban hành dưới Quốc hiệu và Tiêu ngữ / tiêu đề của Đảng",
        ),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        if view.doc_type == "bien_ban" or view.has("header", "date_line"):
            return
        yield Finding(
            self.msg("missing"), view.line_loc(view.header_end), fix=self.msg("missing_fix")
        )


class MissingTitleOrSubject(Rule):
    """## What it does
    Checks that the document says what it is: a type name (tên loại, e.g.
    "QUYẾT ĐỊNH") or, for a công văn, a "V/v ..." subject.

    ## Why it matters
    Tên loại và trích yếu (ô 5a) or the công văn's trích yếu (ô 5b) is mandatory: it
    tells the reader, and the register, what kind of document this is and what it is
    about. When the number carries a type code the missing type name is reported by
    VN402 instead.

    ## Example
    ```text
    Số: 12/UBND-VX                Lạng Sơn, ngày 02 tháng 01 năm 2024

    Kính gửi: Sở Y tế
    ```

    ## Use instead
    ```text
    Số: 12/UBND-VX                Lạng Sơn, ngày 02 tháng 01 năm 2024
    V/v tăng cường phòng, chống dịch

    Kính gửi: Sở Y tế
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Điều 8.2đ; Phụ lục I, mục II.5; HD 36-HD/VPTW, ô 5

    Reported at the last line of the header.
    """

    code = "VN107"
    name = "missing-title-or-subject"
    families = BOTH
    guidelines = MappingProxyType({"nd30": "Điều 8.2đ; Phụ lục I, mục II.5", "hd36": "ô 5", "hd05": "Phần II, mục I.5"})
    summary_vi = (
        "Kiểm tra văn bản có tên loại (ví dụ \"QUYẾT ĐỊNH\") hoặc, đối với công văn, "
        "trích yếu \"V/v ...\"."
    )
    messages = phrases(
        missing=(
            "neither a type name (tên loại) nor a 'V/v ...' subject in the header",
            "phần đầu văn bản không có tên loại văn bản, cũng không có trích yếu 'V/v ...'",
        ),
        missing_fix=(
            "add the type name and trích yếu (e.g. 'QUYẾT ĐỊNH' / 'Về việc ...'), or 'V/v ...' for a công văn",
            (
                "thêm tên loại và trích yếu nội dung (ví dụ 'QUYẾT ĐỊNH' / 'Về việc ...'), "
                "hoặc trích yếu 'V/v ...' đối với công văn"
            ),
        ),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        from vndocparse.validate.rules.numbering import named_type_code

        if view.has("title") or view.has("subject") or view.doc.title or view.doc.subject:
            return
        if named_type_code(view) is not None:
            return  # VN402 names the missing type
        yield Finding(
            self.msg("missing"), view.line_loc(view.header_end), fix=self.msg("missing_fix")
        )


class _ExemptTypes(RuleOptions):
    exempt_types: tuple[str, ...] = NO_SUBJECT_TYPES
    """Document types (``Document.doc_type`` codes) whose template has no trích yếu."""


class MissingSubject(Rule):
    """## What it does
    Checks that a document with a type name also has its trích yếu: the short
    summary right under the type name.

    ## Why it matters
    Tên loại và trích yếu nội dung are one component (ô 5a): "QUYẾT ĐỊNH" alone does
    not say what is decided. The templates of giấy giới thiệu (Mẫu 1.8) and giấy nghỉ
    phép (Mẫu 1.10) have none; see the option.

    ## Example
    ```text
    QUYẾT ĐỊNH

    Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
    ```

    ## Use instead
    ```text
    QUYẾT ĐỊNH
    Về việc thành lập Tổ công tác

    Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.5; HD 36-HD/VPTW, ô 5a

    Reported at the type name.
    """

    code = "VN108"
    name = "missing-subject"
    families = BOTH
    Options = _ExemptTypes
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục II.5", "hd36": "ô 5a", "hd05": "Phần II, mục I.5"})
    summary_vi = "Kiểm tra văn bản có tên loại thì có trích yếu nội dung ngay dưới tên loại."
    messages = phrases(
        missing=(
            "the type name '{title}' has no trích yếu under it",
            "dưới tên loại '{title}' không có trích yếu nội dung",
        ),
        missing_fix=(
            "write the summary on the line under the type name (e.g. 'Về việc ...')",
            "viết trích yếu nội dung ở dòng dưới tên loại (ví dụ 'Về việc ...')",
        ),
    )

    def check(self, view: DocView, options: _ExemptTypes) -> Iterator[Finding]:
        title = view.title_piece
        if title is None or view.doc.subject or view.has("subject"):
            return
        if view.doc_type in options.exempt_types:
            return
        yield Finding(
            self.msg("missing", title=title.text), title.loc(), fix=self.msg("missing_fix")
        )


class MissingBody(Rule):
    """## What it does
    Checks that the document has a body (nội dung) between the header and the
    signature.

    ## Why it matters
    Nội dung (ô 6) is the document; a header and a signature without it is an empty
    shell, or a copy that lost its text in extraction.

    ## Example
    ```text
    QUYẾT ĐỊNH
    Về việc thành lập Tổ công tác

    Nơi nhận:
    ```

    ## Use instead
    ```text
    QUYẾT ĐỊNH
    Về việc thành lập Tổ công tác

    Điều 1. Thành lập Tổ công tác.

    Nơi nhận:
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Điều 8.2e; Phụ lục I, mục II.6; HD 36-HD/VPTW, ô 6
    """

    code = "VN109"
    name = "missing-body"
    families = BOTH
    guidelines = MappingProxyType({"nd30": "Điều 8.2e; Phụ lục I, mục II.6", "hd36": "ô 6", "hd05": "Phần II, mục I.6"})
    summary_vi = "Kiểm tra văn bản có phần nội dung giữa phần đầu và phần chữ ký."
    messages = phrases(
        missing=("no body (nội dung) after the header", "không có nội dung văn bản sau phần đầu"),
        missing_fix=(
            "write the content of the document under the header",
            "viết nội dung văn bản dưới phần đầu",
        ),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        lines = view.lines
        for kind in ("body", "preamble", "closing"):
            for part in view.parts(kind):
                for seg in part.segments:
                    if seg.end > seg.start and (
                        not lines or lines[seg.line - 1][seg.start : seg.end].strip(" |*#_")
                    ):
                        return
        yield Finding(
            self.msg("missing"), view.line_loc(view.header_end), fix=self.msg("missing_fix")
        )


class MissingSignature(Rule):
    """## What it does
    Checks that the document ends with a signature block: the signer's authority or
    title, and name.

    ## Why it matters
    Chức vụ, họ tên và chữ ký của người có thẩm quyền (ô 7) is mandatory: it says who
    issues the document and with what authority.

    ## Example
    ```text
    Điều 3. Quyết định này có hiệu lực kể từ ngày ký./.
    ```

    ## Use instead
    ```text
    Điều 3. Quyết định này có hiệu lực kể từ ngày ký./.

                                       TM. ỦY BAN NHÂN DÂN
                                       CHỦ TỊCH

                                       Trần Văn Bình
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Điều 8.2g; Phụ lục I, mục II.7; HD 36-HD/VPTW, ô 7

    Reported at the last line of the document.
    """

    code = "VN110"
    name = "missing-signature"
    families = BOTH
    guidelines = MappingProxyType({"nd30": "Điều 8.2g; Phụ lục I, mục II.7", "hd36": "ô 7", "hd05": "Phần II, mục I.7"})
    summary_vi = (
        "Kiểm tra văn bản kết thúc bằng phần chữ ký: quyền hạn hoặc chức vụ, và họ tên "
        "của người ký."
    )
    messages = phrases(
        missing=(
            "no signature block (authority, title and name of the signer)",
            "thiếu phần chữ ký (quyền hạn, chức vụ và họ tên của người ký)",
        ),
        missing_fix=(
            "end the document with the signer's authority and title in capitals and the name",
            "kết thúc văn bản bằng quyền hạn, chức vụ của người ký (chữ in hoa) và họ tên",
        ),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        if view.doc.signatory is None and not view.has("signature"):
            yield Finding(
                self.msg("missing"), view.line_loc(view.last_line), fix=self.msg("missing_fix")
            )


class MissingSignerPosition(Rule):
    """## What it does
    Checks that the signature block gives the signer's title (chức vụ), e.g.
    "CHỦ TỊCH" under "TM. ỦY BAN NHÂN DÂN".

    ## Why it matters
    The title (ô 7a/7b) states in which capacity the person signs; an authority line
    ("KT. GIÁM ĐỐC") says for whom, not as whom.

    ## Example
    ```text
    KT. GIÁM ĐỐC

    Nguyễn Văn An
    ```

    ## Use instead
    ```text
    KT. GIÁM ĐỐC
    PHÓ GIÁM ĐỐC

    Nguyễn Văn An
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.7c; HD 36-HD/VPTW, ô 7

    Reported at the signature block's first line.
    """

    code = "VN111"
    name = "missing-signer-position"
    families = BOTH
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục II.7c", "hd36": "ô 7", "hd05": "Phần II, mục I.7.1"})
    summary_vi = (
        "Kiểm tra phần chữ ký có chức vụ của người ký, ví dụ \"CHỦ TỊCH\" dưới "
        "\"TM. ỦY BAN NHÂN DÂN\"."
    )
    messages = phrases(
        missing=(
            "the signature block has no title (chức vụ) of the signer",
            "phần chữ ký thiếu chức vụ của người ký",
        ),
        missing_fix=(
            "write the signer's title in capitals on its own line, e.g. 'PHÓ GIÁM ĐỐC'",
            "viết chức vụ của người ký bằng chữ in hoa trên một dòng riêng, ví dụ 'PHÓ GIÁM ĐỐC'",
        ),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        sig = view.doc.signatory
        if sig is None or sig.position or view.pieces("signature", "position"):
            return
        pieces = view.pieces("signature", "authority") or view.pieces("signature")
        loc = pieces[-1].loc() if pieces else view.line_loc(view.footer_start)
        yield Finding(self.msg("missing"), loc, fix=self.msg("missing_fix"))


class MissingSignerName(Rule):
    """## What it does
    Checks that the signature block ends with the signer's full name.

    ## Why it matters
    Họ tên người ký (ô 7b) is mandatory; a title and a seal without a name do not say
    who signed.

    ## Example
    ```text
    TM. ỦY BAN NHÂN DÂN
    CHỦ TỊCH
    ```

    ## Use instead
    ```text
    TM. ỦY BAN NHÂN DÂN
    CHỦ TỊCH

    Trần Văn Bình
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.7c; HD 36-HD/VPTW, ô 7

    Reported at the signature block's last line.
    """

    code = "VN112"
    name = "missing-signer-name"
    families = BOTH
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục II.7c", "hd36": "ô 7", "hd05": "Phần II, mục I.7"})
    summary_vi = "Kiểm tra phần chữ ký kết thúc bằng họ tên của người ký."
    messages = phrases(
        missing=("the signature block has no name of the signer", "phần chữ ký thiếu họ tên của người ký"),
        missing_fix=(
            "write the signer's full name (normal case) under the title",
            "viết họ tên của người ký (chữ in thường) dưới chức vụ",
        ),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        sig = view.doc.signatory
        if sig is None or sig.name or view.pieces("signature", "name"):
            return
        pieces = view.pieces("signature")
        loc = pieces[-1].loc() if pieces else view.line_loc(view.footer_start)
        yield Finding(self.msg("missing"), loc, fix=self.msg("missing_fix"))


class MissingDistribution(Rule):
    """## What it does
    Checks that the document has a "Nơi nhận:" list.

    ## Why it matters
    Nơi nhận (ô 9b) applies to every type of document: it says who gets a copy,
    for action or for information, and where the file copy is kept.

    ## Example
    ```text
    Điều 3. Quyết định này có hiệu lực kể từ ngày ký./.

                                       TM. ỦY BAN NHÂN DÂN
    ```

    ## Use instead
    ```text
    Điều 3. Quyết định này có hiệu lực kể từ ngày ký./.

    Nơi nhận:                          TM. ỦY BAN NHÂN DÂN
    - Như Điều 3;                      CHỦ TỊCH
    - Lưu: VT, VP.
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Điều 8.2i; Phụ lục I, mục II.9; HD 36-HD/VPTW, ô 9

    Reported at the start of the footer.
    """

    code = "VN113"
    name = "missing-distribution"
    families = BOTH
    guidelines = MappingProxyType({"nd30": "Điều 8.2i; Phụ lục I, mục II.9", "hd36": "ô 9", "hd05": "Phần II, mục I.9.2"})
    summary_vi = "Kiểm tra văn bản có nơi nhận (\"Nơi nhận:\")."
    messages = phrases(
        missing=("no 'Nơi nhận:' list", "thiếu nơi nhận ('Nơi nhận:')"),
        missing_fix=(
            "add 'Nơi nhận:' bottom left, level with the signer's authority, and its entries",
            (
                "thêm 'Nơi nhận:' ở phía dưới, bên trái, ngang hàng với quyền hạn của người ký, "
                "và các nơi nhận"
            ),
        ),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        if view.has("distribution", "label") or view.doc.distribution:
            return
        yield Finding(
            self.msg("missing"), view.line_loc(view.footer_start), fix=self.msg("missing_fix")
        )


class MissingAsterisk(Rule):
    """## What it does
    Checks that a Party document has the ``*`` centred under the issuer's name.

    ## Why it matters
    In the Party form the issuer block is closed by a star, where a state document
    has a short rule; it is part of the heading (HD 36's own header reads
    "BAN CHẤP HÀNH TRUNG ƯƠNG / VĂN PHÒNG / * / Số 36-HD/VPTW").

    ## Example
    ```text
    TỈNH ỦY LẠNG SƠN
    BAN TUYÊN GIÁO
    Số 04-CV/BTGTU
    ```

    ## Use instead
    ```text
    TỈNH ỦY LẠNG SƠN
    BAN TUYÊN GIÁO
    *
    Số 04-CV/BTGTU
    ```

    ## Source
    HD 36-HD/VPTW, ô 2

    Confirmed from HD 36's own header (layout rules §3.1). Reported after the issuer.
    """

    code = "VN114"
    name = "party-missing-asterisk"
    families = PARTY
    guidelines = MappingProxyType({"hd36": "ô 2", "hd05": "Phần II, mục I.2.2.1"})
    summary_vi = "Kiểm tra văn bản của Đảng có dấu sao ``*`` căn giữa dưới tên cơ quan ban hành."
    messages = phrases(
        missing=("no '*' under the issuer's name", "thiếu dấu sao '*' dưới tên cơ quan ban hành"),
        missing_fix=(
            "put a centred '*' on the line under the issuer's name",
            "đặt dấu '*' căn giữa ở dòng dưới tên cơ quan ban hành",
        ),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        issuer = view.pieces("header", "issuer")
        if not issuer or view.has("header", "asterisk"):
            return
        yield Finding(self.msg("missing"), issuer[-1].loc_end(), fix=self.msg("missing_fix"))


class NationalTitleText(Rule):
    """## What it does
    Checks the national title's wording and case: exactly
    "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" ("HOÀ" is accepted: the decree's own
    appendix writes it so).

    ## Why it matters
    The Quốc hiệu is a fixed text in capitals; a misspelt, abbreviated or lower-case
    one is a defect of form.

    ## Example
    ```text
    Cộng hòa xã hội chủ nghĩa Việt Nam
    ```

    ## Use instead
    ```text
    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.1a
    """

    code = "VN115"
    name = "national-title-text"
    families = STATE
    summary_vi = (
        "Kiểm tra Quốc hiệu viết đúng từng chữ, bằng chữ in hoa: \"CỘNG HÒA XÃ HỘI CHỦ "
        "NGHĨA VIỆT NAM\" (chấp nhận \"HOÀ\": phụ lục của Nghị định cũng viết như vậy)."
    )
    messages = phrases(
        reads=("the national title reads '{text}'{hint}", "Quốc hiệu được viết là '{text}'{hint}"),
        ocr_hint=_OCR_HINT,
        reads_fix=_WRITE_EXACTLY,
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        text, pieces = _joined(view, "header", "national_title")
        if pieces and text not in NATIONAL_TITLES:
            yield Finding(
                self.msg("reads", text=text, hint=_hint(self, text, NATIONAL_TITLE)),
                pieces[0].loc(),
                fix=self.msg("reads_fix", text=NATIONAL_TITLE),
                edit=_fixed_text_edit(pieces, NATIONAL_TITLE),
            )


def _fixed_text_edit(pieces: list[Piece], wording: str) -> Edit | None:
    """The edit that puts the fixed ``wording`` in place of a one-line part whose text is
    nothing but its words (no rule or markup glued to it); None otherwise."""
    if len(pieces) != 1 or pieces[0].text != pieces[0].text.strip(" _=*|"):
        return None
    return Edit(location=pieces[0].loc(), text=wording)


class MottoText(Rule):
    """## What it does
    Checks the motto's wording: exactly "Độc lập - Tự do - Hạnh phúc", each phrase
    capitalised, joined by hyphens with a space on each side.

    ## Why it matters
    The Tiêu ngữ is a fixed text: "chữ cái đầu của các cụm từ được viết hoa, giữa các
    cụm từ có gạch nối (-), có cách chữ". En dashes, missing spaces and capitals are
    common slips.

    ## Example
    ```text
    Độc lập – Tự do – Hạnh phúc
    ```

    ## Use instead
    ```text
    Độc lập - Tự do - Hạnh phúc
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.1b
    """

    code = "VN116"
    name = "motto-text"
    families = STATE
    summary_vi = (
        "Kiểm tra Tiêu ngữ viết đúng \"Độc lập - Tự do - Hạnh phúc\": chữ cái đầu của các "
        "cụm từ viết hoa, giữa các cụm từ có gạch nối (-), có cách chữ."
    )
    messages = phrases(
        reads=("the motto reads '{text}'{hint}", "Tiêu ngữ được viết là '{text}'{hint}"),
        ocr_hint=_OCR_HINT,
        reads_fix=_WRITE_EXACTLY,
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        pieces = view.pieces("header", "motto")
        if not pieces:
            return
        text = " ".join(" ".join(p.text.strip(" _=*|") for p in pieces).split())
        if text != MOTTO:
            yield Finding(
                self.msg("reads", text=text, hint=_hint(self, text, MOTTO)),
                pieces[0].loc(),
                fix=self.msg("reads_fix", text=MOTTO),
                edit=_fixed_text_edit(pieces, MOTTO),
            )


class PartyHeadingText(Rule):
    """## What it does
    Checks the Party heading's wording and case: exactly "ĐẢNG CỘNG SẢN VIỆT NAM".

    ## Why it matters
    The heading is a fixed text in capitals (ô 1).

    ## Example
    ```text
    Đảng Cộng sản Việt Nam
    ```

    ## Use instead
    ```text
    ĐẢNG CỘNG SẢN VIỆT NAM
    ```

    ## Source
    HD 36-HD/VPTW, ô 1

    Confirmed from HD 36's own header (layout rules §3.1).
    """

    code = "VN117"
    name = "party-heading-text"
    families = PARTY
    guidelines = MappingProxyType({"hd36": "ô 1", "hd05": "Phần II, mục I.1.2"})
    summary_vi = "Kiểm tra tiêu đề \"ĐẢNG CỘNG SẢN VIỆT NAM\" viết đúng từng chữ, bằng chữ in hoa."
    messages = phrases(
        reads=("the Party heading reads '{text}'{hint}", "tiêu đề của Đảng được viết là '{text}'{hint}"),
        ocr_hint=_OCR_HINT,
        reads_fix=_WRITE_EXACTLY,
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        text, pieces = _joined(view, "header", "party_heading")
        if pieces and text != PARTY_HEADING:
            yield Finding(
                self.msg("reads", text=text, hint=_hint(self, text, PARTY_HEADING)),
                pieces[0].loc(),
                fix=self.msg("reads_fix", text=PARTY_HEADING),
            )


class IssuerUppercase(Rule):
    """## What it does
    Checks that the issuer's name (and its parent body's) is in capitals.

    ## Why it matters
    "Tên cơ quan, tổ chức ban hành văn bản được trình bày bằng chữ in hoa": the
    issuer block is upper case in both families; common phrases of the parent body
    may be abbreviated ("UBND TỈNH ...").

    ## Example
    ```text
    UBND tỉnh Lạng Sơn
    Sở Tài chính
    ```

    ## Use instead
    ```text
    UBND TỈNH LẠNG SƠN
    SỞ TÀI CHÍNH
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.2b; HD 36-HD/VPTW, ô 2

    Party sizes and case come from secondary summaries (layout rules §3.7).
    """

    code = "VN118"
    name = "issuer-uppercase"
    families = BOTH
    level = ERROR_STATE_WARNING_PARTY
    evidence = CONFIRMED_STATE_TEXT_HD05
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục II.2b", "hd36": "ô 2", "hd05": "Phần II, mục I.2.2"})
    summary_vi = (
        "Kiểm tra tên cơ quan, tổ chức ban hành (và tên cơ quan chủ quản) được viết bằng "
        "chữ in hoa."
    )
    messages = phrases(
        lower=(
            "the issuer line '{line}' is not all in capitals",
            "dòng tên cơ quan, tổ chức ban hành '{line}' không viết toàn bộ bằng chữ in hoa",
        ),
        lower_fix=("write '{text}'", "viết '{text}'"),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        for piece in view.pieces("header", "issuer"):
            lower = [i for i, ch in enumerate(piece.text) if ch.islower()]
            if lower:
                yield Finding(
                    self.msg("lower", line=piece.text),
                    piece.loc(),
                    fix=self.msg("lower_fix", text=piece.text.upper()),
                )
