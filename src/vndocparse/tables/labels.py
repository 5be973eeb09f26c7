"""The words that open a part of the document, in folded form (`vndocparse.text.fold`):
"Kính gửi", "Nơi nhận", the căn cứ lines, the closing, the article words.

ND30 PL I §II.5–9 and HD36 §II.5–9. Fragments tolerant of OCR (a 0 for an o, a mark
misread, a first letter lost); the classifier builds its patterns from them, and its
cheap tests before a pattern (which word every match holds) from the same tables.
"""

from __future__ import annotations

#: "Kính gửi" and its OCR forms ("Kinh gửi", "Kink gửi", any short word before "gửi:",
#: "Site gửi:"), and "Kính trình" (to a superior).
KINH_GUI = r"k[i]n[hk]\s*g[uư][i]\b|\w{2,5}\s+gui\s*:|k[i]nh\s*tr[i]nh\b"
#: One of these is in every match of `KINH_GUI` (and of the công điện's "... điện:"):
#: the cheap test before it ("gưi": the pattern's ``g[uư]i`` on a line not folded).
KINH_GUI_KEYWORDS: tuple[str, ...] = ("gui", "gưi", "trinh")

#: "Nơi nhận" and its OCR forms ("Noi nhận", "N0i nhận", "Nit nhận").
NOI_NHAN = r"n[o0][it]\s*nh[a]n"

#: The căn cứ lines and the preamble's lines naming the proposal or the submission.
CAN_CU_WORDS: tuple[str, ...] = ("can cu", "theo de nghi", "xet de nghi", "theo de xuat", "xet to trinh")
CAN_CU = "|".join(w.replace(" ", r"\s*") for w in CAN_CU_WORDS)
#: Their first words: one is in every line `CAN_CU` matches.
CAN_CU_FIRST: tuple[str, ...] = tuple(dict.fromkeys(w.split()[0] for w in CAN_CU_WORDS))

#: The closing formula ("Trân trọng./.", "Xin trân trọng cảm ơn!").
CLOSING = r"(?:xin\s*)?tran\s*trong"

#: The words that number the parts of a legal text ("Điều 1.", "Chương II", "Phần I",
#: "Mục 2", "Tiểu mục 1"); the first word of each.
ARTICLE_WORDS: tuple[str, ...] = ("dieu", "chuong", "phan", "muc", "tieu muc")
ARTICLE = "|".join(w.replace(" ", r"\s*") for w in ARTICLE_WORDS)
ARTICLE_FIRST: tuple[str, ...] = tuple(w.split()[0] for w in ARTICLE_WORDS)

__all__ = [
    "ARTICLE",
    "ARTICLE_FIRST",
    "ARTICLE_WORDS",
    "CAN_CU",
    "CAN_CU_FIRST",
    "CAN_CU_WORDS",
    "CLOSING",
    "KINH_GUI",
    "KINH_GUI_KEYWORDS",
    "NOI_NHAN",
]
