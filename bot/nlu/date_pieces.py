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
from bot.nlu.date_holidays import holidays_in
from bot.nlu.date_phrases import CLAUSE_END, NEXT_WORD, PREV_WORD, LanguagePatterns, norm, words_of

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
    short: bool = False  # "2:30": a one-digit hour with minutes and no am/pm, business hours too (not "02:30")
    part_hour: int | None = None  # "tonight" carries its own evening hour
    needs_support: bool = False  # alone it is probably not a date ("fri", "morning", "3h")
    weekday_only: bool = False
    range_end: bool = False
    second: int = 0
    impossible: bool = False  # "30 Feb", "31st of this month" in November, "fifth Sunday": asked, never guessed
    unclear: bool = False  # read, but it may mean something else ("monday 10": the 10th, or 10 o'clock?)
    needs_part: bool = False  # a lone number ("7") is a time only beside a part of day ("7, this morning")
    weekday: int | None = None  # the weekday a phrase named, to check a day number against ("martes 25")
    day_number: bool = False  # a bare day of the month ("the 25th"): another month may fit a named weekday


@dataclass(frozen=True)
class Scan:
    text: str
    pat: LanguagePatterns
    now: datetime  # aware, in the sender's zone
    zone: ZoneInfo
    lean: int  # +1 prefer future, -1 prefer past
    order: str  # "MDY", "DMY" or "YMD"
    strict: bool  # False when the caller says the text is a date phrase
    country: str | None = None  # whose public holidays are known by name

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
        """ "May Chen", "Sat Singh": a capitalised non-date word right after."""
        found = NEXT_WORD.match(self.text, end)
        return found is not None and self._is_name_word(found[1])

    def preceded_by_name(self, start: int, *, anywhere: bool = False) -> bool:
        """ "Met Maria Tuesday": a capitalised non-date word right before. A sentence's first word
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
        softened = scan.pat.lex.soft_weekdays or (word.lower() in scan.pat.lex.soft_weekday_words and hit.start() > 0)
        soft = softened and scan.clause_ends(hit.end())
        needs = bool(scan.pat.look("weekdays_ambiguous", word)) and not soft
        name_like = bool(scan.pat.look("weekdays_name_like", word))
        # Only a weekday that is also a name ("Domingo") may be a surname after a name; "Maria Silva Friday" is Friday.
        needs = needs or (name_like and word[:1].isupper() and scan.preceded_by_name(hit.start(), anywhere=True))
    target = scan.pat.look("weekdays", word)
    day = cal.weekday(scan.today, target, direction, scan.lean)
    # "call Ana on Thursday", said on a Thursday: today or next week's? Asked, not guessed (a logged touch's
    # bare weekday of today is today: a past one would be "last Thursday"). An answer to our own question
    # (not strict) is taken as said, so the question is not asked twice.
    today_or_next = scan.strict and direction == 0 and scan.lean > 0 and day == scan.today
    return Piece(
        hit.start(),
        hit.end(),
        "date",
        day=day,
        needs_support=needs,
        weekday_only=True,
        weekday=target,
        unclear=today_or_next,
    )


def _weekday_week(hit: re.Match[str], scan: Scan) -> Piece | None:
    _, offset = scan.pat.look("periods", hit["p"])
    day = cal.monday(scan.today) + timedelta(weeks=offset, days=scan.pat.look("weekdays", hit["wd"]))
    return Piece(hit.start(), hit.end(), "date", day=day)


def _weekday_after_next(hit: re.Match[str], scan: Scan) -> Piece | None:
    coming = cal.weekday(scan.today, scan.pat.look("weekdays", hit["wd"]), 1, 1)
    return Piece(hit.start(), hit.end(), "date", day=coming + timedelta(weeks=1))


def _month(word: str, scan: Scan) -> int:
    return scan.pat.look("months", word) or scan.pat.look("month_abbrevs", word)


def _month_date(hit: re.Match[str], scan: Scan) -> Piece | None:
    raw_year = hit.groupdict().get("y")
    year = two_digit_year(raw_year, scan) if raw_year else None
    day = cal.month_day(scan.today, _month(hit["m"], scan), int(hit["d"]), year, scan.lean)
    return Piece(hit.start(), hit.end(), "date", day=day) if day else _impossible(hit, scan, int(hit["d"]))


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
    year = None if not raw_year else two_digit_year(raw_year, scan)
    if 12 < first <= 31 and 12 < second < 20 and not raw_year:
        # "13/13": no month whichever way round, asked, never dropped; "15/20" and "18/20" are marks out of 20
        return _impossible(hit, scan, first)
    if not 1 <= month <= 12 or day < 1:
        return None
    found = cal.month_day(scan.today, month, day, year, scan.lean)
    if found is None:
        return _impossible(hit, scan, day)
    other = cal.month_day(scan.today, day, month, year, scan.lean) if first <= 12 and second <= 12 else None
    # "called harry on 3/4" in March, day first: 3 April of last year, or 4 March of last week? Asked.
    far_off = other is not None and abs((found - scan.today).days) > 120 and abs((other - scan.today).days) <= 45
    return Piece(hit.start(), hit.end(), "date", day=found, unclear=far_off)


def two_digit_year(raw: str, scan: Scan) -> int:
    """ "89" said in a log or for a birthday is 1989 (the past); in a plan, the century nearest today."""
    raw = raw.lstrip("'’")
    if len(raw) == 4:
        return int(raw)
    value, this_year = int(raw), scan.today.year
    candidates = [century + value for century in (1900, 2000, 2100)]
    if scan.lean < 0:
        return max(year for year in candidates if year <= this_year)
    return min(candidates, key=lambda year: abs(year - this_year))


def _numeric_dm(hit: re.Match[str], scan: Scan) -> Piece | None:
    """ "el 21 del 3": day, then month number."""
    day, month = int(hit["a"]), int(hit["b"])
    if not 1 <= month <= 12:
        return None
    found = cal.month_day(scan.today, month, day, None, scan.lean)
    return Piece(hit.start(), hit.end(), "date", day=found) if found else _impossible(hit, scan, day)


def _impossible(hit: re.Match[str], scan: Scan, day: int) -> Piece | None:
    """A day that its month does not have ("30 Feb", "31/04"): kept, so the sender is asked."""
    if not 1 <= day <= 31:
        return None
    return Piece(hit.start(), hit.end(), "date", day=scan.today, impossible=True)


def _ordinal(hit: re.Match[str], scan: Scan) -> Piece | None:
    number = int(hit["d"].lower().removesuffix("er"))
    if not 1 <= number <= 31:
        # "on the 32nd": a day of the month no month has is asked about, never dropped (the touch would be today)
        overflow = number < 100 and re.search(r"\d(?:st|nd|rd|th)\b", hit.group(0)) is not None
        return Piece(hit.start(), hit.end(), "date", day=scan.today, impossible=True) if overflow else None
    offset = 1 if hit.groupdict().get("next") else None
    day = cal.day_of_month(scan.today, number, scan.lean, offset)
    uncued = "cue" in hit.re.groupindex and not hit["cue"]
    needs = uncued and not scan.has_context(hit.start()) and not scan.clause_ends(hit.end())
    suffixed = re.search(r"\d(?:st|nd|rd|th)\b", hit.group(0)) is not None  # "on the 10th went well" is a day
    if hit.groupdict().get("cue") and not suffixed and not _date_follows(hit.end(), scan):
        return None  # "for 15 minutes", "on 3 accounts"
    if day is None:
        return _impossible(hit, scan, number) if offset is not None else None
    return Piece(hit.start(), hit.end(), "date", day=day, needs_support=needs, day_number=offset is None)


def _date_follows(end: int, scan: Scan) -> bool:
    """After "on 15" comes a clause end, a date word or a connective, not "minutes" or "accounts"."""
    if scan.clause_ends(end):
        return True
    following = NEXT_WORD.match(scan.text, end)
    if following is None:
        return True
    word = norm(following[1]).replace("'", " ").split()[0]
    if scan.pat.look("units", word) is not None:
        return False  # "en 5 heures" is a duration
    return word in scan.pat.date_words or bool(scan.pat.look("connectives", word))


def _offset(hit: re.Match[str], scan: Scan) -> Piece | None:
    pre, post = hit["pre"], hit["post"]
    sign = scan.pat.look("offset_post", post) if post else scan.pat.look("offset_pre", pre or "")
    if not sign:
        return None  # "2 weeks" is a duration, not a date
    parts = [*_UNIT_COUNT.findall(hit.groupdict().get("chain") or ""), (hit["n"], hit["u"])]
    months, days, minutes, working = 0, 0, 0, 0
    for raw_count, raw_unit in parts:
        count = int(raw_count) if raw_count.isdigit() else scan.pat.look("numbers", raw_count)
        looked = scan.pat.look("units", raw_unit.strip())
        if count is None or looked is None:
            return None
        unit, size = looked
        if unit == "month":
            months += count * size
        elif unit == "day":
            days += count * size
        elif unit == "bday":
            working += count
        else:
            minutes += count * size * (60 if unit == "hour" else 1)
    # Calendar parts first ("1 month 2 days ago"), then elapsed time, counted in UTC so a DST jump
    # does not stretch it.
    day = cal.add_working_days(cal.add_months(scan.today, sign * months) + timedelta(days=sign * days), sign * working)
    if minutes:
        start = scan.now + (datetime.combine(day, scan.now.timetz()) - datetime.combine(scan.today, scan.now.timetz()))
        instant = (start.astimezone(UTC) + timedelta(minutes=sign * minutes)).astimezone(scan.zone)
        return Piece(hit.start(), hit.end(), "date", instant=instant)
    return Piece(hit.start(), hit.end(), "date", day=day)


_UNIT_COUNT = re.compile(r"(\d{1,3})\s*([^\W\d_]+)")


def _anchored(hit: re.Match[str], scan: Scan) -> Piece | None:
    """ "two days after tomorrow", "three weeks from tomorrow", "4 days before yesterday"."""
    count = int(hit["n"]) if hit["n"].isdigit() else scan.pat.look("numbers", hit["n"])
    unit, size = scan.pat.look("units", hit["u"])
    offset, hour = scan.pat.look("days", hit["w"])
    if unit not in {"day", "month", "bday"} or count is None:
        return None
    anchor = scan.today + timedelta(days=offset)
    sign = scan.pat.look("anchor_rel", hit["rel"])
    if unit == "bday":
        day = cal.add_working_days(anchor, sign * count)
    elif unit == "day":
        day = anchor + timedelta(days=sign * count * size)
    else:
        day = cal.add_months(anchor, sign * count * size)
    return Piece(hit.start(), hit.end(), "date", day=day, part_hour=hour)


def _now(hit: re.Match[str], scan: Scan) -> Piece | None:
    return Piece(hit.start(), hit.end(), "date", instant=scan.now)


def _iso(hit: re.Match[str], scan: Scan) -> Piece | None:
    try:
        day = date(int(hit["y"]), int(hit["mo"]), int(hit["d"]))
    except ValueError:
        return _impossible(hit, scan, int(hit["d"]))
    second = int(hit["s"] or 0)
    instant = cal.local(day, int(hit["h"]), int(hit["mi"]), scan.zone, second)
    return Piece(hit.start(), hit.end(), "date", instant=instant)


def _ago_suffix(hit: re.Match[str], scan: Scan) -> Piece | None:
    """Hungarian "két hete" (two weeks ago), "3 napja" (3 days ago)."""
    count = int(hit["n"]) if hit["n"].isdigit() else scan.pat.look("numbers", hit["n"])
    unit, size = scan.pat.look("ago_units", hit["u"])
    if count is None:
        return None
    if unit in {"minute", "hour"}:
        minutes = count * size * (60 if unit == "hour" else 1)
        return Piece(hit.start(), hit.end(), "date", instant=scan.now - timedelta(minutes=minutes))
    day = scan.today - timedelta(days=count * size) if unit == "day" else cal.add_months(scan.today, -count * size)
    return Piece(hit.start(), hit.end(), "date", day=day)


def _vague_offset(hit: re.Match[str], scan: Scan) -> Piece | None:
    """ "a few days ago", "hace unos días": a date, but which? Asked, never guessed."""
    if not (hit["pre"] or hit["post"]):
        return None
    return Piece(hit.start(), hit.end(), "date", day=scan.today, unclear=True)


def _ctime(hit: re.Match[str], scan: Scan) -> Piece | None:
    """ "Wed Oct 26 15:50:06 2016", as mail and logs print a moment."""
    day = cal.month_day(scan.today, _month(hit["m"], scan), int(hit["d"]), int(hit["y"]), scan.lean)
    if day is None:
        return _impossible(hit, scan, int(hit["d"]))
    if hit["wd"] and day.weekday() != scan.pat.look("weekdays", hit["wd"]):
        return Piece(hit.start(), hit.end(), "date", day=day, impossible=True)
    instant = cal.local(day, int(hit["h"]), int(hit["mi"]), scan.zone, int(hit["s"] or 0))
    return Piece(hit.start(), hit.end(), "date", instant=instant)


def _month_of(hit: re.Match[str], scan: Scan) -> date:
    """The month a phrase names: "of july" (the nearest in the preferred direction), "of next month", none."""
    first = scan.today.replace(day=1)
    if hit.groupdict().get("m"):
        return cal.month_point(scan.today, scan.pat.look("months", hit["m"]), None, "start", 0, scan.lean).replace(
            day=1
        )
    if hit.groupdict().get("p"):
        _, offset = scan.pat.look("periods", hit["p"])
        return cal.add_months(first, offset)
    return first


def _nth_weekday(hit: re.Match[str], scan: Scan) -> Piece | None:
    """ "the first friday of july", "second Sunday" (of this month), "fifth Sunday" that does not exist: asked."""
    named = hit["m"] or hit["p"] or hit["cur"]
    if not (hit["suf"] or hit["nw"]) and not named:
        return None  # "two monday later" counts Mondays; "2nd monday" names one
    if hit["nw"] and not named:
        return None  # pt "segunda terça" alone is ambiguous (Monday? the second?): only "... de abril"
    nth = int(hit["n"]) if hit["n"] else scan.pat.look("nth_words", hit["nw"])
    if nth < 0:
        return None  # "a última sexta de março": not read here
    month = _month_of(hit, scan)
    day = cal.nth_weekday(month, scan.pat.look("weekdays", hit["wd"]), nth)
    if day is None:
        return Piece(hit.start(), hit.end(), "date", day=scan.today, impossible=True)
    return Piece(hit.start(), hit.end(), "date", day=day)


def _day_of_period(hit: re.Match[str], scan: Scan) -> Piece | None:
    """ "the 20th of next month"; "31st of this month" in November is asked."""
    month = _month_of(hit, scan)
    number = int(hit["d"])
    if not 1 <= number <= 31:
        return None
    if number > cal.last_day(month.year, month.month).day:
        return Piece(hit.start(), hit.end(), "date", day=scan.today, impossible=True)
    return Piece(hit.start(), hit.end(), "date", day=month.replace(day=number))


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


def _half_hour(hit: re.Match[str], scan: Scan) -> Piece | None:
    """ "in half an hour", "half an hour from now", "daqui a meia hora": 30 minutes from now."""
    pre, post = hit["pre"], hit["post"]
    sign = scan.pat.look("offset_post", post) if post else scan.pat.look("offset_pre", pre or "")
    if not sign:
        return None  # "half an hour" alone is a duration
    instant = (scan.now.astimezone(UTC) + timedelta(minutes=30 * sign)).astimezone(scan.zone)
    return Piece(hit.start(), hit.end(), "date", instant=instant)


def _named_day(hit: re.Match[str], scan: Scan) -> Piece | None:
    """ "Christmas", "Easter Monday", "Carnaval": the next (or last) one."""
    rule = scan.pat.look("named_days", hit["h"])
    for step in (0, scan.lean):
        day = cal.named_day(rule, scan.today.year + step)
        if day == scan.today or (day > scan.today) == (scan.lean > 0):
            return Piece(hit.start(), hit.end(), "date", day=day)
    return None


WEEKDAY_DAY_REACH = 62  # days: "martes 25" is this month's or a neighbour's, never half a year away
# "martes 25" said on Friday 28 September is Tuesday 25 December (88 days ahead); a Friday the 14th five months
# away ("friday 14" in March) is no reading anyone meant.
_NEAREST_WEEKDAY_DAY = 100
_HOUR_AFTER = re.compile(
    r"\s*(?:-?kor\b|[oó]r[aá]\w*|h\b|hs\b|horas?\b|heures?\b|ore\b|uhr\b|am\b|pm\b|o['’]clock)", re.I
)


def _weekday_day(hit: re.Match[str], scan: Scan) -> Piece | None:
    """ "martes 25", "Friday the 15th": the nearest 25th that is a Tuesday. "monday 10" may be 10 o'clock,
    so a number that could be an hour is asked about."""
    number, target = int(hit["d"]), scan.pat.look("weekdays", hit["wd"])
    if not 1 <= number <= 31 or _HOUR_AFTER.match(scan.text, hit.end()):
        return None  # "pénteken 14-kor", "viernes 14 hs": the weekday at that hour, read as a day and a clock
    day = cal.day_with_weekday(scan.today, number, target, scan.lean)
    ordinal = hit[0].rstrip()[-1].isalpha() or " the " in hit[0].lower()
    unclear = number <= 12 and not ordinal  # "monday 10": the 10th, or 10 o'clock? asked either way
    if day is None or (abs((day - scan.today).days) > _NEAREST_WEEKDAY_DAY and not unclear):
        # "friday 14" said in March: the next Friday the 14th is in August, which nobody meant; asked about
        return Piece(hit.start(), hit.end(), "date", day=scan.today, impossible=True)
    return Piece(hit.start(), hit.end(), "date", day=day, unclear=unclear)


def _part_end(hit: re.Match[str], scan: Scan) -> Piece | None:
    """ "end of tomorrow", "la fin de dimanche": that day at the end of the working day (17:00)."""
    return Piece(hit.start(), hit.end(), "part", hour=17, needs_support=True, range_end=True)


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
    return Piece(
        hit.start(),
        hit.end(),
        "clock",
        hour=hour,
        minute=int(minutes or 0),
        second=int(groups.get("s") or 0),
        meridiem=meridiem.lower() if meridiem else None,
        needs_support=weak,
        short=bool(minutes) and not meridiem and len(hit["h"]) == 1,
    )


def _clock_rel(hit: re.Match[str], scan: Scan) -> Piece | None:
    """ "a quarter to 7" (6:45), "half past 3", "20 minutes past 5", "las 7 menos cuarto", "las 5 y 20"."""
    quarter = norm(hit["q"] or "")
    half = quarter in {"half", "media", "meia", "mezza", "mezzo", "demie"}
    minutes = 30 if half else 15 if quarter else int(hit["n"])
    if not 1 <= minutes <= 59:
        return None
    spoken = hour = int(hit["h"])
    if norm(hit["rel"]) in {"to", "before", "menos", "meno", "moins"}:
        hour, minutes = (hour - 1) % 24, 60 - minutes
    # The spoken hour settles business hours: "half past 3" is 15:30, "a quarter to 7" 06:45.
    business = 1 <= spoken <= 6
    if business and hour == 0:
        hour = 12  # "a quarter to 1" is 12:45
    return Piece(hit.start(), hit.end(), "clock", hour=hour, minute=minutes, bare=business)


def _clock_toward(hit: re.Match[str], scan: Scan) -> Piece | None:
    """Hungarian "fél 10" (9:30), "negyed 11" (10:15), "háromnegyed 10" (9:45): a part of the hour named."""
    minutes = {"fel": 30, "negyed": 15, "haromnegyed": 45}[norm(hit["q"])]
    spoken = int(hit["h"])
    hour = spoken - 1
    # Business hours as for "half past 3": "fél 3" is 14:30 unless a part of day says otherwise.
    business = 1 <= spoken <= 6
    return Piece(
        hit.start(), hit.end(), "clock", hour=hour if hour or not business else 12, minute=minutes, bare=business
    )


def _weak_clock(hit: re.Match[str], scan: Scan) -> Piece | None:
    return Piece(hit.start(), hit.end(), "clock", hour=int(hit["h"]), needs_part=True, bare=True)


def _bare_clock(hit: re.Match[str], scan: Scan) -> Piece | None:
    groups = hit.groupdict()
    if groups.get("prep"):  # "at 3 offices" counts offices; "at 3 with Ana", "at 3 tomorrow" are times
        following = NEXT_WORD.match(scan.text, hit.end())
        if following is not None:
            word = norm(following[1]).replace("'", " ").split()[0]
            if word not in scan.pat.date_words and not scan.pat.look("connectives", word):
                return None
    minutes = groups.get("mi")
    hour = hit["h"]
    return Piece(
        hit.start(), hit.end(), "clock", hour=int(hour), minute=int(minutes or 0), bare=not minutes,
        short=bool(minutes) and len(hour) == 1,
    )  # fmt: skip


Builder = Callable[[re.Match[str], Scan], Piece | None]
BUILDERS: dict[str, Builder] = {
    "days": _days,
    "weekday": _weekday,
    "weekday_week": _weekday_week,
    "weekday_after_next": _weekday_after_next,
    "month_date": _month_date,
    "month_only": _month_only,
    "numeric": _numeric,
    "ordinal": _ordinal,
    "offset": _offset,
    "period": _period,
    "period_end": _period_end,
    "holiday": _holiday,
    "day_end": _day_end,
    "part": _part,
    "clock": _clock,
    "bare_clock": _bare_clock,
    "clock_rel": _clock_rel,
    "clock_toward": _clock_toward,
    "part_end": _part_end,
    "ctime": _ctime,
    "ago_suffix": _ago_suffix,
    "vague_offset": _vague_offset,
    "half_hour": _half_hour,
    "named_day": _named_day,
    "weekday_day": _weekday_day,
    "numeric_dm": _numeric_dm,
    "weak_clock": _weak_clock,
    "now": _now,
    "iso": _iso,
    "nth_weekday": _nth_weekday,
    "day_of_period": _day_of_period,
    "anchored": _anchored,
}


def collect(scan: Scan) -> list[Piece]:
    """Every piece any family finds, overlapping ones included."""
    found = []
    if scan.country:
        for start, end, day in holidays_in(scan.text, scan.country, scan.today, scan.pat.lang, scan.lean):
            found.append(Piece(start, end, "date", day=day))
    present = words_of(scan.text)
    for family, pattern in scan.pat.families:
        gate = scan.pat.gates.get(family)
        if gate is not None and gate.isdisjoint(present):
            continue
        build = BUILDERS[family]
        for hit in pattern.finditer(scan.text):
            piece = build(hit, scan)
            if piece is not None:
                found.append(piece)
    return found
