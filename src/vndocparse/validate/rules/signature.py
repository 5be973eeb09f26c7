"""VN7xx: the signature block (ô 7): authority prefixes, the signer's title and name.

State (ND30 Phụ lục I, mục II.7; Điều 13): "TM." before a collective, "KT." "TL."
"TUQ." "Q." before a head's title, all in capitals; a deputy signing for the head
("KT.") may follow "TM." (Điều 13.2) or "TL." (Điều 13.4); the name in normal case,
with no academic title or degree before it. Party (layout rules §3.5, secondary):
"T/M", "K/T", "T/L"; the title without the committee's name; a deputy secretary
signs "T/M ..." / "PHÓ BÍ THƯ", not "K/T".
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from types import MappingProxyType

import regex

from vndocparse.tables.authority import PREFIX_PATTERN, WRITTEN_PREFIX, prefix_kind
from vndocparse.text import fold
from vndocparse.validate.context import DocView, Piece
from vndocparse.validate.registry import (
    BOTH,
    CONFIRMED_STATE_SECONDARY_PARTY,
    ERROR_STATE_WARNING_PARTY,
    PARTY,
    STATE,
    Finding,
    Rule,
    RuleOptions,
)
from vndocparse.validate.tables import DEGREE_PREFIXES, DEPUTY_TITLES, HEAD_TITLES

LEVELS = ERROR_STATE_WARNING_PARTY
EVIDENCE = CONFIRMED_STATE_SECONDARY_PARTY

_PREFIX = regex.compile(rf"^(?P<p>{PREFIX_PATTERN}|Q)(?!\p{{L}})(?P<punct>\s*[.:,]?)\s*(?P<rest>.*)$")
#: Allowed chains, outermost first (Điều 13.2: TM → KT; Điều 13.4: TL → KT; Q. under TM.).
_CHAINS = {("TM",), ("KT",), ("TL",), ("TUQ",), ("Q",), ("TM", "KT"), ("TL", "KT"), ("TM", "Q")}
#: Words of a signer's title: a capitals line holding none of them is taken for a name.
_TITLE_WORDS = regex.compile(
    r"\b(?:chu tich|giam doc|truong|pho|thu|bi thu|uy vien|chanh|vien|tong|chu nhiem|can bo|"
    r"chuyen vien|ke toan|thu ky|chu toa|dai dien|ban|hoi dong|uy ban|dang|so|cuc|vu|phong|"
    r"quyen|chi huy|tu lenh|chinh uy|hieu|doan|lien doan|cong doan|cong ty|to|nhom)\b"
)
#: A person's name glued after a title in a flattened table cell ("THỨ TRƯỞNG Doãn Mậu Diệp").
_TRAIL_NAME = regex.compile(r"(?<=\p{Lu}{2})\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*){1,4}$")
_BODY_WORDS = (
    "uy ban",
    "hoi dong",
    "ban thuong vu",
    "ban chap hanh",
    "chinh phu",
    "dang uy",
    "tinh uy",
    "thanh uy",
    "huyen uy",
)


@dataclass(frozen=True)
class Prefix:
    piece: Piece
    raw: str
    kind: str
    punct: str
    rest: str
    rest_at: int


def prefixes(view: DocView) -> list[Prefix]:
    """The authority lines of the signature block, taken apart."""
    out: list[Prefix] = []
    for piece in view.signature_pieces("authority"):
        m = _PREFIX.match(piece.text)
        if not m:
            continue
        raw = m.group("p")
        kind = prefix_kind(raw)
        if kind is None:
            continue
        out.append(
            Prefix(piece, raw, kind, m.group("punct").strip(), m.group("rest"), m.start("rest"))
        )
    return out


def _slash(p: Prefix) -> bool:
    return "/" in p.raw


class StateAuthorityPrefix(Rule):
    """## What it does
    Checks that a state document writes the signing-authority prefixes in the state
    form: "TM.", "KT.", "TL.", "TUQ.", "Q." — not the Party "T/M", "K/T", "T/L".

    ## Why it matters
    The decree fixes the abbreviations ("phải ghi chữ viết tắt 'TM.'", "'KT.'", ...);
    the slash forms belong to the Party system.

    ## Example
    ```text
    K/T GIÁM ĐỐC
    PHÓ GIÁM ĐỐC
    ```

    ## Use instead
    ```text
    KT. GIÁM ĐỐC
    PHÓ GIÁM ĐỐC
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.7b
    """

    code = "VN701"
    name = "state-authority-prefix"
    families = STATE

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        for p in prefixes(view):
            if _slash(p):
                yield Finding(
                    f"Party-form prefix '{p.raw}' in a state document",
                    p.piece.loc(0, len(p.raw)),
                    fix=f"write '{p.kind}.'",
                )


class PartyAuthorityPrefix(Rule):
    """## What it does
    Checks that a Party document writes the signing-authority prefixes in the Party
    form: "T/M", "K/T", "T/L" — not the state "TM.", "KT.", "TL.".

    ## Why it matters
    Party documents use the slash forms (several independent tools check this); the
    dotted forms are the state system's. "Q." is shared.

    ## Example
    ```text
    TM. BAN THƯỜNG VỤ
    BÍ THƯ
    ```

    ## Use instead
    ```text
    T/M BAN THƯỜNG VỤ
    BÍ THƯ
    ```

    ## Source
    HD 36-HD/VPTW, ô 7

    Secondary sources only (layout rules §3.5).
    """

    code = "VN702"
    name = "party-authority-prefix"
    families = PARTY
    level = MappingProxyType({"hd36": "warning", "hd05": "error"})
    evidence = MappingProxyType({"hd36": "S", "hd05": "C"})
    guidelines = MappingProxyType({"hd36": "ô 7", "hd05": "Phần II, mục I.7.1"})

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        for p in prefixes(view):
            if not _slash(p) and p.kind in ("TM", "KT", "TL", "TUQ"):
                party = WRITTEN_PREFIX["party"][p.kind]
                yield Finding(
                    f"state-form prefix '{p.raw}{p.punct}' in a Party document",
                    p.piece.loc(0, len(p.raw) + len(p.punct)),
                    fix=f"write '{party}'",
                )


class AuthorityPrefixDot(Rule):
    """## What it does
    Checks that a state prefix is written with its full stop: "TM." "KT." "TL."
    "TUQ." "Q.", then a space.

    ## Why it matters
    The abbreviations are fixed with their dot ("chữ viết tắt 'TM.'"); "TM ỦY BAN",
    "KT: GIÁM ĐỐC" and a dotted "K.T. GIÁM ĐỐC" are not the form.

    ## Example
    ```text
    KT GIÁM ĐỐC
    ```

    ## Use instead
    ```text
    KT. GIÁM ĐỐC
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.7b, II.7đ
    """

    code = "VN703"
    name = "authority-prefix-dot"
    families = STATE

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        for p in prefixes(view):
            if _slash(p):
                continue
            if "." in p.raw:  # a typist's "K.T.": the letters are written together
                yield Finding(
                    f"dotted prefix '{p.raw}{p.punct}'",
                    p.piece.loc(0, len(p.raw) + len(p.punct)),
                    fix=f"write '{p.kind}.'",
                )
                continue
            if p.punct == ".":
                continue
            what = f"'{p.punct}'" if p.punct else "no full stop"
            yield Finding(
                f"{what} after the prefix '{p.raw}'",
                p.piece.loc(0, len(p.raw) + len(p.punct)),
                fix=f"write '{p.kind}.'",
            )


class AuthorityChain(Rule):
    """## What it does
    Checks the nesting of the authority prefixes: one prefix, or "TM." then "KT."
    (a deputy signs for the head of a collective), "TL." then "KT." (the unit head's
    deputy signs by order), "TM." then "Q." (an acting head). Nothing follows "KT.";
    "TUQ." is never delegated further.

    ## Why it matters
    Each prefix is a delegation; an impossible chain ("KT. ... / TM. ...",
    "TUQ. ... / KT. ...") misstates who may sign.

    ## Example
    ```text
    KT. CHỦ TỊCH
    TM. ỦY BAN NHÂN DÂN
    PHÓ CHỦ TỊCH
    ```

    ## Use instead
    ```text
    TM. ỦY BAN NHÂN DÂN
    KT. CHỦ TỊCH
    PHÓ CHỦ TỊCH
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Điều 13; Phụ lục I, mục II.7b; HD 36-HD/VPTW, ô 7

    The Party chains (T/M, K/T, T/L) are secondary (layout rules §3.5).
    """

    code = "VN704"
    name = "authority-chain"
    families = BOTH
    level = LEVELS
    evidence = MappingProxyType({"state": "C", "hd36": "S", "hd05": "P"})
    guidelines = MappingProxyType({"nd30": "Điều 13; Phụ lục I, mục II.7b", "hd36": "ô 7", "hd05": "Phần II, mục I.7.1"})

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        ps = prefixes(view)
        chain = tuple(p.kind for p in ps)
        if not chain or chain in _CHAINS:
            return
        shown = " → ".join(p.raw for p in ps)
        yield Finding(
            f"the authority chain {shown} is not a valid delegation",
            ps[0].piece.loc(),
            fix="use one prefix, or TM. → KT., TL. → KT., TM. → Q.",
        )


class KtDeputyTitle(Rule):
    """## What it does
    Checks that the signer under "KT." holds a deputy's title ("PHÓ ...", "THỨ
    TRƯỞNG", "ỦY VIÊN ...").

    ## Why it matters
    "KT." (ký thay) is the deputy signing for the head: "KT. GIÁM ĐỐC / GIÁM ĐỐC" says
    the head signs for himself. Titles vary, so this is a warning.

    ## Example
    ```text
    KT. GIÁM ĐỐC
    GIÁM ĐỐC
    ```

    ## Use instead
    ```text
    KT. GIÁM ĐỐC
    PHÓ GIÁM ĐỐC
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Điều 13.1; Phụ lục I, mục II.7b
    """

    code = "VN705"
    name = "kt-deputy-title"
    families = BOTH
    level = "warning"
    guidelines = MappingProxyType({"nd30": "Điều 13.1; Phụ lục I, mục II.7b", "hd36": "ô 7", "hd05": "Phần II, mục I.7.1"})

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        ps = prefixes(view)
        if not ps or ps[-1].kind != "KT":
            return
        positions = view.signature_pieces("position")
        if not positions:
            return
        pos = positions[-1]
        if not fold(pos.text).startswith(DEPUTY_TITLES):
            yield Finding(
                f"'{pos.text}' signs under '{ps[-1].raw}.' but is not a deputy's title",
                pos.loc(),
                fix="write the deputy's own title (e.g. 'PHÓ GIÁM ĐỐC'), or drop 'KT.' if the head signs",
            )


class _DegreeOptions(RuleOptions):
    allowed: tuple[str, ...] = ()
    """Titles allowed before the name, for the sectors the decree exempts (armed forces,
    education, health, science), e.g. ``["PGS.TS."]``."""


class NameWithoutDegree(Rule):
    """## What it does
    Checks that no academic title, degree or honorary title stands before the signer's
    name ("GS.", "PGS.", "TS.", "ThS.", "KS.", "BS.", "NSND", ...).

    ## Why it matters
    "Trước họ tên của người ký, không ghi học hàm, học vị và các danh hiệu danh dự
    khác"; armed forces, education, health and science bodies may be exempted by
    their ministry — list their titles under ``allowed``.

    ## Example
    ```text
    TS. Nguyễn Văn An
    ```

    ## Use instead
    ```text
    Nguyễn Văn An
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.7c; HD 36-HD/VPTW, ô 7
    """

    code = "VN706"
    name = "name-without-degree"
    families = BOTH
    level = LEVELS
    Options = _DegreeOptions
    evidence = MappingProxyType({"state": "C", "hd36": "S", "hd05": "P"})
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục II.7c", "hd36": "ô 7", "hd05": "Phần II, mục I.7.1"})

    def check(self, view: DocView, options: _DegreeOptions) -> Iterator[Finding]:
        allowed = {_degree_key(a) for a in options.allowed}
        for piece in view.signature_pieces("name"):
            text = piece.text
            words = text.split()
            candidates: list[str] = []
            dotted = regex.match(r"^(?:\p{L}+\.\s*)+", text)  # "TS. ", "PGS.TS. "
            if dotted:
                candidates.append(dotted.group())
            if len(words) >= 3:
                candidates.append(f"{words[0]} {words[1]}")  # "Tiến sĩ Nguyễn ..."
            if len(words) >= 3:
                candidates.append(words[0])  # "TS Nguyễn Văn An"
            for cand in candidates:
                key = _degree_key(cand)
                if key in _DEGREES and key not in allowed:
                    shown = cand.strip()
                    yield Finding(
                        f"'{shown}' before the signer's name",
                        piece.loc(0, len(shown)),
                        fix=f"write '{text[len(cand) :].strip()}'",
                    )
                    break


def _degree_key(text: str) -> str:
    return "".join(fold(text).replace(".", " ").split())


_DEGREES = frozenset(_degree_key(d) for d in DEGREE_PREFIXES)


class SignatureUppercase(Rule):
    """## What it does
    Checks that the authority lines and the signer's title are in capitals.

    ## Why it matters
    "các chữ viết tắt quyền hạn ... và quyền hạn chức vụ của người ký được trình bày
    bằng chữ in hoa".

    ## Example
    ```text
    KT. Giám đốc
    Phó Giám đốc
    ```

    ## Use instead
    ```text
    KT. GIÁM ĐỐC
    PHÓ GIÁM ĐỐC
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.7đ; HD 36-HD/VPTW, ô 7a
    """

    code = "VN707"
    name = "signature-titles-uppercase"
    families = BOTH
    level = LEVELS
    evidence = MappingProxyType({"state": "C", "hd36": "S", "hd05": "P"})
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục II.7đ", "hd36": "ô 7a", "hd05": "Phần II, mục I.7.2"})

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        for p in prefixes(view):
            rest = _TRAIL_NAME.sub("", p.rest)
            if any(ch.islower() for ch in rest):
                yield Finding(
                    f"'{rest}' is not in capitals",
                    p.piece.loc(p.rest_at, p.rest_at + len(rest)),
                    fix=f"write '{rest.upper()}'",
                )
        for piece in view.signature_pieces("position"):
            text = _TRAIL_NAME.sub("", piece.text)
            if any(ch.islower() for ch in text):
                yield Finding(
                    f"the title '{text}' is not in capitals",
                    piece.loc(0, len(text)),
                    fix=f"write '{text.upper()}'",
                )


class SignerNameCase(Rule):
    """## What it does
    Checks that the signer's name is in normal case — each word capitalised, the
    rest lower case — and not (wholly or partly) in capitals.

    ## Why it matters
    "Họ và tên của người ký văn bản được trình bày ... bằng chữ in thường": the name is
    the one line of the block not in capitals. A name in capitals also reads as a
    title line.

    ## Example
    ```text
    CHỦ TỊCH

    TRẦN VĂN BÌNH
    ```

    ## Use instead
    ```text
    CHỦ TỊCH

    Trần Văn Bình
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.7đ; HD 36-HD/VPTW, ô 7b
    """

    code = "VN708"
    name = "signer-name-case"
    families = BOTH
    level = LEVELS
    evidence = MappingProxyType({"state": "C", "hd36": "S", "hd05": "P"})
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục II.7đ", "hd36": "ô 7b", "hd05": "Phần II, mục I.7.2"})

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        names = view.signature_pieces("name")
        for piece in names:
            words = [w for w in piece.text.split() if w[:1].isalpha()]
            if any(not w[:1].isupper() for w in words):
                yield Finding(
                    f"the name '{piece.text}' is not capitalised",
                    piece.loc(),
                    fix=f"write '{piece.text.title()}'",
                )
            elif any(len(w) > 1 and w.isupper() for w in words):
                yield Finding(
                    f"the name '{piece.text}' is not in normal case",
                    piece.loc(),
                    fix=f"write '{piece.text.title()}'",
                )
        if names or (view.doc.signatory is not None and view.doc.signatory.name):
            return
        positions = view.signature_pieces("position")
        if len(positions) + len(prefixes(view)) < 2 or not positions:
            return
        last = positions[-1]
        words = last.text.split()
        if (
            2 <= len(words) <= 5
            and not _TITLE_WORDS.search(fold(last.text))
            and not any(c.isdigit() for c in last.text)
        ):
            yield Finding(
                f"the name '{last.text}' is in capitals",
                last.loc(),
                fix=f"write '{last.text.title()}'",
            )


class PartyTitleWithoutCommittee(Rule):
    """## What it does
    Checks that a Party signer's title is the bare title — "BÍ THƯ", "PHÓ BÍ THƯ" —
    without the committee's name.

    ## Why it matters
    The committee is named by the "T/M" line above; "BÍ THƯ TỈNH ỦY" under
    "T/M TỈNH ỦY" repeats it. Secondary sources, hence a warning.

    ## Example
    ```text
    T/M BAN THƯỜNG VỤ
    BÍ THƯ TỈNH ỦY
    ```

    ## Use instead
    ```text
    T/M BAN THƯỜNG VỤ
    BÍ THƯ
    ```

    ## Source
    HD 36-HD/VPTW, ô 7

    Secondary sources only (layout rules §3.5).
    """

    code = "VN709"
    name = "party-title-without-committee"
    families = PARTY
    level = "warning"
    evidence = MappingProxyType({"hd36": "S", "hd05": "P"})
    guidelines = MappingProxyType({"hd36": "ô 7", "hd05": "Phần II, mục I.7.1"})

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        for piece in view.signature_pieces("position"):
            f = fold(piece.text)
            m = regex.match(r"^(?:pho )?bi thu\b", f)
            rest = f[m.end() :] if m else ""
            if m and rest.strip():
                title = piece.text[: m.end()]
                at = m.end() + len(rest) - len(rest.lstrip())
                yield Finding(
                    f"the title '{piece.text}' names the committee",
                    piece.loc(at),
                    fix=f"write '{title}'",
                )


class PartyDeputySecretary(Rule):
    """## What it does
    Checks that a Party committee's deputy secretary does not sign "K/T": a deputy
    secretary signs "T/M <committee>" / "PHÓ BÍ THƯ".

    ## Why it matters
    "K/T" is for deputies of staff bodies (K/T TRƯỞNG BAN, K/T CHÁNH VĂN PHÒNG); a
    party committee works collectively, so its secretaries all sign on its behalf.
    Secondary sources, hence a warning.

    ## Example
    ```text
    K/T BÍ THƯ
    PHÓ BÍ THƯ
    ```

    ## Use instead
    ```text
    T/M BAN THƯỜNG VỤ
    PHÓ BÍ THƯ
    ```

    ## Source
    HD 36-HD/VPTW, ô 7

    Secondary sources only (layout rules §3.5).
    """

    code = "VN710"
    name = "party-deputy-secretary"
    families = PARTY
    level = "warning"
    evidence = MappingProxyType({"hd36": "S", "hd05": "P"})
    guidelines = MappingProxyType({"hd36": "ô 7", "hd05": "Phần II, mục I.7.1"})

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        for p in prefixes(view):
            if p.kind == "KT" and fold(p.rest).startswith("bi thu"):
                yield Finding(
                    f"'{p.piece.text}': a deputy secretary signs on behalf of the committee",
                    p.piece.loc(),
                    fix="write 'T/M <committee>' above 'PHÓ BÍ THƯ'",
                )


class TmCollective(Rule):
    """## What it does
    Checks that "TM." (on behalf of) stands before a collective or a body —
    "TM. ỦY BAN NHÂN DÂN", "T/M BAN THƯỜNG VỤ" — not before one person's title.

    ## Why it matters
    "Trường hợp ký thay mặt tập thể thì phải ghi chữ viết tắt 'TM.' vào trước tên tập
    thể lãnh đạo hoặc tên cơ quan, tổ chức": "TM. CHỦ TỊCH" should be "KT. CHỦ TỊCH"
    or "TM. ỦY BAN NHÂN DÂN / CHỦ TỊCH".

    ## Example
    ```text
    TM. CHỦ TỊCH
    PHÓ CHỦ TỊCH
    ```

    ## Use instead
    ```text
    KT. CHỦ TỊCH
    PHÓ CHỦ TỊCH
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.7b; HD 36-HD/VPTW, ô 7
    """

    code = "VN711"
    name = "tm-before-collective"
    families = BOTH
    level = LEVELS
    evidence = MappingProxyType({"state": "C", "hd36": "S", "hd05": "P"})
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục II.7b", "hd36": "ô 7", "hd05": "Phần II, mục I.7.1"})

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        for p in prefixes(view):
            if p.kind == "TM" and " ".join(fold(p.rest).split()) in HEAD_TITLES:
                yield Finding(
                    f"'{p.raw}' before a person's title '{p.rest}'",
                    p.piece.loc(),
                    fix="write 'TM.' before the collective (e.g. 'TM. ỦY BAN NHÂN DÂN'), or 'KT.' for a deputy",
                )


class PrefixBeforeTitle(Rule):
    """## What it does
    Checks that "KT.", "TL.", "TUQ." and "Q." stand before the title of the head of
    the body ("KT. CHỦ TỊCH", "TL. BỘ TRƯỞNG"), not before the body's name.

    ## Why it matters
    The decree writes these prefixes "vào trước chức vụ của người đứng đầu cơ quan":
    the delegation comes from the head, not from the collective ("KT. ỦY BAN NHÂN
    DÂN" should be "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH").

    ## Example
    ```text
    KT. ỦY BAN NHÂN DÂN
    PHÓ CHỦ TỊCH
    ```

    ## Use instead
    ```text
    TM. ỦY BAN NHÂN DÂN
    KT. CHỦ TỊCH
    PHÓ CHỦ TỊCH
    ```

    ## Source
    NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.7b
    """

    code = "VN712"
    name = "prefix-before-head-title"
    families = STATE

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        for p in prefixes(view):
            if p.kind == "TM":
                continue
            rest = " ".join(fold(p.rest).split())
            if any(rest.startswith(t) for t in HEAD_TITLES):
                continue
            if rest.startswith(_BODY_WORDS):
                yield Finding(
                    f"'{p.raw}.' before the body '{p.rest}' instead of its head's title",
                    p.piece.loc(),
                    fix=f"write 'TM. {p.rest}' and then '{p.kind}.' before the head's title",
                )
