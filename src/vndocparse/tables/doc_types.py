"""Document types (tên loại) and their abbreviations (ký hiệu loại).

Sources: Decree 30/2020/NĐ-CP Appendix III §I (state, 29 types) and Guideline
36-HD/VPTW / Regulation 66-QĐ/TW (Party). Title words are written here in their
*folded* form (no diacritics, lower case, see `vndocparse.text.fold`) so that OCR
slips in tone marks ("QUYET ĐỊNH", "THÔNG BẢO") still match.
"""

from __future__ import annotations

#: Folded title line → type code. Longest titles first where one is a prefix of another.
TITLE_TO_TYPE: dict[str, str] = {
    "thong tu lien tich": "thong_tu_lien_tich",
    "nghi quyet lien tich": "nghi_quyet",
    "hoa toc hen gio": "",  # not a title: guards the urgency mark
    "nghi quyet": "nghi_quyet",
    "quyet dinh": "quyet_dinh",
    "chi thi": "chi_thi",
    "quy che": "quy_che",
    "quy dinh": "quy_dinh",
    "thong cao": "thong_cao",
    "thong bao": "thong_bao",
    "huong dan": "huong_dan",
    "chuong trinh": "chuong_trinh",
    "ke hoach": "ke_hoach",
    "phuong an": "phuong_an",
    "de an": "de_an",
    "du an": "du_an",
    "bao cao": "bao_cao",
    "bien ban": "bien_ban",
    "to trinh": "to_trinh",
    "hop dong": "hop_dong",
    "cong van": "cong_van",
    "cong dien": "cong_dien",
    "ban ghi nho": "ban_ghi_nho",
    "ban thoa thuan": "ban_thoa_thuan",
    "giay uy quyen": "giay_uy_quyen",
    "giay moi": "giay_moi",
    "giay gioi thieu": "giay_gioi_thieu",
    "giay nghi phep": "giay_nghi_phep",
    "phieu gui": "phieu_gui",
    "phieu chuyen": "phieu_chuyen",
    "phieu bao": "phieu_bao",
    "thu cong": "thu_cong",
    "ket luan": "ket_luan",
    "thong tri": "thong_tri",
    "loi keu goi": "loi_keu_goi",
    "tuyen bo": "tuyen_bo",
    "dieu le": "dieu_le",
    # Quy định 399-QĐ/TW (09/01/2026): the Party's 25 types and 8 administrative papers.
    "cuong linh": "cuong_linh",
    "chien luoc": "chien_luoc",
    "quy hoach": "quy_hoach",
    "giay chung nhan": "giay_chung_nhan",
    "giay di duong": "giay_di_duong",
    "luat": "luat",
    "phap lenh": "phap_lenh",
    "lenh": "lenh",
    "nghi dinh": "nghi_dinh",
    "thong tu": "thong_tu",
    "cong ham": "cong_ham",
}

#: ND30 Phụ lục III, mục I: type code (ký hiệu loại) → document type, as written
#: (29 types; công văn and thư công have no code), plus the three copy codes.
STATE_TYPE_CODES: dict[str, str] = {
    "NQ": "nghi_quyet",
    "QĐ": "quyet_dinh",
    "CT": "chi_thi",
    "QC": "quy_che",
    "QyĐ": "quy_dinh",
    "TC": "thong_cao",
    "TB": "thong_bao",
    "HD": "huong_dan",
    "CTr": "chuong_trinh",
    "KH": "ke_hoach",
    "PA": "phuong_an",
    "ĐA": "de_an",
    "DA": "du_an",
    "BC": "bao_cao",
    "BB": "bien_ban",
    "TTr": "to_trinh",
    "HĐ": "hop_dong",
    "CĐ": "cong_dien",
    "BGN": "ban_ghi_nho",
    "BTT": "ban_thoa_thuan",
    "GUQ": "giay_uy_quyen",
    "GM": "giay_moi",
    "GGT": "giay_gioi_thieu",
    "GNP": "giay_nghi_phep",
    "PG": "phieu_gui",
    "PC": "phieu_chuyen",
    "PB": "phieu_bao",
    "SY": "ban_sao_y",
    "TrS": "ban_trich_sao",
    "SL": "ban_sao_luc",
}

#: The copy codes (bản sao y, trích sao, sao lục; Decree 30, Phụ lục III §I): a number
#: ``n/SY-VP`` is a copy's own number, and names no type of document.
COPY_CODES: frozenset[str] = frozenset(k for k, t in STATE_TYPE_CODES.items() if t.startswith(("ban_sao", "ban_trich_sao")))

#: Codes of legal normative documents, which share the layout but are outside ND30's list.
LEGAL_TYPE_CODES: dict[str, str] = {
    "NĐ": "nghi_dinh",
    "TT": "thong_tu",
    "TTLT": "thong_tu_lien_tich",
    "L": "lenh",
}

#: Party type codes (layout rules §3.2). Quy định is ``QĐ`` in the Party list [C]
#: (QĐ66 is numbered 66-QĐ/TW); the rest are [S]; công văn has the code ``CV``.
PARTY_TYPE_CODES: dict[str, str] = {
    "NQ": "nghi_quyet",
    "QĐ": "quyet_dinh",
    "CT": "chi_thi",
    "KL": "ket_luan",
    "QC": "quy_che",
    "TT": "thong_tri",
    "HD": "huong_dan",
    "TB": "thong_bao",
    "TC": "thong_cao",
    "BC": "bao_cao",
    "KH": "ke_hoach",
    "CTr": "chuong_trinh",
    "TTr": "to_trinh",
    "ĐA": "de_an",
    "PA": "phuong_an",
    "DA": "du_an",
    "QH": "quy_hoach",
    "CV": "cong_van",
    "BB": "bien_ban",
    "GGT": "giay_gioi_thieu",
    "GM": "giay_moi",
}

#: Party type codes that Guideline 36 used and Guideline 05 abolished: ``QĐi`` for Quy
#: định (HD 36's own text; HD 05 Phần II, mục I.3.1.2a gives ``QĐ`` to both Quyết định
#: and Quy định, and Phần III repeals CV 3294 on the numbering of Quy định).
PARTY_RETIRED_TYPE_CODES: dict[str, str] = {"QĐi": "quy_dinh"}

#: The document types of the contract (``shared/design/contract.md``): the parser only
#: reports these (a copy code such as ``SY`` names no document type of its own).
CONTRACT_TYPES: frozenset[str] = frozenset(t for t in TITLE_TO_TYPE.values() if t) | {"other"}

#: What the parser looks a type code up in (state): ND30's codes and the legal ones.
STATE_CODES: dict[str, str] = {
    k: t for k, t in {**STATE_TYPE_CODES, **LEGAL_TYPE_CODES}.items() if t in CONTRACT_TYPES
}
#: What the parser looks a type code up in (Party).
PARTY_CODES: dict[str, str] = {
    k: t
    for k, t in {**PARTY_TYPE_CODES, **PARTY_RETIRED_TYPE_CODES}.items()
    if t in CONTRACT_TYPES
}
