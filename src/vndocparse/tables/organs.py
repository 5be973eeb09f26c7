"""Words of the names of bodies (cơ quan, tổ chức) as written in capitals in the header
and the signature block, in *folded* form.
"""

from __future__ import annotations

#: Endings (folded, whole words) after which a name in capitals cannot stop: the phrase
#: goes on, on the next line when the extraction wrapped it ("ỦY BAN NHÂN" / "DÂN",
#: "CỘNG HÒA XÃ" / "HỘI CHỦ NGHĨA VIỆT NAM", "KIỂM TOÁN NHÀ" / "NƯỚC"). Only words
#: that never end a body's name or a title are here: "XÃ" ends "HỢP TÁC XÃ", so it is
#: listed after "cộng hòa" only; "ỦY" ends "ĐẢNG ỦY", "THƯƠNG" ends "BỘ CÔNG THƯƠNG"
#: (those are `OPEN_AFTER_PREFIX`).
OPEN_ENDS: tuple[str, ...] = (
    "uy ban nhan", "cong hoa xa", "cong hoa", "xa hoi chu", "chu nghia", "ban chap", "nha", "va", "cua",
)  # fmt: skip

#: First words of a title or a collective's name that cannot stand alone after a
#: signing-authority prefix: "TL. TỔNG" / "CỤC TRƯỞNG", "TM. ỦY" / "BAN NHÂN DÂN",
#: "KT. CHÁNH" / "VĂN PHÒNG". After more words they may end a name ("T/M ĐẢNG ỦY",
#: "BỘ CÔNG THƯƠNG"), so they are open only right after the prefix.
OPEN_AFTER_PREFIX: tuple[str, ...] = ("tong", "pho", "chu", "chanh", "thuong", "uy")

#: First words of a body's name, as written (lower case; both tone placements): a line
#: in capitals opening with one names a body of its own, not the rest of the line above
#: ("BỘ TÀI CHÍNH" / "CỤC THUẾ" in one bold run are two bodies). Not folded: "BỘ" (a
#: ministry) and "BỎ" (to abolish, in a wrapped trích yếu) fold alike.
ORGAN_HEADS: tuple[str, ...] = (
    "bộ ", "cục ", "tổng cục", "chi cục", "sở ", "vụ ", "văn phòng", "ủy ban", "uỷ ban", "phòng ",
    "trung tâm", "viện ", "ban ", "hội đồng", "tỉnh ủy", "tỉnh uỷ", "thành ủy", "thành uỷ", "huyện ủy",
    "huyện uỷ", "quận ủy", "quận uỷ", "thị ủy", "thị uỷ", "đảng ủy", "đảng uỷ", "đảng bộ", "chi bộ",
    "công an", "tòa án", "toà án", "trường ", "bệnh viện", "thanh tra", "kho bạc", "ngân hàng",
    "chính phủ", "quốc hội", "hiệp hội", "hội ", "liên đoàn", "tổng liên đoàn", "công ty", "tổng công ty",
)  # fmt: skip

#: Words (folded) that name a kind of body but no body on their own: an office reduced
#: to one of them is a name cut in the wrong place ("T/M BAN" / "BÍ THƯ" is "T/M BAN BÍ
#: THƯ", the Party Secretariat).
BARE_ORGAN_WORDS: frozenset[str] = frozenset({
    "ban", "bo", "uy ban", "hoi dong", "cuc", "so", "vu", "phong", "hoi", "hiep hoi", "dang uy",
    "chi bo", "dang bo", "van phong", "ban chap hanh", "doan",
})  # fmt: skip

#: Bodies named by a kind of body and their members' title (folded): "T/M BAN BÍ THƯ"
#: is the Party Secretariat, not "BAN" and a secretary; "ĐOÀN CHỦ TỊCH" a presidium.
#: An office merged with a title is never cut inside one of these.
TITLE_NAMED_BODIES: tuple[str, ...] = (
    "ban bi thu", "doan chu tich", "ban giam doc", "ban giam hieu", "ban chu nhiem", "ban thu ky",
)  # fmt: skip

__all__ = ["BARE_ORGAN_WORDS", "OPEN_AFTER_PREFIX", "OPEN_ENDS", "ORGAN_HEADS", "TITLE_NAMED_BODIES"]
