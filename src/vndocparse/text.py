"""Folding and tidying of Vietnamese strings, shared by the stages.

`fold` is what keyword matching runs on: diacritics removed, đ→d, lower case. It makes
the classifier blind to OCR slips in tone marks ("TỎNG CỤC THUÊ"), to old and new tone
placement (uỷ/ủy) and to case, at the cost of one ``str.translate`` per line.
"""

from __future__ import annotations

import unicodedata

from vndocparse.tables.lists import ITEM_MARKS


def _fold_table() -> dict[int, str | None]:
    table: dict[int, str | None] = {}
    for cp in (*range(0xC0, 0x250), *range(0x1E00, 0x1F00)):
        ch = chr(cp)
        base = "".join(c for c in unicodedata.normalize("NFD", ch) if not unicodedata.combining(c))
        low = base.lower()
        if low != ch:
            table[cp] = low
    # Combining marks that NFC could not compose stay as they are: fold() must keep the
    # length, because segment columns are shared between the text and its folded form.
    for cp in range(ord("A"), ord("Z") + 1):
        table[cp] = chr(cp + 32)
    table.update({0x110: "d", 0x111: "d", 0xD0: "d", 0x189: "d"})  # Đ đ and the look-alike Ð Ɖ
    return table


def _fold_list() -> list[str]:
    # A list indexed by code point translates about twice as fast as a dict; code points
    # past its end raise IndexError, which str.translate takes as "leave unchanged".
    table = [chr(cp) for cp in range(0x1F00)]
    for cp, to in _fold_table().items():
        if cp < len(table) and to is not None and len(to) == 1:
            table[cp] = to
    return table


_FOLD = _fold_list()


def fold(s: str) -> str:
    """``"Ủy ban NHÂN DÂN"`` → ``"uy ban nhan dan"``: keyword-matching form, same length."""
    return s.translate(_FOLD)


def squash(s: str) -> str:
    """Collapse runs of white space into one space and strip the ends."""
    # Printable text has no white space but " " (str.isprintable), so without "  " it
    # only needs its ends stripped: two C scans instead of a list of its words.
    if "  " not in s and s.isprintable():
        return s.strip()
    return " ".join(s.split())


_TRAIL = " \t.,;:"


def tidy_item(s: str) -> str:
    """A list item's value: no leading bullet, no trailing ``, ; . :``, spaces squashed."""
    s = squash(s)
    while s and s[0] in ITEM_MARKS:
        s = s[1:].lstrip()
    return s.rstrip(_TRAIL + "/").strip()


def _deleting(pred: object) -> list[str | None]:
    # A list table (see _fold_list): None deletes the character, past the end is kept.
    return [None if pred(chr(cp)) else chr(cp) for cp in range(0x2000)]  # type: ignore[operator]


# Counting by deletion runs in C: len(s) - len(s.translate(table)).
_DEL_UPPER = _deleting(str.isupper)
_ASCII_LOWER = b"abcdefghijklmnopqrstuvwxyz"
_DEL_LOWER = _deleting(str.islower)


def is_upper_text(s: str) -> bool:
    """True when the letters of ``s`` are upper case (at least two letters, ≥ 75 %: OCR drops a few)."""
    n = len(s)
    if n > 16:
        # Upper case needs upper >= 3 * lower, so at most n/4 lower-case letters. The
        # ASCII ones alone (a-z, counted on the UTF-8 bytes: one C pass) exceed that in
        # any line of running text, which is settled here at a fraction of the cost.
        data = s.encode("utf-8", "surrogatepass")
        if 4 * (len(data) - len(data.translate(None, _ASCII_LOWER))) > n:
            return False
    upper = n - len(s.translate(_DEL_UPPER))
    if upper < 2:
        return False
    lower = n - len(s.translate(_DEL_LOWER))
    return upper >= 3 * lower


__all__ = ["fold", "is_upper_text", "squash", "tidy_item"]
