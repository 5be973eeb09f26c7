"""VN8xx: the urgency and secrecy marks, and the conventions of the body.

Marks (ND30 Phụ lục I, mục III.2): urgency HỎA TỐC / THƯỢNG KHẨN / KHẨN, secrecy
TUYỆT MẬT / TỐI MẬT / MẬT, nothing else. Body (mục II.6): Phần/Chương take Roman
numerals, Mục/Tiểu mục Arabic ones, "Điều 1." a full stop; points are a) b) c) d) đ)
e) g) ... in Vietnamese alphabet order; every template of Phụ lục III ends the body
with "./.". The căn cứ lines (";", the last "."; VN808, VN809) are `can_cu`'s.
"""

from __future__ import annotations

from collections.abc import Iterator
from types import MappingProxyType

import regex

from vndocparse.i18n import phrases
from vndocparse.models import Directive, Part
from vndocparse.text import fold
from vndocparse.validate.context import DocView, Piece, clean_end
from vndocparse.validate.registry import (
    BOTH,
    CONFIRMED_STATE_TEXT_HD05,
    CONFIRMED_UNLESS_HD36,
    ERROR_STATE_WARNING_PARTY,
    ERROR_UNLESS_HD36,
    STATE,
    Finding,
    Rule,
    RuleOptions,
)
from vndocparse.validate.tables import (
    FOREIGN_POINT_LETTERS,
    POINT_LETTERS,
    SECRECY_MARKS,
    URGENCY_MARKS,
)

#: Parts that end the header zone: marks are looked for before them.
_AFTER_HEADER = frozenset(
    {"addressees", "preamble", "body", "closing", "signature", "distribution", "annex"}
)
_MARK_STRIP = " []()|*_-–—:"
_URGENT_WORD = regex.compile(r"(?<!\p{L})(?:KHẨN|TỐC)(?!\p{L})")
_SECRET_WORD = regex.compile(r"(?<!\p{L})MẬT(?!\p{L})")
#: ND30 came into force on 05/3/2020 and dropped TT01's "HỎA TỐC HẸN GIỜ".
ND30_DATE = "2020-03-05"

_LIST_MARK = r"(?:[-*+•]\s+)?"
_POINT = regex.compile(rf"^{_LIST_MARK}(?P<l>[a-zA-ZđĐ])\)\s*(?=\S)")
_POINT_DOT = regex.compile(rf"^{_LIST_MARK}(?P<l>[a-zđ])\s*(?P<sep>[./])\s+(?=\S)")
_RESET = regex.compile(
    rf"^{_LIST_MARK}(?:\d+(?:\.\d+)*\s*[.)/-](?:\s|$)|[IVXLC]+\s*[.\-–)/](?:\s|$)|"
    r"(?:điều|chương|phần|mục|tiểu mục)\s+\S+)",
    regex.IGNORECASE,
)
_HEADING = regex.compile(
    r"^(?P<w>Phần|PHẦN|Chương|CHƯƠNG|Tiểu mục|TIỂU MỤC|Mục|MỤC)\s+(?P<n>\d+|[IVXLC]+)"
    r"(?=\s*$|\s*[.:\-–]|\s+\p{Lu})"
)
_ARTICLE = regex.compile(
    r"^(?P<w>điều|Điều|ĐIỀU)\s+(?P<n>\d+)(?P<sep>\s*[.:\-–)]?)", regex.IGNORECASE
)
_TERMINAL = (".", ":", ";", "!", "?")

#: The fix hint several rules of this module give (each rule lists it in its table).
_WRITE = ("write '{text}'", "viết '{text}'")


def header_zone(view: DocView) -> Iterator[tuple[Part, Piece]]:
    """Pieces of the parts before the addressees and the body (where marks stand)."""
    for part in view.doc.parts:
        if part.kind in _AFTER_HEADER:
            return
        if part.kind in ("blank", "title", "subject"):
            continue
        for piece in view.part_pieces(part):
            yield part, piece


def _mark_text(piece: Piece) -> str | None:
    core = " ".join(piece.text.strip(_MARK_STRIP).split())
    if not core or len(core) > 30 or any(ch.islower() for ch in core):
        return None
    return core


class UrgencyMark(Rule):
    """## What it does
    Checks that an urgency mark in the header is one of "HỎA TỐC" (the decree spells
    it "HOẢ TỐC"), "THƯỢNG KHẨN", "KHẨN".

    ## Why it matters
    "văn bản được xác định độ khẩn theo các mức sau: hoả tốc, thượng khẩn, khẩn" —
    stamps are made for those three only; "KHẨN CẤP", "RẤT KHẨN" have no defined
    handling time.

    ## Example
    ```text
    Số: 12/UBND-VX
    KHẨN CẤP
    ```

    ## Use instead
    ```text
    Số: 12/UBND-VX
    THƯỢNG KHẨN
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục III.2b; HD 36-HD/VPTW, ô 10b

    The same three levels in Party documents come from secondary summaries (layout
    rules §3.7), hence a warning there.
    """

    code = "VN801"
    name = "urgency-mark"
    families = BOTH
    level = ERROR_UNLESS_HD36
    evidence = CONFIRMED_UNLESS_HD36
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục III.2b", "hd36": "ô 10b", "hd05": "Phần II, mục II.3"})
    summary_vi = (
        "Kiểm tra mức độ khẩn ghi ở phần đầu văn bản là một trong các mức \"HỎA TỐC\" "
        "(Nghị định viết \"HOẢ TỐC\"), \"THƯỢNG KHẨN\", \"KHẨN\"."
    )
    messages = phrases(
        not_urgency=("'{mark}' is not an urgency mark", "'{mark}' không phải là mức độ khẩn"),
        not_urgency_fix=(
            "use 'HỎA TỐC', 'THƯỢNG KHẨN' or 'KHẨN'",
            "dùng 'HỎA TỐC', 'THƯỢNG KHẨN' hoặc 'KHẨN'",
        ),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        for _part, piece in header_zone(view):
            core = _mark_text(piece)
            if core is None or not _URGENT_WORD.search(core) or _SECRET_WORD.search(core):
                continue
            if core in URGENCY_MARKS or fold(core) == "hoa toc hen gio":
                continue
            yield Finding(
                self.msg("not_urgency", mark=core), piece.loc(), fix=self.msg("not_urgency_fix")
            )


class SecrecyMark(Rule):
    """## What it does
    Checks that a secrecy mark in the header is one of "TUYỆT MẬT", "TỐI MẬT", "MẬT".

    ## Why it matters
    The secrecy levels are fixed by the state-secrets law and their stamps are made
    in advance ("Con dấu các độ mật (TUYỆT MẬT, TỐI MẬT hoặc MẬT)"); "BÍ MẬT", "MẬT
    KHẨN" are not levels.

    ## Example
    ```text
    Số: 12/UBND-VX
    BÍ MẬT
    ```

    ## Use instead
    ```text
    Số: 12/UBND-VX
    MẬT
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục III.2a; HD 36-HD/VPTW, ô 10a
    """

    code = "VN802"
    name = "secrecy-mark"
    families = BOTH
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục III.2a", "hd36": "ô 10a", "hd05": "Phần II, mục II.2 (the state-secrets law)"})
    summary_vi = (
        "Kiểm tra độ mật ghi ở phần đầu văn bản là một trong các mức \"TUYỆT MẬT\", "
        "\"TỐI MẬT\", \"MẬT\"."
    )
    messages = phrases(
        not_secrecy=("'{mark}' is not a secrecy mark", "'{mark}' không phải là độ mật"),
        not_secrecy_fix=(
            "use 'TUYỆT MẬT', 'TỐI MẬT' or 'MẬT'",
            "dùng 'TUYỆT MẬT', 'TỐI MẬT' hoặc 'MẬT'",
        ),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        for _part, piece in header_zone(view):
            core = _mark_text(piece)
            if core is None or not _SECRET_WORD.search(core):
                continue
            if core in SECRECY_MARKS:
                continue
            yield Finding(
                self.msg("not_secrecy", mark=core), piece.loc(), fix=self.msg("not_secrecy_fix")
            )


class HoaTocHenGio(Rule):
    """## What it does
    Reports the urgency mark "HỎA TỐC HẸN GIỜ" on a state document dated on or after
    05/3/2020, when Decree 30 came into force.

    ## Why it matters
    The older rules (TT 01/2011) had a fourth level "hỏa tốc hẹn giờ"; Decree 30 keeps
    three, so the mark has no defined meaning in a current document.

    ## Example
    ```text
    HỎA TỐC HẸN GIỜ
    ```

    ## Use instead
    ```text
    HỎA TỐC
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục III.2b; Điều 37
    """

    code = "VN803"
    name = "hoa-toc-hen-gio"
    families = STATE
    summary_vi = (
        "Báo mức độ khẩn \"HỎA TỐC HẸN GIỜ\" trên văn bản hành chính ban hành từ ngày "
        "05/3/2020, ngày Nghị định 30 có hiệu lực."
    )
    messages = phrases(
        hen_gio=(
            "'HỎA TỐC HẸN GIỜ' is not an urgency level of Decree 30",
            "'HỎA TỐC HẸN GIỜ' không phải là mức độ khẩn theo Nghị định 30",
        ),
        hen_gio_fix=("use 'HỎA TỐC'", "dùng 'HỎA TỐC'"),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        if view.doc.date is not None and view.doc.date < ND30_DATE:
            return
        for _part, piece in header_zone(view):
            core = _mark_text(piece)
            if core is not None and fold(core) == "hoa toc hen gio":
                yield Finding(self.msg("hen_gio"), piece.loc(), fix=self.msg("hen_gio_fix"))


def _body_lines(view: DocView) -> list[Piece]:
    """The body's lines that open with a label (see `DocView.body_heads`)."""
    return view.body_heads


class PointLetters(Rule):
    """## What it does
    Checks that points (điểm) are lettered with lower-case letters of the Vietnamese
    alphabet: no "f)", "j)", "w)", "z)", no capitals.

    ## Why it matters
    "Thứ tự các điểm trong mỗi khoản dùng các chữ cái tiếng Việt theo thứ tự bảng chữ
    cái tiếng Việt ... bằng chữ in thường": after "e)" comes "g)".

    ## Example
    ```text
    e) Sở Tài chính;
    f) Sở Nội vụ.
    ```

    ## Use instead
    ```text
    e) Sở Tài chính;
    g) Sở Nội vụ.
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.6đ
    """

    code = "VN804"
    name = "point-letters"
    families = BOTH
    level = ERROR_STATE_WARNING_PARTY
    evidence = CONFIRMED_STATE_TEXT_HD05
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục II.6đ", "hd36": "(secondary sources)", "hd05": "Phần II, mục I.6.2.4"})
    summary_vi = (
        "Kiểm tra các điểm được đánh thứ tự bằng chữ cái tiếng Việt in thường: không có "
        "\"f)\", \"j)\", \"w)\", \"z)\", không dùng chữ in hoa."
    )
    messages = phrases(
        capital=("point '{letter})' in capitals", "điểm '{letter})' viết bằng chữ in hoa"),
        write=_WRITE,
        foreign=(
            "'{letter})' is not a letter of the Vietnamese alphabet",
            "'{letter})' không phải là chữ cái tiếng Việt",
        ),
        foreign_fix=(
            "letter points a) b) c) d) đ) e) g) h) i) k) ...",
            "đánh thứ tự các điểm a) b) c) d) đ) e) g) h) i) k) ...",
        ),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        for piece in _body_lines(view):
            m = _POINT.match(piece.text)
            if not m:
                continue
            letter = m.group("l")
            if letter.isupper():
                yield Finding(
                    self.msg("capital", letter=letter),
                    piece.loc(*m.span("l")),
                    fix=self.msg("write", text=f"{letter.lower()})"),
                )
            elif letter in FOREIGN_POINT_LETTERS:
                yield Finding(
                    self.msg("foreign", letter=letter),
                    piece.loc(*m.span("l")),
                    fix=self.msg("foreign_fix"),
                )


class PointOrder(Rule):
    """## What it does
    Checks that the points of a clause run a) b) c) d) đ) e) g) h) i) k) l) m) ...
    from "a)" without gaps or repeats. A numbered line (khoản "1.", "Điều 2.") starts
    a new run.

    ## Why it matters
    The points follow "thứ tự bảng chữ cái tiếng Việt": "đ)" comes after "d)", and a
    skipped or repeated letter makes citations ("điểm đ khoản 2") point at the wrong
    text.

    ## Example
    ```text
    c) Sở Y tế;
    d) Sở Tài chính;
    e) Sở Nội vụ.
    ```

    ## Use instead
    ```text
    c) Sở Y tế;
    d) Sở Tài chính;
    đ) Sở Nội vụ.
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.6đ
    """

    code = "VN805"
    name = "point-order"
    families = BOTH
    level = ERROR_STATE_WARNING_PARTY
    evidence = CONFIRMED_STATE_TEXT_HD05
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục II.6đ", "hd36": "(secondary sources)", "hd05": "Phần II, mục I.6.2.4"})
    summary_vi = (
        "Kiểm tra các điểm của một khoản được đánh thứ tự a) b) c) d) đ) e) g) h) i) k) l) "
        "m) ... từ \"a)\", không bỏ sót, không lặp lại."
    )
    messages = phrases(
        out_of_order=(
            "'{letter})' where the {where} is '{expected})'",
            "'{letter})' trong khi {where} phải là '{expected})'",
        ),
        first_point=("first point", "điểm đầu tiên"),
        point_after=("point after '{prev})'", "điểm sau '{prev})'"),
        write=_WRITE,
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        prev: str | None = None
        for piece in _body_lines(view):
            m = _POINT.match(piece.text)
            if not m:
                if _RESET.match(piece.text):
                    prev = None
                continue
            letter = m.group("l")
            if letter.isupper() or letter in FOREIGN_POINT_LETTERS:
                continue
            expected = "a" if prev is None else _next_letter(prev)
            if letter != expected:
                where = (
                    self.msg("first_point") if prev is None else self.msg("point_after", prev=prev)
                )
                yield Finding(
                    self.msg("out_of_order", letter=letter, where=where, expected=expected),
                    piece.loc(*m.span("l")),
                    fix=self.msg("write", text=f"{expected})"),
                )
            prev = letter


def _next_letter(letter: str) -> str:
    i = POINT_LETTERS.index(letter) if letter in POINT_LETTERS else -1
    return POINT_LETTERS[i + 1] if 0 <= i < len(POINT_LETTERS) - 1 else "?"


class PointParenthesis(Rule):
    """## What it does
    Checks that points are written with a closing parenthesis, "a)", not "a." or
    "a/". Reported when a run of such points starts at "a".

    ## Why it matters
    The point's letter is followed by "dấu đóng ngoặc đơn"; "a." looks like the end
    of a sentence and "a/" like a fraction.

    ## Example
    ```text
    a/ Sở Y tế;
    b/ Sở Tài chính.
    ```

    ## Use instead
    ```text
    a) Sở Y tế;
    b) Sở Tài chính.
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.6đ
    """

    code = "VN806"
    name = "point-parenthesis"
    families = BOTH
    level = ERROR_STATE_WARNING_PARTY
    evidence = CONFIRMED_STATE_TEXT_HD05
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục II.6đ", "hd36": "(secondary sources)", "hd05": "Phần II, mục I.6.2.4"})
    summary_vi = (
        "Kiểm tra các điểm được viết với dấu đóng ngoặc đơn, \"a)\", không phải \"a.\" "
        "hay \"a/\"."
    )
    messages = phrases(
        parenthesis=(
            "point '{letter}{sep}' is not written '{letter})'",
            "điểm '{letter}{sep}' phải viết là '{letter})'",
        ),
        write=_WRITE,
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        run: list[tuple[Piece, regex.Match[str]]] = []
        for piece in [*_body_lines(view), None]:
            m = _POINT_DOT.match(piece.text) if piece is not None else None
            if m is not None:
                letter = m.group("l")
                expected = "a" if not run else _next_letter(run[-1][1].group("l"))
                if letter == expected:
                    run.append((piece, m))  # type: ignore[arg-type]
                    continue
            if len(run) >= 2:
                for p, pm in run:
                    yield Finding(
                        self.msg("parenthesis", letter=pm.group("l"), sep=pm.group("sep")),
                        p.loc(pm.start("l"), pm.end("sep")),
                        fix=self.msg("write", text=f"{pm.group('l')})"),
                    )
            run = []
            if m is not None and m.group("l") == "a":
                run.append((piece, m))  # type: ignore[arg-type]


class ClosingMark(Rule):
    """## What it does
    Checks that the body of a state document ends with "./." (the last line before
    the signature block and Nơi nhận).

    ## Why it matters
    Every template of Phụ lục III closes the body with "./.", which marks the end of
    the text so that nothing can be added after it.

    ## Example
    ```text
    Điều 3. Quyết định này có hiệu lực kể từ ngày ký.

    Nơi nhận:
    ```

    ## Use instead
    ```text
    Điều 3. Quyết định này có hiệu lực kể từ ngày ký./.

    Nơi nhận:
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục III, mục II (Mẫu 1.1–1.10)

    Party documents may end with "." (unconfirmed), so the rule is for the state
    family only.
    """

    code = "VN807"
    name = "closing-mark"
    families = STATE
    summary_vi = (
        "Kiểm tra phần nội dung của văn bản hành chính kết thúc bằng dấu \"./.\" (dòng "
        "cuối cùng trước chữ ký và nơi nhận)."
    )
    messages = phrases(
        no_closing=(
            "the body ends '{tail}' without './.'",
            "phần nội dung kết thúc bằng '{tail}', thiếu dấu './.'",
        ),
        no_closing_fix=("end the last sentence with './.'", "kết thúc câu cuối cùng bằng dấu './.'"),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        if not (view.has("signature") or view.has("distribution")):
            return
        footer = view.footer_start
        before = [
            p
            for p in view.doc.parts
            if p.span.start_line < footer and p.kind in ("body", "preamble", "closing")
        ]
        last: Piece | None = None
        for part in reversed(before):
            pieces = [p for p in view.part_pieces(part) if p.line < footer]
            if pieces:
                last = pieces[-1]
                break
        if last is not None and not clean_end(last.text).endswith("./."):
            yield Finding(
                self.msg("no_closing", tail=last.text[-20:]),
                last.loc_end(),
                fix=self.msg("no_closing_fix"),
            )


def _directive_lines(directives: tuple[Directive, ...], out: set[int]) -> set[int]:
    for d in directives:
        if d.span is not None and fold(d.label).startswith(
            ("dieu", "chuong", "phan", "muc", "tieu muc")
        ):
            out.add(d.span.start_line)
        _directive_lines(d.children, out)
    return out


def _starts_paragraph(view: DocView, piece: Piece) -> bool:
    prev = view.line_piece(piece.line - 1)
    return (
        prev is None or prev.text.endswith(_TERMINAL) or not any(ch.islower() for ch in prev.text)
    )


class HeadingNumerals(Rule):
    """## What it does
    Checks the numerals of the body's headings: "Phần" and "Chương" take Roman
    numerals ("Chương II"), "Mục" and "Tiểu mục" Arabic ones ("Mục 2").

    ## Why it matters
    "Số thứ tự của phần, chương dùng chữ số La Mã", "Số thứ tự của mục, tiểu mục dùng
    chữ số Ả Rập": the two systems tell the levels apart.

    ## Example
    ```text
    Chương 2
    QUẢN LÝ VĂN BẢN
    ```

    ## Use instead
    ```text
    Chương II
    QUẢN LÝ VĂN BẢN
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.6đ
    """

    code = "VN810"
    name = "heading-numerals"
    families = BOTH
    level = ERROR_STATE_WARNING_PARTY
    evidence = CONFIRMED_STATE_TEXT_HD05
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục II.6đ", "hd36": "(secondary sources)", "hd05": "Phần II, mục I.6.2.4"})
    summary_vi = (
        "Kiểm tra chữ số của các đề mục trong nội dung: phần, chương dùng chữ số La Mã "
        "(\"Chương II\"), mục, tiểu mục dùng chữ số Ả Rập (\"Mục 2\")."
    )
    messages = phrases(
        arabic=("'{heading}' with an Arabic numeral", "'{heading}' dùng chữ số Ả Rập, phải dùng chữ số La Mã"),
        roman=("'{heading}' with a Roman numeral", "'{heading}' dùng chữ số La Mã, phải dùng chữ số Ả Rập"),
        write=_WRITE,
        write_arabic=("write '{word} <Arabic number>'", "viết '{word} <số Ả Rập>'"),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        for piece in _body_lines(view):
            m = _HEADING.match(piece.text)
            if not m or not _starts_paragraph(view, piece):
                continue
            word, num = m.group("w"), m.group("n")
            roman = not num.isdigit()
            if fold(word) in ("phan", "chuong") and not roman:
                yield Finding(
                    self.msg("arabic", heading=f"{word} {num}"),
                    piece.loc(*m.span("n")),
                    fix=self.msg("write", text=f"{word} {_roman(int(num))}"),
                )
            elif fold(word) in ("muc", "tieu muc") and roman:
                yield Finding(
                    self.msg("roman", heading=f"{word} {num}"),
                    piece.loc(*m.span("n")),
                    fix=self.msg("write_arabic", word=word),
                )


def _roman(n: int) -> str:
    out = ""
    for value, sym in (
        (1000, "M"),
        (900, "CM"),
        (500, "D"),
        (400, "CD"),
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ):
        while n >= value:
            out += sym
            n -= value
    return out or "?"


class ArticleHeading(Rule):
    """## What it does
    Checks the heading of an article: "Điều", in normal case, its Arabic number and a
    full stop — "Điều 1. Phạm vi điều chỉnh" — not "Điều 1:", "Điều 1 -", "ĐIỀU 1.".

    ## Why it matters
    "Từ 'Điều', số thứ tự và tiêu đề của điều được trình bày bằng chữ in thường ...
    sau số thứ tự có dấu chấm (.)"; articles are cited by that label.

    ## Example
    ```text
    Điều 1: Thành lập Tổ công tác.
    ```

    ## Use instead
    ```text
    Điều 1. Thành lập Tổ công tác.
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.6đ
    """

    code = "VN811"
    name = "article-heading"
    families = BOTH
    level = ERROR_STATE_WARNING_PARTY
    evidence = CONFIRMED_STATE_TEXT_HD05
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục II.6đ", "hd36": "(secondary sources)", "hd05": "Phần II, mục I.6.2.4"})
    summary_vi = (
        "Kiểm tra tiêu đề của điều: từ \"Điều\" viết chữ in thường, số thứ tự bằng chữ số "
        "Ả Rập và dấu chấm (.) — \"Điều 1. Phạm vi điều chỉnh\" — không phải \"Điều 1:\", "
        "\"Điều 1 -\", \"ĐIỀU 1.\"."
    )
    messages = phrases(
        word=("'{word}' should be written 'Điều'", "'{word}' phải viết là 'Điều'"),
        separator=(
            "'{sep}' after 'Điều {n}'",
            "dấu '{sep}' sau 'Điều {n}', phải là dấu chấm (.)",
        ),
        no_stop=("no full stop after 'Điều {n}'", "thiếu dấu chấm (.) sau 'Điều {n}'"),
        write=_WRITE,
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        directive_lines = _directive_lines(view.doc.directives, set())
        for piece in _body_lines(view):
            m = _ARTICLE.match(piece.text)
            if not m:
                continue
            sep = m.group("sep").strip()
            is_heading = piece.line in directive_lines or (
                sep in (":", "-", "–", ")") and _starts_paragraph(view, piece)
            )
            if not is_heading:
                continue
            word = m.group("w")
            if word != "Điều":
                yield Finding(
                    self.msg("word", word=word),
                    piece.loc(*m.span("w")),
                    fix=self.msg("write", text="Điều"),
                )
            elif sep != ".":
                n = m.group("n")
                yield Finding(
                    self.msg("separator", sep=sep, n=n) if sep else self.msg("no_stop", n=n),
                    piece.loc(m.start("w"), m.end("sep") if sep else m.end("n")),
                    fix=self.msg("write", text=f"Điều {n}."),
                )
