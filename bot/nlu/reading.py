"""The first two steps of understanding: values, then mentions from the store, then the delexicalized text.

The same function prepares a message for the intent model at run time and a corpus line at training time
(against the demo store), so the model is trained on exactly what it will see.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field
from datetime import datetime

from sqlmodel import Session

from bot.nlu import mentions as mention_finder
from bot.nlu.delex import Span, delexicalize, mention_spans, value_spans
from bot.nlu.intent_model import featurize
from bot.nlu.mentions import Mention
from storage import mentions as store
from storage.normalize import search_key


@dataclass
class Reading:
    text: str
    lang: str
    values: list[Span] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    delexed: str = ""
    tags: list[str] = field(default_factory=list)  # words of the message that are stored tags ("vip")

    def features(self, rule: str | None) -> list[str]:
        return featurize(self.delexed, rule, self.lang)

    def people(self) -> list[Mention]:
        """Mentions that can fill a person slot: contacts and unknown names, in order."""
        return [m for m in self.mentions if m.kind in ("contact", "new")]

    def all(self, *kinds: str) -> list[Mention]:
        return [m for m in self.mentions if m.kind in kinds]

    def first(self, *kinds: str) -> Mention | None:
        return next((m for m in self.mentions if m.kind in kinds), None)


def read(text: str, *, session: Session | None, lang: str, now: datetime, tz: str, currency: str = "EUR") -> Reading:
    values = value_spans(text, lang=lang, now=now, tz=tz, currency=currency)
    found: list[Mention] = []
    tags: list[str] = []
    if session is not None:
        # Which words are stored tags is asked with the exact names, in the same statement, for every word and
        # pair the words outside the names could make; only those outside the names found count.
        asked, stored = _tag_keys_asked(text), set[str]()
        blocked = [(v.start, v.end) for v in values]
        found = mention_finder.find(session, text, lang=lang, blocked=blocked, tag_keys=asked, stored_tags=stored)
        tags = _tags_outside(session, _tag_keys(text, found), asked, stored)
    return Reading(text, lang, values, found, delexicalize(text, values + mention_spans(found)), tags)


def _tags_outside(session: Session, keys: list[str], asked: list[str], stored: set[str]) -> list[str]:
    """The stored tags among ``keys`` (the words outside the names found). The names statement answered the keys
    it was asked; a pair of words on either side of a name, never asked, is looked up now (rare)."""
    unasked = set(keys) - set(asked)
    extra = store.tags(session=session, keys=sorted(unasked)) if unasked else []
    return sorted({k for k in keys if k in stored} | set(extra))


def _tag_keys_asked(text: str) -> list[str]:
    """Every key :func:`_tag_keys` can return whatever the names found: each word, and each pair of words with up
    to SKIPPED words between them (words of names, which leave the two words side by side)."""
    words = [search_key(m.group(0)) for m in _WORD.finditer(text)]
    keys = [w for w in words if len(w) >= 2]
    keys += [f"{a}-{b}" for gap in range(1, SKIPPED + 2) for a, b in zip(words, words[gap:], strict=False)]
    return keys


def _tag_keys(text: str, found: list[Mention]) -> list[str]:
    """The words (and word pairs, "event lead") outside the names found, in the form tags are stored."""
    words = [
        (m.start(), search_key(m.group(0)))
        for m in _WORD.finditer(text)
        if not any(f.start <= m.start() < f.end for f in found)
    ]
    keys = [w for _, w in words if len(w) >= 2]
    keys += [f"{a}-{b}" for (_, a), (_, b) in itertools.pairwise(words)]
    return keys[:60]


_WORD = re.compile(r"[^\W_][\w-]*")
SKIPPED = 4  # a name is four words at most; two names side by side, rarer, are asked about separately
