#!/usr/bin/env python3
"""Time and peak memory of the hostile inputs of issue 16, at full size, each read in a
fresh process (`vndocparse.parse_bytes`, default limits).

    .venv/bin/python benchmarks/bench_hostile.py               # table
    .venv/bin/python benchmarks/bench_hostile.py --json
    .venv/bin/python benchmarks/bench_hostile.py --src ../main/src --timeout 120   # "before"
    .venv/bin/python benchmarks/bench_hostile.py --only short-lines

Peak memory is the child's peak resident set (``VmHWM`` of ``/proc/<pid>/status``, read
by the child at its end or by this script until it kills it: ``ru_maxrss`` would count
the pages a forked child shares with this script) minus that of a child which imports
vndocparse and reads a small file of the same format (the interpreter, the libraries and
the grammar); "per byte" divides what is left by the input's size. Linux only. A child still running after ``--timeout`` seconds is killed (reported as
such). The inputs are built by tests/hostile_cases.py.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

#: name → (builder, argument, what the issue reported before the fix)
CASES: dict[str, tuple[str, tuple[int, ...]]] = {
    "pdf-contents-loop": ("pdf_contents_loop", ()),
    "pdf-xobject-fanout-20": ("pdf_xobject_fanout", (20,)),
    "pdf-flate-bomb-1GB": ("pdf_flate_bomb", (1024,)),
    "docx-lying-sizes-2GB": ("docx_lying_sizes", (2048,)),
    "short-lines-5M": ("short_lines", (5_000_000,)),
    "html-attributes-1M": ("html_attributes", (1_000_000,)),
    "gutter-line-200k": ("gutter_line", (200_000,)),
    "html-nested-tables-10k": ("html_nested_tables", (10_000,)),
    "html-end-tag-openers-200k": ("html_end_tag_openers", (200_000,)),
    "docx-styles-1000": ("docx_styles", (1_000,)),
    "docx-paragraphs-40k": ("docx_paragraphs", (40_000,)),
}
_SMALL = {"pdf": "pdf_xobject_fanout", "docx": "docx_paragraphs", "html": "html_attributes", "txt": "short_lines"}

_CHILD = """
import json, sys, time
import vndocparse
data = open(sys.argv[1], "rb").read()
start, cpu = time.perf_counter(), time.process_time()
try:
    doc = vndocparse.parse_bytes(data, filename=sys.argv[2])
    result = f"read: {doc.line_count} lines"
except vndocparse.VndocparseError as exc:
    result = f"{type(exc).__name__}: {str(exc)[len(sys.argv[2]) + 2:][:90]}"
except BaseException as exc:
    result = f"NOT A VndocparseError: {type(exc).__name__}: {str(exc)[:90]}"
seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
hwm = next(int(l.split()[1]) * 1024 for l in open("/proc/self/status") if l.startswith("VmHWM:"))
print(json.dumps({"seconds": seconds, "cpu": cpu, "result": result, "peak": hwm}))
"""


def _hwm(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status") as f:
            return next(int(line.split()[1]) * 1024 for line in f if line.startswith("VmHWM:"))
    except (OSError, StopIteration):
        return 0


def _run(path: Path, name: str, src: str | None, timeout: float) -> tuple[dict[str, object], int]:
    env = dict(os.environ)
    if src:
        env["PYTHONPATH"] = src
    proc = subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(path), name], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env
    )
    deadline = time.monotonic() + timeout
    seen = 0
    while True:
        pid, status, usage = os.wait4(proc.pid, os.WNOHANG)
        if pid:
            break
        seen = max(seen, _hwm(proc.pid))
        if time.monotonic() > deadline:
            seen = max(seen, _hwm(proc.pid))
            proc.kill()
            _, status, usage = os.wait4(proc.pid, 0)
            assert proc.stdout is not None
            proc.stdout.close()
            return {"seconds": None, "cpu": usage.ru_utime + usage.ru_stime, "result": f"killed after {timeout:g} s"}, seen
        time.sleep(0.05)
    assert proc.stdout is not None
    out = proc.stdout.read().decode()
    proc.stdout.close()
    try:
        measured = json.loads(out)
        return measured, max(seen, int(measured.pop("peak")))
    except json.JSONDecodeError:
        return {"seconds": None, "cpu": usage.ru_utime + usage.ru_stime, "result": f"died (status {status})"}, seen


def main() -> int:
    import hostile_cases

    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--src", help="PYTHONPATH of the vndocparse to measure (default: the installed one)")
    ap.add_argument("--timeout", type=float, default=600)
    ap.add_argument("--only", action="append", help="a case name (repeatable)")
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    rows = []
    baselines: dict[str, int] = {}
    with tempfile.TemporaryDirectory() as tmp:
        for case, (builder, params) in CASES.items():
            if args.only and case not in args.only:
                continue
            data, name = getattr(hostile_cases, builder)(*params)
            size = len(data)
            suffix = name.rsplit(".", 1)[-1]
            if suffix not in baselines:
                small, small_name = getattr(hostile_cases, _SMALL[suffix])(2)
                path = Path(tmp, small_name)
                path.write_bytes(small)
                baselines[suffix] = _run(path, small_name, args.src, 120)[1]
            path = Path(tmp, name)
            path.write_bytes(data)
            del data
            measured, peak = _run(path, name, args.src, args.timeout)
            grown = max(0, peak - baselines[suffix])
            row = {
                "case": case,
                "bytes": size,
                "seconds": None if measured["seconds"] is None else round(float(measured["seconds"]), 2),  # type: ignore[arg-type]
                "cpu": round(float(measured["cpu"]), 2),  # type: ignore[arg-type]
                "peak_mb": round(peak / 2**20, 1),
                "grown_mb": round(grown / 2**20, 1),
                "per_byte": round(grown / size, 1),
                "result": measured["result"],
            }
            rows.append(row)
            if not args.json:
                secs = "—" if row["seconds"] is None else f"{row['seconds']:.2f}"
                print(
                    f"{case:28s} {size:>11,} B {secs:>8} s {row['cpu']:>8.2f} cpu  peak {row['peak_mb']:>7.1f} MB"
                    f"  +{row['grown_mb']:>7.1f} MB {row['per_byte']:>8.1f} B/B  {row['result']}",
                    flush=True,
                )
            path.unlink()
    if args.json:
        print(json.dumps(rows, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
