"""The verbs of vndocparse: `parse`, `parse_file` and `parse_bytes` (python-hcl2 ``api.py`` style)."""

from __future__ import annotations

from pathlib import Path

from vndocparse.models import Document

#: What the limits of `parse_file` and `parse_bytes` mean (appended to their docstrings).
LIMITS_DOC = """
    Limits (`vndocparse.limits`; each raises a `VndocparseError` subclass naming the
    file): ``max_bytes`` — the input's size (default 50 MiB, `TooLargeError`, checked
    before reading); ``time_limit`` — CPU seconds to read and parse it (default 60,
    `TimeLimitError`); ``max_memory`` — bytes of memory reading it may add (default
    192 MiB plus 50 bytes per input byte, `MemoryLimitError`). ``0`` turns the time or
    memory limit off.
"""


def parse(text: str, *, strict: bool = False, source: str | None = None) -> Document:
    """Parse the text of one document. Never raises for a ``str`` unless ``strict``.

    With ``strict=True`` a missing required part (issuer, number, date line, signature)
    raises a `ParseError` subclass naming the line and what was expected.
    ``source`` is recorded in the result and in error messages.
    """
    from vndocparse.pipeline import run  # imported here: keeps `import vndocparse` light

    return run(text, strict=strict, source=source)


def parse_file(
    path: str | Path,
    *,
    strict: bool = False,
    max_bytes: int | None = None,
    time_limit: float | None = None,
    max_memory: int | None = None,
) -> Document:
    """Read a document file and parse it: ``.txt``/``.md``, ``.docx``/``.docm``, ``.pdf``
    with a text layer, ``.html``; the format is told from the content (see docs/formats.md).

    Raises `FileMissingError`, `NotTextError` or `DecodeError` (all `VndocparseError`)
    naming the path when the file cannot be read as text; `UnsupportedFormatError` for a
    file of another kind (an executable, a ``.doc``, an ``.odt``...), saying what to do.
    DOCX and PDF need their extras (`MissingExtraError` otherwise); a broken, encrypted or
    unsafe file raises `BrokenDocumentError`, `EncryptedDocumentError` or
    `UnsafeDocumentError`, a scanned PDF `NoTextLayerError`.
    """
    from vndocparse.limits import Limits
    from vndocparse.readers import load_path, parse_data

    limits = Limits(max_bytes=max_bytes, time_limit=time_limit, max_memory=max_memory)
    p = Path(path)
    data = load_path(p, max_bytes=limits.size_limit)
    return parse_data(data, limits=limits, source=str(p), filename=p.name, strict=strict, record=str(path))


def parse_bytes(
    data: bytes,
    *,
    filename: str | None = None,
    strict: bool = False,
    source: str | None = None,
    max_bytes: int | None = None,
    time_limit: float | None = None,
    max_memory: int | None = None,
) -> Document:
    """Parse a document held in memory (any format `parse_file` reads), under the same
    limits as a file.

    ``filename`` only helps to tell an HTML fragment from text; ``source`` (default
    ``filename``) is recorded in the result and in error messages.
    """
    from vndocparse.limits import Limits
    from vndocparse.readers import parse_data

    name = source or filename
    limits = Limits(max_bytes=max_bytes, time_limit=time_limit, max_memory=max_memory)
    return parse_data(data, limits=limits, source=name or "<bytes>", filename=filename, strict=strict, record=name)


for _verb in (parse_file, parse_bytes):
    _verb.__doc__ = (_verb.__doc__ or "") + LIMITS_DOC

