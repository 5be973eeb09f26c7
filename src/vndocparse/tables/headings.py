"""The headings that stand on their own in the header's right column: the national
title (Quốc hiệu), the motto (Tiêu ngữ) and the Party heading.

ND30 PL I §II.1 ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" / "Độc lập - Tự do - Hạnh
phúc"); HD36 §II.1 ("ĐẢNG CỘNG SẢN VIỆT NAM"). Fragments on *folded* text, tolerant of
OCR (a 0 for an o, a mark lost or misread, a letter lost at the end). The segmenter
cuts a merged row at them, the classifier names a line by them, the page stage joins
one wrapped over two lines.
"""

from __future__ import annotations

import regex

#: "cộng hòa xã hội", the start every form of the national title shares.
NATIONAL_START = r"c[o0]ng\s*h\S{0,2}\s*x\S{0,2}\s*h[o0]i"
#: The national title inside a longer piece: as far as it goes ("... CHỦ NGHĨA VIỆT NAM",
#: or cut short, "... CHỦ NGHĨA VIỆT" in a narrow table cell).
NATIONAL_IN_PIECE = NATIONAL_START + r"(?:\s*chu(?:\s*ngh\S{0,3})?)?(?:\s*\S{0,5}\s*nam|\s*viet\b)?"
#: How each heading starts (folded): a line opening so may be a heading's first half.
START = r"^(?:c[o0]ng\s*h|[.\W]*d[o0]c\s*l[a]p|dang\b)"
#: The national title as a whole line (a few damaged words, a speck after it).
NATIONAL_LINE = "^" + NATIONAL_START + r"(?:\s*\S{1,4}){0,4}\s*(?:\S{0,5}\s*nam)?\W*\S{0,3}$"
#: The second line of a national title wrapped by the extraction ("NGHĨA VIỆT NAM").
NATIONAL_TAIL = r"^(?:chu\s*)?(?:nghia\s*)?viet\s*nam\W*$"
#: "độc lập - tự do - hạnh phúc"; "hạnh" damaged by OCR into any short word between "tự
#: do" and "phúc" still reads: the words about it are specific enough.
MOTTO = r"d[o0]c\s*l[a]p\s*[-–—~.]*\s*t[uyư]\s*d[o0]\s*[-–—~.]*\s*(?:h[a]nh|\S{1,6})\s*ph\S?c"
MOTTO_LINE = r"^[.\W]*" + MOTTO + r"\W*$"
#: "đảng cộng sản việt nam".
PARTY = r"dang\s*cong\s*san\s*viet\s*nam"
PARTY_LINE = "^" + PARTY + r"\W*$"
#: The Party heading wrapped: "ĐẢNG CỘNG SẢN" / "VIỆT NAM", "ĐẢNG" / "CỘNG SẢN VIỆT NAM".
PARTY_HEAD = r"^dang(?:\s*cong(?:\s*san)?)?\W*$"
PARTY_TAIL = r"^(?:cong\s*)?(?:san\s*)?viet\s*nam\W*$"

#: The heading of a mass organisation that numbers its documents like the Party but is
#: neither state nor Party (the Youth Union: "ĐOÀN TNCS HỒ CHÍ MINH"): a document under
#: it has no family of the contract's (``family`` null, as the corpus is annotated).
ORG = r"doan\s*(?:tncs|thanh\s*nien\s*cong\s*san)\s*ho\s*chi\s*minh"
ORG_LINE = "^" + ORG + r"\W*$"

#: The headings inside a piece, each a named group (the segmenter's cuts).
IN_PIECE = regex.compile(rf"(?P<nat>{NATIONAL_IN_PIECE})|(?P<motto>{MOTTO})|(?P<party>{PARTY})|(?P<org>{ORG})")

__all__ = [
    "IN_PIECE",
    "MOTTO",
    "MOTTO_LINE",
    "NATIONAL_IN_PIECE",
    "NATIONAL_LINE",
    "NATIONAL_START",
    "NATIONAL_TAIL",
    "ORG",
    "ORG_LINE",
    "PARTY",
    "PARTY_HEAD",
    "PARTY_LINE",
    "PARTY_TAIL",
    "START",
]
