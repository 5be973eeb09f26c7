"""VN411 and VN817–VN820: what a clerk checks by reading — one type name, a named
chapter with its title, and the capitals of Decree 30, Phụ lục II where the text shows
them (names of bodies, the documents and the articles a text cites).

The capitalisation rules are warnings: they read running text, where a phrase can be
cut by a line break or quoted, and they look only for the forms that are wrong in any
sentence ("Ủy Ban Nhân Dân", "theo nghị định số 30/2020/NĐ-CP", "tại điều 5"). Lines in
capitals (headings, the header) are not looked at. Matching is done on the folded text
(`vndocparse.text.fold`: same length, no diacritics, lower case), the case read from the
text as written at the same offsets.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from vndocparse.i18n import phrases
from vndocparse.tables.doc_types import TITLE_TO_TYPE
from vndocparse.text import fold
from vndocparse.validate.context import DocView, Piece
from vndocparse.validate.diagnostics import Edit
from vndocparse.validate.registry import (
    BOTH,
    CONFIRMED_STATE_SECONDARY_PARTY,
    ERROR_STATE_WARNING_PARTY,
    STATE,
    Finding,
    Rule,
    RuleOptions,
)

#: The parts of running text where a document cites others and names bodies.
TEXT_KINDS = ("subject", "preamble", "body")

#: The fix of the capitalisation rules (each rule lists it in its table).
_WRITE = ("write '{text}'", "viết '{text}'")


def _text_pieces(view: DocView) -> Iterator[Piece]:
    for kind in TEXT_KINDS:
        for piece in view.pieces(kind):
            letters = [c for c in piece.text if c.isalpha()]
            if letters and not all(c.isupper() for c in letters):
                yield piece


class CompetingTypeNames(Rule):
    """## What it does
    Reports a document that gives two different type names above its trích yếu, e.g.
    "QUYẾT ĐỊNH" and then "THÔNG BÁO".

    ## Why it matters
    A document is of one type (tên loại), named once under the header; a second type
    name is a template's leftover, and the register, the number's type code and the
    reader cannot all agree with both.

    ## Example
    ```text
    QUYẾT ĐỊNH
    THÔNG BÁO
    Về việc ...
    ```

    ## Use instead
    ```text
    QUYẾT ĐỊNH
    Về việc ...
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Điều 8.2đ and Phụ lục I, mục II.5 — layout rules §1.1 (ô 5a)

    A copy's label ("SAO Y", "SAO LỤC") is not a type name and is not counted.
    """

    code = "VN411"
    name = "competing-type-names"
    families = BOTH
    level = ERROR_STATE_WARNING_PARTY
    evidence = CONFIRMED_STATE_SECONDARY_PARTY
    requires = ("title",)
    summary_vi = (
        "Báo văn bản ghi hai tên loại văn bản khác nhau phía trên trích yếu nội dung, ví dụ "
        "\"QUYẾT ĐỊNH\" rồi \"THÔNG BÁO\"."
    )
    messages = phrases(
        second=(
            "a second type name '{second}' after '{first}'",
            "tên loại văn bản thứ hai '{second}' sau '{first}'",
        ),
        second_fix=("keep the one type name of the document", "chỉ giữ một tên loại của văn bản"),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        seen: dict[str, str] = {}
        for part in view.doc.parts:
            if part.kind != "title" and not (part.kind == "unrecognised" and part.role == "title"):
                continue
            for piece in view.part_pieces(part):
                words = " ".join(fold(piece.text).strip(" *#_:").split())
                kind = TITLE_TO_TYPE.get(words)
                if not kind:
                    continue
                if seen and kind not in seen:
                    first = next(iter(seen.values()))
                    yield Finding(
                        self.msg("second", second=piece.text, first=first),
                        piece.loc(),
                        fix=self.msg("second_fix"),
                    )
                seen.setdefault(kind, piece.text)


#: A named division's heading alone on its line: "Chương II", "Mục 1", "Phần I".
_DIVISION = regex.compile(r"^[*_#\s]*(?P<word>phan|chuong|tieu muc|muc)\s+(?P<n>[ivxlc]+|\d+)\s*[.:\-–]?\s*[*_]*$")
#: What starts another heading or a numbered item: not a title line.
_LABEL = regex.compile(r"^[*_#\s]*(?:(?:phan|chuong|muc|tieu muc|dieu)\s+(?:[ivxlc]+|\d+)\b|\d+\s*[.)]|[a-zđ]\s*\)|[ivxlc]+\s*[.\-–])")


class HeadingWithoutTitle(Rule):
    """## What it does
    Reports a named part, chapter, section or subsection ("Phần I", "Chương II",
    "Mục 1", "Tiểu mục 1") whose heading is not followed by its title: the next line is
    another heading, an article or a numbered item, or nothing.

    ## Why it matters
    Decree 30 writes the number of a part, chapter or section on its own line and its
    title on the line below, in capitals; a chapter without a title cannot be cited or
    found in the table of contents.

    ## Example
    ```text
    Chương I
    Điều 1. Phạm vi điều chỉnh
    ```

    ## Use instead
    ```text
    Chương I
    QUY ĐỊNH CHUNG
    Điều 1. Phạm vi điều chỉnh
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.6 (bố cục) — layout rules §1.8 Headings

    A title on the heading's own line ("Chương I. QUY ĐỊNH CHUNG") is accepted.
    """

    code = "VN817"
    name = "heading-without-title"
    families = STATE
    requires = ("body",)
    summary_vi = (
        "Báo phần, chương, mục hoặc tiểu mục (\"Phần I\", \"Chương II\", \"Mục 1\", "
        "\"Tiểu mục 1\") không có tiêu đề ở dòng dưới: dòng tiếp theo là một đề mục khác, "
        "một điều, một mục được đánh số, hoặc không còn dòng nào."
    )
    messages = phrases(
        no_title=(
            "'{heading}' has no title on the line below",
            "'{heading}' không có tiêu đề ở dòng dưới",
        ),
        no_title_fix=(
            "write the title, in capitals, on the line under the heading",
            "ghi tiêu đề bằng chữ in hoa ở dòng ngay dưới",
        ),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        pieces = view.pieces("body")
        for i, piece in enumerate(pieces):
            m = _DIVISION.match(fold(piece.text))
            if not m:
                continue
            nxt = pieces[i + 1] if i + 1 < len(pieces) else None
            if nxt is None or _LABEL.match(fold(nxt.text)):
                yield Finding(
                    self.msg("no_title", heading=piece.text.strip(" *_#")),
                    piece.loc(),
                    fix=self.msg("no_title_fix"),
                )


#: Names of bodies whose case Phụ lục II fixes: capital first word, the rest lower
#: case, then the place ("Ủy ban nhân dân tỉnh Sơn La").
_BODY_NAME = regex.compile(r"\b(?:uy ban nhan dan|hoi dong nhan dan)\b")
#: The unit and a capitalised place name after a body's name: a named body.
_PLACE = regex.compile(r"\s+(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran)\s+(?=\w)")


class BodyNameCase(Rule):
    """## What it does
    Checks the capitals of "Ủy ban nhân dân" and "Hội đồng nhân dân" in running text:
    only the first word capitalised ("Ủy ban nhân dân", not "Ủy Ban Nhân Dân"), and
    the first word capitalised when it names one body ("Ủy ban nhân dân tỉnh Sơn La",
    not "ủy ban nhân dân tỉnh Sơn La").

    ## Why it matters
    Phụ lục II of Decree 30 writes the name of a body with a capital on its first word
    and on the proper name only; every word capitalised is the commonest slip.

    ## Example
    ```text
    ... gửi Ủy Ban Nhân Dân huyện Kim Bảng ...
    ```

    ## Use instead
    ```text
    ... gửi Ủy ban nhân dân huyện Kim Bảng ...
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục II (viết hoa tên cơ quan, tổ chức) — layout rules §1.8

    Lines in capitals are not checked. A warning: a quotation may keep another case.
    """

    code = "VN818"
    name = "body-name-case"
    families = STATE
    level = "warning"
    requires = ()
    summary_vi = (
        "Kiểm tra cách viết hoa \"Ủy ban nhân dân\" và \"Hội đồng nhân dân\" trong nội "
        "dung: chỉ viết hoa chữ cái đầu của tiếng đầu (\"Ủy ban nhân dân\", không phải "
        "\"Ủy Ban Nhân Dân\"), và viết hoa tiếng đầu khi gọi tên một cơ quan cụ thể "
        "(\"Ủy ban nhân dân tỉnh Sơn La\", không phải \"ủy ban nhân dân tỉnh Sơn La\")."
    )
    messages = phrases(
        case=("'{written}' should be written '{right}'", "'{written}' phải viết là '{right}'"),
        write=_WRITE,
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        for piece in _text_pieces(view):
            folded = fold(piece.text)
            for m in _BODY_NAME.finditer(folded):
                written = piece.text[m.start() : m.end()]
                words = written.split()
                right = words[0][:1].upper() + words[0][1:].lower() + " " + " ".join(w.lower() for w in words[1:])
                after = _PLACE.match(folded, m.end())
                named = after is not None and piece.text[after.end() : after.end() + 1].isupper()
                if any(w[:1].isupper() for w in words[1:]) or (named and words[0][:1].islower()):
                    yield Finding(
                        self.msg("case", written=written, right=right),
                        piece.loc(m.start(), m.end()),
                        fix=self.msg("write", text=right),
                        edit=Edit(location=piece.loc(m.start(), m.end()), text=right),
                    )


#: A document type cited with its number: "Nghị định số 30/2020/NĐ-CP". Not "công văn":
#: "công văn số ..." in lower case is the common usage of real documents, and the spec
#: does not settle it.
_CITED = regex.compile(
    r"\b(?P<name>nghi dinh|quyet dinh|thong tu|chi thi|nghi quyet|ke hoach|thong bao|"
    r"huong dan|to trinh|bao cao|quy dinh|quy che|ket luan)\s+so\s+\d"
)


class CitedDocumentCase(Rule):
    """## What it does
    Checks that the type of a document cited with its number is written with a capital
    on its first word only: "Nghị định số 30/2020/NĐ-CP", not "nghị định số ..." nor
    "Nghị Định số ...".

    ## Why it matters
    Phụ lục II of Decree 30 capitalises the first letter of a document's type when a
    text cites that document by number; a lower-case or title-cased type reads as a
    slip in an official text.

    ## Example
    ```text
    Thực hiện nghị định số 30/2020/NĐ-CP ...
    ```

    ## Use instead
    ```text
    Thực hiện Nghị định số 30/2020/NĐ-CP ...
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục II (viết hoa tên loại văn bản khi viện dẫn)

    The spec names Phụ lục II and gives its examples but not this rule's words: a
    warning ([U]).
    """

    code = "VN819"
    name = "cited-document-case"
    families = STATE
    level = "warning"
    evidence = "U"
    requires = ()
    summary_vi = (
        "Kiểm tra tên loại của văn bản được viện dẫn kèm số chỉ viết hoa chữ cái đầu của "
        "tiếng đầu: \"Nghị định số 30/2020/NĐ-CP\", không phải \"nghị định số ...\" hay "
        "\"Nghị Định số ...\"."
    )
    messages = phrases(
        case=(
            "the cited '{written}' should be written '{right}'",
            "tên loại văn bản được viện dẫn '{written}' phải viết là '{right}'",
        ),
        write=_WRITE,
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        for piece in _text_pieces(view):
            for m in _CITED.finditer(fold(piece.text)):
                a, b = m.span("name")
                written = piece.text[a:b]
                words = written.split()
                right = words[0][:1].upper() + words[0][1:].lower() + "".join(" " + w.lower() for w in words[1:])
                if written != right:
                    yield Finding(
                        self.msg("case", written=written, right=right),
                        piece.loc(a, b),
                        fix=self.msg("write", text=right),
                        edit=Edit(location=piece.loc(a, b), text=right),
                    )


#: An article or chapter cited by number in running text: "tại Điều 5", "Chương II";
#: not after "các"/"những" ("các điều 3, 4 và 5": the plural is written in lower case).
_CITED_PART = regex.compile(r"(?<!\w)(?<!\bcac )(?<!\bnhung )(?P<word>dieu|chuong)\s+(?P<n>\d+|[ivxlc]+)\b")


class CitedPartCase(Rule):
    """## What it does
    Checks that an article or a chapter cited by number in running text is capitalised:
    "tại Điều 5", "Chương II", not "tại điều 5".

    ## Why it matters
    Phụ lục II of Decree 30 writes the parts of a document it cites with a capital
    ("Điều 3"); a lower-case "điều 5" reads as the common noun.

    ## Example
    ```text
    ... theo quy định tại điều 5 Quyết định này.
    ```

    ## Use instead
    ```text
    ... theo quy định tại Điều 5 Quyết định này.
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục II (viết hoa khi viện dẫn phần, chương, mục, điều) — layout rules §1.8

    A warning: running text may quote another document as written.
    """

    code = "VN820"
    name = "cited-part-case"
    families = STATE
    level = "warning"
    requires = ()
    summary_vi = (
        "Kiểm tra điều, chương được viện dẫn theo số trong nội dung được viết hoa: \"tại "
        "Điều 5\", \"Chương II\", không phải \"tại điều 5\"."
    )
    messages = phrases(
        case=(
            "the cited '{written}' should be written '{right}'",
            "điều, chương được viện dẫn '{written}' phải viết là '{right}'",
        ),
        write=_WRITE,
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        for piece in _text_pieces(view):
            folded = fold(piece.text)
            for m in _CITED_PART.finditer(folded):
                a, b = m.span("word")
                if a == 0:
                    continue  # a heading of its own ("điều 1." is VN811's)
                roman = not m.group("n").isdigit()
                if roman and not piece.text[m.start("n") : m.end("n")].isupper():
                    continue  # "chương i" is not a citation
                written = piece.text[a:b]
                if written[:1].islower():
                    right = written[:1].upper() + written[1:]
                    yield Finding(
                        self.msg(
                            "case", written=piece.text[a : m.end()], right=right + piece.text[b : m.end()]
                        ),
                        piece.loc(a, b),
                        fix=self.msg("write", text=right),
                        edit=Edit(location=piece.loc(a, a + 1), text=right[:1]),
                    )


__all__ = ["BodyNameCase", "CitedDocumentCase", "CitedPartCase", "CompetingTypeNames", "HeadingWithoutTitle"]
