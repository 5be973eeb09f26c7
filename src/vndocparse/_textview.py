"""The ``--format text`` view of a parsed document, for people reading a terminal.

One line per field with the input lines it came from::

    ==> cv.txt <==
    issuer.parent          TỈNH ỦY LẠNG SƠN    (lines 1-2)
    issuer.name            BAN TUYÊN GIÁO    (lines 1-2)
    number.value           04-CV/BTGTU    (line 3)
    recipients             (line 9)
        - Các chi bộ trực thuộc

Lists (recipients, directives, signing authorities, distribution, references) are
indented below their name; the parser's diagnostics come last. Programs should read
``--format json`` instead: this view shortens long directive texts and may change.
"""

from __future__ import annotations

from collections.abc import Sequence

from vndocparse.models import Directive, Document, SourceSpan

#: Width of the field-name column of the text view (longest name plus a gap).
_NAME_WIDTH = len("signatory.authority") + 4
#: Directive texts longer than this are shortened in the text view (JSON has them whole).
_TEXT_LIMIT = 100
_INDENT = "    "
_NONE = "(none)"


def render_text(doc: Document, header: str) -> str:
    """A readable view of ``doc``: one line per field with its source lines."""
    out: list[str] = [f"==> {header} <=="]

    def row(name: str, value: object, span: SourceSpan | None = None) -> None:
        shown = _NONE if value is None or value == "" else str(value)
        out.append(f"{name:<{_NAME_WIDTH}}{shown}{_where(span)}".rstrip())

    def items(name: str, values: Sequence[str], span: SourceSpan | None) -> None:
        if not values:
            row(name, None, span)
            return
        out.append(f"{name:<{_NAME_WIDTH}}{_where(span).lstrip()}".rstrip())
        out.extend(f"{_INDENT}- {v}" for v in values)

    spans = doc.spans
    for field in ("family", "doc_type", "urgency", "secrecy"):
        row(field, getattr(doc, field), spans.get(field))

    issuer, number = doc.issuer, doc.number
    if issuer is None:
        row("issuer", None)
    else:
        row("issuer.parent", issuer.parent, issuer.span)
        row("issuer.name", issuer.name, issuer.span)
    if number is None:
        row("number", None)
    else:
        row("number.value", number.value, number.span)
        row("number.sequence", number.sequence, number.span)
        row("number.symbol", number.symbol, number.span)

    for field in ("place", "date", "title", "subject"):
        row(field, getattr(doc, field), spans.get(field))
    items("recipients", doc.recipients, spans.get("recipients"))

    if doc.directives:
        out.append("directives")
        for directive in doc.directives:
            _directive_lines(directive, 1, out)
    else:
        row("directives", None)

    signatory = doc.signatory
    if signatory is None:
        row("signatory", None)
    else:
        authority = [f"{a.kind}. {a.on_behalf_of}" for a in signatory.authority]
        items("signatory.authority", authority, signatory.span)
        row("signatory.position", signatory.position, signatory.span)
        row("signatory.name", signatory.name, signatory.span)

    items("distribution", doc.distribution, spans.get("distribution"))

    if doc.references:
        out.append("references")
        for ref in doc.references:
            dated = f" ({ref.date})" if ref.date else ""
            out.append(f"{_INDENT}- {ref.number}{dated}{_where(ref.span)}")
    else:
        row("references", None)

    if doc.diagnostics:
        out.append("diagnostics")
        for diag in doc.diagnostics:
            out.append(f"{_INDENT}{diag.severity} {diag.code}: {diag.message}{_where(diag.span)}")
    else:
        row("diagnostics", None)
    return "\n".join(out) + "\n"


def _directive_lines(directive: Directive, depth: int, out: list[str]) -> None:
    text = directive.text
    if len(text) > _TEXT_LIMIT:
        text = text[: _TEXT_LIMIT - 1].rstrip() + "…"
    out.append(f"{_INDENT * depth}{directive.label}. {text}{_where(directive.span)}")
    for child in directive.children:
        _directive_lines(child, depth + 1, out)


def _where(span: SourceSpan | None) -> str:
    if span is None:
        return ""
    if span.start_line == span.end_line:
        return f"    (line {span.start_line})"
    return f"    (lines {span.start_line}-{span.end_line})"
