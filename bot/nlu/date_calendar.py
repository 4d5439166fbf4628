"""Calendar arithmetic behind date phrases: pure functions of "today", never of the clock.

`direction` is +1 (strictly after today: "next tue"), -1 (strictly before: "last tue") or 0 (the
nearest one in the preferred direction, today included). `lean` is that preference: +1 future, -1 past.
"""

from __future__ import annotations

import calendar
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from dateutil.easter import easter

_FRIDAY, _SATURDAY = 4, 5


def local(day: date, hour: int, minute: int, zone: ZoneInfo, second: int = 0) -> datetime:
    """Wall-clock time in `zone`; a time skipped by a DST jump moves forward by the jump."""
    aware = datetime.combine(day, time(hour, minute, second), tzinfo=zone)
    # zoneinfo accepts non-existent wall times (01:30 on a spring-forward night) as-is; a round
    # trip through UTC turns them into the real instant, and is a no-op for every other time.
    return aware.astimezone(UTC).astimezone(zone)


def weekday(today: date, target: int, direction: int, lean: int) -> date:
    """`direction` 2 is "next sunday": the Sunday of next week (said on a Monday, 13 days ahead), as
    Recognizers-Text reads it; 1 is "this coming sunday", the first one after today; -1 "last sunday";
    0 a bare "sunday", the nearest in the preferred direction, today included."""
    ahead = (target - today.weekday()) % 7
    behind = (today.weekday() - target) % 7
    if direction > 1:
        return monday(today) + timedelta(weeks=1, days=target)
    if direction > 0:
        return today + timedelta(days=ahead or 7)
    if direction < 0:
        return today - timedelta(days=behind or 7)
    return today + timedelta(days=ahead) if lean > 0 else today - timedelta(days=behind)


def monday(today: date) -> date:
    return today - timedelta(days=today.weekday())


def add_months(day: date, months: int) -> date:
    year, month0 = divmod(day.month - 1 + months, 12)
    year += day.year
    return date(year, month0 + 1, min(day.day, calendar.monthrange(year, month0 + 1)[1]))


def last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def _in_direction(candidate: date, today: date, lean: int) -> bool:
    return candidate >= today if lean > 0 else candidate <= today


def day_of_month(today: date, day: int, lean: int, month_offset: int | None = None) -> date | None:
    """The next (or last) date that is the `day`th of its month; months without it are skipped."""
    first = today.replace(day=1)
    if month_offset is not None:
        target = add_months(first, month_offset)
        return target.replace(day=day) if day <= calendar.monthrange(target.year, target.month)[1] else None
    for step in range(13):
        target = add_months(first, step * lean)
        if day <= calendar.monthrange(target.year, target.month)[1]:
            candidate = target.replace(day=day)
            if _in_direction(candidate, today, lean):
                return candidate
    return None


def month_day(today: date, month: int, day: int, year: int | None, lean: int) -> date | None:
    """ "17 March": this year's if it lies in the preferred direction, else the year after (before)."""
    if year is not None:
        try:
            return date(year, month, day)
        except ValueError:
            return None
    for step in range(9):  # 29 February can be eight years away (2096 -> 2104)
        try:
            candidate = date(today.year + step * lean, month, day)
        except ValueError:
            continue
        if _in_direction(candidate, today, lean):
            return candidate
    return None


def month_point(today: date, month: int, year: int | None, kind: str, direction: int, lean: int) -> date:
    """ "in May" -> 1 May, "mid May" -> 15 May, "end of May" -> 31 May, of the right year."""
    if year is None:
        year = today.year
        towards = direction or lean
        if towards > 0 and (month < today.month or (direction > 0 and month == today.month)):
            year += 1
        elif towards < 0 and (month > today.month or (direction < 0 and month == today.month)):
            year -= 1
    if kind == "end":
        return last_day(year, month)
    if kind == "mid":
        return date(year, month, 15)
    # "in March" said on 12 March: the rest of March, so today rather than a past 1 March
    start = date(year, month, 1)
    return today if lean > 0 and direction == 0 and start < today <= last_day(year, month) else start


def period_start(today: date, unit: str, offset: int) -> date:
    """ "next week" -> Monday of next week; "next month" -> its 1st; "this week" -> today."""
    if offset == 0:
        return today
    if unit == "week":
        return monday(today) + timedelta(weeks=offset)
    if unit == "month":
        return add_months(today.replace(day=1), offset)
    return date(today.year + offset, 1, 1)


def period_end(today: date, kind: str, lean: int) -> date:
    """Last day of the month/year, Friday for a week, Saturday for a weekend."""
    if kind == "month":
        end = last_day(today.year, today.month)
        return end if lean > 0 or end == today else today.replace(day=1) - timedelta(days=1)
    if kind == "quarter":
        end_month = (today.month - 1) // 3 * 3 + 3
        end = last_day(today.year, end_month)
        if lean > 0 or end == today:
            return end
        start = date(today.year, end_month - 2, 1)
        return start - timedelta(days=1)
    if kind == "next_month":
        following = add_months(today.replace(day=1), 1)
        return last_day(following.year, following.month)
    if kind == "year":
        end = date(today.year, 12, 31)
        return end if lean > 0 or end == today else date(today.year - 1, 12, 31)
    if kind == "week":
        friday = monday(today) + timedelta(days=_FRIDAY)
        if lean > 0:
            return friday if friday >= today else friday + timedelta(weeks=1)
        return friday if friday <= today else friday - timedelta(weeks=1)
    if kind == "next_week":
        return monday(today) + timedelta(weeks=1, days=_FRIDAY)
    if kind == "next_weekend":
        return monday(today) + timedelta(weeks=1, days=_SATURDAY)
    # weekend: during it, today; otherwise the coming (or last) Saturday
    if today.weekday() >= _SATURDAY:
        return today
    return weekday(today, _SATURDAY, 0, lean)


def _first_working_day(year: int) -> date:
    day = date(year, 1, 2)
    while day.weekday() >= _SATURDAY:
        day += timedelta(days=1)
    return day


def after_holidays(today: date, lean: int) -> date:
    """First working day after 1 January (2 January or the Monday after)."""
    candidate = _first_working_day(today.year)
    if _in_direction(candidate, today, lean):
        return candidate
    return _first_working_day(today.year + lean)


def nth_weekday(month: date, target: int, nth: int) -> date | None:
    """The nth (1-5) `target` weekday of the month of `month`; None when the month has no such day."""
    first = month.replace(day=1)
    day = first + timedelta(days=(target - first.weekday()) % 7 + 7 * (nth - 1))
    return day if day.month == first.month else None


def day_with_weekday(today: date, number: int, target: int, lean: int) -> date | None:
    """ "martes 25": the nearest 25th, in the preferred direction, that falls on a Tuesday."""
    first = today.replace(day=1)
    for step in range(28):
        month = add_months(first, step * lean)
        if number <= calendar.monthrange(month.year, month.month)[1]:
            candidate = month.replace(day=number)
            if candidate.weekday() == target and (candidate == today or _in_direction(candidate, today, lean)):
                return candidate
    return None


def named_day(rule: str, year: int) -> date:
    """ "12-25" is a fixed day; "easter+1" counts days from (Western) Easter Sunday of that year."""
    if rule.startswith("easter"):
        return easter(year) + timedelta(days=int(rule[len("easter") :]))
    month, day = rule.split("-")
    return date(year, int(month), int(day))


def add_working_days(day: date, count: int) -> date:
    """ "in four business days": Monday to Friday only (public holidays are not skipped)."""
    step = 1 if count >= 0 else -1
    for _ in range(abs(count)):
        day += timedelta(days=step)
        while day.weekday() >= _SATURDAY:
            day += timedelta(days=step)
    return day
