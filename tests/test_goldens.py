"""Golden tests: every test letter against its hand-written expected contract fields.

``tests/data/letters/NAME.txt`` is parsed with `vndocparse.parse_file`; the result's
``model_dump(mode="json")`` is cut down to the keys of the contract
(``shared/design/contract.md``) and compared with ``tests/data/expected/NAME.json``.
Extra keys of the model (spans, ``raw``, paragraphs, parts...) are dropped, strings
are compared in NFC, and references as a set of ``(number, date)``.

The expected files are written by hand from the letters (see ``tests/data/README.md``):
there is deliberately no option to regenerate them from the parser's output.
"""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path
from typing import Any

import pytest

import vndocparse

DATA = Path(__file__).resolve().parent / "data"
LETTERS = sorted((DATA / "letters").glob("*.txt"))

CONTRACT_KEYS = (
    "family",
    "doc_type",
    "issuer",
    "number",
    "place",
    "date",
    "subject",
    "recipients",
    "directives",
    "signatory",
    "distribution",
    "urgency",
    "secrecy",
    "references",
    "copy",
    "appendices",
)
COPY_KEYS = ("kind", "issuer", "number", "place", "date", "signatory")
APPENDIX_KEYS = ("label", "title", "reference")
ISSUER_KEYS = ("name", "parent")
NUMBER_KEYS = ("value", "sequence", "symbol")
SIGNATORY_KEYS = ("authority", "position", "name")
AUTHORITY_KEYS = ("kind", "on_behalf_of")
DIRECTIVE_KEYS = ("label", "text", "children")


def _nfc(value: Any) -> Any:
    """NFC every string inside ``value`` (dicts, lists, scalars)."""
    if isinstance(value, str):
        return unicodedata.normalize("NFC", value)
    if isinstance(value, tuple):
        return tuple(_nfc(v) for v in value)
    if isinstance(value, list):
        return [_nfc(v) for v in value]
    if isinstance(value, dict):
        return {k: _nfc(v) for k, v in value.items()}
    return value


def _pick(obj: Any, keys: tuple[str, ...]) -> Any:
    if obj is None:
        return None
    if not isinstance(obj, dict):
        return obj  # a wrong shape shows up in the diff as it is
    return {k: obj.get(k) for k in keys}


def _directive(d: Any) -> Any:
    if not isinstance(d, dict):
        return d
    out = _pick(d, DIRECTIVE_KEYS)
    out["children"] = [_directive(c) for c in (d.get("children") or [])]
    return out


def contract_view(dump: dict[str, Any]) -> dict[str, Any]:
    """The contract keys of a dumped `Document` (or an expected file), nothing else."""
    view: dict[str, Any] = {k: dump.get(k) for k in CONTRACT_KEYS}
    view["issuer"] = _pick(view["issuer"], ISSUER_KEYS)
    view["number"] = _pick(view["number"], NUMBER_KEYS)
    sig = _pick(view["signatory"], SIGNATORY_KEYS)
    if isinstance(sig, dict):
        sig["authority"] = [_pick(a, AUTHORITY_KEYS) for a in (sig["authority"] or [])]
    view["signatory"] = sig
    view["recipients"] = list(view["recipients"] or [])
    view["distribution"] = list(view["distribution"] or [])
    view["directives"] = [_directive(d) for d in (view["directives"] or [])]
    copy = _pick(view["copy"], COPY_KEYS)
    if isinstance(copy, dict):
        copy["issuer"] = _pick(copy["issuer"], ISSUER_KEYS)
        copy["number"] = _pick(copy["number"], NUMBER_KEYS)
        copy_sig = _pick(copy["signatory"], SIGNATORY_KEYS)
        if isinstance(copy_sig, dict):
            copy_sig["authority"] = [_pick(a, AUTHORITY_KEYS) for a in (copy_sig["authority"] or [])]
        copy["signatory"] = copy_sig
    view["copy"] = copy
    view["appendices"] = [_pick(a, APPENDIX_KEYS) for a in (view["appendices"] or [])]
    view["references"] = sorted(
        {(r.get("number"), r.get("date")) for r in (view["references"] or [])},
        key=lambda nd: (nd[0] or "", nd[1] or ""),
    )
    return _nfc(view)


def _diff(want: Any, got: Any, path: str, out: list[str]) -> None:
    """Readable differences between two JSON-like values, one line per leaf."""
    if isinstance(want, dict) and isinstance(got, dict):
        for k in [*want, *(k for k in got if k not in want)]:
            _diff(want.get(k), got.get(k), f"{path}.{k}", out)
        return
    if isinstance(want, list) and isinstance(got, list) and path.split(".")[-1] != "references":
        for i in range(max(len(want), len(got))):
            w = want[i] if i < len(want) else "<missing>"
            g = got[i] if i < len(got) else "<missing>"
            _diff(w, g, f"{path}[{i}]", out)
        return
    if want != got:
        out.append(f"  {path}\n      want {want!r}\n      got  {got!r}")


def key_diffs(want: dict[str, Any], got: dict[str, Any]) -> dict[str, list[str]]:
    """Contract key → the lines describing how it differs (keys that agree are absent)."""
    diffs: dict[str, list[str]] = {}
    for key in CONTRACT_KEYS:
        if want[key] == got[key]:
            continue
        lines: list[str] = []
        if key == "references":
            missing = [r for r in want[key] if r not in got[key]]
            extra = [r for r in got[key] if r not in want[key]]
            lines.append(f"  references\n      missing {missing!r}\n      extra   {extra!r}")
        else:
            _diff(want[key], got[key], key, lines)
        diffs[key] = lines
    return diffs


@pytest.mark.parametrize("letter", LETTERS, ids=[p.stem for p in LETTERS])
def test_golden(letter: Path) -> None:
    expected_file = DATA / "expected" / f"{letter.stem}.json"
    assert expected_file.is_file(), f"no hand-written expected file {expected_file.name} for {letter.name}"
    expected = json.loads(expected_file.read_text(encoding="utf-8"))
    assert set(expected) == set(CONTRACT_KEYS), (
        f"{expected_file.name} must hold exactly the contract keys; "
        f"extra {sorted(set(expected) - set(CONTRACT_KEYS))}, missing {sorted(set(CONTRACT_KEYS) - set(expected))}"
    )
    want = contract_view(expected)
    got = contract_view(vndocparse.parse_file(letter).model_dump(mode="json"))
    diffs = key_diffs(want, got)
    if diffs:
        body = "\n".join(line for key in diffs for line in diffs[key])
        pytest.fail(f"{letter.stem}: {len(diffs)} key(s) differ: {', '.join(diffs)}\n{body}", pytrace=False)


def test_every_letter_has_an_expected_file_and_back() -> None:
    letters = {p.stem for p in LETTERS}
    expected = {p.stem for p in (DATA / "expected").glob("*.json")}
    assert letters, "no test letters found"
    assert letters == expected, f"letters without expected: {sorted(letters - expected)}; expected without letter: {sorted(expected - letters)}"


def test_contract_view_drops_extra_keys_and_normalises() -> None:
    """The comparison helper itself: extra keys go, NFC applies, references are a set."""
    dump = {k: None for k in CONTRACT_KEYS}
    dump.update(
        recipients=[],
        distribution=[],
        directives=[{"label": "1", "text": "Thu\u0309 tu\u0323c", "children": [], "span": {"start_line": 1, "end_line": 1}}],
        references=[
            {"number": "2-KH/TU", "date": None, "span": None},
            {"number": "1-KL/TU", "date": "2020-09-09", "span": None},
            {"number": "2-KH/TU", "date": None, "span": None},
        ],
        number={"value": "1/QĐ-UBND", "sequence": 1, "symbol": "QĐ-UBND", "raw": "Số: 1/QĐ-UBND", "span": None},
        paragraphs=[],
    )
    view = contract_view(dump)
    assert set(view) == set(CONTRACT_KEYS)
    assert view["number"] == {"value": "1/QĐ-UBND", "sequence": 1, "symbol": "QĐ-UBND"}
    assert view["directives"] == [{"label": "1", "text": "Thủ tục", "children": []}]
    assert view["references"] == [("1-KL/TU", "2020-09-09"), ("2-KH/TU", None)]
    other = dict(view, date="2024-01-01")
    assert list(key_diffs(view, other)) == ["date"]
