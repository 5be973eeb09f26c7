"""``--output-format sarif``: a SARIF 2.1.0 log for GitHub code scanning.

One run; ``tool.driver.rules`` lists only the rules that fired (ruff's ``sarif.rs``),
each with its summary, its documentation page as ``help`` (text and markdown) and
its default level. Results point at ``artifactLocation.uri`` — the file's path
relative to the current directory (the repository root in CI), with ``/``
separators and percent-encoding, under ``uriBaseId`` ``%SRCROOT%`` — and at a
1-based ``region`` whose columns count Unicode code points (``columnKind``). A finding
in a DOCX, PDF or HTML file also has a ``logicalLocations`` entry naming its place in
the file (``"table 1, row 1, cell 2"``, ``"page 2"``), since the region's lines are
those of the extracted text.

What each file's check could check (`vndocparse.validate.coverage.Coverage`) is in the
run's property bag, ``runs[0].properties.coverage`` (one entry per file, with its
``uri``), and each group of rules that could not be evaluated is a
``toolExecutionNotifications`` entry (level ``note``) of the run's invocation — the
places SARIF 2.1.0 (§3.14.20 property bags, §3.20.21 notifications) gives such facts.
The same property bag's ``guidelines`` maps each checked file's URI to the guideline it
was judged by.
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any, TextIO
from urllib.parse import quote

from vndocparse import __version__
from vndocparse.catalogue import REPORT, counted
from vndocparse.report import FileResult, message_text, with_fix
from vndocparse.validate.docs import rule_page
from vndocparse.validate.registry import GROUPS, RULES

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def artifact_uri(path: str) -> str:
    """A relative (to the current directory) or ``file://`` URI for ``path``."""
    p = Path(path)
    if path.startswith("<"):
        return quote(path)
    try:
        rel = Path(os.path.relpath(p.resolve(), Path.cwd().resolve())) if p.is_absolute() else p
    except ValueError:  # another drive on Windows
        rel = p
    if rel.is_absolute() or rel.as_posix().startswith("../"):
        return p.resolve().as_uri()
    return quote(rel.as_posix(), safe="/")


def _rule(code: str, lang: str = "en") -> dict[str, Any]:
    rule = RULES[code]
    page = rule_page(rule)
    levels = sorted(set(rule.levels.values()))
    default = "error" if "error" in levels else levels[0]
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.summary_in(lang)},
        "fullDescription": {"text": " ".join(rule.sections["What it does"].split())},
        "help": {"text": rule.sections["Why it matters"].strip(), "markdown": page},
        "defaultConfiguration": {"level": _LEVEL.get(default, "none") if rule.enabled else "none"},
        "properties": {"tags": [GROUPS[code[:3]], *sorted(rule.families)], "source": rule.source},
    }


def sarif_log(results: Sequence[FileResult], lang: str = "en") -> dict[str, Any]:
    """The SARIF log as a dict; the rules' short descriptions in ``lang``, each result's
    message and each notification in its file's language (the rules' full descriptions
    and help are their English pages)."""
    fired = sorted({d.code for r in results for d in r.diagnostics})
    index = {code: i for i, code in enumerate(fired)}
    out_results: list[dict[str, Any]] = []
    for r in results:
        uri = artifact_uri(r.path)
        for d in r.diagnostics:
            loc = d.location
            physical = {
                "artifactLocation": {"uri": uri, "uriBaseId": "%SRCROOT%"},
                "region": {
                    "startLine": loc.line,
                    "startColumn": loc.column,
                    "endLine": loc.end_line,
                    "endColumn": max(loc.end_column, loc.column),
                },
            }
            location: dict[str, Any] = {"physicalLocation": physical}
            if d.origin is not None:
                location["logicalLocations"] = [{"name": d.origin.text, "kind": "element"}]
            item: dict[str, Any] = {
                "ruleId": d.code,
                "ruleIndex": index[d.code],
                "level": _LEVEL[d.severity],
                "message": {"text": with_fix(message_text(d), d, r.lang)},
                "locations": [location],
            }
            out_results.append(item)
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "vndocparse",
                        "version": __version__,
                        "semanticVersion": __version__,
                        "rules": [_rule(code, lang) for code in fired],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "invocations": [
                    {"executionSuccessful": True, "toolExecutionNotifications": _notifications(results)}
                ],
                "results": out_results,
                "properties": {
                    "guidelines": {artifact_uri(r.path): r.guideline for r in results if r.guideline},
                    "coverage": [
                        {"uri": artifact_uri(r.path), **r.coverage.model_dump(mode="json")}
                        for r in results
                        if r.coverage is not None
                    ],
                },
            }
        ],
    }


def _notifications(results: Sequence[FileResult]) -> list[dict[str, Any]]:
    """A note for each group of rules that could not be evaluated in a file."""
    out: list[dict[str, Any]] = []
    for r in results:
        if r.coverage is None:
            continue
        for group in r.coverage.not_evaluated:
            out.append(
                {
                    "level": "note",
                    "message": {"text": _not_evaluated(group.rules, group.reason, r.lang)},
                    "locations": [{"physicalLocation": {"artifactLocation": {"uri": artifact_uri(r.path), "uriBaseId": "%SRCROOT%"}}}],
                }
            )
    return out


def _not_evaluated(rules: Sequence[str], reason: str, lang: str) -> str:
    note = REPORT["not_evaluated_note"](rules=counted(len(rules), "rule"), reason=reason, codes=", ".join(rules))
    return note.text(lang)


def write(results: Sequence[FileResult], out: TextIO, *, lang: str = "en") -> None:
    out.write(json.dumps(sarif_log(results, lang), ensure_ascii=False, indent=2) + "\n")
