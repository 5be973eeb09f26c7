"""vndocparse: read Vietnamese official documents and hand their parts to other programs.

    >>> import vndocparse
    >>> doc = vndocparse.parse(text)            # never raises for a str
    >>> doc.issuer.name, doc.number.value, doc.date
    >>> doc.model_dump(mode="json")             # the contract shape
    >>> for d in vndocparse.validate(doc):      # the layout rules (Decree 30, Guideline 36)
    ...     print(d.location.line, d.code, d.message)

The pipeline: read → normalise → segment → classify → grammar → transform → models.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from vndocparse.api import parse, parse_bytes, parse_file
from vndocparse.batch import BatchResult, parse_many
from vndocparse.errors import (
    DecodeError,
    FileMissingError,
    GrammarNotFoundError,
    InputError,
    MemoryLimitError,
    NotTextError,
    ParseError,
    TimeLimitError,
    TooLargeError,
    UnsupportedFormatError,
    VndocparseError,
)
from vndocparse.models import (
    Appendix,
    Authority,
    Copy,
    Directive,
    Document,
    DocumentNumber,
    Issuer,
    Paragraph,
    ParseDiagnostic,
    Part,
    Reference,
    Segment,
    Signatory,
    SourceSpan,
)

if TYPE_CHECKING:
    from vndocparse.validate import Diagnostic, validate

__version__ = "0.1.0"


def __getattr__(name: str) -> Any:
    """``validate`` and ``Diagnostic`` load the rules on first use, not at ``import vndocparse``.

    ``vndocparse.validate`` is the package `vndocparse.validate`, which is callable:
    ``vndocparse.validate(doc, config=None)`` runs the rules (see its ``__call__``).
    """
    if name in ("validate", "Diagnostic"):
        import vndocparse.validate as package

        return package if name == "validate" else package.Diagnostic
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

__all__ = [
    "Appendix",
    "Authority",
    "BatchResult",
    "Copy",
    "DecodeError",
    "Diagnostic",
    "Directive",
    "Document",
    "DocumentNumber",
    "FileMissingError",
    "GrammarNotFoundError",
    "InputError",
    "Issuer",
    "MemoryLimitError",
    "NotTextError",
    "Paragraph",
    "ParseDiagnostic",
    "ParseError",
    "Part",
    "Reference",
    "Segment",
    "Signatory",
    "SourceSpan",
    "TimeLimitError",
    "TooLargeError",
    "UnsupportedFormatError",
    "VndocparseError",
    "__version__",
    "parse",
    "parse_bytes",
    "parse_file",
    "parse_many",
    "validate",
]
