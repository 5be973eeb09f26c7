#!/usr/bin/env python3
"""The hostile inputs of issue 5 at full size (tests/test_hostile.py runs them smaller).

    .venv/bin/python fuzz/hostile_full.py [--json]

Each input is parsed once in this process; the time and the peak traced memory
(`tracemalloc`) are printed. Inputs: a 10 MB single line (running text, and a
pipe-table row), 10⁶ short lines, 10⁵ bullets in "Nơi nhận", 1,000 levels of
"1.1.1…" numbering, and a 50 MB file refused by the size limit.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

import vndocparse

ROOT = Path(__file__).resolve().parents[1]
LETTER = (ROOT / "examples" / "quyet_dinh_mau.txt").read_text(encoding="utf-8")
SENTENCE = "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015; "


def cases() -> dict[str, str]:
    head, _, tail = LETTER.partition("Nơi nhận:")
    bullets = "".join(f"- Sở ban ngành số {i};\n" for i in range(100_000))
    deep = "\n".join(".".join(["1"] * k) + ". Nội dung" for k in range(1, 1000))
    return {
        "10 MB single line (running text)": SENTENCE * (10_000_000 // len(SENTENCE)),
        "10 MB single line (pipe cells '| ')": "| " * 5_000_000,
        "10^6 short lines": "a\n" * 1_000_000,
        "10^5 bullets in Nơi nhận": head + "Nơi nhận:\n" + bullets + tail.split("\n", 1)[1],
        "1,000 levels of numbering": LETTER.replace("Điều 1.", deep + "\nĐiều 1.", 1),
    }


def main() -> int:
    vndocparse.parse(LETTER)  # build the grammar first
    rows = []
    for name, text in cases().items():
        tracemalloc.start()
        t0 = time.perf_counter()
        doc = vndocparse.parse(text)
        secs = time.perf_counter() - t0
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        rows.append({"input": name, "chars": len(text), "lines": doc.line_count, "seconds": round(secs, 2), "peak_mb": round(peak / 2**20, 1)})
        print(f"{name:40s} {len(text):>12,} chars {secs:8.2f} s  peak {peak / 2**20:8.1f} MB", flush=True)
    with tempfile.TemporaryDirectory() as tmp:
        big = Path(tmp) / "big.txt"
        with big.open("wb") as f:
            f.truncate(50 * 1024 * 1024 + 1)
        t0 = time.perf_counter()
        try:
            vndocparse.parse_file(big)
            message = "no error"
        except vndocparse.VndocparseError as exc:
            message = f"{type(exc).__name__}: {exc}"
        print(f"{'50 MB file':40s} {time.perf_counter() - t0:.4f} s  {message}")
        rows.append({"input": "50 MB file", "error": message})
    if "--json" in sys.argv:
        print(json.dumps(rows, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
