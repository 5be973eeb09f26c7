"""Builders of the hostile inputs of issue 16, sized by ``n``: used by the ratio tests
(tests/test_hostile_readers.py, at 1× and 10×) and by benchmarks/bench_hostile.py (time
and peak memory per input byte at full size).

Each builder returns ``(bytes, filename)`` for `vndocparse.parse_bytes`.
"""

from __future__ import annotations

import io
import zipfile
import zlib


def gutter_line(n: int) -> tuple[bytes, str]:
    """One line of tabs and gutter-wide spaces (segment's gutter test sliced the line
    for every gutter)."""
    return ("Nội dung" + "\t    x" * n + "\n").encode(), "gutters.txt"


def gutter_lines_bold(n: int) -> tuple[bytes, str]:
    """Two such lines, a bold run opened on the first: the page stage looks for the
    piece under each piece (it scanned the whole next line for each)."""
    return (("**Nội dung" + "\t    x" * n + "\n") * 2).encode(), "gutters2.txt"


def html_nested_tables(n: int) -> tuple[bytes, str]:
    """``<table><tr><td>x`` nested ``n`` deep, never closed."""
    return ("<html><body>" + "<table><tr><td>x" * n).encode(), "nested.html"


def html_end_tag_openers(n: int) -> tuple[bytes, str]:
    """Text full of ``</`` that never closes a tag (the standard parser searched the rest
    of the text for ``>`` at each one)."""
    return ("<html><body><p>" + "a</ " * n).encode(), "lt.html"


def html_unclosed_comments(n: int) -> tuple[bytes, str]:
    """Text full of ``<!--`` that no ``-->`` closes."""
    return b"<p>" + b"x<!-- " * n, "comments.html"


def html_unclosed_start_tags(n: int) -> tuple[bytes, str]:
    """Text full of ``<a`` that no ``>`` closes."""
    return b"<p>x" + b"<a " * n, "tags.html"


def html_attributes(n: int) -> tuple[bytes, str]:
    """One tag with ``n`` attributes."""
    attrs = " ".join(f"a{i}=1" for i in range(n))
    return f"<html><body><p {attrs}>Nội dung</p></body></html>".encode(), "attrs.html"


def short_lines(n: int) -> tuple[bytes, str]:
    """``n`` lines of one letter."""
    return b"a\n" * n, "lines.txt"


def zip_of(entries: dict[str, bytes]) -> bytes:
    """A zip (deflated) of ``entries``, in order."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, body in entries.items():
            zf.writestr(name, body)
    return out.getvalue()


def _docx_package(document_xml: bytes, styles_xml: bytes) -> bytes:
    ct = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        b'<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        b'<Default Extension="xml" ContentType="application/xml"/>'
        b'<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
        b'<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>'
        b"</Types>"
    )
    rels = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>'
        b"</Relationships>"
    )
    doc_rels = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>'
        b"</Relationships>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", ct)
        zf.writestr("_rels/.rels", rels)
        zf.writestr("word/_rels/document.xml.rels", doc_rels)
        zf.writestr("word/document.xml", document_xml)
        zf.writestr("word/styles.xml", styles_xml)
    return out.getvalue()


_W_NS = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _styles(count: int) -> bytes:
    styles = b"".join(
        b'<w:style w:type="paragraph" w:styleId="S%d"><w:name w:val="Style %d"/><w:basedOn w:val="Normal"/></w:style>' % (i, i)
        for i in range(count)
    )
    return (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ' + _W_NS + b">"
        b'<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/>'
        b'<w:rPr><w:rFonts w:ascii="Times New Roman" w:hAnsi="Times New Roman"/><w:sz w:val="28"/></w:rPr></w:style>'
        b'<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>'
        + styles
        + b"</w:styles>"
    )


def _paragraphs(count: int, *, styled: bool) -> bytes:
    para = (
        b'<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr><w:r><w:rPr><w:rStyle w:val="Strong"/></w:rPr>'
        b"<w:t>N\xe1\xbb\x99i dung </w:t></w:r><w:r><w:t>%d</w:t></w:r></w:p>"
        if styled
        else b"<w:p><w:r><w:t>N\xe1\xbb\x99i dung %d</w:t></w:r></w:p>"
    )
    body = b"".join(para % i for i in range(count))
    return (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ' + _W_NS + b"><w:body>"
        + body
        + b'<w:sectPr><w:pgSz w:w="11906" w:h="16838"/></w:sectPr></w:body></w:document>'
    )


def docx_styles(n: int) -> tuple[bytes, str]:
    """``n`` paragraphs with a character style, and 5 ``n`` unused paragraph styles."""
    return _docx_package(_paragraphs(n, styled=True), _styles(5 * n)), "styles.docx"


def docx_paragraphs(n: int) -> tuple[bytes, str]:
    """``n`` plain paragraphs."""
    return _docx_package(_paragraphs(n, styled=False), _styles(0)), "paragraphs.docx"


def docx_lying_sizes(n: int, declared: int = 1024) -> tuple[bytes, str]:
    """A DOCX whose ``word/document.xml`` inflates to ``n`` MB though its zip directory
    says ``declared`` bytes (``zipfile`` inflated the whole stream before checking the size)."""
    data = _docx_package(_paragraphs(1, styled=False), _styles(0))
    big = zlib.compressobj(9, zlib.DEFLATED, -15)
    stream = big.compress(b"<w:p/>" * (n * 1024 * 1024 // 6)) + big.flush()
    return _replace_stream(data, "word/document.xml", stream, declared=declared), "lying.docx"


def _replace_stream(data: bytes, name: str, stream: bytes, *, declared: int) -> bytes:
    """The zip with entry ``name``'s deflate stream replaced, its sizes declared as
    ``declared`` (uncompressed) in both headers."""
    import struct

    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as zin:
        entries = [(i, zin.read(i)) for i in zin.infolist()]
    central = b""
    for info, body in entries:
        if info.filename == name:
            comp, crc = stream, 0
            size = declared
        else:
            c = zlib.compressobj(6, zlib.DEFLATED, -15)
            comp = c.compress(body) + c.flush()
            crc, size = zlib.crc32(body), len(body)
        offset = out.tell()
        fname = info.filename.encode()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, 20, 0, 8, 0, 0, crc, len(comp), size, len(fname), 0) + fname + comp)
        central += struct.pack(
            "<IHHHHHHIIIHHHHHII", 0x02014B50, 20, 20, 0, 8, 0, 0, crc, len(comp), size, len(fname), 0, 0, 0, 0, 0, offset
        ) + fname
    start = out.tell()
    out.write(central)
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(entries), len(entries), len(central), start, 0))
    return out.getvalue()


def pdf_flate_bomb(n: int) -> tuple[bytes, str]:
    """A one-page PDF whose content stream inflates to ``n`` MB."""
    content = b"BT /F1 12 Tf 72 720 Td (x) Tj ET\n" + b" " * (n * 1024 * 1024)
    stream = zlib.compress(content, 9)
    return _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            (
                b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                b"/Resources << /Font << /F1 5 0 R >> >> >>"
            ),
            b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
    ), "bomb.pdf"


def pdf_contents_loop() -> tuple[bytes, str]:
    """A page whose ``/Contents`` reference loops (6 → 7 → 6): pdfminer never returns."""
    return _pdf(
        [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 6 0 R >>",
            b"null",
            b"null",
            b"7 0 R",
            b"6 0 R",
        ]
    ), "loop.pdf"


def pdf_xobject_fanout(levels: int) -> tuple[bytes, str]:
    """Form XObjects each drawing the next level twice: 2^levels glyphs from a tiny file."""
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        (
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> /XObject << /X 6 0 R >> >> >>"
        ),
    ]
    page = b"/X Do"
    objs.append(b"<< /Length %d >>\nstream\n" % len(page) + page + b"\nendstream")
    objs.append(b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>")
    for level in range(levels):
        num = 6 + level
        if level == levels - 1:
            body = b"BT /F1 12 Tf 72 720 Td (x) Tj ET"
            res = b"<< /Font << /F1 5 0 R >> >>"
        else:
            body = b"/X Do /X Do"
            res = b"<< /Font << /F1 5 0 R >> /XObject << /X %d 0 R >> >>" % (num + 1)
        objs.append(
            b"<< /Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources " + res + b" /Length %d >>\nstream\n" % len(body)
            + body
            + b"\nendstream"
        )
    return _pdf(objs), "fanout.pdf"


def _pdf(objects: list[bytes]) -> bytes:
    out = b"%PDF-1.4\n"
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return out


__all__ = [
    "docx_lying_sizes",
    "docx_paragraphs",
    "docx_styles",
    "gutter_line",
    "gutter_lines_bold",
    "html_attributes",
    "html_end_tag_openers",
    "html_nested_tables",
    "html_unclosed_comments",
    "html_unclosed_start_tags",
    "pdf_contents_loop",
    "pdf_flate_bomb",
    "pdf_xobject_fanout",
    "short_lines",
    "zip_of",
]
