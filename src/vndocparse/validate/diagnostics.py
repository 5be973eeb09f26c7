"""The result of a check: `Diagnostic` and its `Location` (frozen Pydantic models).

A diagnostic names the rule that fired (``code``, ``name``), how much it matters
(``severity``), what is wrong (``message``), where (``location``, in the input as
given), the rule's normative ``source`` and, where one exists, a ``fix`` hint.

Example:
    >>> import vndocparse
    >>> doc = vndocparse.parse("BỘ NỘI VỤ\\nSố: 5/BNV-VP\\n")
    >>> [d.code for d in vndocparse.validate(doc)][:3]  # doctest: +SKIP
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict

#: How much a diagnostic matters. ``error`` fails a check (exit status 1); ``warning``
#: fails it only with ``--strict``; ``info`` never does.
Severity = Literal["error", "warning", "info"]

#: A rule's level in a configuration: a severity, or ``off`` (the rule does not run).
Level = Literal["error", "warning", "info", "off"]

SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")
LEVELS: tuple[Level, ...] = ("error", "warning", "info", "off")


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)


class Location(_Model):
    """A range of the input as given: 1-based lines and columns, the end column exclusive.

    Columns count characters (Unicode code points) of the line as given, so they can be
    used with SARIF's ``unicodeCodePoints`` column kind and GitHub annotations; they come
    from the parser's segments (`vndocparse.Segment` columns are 0-based, these 1-based).
    """

    line: int
    """First line (1-based)."""
    column: int
    """Column of the first character (1-based)."""
    end_line: int
    """Last line (1-based, inclusive)."""
    end_column: int
    """Column just past the last character (1-based, exclusive); equals ``column`` for a point."""


class Diagnostic(_Model):
    """One finding of a rule in one document."""

    code: str
    """Stable rule code: ``"VN204"``."""
    name: str
    """Rule name in kebab case: ``"number-leading-zero"``."""
    severity: Severity
    """``error``, ``warning`` or ``info``, after configuration."""
    message: str
    """What is wrong, in English, quoting the document where it helps."""
    location: Location
    """Where, in the input as given."""
    source: str
    """The rule's normative source: ``"NĐ 30/2020/NĐ-CP, Phụ lục I, mục II.3"``."""
    fix: str | None = None
    """How to fix it, when that can be said: ``"write 'Số: 05/QĐ-UBND'"``."""
    path: str | None = None
    """The checked file (``Document.source``); null for a document parsed from a string."""
    guideline: str | None = None
    """The guideline the document was judged by: ``"NĐ 30/2020/NĐ-CP"``, ``"HD 36-HD/VPTW"``
    or ``"HD 05-HD/VPTW"``; null when its family could not be told."""


__all__ = ["LEVELS", "SEVERITIES", "Diagnostic", "Level", "Location", "Severity"]
