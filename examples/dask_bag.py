#!/usr/bin/env python3
"""Parse an archive with Dask bag: one record per file, written as JSON Lines.

    pip install 'vndocparse[dask]'
    python examples/dask_bag.py ARCHIVE_DIR OUT_DIR [--scheduler processes|threads|sync]

Locally, Dask's "processes" scheduler uses every CPU of this machine; with a
``dask.distributed`` cluster (``Client("tcp://scheduler:8786")``) the same code runs
over many machines, each worker reading the files it is given (the paths must be
readable from every worker: a shared file system, or replace the listing with
``dask.bag.read_text``-style URLs and `vndocparse.parse` on the text). See docs/batch.md.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import dask.bag as db

from vndocparse.batch import parse_partition


def list_documents(root: Path) -> list[str]:
    return sorted(str(p) for p in root.rglob("*") if p.suffix.lower() in (".txt", ".md"))


def run(root: Path, out: Path, *, scheduler: str = "processes", partition_size: int = 200) -> dict[str, int]:
    paths = list_documents(root)
    bag = db.from_sequence(paths, partition_size=partition_size)
    records = bag.map_partitions(parse_partition)
    out.mkdir(parents=True, exist_ok=True)
    records.map(lambda r: json.dumps(r, ensure_ascii=False)).to_textfiles(
        str(out / "part-*.jsonl"), scheduler=scheduler
    )
    ok = records.filter(lambda r: r["ok"]).count().compute(scheduler=scheduler)
    return {"files": len(paths), "parsed": ok, "failed": len(paths) - ok}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("root", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--scheduler", default="processes", choices=("processes", "threads", "sync"))
    args = ap.parse_args()
    print(json.dumps(run(args.root, args.out, scheduler=args.scheduler)))


if __name__ == "__main__":
    main()
