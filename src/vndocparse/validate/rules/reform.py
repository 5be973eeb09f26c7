"""Rules of the 2025–2026 reform of the state and the Party: VN119, VN213, VN214, VN311.

From 01/3/2025 several ministries were merged; from 01/7/2025 local government has two
levels (the province, and the xã/phường/đặc khu), with no district (huyện, quận, thị
xã) and no district Party committee; Guideline 05-HD/VPTW (27/5/2026) rebuilt its
issuer symbols and place names on that model. The data are in
`vndocparse.tables.issuers`; a document dated before each change is not checked.
"""

from __future__ import annotations

import datetime as _dt
import unicodedata
from collections.abc import Iterator
from types import MappingProxyType

import regex

from vndocparse.i18n import Message, phrases
from vndocparse.tables.guidelines import MINISTRIES_MERGED, TWO_LEVEL_GOVERNMENT
from vndocparse.tables.issuers import (
    DISTRICT_PLACE,
    DISTRICT_WORDS,
    PARTY_DISTRICT_SYMBOL,
    PARTY_DROPPED_SYMBOLS,
    STATE_MERGED_MINISTRIES,
)
from vndocparse.text import fold
from vndocparse.validate.context import DocView, Piece
from vndocparse.validate.registry import BOTH, PARTY, STATE, Finding, Rule, RuleOptions
from vndocparse.validate.rules.numbering import read_number, state_groups

_DISTRICT = regex.compile(DISTRICT_WORDS)
_DISTRICT_PLACE = regex.compile(DISTRICT_PLACE)
_PARTY_DISTRICT = regex.compile(PARTY_DISTRICT_SYMBOL)
_MERGED_SYMBOLS = {symbol: then for symbol, then in STATE_MERGED_MINISTRIES.values()}


def _since(view: DocView, day: _dt.date) -> bool:
    """Whether the document is dated on or after ``day`` (an undated one: by today)."""
    return (view.date or view.today) >= day


def _issuer_pieces(view: DocView) -> list[Piece]:
    return view.pieces("header", "issuer") + view.pieces("header", "parent")


class DistrictLevelIssuer(Rule):
    """## What it does
    Reports an issuer (or parent body) of the district level — "HUYỆN", "QUẬN", "THỊ
    XÃ", "THỊ ỦY", e.g. "ỦY BAN NHÂN DÂN HUYỆN CAO LỘC", "HUYỆN ỦY CAO LỘC" — on a
    document dated on or after 01/7/2025, when the district level was abolished.

    ## Why it matters
    Since 01/7/2025 local government has two levels: the province, and the xã, phường
    or đặc khu, which deal with the province directly. A district body cannot issue a
    document after that day: the header is an old template, or the wrong body.

    ## Example
    ```text
    ỦY BAN NHÂN DÂN
    HUYỆN CAO LỘC
    Số: 15/UBND-VP         Cao Lộc, ngày 05 tháng 8 năm 2025
    ```

    ## Use instead
    ```text
    ỦY BAN NHÂN DÂN
    XÃ CAO LỘC
    Số: 15/UBND-VP         Cao Lộc, ngày 05 tháng 8 năm 2025
    ```

    ## Source
    The two-level local government from 01/7/2025; HD 05-HD/VPTW, Phần II, mục I.2.2

    Secondary sources for the state (several drafting tools warn of it); Guideline 05's
    examples have no district level. A warning.
    """

    code = "VN119"
    name = "district-level-issuer"
    families = BOTH
    level = "warning"
    evidence = MappingProxyType({"state": "S", "hd36": "S", "hd05": "P"})
    guidelines = MappingProxyType({
        "nd30": "Phụ lục I, mục II.2 (with the two-level local government from 01/7/2025)",
        "hd36": "ô 2 (with the two-level local government from 01/7/2025)",
        "hd05": "Phần II, mục I.2.1–2.2",
    })
    summary_vi = (
        "Báo tên cơ quan, tổ chức ban hành (hoặc cơ quan chủ quản) cấp huyện — \"HUYỆN\", "
        "\"QUẬN\", \"THỊ XÃ\", \"THỊ ỦY\", ví dụ \"ỦY BAN NHÂN DÂN HUYỆN CAO LỘC\", \"HUYỆN ỦY "
        "CAO LỘC\" — trên văn bản ban hành từ ngày 01/7/2025, khi không còn cấp huyện."
    )
    messages = phrases(
        district=(
            "'{line}' names a district-level body ('{word}'), abolished from 01/7/2025",
            "'{line}' là cơ quan cấp huyện ('{word}'), cấp đã bỏ từ ngày 01/7/2025",
        ),
        district_fix=(
            "name the province or the xã/phường/đặc khu that issues it",
            "ghi tên cơ quan cấp tỉnh hoặc cấp xã/phường/đặc khu ban hành văn bản",
        ),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        if not _since(view, TWO_LEVEL_GOVERNMENT):
            return
        for piece in _issuer_pieces(view):
            m = _DISTRICT.search(unicodedata.normalize("NFC", piece.text).upper())
            if m:
                yield Finding(
                    self.msg("district", line=piece.text, word=m.group()),
                    piece.loc(),
                    fix=self.msg("district_fix"),
                )
                return


class PartyIssuerSymbol(Rule):
    """## What it does
    Reports, in a Party document judged by Guideline 05, an issuer symbol in the number
    that the guideline no longer has: "ĐUK" (đảng ủy khối), "ĐĐ" (đảng đoàn), "BCSĐ"
    (ban cán sự đảng), and the district committees' "HU", "QU", "ThU" (alone or after a
    body's symbol, as in "BTGHU"). Its new symbols ("UBKT", "CQUBKT", "BTGDV", "BXDĐ",
    "TTXVN", ...) pass.

    ## Why it matters
    Guideline 05 lists the symbols of the bodies that exist after the 2025 reform: the
    merged boards (ban tuyên giáo và dân vận "BTGDV", ban xây dựng đảng "BXDĐ", cơ quan
    ủy ban kiểm tra "CQUBKT") and no đảng đoàn, ban cán sự đảng or district committee.
    From the guideline's text alone: a warning.

    ## Example
    ```text
    Số 15-CV/BCSĐ
    ```

    ## Use instead
    ```text
    Số 15-CV/ĐU
    ```

    ## Source
    HD 05-HD/VPTW, Phần II, mục I.3.1.2b(iv)
    """

    code = "VN213"
    name = "party-issuer-symbol"
    families = PARTY
    level = "warning"
    evidence = "P"
    guidelines = MappingProxyType({"hd05": "Phần II, mục I.3.1.2b(iv)"})
    summary_vi = (
        "Báo, trong văn bản Đảng theo Hướng dẫn 05, ký hiệu cơ quan ban hành trong số mà "
        "hướng dẫn không còn quy định: \"ĐUK\" (đảng ủy khối), \"ĐĐ\" (đảng đoàn), \"BCSĐ\" "
        "(ban cán sự đảng) và \"HU\", \"QU\", \"ThU\" của cấp ủy cấp huyện (đứng riêng hoặc "
        "sau ký hiệu của một cơ quan, như \"BTGHU\")."
    )
    messages = phrases(
        dropped=(
            "'{group}' is {why}, which Guideline 05 no longer lists",
            "'{group}' là {why}, Hướng dẫn 05 không còn quy định ký hiệu này",
        ),
        body=("the symbol of a {body}", "ký hiệu của {body}"),
        district=(
            "the symbol of a district committee (no district level since 01/7/2025)",
            "ký hiệu của huyện ủy, quận ủy, thị ủy (không còn cấp huyện từ ngày 01/7/2025)",
        ),
        dropped_fix=(
            "use the symbol of the body that issues it now, e.g. 'ĐU', 'BTGDV', 'BXDĐ'",
            "dùng ký hiệu của cơ quan nay ban hành văn bản, ví dụ 'ĐU', 'BTGDV', 'BXDĐ'",
        ),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        num = read_number(view)
        m = num.party if num is not None else None
        if num is None or m is None:
            return
        issuer = m.group("issuer")
        start = num.value.find(issuer)
        offset = 0
        for group in issuer.split("-"):
            at = num.value_at + max(start, 0) + offset
            offset += len(group) + 1
            if group in PARTY_DROPPED_SYMBOLS:
                why = self.msg("body", body=PARTY_DROPPED_SYMBOLS[group])
            elif _PARTY_DISTRICT.match(group):
                why = self.msg("district")
            else:
                continue
            yield Finding(
                self.msg("dropped", group=group, why=why),
                num.piece.loc(at, at + len(group)),
                fix=self.msg("dropped_fix"),
            )


class MergedMinistry(Rule):
    """## What it does
    Reports, on a state document dated on or after 01/3/2025, a ministry that was merged
    or dissolved that day, named as issuer or parent body ("BỘ TÀI NGUYÊN VÀ MÔI
    TRƯỜNG") or by its symbol in the number ("BTNMT"). The new ministries ("BỘ NÔNG
    NGHIỆP VÀ MÔI TRƯỜNG", "BNNMT"; "BỘ DÂN TỘC VÀ TÔN GIÁO") pass.

    ## Why it matters
    Bộ Kế hoạch và Đầu tư went into Bộ Tài chính, Bộ Giao thông vận tải into Bộ Xây
    dựng, Bộ Thông tin và Truyền thông into Bộ Khoa học và Công nghệ, Bộ Tài nguyên và
    Môi trường and Bộ Nông nghiệp và Phát triển nông thôn became Bộ Nông nghiệp và Môi
    trường, Ủy ban Dân tộc became Bộ Dân tộc và Tôn giáo, and Bộ Lao động - Thương binh
    và Xã hội was dissolved. A later document under the old name is an old template.
    One secondary source: a warning.

    ## Example
    ```text
    BỘ TÀI NGUYÊN VÀ MÔI TRƯỜNG
    Số: 12/BTNMT-VP
    ```

    ## Use instead
    ```text
    BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
    Số: 12/BNNMT-VP
    ```

    ## Source
    The merger of ministries from 01/3/2025; NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.2–3
    """

    code = "VN214"
    name = "merged-ministry"
    families = STATE
    level = "warning"
    evidence = "S"
    guidelines = MappingProxyType({"nd30": "Phụ lục I, mục II.2–3 (with the ministries merged on 01/3/2025)"})
    summary_vi = (
        "Báo, trên văn bản hành chính ban hành từ ngày 01/3/2025, bộ đã hợp nhất hoặc giải thể "
        "ngày đó, ở tên cơ quan, tổ chức ban hành hoặc cơ quan chủ quản (\"BỘ TÀI NGUYÊN VÀ MÔI "
        "TRƯỜNG\") hoặc ở ký hiệu trong số (\"BTNMT\")."
    )
    messages = phrases(
        name=(
            "'{line}' was merged or dissolved on 01/3/2025 (now: {now})",
            "'{line}' đã hợp nhất hoặc giải thể từ ngày 01/3/2025 (nay: {now})",
        ),
        name_fix=("write the name of {now}", "ghi tên {now}"),
        successors=("the ministries that took over its tasks", "các bộ nhận chức năng, nhiệm vụ của bộ này"),
        symbol=(
            "'{group}' is the symbol of a ministry merged or dissolved on 01/3/2025 (now: {now})",
            "'{group}' là ký hiệu của bộ đã hợp nhất hoặc giải thể từ ngày 01/3/2025 (nay: {now})",
        ),
        symbol_fix=(
            "use the symbol of the ministry that issues it now, e.g. 'BNNMT'",
            "dùng ký hiệu của bộ nay ban hành văn bản, ví dụ 'BNNMT'",
        ),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        if not _since(view, MINISTRIES_MERGED):
            return
        for piece in _issuer_pieces(view):
            key = " ".join(fold(piece.text).split())
            if key in STATE_MERGED_MINISTRIES:
                _symbol, then = STATE_MERGED_MINISTRIES[key]
                now = self._now(then)
                yield Finding(
                    self.msg("name", line=piece.text, now=now),
                    piece.loc(),
                    fix=self.msg("name_fix", now=now),
                )
        num = read_number(view)
        if num is None:
            return
        _year, groups = state_groups(num)
        for group in groups:
            if group in _MERGED_SYMBOLS:
                at = num.value.find(group)
                yield Finding(
                    self.msg("symbol", group=group, now=self._now(_MERGED_SYMBOLS[group])),
                    num.piece.loc(num.value_at + at, num.value_at + at + len(group)),
                    fix=self.msg("symbol_fix"),
                )

    def _now(self, then: str | None) -> Message | str:
        """The ministry that took the place of a merged one, or the words for the
        several that took over the tasks of a dissolved one."""
        return then if then is not None else self.msg("successors")


class PlaceTwoLevel(Rule):
    """## What it does
    Reports a place name of the district level, or a thị trấn, in the date line of a
    document dated on or after 01/7/2025: "Huyện ...", "Quận 1", "Thị xã ...", "Thị
    trấn ...", "TX. ...", "TT. ...". The province, the xã, phường or đặc khu (also "ĐK")
    and "Thành phố" ("TP") pass.

    ## Why it matters
    Guideline 05 names places at two levels only — the province and the xã, phường or
    đặc khu — and keeps the abbreviations "TP" and "ĐK"; the district level (and its
    "TX", "TT") is gone since 01/7/2025, for state documents too. A warning: the
    guideline's text alone for Party documents, secondary sources for state ones.

    ## Example
    ```text
    Quận 1, ngày 05 tháng 8 năm 2026
    ```

    ## Use instead
    ```text
    Phường Sài Gòn, ngày 05 tháng 8 năm 2026
    ```

    ## Source
    HD 05-HD/VPTW, Phần II, mục I.4.1; the two-level local government from 01/7/2025
    """

    code = "VN311"
    name = "place-two-level"
    families = BOTH
    level = "warning"
    evidence = MappingProxyType({"state": "S", "hd36": "S", "hd05": "P"})
    guidelines = MappingProxyType({
        "nd30": "Phụ lục I, mục II.4 (with the two-level local government from 01/7/2025)",
        "hd36": "ô 4 (with the two-level local government from 01/7/2025)",
        "hd05": "Phần II, mục I.4.1",
    })
    summary_vi = (
        "Báo địa danh cấp huyện, hoặc thị trấn, trong dòng địa danh và thời gian ban hành của "
        "văn bản ban hành từ ngày 01/7/2025: \"Huyện ...\", \"Quận 1\", \"Thị xã ...\", "
        "\"Thị trấn ...\", \"TX. ...\", \"TT. ...\"."
    )
    messages = phrases(
        district=(
            "the place '{place}' is of the district level, abolished from 01/7/2025",
            "địa danh '{place}' thuộc cấp huyện, cấp đã bỏ từ ngày 01/7/2025",
        ),
        district_fix=(
            "write the province, or the xã, phường or đặc khu",
            "ghi tên tỉnh, thành phố, hoặc xã, phường, đặc khu",
        ),
    )

    def check(self, view: DocView, options: RuleOptions) -> Iterator[Finding]:
        piece = view.date_piece
        if piece is None or not _since(view, TWO_LEVEL_GOVERNMENT):
            return
        place = piece.text.split(",", 1)[0].strip()
        if _DISTRICT_PLACE.match(place):
            yield Finding(
                self.msg("district", place=place),
                piece.loc(0, len(place)),
                fix=self.msg("district_fix"),
            )
