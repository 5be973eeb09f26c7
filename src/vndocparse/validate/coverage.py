"""How much a check could check: the run summary every report carries.

A check that finds nothing has not proved a document compliant: the typography rules
need a DOCX file, the rules of the other family never run, and a rule about the date
line has nothing to read when no date line was found. `Coverage` says, for one file,
which rules were *evaluated*, which were *not applicable* to this input (and why: the
input's format, the other family, an optional part the document does not have), which
could *not be evaluated* (a part the rule reads was not found), and how many were
turned off by the configuration.

What a rule reads is its ``requires`` (`vndocparse.validate.registry.Rule.requires`):
names of `NEEDS` below, each with the test on the document and the reason shown when
it fails. The reporters (`vndocparse.report`) write the summary in every format.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Literal

from pydantic import BaseModel, ConfigDict

from vndocparse.catalogue import COVERAGE, REASONS, counted
from vndocparse.i18n import Message
from vndocparse.readers.source import source_info
from vndocparse.validate.context import DocView
from vndocparse.validate.trailer import holds_only

Outcome = Literal["not_applicable", "not_evaluated"]


@dataclass(frozen=True, slots=True)
class Need:
    """Something a rule reads: the test, what its absence means, and the reason shown."""

    present: Callable[[DocView], bool]
    outcome: Outcome
    reason: Message
    explain: Callable[[DocView], Message] | None = None
    """The reason for this document, where it depends on the document."""

    def reason_for(self, view: DocView) -> Message:
        return self.explain(view) if self.explain is not None else self.reason


def _only_what(view: DocView) -> Message:
    return REASONS["copy_only" if holds_only(view.doc) == "copy" else "annex_only"]()


def _has_formatting(view: DocView) -> bool:
    info = source_info(view.doc)
    return info is not None and info.formatting is not None


#: What rules read. "not_applicable": the input cannot carry it, or the document need not
#: have it (an optional part); "not_evaluated": the document should have it, the parser
#: did not find it (another rule reports it missing). The reasons are the phrases of the
#: same names in `vndocparse.catalogue.REASONS`.
NEEDS: dict[str, Need] = {
    # A document proper, not a file that holds only an annex or only a copy block: the
    # rules of the header, body, signature and Nơi nhận read it (registry.DOCUMENT_GROUPS).
    "document": Need(
        lambda v: holds_only(v.doc) is None, "not_applicable", REASONS["document"](), _only_what
    ),
    "docx": Need(_has_formatting, "not_applicable", REASONS["docx"]()),
    "number": Need(lambda v: v.number_piece is not None, "not_evaluated", REASONS["number"]()),
    "date_line": Need(lambda v: v.date_piece is not None, "not_evaluated", REASONS["date_line"]()),
    "title": Need(lambda v: v.title_piece is not None, "not_applicable", REASONS["title"]()),
    "subject": Need(lambda v: bool(v.subject_pieces), "not_evaluated", REASONS["subject"]()),
    "addressees": Need(lambda v: v.has("addressees"), "not_applicable", REASONS["addressees"]()),
    "distribution": Need(lambda v: v.has("distribution"), "not_evaluated", REASONS["distribution"]()),
    "signature": Need(lambda v: v.has("signature"), "not_evaluated", REASONS["signature"]()),
    "body": Need(lambda v: v.has("body"), "not_evaluated", REASONS["body"]()),
    "can_cu": Need(lambda v: v.has("preamble", "can_cu"), "not_applicable", REASONS["can_cu"]()),
    "copy": Need(lambda v: v.doc.copy is not None, "not_applicable", REASONS["copy"]()),
    "appendices": Need(lambda v: bool(v.doc.appendices), "not_applicable", REASONS["appendices"]()),
}

#: The needs about what the file holds, checked before the family (see `vndocparse.validate.evaluate`).
PART_NEEDS = frozenset({"document", "copy", "appendices"})

#: Why a rule of the other family, of no known family, or of another guideline did not run.
OTHER_FAMILY = REASONS["other_family"]
UNKNOWN_FAMILY = REASONS["unknown_family"]()
OTHER_GUIDELINE = REASONS["other_guideline"]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)


class Skipped(_Model):
    """Rules left out for one reason."""

    reason: str
    """Why, in a sentence, in the language of the check: ``"typography is only known
    from a DOCX file"`` (``"định dạng chữ chỉ biết được từ tệp DOCX"``)."""
    need: str
    """What was missing: a name of `NEEDS` (``"docx"``, ``"date_line"``...) or ``"family"``."""
    rules: tuple[str, ...]
    """Their codes."""


class Coverage(_Model):
    """What one check of one file could check (see the module docstring)."""

    format: str
    """The input's format: ``text``, ``docx``, ``pdf`` or ``html``."""
    family: str | None
    """The layout family the rules ran for, or null when it could not be told."""
    evaluated: tuple[str, ...] = ()
    """The rules that ran on this document."""
    not_applicable: tuple[Skipped, ...] = ()
    """Rules that do not apply to this input, by reason."""
    not_evaluated: tuple[Skipped, ...] = ()
    """Rules that apply but could not run (a part they read was not found), by reason."""
    off: int = 0
    """Rules not selected or turned off by the configuration."""

    @property
    def complete(self) -> bool:
        """Whether every selected rule that belongs to the family was evaluated."""
        return not self.not_evaluated and not any(s.need == "docx" for s in self.not_applicable)

    def count(self, outcome: Outcome) -> int:
        groups = self.not_applicable if outcome == "not_applicable" else self.not_evaluated
        return sum(len(s.rules) for s in groups)

    def describe(self, lang: str = "en") -> str:
        """One line: ``checked 70 rules; 16 not applicable (...); 4 not evaluated (...)``,
        its frame in ``lang`` (the reasons are in the language of the check)."""
        parts = [COVERAGE["checked"](rules=counted(len(self.evaluated), "rule")).text(lang)]
        for outcome in ("not_applicable", "not_evaluated"):
            groups: tuple[Skipped, ...] = getattr(self, outcome)
            if groups:
                reasons = "; ".join(
                    f"{s.reason}: {len(s.rules)}" if s.need in ("family", "guideline") else f"{s.reason}: {_codes(s.rules)}"
                    for s in groups
                )
                parts.append(COVERAGE[outcome](n=self.count(outcome), reasons=reasons).text(lang))
        if self.off:
            parts.append(COVERAGE["off"](n=self.off).text(lang))
        return "; ".join(parts)


def _codes(codes: Iterable[str]) -> str:
    return ", ".join(codes)


class Tally:
    """Collects the outcome of each rule while `vndocparse.validate` runs them."""

    def __init__(self, view: DocView, lang: str = "en") -> None:
        self.view = view
        self.lang = lang
        """The language the reasons are written in."""
        self.evaluated: list[str] = []
        self.skipped: dict[tuple[Outcome, str, str], list[str]] = {}
        self.off = 0
        self._needs: dict[str, bool] = {}

    def needs_met(self, code: str, requires: Iterable[str]) -> bool:
        """Whether the rule can run; if not, records why (the first need not met)."""
        for name in requires:
            met = self._needs.get(name)
            if met is None:
                met = self._needs[name] = NEEDS[name].present(self.view)
            if not met:
                need = NEEDS[name]
                self.skip(code, need.outcome, name, need.reason_for(self.view))
                return False
        return True

    def skip(self, code: str, outcome: Outcome, need: str, reason: Message) -> None:
        self.skipped.setdefault((outcome, need, reason.text(self.lang)), []).append(code)

    def coverage(self) -> Coverage:
        info = source_info(self.view.doc)

        def groups(outcome: Outcome) -> tuple[Skipped, ...]:
            return tuple(
                Skipped(reason=reason, need=need, rules=tuple(codes))
                for (kind, need, reason), codes in self.skipped.items()
                if kind == outcome
            )

        return Coverage(
            format=info.format if info is not None else "text",
            family=self.view.family,
            evaluated=tuple(self.evaluated),
            not_applicable=groups("not_applicable"),
            not_evaluated=groups("not_evaluated"),
            off=self.off,
        )


__all__ = ["NEEDS", "OTHER_FAMILY", "OTHER_GUIDELINE", "PART_NEEDS", "UNKNOWN_FAMILY", "Coverage", "Need", "Skipped", "Tally"]
