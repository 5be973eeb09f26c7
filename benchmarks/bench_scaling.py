#!/usr/bin/env python3
"""Scaling of `vndocparse.parse()` with document length (issue 5, point 1).

Not a test: run it by hand from the repository root::

    .venv/bin/python benchmarks/bench_scaling.py [--json]

A letter (``examples/quyet_dinh_mau.txt``) has its body — the lines between the
title block and "Nơi nhận" — repeated 10× and 100×. Each text is parsed once to warm
up, then timed best of 5. The figure is ``t(100×) / (10 × t(10×))``: 1.0 is linear;
the target is at most 1.1.
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LETTER = ROOT / "examples" / "quyet_dinh_mau.txt"
TARGET = 1.1
ROUNDS = 5


def repeated(text: str, times: int) -> str:
    lines = text.splitlines()
    start = next(i for i, ln in enumerate(lines) if ln.strip().startswith(("Căn cứ", "Điều")))
    end = next(i for i, ln in enumerate(lines) if "Nơi nhận" in ln)
    body = lines[start:end]
    return "\n".join(lines[:start] + body * times + lines[end:]) + "\n"


def best(text: str) -> float:
    import vndocparse

    vndocparse.parse(text)
    times = []
    for _ in range(ROUNDS):
        gc.collect()
        t0 = time.perf_counter()
        vndocparse.parse(text)
        times.append(time.perf_counter() - t0)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").split("\n\n")[0])
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args(argv)
    text = LETTER.read_text(encoding="utf-8")
    ten, hundred = repeated(text, 10), repeated(text, 100)
    t10, t100 = best(ten), best(hundred)
    r = {
        "letter": LETTER.name,
        "x10": {"chars": len(ten), "lines": ten.count("\n"), "seconds": t10},
        "x100": {"chars": len(hundred), "lines": hundred.count("\n"), "seconds": t100},
        "ratio_100_to_10x10": t100 / (10 * t10),
        "target": TARGET,
    }
    if args.json:
        print(json.dumps(r, indent=2))
    else:
        ok = "ok" if r["ratio_100_to_10x10"] <= TARGET else "MISSED"
        print(f"10x : {r['x10']['lines']:>6,} lines {len(ten):>9,} chars  {t10 * 1000:8.1f} ms")
        print(f"100x: {r['x100']['lines']:>6,} lines {len(hundred):>9,} chars  {t100 * 1000:8.1f} ms")
        print(f"t(100x) / (10 * t(10x)) = {r['ratio_100_to_10x10']:.3f}  (target <= {TARGET}: {ok})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
