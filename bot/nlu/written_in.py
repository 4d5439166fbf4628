"""Which language a message is written in, when no rule said: the sender's own, or English.

Staff often write English whatever their setting says ("meeting with Globex Iberia tomorrow at 10" from a
Portuguese-speaking rep). The rules are tried in both languages (lexicons.languages_for); when only the model
read the message, its slots are read in the language whose small words it uses more.
"""

from __future__ import annotations

import re
from functools import cache

from stop_words import get_stop_words

from bot.nlu.lexicons import fold

_WORD = re.compile(r"[^\W\d_]+")


@cache
def _small_words(code: str) -> frozenset[str]:
    return frozenset(fold(w) for w in get_stop_words(code))


def written_in(text: str, lang: str) -> str:
    """``lang``, or "en" when the message uses clearly more English small words than its sender's language's."""
    if lang == "en":
        return lang
    words = [fold(w) for w in _WORD.findall(text) if len(w) > 1]  # not the letters of "S.p.A."
    own = sum(w in _small_words(lang) for w in words)
    english = sum(w in _small_words("en") for w in words)
    return "en" if english >= 2 and english > 2 * own else lang
