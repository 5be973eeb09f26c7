"""Structure-aware mutations of DOCX, PDF and HTML files, for the atheris targets
(`fuzz/fuzz_readers.py`) and the Hypothesis properties (tests/test_fuzz_readers.py).

A byte-level mutation of a DOCX almost always breaks the zip and stops at the first
check; these mutate *inside* the structure, so that the inputs reach the readers:

* DOCX — one zip entry changed (its XML: an element dropped, doubled, moved into
  another or its text changed; or its bytes mutated), an entry dropped, renamed or
  added, the entries' order shuffled;
* PDF — one object's body changed (a reference redirected, a number changed, bytes
  mutated), an object doubled or dropped, the cross-reference table kept or dropped;
* HTML — a tag or text run dropped, doubled, nested in a table, or mutated.

Each mutation takes ``bytes_mutator(data, max_size) -> bytes`` for the byte-level step
(libFuzzer's ``atheris.Mutate`` in the fuzzer, a seeded flip in the tests) and a
`random.Random`.

The seeds are the project's own test letters laid out as DOCX, PDF and HTML
(tests/data/formats).
"""

from __future__ import annotations

import io
import random
import re
import sys
import warnings
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BytesMutator = Callable[[bytes, int], bytes]


def flip_bytes(rng: random.Random) -> BytesMutator:
    """A byte-level mutator without libFuzzer: a few bytes changed, cut or repeated."""

    def mutate(data: bytes, max_size: int) -> bytes:
        out = bytearray(data)
        for _ in range(rng.randint(1, 4)):
            choice = rng.randrange(4)
            if not out:
                out += bytes([rng.randrange(256)])
            elif choice == 0:
                out[rng.randrange(len(out))] = rng.randrange(256)
            elif choice == 1:
                at = rng.randrange(len(out))
                del out[at : at + rng.randint(1, 8)]
            elif choice == 2:
                at = rng.randrange(len(out))
                out[at:at] = out[at : at + rng.randint(1, 16)] * rng.randint(1, 4)
            else:
                at = rng.randrange(len(out) + 1)
                out[at:at] = rng.choice([b"<", b">", b"</", b"&#", b"\x00", b"\xff", b"R", b" 0 R", b"<!--", b"\t"])
        return bytes(out[:max_size])

    return mutate


# --------------------------------------------------------------------------- seeds


def seeds(fmt: str) -> list[bytes]:
    """The project's test letters as ``fmt`` files (needs python-docx for DOCX)."""
    sys.path.insert(0, str(ROOT / "tests" / "data" / "formats"))
    sys.path.insert(0, str(ROOT / "tests"))
    import hostile_cases
    from layouts import (
        LAYOUT_NAMES,
        build_docx,
        build_html,
        build_plain_docx,
        layout,
        with_tracked_changes,
    )

    if fmt == "pdf":
        out = [p.read_bytes() for p in sorted((ROOT / "tests" / "data" / "formats").glob("*.pdf"))]
        out.append(hostile_cases.pdf_xobject_fanout(3)[0])
        out.append(hostile_cases.pdf_flate_bomb(0)[0])
        return out
    if fmt == "html":
        out = [build_html(layout(name)).encode() for name in LAYOUT_NAMES]
        out.append(hostile_cases.html_nested_tables(5)[0])
        return out
    letters = ROOT / "tests" / "data" / "letters"
    kehoach = (letters / "party_kehoach.txt").read_text(encoding="utf-8").splitlines()
    out = [build_docx(layout(name)) for name in LAYOUT_NAMES]
    out.append(build_plain_docx(kehoach[2:], header=kehoach[:2]))
    out.append(with_tracked_changes(build_plain_docx(kehoach[:20]), insert_into="Thực hiện", inserted=" x", deleted=" y"))
    out.append(hostile_cases.docx_styles(3)[0])
    return out


# --------------------------------------------------------------------------- XML / HTML

_ELEMENT = re.compile(rb"<(w:p|w:r|w:tbl|w:tr|w:tc|w:t|w:ins|w:del|w:sectPr|w:hdr|w:style)\b[^>]*>.*?</\1>", re.DOTALL)
_TAG = re.compile(rb"<[^<>]{0,200}>")
_TEXT = re.compile(rb">([^<>]{1,200})<")


def mutate_xml(xml: bytes, rng: random.Random, bytes_mutator: BytesMutator) -> bytes:
    """One element dropped, doubled or moved; a text changed; or the bytes mutated."""
    spans = [m.span() for m in _ELEMENT.finditer(xml)] if len(xml) < 2_000_000 else []
    choice = rng.randrange(6)
    if spans and choice <= 2:
        a, b = rng.choice(spans)
        if choice == 0:
            return xml[:a] + xml[b:]
        if choice == 1:
            return xml[:b] + xml[a:b] * rng.randint(1, 3) + xml[b:]
        c, d = rng.choice(spans)  # another element copied inside this one
        close = xml.find(b">", a) + 1
        return xml[:close] + xml[c:d] + xml[close:]
    texts = list(_TEXT.finditer(xml))
    if texts and choice == 3:
        m = rng.choice(texts)
        return xml[: m.start(1)] + bytes_mutator(m.group(1), 400) + xml[m.end(1) :]
    return bytes_mutator(xml, len(xml) + 256)


def mutate_html(page: bytes, rng: random.Random, bytes_mutator: BytesMutator) -> bytes:
    """A tag or text run dropped, doubled, wrapped in a table, or mutated."""
    tokens = [m.span() for m in _TAG.finditer(page)]
    if not tokens or rng.randrange(5) == 0:
        return bytes_mutator(page, len(page) + 256)
    a, b = rng.choice(tokens)
    choice = rng.randrange(4)
    if choice == 0:
        return page[:a] + page[b:]
    if choice == 1:
        return page[:b] + page[a:b] * rng.randint(2, 20) + page[b:]
    if choice == 2:
        return page[:a] + b"<table><tr><td>" * rng.randint(1, 5) + page[a:]
    return page[:a] + bytes_mutator(page[a:b], 512) + page[b:]


# --------------------------------------------------------------------------- DOCX


def mutate_docx(data: bytes, rng: random.Random, bytes_mutator: BytesMutator) -> bytes:
    """One zip entry mutated, dropped, renamed or added; or the order shuffled."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            entries = [(i.filename, zf.read(i)) for i in zf.infolist()[:200]]
    except Exception:  # noqa: BLE001  (a broken zip: mutate its bytes)
        return bytes_mutator(data, len(data) + 256)
    if not entries:
        return bytes_mutator(data, len(data) + 256)
    choice = rng.randrange(10)
    i = rng.randrange(len(entries))
    name, body = entries[i]
    if choice <= 5:
        if name.endswith("document.xml") or rng.random() < 0.5:
            i = next((k for k, (n, _) in enumerate(entries) if n.endswith("document.xml")), i)
            name, body = entries[i]
        entries[i] = (name, mutate_xml(body, rng, bytes_mutator))
    elif choice == 6:
        del entries[i]
    elif choice == 7:
        entries[i] = (rng.choice(["word/main.dat", "word/document2.xml", "Word/Document.xml", name + ".bak"]), body)
    elif choice == 8:
        extra = rng.choice(
            [
                ("word/vbaProject.bin", b"\xd0\xcf\x11\xe0"),
                ("word/header9.xml", b'<?xml version="1.0"?><w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:r><w:t>x</w:t></w:r></w:p></w:hdr>'),
                ("customXml/item1.xml", "<?xml version='1.0' encoding='UTF-16'?><a/>".encode("utf-16")),
            ]
        )
        entries.append(extra)
    else:
        rng.shuffle(entries)
    out = io.BytesIO()
    with warnings.catch_warnings(), zipfile.ZipFile(out, "w", rng.choice([zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED])) as zw:
        warnings.simplefilter("ignore")  # a duplicate entry name is a mutation like another
        for n, b in entries:
            zw.writestr(n, b)
    return out.getvalue()


# --------------------------------------------------------------------------- PDF

_OBJECT = re.compile(rb"(\d+) (\d+) obj\b(.*?)\bendobj", re.DOTALL)
_REF = re.compile(rb"(\d+) (\d+) R\b")
_NUMBER = re.compile(rb"(?<![\d.])-?\d+(?:\.\d+)?")


def mutate_pdf(data: bytes, rng: random.Random, bytes_mutator: BytesMutator) -> bytes:
    """One object's body changed (a reference redirected, a number changed, its bytes
    mutated), an object doubled or dropped, or the cross-reference table dropped."""
    objects = list(_OBJECT.finditer(data)) if len(data) < 4_000_000 else []
    if not objects or rng.randrange(8) == 0:
        return bytes_mutator(data, len(data) + 256)
    m = rng.choice(objects)
    body = m.group(3)
    choice = rng.randrange(6)
    if choice == 0 and _REF.search(body):
        refs = list(_REF.finditer(body))
        r = rng.choice(refs)
        target = rng.choice(objects).group(1)
        body = body[: r.start(1)] + target + body[r.end(1) :]
    elif choice == 1 and _NUMBER.search(body[:4000]):
        nums = list(_NUMBER.finditer(body[:4000]))
        n = rng.choice(nums)
        value = rng.choice([b"0", b"-1", b"1", b"99999999", b"3.5", b"2147483648", n.group() * 2])
        body = body[: n.start()] + value + body[n.end() :]
    elif choice == 2:
        return data[: m.end()] + b"\n" + data[m.start() : m.end()] + data[m.end() :]
    elif choice == 3:
        return data[: m.start()] + data[m.end() :]
    elif choice == 4:
        cut = data.rfind(b"xref")
        return data[:cut] if cut > 0 else data
    else:
        body = bytes_mutator(body, len(body) + 256)
    return data[: m.start(3)] + body + data[m.end(3) :]


MUTATORS = {"docx": mutate_docx, "pdf": mutate_pdf, "html": mutate_html}

__all__ = ["MUTATORS", "flip_bytes", "mutate_docx", "mutate_html", "mutate_pdf", "mutate_xml", "seeds"]
