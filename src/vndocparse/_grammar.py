"""Locate the ``.lark`` grammars and build the layout parser once (cached).

Lookup order: ``$VNDOCPARSE_GRAMMARS``; the package resource ``vndocparse/grammars``
(inside a wheel); the repository's ``grammars/`` (editable installs and tests, where
hatchling's forced inclusion leaves no usable copy next to the sources).
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterator
from importlib import resources
from pathlib import Path
from typing import Any

from lark import Lark
from lark.lexer import Lexer, Token

from vndocparse.errors import GrammarNotFoundError

LAYOUT_GRAMMAR = "letter.lark"


def grammar_dir() -> Path:
    """The directory that holds ``letter.lark``."""
    env = os.environ.get("VNDOCPARSE_GRAMMARS")
    candidates: list[Path] = []
    if env:
        candidates.append(Path(env))
    try:
        pkg = resources.files("vndocparse") / "grammars"
        candidates.append(Path(str(pkg)))
    except (ModuleNotFoundError, TypeError):  # pragma: no cover - odd importers
        pass
    candidates.append(Path(__file__).resolve().parents[2] / "grammars")
    for cand in candidates:
        if (cand / LAYOUT_GRAMMAR).is_file():
            return cand
    tried = ", ".join(str(c) for c in candidates)
    raise GrammarNotFoundError(f"{LAYOUT_GRAMMAR} not found; looked in: {tried}")


class TokenStreamLexer(Lexer):
    """Hands Lark the line tokens made by the layout pass (they arrive as Lark tokens)."""

    def __init__(self, lexer_conf: Any) -> None:  # signature required by Lark
        pass

    def lex(self, data: Any) -> Iterator[Token]:  # type: ignore[override]
        yield from data


@functools.cache
def layout_parser() -> Lark:
    """The LALR parser of ``letter.lark``, built on first use and kept."""
    path = grammar_dir() / LAYOUT_GRAMMAR
    return Lark(
        path.read_text(encoding="utf-8"),
        parser="lalr",
        lexer=TokenStreamLexer,
        # Positions come from our own tokens (start_pos indexes the stream), not from meta.
        propagate_positions=False,
        maybe_placeholders=False,
    )
