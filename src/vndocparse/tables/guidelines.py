"""The layout guidelines a document is checked against, and from when each applies.

State documents follow Nghị định 30/2020/NĐ-CP. Party documents follow Hướng dẫn
36-HD/VPTW (03/4/2018) until 26/5/2026 and Hướng dẫn 05-HD/VPTW from 27/5/2026, the
day it was signed and took effect (``shared/spec/party-hd05.md``). Data only: the
choice for one document is `vndocparse.validate.guideline.choose`.
"""

from __future__ import annotations

import datetime as _dt
from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Guideline:
    """One layout guideline (văn bản hướng dẫn thể thức)."""

    code: str
    """Short code used in the configuration and on the command line: ``hd05``."""
    family: str
    """The layout family it governs: ``state`` or ``party``."""
    name: str
    """How reports and rule pages cite it: ``HD 05-HD/VPTW``."""
    short: str
    """In tables: ``HD 05``."""
    title: str
    """Its full title, in Vietnamese."""
    since: _dt.date
    """The first day a document dated that day is judged by it."""


GUIDELINES: dict[str, Guideline] = {
    "nd30": Guideline(
        "nd30",
        "state",
        "NĐ 30/2020/NĐ-CP",
        "NĐ 30",
        "Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư",
        _dt.date(2020, 3, 5),
    ),
    "hd36": Guideline(
        "hd36",
        "party",
        "HD 36-HD/VPTW",
        "HD 36",
        "Hướng dẫn số 36-HD/VPTW ngày 03/4/2018 của Văn phòng Trung ương Đảng về thể thức "
        "và kỹ thuật trình bày văn bản của Đảng",
        _dt.date(2018, 4, 3),
    ),
    "hd05": Guideline(
        "hd05",
        "party",
        "HD 05-HD/VPTW",
        "HD 05",
        "Hướng dẫn số 05-HD/VPTW ngày 27/5/2026 của Văn phòng Trung ương Đảng về thể thức "
        "và kỹ thuật trình bày văn bản của Đảng",
        _dt.date(2026, 5, 27),
    ),
}

#: The guidelines of each family, oldest first. State documents keep Decree 30 whatever
#: their date (the older state rules are reported by their own rules, e.g. VN803).
FAMILY_GUIDELINES: dict[str, tuple[str, ...]] = {"state": ("nd30",), "party": ("hd36", "hd05")}

#: The reform of 2025: ministries merged from 01/3/2025; local government in two levels
#: (province, and xã/phường/đặc khu) from 01/7/2025 (spec party-hd05 §3, secondary).
MINISTRIES_MERGED = _dt.date(2025, 3, 1)
TWO_LEVEL_GOVERNMENT = _dt.date(2025, 7, 1)
