"""Every example the assistant offers ("help", the closest examples for a message it did not understand) is
understood in its own language: a suggestion that fails when typed back would teach the wrong thing."""

from __future__ import annotations

import importlib

import pytest

from bot.nlu.parser import parse
from config.languages import LANGUAGES
from tests.support import T0

EXAMPLES = [
    (lang, key, text)
    for lang in LANGUAGES
    for key, text in importlib.import_module(f"bot.texts.{lang}").TEXTS.items()
    if key.startswith("example.")
]


@pytest.mark.parametrize(("lang", "key", "text"), EXAMPLES)
def test_every_example_is_understood(lang: str, key: str, text: str) -> None:
    u = parse(text, now=T0, tz="UTC", lang=lang)
    assert u.intent != "unknown", (lang, key, text)
