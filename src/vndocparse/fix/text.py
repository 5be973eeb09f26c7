"""Fix a text document with the rules' own edits (`vndocparse.validate.Edit`).

A rule that knows the exact change gives it with its finding: the leading zero of a
day, month or number, a space inside the number, "V/v", the dash that opens a list
entry and the ";" or "." that ends it, the wording of the national title and motto.
`apply_edits` applies those of a list of diagnostics to the lines as given; edits that
overlap one already taken wait for the next round (`fix_text` checks again, at most
`ROUNDS` times, so that each round works on the text the last one left).
"""

from __future__ import annotations

from collections.abc import Sequence

from vndocparse.validate.diagnostics import Diagnostic

#: Rounds of check-and-edit: one fix may reveal or move another (a bullet added, then
#: the entry's final mark); each round applies only edits that do not overlap.
ROUNDS = 4


def apply_edits(lines: Sequence[str], diagnostics: Sequence[Diagnostic]) -> tuple[list[str], list[Diagnostic]]:
    """The lines with the diagnostics' edits applied, and the diagnostics whose edit was."""
    chosen: list[Diagnostic] = []
    taken: list[tuple[int, int, int]] = []  # (line, start, end) 0-based columns
    for d in sorted(diagnostics, key=lambda d: (d.location.line, d.location.column)):
        e = d.edit
        if e is None or e.location.line != e.location.end_line:
            continue
        line, start, end = e.location.line, e.location.column - 1, e.location.end_column - 1
        if not 1 <= line <= len(lines) or start > len(lines[line - 1]):
            continue
        if any(ln == line and start <= b and a <= end for ln, a, b in taken):
            continue
        taken.append((line, start, end))
        chosen.append(d)
    out = list(lines)
    # right to left on each line, so that earlier columns stay valid
    for d in sorted(chosen, key=lambda d: (d.location.line, -(d.edit.location.column if d.edit else 0))):
        assert d.edit is not None
        loc = d.edit.location
        text = out[loc.line - 1]
        out[loc.line - 1] = text[: loc.column - 1] + d.edit.text + text[loc.end_column - 1 :]
    return out, chosen


__all__ = ["ROUNDS", "apply_edits"]
