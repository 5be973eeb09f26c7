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

#: The dialect the schema is written in, named by its ``$schema`` key.
DIALECT = "https://json-schema.org/draft/2020-12/schema"

#: Keys of `Document` left out of the command line's JSON unless ``--full``: the
#: lossless line attribution and the body's paragraphs are most of the output's size
#: and rarely wanted. They are the only keys the schema does not require.
BULKY_KEYS = frozenset({"parts", "paragraphs"})


def document_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of ``Document.model_dump(mode="json")``.

    ``mode="serialization"`` describes the output of the parser, which is what other
    programs read, rather than what `Document` accepts as input. A dump always has every
    key (null or empty when the document lacks the part), so every key is ``required``
    (the models' ``json_schema_serialization_defaults_required``), except `BULKY_KEYS`,
    which ``vndocparse parse`` leaves out without ``--full``.
    """
    schema = Document.model_json_schema(mode="serialization")
    schema["required"] = [k for k in schema["required"] if k not in BULKY_KEYS]
    return {"$schema": DIALECT, **schema}


def schema_json() -> str:
    """`document_schema()` as stable, UTF-8-friendly JSON text ending in a newline.

    Keys keep pydantic's order (``sort_keys=False``) so the file reads like the models;
    non-ASCII text (the Vietnamese in the descriptions) is kept as is.
    """
    return json.dumps(document_schema(), indent=2, ensure_ascii=False, sort_keys=False) + "\n"
