"""Per-language vocabulary modules (bot/nlu/lexicon/<lang>.py), loaded once and compiled once.

Every module defines the same names as ``en.py``; the optional ones fall back to English when a language
does not need its own.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from importlib import import_module
from types import ModuleType

from bot.nlu.intents import Intent
from bot.nlu.lazy_regex import LazyPattern
from config.languages import LANGUAGES

Rule = tuple[str, LazyPattern, str]  # (intent, pattern, language of the pattern)


@cache
def lexicon(lang: str) -> ModuleType:
    try:
        return import_module(f"bot.nlu.lexicon.{lang}")
    except ModuleNotFoundError:
        return import_module("bot.nlu.lexicon.en")


def word(lang: str, name: str) -> object:
    """An optional lexicon attribute, English when the language has none."""
    found = getattr(lexicon(lang), name, None)
    return found if found is not None else getattr(lexicon("en"), name)


@cache
def languages_for(lang: str) -> tuple[str, ...]:
    """Order in which rules are tried: the sender's language, English, then the others.

    Staff often write English (or a colleague's language) whatever their setting says.
    """
    first = lang if lang in LANGUAGES else "en"
    return tuple(dict.fromkeys((first, "en", *LANGUAGES)))


@cache
def rules(lang: str) -> tuple[Rule, ...]:
    out: list[Rule] = []
    code = lang if lang in LANGUAGES else "en"
    lex = lexicon(code)
    # Corrections and the debug question come first: "no, it was a meeting" must not read as a new log.
    exact = (
        ("CORRECTION_PATTERNS", Intent.LOG_INTERACTION),
        ("DEBUG_PATTERNS", Intent.HELP),
        ("GREETING", Intent.HELP),
    )
    for name, intent in exact:
        found = getattr(lex, name, ())
        patterns = (found,) if isinstance(found, str) else found
        out.extend((f"{intent}:{name}", LazyPattern(p, re.IGNORECASE), code) for p in patterns)
    for name, patterns in lex.INTENT_PATTERNS.items():
        intent = Intent(name)  # a lexicon's misspelt intent fails on first use, not silently never matching
        out.extend((intent, LazyPattern(p, re.IGNORECASE), code) for p in patterns)
    return tuple(out)


@cache
def priority_rules(lang: str) -> tuple[tuple[str, LazyPattern], ...]:
    """The language's priority patterns (tried before its rules), in their order, each compiled when first tried:
    looked up through ``re.search`` by their text, every message paid the module's cache look-up a pattern."""
    found: dict[str, tuple[str, ...]] = getattr(lexicon(lang), "PRIORITY_PATTERNS", {})
    return tuple((intent, LazyPattern(p, re.IGNORECASE)) for intent, patterns in found.items() for p in patterns)


@cache
def compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def fold(text: str) -> str:
    """Lower case without accents: "Reunião" -> "reuniao"."""
    decomposed = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


@cache
def kinds(lang: str) -> dict[str, str]:
    """Words naming an interaction kind in this language and English, with and without accents."""
    out: dict[str, str] = {}
    for code in dict.fromkeys(("en", lang)):
        lex = lexicon(code)
        for table in (lex.KIND_WORDS, getattr(lex, "KIND_TYPOS", {})):
            for key, value in table.items():
                out[key] = value
                out[fold(key)] = value
    return out


@cache
def kind_phrases(lang: str) -> tuple[tuple[str, str], ...]:
    """Multi-word kinds, longest first, accent-folded."""
    out: dict[str, str] = {}
    for code in dict.fromkeys((lang, "en")):
        for key, value in getattr(lexicon(code), "KIND_PHRASES", {}).items():
            out.setdefault(fold(key), value)
    return tuple(sorted(out.items(), key=lambda kv: len(kv[0]), reverse=True))


# "Yes" in every staff language, for confirmations (erase, create, import): a handler adds its own verbs.
YES_WORDS = ("y", "yes", "yep", "yeah", "ok", "okay", "sure", "sim", "sí", "si", "sì", "oui", "igen")


# A whole message that says no to a question or cancels it, in the six languages (the Cancel button's label too).
NO_ANSWER = re.compile(
    r"^(?:n|no|nope|nah|cancel|cancel (?:it|that)|stop|never ?mind|forget it|não|nao|cancelar|cancela|deixa|"
    r"deixa estar|esquece|non|annuler|annule|laisse tomber|olvídalo|olvidalo|déjalo|dejalo|annulla|lascia stare|"
    r"lascia perdere|nem|mégse|hagyd|ne)\W*$",
    re.IGNORECASE,
)


# "the second one", "a segunda", "la deuxième", "il primo", "az első": an option or a line by its place
_PLACES = (
    r"1st|first|primeir[oa]|primer[oa]?|premi[eè]re?|prim[oa]|első",
    r"2nd|second|segund[oa]|deuxième|seconde?|second[oa]|második",
    r"3rd|third|terceir[oa]|tercer[oa]?|troisième|terz[oa]|harmadik",
    r"4th|fourth|quart[oa]|cuart[oa]|quatrième|negyedik",
    r"5th|fifth|quint[oa]|cinquième|ötödik",
)
_BY_PLACE = tuple(
    re.compile(
        rf"^(?:(?:the|a|o|la|el|le|il|lo|az)\s+)?(?:{words})"
        r"(?:\s+(?:one|option|opção|opción|opzione|lehetőség))?$",
        re.IGNORECASE,
    )
    for words in _PLACES
)


def by_place(choice: str) -> int | None:
    """The number an answer picks: "2", "the second one", "a segunda", "la troisième"; None for anything else."""
    choice = re.sub(
        r"^(?:the|a|o|la|el|le|il|lo|az|nº|no\.?|n\.?|#)\s*(?=\d)", "", choice.strip().rstrip(".!"), flags=re.I
    )
    if choice.isascii() and choice.isdigit():
        return int(choice)
    return next((n for n, pattern in enumerate(_BY_PLACE, start=1) if pattern.match(choice)), None)


def yes_pattern(*verbs: str) -> re.Pattern[str]:
    """A whole message that says yes: one of YES_WORDS or of ``verbs``, punctuation allowed after it."""
    words = "|".join(re.escape(w) for w in (*YES_WORDS, *verbs))
    return re.compile(rf"^(?:{words})\W*$", re.IGNORECASE)
