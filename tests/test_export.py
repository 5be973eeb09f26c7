"""The exporters (vndocparse.export): each format round-trips on the test letters.

Every test letter is parsed, exported to each format, and the output is read back with
the standard library alone (``xml.etree``, ``json``, ``csv``) into the contract's
terms; what comes back must equal the document's own values. The edXML header of every
letter must also validate against the schema shipped in the package (checked with lxml,
which the ``test`` extra installs).
"""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

import vndocparse
from vndocparse.errors import ExportOptionError
from vndocparse.export import (
    FORMATS,
    gaps,
    nd30,
    schema,
    to_edxml,
    to_nd30_incoming,
    to_nd30_outgoing,
    to_register_incoming,
    to_register_outgoing,
)
from vndocparse.export.cli import FORMAT_NAMES
from vndocparse.export.edxml import NAMESPACE
from vndocparse.models import Document
from vndocparse.tables.authority import prefix_kind
from vndocparse.tables.distribution import is_file_copy
from vndocparse.tables.doc_types import TITLE_TO_TYPE, TYPE_NAMES
from vndocparse.text import fold

LETTERS = sorted((Path(__file__).parent / "data" / "letters").glob("*.txt"))
NS = {"ed": NAMESPACE}
URGENCY_PRIORITY = {None: 0, "khan": 1, "thuong_khan": 2, "hoa_toc": 3, "hoa_toc_hen_gio": 4}


@pytest.fixture(scope="module", params=LETTERS, ids=lambda p: p.stem)
def letter(request: pytest.FixtureRequest) -> Document:
    return vndocparse.parse_file(request.param)


def _only_an_annex_or_a_copy(doc: Document) -> bool:
    return doc.doc_type is None and (doc.copy is not None or bool(doc.appendices))


#: The letters that are documents proper: a file holding only an annex or only a copy
#: block (issue 11) has no document of its own to register.
REGISTERED = [p for p in LETTERS if not _only_an_annex_or_a_copy(vndocparse.parse_file(p))]


@pytest.fixture(scope="module", params=REGISTERED, ids=lambda p: p.stem)
def registered(request: pytest.FixtureRequest) -> Document:
    return vndocparse.parse_file(request.param)


def test_only_the_annex_and_copy_letters_are_not_registered() -> None:
    assert sorted(p.stem for p in LETTERS if p not in REGISTERED) == ["state_phuluc_only", "state_saoluc_only"]


def a_document(**changes: Any) -> Document:
    """A complete document built from its contract values (not parsed), with changes."""
    data: dict[str, Any] = {
        "family": "state",
        "doc_type": "quyet_dinh",
        "issuer": {"name": "ỦY BAN NHÂN DÂN HUYỆN KIM BẢNG", "parent": "ỦY BAN NHÂN DÂN TỈNH HÀ NAM"},
        "number": {"value": "05/QĐ-UBND", "sequence": 5, "symbol": "QĐ-UBND"},
        "place": "Kim Bảng",
        "date": "2024-02-08",
        "subject": "Về việc thành lập Tổ công tác",
        "recipients": [],
        "signatory": {
            "authority": [{"kind": "TM", "on_behalf_of": "ỦY BAN NHÂN DÂN"}, {"kind": "KT", "on_behalf_of": "CHỦ TỊCH"}],
            "position": "PHÓ CHỦ TỊCH",
            "name": "Lê Quang Vinh",
        },
        "distribution": ["Như Điều 3", "Lưu: VT, NC"],
        "title": "QUYẾT ĐỊNH",
    }
    data.update(changes)
    return Document.model_validate(data)


# --------------------------------------------------------------------------- reading back


def _text(el: ET.Element | None, path: str) -> str | None:
    found = el.find(path, NS) if el is not None else None
    return found.text if found is not None else None


def read_edxml(xml: str) -> dict[str, Any]:
    """The header read back with xml.etree, in the contract's terms."""
    root = ET.fromstring(xml.encode("utf-8"))
    assert root.tag == f"{{{NAMESPACE}}}edXMLEnvelope"
    mh = root.find("ed:edXMLHeader/ed:MessageHeader", NS)
    assert mh is not None
    number, notation = _text(mh, "ed:Code/ed:CodeNumber"), _text(mh, "ed:Code/ed:CodeNotation")
    date = _text(mh, "ed:PromulgationInfo/ed:PromulgationDate")
    competence = _text(mh, "ed:SignerInfo/ed:Competence")
    authority = []
    for prefix in competence.split("; ") if competence else []:
        written, _, on_behalf_of = prefix.partition(" ")
        authority.append({"kind": prefix_kind(written), "on_behalf_of": on_behalf_of})
    return {
        "issuer.name": _text(mh, "ed:From/ed:OrganName"),
        "issuer.parent": _text(mh, "ed:From/ed:OrganizationInCharge"),
        "number.sequence": int(number) if number else None,
        "number.symbol": notation,
        "place": _text(mh, "ed:PromulgationInfo/ed:Place"),
        "date": date.replace("/", "-") if date else None,
        "subject": _text(mh, "ed:Subject"),
        "recipients": [e.text for e in mh.findall("ed:To/ed:OrganName", NS)],
        "signatory.authority": authority,
        "signatory.position": _text(mh, "ed:SignerInfo/ed:Position"),
        "signatory.name": _text(mh, "ed:SignerInfo/ed:FullName"),
        "distribution": [e.text for e in mh.findall("ed:ToPlaces/ed:Place", NS)],
        "urgency": {v: k for k, v in URGENCY_PRIORITY.items()}[int(_text(mh, "ed:OtherInfo/ed:Priority") or -1)],
        "appendices": [e.text for e in mh.findall("ed:OtherInfo/ed:Appendixes/ed:Appendix", NS)],
    }


def contract(doc: Document) -> dict[str, Any]:
    """The document's own values, in the terms `read_edxml` gives."""
    sig = doc.signatory
    return {
        "issuer.name": doc.issuer.name if doc.issuer else None,
        "issuer.parent": doc.issuer.parent if doc.issuer else None,
        "number.sequence": doc.number.sequence if doc.number else None,
        "number.symbol": doc.number.symbol if doc.number else None,
        "place": doc.place,
        "date": doc.date,
        "subject": doc.subject,
        "recipients": list(doc.recipients),
        "signatory.authority": [a.model_dump() for a in sig.authority] if sig else [],
        "signatory.position": sig.position if sig else None,
        "signatory.name": sig.name if sig else None,
        "distribution": list(doc.distribution),
        "urgency": doc.urgency,
        "appendices": [f"{a.label}: {a.title}" if a.title else a.label for a in doc.appendices],
    }


def read_nd30(record: dict[str, Any]) -> dict[str, Any]:
    """An Appendix VI record (after a JSON round trip) in the contract's terms."""
    record = json.loads(json.dumps(record, ensure_ascii=False))
    out = {
        "number.sequence": int(record["CodeNumber"]) if record["CodeNumber"] else None,
        "number.symbol": record["CodeNotation"],
        "date": record["IssuedDate"],
        "issuer.name": record["OrganName"],
        "subject": record["Subject"],
        "signatory.position": record["SignerInfo"]["Position"],
        "signatory.name": record["SignerInfo"]["FullName"],
        "urgency": {v: k for k, v in URGENCY_PRIORITY.items()}[record["Priority"]],
    }
    if "To" in record:
        out["recipients"] = [to["OrganName"] for to in record["To"]]
    if "ToPlaces" in record:
        out["distribution"] = record["ToPlaces"].split("\n") if record["ToPlaces"] else []
    return out


def through_csv(row: dict[str, str]) -> dict[str, str]:
    """A row written with the csv module and read back with it."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=list(row), lineterminator="\r\n")
    writer.writeheader()
    writer.writerow(row)
    buffer.seek(0)
    (back,) = list(csv.DictReader(buffer))
    return back


def _iso(register_date: str) -> str | None:
    if not register_date:
        return None
    day, month, year = register_date.split("/")
    return f"{year}-{month}-{day}"


# --------------------------------------------------------------------------- round trips


def test_edxml_round_trips(letter: Document) -> None:
    assert read_edxml(to_edxml(letter)) == contract(letter)


def test_edxml_of_every_letter_is_valid_against_the_shipped_schema(letter: Document) -> None:
    etree = pytest.importorskip("lxml.etree")  # in the test extra (python-docx needs it too)
    xsd = etree.XMLSchema(etree.parse(str(schema())))
    xml = to_edxml(letter, organ_id="000.00.00.X00", fill={"DueDate": "2024-05-02", "SteeringType": 2})
    assert xsd.validate(etree.fromstring(xml.encode("utf-8"))), xsd.error_log


@pytest.mark.parametrize("export", [to_nd30_outgoing, to_nd30_incoming])
def test_nd30_record_round_trips(letter: Document, export: Any) -> None:
    back = read_nd30(export(letter))
    expected = {k: v for k, v in contract(letter).items() if k in back}
    assert back == expected
    assert set(back) >= {"number.symbol", "date", "issuer.name", "subject", "signatory.name", "urgency"}


@pytest.mark.parametrize("direction", ["outgoing", "incoming"])
def test_nd30_csv_row_round_trips(letter: Document, direction: Any) -> None:
    row = through_csv(nd30.csv_row(letter, direction))
    assert list(row) == nd30.columns(direction)
    record: dict[str, Any] = {
        "CodeNumber": row["CodeNumber"] or None,
        "CodeNotation": row["CodeNotation"] or None,
        "IssuedDate": row["IssuedDate"] or None,
        "OrganName": row["OrganName"] or None,
        "Subject": row["Subject"] or None,
        "SignerInfo": {"Position": row["SignerInfo.Position"] or None, "FullName": row["SignerInfo.FullName"] or None},
        "Priority": int(row["Priority"]),
    }
    if direction == "outgoing":
        record["To"] = [{"OrganName": name} for name in row["To.OrganName"].split("\n") if name]
    else:
        record["ToPlaces"] = row["ToPlaces"] or None
    back = read_nd30(record)
    assert back == {k: v for k, v in contract(letter).items() if k in back}


def test_register_outgoing_row_round_trips(registered: Document) -> None:
    row = through_csv(to_register_outgoing(registered))
    assert row["Số ký hiệu"] == (registered.number.value if registered.number else "")
    assert _iso(row["Ngày tháng"]) == registered.date
    assert row["Người ký"] == ((registered.signatory.name or "") if registered.signatory else "")
    type_name = TYPE_NAMES.get(registered.doc_type or "")
    assert type_name is not None, "every registered test letter has a listed type"
    assert row["Tên loại và trích yếu"].removeprefix(type_name).strip() == (registered.subject or "")
    places = row["Nơi nhận"].split("\n") if row["Nơi nhận"] else []
    kept = row["Đơn vị/người nhận bản lưu"].split("\n") if row["Đơn vị/người nhận bản lưu"] else []
    assert sorted(places + kept) == sorted(registered.distribution)
    assert all(is_file_copy(k) for k in kept) and not any(is_file_copy(p) for p in places)


def test_register_incoming_row_round_trips(registered: Document) -> None:
    row = through_csv(to_register_incoming(registered))
    assert list(row) == ["Ngày đến", "Số đến", "Tác giả", "Số ký hiệu", "Ngày tháng", "Tên loại và trích yếu",
                         "Đơn vị/người nhận", "Ngày chuyển", "Ký nhận", "Ghi chú"]  # fmt: skip
    assert registered.issuer is not None
    name, _, parent = row["Tác giả"].partition(" (")
    assert (name, parent.removesuffix(")") or None) == (registered.issuer.name, registered.issuer.parent)
    assert row["Số ký hiệu"] == (registered.number.value if registered.number else "")
    assert _iso(row["Ngày tháng"]) == registered.date
    assert row["Ngày đến"] == row["Số đến"] == row["Đơn vị/người nhận"] == ""


# --------------------------------------------------------------------------- edXML


def _tags(element: ET.Element | None) -> list[str]:
    """The local names of an element's children (an Element's truth value is deprecated
    from Python 3.12: ``element or []`` warns, and the suite turns warnings into errors)."""
    assert element is not None
    return [child.tag.split("}")[1] for child in element]


def test_edxml_elements_in_the_standard_order_and_nothing_invented() -> None:
    root = ET.fromstring(to_edxml(a_document()).encode("utf-8"))
    mh = root.find("ed:edXMLHeader/ed:MessageHeader", NS)
    assert mh is not None
    names = [child.tag.split("}")[1] for child in mh]
    # No To (a decision has no Kính gửi), no DueDate, Type or SteeringType (not given).
    assert names == ["From", "Code", "PromulgationInfo", "DocumentType", "Subject", "SignerInfo", "ToPlaces", "OtherInfo"]
    assert _tags(mh.find("ed:From", NS)) == ["OrganizationInCharge", "OrganName"]
    assert _tags(mh.find("ed:DocumentType", NS)) == ["TypeName"]
    assert _text(mh, "ed:DocumentType/ed:TypeName") == "Quyết định"
    assert _text(mh, "ed:SignerInfo/ed:Competence") == "TM. ỦY BAN NHÂN DÂN; KT. CHỦ TỊCH"
    assert _text(mh, "ed:Code/ed:CodeNumber") == "05"  # as written, with its leading zero


def test_edxml_given_fields_are_written_in_place() -> None:
    xml = to_edxml(
        a_document(recipients=["Sở Nội vụ"]),
        organ_id="000.00.00.X00",
        fill={"DueDate": "2024-05-02", "SteeringType": "2", "DocumentType.Type": 2, "OtherInfo.PageAmount": 3},
    )
    mh = ET.fromstring(xml.encode("utf-8")).find("ed:edXMLHeader/ed:MessageHeader", NS)
    names = _tags(mh)
    assert names == ["From", "To", "Code", "PromulgationInfo", "DocumentType", "Subject", "SignerInfo",
                     "DueDate", "ToPlaces", "OtherInfo", "SteeringType"]  # fmt: skip
    assert _text(mh, "ed:From/ed:OrganId") == "000.00.00.X00"
    assert _text(mh, "ed:DueDate") == "2024/05/02"
    assert _text(mh, "ed:DocumentType/ed:Type") == "2"
    assert _text(mh, "ed:OtherInfo/ed:PageAmount") == "3"
    assert _text(mh, "ed:SteeringType") == "2"


@pytest.mark.parametrize("urgency", list(URGENCY_PRIORITY))
def test_priority_from_urgency(urgency: str | None) -> None:
    xml = to_edxml(a_document(urgency=urgency))
    assert _text(ET.fromstring(xml.encode("utf-8")), ".//ed:OtherInfo/ed:Priority") == str(URGENCY_PRIORITY[urgency])
    assert to_nd30_outgoing(a_document(urgency=urgency))["Priority"] == URGENCY_PRIORITY[urgency]


def test_appendixes_from_the_annexes() -> None:
    doc = a_document(
        appendices=[
            {"label": "Phụ lục I", "title": "DANH MỤC HỒ SƠ"},
            {"label": "Phụ lục II", "title": None, "reference": "(Kèm theo Quyết định số 05/QĐ-UBND)"},
        ]
    )
    xml = to_edxml(doc)
    assert read_edxml(xml)["appendices"] == ["Phụ lục I: DANH MỤC HỒ SƠ", "Phụ lục II"]
    etree = pytest.importorskip("lxml.etree")
    assert etree.XMLSchema(etree.parse(str(schema()))).validate(etree.fromstring(xml.encode("utf-8")))
    assert "Appendixes" not in to_edxml(a_document())  # no annex, no empty element


def test_edxml_escapes_markup_and_drops_nothing() -> None:
    subject = 'Về việc <thí điểm> "A & B" \x0c lần 2'
    xml = to_edxml(a_document(subject=subject))
    back = read_edxml(xml)["subject"]
    # The form feed cannot be carried by XML 1.0: it becomes U+FFFD, everything else stays.
    assert back == subject.replace("\x0c", "\ufffd")
    assert "&lt;thí điểm&gt;" in xml and "&amp;" in xml


def test_schema_checks_the_order_and_the_codes() -> None:
    etree = pytest.importorskip("lxml.etree")
    xsd = etree.XMLSchema(etree.parse(str(schema())))
    good = to_edxml(a_document(), fill={"SteeringType": 1})
    assert xsd.validate(etree.fromstring(good.encode("utf-8")))
    subject = good[good.index("    <edXML:Subject>") : good.index("</edXML:Subject>") + len("</edXML:Subject>\n")]
    moved = good.replace(subject, "").replace("    <edXML:OtherInfo>", subject + "    <edXML:OtherInfo>")
    assert not xsd.validate(etree.fromstring(moved.encode("utf-8")))
    bad_code = good.replace("<edXML:SteeringType>1<", "<edXML:SteeringType>7<")
    assert not xsd.validate(etree.fromstring(bad_code.encode("utf-8")))


# --------------------------------------------------------------------------- gaps


def test_a_document_without_number_date_and_issuer_still_exports() -> None:
    doc = a_document(number=None, date=None, issuer=None, place=None)
    xml = to_edxml(doc)
    back = read_edxml(xml)
    assert back["number.symbol"] is back["date"] is back["issuer.name"] is None
    assert back["subject"] == doc.subject and back["signatory.name"] == "Lê Quang Vinh"
    for fmt in FORMATS:
        found = {g.field for g in gaps(doc, fmt)}
        assert len(found) == (2 if fmt == "register-outgoing" else 3), (fmt, found)
    assert [g.field for g in gaps(doc, "edxml")] == ["From.OrganName", "Code", "PromulgationInfo.PromulgationDate"]
    assert to_nd30_outgoing(doc)["CodeNumber"] is None
    assert to_register_outgoing(doc)["Số ký hiệu"] == ""


def test_a_draft_number_is_a_gap_with_its_line() -> None:
    doc = vndocparse.parse_file(Path(__file__).parent / "data" / "letters" / "state_quyetdinh_draft.txt")
    assert doc.number is not None and doc.number.sequence is None
    (number_gap,) = [g for g in gaps(doc, "edxml") if g.field == "Code"]
    assert doc.number.span is not None and number_gap.line == doc.number.span.start_line
    assert read_edxml(to_edxml(doc))["number.symbol"] == "QĐ-UBND"


def test_a_value_over_its_limit_is_reported_and_written_whole() -> None:
    subject = "Về việc " + "rà soát hồ sơ " * 40
    doc = a_document(subject=subject, spans={"subject": {"start_line": 7, "end_line": 8}})
    assert len(subject) > 500
    (gap,) = gaps(doc, "nd30-outgoing")
    assert (gap.field, gap.line) == ("Subject", 7)
    assert f"{len(subject)} characters, over its limit of 500" in gap.message
    assert to_nd30_outgoing(doc)["Subject"] == subject
    long_name = a_document(recipients=["Sở " + "Nội vụ " * 40])
    assert [g.field for g in gaps(long_name, "nd30-outgoing")] == ["To.OrganName"]
    assert gaps(long_name, "edxml") == []  # edXML has no length limits


# --------------------------------------------------------------------------- given values


def test_system_fields_are_null_unless_given() -> None:
    record = to_nd30_outgoing(a_document())
    assert record["FileCode"] == {"OrganId": None, "FileCatalog": None, "FileNotation": None}
    assert record["DocOrdinal"] is record["PageAmount"] is record["Language"] is None
    given = to_nd30_outgoing(
        a_document(recipients=["Sở Nội vụ"]),
        organ_id="000.00.00.X00",
        fill={"FileCode.FileCatalog": "2024", "DocOrdinal": "12", "Language": "Tiếng Việt"},
    )
    assert given["FileCode"] == {"OrganId": "000.00.00.X00", "FileCatalog": 2024, "FileNotation": None}
    assert (given["DocOrdinal"], given["Language"]) == (12, "Tiếng Việt")
    assert given["To"] == [{"OrganId": None, "OrganName": "Sở Nội vụ"}]
    incoming = to_nd30_incoming(a_document(), fill={"ArrivalDate": "2024-02-10", "ArrivalNumber": "125"})
    assert (incoming["ArrivalDate"], incoming["ArrivalNumber"]) == ("2024-02-10", "125")
    row = to_register_incoming(a_document(), fill={"Ngày đến": "2024-02-10", "Số đến": "125"})
    assert (row["Ngày đến"], row["Số đến"]) == ("10/02/2024", "125")


@pytest.mark.parametrize(
    ("export", "fill", "message"),
    [
        (to_edxml, {"Subject": "x"}, "filled from the document"),
        (to_edxml, {"DueDat": "2024-01-01"}, "no field 'DueDat'"),
        (to_edxml, {"DueDate": "02/05/2024"}, "YYYY-MM-DD"),
        (to_edxml, {"SteeringType": "4"}, "one of 1, 2, 3"),
        (to_nd30_outgoing, {"DocOrdinal": "1234"}, "more than 3 digits"),
        (to_nd30_outgoing, {"FileCode.OrganId": "0" * 14}, "over the limit of 13"),
        (to_nd30_outgoing, {"ArrivalDate": "2024-01-01"}, "no field 'ArrivalDate'"),
        (to_register_outgoing, {"Số ký hiệu": "1/QĐ"}, "filled from the document"),
    ],
)
def test_wrong_given_values_are_refused(export: Any, fill: dict[str, str], message: str) -> None:
    with pytest.raises(ExportOptionError, match=message):
        export(a_document(), fill=fill)


# --------------------------------------------------------------------------- lexicon


def test_type_names_are_the_titles_the_parser_reads() -> None:
    for code, name in TYPE_NAMES.items():
        assert TITLE_TO_TYPE[fold(name)] == code
    # A title that is the start of another is tried after it (longest first).
    titles = list(TITLE_TO_TYPE)
    for i, title in enumerate(titles):
        assert not any(later != title and later.startswith(title + " ") for later in titles[i + 1 :]), title
    assert vndocparse.parse("THÔNG TƯ LIÊN TỊCH\nHướng dẫn\n").doc_type == "thong_tu_lien_tich"


def test_type_name_of_a_type_outside_the_list_is_its_title() -> None:
    doc = a_document(doc_type="other", title="QUY  TRÌNH")
    assert to_nd30_outgoing(doc)["TypeName"] == "Quy trình"


def test_command_line_names_every_format() -> None:
    assert FORMAT_NAMES == tuple(FORMATS)
