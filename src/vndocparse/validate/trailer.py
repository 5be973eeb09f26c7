"""What the rules know of the copy block (bản sao) and the annexes (phụ lục).

The parser reads both after the signature (`vndocparse.trailer`); a file may also hold
*only* an annex or *only* a copy block (doc_type None). Such a file is not a document
proper: the rules of the header, body, signature and Nơi nhận do not apply to it
(`holds_only`, the ``document`` need of `vndocparse.validate.coverage`), and its family
is told from what it does show (`trailer_family`): the shape of the copy's number or of
the number the annex's "(Kèm theo ...)" line cites.
"""

from __future__ import annotations

from typing import Literal

import regex

from vndocparse.models import Document
from vndocparse.references import find_references
from vndocparse.tables.copies import ANNEX_LABEL, COPY_CODES, annex_label
from vndocparse.tables.numbering import number_family, roman_value
from vndocparse.text import fold

#: The parts of a document proper (`vndocparse.models.Part.kind`): a file with none of
#: them holds only what follows a signature.
DOCUMENT_PARTS = frozenset(
    {"header", "title", "subject", "addressees", "preamble", "body", "closing", "signature", "distribution"}
)

Holding = Literal["annex", "copy"]


def holds_only(doc: Document) -> Holding | None:
    """``"copy"`` for a file that holds only a copy block (and perhaps annexes after it),
    ``"annex"`` for one that holds only annexes, else None (a document proper)."""
    if doc.copy is None and not doc.appendices:
        return None
    if any(p.kind in DOCUMENT_PARTS for p in doc.parts):
        return None
    return "copy" if doc.copy is not None else "annex"


def trailer_family(doc: Document) -> str | None:
    """The family of a file that holds only a copy block or annexes: from the copy's
    number, else from the number the first annex's "(Kèm theo ...)" line cites."""
    if holds_only(doc) is None:
        return None
    if doc.copy is not None and doc.copy.number is not None:
        found = number_family(doc.copy.number.value)
        if found:
            return found
    for annex in doc.appendices:
        refs = find_references(annex.reference or "")
        if refs:
            return number_family(refs[0][0])
    return None


def judged_date(doc: Document) -> str | None:
    """The date that picks the guideline: the document's, else (a file holding only a
    copy block) the copy's."""
    if doc.date:
        return doc.date
    return doc.copy.date if doc.copy is not None else None


def copy_code(value: str) -> str | None:
    """The type code of a copy's number as written: ``"21/SY-VP"`` → ``"SY"``,
    ``"03-BS/ĐU"`` → ``"BS"`` (None when it holds no copy code, in any case)."""
    rest = value.lstrip("0123456789").lstrip("/-")
    code = regex.split(r"[-/]", rest, maxsplit=1)[0]
    return code if code.upper() in COPY_CODES else None


def annex_numeral(label: str) -> str | None:
    """The numeral of a "Phụ lục" label as written ("Phụ lục II" → ``"II"``), else None."""
    m, lead = annex_label(fold(label))
    if m is None or m.group("numeral") is None:
        return None
    return label[lead + m.start("numeral") : lead + m.end("numeral")]


def is_phu_luc(label: str) -> bool:
    """Whether an annex is labelled "Phụ lục" (not an attached "QUY CHẾ" or "DANH MỤC"),
    and is not a part of another ("Phụ lục 1.2", under "Phụ lục 1")."""
    f = fold(label.strip(" *#"))
    return ANNEX_LABEL.match(f) is not None and _SUB_ANNEX.match(f) is None


#: A part of an annex: "Phụ lục 1.2", "PHỤ LỤC II.3" (folded).
_SUB_ANNEX = regex.compile(r"^phu\s*luc\s+(?:so\s+)?[\divxlc]+\.\d")




def numeral_value(numeral: str) -> tuple[str, int] | None:
    """``"II"`` → ``("roman", 2)``, ``"02"`` → ``("arabic", 2)``; None for "1a" and the like."""
    f = numeral.lower()
    if f.isdigit():
        return "arabic", int(f)
    value = roman_value(f)
    return ("roman", value) if value is not None else None


__all__ = [
    "DOCUMENT_PARTS",
    "Holding",
    "annex_numeral",
    "copy_code",
    "holds_only",
    "is_phu_luc",
    "judged_date",
    "trailer_family",
]
