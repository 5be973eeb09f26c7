#!/usr/bin/env python3
"""Atheris (libFuzzer) target for vndocparse. See fuzz/README.md.

    .venv/bin/pip install atheris
    .venv/bin/python fuzz/fuzz_parse.py -atheris_runs=1000000 -max_len=2048 [CORPUS_DIR]

Each input is used twice:

* as text (``FuzzedDataProvider.ConsumeUnicodeNoSurrogates`` of the first half, so any
  code point): `vndocparse.parse` must return a `Document` (no exception escapes), the
  parse is deterministic (a second parse dumps to the same JSON), and every input line
  is attributed to exactly one run of parts (`check_lossless`, from tests/conftest.py);
* as bytes (the whole input) written to a temporary file: `vndocparse.parse_file`
  returns a `Document` or raises a `VndocparseError` subclass, nothing else.

A property that fails raises, which makes libFuzzer stop and write the crashing input
(``crash-<sha1>``) in the working directory; replay one with
``python fuzz/fuzz_parse.py crash-<sha1>``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

import atheris

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))  # conftest.check_lossless

with atheris.instrument_imports(include=["vndocparse"]):
    import vndocparse
    import vndocparse.pipeline  # the stages load on the first parse: instrument them now
    import vndocparse.reading
    from vndocparse.errors import VndocparseError

from conftest import check_lossless

_TMP = tempfile.NamedTemporaryFile(prefix="vndocparse-fuzz-", suffix=".txt", delete=False)
_TMP.close()
TMP_PATH = Path(_TMP.name)


def check_text(text: str) -> None:
    doc = vndocparse.parse(text)
    if not isinstance(doc, vndocparse.Document):
        raise AssertionError(f"parse returned {type(doc).__name__}")
    again = vndocparse.parse(text)
    if doc.model_dump(mode="json") != again.model_dump(mode="json"):
        raise AssertionError("parse is not deterministic")
    check_lossless(text, doc)


def check_bytes(data: bytes) -> None:
    TMP_PATH.write_bytes(data)
    try:
        doc = vndocparse.parse_file(TMP_PATH)
    except VndocparseError:
        return
    if not isinstance(doc, vndocparse.Document):
        raise AssertionError(f"parse_file returned {type(doc).__name__}")


def test_one_input(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    text = fdp.ConsumeUnicodeNoSurrogates(len(data) // 2 + 1)
    check_text(text)
    check_bytes(data)


def main() -> None:
    try:
        atheris.Setup(sys.argv, test_one_input)
        atheris.Fuzz()
    finally:
        if TMP_PATH.exists():
            os.unlink(TMP_PATH)


if __name__ == "__main__":
    main()
