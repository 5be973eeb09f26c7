"""The input record of Decree 30/2020/NĐ-CP, Appendix VI part II ("chuẩn thông tin đầu
vào"): the fields e-office software registers an outgoing (văn bản đi, 16 fields) or
incoming (văn bản đến, 18 fields) document by.

    >>> from vndocparse.export import to_nd30_outgoing
    >>> record = to_nd30_outgoing(doc, organ_id="000.00.00.X00")
    >>> record["CodeNotation"], record["SignerInfo"]["FullName"]

A record is a dict in the decree's order, with the decree's field names; grouped fields
are nested (``FileCode``, ``SignerInfo``; ``To`` is one object per addressee); its flat
form (`flat_record`, `csv_row`) has dotted names (``FileCode.OrganId``) for CSV. The
fields the system fills itself (FileCode, DocOrdinal, PageAmount, ArrivalNumber...) are ``None`` unless
the caller gives them. A value longer than the decree allows is written whole and
reported by `nd30_gaps`, never cut.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from vndocparse.export import values as V
from vndocparse.export.fields import Field, Gap, Value, line_of, missing, read_fill, too_long
from vndocparse.models import Document

Direction = Literal["outgoing", "incoming"]

#: Fields 1–11, shared by both records (the decree lists them once).
_COMMON: tuple[Field, ...] = (
    Field("FileCode.OrganId", limit=13),
    Field("FileCode.FileCatalog", "number", limit=4),
    Field("FileCode.FileNotation", limit=20),
    Field("DocOrdinal", "number", limit=3),
    Field("TypeName", limit=100, key="doc_type"),
    Field("CodeNumber", limit=11, key="number"),
    Field("CodeNotation", limit=30, key="number"),
    Field("IssuedDate", "date", key="date"),
    Field("OrganName", limit=200, key="issuer"),
    Field("Subject", limit=500, key="subject"),
    Field("Language", limit=30),
    Field("PageAmount", "number", limit=3),
    Field("Description", limit=500),
)

_SIGNER: tuple[Field, ...] = (
    Field("SignerInfo.Position", limit=100, key="signatory"),
    Field("SignerInfo.FullName", limit=50, key="signatory"),
)

#: Văn bản đi: 1–11, 12 SignerInfo, 13 To, 14 Priority, 15 IssuedAmount, 16 DueDate.
OUTGOING: tuple[Field, ...] = (
    *_COMMON,
    *_SIGNER,
    Field("To.OrganId", limit=13, key="recipients"),
    Field("To.OrganName", limit=200, key="recipients"),
    Field("Priority", "number", limit=1, key="urgency"),
    Field("IssuedAmount", "number", limit=3),
    Field("DueDate", "date"),
)

#: Văn bản đến: 1–11, 12 ArrivalDate, 13 ArrivalNumber, 14 SignerInfo, 15 Priority,
#: 16 ToPlaces, 17 TraceHeaderList, 18 DueDate.
INCOMING: tuple[Field, ...] = (
    *_COMMON,
    Field("ArrivalDate", "date"),
    Field("ArrivalNumber", limit=10),
    *_SIGNER,
    Field("Priority", "number", limit=1, key="urgency"),
    Field("ToPlaces", limit=1000, key="distribution"),
    Field("TraceHeaderList"),
    Field("DueDate", "date"),
)

FIELDS: dict[Direction, tuple[Field, ...]] = {"outgoing": OUTGOING, "incoming": INCOMING}

#: Where each key part would go (`vndocparse.export.fields.KEY_PARTS`).
GAP_FIELDS = {"issuer": "OrganName", "number": "CodeNumber", "date": "IssuedDate"}

#: The one list-valued field: ``To`` holds one object per "Kính gửi" addressee.
_LIST_GROUP = "To"


def to_nd30_outgoing(doc: Document, *, organ_id: str | None = None, fill: Mapping[str, Value] | None = None) -> dict[str, Any]:
    """The Appendix VI record of ``doc`` as an outgoing document (văn bản đi)."""
    return to_nd30(doc, "outgoing", organ_id=organ_id, fill=fill)


def to_nd30_incoming(doc: Document, *, organ_id: str | None = None, fill: Mapping[str, Value] | None = None) -> dict[str, Any]:
    """The Appendix VI record of ``doc`` as an incoming document (văn bản đến)."""
    return to_nd30(doc, "incoming", organ_id=organ_id, fill=fill)


def to_nd30(
    doc: Document, direction: Direction, *, organ_id: str | None = None, fill: Mapping[str, Value] | None = None
) -> dict[str, Any]:
    """The Appendix VI record of ``doc``, nested, JSON-ready.

    ``organ_id`` is the identifier code (mã định danh) of the organ that keeps the
    record (``FileCode.OrganId``); ``fill`` gives other fields the document cannot fill,
    by dotted name (``{"DocOrdinal": 12, "ArrivalDate": "2020-10-01"}``). Raises
    `ExportOptionError` for an unknown field or a wrong value.
    """
    return nest(flat_record(doc, direction, organ_id=organ_id, fill=fill))


def flat_record(
    doc: Document, direction: Direction, *, organ_id: str | None = None, fill: Mapping[str, Value] | None = None
) -> dict[str, Any]:
    """The record with dotted names, in the decree's order; ``To.*`` are lists."""
    given: dict[str, str] = {name: str(value) for name, value in (fill or {}).items()}
    if organ_id is not None:
        given["FileCode.OrganId"] = organ_id
    checked = read_fill(FIELDS[direction], given, f"nd30-{direction}")
    from_doc = _from_document(doc)
    return {f.name: from_doc.get(f.name) if f.key else checked.get(f.name) for f in FIELDS[direction]}


def _from_document(doc: Document) -> dict[str, Any]:
    signer = doc.signatory
    return {
        "TypeName": V.type_name(doc),
        "CodeNumber": V.code_number(doc.number),
        "CodeNotation": V.code_notation(doc.number),
        "IssuedDate": doc.date,
        "OrganName": doc.issuer.name if doc.issuer else None,
        "Subject": doc.subject,
        "SignerInfo.Position": signer.position if signer else None,
        "SignerInfo.FullName": signer.name if signer else None,
        # The addressees' identifier codes are not written on a document.
        "To.OrganId": [None] * len(doc.recipients),
        "To.OrganName": list(doc.recipients),
        "Priority": V.priority(doc),
        "ToPlaces": V.joined(doc.distribution),
    }


def nest(flat: Mapping[str, Any]) -> dict[str, Any]:
    """Dotted names into groups: ``FileCode.OrganId`` → ``{"FileCode": {"OrganId": …}}``;
    the ``To.*`` lists into one object per addressee."""
    out: dict[str, Any] = {}
    for name, value in flat.items():
        group, dot, leaf = name.partition(".")
        if not dot:
            out[name] = value
        elif group == _LIST_GROUP:
            items = out.setdefault(group, [{} for _ in value])
            for item, v in zip(items, value, strict=True):
                item[leaf] = v
        else:
            out.setdefault(group, {})[leaf] = value
    return out


def csv_row(doc: Document, direction: Direction, **options: Any) -> dict[str, str]:
    """The record as one CSV row: dotted names, lists one item per line, None as ""."""
    row: dict[str, str] = {}
    for name, value in flat_record(doc, direction, **options).items():
        if isinstance(value, list):
            value = V.joined([v or "" for v in value]) if any(value) else None
        row[name] = "" if value is None else str(value)
    return row


def columns(direction: Direction) -> list[str]:
    """The CSV header: the dotted field names in the decree's order."""
    return [f.name for f in FIELDS[direction]]


def nd30_gaps(doc: Document, direction: Direction) -> list[Gap]:
    """The key parts the document lacks, and every value over its field's limit."""
    gaps = missing(doc, GAP_FIELDS)
    record = flat_record(doc, direction)
    for field in FIELDS[direction]:
        value = record.get(field.name)
        for item in value if isinstance(value, list) else [value]:
            if item is not None:
                gap = too_long(field, item, line_of(doc, field.key))
                if gap is not None:
                    gaps.append(gap)
    return gaps
