"""Signing-authority prefixes (quyền hạn ký) of both families, and signer titles.

State forms (ND30 PL I §II.7): ``TM.``, ``KT.``, ``TL.``, ``TUQ.``, ``Q.``.
Party forms (HD36): ``T/M``, ``K/T``, ``T/L``, ``T/UQ``. A typist's dotted form (``K.T.``)
is read too; the validator flags it.
"""

from __future__ import annotations

import re

#: Prefix letters (upper-cased, with "/", "." and spaces removed) → contract kind.
PREFIX_KIND: dict[str, str] = {"TM": "TM", "KT": "KT", "TL": "TL", "TUQ": "TUQ", "Q": "Q"}

#: The written forms of the two-letter prefixes, a regex alternative for the patterns
#: that find them: the letters run together ("KT"), or parted by "/" ("K/T") or "."
#: ("K.T"), with spaces about the mark. ("Q." stands alone: each pattern adds it.)
PREFIX_PATTERN = r"T\s*[/.]?\s*UQ|T\s*[/.]?\s*M|K\s*[/.]?\s*T|T\s*[/.]?\s*L"

_MARKS = re.compile(r"[\s/.]")

#: How each kind is written, per family: ND30 PL I §II.7 (state, with a full stop) and
#: HD36 (Party, with a slash). The Party forms have no "Q." (acting), so the state form
#: stands for it there too.
WRITTEN_PREFIX: dict[str, dict[str, str]] = {
    "state": {"TM": "TM.", "KT": "KT.", "TL": "TL.", "TUQ": "TUQ.", "Q": "Q."},
    "party": {"TM": "T/M", "KT": "K/T", "TL": "T/L", "TUQ": "T/UQ", "Q": "Q."},
}


def prefix_kind(written: str) -> str | None:
    """``"K/T"``, ``"K.T"``, ``"kt"`` → ``"KT"``; None for anything else."""
    return PREFIX_KIND.get(_MARKS.sub("", written).upper())

#: Folded first words that open a signer's own title (chức vụ). A deputy's title
#: ("PHÓ ...", "THỨ TRƯỞNG") follows a KT. line; these also let a merged
#: "KT. CHỦ TỊCH PHÓ CHỦ TỊCH" be cut where the title starts.
DEPUTY_OPENERS: tuple[str, ...] = ("pho ", "thu truong", "uy vien")

#: A signer's title (chức vụ), as written in capitals or sentence case. Kept with its tone
#: marks: "TRƯỞNG" is a title, "TRƯƠNG" a family name.
TITLE_PATTERN = (
    r"(?:PHÓ\s+)?(?:THỨ TRƯỞNG|BỘ TRƯỞNG|CHỦ TỊCH|GIÁM ĐỐC|BÍ THƯ|CHÁNH\s|\S{0,12}\s?TRƯỞNG|CHỦ NHIỆM|THƯ KÝ|"
    r"[ỦU][YỶ] VIÊN|TỔNG\s|CHỦ TỌA|THỦ TƯỚNG|HIỆU TRƯỞNG|VIỆN TRƯỞNG|CHÁNH ÁN|KIỂM SÁT VIÊN)"
)

#: Folded titles of the heads of bodies (người đứng đầu): "TM." stands before a
#: collective, not before one of these; "KT.", "TL.", "TUQ." stand before one of these
#: (ND30 Phụ lục I, mục II.7b). The validator's VN711/VN712 read them.
HEADS: frozenset[str] = frozenset({
    "chu tich", "giam doc", "tong giam doc", "bo truong", "thu truong", "thu tuong",
    "cuc truong", "vu truong", "tong cuc truong", "truong phong", "chanh van phong",
    "hieu truong", "vien truong", "chanh an", "bi thu", "truong ban", "chu nhiem",
})  # fmt: skip

#: Folded titles that end an office merged with them on one line ("TM. ỦY BAN NHÂN DÂN
#: CHỦ TỊCH" is cut before "CHỦ TỊCH"): the heads, their deputies, and who chairs or
#: records a meeting.
HEAD_TITLES: tuple[str, ...] = tuple(sorted(
    HEADS | {"pho " + h for h in HEADS} | {"truong tieu ban", "chu tri", "thu ky", "chu toa"}
))  # fmt: skip

#: Academic titles and degrees (học hàm, học vị) and their abbreviations, folded, dots
#: and spaces removed ("PGS.TS." → "pgsts"): ND30 Phụ lục I, mục II.7c forbids them
#: before the signer's name (the validator's VN7 rule), and the name is read without
#: them (as the corpus is annotated).
DEGREES: tuple[str, ...] = (
    "gs", "pgs", "ts", "tskh", "ths", "ks", "bs", "ds", "ls", "cn",
    "nsnd", "nsut", "ngut", "ngnd",
    "pgsts", "gsts", "gstskh", "pgstskh", "thsbs", "bsck1", "bsck2", "bscki", "bsckii",
    "giao su", "pho giao su", "tien si", "thac si", "ky su", "bac si", "cu nhan",
)  # fmt: skip

#: Ranks and professional titles written before a signer's name that are not part of
#: it ("Thượng tướng Vũ Hải Sản" → "Vũ Hải Sản", as the corpus is annotated), besides the
#: degrees above: military and police ranks (Law on Officers of the People's Army, Law
#: on the People's Police), the navy's, and two professions. Matched folded, in any case.
RANKS: tuple[str, ...] = (
    "Đại tướng", "Thượng tướng", "Trung tướng", "Thiếu tướng",
    "Đại tá", "Thượng tá", "Trung tá", "Thiếu tá",
    "Đại úy", "Thượng úy", "Trung úy", "Thiếu úy", "Chuẩn úy",
    "Phó Đô đốc", "Chuẩn Đô đốc", "Đô đốc",
    "Dược sĩ", "Luật sư",
)  # fmt: skip
