#!/usr/bin/env python3
"""Benchmark of `vndocparse.parse()` against the floor of any text pipeline.

Not a test: run it by hand from the repository root, with the package installed::

    .venv/bin/python benchmarks/bench_parse.py            # a table
    .venv/bin/python benchmarks/bench_parse.py --json     # the same figures as JSON

It measures, in one run and on one set of texts:

(a) throughput: documents per second of ``vndocparse.parse(text)`` over the whole
    corpus, after one warm-up pass (so the grammar is built), the corpus repeated
    ``N`` times per round, best of 5 rounds;
(b) the floor: for the same texts, the same ``N`` and rounds (taken in turn with the
    parse rounds, so that a drift in the machine's speed touches both), what any reader of the
    text pays anyway: ``unicodedata.normalize("NFC", t)``, ``t.splitlines()`` and one
    regex pass (``re.compile(r"\\S+").findall(t)``);
(c) the ratio parse / floor (targets: at most 8, issue 2; at most 5, issue 5);
(d) the time of ``import vndocparse`` in a fresh interpreter: the median of 5 runs of
    ``python -c "import vndocparse"`` minus the median of 5 runs of
    ``python -c "pass"`` (target: under 150 ms), and the cumulative figure that
    ``python -X importtime`` gives for the ``vndocparse`` package;
(e) the peak memory (tracemalloc) of parsing the largest document once;
and, for information, the first `parse()` in a fresh interpreter (grammar build
included) of the smallest document.

Texts: ``../shared/corpus/dev/*.txt`` relative to the repository root if present,
else the project's own ``tests/data/letters/*.txt``; ``--corpus DIR`` overrides.
``--repeat N`` fixes the corpus repetitions per round; by default ``N`` is chosen so
that a parse round takes about 1.5 s, and the whole run about 15-20 s. ``--stages``
also times each stage of the pipeline per corpus pass, with its cost per input line,
and for scale a *bare pass*: the cheapest per-line pipeline one can write in Python
(fold and split the text, then one object and one anchored pattern per line).
"""

from __future__ import annotations

import argparse
import gc
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import time
import tracemalloc
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
DEV_CORPUS = ROOT.parent / "shared" / "corpus" / "dev"
OWN_LETTERS = ROOT / "tests" / "data" / "letters"

#: Wall time aimed at for one round of parsing when ``--repeat`` is not given.
TARGET_ROUND_SECONDS = 1.5
ROUNDS = 5
IMPORT_RUNS = 5
#: The targets of docs/performance.md.
MAX_RATIO = 8.0
MAX_IMPORT_MS = 150.0

_WORDS = re.compile(r"\S+")


# --------------------------------------------------------------------------- inputs


def find_corpus(explicit: str | None) -> Path:
    """The folder of ``*.txt`` documents to measure."""
    if explicit:
        return Path(explicit)
    if DEV_CORPUS.is_dir() and any(DEV_CORPUS.glob("*.txt")):
        return DEV_CORPUS
    return OWN_LETTERS


def load_texts(folder: Path) -> list[tuple[str, str]]:
    """``(name, text)`` of every ``*.txt`` in ``folder``, decoded as `parse_file` would."""
    from vndocparse.reading import read_text

    paths = sorted(folder.glob("*.txt"))
    if not paths:
        raise SystemExit(f"bench_parse: no *.txt files in {folder}")
    return [(p.name, read_text(p)) for p in paths]


# --------------------------------------------------------------------------- timing


def best_of(rounds: int, body: Callable[[], None]) -> float:
    """The smallest wall time of ``rounds`` runs of ``body``, in seconds."""
    times: list[float] = []
    for _ in range(rounds):
        gc.collect()
        start = time.perf_counter()
        body()
        times.append(time.perf_counter() - start)
    return min(times)


def best_of_interleaved(rounds: int, *bodies: Callable[[], None]) -> list[float]:
    """The smallest wall time of each body over ``rounds`` rounds that run them in turn."""
    best = [float("inf")] * len(bodies)
    for _ in range(rounds):
        for i, body in enumerate(bodies):
            gc.collect()
            start = time.perf_counter()
            body()
            best[i] = min(best[i], time.perf_counter() - start)
    return best


def parse_round(texts: Sequence[str], repeat: int) -> Callable[[], None]:
    import vndocparse

    parse = vndocparse.parse

    def body() -> None:
        for _ in range(repeat):
            for t in texts:
                parse(t)

    return body


def floor_round(texts: Sequence[str], repeat: int) -> Callable[[], None]:
    normalize, findall = unicodedata.normalize, _WORDS.findall

    def body() -> None:
        for _ in range(repeat):
            for t in texts:
                n = normalize("NFC", t)
                n.splitlines()
                findall(n)

    return body


def choose_repeat(one_pass_s: float) -> int:
    """Corpus repetitions per round so that one parse round takes ~TARGET_ROUND_SECONDS."""
    return max(1, round(TARGET_ROUND_SECONDS / max(one_pass_s, 1e-6)))


def _run(code: str, *extra: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, *extra, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )


def _wall(code: str) -> float:
    start = time.perf_counter()
    _run(code)
    return time.perf_counter() - start


def import_time() -> dict[str, float]:
    """``import vndocparse`` in fresh interpreters, in milliseconds (medians of 5)."""
    _run("import vndocparse")  # compile bytecode and warm the file cache first
    with_import: list[float] = []
    bare: list[float] = []
    for _ in range(IMPORT_RUNS):  # interleaved, so drift hits both alike
        bare.append(_wall("pass"))
        with_import.append(_wall("import vndocparse"))
    cumulative: list[float] = []
    for _ in range(IMPORT_RUNS):
        err = _run("import vndocparse", "-X", "importtime").stderr
        for line in err.splitlines():
            # "import time:  self [us] | cumulative | imported package"
            fields = [f.strip() for f in line.removeprefix("import time:").split("|")]
            if len(fields) == 3 and fields[2] == "vndocparse":
                cumulative.append(int(fields[1]) / 1000)
    return {
        "python_pass_ms": statistics.median(bare) * 1000,
        "python_import_ms": statistics.median(with_import) * 1000,
        "import_ms": (statistics.median(with_import) - statistics.median(bare)) * 1000,
        "importtime_cumulative_ms": statistics.median(cumulative) if cumulative else float("nan"),
    }


def first_parse_ms(text: str) -> float:
    """A fresh interpreter's first `parse()` (median of 3), which builds the grammar, in ms."""
    code = (
        "import sys, time, vndocparse\n"
        "t = sys.stdin.read()\n"
        "s = time.perf_counter(); vndocparse.parse(t); e = time.perf_counter()\n"
        "print((e - s) * 1000)\n"
    )
    runs = []
    for _ in range(3):
        out = subprocess.run(
            [sys.executable, "-c", code], input=text, capture_output=True, text=True,
            check=True, cwd=ROOT, encoding="utf-8",
        )
        runs.append(float(out.stdout.strip()))
    return statistics.median(runs)


def peak_memory(text: str) -> int:
    """Peak bytes allocated (tracemalloc) while parsing ``text`` once, grammar built."""
    import vndocparse

    vndocparse.parse(text)
    gc.collect()
    tracemalloc.start()
    try:
        vndocparse.parse(text)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return peak


# --------------------------------------------------------------------------- main


def stage_times(texts: Sequence[str], repeat: int) -> dict[str, float]:
    """Seconds per corpus pass spent in each stage (best of ROUNDS), for ``--stages``.

    Uses the internal stage modules, so it follows their current names; the rest of
    `pipeline.run` (directives, references, diagnostics, line attribution, building
    the `Document`) is the difference from the full parse.
    """
    from vndocparse.classify import classify
    from vndocparse.layout import Layout
    from vndocparse.normalize import normalise
    from vndocparse.page import rebuild_segments
    from vndocparse.parser import parse_tree
    from vndocparse.segment import segment
    from vndocparse.transform import DocumentTransformer

    names = ("normalise", "segment", "page", "classify", "layout", "grammar", "transform")
    best = dict.fromkeys(names, float("inf"))
    clock = time.perf_counter
    for _ in range(ROUNDS):
        spent = dict.fromkeys(names, 0.0)
        gc.collect()
        for _ in range(repeat):
            for t in texts:
                t0 = clock()
                lines = normalise(t)
                t1 = clock()
                segments = segment(lines)
                t2 = clock()
                pieces = rebuild_segments(segments)
                t3 = clock()
                tokens = classify(pieces)
                t4 = clock()
                stream = Layout(tokens).stream
                t5 = clock()
                tree, _skipped = parse_tree(stream)
                t6 = clock()
                DocumentTransformer(stream).transform(tree)
                t7 = clock()
                spans = (t1 - t0, t2 - t1, t3 - t2, t4 - t3, t5 - t4, t6 - t5, t7 - t6)
                for name, dt in zip(names, spans):
                    spent[name] += dt
        for name in names:
            best[name] = min(best[name], spent[name] / repeat)
    return best


_BARE_PATTERN = re.compile(r"[\d\W_]|can\s*cu|dieu\s")


def bare_pass_round(texts: Sequence[str], repeat: int) -> Callable[[], None]:
    """The cheapest per-line pipeline there is, for scale beside the stage times: the
    text checked for NFC, folded and split (as `normalise` does), then for each line
    one stripped copy, one object and one anchored pattern match. Each stage of the
    parser is at least such a pass over the lines, plus the work it is there for."""
    from vndocparse.normalize import Line, split_lines
    from vndocparse.text import fold

    is_nfc, match = unicodedata.is_normalized, _BARE_PATTERN.match

    def body() -> None:
        for _ in range(repeat):
            for t in texts:
                is_nfc("NFC", t)
                out = []
                for number, (raw, folded) in enumerate(zip(split_lines(t), split_lines(fold(t))), 1):
                    core = raw.strip()
                    if core:
                        out.append(Line(number, raw, core, folded, None))
                        match(folded)

    return body


def machine() -> dict[str, Any]:
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    import lark
    import pydantic

    import vndocparse

    return {
        "python": platform.python_version(),
        "implementation": platform.python_implementation(),
        "machine": platform.machine(),
        "cpu": cpu,
        "nproc": os.cpu_count(),
        "vndocparse": vndocparse.__version__,
        "lark": lark.__version__,
        "pydantic": pydantic.VERSION,
    }


def measure(corpus: Path, repeat: int | None, *, stages: bool = False) -> dict[str, Any]:
    named = load_texts(corpus)
    texts = [t for _, t in named]
    chars = sum(len(t) for t in texts)
    # Warm-up: one pass builds the grammar and fills the caches; its time (a slight
    # overestimate, as it includes the grammar build) also sizes the rounds.
    warm_s = best_of(1, parse_round(texts, 1))
    n = repeat if repeat is not None else choose_repeat(warm_s)
    docs = n * len(texts)

    # Rounds of parse and floor alternate, so that a drift in the machine's speed (a
    # shared VM) touches both sides of the ratio alike.
    parse_s, floor_s = best_of_interleaved(ROUNDS, parse_round(texts, n), floor_round(texts, n))

    per_stage = stage_times(texts, n) if stages else None
    bare_s = best_of(ROUNDS, bare_pass_round(texts, n)) if stages else None

    name, largest = max(named, key=lambda nt: len(nt[1]))
    smallest = min(texts, key=len)
    peak = peak_memory(largest)
    imports = import_time()
    first = first_parse_ms(smallest)
    result: dict[str, Any] = {
        "machine": machine(),
        "corpus": {
            "folder": os.path.relpath(corpus, ROOT),
            "documents": len(texts),
            "characters": chars,
            "lines": sum(len(t.splitlines()) for t in texts),
        },
        "repeat": n,
        "rounds": ROUNDS,
        "parse": {
            "best_round_s": parse_s,
            "docs_per_s": docs / parse_s,
            "ms_per_doc": parse_s / docs * 1000,
            "chars_per_s": n * chars / parse_s,
        },
        "floor": {
            "best_round_s": floor_s,
            "docs_per_s": docs / floor_s,
            "ms_per_doc": floor_s / docs * 1000,
        },
        "ratio": parse_s / floor_s,
        "import": imports,
        "first_parse_of_smallest_ms": first,
        "largest": {"name": name, "characters": len(largest), "lines": len(largest.splitlines())},
        "peak_memory_bytes": peak,
        "targets": {
            "max_ratio": MAX_RATIO,
            "ratio_ok": parse_s / floor_s <= MAX_RATIO,
            "max_import_ms": MAX_IMPORT_MS,
            "import_ok": imports["import_ms"] < MAX_IMPORT_MS,
        },
    }
    if per_stage is not None:
        result["stages_s_per_pass"] = per_stage
        result["floor_s_per_pass"] = floor_s / n
        result["parse_s_per_pass"] = parse_s / n
        result["bare_pass_s_per_pass"] = bare_s / n if bare_s is not None else None
    return result


def render(r: dict[str, Any]) -> str:
    m, c, p, f, i = r["machine"], r["corpus"], r["parse"], r["floor"], r["import"]
    big, targets = r["largest"], r["targets"]
    ok = {True: "ok", False: "MISSED"}
    rows = [
        ("machine", f"{m['cpu']}, {m['nproc']} CPU, {m['machine']}, Python {m['python']}"),
        (
            "corpus",
            (
                f"{c['folder']}: {c['documents']} documents, "
                f"{c['characters']:,} chars, {c['lines']:,} lines"
            ),
        ),
        ("rounds", f"best of {r['rounds']}, corpus x {r['repeat']} per round"),
        (
            "parse",
            (
                f"{p['docs_per_s']:,.0f} docs/s   {p['ms_per_doc']:.3f} ms/doc   "
                f"{p['chars_per_s'] / 1e6:.2f} M chars/s"
            ),
        ),
        (
            "floor",
            (
                f"{f['docs_per_s']:,.0f} docs/s   {f['ms_per_doc']:.4f} ms/doc   "
                "(NFC + splitlines + one regex pass)"
            ),
        ),
        (
            "parse / floor",
            f"{r['ratio']:.1f}x   (target <= {MAX_RATIO:g}x: {ok[targets['ratio_ok']]})",
        ),
        (
            "import vndocparse",
            (
                f"{i['import_ms']:.0f} ms   "
                f"(target < {MAX_IMPORT_MS:g} ms: {ok[targets['import_ok']]}); "
                f"-X importtime cumulative {i['importtime_cumulative_ms']:.0f} ms"
            ),
        ),
        (
            "first parse",
            (
                f"{r['first_parse_of_smallest_ms']:.0f} ms in a fresh process "
                "(import excluded; builds the grammar; smallest document)"
            ),
        ),
        (
            "peak memory",
            (
                f"{r['peak_memory_bytes'] / 1024:,.0f} KiB parsing {big['name']} "
                f"({big['characters']:,} chars, {big['lines']:,} lines)"
            ),
        ),
    ]
    if "stages_s_per_pass" in r:
        whole, floor = r["parse_s_per_pass"], r["floor_s_per_pass"]
        stages = r["stages_s_per_pass"]
        rest = whole - sum(stages.values())
        lines = c["lines"]
        for stage, sec in [*stages.items(), ("rest of pipeline", rest)]:
            share = f"{100 * sec / whole:5.1f} %  {sec / floor:5.1f}x floor  {sec / lines * 1e6:5.2f} us/line"
            rows.append((f"  {stage}", f"{sec * 1000:8.1f} ms/pass  {share}"))
        bare = r["bare_pass_s_per_pass"]
        rows.append((
            "  bare pass",
            (
                f"{bare * 1000:8.1f} ms/pass          {bare / floor:5.1f}x floor  {bare / lines * 1e6:5.2f} us/line"
                "  (fold, split, one object and one pattern per line)"
            ),
        ))
    width = max(len(k) for k, _ in rows) + 2
    return "\n".join(f"{k:<{width}}{v}" for k, v in rows) + "\n"


def main(argv: Sequence[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument(
        "--corpus",
        help="folder of *.txt documents (default: the shared dev corpus, else tests/data/letters)",
    )
    ap.add_argument(
        "--repeat",
        type=int,
        help="corpus repetitions per round (default: about 1.5 s of parsing per round)",
    )
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument(
        "--stages",
        action="store_true",
        help="also time each stage of the pipeline (internal modules)",
    )
    args = ap.parse_args(argv)
    if args.repeat is not None and args.repeat < 1:
        ap.error("--repeat must be at least 1")
    result = measure(find_corpus(args.corpus), args.repeat, stages=args.stages)
    if args.json:
        print(json.dumps(result, indent=2, ensure_ascii=False))
    else:
        sys.stdout.write(render(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
