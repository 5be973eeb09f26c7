"""The number line (số, ký hiệu): "Số: 15/QĐ-UBND" (ND30 PL I §II.3; HD36 §II.3).

Folded forms. OCR reads "Số" as "So", "S0", "S6", "Sé", "$", "86".
"""

from __future__ import annotations

import regex

#: "Số" and its OCR forms, folded ("$" and "86" only before a colon: "$:", "$1:", "86:";
#: a "$" alone is the label when the number follows). The classifier, the number's reader
#: and the page stage build on it.
LABEL = r"(?:so|s0|s6|se|\$\S?(?=:)|\$|86\s*:)"
#: The label alone on its line, its number on the next (a table cell hard-wrapped, or a
#: draft's blank): "Số:" / "7360/KH-UBND".
LABEL_ALONE = regex.compile(rf"^{LABEL}\s*[:;.]?$")
#: What a number's own line opens with: a digit, the "/" or "-" of a blank running
#: number, or the dots and underscores of a draft's blank.
VALUE_START = regex.compile(r"^(?:\d|[/…._]+\s*/|\s*/|-)")

#: The label and a running number without its symbol, the symbol wrapped onto the next
#: line ("Số: 0218" / "/CTTBI-TTHT").
LABEL_AND_SEQUENCE = regex.compile(rf"^{LABEL}\s*[:;.]?\s*[\d.…_ ]*\d[\d.…_ ]*$")
#: A symbol's rest at the start of a line: "/CTTBI-TTHT", "-CV/BTGTU".
SYMBOL_START = regex.compile(r"^[/-]\s*[A-ZĐ]")

#: The letters that number points (điểm) in order: the Vietnamese alphabet, "đ" after
#: "d", no "f", "j", "w", "z" (ND30 PL I §II.6).
POINT_LETTERS: tuple[str, ...] = tuple("abcdđeghiklmnopqrstuvxy")

_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def roman_value(numeral: str) -> int | None:
    """``"ii"`` → 2, ``"xiv"`` → 14 (lower case); None when not a Roman numeral."""
    if not numeral or any(ch not in _ROMAN for ch in numeral):
        return None
    total = 0
    for a, b in zip(numeral, [*numeral[1:], ""], strict=True):
        total += -_ROMAN[a] if b and _ROMAN[b] > _ROMAN[a] else _ROMAN[a]
    return total


def number_family(value: str) -> str | None:
    """The family a number's shape shows: ``n-TYPE/ISSUER`` is Party, ``n/TYPE-ISSUER``
    state (layout rules §3.3); None when it shows neither."""
    rest = value.lstrip("0123456789")
    if rest.startswith("-") and "/" in rest:
        return "party"
    if rest.startswith("/"):
        return "state"
    return None


__all__ = ["LABEL", "LABEL_ALONE", "LABEL_AND_SEQUENCE", "POINT_LETTERS", "SYMBOL_START", "VALUE_START", "number_family", "roman_value"]
