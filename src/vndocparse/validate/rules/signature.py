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

from vndocparse.i18n import phrases
from vndocparse.tables.authority import PREFIX_PATTERN, WRITTEN_PREFIX, prefix_kind
from vndocparse.text import fold
from vndocparse.validate.context import DocView, Piece
from vndocparse.validate.registry import (
    BOTH,
    CONFIRMED_STATE_SECONDARY_PARTY,
    CONFIRMED_STATE_TEXT_HD05,
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

#: The fix most rules of this module give (each rule lists it in its table).
_WRITE = ("write '{text}'", "viết '{text}'")

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
    summary_vi = (
        "Kiểm tra văn bản hành chính ghi chữ viết tắt quyền hạn của người ký theo mẫu văn "
        "bản hành chính: \"TM.\", \"KT.\", \"TL.\", \"TUQ.\", \"Q.\" — không phải mẫu "
        "của Đảng \"T/M\", \"K/T\", \"T/L\"."
    )
    messages = phrases(
        party_form=(
            "Party-form prefix '{prefix}' in a state document",
            "văn bản hành chính ghi quyền hạn ký theo mẫu của Đảng '{prefix}'",
        ),
        write=_WRITE,
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        for p in prefixes(view):
            if _slash(p):
                yield Finding(
                    self.msg("party_form", prefix=p.raw),
                    p.piece.loc(0, len(p.raw)),
                    fix=self.msg("write", text=f"{p.kind}."),
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
    summary_vi = (
        "Kiểm tra văn bản của Đảng ghi chữ viết tắt quyền hạn của người ký theo mẫu của "
        "Đảng: \"T/M\", \"K/T\", \"T/L\" — không phải mẫu văn bản hành chính \"TM.\", "
        "\"KT.\", \"TL.\"."
    )
    messages = phrases(
        state_form=(
            "state-form prefix '{prefix}' in a Party document",
            "văn bản của Đảng ghi quyền hạn ký theo mẫu văn bản hành chính '{prefix}'",
        ),
        write=_WRITE,
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        for p in prefixes(view):
            if not _slash(p) and p.kind in ("TM", "KT", "TL", "TUQ"):
                party = WRITTEN_PREFIX["party"][p.kind]
                yield Finding(
                    self.msg("state_form", prefix=f"{p.raw}{p.punct}"),
                    p.piece.loc(0, len(p.raw) + len(p.punct)),
                    fix=self.msg("write", text=party),
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
    summary_vi = (
        "Kiểm tra chữ viết tắt quyền hạn ký của văn bản hành chính có dấu chấm (.): "
        "\"TM.\" \"KT.\" \"TL.\" \"TUQ.\" \"Q.\", rồi đến một dấu cách."
    )
    messages = phrases(
        dotted=(
            "dotted prefix '{prefix}'",
            "quyền hạn ký '{prefix}' có dấu chấm xen giữa các chữ",
        ),
        separator=(
            "'{punct}' after the prefix '{prefix}'",
            "dấu '{punct}' sau '{prefix}', phải là dấu chấm (.)",
        ),
        no_stop=("no full stop after the prefix '{prefix}'", "thiếu dấu chấm (.) sau '{prefix}'"),
        write=_WRITE,
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        for p in prefixes(view):
            if _slash(p):
                continue
            if "." in p.raw:  # a typist's "K.T.": the letters are written together
                yield Finding(
                    self.msg("dotted", prefix=f"{p.raw}{p.punct}"),
                    p.piece.loc(0, len(p.raw) + len(p.punct)),
                    fix=self.msg("write", text=f"{p.kind}."),
                )
                continue
            if p.punct == ".":
                continue
            yield Finding(
                self.msg("separator", punct=p.punct, prefix=p.raw)
                if p.punct
                else self.msg("no_stop", prefix=p.raw),
                p.piece.loc(0, len(p.raw) + len(p.punct)),
                fix=self.msg("write", text=f"{p.kind}."),
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
    evidence = CONFIRMED_STATE_TEXT_HD05
    guidelines = MappingProxyType({"nd30": "Điều 13; Phụ lục I, mục II.7b", "hd36": "ô 7", "hd05": "Phần II, mục I.7.1"})
    summary_vi = (
        "Kiểm tra thứ tự các quyền hạn ký: một quyền hạn, hoặc \"TM.\" rồi \"KT.\" (cấp phó "
        "ký thay người đứng đầu tập thể), \"TL.\" rồi \"KT.\" (cấp phó của người đứng đầu "
        "đơn vị ký thừa lệnh), \"TM.\" rồi \"Q.\" (quyền người đứng đầu)."
    )
    messages = phrases(
        chain=(
            "the authority chain {chain} is not a valid delegation",
            "chuỗi quyền hạn ký {chain} không phải là một cách giao quyền hợp lệ",
        ),
        chain_fix=(
            "use one prefix, or TM. → KT., TL. → KT., TM. → Q.",
            "dùng một quyền hạn ký, hoặc TM. → KT., TL. → KT., TM. → Q.",
        ),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        ps = prefixes(view)
        chain = tuple(p.kind for p in ps)
        if not chain or chain in _CHAINS:
            return
        shown = " → ".join(p.raw for p in ps)
        yield Finding(self.msg("chain", chain=shown), ps[0].piece.loc(), fix=self.msg("chain_fix"))


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
    summary_vi = (
        "Kiểm tra người ký dưới \"KT.\" có chức vụ của cấp phó (\"PHÓ ...\", \"THỨ "
        "TRƯỞNG\", \"ỦY VIÊN ...\")."
    )
    messages = phrases(
        not_deputy=(
            "'{title}' signs under '{prefix}.' but is not a deputy's title",
            "'{title}' ký dưới '{prefix}.' nhưng không phải là chức vụ của cấp phó",
        ),
        not_deputy_fix=(
            "write the deputy's own title (e.g. 'PHÓ GIÁM ĐỐC'), or drop 'KT.' if the head signs",
            "ghi chức vụ của cấp phó (ví dụ 'PHÓ GIÁM ĐỐC'), hoặc bỏ 'KT.' nếu người đứng đầu ký",
        ),
    )

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
                self.msg("not_deputy", title=pos.text, prefix=ps[-1].raw),
                pos.loc(),
                fix=self.msg("not_deputy_fix"),
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
    evidence = CONFIRMED_STATE_TEXT_HD05
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục II.7c", "hd36": "ô 7", "hd05": "Phần II, mục I.7.1"})
    summary_vi = (
        "Kiểm tra trước họ tên của người ký không ghi học hàm, học vị hay danh hiệu danh dự "
        "(\"GS.\", \"PGS.\", \"TS.\", \"ThS.\", \"KS.\", \"BS.\", \"NSND\", ...)."
    )
    messages = phrases(
        degree=("'{degree}' before the signer's name", "ghi '{degree}' trước họ tên người ký"),
        write=_WRITE,
    )

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
                        self.msg("degree", degree=shown),
                        piece.loc(0, len(shown)),
                        fix=self.msg("write", text=text[len(cand) :].strip()),
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
    evidence = CONFIRMED_STATE_TEXT_HD05
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục II.7đ", "hd36": "ô 7a", "hd05": "Phần II, mục I.7.2"})
    summary_vi = "Kiểm tra quyền hạn ký và chức vụ của người ký được viết bằng chữ in hoa."
    messages = phrases(
        authority=("'{text}' is not in capitals", "'{text}' không viết bằng chữ in hoa"),
        title=("the title '{text}' is not in capitals", "chức vụ '{text}' không viết bằng chữ in hoa"),
        write=_WRITE,
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        for p in prefixes(view):
            rest = _TRAIL_NAME.sub("", p.rest)
            if any(ch.islower() for ch in rest):
                yield Finding(
                    self.msg("authority", text=rest),
                    p.piece.loc(p.rest_at, p.rest_at + len(rest)),
                    fix=self.msg("write", text=rest.upper()),
                )
        for piece in view.signature_pieces("position"):
            text = _TRAIL_NAME.sub("", piece.text)
            if any(ch.islower() for ch in text):
                yield Finding(
                    self.msg("title", text=text),
                    piece.loc(0, len(text)),
                    fix=self.msg("write", text=text.upper()),
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
    evidence = CONFIRMED_STATE_TEXT_HD05
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục II.7đ", "hd36": "ô 7b", "hd05": "Phần II, mục I.7.2"})
    summary_vi = (
        "Kiểm tra họ tên của người ký được viết bằng chữ in thường — viết hoa chữ cái đầu "
        "của mỗi tiếng, các chữ còn lại viết thường — không viết (toàn bộ hay một phần) "
        "bằng chữ in hoa."
    )
    messages = phrases(
        not_capitalised=(
            "the name '{name}' is not capitalised",
            "họ tên '{name}' không viết hoa chữ cái đầu của mỗi tiếng",
        ),
        not_normal_case=(
            "the name '{name}' is not in normal case",
            "họ tên '{name}' không viết bằng chữ in thường",
        ),
        in_capitals=("the name '{name}' is in capitals", "họ tên '{name}' viết bằng chữ in hoa"),
        write=_WRITE,
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        names = view.signature_pieces("name")
        for piece in names:
            words = [w for w in piece.text.split() if w[:1].isalpha()]
            if any(not w[:1].isupper() for w in words):
                yield Finding(
                    self.msg("not_capitalised", name=piece.text),
                    piece.loc(),
                    fix=self.msg("write", text=piece.text.title()),
                )
            elif any(len(w) > 1 and w.isupper() for w in words):
                yield Finding(
                    self.msg("not_normal_case", name=piece.text),
                    piece.loc(),
                    fix=self.msg("write", text=piece.text.title()),
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
                self.msg("in_capitals", name=last.text),
                last.loc(),
                fix=self.msg("write", text=last.text.title()),
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
    summary_vi = (
        "Kiểm tra chức vụ của người ký văn bản của Đảng chỉ ghi chức vụ — \"BÍ THƯ\", "
        "\"PHÓ BÍ THƯ\" — không ghi tên cấp ủy."
    )
    messages = phrases(
        committee=(
            "the title '{title}' names the committee",
            "chức vụ '{title}' ghi cả tên cấp ủy",
        ),
        write=_WRITE,
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        for piece in view.signature_pieces("position"):
            f = fold(piece.text)
            m = regex.match(r"^(?:pho )?bi thu\b", f)
            rest = f[m.end() :] if m else ""
            if m and rest.strip():
                title = piece.text[: m.end()]
                at = m.end() + len(rest) - len(rest.lstrip())
                yield Finding(
                    self.msg("committee", title=piece.text),
                    piece.loc(at),
                    fix=self.msg("write", text=title),
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
    summary_vi = (
        "Kiểm tra phó bí thư của cấp ủy không ký \"K/T\": phó bí thư ký \"T/M <cấp ủy>\" / "
        "\"PHÓ BÍ THƯ\"."
    )
    messages = phrases(
        deputy_secretary=(
            "'{line}': a deputy secretary signs on behalf of the committee",
            "'{line}': phó bí thư ký thay mặt (T/M) cấp ủy",
        ),
        deputy_secretary_fix=(
            "write 'T/M <committee>' above 'PHÓ BÍ THƯ'",
            "ghi 'T/M <tên cấp ủy>' trên dòng 'PHÓ BÍ THƯ'",
        ),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        for p in prefixes(view):
            if p.kind == "KT" and fold(p.rest).startswith("bi thu"):
                yield Finding(
                    self.msg("deputy_secretary", line=p.piece.text),
                    p.piece.loc(),
                    fix=self.msg("deputy_secretary_fix"),
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
    evidence = CONFIRMED_STATE_TEXT_HD05
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục II.7b", "hd36": "ô 7", "hd05": "Phần II, mục I.7.1"})
    summary_vi = (
        "Kiểm tra \"TM.\" (thay mặt) đứng trước tên tập thể lãnh đạo hoặc tên cơ quan, tổ "
        "chức — \"TM. ỦY BAN NHÂN DÂN\", \"T/M BAN THƯỜNG VỤ\" — không đứng trước chức vụ "
        "của một người."
    )
    messages = phrases(
        person=(
            "'{prefix}' before a person's title '{title}'",
            "'{prefix}' đứng trước chức vụ '{title}' của một người",
        ),
        person_fix=(
            "write 'TM.' before the collective (e.g. 'TM. ỦY BAN NHÂN DÂN'), or 'KT.' for a deputy",
            "ghi 'TM.' trước tên tập thể (ví dụ 'TM. ỦY BAN NHÂN DÂN'), hoặc 'KT.' khi cấp phó ký thay",
        ),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        for p in prefixes(view):
            if p.kind == "TM" and " ".join(fold(p.rest).split()) in HEAD_TITLES:
                yield Finding(
                    self.msg("person", prefix=p.raw, title=p.rest),
                    p.piece.loc(),
                    fix=self.msg("person_fix"),
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
    summary_vi = (
        "Kiểm tra \"KT.\", \"TL.\", \"TUQ.\" và \"Q.\" đứng trước chức vụ của người đứng "
        "đầu cơ quan (\"KT. CHỦ TỊCH\", \"TL. BỘ TRƯỞNG\"), không đứng trước tên cơ quan."
    )
    messages = phrases(
        body=(
            "'{prefix}.' before the body '{body}' instead of its head's title",
            "'{prefix}.' đứng trước tên cơ quan '{body}' thay vì chức vụ của người đứng đầu",
        ),
        body_fix=(
            "write 'TM. {body}' and then '{kind}.' before the head's title",
            "ghi 'TM. {body}', rồi ghi '{kind}.' trước chức vụ của người đứng đầu",
        ),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        for p in prefixes(view):
            if p.kind == "TM":
                continue
            rest = " ".join(fold(p.rest).split())
            if any(rest.startswith(t) for t in HEAD_TITLES):
                continue
            if rest.startswith(_BODY_WORDS):
                yield Finding(
                    self.msg("body", prefix=p.raw, body=p.rest),
                    p.piece.loc(),
                    fix=self.msg("body_fix", body=p.rest, kind=p.kind),
                )
