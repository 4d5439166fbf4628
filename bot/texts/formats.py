"""Dates, numbers and money as the reader writes them (Babel's locale data), one place for every language.

English keeps the house style the replies always had ("€1,200.00", "28 Feb 2026"); the other languages get
their own ("24 000,00 €", "28/02/2026" is never used: "28 fév. 2026", "2026. febr. 28.").
"""

from __future__ import annotations

from contextvars import ContextVar
from datetime import date, datetime
from decimal import Decimal
from functools import cache

from babel.dates import format_skeleton
from babel.numbers import format_compact_currency, format_currency, format_decimal, format_percent

from bot.texts import t

# The language of whoever the current message's answer is for: the dispatcher sets it per message, so a figure
# formatted deep inside an answer (an insight line, a card) is in the reader's language without threading it
# through every call. Nudges, written for their owner by the sweep, pass their language explicitly.
READER: ContextVar[str] = ContextVar("reader_lang", default="en")

LOCALES = {"en": "en_GB", "pt": "pt_PT", "es": "es_ES", "fr": "fr_FR", "it": "it_IT", "hu": "hu_HU"}
_SYMBOLS = {"EUR": "€", "USD": "$", "GBP": "£"}


def locale(lang: str) -> str:
    return LOCALES.get(lang, "en_GB")


def money(minor: int, currency: str, lang: str | None = None) -> str:
    lang = lang or READER.get()
    if lang == "en" or lang not in LOCALES:
        sign = "-" if minor < 0 else ""
        whole, cents = divmod(abs(minor), 100)
        symbol = _SYMBOLS.get(currency)
        amount = f"{whole:,}.{cents:02d}"
        return f"{sign}{symbol}{amount}" if symbol else f"{sign}{amount} {currency}"
    return format_currency(Decimal(minor) / 100, currency, locale=locale(lang))


def number(value: int | float | Decimal, lang: str | None = None, *, digits: int | None = None) -> str:
    """A count or a measure in the reader's way: "1,200", "1 200", "1.200"; ``digits`` fixes the decimals
    ("1.5", "1,5"); rounding is half-even, as Python's own formatting."""
    lang = lang or READER.get()
    if digits is None:
        return format_decimal(value, locale=locale(lang))
    pattern = "#,##0" + ("." + "0" * digits if digits else "")
    return format_decimal(value, format=pattern, locale=locale(lang), decimal_quantization=True)


def percent(share: float | None, lang: str | None = None) -> str:
    """A share as a whole percentage: "42%", "42 %"; "n/a" in the reader's words when there is none."""
    lang = lang or READER.get()
    if share is None:
        return t(lang, "figure.none")
    return format_percent(share, locale=locale(lang))


def compact_money(minor: int, currency: str, lang: str | None = None) -> str:
    """A rough figure for a line of text: "€18k", "€1.2M", "€950"; "18 mil €", "1,2 M €" in other languages."""
    lang = lang or READER.get()
    units = minor / 100
    if lang != "en" and lang in LOCALES:
        digits = 1 if 1000 <= abs(units) < 10_000 or abs(units) >= 1_000_000 else 0
        return format_compact_currency(units, currency, locale=locale(lang), fraction_digits=digits)
    symbol = _SYMBOLS.get(currency)
    if units >= 1_000_000:
        amount = f"{units / 1_000_000:.1f}M".replace(".0M", "M")
    elif units >= 10_000:
        amount = f"{units / 1000:.0f}k"
    elif units >= 1000:
        amount = f"{units / 1000:.1f}k".replace(".0k", "k")
    else:
        amount = f"{units:.0f}"
    return f"{symbol}{amount}" if symbol else f"{amount} {currency}"


def whole_money(minor: int, currency: str, lang: str | None = None) -> str:
    """Rounded to whole units, as figures are shown: "€7,760", "7 760 €", "7.760 €"."""
    lang = lang or READER.get()
    units = round(minor / 100)
    if lang == "en" or lang not in LOCALES:
        symbol = _SYMBOLS.get(currency)
        sign, whole = ("-" if units < 0 else ""), f"{abs(units):,}"
        return f"{sign}{symbol}{whole}" if symbol else f"{sign}{whole} {currency}"
    return format_currency(
        Decimal(units), currency, locale=locale(lang), format=_whole_pattern(lang), currency_digits=False
    )


@cache
def _whole_pattern(lang: str) -> str:
    from babel import Locale

    pattern = Locale.parse(locale(lang)).currency_formats["standard"].pattern
    return pattern.split(";")[0].replace(".00", "")


def day(value: date | datetime, lang: str | None = None) -> str:
    """A calendar day in the reader's way: "28 Feb 2026", "28/02/2026", "2026. febr. 28."."""
    lang = lang or READER.get()
    plain = value.date() if isinstance(value, datetime) else value
    if lang == "en" or lang not in LOCALES:
        return f"{plain.day} {plain.strftime('%b %Y')}"
    return format_skeleton("yMMMd", plain, locale=locale(lang))


def day_month(month: int, day_of_month: int, year: int | None, lang: str | None = None) -> str:
    """A birthday: "14 May 1985", "14 May" without a year (29 February is fine without one)."""
    lang = lang or READER.get()
    if year:
        return day(date(year, month, day_of_month), lang)
    if lang == "en" or lang not in LOCALES:
        return f"{day_of_month} {date(2000, month, 1).strftime('%b')}"
    return format_skeleton("MMMd", date(2000, month, day_of_month), locale=locale(lang))
