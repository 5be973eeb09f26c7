"""``check --statistics``: how often each rule fired, instead of every diagnostic.

As ruff's ``--statistics``: one line per rule that fired, most frequent first —
``  12  VN204  [error]    number-leading-zero`` — or, with ``--output-format json``, a
JSON array of ``{"code", "name", "severity", "count"}``. A rule that fired at several
severities (per family) counts once per severity.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Sequence
from typing import Any, TextIO

from vndocparse.report import FileResult, severity_word
from vndocparse.report.colour import paint
from vndocparse.validate.diagnostics import SEVERITIES


def statistics(results: Sequence[FileResult]) -> list[dict[str, Any]]:
    """The rules that fired, most often first (then by code)."""
    seen: Counter[tuple[str, str, str]] = Counter(
        (d.code, d.name, d.severity) for r in results for d in r.diagnostics
    )
    ranked = sorted(seen.items(), key=lambda item: (-item[1], item[0]))
    return [
        {"code": code, "name": name, "severity": severity, "count": n}
        for (code, name, severity), n in ranked
    ]


def write(results: Sequence[FileResult], out: TextIO, fmt: str = "text", *, colour: bool = False, lang: str = "en") -> None:
    rows = statistics(results)
    if fmt == "json":
        out.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return
    width = max((len(str(row["count"])) for row in rows), default=1)
    words = {sev: f"[{severity_word(sev, lang)}]" for sev in SEVERITIES}
    pad = max(len(w) for w in words.values())
    for row in rows:
        severity = paint(f"{words[row['severity']]:<{pad}}", row["severity"], colour)
        out.write(f"{row['count']:>{width}}  {paint(row['code'], 'code', colour)}  {severity}  {row['name']}\n")


__all__ = ["statistics", "write"]
