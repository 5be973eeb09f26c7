"""One row of the registers of Decree 30/2020/NĐ-CP, Appendix IV: the sổ đăng ký văn bản
đi (outgoing) and văn bản đến (incoming), with the decree's Vietnamese column names.

    >>> from vndocparse.export import to_register_outgoing
    >>> to_register_outgoing(doc)["Số ký hiệu"]
    '04-CV/BTGTU'

A row is a dict column → cell text, every column present ("" when empty), for a CSV
file of a whole batch (`columns` is its header). Dates are written ``dd/mm/yyyy`` as
clerks write them; lists (the Nơi nhận entries) one item per line within the cell. The
columns only a clerk can fill (Số đến, Ngày chuyển, Ký nhận...) are empty unless the
caller gives them.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Literal

from vndocparse.export import values as V
from vndocparse.export.fields import Field, Gap, Value, missing, read_fill
from vndocparse.models import Document

Direction = Literal["outgoing", "incoming"]

_NUMBER = Field("Số ký hiệu", key="number")
_DATE = Field("Ngày tháng", "date", key="date")
_TITLE = Field("Tên loại và trích yếu", key="subject")
_CLERK = (
    Field("Ngày chuyển", "date"),
    Field("Ký nhận"),
    Field("Ghi chú"),
)

#: Sổ đăng ký văn bản đi, in the decree's order.
OUTGOING: tuple[Field, ...] = (
    _NUMBER,
    _DATE,
    _TITLE,
    Field("Người ký", key="signatory"),
    Field("Nơi nhận", key="distribution"),
    Field("Đơn vị/người nhận bản lưu", key="distribution"),
    Field("Số lượng bản", "number"),
    *_CLERK,
)

#: Sổ đăng ký văn bản đến, in the decree's order.
INCOMING: tuple[Field, ...] = (
    Field("Ngày đến", "date"),
    Field("Số đến"),
    Field("Tác giả", key="issuer"),
    _NUMBER,
    _DATE,
    _TITLE,
    Field("Đơn vị/người nhận"),
    *_CLERK,
)

FIELDS: dict[Direction, tuple[Field, ...]] = {"outgoing": OUTGOING, "incoming": INCOMING}

#: Where each key part would go; the outgoing register is the issuer's own, so it has
#: no column for the issuer.
GAP_FIELDS: dict[Direction, dict[str, str]] = {
    "outgoing": {"number": _NUMBER.name, "date": _DATE.name},
    "incoming": {"issuer": "Tác giả", "number": _NUMBER.name, "date": _DATE.name},
}


def to_register_outgoing(doc: Document, *, fill: Mapping[str, Value] | None = None) -> dict[str, str]:
    """The row of ``doc`` in the outgoing register (sổ đăng ký văn bản đi)."""
    return to_register(doc, "outgoing", fill=fill)


def to_register_incoming(doc: Document, *, fill: Mapping[str, Value] | None = None) -> dict[str, str]:
    """The row of ``doc`` in the incoming register (sổ đăng ký văn bản đến)."""
    return to_register(doc, "incoming", fill=fill)


def to_register(doc: Document, direction: Direction, *, fill: Mapping[str, Value] | None = None) -> dict[str, str]:
    """The register row of ``doc``: every column, "" where there is nothing to write.

    ``fill`` gives the clerk's columns by name (``{"Số đến": "125", "Ngày đến":
    "2020-10-01"}``); raises `ExportOptionError` for an unknown column or a wrong value.
    """
    given = read_fill(FIELDS[direction], {k: str(v) for k, v in (fill or {}).items()}, f"register-{direction}")
    row: dict[str, str] = {}
    for field in FIELDS[direction]:
        value: Value | None = _CELLS[field.name](doc) if field.key else given.get(field.name)
        if field.kind == "date" and value is not None:
            value = V.register_date(str(value))
        row[field.name] = "" if value is None else str(value)
    return row


def columns(direction: Direction) -> list[str]:
    """The CSV header: the columns in the decree's order."""
    return [f.name for f in FIELDS[direction]]


def register_gaps(doc: Document, direction: Direction) -> list[Gap]:
    """The key parts the document lacks (number, date; the issuer for an incoming one)."""
    return missing(doc, GAP_FIELDS[direction])


def _title_and_subject(doc: Document) -> str | None:
    parts = [p for p in (V.type_name(doc), doc.subject) if p]
    return " ".join(parts) or None


#: The cell of each column the document fills.
_CELLS: dict[str, Callable[[Document], Value | None]] = {
    "Số ký hiệu": lambda d: d.number.value if d.number else None,
    "Ngày tháng": lambda d: d.date,
    "Tên loại và trích yếu": _title_and_subject,
    "Người ký": lambda d: d.signatory.name if d.signatory else None,
    "Nơi nhận": lambda d: V.joined(V.split_distribution(d)[0]),
    "Đơn vị/người nhận bản lưu": lambda d: V.joined(V.split_distribution(d)[1]),
    "Tác giả": lambda d: V.author(d.issuer),
}
