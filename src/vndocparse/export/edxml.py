"""The edXML message header (QCVN 102:2016/BTTTT) of a document.

    >>> from vndocparse.export import to_edxml
    >>> print(to_edxml(doc, organ_id="000.00.00.X00"))

Writes ``edXMLEnvelope/edXMLHeader/MessageHeader`` with the elements a parsed document
can fill, in the namespace and under the element names of VNPT's EdXML102 library (the
library document-exchange gateways build on): the sender (``From``), one ``To`` per
"Kính gửi" addressee, ``Code``, ``PromulgationInfo``, ``DocumentType``, ``Subject``,
``SignerInfo``, ``ToPlaces`` (the Nơi nhận list), ``OtherInfo`` (``Priority``,
``Appendixes``). No body, attachments, trace or signature: a gateway adds those.
Elements the document cannot fill (``From/OrganId``, ``DueDate``, ``DocumentType/Type``,
``SteeringType``...) are written only when the caller gives them (`FIELDS`, ``fill``).

The element order is the one the standard lists and the SDK samples write; the readers
seen in public gateway code look children up by name. `SCHEMA` is the W3C XML Schema of
exactly this subset, shipped in the package (docs/export-edxml.md).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import TYPE_CHECKING

from vndocparse.export import values as V
from vndocparse.export.fields import Field, Gap, Value, missing, read_fill
from vndocparse.models import Document

if TYPE_CHECKING:
    # Imported where used: the command line loads this module to list its fields.
    import xml.etree.ElementTree as ET
    from importlib.resources.abc import Traversable

#: The namespace of QCVN 102:2016 packages, as the gateway SDKs declare it.
NAMESPACE = "http://www.mic.gov.vn/TBT/QCVN_102_2016"
#: The prefix the SDK samples write (``edXML:MessageHeader``).
PREFIX = "edXML"

#: The fields of the header. Those with a ``key`` come from the document; the others
#: are written only when the caller gives them (``fill`` / ``--set NAME=VALUE``).
FIELDS: tuple[Field, ...] = (
    Field("From.OrganId"),
    Field("From.OrganizationInCharge", key="issuer"),
    Field("From.OrganName", key="issuer"),
    Field("To.OrganName", key="recipients"),
    Field("Code.CodeNumber", key="number"),
    Field("Code.CodeNotation", key="number"),
    Field("PromulgationInfo.Place", key="place"),
    Field("PromulgationInfo.PromulgationDate", key="date"),
    Field("DocumentType.Type", "number"),
    Field("DocumentType.TypeDetail", "number"),
    Field("DocumentType.TypeName", key="doc_type"),
    Field("Subject", key="subject"),
    Field("SignerInfo.Competence", key="signatory"),
    Field("SignerInfo.Position", key="signatory"),
    Field("SignerInfo.FullName", key="signatory"),
    Field("DueDate", "date"),
    Field("ToPlaces.Place", key="distribution"),
    Field("OtherInfo.Priority", key="urgency"),
    Field("OtherInfo.SphereOfPromulgation"),
    Field("OtherInfo.TyperNotation"),
    Field("OtherInfo.PromulgationAmount", "number"),
    Field("OtherInfo.PageAmount", "number"),
    Field("OtherInfo.Appendixes.Appendix", key="appendices"),
    Field("SteeringType", "number", choices=(1, 2, 3)),
)

#: Where each key part would go (`vndocparse.export.fields.KEY_PARTS`).
GAP_FIELDS = {"issuer": "From.OrganName", "number": "Code", "date": "PromulgationInfo.PromulgationDate"}

#: Characters XML 1.0 cannot carry (C0 controls but tab and line breaks, surrogates,
#: U+FFFE/U+FFFF): written as U+FFFD so that the output stays well-formed.
_NOT_XML = re.compile(r"[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\U00010000-\U0010FFFF]")


def schema() -> Traversable:
    """The W3C XML Schema (XSD 1.0) of the header this module writes, shipped in the
    package: ``lxml.etree.XMLSchema(file=str(schema()))`` or any XSD validator."""
    from importlib.resources import files

    return files("vndocparse.export").joinpath("edxml-header.xsd")


def to_edxml(doc: Document, *, organ_id: str | None = None, fill: Mapping[str, Value] | None = None) -> str:
    """The edXML message header of ``doc``: well-formed UTF-8 XML text, indented, with
    the declaration. ``organ_id`` is the sender's identifier code (mã định danh,
    ``From/OrganId``); ``fill`` gives other fields the document cannot fill, by their
    dotted name in `FIELDS` (``{"DueDate": "2024-05-02", "SteeringType": 1}``).

    Raises `ExportOptionError` for an unknown field or a wrong value; never for the
    document: what it lacks is left out (see `edxml_gaps`).
    """
    import xml.etree.ElementTree as ET

    given = read_fill(FIELDS, _with_organ_id(fill, organ_id), "edxml")
    ET.register_namespace(PREFIX, NAMESPACE)
    envelope = ET.Element(_q("edXMLEnvelope"))
    header = _child(envelope, "edXMLHeader")
    _message_header(_child(header, "MessageHeader"), doc, given)
    ET.indent(envelope, space="  ")
    text: bytes = ET.tostring(envelope, encoding="UTF-8", xml_declaration=True)
    return text.decode("utf-8") + "\n"


def edxml_gaps(doc: Document) -> list[Gap]:
    """What the header lacks because the document lacks it (issuer, number, date)."""
    return missing(doc, GAP_FIELDS)


def _with_organ_id(fill: Mapping[str, Value] | None, organ_id: str | None) -> dict[str, str]:
    given = {name: str(value) for name, value in (fill or {}).items()}
    if organ_id is not None:
        given["From.OrganId"] = organ_id
    return given


def _message_header(mh: ET.Element, doc: Document, given: Mapping[str, Value]) -> None:
    issuer, signer = doc.issuer, doc.signatory
    _group(
        mh,
        "From",
        ("OrganId", given.get("From.OrganId")),
        ("OrganizationInCharge", issuer.parent if issuer else None),
        ("OrganName", issuer.name if issuer else None),
    )
    for recipient in doc.recipients:
        _group(mh, "To", ("OrganName", recipient))
    _group(mh, "Code", ("CodeNumber", V.code_number(doc.number)), ("CodeNotation", V.code_notation(doc.number)))
    _group(mh, "PromulgationInfo", ("Place", doc.place), ("PromulgationDate", V.slash_date(doc.date)))
    _group(
        mh,
        "DocumentType",
        ("Type", given.get("DocumentType.Type")),
        ("TypeDetail", given.get("DocumentType.TypeDetail")),
        ("TypeName", V.type_name(doc)),
    )
    _leaf(mh, "Subject", doc.subject)
    _group(
        mh,
        "SignerInfo",
        ("Competence", V.competence(signer, doc.family)),
        ("Position", signer.position if signer else None),
        ("FullName", signer.name if signer else None),
    )
    due = given.get("DueDate")
    _leaf(mh, "DueDate", V.slash_date(str(due)) if due is not None else None)
    _list(mh, "ToPlaces", "Place", doc.distribution)
    other = _group(
        mh,
        "OtherInfo",
        ("Priority", V.priority(doc)),
        ("SphereOfPromulgation", given.get("OtherInfo.SphereOfPromulgation")),
        ("TyperNotation", given.get("OtherInfo.TyperNotation")),
        ("PromulgationAmount", given.get("OtherInfo.PromulgationAmount")),
        ("PageAmount", given.get("OtherInfo.PageAmount")),
    )
    if other is not None:
        _list(other, "Appendixes", "Appendix", [V.appendix_text(a) for a in doc.appendices])
    _leaf(mh, "SteeringType", given.get("SteeringType"))


def _q(name: str) -> str:
    return f"{{{NAMESPACE}}}{name}"


def _child(parent: ET.Element, name: str) -> ET.Element:
    child = parent.makeelement(_q(name), {})
    parent.append(child)
    return child


def _leaf(parent: ET.Element, name: str, value: Value | None) -> None:
    """``<name>value</name>``, or nothing when there is no value."""
    if value is None or value == "":
        return
    _child(parent, name).text = _NOT_XML.sub("\ufffd", str(value))


def _group(parent: ET.Element, name: str, *leaves: tuple[str, Value | None]) -> ET.Element | None:
    """``<name>`` with its leaves that have a value; nothing when none has one."""
    if all(value is None or value == "" for _, value in leaves):
        return None
    group = _child(parent, name)
    for leaf, value in leaves:
        _leaf(group, leaf, value)
    return group


def _list(parent: ET.Element, name: str, item: str, items: Iterable[str]) -> None:
    """``<name><item>a</item><item>b</item></name>``; nothing for an empty list."""
    items = list(items)
    if items:
        group = _child(parent, name)
        for value in items:
            _leaf(group, item, value)
