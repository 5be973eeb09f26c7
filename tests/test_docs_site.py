"""The documentation site builds with ``mkdocs build --strict``: a broken link, a missing
anchor, a page left out of the site or a docstring mkdocstrings cannot render fails the
suite (issue 14, point 11). Skips when the ``docs`` extra is not installed."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]

pytest.importorskip("mkdocs", reason="the docs extra (mkdocs) is not installed")
pytest.importorskip("material", reason="the docs extra (mkdocs-material) is not installed")
pytest.importorskip("mkdocstrings_handlers.python", reason="the docs extra (mkdocstrings[python]) is not installed")


def build(config: Path, site: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "NO_COLOR": "1"}
    return subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--config-file", str(config), "--site-dir", str(site)],
        cwd=config.parent,
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
        check=False,
    )


def test_site_builds_strictly(tmp_path: Path) -> None:
    proc = build(ROOT / "mkdocs.yml", tmp_path / "site")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    site = tmp_path / "site"
    for page in ("index.html", "validation/index.html", "api/index.html", "rules/VN204/index.html", "changelog/index.html"):
        assert (site / page).is_file(), page
    api = (site / "api" / "index.html").read_text(encoding="utf-8")
    assert "parse_file" in api and "Document" in api  # rendered from the docstrings
    changelog = (site / "changelog" / "index.html").read_text(encoding="utf-8")
    assert "Unreleased" in changelog and "--8&lt;--" not in changelog  # CHANGELOG.md included


def test_every_docs_page_is_in_the_site() -> None:
    nav = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    pages = sorted(p.relative_to(ROOT / "docs").as_posix() for p in (ROOT / "docs").glob("*.md"))
    assert [p for p in pages if p not in nav] == []


def test_a_broken_link_fails_the_build(tmp_path: Path) -> None:
    """The project's validation settings, on a page with a dead link: strict fails."""
    settings = (ROOT / "mkdocs.yml").read_text(encoding="utf-8").split("validation:", 1)[1].split("\n\n", 1)[0]
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text("# Home\n\nSee [the guide](missing.md).\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(f"site_name: t\nvalidation:{settings}\n", encoding="utf-8")
    proc = build(tmp_path / "mkdocs.yml", tmp_path / "site")
    assert proc.returncode != 0
    assert "missing.md" in proc.stdout + proc.stderr
