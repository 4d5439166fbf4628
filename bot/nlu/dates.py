"""Date phrases in a message, resolved against the injected clock (interim; replaced by the full finder)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, time
from typing import Literal
from zoneinfo import ZoneInfo

import dateparser


@dataclass(frozen=True)
class DateMatch:
    start: int
    end: int
    text: str
    value: datetime
    has_time: bool
    is_range_end: bool = False


_PHRASE = re.compile(
    r"\b(?:today|tomorrow|yesterday|next (?:mon|tue|wed|thu|fri|sat|sun)\w*|in \d+ (?:days?|weeks?|months?)"
    r"|\d{4}-\d{2}-\d{2})(?:\s+(?:at\s+)?\d{1,2}(?::\d{2})?\s*(?:am|pm)?)?\b",
    re.IGNORECASE,
)


def parse_date_phrase(
    phrase: str,
    *,
    now: datetime,
    tz: str,
    lang: str = "en",
    prefer: Literal["future", "past"] = "future",
    day_first: bool | None = None,
) -> datetime | None:
    zone = ZoneInfo(tz)
    local_now = now.astimezone(zone).replace(tzinfo=None)
    value = dateparser.parse(
        phrase,
        languages=[lang, "en"] if lang != "en" else ["en"],
        settings={"RELATIVE_BASE": local_now, "PREFER_DATES_FROM": prefer},
    )
    return value.replace(tzinfo=zone) if value else None


def find_dates(
    text: str,
    *,
    now: datetime,
    tz: str,
    lang: str = "en",
    prefer: Literal["future", "past"] = "future",
    day_first: bool | None = None,
) -> list[DateMatch]:
    found = []
    for match in _PHRASE.finditer(text):
        value = parse_date_phrase(match.group(0), now=now, tz=tz, lang=lang, prefer=prefer)
        if value is None:
            continue
        has_time = bool(re.search(r"\d(?:am|pm|:\d\d)|\bat\s+\d", match.group(0), re.IGNORECASE))
        if not has_time:
            value = datetime.combine(value.date(), time(0), value.tzinfo)
        found.append(DateMatch(match.start(), match.end(), match.group(0), value, has_time))
    return found
