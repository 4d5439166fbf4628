"""User-facing texts, one module per language; English is the fallback for a missing key."""

from __future__ import annotations

import re
from importlib import import_module
from types import MappingProxyType
from typing import Any

_CACHE: dict[str, MappingProxyType[str, str]] = {}


def _table(lang: str) -> MappingProxyType[str, str]:
    if lang not in _CACHE:
        try:
            module = import_module(f"bot.texts.{lang}")
            _CACHE[lang] = MappingProxyType(module.TEXTS)
        except ModuleNotFoundError:
            _CACHE[lang] = MappingProxyType({})
    return _CACHE[lang]


def entries(lang: str, prefix: str) -> dict[str, str]:
    """The language's own texts whose keys start with ``prefix`` (no English fallback)."""
    return {key: value for key, value in _table(lang).items() if key.startswith(prefix)}


# A value ending in an abbreviation's full stop ("5 avr.", "máj. 5.") before the sentence's own: one stop, as
# typeset text has it.
_DOUBLE_STOP = re.compile(r"(?<=[^\W\d_]\.|\d\.)\.(?!\.)")


def t(lang: str, key: str, **values: Any) -> str:
    template = _table(lang).get(key) or _table("en")[key]
    if not values:
        return template
    text = template.format(**values)
    return _DOUBLE_STOP.sub("", text) if ".." in text else text


def tn(lang: str, key: str, count: int, **values: Any) -> str:
    """A count with its noun in the reader's grammar: ``key.one`` or ``key.other`` by the language's plural rule
    (CLDR, through Babel: French and Portuguese say "0 client", English "0 customers")."""
    from babel import Locale

    form = "one" if Locale.parse(lang if _table(lang) else "en").plural_form(count) == "one" else "other"
    table = _table(lang)
    key = f"{key}.{form}" if f"{key}.{form}" in table or f"{key}.{form}" in _table("en") else key
    return t(lang, key, count=count, **values)
