"""Words of the title area (tên loại và trích yếu), in folded form.

ND30 PL I §II.5; HD36 and Regulation 66-QĐ/TW: under the type name of a Party
conclusion, notice or resolution a line may name the author or the meeting ("CỦA BỘ
CHÍNH TRỊ", "HỘI NGHỊ LẦN THỨ SÁU BAN CHẤP HÀNH TRUNG ƯƠNG ĐẢNG KHOÁ XI"); it belongs to
the title, and the trích yếu starts at "về ..." (as the corpus is annotated).
"""

from __future__ import annotations

#: The công văn's trích yếu label as written: "V/v" (ND30 PL I §II.5b), spaces about
#: the slash allowed. The validator's V/v test and the one-line splitter's trigger.
SUBJECT_LABEL = r"v\s*/\s*v"
#: The label as extraction and OCR give it too (folded): "V\v", "V|v", "V.v", "Viv",
#: "Vwv", "Vw", "Về việc"; in quotation marks for some bodies ("“V/v ...”").
SUBJECT_LABEL_READ = rf"(?:{SUBJECT_LABEL}|v\s*[\\|.,]\s*v|viv|vwv|vw|ve\s+viec)"

#: How a line naming the author or the meeting opens (folded).
BYLINE_OPENERS: tuple[str, ...] = ("cua ", "hoi nghi ")
#: How the trích yếu opens after such lines (folded): "về ...", "V/v ...".
SUBJECT_OPENERS: tuple[str, ...] = ("ve ", "v/v ")

__all__ = ["BYLINE_OPENERS", "SUBJECT_LABEL", "SUBJECT_LABEL_READ", "SUBJECT_OPENERS"]
