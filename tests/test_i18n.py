"""Every rule speaks both languages: its summary, its messages and fix hints (issue 14.9).

A rule declares ``summary_vi`` and ``messages`` (a table of `Phrase`s, English and
Vietnamese side by side) and builds each finding's message and fix with ``msg``. These
tests check the tables are complete, that no finding is written as a bare string, that
every key a rule uses is declared and every declared key used, and that ``lang``
chooses the language.
"""

from __future__ import annotations

import ast
import inspect
import textwrap
from collections.abc import Iterator
from typing import Any

import pytest
from test_rules import FAIL, Case, edit

import vndocparse
import vndocparse.validate as validate_pkg
from vndocparse.i18n import Message, Phrase, locale_lang, phrases, resolve_lang
from vndocparse.validate import RULES, ConfigError
from vndocparse.validate.registry import Rule

CODES = sorted(RULES)


@pytest.mark.parametrize("code", CODES)
def test_rule_has_a_vietnamese_summary(code: str) -> None:
    rule = RULES[code]
    assert rule.summary_vi and rule.summary_vi.strip(), f"{code} has no summary_vi"
    assert rule.summary_vi != rule.summary


@pytest.mark.parametrize("code", CODES)
def test_rule_messages_are_in_both_languages(code: str) -> None:
    rule = RULES[code]
    assert rule.messages, f"{code} declares no messages"
    for key, phrase in rule.messages.items():
        assert isinstance(phrase, Phrase), f"{code}.{key}"
        assert phrase.vi != phrase.en, f"{code}.{key}: the Vietnamese text is the English one"


def _calls(tree: ast.AST, name: str) -> Iterator[ast.Call]:
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
            if called == name:
                yield node


def _is_text_literal(node: ast.expr | None) -> bool:
    return isinstance(node, ast.JoinedStr) or (isinstance(node, ast.Constant) and isinstance(node.value, str))


def _class_tree(rule: type[Rule]) -> ast.Module:
    return ast.parse(textwrap.dedent(inspect.getsource(rule)))


@pytest.mark.parametrize("code", CODES)
def test_findings_are_built_from_the_table(code: str) -> None:
    """No message or fix written as a string literal in the rule's module; each key a
    ``msg`` call names is declared, and each declared key is used."""
    rule = RULES[code]
    module = ast.parse(inspect.getsource(inspect.getmodule(rule)))  # type: ignore[arg-type]
    for call in _calls(module, "Finding"):
        message = call.args[0] if call.args else next((k.value for k in call.keywords if k.arg == "message"), None)
        fix = next((k.value for k in call.keywords if k.arg == "fix"), None)
        assert not _is_text_literal(message), f"{code}'s module builds a Finding from a literal (line {call.lineno})"
        assert not _is_text_literal(fix), f"{code}'s module gives a literal fix (line {call.lineno})"
    own = _class_tree(rule)
    framework = ast.parse(inspect.getsource(validate_pkg))  # VN901's messages are built there
    used = {
        call.args[0].value
        for tree in (own, module, framework)
        for call in _calls(tree, "msg")
        if call.args and isinstance(call.args[0], ast.Constant)
    }
    in_class = {
        call.args[0].value
        for call in _calls(own, "msg")
        if call.args and isinstance(call.args[0], ast.Constant)
    }
    assert in_class <= set(rule.messages), f"{code} uses undeclared keys {sorted(in_class - set(rule.messages))}"
    assert set(rule.messages) <= used, f"{code} declares unused keys {sorted(set(rule.messages) - used)}"


FAILING = FAIL


@pytest.mark.parametrize("case", FAILING, ids=[c.id for c in FAILING])
def test_each_finding_is_a_message_in_both_languages(case: Case, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[Any] = []
    original = validate_pkg._diagnostic

    def spy(rule: type[Rule], level: Any, finding: Any, *args: Any, **kwargs: Any) -> Any:
        seen.append(finding)
        return original(rule, level, finding, *args, **kwargs)

    monkeypatch.setattr(validate_pkg, "_diagnostic", spy)
    doc = vndocparse.parse(edit(case.base, case.edits))
    config: dict[str, Any] = {"select": [case.code], **(case.config or {})}
    english = vndocparse.validate(doc, {**config, "lang": "en"})
    vietnamese = vndocparse.validate(doc, {**config, "lang": "vi"})
    assert seen, f"{case.code} reported nothing"
    for finding in seen:
        assert isinstance(finding.message, Message), f"{case.code}: {finding.message!r} is not a Message"
        assert finding.fix is None or isinstance(finding.fix, Message), f"{case.code}: fix {finding.fix!r}"
    assert [d.location for d in english] == [d.location for d in vietnamese]
    assert [d.message for d in english] == [f.message.en for f in seen[: len(english)]]
    assert [d.message for d in vietnamese] == [f.message.vi for f in seen[len(english) :]]


def test_phrase_fields_must_agree() -> None:
    with pytest.raises(ValueError, match="different fields"):
        Phrase("'{word}' is wrong", "'{tu}' sai")
    with pytest.raises(ValueError, match="both texts"):
        Phrase("text", " ")


def test_a_message_inside_a_phrase_takes_each_language() -> None:
    inner = Message("the number", "số")
    table = phrases(missing=("{what} is missing", "thiếu {what}"))
    out = table["missing"](what=inner)
    assert (out.en, out.vi) == ("the number is missing", "thiếu số")


@pytest.mark.parametrize(
    ("environ", "expected"),
    [
        ({}, "en"),
        ({"LANG": "vi_VN.UTF-8"}, "vi"),
        ({"LANG": "en_US.UTF-8"}, "en"),
        ({"LC_ALL": "vi_VN", "LANG": "en_US"}, "vi"),
        ({"LC_ALL": "C", "LANG": "vi_VN"}, "en"),
        ({"LC_MESSAGES": "vi", "LANG": "en_US"}, "vi"),
    ],
)
def test_the_default_language_is_the_locale(environ: dict[str, str], expected: str) -> None:
    assert locale_lang(environ) == expected
    assert resolve_lang("auto", environ) == expected
    assert resolve_lang(None, environ) == expected
    assert resolve_lang("en", {"LANG": "vi_VN"}) == "en"
    assert resolve_lang("vi", {}) == "vi"


def test_lang_setting_is_checked() -> None:
    with pytest.raises(ConfigError, match="lang must be one of auto, en, vi"):
        vndocparse.validate(vndocparse.parse("BỘ NỘI VỤ\n"), {"lang": "fr"})
