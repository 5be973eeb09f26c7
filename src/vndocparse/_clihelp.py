"""The command line's help text: wrapped to the terminal, pointing at the online docs.

argparse's `~argparse.RawDescriptionHelpFormatter` keeps a description's line breaks, so
lines written for 88 columns wrap mid-word in a narrower terminal; the plain formatter
joins everything, lists and tables included. `HelpFormatter` fills each paragraph to the
terminal's width and keeps an indented line (an item of a list) on a line of its own,
its continuation lines indented under its text (a line written under an item's text
continues the item). Option help never breaks inside a word
or at a hyphen (``--max-bytes``).

The documentation is not in the wheel, so help points at the project's pages: `doc_url`
builds their address from the ``Documentation`` URL of the installed package's metadata
(``[project.urls]`` in ``pyproject.toml``), the one place it is written.
"""

from __future__ import annotations

import argparse
import re
import textwrap
from functools import cache

#: Where the documentation is when the package metadata cannot be read (a source tree
#: run without installing); kept equal to ``[project.urls] Documentation`` by a test.
FALLBACK_DOCS = "https://vndocparse.github.io/vndocparse/"

_ITEM = re.compile(r"(\s+)(\S+\s+)")  # an indented item: its indent and its marker


class HelpFormatter(argparse.RawDescriptionHelpFormatter):
    """Fills descriptions and epilogs by paragraph; see the module docstring."""

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        out: list[str] = []
        prose: list[str] = []
        item: list[str] = []  # [lead, hang, text] of the indented item being read

        def flush() -> None:
            if prose:
                out.extend(_wrap(" ".join(prose), width, indent, indent))
                prose.clear()
            if item:
                out.extend(_wrap(item[2], width, indent + item[0], indent + item[1]))
                item.clear()

        for raw in text.strip("\n").splitlines():
            lead = raw[: len(raw) - len(raw.lstrip())]
            if not raw.strip():
                flush()
                out.append("")
            elif not lead:
                if item:
                    flush()
                prose.append(raw.strip())
            elif item and len(lead) == len(item[1]):
                item[2] += " " + raw.strip()  # written under the item's text: it goes on
            else:
                flush()
                m = _ITEM.match(raw)
                hang = lead + " " * len(m.group(2)) if m else lead
                item.extend([lead, hang, raw.strip()])
        flush()
        return "\n".join(out) + "\n"

    def _split_lines(self, text: str, width: int) -> list[str]:
        return textwrap.wrap(
            " ".join(text.split()), width, break_long_words=False, break_on_hyphens=False
        )


def _wrap(text: str, width: int, first: str, rest: str) -> list[str]:
    return textwrap.wrap(
        text,
        max(width, len(rest) + 20),
        initial_indent=first,
        subsequent_indent=rest,
        break_long_words=False,
        break_on_hyphens=False,
    )


@cache
def docs_home() -> str:
    """The documentation's address, ending in ``/``."""
    try:
        from importlib.metadata import PackageNotFoundError, metadata

        urls: list[str] = metadata("vndocparse").get_all("Project-URL") or []
    except (PackageNotFoundError, ValueError, OSError):
        urls = []
    for entry in urls:
        label, _, url = str(entry).partition(",")
        if label.strip().lower() == "documentation" and url.strip():
            return url.strip().rstrip("/") + "/"
    return FALLBACK_DOCS


def doc_url(page: str = "") -> str:
    """The address of a documentation page: ``doc_url("validation")``, ``doc_url("rules/VN204")``."""
    return docs_home() + (page.strip("/") + "/" if page else "")


__all__ = ["FALLBACK_DOCS", "HelpFormatter", "doc_url", "docs_home"]
