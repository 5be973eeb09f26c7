"""Field accuracy on the shared dev corpus, scored by the shared scorer.

Runs ``../shared/tools/score.py`` (beside the repository) over ``../shared/corpus/dev``
in a subprocess, with this interpreter, so the installed ``vndocparse`` is scored the
same way as on the command line. A fresh clone has no ``../shared``: then it skips.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

#: Lowest acceptable overall field accuracy (mean over the scorer's fields) on the dev
#: corpus. A ratchet: raise it to the measured figure whenever accuracy improves, and
#: never lower it to make a change pass.
ACCURACY_FLOOR = 0.98

SEED = "seed_langson_btg"

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus" / "dev"
SCORER = SHARED / "tools" / "score.py"


def _require_shared() -> None:
    if not SCORER.is_file():
        pytest.skip(f"the shared scorer is not here ({SCORER}); a fresh clone has no ../shared")
    if not CORPUS.is_dir():
        pytest.skip(f"the shared dev corpus is not here ({CORPUS}); a fresh clone has no ../shared")


def score(*extra: str) -> dict[str, Any]:
    proc = subprocess.run(
        [sys.executable, str(SCORER), str(CORPUS), "--json", *extra],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=600,
        check=False,
    )
    assert proc.returncode == 0, f"score.py failed ({proc.returncode}):\n{proc.stdout}\n{proc.stderr}"
    return json.loads(proc.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def summary() -> dict[str, Any]:
    _require_shared()
    return score()


def test_no_crashes(summary: dict[str, Any]) -> None:
    assert summary["documents"] > 0
    assert summary["crashes"] == 0, f"{summary['crashes']} documents crashed the parser (run score.py -v)"


def test_overall_accuracy_floor(summary: dict[str, Any]) -> None:
    fields = ", ".join(f"{k} {v:.2f}" for k, v in sorted(summary["fields"].items(), key=lambda kv: kv[1]))
    assert summary["overall"] >= ACCURACY_FLOOR, (
        f"overall field accuracy {summary['overall']:.4f} fell below the floor {ACCURACY_FLOOR} "
        f"on {summary['documents']} documents; per field: {fields}"
    )


def test_seed_document_fully_right() -> None:
    _require_shared()
    if not (CORPUS / f"{SEED}.txt").is_file():
        pytest.skip(f"{SEED}.txt is not in {CORPUS}")
    seed = score("--only", SEED)
    assert seed["documents"] == 1
    assert seed["crashes"] == 0
    wrong = sorted(f for f, v in seed["fields"].items() if v < 1)
    assert seed["perfect_documents"] == 1, f"{SEED} has wrong fields: {wrong} (run score.py -v --only {SEED})"
