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

#: The signed mark ("(Đã ký)", "[đã ký]", "(đã ký và đóng dấu)") that a copy or a
#: published text puts where the signature was: never the signer's name. As written,
#: with or without its marks ("da ky"); the bracketed form holds at most 30 more
#: characters. ``SIGNED_WORDS_MARKED`` is the form with its marks only, what a landmark
#: in a whole document held on one line is cut at (`vndocparse.segment`).
SIGNED_WORDS = r"(?:đã|Đã|da)\s*k[ýy]"
SIGNED_WORDS_MARKED = r"(?:Đã|đã)\s*ký"
SIGNED_BRACKETED = r"[\[(]\s*" + SIGNED_WORDS + r"[^\])]{0,30}[\])]"
#: The same words folded (`vndocparse.text.fold`).
SIGNED_FOLDED = r"da\s*ky"
