"""Rules that Guideline 05-HD/VPTW (27/5/2026) brought to Party documents: VN507 (a tờ
trình's "Kính trình:"), VN812 (each căn cứ opens with "-"), VN813 (where the urgency
mark stands). They run only on Party documents judged by Guideline 05; the changes to
older rules (separators, căn cứ endings, "về việc", "QĐi") are in those rules.
"""

from __future__ import annotations

from collections.abc import Iterator
from types import MappingProxyType

from vndocparse.i18n import phrases
from vndocparse.validate.context import DocView, is_dash
from vndocparse.validate.registry import PARTY, Finding, Rule, RuleOptions
from vndocparse.validate.rules.addressees import KINH_GUI, label_word
from vndocparse.validate.rules.can_cu import can_cu_blocks


class ToTrinhKinhTrinh(Rule):
    """## What it does
    Checks that a Party tờ trình judged by Guideline 05 addresses its recipients with
    "Kính trình:", not "Kính gửi:".

    ## Why it matters
    Guideline 05 gives the tờ trình its own form: "Kính trình:" and the recipients,
    under the type name and trích yếu (ô 9b), where Guideline 36 used "Kính gửi".
    Several sources agree: an error for tờ trình dated from 27/5/2026.

    ## Example
    ```text
    TỜ TRÌNH
    về việc kiện toàn tổ chức các chi bộ
    -----

    Kính gửi: Ban Thường vụ Tỉnh ủy
    ```

    ## Use instead
    ```text
    TỜ TRÌNH
    về việc kiện toàn tổ chức các chi bộ
    -----

    Kính trình: Ban Thường vụ Tỉnh ủy
    ```

    ## Source
    HD 05-HD/VPTW, Phần II, mục I.9.2.4
    """

    code = "VN507"
    name = "to-trinh-kinh-trinh"
    families = PARTY
    guidelines = MappingProxyType({"hd05": "Phần II, mục I.9.2.4"})
    summary_vi = (
        "Kiểm tra tờ trình của Đảng theo Hướng dẫn 05-HD/VPTW ghi nơi nhận sau \"Kính trình:\", "
        "không phải \"Kính gửi:\"."
    )
    messages = phrases(
        kinh_gui=(
            "a Party tờ trình addresses its recipients with 'Kính trình:', not 'Kính gửi:'",
            "tờ trình của Đảng ghi nơi nhận sau 'Kính trình:', không phải 'Kính gửi:'",
        ),
        kinh_gui_fix=("write 'Kính trình:'", "viết 'Kính trình:'"),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        if view.doc_type != "to_trinh":
            return
        labels = view.pieces("addressees", "label")
        if not labels:
            return
        label = labels[0]
        found = label_word(label)
        if found is not None and found[0] == KINH_GUI:
            _, a, b = found
            yield Finding(self.msg("kinh_gui"), label.loc(a, b), fix=self.msg("kinh_gui_fix"))


class CanCuDash(Rule):
    """## What it does
    Checks that each căn cứ of a Party document judged by Guideline 05 opens with "-".

    ## Why it matters
    Guideline 05: each căn cứ on its own line or paragraph, "preceded by '-'", ending
    with ";", the last with "." (VN808, VN809). The guideline's text and one summary
    agree: an error from 27/5/2026.

    ## Example
    ```text
    Căn cứ Điều lệ Đảng;
    Xét đề nghị của Ban Xây dựng Đảng Tỉnh ủy.
    ```

    ## Use instead
    ```text
    - Căn cứ Điều lệ Đảng;
    - Xét đề nghị của Ban Xây dựng Đảng Tỉnh ủy.
    ```

    ## Source
    HD 05-HD/VPTW, Phần II, mục I.6.2.3
    """

    code = "VN812"
    name = "can-cu-dash"
    families = PARTY
    guidelines = MappingProxyType({"hd05": "Phần II, mục I.6.2.3"})
    summary_vi = (
        "Kiểm tra mỗi căn cứ của văn bản của Đảng theo Hướng dẫn 05-HD/VPTW bắt đầu bằng gạch "
        "đầu dòng (-)."
    )
    messages = phrases(
        no_dash=(
            "the căn cứ '{start}...' does not open with '-'",
            "căn cứ '{start}...' không bắt đầu bằng gạch đầu dòng (-)",
        ),
        no_dash_fix=("open it with '- '", "mở đầu bằng gạch đầu dòng '- '"),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        for paras in can_cu_blocks(view):
            for para in paras:
                first = para[0]
                if not is_dash(first.text):
                    yield Finding(
                        self.msg("no_dash", start=first.text[:40]),
                        first.loc(0, 1),
                        fix=self.msg("no_dash_fix"),
                    )


class UrgencyMarkPosition(Rule):
    """## What it does
    Checks where the urgency mark ("KHẨN", "THƯỢNG KHẨN", "HỎA TỐC") of a Party document
    judged by Guideline 05 stands: under the number and symbol — for a công văn, under
    the trích yếu that follows the number.

    ## Why it matters
    Guideline 05 moved the mark (ô 10): under the number ("Số ..."), or under a công
    văn's trích yếu, where Guideline 36 put it under the secrecy mark. A mark above the
    number, or between a công văn's number and its trích yếu, is in the old place. The
    guideline's text and one summary agree: an error.

    ## Example
    ```text
    Số 12-CV/ĐU                 Đông Kinh, ngày 15 tháng 7 năm 2026
    KHẨN
    về việc chuẩn bị hội nghị sơ kết 6 tháng
    ```

    ## Use instead
    ```text
    Số 12-CV/ĐU                 Đông Kinh, ngày 15 tháng 7 năm 2026
    về việc chuẩn bị hội nghị sơ kết 6 tháng
    KHẨN
    ```

    ## Source
    HD 05-HD/VPTW, Phần II, mục II.3
    """

    code = "VN813"
    name = "urgency-mark-position"
    families = PARTY
    guidelines = MappingProxyType({"hd05": "Phần II, mục II.3"})
    summary_vi = (
        "Kiểm tra vị trí dấu chỉ mức độ khẩn (\"KHẨN\", \"THƯỢNG KHẨN\", \"HỎA TỐC\") của văn bản "
        "của Đảng theo Hướng dẫn 05-HD/VPTW: dưới số và ký hiệu; ở công văn, dưới trích yếu "
        "nội dung đi sau số và ký hiệu."
    )
    messages = phrases(
        misplaced=(
            "the urgency mark stands {where}; Guideline 05 puts it under the number (a công văn's under its trích yếu)",
            "dấu chỉ mức độ khẩn nằm {where}; Hướng dẫn 05-HD/VPTW đặt dấu này dưới số và ký hiệu (ở công văn: dưới trích yếu nội dung)",
        ),
        above=("above the number", "ở trên số và ký hiệu"),
        between=("between the number and the trích yếu", "giữa số, ký hiệu và trích yếu nội dung"),
        under_number_fix=("move it under the number", "chuyển xuống dưới số và ký hiệu"),
        under_subject_fix=("move it under the trích yếu", "chuyển xuống dưới trích yếu nội dung"),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        span = view.doc.spans.get("urgency")
        number = view.number_piece
        if span is None or number is None:
            return
        mark = span.start_line
        subject = view.subject_pieces
        if mark < number.line:
            where, fix = self.msg("above"), self.msg("under_number_fix")
        elif view.is_cong_van and subject and number.line < mark <= subject[-1].line:
            where, fix = self.msg("between"), self.msg("under_subject_fix")
        else:
            return
        if view.is_cong_van and subject:
            fix = self.msg("under_subject_fix")
        yield Finding(self.msg("misplaced", where=where), view.line_loc(mark), fix=fix)
