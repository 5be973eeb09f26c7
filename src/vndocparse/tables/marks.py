"""Marks of the header (ND30 PL I §III; the secrets law; HD36 §II.2.2): urgency,
secrecy, the scope of circulation; in folded form."""

from __future__ import annotations

#: Folded mark → contract value. Longest first: "hoa toc hen gio" before "hoa toc".
URGENCY: dict[str, str] = {
    "hoa toc hen gio": "hoa_toc_hen_gio",
    "thuong khan": "thuong_khan",
    "hoa toc": "hoa_toc",
    "khan": "khan",
}

SECRECY: dict[str, str] = {
    "tuyet mat": "tuyet_mat",
    "toi mat": "toi_mat",
    "mat": "mat",
}

#: The scope of circulation (chỉ dẫn phạm vi lưu hành, HD36 §II.2.2; used by state
#: bodies too), folded. A mark of the header, never the issuer's name.
CIRCULATION: frozenset[str] = frozenset({
    "luu hanh noi bo",
    "tai lieu thu hoi",
    "xong hoi nghi tra lai",
    "xem xong tra lai",
    "tai lieu hoi nghi",
    "khong pho bien tren cac phuong tien thong tin dai chung",
    "khong pho bien",
})
