"""One list of intents: a name that is not on it fails where it is written."""

from __future__ import annotations

import pytest

from bot.nlu.intents import PUBLIC_INTENTS, Intent, public_intent
from bot.nlu.lexicons import lexicon, rules
from bot.nlu.understanding import Understanding
from bot.router import Router
from config.languages import LANGUAGES


def test_a_misspelt_intent_fails_at_registration_and_in_an_understanding() -> None:
    router = Router()
    with pytest.raises(ValueError):
        router.intent("log_interation")  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        Understanding(intent="log_interation", text="")  # type: ignore[arg-type]
    assert Understanding(intent="log_interaction", text="").intent is Intent.LOG_INTERACTION  # type: ignore[arg-type]


def test_every_lexicon_names_only_intents() -> None:
    for lang in LANGUAGES:
        lex = lexicon(lang)
        named = {*lex.INTENT_PATTERNS, *getattr(lex, "PRIORITY_PATTERNS", {})}
        named |= set(getattr(lex, "FUZZY_KEYWORDS", {}).values())
        assert named <= set(Intent), (lang, named - set(Intent))
        assert {intent.split(":")[0] for intent, _, _ in rules(lang)} <= set(Intent)


def test_the_console_reports_public_intents_by_their_old_names() -> None:
    assert public_intent(Intent.SNOOZE) == "schedule_followup"
    assert public_intent("offer") == "cross_sell"
    assert public_intent("log_interaction") == "log_interaction"
    assert public_intent("import") == "unknown"
    assert public_intent(None) == "unknown"
    assert Intent.UNKNOWN in PUBLIC_INTENTS and Intent.OFFER not in PUBLIC_INTENTS
