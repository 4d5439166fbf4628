"""Cell values as spreadsheets write them -> our canonical forms (pure functions, no I/O).

Each parser returns the value or raises :class:`BadValue` with a reason fit for a rejection line.
"""

from __future__ import annotations

import calendar
import re
from datetime import UTC, datetime, time
from decimal import Decimal, InvalidOperation
from zoneinfo import ZoneInfo

import phonenumbers

from storage.importer.phones import fast_e164
from storage.normalize import email_normal

BLANKS = frozenset({"", "-", "--", "—", "n/a", "na", "none", "null", "nil", "?", "x", "#n/a", "nan"})
_MONTHS = {
    # en, pt, es, fr, it, hu: the first letters are enough to tell the months apart
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "oct": 10,
    "nov": 11, "dec": 12, "fev": 2, "abr": 4, "mai": 5, "ago": 8, "set": 9, "out": 10, "dez": 12, "ene": 1,
    "dic": 12, "janv": 1, "fevr": 2, "avr": 4, "juin": 6, "juil": 7, "aou": 8, "gen": 1, "mag": 5, "giu": 6,
    "lug": 7, "ott": 10, "marc": 3, "maj": 5, "okt": 10, "szep": 9, "ene.": 1,
}  # fmt: skip
_ISO = re.compile(r"^(\d{4})[-./](\d{1,2})[-./](\d{1,2})\.?$")
_COMPACT = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_NO_YEAR = re.compile(r"^--(\d{2})-?(\d{2})$")
_NUMERIC = re.compile(r"^(\d{1,2})[-./](\d{1,2})(?:[-./](\d{2}|\d{4}))?\.?$")
_WORDY = re.compile(
    r"^(?:(\d{1,2})\.?\s*(?:de\s+|of\s+)?([^\W\d]+)\.?|([^\W\d]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?)(?:,?\s+(?:de\s+)?(\d{4}))?\.?$"
)
_SIMPLE_EMAIL = re.compile(
    r"^[a-z0-9_%+-]+(?:\.[a-z0-9_%+-]+)*@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$"
)
_E164 = re.compile(r"^\+[1-9]\d{6,14}$")


class BadValue(ValueError):
    pass


def blank(value: str | None) -> bool:
    return value is None or (len(value) <= 4 and value.strip().lower() in BLANKS)


def _month(word: str) -> int | None:
    from storage.normalize import search_key

    word = search_key(word)
    for length in (4, 3):
        if word[:length] in _MONTHS:
            return _MONTHS[word[:length]]
    return None


def _checked(year: int | None, month: int, day: int, raw: str) -> tuple[int, int, int | None]:
    if not 1 <= month <= 12:
        raise BadValue(f'"{raw}" is not a date (month {month})')
    # 29 February without a year is a real birthday; with a year, the year has to be a leap year.
    if not 1 <= day <= calendar.monthrange(year or 2000, month)[1]:
        raise BadValue(f'"{raw}" is not a date (there is no {day}/{month}' + (f"/{year})" if year else ")"))
    if year is not None and not 1900 <= year <= 2100:
        raise BadValue(f'"{raw}" has an unlikely year {year}')
    return month, day, year


def parse_day(raw: str, *, day_first: bool = True) -> tuple[int, int, int | None]:
    """A calendar day, year optional: (month, day, year). ISO, 19850312, --0312, 12/03/1985, 12 March 1985."""
    text = raw.strip()
    if "T" in text and _ISO.match(text.split("T")[0]):
        text = text.split("T")[0]
    elif " " in text and _ISO.match(text.split(" ")[0]):
        text = text.split(" ")[0]
    if m := _ISO.match(text) or _COMPACT.match(text):
        return _checked(int(m.group(1)), int(m.group(2)), int(m.group(3)), raw)
    if m := _NO_YEAR.match(text):
        return _checked(None, int(m.group(1)), int(m.group(2)), raw)
    if m := _NUMERIC.match(text):
        a, b = int(m.group(1)), int(m.group(2))
        year = int(m.group(3)) if m.group(3) else None
        if year is not None and year < 100:
            year += 1900 if year > 30 else 2000
        day, month = (a, b) if day_first else (b, a)
        if month > 12 and day <= 12:  # 03/25/1990 in a day-first file: the order is unambiguous
            day, month = month, day
        return _checked(year, month, day, raw)
    if m := _WORDY.match(text):
        day_text, word = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
        month = _month(word)
        if month is None:
            raise BadValue(f'"{raw}" is not a date I can read')
        return _checked(int(m.group(5)) if m.group(5) else None, month, int(day_text), raw)
    raise BadValue(f'"{raw}" is not a date I can read')


_CLOCK = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(am|pm)?$", re.IGNORECASE)


def parse_instant(raw: str, *, tz: ZoneInfo, day_first: bool = True) -> datetime:
    """When something happened: ISO 8601 (with or without zone) or a day plus an optional HH:MM, local time."""
    text = raw.strip()
    try:
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        value = None
    if value is None:
        clock = _CLOCK.search(text)
        day_text = text[: clock.start()].strip(" ,T") if clock else text
        month, day, year = parse_day(day_text, day_first=day_first)
        if year is None:
            raise BadValue(f'"{raw}" has no year')
        at = time(12)
        if clock:
            hour = int(clock.group(1)) % 12 + (12 if (clock.group(4) or "").lower() == "pm" else 0)
            if not clock.group(4):
                hour = int(clock.group(1))
            if hour > 23 or int(clock.group(2)) > 59:
                raise BadValue(f'"{raw}" has an impossible time')
            at = time(hour, int(clock.group(2)), int(clock.group(3) or 0))
        value = datetime.combine(datetime(year, month, day).date(), at)
    if value.tzinfo is None:
        value = value.replace(tzinfo=tz)
    return value.astimezone(UTC)


def parse_email(raw: str) -> str:
    text = raw.strip().strip("<>").lower()
    if text.startswith("mailto:"):
        text = text[7:]
    # The common case skips email_validator (tens of microseconds a call on a million rows).
    if _SIMPLE_EMAIL.match(text) and ".." not in text:
        return text
    found = email_normal(text)
    if found is None:
        raise BadValue(f'"{raw.strip()}" is not a valid email address')
    return found


_TRUNK_IN_BRACKETS = re.compile(r"^(\+\d{1,3})\s*\(0\)\s*")


def parse_phone(raw: str, *, region: str | None) -> str:
    text = raw.strip()
    if text.lower().startswith("tel:"):
        text = text[4:]
    if text.startswith("00"):
        text = "+" + text[2:]
    # "+31 (0)69 253 1967", "+44 (0) 20 ...": the trunk zero in brackets is dialled only from inside the country.
    text = _TRUNK_IN_BRACKETS.sub(r"\1 ", text)
    # Same answer as below in a tenth of the time for the usual shapes (see phones.py).
    fast = fast_e164(text, None if text.startswith("+") else region)
    if fast is not None:
        return fast
    try:
        number = phonenumbers.parse(text, None if text.startswith("+") else region)
    except phonenumbers.NumberParseException:
        raise BadValue(f'"{raw.strip()}" is not a phone number') from None
    # Written with its country code, a number of a possible length is kept as written: the numbering plans the
    # library knows lag behind real allocations ("+33 6 96 ...", "+44 7700 ..."). A national form must be valid.
    international = text.startswith("+")
    if not (phonenumbers.is_valid_number(number) or (international and phonenumbers.is_possible_number(number))):
        raise BadValue(f'"{raw.strip()}" is not a valid phone number')
    lead = "0" * (number.number_of_leading_zeros or 1) if number.italian_leading_zero else ""
    return f"+{number.country_code}{lead}{number.national_number}"


_SYMBOLS = {"€": "EUR", "$": "USD", "£": "GBP", "r$": "BRL", "us$": "USD", "¥": "JPY", "ft": "HUF", "chf": "CHF"}
_MONEY = re.compile(
    r"^(?P<pre>r\$|us\$|[€$£¥]|[a-z]{3})?\s*(?P<num>-?[\d.,\s\u00a0']+)\s*(?P<post>[€$£¥]|[a-z]{2,3})?$", re.I
)


def parse_money(raw: str, *, currency: str | None, default_currency: str) -> tuple[int, str]:
    """'€1.200,50' / '1,200.50 EUR' / '99' -> (minor units, currency)."""
    m = _MONEY.match(raw.strip())
    if not m:
        raise BadValue(f'"{raw.strip()}" is not an amount')
    token = (m.group("pre") or m.group("post") or "").lower()
    code = _SYMBOLS.get(token) or (token.upper() if len(token) == 3 else None)
    text = m.group("num").replace(" ", "").replace("\u00a0", "").replace("'", "")
    last = max(text.rfind(","), text.rfind("."))
    whole, cents = (text[:last], text[last + 1 :]) if last >= 0 and len(text) - last - 1 in (1, 2) else (text, "")
    whole = whole.replace(",", "").replace(".", "")
    try:
        amount = Decimal(f"{whole or '0'}.{cents or '0'}")
    except InvalidOperation:
        raise BadValue(f'"{raw.strip()}" is not an amount') from None
    return int((amount * 100).to_integral_value()), (currency or code or default_currency).upper()


def parse_quantity(raw: str) -> int:
    try:
        value = Decimal(raw.strip().replace(",", "."))
    except InvalidOperation:
        raise BadValue(f'"{raw.strip()}" is not a quantity') from None
    if value <= 0 or value != value.to_integral_value() or value > 1_000_000:
        raise BadValue(f'"{raw.strip()}" is not a quantity')
    return int(value)
