"""Dates, numbers and money as the reader writes them (Babel's locale data), one place for every language.

English keeps the house style the replies always had ("€1,200.00", "28 Feb 2026"); the other languages get
their own ("24 000,00 €", "28/02/2026" is never used: "28 fév. 2026", "2026. febr. 28.").
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from babel.dates import format_skeleton
from babel.numbers import format_currency, format_decimal

LOCALES = {"en": "en_GB", "pt": "pt_PT", "es": "es_ES", "fr": "fr_FR", "it": "it_IT", "hu": "hu_HU"}
_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£"}


def locale(lang: str) -> str:
    return LOCALES.get(lang, "en_GB")


def money(minor: int, currency: str, lang: str = "en") -> str:
    if lang == "en" or lang not in LOCALES:
        sign = "-" if minor < 0 else ""
        whole, cents = divmod(abs(minor), 100)
        symbol = _SYMBOLS.get(currency)
        amount = f"{whole:,}.{cents:02d}"
        return f"{sign}{symbol}{amount}" if symbol else f"{sign}{amount} {currency}"
    return format_currency(Decimal(minor) / 100, currency, locale=locale(lang))


def number(value: int | float | Decimal, lang: str = "en") -> str:
    return format_decimal(value, locale=locale(lang))


def day(value: date | datetime, lang: str = "en") -> str:
    """A calendar day with the month's short name: "28 Feb 2026", "28/02/2026" never (ambiguous across readers)."""
    plain = value.date() if isinstance(value, datetime) else value
    if lang == "en" or lang not in LOCALES:
        return f"{plain.day} {plain.strftime('%b %Y')}"
    return format_skeleton("yMMMd", plain, locale=locale(lang))


def day_month(month: int, day_of_month: int, year: int | None, lang: str = "en") -> str:
    """A birthday: "14 May 1985", "14 May" without a year (29 February is fine without one)."""
    if year:
        return day(date(year, month, day_of_month), lang)
    if lang == "en" or lang not in LOCALES:
        return f"{day_of_month} {date(2000, month, 1).strftime('%b')}"
    return format_skeleton("MMMd", date(2000, month, day_of_month), locale=locale(lang))
