"""What the export formats are made of: fields with a kind and a length limit, values
given by the caller for the fields a document cannot fill, and gaps (what a document
could not give, or gave longer than its field allows).

The caller's values (``fill``, the command line's ``--set NAME=VALUE`` and
``--organ-id``) are checked here against each format's fields, once, before any
document is exported: a wrong one is an `ExportOptionError`, never a silent change.
"""

from __future__ import annotations

import datetime
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Literal

from vndocparse.catalogue import EXPORT
from vndocparse.errors import ExportOptionError
from vndocparse.i18n import Message
from vndocparse.models import Document

Kind = Literal["text", "number", "date"]

#: A value given for a field, checked: text, a number, or an ISO date ``YYYY-MM-DD``.
Value = str | int


@dataclass(frozen=True)
class Field:
    """One field of an export format."""

    name: str
    """The format's own name: ``"CodeNotation"``, ``"FileCode.OrganId"``, ``"Số đến"``."""
    kind: Kind = "text"
    """``text``, ``number`` (a whole number) or ``date`` (given as ``YYYY-MM-DD``)."""
    limit: int | None = None
    """At most this many characters (text) or digits (number); None: no limit."""
    choices: tuple[int, ...] = ()
    """For a coded number, the codes it may take (edXML ``SteeringType``: 1, 2, 3)."""
    key: str | None = None
    """The contract key that fills it (``"subject"``); None for a field the document
    cannot fill, which the caller may give."""

    def over_limit(self, value: Value) -> int | None:
        """The value's length when it is over `limit` (characters or digits), else None."""
        if self.limit is None:
            return None
        size = len(str(value))
        return size if size > self.limit else None


def read_fill(fields: Iterable[Field], given: Mapping[str, str], fmt: str) -> dict[str, Value]:
    """The caller's values for ``fmt``, checked and converted (numbers to ``int``).

    Only the fields the document cannot fill (``key is None``) may be given. Raises
    `ExportOptionError` naming the field and what was expected (in both languages:
    `vndocparse.catalogue.said`).
    """
    open_fields = {f.name: f for f in fields if f.key is None}
    taken = {f.name: f for f in fields if f.key is not None}
    out: dict[str, Value] = {}
    for name, raw in given.items():
        if name in taken:
            raise ExportOptionError(EXPORT["filled_from_document"](format=fmt, name=name, key=taken[name].key))
        field = open_fields.get(name)
        if field is None:
            names = ", ".join(open_fields) or EXPORT["none"]()
            raise ExportOptionError(EXPORT["no_field"](format=fmt, name=name, names=names))
        out[name] = _checked(field, raw.strip(), fmt)
    return out


def _checked(field: Field, raw: str, fmt: str) -> Value:
    where = f"{fmt}: {field.name}={raw!r}"
    if not raw:
        raise ExportOptionError(EXPORT["empty"](where=where))
    if field.kind == "date":
        try:
            return datetime.date.fromisoformat(raw).isoformat()
        except ValueError:
            raise ExportOptionError(EXPORT["expected_date"](where=where)) from None
    if field.kind == "number":
        if not raw.isdigit():
            raise ExportOptionError(EXPORT["expected_number"](where=where))
        number = int(raw)
        if field.choices and number not in field.choices:
            raise ExportOptionError(EXPORT["expected_choice"](where=where, choices=", ".join(map(str, field.choices))))
        if field.over_limit(number):
            raise ExportOptionError(EXPORT["too_many_digits"](where=where, limit=field.limit))
        return number
    if field.over_limit(raw):
        raise ExportOptionError(EXPORT["too_many_characters"](where=where, size=len(raw), limit=field.limit))
    return raw


# --------------------------------------------------------------------------- gaps


@dataclass(frozen=True)
class Gap:
    """A value an export wants that the document could not give, or gave too long.

    The document is still exported with what it has; the command line prints the gaps
    on stderr and, with ``--strict``, exits with status 1.
    """

    field: str
    """The format's field or column: ``"Code.CodeNumber"``, ``"Subject"``, ``"Số ký hiệu"``."""
    words: Message
    """What is missing or wrong, and what was done about it, in both languages
    (`vndocparse.catalogue.EXPORT`)."""
    line: int | None = None
    """The input line it concerns (1-based), when there is one."""

    @property
    def message(self) -> str:
        """`words` in English."""
        return self.words.en

    def describe(self, source: str, fmt: str, lang: str = "en") -> str:
        """``"cv.txt:7: nd30-outgoing: Subject: 612 characters, ..."`` (its words in ``lang``)"""
        where = f"{source}:{self.line}" if self.line else source
        return f"{where}: {fmt}: {self.field}: {self.words.text(lang)}"


#: The parts every format keys a document by (a register row, an exchanged message):
#: the issuing body, the number and the date. Their absence is a gap.
KEY_PARTS = ("issuer", "number", "date")


def missing(doc: Document, fields: Mapping[str, str]) -> list[Gap]:
    """A gap for each key part (`KEY_PARTS`) the document lacks; ``fields`` names the
    format's field that would hold each part (a part the format has no field for is
    not its gap)."""
    gaps: list[Gap] = []
    if doc.issuer is None and "issuer" in fields:
        gaps.append(Gap(fields["issuer"], EXPORT["no_issuer"]()))
    if doc.number is None:
        gaps.append(Gap(fields["number"], EXPORT["no_number"]()))
    elif doc.number.sequence is None:
        line = doc.number.span.start_line if doc.number.span else None
        gaps.append(Gap(fields["number"], EXPORT["blank_number"](), line))
    if doc.date is None:
        gaps.append(Gap(fields["date"], EXPORT["no_date"]()))
    return gaps


def too_long(field: Field, value: Value, line: int | None) -> Gap | None:
    """A gap when ``value`` is longer than the field allows; the value is written whole."""
    size = field.over_limit(value)
    if size is None:
        return None
    words = EXPORT["too_long_digits" if field.kind == "number" else "too_long_characters"]
    return Gap(field.name, words(size=size, limit=field.limit), line)


def line_of(doc: Document, key: str | None) -> int | None:
    """The first input line of the contract key ``key`` (``"subject"``, ``"issuer"``...)."""
    if key is None:
        return None
    part = getattr(doc, key, None)
    span = getattr(part, "span", None) if part is not None else None
    if span is None:
        span = doc.spans.get(key)
    return span.start_line if span is not None else None
