"""VN808, VN809: the căn cứ (the legal bases) before the enacting words, and how each ends.

A state document lists its căn cứ before "QUYẾT ĐỊNH:" / "QUYẾT NGHỊ:" (ND30 Phụ lục I,
mục II.6a), a Party document under its trích yếu: each on its own line, ending with
";", the last with "." (under Guideline 36, ","). `can_cu_blocks` finds them, for these
rules and for Guideline 05's "-" before each (VN812, `vndocparse.validate.rules.hd05`).
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from types import MappingProxyType

import regex

from vndocparse.i18n import phrases
from vndocparse.models import Part
from vndocparse.text import fold
from vndocparse.validate.context import DocView, Piece, clean_end
from vndocparse.validate.diagnostics import Level
from vndocparse.validate.registry import BOTH, Finding, Rule, RuleOptions

#: The fix hint both rules give (each lists it in its table).
_END_WITH = ("end it with '{end}'", "kết thúc bằng dấu '{end}'")
#: Both rules come from the same sentence of each guideline: an error where Decree 30 or
#: Guideline 05 says it, a warning under Guideline 36 (secondary sources only).
_LEVEL: Mapping[str, Level] = MappingProxyType({"state": "error", "hd36": "warning", "hd05": "error"})
_EVIDENCE: Mapping[str, str] = MappingProxyType({"state": "C", "hd36": "S", "hd05": "C"})


#: What opens a Party căn cứ: the dash (Guideline 05) or its first words.
_CAN_CU_OPENING = regex.compile(r"^(?:[-–*+•]|can\s*cu\b|xet\b|theo\b)")


def can_cu_blocks(view: DocView) -> Iterator[list[list[Piece]]]:
    """Blocks of căn cứ paragraphs: in a state document those that end at an enacting
    line ("QUYẾT ĐỊNH:"); in a Party one the run of căn cứ lines under the trích yếu,
    where a line opening with "-" or "Căn cứ", "Xét", "Theo" starts a paragraph and any
    other line continues it (a wrapped căn cứ)."""
    if view.family == "party":
        yield from _party_can_cu_blocks(view)
    else:
        yield from _state_can_cu_blocks(view)


def _party_can_cu_blocks(view: DocView) -> Iterator[list[list[Piece]]]:
    paras: list[list[Piece]] = []
    for part in view.doc.parts:
        if part.kind in ("blank", "furniture"):
            continue
        if part.kind == "preamble" and part.role == "can_cu":
            for piece in view.part_pieces(part):
                if not paras or _CAN_CU_OPENING.match(fold(piece.text)):
                    paras.append([piece])
                else:
                    paras[-1].append(piece)
        elif paras:
            yield paras
            paras = []
    if paras:
        yield paras


def _state_can_cu_blocks(view: DocView) -> Iterator[list[list[Piece]]]:
    """Blocks of căn cứ paragraphs that end at an enacting line ("QUYẾT ĐỊNH:").

    A căn cứ line starts a paragraph; body lines after it continue it (a wrapped
    căn cứ). Parts are gathered first and read only when the block is complete.
    """
    block: list[Part] = []
    for part in view.doc.parts:
        kind, role = part.kind, part.role
        if kind in ("blank", "furniture"):
            continue
        if kind == "preamble" and role == "can_cu" or kind == "body" and block:
            block.append(part)
        elif kind == "preamble" and role == "enacting":
            if block:
                yield _paragraphs(view, block)
            block = []
        else:
            block = []


def _paragraphs(view: DocView, parts: list[Part]) -> list[list[Piece]]:
    paras: list[list[Piece]] = []
    for part in parts:
        pieces = view.part_pieces(part)
        if part.kind == "preamble":
            paras.extend([p] for p in pieces)
        elif paras:
            paras[-1].extend(pieces)
    return paras


class CanCuSemicolon(Rule):
    """## What it does
    Checks that each căn cứ line but the last ends with ";": in a state document those
    before "QUYẾT ĐỊNH:" / "QUYẾT NGHỊ:", in a Party one those under the trích yếu.

    ## Why it matters
    "sau mỗi căn cứ phải xuống dòng, cuối dòng có dấu chấm phẩy (;)" (Decree 30).
    Guideline 05 asks the same of Party documents: each căn cứ on its own line,
    after "-", ending with ";" (two sources: an error from 27/5/2026); Guideline 36
    did too (secondary sources: a warning).

    ## Example
    ```text
    Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015,
    Theo đề nghị của Giám đốc Sở Nội vụ.
    ```

    ## Use instead
    ```text
    Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
    Theo đề nghị của Giám đốc Sở Nội vụ.
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.6a; HD 05-HD/VPTW, Phần II, mục I.6.2.3
    """

    code = "VN808"
    requires = ("can_cu",)
    name = "can-cu-semicolon"
    summary_vi = (
        "Kiểm tra mỗi căn cứ, trừ căn cứ cuối cùng, kết thúc bằng dấu chấm phẩy (;): trong "
        "văn bản hành chính là các căn cứ trước \"QUYẾT ĐỊNH:\" / \"QUYẾT NGHỊ:\", trong "
        "văn bản của Đảng là các căn cứ dưới trích yếu."
    )
    messages = phrases(
        no_semicolon=(
            "the căn cứ '{start}...' does not end with ';'",
            "căn cứ '{start}...' không kết thúc bằng dấu ';'",
        ),
        end_with=_END_WITH,
    )
    families = BOTH
    level = _LEVEL
    evidence = _EVIDENCE
    guidelines = MappingProxyType({
        "nd30": "Phụ lục I, mục II.6a",
        "hd36": "(secondary sources; QĐ 66-QĐ/TW)",
        "hd05": "Phần II, mục I.6.2.3",
    })

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        for paras in can_cu_blocks(view):
            for para in paras[:-1]:
                last = para[-1]
                if not clean_end(last.text).endswith(";"):
                    yield Finding(
                        self.msg("no_semicolon", start=para[0].text[:40]),
                        last.loc_end(),
                        fix=self.msg("end_with", end=";"),
                    )


class CanCuPeriod(Rule):
    """## What it does
    Checks that the last căn cứ line ends with ".": before "QUYẾT ĐỊNH:" / "QUYẾT
    NGHỊ:" in a state document, and in a Party document judged by Guideline 05. A Party
    document judged by Guideline 36 ends its last căn cứ with "," instead.

    ## Why it matters
    "dòng cuối cùng kết thúc bằng dấu chấm (.)" — the templates end the last line
    ("Theo đề nghị của ...") with a full stop. Guideline 05 changed the Party rule to
    the same "." (its text and one summary); under Guideline 36 the last căn cứ ended
    with "," before the enacting sentence (QĐ 66's own căn cứ).

    ## Example
    ```text
    Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
    Theo đề nghị của Giám đốc Sở Nội vụ;
    ```

    ## Use instead
    ```text
    Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;
    Theo đề nghị của Giám đốc Sở Nội vụ.
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.6a; Phụ lục III, Mẫu 1.2; HD 05-HD/VPTW, Phần II, mục I.6.2.3
    """

    code = "VN809"
    requires = ("can_cu",)
    name = "can-cu-period"
    summary_vi = (
        "Kiểm tra căn cứ cuối cùng kết thúc bằng dấu chấm (.): trước \"QUYẾT ĐỊNH:\" / "
        "\"QUYẾT NGHỊ:\" trong văn bản hành chính, và trong văn bản của Đảng theo Hướng dẫn 05."
    )
    messages = phrases(
        last_end=(
            "the last căn cứ '{start}...' does not end with '{end}'",
            "căn cứ cuối cùng '{start}...' không kết thúc bằng dấu '{end}'",
        ),
        end_with=_END_WITH,
    )
    families = BOTH
    level = _LEVEL
    evidence = _EVIDENCE
    guidelines = MappingProxyType({
        "nd30": "Phụ lục I, mục II.6a; Phụ lục III, Mẫu 1.2",
        "hd36": "(secondary sources; QĐ 66-QĐ/TW)",
        "hd05": "Phần II, mục I.6.2.3",
    })

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        end = "," if view.guideline == "hd36" else "."
        for paras in can_cu_blocks(view):
            last = paras[-1][-1]
            if not clean_end(last.text).endswith(end):
                yield Finding(
                    self.msg("last_end", start=paras[-1][0].text[:40], end=end),
                    last.loc_end(),
                    fix=self.msg("end_with", end=end),
                )


__all__ = ["CanCuPeriod", "CanCuSemicolon", "can_cu_blocks"]
