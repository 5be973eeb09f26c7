"""Which rules run, at which level, with which options: `Config`, read from TOML.

The configuration lives in ``[tool.vndocparse]`` of a ``pyproject.toml`` or at the top
level of a ``.vndocparse.toml``::

    [tool.vndocparse]
    family = "auto"                    # or "state" / "party"
    guideline = "auto"                 # Party documents: by date, or "hd36" / "hd05"
    lang = "auto"                      # messages in "vi" (tiếng Việt) or "en"; auto: the locale's
    select = ["VN"]                    # codes, prefixes (VN2) or rule names; default: the rules on by default
    extend-select = ["VN407"]          # add to the selection
    ignore = ["VN211", "date-in-future"]

    [tool.vndocparse.severity]         # per-rule level: error | warning | info | off
    VN306 = "warning"

    [tool.vndocparse.options.date-in-future]
    max-days-ahead = 3

    exclude = ["drafts", "old/*.txt"]  # files and folders not to check (see validate.scope);
    extend-exclude = ["tmp"]           # exclude replaces the default list, this adds to it

    [tool.vndocparse.per-file-ignores]  # rules not checked in the files a pattern matches
    "mau/*.txt" = ["VN3", "VN204"]

`find_config` looks for the file from a directory upward (the ``check`` command starts
in each checked file's directory, `vndocparse.validate.scope`): in each directory
``.vndocparse.toml`` first, then a ``pyproject.toml`` that has a ``[tool.vndocparse]``
table; the first one found is used. Patterns are relative to the file's directory.

Layers are applied in order — the defaults, the file, the command line — and within a
layer: ``select`` (replaces the selection), ``extend-select`` (adds), ``severity``
(a level turns the rule on, ``off`` turns it off), ``ignore`` (removes). Every unknown
key, selector, level or option is a `ConfigError` naming the file and the key.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from vndocparse.errors import VndocparseError
from vndocparse.i18n import LANG_CHOICES
from vndocparse.validate.diagnostics import LEVELS, Level
from vndocparse.validate.guideline import GUIDELINE_CHOICES
from vndocparse.validate.registry import (
    RULES,
    RuleOptions,
    UnknownSelectorError,
    rule_for,
    select,
    specificity,
)

CONFIG_FILENAME = ".vndocparse.toml"
PYPROJECT = "pyproject.toml"
FAMILY_CHOICES = ("auto", "state", "party")

_KEYS = (
    "family", "guideline", "lang", "select", "extend-select", "ignore", "severity", "options",
    "exclude", "extend-exclude", "per-file-ignores",
)  # fmt: skip


class ConfigError(VndocparseError, ValueError):
    """The configuration (a file, a mapping or command-line flags) is wrong."""


@dataclass(frozen=True)
class Config:
    """One layer of configuration, as written (selectors not yet resolved).

    ``select=None`` keeps the selection of the layer below (the defaults: every rule
    that is on by default). Build one from a mapping with `Config.from_mapping`.
    """

    family: str | None = None
    guideline: str | None = None
    """The Party guideline: "auto" (by the document's date), "hd36" or "hd05"."""
    lang: str | None = None
    """The language of the messages: "en", "vi" or "auto" (the locale's)."""
    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, Level] = field(default_factory=dict)
    options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    where: str = "configuration"
    exclude: tuple[str, ...] | None = None
    """Path patterns not to check; None keeps the default list (`scope.DEFAULT_EXCLUDE`)."""
    extend_exclude: tuple[str, ...] = ()
    per_file_ignores: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """Path pattern → rules not checked in the files it matches."""
    root: Path | None = None
    """The directory path patterns are relative to: the configuration file's."""

    @classmethod
    def from_mapping(
        cls, data: Mapping[str, Any], *, where: str = "configuration", root: Path | None = None
    ) -> Config:
        """A layer from a TOML-shaped mapping (keys in kebab case; snake case accepted)."""
        if not isinstance(data, Mapping):
            raise ConfigError(f"{where}: expected a table, got {type(data).__name__}")
        norm: dict[str, Any] = {}
        for key, value in data.items():
            k = str(key).replace("_", "-")
            if k not in _KEYS:
                raise ConfigError(f"{where}: unknown key {key!r}; known keys: {', '.join(_KEYS)}")
            norm[k] = value
        family = norm.get("family")
        if family is not None and family not in FAMILY_CHOICES:
            raise ConfigError(
                f"{where}: family must be one of {', '.join(FAMILY_CHOICES)}, not {family!r}"
            )
        guideline = norm.get("guideline")
        if guideline is not None and guideline not in GUIDELINE_CHOICES:
            raise ConfigError(
                f"{where}: guideline must be one of {', '.join(GUIDELINE_CHOICES)}, not {guideline!r}"
            )
        lang = norm.get("lang")
        if lang is not None and lang not in LANG_CHOICES:
            raise ConfigError(f"{where}: lang must be one of {', '.join(LANG_CHOICES)}, not {lang!r}")
        severity = _table(norm.get("severity", {}), f"{where}: severity")
        options = _table(norm.get("options", {}), f"{where}: options")
        cfg = cls(
            family=family,
            guideline=guideline,
            lang=lang,
            select=None if "select" not in norm else _strings(norm["select"], f"{where}: select"),
            extend_select=_strings(norm.get("extend-select", ()), f"{where}: extend-select"),
            ignore=_strings(norm.get("ignore", ()), f"{where}: ignore"),
            severity={str(k): v for k, v in severity.items()},
            options={str(k): _table(v, f"{where}: options.{k}") for k, v in options.items()},
            where=where,
            exclude=None if "exclude" not in norm else _strings(norm["exclude"], f"{where}: exclude", "path patterns"),
            extend_exclude=_strings(norm.get("extend-exclude", ()), f"{where}: extend-exclude", "path patterns"),
            per_file_ignores={
                str(k): _strings(v, f"{where}: per-file-ignores.{k}")
                for k, v in _table(norm.get("per-file-ignores", {}), f"{where}: per-file-ignores").items()
            },
            root=root,
        )
        cfg.check()
        return cfg

    def check(self) -> None:
        """Raise `ConfigError` for an unknown selector, level or option."""
        for what, sels in (
            ("select", self.select or ()),
            ("extend-select", self.extend_select),
            ("ignore", self.ignore),
        ):
            for sel in sels:
                _resolve(sel, f"{self.where}: {what}")
        for pattern, sels in self.per_file_ignores.items():
            for sel in sels:
                _resolve(sel, f"{self.where}: per-file-ignores.{pattern}")
        for sel, level in self.severity.items():
            _resolve(sel, f"{self.where}: severity")
            if level not in LEVELS:
                raise ConfigError(
                    f"{self.where}: severity of {sel!r} must be one of {', '.join(LEVELS)}, not {level!r}"
                )
        for key, values in self.options.items():
            _options_for(key, values, self.where)


def _table(value: Any, where: str) -> Mapping[str, Any]:
    if not isinstance(value, Mapping):
        raise ConfigError(f"{where}: expected a table, got {type(value).__name__}")
    return value


def _strings(value: Any, where: str, what: str = "rule codes, prefixes or names") -> tuple[str, ...]:
    """A list of strings, or one comma-separated string (the command line's form)."""
    if isinstance(value, str):
        value = [v for v in value.split(",") if v.strip()]
    if not isinstance(value, Sequence) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f"{where}: expected a list of {what}")
    return tuple(v.strip() for v in value)


def _resolve(selector: str, where: str) -> list[str]:
    try:
        return select(selector)
    except UnknownSelectorError as exc:
        raise ConfigError(f"{where}: {exc}; run 'vndocparse rules' for the list") from None


def _options_for(key: str, values: Mapping[str, Any], where: str) -> tuple[str, RuleOptions]:
    try:
        rule = rule_for(key)
    except UnknownSelectorError as exc:
        raise ConfigError(f"{where}: options: {exc}; run 'vndocparse rules' for the list") from None
    data = {str(k).replace("-", "_"): v for k, v in values.items()}
    try:
        return rule.code, rule.Options(**data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']).replace('_', '-') or key}: {e['msg']}"
            for e in exc.errors()
        )
        raise ConfigError(f"{where}: options of {rule.code} ({rule.name}): {problems}") from None


@dataclass(frozen=True)
class Resolved:
    """The effective configuration: rules on, their levels and options, the family."""

    enabled: frozenset[str]
    levels: Mapping[str, Level]
    options: Mapping[str, RuleOptions]
    family: str = "auto"
    guideline: str = "auto"
    lang: str = "auto"
    """The language of the messages: "en", "vi", or "auto" (`vndocparse.i18n.resolve_lang`)."""

    def level_of(self, code: str, family: str | None, guideline: str | None = None) -> Level:
        """The level of an enabled rule for a document of ``family`` judged by
        ``guideline`` (None: unknown; then the mildest level of the family's guidelines)."""
        if code in self.levels:
            return self.levels[code]
        rule = RULES[code]
        if guideline is not None:
            return rule.levels.get(guideline, "off")
        return rule.mildest_level(family)

    def options_of(self, code: str) -> RuleOptions:
        found = self.options.get(code)
        if found is not None:
            return found
        default = _DEFAULT_OPTIONS.get(code)
        if default is None:
            default = _DEFAULT_OPTIONS[code] = RULES[code].Options()
        return default


_DEFAULT_OPTIONS: dict[str, RuleOptions] = {}


def resolve(*layers: Config | None) -> Resolved:
    """Apply the layers over the defaults (see the module docstring)."""
    enabled = {code for code, rule in RULES.items() if rule.enabled}
    levels: dict[str, Level] = {}
    options: dict[str, RuleOptions] = {}
    family = "auto"
    guideline = "auto"
    lang = "auto"
    for layer in layers:
        if layer is None:
            continue
        layer.check()
        where = layer.where
        if layer.family:
            family = layer.family
        if layer.guideline:
            guideline = layer.guideline
        if layer.lang:
            lang = layer.lang
        if layer.select is not None:
            enabled = {c for sel in layer.select for c in _resolve(sel, f"{where}: select")}
        enabled |= {
            c for sel in layer.extend_select for c in _resolve(sel, f"{where}: extend-select")
        }
        for sel in sorted(layer.severity, key=specificity):
            level = layer.severity[sel]
            for code in _resolve(sel, f"{where}: severity"):
                if level == "off":
                    enabled.discard(code)
                    levels.pop(code, None)
                else:
                    enabled.add(code)
                    levels[code] = level
        enabled -= {c for sel in layer.ignore for c in _resolve(sel, f"{where}: ignore")}
        for key, values in layer.options.items():
            code, opts = _options_for(key, values, where)
            options[code] = opts
    return Resolved(frozenset(enabled), levels, options, family, guideline, lang)


def as_resolved(config: Resolved | Config | Mapping[str, Any] | None) -> Resolved:
    """Whatever `vndocparse.validate` was given as ``config``, resolved."""
    if config is None:
        return resolve()
    if isinstance(config, Resolved):
        return config
    if isinstance(config, Config):
        return resolve(config)
    if isinstance(config, Mapping):
        return resolve(Config.from_mapping(config))
    raise TypeError(f"config must be a Config, a mapping or None, not {type(config).__name__}")


# -- files -------------------------------------------------------------------------------
def find_config(start: str | Path) -> Path | None:
    """The configuration file for ``start`` (a directory): see the module docstring."""
    here = Path(start).resolve()
    for directory in (here, *here.parents):
        own = directory / CONFIG_FILENAME
        if own.is_file():
            return own
        pyproject = directory / PYPROJECT
        if pyproject.is_file() and _has_tool_table(pyproject):
            return pyproject
    return None


def _has_tool_table(path: Path) -> bool:
    try:
        data = _read_toml(path)
    except ConfigError:
        return False
    tool = data.get("tool")
    return isinstance(tool, dict) and "vndocparse" in tool


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as fh:
            return tomllib.load(fh)
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read: {exc.strerror or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: invalid TOML: {exc}") from None


def load_config(path: str | Path) -> Config:
    """The layer in a ``pyproject.toml`` (``[tool.vndocparse]``) or ``.vndocparse.toml`` file."""
    p = Path(path)
    data = _read_toml(p)
    if p.name == PYPROJECT:
        tool = data.get("tool", {})
        table = tool.get("vndocparse", {}) if isinstance(tool, dict) else {}
        return Config.from_mapping(table, where=f"{p} [tool.vndocparse]", root=p.parent)
    if (
        "tool" in data
        and isinstance(data["tool"], dict)
        and "vndocparse" in data["tool"]
        and len(data) == 1
    ):
        return Config.from_mapping(
            data["tool"]["vndocparse"], where=f"{p} [tool.vndocparse]", root=p.parent
        )
    return Config.from_mapping(data, where=str(p), root=p.parent)


__all__ = [
    "CONFIG_FILENAME",
    "FAMILY_CHOICES",
    "Config",
    "ConfigError",
    "Resolved",
    "as_resolved",
    "find_config",
    "load_config",
    "resolve",
]
