"""What vndocparse says outside the rules' own messages, in English and Vietnamese.

The rules carry their messages (`vndocparse.validate.registry.Rule.messages`); every
other text a user reads — the check report's frame (severity words, each file's
coverage line and its reasons, the summary and guideline lines), the place of a finding
in a DOCX/PDF/HTML file, ``fix``'s account of what it changed, ``export``'s gaps, the
command line's own error lines — is a `Phrase` of one of the tables below, and every
writer builds its text from here (no second copy of a text). A test checks each phrase
has both languages and that a run with ``--lang vi`` prints none of the English ones.

Words in the Vietnamese texts are those of Nghị định 30/2020/NĐ-CP and the Party's
guidelines: tệp (file), quy tắc (rule), lỗi (error), cảnh báo (warning), lưu ý (note).
"""

from __future__ import annotations

from collections.abc import Mapping

from vndocparse.i18n import Message, Phrase, phrases

#: The levels as the text report and the rules list show them (``[error]`` / ``[lỗi]``).
SEVERITY = phrases(
    error=("error", "lỗi"),
    warning=("warning", "cảnh báo"),
    info=("info", "lưu ý"),
    off=("off", "tắt"),
)

#: Counted words: ``<word>_one`` for 1, ``<word>_many`` otherwise (Vietnamese has one form).
COUNTS = phrases(
    error_one=("{n} error", "{n} lỗi"),
    error_many=("{n} errors", "{n} lỗi"),
    warning_one=("{n} warning", "{n} cảnh báo"),
    warning_many=("{n} warnings", "{n} cảnh báo"),
    info_one=("{n} note", "{n} lưu ý"),
    info_many=("{n} notes", "{n} lưu ý"),
    file_one=("{n} file", "{n} tệp"),
    file_many=("{n} files", "{n} tệp"),
    rule_one=("{n} rule", "{n} quy tắc"),
    rule_many=("{n} rules", "{n} quy tắc"),
    page_one=("{n} page", "{n} trang"),
    page_many=("{n} pages", "{n} trang"),
)

#: The text report's own lines (`vndocparse.report.text`), GitHub's and SARIF's frames.
REPORT = phrases(
    last_of_list=("{rest} and {last}", "{rest} và {last}"),
    all_passed=("All checks passed ({files}).", "Mọi kiểm tra đều đạt ({files})."),
    partial=(
        (
            "No problems found in what could be checked ({files}); {partial} could not be "
            "checked in full (see each file's line above)."
        ),
        (
            "Không thấy lỗi trong những gì kiểm tra được ({files}); {partial} chưa kiểm tra "
            "được đầy đủ (xem dòng của từng tệp ở trên)."
        ),
    ),
    found=("Found {listed} in {n} of {files}.", "Có {listed} ở {n} trong {files}."),
    checked_against=("Checked against {guidelines}.", "Đã kiểm tra theo {guidelines}."),
    with_fix=("{message} (fix: {fix})", "{message} (cách sửa: {fix})"),
    not_evaluated_note=(
        "{rules} not evaluated: {reason} ({codes})",
        "{rules} chưa kiểm tra được: {reason} ({codes})",
    ),
)

#: Each file's coverage line (`vndocparse.validate.coverage.Coverage.describe`).
COVERAGE = phrases(
    checked=("checked {rules}", "đã kiểm tra {rules}"),
    not_applicable=("{n} not applicable ({reasons})", "{n} không áp dụng ({reasons})"),
    not_evaluated=("{n} not evaluated ({reasons})", "{n} chưa kiểm tra được ({reasons})"),
    off=("{n} off by configuration", "{n} tắt theo cấu hình"),
)

#: Why rules were left out of a file's check: `vndocparse.validate.coverage.NEEDS` by
#: name, then the family and guideline reasons.
REASONS = phrases(
    docx=("typography is only known from a DOCX file", "định dạng chữ chỉ biết được từ tệp DOCX"),
    number=("no number (số, ký hiệu) was found", "không tìm thấy số, ký hiệu"),
    date_line=("no place and date line was found", "không tìm thấy địa danh và thời gian ban hành"),
    title=("the document has no type name (tên loại)", "văn bản không có tên loại"),
    subject=("no trích yếu was found", "không tìm thấy trích yếu nội dung"),
    addressees=("the document has no 'Kính gửi:' block", "văn bản không có phần 'Kính gửi:'"),
    distribution=("no 'Nơi nhận:' list was found", "không tìm thấy phần 'Nơi nhận:'"),
    signature=("no signature block was found", "không tìm thấy phần chữ ký (quyền hạn, chức vụ, họ tên người ký)"),
    body=("no body (nội dung) was found", "không tìm thấy phần nội dung"),
    can_cu=("the document has no căn cứ lines", "văn bản không có căn cứ"),
    copy=("the document is not a copy (bản sao)", "văn bản không phải bản sao"),
    appendices=("the document has no appendix (phụ lục)", "văn bản không có phụ lục"),
    document=(
        "the file holds only an annex or a copy block",
        "tệp chỉ có phụ lục hoặc phần bản sao, không có văn bản",
    ),
    annex_only=("the file holds only an annex (phụ lục)", "tệp chỉ có phụ lục, không có văn bản"),
    copy_only=("the file holds only a copy block (bản sao)", "tệp chỉ có phần bản sao, không có văn bản"),
    other_family=("a rule of the other family ({family} document)", "quy tắc cho loại văn bản khác (đây là văn bản {family})"),
    unknown_family=(
        "the family (state or Party) could not be told",
        "không xác định được văn bản hành chính hay văn bản của Đảng",
    ),
    other_guideline=(
        "a rule of another guideline (the document is judged by {guideline})",
        "quy tắc của hướng dẫn khác (văn bản được kiểm tra theo {guideline})",
    ),
    no_text=("the input holds no text", "tệp không có chữ"),
)

#: The layout families as reasons name them (``state document`` / ``văn bản hành chính``).
FAMILIES = phrases(
    state=("state", "hành chính"),
    party=("party", "của Đảng"),
)

#: Where a finding is in a DOCX, PDF or HTML file (`vndocparse.validate.diagnostics.Origin.text`).
ORIGIN = phrases(
    paragraph=("paragraph {paragraph}", "đoạn {paragraph}"),
    row=("table {table}, row {row}", "bảng {table}, hàng {row}"),
    cell=("table {table}, row {row}, cell {cell}", "bảng {table}, hàng {row}, ô {cell}"),
    page=("page {page}", "trang {page}"),
    element=("element {element}", "phần tử {element}"),
    section=("page set-up of section {section}", "thiết lập trang của phần (section) {section}"),
)

#: ``vndocparse fix``: its account of what it changed and what is left (`vndocparse.fix`).
FIX = phrases(
    usage=(
        "give -o OUT to write the fixed document, --in-place to overwrite FILE, or --diff to see the change",
        "hãy dùng -o OUT để ghi văn bản đã sửa, --in-place để ghi đè lên FILE, hoặc --diff để xem thay đổi",
    ),
    not_writable=(
        "{path}: a {format} file cannot be written; fix the source document and check it again",
        "{path}: không ghi được tệp {format}; hãy sửa văn bản gốc rồi kiểm tra lại",
    ),
    wrote=("wrote {path}", "đã ghi {path}"),
    fixed=("fixed: {change}", "đã sửa: {change}"),
    nothing=("{path}: nothing to fix", "{path}: không có gì để sửa"),
    left=("left: {where}", "còn lại: {where}"),
    totals=(
        "{changes} change(s); findings {before} before, {after} after ({fewer} fewer).",
        "{changes} thay đổi; số lỗi phát hiện: {before} trước, {after} sau (bớt {fewer}).",
    ),
    text_wrote=("{code} line {line}: {message}; wrote {text!r}", "{code} dòng {line}: {message}; đã viết {text!r}"),
    text_removed=("{code} line {line}: {message}; removed it", "{code} dòng {line}: {message}; đã xóa"),
    places=("{change} ({n} places)", "{change} ({n} chỗ)"),
    # DOCX (vndocparse.fix.docx): one sentence per kind of change
    paper=("paper size set to A4 (section {section})", "đặt khổ giấy A4 (phần {section})"),
    portrait=("orientation set to portrait (section 1)", "đặt hướng giấy dọc (phần 1)"),
    margin=("{side} margin set to {mm} mm (section {section})", "đặt lề {side} {mm} mm (phần {section})"),
    normal_font=("the Normal style's font set to {font}", "đặt phông chữ của kiểu Normal là {font}"),
    font=("font set to {font}", "đặt phông chữ {font}"),
    size=("{label} set in {size} pt", "đặt cỡ chữ {size} pt cho {label}"),
    bold=("{label} made bold", "đặt chữ đậm cho {label}"),
    not_bold=("{label} made not bold", "bỏ chữ đậm của {label}"),
    italic=("{label} made italic", "đặt chữ nghiêng cho {label}"),
    upright=("{label} made upright", "đặt chữ đứng cho {label}"),
    centred=("{label} centred", "căn giữa {label}"),
    body_size=("body text set in {size} pt", "đặt cỡ chữ {size} pt cho nội dung"),
    indent=("first-line indent set to {cm} cm", "đặt lùi đầu dòng {cm} cm"),
    exact_spacing=("line spacing set to exactly {pt} pt", "đặt giãn dòng chính xác (Exactly) {pt} pt"),
    single_spacing=("line spacing set to single", "đặt giãn dòng đơn (Single)"),
    space_after=("space after set to {pt} pt", "đặt khoảng cách sau đoạn {pt} pt"),
    header_single=("{part} set in single line spacing", "đặt giãn dòng đơn cho {part}"),
    can_cu=("căn cứ line made italic", "đặt chữ nghiêng cho dòng căn cứ"),
    article=("article heading made bold", "đặt chữ đậm cho tên điều"),
    underline=("'{words}' underlined", "gạch chân '{words}'"),
    black=("text set in black", "đặt chữ màu đen"),
    page_field=("page number field added, centred in the header", "thêm số trang, căn giữa ở đầu trang"),
    first_page=("page number hidden on the first page", "ẩn số trang ở trang đầu"),
)

#: The sides of the page (`vndocparse.validate.typeset.MARGINS` keys).
PAGE_SIDES = phrases(
    top=("top", "trên"),
    bottom=("bottom", "dưới"),
    left=("left", "trái"),
    right=("right", "phải"),
)

#: ``vndocparse export``: the gaps (`vndocparse.export.fields.Gap`) and its own errors.
EXPORT = phrases(
    no_issuer=("no issuing body (cơ quan ban hành) was read", "không đọc được tên cơ quan, tổ chức ban hành"),
    no_number=("no number (số, ký hiệu) was read", "không đọc được số, ký hiệu"),
    blank_number=("the running number (số) is blank: a draft?", "số để trống: văn bản dự thảo?"),
    no_date=("no issue date (ngày ban hành) was read", "không đọc được thời gian ban hành"),
    too_long_digits=(
        "{size} digits, over its limit of {limit}; written whole, not cut",
        "{size} chữ số, vượt giới hạn {limit}; vẫn ghi đủ, không cắt",
    ),
    too_long_characters=(
        "{size} characters, over its limit of {limit}; written whole, not cut",
        "{size} ký tự, vượt giới hạn {limit}; vẫn ghi đủ, không cắt",
    ),
    several_xml=(
        "export --to edxml: several documents make several XML files: give --output-dir DIR",
        "export --to edxml: nhiều văn bản cho nhiều tệp XML: hãy dùng --output-dir DIR",
    ),
    set_form=("--set {item!r}: expected NAME=VALUE", "--set {item!r}: cần dạng TÊN=GIÁ_TRỊ"),
    no_organ_field=("{format}: --organ-id: the format has no field for it", "{format}: --organ-id: định dạng này không có trường cho mã định danh"),
    format_only=(
        "{format}: --format applies to nd30-outgoing and nd30-incoming only",
        "{format}: --format chỉ dùng cho nd30-outgoing và nd30-incoming",
    ),
    output_dir_only=("{format}: --output-dir applies to edxml only", "{format}: --output-dir chỉ dùng cho edxml"),
    bom_only=("{format}: --bom applies to CSV output only", "{format}: --bom chỉ dùng khi xuất CSV"),
    same_name=(
        "{arg}: not written: {path} was written for an earlier input of the same name",
        "{arg}: không ghi: {path} đã được ghi cho một tệp trước đó cùng tên",
    ),
    not_written=("{arg}: not written: {path}: {reason}", "{arg}: không ghi được {path}: {reason}"),
    # the values given with --set and --organ-id (vndocparse.export.fields.read_fill)
    filled_from_document=(
        "{format}: {name} is filled from the document ({key}), not given",
        "{format}: {name} được lấy từ văn bản ({key}), không nhập",
    ),
    no_field=("{format}: no field {name!r} to fill; it has: {names}", "{format}: không có trường {name!r} để nhập; các trường nhập được: {names}"),
    none=("none", "không có"),
    empty=("{where}: empty", "{where}: để trống"),
    expected_date=("{where}: expected a date as YYYY-MM-DD", "{where}: cần ngày dạng YYYY-MM-DD"),
    expected_number=("{where}: expected a whole number", "{where}: cần một số nguyên"),
    expected_choice=("{where}: expected one of {choices}", "{where}: cần một trong các giá trị {choices}"),
    too_many_digits=("{where}: more than {limit} digits", "{where}: quá {limit} chữ số"),
    too_many_characters=("{where}: {size} characters, over the limit of {limit}", "{where}: {size} ký tự, vượt giới hạn {limit}"),
)

#: The command line's own lines: its errors, the rules list, the progress bar.
CLI = phrases(
    no_documents=("{arg}: no {suffixes} files in this directory", "{arg}: thư mục không có tệp {suffixes} nào"),
    either=("{rest} or {last}", "{rest} hoặc {last}"),
    empty_name=("'': no such file", "'': không có tệp này"),
    cannot_write=("{path}: cannot write: {reason}", "{path}: không ghi được: {reason}"),
    internal=("internal error: {kind}: {error}", "lỗi nội bộ: {kind}: {error}"),
    internal_parsing=("internal error while parsing: {kind}: {error}", "lỗi nội bộ khi phân tích: {kind}: {error}"),
    internal_checking=("internal error while checking: {kind}: {error}", "lỗi nội bộ khi kiểm tra: {kind}: {error}"),
    stdin_too_large=(
        "standard input is over the size limit of {limit:,} bytes (--max-bytes)",
        "đầu vào chuẩn vượt giới hạn {limit:,} byte (--max-bytes)",
    ),
    unknown_rule=("{error}; run 'vndocparse rules' for the list", "{error}; chạy 'vndocparse rules' để xem danh sách"),
    severity_form=("command line: --severity {item!r}: expected RULE=LEVEL", "dòng lệnh: --severity {item!r}: cần dạng QUY_TẮC=MỨC"),
    wrote_pages=("wrote {pages} to {dir}", "đã ghi {pages} vào {dir}"),
    progress=("{done}/{total} files {pct}%  {rate} files/s", "{done}/{total} tệp {pct}%  {rate} tệp/giây"),
)

#: Every table, by name: what the completeness test walks.
TABLES: Mapping[str, Mapping[str, Phrase]] = {
    "SEVERITY": SEVERITY,
    "COUNTS": COUNTS,
    "REPORT": REPORT,
    "COVERAGE": COVERAGE,
    "REASONS": REASONS,
    "FAMILIES": FAMILIES,
    "ORIGIN": ORIGIN,
    "FIX": FIX,
    "PAGE_SIDES": PAGE_SIDES,
    "EXPORT": EXPORT,
    "CLI": CLI,
}


def counted(n: int, word: str) -> Message:
    """``n`` and the word of `COUNTS` (``"error"``, ``"file"``...) in the number it takes."""
    return COUNTS[f"{word}_{'one' if n == 1 else 'many'}"](n=n)


def listing(items: list[Message], last: Phrase = REPORT["last_of_list"]) -> Message:
    """``a, b and c`` (``a, b và c``): the items joined as each language writes a list."""
    if len(items) == 1:
        return items[0]
    rest = Message(", ".join(m.en for m in items[:-1]), ", ".join(m.vi for m in items[:-1]))
    return last(rest=rest, last=items[-1])


def number(value: float) -> Message:
    """A measure as each language writes it: ``1.27`` / ``1,27`` (a decimal comma)."""
    written = f"{value:g}"
    return Message(written, written.replace(".", ","))


def said(exc: BaseException, lang: str) -> str:
    """An exception's text in ``lang``: a `Message` it was raised with (or an input
    error's `Message` reason, after its path) speaks both languages; any other
    exception's text (a reader's, the system's) is shown as it is."""
    reason = getattr(exc, "reason", None)
    if isinstance(reason, Message):
        return f"{getattr(exc, 'path', '')}: {reason.text(lang)}"
    first = exc.args[0] if len(exc.args) == 1 else None
    return first.text(lang) if isinstance(first, Message) else str(exc)


__all__ = [
    "CLI",
    "COUNTS",
    "COVERAGE",
    "EXPORT",
    "FAMILIES",
    "FIX",
    "ORIGIN",
    "PAGE_SIDES",
    "REASONS",
    "REPORT",
    "SEVERITY",
    "TABLES",
    "counted",
    "listing",
    "number",
    "said",
]
