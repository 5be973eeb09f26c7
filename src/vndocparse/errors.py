"""The exception hierarchy of vndocparse, rooted in :class:`VndocparseError`.

`parse()` never raises for any ``str``; these are raised by `parse_file()` (the file
cannot be read as text), by `parse(..., strict=True)` (a required part is missing),
and by the grammar locator.
"""

from __future__ import annotations

from pathlib import Path

from vndocparse.i18n import Message


class VndocparseError(Exception):
    """Base class of every error vndocparse raises on purpose."""


class InputError(VndocparseError, OSError):
    """A file could not be read as a document. ``reason`` is a `Message` where the
    command line words it in both languages; its text in ``str()`` is the English one."""

    def __init__(self, path: str | Path, reason: str | Message) -> None:
        self.path = str(path)
        self.reason = reason
        super().__init__(f"{self.path}: {reason}")


class FileMissingError(InputError, FileNotFoundError):
    """The path does not exist or is not a regular file."""


class NotTextError(InputError):
    """The file holds binary data (NUL bytes, an archive, an image...)."""


class TooLargeError(InputError):
    """The file is larger than the size limit (``max_bytes``, 50 MiB by default)."""


class DecodeError(InputError, UnicodeError):
    """The bytes could not be decoded in any supported encoding."""


class GrammarNotFoundError(VndocparseError, FileNotFoundError):
    """The ``.lark`` grammar files could not be located."""


class ParseError(VndocparseError, ValueError):
    """A required part of the layout is missing (raised only with ``strict=True``).

    ``label`` names what was expected; ``line`` is the 1-based input line where it was
    expected (the last line of the header, or 1), ``source`` the file name if known.
    """

    label = "layout"

    def __init__(self, message: str, *, line: int = 1, source: str | None = None) -> None:
        self.message = message
        self.line = line
        self.source = source
        where = f"{source}:{line}" if source else f"line {line}"
        super().__init__(f"{where}: {self.label}: {message}")


class MissingIssuerError(ParseError):
    """No issuing body (cơ quan ban hành) in the header."""

    label = "missing-issuer"


class MissingDocumentNumberError(ParseError):
    """No ``Số ...`` line (số, ký hiệu) in the header."""

    label = "missing-number"


class MalformedIssueDateError(ParseError):
    """No readable ``<place>, ngày ... tháng ... năm ...`` line."""

    label = "malformed-date"


class MissingSignatureError(ParseError):
    """No signature block (quyền hạn, chức vụ, họ tên người ký)."""

    label = "missing-signature"


class EmptyDocumentError(ParseError):
    """The input holds no text at all."""

    label = "empty-document"


# -- readers of DOCX, PDF and HTML files (vndocparse.readers) -------------------------


class MissingExtraError(NotTextError):
    """Reading this format (a binary one: DOCX, PDF) needs an optional extra that is not installed.

    ``extra`` names it: ``pip install 'vndocparse[docx]'`` (or ``[pdf]``, ``[all]``).
    """

    def __init__(self, path: str | Path, fmt: str, extra: str, module: str) -> None:
        self.extra = extra
        self.module = module
        super().__init__(
            path,
            f"reading {fmt} files needs the '{extra}' extra ({module} is not installed): "
            f"pip install 'vndocparse[{extra}]'",
        )


class UnsafeDocumentError(InputError):
    """The file is refused before parsing: a zip bomb, too many entries, external entities."""


class BrokenDocumentError(NotTextError):
    """The file claims a format (DOCX, PDF) but cannot be read as one (truncated, corrupt)."""


class EncryptedDocumentError(BrokenDocumentError):
    """The file is password-protected or encrypted."""


class NoTextLayerError(InputError):
    """A PDF without a text layer (a scan): the text must first be recognised (OCR)."""


# -- limits on one input (vndocparse.limits) ------------------------------------------


class LimitError(InputError):
    """Reading and parsing the file went over a limit (`vndocparse.limits`)."""


class TimeLimitError(LimitError, TimeoutError):
    """The file was not read within the CPU-time limit (``time_limit``, ``--time-limit``)."""


class MemoryLimitError(LimitError):
    """Reading the file needed more memory than the limit (``max_memory``, ``--max-memory``)."""


# -- files that are not documents vndocparse reads ------------------------------------


class UnsupportedFormatError(NotTextError):
    """The file is of a kind vndocparse does not read (an executable, a ``.doc``, an
    ``.odt``, an RTF file, an image...). ``kind`` names it, ``advice`` says what to do
    (usually: save it as .docx)."""

    def __init__(self, path: str | Path, kind: str, advice: str) -> None:
        self.kind = kind
        self.advice = advice
        super().__init__(path, f"{kind}, not a document vndocparse reads: {advice}")


# -- exporters (vndocparse.export) ----------------------------------------------------


class ExportOptionError(VndocparseError, ValueError):
    """A value given for an export field is wrong: an unknown field name, a field the
    document fills itself, or a value of the wrong kind or length."""
