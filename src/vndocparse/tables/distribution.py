"""The file-copy entry (bản lưu) of the distribution list, "Nơi nhận:".

ND30 Phụ lục I, mục II.9d: the list ends with "- Lưu: VT, <drafting unit> (<n>)."; the
Party form (Guideline 36-HD/VPTW) is "- Lưu <body>.". The validator checks that the
entry is there and last; the register exporter writes it in its own column.
"""

from __future__ import annotations

from vndocparse.text import fold

#: The folded word that opens the entry: "Lưu", "LƯU", "Luu" (an OCR slip in the tone).
FILE_COPY_WORD = "luu"


def is_file_copy(entry: str) -> bool:
    """``"Lưu: VT, NC"``, ``"Lưu Văn phòng Tỉnh ủy"`` → True: the entry (without its
    bullet) names who keeps the file copy."""
    return fold(entry).startswith(FILE_COPY_WORD)
