"""One row per document, for analysts: ``vndocparse parse DIR --format csv``.

The columns are the contract's scalar fields, in its order, with nested objects written
as dotted paths (``issuer.name``, ``number.value``), each list as its length
(``recipients.count``), the signer's authority as its prefixes (``KT``, ``TM/KT``), and
the parser's own ``diagnostics.count`` and ``line_count``. The first column is the file
(``source``). Empty cells are nulls. RFC 4180 CSV (quoted where needed, CRLF line ends),
which ``pandas.read_csv`` and spreadsheets read as is.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from typing import Any

from vndocparse.models import Document


def _get(*path: str) -> Callable[[Document], Any]:
    def get(doc: Document) -> Any:
        value: Any = doc
        for name in path:
            value = getattr(value, name, None)
            if value is None:
                return None
        return value

    return get


def _count(name: str) -> Callable[[Document], int]:
    return lambda doc: len(getattr(doc, name))


def _authority(doc: Document) -> str | None:
    if doc.signatory is None or not doc.signatory.authority:
        return None
    return "/".join(a.kind for a in doc.signatory.authority)


#: Column name → how to read it from a document (the source is added first).
COLUMNS: dict[str, Callable[[Document], Any]] = {
    "family": _get("family"),
    "doc_type": _get("doc_type"),
    "issuer.name": _get("issuer", "name"),
    "issuer.parent": _get("issuer", "parent"),
    "number.value": _get("number", "value"),
    "number.sequence": _get("number", "sequence"),
    "number.symbol": _get("number", "symbol"),
    "place": _get("place"),
    "date": _get("date"),
    "subject": _get("subject"),
    "recipients.count": _count("recipients"),
    "directives.count": _count("directives"),
    "signatory.authority": _authority,
    "signatory.position": _get("signatory", "position"),
    "signatory.name": _get("signatory", "name"),
    "distribution.count": _count("distribution"),
    "urgency": _get("urgency"),
    "secrecy": _get("secrecy"),
    "references.count": _count("references"),
    "copy.kind": _get("copy", "kind"),
    "appendices.count": _count("appendices"),
    "title": _get("title"),
    "diagnostics.count": _count("diagnostics"),
    "line_count": _get("line_count"),
}

HEADER = ("source", *COLUMNS)


def _line(values: Any) -> str:
    buffer = io.StringIO()
    csv.writer(buffer).writerow(values)
    return buffer.getvalue()


def csv_header() -> str:
    """The header line, with its line end."""
    return _line(HEADER)


def csv_row(doc: Document, source: str | None = None) -> str:
    """The row of one document, with its line end; ``source`` defaults to ``doc.source``."""
    values = [source if source is not None else doc.source]
    values += [get(doc) for get in COLUMNS.values()]
    return _line(["" if v is None else v for v in values])


__all__ = ["COLUMNS", "HEADER", "csv_header", "csv_row"]
