"""``vndocparse fix``: repair what the rules know how to repair, then check again.

* DOCX (`vndocparse.fix.docx`): the page (paper, orientation, margins of every
  section), the font, each component's size, weight, slant and alignment, the body's
  indent, line and paragraph spacing, the căn cứ lines, the article headings and the
  page numbers — the values of `vndocparse.validate.typeset`, which the rules check.
* Text (`vndocparse.fix.text`): the exact edits the rules give with their findings
  (leading zeros, spaces in the number, "V/v", list bullets and final marks, the
  national title and motto).

`fix_bytes` returns a `FixResult`: the new content, what changed, the findings before
and those left after (the fixed content checked again). PDF and HTML are not written.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field

from vndocparse.catalogue import FIX
from vndocparse.i18n import resolve_lang
from vndocparse.readers import detect_format, parse_source, read_bytes
from vndocparse.validate import Diagnostic, Resolved, validate
from vndocparse.validate.config import as_resolved

#: The formats `fix_bytes` can write.
WRITABLE = ("docx", "text")


@dataclass
class FixResult:
    """What one fix did."""

    format: str
    """The input's format (``docx``, ``text``, ``pdf``, ``html``)."""
    data: bytes
    """The fixed content (the input's bytes when nothing changed or it cannot be written)."""
    changes: list[str] = field(default_factory=list)
    """What was changed, one sentence each, led by the rule's code, in the language of
    the configuration (``lang``), as the findings are."""
    before: list[Diagnostic] = field(default_factory=list)
    """The findings of the input."""
    after: list[Diagnostic] = field(default_factory=list)
    """The findings of the fixed content: what is left."""
    text_before: str = ""
    text_after: str = ""
    """The text as parsed before and after (for ``--diff``)."""

    @property
    def changed(self) -> bool:
        return bool(self.changes)

    def diff(self, name: str) -> str:
        """A unified diff of the text (DOCX: of its text, then the changes listed)."""
        lines = difflib.unified_diff(
            self.text_before.splitlines(keepends=True),
            self.text_after.splitlines(keepends=True),
            fromfile=f"a/{name}",
            tofile=f"b/{name}",
        )
        return "".join(lines)


def fix_bytes(data: bytes, *, source: str, config: Resolved | None = None) -> FixResult:
    """Fix the document held in ``data`` (see the module docstring); never writes a file."""
    resolved = as_resolved(config)
    lang = resolve_lang(resolved.lang)
    fmt = detect_format(data, source)
    src = read_bytes(data, source=source)
    doc = parse_source(src, source=source)
    before = validate(doc, resolved)
    result = FixResult(format=fmt, data=data, before=before, after=before, text_before=src.text, text_after=src.text)
    if fmt == "docx":
        from vndocparse.fix.docx import fix_docx

        fixed, changes = fix_docx(data, source=source, resolved=resolved)
        result.data, result.changes = fixed, [c.text(lang) for c in changes]
    elif fmt == "text":
        text, edits = _fix_text(src.text, before, source, resolved, lang)
        result.data, result.changes = text.encode("utf-8"), edits
    if result.changed:
        src2 = read_bytes(result.data, source=source)
        result.text_after = src2.text
        result.after = validate(parse_source(src2, source=source), resolved)
    return result


def _fix_text(
    text: str, findings: list[Diagnostic], source: str, resolved: Resolved, lang: str
) -> tuple[str, list[str]]:
    from vndocparse.api import parse
    from vndocparse.fix.text import ROUNDS, apply_edits

    lines = text.split("\n")
    changes: list[str] = []
    for _ in range(ROUNDS):
        lines, applied = apply_edits(lines, findings)
        if not applied:
            break
        for d in applied:
            assert d.edit is not None
            done = FIX["text_wrote" if d.edit.text else "text_removed"]
            changes.append(done(code=d.code, line=d.location.line, message=d.message, text=d.edit.text).text(lang))
        findings = validate(parse("\n".join(lines), source=source), resolved)
    return "\n".join(lines), changes


__all__ = ["WRITABLE", "FixResult", "fix_bytes"]
