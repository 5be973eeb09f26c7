"""Reading the signature block (ô 7) and the issuer block (ô 2) into their fields."""

from __future__ import annotations

import regex

from vndocparse.tables.authority import (
    DEGREES,
    DEPUTY_OPENERS,
    HEAD_TITLES,
    PREFIX_PATTERN,
    RANKS,
    TITLE_PATTERN,
    prefix_kind,
)
from vndocparse.tables.organs import BARE_ORGAN_WORDS, ORGAN_HEADS, TITLE_NAMED_BODIES
from vndocparse.text import fold, squash

_PREFIX = regex.compile(rf"^(?P<p>{PREFIX_PATTERN}|Q)(?!\p{{L}})\s*[.:,]?\s*")
# Trailing person's name glued to an authority line: mixed-case words at the end.
_TRAIL_NAME = regex.compile(r"(?<!\s)\s++(?P<name>\p{Lu}\p{Ll}[\p{L}]*(?:\s+\p{Lu}[\p{Ll}\p{L}]*){1,4})$")


_INNER_PREFIX = regex.compile(rf"(?<!\s)\s++(?=(?:{PREFIX_PATTERN})\.?\s+\p{{Lu}}|Q\.\s*\p{{Lu}})")


_HAS_TITLE = regex.compile(TITLE_PATTERN, regex.IGNORECASE)
_CAPS_NAME = regex.compile(r"^\p{Lu}+(?:\s+\p{Lu}+){1,4}$")


#: Titles again, folded: OCR drops the marks ("VU TRUONG", "CHANH AN", "PHO TONG CUC").
FOLDED_TITLE = regex.compile(
    r"\b(?:pho|chanh|chu tich|giam doc|bi thu|tong|thu ky|uy vien|chu nhiem|chu toa)\b"
    r"|\b(?:bo|thu|vu|cuc|vien|hieu|chanh|to|ban|phong|tieu ban)\s+truong\b"
)


def _rank_alternative(folded: str) -> str:
    """A folded rank or degree as the extraction may write it: dots and spaces anywhere
    between its letters ("pgsts" is "PGS.TS.", "PGS. TS.", "PGSTS")."""
    letters = [regex.escape(c) for c in folded if c not in " ."]
    return r"[.\s]*".join(letters)


# A rank or degree before the name (the lexicon's, folded: OCR and typists differ in
# marks and case), then a space or its dot, then the name's capital (checked on the text).
_RANK = regex.compile(
    r"^(?:"
    + "|".join(sorted({_rank_alternative(fold(r)) for r in (*RANKS, *DEGREES)}, key=len, reverse=True))
    + r")(?:\.\s*|\s+)"
)


def strip_rank(text: str) -> str:
    """``"Thượng tướng Vũ Hải Sản"``, ``"PGS.TS. Lê An"`` → the name: a rank or a degree
    before a name is not the name."""
    t = text.strip()
    m = _RANK.match(fold(t))
    if m is None or m.end() >= len(t) or not t[m.end()].isupper():
        return text
    return t[m.end() :]


_NAME = regex.compile(r"^\p{L}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){1,5}$")


def is_name(text: str) -> bool:
    """A signer's name: two to six words, capitalised, letters only (a rank before it,
    "Thượng tướng", is not part of it)."""
    text = strip_rank(text)
    return len(text) <= 40 and bool(_NAME.match(text)) and not text.isupper()


def is_caps_name(text: str) -> bool:
    """A person's name written in capitals ("ĐẶNG VĂN LỰC"): two to five words, no title in it."""
    t = text.strip()
    return bool(_CAPS_NAME.match(t)) and not _HAS_TITLE.search(t) and not FOLDED_TITLE.search(fold(t))


def is_title(text: str) -> bool:
    """A signer's title line in either case: "THỨ TRƯỞNG", "Phó Giám đốc"."""
    return bool(_HAS_TITLE.match(text.strip()))


_TITLE_CHARS = regex.compile(r"^[\p{L}\s,&\-–]+$")


def plausible_title(text: str) -> bool:
    """A line that can be a signer's title or the office it continues: letters only
    (OCR debris, "„1 HỦ TƯ) ỚNG", holds digits and brackets), and a title's word or two
    words at least ("UNY" alone is a speck)."""
    t = text.strip()
    if not _TITLE_CHARS.match(t):
        return False
    return len(t.split()) >= 2 or is_title(t) or FOLDED_TITLE.search(fold(t)) is not None


def is_body_name(text: str) -> bool:
    """A line naming a body (`tables.organs.ORGAN_HEADS`), though it may open like a
    title: "TỔNG CỤC THUẾ", "TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM" are no signer's titles."""
    return text.strip().lower().startswith(ORGAN_HEADS)


def split_prefix(text: str) -> tuple[str, str] | None:
    """``"KT. CHỦ TỊCH"`` → ``("KT", "CHỦ TỊCH")``; None when the line has no prefix."""
    m = _PREFIX.match(text.strip())
    if not m:
        return None
    kind = prefix_kind(m.group("p"))
    if kind is None:
        return None
    return kind, squash(text.strip()[m.end():])


def split_trailing_name(text: str) -> tuple[str, str | None]:
    """``"THỨ TRƯỞNG Doãn Mậu Diệp"`` → ``("THỨ TRƯỞNG", "Doãn Mậu Diệp")``."""
    m = _TRAIL_NAME.search(text)
    if not m:
        return text, None
    return text[: m.start()].strip(), m.group("name")


_LEADING_TITLE = regex.compile(r"^(?P<title>\p{Lu}{2,}+(?:\s+\p{Lu}{2,}+)*+)\s+(?=\p{Lu}\p{Ll})")


def split_leading_title(text: str) -> tuple[str | None, str]:
    """``"CHỦ TỊCH Nguyễn Văn A"`` (a table cell) → ``("CHỦ TỊCH", "Nguyễn Văn A")``."""
    m = _LEADING_TITLE.match(text)
    # (Capitals before a name are a title only if they are one: "TNHH Giải trí ..." is not.)
    if not m or not (is_title(m.group("title")) or FOLDED_TITLE.search(fold(m.group("title")))):
        return None, text
    return m.group("title"), text[m.end():].strip()


#: Words of an authority line looked at for where the title starts (a line longer than
#: this is not an authority line, and the joins below would grow with its square).
MAX_AUTHORITY_WORDS = 16


def _cut_position(words: list[str], deputy: bool) -> int | None:
    """Index of the word where the signer's own title starts inside merged words."""
    words = words[:MAX_AUTHORITY_WORDS]  # an office and a title are a few words long
    folded = [fold(w) for w in words]
    if deputy:
        for i in range(1, len(words)):
            rest = " ".join(folded[i:])
            if rest.startswith(DEPUTY_OPENERS):
                return i
        return None
    for i in range(1, len(words)):
        rest = " ".join(folded[i:])
        if rest in HEAD_TITLES or any(rest.startswith(t + " ") for t in HEAD_TITLES if len(t) > 8):
            # Not inside a body named by its members' title: "T/M BAN BÍ THƯ" is the
            # Secretariat, not "BAN" and a secretary ("T/M ĐẢNG ỦY BÍ THƯ" is cut).
            whole = " ".join(folded)
            if any(whole.startswith(b) and len(b.split()) > i for b in TITLE_NAMED_BODIES):
                continue
            return i
    return None


def read_signature(
    authority_lines: list[str], position_lines: list[str], name: str | None
) -> tuple[list[tuple[str, str]], str | None, str | None]:
    """The authority chain, the signer's title and name from the block's lines.

    Merged lines are cut where the next part starts: "KT. CHỦ TỊCH PHÓ CHỦ TỊCH" at the
    deputy's title, "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH" at a head's title, a trailing
    mixed-case name off the end. Extra upper-case lines between the prefixes and the
    last title line continue the previous prefix line (a wrapped office name).
    """
    chain: list[tuple[str, str]] = []
    position: str | None = None
    merged_position: str | None = None
    # "TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH" (a table cell): one prefix a line.
    authority_lines = [p for line in authority_lines for p in _INNER_PREFIX.split(line) if p.strip()]
    for line in authority_lines:
        parsed = split_prefix(line)
        if parsed is None:
            continue
        kind, rest = parsed
        rest, trailing = split_trailing_name(rest)
        if trailing and name is None:
            name = trailing
        words = rest.split()
        cut = _cut_position(words, deputy=kind == "KT") if len(words) > 1 else None
        if cut is not None and not position_lines:
            merged_position = " ".join(words[cut:])
            rest = " ".join(words[:cut])
        chain.append((kind, rest.strip(" ,;")))
    pos_lines = list(position_lines)
    if name is None and pos_lines and (len(pos_lines) >= 2 or chain) and is_caps_name(pos_lines[-1]):
        name = pos_lines.pop()  # the name in capitals, below the title
    if pos_lines:
        last, trailing = split_trailing_name(pos_lines[-1])
        if trailing and name is None:
            name = trailing
        pos_lines[-1] = last
        pos_lines = [p for p in pos_lines if p]
    if pos_lines:
        if chain and len(pos_lines) > 1:
            kind, office = chain[-1]
            chain[-1] = (kind, squash(office + " " + " ".join(pos_lines[:-1])))
            position = pos_lines[-1]
        else:
            position = " ".join(pos_lines)
    elif merged_position:
        position = merged_position
    return chain, (squash(position) if position else None), name


# -- issuer -------------------------------------------------------------------------------
_LOCALITY = (
    "tinh ", "thanh pho ", "huyen ", "xa ", "quan ", "phuong ", "thi xa ", "thi tran ",
    "tp ", "tp. ", "va ", "- ", "viet nam",
)
_COMMITTEE = regex.compile(r"^(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong)\s+(?:uy|doan)\b")
# "TRUNG ƯƠNG" (or "TRUNG ƯƠNG ĐẢNG") alone ends the name above it ("BAN CHẤP HÀNH" /
# "TRUNG ƯƠNG"); "TRUNG ƯƠNG HỘI ..." names a body of its own.
_CENTRAL = regex.compile(r"^trung\s*uong(?:\s+dang)?\W*$")


# A department inside one flattened issuer line: "ỦY BAN MTTQ VIỆT NAM XÃ X BAN THƯỜNG TRỰC".
_SUB_ORGAN = regex.compile(r"(?<=\s)(?<!(?:ỦY|UỶ|UY|Ủy|Uỷ|VĂN|CHI|TỔNG)\s{1,3})(?=(?:BAN|SỞ|PHÒNG|VĂN PHÒNG|VỤ|CỤC|CHI CỤC|TRUNG TÂM|THANH TRA)(?:\s+\p{Lu}|$))")


def _split_sub_organ(line: str) -> list[str]:
    words = line.split()
    if len(words) < 6:
        return [line]
    cuts = [m.start() for m in _SUB_ORGAN.finditer(line)]
    if not cuts:
        return [line]
    at = cuts[-1]
    parent, name = line[:at].strip(), line[at:].strip()
    if len(parent.split()) < 2:
        return [line]
    return [parent, name]


def split_issuer(lines: list[str]) -> tuple[str, str | None]:
    """Issuer lines → ``(name, parent)``: the last body is the issuer, those above its parent.

    A line continues the body above it when it names a locality ("TỈNH CAO BẰNG",
    "THÀNH PHỐ HÀ NỘI", "TRUNG ƯƠNG" alone), starts with "VÀ", or the line above ends with "-"
    or "VÀ", or is a kind of body with no name of its own ("HIỆP HỘI" / "CÔNG CHỨNG
    VIÊN VIỆT NAM"); a committee ("HUYỆN ỦY ...") starts a body of its own.
    """
    units: list[str] = []
    for raw in lines:
        line = squash(raw).strip(" |/\\").rstrip(" -–_*|")
        if not line:
            continue
        f = fold(line)
        if units:
            prev = fold(units[-1])
            joins = (
                (f.startswith(_LOCALITY) and not _COMMITTEE.match(f))
                or _CENTRAL.match(f) is not None
                or prev.endswith((" va", "-", "–", ","))
                or " ".join(prev.split()) in BARE_ORGAN_WORDS
            )
            if joins:
                units[-1] = units[-1] + " " + line
                continue
        units.append(line)
    if len(units) == 1:
        units = _split_sub_organ(units[0])
    if not units:
        return "", None
    name = units[-1]
    parent = " ".join(units[:-1]) or None
    return name, parent
