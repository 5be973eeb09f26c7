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

#: Folded titles of heads, used to cut "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH" before the title.
HEAD_TITLES: tuple[str, ...] = (
    "chu tich",
    "pho chu tich",
    "bi thu",
    "pho bi thu",
    "truong ban",
    "pho truong ban",
    "giam doc",
    "pho giam doc",
    "chanh an",
    "vien truong",
    "chanh van phong",
    "cuc truong",
    "vu truong",
    "tong cuc truong",
    "bo truong",
    "thu tuong",
    "pho thu tuong",
    "chu nhiem",
    "truong phong",
    "truong tieu ban",
    "hieu truong",
    "chu tri",
    "thu ky",
    "chu toa",
)
