"""VN9xx: what is not a layout rule but must still reach CI as an annotation.

``VN901`` is produced by the ``check`` command (and `vndocparse.validate.unreadable`)
for a file that cannot be read or holds no text; ``VN902`` when the layout family
cannot be told, so that only the rules common to both families ran.
"""

from __future__ import annotations

from collections.abc import Iterator

from vndocparse.i18n import phrases
from vndocparse.validate.context import DocView
from vndocparse.validate.registry import BOTH, Finding, Rule, RuleOptions
from vndocparse.validate.trailer import holds_only


class Unreadable(Rule):
    """## What it does
    Reports a file that could not be checked: it does not exist, is binary (an image,
    a broken or encrypted PDF or DOCX, a scanned PDF without text), cannot be decoded
    as text, holds no text, or made the parser fail.

    ## Why it matters
    A check that skips a file silently passes it. The diagnostic carries the reason,
    so CI shows an annotation on the file instead of a traceback in the log.

    ## Example
    ```text
    $ vndocparse check scan.pdf
    scan.pdf:1:1: VN901 cannot check this file: the PDF has no text layer (a scanned image): run OCR on it first (e.g. ocrmypdf -l vie)
    ```

    ## Use instead
    ```text
    $ ocrmypdf -l vie scan.pdf scan-ocr.pdf && vndocparse check scan-ocr.pdf
    ```

    ## Source
    vndocparse

    Not a layout rule: the input could not be read as a document.
    """

    code = "VN901"
    name = "unreadable-document"
    families = BOTH
    summary_vi = (
        "Báo một tệp không kiểm tra được: tệp không có, là tệp nhị phân (ảnh, PDF hoặc DOCX "
        "hỏng hay bị mã hóa, PDF quét không có lớp chữ), không giải mã được thành văn bản, "
        "không có chữ, hoặc làm bộ phân tích lỗi."
    )
    messages = phrases(
        unreadable=("cannot check this file: {reason}", "không kiểm tra được tệp này: {reason}"),
        unreadable_fix=(
            "make it a UTF-8 (or UTF-16, Windows-1258) text file holding the document",
            "lưu văn bản thành tệp chữ UTF-8 (hoặc UTF-16, Windows-1258), hoặc tệp .docx",
        ),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        return iter(())  # produced by the reader, not from a parsed document


class FamilyUnknown(Rule):
    """## What it does
    Reports a document whose layout family cannot be told: no national title, no
    Party heading, no number of either form, no T/M–TM. prefix or Party issuer.

    ## Why it matters
    Most rules belong to one family (state documents follow Decree 30, Party
    documents Guideline 36); for this document only the rules common to both ran.
    A file that holds only annexes is not reported: the annex rules are common to
    both families.
    Pass ``--family state`` or ``--family party`` (or ``family`` in the configuration)
    to check it fully.

    ## Example
    ```text
    CÔNG TY CỔ PHẦN ABC
    THÔNG BÁO
    ```

    ## Use instead
    ```text
    CÔNG TY CỔ PHẦN ABC          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                    Độc lập - Tự do - Hạnh phúc
    ```

    ## Source
    vndocparse

    Not a layout rule: it says which rules could run.
    """

    code = "VN902"
    name = "family-unknown"
    families = BOTH
    level = "warning"
    summary_vi = (
        "Báo văn bản không xác định được thuộc hệ thể thức nào: không có Quốc hiệu, không có "
        "tiêu đề \"ĐẢNG CỘNG SẢN VIỆT NAM\", không có số và ký hiệu theo dạng nào, không có "
        "quyền hạn ký TM./T/M hay tên cơ quan Đảng."
    )
    messages = phrases(
        unknown=(
            "cannot tell a state document from a Party one; only the rules common to both were checked",
            "không xác định được là văn bản hành chính hay văn bản của Đảng; chỉ kiểm tra các quy tắc chung cho cả hai",
        ),
        unknown_fix=(
            "pass --family state or --family party",
            "dùng --family state (văn bản hành chính) hoặc --family party (văn bản của Đảng)",
        ),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        if view.family is None and holds_only(view.doc) != "annex":
            yield Finding(
                self.msg("unknown"), view.line_loc(view.first_line), fix=self.msg("unknown_fix")
            )
