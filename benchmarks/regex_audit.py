#!/usr/bin/env python3
"""Audit of every compiled regular expression in ``src/vndocparse``: a static scan for
backtracking hazards and a dynamic probe of how each pattern's time grows with input.

Not a test: run it by hand from the repository root (takes about a minute)::

    .venv/bin/python benchmarks/regex_audit.py            # a Markdown table
    .venv/bin/python benchmarks/regex_audit.py --json     # the same as JSON

Patterns are found by importing every module of the package and walking module
globals, class attributes and containers for compiled ``re``/``regex`` patterns
(patterns compiled inside functions are listed from a ``compile(`` grep and probed
when their text can be found).

Static flags (a pattern may have several):

* ``nested``: a quantified group that itself contains a quantifier — ``(a+)+``,
  ``(\\s*\\w+)*`` — the classic exponential form when the inner pieces overlap;
* ``adjacent``: two quantified pieces in a row that can match the same characters
  (``\\s*\\s*``, ``.*\\s*``, ``\\w+\\d+``) — polynomial when the match fails late;
* ``unanchored-dotstar``: ``.*`` or ``.+`` not at the start, searched (``search``/
  ``findall``) over long lines — quadratic when the rest fails.

Dynamic probe: for every pattern and every "piece" of a list of characters and short
strings found in Vietnamese documents (spaces, letters, digits, ``1.``, ``- ``,
``|``, ``*``, upper-case words...), ``pattern.findall(piece * n + "\\x00")`` is
timed for n = N and 4 N. Linear patterns take about 4× longer on the longer input;
``growth`` is the worst ratio seen, and a pattern whose worst time exceeds a few
milliseconds with growth ≥ 10 is reported as ``SUPERLINEAR``.
"""

from __future__ import annotations

import argparse
import importlib
import json
import pkgutil
import re
import signal
import sys
import time
from pathlib import Path
from typing import Any

import regex

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = "vndocparse"

PIECES = [
    " ", "  ", "\t", "a", "A", "Ă", "ệ", "đ", "Đ", "1", "12", "1.", "1. ", "1.1.", "a)", "a.",
    "I.", "IV", "a ", "A ", "ab ", "AB ", "Nguyễn ", "NGUYỄN ", "- ", "-", "--", ".", "..", "*",
    "**", "|", "| ", "_", "/", "0/", "1/", "1-", ",", ", ", ";", ":", "(", ")", "()", "[", "\\",
    "<", "<b>", "&", "&amp;", "#", "# ", ">", ">>", "> ", "=", "'", '"', "ngày ", "Số ", "số 1/", "TM. ",
    "KT. ", "V/v ", "Kính gửi ", "Nơi nhận ", "Điều 1. ", "\u00a0", "\u200b", "\u0301", "x.y",
    "a-b ", "1/2/", "QĐ-", "/QĐ-UBND ", "năm 2024 ", "tháng ",
]


def iter_modules() -> list[Any]:
    pkg = importlib.import_module(PACKAGE)
    mods = [pkg]
    for info in pkgutil.walk_packages(pkg.__path__, PACKAGE + "."):
        if info.name.endswith("__main__"):
            continue
        try:
            mods.append(importlib.import_module(info.name))
        except Exception as exc:  # noqa: BLE001  (an optional extra missing)
            print(f"regex_audit: skipped {info.name}: {exc}", file=sys.stderr)
    return mods


def is_pattern(obj: Any) -> bool:
    return isinstance(obj, (re.Pattern, regex.Pattern))


_objects: dict[tuple[str, Any], Any] = {}


def find_patterns() -> dict[tuple[str, Any], str]:
    """``(module, pattern text, flags) -> where``: each distinct compiled pattern once."""
    found: dict[tuple[str, Any], str] = {}

    def visit(obj: Any, where: str, module: str, depth: int = 0) -> None:
        if is_pattern(obj):
            key = (module, (isinstance(obj, regex.Pattern), obj.pattern, obj.flags))
            found.setdefault(key, where)
            _objects.setdefault(key, obj)
        elif depth < 3 and isinstance(obj, (list, tuple, set, frozenset)):
            for i, x in enumerate(obj):
                visit(x, f"{where}[{i}]", module, depth + 1)
        elif depth < 3 and isinstance(obj, dict):
            for k, x in obj.items():
                visit(x, f"{where}[{k!r}]", module, depth + 1)
        elif depth < 2 and isinstance(obj, type) and obj.__module__ == module:
            for k, x in vars(obj).items():
                visit(x, f"{where}.{k}", module, depth + 1)

    for mod in iter_modules():
        for name, obj in vars(mod).items():
            visit(obj, name, mod.__name__)
    return found


# ------------------------------------------------------------------------------ static

_QUANT = r"(?:[*+?]|\{\d*,?\d*\})[+?]?"


def static_flags(pattern: str) -> list[str]:
    flags: list[str] = []
    # nested: a group closing with a quantifier, containing an unbounded quantifier
    depth_starts: list[int] = []

    esc = False
    in_class = False
    for j, ch in enumerate(pattern):
        if esc:
            esc = False
            continue
        if ch == "\\":
            esc = True
            continue
        if in_class:
            if ch == "]":
                in_class = False
            continue
        if ch == "[":
            in_class = True
        elif ch == "(":
            depth_starts.append(j)
        elif ch == ")" and depth_starts:
            start = depth_starts.pop()
            after = pattern[j + 1 : j + 3]
            if after[:1] in ("*", "+") or re.match(r"\{\d*,\d*\}", pattern[j + 1 :]):
                inner = pattern[start + 1 : j]
                if re.search(r"(?<!\\)[*+]|\{\d*,\}", _strip_classes(inner)):
                    flags.append("nested")

    body = _strip_classes(pattern)
    if re.search(r"(\\s|\\w|\\d|\.|\\S|\\p\{\w+\}|X)(\*|\+)\??\s*(\\s|\\w|\\d|\.|\\S|\\p\{\w+\}|X)(\*|\+)", body):
        flags.append("adjacent")
    if re.search(r"(?<!^)(?<!\^)(?<!\(\?:)\.[*+]", pattern) and not pattern.startswith("^"):
        flags.append("unanchored-dotstar")
    return sorted(set(flags))


def _strip_classes(p: str) -> str:
    """Replace each character class by ``X`` so that quantifiers inside are not seen."""
    return re.sub(r"\[(?:\\.|[^\]\\])*\]", "X", p)


# ----------------------------------------------------------------------------- dynamic


class _Expired(Exception):
    pass


def _expire(signum: int, frame: object) -> None:
    raise _Expired


def probe(pat: Any, n: int, budget_s: float) -> tuple[float, float, str]:
    """(worst seconds at 4n, worst growth 4n/n, worst piece)."""
    worst = (0.0, 0.0, "")
    clock = time.perf_counter
    for piece in PIECES:
        times = []
        for size in (n, 4 * n):
            text: Any = piece * max(1, size // len(piece)) + "\x00"
            if isinstance(pat.pattern, bytes):  # the readers' patterns over raw files
                text = text.encode("utf-8")
            t0 = clock()
            signal.setitimer(signal.ITIMER_REAL, budget_s)  # an exponential pattern
            try:
                pat.findall(text)
            except _Expired:
                times.append(float("inf"))
                break
            except Exception:  # noqa: BLE001, S110 - a probe the pattern refuses to run is no timing
                pass
            finally:
                signal.setitimer(signal.ITIMER_REAL, 0)
            times.append(clock() - t0)
            if times[-1] > budget_s:
                break
        big = times[-1]
        growth = big / max(times[0], 1e-6) if len(times) == 2 and big != float("inf") else float("inf")
        if big > worst[0]:
            worst = (big, growth, piece)
    return worst


def audit(n: int, budget_s: float) -> list[dict[str, Any]]:
    rows = []
    for key, where in sorted(find_patterns().items(), key=lambda kv: (kv[0][0], kv[1])):
        module, (is_regex, text, _flags) = key
        pat = _objects[key]
        secs, growth, piece = probe(pat, n, budget_s)
        sflags = static_flags(text.decode("latin-1") if isinstance(text, bytes) else text)
        superlinear = secs > 0.005 and growth >= 10
        rows.append(
            {
                "module": module.removeprefix(PACKAGE + "."),
                "name": where,
                "engine": "regex" if is_regex else "re",
                "pattern": text,
                "static": sflags,
                "worst_ms": round(secs * 1000, 3),
                "growth": round(growth, 1) if growth != float("inf") else None,
                "worst_piece": piece,
                "verdict": "SUPERLINEAR" if superlinear or growth is None else "linear",
            }
        )
    return rows


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--size", type=int, default=2000, help="characters of the small probe (the large is 4x)")
    ap.add_argument("--budget", type=float, default=2.0, help="seconds after which a probe stops growing")
    args = ap.parse_args(argv)
    signal.signal(signal.SIGALRM, _expire)
    rows = audit(args.size, args.budget)
    if args.json:
        print(json.dumps(rows, indent=1, ensure_ascii=False))
        return 0
    print("| module | name | static | worst ms | growth ×4 | worst piece | verdict |")
    print("|---|---|---|---:|---:|---|---|")
    for r in rows:
        print(
            f"| {r['module']} | `{r['name']}` | {', '.join(r['static']) or '–'} | {r['worst_ms']} | "
            f"{r['growth']} | `{r['worst_piece']!r}` | {r['verdict']} |"
        )
    bad = [r for r in rows if r["verdict"] != "linear"]
    print(f"\n{len(rows)} patterns, {len(bad)} superlinear", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
