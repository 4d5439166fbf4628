"""Small, pure formatting for nudge texts: dates in the reader's zone (money and numbers: bot/texts/formats.py)."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_skeleton

from bot.texts import formats
from bot.texts.formats import compact_money as compact_money  # the nudge rules' name for it

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip


def short_date(at: datetime, tz: ZoneInfo, *, year: bool = False, lang: str = "en") -> str:
    local = at.astimezone(tz)
    if lang != "en":
        return formats.day_month(local.month, local.day, local.year if year else None, lang)
    text = f"{local.day} {MONTHS[local.month - 1]}"
    return f"{text} {local.year}" if year else text


def since_month(at: datetime, tz: ZoneInfo, now: datetime, lang: str = "en") -> str:
    """'May', or 'May 2024' when it is not this year."""
    local, today = at.astimezone(tz), now.astimezone(tz)
    if lang != "en":
        if local.year == today.year:
            return format_date(local.date(), "LLLL", locale=formats.locale(lang))
        return format_skeleton("yMMMM", local.date(), locale=formats.locale(lang))
    name = MONTH_NAMES[local.month - 1]
    return name if local.year == today.year else f"{name} {local.year}"


