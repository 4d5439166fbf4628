"""Values a message states but that cannot be stored as written: a date that is not on the calendar, a currency
that is not an ISO 4217 code, a quantity under one. The fillers record them in ``Understanding.invalid`` so the
handler refuses the whole message naming the field, instead of storing a guess (today, the list price, one)."""

from __future__ import annotations

import re
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import cache

from bot.nlu.entities import parse_number
from bot.nlu.intents import Intent
from bot.nlu.lexicons import fold
from bot.nlu.understanding import Understanding

# 2026-02-30, 2026/02/30, 30/02/2026, 30.02.2026, 30-02-2026: the numeric forms people type.
_ISO = re.compile(r"(?<![\d/.-])(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?![\d/-])")
_DMY = re.compile(r"(?<![\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?![\d/-])")
# "30 February", "Feb 30", "30 de fevereiro", "február 30": a day a month never has.
_MONTH_WORDS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10,
    "nov": 11, "dec": 12, "fev": 2, "abr": 4, "mai": 5, "ago": 8, "set": 9, "out": 10, "dez": 12, "ene": 1,
    "dic": 12, "fevr": 2, "avr": 4, "juin": 6, "juil": 7, "aout": 8, "gen": 1, "mag": 5, "giu": 6, "lug": 7,
    "ott": 10, "febr": 2, "marc": 3, "maj": 5, "okt": 10, "szept": 9,
}  # fmt: skip
_MONTH = r"(jan|feb|fev|mar|apr|abr|avr|may|mai|maj|mag|jun|juin|giu|jul|juil|lug|aug|ago|aout|sep|set|szept|oct|out|okt|ott|nov|dec|dez|dic|ene|gen)\w*\.?"
_DAY_MONTH = re.compile(
    rf"\b(\d{{1,2}})(?:st|nd|rd|th|º|\.)?\s+(?:de\s+|of\s+)?{_MONTH}(?:\s+(?:de\s+)?(\d{{4}}))?", re.I
)
_MONTH_DAY = re.compile(rf"\b{_MONTH}\s+(\d{{1,2}})(?:st|nd|rd|th|\.)?(?:,?\s+(\d{{4}}))?\b", re.I)
_AMOUNT_CODE = re.compile(r"(?<![\w.,])(\d[\d.,\s]*)\s?([A-Za-z]{3})\b")
_AFTER_PRICE_WORD = re.compile(r"\b(?:for|por|pour|per|para|a|à|at)\s+\d[\d.,\s]*\s?([A-Za-z]{3})\b", re.I)
# "por 2 mil euros": a multiplier after the figure is not a currency code
_COMMON_WORDS = frozenset(
    ["day", "dia", "jou", "for", "per", "por", "and", "the", "pcs", "pro", "min", "kom", "mil", "mio", "mln"]
)


def _real(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def impossible_date(text: str) -> str | None:
    """The first date-looking phrase that names a day the calendar does not have, as written."""
    for match in _ISO.finditer(text):
        year, month, day = (int(g) for g in match.groups())
        if (1 <= month <= 12 and not _real(year, month, day)) or month > 12 or month < 1:
            return match.group(0)
    for match in _DMY.finditer(text):
        day, month, year = (int(g) for g in match.groups())
        # 02/30/2026 could be US order; it is impossible only when neither order is a date.
        if not _real(year, month, day) and not _real(year, day, month):
            return match.group(0)
    leap = 2000  # a day-and-month without a year is real when some year has it (29 February)
    for match in _DAY_MONTH.finditer(text):
        month = _month(match.group(2))
        year = int(match.group(3)) if match.group(3) else leap
        if month and not _real(year, month, int(match.group(1))):
            return match.group(0)
    for match in _MONTH_DAY.finditer(text):
        month = _month(match.group(1))
        year = int(match.group(3)) if match.group(3) else leap
        if month and not _real(year, month, int(match.group(2))):
            return match.group(0)
    return None


def _month(token: str) -> int | None:
    key = fold(token).rstrip(".")
    for size in (5, 4, 3):
        if key[:size] in _MONTH_WORDS:
            return _MONTH_WORDS[key[:size]]
    return None


@cache
def iso_currencies() -> frozenset[str]:
    from babel.numbers import list_currencies

    return frozenset(list_currencies())


def is_currency(code: str) -> bool:
    return code.upper() in iso_currencies()


def unknown_currency(text: str) -> str | None:
    """A price written in a currency that is not ISO 4217: "for 1 BTC", "100 XYZ" (as written)."""
    for match in _AMOUNT_CODE.finditer(text):
        code = match.group(2)
        if code.isupper() and not is_currency(code):
            return f"{match.group(1).strip()} {code}"
    for match in _AFTER_PRICE_WORD.finditer(text):
        code = match.group(1)
        if fold(code) not in _COMMON_WORDS and not is_currency(code) and code.lower() not in ("eur", "usd"):
            return match.group(0).split(None, 1)[1]
    return None


def known_currency_amount(text: str) -> tuple[str, str] | None:
    """ "100 SGD", "20k CZK": an amount in an ISO currency the money reader's short list does not name."""
    for match in _AMOUNT_CODE.finditer(text):
        code = match.group(2)
        if code.isupper() and is_currency(code):
            return match.group(1).strip(), code
    return None


_WRITES = frozenset(
    [
        Intent.LOG_INTERACTION,
        Intent.SCHEDULE_FOLLOWUP,
        Intent.RECORD_PURCHASE,
        Intent.CREATE_DEAL,
        Intent.UPDATE_DEAL,
        Intent.ADD_CONTACT,
    ]
)


def flag_values(u: Understanding, raw: str) -> None:
    """Record in ``u.invalid`` what a write states but could not be stored as written (see the module note)."""
    if u.intent not in _WRITES:
        return
    bad_day = impossible_date(raw)
    if bad_day and u.intent != Intent.ADD_CONTACT and not u.date_question:  # the date reader asks about it instead
        u.invalid["date"] = bad_day
    if u.intent in (Intent.RECORD_PURCHASE, Intent.CREATE_DEAL, Intent.UPDATE_DEAL):
        if u.quantity is not None and u.quantity < 1:
            u.invalid["quantity"] = str(u.quantity)
        unknown = unknown_currency(raw)
        if unknown:
            u.invalid["currency"] = unknown
        elif u.amount is None:
            other = known_currency_amount(raw)
            if other:
                try:
                    amount = parse_number(other[0])
                except InvalidOperation:
                    amount = None
                if amount is not None:
                    u.amount, u.currency = Decimal(amount).quantize(Decimal("0.01")), other[1]
        if u.amount is not None and u.amount < 0:
            u.invalid["amount"] = f"{u.amount}"
