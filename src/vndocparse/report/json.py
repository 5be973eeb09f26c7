"""``--output-format json``: one JSON array of all diagnostics, in file order.

Each element is ``Diagnostic.model_dump(mode="json")``: ``code``, ``name``,
``severity``, ``message``, ``location`` (``line``, ``column``, ``end_line``,
``end_column``: 1-based, the end column exclusive), ``source``, ``fix``, ``path``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TextIO

from vndocparse.report import FileResult


def write(results: Sequence[FileResult], out: TextIO) -> None:
    items = [d.model_dump(mode="json") for r in results for d in r.diagnostics]
    out.write(json.dumps(items, ensure_ascii=False, indent=2) + "\n")
