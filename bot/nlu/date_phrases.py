"""Per-language date-phrase regexes, compiled once at import from the lexicons.

Each language gets its own vocabulary plus the English one as a fallback (staff mix languages:
"f/u amanhã 3pm"), except English weekday abbreviations, which are ordinary words elsewhere
("tue" is French for "kills", Italian for "your"). Words match case- and accent-insensitively.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, fields
from functools import lru_cache
from typing import Any

from bot.nlu.date_lexicon import EN, DateLexicon
from bot.nlu.date_lexicon_intl import LEXICONS
from bot.nlu.lazy_regex import LazyPattern
from config.languages import LANGUAGES

_B = r"(?<![\w@])"  # word start; "@" so that "@3pm" is not matched as "3pm" inside a handle
_E = r"(?![\w])"
_NO_MATCH = "(?!)"
# What may separate a date from its time: "tue 3pm", "tomorrow, 15:00", "3pm on tue".
GAP = re.compile(r"[\s,]*(?:(?:at|on|@|-|–|—|um|a|as|alle|a\s+las|las|de|del|du|for|pour|sur)[\s,]*)?", re.IGNORECASE)
NEXT_WORD = re.compile(r"\s+([^\W\d_][\w'’.-]*)")
PREV_WORD = re.compile(r"([^\W\d_][\w'’.-]*)\s+$")
CLAUSE_END = re.compile(r"\s*(?:$|[.,;:!?)\n])")


def strip_accents(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(char for char in decomposed if not unicodedata.combining(char))


_FLAT: dict[str, str] = {}


def flatten(text: str) -> str:
    """The text without accents, letter for letter (same length, so spans still fit the original).

    Phrases are matched on this: "día despues", "dia después" and "dia despues" are one phrase, and the
    patterns stay plain words, which the regex engine searches far faster than accent classes.
    """
    out = []
    for char in text:
        flat = _FLAT.get(char)
        if flat is None:
            stripped = strip_accents(char)
            flat = _FLAT[char] = stripped if len(stripped) == 1 else char
        out.append(flat)
    return "".join(out)


@lru_cache(maxsize=8192)  # the same few hundred words come back in every message
def norm(text: str) -> str:
    """Lookup key: lower case, no accents, one space for any run of spaces or hyphens."""
    flat = strip_accents(text.lower().replace("’", "'"))
    return " ".join(flat.replace("-", " ").split())


def _phrase_regex(phrase: str) -> str:
    out = []
    for char in strip_accents(phrase):
        if char.isspace():
            out.append(r"\s+")
        elif char == "-":
            out.append(r"[-\s]")
        elif char == "'":
            out.append("['’]")
        else:
            out.append(re.escape(char))
    return "".join(out).replace(r"\s+\s+", r"\s+")


def alt(phrases: Iterable[str], *, accents_optional: bool = True) -> str:
    """Alternation of phrases, longest first so that "next week" beats "next". Text is matched without
    accents (see `flatten`), so the phrases are too; `accents_optional` is kept for callers' clarity."""
    variants = {strip_accents(phrase.lower()) for phrase in phrases}
    if not variants:
        return _NO_MATCH
    return "(?:" + "|".join(_phrase_regex(v) for v in sorted(variants, key=lambda v: (-len(v), v))) + ")"


def _merge(primary: DateLexicon, fallback: DateLexicon) -> DateLexicon:
    if primary is fallback:
        return primary
    values: dict[str, Any] = {}
    for spec in fields(DateLexicon):
        mine, theirs = getattr(primary, spec.name), getattr(fallback, spec.name)
        if isinstance(mine, dict):
            values[spec.name] = {**theirs, **mine}
        elif isinstance(mine, frozenset):
            values[spec.name] = mine | theirs
        elif isinstance(mine, tuple):
            values[spec.name] = mine + tuple(item for item in theirs if item not in mine)
        else:
            values[spec.name] = mine
    values["weekdays"] = {
        **{k: v for k, v in fallback.weekdays.items() if k not in fallback.weekday_abbrevs},
        **primary.weekdays,
    }
    return DateLexicon(**values)


@dataclass(frozen=True)
class LanguagePatterns:
    lang: str
    lex: DateLexicon  # merged with the English fallback
    index: dict[str, dict[str, Any]]  # lexicon field -> norm(key) -> value
    families: tuple[tuple[str, LazyPattern], ...]
    # Which families can match a given text: one that needs a digit, or a word of its vocabulary, is skipped
    # when the text has none (most families find nothing in most messages; this keeps a message ~0.1 ms).
    gates: dict[str, frozenset[str] | None]
    context_before: LazyPattern
    date_words: frozenset[str]

    def look(self, field_name: str, phrase: str) -> Any:
        return self.index[field_name].get(norm(phrase))


def _compile(pattern: str) -> LazyPattern:
    # Compiled when first tried: a family runs only when the text has one of its gate words.
    return LazyPattern(
        strip_accents(pattern), re.IGNORECASE
    )  # matched against flattened text  # matched against flattened text


def _families(lex: DateLexicon) -> tuple[tuple[str, LazyPattern], ...]:
    weekday, months = alt(lex.weekdays), alt({**lex.months, **lex.month_abbrevs})
    full_months = alt(lex.months)
    articles = rf"(?:(?P<art>{alt(lex.articles)})\s+|[ld]['’])?"
    week_periods = alt(k for k, (unit, _) in lex.periods.items() if unit == "week")
    month_periods = alt(k for k, (unit, _) in lex.periods.items() if unit == "month")
    hour_preps = alt(lex.hour_preps)
    bare_preps = alt(lex.hour_preps, accents_optional=False)  # pt "as" (accent dropped) is "the"
    month_post = rf"(?:\s*(?P<post>{alt(lex.month_post)}))?" if lex.month_post else ""
    found: list[tuple[str, str]] = [
        ("days", rf"(?P<w>{alt(lex.days)})"),
        (
            "weekday_week",
            rf"(?P<wd>{weekday})(?:\s+(?:of|da|de\s+la|de|della|del|di)\s+|,?\s+)"
            rf"(?:(?:{alt(lex.articles)})\s+)?(?P<p>{week_periods})",
        ),
        ("weekday_week", rf"(?P<p>{week_periods}),?\s+(?:on\s+)?(?P<wd>{weekday})"),
        # "the friday after next", "tuesday week", "vendredi en huit": the weekday a week after the coming one
        ("weekday_after_next", rf"(?:the\s+)?(?P<wd>{weekday})\s+(?:after\s+next|week|en\s+(?:huit|8))(?!\w)"),
        (
            "weekday",
            rf"(?:(?P<pre>{alt(lex.weekday_pre)})\s+)?(?P<wd>{weekday})"
            rf"(?:\s+(?P<post>{alt(lex.weekday_post)}))?",
        ),
        (
            "month_only",
            rf"(?:(?P<pre>{alt(lex.month_pre)})\s*)?(?P<m>{full_months}){month_post}"
            r"(?:,?\s+(?P<y>\d{4}))?",
        ),
        # a Hungarian case ending may follow: "2026.03.25-én", "2026.04.01-ig"
        (
            "numeric",
            r"(?P<y>\d{4})[-./]\s?(?P<a>\d{1,2})[-./]\s?(?P<b>\d{1,2})\.?(?:-(?:j?[aáeé]n|ig|i)(?!\w))?(?![\d/-])",
        ),
        ("numeric", r"(?<![\d/.:-])(?P<a>\d{1,2})/(?P<b>\d{1,2})(?:/(?P<y>\d{4}|\d{2}))?(?![\d/%]|[.,]\d)"),
        ("numeric", r"(?<![\d/.:-])(?P<a>\d{1,2})-(?P<b>\d{1,2})-(?P<y>\d{4}|\d{2})(?![\d-])"),
        ("numeric", r"(?<![\d/.:-])(?P<a>\d{1,2})/(?P<b>\d{1,2}),\s?(?P<y>\d{4}|\d{2})(?![\d/%]|[.,]\d)"),
        ("numeric", r"(?<![\d/.:-])(?P<a>\d{1,2})-(?P<b>\d{1,2})(?![\d/%-]|[.,]\d)"),
        # "on 4.22" (month first for an en-US sender), "el 4.22": only after a preposition, never before a unit
        (
            "numeric",
            r"(?:on|in|el)\s+(?P<a>\d{1,2})\.(?P<b>\d{1,2})(?![\d.]|\s*(?:%|h\b|hours?|days?|weeks?|months?|years?|min))",
        ),
        (
            "ctime",
            rf"(?:(?P<wd>{weekday}),?\s+)?(?P<m>{months})\.?\s+(?P<d>\d{{1,2}})\s+(?P<h>[01]?\d|2[0-3]):(?P<mi>[0-5]\d)"
            r"(?::(?P<s>[0-5]\d))?\s+(?P<y>\d{4})",
        ),
        ("ago_suffix", rf"(?P<n>\d{{1,3}}|{alt(lex.numbers)})\s+(?P<u>{alt(lex.ago_units)})"),
        (
            "vague_offset",
            rf"(?:(?P<pre>{alt(lex.offset_pre)})\s+)?(?P<n>{alt(lex.vague_counts)})\s+(?P<u>{alt(lex.units)})"
            rf"(?:\s+(?P<post>{alt(lex.offset_post)}))?",
        ),
        ("numeric_dm", r"(?<![\d/.:-])(?P<a>\d{1,2})\s+del\s+(?P<b>\d{1,2})(?![\d/%-]|[.,]\d)"),
        ("numeric", r"(?<![\d/.:-])(?P<a>\d{1,2})\.(?P<b>\d{1,2})\.(?P<y>\d{4}|\d{2})(?![\d.])"),
        # without a year only "03.04." / "3.04.": "rated 4.5." is a score
        ("numeric", r"(?<![\d/.:-])(?P<a>\d{1,2})\.(?P<b>\d{2})\.(?!\d)"),
        (
            "offset",
            rf"(?:(?P<pre>{alt(lex.offset_pre)})\s+)?(?P<n>\d{{1,3}}|{alt(lex.numbers)})"
            rf"(?:\s+|(?<=\d)|(?<=['’]))(?P<u>{alt(lex.units)})(?:\s+(?P<post>{alt(lex.offset_post)}))?",
        ),
        ("period", rf"{articles}(?P<p>{alt(lex.periods)})"),
        ("period_end", rf"{articles}(?P<e>{alt(lex.period_ends)})"),
        ("holiday", rf"(?P<h>{alt(lex.holidays)})"),
        ("day_end", rf"(?P<e>{alt(lex.day_ends)})"),
        ("part", rf"(?P<p>{alt({**lex.parts_weak, **lex.parts})})"),
        (
            "clock",
            rf"(?:(?P<prep>{hour_preps})\s*)?(?P<h>\d{{1,2}})(?:[:.h](?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?)?\s*"
            r"(?P<ap>[ap])(?:m|\.\s?m\.?)",
        ),
        (
            "clock",
            rf"(?:(?P<prep>{hour_preps})\s*)?(?P<h>[01]?\d|2[0-3])[:h](?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?"
            r"(?:\s*h(?:rs)?)?(?![\d:])",
        ),
        # "a quarter to 7", "half past 3", "20 minutes past 5", "las 7 menos cuarto", "las 5 y 20"
        (
            "clock_rel",
            r"(?:(?P<q>a\s+quarter|quarter|half)|(?P<n>[0-5]?\d)(?:\s*(?:minutes?|mins?))?)\s+"
            r"(?P<rel>past|after|to|before)\s+(?P<h>[01]?\d|2[0-3])",
        ),
        (
            "clock_rel",
            r"(?:las?\s+)?(?P<h>[01]?\d|2[0-3])\s+(?P<rel>y|menos)\s+(?:(?P<q>cuarto|media)|(?P<n>[0-5]?\d))",
        ),
        # "às 9 e meia", "alle 10 e un quarto", "à 9 heures et demie", "às 7 menos um quarto" ("quarto", an
        # ordinal too, is "4º" by now)
        (
            "clock_rel",
            r"(?:(?:às|as|alle|all['’]|à)\s*)?(?P<h>[01]?\d|2[0-3])(?:\s*h(?:eures?)?)?\s+(?P<rel>e|et|menos|meno|moins)"
            r"\s+(?:(?P<q>meia|mezza|mezzo|demie|(?:um|un|le)\s+(?:quarto?|4º)|quart)|(?P<n>[0-5]\d))",
        ),
        # Hungarian counts towards the next hour: "fél 10" 9:30, "negyed 11" 10:15, "háromnegyed 10" 9:45
        ("clock_toward", r"(?P<q>háromnegyed|fél|negyed)\s+(?P<h>1[0-2]|[1-9])(?:-?kor)?"),
        # a lone number beside a part of day: "7, this morning", "10 tonight", "ce matin a 7"
        ("weak_clock", r"(?<![\d/.:,-])(?P<h>[01]?\d|2[0-3])(?![\d:/.%]|\s*(?:st|nd|rd|th|er)\b)"),
        ("now", rf"(?P<w>{alt(lex.now_words)})"),
        ("part_end", rf"(?P<p>{alt(lex.day_end_of)})"),
        (
            "half_hour",
            rf"(?:(?P<pre>{alt(lex.offset_pre)})\s+)?(?P<h>{alt(lex.half_hour)})(?:\s+(?P<post>{alt(lex.offset_post)}))?",
        ),
        ("named_day", rf"{articles}(?P<h>{alt(lex.named_days)})"),
        (
            "weekday_day",
            rf"(?:(?:{alt(lex.articles)}|on|this|ce|este)\s+)?(?P<wd>{weekday}),?\s+(?:the\s+|el\s+|le\s+|il\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th|º|er|o|-j?[aáeé]n(?!\w))?(?![\d:/.]|\s*(?:{alt(lex.months)}|{alt(lex.month_abbrevs)})\b)",
        ),
        (
            "iso",
            r"(?P<y>\d{4})-(?P<mo>\d{2})-(?P<d>\d{2})[T\s](?P<h>[01]\d|2[0-3]):(?P<mi>[0-5]\d)(?::(?P<s>[0-5]\d))?",
        ),
        (
            "nth_weekday",
            rf"(?:(?:{alt(lex.articles)})\s+)?(?:(?P<n>[1-5])(?P<suf>st|nd|rd|th|º|°|er|e|o|a|\.)?|(?P<nw>{alt(lex.nth_words)}))\s+(?P<wd>{weekday})"
            rf"(?:\s+(?:{alt(lex.of_month)})\s*(?:(?:{alt(lex.articles)})\s+)?"
            rf"(?:(?P<m>{full_months})|(?P<p>{month_periods})|(?P<cur>{alt(lex.month_word)})))?",
        ),
        (
            "day_of_period",
            rf"(?:(?:{alt(lex.articles)})\s+)?(?P<d>\d{{1,2}})(?:st|nd|rd|th|º|°|er|e|o)?(?:\s+day)?\s+"
            rf"(?:{alt(lex.of_month)})\s*(?:(?:{alt(lex.articles)})\s+)?(?P<p>{month_periods})",
        ),
        (
            "anchored",
            rf"(?:(?:{alt(lex.articles)})\s+)?(?P<n>\d{{1,3}}|{alt(lex.numbers)})\s+(?P<u>{alt(lex.units)})\s+"
            rf"(?P<rel>{alt(lex.anchor_rel)})\s+(?P<w>{alt(lex.days)})",
        ),
        (
            "offset",
            rf"(?:(?P<pre>{alt(lex.offset_pre)})\s+)?(?P<chain>(?:\d{{1,3}}\s*{alt(lex.units)}[,\s]+(?:(?:and|y|et|e|és)\s+)?)+)"
            rf"(?P<n>\d{{1,3}}|{alt(lex.numbers)})\s*(?P<u>{alt(lex.units)})(?:\s+(?P<post>{alt(lex.offset_post)}))?",
        ),
        ("clock", rf"(?:(?P<prep>{hour_preps})\s*)?(?P<h>[01]?\d|2[0-3])\s?h"),
        ("bare_clock", rf"(?P<prep>{bare_preps})\s*(?P<h>[01]?\d|2[0-3])(?![\d:.,/]\d|\d|\s*%)"),
    ]
    found += [("month_date", t.replace("{M}", months).replace("{FM}", full_months)) for t in lex.day_month]
    found += [("ordinal", t) for t in lex.ordinals]
    found += [("bare_clock", t) for t in lex.clocks]
    return tuple((name, _compile(_B + body + _E)) for name, body in found)


def _date_words(lex: DateLexicon) -> frozenset[str]:
    out = {"am", "pm"}
    for spec in fields(DateLexicon):
        value = getattr(lex, spec.name)
        if spec.name in {"ordinals", "day_month", "clocks", "connectives"}:
            continue
        if isinstance(value, dict | tuple | frozenset):
            for phrase in value:
                out.update(norm(phrase).replace("'", " ").split())
    return frozenset(out)


def _build(lang: str) -> LanguagePatterns:
    lex = _merge(LEXICONS.get(lang, EN), EN)
    index = {
        spec.name: {norm(k): v for k, v in getattr(lex, spec.name).items()}
        for spec in fields(DateLexicon)
        if isinstance(getattr(lex, spec.name), dict)
    }
    index["hour_preps"] = {norm(k): True for k in lex.hour_preps}
    index["connectives"] = {norm(k): True for k in lex.connectives}
    index["anchor_rel"] = {norm(k): v for k, v in lex.anchor_rel.items()}
    index["weekdays_ambiguous"] = {norm(k): True for k in lex.weekdays_ambiguous}
    index["months_risky"] = {norm(k): True for k in lex.months_risky}
    index["weekdays_name_like"] = {norm(k): True for k in lex.weekdays_name_like}
    index["context_words"] = {word: True for phrase in lex.context for word in norm(phrase).replace("'", " ").split()}
    context = _compile(rf"{_B}(?:{alt(lex.context)})\s+$")
    return LanguagePatterns(lang, lex, index, _families(lex), _gates(lex), context, _date_words(lex))


_NEEDS_DIGIT = frozenset(
    [
        "numeric",
        "numeric_dm",
        "clock",
        "clock_rel",
        "clock_toward",
        "weak_clock",
        "iso",
        "day_of_period",
        "weekday_day",
        "ordinal",
        "month_date",
        "bare_clock",
    ]
)
_WORD_GATES = {
    "vague_offset": ("vague_counts",),
    "days": ("days",),
    "weekday": ("weekdays",),
    "weekday_week": ("weekdays",),
    "weekday_after_next": ("weekdays",),
    "month_only": ("months",),
    "period": ("periods",),
    "period_end": ("period_ends",),
    "holiday": ("holidays",),
    "day_end": ("day_ends",),
    "part": ("parts", "parts_weak"),
    "now": ("now_words",),
    "part_end": ("day_end_of",),
    "half_hour": ("half_hour",),
    "named_day": ("named_days",),
}
DIGIT = "0"  # the gate word of the families that need a digit
_WORDS = re.compile(r"[^\W\d_]+")


def words_of(text: str) -> set[str]:
    """The gate words of a (flattened) text, plus DIGIT when it has a digit."""
    found = set(_WORDS.findall(text.lower()))
    if any(char.isdigit() for char in text):
        found.add(DIGIT)
    return found


def _gates(lex: DateLexicon) -> dict[str, frozenset[str] | None]:
    gates: dict[str, frozenset[str] | None] = {name: frozenset({DIGIT}) for name in _NEEDS_DIGIT}
    for name, fields_used in _WORD_GATES.items():
        vocabulary: set[str] = set()
        for field_name in fields_used:
            for phrase in getattr(lex, field_name):
                vocabulary.update(_WORDS.findall(norm(phrase)))
        gates[name] = frozenset(vocabulary)
    if lex.month_post:  # Hungarian months take suffixes ("májusban"): no word gate
        gates["month_only"] = None
    return gates


# Built on first use, per language: compiling all six at import cost a third of a second of every start-up,
# and a team usually writes in one or two of them.
PATTERNS: dict[str, LanguagePatterns] = {}


def patterns_for(lang: str) -> LanguagePatterns:
    """Patterns for "pt", "pt-BR", "pt_PT"...; unknown languages get English."""
    code = lang.lower().replace("_", "-").split("-")[0]
    if code not in LANGUAGES:
        code = "en"
    if code not in PATTERNS:
        PATTERNS[code] = _build(code)
    return PATTERNS[code]
