"""Footer layouts (Nơi nhận beside the signature) read to the same fields.

Small documents written for the project: the same signature block and distribution
list, as column-wise text, side by side with a gutter, glued without one, in a pipe
table, and signature-first.
"""

from __future__ import annotations

import pytest

import vndocparse

HEAD = (
    "BỘ NỘI VỤ\nSố: 120/BNV-VP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    "Hà Nội, ngày 12 tháng 4 năm 2024\nV/v báo cáo công tác văn thư\n\n"
    "Kính gửi: Các đơn vị thuộc Bộ.\n\nĐề nghị các đơn vị báo cáo trước ngày 30/4/2024./.\n\n"
)
AUTHORITY = [("KT", "BỘ TRƯỞNG")]
POSITION = "THỨ TRƯỞNG"
NAME = "Nguyễn Minh Tâm"
DISTRIBUTION = ("Như trên", "Bộ trưởng (để b/c)", "Lưu: VT, VP")

VARIANTS = {
    "column-wise": (
        "Nơi nhận:\n- Như trên;\n- Bộ trưởng (để b/c);\n- Lưu: VT, VP.\n\n"
        "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\n(Đã ký)\n\nNguyễn Minh Tâm\n"
    ),
    "side by side": (
        "Nơi nhận:                              KT. BỘ TRƯỞNG\n"
        "- Như trên;                            THỨ TRƯỞNG\n"
        "- Bộ trưởng (để b/c);\n"
        "- Lưu: VT, VP.                         Nguyễn Minh Tâm\n"
    ),
    "glued": (
        "Nơi nhận: KT. BỘ TRƯỞNG\n"
        "- Như trên; THỨ TRƯỞNG\n"
        "- Bộ trưởng (để b/c);\n"
        "- Lưu: VT, VP.\n\nNguyễn Minh Tâm\n"
    ),
    "pipe table": (
        "| **Nơi nhận:**<br>- Như trên;<br>- Bộ trưởng (để b/c);<br>- Lưu: VT, VP. "
        "| **KT. BỘ TRƯỞNG**<br>**THỨ TRƯỞNG**<br><br>**Nguyễn Minh Tâm** |\n|---|---|\n"
    ),
    "flattened cells": (
        "| Nơi nhận: - Như trên; - Bộ trưởng (để b/c); - Lưu: VT, VP. | KT. BỘ TRƯỞNG THỨ TRƯỞNG Nguyễn Minh Tâm |\n"
    ),
    "signature first": (
        "KT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n[đã ký]\nNguyễn Minh Tâm\n\n"
        "Nơi nhận:\n- Như trên;\n- Bộ trưởng (để b/c);\n- Lưu: VT, VP.\n"
    ),
}


@pytest.mark.parametrize("name", list(VARIANTS))
def test_footer_variant(name: str) -> None:
    doc = vndocparse.parse(HEAD + VARIANTS[name])
    sig = doc.signatory
    assert sig is not None, name
    assert [(a.kind, a.on_behalf_of) for a in sig.authority] == AUTHORITY
    assert sig.position == POSITION
    assert sig.name == NAME
    assert doc.distribution == DISTRIBUTION
    assert not [p for p in doc.parts if p.kind in ("annex", "unrecognised")], [
        (p.kind, p.role, p.span.start_line) for p in doc.parts if p.kind in ("annex", "unrecognised")
    ]
