"""Fuzzing that reaches the readers (issue 16, point 9), bounded for the suite.

* Hypothesis: DOCX, PDF and HTML files made by structure-aware mutation of the
  project's own test files (`fuzz/mutations.py`, the same mutations as the atheris
  targets in `fuzz/fuzz_readers.py`): `parse_bytes` returns a `Document` or raises a
  `VndocparseError`; the document dumps to JSON; every line the reader produced is
  attributed once.
* The inputs the fuzzer found (tests/data/fuzz/) are read again.
* Determinism across processes: each seed parsed in two fresh interpreters with
  different ``PYTHONHASHSEED`` gives byte-identical JSON.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import os
import random
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import vndocparse
from vndocparse.errors import VndocparseError
from vndocparse.models import Document
from vndocparse.readers import read_bytes

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "fuzz"))

from mutations import MUTATORS, flip_bytes, seeds

FORMATS = [
    pytest.param("html", id="html"),
    pytest.param(
        "docx", id="docx", marks=pytest.mark.skipif(importlib.util.find_spec("docx") is None, reason="needs docx")
    ),
    pytest.param(
        "pdf", id="pdf", marks=pytest.mark.skipif(importlib.util.find_spec("pdfplumber") is None, reason="needs pdf")
    ),
]
LIMITS = {"time_limit": 10.0}


@functools.cache
def _seeds(fmt: str) -> tuple[bytes, ...]:
    return tuple(seeds(fmt))


def _check(data: bytes, fmt: str, lossless: Callable[[str, Document], None]) -> None:
    name = f"fuzz.{fmt}"
    try:
        doc = vndocparse.parse_bytes(data, filename=name, **LIMITS)
    except VndocparseError:
        return
    assert isinstance(doc, Document)
    doc.model_dump_json()
    lossless(read_bytes(data, source=name, filename=name).text, doc)


@pytest.mark.parametrize("fmt", FORMATS)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_mutated_files_give_a_document_or_a_vndocparse_error(
    fmt: str, data: st.DataObject, lossless: Callable[[str, Document], None]
) -> None:
    sample = data.draw(st.sampled_from(_seeds(fmt)))
    rng = random.Random(data.draw(st.integers(0, 2**32 - 1)))
    for _ in range(data.draw(st.integers(1, 3))):
        sample = MUTATORS[fmt](sample, rng, flip_bytes(rng))
    _check(sample, fmt, lossless)


FOUND = sorted((ROOT / "tests" / "data" / "fuzz").glob("*"))


@pytest.mark.parametrize("path", FOUND, ids=[p.name for p in FOUND])
def test_inputs_the_fuzzer_found(path: Path, lossless: Callable[[str, Document], None]) -> None:
    fmt = path.suffix.lstrip(".")
    if fmt in ("docx", "pdf"):
        pytest.importorskip({"docx": "docx", "pdf": "pdfplumber"}[fmt])
    _check(path.read_bytes(), fmt, lossless)


_DUMP = """
import sys, vndocparse
from pathlib import Path
for p in sys.argv[1:]:
    doc = vndocparse.parse_bytes(Path(p).read_bytes(), filename=Path(p).name)
    sys.stdout.write(doc.model_dump_json() + "\\n")
"""


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_same_json_in_every_process(fmt: str, tmp_path: Path) -> None:
    paths = []
    for i, data in enumerate(_seeds(fmt)):
        path = tmp_path / f"seed{i}.{fmt}"
        path.write_bytes(data)
        paths.append(str(path))
    outputs = []
    for hashseed in ("0", "12345"):
        env = dict(os.environ, PYTHONHASHSEED=hashseed)
        run = subprocess.run(
            [sys.executable, "-c", _DUMP, *paths], capture_output=True, text=True, env=env, timeout=300, check=True
        )
        outputs.append(run.stdout)
    assert outputs[0] == outputs[1]
    assert len(outputs[0].splitlines()) == len(paths) and all(json.loads(line) for line in outputs[0].splitlines())
