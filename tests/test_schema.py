"""The JSON Schema of `Document`: the committed golden copy, descriptions, validation."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

import vndocparse
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
from vndocparse.schema import document_schema, schema_json

SCHEMA_FILE = Path(__file__).resolve().parents[1] / "docs" / "schema" / "document.schema.json"
REGENERATE = "vndocparse schema > docs/schema/document.schema.json"

TEXT = """\
ỦY BAN NHÂN DÂN           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TỈNH LẠNG SƠN                 Độc lập - Tự do - Hạnh phúc

Số: 15/QĐ-UBND             Lạng Sơn, ngày 2 tháng 1 năm 2024

QUYẾT ĐỊNH
Về việc thành lập Tổ công tác

Điều 1. Thành lập Tổ công tác.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

                                   TM. ỦY BAN NHÂN DÂN
                                   CHỦ TỊCH
                                   Trần Văn Bình
"""


def test_committed_schema_is_current() -> None:
    assert SCHEMA_FILE.is_file(), f"{SCHEMA_FILE} is missing; run: {REGENERATE}"
    committed = SCHEMA_FILE.read_text(encoding="utf-8")
    assert committed == schema_json(), (
        f"docs/schema/document.schema.json is out of date with the models; run: {REGENERATE}"
    )


def test_schema_json_format() -> None:
    text = schema_json()
    assert text.endswith("}\n") and not text.endswith("\n\n")
    assert json.loads(text) == document_schema()
    assert "cơ quan ban hành" in text  # Vietnamese kept, not escaped
    assert "\\u" not in text
    assert text.startswith('{\n  "$schema": "https://json-schema.org/draft/2020-12/schema",\n  "$defs": {')  # indent=2


def _models(schema: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {"Document": schema, **schema.get("$defs", {})}


def test_document_properties_have_descriptions() -> None:
    # Attribute docstrings become descriptions only when the models' source is readable
    # (use_attribute_docstrings reads it with inspect); they vanish silently otherwise.
    schema = document_schema()
    assert schema["properties"], "Document has no properties in its schema"
    missing = [
        f"{model}.{name}"
        for model, sub in _models(schema).items()
        for name, prop in sub.get("properties", {}).items()
        if not prop.get("description", "").strip()
    ]
    assert not missing, f"properties without a description: {missing}"
    no_doc = [model for model, sub in _models(schema).items() if not sub.get("description")]
    assert not no_doc, f"models without a description: {no_doc}"


def test_schema_covers_every_field() -> None:
    assert set(document_schema()["properties"]) == set(Document.model_fields)
    assert document_schema()["additionalProperties"] is False


# ------------------------------------------------------------------ jsonschema checks


def _span(start: int, end: int | None = None) -> SourceSpan:
    return SourceSpan(start_line=start, end_line=start if end is None else end)


def _every_field_document() -> Document:
    return Document(
        family="state",
        doc_type="quyet_dinh",
        issuer=Issuer(name="ỦY BAN NHÂN DÂN TỈNH LẠNG SƠN", parent=None, span=_span(1, 2)),
        number=DocumentNumber(
            value="15/QĐ-UBND", sequence=15, symbol="QĐ-UBND", raw="Số: 15/QĐ-UBND", span=_span(4)
        ),
        place="Lạng Sơn",
        date="2024-01-02",
        subject="Về việc thành lập Tổ công tác",
        recipients=("Sở Nội vụ",),
        directives=(
            Directive(
                label="Điều 1",
                text="Thành lập Tổ công tác.",
                children=(Directive(label="1", text="Tổ trưởng.", span=_span(10)),),
                span=_span(9, 10),
            ),
        ),
        signatory=Signatory(
            authority=(Authority(kind="TM", on_behalf_of="ỦY BAN NHÂN DÂN"),),
            position="CHỦ TỊCH",
            name="Trần Văn Bình",
            span=_span(12, 14),
        ),
        distribution=("Như Điều 2", "Lưu: VT"),
        urgency="khan",
        secrecy="mat",
        references=(Reference(number="30/2020/NĐ-CP", date=None, span=_span(8)),),
        title="QUYẾT ĐỊNH",
        paragraphs=(Paragraph(text="Thành lập Tổ công tác.", span=_span(9)),),
        spans={"title": _span(6), "place": _span(4), "date": _span(4), "subject": _span(7)},
        parts=(
            Part(
                kind="header",
                role="issuer",
                span=_span(1, 2),
                segments=(Segment(line=1, start=0, end=15),),
            ),
        ),
        diagnostics=(ParseDiagnostic(code="P001", message="example", severity="info", span=None),),
        source="qd.txt",
        line_count=14,
    )


@pytest.fixture(scope="module")
def validator() -> Any:
    jsonschema = pytest.importorskip("jsonschema")
    schema = document_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    return jsonschema.Draft202012Validator(schema)


def test_parsed_document_validates(validator: Any) -> None:
    doc = vndocparse.parse(TEXT, source="qd.txt")
    dumped = doc.model_dump(mode="json")
    validator.validate(dumped)
    # The CLI's default output leaves out the bulky keys; it must still validate.
    validator.validate(doc.model_dump(mode="json", exclude={"parts", "paragraphs"}))


def test_document_with_every_field_validates(validator: Any) -> None:
    validator.validate(_every_field_document().model_dump(mode="json"))


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("family", "federal"),
        ("recipients", "Sở Nội vụ"),
        ("unknown_key", 1),
        ("number", {"sequence": 15}),
    ],
)
def test_schema_rejects_wrong_shapes(validator: Any, key: str, value: object) -> None:
    instance = _every_field_document().model_dump(mode="json")
    instance[key] = value
    assert not validator.is_valid(instance)


# ------------------------------------------------------------------ the contract (issue 14)


def test_schema_names_its_dialect() -> None:
    assert document_schema()["$schema"] == "https://json-schema.org/draft/2020-12/schema"


def test_empty_object_fails_and_contract_keys_are_required(validator: Any) -> None:
    assert not validator.is_valid({})
    required = set(document_schema()["required"])
    contract = {
        "family", "doc_type", "issuer", "number", "place", "date", "subject", "recipients",
        "directives", "signatory", "distribution", "urgency", "secrecy", "references",
        "copy", "appendices",
    }  # fmt: skip
    assert contract <= required
    # The bulky keys are left out of the CLI's output without --full: not required.
    assert not {"parts", "paragraphs"} & required


def test_missing_nested_key_fails(validator: Any) -> None:
    instance = vndocparse.parse(TEXT, source="qd.txt").model_dump(mode="json")
    del instance["number"]["symbol"]
    assert not validator.is_valid(instance)
