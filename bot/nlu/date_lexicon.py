"""Date vocabulary per language: the data behind `date_phrases`, no logic.

Entries are written as people type them (accents included); `date_phrases` also accepts the
accent-less spellings and compares words case- and accent-insensitively. Directions: +1 means
strictly after today ("next"), -1 strictly before ("last"), 0 the nearest in the caller's preferred
direction, today included.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TypeVar

Hour = int | None
T = TypeVar("T")


def groups(spec: str, start: int = 0) -> dict[str, int]:
    """'monday, mon | tuesday, tue' -> {'monday': 0, 'mon': 0, 'tuesday': 1, 'tue': 1}; "-" keeps a place empty
    (May has no abbreviation), and never becomes a word: "-3" is not the 3rd of a month."""
    out: dict[str, int] = {}
    for index, group in enumerate(spec.split("|")):
        for word in group.split(","):
            if word.strip() and word.strip() != "-":
                out[word.strip()] = index + start
    return out


def words(spec: str) -> tuple[str, ...]:
    return tuple(word.strip() for word in spec.split(",") if word.strip())


def same(spec: str, value: T) -> dict[str, T]:
    return dict.fromkeys(words(spec), value)


@dataclass(frozen=True)
class DateLexicon:
    weekdays: dict[str, int]
    months: dict[str, int]  # full names: may stand alone after a preposition ("in May")
    numbers: dict[str, int]
    # Weekday words that are also ordinary words ("sat", pt "sexta" = sixth): need a cue.
    weekdays_ambiguous: frozenset[str] = frozenset()
    weekday_abbrevs: frozenset[str] = frozenset()  # dropped when English is only the fallback
    weekdays_name_like: frozenset[str] = frozenset()  # also first names/surnames: "Domingo"
    weekday_pre: dict[str, int] = field(default_factory=dict)
    weekday_post: dict[str, int] = field(default_factory=dict)
    month_abbrevs: dict[str, int] = field(default_factory=dict)  # only next to a day number
    months_risky: frozenset[str] = frozenset()  # lower-case "may", "march" are verbs
    month_pre: dict[str, tuple[str, int]] = field(default_factory=dict)  # -> (start|mid|end, dir)
    month_post: dict[str, tuple[str, int]] = field(default_factory=dict)  # hu suffixes
    days: dict[str, tuple[int, Hour]] = field(default_factory=dict)  # "tonight" -> (0, 20)
    periods: dict[str, tuple[str, int]] = field(default_factory=dict)  # "next week" -> (week, 1)
    period_ends: dict[str, str] = field(default_factory=dict)  # "eom" -> "month"
    articles: tuple[str, ...] = ()  # belong to the span when they precede a period phrase
    offset_pre: dict[str, int] = field(default_factory=dict)  # "in" -> +1, "hace" -> -1
    offset_post: dict[str, int] = field(default_factory=dict)  # "ago" -> -1, "múlva" -> +1
    units: dict[str, tuple[str, int]] = field(default_factory=dict)  # "weeks" -> ("day", 7)
    parts: dict[str, int] = field(default_factory=dict)  # "in the morning" -> 9: stands alone
    parts_weak: dict[str, int] = field(default_factory=dict)  # "morning": only beside a date
    day_ends: tuple[str, ...] = ()  # "eod": 17:00, a deadline
    hour_preps: tuple[str, ...] = ()  # may precede a clock time; required before a bare "3"
    context: tuple[str, ...] = ()  # words before a weekday/month/day that make it a date
    connectives: tuple[str, ...] = ()  # may follow "at 3" without making it "at 3 offices"
    holidays: tuple[str, ...] = ()
    # Regexes with (?P<d>); if one has a (?P<cue>) group that did not take part ("the 3rd" without
    # "on"), the hit needs a context word, a time or a clause end ("the 3rd meeting" is no date).
    ordinals: tuple[str, ...] = ()
    day_month: tuple[str, ...] = ()  # regexes: {M} all month words, {FM} full names only
    clocks: tuple[str, ...] = ()  # extra clock regexes with (?P<h>) and optional (?P<mi>)
    soft_weekdays: bool = False  # an ambiguous weekday ending a clause counts (pt "f/u sexta.")
    soft_weekday_words: frozenset[str] = frozenset()  # the same for these words only, after other words
    now_words: tuple[str, ...] = ()  # "now", "asap": this very moment
    anchor_rel: dict[str, int] = field(default_factory=dict)  # "two days after tomorrow": "after" -> +1
    of_month: tuple[str, ...] = ()  # "the first friday of july": "of", "in"
    month_word: tuple[str, ...] = ()  # "the 2nd monday of the month"
    day_end_of: tuple[str, ...] = ()  # "end of" + a day: that day at 17:00
    half_hour: tuple[str, ...] = ()  # "half an hour": 30 minutes, after an offset word ("in", "from now")
    named_days: dict[str, str] = field(default_factory=dict)  # "christmas" -> "12-25", "easter monday" -> "easter+1"
    ago_units: dict[str, tuple[str, int]] = field(default_factory=dict)  # hu "két hete": a unit that means "ago"
    nth_words: dict[str, int] = field(default_factory=dict)  # ordinals that are also other words (pt "segunda")
    vague_counts: tuple[str, ...] = ()  # "a few days ago": read, but how many? Asked.


_EN_MONTH_PRE = {
    **same("in, during, early, beginning of, start of, the beginning of", ("start", 0)),
    **same("mid, mid-, middle of, the middle of", ("mid", 0)),
    **same("late, end of, the end of", ("end", 0)),
    "next": ("start", 1),
    "last": ("start", -1),
    "this": ("start", 0),
}

EN = DateLexicon(
    weekdays=groups(
        "monday, mon | tuesday, tue, tues | wednesday, wed | thursday, thu, thur, thurs"
        " | friday, fri | saturday, sat | sunday, sun"
    ),
    weekdays_ambiguous=frozenset(words("mon, wed, fri, sat, sun")),
    # not words of their own: ending a clause after other words, they are days ("visited their office mon")
    soft_weekday_words=frozenset(words("mon, fri")),
    weekday_abbrevs=frozenset(words("mon, tue, tues, wed, thu, thur, thurs, fri, sat, sun")),
    weekday_pre={
        **same("next, on next", 2),  # the weekday of next week (see date_calendar.weekday)
        **same("this coming, coming", 1),
        **same("last, this past, past", -1),
        **same("this, on, on this", 0),
    },
    months=groups(
        "january | february | march | april | may | june | july | august | september | october | november | december", 1
    ),
    month_abbrevs=groups(
        "jan, jan. | feb, feb. | mar, mar. | apr, apr. | - | jun, jun. | jul, jul."
        " | aug, aug. | sep, sep., sept, sept. | oct, oct. | nov, nov. | dec, dec.",
        1,
    ),
    months_risky=frozenset(words("may, march")),
    month_pre=_EN_MONTH_PRE,
    numbers={
        **groups(
            "a, an, one | two, a couple of | three | four | five | six | seven | eight | nine | ten | eleven | twelve",
            1,
        ),
        "fifteen": 15,
    },
    days={
        **same("yesterday, yday, ystd, yesterdy, yesteday", (-1, None)),
        **same("today", (0, None)),
        **same("tomorrow, tmrw, tmr, tomorow, tommorow", (1, None)),
        **same("day before yesterday, the day before yesterday", (-2, None)),
        "tonight": (0, 20),
        **same("this morning, this am", (0, 9)),
        **same("this afternoon, this pm", (0, 14)),
        "this evening": (0, 18),
        "last night": (-1, 20),
        **same("next day, the next day, the following day", (1, None)),
        **same("day after tmrw, the day after tmrw, day after tomorrow, the day after tomorrow", (2, None)),
        **same("this day", (0, None)),
    },
    periods={
        "next week": ("week", 1),
        "the following week": ("week", 1),
        "the week after next": ("week", 2),
        "week after next": ("week", 2),
        "this week": ("week", 0),
        "last week": ("week", -1),
        "next month": ("month", 1),
        "this month": ("month", 0),
        "last month": ("month", -1),
        "previous month": ("month", -1),
        "the previous month": ("month", -1),
        "next year": ("year", 1),
        "this year": ("year", 0),
        "last year": ("year", -1),
    },
    period_ends={
        **same(
            "end of month, end of the month, end of this month, eom, month end, month-end,"
            " last day of the month, last day of month, last day of this month",
            "month",
        ),
        **same("end of quarter, end of the quarter, end of this quarter, eoq, quarter end, quarter-end", "quarter"),
        **same("end of next month", "next_month"),
        **same("end of week, end of the week, end of this week, eow", "week"),
        **same("end of next week", "next_week"),
        **same("end of year, end of the year, end of this year, eoy, year end, year-end", "year"),
        **same("weekend, the weekend, this weekend", "weekend"),
        **same("next weekend", "next_weekend"),
    },
    articles=("the",),
    offset_pre=same("in, within", 1),
    offset_post={"ago": -1, "from now": 1, "from today": 1, "later": 1},
    units={
        **same("minute, minutes, min, mins", ("minute", 1)),
        **same("hour, hours, hr, hrs, h", ("hour", 1)),
        **same("day, days", ("day", 1)),
        **same("business day, business days, working day, working days", ("bday", 1)),
        **same("week, weeks, wk, wks", ("day", 7)),
        **same("fortnight, fortnights", ("day", 14)),
        **same("month, months", ("month", 1)),
        **same("year, years", ("month", 12)),
    },
    parts={
        **same("in the morning", 9),
        **same("in the afternoon", 14),
        **same("in the evening", 18),
        **same("at night", 20),
        **same("noon, at noon, midday, at midday, lunchtime, at lunchtime", 12),
    },
    parts_weak={"morning": 9, "afternoon": 14, "evening": 18, "night": 20},
    day_ends=words("eod, end of day, end of the day, the end of the day, the end of day, cob, close of business"),
    hour_preps=words("at, @, around"),
    context=words("by, until, till, til, before, after, from, since, for, due, every, starting"),
    connectives=words("with, w, for, to, and, or, in, on, re, about, at, the, then, so, but, because"),
    holidays=words(
        "after the holidays, after holidays, after the holiday, after new year,"
        " after new year's, after the new year, in the new year"
    ),
    ordinals=(
        r"(?:(?P<cue>on)\s+)?the\s+(?P<d>\d{1,2})(?:st|nd|rd|th)"
        r"(?:\s+of\s+(?:the\s+|this\s+)?(?P<next>next\s+)?month)?",
        # "on 15", "for the 27": a bare day number after a preposition
        r"(?P<cue>on|for)\s+(?:the\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)?(?![\d/:.,-]\d)",
        r"(?P<cue>at)\s+(?:the\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)",
    ),
    day_month=(
        r"(?:the\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)?\.?(?:\s+of)?[\s/-]+(?P<m>{M})\.?"
        r"(?:,?\s+(?P<y>\d{4}|['’]\d{2}|\d{2}(?![\d:])))?",
        r"(?P<m>{M})\.?[\s/-]*(?:the\s+)?(?P<d>\d{1,2})(?:st|nd|rd|th)?(?![\d:])(?:(?:,?\s+|[/-])(?P<y>\d{4}))?",
        r"(?P<y>\d{4})[-/](?P<m>{M})[-/](?P<d>\d{1,2})",
    ),
    clocks=(r"(?P<h>1[0-2]|0?[1-9])\s*o['’]?clock",),
    now_words=words("now, right now, just now, asap, as soon as possible, immediately, right away"),
    anchor_rel={**same("after, from", 1), "before": -1},
    of_month=words("of, in"),
    month_word=words("month, the month"),
    day_end_of=words("end of, end of the, the end of, the end of the, by the end of, by end of"),
    half_hour=words("half an hour, half a hour, a half hour, half hour"),
    vague_counts=words("a few, few, several, some"),  # "a couple of" is two
    named_days={
        **same("christmas, christmas day, xmas", "12-25"),
        "christmas eve": "12-24",
        **same("new year's day, new years day", "01-01"),
        **same("new year's eve, new years eve", "12-31"),
        **same("valentine's day, valentines day", "02-14"),
        "halloween": "10-31",
        **same("easter, easter sunday", "easter+0"),
        "easter monday": "easter+1",
        "good friday": "easter-2",
        **same("mardi gras, shrove tuesday, carnival", "easter-47"),
    },
)
