"""The JSON Schema of `Document`, as printed by ``vndocparse schema``.

The schema is generated from the models, whose attribute docstrings become the
``description`` of each property. The committed copy in
``docs/schema/document.schema.json`` is a golden file: ``tests/test_schema.py`` compares
it with `schema_json()`, which also catches the silent loss of the descriptions when the
models' source cannot be read (``use_attribute_docstrings`` reads it with `inspect`).

Regenerate the committed copy with::

    vndocparse schema > docs/schema/document.schema.json
"""

from __future__ import annotations

import json
from typing import Any

from vndocparse.models import Document


def document_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of ``Document.model_dump(mode="json")``.

    ``mode="serialization"`` describes the output of the parser, which is what other
    programs read, rather than what `Document` accepts as input.
    """
    return Document.model_json_schema(mode="serialization")


def schema_json() -> str:
    """`document_schema()` as stable, UTF-8-friendly JSON text ending in a newline.

    Keys keep pydantic's order (``sort_keys=False``) so the file reads like the models;
    non-ASCII text (the Vietnamese in the descriptions) is kept as is.
    """
    return json.dumps(document_schema(), indent=2, ensure_ascii=False, sort_keys=False) + "\n"
