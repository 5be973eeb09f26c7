"""Issuing bodies changed by the 2025 reform: Party symbols, ministries, local levels.

Sources (``shared/spec/party-hd05.md``): Guideline 05-HD/VPTW, Phần II, mục I.3.1.2b(iv)
for the Party symbols (the guideline's text only); §3 of the spec for the ministries
merged on 01/3/2025 and the end of the district level on 01/7/2025 (secondary
sources). Data only; the rules are in `vndocparse.validate.rules.reform`.
"""

from __future__ import annotations

#: Party issuer symbols Guideline 36 used and Guideline 05 no longer lists.
PARTY_DROPPED_SYMBOLS: dict[str, str] = {
    "ĐUK": "đảng ủy khối",
    "ĐĐ": "đảng đoàn",
    "BCSĐ": "ban cán sự đảng",
}

#: Party issuer symbols Guideline 05 adds (the body each stands for).
PARTY_NEW_SYMBOLS: dict[str, str] = {
    "UBKT": "ủy ban kiểm tra",
    "CQUBKT": "cơ quan ủy ban kiểm tra",
    "BTGDV": "ban tuyên giáo và dân vận",
    "BXDĐ": "ban xây dựng đảng",
    "BND": "Báo Nhân Dân",
    "TCCS": "Tạp chí Cộng sản",
    "HVCTQGHCM": "Học viện Chính trị quốc gia Hồ Chí Minh",
    "ĐTHVN": "Đài Truyền hình Việt Nam",
    "ĐTNVN": "Đài Tiếng nói Việt Nam",
    "TTXVN": "Thông tấn xã Việt Nam",
    "VHLKHXHVN": "Viện Hàn lâm Khoa học xã hội Việt Nam",
    "VHLKHCNVN": "Viện Hàn lâm Khoa học và Công nghệ Việt Nam",
    "TCT": "trường chính trị",
    "TTCT": "trung tâm chính trị",
    "CQBPTTH": "cơ quan báo, phát thanh, truyền hình",
}

#: A district-level Party committee's symbol (huyện ủy, quận ủy, thị ủy), alone or after
#: the symbol of one of its bodies (``BTGHU``, ``UBKTHU``).
PARTY_DISTRICT_SYMBOL = r"^(?:VP|BTC|BTG|BDV|BNC|UBKT|BTGDV|BXDĐ|CQUBKT)?(?:HU|QU|ThU)$"

#: Ministries and ministry-level bodies merged or dissolved on 01/3/2025: folded name
#: (and the common abbreviations of it) → (symbol, the ministry that took its place;
#: None for one dissolved, whose tasks went to several ministries).
STATE_MERGED_MINISTRIES: dict[str, tuple[str, str | None]] = {
    "bo ke hoach va dau tu": ("BKHĐT", "Bộ Tài chính"),
    "bo kh&dt": ("BKHĐT", "Bộ Tài chính"),
    "bo giao thong van tai": ("BGTVT", "Bộ Xây dựng"),
    "bo gtvt": ("BGTVT", "Bộ Xây dựng"),
    "bo thong tin va truyen thong": ("BTTTT", "Bộ Khoa học và Công nghệ"),
    "bo tt&tt": ("BTTTT", "Bộ Khoa học và Công nghệ"),
    "bo tai nguyen va moi truong": ("BTNMT", "Bộ Nông nghiệp và Môi trường"),
    "bo tn&mt": ("BTNMT", "Bộ Nông nghiệp và Môi trường"),
    "bo nong nghiep va phat trien nong thon": ("BNNPTNT", "Bộ Nông nghiệp và Môi trường"),
    "bo nn&ptnt": ("BNNPTNT", "Bộ Nông nghiệp và Môi trường"),
    "bo lao dong - thuong binh va xa hoi": ("BLĐTBXH", None),
    "bo ldtb&xh": ("BLĐTBXH", None),
    "uy ban dan toc": ("UBDT", "Bộ Dân tộc và Tôn giáo"),
}

#: Ministries created on 01/3/2025: folded name → symbol. ``BNNMT`` is seen in real
#: document numbers; ``BDTTG`` only in an agency-code list (spec §3), by the rule that a
#: ministry's symbol is the initials of its name.
STATE_NEW_MINISTRIES: dict[str, str] = {
    "bo nong nghiep va moi truong": "BNNMT",
    "bo dan toc va ton giao": "BDTTG",
}

#: The words that name a district-level unit (cấp huyện) or its committee, as written
#: in capitals: abolished from 01/7/2025. "QUẬN" keeps its tone marks: "QUÂN ỦY" (the
#: Central Military Commission) folds to the same letters.
DISTRICT_WORDS = r"(?<!\p{L})(?:HUYỆN|QUẬN|THỊ XÃ|THỊ ỦY|THỊ UỶ)(?!\p{L})"

#: The level words of a district, a district town or a thị trấn in a place name, with
#: their abbreviations (Guideline 36 allowed TX, TT; Guideline 05 keeps TP and ĐK).
DISTRICT_PLACE = r"^(?:Huyện|Quận|Thị xã|Thị trấn|TX|TT|Q|H)\b\.?\s*\S"
