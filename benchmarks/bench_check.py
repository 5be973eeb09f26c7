#!/usr/bin/env python3
"""Benchmark of ``vndocparse check`` against ``vndocparse parse`` on the same texts.

Not a test: run it by hand from the repository root, with the package installed::

    .venv/bin/python benchmarks/bench_check.py            # a table
    .venv/bin/python benchmarks/bench_check.py --json     # the same figures as JSON

It measures, on one set of texts, best of 3 rounds of the corpus repeated ``N`` times:

(a) parse: ``vndocparse.parse(text)`` for every text;
(b) check: ``vndocparse.validate(vndocparse.parse(text))`` for every text, with the
    default rules — what ``vndocparse check`` does per file, minus reading and output;
(c) the ratio check / parse (target: at most 1.5, issue 3), and the validation alone
    per document.

Texts: ``../shared/corpus/dev/*.txt`` relative to the repository root if present, else
``tests/data/letters/*.txt``; ``--corpus DIR`` overrides. ``--repeat N`` fixes the
corpus repetitions per round (default: about 1.5 s of parsing per round).
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEV_CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
OWN_LETTERS = ROOT / "tests" / "data" / "letters"
ROUNDS = 3
TARGET_ROUND_SECONDS = 1.5
#: Issue 3: checking costs at most 1.5 times parsing.
MAX_RATIO = 1.5


def find_corpus(explicit: str | None) -> Path:
    if explicit:
        return Path(explicit)
    if DEV_CORPUS.is_dir() and any(DEV_CORPUS.glob("*.txt")):
        return DEV_CORPUS
    return OWN_LETTERS


def load_texts(folder: Path) -> list[str]:
    from vndocparse.reading import read_text

    paths = sorted(folder.glob("*.txt"))
    if not paths:
        raise SystemExit(f"bench_check: no *.txt files in {folder}")
    return [read_text(p) for p in paths]


def best_of(rounds: int, body: Callable[[], None]) -> float:
    times: list[float] = []
    for _ in range(rounds):
        gc.collect()
        start = time.perf_counter()
        body()
        times.append(time.perf_counter() - start)
    return min(times)


def measure(corpus: Path, repeat: int | None) -> dict[str, Any]:
    import vndocparse

    texts = load_texts(corpus)
    parse, validate = vndocparse.parse, vndocparse.validate
    config = vndocparse.validate.resolve()  # resolved once, as the command does
    docs = [parse(t) for t in texts]  # warm-up: grammar built, rules imported
    for d in docs:
        validate(d, config)

    def parse_round(n: int) -> Callable[[], None]:
        def body() -> None:
            for _ in range(n):
                for t in texts:
                    parse(t)

        return body

    def check_round(n: int) -> Callable[[], None]:
        def body() -> None:
            for _ in range(n):
                for t in texts:
                    validate(parse(t), config)

        return body

    def validate_round(n: int) -> Callable[[], None]:
        def body() -> None:
            for _ in range(n):
                for d in docs:
                    validate(d, config)

        return body

    one = best_of(1, parse_round(1))
    n = repeat or max(1, round(TARGET_ROUND_SECONDS / max(one, 1e-6)))
    parse_s = best_of(ROUNDS, parse_round(n))
    check_s = best_of(ROUNDS, check_round(n))
    validate_s = best_of(ROUNDS, validate_round(n))
    count = n * len(texts)
    findings = sum(len(validate(d, config)) for d in docs)
    return {
        "corpus": {
            "folder": str(corpus),
            "documents": len(texts),
            "characters": sum(map(len, texts)),
        },
        "repeat": n,
        "rounds": ROUNDS,
        "parse_ms_per_doc": parse_s / count * 1000,
        "check_ms_per_doc": check_s / count * 1000,
        "validate_ms_per_doc": validate_s / count * 1000,
        "ratio": check_s / parse_s,
        "findings_per_pass": findings,
        "target": {"max_ratio": MAX_RATIO, "ok": check_s / parse_s <= MAX_RATIO},
    }


def render(r: dict[str, Any]) -> str:
    c = r["corpus"]
    ok = "ok" if r["target"]["ok"] else "MISSED"
    rows = [
        ("corpus", f"{c['folder']}: {c['documents']} documents, {c['characters']:,} chars"),
        ("rounds", f"best of {r['rounds']}, corpus x {r['repeat']} per round"),
        ("parse", f"{r['parse_ms_per_doc']:.3f} ms/doc"),
        ("check", f"{r['check_ms_per_doc']:.3f} ms/doc (parse + validate, default rules)"),
        (
            "validate alone",
            f"{r['validate_ms_per_doc']:.3f} ms/doc, {r['findings_per_pass']} findings per corpus pass",
        ),
        ("check / parse", f"{r['ratio']:.2f}x   (target <= {MAX_RATIO:g}x: {ok})"),
    ]
    width = max(len(k) for k, _ in rows) + 2
    return "\n".join(f"{k:<{width}}{v}" for k, v in rows) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--corpus", help="folder of *.txt documents (default: the shared dev corpus)")
    ap.add_argument("--repeat", type=int, help="corpus repetitions per round")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    if args.repeat is not None and args.repeat < 1:
        ap.error("--repeat must be at least 1")
    result = measure(find_corpus(args.corpus), args.repeat)
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        sys.stdout.write(render(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
