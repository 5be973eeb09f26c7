"""The values the exchange formats take from a `Document`, each derived in one place.

Every exporter (edXML, Decree 30 Appendix VI records, Appendix IV registers) writes
these; none of them reads the document's fields in its own way. A value the document
does not give is ``None``: the exporters leave it out, never make it up.
"""

from __future__ import annotations

from vndocparse.models import Appendix, Document, DocumentNumber, Issuer, Signatory
from vndocparse.tables.authority import WRITTEN_PREFIX
from vndocparse.tables.distribution import is_file_copy
from vndocparse.tables.doc_types import TYPE_NAMES
from vndocparse.text import squash

#: Urgency (mức độ khẩn) → edXML ``OtherInfo/Priority``: 0 thường, 1 khẩn, 2 thượng
#: khẩn, 3 hỏa tốc, 4 hỏa tốc hẹn giờ (QCVN 102:2016 as VNPT's EdXML102 names it). A
#: document without an urgency mark is "thường" (0): that is what no mark means.
PRIORITY: dict[str | None, int] = {
    None: 0,
    "khan": 1,
    "thuong_khan": 2,
    "hoa_toc": 3,
    "hoa_toc_hen_gio": 4,
}

#: Between the prefixes of an authority chain in one value ("TM. ỦY BAN NHÂN DÂN; KT.
#: CHỦ TỊCH"): the block writes them on separate lines, and "; " never occurs inside one.
AUTHORITY_SEPARATOR = "; "

#: Between the items of a list written into one cell or string (Nơi nhận, Kính gửi):
#: one per line, as the document writes them. Entries may hold ";" and ",", never a
#: line break (the contract joins wrapped lines with a space).
LIST_SEPARATOR = "\n"

#: Between an annex's label and its title in one value: ``"Phụ lục I: DANH MỤC HỒ SƠ"``.
APPENDIX_SEPARATOR = ": "


def code_number(number: DocumentNumber | None) -> str | None:
    """The running number (số) as written: ``"04"`` of ``"04-CV/BTGTU"``, ``"15"`` of
    ``"15/QĐ-UBND"``; None for a blank number (a draft) or no number.

    The written form keeps the leading zero that ND30 asks for below 10; where the
    written digits are damaged (OCR), the parsed number stands for them.
    """
    if number is None or number.sequence is None:
        return None
    head = number.value
    if number.symbol and head.endswith(number.symbol):
        head = head[: len(head) - len(number.symbol)].rstrip("/-")
    if head.isdigit() and int(head) == number.sequence:
        return head
    return str(number.sequence)


def code_notation(number: DocumentNumber | None) -> str | None:
    """The symbol (ký hiệu): ``"CV/BTGTU"``, ``"QĐ-UBND"``."""
    return number.symbol if number is not None else None


def type_name(doc: Document) -> str | None:
    """The type name (tên loại) as the decree writes it: ``"Công văn"``, ``"Quyết định"``;
    for a type outside the list, the title as written in sentence case."""
    if doc.doc_type in TYPE_NAMES:
        return TYPE_NAMES[doc.doc_type]
    if doc.title:
        title = squash(doc.title)
        return title[:1].upper() + title[1:].lower()
    return None


def competence(signatory: Signatory | None, family: str | None) -> str | None:
    """The authority chain as the family writes it, outermost first: ``"K/T TRƯỞNG BAN"``,
    ``"TM. ỦY BAN NHÂN DÂN; KT. CHỦ TỊCH"``; None when the signer signs in their own right."""
    if signatory is None or not signatory.authority:
        return None
    forms = WRITTEN_PREFIX["party" if family == "party" else "state"]
    return AUTHORITY_SEPARATOR.join(f"{forms[a.kind]} {a.on_behalf_of}" for a in signatory.authority)


def priority(doc: Document) -> int:
    """The urgency as a digit (`PRIORITY`)."""
    return PRIORITY[doc.urgency]


def slash_date(iso: str | None) -> str | None:
    """``"2020-09-28"`` → ``"2020/09/28"``: the date form of edXML (the SDKs' yyyy/MM/dd)."""
    return iso.replace("-", "/") if iso else None


def register_date(iso: str | None) -> str | None:
    """``"2020-09-28"`` → ``"28/09/2020"``: the date as clerks write it in the registers."""
    if not iso:
        return None
    year, month, day = iso.split("-")
    return f"{day}/{month}/{year}"


def appendix_text(appendix: Appendix) -> str:
    """``"Phụ lục I: DANH MỤC HỒ SƠ"``, or the label alone when the annex has no title."""
    if appendix.title:
        return f"{appendix.label}{APPENDIX_SEPARATOR}{appendix.title}"
    return appendix.label


def joined(items: tuple[str, ...] | list[str]) -> str | None:
    """The items in one value, one per line (`LIST_SEPARATOR`); None when there are none."""
    return LIST_SEPARATOR.join(items) if items else None


def split_distribution(doc: Document) -> tuple[list[str], list[str]]:
    """The Nơi nhận entries as ``(places, file_copy)``: where the document is sent, and
    the "Lưu ..." entry that names who keeps the file copy (bản lưu)."""
    places: list[str] = []
    kept: list[str] = []
    for entry in doc.distribution:
        (kept if is_file_copy(entry) else places).append(entry)
    return places, kept


def author(issuer: Issuer | None) -> str | None:
    """The issuing body for one register cell: ``"BAN TUYÊN GIÁO (TỈNH ỦY LẠNG SƠN)"``;
    the parent body, when there is one, in brackets after it (the body alone is often
    ambiguous: every provincial committee has a "BAN TUYÊN GIÁO")."""
    if issuer is None:
        return None
    return f"{issuer.name} ({issuer.parent})" if issuer.parent else issuer.name
