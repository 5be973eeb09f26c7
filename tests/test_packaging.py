"""The wheel carries the grammar, the ``py.typed`` marker, the edXML schema and the package.

Builds with ``python -m build --wheel --no-isolation`` (``build`` and ``hatchling`` are
in the ``test`` extra, so this runs in CI); skipped only when one of them is missing.
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

REQUIRED = (
    "vndocparse/__init__.py",
    "vndocparse/py.typed",
    "vndocparse/grammars/letter.lark",
    "vndocparse/export/edxml-header.xsd",
)

_MISSING = [m for m in ("build", "hatchling") if importlib.util.find_spec(m) is None]


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if _MISSING:
        pytest.skip(f"needs {' and '.join(_MISSING)} (pip install -e '.[test]')")
    out = tmp_path_factory.mktemp("wheel")
    proc = subprocess.run(
        [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(ROOT)],
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert proc.returncode == 0, f"wheel build failed:\n{proc.stdout}\n{proc.stderr}"
    wheels = list(out.glob("vndocparse-*.whl"))
    assert len(wheels) == 1, f"expected one wheel, found {wheels}"
    return wheels[0]


@pytest.mark.parametrize("member", REQUIRED)
def test_wheel_contains(wheel: Path, member: str) -> None:
    with zipfile.ZipFile(wheel) as zf:
        names = set(zf.namelist())
    assert member in names, f"{member} missing from {wheel.name}; it holds {sorted(names)}"


def test_wheel_grammar_is_the_repository_grammar(wheel: Path) -> None:
    with zipfile.ZipFile(wheel) as zf:
        packed = zf.read("vndocparse/grammars/letter.lark")
    assert packed == (ROOT / "grammars" / "letter.lark").read_bytes()
