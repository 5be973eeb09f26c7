"""Rules as small self-documenting units, and the registry that finds them.

A rule is a subclass of `Rule` with class attributes and one method::

    class NumberLeadingZero(Rule):
        \"\"\"## What it does
        ...
        ## Source
        NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.3c
        \"\"\"

        code = "VN204"
        name = "number-leading-zero"
        families = BOTH
        level = {"state": "error", "party": "warning"}
        evidence = {"state": "C", "party": "S"}
        guidelines = {"nd30": "Phụ lục I, mục II.3c", "hd36": "ô 3", "hd05": "mục 3.2"}

        def check(self, view, options):
            yield Finding("...", location, fix="...")

The docstring is written in ruff's sections (What it does / Why it matters / Example /
Use instead / Source); the first line of its Source section becomes `Rule.source`,
which every diagnostic carries, and the first sentence of "What it does" its summary.
A rule enforces one or more *guidelines* (`vndocparse.tables.guidelines`: ``nd30`` for
state documents, ``hd36`` and ``hd05`` for Party ones), each cited by its section in
``guidelines``; it runs on a document only when the document's guideline is one of
them. ``level`` and ``evidence`` are one value, or a mapping by family and/or by
guideline (a guideline's key wins over its family's). Subclassing registers the rule (yamllint's registry dict, ruff's codes): `RULES` maps
code → rule class in code order, and `select()` resolves a code, a code prefix
(``VN2``), a rule name, or ``ALL`` to rule codes.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict

from vndocparse.i18n import Message, Phrase
from vndocparse.tables.guidelines import FAMILY_GUIDELINES, GUIDELINES
from vndocparse.validate.context import DocView
from vndocparse.validate.diagnostics import Edit, Level, Location, Origin

STATE = frozenset({"state"})
PARTY = frozenset({"party"})
BOTH = frozenset({"state", "party"})
FAMILIES = ("state", "party")

#: The common per-family level and evidence: strict for the state family (Decree 30 read
#: in full), a warning for the Party family (Guideline 36 known from secondary sources).
ERROR_STATE_WARNING_PARTY: Mapping[str, Level] = MappingProxyType(
    {"state": "error", "party": "warning"}
)
CONFIRMED_STATE_SECONDARY_PARTY: Mapping[str, str] = MappingProxyType({"state": "C", "party": "S"})
#: The same per guideline, where Guideline 05 confirms what Guideline 36 was known for
#: from secondary sources only: an error for state and HD 05 documents, a warning for
#: HD 36 ones, with the evidence of each; or the HD 05 point from its own text alone.
ERROR_UNLESS_HD36: Mapping[str, Level] = MappingProxyType({"state": "error", "hd36": "warning", "hd05": "error"})
CONFIRMED_UNLESS_HD36: Mapping[str, str] = MappingProxyType({"state": "C", "hd36": "S", "hd05": "C"})
CONFIRMED_STATE_TEXT_HD05: Mapping[str, str] = MappingProxyType({"state": "C", "hd36": "S", "hd05": "P"})

#: Confidence of a rule's source, from the layout-rules spec: confirmed from the text
#: of the regulation, secondary sources only, or unconfirmed. For Guideline 05 (spec
#: party-hd05): ``C`` is two or more independent sources, ``P`` the guideline's own
#: text alone (one scan), ``U`` no primary source.
EVIDENCE = {
    "C": "confirmed",
    "P": "the guideline's text only",
    "S": "secondary",
    "U": "unconfirmed",
}

SECTIONS = ("What it does", "Why it matters", "Example", "Use instead", "Source")

#: Rule groups by the first digit of the code, for the index and ``vndocparse rules``.
GROUPS: dict[str, str] = {
    "VN0": "Typography (DOCX input)",
    "VN1": "Mandatory components and header",
    "VN2": "Number and symbol (số, ký hiệu)",
    "VN3": "Place and date line",
    "VN4": "Type name and subject (tên loại, trích yếu)",
    "VN5": "Addressees (Kính gửi)",
    "VN6": "Distribution list (Nơi nhận)",
    "VN7": "Signature block",
    "VN8": "Marks and body conventions",
    "VN9": "Processing",
}


#: What the rules of a group read, unless a rule says otherwise (names of
#: `vndocparse.validate.coverage.NEEDS`): a rule whose needs are not met does not run,
#: and the run's summary says so (not applicable, or not evaluated, and why).
GROUP_REQUIRES: dict[str, tuple[str, ...]] = {
    "VN0": ("docx",),
    "VN2": ("number",),
    "VN3": ("date_line",),
    "VN5": ("addressees",),
    "VN6": ("distribution",),
    "VN7": ("signature",),
}


#: The groups whose rules read the document proper (header, body, signature, Nơi
#: nhận): each needs ``document`` (not a file holding only an annex or a copy block),
#: unless it reads the copy block or the annexes (``copy`` / ``appendices``).
DOCUMENT_GROUPS = frozenset({"VN1", "VN2", "VN3", "VN4", "VN5", "VN6", "VN7", "VN8"})
_TRAILER_NEEDS = frozenset({"copy", "appendices"})


class RuleOptions(BaseModel):
    """Options of a rule; subclasses declare fields with docstrings (shown in the docs)."""

    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)


@dataclass(frozen=True, slots=True)
class Finding:
    """What a rule's ``check`` yields: the framework adds code, name, severity and source."""

    message: Message | str
    """What is wrong, in both languages (`Rule.msg`); a plain string is English only."""
    location: Location
    fix: Message | str | None = None
    """How to fix it, when that can be said (`Rule.msg`, like the message)."""
    edit: Edit | None = None
    """The exact replacement, when the rule knows it (see `Edit`)."""
    origin: Origin | None = None
    """Where in the file, when it is not the place of ``location`` (the page set-up)."""


RULES: dict[str, type[Rule]] = {}
_BY_NAME: dict[str, str] = {}


class Rule:
    """Base class of the rules; see the module docstring."""

    code: ClassVar[str]
    """``VN`` + three digits; the first digit is the group."""
    name: ClassVar[str]
    """Kebab-case name, unique; accepted wherever a code is."""
    families: ClassVar[frozenset[str]] = BOTH
    """The layout families the rule belongs to; it never runs on a document of another family."""
    level: ClassVar[Level | Mapping[str, Level]] = "error"
    """Severity when the rule is on, or one per family."""
    enabled: ClassVar[bool] = True
    """Whether the rule is on by default (``select`` turns an off rule on)."""
    evidence: ClassVar[str | Mapping[str, str]] = "C"
    """Confidence of the source, ``C``/``P``/``S``/``U``, or one per family or guideline."""
    guidelines: ClassVar[Mapping[str, str]] = MappingProxyType({})
    """Guideline code → the section of it the rule enforces. Empty: every guideline of
    the rule's families, with the sections named in the Source section."""
    Options: ClassVar[type[RuleOptions]] = RuleOptions
    """The rule's options model."""
    requires: ClassVar[tuple[str, ...] | None] = None
    """What the rule reads (see `GROUP_REQUIRES`); None: its group's."""
    summary_vi: ClassVar[str | None] = None
    """The summary in Vietnamese (tóm tắt): what the rule checks, one sentence."""
    messages: ClassVar[Mapping[str, Phrase]] = MappingProxyType({})
    """The rule's messages and fix hints by key, each in English and Vietnamese; ``check``
    builds its findings' texts from them with `msg`."""

    # Filled in by __init_subclass__:
    source: ClassVar[str]
    summary: ClassVar[str]
    sections: ClassVar[dict[str, str]]
    enforces: ClassVar[dict[str, str]]
    """Guideline code → section ("" when the Source section does not name it)."""
    levels: ClassVar[dict[str, Level]]
    """Guideline code → default level."""
    evidences: ClassVar[dict[str, str]]
    """Guideline code → evidence."""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if "code" not in cls.__dict__:
            return  # an abstract helper base
        cls.sections = parse_sections(cls.__doc__ or "", cls.code)
        source = cls.sections["Source"].strip().splitlines()[0].strip()
        cls.source = source
        cls.summary = first_sentence(" ".join(cls.sections["What it does"].split()))
        cls.enforces = _enforced(cls.guidelines, cls.families, source, cls.code)
        cls.levels = _per_guideline(cls.level, cls.enforces, cls.families, cls.code)
        cls.evidences = _per_guideline(cls.evidence, cls.enforces, cls.families, cls.code)
        if cls.requires is None:
            cls.requires = GROUP_REQUIRES.get(cls.code[:3], ())
        if cls.code[:3] in DOCUMENT_GROUPS and not _TRAILER_NEEDS & set(cls.requires):
            cls.requires = ("document", *cls.requires)
        if not re.fullmatch(r"VN\d{3}", cls.code):
            raise ValueError(f"{cls.__name__}: bad code {cls.code!r}")
        if not re.fullmatch(r"[a-z0-9]+(?:-[a-z0-9]+)*", cls.name):
            raise ValueError(f"{cls.code}: bad name {cls.name!r}")
        if cls.code in RULES or cls.name in _BY_NAME:
            raise ValueError(f"{cls.code} {cls.name}: code or name registered twice")
        RULES[cls.code] = cls
        _BY_NAME[cls.name] = cls.code

    def check(self, view: DocView, options: Any) -> Iterable[Finding]:
        """Yield the findings of this rule in one document."""
        raise NotImplementedError

    @classmethod
    def msg(cls, key: str, **values: Any) -> Message:
        """The rule's message ``key`` filled with ``values`` (`KeyError` for an unknown key)."""
        return cls.messages[key](**values)

    @classmethod
    def summary_in(cls, lang: str) -> str:
        """The summary in ``lang`` (English where the rule has no Vietnamese one yet)."""
        return cls.summary_vi if lang == "vi" and cls.summary_vi else cls.summary

    @classmethod
    def mildest_level(cls, family: str | None = None) -> Level:
        """The level used when the guideline is unknown: the mildest of the levels of
        the family's guidelines (of all guidelines when the family is unknown too)."""
        order = {"off": 0, "info": 1, "warning": 2, "error": 3}
        found = [
            lv for g, lv in cls.levels.items() if family is None or GUIDELINES[g].family == family
        ]
        return min(found, key=lambda lv: order[lv]) if found else "off"

    @classmethod
    def source_for(cls, guideline: str | None) -> str:
        """The source a diagnostic cites: Guideline 05's own section for a document
        judged by it (the Source section cites Decree 30 and Guideline 36), else `source`."""
        section = cls.enforces.get(guideline or "", "")
        if guideline == "hd05" and section:
            return f"{GUIDELINES[guideline].name}, {section}"
        return cls.source


def _cited(source: str, guideline: str) -> str:
    """The section of ``guideline`` named in a Source line: ``"NĐ 30/2020/NĐ-CP, Điều
    8.2a; Phụ lục I, mục II.1; HD 36-HD/VPTW, ô 2"`` → ``"Điều 8.2a; Phụ lục I, mục II.1"``
    for ``nd30`` (a chunk without a guideline's name belongs to the one before it)."""
    names = {g.name: g.code for g in GUIDELINES.values()}
    owner: str | None = None
    found: list[str] = []
    for chunk in (c.strip() for c in source.split(";")):
        named = next((n for n in names if chunk.startswith(n)), None)
        if named is not None:
            owner = names[named]
            chunk = chunk[len(named) :].lstrip(" ,")
        elif re.match(r"^(?:QĐ|HD|NĐ|TT|Nghị|Quy|Hướng)\b", chunk):
            owner = None  # another text (QĐ 66-QĐ/TW ...): not a section of a guideline
        if owner == guideline and chunk:
            found.append(chunk)
    return "; ".join(found)


def _enforced(
    declared: Mapping[str, str], families: frozenset[str], source: str, code: str
) -> dict[str, str]:
    allowed = [g for f in FAMILIES if f in families for g in FAMILY_GUIDELINES[f]]
    if not declared:
        return {g: _cited(source, g) for g in allowed}
    unknown = set(declared) - set(allowed)
    if unknown:
        raise ValueError(f"{code}: guidelines {sorted(unknown)} are not of families {sorted(families)}")
    out = {g: declared[g] for g in allowed if g in declared}
    for fam in families:
        if not any(GUIDELINES[g].family == fam for g in out):
            raise ValueError(f"{code}: no guideline of family {fam!r} in {sorted(out)}")
    return out


def _per_guideline(
    value: Any, enforces: Mapping[str, str], families: frozenset[str], code: str
) -> dict[str, Any]:
    """One value per enforced guideline, from a value, or a mapping by family and/or
    guideline (a guideline's key wins)."""
    if not isinstance(value, Mapping):
        return {g: value for g in enforces}
    extra = set(value) - set(enforces) - set(families)
    if extra:
        raise ValueError(f"{code}: per-family/guideline value names {sorted(extra)}")
    out: dict[str, Any] = {}
    for g in enforces:
        found = value.get(g, value.get(GUIDELINES[g].family))
        if found is None:
            raise ValueError(f"{code}: no value for guideline {g!r} in {dict(value)}")
        out[g] = found
    return out


#: What a sentence end inside is not: code (``QĐ.``), quotes ("KT. CHỦ TỊCH", "Điều 1. …").
_QUOTED = re.compile(r"``.*?``|`[^`]*`|\"[^\"]*\"|“[^”]*”")
#: A full stop or an ellipsis, then a space; the sentence ends there if a capital follows.
_STOP = re.compile(r"(?<!\.)(\.+|…)\s+(\S)")


def first_sentence(text: str) -> str:
    """The first sentence of ``text``, ending in its full stop or ellipsis (the summary).

    A sentence ends at "." or "..." followed by a space and a capital letter, outside code
    and quotes, so ``"TM. ỦY BAN"``, ``"Điều 1. …"`` and an ellipsis inside a sentence
    ("a) b) c) ... from") do not end it, and one that ends a list ("``TTr``, ...") is kept.
    """
    masked = _QUOTED.sub(lambda m: "x" * len(m.group()), text)
    for m in _STOP.finditer(masked):
        if m.group(2).isupper():
            return text[: m.end(1)]
    return text if text.endswith((".", "…")) else text + "."


_HEADING = re.compile(r"^## (.+?)\s*$", re.MULTILINE)


def parse_sections(doc: str, code: str) -> dict[str, str]:
    """The ``## Section`` bodies of a rule docstring; all of `SECTIONS` must be there, in order."""
    import inspect

    text = inspect.cleandoc(doc)
    heads = list(_HEADING.finditer(text))
    names = [m.group(1) for m in heads]
    if names != list(SECTIONS):
        raise ValueError(f"{code}: docstring sections {names} must be exactly {list(SECTIONS)}")
    out: dict[str, str] = {}
    for i, m in enumerate(heads):
        end = heads[i + 1].start() if i + 1 < len(heads) else len(text)
        body = text[m.end() : end].strip("\n")
        if not body.strip():
            raise ValueError(f"{code}: empty docstring section {m.group(1)!r}")
        out[m.group(1)] = body
    return out


# -- selection ------------------------------------------------------------------------------
class UnknownSelectorError(ValueError):
    """A code, prefix or name that matches no rule."""


def select(selector: str) -> list[str]:
    """Rule codes for a selector: ``ALL``, a code, a code prefix (``VN2``) or a rule name."""
    sel = selector.strip()
    if not sel:
        raise UnknownSelectorError("empty rule selector")
    if sel.upper() == "ALL":
        return list(RULES)
    if sel in _BY_NAME:
        return [_BY_NAME[sel]]
    up = sel.upper()
    if re.fullmatch(r"VN\d{0,3}", up):
        found = [c for c in RULES if c.startswith(up)]
        if found:
            return found
    raise UnknownSelectorError(f"unknown rule {selector!r}")


def specificity(selector: str) -> int:
    """How narrow a selector is: ALL < VN < VN2 < VN20 < a code or a name."""
    sel = selector.strip()
    if sel.upper() == "ALL":
        return 0
    if sel in _BY_NAME:
        return 5
    return len(sel) - 1


def rule_for(code_or_name: str) -> type[Rule]:
    """The rule with this exact code or name; `UnknownSelectorError` otherwise."""
    key = code_or_name.strip()
    code = _BY_NAME.get(key, key.upper())
    if code not in RULES:
        raise UnknownSelectorError(f"unknown rule {code_or_name!r}")
    return RULES[code]


def iter_rules() -> Iterator[type[Rule]]:
    """The registered rules in code order."""
    for code in sorted(RULES):
        yield RULES[code]


__all__ = [
    "BOTH",
    "CONFIRMED_STATE_SECONDARY_PARTY",
    "CONFIRMED_STATE_TEXT_HD05",
    "CONFIRMED_UNLESS_HD36",
    "DOCUMENT_GROUPS",
    "ERROR_STATE_WARNING_PARTY",
    "ERROR_UNLESS_HD36",
    "EVIDENCE",
    "FAMILIES",
    "GROUPS",
    "GROUP_REQUIRES",
    "PARTY",
    "RULES",
    "SECTIONS",
    "STATE",
    "Finding",
    "Rule",
    "RuleOptions",
    "UnknownSelectorError",
    "first_sentence",
    "iter_rules",
    "parse_sections",
    "rule_for",
    "select",
    "specificity",
]
