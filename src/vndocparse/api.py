"""The verbs of vndocparse: `parse` and `parse_file` (python-hcl2 ``api.py`` style)."""

from __future__ import annotations

from pathlib import Path

from vndocparse.models import Document


def parse(text: str, *, strict: bool = False, source: str | None = None) -> Document:
    """Parse the text of one document. Never raises for a ``str`` unless ``strict``.

    With ``strict=True`` a missing required part (issuer, number, date line, signature)
    raises a `ParseError` subclass naming the line and what was expected.
    ``source`` is recorded in the result and in error messages.
    """
    from vndocparse.pipeline import run  # noqa: PLC0415  (keeps `import vndocparse` light)

    return run(text, strict=strict, source=source)


def parse_file(path: str | Path, *, strict: bool = False) -> Document:
    """Read a ``.txt``/``.md`` file and parse it.

    Raises `FileMissingError`, `NotTextError` or `DecodeError` (all `VndocparseError`)
    naming the path when the file cannot be read as text.
    """
    from vndocparse.reading import read_text  # noqa: PLC0415

    text = read_text(path)
    return parse(text, strict=strict, source=str(path))
