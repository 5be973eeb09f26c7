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
    from vndocparse.pipeline import run  # imported here: keeps `import vndocparse` light

    return run(text, strict=strict, source=source)


def parse_file(path: str | Path, *, strict: bool = False, max_bytes: int | None = None) -> Document:
    """Read a document file and parse it: ``.txt``/``.md``, ``.docx``, ``.pdf`` with a
    text layer, ``.html``; the format is told from the content (see docs/formats.md).

    Raises `FileMissingError`, `NotTextError` or `DecodeError` (all `VndocparseError`)
    naming the path when the file cannot be read as text. A file larger than
    ``max_bytes`` (default `vndocparse.reading.MAX_BYTES`, 50 MiB) raises `TooLargeError`
    before it is read. DOCX and PDF need their extras (`MissingExtraError` otherwise);
    a broken, encrypted or unsafe file raises `BrokenDocumentError`,
    `EncryptedDocumentError` or `UnsafeDocumentError`, a scanned PDF `NoTextLayerError`.
    """
    from vndocparse.readers import parse_source, read_path

    src = read_path(path, max_bytes=max_bytes)
    return parse_source(src, strict=strict, source=str(path))


def parse_bytes(
    data: bytes, *, filename: str | None = None, strict: bool = False, source: str | None = None
) -> Document:
    """Parse a document held in memory (any format `parse_file` reads).

    ``filename`` only helps to tell an HTML fragment from text; ``source`` (default
    ``filename``) is recorded in the result and in error messages.
    """
    from vndocparse.readers import parse_source, read_bytes

    name = source or filename
    src = read_bytes(data, source=name or "<bytes>", filename=filename)
    return parse_source(src, strict=strict, source=name)
