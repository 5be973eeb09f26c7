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
    "luat": "luat",
    "phap lenh": "phap_lenh",
    "lenh": "lenh",
    "nghi dinh": "nghi_dinh",
    "thong tu": "thong_tu",
    "cong ham": "cong_ham",
}

#: Type code of the number (ký hiệu loại) → type, state family (ND30 PL III §I).
#: Case matters in the official list (QyĐ, CTr, TTr); lookups fold case and Đ→D.
STATE_CODES: dict[str, str] = {
    "NQ": "nghi_quyet",
    "QĐ": "quyet_dinh",
    "CT": "chi_thi",
    "QC": "quy_che",
    "QYĐ": "quy_dinh",
    "TC": "thong_cao",
    "TB": "thong_bao",
    "HD": "huong_dan",
    "CTR": "chuong_trinh",
    "KH": "ke_hoach",
    "PA": "phuong_an",
    "ĐA": "de_an",
    "DA": "du_an",
    "BC": "bao_cao",
    "BB": "bien_ban",
    "TTR": "to_trinh",
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
    "NĐ": "nghi_dinh",
    "TT": "thong_tu",
    "TTLT": "thong_tu_lien_tich",
    "L": "lenh",
}

#: Party type codes (HD36; [S] where the spec says so). Quy định is QĐ in the Party list.
PARTY_CODES: dict[str, str] = {
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
    "CTR": "chuong_trinh",
    "TTR": "to_trinh",
    "ĐA": "de_an",
    "PA": "phuong_an",
    "DA": "du_an",
    "CV": "cong_van",
    "BB": "bien_ban",
    "GGT": "giay_gioi_thieu",
    "GM": "giay_moi",
}
