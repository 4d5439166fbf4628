"""Questions about figures in any staff language, read as the English question they ask.

The frame reader (bot/nlu/fill_insight.py) reads the measure, the dimension, the period, the scope and the names
from English words; each language's lexicon lists, as INSIGHT_TERMS, how its staff say those words
("receita por segmento este ano" -> "revenue by segment this year"). Only a message that the language's own rules
did not already read as something else (a log, a follow-up...) is taken for a question, and only when the English
question it becomes is one: the English intent rules, with their guards, decide.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from bot.nlu.intents import Intent
from bot.nlu.lexicons import languages_for, lexicon, rules
from config.languages import LANGUAGES

INSIGHT_INTENTS = frozenset({Intent.PORTFOLIO, Intent.PIPELINE, Intent.CROSS_SELL})


@cache
def _terms(lang: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    return tuple((re.compile(p, re.IGNORECASE), english) for p, english in getattr(lexicon(lang), "INSIGHT_TERMS", ()))


def english_question(text: str, languages: Iterable[str]) -> tuple[str, str] | None:
    """The English rendering of a question about figures, and the language whose terms made it: of the listed
    languages, the one with the most terms in the text (the first listed on a tie); None when none has any."""
    plain = text.replace("¿", "")
    best: tuple[int, str, str] | None = None
    for code in languages:
        if code == "en" or code not in LANGUAGES:
            continue
        out, hits = plain, 0
        for pattern, english in _terms(code):
            out, n = pattern.subn(english, out)
            hits += n
        if hits and (best is None or hits > best[0]):
            best = (hits, " ".join(out.split()), code)
    return (best[1], best[2]) if best else None


def read_question(text: str, lang: str, detected: str | None, rule_lang: str) -> tuple[str, str, str] | None:
    """(intent, language, English question) when ``text`` is a question about figures in a staff language.

    A message no rule read is tried in the sender's language, then in the others (staff write a colleague's
    language too); a message an English rule read as a question ("chiffre d'affaires par segment" has "segment")
    only in the sender's language, so an English question is never rewritten by another language's words
    ("brief me on Mia" is not Italian for "my")."""
    if detected is None:
        languages: tuple[str, ...] = languages_for(lang)
    elif detected in INSIGHT_INTENTS and rule_lang == "en" and lang != "en":
        languages = (lang,)
    else:
        return None
    found = english_question(text, languages)
    if found is None:
        return None
    english, code = found
    intent = insight_intent(english)
    return (intent, code, english) if intent else None


def insight_intent(text: str) -> str | None:
    """The English intent rules' reading of an (English) question, when it is about figures."""
    for intent, pattern, _ in rules("en"):
        if pattern.search(text):
            return intent if intent in INSIGHT_INTENTS else None
    return None
