"""List items (the entries of "Kính gửi:" and "Nơi nhận:", the body's bullets).

ND30 PL I §II.8 and §II.9 ask for "-" before each entry; converters and typists leave
other marks, which are read as bullets too (the validator says which are not the dash).
"""

from __future__ import annotations

#: The characters that open a list item when text follows them (not "*": see `BULLET`).
BULLET_CHARS = "-–—+•∙·►▪◦~"
#: A bullet at the start of a line: one of `BULLET_CHARS`, or a markdown list's "*"
#: followed by white space (a "*" touching text is emphasis). A regex fragment.
BULLET = r"(?:[" + BULLET_CHARS.replace("-", r"\-") + r"]|\*(?=\s))"
#: Every character that may open an item, "*" included: what a list item's value loses.
ITEM_MARKS = BULLET_CHARS + "*"
#: The bullets of a list flattened onto one line ("Bộ A; - Bộ B; + Bộ C"): the dash, the
#: en dash, "+" and "•" (the others are too rare between entries to cut a line at).
FLAT_BULLET = r"[-–+•]"

__all__ = ["BULLET", "BULLET_CHARS", "FLAT_BULLET", "ITEM_MARKS"]
