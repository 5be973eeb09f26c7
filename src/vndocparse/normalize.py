"""Normalise stage: input text → `Line` records, markup blanked out, columns preserved.

Cleaning is *length-preserving*: markup (``**``, ``#``, HTML tags, ``\\*`` escapes,
``&nbsp;``) is replaced by spaces rather than deleted, so a column in the cleaned
line is the same column in the line as given. Only a line that is not in NFC (NFD
input from PDF or Mac tools) changes length; it carries a column map back.

Steps run in this order: ``nfc``, ``spaces``, ``html``, ``markdown``. Unknown step
names raise `ValueError` listing the known ones (eyecite ``clean_text`` style).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass

from vndocparse.text import _FOLD, fold


@dataclass(slots=True)
class Line:
    """One physical line: ``raw`` as given, ``text`` cleaned, ``folded`` for matching."""

    number: int
    raw: str
    text: str
    folded: str
    colmap: list[int] | None = None

    def raw_col(self, col: int) -> int:
        """Column in ``raw`` of column ``col`` of ``text``."""
        if self.colmap is None:
            return col
        if col >= len(self.colmap):
            return len(self.raw)
        return self.colmap[col]


_LINE_BREAK = re.compile(r"\r\n|\r|\n")


def split_lines(text: str) -> list[str]:
    """Physical lines of ``text`` (``\\n``, ``\\r\\n`` or ``\\r``); a final newline adds none."""
    # str.split is several times faster than the pattern; "\r" is rare in extracted text.
    lines = text.split("\n") if "\r" not in text else _LINE_BREAK.split(text)
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def _nfc_with_map(raw: str) -> tuple[str, list[int]]:
    """NFC of ``raw`` and, for each output character, its column in ``raw``."""
    out: list[str] = []
    cols: list[int] = []
    start = 0
    n = len(raw)
    while start < n:
        end = start + 1
        while end < n and unicodedata.combining(raw[end]):
            end += 1
        piece = unicodedata.normalize("NFC", raw[start:end])
        out.append(piece)
        cols.extend([start] * len(piece))
        start = end
    return "".join(out), cols


# NBSP, zero-width and other odd spaces, and the control characters (C0 but the tab and
# the line break, DEL, C1), which no document text holds: extraction debris, or a stray
# byte decoded. A tab stays: Word's text export puts one between the columns of a
# table (the header, the signature block), and the segmenter cuts there. (One regex
# pass: str.translate with a dict table is several times slower on non-ASCII text.)
_ODD_SPACE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u00a0\u2007\u2009\u202f\u200b\u200c\u200d\ufeff\u3000]")

# Tags that converters leave in markdown; anything else in <...> is kept (autolinks).
_HTML_TAG = re.compile(
    r"</?(?:p|div|br|b|strong|i|em|u|span|img|table|tbody|thead|tr|td|th|center|font|sup|sub|h[1-6]|a|hr|ul|ol|li|section|article|body|html|head|meta|style)\b[^<>]*>",
    re.IGNORECASE,
)
#: An HTML comment closed on its line: converters leave them, and the validator's inline
#: suppressions are written as one (``<!-- vndocparse: ignore VN204 -->``). Blanked like
#: a tag, and attributed to a furniture part of its own (`parts.attribute`).
HTML_COMMENT = re.compile(r"<!--.*?-->")


def html_comments(s: str) -> Iterator[re.Match[str]]:
    """The comments closed on the line ``s``. Only the text up to its last ``-->`` is
    searched: an opener after it cannot close, and searching the rest of the line from
    each such ``<!--`` was quadratic (issue 16: ``x<!-- `` × 10,000 took 54 s)."""
    end = s.rfind("-->")
    return HTML_COMMENT.finditer(s, 0, end + 3) if end >= 0 else iter(())
_HTML_ENTITY = re.compile(r"&(?:nbsp|amp|lt|gt|quot|apos|#\d{1,7}|#[xX][0-9a-fA-F]{1,6});")
_ENTITY_CHAR = {"&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&apos;": "'"}
_MD_HEADING = re.compile(r"^(\s{0,8})((?:#{1,6}(?:\s|$))+)")  # each repetition ends in a space: linear
# A run of ">" (with single spaces between) at the start: each repetition must take a
# ">", so the pattern cannot split the run in many ways (linear, unlike (?:>+ ?)+).
_MD_QUOTE = re.compile(r"^(\s*)(>(?: ?>)*)(?=\s|$)")
_MD_IMAGE = re.compile(r"!\[[^\]\n]*\]\([^)\n]*\)")
_MD_ESCAPE = re.compile(r"\\(?=[\\`*_{}\[\]()#+\-.!|<>~])")
# "__bold__" but not a typed rule "_______" (ND30's own separators are underscores).
# Each pattern opens with the marker itself and looks behind it afterwards ("__(?<!x__)"
# is "(?<!x)__"): the engine then skips ahead to the markers instead of trying the
# look-behind at every character (several times faster on long lines).
_MD_STRONG = re.compile(r"\*\*+|__(?<![_\w]__)(?=[^\s_])|__(?<=[^\s_]__)(?![_\w])")
# A lone "*" that opens or closes emphasis: touching text on one side only.
_MD_EM_OPEN = re.compile(r"\*(?:(?<=^\*)|(?<=[\s(\[\"“]\*))(?=[^\s*])")
_MD_EM_CLOSE = re.compile(r"\*(?<=[^\s*\\]\*)(?=[\s.,;:!?)\]\"”]|$)")
# Lines holding none of these need no cleaning: the common case, checked in one search.
_MARKUP_HINT = re.compile(r"[<&#>*_\\!\x00-\x09\x0b-\x1f\x7f-\x9f\u00a0\u2007\u2009\u202f\u200b-\u200d\ufeff\u3000]")


_NUMERIC_ENTITY = re.compile(r"&#(?:(\d{1,7})|[xX]([0-9a-fA-F]{1,6}));")


def _entity_letter(code: int) -> bool:
    """A numeric entity's code point is text: not a control character or a surrogate."""
    return 32 <= code < 0x110000 and not 0x7F <= code <= 0x9F and not 0xD800 <= code < 0xE000


def _numeric_entities_with_map(raw: str) -> tuple[str, list[int] | None]:
    """``raw`` with ``&#NNNN;``/``&#xHHHH;`` decoded, and each output column's column in ``raw``."""
    out: list[str] = []
    cols: list[int] = []
    pos = 0
    for m in _NUMERIC_ENTITY.finditer(raw):
        code = int(m.group(1)) if m.group(1) else int(m.group(2), 16)
        if not _entity_letter(code):
            continue  # left for the html step to blank out
        out.append(raw[pos : m.start()])
        cols.extend(range(pos, m.start()))
        out.append(chr(code))
        cols.append(m.start())
        pos = m.end()
    if pos == 0:
        return raw, None
    out.append(raw[pos:])
    cols.extend(range(pos, len(raw)))
    return "".join(out), cols


# Bold markers inside a word ("BỘ C****ÔNG THƯƠNG", "ng**ày", "**V****Ă****N**"): a
# converter that opens and closes bold at each run of formatting leaves them there.
# Blanking them (as markers between words are) would cut the word in two, and even make
# a gutter of its pieces: they are deleted, with a column map back, like the numeric
# entities.
_GLUED_MARKERS = re.compile(r"(?<=\w)\*{2,}(?=[\w:;,.!?)])")


# A zero-width character beside a space, markup or a line's edge has no width to keep:
# it is deleted ("*\u200bNơi nhận:*" is italics around "Nơi nhận:"); between two letters
# it parts two words, and becomes a space with the other odd spaces.
_ZERO_WIDTH_EDGE = re.compile(r"(?<!\w)[\u200b\u200c\u200d\ufeff\u2060]+|[\u200b\u200c\u200d\ufeff\u2060]+(?!\w)")
# (Any zero-width character: found fast, before the pattern above looks behind at every
# position.)
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\ufeff\u2060]")


def _deleted_with_map(raw: str, colmap: list[int] | None, pattern: re.Pattern[str]) -> tuple[str, list[int] | None]:
    """``raw`` without the matches of ``pattern``, and each output column's column in the
    line as given (through ``colmap``, the map ``raw`` already has, if any)."""
    out: list[str] = []
    cols: list[int] = []
    pos = 0
    for m in pattern.finditer(raw):
        out.append(raw[pos : m.start()])
        cols.extend(range(pos, m.start()))
        pos = m.end()
    if pos == 0:
        return raw, colmap
    out.append(raw[pos:])
    cols.extend(range(pos, len(raw)))
    if colmap is not None:
        cols = [colmap[c] for c in cols]
    return "".join(out), cols


def _blank(m: re.Match[str]) -> str:
    return " " * (m.end() - m.start())


def _entity(m: re.Match[str]) -> str:
    """The entity's character, padded with spaces to the entity's length."""
    s = m.group()
    ch = _ENTITY_CHAR.get(s)
    if ch is None and s.startswith("&#"):
        try:
            code = int(s[3:-1], 16) if s[2] in "xX" else int(s[2:-1])
            ch = chr(code) if _entity_letter(code) else " "
        except ValueError:
            ch = " "
    return (ch or " ").ljust(len(s))


def step_spaces(s: str) -> str:
    """NBSP, zero-width and other odd spaces, and control characters but the tab →
    plain spaces (same length)."""
    return _ODD_SPACE.sub(" ", s)


#: What a ``<br>`` becomes: a line break inside a line (U+2028, LINE SEPARATOR) padded
#: with spaces to the tag's length; the segmenter cuts there.
BREAK = "\u2028"
_HTML_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)


def _break(m: re.Match[str]) -> str:
    return BREAK + " " * (m.end() - m.start() - 1)


def step_html(s: str) -> str:
    """HTML comments, tags and entities left by converters → spaces; ``<br>`` → a break mark."""
    if "<" in s:
        if "<!--" in s:
            end = s.rfind("-->") + 3  # see `html_comments`
            if end >= 3:
                s = HTML_COMMENT.sub(_blank, s[:end]) + s[end:]
        s = _HTML_BR.sub(_break, s)
        s = _HTML_TAG.sub(_blank, s)
    if "&" in s:
        s = _HTML_ENTITY.sub(_entity, s)
    return s


def step_markdown(s: str) -> str:
    """Markdown headings, quotes, images, escapes, bold and italic markers → spaces."""
    if "![" in s:
        s = _MD_IMAGE.sub(_blank, s)
    if "\\" in s:
        s = _MD_ESCAPE.sub(" ", s)
    if "*" in s or "__" in s:
        s = _MD_STRONG.sub(_blank, s)
        if "*" in s and s.strip() != "*":
            s = _MD_EM_OPEN.sub(" ", s)
            s = _MD_EM_CLOSE.sub(" ", s)
    # Line-start markers last: blanking emphasis can bring a "#" or ">" to the front,
    # and converters nest them ("> ### ..."): blank them until none is left in front.
    while "#" in s or ">" in s:
        before = s
        s = _MD_HEADING.sub(lambda m: m.group(1) + " " * len(m.group(2)), s)
        s = _MD_QUOTE.sub(lambda m: m.group(1) + " " * len(m.group(2)), s)
        if s == before:
            break
    return s


Step = Callable[[str], str]

STEPS: dict[str, Step] = {
    "spaces": step_spaces,
    "html": step_html,
    "markdown": step_markdown,
}
DEFAULT_STEPS: tuple[str, ...] = ("spaces", "html", "markdown")


def _resolve(steps: Iterable[str | Step]) -> list[Step]:
    out: list[Step] = []
    for step in steps:
        if callable(step):
            out.append(step)
        elif step in STEPS:
            out.append(STEPS[step])
        else:
            known = ", ".join(sorted(STEPS))
            raise ValueError(f"unknown normalisation step {step!r}; known steps: {known}")
    return out


def clean_line(raw: str, steps: list[Step], *, composed: bool = False) -> tuple[str, list[int] | None]:
    """The cleaned text of one line and its column map (None when lengths agree).

    ``composed=True`` says the caller already knows the line is in NFC.
    """
    colmap = None
    text = raw
    if "&#" in text:
        # A numeric entity is a letter ("Quy&#7871;t"): decoded in place, with a column
        # map back, so the word stays whole (padding would cut it in two).
        text, colmap = _numeric_entities_with_map(text)
    if not composed and not text.isascii() and not unicodedata.is_normalized("NFC", text):
        inner, nfc_map = _nfc_with_map(text)
        colmap = [colmap[c] for c in nfc_map] if colmap is not None else nfc_map
        text = inner
    if _MARKUP_HINT.search(text):
        if "**" in text and step_markdown in steps:
            text, colmap = _deleted_with_map(text, colmap, _GLUED_MARKERS)
        if step_spaces in steps and _ZERO_WIDTH.search(text) and _ZERO_WIDTH_EDGE.search(text):
            text, colmap = _deleted_with_map(text, colmap, _ZERO_WIDTH_EDGE)
        for step in steps:
            text = step(text)
    return text, colmap


def normalise(text: str, steps: Iterable[str | Step] = DEFAULT_STEPS) -> list[Line]:
    """Split ``text`` into physical lines and clean each one."""
    resolved = _resolve(steps)
    # One check over the whole text spares the per-line NFC test in the common case.
    composed = unicodedata.is_normalized("NFC", text)
    hint = _MARKUP_HINT.search
    lines: list[Line] = []
    append = lines.append
    raws = split_lines(text)
    # Folding keeps every character's place and no character folds to a line break, so
    # the folded text splits into the folded lines: one translate call for the document.
    folds = split_lines(text.translate(_FOLD)) if composed else raws
    if composed and hint(text) is None:  # nothing to clean anywhere: the common case
        return [Line(number, raw, raw, folded, None) for number, (raw, folded) in enumerate(zip(raws, folds), start=1)]
    for number, (raw, folded) in enumerate(zip(raws, folds), start=1):
        if composed and not hint(raw):
            append(Line(number, raw, raw, folded, None))
            continue
        cleaned, colmap = clean_line(raw, resolved, composed=composed)
        # A line the steps left as it was ("!" or "_" in text) keeps its share of the
        # document's fold; a cleaned one is folded again.
        if composed and colmap is None and cleaned == raw:
            append(Line(number, raw, raw, folded, None))
        else:
            append(Line(number, raw, cleaned, fold(cleaned), colmap))
    return lines
