#!/usr/bin/env python3
"""Atheris (libFuzzer) targets for the readers: `vndocparse.parse_bytes` on DOCX, PDF
and HTML files made by structure-aware mutation of the project's own test files
(`fuzz/mutations.py`). See fuzz/README.md.

    .venv/bin/python fuzz/fuzz_readers.py docx -atheris_runs=1000000 CORPUS_DIR
    .venv/bin/python fuzz/fuzz_readers.py pdf  ...
    .venv/bin/python fuzz/fuzz_readers.py html ...

An empty corpus directory is filled with the seeds first. On every input:

* `parse_bytes` returns a `Document` or raises a `VndocparseError` subclass — nothing
  else (a time or memory limit passed is a `VndocparseError` too: the target runs with
  a 5-second CPU limit and a 512 MiB memory limit per input);
* the document dumps to JSON (`model_dump_json`: no lone surrogate reaches the model);
* a second parse gives the same JSON (deterministic; checked on one input in eight);
* every line the reader produced is attributed to the parts exactly once
  (`check_lossless` from tests/conftest.py, on the text the reader produced).

A failure raises, which makes libFuzzer stop and write ``crash-<sha1>``; replay it with
``python fuzz/fuzz_readers.py FORMAT crash-<sha1>``.
"""

from __future__ import annotations

import random
import sys
import zlib
from pathlib import Path

import atheris

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))
sys.path.insert(0, str(ROOT / "fuzz"))

FORMAT = sys.argv.pop(1) if len(sys.argv) > 1 and sys.argv[1] in ("docx", "pdf", "html") else "html"
_LIBRARIES = {"docx": ["docx"], "pdf": ["pdfminer", "pdfplumber"], "html": ["html.parser"]}[FORMAT]

with atheris.instrument_imports(include=["vndocparse", *_LIBRARIES]):
    import vndocparse
    import vndocparse.pipeline  # the stages load on the first parse: instrument them now
    import vndocparse.readers.html
    import vndocparse.readers.text
    from vndocparse.errors import VndocparseError
    from vndocparse.readers import read_bytes

    if FORMAT == "docx":
        import docx  # noqa: F401

        import vndocparse.readers.docx
        import vndocparse.readers.package
    elif FORMAT == "pdf":
        import pdfplumber  # noqa: F401

        import vndocparse.readers.pdf

from conftest import check_lossless
from mutations import MUTATORS, seeds

NAME = f"fuzz.{FORMAT}"
LIMITS = {"time_limit": 5.0, "max_memory": 512 * 1024 * 1024}


def test_one_input(data: bytes) -> None:
    try:
        doc = vndocparse.parse_bytes(data, filename=NAME, **LIMITS)
    except VndocparseError:
        return
    if not isinstance(doc, vndocparse.Document):
        raise AssertionError(f"parse_bytes returned {type(doc).__name__}")
    dumped = doc.model_dump_json()
    if zlib.crc32(data) % 8 == 0:  # one input in eight parsed twice: it halves the speed
        again = vndocparse.parse_bytes(data, filename=NAME, **LIMITS).model_dump_json()
        if dumped != again:
            raise AssertionError("parse_bytes is not deterministic")
    check_lossless(read_bytes(data, source=NAME, filename=NAME).text, doc)


def custom_mutator(data: bytes, max_size: int, seed: int) -> bytes:
    rng = random.Random(seed)
    out = MUTATORS[FORMAT](data, rng, atheris.Mutate)
    return out[:max_size] if len(out) > max_size else out


def main() -> None:
    corpus = [a for a in sys.argv[1:] if not a.startswith("-")]
    if corpus and Path(corpus[0]).is_dir() and not any(Path(corpus[0]).iterdir()):
        for i, seed in enumerate(seeds(FORMAT)):
            (Path(corpus[0]) / f"seed-{i}.{FORMAT}").write_bytes(seed)
    atheris.Setup(sys.argv, test_one_input, custom_mutator=custom_mutator)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
