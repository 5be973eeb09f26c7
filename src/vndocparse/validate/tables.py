"""Closed sets the rules check against. Data only; each table names its source.

These are the *normative* spellings (case matters: ``QyĐ``, ``CTr``, ``TTr``); the
parser compares them folded (`vndocparse.fields.type_from_symbol`) so that OCR slips
still match.
"""

from __future__ import annotations

from vndocparse.tables import numbering

# The type-code lists live with the parser's tables (one source of truth).
from vndocparse.tables.authority import DEGREES, DEPUTY_OPENERS, HEADS
from vndocparse.tables.doc_types import PARTY_TYPE_CODES, STATE_TYPE_CODES

#: Party types whose code is ``QĐ``: both Quyết định and Quy định [C, QĐ66].
PARTY_CODE_TYPES: dict[str, frozenset[str]] = {
    code: frozenset({doc_type, "quy_dinh"} if code == "QĐ" else {doc_type})
    for code, doc_type in PARTY_TYPE_CODES.items()
}

#: Document types that ND30 lists with a code (so a title of another type, e.g. a
#: legal normative NGHỊ ĐỊNH or THÔNG TƯ, is not compared with the ND30 codes).
STATE_TYPES = frozenset(STATE_TYPE_CODES.values())

#: Types without a trích yếu in the ND30 templates: Mẫu 1.8 giấy giới thiệu and
#: Mẫu 1.10 giấy nghỉ phép.
NO_SUBJECT_TYPES = ("giay_gioi_thieu", "giay_nghi_phep")

#: ND30 Phụ lục I, mục III.2b: the urgency marks (the decree spells "HOẢ TỐC").
URGENCY_MARKS = frozenset({"HỎA TỐC", "HOẢ TỐC", "THƯỢNG KHẨN", "KHẨN"})

#: ND30 Phụ lục I, mục III.2a and the state-secrets law: the secrecy marks.
SECRECY_MARKS = frozenset({"TUYỆT MẬT", "TỐI MẬT", "MẬT"})

#: Academic titles and degrees (học hàm, học vị), which ND30 Phụ lục I, mục II.7c
#: forbids before the signer's name: the lexicon's (`vndocparse.tables.authority`).
DEGREE_PREFIXES = DEGREES

#: Folded titles of heads of bodies: ``TM.`` stands before a collective, not one of these.
HEAD_TITLES = HEADS

#: Folded openings of a deputy's title: what signs under ``KT.``.
DEPUTY_TITLES = DEPUTY_OPENERS

#: Vietnamese alphabet order of the points of a clause (điểm): no f, j, w, z (the
#: parser's table, `vndocparse.tables.numbering`).
POINT_LETTERS = numbering.POINT_LETTERS
FOREIGN_POINT_LETTERS = frozenset("fjwz")

#: Official codes written with lower-case letters (ND30 Phụ lục I, mục II.3; Phụ lục III).
LOWERCASE_CODES = ("QyĐ", "CTr", "TTr", "TrS", "TTg")
