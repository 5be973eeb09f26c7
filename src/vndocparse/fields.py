"""Field readers: the number (số, ký hiệu), the date line, titles, labels and lists.

These read the inside of one classified line, the way a small field grammar would:
each function documents the forms it accepts, strict forms first, then the lenient
ones real extraction needs (spaces around ``/`` and ``-``, a missing colon, OCR'd
"số", blank drafts).
"""

from __future__ import annotations

import datetime as _dt

import regex

from vndocparse.tables import dateline, lists, marks, numbering
from vndocparse.tables.doc_types import PARTY_CODES, STATE_CODES, TITLE_TO_TYPE
from vndocparse.text import fold, squash, tidy_item

# -- number -------------------------------------------------------------------------------
# "Số" and its OCR slips ("số", "Só", "S6", "sé": the lexicon's, matched on the folded
# text), an optional colon, then the value.
_NUMBER_HEAD = regex.compile(rf"^{numbering.LABEL}\s*[:;.,]?\s*")
# The value ends where ordinary words start (a place name, "V/v ..." glued on the line);
# spaces inside it are extraction noise ("4222 /TCT -PC").
_VALUE_TAIL = regex.compile(r"[^\w)]+$")
_NUMBER_STOP = regex.compile(r"(?<!\s)\s++(?=\p{Lu}\p{Ll}+[\s,]|\p{Lu}\p{Ll}{2,}|\p{Ll}{3,}|[Vv]\s*/\s*v\b)")
_SEQ = regex.compile(r"^\d+")
_PARTY_FORM = regex.compile(r"^\d*-[A-Za-zĐđ&]+(?:-[A-Za-zĐđ]+)*/[A-Za-zĐđ0-9&-]+")
_STATE_FORM = regex.compile(r"^\d*/")


def parse_number(text: str) -> tuple[str, int | None, str | None] | None:
    """``"Số: 15 /QĐ-UBND"`` → ``("15/QĐ-UBND", 15, "QĐ-UBND")``.

    Forms: state ``n/TYPE-ISSUER`` and công văn ``n/ISSUER-UNIT``; legal documents
    ``n/YYYY/TYPE-ISSUER``; Party ``n-TYPE/ISSUER[/unit]``. Spaces are removed; a blank
    sequence (draft) gives ``sequence=None``. The symbol is what follows the first
    "/" (state) or the first "-" (Party).
    """
    m = _NUMBER_HEAD.match(fold(text))
    rest = text[m.end():] if m else text
    stop = _NUMBER_STOP.search(rest)
    if stop:
        rest = rest[: stop.start()]
    value = _VALUE_TAIL.sub("", "".join(rest.split()))
    value = value.lstrip(":;.,")
    if not value:
        return None
    seq_m = _SEQ.match(value)
    sequence = int(seq_m.group()) if seq_m else None
    symbol: str | None = None
    slash, dash = value.find("/"), value.find("-")
    if _PARTY_FORM.match(value) and (slash == -1 or dash < slash):
        symbol = value[dash + 1 :] or None
    elif slash != -1:
        symbol = value[slash + 1 :] or None
    if sequence is not None and seq_m and seq_m.end() < len(value) and value[seq_m.end()] not in "/-":
        sequence = None  # "698BBTCHQ": the separator is lost, the number is not reliable
        if symbol is None and value[: seq_m.end()].isdigit():
            sequence = int(seq_m.group())
    return value, sequence, symbol


def _lookup(codes: dict[str, str]) -> tuple[dict[str, str], dict[str, str]]:
    """Exact (upper-cased) and folded views of a code table. Folding merges "HĐ" (hợp
    đồng) with "HD" (hướng dẫn) and "ĐA" with "DA": the exact view is tried first, and
    in the folded view (for OCR's "QD") a code written without Đ keeps its own type."""
    exact = {k.upper(): v for k, v in codes.items()}
    folded: dict[str, str] = {}
    for k, v in sorted(codes.items(), key=lambda kv: fold(kv[0]) == kv[0].lower()):
        folded[fold(k).upper()] = v  # plain-ASCII codes last, so they win
    return exact, folded


_STATE_LOOKUP = _lookup(STATE_CODES)
_PARTY_LOOKUP = _lookup(PARTY_CODES)


_SYMBOL_SEPARATOR = regex.compile(r"[-/]")


def type_from_symbol(symbol: str | None, family: str | None) -> str | None:
    """The document type from the type code of the symbol: ``QĐ-UBND`` → quyet_dinh."""
    if not symbol:
        return None
    parts = _SYMBOL_SEPARATOR.split(symbol)
    parts = [p for p in parts if p and not p.isdigit()]
    if not parts:
        return None
    # OCR and typists drop the bar of Đ ("QD-UBND"): the folded view catches those.
    exact, folded = _PARTY_LOOKUP if family == "party" else _STATE_LOOKUP
    code = parts[0]
    return exact.get(code.upper()) or folded.get(fold(code).upper())


# -- date line ------------------------------------------------------------------------------
def parse_date_line(text: str) -> tuple[str | None, str | None]:
    """``"Hà Nội, ngày 05 tháng 3 năm 2020"`` → ``("Hà Nội", "2020-03-05")``.

    The place keeps its spelling; a date whose day, month or year is blank or not
    readable (OCR) gives ``None``, as does an impossible calendar date.
    """
    folded = fold(text)
    m = dateline.LINE.match(folded)
    if not m:
        return None, None
    place = squash(text[: m.end("place")]).rstrip(" ,.") or None
    d, mo, y = (m.group(g) for g in ("d", "m", "y"))
    try:
        if not (d.isdigit() and mo.isdigit() and y[:4].isdigit()):
            return place, None
        date = _dt.date(int(y[:4]), int(mo), int(d))
    except ValueError:
        return place, None
    return place, date.isoformat()


# -- titles and subjects -------------------------------------------------------------------
def split_title(text: str) -> tuple[str, str]:
    """``"DỰ THẢO BÁO CÁO Kết quả ..."`` → ``("BÁO CÁO", "Kết quả ...")``: the type name and the rest."""
    t = squash(text).strip(" :.*#")
    f = fold(t)
    if f.startswith("du thao "):
        t, f = t[8:].lstrip(), f[8:].lstrip()
    for name in TITLE_TO_TYPE:
        if f.startswith(name):
            rest = squash(t[len(name) :])
            if " ".join(fold(rest).split()) in _TITLE_NAMES:
                return t, ""  # "THÔNG BÁO KẾT LUẬN": a type name after the type name is the title's
            return t[: len(name)], rest
    return t, ""


_TITLE_NAMES = frozenset(name for name, code in TITLE_TO_TYPE.items() if code)


def title_type(text: str) -> str | None:
    """The type code of a title line."""
    name, _ = split_title(text)
    folded = " ".join(fold(name).split())
    code = TITLE_TO_TYPE.get(folded)
    if code is None:  # "THÔNG BÁO KẾT LUẬN": the first type name
        code = next((c for n, c in TITLE_TO_TYPE.items() if folded.startswith(n + " ")), None)
    return code or None


_VV_MARK = regex.compile(r"^(?:v\s*[\\|.,]\s*v|viv|vwv|vw|v/\s*v)\b\s*[:.]?\s*", regex.IGNORECASE)


def drop_ocr_vv(subject: str) -> str:
    """Drop an OCR'd "V/v" marker ("Viv", "VWv", "V.v"); a real "V/v" stays as written."""
    if subject[:3] in ("V/v", "V/V") or subject[:7].lower() == "về việc":
        return subject
    m = _VV_MARK.match(subject)
    return subject[m.end() :] if m else subject


_LABEL = regex.compile(r"^[^:]{0,40}?:\s*")


_KINH_GUI_WORDS = regex.compile(r"^[\W]*\S{2,5}\s+g\S{1,3}(?:\s*:)?\s*", regex.IGNORECASE)


def after_label(text: str) -> str:
    """``"Kính gửi: Bộ Nội vụ"`` → ``"Bộ Nội vụ"``; ``"- Kính gửi:"`` → ``""``.

    Without a colon, the label's two words are dropped ("Kính gửi Sở Tài chính").
    """
    m = _LABEL.match(text)
    if m:
        return text[m.end():].strip()
    m = _KINH_GUI_WORDS.match(text)
    if m and fold(text[: m.end()]).split()[-1].rstrip(":") in ("gui", "trinh"):
        return text[m.end():].strip()
    return ""


_FLAT_ITEM = regex.compile(rf"(?<=[;,.)])\s*{lists.FLAT_BULLET}\s+(?=\S)")


def split_flat_list(text: str) -> list[str]:
    """``"Bộ A; - Bộ B; - Bộ C."`` (a list flattened onto one line) → its items."""
    # A cut needs a bullet after some other character: none past the first, no cut.
    rest = text[1:]
    if not ("-" in rest or "–" in rest or "+" in rest or "•" in rest):
        return [text] if text.strip() else []
    return [p for p in _FLAT_ITEM.split(text) if p.strip()]


# After the item's last ";" / ")" / ". ": a short tail is a speck of a stamp or a scan.
_JUNK_TAIL = regex.compile(r"(?:(?<=[;)])|(?<=\.)(?=\s))[^;)]{0,12}$")
_WORD = regex.compile(r"\p{L}{4}|\(\p{L}")
# A tail of units' abbreviations in capitals is text, however short ("VPUB: CVP, PCVP;
# TH, ĐT", "Lưu: VT; KH"): two to six capitals each, parted by commas.
_ABBREVIATIONS = regex.compile(r"\W*\p{Lu}[\p{Lu}\d&]{1,5}(?:\s*,\s*\p{Lu}[\p{Lu}\d&]{1,5})*\W*")


def is_speck_tail(tail: str) -> bool:
    """A short tail after an entry's last ";", ")" or "." (`_JUNK_TAIL`) that is a speck of
    a stamp or a scan: no word of four letters, and not a list of abbreviations."""
    return bool(tail.strip()) and not _WORD.search(tail) and not _ABBREVIATIONS.fullmatch(tail)
# The last character of an item that no match of _TRAILING_SPECKS can end with.
_WORD_END = regex.compile(r"[\w\]]")
# Each alternative starts only where its run starts, and takes the run possessively.
_TRAILING_SPECKS = regex.compile(r"(?<![^\w)\]])[^\w)\]]++$|(?<=\))[^\w\s()]++\s*+\([^\p{L})]*+\)$")
# Not part of an entry: a signed mark or a web address that extraction put beside it.
_NOT_ENTRY = regex.compile(rf"(?<!\s)\s*+(?:{marks.SIGNED_BRACKETED}|https?://\S+)", regex.IGNORECASE)


def list_item(text: str) -> str:
    """A recipient or distribution entry: bullets, trailing punctuation and OCR specks removed.

    After the item's last ``;``, ``.`` or ``)``, a short tail without any word of three
    letters ("; =e eee", ". £", "), ⁄") is a speck of a stamp or a scan, not text.
    """
    # Each pattern runs only where it can match (its look-behinds make a search costly):
    # _NOT_ENTRY needs a bracket or "://"; _JUNK_TAIL starts within 13 characters of
    # the end; _TRAILING_SPECKS ends in ")" or a character that is neither a word
    # character nor "]".
    if "(" in text or "[" in text or "://" in text:
        text = _NOT_ENTRY.sub("", text)
    item = tidy_item(text)
    # (Every match of _JUNK_TAIL follows a ";", ")" or "." at most 15 from the end.)
    tail = item[-15:]
    m = _JUNK_TAIL.search(item, max(0, len(item) - 14)) if ";" in tail or ")" in tail or "." in tail else None
    if m and is_speck_tail(m.group()):
        item = tidy_item(item[: m.start()])
    if item and (item[-1] == ")" or not _WORD_END.match(item, len(item) - 1)):
        item = _TRAILING_SPECKS.sub("", item)
    return tidy_item(item)


__all__ = [
    "after_label",
    "list_item",
    "parse_date_line",
    "parse_number",
    "split_title",
    "title_type",
    "type_from_symbol",
]
