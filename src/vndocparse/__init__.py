"""vndocparse: read Vietnamese official documents and hand their parts to other programs.

    >>> import vndocparse
    >>> doc = vndocparse.parse(text)            # never raises for a str
    >>> doc.issuer.name, doc.number.value, doc.date
    >>> doc.model_dump(mode="json")             # the contract shape

The pipeline: read → normalise → segment → classify → grammar → transform → models.
"""

from __future__ import annotations

from vndocparse.api import parse, parse_file
from vndocparse.errors import (
    DecodeError,
    FileMissingError,
    GrammarNotFoundError,
    InputError,
    NotTextError,
    ParseError,
    VndocparseError,
)
from vndocparse.models import (
    Authority,
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

__version__ = "0.1.0"

__all__ = [
    "Authority",
    "DecodeError",
    "Directive",
    "Document",
    "DocumentNumber",
    "FileMissingError",
    "GrammarNotFoundError",
    "InputError",
    "Issuer",
    "NotTextError",
    "Paragraph",
    "ParseDiagnostic",
    "ParseError",
    "Part",
    "Reference",
    "Segment",
    "Signatory",
    "SourceSpan",
    "VndocparseError",
    "__version__",
    "parse",
    "parse_file",
]
