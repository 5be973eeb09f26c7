"""``--output-format json``: one JSON object, ``{"diagnostics": [...], "files": [...]}``.

``diagnostics`` is every diagnostic in file order, each ``Diagnostic.model_dump(mode="json")``:
``code``, ``name``, ``severity``, ``message``, ``location`` (``line``, ``column``,
``end_line``, ``end_column``: 1-based, the end column exclusive), ``source``, ``fix``,
``path``, ``origin`` (the place in a DOCX/PDF/HTML file, or null) and ``edit`` (the exact
change, or null). ``files`` has one entry per checked file: its ``path``, the
``guideline`` it was judged by (``"HD 05-HD/VPTW"``; null when unreadable or of unknown
family) and its ``coverage`` (`vndocparse.validate.coverage.Coverage`: ``format``, ``family``,
``evaluated``, ``not_applicable``, ``not_evaluated``, ``off``; null for a file that could
not be read). Before 0.4 the output was the bare array that is now ``diagnostics``.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import TextIO

from vndocparse.report import FileResult


def write(results: Sequence[FileResult], out: TextIO, *, lang: str = "en") -> None:
    data = {
        "diagnostics": [d.model_dump(mode="json") for r in results for d in r.diagnostics],
        "files": [
            {
                "path": r.path,
                "guideline": r.guideline,
                "coverage": r.coverage.model_dump(mode="json") if r.coverage is not None else None,
            }
            for r in results
        ],
    }
    out.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
