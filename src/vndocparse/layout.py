"""Layout pass: decide the zone of each token and read the two-column blocks in order.

The classifier names lines from their own text. Whether a CAPS line is the issuer, the
start of the body or the signer's title depends on where it stands, so this pass:

1. sets aside page furniture (page numbers, e-signature stamps, site headers, table
   borders, rules) — it is attributed, but not part of the layout grammar;
2. finds the header zone (ô 1–5), and reads it column by column: the left column
   (issuer, ``*``, number, marks, V/v subject), the right column (national title and
   motto or Party heading, date line), then the centred title block;
3. finds the addressees ("Kính gửi:") and the footer (Nơi nhận and signature, read as
   two columns), and the annex after the signature;
4. gives each token its final terminal name for ``grammars/letter.lark``.

The grammar then checks and structures this stream.
"""

from __future__ import annotations

import bisect

import regex

from vndocparse import classify as K
from vndocparse.classify import Token
from vndocparse.segment import _split_at
from vndocparse.signature import FOLDED_TITLE, is_caps_name, is_name, is_title, split_leading_title
from vndocparse.tables import marks
from vndocparse.tables.authority import PREFIX_PATTERN
from vndocparse.tables.copies import ANNEX_HEAD, annex_label
from vndocparse.tables.numbering import POINT_LETTERS, roman_value
from vndocparse.tables.titles import BYLINE_OPENERS, SUBJECT_OPENERS
from vndocparse.text import fold, is_upper_text
from vndocparse.trailer import COPY_PART, Trailer, is_copy_number, read_trailer

FURNITURE = {K.PIPE, K.RULE, K.PAGE, K.ESTAMP, K.SITE, K.NOISE}
_BODY_KINDS = frozenset({K.CAN_CU, K.ENACT, K.NUMBERED, K.BULLET, K.CAPS, K.CLOSING, K.TEXT})

HEADER_ANCHORS = {K.NUMBER, K.DATE_LINE, *K.HEADINGS, K.ASTERISK, K.TITLE, K.SUBJECT, K.MARK}
BODY_START = {K.KINH_GUI, K.CAN_CU, K.ENACT, K.NUMBERED, K.CLOSING, K.NOI_NHAN, K.AUTHORITY}
RIGHT_COLUMN = {*K.HEADINGS, K.DATE_LINE}
# Headings and titles met in the body are lines in capitals there (a motto, text).
_CAPS_IN_BODY = frozenset((K.HEADINGS - {K.MOTTO}) | {K.TITLE})
# What starts the header proper at the top of the page.
_TOP_ANCHORS = frozenset({K.NUMBER, *K.HEADINGS, K.DATE_LINE, K.TITLE})
# The header proper below a web page's own heading.
_HEADER_PROPER = frozenset({K.NUMBER, *K.HEADINGS, K.ASTERISK, K.CAPS})

# Final terminal names (see grammars/letter.lark).
ISSUER_LINE = "ISSUER_LINE"
SUBJECT_LINE = "SUBJECT_LINE"
TITLE_LINE = "TITLE_LINE"
TITLE_BYLINE = "TITLE_BYLINE"
HEADER_TEXT = "HEADER_TEXT"
RECIPIENT = "RECIPIENT"
RECIPIENT_CONT = "RECIPIENT_CONT"
DIST_ITEM = "DIST_ITEM"
DIST_CONT = "DIST_CONT"
POSITION = "POSITION"
SIGNER_NAME = "SIGNER_NAME"
ANNEX_LINE = "ANNEX_LINE"
COPY_LINE = "COPY_LINE"

_TRAIL_POSITION = regex.compile(r"(?<=[;,.:])\s+(?=\p{Lu}[\p{Lu}\s]{4,}$)")
# The signer's authority line beside a list item: "- Như trên; KT. BỘ TRƯỞNG".
_TRAIL_AUTHORITY = regex.compile(rf"(?<=[;,.:])\s+(?=(?:{PREFIX_PATTERN})\.?\s*\p{{Lu}}[\p{{Lu}}\s,]{{2,}}$)")
# A name beside a list item: after ";", or after "." with the two spaces of a narrow gutter.
_TRAIL_NAME = regex.compile(r"(?:(?<=;)\s++|(?<=[.,])\s{2,}+)(?=\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}*){1,4}$)")
_TRAIL_SIGNED = regex.compile(rf"(?<=[;.,])\s+(?={marks.SIGNED_BRACKETED}\s*$)")
# An issuer's name is letters, spaces and a little punctuation; a line with quotes,
# brackets or other symbols in it is a stamp or scan remnant ("CỤC THUẾ)", "VN "Để").
_ISSUER_CHARS = regex.compile(r"^[\p{L}\d\s\-–&,.'/|*]+$")
_ANNEX_HEAD = ANNEX_HEAD


# What a wrapped sentence's last piece is: a word or number, its final punctuation.
_TAIL = regex.compile(r"^(?:\w{2,}|\(\w{1,3}\))[.,;:!?)”\"]*$")  # (a lone letter is a speck; "(2)." is a count)
_FINISHED = (".", ";", ":", "!", "?", "./.")


# Words (folded) a body's name or a title may follow ("... CỦA" / "BỘ NỘI VỤ"); "số" is
# not one ("MÃ SỐ" / "CỤC TRƯỞNG CỤC HẢI QUAN" ends the trích yếu).
_BEFORE_A_BODY = ("tai", "cua", "theo", "va", "ve", "voi", "cac", "cho", "den", "tu", "trong", "boi", "nhu", "hoac")


def _ends_with(words: tuple[str, ...]) -> regex.Pattern[str]:
    """A line whose last word is one of ``words``, or that ends with ",", "-" or "–"."""
    return regex.compile(r"(?:\b(?:" + "|".join(words) + r")|[,\-–])$")


# A line that cannot end a sentence: its last word asks for more (folded).
_OPEN_END = _ends_with((*_BEFORE_A_BODY, "so", "ngay", "la", "duoc", "do", "nhung"))
# A line ending on a word that a body's name or a title may follow.
_TAKES_A_BODY = _ends_with(_BEFORE_A_BODY)


# Kinds of line whose sentence a hard wrap may carry on to the next line.
_WRAPPING = frozenset({K.TEXT, K.CAPS, K.NUMBERED, K.BULLET, K.CAN_CU, K.TITLE, K.SUBJECT})


def _breaks_page(tok: Token) -> bool:
    """What a page break leaves: the page number, the signing stamp repeated on the page."""
    return tok.kind == K.PAGE or (tok.kind == K.ESTAMP and K.SIGNING_STAMP.match(tok.folded) is not None)


_SIGNED_TAIL = regex.compile(rf"\s*{marks.SIGNED_BRACKETED}\s*$", regex.IGNORECASE)


def _signer_line(text: str) -> bool:
    """A name, or a title and a name in one cell ("CHỦ TỊCH Nguyễn Văn A")."""
    title, rest = split_leading_title(text)
    rest = _SIGNED_TAIL.sub("", rest)
    return is_name(rest) or (title is not None and 0 < len(rest) < 40)


def _untitled_subject(tok: Token) -> bool:
    """A short line starting "về ..." (lower case): the trích yếu of a letter without V/v."""
    return len(tok.text) < 150 and not tok.blank_before and tok.folded.startswith("ve ") and tok.text[:1].islower()


def _short_tail(tok: Token) -> bool:
    """A short last line of a wrapped V/v subject ("TMĐT."), not a body's name."""
    t = tok.text.rstrip()
    return len(t) < 16 and t.endswith(".")


def _continues(prev: Token, tok: Token, *, vv: bool = False) -> bool:
    """Whether ``tok`` continues the wrapped text of ``prev`` (subject lines)."""
    if tok.kind not in (K.TEXT, K.CAPS):
        return False
    if not tok.blank_before:
        # A wrapped subject line goes on; a finished sentence after a finished line does
        # not ("Ngày 5/1, UBND tỉnh đã họp." under a title is the body).
        p = prev.text.rstrip()
        return not (p.endswith((".", ":", "!", "?")) or (tok.text.rstrip().endswith(".") and len(tok.text) > 40 and prev.kind not in (K.TITLE, K.SUBJECT)))
    p = prev.text.rstrip()
    first = tok.text[:1]
    if vv and not p.endswith((".", ":", ";", "!", "?")) and _short_tail(tok):
        return True
    return p.endswith((",", "-", "–", " và", " của", " về")) or first.islower() or first == "("


def _drop_repeated_subject(left: list[Token]) -> None:
    """A V/v subject given twice, line for line (a merged table cell that the extraction
    repeats for each row it spans): the second copy is header text, not more subject."""
    heads = [k for k, t in enumerate(left) if t.kind == K.SUBJECT]
    if len(heads) < 2:
        return
    first, again = heads[0], heads[1]
    n = again - first
    copy = left[again : again + n]
    if [t.text for t in copy] == [t.text for t in left[first:again]]:
        for tok in copy:
            tok.kind = HEADER_TEXT


def _mark_bylines(title: list[Token]) -> None:
    """Lines under the type name that name the author or the meeting ("CỦA BỘ CHÍNH TRỊ,
    BAN BÍ THƯ", "HỘI NGHỊ LẦN THỨ SÁU ...") belong to the title when a "về ..." line
    follows them; with none, every line under the title is the trích yếu. A byline is set
    in capitals like the title; a trích yếu in sentence case may open with the same words
    ("Hội nghị tổng kết ..." / "về cải cách hành chính")."""
    lines = title[1:]
    if not lines or not lines[0].folded.startswith(BYLINE_OPENERS):
        return
    for k, tok in enumerate(lines):
        if k and tok.folded.startswith(SUBJECT_OPENERS):
            if not all(is_upper_text(byline.text) for byline in lines[:k]):
                return
            for byline in lines[:k]:
                byline.kind = TITLE_BYLINE
            return


def _outline_goes_on(last: str, toks: list[Token], j: int) -> bool:
    """The body's numbering goes on after ``toks[j]``: the first numbered item after it
    (before any annex or copy) follows ``last``, the body's last label before it
    ("1.8.2" then "1.9", "d)" then "e)", "II-" then "III-"). A signature block or a
    Nơi nhận list there is an example the body quotes, not the document's footer."""
    for tok in toks[j + 1 :]:
        if tok.kind == K.COPY or _ANNEX_HEAD.match(tok.folded):
            return False
        if tok.kind == K.NUMBERED and tok.label:
            return _follows(last, tok.label)
    return False


def _label_key(label: str) -> tuple[str, tuple[int, ...]] | None:
    """A numbering label as (kind, numbers): "1.9" → ("arabic", (1, 9)), "II" → ("roman",
    (2,)), "e" → ("letter", (5,)), "Điều 4" → ("dieu", (4,))."""
    text = label.strip(" .)-")
    f = fold(text)
    if f.replace(".", "").isdigit():
        return "arabic", tuple(int(x) for x in f.split(".") if x)
    if len(text) == 1 and text.lower() in POINT_LETTERS and (text.islower() or text not in "IVXLC"):
        return "letter", (POINT_LETTERS.index(text.lower()),)  # points a) b) ... đ) e) g)
    roman = roman_value(f)
    if roman is not None:
        return "roman", (roman,)
    word, _, num = f.partition(" ")
    if num.isdigit():
        return word, (int(num),)
    return None


def _follows(before: str, after: str) -> bool:
    """``after`` is a next label of the same kind after ``before`` (a sibling or an
    ancestor's sibling: "1.8.2" → "1.8.3", "1.9", "2")."""
    a, b = _label_key(before), _label_key(after)
    if a is None or b is None or a[0] != b[0]:
        return False
    if a[0] != "arabic":
        return b[1][0] == a[1][0] + 1
    # An arabic label goes on at some level: same prefix, the number at that level + 1.
    for depth in range(min(len(a[1]), len(b[1]))):
        if b[1][:depth] == a[1][:depth] and b[1][depth] == a[1][depth] + 1:
            return True
    return False


def _only_trailer(toks: list[Token]) -> bool:
    """The file holds only an annex (its first line is an annex's label, "PHỤ LỤC ...")
    or only a copy block (a copy mark and the copy's number, SY/SL/TrS, at its top)."""
    if not toks:
        return False
    if annex_label(toks[0].folded)[0] and len(toks[0].text) < 120:
        return True
    head = toks[:8]
    return any(t.kind == K.COPY for t in head) and any(is_copy_number(t) for t in head)


def _unlabelled_list_beside(items: Token, sig: Token) -> bool:
    """``items``, a bulleted table cell, stands in the row whose next cell opens the
    signature block (an authority line): it is the Nơi nhận list whose label a
    flattened table lost."""
    return (
        items.kind == K.BULLET
        and sig.kind == K.AUTHORITY
        and items.seg.in_table
        and sig.seg.in_table
        and items.line == sig.line
        and items.seg.column < sig.seg.column
    )


def _enacting_authority(prev: Token, tok: Token, issuers: list[str]) -> bool:
    """``tok``, in capitals under the trích yếu of a named document, names who enacts it
    (thẩm quyền ban hành, ND30 PL I: "BỘ TRƯỞNG BỘ NỘI VỤ", "CHỦ TỊCH ỦY BAN NHÂN DÂN
    ...", "CHÍNH PHỦ"): it opens with a signer's title or holds the issuer's name, and
    the line above it does not run on into it ("... CỦA" / "BỘ NỘI VỤ" is the subject's)."""
    if _TAKES_A_BODY.search(prev.folded.rstrip()) is not None:
        return False
    words = " ".join(tok.folded.split())
    if " " in words and (is_title(tok.text) or FOLDED_TITLE.match(words)):
        return True
    # "<title> <issuer>" or the issuer itself ("CHÍNH PHỦ", "HỘI ĐỒNG THẨM PHÁN TÒA ÁN ..."):
    # the line ends with the issuer's name, and what comes before it is a title or a line
    # of the issuer block.
    for name in issuers:
        if words.endswith(name):
            before = words[: len(words) - len(name)].strip()
            if not before or before in issuers or FOLDED_TITLE.match(before):
                return True
    return False


def _indent(tok: Token) -> int:
    """How far the line of ``tok`` is set in, in white space as given (markup is no indent)."""
    raw = tok.seg.line.raw
    return len(raw) - len(raw.lstrip(" \t"))


def _middle(tok: Token) -> float:
    """The column of the middle of the line of ``tok``, as given."""
    raw = tok.seg.line.raw
    return (_indent(tok) + len(raw.rstrip())) / 2


def _indented_paragraph(tok: Token, nxt: Token | None) -> bool:
    """``tok`` opens a paragraph with a first-line indent (PDF and Word text): set in by
    a few spaces, and the next line, right under it, runs from the margin at full
    width. Centred lines (a trích yếu whose second line is longer) share their middle:
    they are no paragraph (a paragraph's first line ends near the second's end, its
    middle half the indent to the right)."""
    return (
        nxt is not None
        and nxt.line == tok.end_line + 1
        and 2 <= _indent(tok) - _indent(nxt) <= 10
        and len(nxt.text) >= 45
        and not tok.text.rstrip().endswith(_FINISHED)
        and abs(_middle(tok) - _middle(nxt)) > 1.5
    )


def _body_sentence(prev: Token, toks: list[Token], i: int) -> bool:
    """``toks[i]``, right under a line of the trích yếu, starts a sentence of the body:
    it leads into a list ("... như sau:"), or it opens in capitals under a line that
    does not ask for more ("... của" / "Ủy ban nhân dân tỉnh" is a wrap) and its
    sentence runs, over the lines right under it, to a full stop and the length of a
    sentence (a one-line body with no blank line above it)."""
    tok = toks[i]
    t = tok.text.rstrip()
    if tok.blank_before:
        return False
    if t.endswith(":") and len(t) > 30:
        return True
    if tok.kind != K.TEXT or not t[:1].isupper() or _OPEN_END.search(prev.folded.rstrip()) is not None:
        return False
    length, last = 0, prev
    for tok in toks[i : i + 6]:
        if tok.kind not in (K.TEXT, K.CAPS) or (length and not _right_under(last, tok)):
            return False
        length += len(tok.text) + 1
        if tok.text.rstrip().endswith(_FINISHED):
            return length >= 60
        last = tok
    return False


def _right_under(prev: Token, tok: Token) -> bool:
    """``tok`` is on the line after ``prev``'s, no blank line between."""
    return tok.line == prev.end_line + 1 and not tok.blank_before


def _goes_on_over_page(before: Token | None, prev: Token, tok: Token) -> bool:
    """Whether the sentence of ``prev`` goes on at ``tok``, a page break between them."""
    if tok.kind not in (K.TEXT, K.CAPS):  # a numbered item or a bullet starts anew
        return False
    p = prev.text.rstrip()
    if p.endswith(_FINISHED) or not any(ch.isalpha() for ch in p):  # (figures alone: a cell)
        return False
    first = next((ch for ch in tok.text if ch.isalnum()), "")  # (past an opening quote)
    if not first.isupper():
        return True
    # A capital after the break: the line above must be a full-width line of a sentence or
    # end on a word that asks for more, and not a heading without its final stop ("1. Mục
    # đích", "II. NỘI DUNG") nor an item of a list written without punctuation.
    unpunctuated_list = (
        prev.kind == K.BULLET and before is not None and before.kind == K.BULLET
        and not before.text.rstrip().endswith(_FINISHED)
    )  # fmt: skip
    return (
        prev.kind != K.CAPS
        and (len(p) >= 55 or _OPEN_END.search(prev.folded.rstrip()) is not None)
        and not unpunctuated_list
    )


def _right_under_unfinished(prev: Token, tok: Token) -> bool:
    """``tok`` is on the line after ``prev``, no blank line between, and ``prev`` ends
    without a final stop."""
    return tok.line == prev.end_line + 1 and not tok.blank_before and not prev.text.rstrip().endswith(_FINISHED)


def _wraps_on(prev: Token, tok: Token) -> bool:
    """``tok`` is the next line of ``prev``'s unfinished sentence."""
    return prev.kind in _WRAPPING and _right_under_unfinished(prev, tok)


def _carries_on(prev: Token, tok: Token) -> bool:
    """``tok`` carries on ``prev``'s list or sentence: right under it, opening in lower case."""
    return tok.kind in (K.TEXT, K.CAPS) and tok.text[:1].islower() and _right_under_unfinished(prev, tok)


class Layout:
    """The zoned token stream of one document."""

    def __init__(self, tokens: list[Token]) -> None:
        self.all = tokens
        self.furniture: list[Token] = []
        self.stream: list[Token] = []  # tokens for the grammar, final kinds, reading order
        self._replacements: dict[int, list[Token]] = {}
        self.trailer: Trailer | None = None  # the copy block and annexes after the signature
        self.top_copy: list[Token] = []  # a copy mark stamped above the header
        self.only_trailer = False  # the file holds only an annex or a copy block
        self._rule_lines: list[int] = []
        self._inline_head = False  # "Kính gửi: <list>" on the label's own line
        self._run()
        self._apply_replacements()

    # -- zones -------------------------------------------------------------------
    def _wrapped_tails(self) -> None:
        """A short last piece of a hard-wrapped sentence ("cư.", "xa.", "2024") looks like
        an OCR speck to the classifier, which sees it alone; right under an unfinished
        line of text (no blank line between, or only a page break), it is that
        sentence's end."""
        toks = self.all
        for i in [i for i, t in enumerate(toks) if t.kind == K.NOISE]:  # (few: in order)
            tok = toks[i]
            j, page_break = i - 1, False
            while j >= 0 and (toks[j].kind == K.PAGE or toks[j].kind == K.ESTAMP):
                page_break = page_break or _breaks_page(toks[j])
                j -= 1
            if j < 0:
                continue
            prev = toks[j]
            if (
                _TAIL.match(tok.text)
                and (_wraps_on(prev, tok) or (page_break and prev.kind in _WRAPPING and not prev.text.rstrip().endswith(_FINISHED)))
            ):
                tok.kind = K.TEXT

    def _run(self) -> None:
        self._wrapped_tails()
        toks: list[Token] = []
        prev_line = 0
        prev: Token | None = None
        before_prev: Token | None = None
        page_break = False
        for tok in self.all:
            if tok.kind in FURNITURE:
                self.furniture.append(tok)
                page_break = page_break or _breaks_page(tok)
            else:
                # Blank lines and furniture between two content lines separate them, but
                # not a page break (its number, a stamp, the blank lines round them)
                # inside an unfinished sentence: PDF text breaks pages mid-paragraph.
                line = tok.line
                gap = line > prev_line + 1 or (tok.blank_before and line > prev_line)
                if gap and page_break and prev is not None and _goes_on_over_page(before_prev, prev, tok):
                    gap = False
                tok.blank_before = gap
                prev_line, before_prev, prev, page_break = max(prev_line, tok.end_line), prev, tok, False
                toks.append(tok)
        self._rule_lines = sorted(t.line for t in self.furniture if t.kind == K.RULE)
        if _only_trailer(toks):
            # A file that holds only an annex or only a copy block: no header, body or
            # footer of its own (the annex's heading is not the document's).
            self.only_trailer = True
            self._trail(toks)
            return
        # A copy mark above the header (a stamp on the first page): the copy's, not the issuer's.
        top = self._anchor_window(toks)
        for tok in [t for t in toks[:top] if t.kind == K.COPY]:
            tok.part = (COPY_PART, "mark")
            self.top_copy.append(tok)
            self.furniture.append(tok)
        if self.top_copy:
            toks = [t for t in toks if t.part is None]
        n = len(toks)
        header_end = self._header_end(toks)
        header = toks[:header_end]
        self._front_matter(header)
        # Stamp or scan debris between the header and "Kính gửi:" stays in the header.
        for j in range(header_end, min(header_end + 3, n)):
            if toks[j].kind == K.KINH_GUI and header_end > 0:
                for tok in toks[header_end:j]:
                    tok.kind = HEADER_TEXT
                header.extend(toks[header_end:j])
                header_end = j
                break
        i = header_end
        addressees: list[Token] = []
        if i < n and toks[i].kind == K.KINH_GUI:
            j = self._addressees_end(toks, i)
            addressees, i = toks[i:j], j
        footer_start = self._footer_start(toks, i)
        body = toks[i:footer_start]
        footer, annex = self._footer(toks[footer_start:])
        self.stream = [*self._header(header), *self._addressees(addressees)]
        for tok in body:
            if tok.kind not in _BODY_KINDS:
                tok.kind = K.CAPS if tok.kind in _CAPS_IN_BODY else K.TEXT
            self.stream.append(tok)
        self.stream += footer
        self._trail(annex)

    def _trail(self, toks: list[Token]) -> None:
        """The tokens after the signature: the copy block and the annexes (`trailer`)."""
        if not toks:
            return
        self.trailer = read_trailer(toks)
        for tok in toks:
            part = self.trailer.roles.get(id(tok))
            tok.part = part
            tok.kind = COPY_LINE if part is not None and part[0] == COPY_PART else ANNEX_LINE
            self.stream.append(tok)

    @staticmethod
    def _anchor_window(toks: list[Token]) -> int:
        """How far the top of the page goes: up to the first anchor of the header proper
        (a number, a heading, a date line) or the 8th token."""
        for k, tok in enumerate(toks[:8]):
            if tok.kind in _TOP_ANCHORS:
                return k
        return min(8, len(toks))

    def _header_end(self, toks: list[Token]) -> int:
        n = len(toks)
        i = 0
        end = 0
        seen = False
        while i < n:
            tok = toks[i]
            k = tok.kind
            if k in BODY_START:
                # "Kính gửi" or an authority line before any anchor: no header to speak of.
                break
            if k in HEADER_ANCHORS:
                seen = True
                i += 1
                if k in (K.TITLE, K.SUBJECT):
                    i = self._subject_end(toks, i, inline=self._has_inline(tok))
                end = i
                continue
            # A trích yếu without "V/v" right under the number (Party công văn: "về ...").
            if k == K.TEXT and i and toks[i - 1].kind in (K.NUMBER, K.DATE_LINE) and _untitled_subject(tok):
                tok.kind = K.SUBJECT
                i = self._subject_end(toks, i + 1, inline=True)
                end = i
                continue
            # CAPS / TEXT / others: header text if an anchor follows soon.
            ahead = self._anchor_ahead(toks, i + 1, 8)
            if ahead:
                i += 1
                end = i
                continue
            if not seen and k in (K.CAPS, K.TEXT, K.SIGNED, K.BULLET) and i < 12 and self._anchor_ahead(toks, i + 1, 14):
                i += 1
                end = i
                continue
            break
        return end if seen else 0

    @staticmethod
    def _front_matter(header: list[Token]) -> None:
        """A title or V/v line above the header proper is a web page's heading, not the document's."""
        first = next((i for i, t in enumerate(header) if t.kind in _HEADER_PROPER), None)
        if first is None:
            return
        if not any(t.kind in (K.NUMBER, K.DATE_LINE) for t in header[first:]):
            return
        for tok in header[:first]:
            if tok.kind in (K.TITLE, K.SUBJECT, SUBJECT_LINE, TITLE_LINE, K.TEXT):
                tok.kind = HEADER_TEXT

    @staticmethod
    def _has_inline(tok: Token) -> bool:
        """A title or V/v line that carries subject words on the same line."""
        if tok.kind == K.SUBJECT:
            return True
        from vndocparse.fields import split_title

        return bool(split_title(tok.text)[1])

    @staticmethod
    def _anchor_ahead(toks: list[Token], start: int, window: int) -> bool:
        for tok in toks[start : start + window]:
            if tok.kind in BODY_START:
                return False
            if tok.kind in HEADER_ANCHORS:
                return True
        return False

    def _subject_end(self, toks: list[Token], i: int, *, inline: bool) -> int:
        """Index after the subject lines that follow a title or V/v line at ``i - 1``."""
        n = len(toks)
        prev = toks[i - 1]
        first = True
        while i < n:
            tok = toks[i]
            if tok.kind in RIGHT_COLUMN or tok.kind == K.MARK:
                i += 1  # the other column, interleaved by a row-wise extraction
                continue
            # Right under a title, "Về việc ..." is the title's subject, not a V/v line.
            under_title = first and prev.kind == K.TITLE and tok.kind == K.SUBJECT
            if (tok.kind not in (K.TEXT, K.CAPS) and not under_title) or len(tok.text) > 400:
                break
            if prev.kind in (K.SUBJECT, SUBJECT_LINE) and len(tok.text) > 110:
                break
            if first and not inline:
                # (The first line of a paragraph set in with a first-line indent is the
                # body: a title with no trích yếu.)
                ok = not _indented_paragraph(tok, toks[i + 1] if i + 1 < n else None)
            elif (prev.kind not in (K.TITLE, K.SUBJECT) or inline) and _body_sentence(prev, toks, i):
                ok = False  # a one-line body right under the trích yếu (or a title holding it)
            else:
                vv = prev.kind in (K.SUBJECT, SUBJECT_LINE)
                ok = _continues(prev, tok, vv=vv)
                if ok and tok.kind == K.CAPS and not is_upper_text(prev.text) and not (vv and _short_tail(tok)):
                    ok = False  # "ỦY BAN NHÂN DÂN ..." after a sentence-case subject: the body's authority line
            if not ok:
                break
            if self._rule_between(prev, tok):
                break
            if tok.kind == K.CAPS and _enacting_authority(prev, tok, self._issuer_names(toks, i)):
                break  # "BỘ TRƯỞNG BỘ NỘI VỤ" under the trích yếu: who enacts, not the subject
            tok.kind = SUBJECT_LINE if prev.kind != K.TITLE and prev.kind != TITLE_LINE else TITLE_LINE
            if prev.kind == K.SUBJECT or prev.kind == SUBJECT_LINE:
                tok.kind = SUBJECT_LINE
            prev = tok
            first = False
            i += 1
        return i

    @staticmethod
    def _issuer_names(toks: list[Token], end: int) -> list[str]:
        """The folded lines in capitals above ``toks[end]`` that may name the issuer."""
        return [" ".join(t.folded.split()) for t in toks[:end] if t.kind == K.CAPS and len(t.folded.split()) >= 2]

    def _rule_between(self, a: Token, b: Token) -> bool:
        """A typed rule on a line between two tokens (binary search: called per line)."""
        i = bisect.bisect_right(self._rule_lines, a.end_line)
        return i < len(self._rule_lines) and self._rule_lines[i] < b.line

    def _addressees_end(self, toks: list[Token], i: int) -> int:
        n = len(toks)
        head = toks[i]
        from vndocparse.fields import after_label

        inline = self._inline_head = bool(after_label(head.text))
        j = i + 1
        prev = head
        while j < n:
            tok = toks[j]
            if (
                inline
                and prev.kind != K.BULLET
                and _carries_on(prev, tok)
                and len(head.text) >= 40
                and len(tok.text) <= len(head.text) + 10
                and (j + 1 >= n or toks[j + 1].line != tok.line)
            ):
                # "Kính gửi: Các huyện ủy, thị ủy, thành ủy trực" / "thuộc": the label's own
                # list, hard-wrapped. A wrap comes at a full line's width (a short label
                # line is whole); a longer line is the body's first sentence.
                prev = tok
                j += 1
                continue
            if tok.kind == K.BULLET:
                pass
            elif tok.kind in (K.TEXT, K.CAPS) and not tok.blank_before and not inline:
                if prev.text.rstrip().endswith(".") and prev is not head:
                    break
            else:
                break
            if inline and tok.kind != K.BULLET:
                break
            prev = tok
            j += 1
            if tok.text.rstrip().endswith(".") and tok.kind == K.BULLET and j < n and toks[j].kind != K.BULLET:
                break
        return j

    def _footer_start(self, toks: list[Token], i: int) -> int:
        n = len(toks)
        last_label: str | None = None  # the body's last numbering label so far
        for j in range(i, n):
            k = toks[j].kind
            if k == K.NUMBERED:
                last_label = toks[j].label
                continue
            if (k == K.AUTHORITY or k == K.NOI_NHAN) and last_label and _outline_goes_on(last_label, toks, j):
                continue  # an example of a signature block inside the body (a guide's)
            if k == K.AUTHORITY and len(toks[j].text) < 90:
                if j > i and _unlabelled_list_beside(toks[j - 1], toks[j]):
                    return j - 1
                return j
            if k == K.NOI_NHAN:
                # A signer's title and name right above "Nơi nhận:" (signature first).
                for b in range(max(i, j - 4), j):
                    tok = toks[b]
                    if b > i and _wraps_on(toks[b - 1], tok) and tok.text.rstrip().endswith("."):
                        continue  # the end of the body's last sentence, hard-wrapped
                    if tok.kind == K.CAPS and len(tok.text) < 50 and any(
                        _signer_line(t.text) for t in toks[b + 1 : j]
                    ):
                        return b
                    if tok.kind == K.TEXT and split_leading_title(tok.text)[0] and _signer_line(tok.text):
                        return b
                # The signer's title alone right above "Nơi nhận:", the name under the list.
                above = toks[j - 1]
                if j - 1 >= i and above.kind == K.CAPS and len(above.text) < 50 and " " in above.text and is_title(above.text):
                    return j - 1
                return j
        # No Nơi nhận and no authority: a short CAPS title line followed by a name.
        for j in range(n - 1, max(i, n - 8) - 1, -1):
            tok = toks[j]
            if tok.kind == K.CAPS and len(tok.text) < 50:
                rest = toks[j + 1 : j + 4]
                if any(is_name(t.text) for t in rest):
                    return j
        return n

    def _footer(self, toks: list[Token]) -> tuple[list[Token], list[Token]]:
        """Read the footer as two columns; return (stream, annex tokens)."""
        left: list[Token] = []
        right: list[Token] = []
        in_list = False
        have_name = False
        have_sig = False
        for idx, tok in enumerate(toks):
            k = tok.kind
            if k == K.NOI_NHAN and not in_list:
                in_list = True
                left.append(tok)
                continue
            if idx == 0 and k == K.BULLET and len(toks) > 1 and _unlabelled_list_beside(tok, toks[1]):
                in_list = True  # the list in the cell beside the signature, its label lost
            if (
                in_list
                and left
                and left[-1].kind == K.NOI_NHAN
                and left[-1].line == tok.line
                and k == K.TEXT
                and ";" in tok.text
                and not _signer_line(tok.text)
            ):
                tok.kind = DIST_ITEM  # entries on the label's own line: "Nơi nhận: Như trên; Lưu VT."
                left.append(tok)
                continue
            if k == K.AUTHORITY and not have_name:
                have_sig = True
                right.append(tok)
                continue
            if k == K.SIGNED and not have_name:
                right.append(tok)
                continue
            if in_list and k == K.BULLET:
                parts = self._split_trailing_signer(tok, have_name)
                tok.kind = DIST_ITEM
                left.append(parts[0])
                for extra in parts[1:]:
                    if extra.kind == SIGNER_NAME:
                        have_name = True
                    right.append(extra)
                continue
            if (
                in_list
                and k in (K.TEXT, K.CAPS)
                and left
                and left[-1].kind in (DIST_ITEM, DIST_CONT)
                # (A name is no entry's rest, unless it opens in lower case right under
                # an unfinished entry: "- Lưu Văn" / "phòng Ban.")
                and (not is_name(tok.text) or (tok.text[:1].islower() and _right_under_unfinished(left[-1], tok)))
                and not (k == K.CAPS and len(tok.text) < 60 and not have_name and not tok.text.rstrip().endswith((";", ",", ".")))
                and not left[-1].text.rstrip().endswith(".")
                and (not tok.blank_before or left[-1].text.rstrip().endswith(",") or tok.text[:1].islower())
            ):
                tok.kind = DIST_CONT
                left.append(tok)
                continue
            if _ANNEX_HEAD.match(tok.folded) and (have_sig or have_name):
                return self._footer_stream(left, right), toks[idx:]
            if k == K.COPY or (
                k == K.CAPS and idx + 1 < len(toks) and toks[idx + 1].kind == K.COPY and toks[idx + 1].line <= tok.end_line + 1
            ):
                return self._footer_stream(left, right), toks[idx:]  # a copy block (bản sao) after the signature
            if (
                k == K.TEXT
                and len(tok.text) < 60
                and not have_name
                and (have_sig or in_list)
                and is_title(tok.text)
                and not split_leading_title(tok.text)[0]
            ):
                tok.kind = POSITION  # a title in sentence case ("Thứ trưởng")
                have_sig = True
                right.append(tok)
                continue
            if k == K.CAPS and not have_name and right and right[-1].kind == POSITION and is_caps_name(tok.text):
                tok.kind = SIGNER_NAME  # the name in capitals, under the title
                have_name = True
                right.append(tok)
                continue
            if k == K.CAPS and len(tok.text) < 70 and not have_name:
                tok.kind = POSITION
                have_sig = True
                right.append(tok)
                continue
            if k in (K.TEXT, K.CAPS) and not have_name and _signer_line(tok.text):
                for piece in self._split_signed_tail(tok):
                    if piece.kind != K.SIGNED:
                        piece.kind = SIGNER_NAME
                    right.append(piece)
                have_name = True
                continue
            # Anything else ends the footer: what follows is an annex or attached text.
            return self._footer_stream(left, right), toks[idx:]
        return self._footer_stream(left, right), []

    @staticmethod
    def _footer_stream(left: list[Token], right: list[Token]) -> list[Token]:
        for tok in right:
            if tok.kind == K.CAPS:
                tok.kind = POSITION
            elif tok.kind in (K.TEXT, K.BULLET, K.NUMBERED):
                tok.kind = SIGNER_NAME if is_name(tok.text) else POSITION
        if left and right and right[0].line < left[0].line:
            return [*right, *left]
        return [*left, *right]

    def _split_signed_tail(self, tok: Token) -> list[Token]:
        """``Phan Văn A (đã ký)`` → the name and the signed mark."""
        m = _SIGNED_TAIL.search(tok.text)
        if m is None or m.start() == 0:
            return [tok]
        pieces = _split_at(tok.seg, [m.start()])
        if len(pieces) != 2:
            return [tok]
        first = Token(tok.kind, pieces[0], tok.blank_before)
        second = Token(K.SIGNED, pieces[1])
        self._replace(tok, [first, second])
        return [first, second]

    def _split_trailing_signer(self, tok: Token, have_name: bool) -> list[Token]:
        """``- Như trên; PHÓ CỤC TRƯỞNG`` → the item and the signer's line beside it."""
        m = _TRAIL_AUTHORITY.search(tok.text)
        kind = K.AUTHORITY
        if m is None:
            m = _TRAIL_POSITION.search(tok.text)
            kind = POSITION
        if m is None and not have_name:
            m = _TRAIL_NAME.search(tok.text)
            kind = SIGNER_NAME
        if m is None:
            m = _TRAIL_SIGNED.search(tok.text)
            kind = K.SIGNED
        if m is None:
            return [tok]
        pieces = _split_at(tok.seg, [m.start()])
        if len(pieces) != 2:
            return [tok]
        first = Token(DIST_ITEM, pieces[0], tok.blank_before)
        second = Token(kind, pieces[1])
        self._replace(tok, [first, second])
        return [first, second]

    def _replace(self, old: Token, new: list[Token]) -> None:
        """Put ``new`` where ``old`` stands in `all` (applied once, at the end of the pass:
        a search of the list for each split would grow with the square of the footer)."""
        self._replacements[id(old)] = new

    def _apply_replacements(self) -> None:
        if not self._replacements:
            return
        self.all = [t for tok in self.all for t in self._expand(tok)]

    def _expand(self, tok: Token) -> list[Token]:
        """The tokens that replace ``tok``, replaced in turn. (A method, not a nested
        function: a recursive closure is a reference cycle that would keep the whole
        parse alive until the garbage collector's next run.)"""
        new = self._replacements.get(id(tok))
        return [t for n in new for t in self._expand(n)] if new is not None else [tok]

    # -- header columns --------------------------------------------------------------
    def _header(self, toks: list[Token]) -> list[Token]:
        left: list[Token] = []
        right: list[Token] = []
        title: list[Token] = []
        number_seen = False
        for tok in toks:
            k = tok.kind
            if k in RIGHT_COLUMN:
                right.append(tok)
            elif k in (K.TITLE, TITLE_LINE):
                if k == K.TITLE:
                    tok.kind = K.TITLE
                title.append(tok)
            elif k == K.NUMBER:
                number_seen = True
                left.append(tok)
            elif k in (K.SUBJECT, SUBJECT_LINE, K.ASTERISK, K.MARK, HEADER_TEXT):
                left.append(tok)
            elif k == K.CAPS and not number_seen and _ISSUER_CHARS.match(tok.text):
                tok.kind = ISSUER_LINE
                left.append(tok)
            elif k == K.TEXT and number_seen:
                tok.kind = SUBJECT_LINE
                left.append(tok)
            elif k == K.CAPS and _ISSUER_CHARS.match(tok.text) and not any(t.kind == ISSUER_LINE for t in left):
                tok.kind = ISSUER_LINE
                left.append(tok)
            else:
                tok.kind = HEADER_TEXT
                left.append(tok)
        _drop_repeated_subject(left)
        _mark_bylines(title)
        return self._order_left(left) + right + title

    @staticmethod
    def _order_left(left: list[Token]) -> list[Token]:
        """The left column in layout order: issuer, *, number, marks, subject, rest."""
        rank = {ISSUER_LINE: 0, K.ASTERISK: 1, K.NUMBER: 2, K.MARK: 3, K.SUBJECT: 4, SUBJECT_LINE: 4, HEADER_TEXT: 5}
        # A subject line before the V/v line belongs after it (stable sort keeps order).
        return sorted(left, key=lambda t: rank.get(t.kind, 5))

    # -- addressees ----------------------------------------------------------------------
    def _addressees(self, toks: list[Token]) -> list[Token]:
        out: list[Token] = []
        inline = self._inline_head  # (the head carries its list: `_addressees_end`)
        for idx, tok in enumerate(toks):
            if idx == 0:
                tok.kind = K.KINH_GUI
            elif inline and tok.kind != K.BULLET and all(t.kind == RECIPIENT_CONT for t in out[1:]):
                # (`_addressees_end` let in such a line only where it carries on the label's list.)
                tok.kind = RECIPIENT_CONT
            elif tok.kind == K.BULLET:
                tok.kind = RECIPIENT
            elif out and out[-1].kind in (RECIPIENT, RECIPIENT_CONT):
                tok.kind = RECIPIENT_CONT
            else:
                tok.kind = RECIPIENT
            out.append(tok)
        return out
