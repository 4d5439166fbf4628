"""One tuple of languages (config/languages.py): every table keyed by language covers all of them, so adding a
language to the tuple names each place still missing it."""

from __future__ import annotations

from importlib import import_module

from bot.nlu import date_holidays, date_lexicon_intl, date_numbers, date_phrases, lifecycle
from bot.nlu.intent_model import corpus_files
from bot.texts import formats
from config.languages import LANGUAGES
from config.settings import Settings


def test_each_language_has_its_texts_lexicon_and_date_words() -> None:
    for lang in LANGUAGES:
        assert import_module(f"bot.texts.{lang}").TEXTS, lang
        assert import_module(f"bot.nlu.lexicon.{lang}").INTENT_PATTERNS, lang
    assert set(LANGUAGES) <= set(formats.LOCALES)
    assert set(LANGUAGES) <= set(date_holidays._LOCALES)
    assert set(LANGUAGES) <= set(date_numbers._JOINERS) and set(LANGUAGES) <= set(date_numbers._ORDINALS)
    assert set(LANGUAGES) - {"en"} <= set(date_lexicon_intl.LEXICONS)
    assert date_phrases.LANGUAGES is LANGUAGES
    assert set(lifecycle.STAGE_WORDS) == set(LANGUAGES)


def test_the_corpus_has_lines_in_each_language() -> None:
    text = "".join(path.read_text(encoding="utf-8") for path in corpus_files())
    for lang in LANGUAGES:
        assert f'"lang": "{lang}"' in text, lang


def test_settings_accept_exactly_these_languages() -> None:
    for lang in LANGUAGES:
        assert Settings(_env_file=None, default_language=lang).default_language == lang  # type: ignore[call-arg]
