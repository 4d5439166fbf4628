"""Turn regex hits into resolved pieces (a date, a clock time, or a part of day).

`dates.py` then keeps the longest non-overlapping pieces and joins neighbours ("next tue" + "3pm").
Each builder returns None when the hit is not a date after all ("May Chen", "at 3 offices").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

from bot.nlu import date_calendar as cal
from bot.nlu.date_phrases import CLAUSE_END, NEXT_WORD, PREV_WORD, LanguagePatterns, norm

_WEAK_MONTH_PRE = frozenset({"this", "next", "last"})  # "this may work" is not May
_FRACTION_OF = re.compile(r"\s+(?:of|da|do|du|des|del|della|dei)\s", re.IGNORECASE)  # "3/4 of the team"


@dataclass(frozen=True)
class Piece:
    start: int
    end: int
    kind: Literal["date", "clock", "part"]
    day: date | None = None
    instant: datetime | None = None  # an exact moment ("in 2 hours"): never joined with a time
    hour: int = 0
    minute: int = 0
    meridiem: str | None = None  # "a" or "p"
    bare: bool = False  # "at 3": no minutes, no am/pm, so business hours are assumed
    part_hour: int | None = None  # "tonight" carries its own evening hour
    needs_support: bool = False  # alone it is probably not a date ("fri", "morning", "3h")
    weekday_only: bool = False
    range_end: bool = False


@dataclass(frozen=True)
class Scan:
    text: str
    pat: LanguagePatterns
    now: datetime  # aware, in the sender's zone
    zone: ZoneInfo
    lean: int  # +1 prefer future, -1 prefer past
    order: str  # "MDY", "DMY" or "YMD"
    strict: bool  # False when the caller says the text is a date phrase

    @property
    def today(self) -> date:
        return self.now.date()

    def has_context(self, start: int) -> bool:
        return self.pat.context_before.search(self.text, max(0, start - 30), start) is not None

    def clause_ends(self, end: int) -> bool:
        return CLAUSE_END.match(self.text, end) is not None

    def _is_name_word(self, word: str) -> bool:
        return word[:1].isupper() and norm(word).replace("'", " ").split()[0] not in self.pat.date_words

    def followed_by_name(self, end: int) -> bool:
        """"May Chen", "Sat Singh": a capitalised non-date word right after."""
        found = NEXT_WORD.match(self.text, end)
        return found is not None and self._is_name_word(found[1])

    def preceded_by_name(self, start: int, *, anywhere: bool = False) -> bool:
        """"Met Maria Tuesday": a capitalised non-date word right before. A sentence's first word
        is capitalised anyway ("Meeting Tuesday"), so it only counts for words that are also
        common names (`anywhere`: "Plácido Domingo")."""
        found = PREV_WORD.search(self.text, 0, start)
        if found is None or not self._is_name_word(found[1]):
            return False
        head = self.text[: found.start()].rstrip()
        return anywhere or (bool(head) and head[-1] not in ".!?:;\n")


def _days(hit: re.Match[str], scan: Scan) -> Piece | None:
    offset, hour = scan.pat.look("days", hit["w"])
    return Piece(hit.start(), hit.end(), "date", day=scan.today + timedelta(days=offset), part_hour=hour)


def _weekday(hit: re.Match[str], scan: Scan) -> Piece | None:
    word, pre, post = hit["wd"], hit["pre"], hit["post"]
    if post:
        direction = scan.pat.look("weekday_post", post)
    else:
        direction = scan.pat.look("weekday_pre", pre) if pre else 0
    if direction == 0 and scan.followed_by_name(hit.end()):
        return None
    needs = False
    if not (pre or post or scan.has_context(hit.start())):
        soft = scan.pat.lex.soft_weekdays and scan.clause_ends(hit.end())
        needs = bool(scan.pat.look("weekdays_ambiguous", word)) and not soft
        name_like = bool(scan.pat.look("weekdays_name_like", word))
        needs = needs or (word[:1].isupper() and scan.preceded_by_name(hit.start(), anywhere=name_like))
    day = cal.weekday(scan.today, scan.pat.look("weekdays", word), direction, scan.lean)
    return Piece(hit.start(), hit.end(), "date", day=day, needs_support=needs, weekday_only=True)


def _weekday_week(hit: re.Match[str], scan: Scan) -> Piece | None:
    _, offset = scan.pat.look("periods", hit["p"])
    day = cal.monday(scan.today) + timedelta(weeks=offset, days=scan.pat.look("weekdays", hit["wd"]))
    return Piece(hit.start(), hit.end(), "date", day=day)


def _month(word: str, scan: Scan) -> int:
    return scan.pat.look("months", word) or scan.pat.look("month_abbrevs", word)


def _month_date(hit: re.Match[str], scan: Scan) -> Piece | None:
    year = int(hit["y"]) if hit["y"] else None
    day = cal.month_day(scan.today, _month(hit["m"], scan), int(hit["d"]), year, scan.lean)
    return Piece(hit.start(), hit.end(), "date", day=day) if day else None


def _month_only(hit: re.Match[str], scan: Scan) -> Piece | None:
    word, pre, year = hit["m"], hit["pre"], int(hit["y"]) if hit["y"] else None
    post = hit.groupdict().get("post")
    if pre:
        kind, direction = scan.pat.look("month_pre", pre)
    else:
        kind, direction = scan.pat.look("month_post", post) if post else ("start", 0)
    cued = bool(pre or post or year) or scan.has_context(hit.start())
    if not cued or (year is None and scan.followed_by_name(hit.end())):
        return None
    risky = word.islower() and scan.pat.look("months_risky", word) and year is None
    if risky and norm(pre or "") in _WEAK_MONTH_PRE:
        return None
    day = cal.month_point(scan.today, scan.pat.look("months", word), year, kind, direction, scan.lean)
    return Piece(hit.start(), hit.end(), "date", day=day, range_end=kind == "end")


def _numeric(hit: re.Match[str], scan: Scan) -> Piece | None:
    first, second, raw_year = int(hit["a"]), int(hit["b"]), hit.groupdict().get("y")
    if hit.group() in {"24/7", "50/50"} or (not raw_year and _FRACTION_OF.match(scan.text, hit.end())):
        return None
    year_first = bool(raw_year) and hit.start("y") < hit.start("a")  # 2026-03-04, 2026.03.04.
    # A Hungarian "03.17." is month first; with a trailing year it is read day first.
    month_first = year_first or scan.order == "MDY" or (scan.order == "YMD" and not raw_year)
    month, day = (first, second) if month_first else (second, first)
    if month > 12 >= day:  # "17/3" from an en-US sender can only be 17 March
        month, day = day, month
    year = None if not raw_year else int(raw_year) + (2000 if len(raw_year) == 2 else 0)
    if not 1 <= month <= 12 or day < 1:
        return None
    found = cal.month_day(scan.today, month, day, year, scan.lean)
    return Piece(hit.start(), hit.end(), "date", day=found) if found else None


def _ordinal(hit: re.Match[str], scan: Scan) -> Piece | None:
    number = int(hit["d"].lower().removesuffix("er"))
    if not 1 <= number <= 31:
        return None
    offset = 1 if hit.groupdict().get("next") else None
    day = cal.day_of_month(scan.today, number, scan.lean, offset)
    uncued = "cue" in hit.re.groupindex and not hit["cue"]
    needs = uncued and not scan.has_context(hit.start()) and not scan.clause_ends(hit.end())
    return Piece(hit.start(), hit.end(), "date", day=day, needs_support=needs) if day else None


def _offset(hit: re.Match[str], scan: Scan) -> Piece | None:
    pre, post = hit["pre"], hit["post"]
    sign = scan.pat.look("offset_post", post) if post else scan.pat.look("offset_pre", pre or "")
    if not sign:
        return None  # "2 weeks" is a duration, not a date
    count = int(hit["n"]) if hit["n"].isdigit() else scan.pat.look("numbers", hit["n"])
    unit, size = scan.pat.look("units", hit["u"])
    amount = sign * count * size
    if unit in {"minute", "hour"}:  # elapsed time: count it in UTC so a DST jump does not stretch it
        delta = timedelta(minutes=amount) if unit == "minute" else timedelta(hours=amount)
        instant = (scan.now.astimezone(UTC) + delta).astimezone(scan.zone)
        return Piece(hit.start(), hit.end(), "date", instant=instant)
    day = scan.today + timedelta(days=amount) if unit == "day" else cal.add_months(scan.today, amount)
    return Piece(hit.start(), hit.end(), "date", day=day)


def _period(hit: re.Match[str], scan: Scan) -> Piece | None:
    unit, offset = scan.pat.look("periods", hit["p"])
    return Piece(hit.start(), hit.end(), "date", day=cal.period_start(scan.today, unit, offset))


def _period_end(hit: re.Match[str], scan: Scan) -> Piece | None:
    day = cal.period_end(scan.today, scan.pat.look("period_ends", hit["e"]), scan.lean)
    return Piece(hit.start(), hit.end(), "date", day=day, range_end=True)


def _holiday(hit: re.Match[str], scan: Scan) -> Piece | None:
    return Piece(hit.start(), hit.end(), "date", day=cal.after_holidays(scan.today, scan.lean))


def _day_end(hit: re.Match[str], scan: Scan) -> Piece | None:
    return Piece(hit.start(), hit.end(), "part", hour=17, range_end=True)


def _part(hit: re.Match[str], scan: Scan) -> Piece | None:
    strong = scan.pat.look("parts", hit["p"])
    hour = strong if strong is not None else scan.pat.look("parts_weak", hit["p"])
    return Piece(hit.start(), hit.end(), "part", hour=hour, needs_support=strong is None)


def _clock(hit: re.Match[str], scan: Scan) -> Piece | None:
    groups = hit.groupdict()
    hour, minutes, meridiem = int(hit["h"]), groups.get("mi"), groups.get("ap")
    if meridiem and not 1 <= hour <= 12:
        return None
    # "3h" alone may be a duration ("lasted 3h"); "15h", "9h30" and "à 3h" are times.
    weak = not (meridiem or minutes or groups.get("prep")) and hour < 7
    return Piece(hit.start(), hit.end(), "clock", hour=hour, minute=int(minutes or 0),
                 meridiem=meridiem.lower() if meridiem else None, needs_support=weak)


def _bare_clock(hit: re.Match[str], scan: Scan) -> Piece | None:
    groups = hit.groupdict()
    if groups.get("prep"):  # "at 3 offices" counts offices; "at 3 with Ana", "at 3 tomorrow" are times
        following = NEXT_WORD.match(scan.text, hit.end())
        if following is not None:
            word = norm(following[1]).replace("'", " ").split()[0]
            if word not in scan.pat.date_words and not scan.pat.look("connectives", word):
                return None
    minutes = groups.get("mi")
    return Piece(hit.start(), hit.end(), "clock", hour=int(hit["h"]), minute=int(minutes or 0),
                 bare=not minutes)


Builder = Callable[[re.Match[str], Scan], Piece | None]
BUILDERS: dict[str, Builder] = {
    "days": _days, "weekday": _weekday, "weekday_week": _weekday_week, "month_date": _month_date,
    "month_only": _month_only, "numeric": _numeric, "ordinal": _ordinal, "offset": _offset,
    "period": _period, "period_end": _period_end, "holiday": _holiday, "day_end": _day_end,
    "part": _part, "clock": _clock, "bare_clock": _bare_clock,
}


def collect(scan: Scan) -> list[Piece]:
    """Every piece any family finds, overlapping ones included."""
    found = []
    for family, pattern in scan.pat.families:
        build = BUILDERS[family]
        for hit in pattern.finditer(scan.text):
            piece = build(hit, scan)
            if piece is not None:
                found.append(piece)
    return found
