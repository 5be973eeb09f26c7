"""The DOCX reader on what Word writes in real files (issue 13, point 3): every section's
page set-up, tracked changes read as accepted, a macro-enabled ``.docm``, a Party banner
in the page header. Each DOCX is generated here from the project's test letters.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path

import pytest

import vndocparse
from vndocparse.readers import source_info

FORMATS = Path(__file__).parent / "data" / "formats"
sys.path.insert(0, str(FORMATS))

from layouts import (
    LAYOUT_NAMES,
    all_inserted,
    as_docm,
    build_docx,
    build_plain_docx,
    layout,
    with_letter_section,
    with_tracked_changes,
)

pytest.importorskip("docx", reason="needs the docx extra (python-docx)")

LETTERS = Path(__file__).parent / "data" / "letters"


def codes(doc: vndocparse.Document) -> list[str]:
    return [d.code for d in doc.diagnostics]


# ------------------------------------------------------------------------- sections


def test_every_section_page_setup_is_read_and_checked() -> None:
    data = with_letter_section(build_docx(layout(LAYOUT_NAMES[0])))
    doc = vndocparse.parse_bytes(data, filename="qd.docx")
    info = source_info(doc)
    assert info is not None and info.formatting is not None
    pages = info.formatting.pages()
    assert [(p.width_mm, p.height_mm) for p in pages] == [(210.0, 297.0), (215.9, 279.4)]
    assert info.formatting.page == pages[0]  # the first section, as before
    found = [d for d in vndocparse.validate(doc) if d.code == "VN001"]
    assert len(found) == 1 and "section 2" in found[0].message and "215.9" in found[0].message


def test_a_one_section_file_reports_as_before() -> None:
    doc = vndocparse.parse_bytes(build_docx(layout(LAYOUT_NAMES[0]), good=False), filename="bad.docx")
    found = [d for d in vndocparse.validate(doc) if d.code == "VN001"]
    assert len(found) == 1 and found[0].message.startswith("page is 216")


# ------------------------------------------------------------------------- tracked changes


def test_tracked_insertions_are_read_and_deletions_dropped() -> None:
    lines = (LETTERS / "state_quyetdinh_clean.txt").read_text(encoding="utf-8").splitlines()
    first_article = next(ln for ln in lines if ln.startswith("Điều 1."))
    data = with_tracked_changes(
        build_plain_docx(lines), insert_into=first_article[:20], inserted=" CHÈN THÊM", deleted=" ĐÃ XÓA"
    )
    doc = vndocparse.parse_bytes(data, filename="tracked.docx")
    text = "\n".join(doc.source_lines)
    assert "CHÈN THÊM" in text and "ĐÃ XÓA" not in text
    assert "P023" in codes(doc)


def test_a_draft_typed_with_track_changes_on_is_not_empty() -> None:
    lines = (LETTERS / "state_quyetdinh_clean.txt").read_text(encoding="utf-8").splitlines()
    plain = vndocparse.parse_bytes(build_plain_docx(lines), filename="plain.docx")
    doc = vndocparse.parse_bytes(all_inserted(build_plain_docx(lines)), filename="draft.docx")
    assert doc.source_lines == plain.source_lines
    assert doc.number == plain.number and doc.number is not None
    assert "P023" in codes(doc) and "P023" not in codes(plain)


# ------------------------------------------------------------------------- .docm


def test_a_macro_enabled_document_is_read_and_its_macros_reported(tmp_path: Path) -> None:
    name = LAYOUT_NAMES[1]
    plain = vndocparse.parse_bytes(build_docx(layout(name)), filename="cv.docx")
    path = tmp_path / "cv.docm"
    path.write_bytes(as_docm(build_docx(layout(name))))
    doc = vndocparse.parse_file(path)
    assert doc.number == plain.number and doc.number is not None
    note = next(d for d in doc.diagnostics if d.code == "P024")
    assert "macro" in note.message and "not run" in note.message


# ------------------------------------------------------------------------- page header


def test_a_party_banner_in_the_page_header_is_read() -> None:
    lines = (LETTERS / "party_kehoach.txt").read_text(encoding="utf-8").splitlines()
    assert lines[0] == "ĐẢNG CỘNG SẢN VIỆT NAM"
    in_body = vndocparse.parse_bytes(build_plain_docx(lines), filename="body.docx")
    in_header = vndocparse.parse_bytes(build_plain_docx(lines[2:], header=lines[:2]), filename="header.docx")
    assert in_header.source_lines[0] == "ĐẢNG CỘNG SẢN VIỆT NAM"
    for key in ("family", "doc_type", "issuer", "number", "date", "subject", "signatory"):
        assert getattr(in_header, key) == getattr(in_body, key), key
    info = source_info(in_header)
    assert info is not None
    origin = info.origin(1)
    assert origin is not None and origin.story == "header"
    assert info.origin(3) is not None and info.origin(3).story is None
    assert "P026" in codes(in_header)


@pytest.mark.parametrize(("flag", "first_page_header_used"), [("1", True), ("on", True), ("true", True), ("0", False), ("off", False), ("false", False)])
def test_the_first_page_header_is_read_only_where_the_section_turns_it_on(flag: str, first_page_header_used: bool) -> None:
    # w:titlePg is an on/off value (ECMA-376 ST_OnOff): "off" turns the first page's own
    # header off, and page 1 then prints the default header.
    import docx
    from docx.oxml.ns import qn

    lines = (LETTERS / "party_kehoach.txt").read_text(encoding="utf-8").splitlines()
    built = build_plain_docx(lines[2:], header=lines[:2])
    d = docx.Document(io.BytesIO(built))
    section = d.sections[0]
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].add_run("TRANG ĐẦU RIÊNG")
    section._sectPr.find(qn("w:titlePg")).set(qn("w:val"), flag)
    out = io.BytesIO()
    d.save(out)
    doc = vndocparse.parse_bytes(out.getvalue(), filename="header.docx")
    assert doc.source_lines[0] == ("TRANG ĐẦU RIÊNG" if first_page_header_used else "ĐẢNG CỘNG SẢN VIỆT NAM")


def test_a_page_number_alone_in_the_header_adds_no_line() -> None:
    doc = vndocparse.parse_bytes(build_docx(layout(LAYOUT_NAMES[0])), filename="qd.docx")
    info = source_info(doc)
    assert info is not None and all(o.story is None for o in info.origins)
    assert "P026" not in codes(doc)
