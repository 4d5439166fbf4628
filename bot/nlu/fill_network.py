"""Reads the network and customer-fact sentences: who is linked to whom and how, what a customer needs, and the
questions about them. The sentence frames live in each lexicon as NETWORK_FRAMES (see bot/nlu/lexicon/en.py).

The frame found goes to ``Understanding.network`` as plain strings (names as written; the handler looks them up):
    kind   the frame's kind: a link kind, "role", "move", a question name, a fact kind or "verb"
    a, b, c  names; roles  link kinds or job titles; rel  the link kind a question asks about
    topic  what a fact search looks for; fact  the fact kind of a statement; due  a promise's due date (ISO)
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import cache

from bot.nlu.dates import find_dates
from bot.nlu.intents import Intent
from bot.nlu.lexicons import languages_for, lexicon
from bot.nlu.understanding import Understanding
from config.languages import LANGUAGES

NETWORK_INTENTS = frozenset({Intent.RECORD_LINK, Intent.NETWORK, Intent.FIND_FACTS, Intent.RECORD_NEED, Intent.OFFER})


@cache
def _frames(lang: str) -> tuple[tuple[str, str, re.Pattern[str]], ...]:
    return tuple(
        (intent, kind, re.compile(p, re.IGNORECASE)) for intent, kind, p in getattr(lexicon(lang), "NETWORK_FRAMES", ())
    )


def _word(lang: str, phrase: str) -> str | None:
    key = " ".join(phrase.lower().split())
    for code in dict.fromkeys((lang, "en")):
        found = getattr(lexicon(code), "NETWORK_WORDS", {}).get(key)
        if found:
            return found
    return None


def _clean(lang: str, name: str | None) -> str | None:
    """A name as written, without a leading article, quotes or (in Hungarian) a case suffix."""
    if not name:
        return None
    articles = getattr(lexicon(lang), "NETWORK_ARTICLES", r"^(?:the|a|an)\s+")
    out = re.sub(articles, "", name.strip(" \"'“”«»"), flags=re.IGNORECASE).strip()
    suffixes = getattr(lexicon(lang), "NETWORK_SUFFIXES", None)
    if suffixes:
        out = re.sub(suffixes, "", out)
    return out or None


def _roles(lang: str, text: str) -> list[str]:
    """ "CFO and the decision maker" -> ["CFO", "decision_maker"]: link kinds where the words name one, else titles."""
    joiner = getattr(lexicon(lang), "NETWORK_AND", r"\s+(?:and|&)\s+")
    out = []
    for part in re.split(joiner, text.strip(), flags=re.IGNORECASE):
        part = _clean(lang, part) or ""
        if part:
            out.append(_word(lang, part) or part)
    return out


def fill_network(u: Understanding, raw: str, *, now: datetime, tz: str) -> None:
    text = raw.strip()
    for code in languages_for(u.lang if u.lang in LANGUAGES else "en"):
        for intent, kind, pattern in _frames(code):
            if intent != u.intent:
                continue
            match = pattern.search(text)
            if match:
                _fill(u, code, kind, match, text, now=now, tz=tz)
                return


def _fill(u: Understanding, lang: str, kind: str, match: re.Match[str], text: str, *, now: datetime, tz: str) -> None:
    groups = {k: v for k, v in match.groupdict().items() if v}
    frame: dict[str, object] = {"kind": kind}
    a, b, c = (_clean(lang, groups.get(k)) for k in ("a", "b", "c"))
    roles: list[str] = []
    if b:
        # "Rui é o CFO da Acme e o decisor": what follows the organization's name is one more role.
        joiner = getattr(lexicon(lang), "NETWORK_AND", r"\s+(?:and|&)\s+")
        head, *rest = re.split(joiner, b, maxsplit=1, flags=re.IGNORECASE)
        if rest and u.intent == Intent.RECORD_LINK and kind == "role":
            b, roles = head.strip(), _roles(lang, rest[0])
    if "role" in groups:
        roles = _roles(lang, groups["role"]) + roles
    if "rel" in groups:
        frame["rel"] = _word(lang, groups["rel"]) or groups["rel"].lower()
    if "topic" in groups:
        stop = getattr(lexicon(lang), "NETWORK_TOPIC_STOP", frozenset())
        # An ending hyphenated onto an acronym ("SSO-ra", "API-t" in Hungarian) is grammar, not part of the topic.
        groups["topic"] = re.sub(r"(?<=[A-Z0-9])-[^\W\d_]{1,4}\b", "", groups["topic"])
        words = [
            w
            for w in re.split(r"\s+|(?<=')", groups["topic"].strip(" \"'“”«»"))
            if w and w.lower().strip("'") not in stop
        ]
        frame["topic"] = " ".join(words)
    if "verb" in groups:
        frame["fact"] = _word(lang, groups["verb"]) or "need"
        if frame["fact"] == "need" and "what" in groups:
            u.product = needed(groups["what"])
    elif kind == "promise" and u.intent == Intent.RECORD_NEED:
        frame["fact"] = "promise"
        dates = find_dates(text, now=now, tz=tz, lang=lang, prefer="future")
        if dates:
            frame["due"] = dates[0].value.isoformat()
    for key, value in (("a", a), ("b", b), ("c", c)):
        if value:
            frame[key] = value
    if roles:
        frame["roles"] = roles
    u.network = frame
    u.lang = lang
    # The console's entities: the person (or first party) as written, and the organization when one is named.
    first = a if u.intent in (Intent.RECORD_LINK, Intent.RECORD_NEED) else b
    if first:
        u.contact_ref = first


# What is needed ends where the sentence says what for, or until when ("training for the new export team",
# "SSO before she signs"); "relatórios por armazém" and "integração com o Slack" are one thing.
_NEED_END = re.compile(
    r"\s+(?:for|before|by|so|because|to|until|para|antes|até|porque|pour|avant|afin|parce|per|prima|entro|perché|"
    r"hogy|mert|előtt)\b|\s*[,;.!(]|\s+[-–—]\s",
    re.IGNORECASE,
)
_NEED_LEAD = re.compile(
    r"^(?:(?:de|di|of|del|della|dello|do|da|des|du)\s+|(?:d|dell)['’]\s*)?"  # not the "di" of "discount"
    r"(?:(?:a|an|the|some|more|um|uma|un|une|una|uno|el|la|le|il|lo|l'|o|egy|az)\s+|l')?",
    re.IGNORECASE,
)


def needed(what: str) -> str | None:
    """The thing a need names, as written, without the article and the clause after it."""
    head = _NEED_END.split(what.strip(), maxsplit=1)[0]
    thing = _NEED_LEAD.sub("", head.strip(), count=1).strip(" \"'“”«»")
    return thing[:120] or None


def narrow_subject(u: Understanding) -> None:
    """The subject of a need is the stored name inside the words before its verb, not all of them: in "regista aí
    que a chamada com o tiago foi anteontem e ele pediu desconto" it is Tiago, never the whole clause."""
    subject, named = (u.network or {}).get("a"), u.contact_ref
    if u.intent != Intent.RECORD_NEED or not subject or not named or u.mention_kind not in ("contact", "organization"):
        return
    if named.casefold() in subject.casefold() and len(named) < len(subject):
        u.network["a"] = named
