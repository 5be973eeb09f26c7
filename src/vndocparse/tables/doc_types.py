"""Document types (tên loại) and their abbreviations (ký hiệu loại).

Sources: Decree 30/2020/NĐ-CP Appendix III §I (state, 29 types) and Guideline
36-HD/VPTW / Regulation 66-QĐ/TW (Party). Each type's name is written once, as the
sources write it (`TYPE_NAMES`); the parser matches titles by the names' *folded* form
(no diacritics, lower case, see `vndocparse.text.fold`, in `TITLE_TO_TYPE`) so that
OCR slips in tone marks ("QUYET ĐỊNH", "THÔNG BẢO") still match.
"""

from __future__ import annotations

from vndocparse.text import fold

#: Type code → the type name (tên loại) as the sources write it, in sentence case:
#: Decree 30/2020/NĐ-CP Appendix III §I for the state types, Guideline 36-HD/VPTW for
#: the Party's own, the Law on legal normative documents for the legal ones. The
#: exporters write these names (edXML ``TypeName``, Appendix VI ``TypeName``); the
#: parser matches titles by their folded form (`TITLE_TO_TYPE`, derived below).
TYPE_NAMES: dict[str, str] = {
    "thong_tu_lien_tich": "Thông tư liên tịch",
    "nghi_quyet": "Nghị quyết",
    "quyet_dinh": "Quyết định",
    "chi_thi": "Chỉ thị",
    "quy_che": "Quy chế",
    "quy_dinh": "Quy định",
    "thong_cao": "Thông cáo",
    "thong_bao": "Thông báo",
    "huong_dan": "Hướng dẫn",
    "chuong_trinh": "Chương trình",
    "ke_hoach": "Kế hoạch",
    "phuong_an": "Phương án",
    "de_an": "Đề án",
    "du_an": "Dự án",
    "bao_cao": "Báo cáo",
    "bien_ban": "Biên bản",
    "to_trinh": "Tờ trình",
    "hop_dong": "Hợp đồng",
    "cong_van": "Công văn",
    "cong_dien": "Công điện",
    "ban_ghi_nho": "Bản ghi nhớ",
    "ban_thoa_thuan": "Bản thỏa thuận",
    "giay_uy_quyen": "Giấy ủy quyền",
    "giay_moi": "Giấy mời",
    "giay_gioi_thieu": "Giấy giới thiệu",
    "giay_nghi_phep": "Giấy nghỉ phép",
    "phieu_gui": "Phiếu gửi",
    "phieu_chuyen": "Phiếu chuyển",
    "phieu_bao": "Phiếu báo",
    "thu_cong": "Thư công",
    "ket_luan": "Kết luận",
    "thong_tri": "Thông tri",
    "loi_keu_goi": "Lời kêu gọi",
    "tuyen_bo": "Tuyên bố",
    "dieu_le": "Điều lệ",
    # Quy định 399-QĐ/TW (09/01/2026): the Party's 25 types and 8 administrative papers.
    "cuong_linh": "Cương lĩnh",
    "chien_luoc": "Chiến lược",
    "quy_hoach": "Quy hoạch",
    "giay_chung_nhan": "Giấy chứng nhận",
    "giay_di_duong": "Giấy đi đường",
    "luat": "Luật",
    "phap_lenh": "Pháp lệnh",
    "lenh": "Lệnh",
    "nghi_dinh": "Nghị định",
    "thong_tu": "Thông tư",
    "cong_ham": "Công hàm",
}

#: Folded title lines that are not a type's own name: a joint resolution is a nghị
#: quyết; "HỎA TỐC HẸN GIỜ" is an urgency mark, not a title (the empty code guards it).
_OTHER_TITLES: dict[str, str] = {
    "nghi quyet lien tich": "nghi_quyet",
    "hoa toc hen gio": "",
}

#: Folded title line → type code, derived from `TYPE_NAMES`; longest titles first, so
#: that one which is a prefix of another ("thong tu" of "thong tu lien tich") is tried
#: after it.
TITLE_TO_TYPE: dict[str, str] = dict(
    sorted(
        ({fold(name): code for code, name in TYPE_NAMES.items()} | _OTHER_TITLES).items(),
        key=lambda item: -len(item[0]),
    )
)

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
