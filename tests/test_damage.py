"""Damage that real extraction does to a document leaves its fields as they were.

Each test letter (``tests/data/letters``) is read once as written and once after one
kind of damage seen in PDF, Word and OCR output: page numbers and e-signature stamps
dropped between its lines, other line endings, stray and odd spaces, markdown a
converter left (bold markers inside words too), the columns of the header and the
footer as a table, one row per line or one cell per line with its text wrapped
mid-phrase, no blank lines at all, decomposed (NFD) text, the two columns of its
header and footer rows parted by tabs instead of spaces, long lines hard-wrapped as PDF
text keeps them and its pages broken mid-paragraph, tone marks misread by OCR, the
other tone placement (hoà/hòa, uỷ/ủy). The fields of the contract must come out the
same (a metamorphic test: no expected file is needed, and a letter added to the folder
is covered too).
"""

from __future__ import annotations

import random
import re
import textwrap
import unicodedata
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import vndocparse
from vndocparse.text import fold

LETTERS = sorted((Path(__file__).resolve().parent / "data" / "letters").glob("*.txt"))


def _fields(text: str, *, folded: bool = False) -> dict[str, str]:
    """The contract's fields, each as one comparable string."""
    doc = vndocparse.parse(text).model_dump(mode="json")
    out = {}
    for key in ("family", "doc_type", "issuer", "number", "place", "date", "subject", "recipients",
                "directives", "signatory", "distribution", "urgency", "secrecy", "references"):  # fmt: skip
        value: Any = doc[key]
        if key == "number" and value:
            value = value["value"]
        elif key == "issuer" and value:
            value = (value["name"], value["parent"])
        elif key == "signatory" and value:
            value = (value["authority"], value["position"], value["name"])
        elif key == "references":
            value = sorted((r["number"], r["date"]) for r in value)
        elif key == "directives":
            value = _directives(value)
        s = " ".join(repr(value).split())
        out[key] = fold(s) if folded else s
    return out


def _directives(items: list[dict[str, Any]]) -> list[Any]:
    return [(d["label"], d["text"], _directives(d["children"])) for d in items]


def _every_nth_blank(text: str, insert: Callable[[int], str], every: int = 9) -> str:
    """``insert(k)`` after every ``every``-th blank line of the body (not the first lines)."""
    out, k, blanks = [], 2, 0
    lines = text.split("\n")
    for i, line in enumerate(lines):
        out.append(line)
        if not line.strip() and 10 < i < len(lines) - 12:
            blanks += 1
            if blanks % every == 0:
                out.append(insert(k))
                k += 1
    return "\n".join(out)


_OLD_TONES = [("òa", "oà"), ("óa", "oá"), ("ỏa", "oả"), ("õa", "oã"), ("ọa", "oạ"), ("ùy", "uỳ"), ("úy", "uý"),
              ("ủy", "uỷ"), ("ũy", "uỹ"), ("ụy", "uỵ"), ("ÒA", "OÀ"), ("ÓA", "OÁ"), ("ỦY", "UỶ"), ("ÚY", "UÝ")]  # fmt: skip


def _tones(text: str, old: bool) -> str:
    for new_form, old_form in _OLD_TONES:
        text = text.replace(new_form, old_form) if old else text.replace(old_form, new_form)
    return text


def _bold_capitals(text: str) -> str:
    """Lines in capitals (the header, titles, the signer's title) in markdown bold."""
    return "\n".join(
        f"**{line.strip()}**" if line.strip().isupper() and "|" not in line and "*" not in line else line
        for line in text.split("\n")
    )


_LONG_WORD = re.compile(r"\w{4,}")


def _bold_inside_words(text: str) -> str:
    """Bold capitals as a converter leaves them when the formatting changes inside a word
    ("**BỘ C****ÔNG THƯƠNG**"), and the date line in italics with a bold run inside
    "ngày" ("*Hà Nội, ng**ày 05 tháng 3 năm 2024*")."""
    out = []
    for line in text.split("\n"):
        core = line.strip()
        if core.isupper() and "|" not in core and "*" not in core:
            m = _LONG_WORD.search(core)
            if m:
                core = core[: m.start() + 1] + "****" + core[m.start() + 1 :]
            line = f"**{core}**"
        elif re.search(r"\w, ngày \d", core) and "|" not in core and "*" not in core:
            line = "*" + core.replace(", ngày", ", ng**ày", 1) + "*"
        out.append(line)
    return "\n".join(out)


# A gap between two columns: not the blanks of a draft ("Số:      /QĐ", "ngày      tháng"),
# nor the tab after a numbering label ("Điều 1.<tab>...", "a)<tab>...").
_COLUMN_GAP = re.compile(
    r"(?<=\S)(?<!Số:)(?<!ngày)(?<!tháng)(?<!^Điều \d\.)(?<!^\d\.)(?<!^[a-zđ]\))(?: {3,}|\t+)(?=[^\s/])(?!tháng|năm)"
)


def _columns_of(block: list[str]) -> tuple[list[str], list[str]]:
    """The left and right column of lines laid out side by side (a gutter between them;
    a line with no gutter goes to the column it starts in)."""
    starts = []
    for line in block:
        m = _COLUMN_GAP.search(line)
        if m:
            starts.append(m.end())
    split = min(starts)
    left: list[str] = []
    right: list[str] = []
    for line in block:
        m = _COLUMN_GAP.search(line)
        if m:
            left.append(line[: m.start()].strip())
            right.append(line[m.end() :].strip())
        elif len(line) - len(line.lstrip()) >= split - 2:
            right.append(line.strip())
        else:
            left.append(line.strip())
    return [x for x in left if x], [x for x in right if x]


_PERSON = re.compile(r"^(?:[A-ZĐ]\w*\s){1,4}[A-ZĐ]\w*$")


def _cell_lines(line: str, width: int) -> list[str]:
    """One line of a cell as a converter wraps it to the cell's width: capitals and the
    signer's name in one bold run and the date line in one italic run over the wrapped
    lines."""
    wrapped = textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False) or [line]
    mark = "**" if line.isupper() or _PERSON.match(line) else "*" if ", ngày" in line else ""
    if mark and "*" not in line:
        wrapped = [mark + wrapped[0], *wrapped[1:]]
        wrapped[-1] += mark
    return wrapped


def _cells_one_per_line(text: str, width: int = 16) -> str:
    """The rows laid out in two columns (header, footer) as a web page converted to
    markdown gives its table: one cell per line, a lone "|" line between two cells,
    each cell's text wrapped at ``width`` characters, mid-phrase."""
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        if not (_COLUMN_GAP.search(lines[i]) and "|" not in lines[i]):
            out.append(lines[i])
            i += 1
            continue
        # A table: the rows in columns, and the short lines among them (a column's line
        # with nothing beside it), up to a blank line, a long line or a title.
        j = i
        while j < len(lines) and lines[j].strip() and "|" not in lines[j] and not _TITLE_ALONE.match(lines[j]):
            if not _COLUMN_GAP.search(lines[j]) and len(lines[j].strip()) > 45:
                break
            j += 1
        left, right = _columns_of(lines[i:j])
        out.append("|")
        for cell in (left, right):
            out += [w for line in cell for w in _cell_lines(line, width)]
            out.append("|")
        i = j
    return "\n".join(out)


_TITLE_ALONE = re.compile(r"^\s*(?:QUYẾT ĐỊNH|THÔNG BÁO|GIẤY MỜI|TỜ TRÌNH|KẾ HOẠCH|BÁO CÁO|NGHỊ QUYẾT|HƯỚNG DẪN|CÔNG ĐIỆN)\s*$")


def _rows_as_pipe_tables(text: str) -> str:
    """Each row laid out in columns as a markdown table row, "| left | right |" (the
    form a DOCX table takes)."""
    return "\n".join(
        "| " + " | ".join(_COLUMN_GAP.split(line.strip())) + " |" if _COLUMN_GAP.search(line) and "|" not in line else line
        for line in text.split("\n")
    )


_HEADINGS = re.compile(r"CỘNG HÒA|CỘNG HOÀ|ĐẢNG CỘNG SẢN|Độc lập", re.IGNORECASE)


def _hard_wraps(text: str, width: int) -> str:
    """Long lines broken at the last space before ``width``, as PDF text keeps the page's
    lines. Lines in columns (gutters, tabs, cells, indentation) and a header flattened
    onto one line come from other extractors and are left whole."""
    out: list[str] = []
    for line in text.split("\n"):
        if (
            len(line) <= width
            or len(line) > 800
            or line[:1].isspace()
            or "|" in line
            or "\t" in line
            or "<" in line
            or re.search(r"\S {3,}\S", line)
            or _HEADINGS.search(line)
        ):
            out.append(line)
        else:
            out += textwrap.wrap(line, width, break_long_words=False, break_on_hyphens=False)
    return "\n".join(out)


_TONES = ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")  # none, huyền, sắc, ngã, hỏi, nặng


def _tone_slips(text: str) -> str:
    """One accented letter in ten with its tone mark misread (seeded), as OCR does."""
    rng = random.Random(len(text))
    out = []
    for ch in text:
        marks = unicodedata.normalize("NFD", ch)
        if len(marks) > 1 and rng.random() < 0.1:
            kept = "".join(m for m in marks[1:] if m not in _TONES)
            ch = unicodedata.normalize("NFC", marks[0] + kept + rng.choice(_TONES))
        out.append(ch)
    return "".join(out)


def _page_break_inside(text: str, mark: str, every: int) -> str:
    """The text hard-wrapped, and a page break (``mark``) between two lines of a
    paragraph every ``every`` lines: PDF pages break mid-sentence."""
    lines = _hard_wraps(text, 72).split("\n")
    out: list[str] = []
    for i, line in enumerate(lines):
        out.append(line)
        if 12 < i < len(lines) - 10 and i % every == 0 and line.strip() and lines[i + 1].strip():
            out.append(mark.format(page=i // every + 1))
    return "\n".join(out)


_BLANK_LINES = re.compile(r"\n[ \t]*\n+")  # PDF text often has no blank line at all
_GUTTER = re.compile(r"(?<=\S) {3,}(?=\S)")
_STAMP = "Ký bởi: Văn phòng Ủy ban nhân dân tỉnh\nEmail: vanphong@example.gov.vn\nThời gian ký: 12.03.2025 09:14:22 +07:00\n"

# name → (damage, compare folded)
DAMAGE: dict[str, tuple[Callable[[str], str], bool]] = {
    "page numbers": (lambda t: _every_nth_blank(t, lambda k: f"{k}\n"), False),
    "page numbers with dashes": (lambda t: _every_nth_blank(t, lambda k: f"- {k} -\n", every=5), False),
    "page break marks": (lambda t: _every_nth_blank(t, lambda k: f"Trang {k}/9\n", every=7), False),
    "stamp on top": (lambda t: _STAMP + t, False),
    "stamp at the end": (lambda t: t.rstrip("\n") + "\n\n" + _STAMP, False),
    "CRLF": (lambda t: t.replace("\n", "\r\n"), False),
    "CR": (lambda t: t.replace("\n", "\r"), False),
    "trailing spaces": (lambda t: "\n".join(line + "  " if line else line for line in t.split("\n")), False),
    "indented lines": (lambda t: "\n".join("    " + line if line.strip() else line for line in t.split("\n")), False),
    "NBSP after labels": (lambda t: t.replace("Số: ", "Số:\u00a0").replace("gửi: ", "gửi:\u00a0"), False),
    "zero-width spaces": (lambda t: t.replace("Nơi nhận", "\u200bNơi nhận").replace("Kính", "\ufeffKính"), False),
    "doubled blank lines": (lambda t: t.replace("\n\n", "\n\n\n"), False),
    "no blank lines": (lambda t: _BLANK_LINES.sub("\n", t), False),
    "no blank lines, hard wraps at 72": (lambda t: _BLANK_LINES.sub("\n", _hard_wraps(t, 72)), False),
    "bold capitals": (lambda t: _bold_capitals(t), False),
    "bold markers inside words": (_bold_inside_words, False),
    "table cells one per line, wrapped": (_cells_one_per_line, False),
    "table cells one per line, wrapped narrow": (lambda t: _cells_one_per_line(t, 13), False),
    "rows as pipe tables": (_rows_as_pipe_tables, False),
    "escaped bullets": (lambda t: "\n".join("\\" + line if line.startswith("- ") else line for line in t.split("\n")), False),
    "NFD": (lambda t: unicodedata.normalize("NFD", t), False),
    "gutters as one tab": (lambda t: _GUTTER.sub("\t", t), False),
    "gutters as two tabs": (lambda t: _GUTTER.sub("\t\t", t), False),
    "gutters as space, tab, space": (lambda t: _GUTTER.sub(" \t ", t), False),
    "hard wraps at 60 characters": (lambda t: _hard_wraps(t, 60), False),
    "hard wraps at 72 characters": (lambda t: _hard_wraps(t, 72), False),
    "hard wraps at 90 characters": (lambda t: _hard_wraps(t, 90), False),
    "tone marks misread": (_tone_slips, True),
    "page number inside a paragraph": (lambda t: _page_break_inside(t, "{page}", 7), False),
    "page break with blank lines inside a paragraph": (lambda t: _page_break_inside(t, "\n- {page} -\n", 9), False),
    "stamp inside a paragraph": (lambda t: _page_break_inside(t, _STAMP.rstrip("\n"), 11), False),
    "old tone placement": (lambda t: _tones(t, old=True), True),
    "new tone placement": (lambda t: _tones(t, old=False), True),
}


@pytest.mark.parametrize("name", DAMAGE)
def test_damage_leaves_the_fields(name: str) -> None:
    damage, folded = DAMAGE[name]
    changed = []
    for letter in LETTERS:
        text = letter.read_text(encoding="utf-8")
        damaged = damage(text)
        before, after = _fields(text, folded=folded), _fields(damaged, folded=folded)
        changed += [(letter.stem, key, before[key], after[key]) for key in before if before[key] != after[key]]
    assert changed == []


def test_the_damage_reaches_the_letters() -> None:
    """Each kind of damage changes several letters (a damage that changes nothing tests nothing)."""
    for name, (damage, _) in DAMAGE.items():
        touched = sum(damage(p.read_text(encoding="utf-8")) != p.read_text(encoding="utf-8") for p in LETTERS)
        assert touched >= 3, (name, touched)
