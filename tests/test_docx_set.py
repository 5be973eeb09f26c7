"""The project's DOCX test set (tests/data/docx_set/build.py): every expected finding
reported, nothing else; ``vndocparse fix`` turns each file into one that passes every
typography rule, and the fixed file opens again (LibreOffice headless when installed,
else a round trip through python-docx)."""

from __future__ import annotations

import io
import shutil
import subprocess
import sys
import zipfile
from collections import Counter
from pathlib import Path

import pytest

import vndocparse
from vndocparse.fix import fix_bytes

docx = pytest.importorskip("docx", reason="needs the docx extra (python-docx)")

sys.path.insert(0, str(Path(__file__).parent / "data" / "docx_set"))
from build import CASES, KNOWN_MISSES

TYPOGRAPHY = ("VN0",)


def findings(data: bytes, name: str) -> Counter[tuple[str, int]]:
    doc = vndocparse.parse_bytes(data, filename=f"{name}.docx")
    return Counter((d.code, d.location.line) for d in vndocparse.validate(doc))


@pytest.mark.parametrize("name", list(CASES))
def test_no_false_alarm_and_every_defect_reported(name: str) -> None:
    build, expected = CASES[name]
    got = findings(build(), name)
    want = Counter(expected) - Counter(KNOWN_MISSES.get(name, []))
    assert got - want == Counter(), "false alarms"
    assert want - got == Counter(), "defects not reported"


@pytest.mark.parametrize("name", [n for n, (_b, exp) in CASES.items() if any(c.startswith(TYPOGRAPHY) for c, _ in exp)])
def test_fix_leaves_no_typography_finding(name: str) -> None:
    build, _expected = CASES[name]
    result = fix_bytes(build(), source=f"{name}.docx")
    assert result.changed
    left = [d for d in result.after if d.code.startswith(TYPOGRAPHY)]
    assert left == []
    # the fixed file read again from scratch says the same
    assert not [c for c, _ in findings(result.data, name) if c.startswith(TYPOGRAPHY)]


def test_fix_sets_the_margins_of_every_section() -> None:
    build, _expected = CASES["qd_second_section"]
    result = fix_bytes(build(), source="two.docx")
    sections = docx.Document(io.BytesIO(result.data)).sections
    assert len(sections) == 2
    for s in sections:
        assert 20 <= round(s.top_margin.mm, 1) <= 25 and 30 <= round(s.left_margin.mm, 1) <= 35
        assert 15 <= round(s.right_margin.mm, 1) <= 20
    assert any("section 2" in c for c in result.changes)


def test_a_correct_file_is_left_as_it_is() -> None:
    build, _expected = CASES["qd_good"]
    data = build()
    result = fix_bytes(data, source="ok.docx")
    assert not result.changed and result.data == data and result.after == result.before == []


def test_the_fixer_opens_a_docx_with_the_readers_checks() -> None:
    """``fix`` opens the file through `open_docx`, as the reader does: an entity
    declaration is refused there too, before python-docx sees the part."""
    from vndocparse.errors import UnsafeDocumentError
    from vndocparse.fix.docx import fix_docx
    from vndocparse.validate.config import as_resolved

    build, _expected = CASES["qd_bad_typography"]
    with zipfile.ZipFile(io.BytesIO(build())) as zf:
        entries = {n: zf.read(n) for n in zf.namelist()}
    body = entries["word/document.xml"].split(b"?>", 1)[1]
    entries["word/document.xml"] = b'<?xml version="1.0"?><!DOCTYPE d [<!ENTITY x "y">]>' + body
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as zw:
        for name, data in entries.items():
            zw.writestr(name, data)
    with pytest.raises(UnsafeDocumentError):
        fix_docx(out.getvalue(), source="dtd.docx", resolved=as_resolved(None))


def _round_trip(data: bytes) -> bytes:
    d = docx.Document(io.BytesIO(data))
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


def test_the_fixed_file_opens_again(tmp_path: Path) -> None:
    build, _expected = CASES["qd_bad_typography"]
    fixed = fix_bytes(build(), source="bad.docx").data
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office:
        (tmp_path / "fixed.docx").write_bytes(fixed)
        subprocess.run(
            [office, "--headless", "--convert-to", "txt:Text", "--outdir", str(tmp_path), str(tmp_path / "fixed.docx")],
            check=True,
            capture_output=True,
            timeout=120,
        )
        assert "QUYẾT ĐỊNH" in (tmp_path / "fixed.txt").read_text(encoding="utf-8", errors="replace")
    again = _round_trip(fixed)
    a = vndocparse.parse_bytes(fixed, filename="a.docx")
    b = vndocparse.parse_bytes(again, filename="b.docx")
    assert a.source_lines == b.source_lines and vndocparse.validate(b) == []
