"""Copies (bản sao) and annexes (phụ lục): what may follow the signature.

Copies: Decree 30/2020/NĐ-CP Art. 25–28 and Appendix I part III (the copy block: the
copying body, the copy's number with the code SY, SL or TrS, "SAO Y" / "SAO LỤC" /
"TRÍCH SAO", place and date, the copier's signature, its own Nơi nhận); Guideline
05-HD/VPTW part III (one "Bản sao văn bản" stamp). Annexes: ND30 PL I §II.12 ("Phụ lục"
with its numeral, its title, "(Kèm theo ...)"), and the regulations attached to a
decision ("QUY CHẾ ... (Ban hành kèm theo Quyết định số ...)"). Folded forms.
"""

from __future__ import annotations

import regex

from vndocparse.tables.doc_types import COPY_CODES as COPY_TYPE_CODES
from vndocparse.tables.doc_types import STATE_TYPE_CODES

#: The copy's kind from the mark that names it (folded, the mark alone on its line or
#: at the end of a row). Longest first.
COPY_MARKS: dict[str, str] = {
    "sao y ban chinh": "sao_y",
    "ban sao van ban": "ban_sao",
    "trich sao": "trich_sao",
    "sao luc": "sao_luc",
    "sao y": "sao_y",
    "ban sao": "ban_sao",
}
#: The marks that a row may carry after the copying body and that the segmenter cuts
#: there (the Party's "Bản sao văn bản" stamp is not cut from a row).
CUT_MARKS: tuple[str, ...] = tuple(mark for mark, kind in COPY_MARKS.items() if kind != "ban_sao")
#: The code of each kind of state copy, as Decree 30 writes it (Phụ lục III §I: SY, SL,
#: TrS): the type codes whose document type is a copy, "ban_sao_y" being the kind "sao_y".
STATE_COPY_CODES: dict[str, str] = {
    t.removeprefix("ban_"): code for code, t in STATE_TYPE_CODES.items() if code in COPY_TYPE_CODES
}
#: The copy's kind from the type code of its number ("Số: 05/SY-VP", the Party's
#: "Số 03-BS/ĐU"), in capitals: a code is read in any case ("TRS", "Trs").
COPY_CODES: dict[str, str] = {code.upper(): kind for kind, code in {**STATE_COPY_CODES, "ban_sao": "BS"}.items()}

_MARK = r"(?:" + "|".join(k.replace(" ", r"\s*") for k in COPY_MARKS) + r")"
#: A copy mark alone on its line (folded), brackets and punctuation round it allowed.
COPY_MARK_LINE = regex.compile(rf"^\W*{_MARK}\W*$")
#: A copy mark ending a row in capitals after the copying body ("... VIỆT NAM SAO LỤC").
COPY_MARK_AT_END = regex.compile(rf"(?<=\s)(?={_MARK}\W*$)")

#: The words that open an annex or an attached text after the signature (folded):
#: "PHỤ LỤC", "Phụ lục I", "DANH MỤC ...", "BIỂU MẪU", "Mẫu số 01", "QUY CHẾ", "QUY ĐỊNH"
#: ("quy" words whole: "QUY ĐỊNH" but not "QUY ĐỊNHS...").
ANNEX_WORDS: tuple[str, ...] = ("phu luc", "danh muc", "bieu mau", "mau so", "quy dinh", "quy che")
ANNEX_HEAD = regex.compile(
    "^(?:" + "|".join(w.replace(" ", r"\s*") + (r"\b" if w.startswith("quy") else "") for w in ANNEX_WORDS) + ")"
)
#: Their first letters (a line opening with another cannot open an annex).
ANNEX_FIRST = frozenset(w[0] for w in ANNEX_WORDS)
#: An annex's label: "PHỤ LỤC", "Phụ lục I", "PHỤ LỤC SỐ 02", "Phụ lục 1a" (folded).
ANNEX_LABEL = regex.compile(r"^phu\s*luc(?:\s+(?:so\s+)?(?P<numeral>[\divxlc]+[a-z]?))?\b\.?:?")
#: What may stand before an annex's label: markdown's heading and bold marks.
LABEL_MARKUP = " *#"


def annex_label(folded: str) -> tuple[regex.Match[str] | None, int]:
    """The annex label at the start of a folded line, past its markup, and how many
    characters of markup it skipped (the match's offsets are past them)."""
    text = folded.lstrip(LABEL_MARKUP)
    return ANNEX_LABEL.match(text), len(folded) - len(text)


#: The line that ties an annex to the document: "(Kèm theo Quyết định số ...)",
#: "(Ban hành kèm theo ...)" (folded).
ANNEX_REFERENCE = regex.compile(r"^\W*(?:ban\s*hanh\s*)?kem\s*theo\b")

__all__ = [
    "ANNEX_FIRST",
    "ANNEX_HEAD",
    "ANNEX_LABEL",
    "ANNEX_REFERENCE",
    "ANNEX_WORDS",
    "COPY_CODES",
    "COPY_MARKS",
    "COPY_MARK_AT_END",
    "COPY_MARK_LINE",
    "CUT_MARKS",
    "LABEL_MARKUP",
    "STATE_COPY_CODES",
    "annex_label",
]
