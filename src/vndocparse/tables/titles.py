"""Words of the title area (tên loại và trích yếu), in folded form.

ND30 PL I §II.5; HD36 and Regulation 66-QĐ/TW: under the type name of a Party
conclusion, notice or resolution a line may name the author or the meeting ("CỦA BỘ
CHÍNH TRỊ", "HỘI NGHỊ LẦN THỨ SÁU BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHOÁ XI"); it belongs to
the title, and the trích yếu starts at "về ..." (corpus/ANNOTATION.md, "Cases settled
as the corpus grew").
"""

from __future__ import annotations

#: How a line naming the author or the meeting opens (folded).
BYLINE_OPENERS: tuple[str, ...] = ("cua ", "hoi nghi ")
#: How the trích yếu opens after such lines (folded): "về ...", "V/v ...".
SUBJECT_OPENERS: tuple[str, ...] = ("ve ", "v/v ")

__all__ = ["BYLINE_OPENERS", "SUBJECT_OPENERS"]
