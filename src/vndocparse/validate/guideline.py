"""Which guideline a document is checked against: `choose`.

A Party document dated on or after 27/5/2026 is checked against Guideline 05-HD/VPTW,
an older one against Guideline 36-HD/VPTW; a document without a readable date (a
draft, ``ngày   tháng   năm 2026``) against the guideline in force today. The user may
name the Party guideline instead (``--guideline`` or ``guideline = "hd36"`` in the
configuration). A state document is always checked against Decree 30.
"""

from __future__ import annotations

import datetime as _dt

from vndocparse.tables.guidelines import FAMILY_GUIDELINES, GUIDELINES

#: Accepted values of the ``guideline`` setting: "auto" (by the document's date) or the
#: code of a Party guideline.
GUIDELINE_CHOICES = ("auto", *FAMILY_GUIDELINES["party"])


def parse_date(value: str | None) -> _dt.date | None:
    """``"2026-07-15"`` → a date; None for None or a value that is not one."""
    if not value:
        return None
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        return None


def in_force(family: str, when: _dt.date) -> str:
    """The guideline of ``family`` in force on ``when`` (the oldest before any)."""
    codes = FAMILY_GUIDELINES[family]
    current = codes[0]
    for code in codes:
        if GUIDELINES[code].since <= when:
            current = code
    return current


def choose(
    family: str | None, date: str | None, *, today: _dt.date, override: str | None = None
) -> str | None:
    """The guideline code for a document of ``family`` dated ``date`` (``YYYY-MM-DD``).

    ``override`` (a guideline code) wins when it belongs to the family; None for a
    document whose family is not known.
    """
    if family not in FAMILY_GUIDELINES:
        return None
    if override in FAMILY_GUIDELINES[family]:
        return override
    return in_force(family, parse_date(date) or today)


__all__ = ["GUIDELINE_CHOICES", "choose", "in_force", "parse_date"]
