"""Set in a DOCX what the typography rules check (``[docx]`` extra: python-docx).

The file is read as ``check`` reads it (`vndocparse.readers.docx.read_document`), parsed,
and each component found the way the rules find it (`vndocparse.validate.typeset`):
the values set are the ones the rules accept, from that one module. Only what a rule
that is on for the document's family would report is changed; each change is recorded
as a `Change` with the rule's code. What the file holds as text (a missing leading
zero, a wrong word) is not edited here: ``check`` reports it after the fix.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

import regex

from vndocparse.catalogue import FIX, PAGE_SIDES, number
from vndocparse.errors import BrokenDocumentError
from vndocparse.i18n import Message
from vndocparse.readers import parse_source
from vndocparse.readers.docx import open_docx, read_document
from vndocparse.readers.source import Formatting, ParagraphFormat
from vndocparse.validate.config import Resolved
from vndocparse.validate.context import DocView
from vndocparse.validate.rules.paragraphs import ARTICLE, CAN_CU
from vndocparse.validate.typeset import (
    A4,
    BODY_SIZE,
    BODY_SIZES,
    FONT,
    HEADER_LINE_SPACING,
    HEADER_LINE_SPACING_PT,
    INDENT,
    INDENT_CM,
    MARGIN_TOLERANCE,
    MARGINS,
    NOI_NHAN_WORDS,
    PAGE_TOLERANCE,
    PARAGRAPH_SPACE_PT,
    PARTY_LINE_SPACING_PT,
    STYLES,
    body_paragraphs,
    clamp,
    components,
    formats_of,
    in_range,
    label_words,
    line_spacing_fault,
    not_black,
    own_paragraph,
    party_line_spacing,
    underline_fault,
)


@dataclass
class Change:
    """What the fixer changed for one rule: a sentence (`vndocparse.catalogue.FIX`) and
    how many places."""

    code: str
    what: Message
    count: int = 1

    def text(self, lang: str = "en") -> str:
        """``VN010 text set in black (2 places)`` in ``lang``."""
        change = Message(f"{self.code} {self.what.en}", f"{self.code} {self.what.vi}")
        return (FIX["places"](change=change, n=self.count) if self.count > 1 else change).text(lang)

    def __str__(self) -> str:
        return self.text()


@dataclass
class _Log:
    changes: dict[tuple[str, Message], Change] = field(default_factory=dict)

    def add(self, code: str, what: Message) -> None:
        key = (code, what)
        if key in self.changes:
            self.changes[key].count += 1
        else:
            self.changes[key] = Change(code, what)


def fix_docx(data: bytes, *, source: str, resolved: Resolved) -> tuple[bytes, list[Change]]:
    """The fixed file's bytes and the changes made (none: the bytes are the input's)."""
    document, _package = open_docx(data, source=source, as_is=True)
    try:
        src, paragraphs = read_document(document)
    except Exception as exc:  # noqa: BLE001  (python-docx raises many kinds)
        raise BrokenDocumentError(source, f"not a readable DOCX: {type(exc).__name__}: {exc}") from None
    doc = parse_source(src, source=source)
    family = resolved.family if resolved.family in ("state", "party") else None
    override = resolved.guideline if resolved.guideline != "auto" else None
    view = DocView(doc, family=family, guideline=override)
    fam = view.family or "state"
    guideline = view.guideline or "nd30"

    def on(code: str) -> bool:
        """Whether ``check`` would run the rule on this document (family, guideline, level)."""
        from vndocparse.validate.registry import RULES

        rule = RULES[code]
        if code not in resolved.enabled or fam not in rule.families or guideline not in rule.enforces:
            return False
        return resolved.level_of(code, fam, view.guideline) != "off"

    log = _Log()
    fmt = src.formatting
    if fmt is None:
        return data, []
    para_of = {(r.line, r.start): p for r, p in zip(fmt.paragraphs, paragraphs, strict=True)}
    _Fixer(document, view, fmt, para_of, on, log, guideline).run()
    if not log.changes:
        return data, []
    out = io.BytesIO()
    document.save(out)
    return out.getvalue(), list(log.changes.values())


class _Fixer:
    def __init__(
        self,
        document: Any,
        view: DocView,
        fmt: Formatting,
        para_of: dict[tuple[int, int], Any],
        on: Callable[[str], bool],
        log: _Log,
        guideline: str,
    ) -> None:
        self.document, self.view, self.fmt, self.para_of, self.on, self.log = document, view, fmt, para_of, on, log
        self.guideline = guideline
        """The guideline the document is judged by (``nd30`` when its family is unknown)."""

    def p(self, record: ParagraphFormat) -> Any:
        return self.para_of[(record.line, record.start)]

    def run(self) -> None:
        if self.on("VN001"):
            self.page_size()
        if self.on("VN002"):
            self.margins()
        if self.on("VN003"):
            self.font()
        if self.on("VN004") or self.on("VN005") or self.on("VN012") or self.on("VN013"):
            self.components()
        if self.on("VN004"):
            self.body_size()
        self.body_paragraphs()
        if self.on("VN015"):
            self.header_spacing()
        if self.on("VN016"):
            self.can_cu()
        if self.on("VN017"):
            self.articles()
        if self.on("VN008"):
            self.page_numbers()
        if self.on("VN009"):
            self.noi_nhan_underline()
        if self.on("VN010"):
            self.black()

    # -- the page ----------------------------------------------------------------------
    def page_size(self) -> None:
        from docx.enum.section import WD_ORIENT
        from docx.shared import Mm

        for i, s in enumerate(self.document.sections, 1):
            w, h = s.page_width, s.page_height
            if w is None or h is None:
                continue
            short, long = sorted((w.mm, h.mm))
            landscape = w.mm > h.mm
            if abs(short - A4[0]) > PAGE_TOLERANCE or abs(long - A4[1]) > PAGE_TOLERANCE:
                s.page_width, s.page_height = (Mm(A4[1]), Mm(A4[0])) if landscape and i > 1 else (Mm(A4[0]), Mm(A4[1]))
                self.log.add("VN001", FIX["paper"](section=i))
            if i == 1 and landscape:
                s.orientation = WD_ORIENT.PORTRAIT
                s.page_width, s.page_height = Mm(A4[0]), Mm(A4[1])
                self.log.add("VN001", FIX["portrait"]())

    def margins(self) -> None:
        from docx.shared import Mm

        for i, s in enumerate(self.document.sections, 1):
            for side, bounds in MARGINS.items():
                value = getattr(s, f"{side}_margin")
                if value is None:
                    continue
                mm = value.mm
                if bounds[0] - MARGIN_TOLERANCE <= mm <= bounds[1] + MARGIN_TOLERANCE:
                    continue
                setattr(s, f"{side}_margin", Mm(clamp(mm, bounds)))
                self.log.add("VN002", FIX["margin"](side=PAGE_SIDES[side](), mm=number(clamp(mm, bounds)), section=i))

    def font(self) -> None:
        normal = self.document.styles["Normal"]
        if (normal.font.name or "").lower() != FONT.lower():
            normal.font.name = FONT
            self.log.add("VN003", FIX["normal_font"](font=FONT))
        for record in self.fmt.paragraphs:
            if all(f.lower() == FONT.lower() for f in record.fonts) and record.font in (None, FONT):
                continue
            for run in self.p(record).runs:
                _set_font(run)
            self.log.add("VN003", FIX["font"](font=FONT))

    # -- components ----------------------------------------------------------------------
    def components(self) -> None:
        from docx.enum.text import WD_ALIGN_PARAGRAPH
        from docx.shared import Pt

        for style, piece, record in components(self.view, self.fmt):
            p = self.p(record)
            if self.on("VN004") and record.size is not None and not in_range(record.size, style.sizes):
                _runs(p, size=Pt(style.size))
                self.log.add("VN004", FIX["size"](label=style.label, size=number(style.size)))
            if self.on("VN005"):
                if style.bold is not None and record.bold is not None and record.bold != style.bold:
                    _runs(p, bold=style.bold)
                    self.log.add("VN005", FIX["bold" if style.bold else "not_bold"](label=style.label))
                if style.italic is not None and record.italic is not None and record.italic != style.italic:
                    _runs(p, italic=style.italic)
                    self.log.add("VN005", FIX["italic" if style.italic else "upright"](label=style.label))
            code = "VN012" if style.evidence == "C" else "VN013"
            if style.centred and self.on(code) and own_paragraph(piece, record) and record.alignment != "center":
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                self.log.add(code, FIX["centred"](label=style.label))

    def body_size(self) -> None:
        from docx.shared import Pt

        for kind in ("body", "preamble"):
            for _piece, record in formats_of(self.view, self.fmt, kind):
                if record.size is not None and not in_range(record.size, BODY_SIZES):
                    _runs(self.p(record), size=Pt(BODY_SIZE))
                    self.log.add("VN004", FIX["body_size"](size=number(BODY_SIZE)))

    def body_paragraphs(self) -> None:
        from docx.enum.text import WD_LINE_SPACING
        from docx.shared import Cm, Pt

        for _piece, record in body_paragraphs(self.view, self.fmt):
            pf = self.p(record).paragraph_format
            if self.on("VN006") and (record.first_line_indent_cm is None or not in_range(record.first_line_indent_cm, INDENT_CM)):
                pf.first_line_indent = Cm(INDENT)
                self.log.add("VN006", FIX["indent"](cm=number(INDENT)))
            if self.on("VN007") and line_spacing_fault(record, self.guideline):
                if self.guideline in PARTY_LINE_SPACING_PT:
                    exact = party_line_spacing(record, self.guideline)
                    pf.line_spacing = Pt(exact)
                    pf.line_spacing_rule = WD_LINE_SPACING.EXACTLY
                    self.log.add("VN007", FIX["exact_spacing"](pt=number(exact)))
                else:
                    pf.line_spacing_rule = WD_LINE_SPACING.SINGLE
                    self.log.add("VN007", FIX["single_spacing"]())
            if self.on("VN014") and (record.space_after_pt or 0.0) < PARAGRAPH_SPACE_PT:
                pf.space_after = Pt(PARAGRAPH_SPACE_PT)
                self.log.add("VN014", FIX["space_after"](pt=number(PARAGRAPH_SPACE_PT)))

    def header_spacing(self) -> None:
        from docx.enum.text import WD_LINE_SPACING

        for role in ("national_title", "motto"):
            for _piece, record in formats_of(self.view, self.fmt, "header", role):
                too_wide = (record.line_spacing is not None and record.line_spacing > HEADER_LINE_SPACING + 0.01) or (
                    record.line_spacing_pt is not None and record.line_spacing_pt > HEADER_LINE_SPACING_PT
                )
                if too_wide:
                    self.p(record).paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE
                    self.log.add("VN015", FIX["header_single"](part=STYLES[("header", role)].label))

    def can_cu(self) -> None:
        for _piece, record in formats_of(self.view, self.fmt, "preamble", "can_cu"):
            if CAN_CU.match(record.text) and record.italic is False:
                _runs(self.p(record), italic=True)
                self.log.add("VN016", FIX["can_cu"]())

    def articles(self) -> None:
        for piece in self.view.body_heads:
            m = ARTICLE.match(piece.text)
            if m is None:
                continue
            record = self.fmt.at(piece.line, piece.start, piece.end)
            if record is None or record.in_table or record.lead_bold is not False:
                continue
            label = regex.match(r"^\s*Điều\s+\d+[.:]?", record.text)
            _format_span(self.p(record), 0, len(label.group()) if label else m.end(), bold=True)
            self.log.add("VN017", FIX["article"]())

    def noi_nhan_underline(self) -> None:
        for piece, record in formats_of(self.view, self.fmt, "distribution", "label"):
            if underline_fault(record) is None:
                continue
            p = self.p(record)
            words = label_words(piece.text)
            at = "".join(r.text for r in p.runs).find(words)
            if at < 0:
                continue
            # one solid line as long as the words: the colon after them is not underlined
            _format_span(p, at, at + len(words), underline=True)
            _format_span(p, at + len(words), at + len(piece.text), underline=None)
            self.log.add("VN009", FIX["underline"](words=NOI_NHAN_WORDS))

    def black(self) -> None:
        from docx.shared import RGBColor

        for record in self.fmt.paragraphs:
            if not_black(record):
                _runs(self.p(record), color=RGBColor(0, 0, 0))
                self.log.add("VN010", FIX["black"]())

    def page_numbers(self) -> None:
        page = self.fmt.page
        section = self.document.sections[0]
        if page.page_numbers is None and self.view.doc.line_count >= 40:
            _add_page_field(section)
            self.log.add("VN008", FIX["page_field"]())
        if (page.page_numbers == "header" or ("VN008", FIX["page_field"]()) in self.log.changes) and not page.title_page:
            section.different_first_page_header_footer = True
            self.log.add("VN008", FIX["first_page"]())


def _runs(p: Any, **props: Any) -> None:
    for run in p.runs:
        _set(run, props)


def _set(run: Any, props: dict[str, Any]) -> None:
    for key, value in props.items():
        if key == "size":
            run.font.size = value
        elif key == "color":
            run.font.color.rgb = value
        else:
            setattr(run, key, value)


def _set_font(run: Any) -> None:
    from docx.oxml.ns import qn

    run.font.name = FONT
    rpr = run._r.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is not None:
        for attr in ("w:eastAsia", "w:cs"):
            fonts.set(qn(attr), FONT)


def _format_span(p: Any, start: int, end: int, **props: Any) -> None:
    """Set ``props`` (``bold=True``, ``underline=True``) on characters ``start``–``end``
    of the paragraph's runs, splitting the runs at both ends."""
    runs = list(p.runs)
    done, i = 0, 0
    while i < len(runs) and done < end:
        run = runs[i]
        if done < start < done + len(run.text):
            runs.insert(i + 1, _split(run, start - done))  # the head keeps its format
        elif done >= start:
            if done + len(run.text) > end:
                _split(run, end - done)
            _set(run, props)
        done += len(run.text)
        i += 1


def _split(run: Any, cut: int) -> Any:
    """Cut ``run`` after ``cut`` characters; the rest goes to a copy placed after it,
    which is returned."""
    import copy

    from docx.text.run import Run

    text = run.text
    tail = copy.deepcopy(run._r)
    run._r.addnext(tail)
    run.text = text[:cut]
    rest = Run(tail, run._parent)
    rest.text = text[cut:]
    return rest


def _add_page_field(section: Any) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt

    header = section.header
    header.is_linked_to_previous = False
    p = header.paragraphs[0] if header.paragraphs else header.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = p.add_run()
    run.font.name = FONT
    run.font.size = Pt(BODY_SIZE)
    parts: Iterable[tuple[str | None, str | None]] = (("begin", None), (None, " PAGE "), ("end", None))
    for kind, text in parts:
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        else:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = text
        run._r.append(el)


__all__ = ["Change", "fix_docx"]
