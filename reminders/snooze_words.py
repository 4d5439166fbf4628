"""Snooze in words: "snooze Acme until after the holidays", "snooze 2 weeks", "snooze Ana till Monday"."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.nlu.dates import parse_date_phrase

_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "couple of": 2}
_UNITS = {"h": timedelta(hours=1), "d": timedelta(days=1), "w": timedelta(weeks=1), "m": timedelta(days=30)}
_DURATION = re.compile(
    r"\b(?:for\s+)?(\d{1,3}|a|an|one|two|three|four|five|six|couple of)\s+(hours?|hrs?|days?|weeks?|wks?|months?)\b",
    re.IGNORECASE,
)
_UNTIL = re.compile(r"\b(?:until|till|til|to|for)\s+(.+)$", re.IGNORECASE)
_HOLIDAYS = re.compile(r"\b(?:after\s+)?(?:the\s+)?(?:holidays|christmas|new year)\b", re.IGNORECASE)
_BARE = re.compile(r"\b(tomorrow|next\s+\w+|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b", re.IGNORECASE)
_FILLER = re.compile(r"^(?:the\s+)?(?:reminders?|nudges?)\s*(?:for|about|on)?\s*|^(?:about|for)\s+", re.IGNORECASE)
MORNING = time(9)


@dataclass(frozen=True)
class SnoozeRequest:
    contact_ref: str | None
    until: datetime


def after_holidays(local_today: date) -> date:
    """The first working-ish day after Christmas and New Year: the next 7 January."""
    this_year = date(local_today.year, 1, 7)
    return this_year if local_today < this_year else date(local_today.year + 1, 1, 7)


def parse_snooze(text: str, *, now: datetime, tz: str, lang: str = "en") -> SnoozeRequest:
    """Who (optional) and until when; one day when no time is given."""
    zone = ZoneInfo(tz)
    body = re.sub(r"^\s*/?snooze\b\s*", "", text.strip(), flags=re.IGNORECASE).rstrip(" .!?")
    until: datetime | None = None
    cut = len(body)
    if (m := _HOLIDAYS.search(body)) is not None:
        day = after_holidays(now.astimezone(zone).date())
        until, cut = datetime.combine(day, MORNING, zone), m.start()
    elif (m := _DURATION.search(body)) is not None:
        amount = _NUMBERS.get(m.group(1).lower()) or int(m.group(1))
        until, cut = now + amount * _UNITS[m.group(2)[0].lower()], m.start()
    elif (m := _UNTIL.search(body)) is not None or (m := _BARE.search(body)) is not None:
        phrase = m.group(1) if m.re is _UNTIL else m.group(0)
        value = parse_date_phrase(phrase, now=now, tz=tz, lang=lang, prefer="future")
        if value is not None:
            if value.time() == time(0) and not re.search(r"\d(?::\d\d|\s*[ap]m)", phrase, re.IGNORECASE):
                value = datetime.combine(value.date(), MORNING, zone)
            until, cut = value, m.start()
    if until is None and lang != "en":
        body, until, cut = _in_other_words(body, now=now, tz=tz, lang=lang)
    if until is None or until <= now:
        until = now + timedelta(days=1)
    ref = re.sub(r"\b(?:until|till|til|for|to)\s*$", "", body[:cut]).strip(" ,")
    ref = _UNTIL_WORDS.sub("", ref).strip(" ,")
    ref = _FILLER.sub("", ref).strip(" ,")
    return SnoozeRequest(ref or None, until)


# "1 semana", "deux semaines", "3 giorni", "2 hetet": a stay in the staff languages (the unit's stem, accent-folded).
_OTHER_DURATION = re.compile(
    r"(?<!\w)(?P<n>\d{1,3}|[^\W\d_]+)\s+(?P<u>hora|heure|ora|ore\b|óra|dia|día|jour|giorn|nap|semana|semaine|"
    r"settiman|hét|mes|mois|mese|mesi|hónap)\w*",
    re.IGNORECASE,
)
_OTHER_UNITS = {
    "hora": "h", "heure": "h", "ora": "h", "ore": "h", "óra": "h", "dia": "d", "día": "d", "jour": "d", "giorn": "d",
    "nap": "d", "semana": "w", "semaine": "w", "settiman": "w", "hét": "w", "mes": "m", "mois": "m", "mese": "m",
    "mesi": "m", "hónap": "m",
}  # fmt: skip
# What leads to the date and is left at the end of the name: "até", "hasta el", "jusqu'à", "fino a", "por".
_UNTIL_WORDS = re.compile(
    r"\s+(?:at[eé]|hasta|jusqu['’]?\s?(?:à|au|a)?|fino\s+a|per|por|pour|para|durante|pendant)\s*(?:el|la|le|o|a)?\s*$",
    re.IGNORECASE,
)


def _in_other_words(body: str, *, now: datetime, tz: str, lang: str) -> tuple[str, datetime | None, int]:
    """ "camila 1 semana", "carmen hasta el lunes", "Chen Wei hétfőig": the stay or the day in the sender's
    language, and where the name before it ends."""
    from bot.nlu import spelled_money
    from bot.nlu.dates import find_dates

    if lang == "hu":
        body = re.sub(r"(?<=\w{3})ig\b", "", body)  # "hétfőig" (until Monday): the day, without "-ig"
    stay = _OTHER_DURATION.search(body)
    if stay is not None:
        amount = int(stay["n"]) if stay["n"].isdigit() else spelled_money.number(stay["n"])
        unit = next((u for stem, u in _OTHER_UNITS.items() if stay["u"].lower().startswith(stem)), None)
        if amount and unit and amount <= 365:
            return body, now + amount * _UNITS[unit], stay.start()
    found = [m for m in find_dates(body, now=now, tz=tz, lang=lang, prefer="future") if m.doubt is None]
    if not found:
        return body, None, len(body)
    value = found[0].value if found[0].has_time else datetime.combine(found[0].value.date(), MORNING, ZoneInfo(tz))
    return body, value, found[0].start
