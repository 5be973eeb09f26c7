"""Every rule, on small documents of our own: one that passes, one that fails at the right place.

The documents are the four clean bases in ``tests/data/rules/`` (a state quyết định, a
state công văn, a Party công văn, a Party nghị quyết), each edited by a few
``(old, new)`` replacements. `check` runs one rule (yamllint's ``RuleTestCase.check``)
and returns ``(line, column)`` of its diagnostics, which a failing case lists exactly.
A meta test checks that every registered rule has both kinds of case.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

import vndocparse
from vndocparse.validate import RULES, Diagnostic

DATA = Path(__file__).parent / "data" / "rules"
BASES = {p.stem: p.read_text(encoding="utf-8") for p in sorted(DATA.glob("*.txt"))}
#: Party letters dated after 27/5/2026, judged by Guideline 05 (more in test_hd05.py).
HD05 = {
    p.stem: p.read_text(encoding="utf-8")
    for p in sorted((Path(__file__).parent / "data" / "hd05").glob("*.txt"))
}
#: Letters with copy blocks and annexes (tests/test_copies.py checks them with every rule).
COPIES = {p.stem: p.read_text(encoding="utf-8") for p in sorted((Path(__file__).parent / "data" / "copies").glob("*.txt"))}
SQ, SC, PC, PN = "state_quyetdinh", "state_congvan", "party_congvan", "party_nghiquyet"
FAMILY_OF = {SQ: "state", SC: "state", PC: "party", PN: "party"}

#: A document that is neither state nor Party: no heading, no number, no prefix.
NO_FAMILY = """\
CÔNG TY CỔ PHẦN AN BÌNH

THÔNG BÁO
Về việc nghỉ lễ Quốc khánh

Công ty thông báo lịch nghỉ lễ Quốc khánh năm 2024 như sau.

GIÁM ĐỐC

Nguyễn Văn An
"""


def edit(base: str, edits: list[tuple[str, str]]) -> str:
    """``base`` with each ``old`` (which must occur exactly once) replaced by ``new``."""
    text = BASES.get(base, HD05.get(base, COPIES.get(base, base)))
    for old, new in edits:
        assert text.count(old) == 1, f"{old!r} occurs {text.count(old)} times"
        text = text.replace(old, new)
    return text


def run(text: str, code: str, config: dict[str, Any] | None = None) -> list[Diagnostic]:
    """The diagnostics of rule ``code`` alone on ``text``."""
    doc = vndocparse.parse(text)
    cfg: dict[str, Any] = {"select": [code], **(config or {})}
    return vndocparse.validate(doc, cfg)


def check(text: str, code: str, config: dict[str, Any] | None = None) -> list[tuple[int, int]]:
    found = run(text, code, config)
    assert all(d.code == code for d in found)
    return [(d.location.line, d.location.column) for d in found]


@dataclass
class Case:
    code: str
    base: str
    edits: list[tuple[str, str]] = field(default_factory=list)
    expected: list[tuple[int, int]] = field(default_factory=list)
    config: dict[str, Any] | None = None
    severity: str | None = None
    """The expected severity of the findings (for per-family levels)."""

    @property
    def id(self) -> str:
        what = ",".join(
            new.strip().splitlines()[0][:18] if new.strip() else f"-{old.strip()[:14]}"
            for old, new in self.edits
        )
        return f"{self.code}-{self.base[:18]}-{what or 'base'}"


TODAY = dt.date.today()

FAIL: list[Case] = [
    # VN1xx: components
    Case("VN101", SQ, [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "")], [(1, 1)]),
    Case("VN102", SQ, [("Độc lập - Tự do - Hạnh phúc", "")], [(1, 36)]),
    Case("VN103", PC, [("ĐẢNG CỘNG SẢN VIỆT NAM", "")], [(1, 1)]),
    Case("VN104", SC, [("BỘ NỘI VỤ    ", "             ")], [(1, 38)]),
    Case("VN105", SC, [("Số: 12/BNV-VP", "             ")], [(4, 1)]),
    Case("VN106", SC, [("Hà Nội, ngày 15 tháng 3 năm 2024", "")], [(4, 1)]),
    Case("VN107", SC, [("V/v hướng dẫn lập hồ sơ điện tử\n", "\n")], [(3, 1)]),
    Case("VN108", SQ, [("Về việc thành lập Tổ công tác chuyển đổi số\n", "\n")], [(6, 1)]),
    Case(
        "VN109",
        SC,
        [
            (
                "Thực hiện Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về\n",
                "",
            ),
            (
                "công tác văn thư, Bộ Nội vụ đề nghị các cơ quan thực hiện một số nội dung sau:\n",
                "",
            ),
            ("1. Rà soát danh mục hồ sơ năm 2024.\n", ""),
            ("2. Báo cáo kết quả về Bộ Nội vụ trước ngày 30 tháng 6 năm 2024.\n", ""),
            ("Bộ Nội vụ đề nghị các cơ quan quan tâm, phối hợp thực hiện./.\n", ""),
        ],
        [(4, 1)],
    ),
    Case("VN110", SC, [("KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\nPhạm Văn Dũng\n", "")], [(22, 1)]),
    Case("VN111", SC, [("THỨ TRƯỞNG\n", "\n")], [(24, 1)]),
    Case("VN112", SC, [("Phạm Văn Dũng\n", "\n")], [(25, 1)]),
    Case(
        "VN113",
        SC,
        [("Nơi nhận:\n- Như trên;\n- Bộ trưởng (để b/c);\n- Lưu: VT, VP.\n", "\n\n\n\n")],
        [(24, 1)],
    ),
    Case("VN114", PC, [("*\nSố 04", "\nSố 04")], [(2, 15)]),
    Case(
        "VN115",
        SQ,
        [("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Cộng hòa xã hội chủ nghĩa Việt Nam")],
        [(1, 36)],
    ),
    Case("VN116", SQ, [("Độc lập - Tự do - Hạnh phúc", "Độc lập – Tự do – Hạnh phúc")], [(2, 40)]),
    Case("VN117", PC, [("ĐẢNG CỘNG SẢN VIỆT NAM", "Đảng Cộng sản Việt Nam")], [(1, 39)]),
    Case("VN118", SQ, [("TỈNH LẠNG SƠN     ", "Sở TÀI CHÍNH      ")], [(2, 1)]),
    # VN2xx: number
    Case("VN201", SC, [("Số: 12/BNV-VP", "Số: 12-BNV/VP")], [(3, 5)]),
    Case("VN201", SC, [("Số: 12/BNV-VP", "Số: 12/BNV   ")], [(3, 5)]),
    Case("VN202", PC, [("Số 04-CV/BTGTU", "Số 04/CV-BTGTU")], [(4, 4)]),
    Case("VN203", SC, [("Số: 12/BNV-VP  ", "Số: 12/BNV - VP")], [(3, 11)]),
    Case("VN203", PC, [("Số 04-CV/BTGTU ", "Số 04- CV/BTGTU")], [(4, 7)], severity="warning"),
    Case("VN204", SQ, [("Số: 05/QĐ-UBND", "Số: 5/QĐ-UBND ")], [(4, 5)], severity="error"),
    Case("VN204", PC, [("Số 04-CV/BTGTU", "Số 4-CV/BTGTU ")], [(4, 4)], severity="warning"),
    Case("VN205", SQ, [("Số: 05/QĐ-UBND", "Số:    /QĐ-UBND")], [(4, 1)], severity="warning"),
    Case("VN206", SQ, [("Số: 05/QĐ-UBND", "Số: 05/QD-UBND")], [(4, 8)]),
    Case("VN206", SQ, [("Số: 05/QĐ-UBND", "Số: 05/UBND-NC")], [(4, 8)]),
    Case("VN207", SQ, [("Số: 05/QĐ-UBND", "Số: 05/TB-UBND")], [(4, 8)]),
    Case("VN208", SQ, [("Số: 05/QĐ-UBND", "Số 05/QĐ-UBND ")], [(4, 1)]),
    Case("VN209", PC, [("Số 04-CV/BTGTU ", "Số: 04-CV/BTGTU")], [(4, 3)]),
    Case("VN210", SQ, [("Số: 05/QĐ-UBND", "SỐ: 05/QĐ-UBND")], [(4, 1)]),
    Case("VN211", SQ, [("Số: 05/QĐ-UBND", "Số: 05/QĐ-Ubnd")], [(4, 11)], severity="warning"),
    Case("VN212", PN, [("Số 15-NQ/HU", "Số 15-QĐi/HU")], [(4, 7)], severity="warning"),
    Case("VN212", PN, [("Số 15-NQ/HU", "Số 15-KH/HU")], [(4, 7)], severity="warning"),
    # VN3xx: date line
    Case("VN301", SQ, [("tháng 01 năm 2024", "tháng 01 năm 24  ")], [(4, 35)]),
    Case("VN302", SQ, [("ngày 02 tháng 01", "ngày 2 tháng 01 ")], [(4, 50)]),
    Case("VN302", PC, [("ngày 15 tháng 3", "ngày 5 tháng 3 ")], [(4, 54)], severity="warning"),
    Case("VN303", SQ, [("tháng 01 năm", "tháng 1 năm ")], [(4, 59)]),
    Case("VN304", SC, [("ngày 15 tháng 3 năm", "ngày 15 tháng 03 năm")], [(3, 60)]),
    Case("VN305", SC, [("ngày 15 tháng 3 năm", "ngày 31 tháng 4 năm")], [(3, 51)]),
    Case("VN306", SC, [("tháng 3 năm 2024", "tháng 3 năm 2999")], [(3, 51)]),
    Case(
        "VN307", SC, [("ngày 15 tháng 3 năm", "ngày    tháng 3 năm")], [(3, 46)], severity="warning"
    ),
    Case("VN308", SQ, [("Lạng Sơn, ngày", "Lạng sơn, ngày")], [(4, 40)]),
    Case("VN309", SC, [("Hà Nội, ngày 15", "Hà Nội, Ngày 15")], [(3, 46)]),
    Case("VN310", SC, [("Hà Nội, ngày", "Hà Nội ngày ")], [(3, 44)]),
    Case("VN310", SC, [("tháng 3 năm 2024\n", "tháng 3 năm 2024.\n")], [(3, 70)]),
    # VN4xx: type name and subject
    Case("VN401", SC, [("V/v hướng dẫn", "V/V hướng dẫn")], [(4, 1)]),
    Case("VN401", SC, [("V/v hướng dẫn", "Về việc hướng dẫn")], [(4, 1)]),
    Case("VN402", SQ, [("QUYẾT ĐỊNH\nVề việc", "\nVề việc")], [(7, 1)]),
    Case("VN402", PN, [("NGHỊ QUYẾT\n", "\n")], [(4, 1)], severity="warning"),
    Case("VN403", SQ, [("QUYẾT ĐỊNH\nVề việc", "QUYẾT ĐỊNh\nVề việc")], [(6, 1)]),
    Case(
        "VN404",
        SQ,
        [
            (
                "QUYẾT ĐỊNH\nVề việc thành lập Tổ công tác chuyển đổi số\n",
                "QUYẾT ĐỊNH Về việc thành lập Tổ công tác chuyển đổi số\n\n",
            )
        ],
        [(6, 12)],
    ),
    Case(
        "VN405",
        SQ,
        [("Về việc thành lập Tổ công tác", "V/v thành lập Tổ công tác")],
        [(7, 1)],
        severity="warning",
    ),
    Case(
        "VN406",
        SQ,
        [
            (
                "Về việc thành lập Tổ công tác chuyển đổi số",
                "VỀ VIỆC THÀNH LẬP TỔ CÔNG TÁC CHUYỂN ĐỔI SỐ",
            )
        ],
        [(7, 1)],
    ),
    Case("VN407", PN, [("về tăng cường", "Về tăng cường")], [(7, 1)], severity="warning"),
    # VN5xx: Kính gửi
    Case("VN501", SC, [("Kính gửi:\n", "Kính gửi\n")], [(6, 1)]),
    Case("VN501", SC, [("Kính gửi:\n", "KÍNH GỬI:\n")], [(6, 1)]),
    Case(
        "VN502",
        PC,
        [("Kính gửi: Các chi bộ trực thuộc\n", "Kính gửi:\n- Các chi bộ trực thuộc.\n")],
        [(8, 1)],
    ),
    Case(
        "VN503",
        SC,
        [("         - Các bộ, cơ quan ngang bộ.", "         + Các bộ, cơ quan ngang bộ.")],
        [(8, 10)],
    ),
    Case(
        "VN503",
        SC,
        [("Kính gửi:\n         - Ủy ban", "Kính gửi: - Ủy ban")],
        [(6, 11)],
    ),
    Case("VN504", SC, [("trực thuộc Trung ương;", "trực thuộc Trung ương,")], [(7, 70)]),
    Case("VN505", SC, [("cơ quan ngang bộ.", "cơ quan ngang bộ;")], [(8, 37)]),
    Case(
        "VN506",
        SC,
        [
            (
                "Kính gửi:\n         - Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương;\n         - Các bộ, cơ quan ngang bộ.\n",
                "\n\n\n",
            )
        ],
        [(4, 1)],
    ),
    # VN6xx: Nơi nhận
    Case("VN601", SC, [("Nơi nhận:\n", "NƠI NHẬN:\n")], [(19, 1)]),
    Case("VN601", SC, [("Nơi nhận:\n- Như trên;\n", "Nơi nhận: - Như trên;\n\n")], [(19, 11)]),
    Case("VN602", SC, [("- Như trên;\n", "- Các bộ, cơ quan ngang bộ;\n")], [(20, 1)]),
    Case(
        "VN602",
        PC,
        [("- Như trên,\n", "- Các chi bộ trực thuộc,\n")],
        [(17, 1)],
        severity="warning",
    ),
    Case("VN603", SC, [("- Bộ trưởng (để b/c);", "+ Bộ trưởng (để b/c);")], [(21, 1)]),
    Case("VN604", SC, [("- Bộ trưởng (để b/c);", "- Bộ trưởng (để b/c)")], [(21, 21)]),
    Case("VN604", SC, [("- Lưu: VT, VP.", "- Lưu: VT, VP")], [(22, 14)]),
    Case(
        "VN604",
        PC,
        [("- Thường trực Tỉnh ủy (báo cáo),", "- Thường trực Tỉnh ủy (báo cáo)")],
        [(18, 32)],
        severity="warning",
    ),
    Case(
        "VN605",
        SC,
        [("- Bộ trưởng (để b/c);\n- Lưu: VT, VP.", "- Lưu: VT, VP;\n- Bộ trưởng (để b/c).")],
        [(21, 1)],
    ),
    Case("VN605", SC, [("- Lưu: VT, VP.", "- Văn phòng Bộ.")], [(22, 1)]),
    Case("VN606", SC, [("- Lưu: VT, VP.", "- Lưu VT, VP. ")], [(22, 1)]),
    Case("VN606", SC, [("- Lưu: VT, VP.", "- Lưu: VP, VT.")], [(22, 1)]),
    Case("VN606", PC, [("- Lưu Văn phòng Ban.", "- Lưu: VT, VP.")], [(19, 1)], severity="warning"),
    # VN7xx: signature
    Case("VN701", SQ, [("KT. CHỦ TỊCH", "K/T CHỦ TỊCH")], [(38, 1)]),
    Case("VN702", PC, [("K/T TRƯỞNG BAN", "KT. TRƯỞNG BAN")], [(21, 1)], severity="warning"),
    Case("VN703", SQ, [("KT. CHỦ TỊCH", "KT CHỦ TỊCH")], [(38, 1)]),
    Case("VN703", SQ, [("KT. CHỦ TỊCH", "K.T. CHỦ TỊCH")], [(38, 1)]),  # a typist's dotted form
    Case(
        "VN704",
        SQ,
        [("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH", "KT. CHỦ TỊCH\nTM. ỦY BAN NHÂN DÂN")],
        [(37, 1)],
    ),
    Case("VN705", SC, [("THỨ TRƯỞNG", "BỘ TRƯỞNG")], [(25, 1)], severity="warning"),
    Case("VN706", SC, [("Phạm Văn Dũng", "TS. Phạm Văn Dũng")], [(27, 1)]),
    Case("VN706", SC, [("Phạm Văn Dũng", "PGS.TS. Phạm Văn Dũng")], [(27, 1)]),
    Case("VN707", SC, [("KT. BỘ TRƯỞNG", "KT. Bộ trưởng")], [(24, 5)]),
    Case("VN708", SC, [("Phạm Văn Dũng", "Phạm Văn DŨNG")], [(27, 1)]),
    Case("VN708", SC, [("Phạm Văn Dũng", "PHẠM VĂN DŨNG")], [(27, 1)]),
    Case(
        "VN709",
        PN,
        [("BÍ THƯ\n\nHoàng", "BÍ THƯ HUYỆN ỦY\n\nHoàng")],
        [(23, 8)],
        severity="warning",
    ),
    Case(
        "VN710",
        PC,
        [("K/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN", "K/T BÍ THƯ\nPHÓ BÍ THƯ")],
        [(21, 1)],
        severity="warning",
    ),
    Case("VN711", SQ, [("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\n", "TM. CHỦ TỊCH\n\n")], [(37, 1)]),
    Case("VN711", PN, [("T/M BAN THƯỜNG VỤ", "T/M BÍ THƯ")], [(22, 1)], severity="warning"),
    Case(
        "VN712", SQ, [("TM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\n", "KT. ỦY BAN NHÂN DÂN\n\n")], [(37, 1)]
    ),
    # VN8xx: marks and body
    Case("VN801", SC, [("V/v hướng dẫn", "KHẨN CẤP\nV/v hướng dẫn")], [(4, 1)]),
    Case("VN802", SC, [("V/v hướng dẫn", "BÍ MẬT\nV/v hướng dẫn")], [(4, 1)]),
    Case("VN803", SC, [("V/v hướng dẫn", "HỎA TỐC HẸN GIỜ\nV/v hướng dẫn")], [(4, 1)]),
    Case("VN804", SQ, [("c) Báo cáo", "f) Báo cáo")], [(26, 1)]),
    Case("VN804", SQ, [("c) Báo cáo", "C) Báo cáo")], [(26, 1)]),
    Case("VN805", SQ, [("c) Báo cáo", "d) Báo cáo")], [(26, 1)]),
    Case("VN805", SQ, [("a) Xây dựng", "b) Xây dựng")], [(24, 1), (25, 1)]),
    Case(
        "VN806",
        SQ,
        [("a) Xây", "a/ Xây"), ("b) Theo", "b/ Theo"), ("c) Báo", "c/ Báo")],
        [(24, 1), (25, 1), (26, 1)],
    ),
    Case("VN807", SQ, [("thi\nhành Quyết định này./.", "thi\nhành Quyết định này.")], [(30, 21)]),
    Case("VN807", SC, [("phối hợp thực hiện./.", "phối hợp thực hiện.")], [(17, 60)]),
    Case("VN808", SQ, [("ngày 19 tháng 6 năm 2015;", "ngày 19 tháng 6 năm 2015,")], [(12, 69)]),
    Case("VN809", SQ, [("Giám đốc Sở Nội vụ.", "Giám đốc Sở Nội vụ;")], [(15, 37)]),
    Case(
        "VN810",
        SQ,
        [("Điều 1. Thành lập", "Chương 1\nQUY ĐỊNH CHUNG\n\nĐiều 1. Thành lập")],
        [(19, 8)],
    ),
    Case(
        "VN810", SQ, [("Điều 1. Thành lập", "Mục I\nTỔ CÔNG TÁC\n\nĐiều 1. Thành lập")], [(19, 5)]
    ),
    Case("VN811", SQ, [("Điều 2. Tổ công tác", "Điều 2: Tổ công tác")], [(23, 1)]),
    Case("VN811", SQ, [("Điều 2. Tổ công tác", "ĐIỀU 2. Tổ công tác")], [(23, 1)]),
    # Guideline 05 and the 2025 reform (tests/test_hd05.py has the rest)
    Case("VN507", HD05["party_totrinh"], [("Kính trình:", "Kính gửi:")], [(10, 1)], severity="error"),
    Case("VN812", HD05["party_quyetdinh"], [("- Căn cứ Điều lệ", "Căn cứ Điều lệ")], [(9, 1)]),
    Case("VN813", HD05["party_congvan"], [("năm 2026\nvề", "năm 2026\nKHẨN\nvề")], [(5, 1)]),
    Case("VN213", HD05["party_congvan"], [("12-CV/ĐU ", "12-CV/ĐĐ ")], [(4, 10)], severity="warning"),
    Case("VN311", HD05["party_congvan"], [("Đông Kinh, ngày", "Quận 1, ngày")], [(4, 39)], severity="warning"),
    Case(
        "VN119",
        SC,
        [("BỘ NỘI VỤ    ", "UBND HUYỆN A "), ("năm 2024\nV/v", "năm 2026\nV/v")],
        [(1, 1)],
        severity="warning",
    ),
    Case(
        "VN214",
        SC,
        [("BỘ NỘI VỤ    ", "BỘ GTVT      "), ("năm 2024\nV/v", "năm 2026\nV/v")],
        [(1, 1)],
        severity="warning",
    ),
    # issue 13: one type name, a chapter's title, the capitals of Phụ lục II
    Case("VN411", SQ, [("QUYẾT ĐỊNH\nVề việc", "QUYẾT ĐỊNH\nTHÔNG BÁO\nVề việc")], [(7, 1)]),
    Case("VN817", SQ, [("Điều 2. Tổ công tác", "Chương II\nĐiều 2. Tổ công tác")], [(23, 1)]),
    Case("VN818", SQ, [("Chủ tịch Ủy ban nhân dân tỉnh, Tổ trưởng", "Chủ tịch Ủy Ban Nhân Dân tỉnh, Tổ trưởng")], [(20, 36)]),
    Case("VN818", SQ, [("Chủ tịch Ủy ban nhân dân tỉnh, Tổ trưởng", "Chủ tịch ủy ban nhân dân tỉnh Lạng Sơn, Tổ trưởng")], [(20, 36)]),
    Case("VN819", SQ, [("Căn cứ Nghị định số 30", "Căn cứ nghị định số 30")], [(13, 8)]),
    Case("VN820", SQ, [("có tên tại Điều 1", "có tên tại điều 1")], [(29, 52)]),
    # VN9xx: processing
    Case("VN901", "", [], [(1, 1)]),
    Case("VN901", "  \n\n \n", [], [(1, 1)]),
    Case("VN902", NO_FAMILY, [], [(1, 1)], severity="warning"),
    # Copies and annexes (more in tests/test_copies.py).
    Case("VN123", "state_cv_copy_good", [("SAO Y\n", "SAO Y BẢN CHÍNH\n")], [(16, 46)]),
    Case("VN123", "state_cv_copy_good", [("SAO Y\n", "Sao y\n")], [(16, 46)]),
    Case("VN124", "state_cv_copy_good", [("09/SY-SNV", "09/SL-SNV")], [(18, 1)]),
    Case("VN124", "state_cv_copy_good", [("Số: 09/SY-SNV", "Số: 09-SY/SNV")], [(18, 1)]),
    Case("VN125", "state_cv_copy_good", [("SỞ NỘI VỤ                   Hà Nam, ngày 05 tháng 6 năm 2025", "SỞ NỘI VỤ")], [(16, 1)]),
    Case("VN126", "party_copy_hd05_good", [("Bản sao văn bản", "SAO LỤC")], [(18, 1)], severity="warning"),
    Case("VN127", "state_qd_annexes_good", [("Phụ lục II\n", "Phụ lục I\n")], [(23, 1)]),
    Case("VN127", "state_qd_annexes_good", [("Phụ lục II\n", "Phụ lục 2\n")], [(23, 1)]),
    Case("VN128", "state_qd_annexes_good", [("NHIỆM VỤ CỦA BAN CHỈ ĐẠO\n", "")], [(23, 1)]),
    Case(
        "VN129",
        "state_qd_annexes_good",
        [("DANH SÁCH THÀNH VIÊN BAN CHỈ ĐẠO\n(Kèm theo Quyết định số 07/QĐ-UBND ngày 14/4/2025 của Ủy ban nhân dân huyện Kim Bảng)\n", "DANH SÁCH THÀNH VIÊN BAN CHỈ ĐẠO\n")],
        [(17, 1)],
    ),
    Case(
        "VN130",
        "state_qd_annexes_good",
        [("NHIỆM VỤ CỦA BAN CHỈ ĐẠO\n(Kèm theo Quyết định số 07/QĐ-UBND ngày 14/4/2025", "NHIỆM VỤ CỦA BAN CHỈ ĐẠO\n(Kèm theo Quyết định số 07/QĐ-UBND ngày 24/4/2025")],
        [(25, 1)],
    ),
    Case("VN131", "state_qd_annexes_good", [("theo Phụ lục II kèm theo", "theo kế hoạch")], [(23, 1)], severity="warning"),
]

PASS: list[Case] = [
    *(Case(code, "state_cv_copy_good") for code in ("VN123", "VN124", "VN125")),
    Case("VN126", "party_copy_hd05_good"),
    *(Case(code, "state_qd_annexes_good") for code in ("VN127", "VN128", "VN129", "VN130", "VN131")),
    # a copy's number (n/SY-...) names no type: no type name is asked for (issue 13)
    Case("VN402", SQ, [("QUYẾT ĐỊNH\nVề việc", "\nVề việc"), ("Số: 05/QĐ-UBND", "Số: 05/SY-UBND")]),
    Case("VN411", SQ),
    Case("VN817", SQ, [("Điều 2. Tổ công tác", "Chương II\nNHIỆM VỤ CỦA TỔ CÔNG TÁC\nĐiều 2. Tổ công tác")]),
    Case("VN817", SQ, [("Điều 2. Tổ công tác", "Chương II. NHIỆM VỤ\nĐiều 2. Tổ công tác")]),
    Case("VN818", SQ, [("Chủ tịch Ủy ban nhân dân tỉnh, Tổ trưởng", "Chủ tịch ủy ban nhân dân các cấp, Tổ trưởng")]),
    Case("VN819", SC, [("Thực hiện Nghị định số 30", "Thực hiện công văn số 30")]),
    Case("VN820", SQ, [("có tên tại Điều 1", "có tên tại các điều 1")]),
    Case("VN203", SC, [("Số: 12/BNV-VP ", "Số: 12 /BNV-VP")]),
    Case("VN205", SQ),
    Case(
        "VN211",
        SQ,
        [("Số: 05/QĐ-UBND", "Số: 05/QĐ-GDTrH")],
        config={"options": {"VN211": {"allowed": ["GDTrH"]}}},
    ),
    Case("VN211", SQ, [("Số: 05/QĐ-UBND", "Số: 05/QyĐ-UBND"), ("QUYẾT ĐỊNH\nVề", "QUY ĐỊNH\nVề")]),
    Case("VN207", SQ, [("Số: 05/QĐ-UBND", "Số: 05/QyĐ-UBND"), ("QUYẾT ĐỊNH\nVề", "QUY ĐỊNH\nVề")]),
    Case("VN212", PN, [("Số 15-NQ/HU", "Số 15-QĐ/HU"), ("NGHỊ QUYẾT\n", "QUY ĐỊNH\n")]),
    Case("VN302", SQ, [("ngày 02 tháng 01", "ngày 12 tháng 01")]),
    Case("VN303", SQ, [("tháng 01 năm", "tháng 02 năm")]),
    Case("VN304", SC, [("tháng 3 năm 2024", "tháng 12 năm 2024")]),
    Case(
        "VN306",
        SC,
        [
            (
                "ngày 15 tháng 3 năm 2024",
                f"ngày {(TODAY + dt.timedelta(days=2)):%d} tháng {(TODAY + dt.timedelta(days=2)).month} năm {(TODAY + dt.timedelta(days=2)).year}",
            )
        ],
        config={"options": {"date-in-future": {"max-days-ahead": 3}}},
    ),
    Case("VN308", SC, [("Hà Nội, ngày", "Thành phố Hồ Chí Minh, ngày")]),
    Case("VN308", SC, [("Hà Nội, ngày", "Quận 1, ngày")]),
    Case("VN115", SQ, [("CỘNG HÒA XÃ HỘI", "CỘNG HOÀ XÃ HỘI")]),
    Case(
        "VN503",
        SC,
        [
            (
                "Kính gửi:\n         - Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương;\n         - Các bộ, cơ quan ngang bộ.\n",
                "Kính gửi: - Ủy ban nhân dân các tỉnh; - Các bộ, cơ quan ngang bộ.\n\n\n",
            )
        ],
    ),
    Case(
        "VN601",
        SC,
        [
            (
                "Nơi nhận:\n- Như trên;\n- Bộ trưởng (để b/c);\n- Lưu: VT, VP.\n",
                "Nơi nhận: - Như trên; - Bộ trưởng (để b/c); - Lưu: VT, VP.\n\n\n\n",
            )
        ],
    ),
    Case("VN604", PC),
    Case(
        "VN706",
        SC,
        [("Phạm Văn Dũng", "TS. Phạm Văn Dũng")],
        config={"options": {"VN706": {"allowed": ["TS."]}}},
    ),
    Case("VN801", SC, [("V/v hướng dẫn", "THƯỢNG KHẨN\nV/v hướng dẫn")]),
    Case("VN802", SC, [("V/v hướng dẫn", "TỐI MẬT\nV/v hướng dẫn")]),
    Case(
        "VN803",
        SC,
        [("năm 2024\nV/v", "năm 2019\nV/v"), ("V/v hướng dẫn", "HỎA TỐC HẸN GIỜ\nV/v hướng dẫn")],
    ),
    Case(
        "VN805",
        SQ,
        [
            (
                "c) Báo cáo kết quả hằng quý.",
                "c) Báo cáo kết quả hằng quý;\nd) Tổng hợp ý kiến;\nđ) Đề xuất khen thưởng;\ne) Thực hiện nhiệm vụ khác.",
            )
        ],
    ),
    Case("VN810", SQ, [("Điều 1. Thành lập", "Chương I\nQUY ĐỊNH CHUNG\n\nĐiều 1. Thành lập")]),
]


@pytest.mark.parametrize("case", FAIL, ids=lambda c: c.id)
def test_rule_fails_at_the_right_place(case: Case) -> None:
    text = edit(case.base, case.edits)
    found = run(text, case.code, case.config)
    assert [(d.location.line, d.location.column) for d in found] == case.expected, [
        d.message for d in found
    ]
    assert all(d.code == case.code and d.name == RULES[case.code].name for d in found)
    rule = RULES[case.code]
    assert all(d.source in (rule.source, rule.source_for("hd05")) and d.message for d in found)
    if case.severity:
        assert {d.severity for d in found} == {case.severity}


def _pass_cases() -> list[Case]:
    out = list(PASS)
    for code, rule in RULES.items():
        for base, family in FAMILY_OF.items():
            if family in rule.families:
                out.append(Case(code, base))
    return out


@pytest.mark.parametrize("case", _pass_cases(), ids=lambda c: c.id)
def test_rule_passes(case: Case) -> None:
    assert check(edit(case.base, case.edits), case.code, case.config) == []


@pytest.mark.parametrize("base", sorted(BASES))
def test_base_documents_are_clean_under_every_rule(base: str) -> None:
    doc = vndocparse.parse(BASES[base])
    assert doc.family == FAMILY_OF[base]
    assert vndocparse.validate(doc, {"select": ["ALL"]}) == []


def test_every_rule_has_a_passing_and_a_failing_document() -> None:
    # The rules that read a DOCX (the typography rules VN0xx, VN132): tests/test_formats.py
    # and the DOCX test set (tests/test_docx_set.py) fail and pass them.
    docx_only = {code for code, rule in RULES.items() if "docx" in (rule.requires or ())}
    assert {code for code in RULES if code.startswith("VN0")} <= docx_only
    failing = {c.code for c in FAIL} | docx_only
    passing = {c.code for c in _pass_cases()} | docx_only
    assert set(RULES) - failing == set()
    assert set(RULES) - passing == set()


def test_a_rule_never_runs_on_the_other_family() -> None:
    state_only = [code for code, r in RULES.items() if r.families == {"state"}]
    # A state document checked as Party: no state-only rule may report anything.
    text = edit(SQ, [("Số: 05/QĐ-UBND", "Số 5-QĐ/UBND "), ("KT. CHỦ TỊCH", "K/T CHỦ TỊCH")])
    found = vndocparse.validate(vndocparse.parse(text), {"select": ["ALL"], "family": "party"})
    assert found and not [d for d in found if d.code in state_only]
    party_only = [code for code, r in RULES.items() if r.families == {"party"}]
    found = vndocparse.validate(vndocparse.parse(BASES[PC]), {"select": ["ALL"], "family": "state"})
    assert found and not [d for d in found if d.code in party_only]


def test_family_override_changes_the_rules_that_run() -> None:
    text = edit(SQ, [("Số: 05/QĐ-UBND", "Số 05-QĐ/UBND ")])
    auto = {d.code for d in vndocparse.validate(vndocparse.parse(text))}
    assert "VN201" in auto and "VN202" not in auto
    party = {d.code for d in vndocparse.validate(vndocparse.parse(text), {"family": "party"})}
    assert "VN103" in party and "VN201" not in party


def test_unknown_family_runs_only_the_common_rules() -> None:
    found = vndocparse.validate(vndocparse.parse(NO_FAMILY), {"select": ["ALL"]})
    assert "VN902" in {d.code for d in found}
    assert all(len(RULES[d.code].families) == 2 for d in found)
