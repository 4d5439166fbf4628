"""Small, pure formatting for nudge texts: dates in the reader's zone, compact money."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from babel.dates import format_date, format_skeleton

from bot.texts import formats

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
MONTH_NAMES = (
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December",
)  # fmt: skip
SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£"}


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


def compact_money(minor: int, currency: str) -> str:
    """'€18k', '€1.2M', '€950'."""
    units = minor / 100
    symbol = SYMBOLS.get(currency)
    if units >= 1_000_000:
        amount = f"{units / 1_000_000:.1f}M".replace(".0M", "M")
    elif units >= 10_000:
        amount = f"{units / 1000:.0f}k"
    elif units >= 1000:
        amount = f"{units / 1000:.1f}k".replace(".0k", "k")
    else:
        amount = f"{units:.0f}"
    return f"{symbol}{amount}" if symbol else f"{amount} {currency}"
