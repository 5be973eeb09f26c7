"""How users get vndocparse: the pre-commit hook, the CI example, the package's metadata
and the README as a package index shows it (issue 14, points 4 and 12)."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

import pytest

from vndocparse import __version__, cli
from vndocparse.readers import SUFFIXES

ROOT = Path(__file__).resolve().parents[1]
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
URLS = PYPROJECT["project"]["urls"]
REPOSITORY = URLS["Repository"].rstrip("/")
TAG = f"v{__version__}"


@pytest.fixture(scope="module")
def hook() -> dict[str, object]:
    yaml = pytest.importorskip("yaml")
    (found,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert isinstance(found, dict)
    return found


def test_hook_reads_every_format_it_matches(hook: dict[str, object]) -> None:
    extras = PYPROJECT["project"]["optional-dependencies"]
    # DOCX and PDF need their readers: the hook installs exactly the extras' packages.
    assert hook["additional_dependencies"] == [*extras["docx"], *extras["pdf"]]
    files = re.compile(str(hook["files"]))
    for suffix in SUFFIXES:
        assert files.search(f"van-ban/cv{suffix}") and files.search(f"CV{suffix.upper()}"), suffix
    for other in ("setup.py", "a.doc", "notes.txt.bak", "x.odt"):
        assert not files.search(other), other


def test_hook_entry_is_a_valid_check_command(hook: dict[str, object]) -> None:
    entry = str(hook["entry"]).split()
    assert entry[:2] == ["vndocparse", "check"] and "--force-exclude" in entry
    args = cli.build_parser().parse_args([*entry[1:], "--family", "state", "a.txt"])
    assert args.force_exclude and args.files == ["a.txt"]


@pytest.mark.parametrize("path", ["README.md", "docs/validation.md", "docs/ci/check-documents.yml", ".pre-commit-hooks.yaml"])
def test_install_instructions_point_at_the_repository_and_a_tag(path: str) -> None:
    text = (ROOT / path).read_text(encoding="utf-8")
    assert "<this repository" not in text and "<repository URL>" not in text and "<tag" not in text
    if path.endswith("check-documents.yml") or path == "README.md":
        assert f"git+{REPOSITORY}@{TAG}" in text
        assert "not yet published" in text or "not yet on a package index" in text
    if path != "docs/ci/check-documents.yml":
        assert f"repo: {REPOSITORY}" in text and f"rev: {TAG}" in text


def test_metadata_urls_and_classifiers() -> None:
    assert set(URLS) >= {"Homepage", "Documentation", "Repository", "Issues", "Changelog"}
    assert all(url.startswith("https://") for url in URLS.values())
    classifiers = PYPROJECT["project"]["classifiers"]
    assert any(c.startswith("Development Status :: ") for c in classifiers)
    versions = [c.rsplit(" ", 1)[1] for c in classifiers if re.fullmatch(r"Programming Language :: Python :: 3\.\d+", c)]
    assert versions == ["3.11", "3.12", "3.13"]
    assert PYPROJECT["project"]["requires-python"] == ">=3.11"
    script = (ROOT / "scripts" / "test-pythons").read_text(encoding="utf-8")
    assert all(v in script for v in versions), "scripts/test-pythons must try every classified version"
    workflow = (ROOT / ".github" / "workflows" / "ci.yml").read_text(encoding="utf-8")
    assert 'python-version: ["' + '", "'.join(versions) + '"]' in workflow


def _links(markdown: str) -> list[str]:
    return re.findall(r"\]\(([^)\s]+)\)", markdown)


def test_readme_links_work_on_a_package_index_page() -> None:
    """A package index shows the README alone: every link must be absolute."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    links = _links(readme)
    assert links, "the README links to its documentation"
    relative = [link for link in links if not re.match(r"https?://", link)]
    assert relative == []
    # Links into the repository name files that exist.
    for link in links:
        if link.startswith(REPOSITORY + "/blob/main/"):
            path = link.removeprefix(REPOSITORY + "/blob/main/").split("#")[0]
            assert (ROOT / path).exists(), link
        docs = URLS["Documentation"].rstrip("/") + "/"
        if link.startswith(docs):
            page = link.removeprefix(docs).split("#")[0].strip("/")
            candidates = [ROOT / "docs" / f"{page}.md", ROOT / "docs" / page / "index.md", ROOT / "docs" / page]
            assert page == "" or any(c.exists() for c in candidates), link


def test_changelog_has_a_section_per_release() -> None:
    changelog = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    headings = re.findall(r"^## (.+)$", changelog, flags=re.MULTILINE)
    assert headings[0].startswith("Unreleased")
    released = [h for h in headings[1:]]
    for heading in released:
        assert re.match(r"\[?\d+\.\d+\.\d+\]? - \d{4}-\d{2}-\d{2}$", heading), heading
    assert TAG in changelog  # the tag the next release is cut as


def test_user_docs_do_not_send_users_to_shared() -> None:
    """A user's clone has no ../shared: only the contributors' page names it (issue 14.7)."""
    for page in sorted((ROOT / "docs").glob("*.md")):
        if page.name == "contributing.md":
            continue
        text = page.read_text(encoding="utf-8")
        assert not re.search(r"(\.\./)?shared/(corpus|tools|spec|design)", text), page.name
    assert "../shared/tools/score.py" in (ROOT / "docs" / "contributing.md").read_text(encoding="utf-8")


def test_validation_doc_states_what_bench_check_measures() -> None:
    """Not "about 20 %": the benchmark's ratio, as measured (issue 14.8)."""
    text = (ROOT / "docs" / "validation.md").read_text(encoding="utf-8")
    cost = text.split("## Cost", 1)[1]
    assert "benchmarks/bench_check.py" in cost and "1.4–2.1×" in cost
    assert not re.search(r"adds about 20\s?%", cost)
