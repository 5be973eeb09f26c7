"""The formatting of DOCX paragraphs and sections, for the typography rules (``VN0xx``).

Style look-ups are made once per style: python-docx finds a style by id with an XPath
over every style of the file (and again for each ``base_style`` step), which made a
file's reading cost runs × styles (issue 16: 1,000 paragraphs and 5,000 unused styles
took 89 s). `Styles` indexes them once and caches each resolved property.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from typing import Any, Literal

from vndocparse.readers.source import PageSetup

#: The WordprocessingML namespace, in lxml's ``{uri}`` form.
W_NS = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_W = W_NS
#: Every section's properties, in order: those that end a section inside the body, then
#: the body's last.
SECTIONS = "./w:p/w:pPr/w:sectPr | ./w:sectPr"
_R = "{http://schemas.openxmlformats.org/officeDocument/2006/relationships}"
_FONT_ATTRS = ("name", "size", "bold", "italic", "underline", "all_caps")
#: Longest ``basedOn`` chain followed (a loop in a broken file ends here).
_CHAIN = 20


class Styles:
    """The file's styles indexed by id, with their resolved font and paragraph values."""

    def __init__(self, document: Any) -> None:
        from docx.enum.style import WD_STYLE_TYPE

        styles = document.styles
        self.by_id: dict[str, Any] = {}
        for style in styles:
            self.by_id.setdefault(style.style_id, style)
        default = styles.element.default_for(WD_STYLE_TYPE.PARAGRAPH)
        self.default_paragraph = self.by_id.get(default.styleId) if default is not None else None
        self.defaults = _doc_defaults(styles.element)
        self._cache: dict[tuple[str, str | None, str | None], Any] = {}

    def of_paragraph(self, p_el: Any) -> Any:
        sid = _style_id(p_el, "pPr", "pStyle")
        return self.by_id.get(sid, self.default_paragraph) if sid else self.default_paragraph

    def of_run(self, r_el: Any) -> Any:
        sid = _style_id(r_el, "rPr", "rStyle")
        style = self.by_id.get(sid) if sid else None
        return None if style is None or style.name == "Default Paragraph Font" else style

    def chain(self, style: Any) -> Iterator[Any]:
        seen = 0
        while style is not None and seen < _CHAIN:
            yield style
            base = style.element.basedOn_val
            style = self.by_id.get(base) if base else None
            seen += 1

    def font(self, attr: str, run_style: Any, para_style: Any) -> Any:
        """A run property from the character style, then the paragraph style (chains)."""
        key = (attr, _sid(run_style), _sid(para_style))
        if key not in self._cache:
            self._cache[key] = self._font(attr, run_style, para_style)
        return self._cache[key]

    def _font(self, attr: str, *styles: Any) -> Any:
        for first in styles:
            for style in self.chain(first):
                value = getattr(style.font, attr, None)
                if value is not None:
                    return value
        return None

    def colour(self, run_style: Any, para_style: Any) -> str | None:
        """The colour the character style, then the paragraph style, sets (chains)."""
        key = ("colour", _sid(run_style), _sid(para_style))
        if key not in self._cache:
            fonts = (s.font for first in (run_style, para_style) for s in self.chain(first))
            self._cache[key] = _colour(fonts)
        return self._cache[key]  # type: ignore[no-any-return]

    def spacing_rule(self, para_style: Any) -> str | None:
        """The rule of the line spacing the paragraph style's chain sets."""
        key = ("p:spacing_rule", None, _sid(para_style))
        if key not in self._cache:
            self._cache[key] = next(
                (_rule_name(s.paragraph_format) for s in self.chain(para_style) if s.paragraph_format.line_spacing is not None),
                None,
            )
        return self._cache[key]  # type: ignore[no-any-return]

    def paragraph(self, attr: str, para_style: Any) -> Any:
        key = ("p:" + attr, None, _sid(para_style))
        if key not in self._cache:
            self._cache[key] = next(
                (v for s in self.chain(para_style) if (v := getattr(s.paragraph_format, attr, None)) is not None),
                None,
            )
        return self._cache[key]


def _style_id(el: Any, props: str, ref: str) -> str | None:
    """The style id an element names (read from the XML: python-docx raises on a
    reference without its ``w:val``, which a damaged file may hold)."""
    found = el.find(f"{_W}{props}/{_W}{ref}")
    return found.get(_W + "val") if found is not None else None


def _sid(style: Any) -> str | None:
    return style.style_id if style is not None else None


def _doc_defaults(styles_el: Any) -> dict[str, Any]:
    """Font, size and paragraph spacing of ``w:docDefaults`` (what a run or a paragraph
    has when nothing else says)."""
    out: dict[str, Any] = {"font": None, "size": None, "space_before": None, "space_after": None}
    spacing = styles_el.find(f"{_W}docDefaults/{_W}pPrDefault/{_W}pPr/{_W}spacing")
    if spacing is not None:
        for key, attr in (("space_before", "before"), ("space_after", "after")):
            value = spacing.get(_W + attr, "")
            if value.isdigit():
                out[key] = int(value) / 20  # twentieths of a point
    rpr = styles_el.find(f"{_W}docDefaults/{_W}rPrDefault/{_W}rPr")
    if rpr is not None:
        fonts = rpr.find(_W + "rFonts")
        if fonts is not None:
            out["font"] = fonts.get(_W + "ascii") or fonts.get(_W + "hAnsi")
        sz = rpr.find(_W + "sz")
        if sz is not None and sz.get(_W + "val", "").isdigit():
            out["size"] = int(sz.get(_W + "val")) / 2
    return out


def _majority(values: list[tuple[Any, int]]) -> Any:
    counts: Counter[Any] = Counter()
    for value, weight in values:
        counts[value] += weight
    return counts.most_common(1)[0][0] if counts else None


def format_of(p: Any, runs: list[tuple[Any, str]], styles: Styles) -> dict[str, Any]:
    """Run properties covering most of the paragraph's text, and its paragraph format.

    ``runs``: the paragraph's python-docx runs as printed (tracked insertions in,
    deletions out), each with its text."""
    pstyle = styles.of_paragraph(p._p)
    props: dict[str, list[tuple[Any, int]]] = {k: [] for k in _FONT_ATTRS}
    names: set[str] = set()
    colours: set[str] = set()
    lead_underline: str | None = None
    for run, text in runs:
        weight = len(text.strip())
        if not weight:
            continue
        cstyle = styles.of_run(run._r)
        font = run.font
        values = {attr: getattr(font, attr) for attr in _FONT_ATTRS}
        for attr in _FONT_ATTRS:
            if values[attr] is None:
                values[attr] = styles.font(attr, cstyle, pstyle)
        if lead_underline is None:
            lead_underline = _underline_kind(values["underline"])
        # the run's own colour, else its styles' (walked only when the run sets none)
        colour = _colour((font,)) if font.color.type is not None else styles.colour(cstyle, pstyle)
        if colour is not None:
            colours.add(colour)
        name = values["name"] or styles.defaults["font"]
        size = values["size"]
        props["name"].append((name, weight))
        props["size"].append((size.pt if size is not None else styles.defaults["size"], weight))
        for attr in ("bold", "italic", "underline", "all_caps"):
            props[attr].append((bool(values[attr]), weight))
        if name:
            names.add(name)
    fmt = p.paragraph_format
    alignment = fmt.alignment if fmt.alignment is not None else styles.paragraph("alignment", pstyle)
    indent = fmt.first_line_indent if fmt.first_line_indent is not None else styles.paragraph("first_line_indent", pstyle)
    spacing = fmt.line_spacing if fmt.line_spacing is not None else styles.paragraph("line_spacing", pstyle)
    before = fmt.space_before if fmt.space_before is not None else styles.paragraph("space_before", pstyle)
    after = fmt.space_after if fmt.space_after is not None else styles.paragraph("space_after", pstyle)
    out: dict[str, Any] = {k: _majority(v) for k, v in props.items()}
    out["font"] = out.pop("name")
    # the weight of the paragraph's first characters: a heading's label ("Điều 1.") is
    # bold while the rest of its paragraph may not be
    out["lead_bold"] = props["bold"][0][0] if props["bold"] else None
    out["space_before_pt"] = round(before.pt, 1) if before is not None else styles.defaults["space_before"]
    out["space_after_pt"] = round(after.pt, 1) if after is not None else styles.defaults["space_after"]
    out["fonts"] = tuple(sorted(names))
    out["colours"] = tuple(sorted(colours))
    out["lead_underline"] = lead_underline
    out["alignment"] = _alignment_name(alignment)
    out["first_line_indent_cm"] = round(indent.cm, 2) if indent is not None else None
    out["line_spacing_rule"] = None
    if isinstance(spacing, float):
        out["line_spacing"], out["line_spacing_pt"] = spacing, None
    elif spacing is not None:
        out["line_spacing"], out["line_spacing_pt"] = None, round(spacing.pt, 1)
        # the rule where the spacing itself is set: the paragraph, else its style chain
        out["line_spacing_rule"] = _rule_name(fmt) if fmt.line_spacing is not None else styles.spacing_rule(pstyle)
    else:
        out["line_spacing"] = out["line_spacing_pt"] = None
    return out


def _rule_name(pf: Any) -> str | None:
    """``exact`` or ``at_least``: Word's "Exactly" and "At least" line-spacing rules."""
    name = str(getattr(pf.line_spacing_rule, "name", "")).lower()
    return {"exactly": "exact", "at_least": "at_least"}.get(name)


def _underline_kind(value: Any) -> str:
    """python-docx's underline (True, False, None or a WD_UNDERLINE) as a kind name."""
    if value is True:
        return "single"
    if not value:
        return "none"
    return str(getattr(value, "name", value)).lower()


def _colour(fonts: Iterable[Any]) -> str | None:
    """The colour of the first of ``fonts`` (a run's, then its styles') that sets one:
    hex, ``theme:NAME``, or None when none does or it is Word's automatic colour."""
    color = next((f.color for f in fonts if f.color.type is not None), None)
    kind = str(getattr(getattr(color, "type", None), "name", "")).upper()
    if color is None or kind == "AUTO":
        return None
    if kind == "THEME" and color.theme_color is not None:
        return f"theme:{color.theme_color.name.lower()}"
    return str(color.rgb).upper() if color.rgb is not None else None


def _alignment_name(value: Any) -> str | None:
    if value is None:
        return None
    name = str(getattr(value, "name", value)).lower()
    for key in ("center", "right", "justify", "left", "distribute", "both"):
        if key in name:
            return {"both": "justify", "distribute": "justify"}.get(key, key)
    return name


# --------------------------------------------------------------------------- sections

_PAGE_FIELD = re.compile(rb"PAGE(?![A-Z])")


def header_parts(document: Any, sect_pr: Any, kind: str) -> dict[str, Any]:
    """The ``w:headerReference``/``w:footerReference`` parts of a section, by type
    (``default``, ``first``, ``even``); external targets are never opened."""
    out: dict[str, Any] = {}
    rels = document.part.rels
    for ref in sect_pr.iterchildren(f"{_W}{kind}Reference"):
        rid = ref.get(_R + "id")
        rel = rels.get(rid) if rid else None
        if rel is None or rel.is_external:
            continue
        out[ref.get(_W + "type", "default")] = rel.target_part
    return out


def page_setups(document: Any, firsts: list[int | None]) -> tuple[PageSetup, ...]:
    """Every section's page setup; ``firsts`` holds each section's first produced line.

    A section without its own header or footer uses the previous section's (Word's
    "link to previous")."""
    from docx.section import Section

    out: list[PageSetup] = []
    inherited: dict[str, dict[str, Any]] = {"header": {}, "footer": {}}
    for i, sect_pr in enumerate(document.element.body.xpath(SECTIONS)):
        s = Section(sect_pr, document.part)
        numbers: Literal["header", "footer"] | None = None
        for kind in ("header", "footer"):
            parts = header_parts(document, sect_pr, kind) or inherited[kind]
            inherited[kind] = parts
            for part in parts.values():
                blob = part.blob
                if _PAGE_FIELD.search(blob) and (b"instrText" in blob or b"fldSimple" in blob):
                    numbers = "header" if kind == "header" else (numbers or "footer")
        width, height = _mm(s.page_width), _mm(s.page_height)
        numbering = sect_pr.find(f"{_W}pgNumType")
        start = numbering.get(f"{_W}start") if numbering is not None else None
        out.append(
            PageSetup(
                width_mm=width,
                height_mm=height,
                top_mm=_mm(s.top_margin),
                bottom_mm=_mm(s.bottom_margin),
                left_mm=_mm(s.left_margin),
                right_mm=_mm(s.right_margin),
                landscape=bool(width and height and width > height),
                page_numbers=numbers,
                title_page=bool(s.different_first_page_header_footer),
                page_number_start=int(start) if start is not None and start.isdigit() else None,
                first_line=firsts[i] if i < len(firsts) else None,
                section=i,
            )
        )
    return tuple(out)


def _mm(length: Any) -> float | None:
    return round(length.mm, 1) if length is not None else None


__all__ = ["SECTIONS", "W_NS", "Styles", "format_of", "header_parts", "page_setups"]
