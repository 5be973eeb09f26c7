"""Export a parsed document to what e-office systems speak.

    >>> import vndocparse
    >>> from vndocparse.export import to_edxml, to_nd30_outgoing, to_register_outgoing
    >>> doc = vndocparse.parse_file("cv.txt")
    >>> xml = to_edxml(doc, organ_id="000.00.00.X00")       # edXML message header
    >>> record = to_nd30_outgoing(doc)                      # Decree 30 Appendix VI record
    >>> row = to_register_outgoing(doc)                     # Decree 30 Appendix IV row
    >>> for gap in gaps(doc, "edxml"):                      # what the document could not give
    ...     print(gap.field, gap.message)

One function per format; `FORMATS` names them for the command line
(``vndocparse export FILE... --to FORMAT``). Values the document cannot give are left
out (edXML) or ``None``/empty (records and rows) unless the caller gives them
(``organ_id``, ``fill``); nothing is made up. See docs/export.md and the page of each
format.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from vndocparse.export import edxml, nd30, register
from vndocparse.export.edxml import edxml_gaps, schema, to_edxml
from vndocparse.export.fields import Field, Gap, Value
from vndocparse.export.nd30 import nd30_gaps, to_nd30_incoming, to_nd30_outgoing
from vndocparse.export.register import register_gaps, to_register_incoming, to_register_outgoing
from vndocparse.models import Document

Output = Literal["xml", "record", "row"]


@dataclass(frozen=True)
class Format:
    """One export format, as the command line and `gaps` see it."""

    name: str
    """``edxml``, ``nd30-outgoing``, ``nd30-incoming``, ``register-outgoing``, ``register-incoming``."""
    output: Output
    """``xml`` (a document per input), ``record`` (JSON, or a CSV row) or ``row`` (CSV)."""
    fields: tuple[Field, ...]
    """Its fields; those without a ``key`` may be given (``fill``)."""
    export: Callable[[Document, Mapping[str, Value]], Any]
    """``(doc, fill) -> output``: the XML text, the nested record, or the row."""
    find_gaps: Callable[[Document], list[Gap]]
    """What the document could not give, or gave too long."""
    organ_id: str | None = None
    """The field ``--organ-id`` fills, if the format has one."""
    columns: tuple[str, ...] = ()
    """The CSV header of the flat form (records and rows)."""
    csv_row: Callable[[Document, Mapping[str, Value]], dict[str, str]] | None = None
    """``(doc, fill) -> row``: one CSV row (records and rows)."""


def _nd30(direction: nd30.Direction) -> Format:
    return Format(
        f"nd30-{direction}",
        "record",
        nd30.FIELDS[direction],
        lambda doc, fill: nd30.to_nd30(doc, direction, fill=fill),
        lambda doc: nd30.nd30_gaps(doc, direction),
        organ_id="FileCode.OrganId",
        columns=tuple(nd30.columns(direction)),
        csv_row=lambda doc, fill: nd30.csv_row(doc, direction, fill=fill),
    )


def _register(direction: register.Direction) -> Format:
    def row(doc: Document, fill: Mapping[str, Value]) -> dict[str, str]:
        return register.to_register(doc, direction, fill=fill)

    return Format(
        f"register-{direction}",
        "row",
        register.FIELDS[direction],
        row,
        lambda doc: register.register_gaps(doc, direction),
        columns=tuple(register.columns(direction)),
        csv_row=row,
    )


#: The formats by name, in the order the command line lists them.
FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format(
            "edxml",
            "xml",
            edxml.FIELDS,
            lambda doc, fill: to_edxml(doc, fill=fill),
            edxml_gaps,
            organ_id="From.OrganId",
        ),
        _nd30("outgoing"),
        _nd30("incoming"),
        _register("outgoing"),
        _register("incoming"),
    )
}


def gaps(doc: Document, fmt: str) -> list[Gap]:
    """What ``doc`` could not give format ``fmt`` (a name of `FORMATS`): a missing
    issuer, number or date; for the Appendix VI records, also every value over its
    field's length limit (written whole all the same)."""
    return FORMATS[fmt].find_gaps(doc)


__all__ = [
    "FORMATS",
    "Field",
    "Format",
    "Gap",
    "edxml_gaps",
    "gaps",
    "nd30_gaps",
    "register_gaps",
    "schema",
    "to_edxml",
    "to_nd30_incoming",
    "to_nd30_outgoing",
    "to_register_incoming",
    "to_register_outgoing",
]
