"""Check a parsed document against the layout rules: ``validate(document, config=None)``.

    >>> import vndocparse
    >>> doc = vndocparse.parse_file("cv.txt")
    >>> for d in vndocparse.validate(doc):
    ...     print(d.location.line, d.code, d.message)

Each rule (``vndocparse.validate.rules``) is a small `Rule` subclass with a code
(``VN204``), a name, a default level per layout family, options, and a docstring that
becomes its page in ``docs/rules/``. The family (state / Party) is the parser's, else
told from the signer's prefixes or the issuer; rules run only on documents of their
family. ``config`` is a `Config` layer, a TOML-shaped mapping (the ``[tool.vndocparse]``
table) or a `Resolved` configuration; ``None`` means the defaults — `validate` never
reads a configuration file (the ``check`` command does, see `find_config`).
"""

from __future__ import annotations

import datetime as _dt
import sys
import types
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from vndocparse.catalogue import FAMILIES, REASONS
from vndocparse.i18n import Message, resolve_lang, text
from vndocparse.models import Document
from vndocparse.readers.source import SourceInfo, source_info
from vndocparse.tables.guidelines import GUIDELINES
from vndocparse.validate import rules as _rules  # noqa: F401  (registers the rules)
from vndocparse.validate import suppress
from vndocparse.validate.config import (
    Config,
    ConfigError,
    Resolved,
    as_resolved,
    find_config,
    load_config,
    resolve,
)
from vndocparse.validate.context import DocView
from vndocparse.validate.coverage import (
    OTHER_FAMILY,
    OTHER_GUIDELINE,
    PART_NEEDS,
    UNKNOWN_FAMILY,
    Coverage,
    Tally,
)
from vndocparse.validate.diagnostics import Diagnostic, Level, Location, Severity
from vndocparse.validate.origin import in_words, origin_of
from vndocparse.validate.registry import (
    RULES,
    Finding,
    Rule,
    RuleOptions,
    UnknownSelectorError,
    iter_rules,
    rule_for,
    select,
)

#: The rule that reports a file that cannot be read or holds no text.
UNREADABLE = "VN901"


def validate(
    document: Document, config: Resolved | Config | Mapping[str, Any] | None = None
) -> list[Diagnostic]:
    """The diagnostics of ``document``, sorted by line, column and code.

    A document without any text gives one ``VN901`` diagnostic (if that rule is on).
    """
    return evaluate(document, config).diagnostics


@dataclass(frozen=True)
class Evaluation:
    """What checking one document gave: its diagnostics, what it was judged as, and how
    much could be checked."""

    diagnostics: list[Diagnostic]
    family: str | None
    """``state``, ``party``, or None when it could not be told."""
    guideline: str | None
    """The guideline applied (``nd30``, ``hd36``, ``hd05``), or None with the family unknown."""
    coverage: Coverage
    """Which rules were evaluated, which did not apply to this input, which could not be
    evaluated (`vndocparse.validate.coverage`)."""

    @property
    def guideline_name(self) -> str | None:
        """How reports name the guideline: ``"HD 05-HD/VPTW"``."""
        return GUIDELINES[self.guideline].name if self.guideline else None


def evaluate(
    document: Document,
    config: Resolved | Config | Mapping[str, Any] | None = None,
    *,
    today: _dt.date | None = None,
) -> Evaluation:
    """Check ``document``: its diagnostics (as `validate`), family, guideline and coverage.

    ``today`` (default: the real date) decides the guideline of an undated document
    and what is "in the future".
    """
    resolved = as_resolved(config)
    family = resolved.family if resolved.family in ("state", "party") else None
    override = resolved.guideline if resolved.guideline != "auto" else None
    view = DocView(document, family=family, guideline=override, today=today)
    lang = resolve_lang(resolved.lang)
    path = document.source
    tally = Tally(view, lang)
    info = source_info(document)
    if not _has_text(view):
        no_text = REASONS["no_text"]()
        for code in sorted(RULES):
            tally.skip(code, "not_evaluated", "text", no_text)
        empty = unreadable(path, no_text, resolved)
        return Evaluation(empty, None, None, tally.coverage())
    out: list[Diagnostic] = []
    fam, guideline = view.family, view.guideline
    tally.off = len(RULES) - len(resolved.enabled)
    for code in sorted(resolved.enabled):
        rule = RULES[code]
        # What the file holds comes first: a rule of the document proper on a file that
        # holds only an annex is not applicable, whatever the family.
        if not tally.needs_met(code, [n for n in rule.requires or () if n in PART_NEEDS]):
            continue
        if fam is not None and fam not in rule.families:
            tally.skip(code, "not_applicable", "family", OTHER_FAMILY(family=FAMILIES[fam]()))
            continue
        if fam is None and len(rule.families) < 2:
            tally.skip(code, "not_evaluated", "family", UNKNOWN_FAMILY)
            continue
        if guideline is not None and guideline not in rule.enforces:
            tally.skip(code, "not_applicable", "guideline", OTHER_GUIDELINE(guideline=GUIDELINES[guideline].name))
            continue
        level = resolved.level_of(code, fam, guideline)
        if level == "off":
            tally.off += 1
            continue
        if not tally.needs_met(code, rule.requires or ()):
            continue
        tally.evaluated.append(code)
        for finding in rule().check(view, resolved.options_of(code)):
            out.append(_diagnostic(rule, level, finding, path, guideline, info, lang))
    out.sort(key=lambda d: (d.location.line, d.location.column, d.code))
    return Evaluation(suppress.apply(out, view.lines), fam, guideline, tally.coverage())


def _has_text(view: DocView) -> bool:
    if view.lines:
        return any(line.strip() for line in view.lines)
    return any(p.kind != "blank" for p in view.doc.parts)


def _diagnostic(
    rule: type[Rule],
    level: Level,
    finding: Finding,
    path: str | None,
    guideline: str | None = None,
    info: SourceInfo | None = None,
    lang: str = "en",
) -> Diagnostic:
    return Diagnostic(
        code=rule.code,
        name=rule.name,
        severity=level,  # never "off" here
        message=text(finding.message, lang) or "",
        location=finding.location,
        source=rule.source_for(guideline),
        fix=text(finding.fix, lang),
        path=path,
        guideline=GUIDELINES[guideline].name if guideline else None,
        origin=in_words(finding.origin, lang) if finding.origin else origin_of(info, finding.location, lang),
        edit=finding.edit,
    )


def unreadable(
    path: str | None, reason: str | Message, config: Resolved | Config | Mapping[str, Any] | None = None
) -> list[Diagnostic]:
    """The ``VN901`` diagnostic for a file that cannot be read or parsed (empty if VN901 is off).

    ``reason`` is a `Message` when vndocparse words it (then in the run's language), a
    string when it is an exception's own text (a reader's, shown as it is)."""
    resolved = as_resolved(config)
    if UNREADABLE not in resolved.enabled:
        return []
    level = resolved.level_of(UNREADABLE, "state")
    if level == "off":
        return []
    rule = RULES[UNREADABLE]
    finding = Finding(
        message=rule.msg("unreadable", reason=reason),
        location=Location(line=1, column=1, end_line=1, end_column=1),
        fix=rule.msg("unreadable_fix"),
    )
    return [_diagnostic(rule, level, finding, path, lang=resolve_lang(resolved.lang))]


class _CallableModule(types.ModuleType):
    """``vndocparse.validate`` is this package *and* the function of the same name.

    Importing a submodule (``vndocparse.validate.config``) rebinds the attribute
    ``vndocparse.validate`` to the package, so the package itself must be callable
    for ``vndocparse.validate(doc)`` to keep working; calling it calls `validate`.
    """

    def __call__(
        self, document: Document, config: Resolved | Config | Mapping[str, Any] | None = None
    ) -> list[Diagnostic]:
        return validate(document, config)


sys.modules[__name__].__class__ = _CallableModule

__all__ = [
    "RULES",
    "UNREADABLE",
    "Config",
    "ConfigError",
    "Coverage",
    "Diagnostic",
    "Evaluation",
    "Finding",
    "Location",
    "Resolved",
    "Rule",
    "RuleOptions",
    "Severity",
    "UnknownSelectorError",
    "evaluate",
    "find_config",
    "iter_rules",
    "load_config",
    "resolve",
    "rule_for",
    "select",
    "unreadable",
    "validate",
]
