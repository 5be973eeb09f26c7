"""The Dask bag example of docs/batch.md runs on the local scheduler (skipped without dask)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

pytest.importorskip("dask.bag")

ROOT = Path(__file__).resolve().parents[1]


def load_example():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("dask_bag_example", ROOT / "examples" / "dask_bag.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_dask_bag_example_on_the_local_scheduler(tmp_path: Path) -> None:
    archive = tmp_path / "archive"
    (archive / "sub").mkdir(parents=True)
    texts = sorted((ROOT / "examples").glob("*.txt"))
    for i in range(6):
        (archive / ("sub" if i % 2 else "") / f"d{i}.txt").write_bytes(texts[i % len(texts)].read_bytes())
    (archive / "broken.txt").write_bytes(b"\x00\x01binary")
    example = load_example()
    summary = example.run(archive, tmp_path / "out", scheduler="sync", partition_size=3)
    assert summary == {"files": 7, "parsed": 6, "failed": 1}
    records = [json.loads(line) for f in sorted((tmp_path / "out").glob("part-*.jsonl")) for line in f.read_text(encoding="utf-8").splitlines()]
    assert sorted(r["path"] for r in records) == example.list_documents(archive)
    (bad,) = [r for r in records if not r["ok"]]
    assert bad["error_type"] == "NotTextError" and bad["document"] is None
    good = [r for r in records if r["ok"]]
    assert all(r["document"]["source"] == r["path"] for r in good)
