"""English and Vietnamese text: `Message`, `Phrase` and the language a run speaks.

Every text a user reads from a check — a rule's summary, a diagnostic's message and fix,
the lines of the report — exists in English and in Vietnamese (tiếng Việt), because the
people who check drafts are mostly clerks (văn thư) who read Vietnamese, while CI logs
and JSON consumers usually want English.

A `Phrase` is a pair of templates written side by side, ``{name}`` fields in both; calling
it with the values gives a `Message`, the two texts. A value may itself be a `Message`
(a phrase inside a phrase): each language then takes its own text of it. Which language
is shown is decided once per run (`resolve_lang`): the ``lang`` setting (``--lang``, or
``lang`` in the configuration), else the locale (``LC_ALL``, ``LC_MESSAGES``, ``LANG``:
a value starting with ``vi`` means Vietnamese), else English.

    >>> spelled = Phrase("'{word}' should be written 'Kính gửi'", "'{word}' phải viết là 'Kính gửi'")
    >>> spelled(word="KÍNH GỬI").text("vi")
    "'KÍNH GỬI' phải viết là 'Kính gửi'"
"""

from __future__ import annotations

import os
import string
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Literal

Lang = Literal["en", "vi"]

#: The languages, English first (the default when nothing says otherwise).
LANGS: tuple[Lang, ...] = ("en", "vi")

#: Accepted values of the ``lang`` setting: a language, or "auto" (from the locale).
LANG_CHOICES = ("auto", *LANGS)

#: The environment variables that name the locale, most specific first (POSIX order).
LOCALE_VARIABLES = ("LC_ALL", "LC_MESSAGES", "LANG")


@dataclass(frozen=True, slots=True)
class Message:
    """One text in both languages."""

    en: str
    vi: str

    def text(self, lang: str) -> str:
        """The text in ``lang`` (English for any language but Vietnamese)."""
        return self.vi if lang == "vi" else self.en

    def __str__(self) -> str:
        return self.en


@dataclass(frozen=True, slots=True)
class Phrase:
    """A template in both languages; both must name the same ``{fields}``."""

    en: str
    vi: str

    def __post_init__(self) -> None:
        if not self.en.strip() or not self.vi.strip():
            raise ValueError(f"a phrase needs both texts: {self.en!r} / {self.vi!r}")
        if fields(self.en) != fields(self.vi):
            raise ValueError(
                f"the two texts of a phrase name different fields: {self.en!r} / {self.vi!r}"
            )

    def __call__(self, **values: Any) -> Message:
        return Message(_fill(self.en, "en", values), _fill(self.vi, "vi", values))


def phrases(**pairs: tuple[str, str] | Phrase) -> Mapping[str, Phrase]:
    """A read-only table of phrases by key, each given as ``(english, vietnamese)``:
    what a rule declares as its ``messages``."""
    return MappingProxyType({k: v if isinstance(v, Phrase) else Phrase(*v) for k, v in pairs.items()})


def fields(template: str) -> frozenset[str]:
    """The ``{field}`` names of a template."""
    return frozenset(name for _, name, _, _ in string.Formatter().parse(template) if name)


def _fill(template: str, lang: str, values: Mapping[str, Any]) -> str:
    return template.format_map({k: v.text(lang) if isinstance(v, Message) else v for k, v in values.items()})


def text(value: str | Message | None, lang: str) -> str | None:
    """``value`` in ``lang``: a `Message`'s text, a plain string as it is, None as None."""
    if isinstance(value, Message):
        return value.text(lang)
    return value


def locale_lang(environ: Mapping[str, str] | None = None) -> Lang:
    """The language of the locale: Vietnamese when the first locale variable that is set
    names it (``vi_VN.UTF-8``, ``vi``), else English."""
    env = os.environ if environ is None else environ
    for name in LOCALE_VARIABLES:
        value = env.get(name, "")
        if value:
            return "vi" if value.lower().startswith("vi") else "en"
    return "en"


def resolve_lang(setting: str | None, environ: Mapping[str, str] | None = None) -> Lang:
    """The language of a run: the setting when it names one, else the locale's."""
    if setting == "vi":
        return "vi"
    if setting == "en":
        return "en"
    return locale_lang(environ)


__all__ = [
    "LANGS",
    "LANG_CHOICES",
    "LOCALE_VARIABLES",
    "Lang",
    "Message",
    "Phrase",
    "fields",
    "locale_lang",
    "phrases",
    "resolve_lang",
    "text",
]
