"""The rule documentation, generated from the rules themselves.

``docs/rules/<CODE>.md`` is one page per rule — its docstring sections (ruff's What it
does / Why it matters / Example / Use instead), a table of its code, name, family,
levels and source, its options, and its Source section — and ``docs/rules/index.md``
lists them by group. ``vndocparse rules --write-docs docs/rules`` writes them;
``vndocparse rules CODE`` prints one page; a test checks that the committed pages
equal the generated ones.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import get_origin

from vndocparse.tables.guidelines import FAMILY_GUIDELINES, GUIDELINES
from vndocparse.validate.registry import EVIDENCE, GROUPS, Rule, iter_rules

_CODE = re.compile(r"(```.*?```|``.*?``|`[^`]*`)", re.DOTALL)


def escape(text: str) -> str:
    """Markdown prose with ``<`` escaped outside code (``<Địa danh>`` is not an HTML tag)."""
    parts = _CODE.split(text)
    return "".join(p if i % 2 else p.replace("<", "&lt;") for i, p in enumerate(parts))


def _type_name(annotation: object) -> str:
    origin = get_origin(annotation)
    if origin is tuple:
        return "list of strings"
    return getattr(annotation, "__name__", None) or str(annotation).replace("typing.", "")


_FAMILY_NAME = {"state": "state", "party": "Party"}
_PAGE = re.compile(r"^VN\d{3}\.md$")


def _by_guideline(values: dict[str, str], show: Callable[[str], str]) -> str:
    """``{"nd30": "error", "hd36": "warning", "hd05": "error"}`` → ``"error (state),
    warning (party, HD 36), error (party, HD 05)"``: one value when all agree, one per
    family when its guidelines agree."""
    if len(set(values.values())) == 1:
        return show(next(iter(values.values())))
    out: list[str] = []
    for family, codes in FAMILY_GUIDELINES.items():
        mine = {g: values[g] for g in codes if g in values}
        if len(set(mine.values())) == 1 and len(mine) == len(codes):
            out.append(f"{show(next(iter(mine.values())))} ({family})")
        else:
            out += [f"{show(v)} ({family}, {GUIDELINES[g].short})" for g, v in mine.items()]
    return ", ".join(out)


def _levels(rule: type[Rule]) -> str:
    text = _by_guideline(dict(rule.levels), str)
    return text if rule.enabled else f"off by default ({text} when selected)"


def _evidence(rule: type[Rule]) -> str:
    return _by_guideline(dict(rule.evidences), lambda v: f"[{v}] {EVIDENCE[v]}")


def _applies_to(rule: type[Rule]) -> str:
    out = []
    for family, codes in FAMILY_GUIDELINES.items():
        mine = [GUIDELINES[g].name for g in codes if g in rule.enforces]
        if mine:
            out.append(f"{_FAMILY_NAME[family]} ({', '.join(mine)})")
    return ", ".join(out)


def _guidelines(rule: type[Rule]) -> str:
    """The table of the guidelines the rule enforces: section, level, evidence."""
    rows = ["| guideline | section | default level | evidence |", "|---|---|---|---|"]
    for g, section in rule.enforces.items():
        level = rule.levels[g] if rule.enabled else f"off ({rule.levels[g]} when selected)"
        ev = rule.evidences[g]
        cited = escape(section) if section else "see Source"
        rows.append(f"| {GUIDELINES[g].name} | {cited} | {level} | [{ev}] {EVIDENCE[ev]} |")
    return "\n".join(rows)


def _options(rule: type[Rule]) -> str:
    fields = rule.Options.model_fields
    if not fields:
        return "None."
    rows = ["| option | type | default | meaning |", "|---|---|---|---|"]
    for name, info in fields.items():
        kind = _type_name(info.annotation)
        default = info.default
        shown = (
            "[" + ", ".join(f'"{d}"' for d in default) + "]"
            if isinstance(default, tuple)
            else repr(default)
        )
        desc = escape(" ".join((info.description or "").split()))
        rows.append(f"| `{name.replace('_', '-')}` | `{kind}` | `{shown}` | {desc} |")
    rows += [
        "",
        "Set in the configuration file (the defaults shown):",
        "",
        "```toml",
        f"[tool.vndocparse.options.{rule.code}]",
    ]
    for name, info in fields.items():
        default = info.default
        value = json.dumps(
            list(default) if isinstance(default, tuple) else default, ensure_ascii=False
        )
        rows.append(f"{name.replace('_', '-')} = {value}")
    rows.append("```")
    return "\n".join(rows)


def rule_page(rule: type[Rule]) -> str:
    """The Markdown page of one rule."""
    s = rule.sections
    out = [
        f"# {rule.code} {rule.name}",
        "",
        escape(rule.summary),
        "",
        *([f"*{escape(rule.summary_vi)}*", ""] if rule.summary_vi else []),
        "| | |",
        "|---|---|",
        f"| Code | `{rule.code}` |",
        f"| Name | `{rule.name}` |",
        f"| Group | {GROUPS[rule.code[:3]]} |",
        f"| Applies to | {_applies_to(rule)} |",
        f"| Default level | {_levels(rule)} |",
        f"| Evidence | {_evidence(rule)} |",
        f"| Source | {rule.source} |",
        "",
    ]
    for section in ("What it does", "Why it matters", "Example", "Use instead"):
        out += [f"## {section}", "", escape(s[section].strip()), ""]
    out += ["## Guidelines", "", _guidelines(rule), ""]
    out += ["## Messages", "", _messages(rule), ""]
    out += ["## Options", "", _options(rule), "", "## Source", "", escape(s["Source"].strip()), ""]
    return "\n".join(out)


def _messages(rule: type[Rule]) -> str:
    """The rule's messages and fix hints in both languages (thông báo, tiếng Việt)."""
    if not rule.messages:
        return "None: the rule reports no message of its own."
    rows = ["| key | English | Tiếng Việt |", "|---|---|---|"]
    for key, phrase in rule.messages.items():
        rows.append(f"| `{key}` | {_cell(phrase.en)} | {_cell(phrase.vi)} |")
    return "\n".join(rows)


def _cell(template: str) -> str:
    """A template in a table cell: its ``{fields}`` shown as code, pipes escaped."""
    return escape(template).replace("|", "\\|")


def index_page() -> str:
    """The Markdown index of all rules, by group."""
    rules = list(iter_rules())
    out = [
        "# Rules",
        "",
        "Generated by `vndocparse rules --write-docs docs/rules` from the rules' docstrings;",
        "do not edit by hand. See [the validation guide](../validation.md) for selecting rules,",
        "levels and options.",
        "",
        f"{len(rules)} rules. Evidence: **[C]** confirmed from the text of the regulation (for",
        "HD 05: two or more independent sources), **[P]** the text of Guideline 05 alone,",
        "**[S]** secondary sources only (a warning, or off by default), **[U]** unconfirmed.",
        "Guidelines: NĐ 30 (state documents), HD 36 (Party documents dated before 27/5/2026),",
        "HD 05 (Party documents dated from 27/5/2026); see [What changed in 2026](../changes-2026.md).",
        "",
    ]
    current = ""
    for rule in rules:
        group = rule.code[:3]
        if group != current:
            current = group
            out += [
                f"## {group}xx {GROUPS[group]}",
                "",
                "| code | name | guidelines | default level | evidence | summary |",
                "|---|---|---|---|---|---|",
            ]
        fams = ", ".join(GUIDELINES[g].short for g in rule.enforces)
        evidence = "/".join(sorted(set(rule.evidences.values())))
        out.append(
            f"| [{rule.code}]({rule.code}.md) | `{rule.name}` | {fams} | {_levels(rule)} | {evidence} | {escape(rule.summary)} |"
        )
        nxt = [r for r in rules if r.code > rule.code]
        if not nxt or nxt[0].code[:3] != group:
            out.append("")
    return "\n".join(out)


def generated_docs() -> dict[str, str]:
    """File name → content of every generated page (``index.md`` and one per rule)."""
    pages = {"index.md": index_page()}
    for rule in iter_rules():
        pages[f"{rule.code}.md"] = rule_page(rule)
    return pages


def write_docs(directory: str | Path) -> list[Path]:
    """Write the pages into ``directory``; remove rule pages of rules that no longer exist."""
    d = Path(directory)
    d.mkdir(parents=True, exist_ok=True)
    pages = generated_docs()
    written: list[Path] = []
    for name, content in pages.items():
        path = d / name
        if not path.exists() or path.read_text(encoding="utf-8") != content:
            path.write_text(content, encoding="utf-8")
        written.append(path)
    for stale in d.iterdir():
        if _PAGE.match(stale.name) and stale.name not in pages:
            stale.unlink()
    return written


__all__ = ["generated_docs", "index_page", "rule_page", "write_docs"]
