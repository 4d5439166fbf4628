"""Entity extractors that do not depend on the language: emails, phones, money, quantities, birthdays."""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from bot.nlu import spelled_money
from storage.normalize import email_normal

EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
PHONE = re.compile(r"(?<![\w/])\+?\(?\d[\d\s().-]{5,}\d(?![\w/])")
_CURRENCY_SYMBOLS = {
    "€": "EUR",
    "$": "USD",
    "£": "GBP",
    "r$": "BRL",
    "us$": "USD",
    "¥": "JPY",
    "ft": "HUF",
    "chf": "CHF",
}
_CURRENCY_CODES = (
    "EUR",
    "USD",
    "GBP",
    "BRL",
    "HUF",
    "CHF",
    "JPY",
    "CNY",
    "CAD",
    "AUD",
    "SEK",
    "NOK",
    "DKK",
    "PLN",
)
_NUMBER = r"\d{1,3}(?:[.,\s]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
# A multiplier after the figure: "15k", "R$ 50 mil", "10 mila", "2,5 millió Ft", "3 millions d'euros".
_THOUSANDS = ("k", "mil", "mila", "mille", "ezer")
_MILLIONS = (
    "m",
    "mio",
    "mln",
    "million",
    "millions",
    "millones",
    "millón",
    "milhões",
    "milhoes",
    "milhão",
    "milioni",
    "milione",
    "millió",
    "millio",
)
_K = r"(?:\s?(?P<k>" + "|".join(sorted(_THOUSANDS + _MILLIONS, key=len, reverse=True)) + r")\b(?:\s+d['’]|\s+de)?)?"
MONEY = re.compile(
    rf"(?P<sym>r\$|us\$|[€$£¥]|\b(?:{'|'.join(_CURRENCY_CODES)})(?=\s?\d))\s?(?P<num>{_NUMBER}){_K}"
    rf"|(?P<num2>{_NUMBER}){_K.replace('k>', 'k2>')}\s?(?P<code>[€$£¥]|(?:{'|'.join(_CURRENCY_CODES)})\b|eur(?:[oó]\w*)?\b|d[oó]lar(?:s|es)?\b|dollar[si]?\b|doll[aá]r\w*|forint\w*|ft\b|reais\b|pounds?\b|quid\b|sterling\b|sterlin[ae]\b|libras?\b|livres?\b|font(?:ot|ért)?\b)",
    re.IGNORECASE,
)
_WORD_CURRENCIES = {
    "euro": "EUR",
    "euros": "EUR",
    "eur": "EUR",
    "dollar": "USD",
    "dollars": "USD",
    "reais": "BRL",
    "ft": "HUF",
}


def find_email(text: str) -> tuple[str | None, tuple[int, int] | None]:
    match = EMAIL.search(text)
    if not match:
        return None, None
    return email_normal(match.group(0)) or None, match.span()


@lru_cache(maxsize=1)
def _tz_regions() -> dict[str, str]:
    import pytz  # dateparser's dependency; maps countries to their time zones

    out: dict[str, str] = {}
    for country, zones in pytz.country_timezones.items():
        for zone in zones:
            out.setdefault(zone, country)
    return out


def region_for_tz(tz: str) -> str | None:
    return _tz_regions().get(tz)


# The one country a language is written in, for a national number the sender's own region does not have: a
# French "06 12 34 56 78" typed in Lisbon is French. English and Portuguese are written in many: no guess.
_LANGUAGE_REGION = {"fr": "FR", "it": "IT", "es": "ES", "hu": "HU"}


def find_phone(
    text: str, *, tz: str = "UTC", lang: str | None = None, region: str | None = None
) -> tuple[str | None, tuple[int, int] | None]:
    """The first valid phone number, E.164. A national number is read in ``region`` (the contact's country, when it
    is known) first, then in the region of the sender's time zone, else in the one country of the message's
    language; a number valid only elsewhere is asked about, never guessed (handlers/contact_values.py)."""
    regions = list(dict.fromkeys(r for r in (region, region_for_tz(tz), _LANGUAGE_REGION.get(lang or "")) if r))
    candidates = [m for m in PHONE.finditer(text) if sum(ch.isdigit() for ch in m.group(0)) >= 7]
    if not candidates:
        return None, None
    # Imported here: ~35 ms of a cold start, and most messages carry no number.
    import phonenumbers

    for match in candidates:
        raw = match.group(0)
        if sum(ch.isdigit() for ch in raw) < 7 or re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw.strip()):
            continue
        for region in [None] if raw.startswith("+") else regions or [None]:
            try:
                number = phonenumbers.parse(raw, region)
            except phonenumbers.NumberParseException:
                continue
            if phonenumbers.is_valid_number(number):
                return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164), match.span()
    return None, None


def parse_number(raw: str) -> Decimal | None:
    """'1,200' / '1.200,50' / '1 200' / '99.9' -> Decimal, reading the last separator as decimal when it has 1-2 digits."""
    raw = raw.strip().replace(" ", "").replace("\u00a0", "")
    last = max(raw.rfind(","), raw.rfind("."))
    if last >= 0 and len(raw) - last - 1 in (1, 2):
        integer, decimals = raw[:last], raw[last + 1 :]
    else:
        integer, decimals = raw, ""
    integer = integer.replace(",", "").replace(".", "")
    try:
        return Decimal(f"{integer}.{decimals or '0'}")
    except InvalidOperation:
        return None


def _currency_word(token: str) -> str | None:
    """A currency named by a word with an ending: "2400 euróért" (hu), "300 ezer forintos", "500 dólares"."""
    for stem, code in (
        *(("eur", "EUR"), ("forint", "HUF"), ("dólar", "USD"), ("dolar", "USD"), ("dollar", "USD"), ("dollár", "USD")),
        *(("pound", "GBP"), ("quid", "GBP"), ("sterl", "GBP"), ("libra", "GBP"), ("livre", "GBP"), ("font", "GBP")),
    ):
        if token.startswith(stem):
            return code
    return None


def find_money(text: str, *, default_currency: str) -> tuple[Decimal | None, str | None, tuple[int, int] | None]:
    match = MONEY.search(text)
    if not match:
        spelled = spelled_money.find(text)  # "tres mil euros": never the list price for want of digits
        return spelled if spelled is not None else (None, None, None)
    num = match.group("num") or match.group("num2")
    amount = parse_number(num)
    if amount is None:
        return None, None, None
    multiplier = (match.group("k") or match.group("k2") or "").lower()
    if multiplier in _THOUSANDS:
        amount *= 1000
    elif multiplier in _MILLIONS:
        amount *= 1_000_000
    token = (match.group("sym") or match.group("code") or "").lower()  # "USD 99.90": a code before the figure
    currency = (
        _CURRENCY_SYMBOLS.get(token)
        or _WORD_CURRENCIES.get(token)
        or _currency_word(token)
        or (token.upper() if len(token) == 3 else None)
    )
    return amount.quantize(Decimal("0.01")), currency or default_currency, match.span()


_BARE = re.compile(
    rf"(?<![\w.,$€£¥])(?P<num>{_NUMBER})\s?(?P<k>"
    # not "m" alone: "2 m" is metres or minutes as often as millions
    + "|".join(sorted((*_THOUSANDS, *(m for m in _MILLIONS if m != "m")), key=len, reverse=True))
    + r")\b(?!\s*(?:€|\$|£|¥))",
    re.IGNORECASE,
)


# A figure right after "for", "por", "pour", "per" at the end of a clause: the price, in the default currency.
_PRICED = re.compile(rf"\b(?:for|por|pour|per|para)\s+(?P<num>{_NUMBER})(?=\s*(?:[,;.!]|$))", re.IGNORECASE)


def find_amount(text: str, *, default_currency: str) -> tuple[Decimal | None, str | None, tuple[int, int] | None]:
    """Money with its currency, or else a figure with a multiplier and no currency ("new deal 20k", "9k total"),
    which in a deal or a purchase is money in the default currency (the currency is None: nobody said it). A plain
    number never is: "10 seats"."""
    amount, currency, span = find_money(text, default_currency=default_currency)
    if amount is not None:
        return amount, currency, span
    match = _BARE.search(text)
    value = parse_number(match.group("num")) if match else None
    if match is None or value is None:
        priced = _PRICED.search(text)  # "bought basic for 99,90": a figure said as the price is money
        value = parse_number(priced.group("num")) if priced else None
        if priced is None or value is None:
            return None, None, None
        return value.quantize(Decimal("0.01")), None, priced.span("num")
    value *= 1000 if match.group("k").lower() in _THOUSANDS else 1_000_000
    return value.quantize(Decimal("0.01")), None, match.span()  # no currency said: the handler uses the default


_MONTHS = {
    "jan": 1,
    "feb": 2,
    "mar": 3,
    "apr": 4,
    "may": 5,
    "jun": 6,
    "jul": 7,
    "aug": 8,
    "sep": 9,
    "oct": 10,
    "nov": 11,
    "dec": 12,
    "fev": 2,
    "abr": 4,
    "mai": 5,
    "ago": 8,
    "set": 9,
    "out": 10,
    "dez": 12,
    "ene": 1,
    "dic": 12,
    "janv": 1,
    "fevr": 2,
    "mars": 3,
    "avr": 4,
    "juin": 6,
    "juil": 7,
    "aout": 8,
    "gen": 1,
    "mag": 5,
    "giu": 6,
    "lug": 7,
    "ott": 10,
    "marz": 3,
    "apr.": 4,
    "maj": 5,
    "okt": 10,
    "fébr": 2,
    "febr": 2,
    "márc": 3,
    "ápr": 4,
    "máj": 5,
    "jún": 6,
    "júl": 7,
    "szept": 9,
}
_MONTH_WORD = r"(?:" + "|".join(sorted((re.escape(k) for k in _MONTHS), key=len, reverse=True)) + r")[a-zà-ü]*\.?"
_BIRTHDAY = re.compile(
    rf"(?:(?P<y1>\d{{4}})-(?P<m1>\d{{1,2}})-(?P<d1>\d{{1,2}}))"
    rf"|(?:(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+|de\s+)?(?P<mw2>{_MONTH_WORD})(?:,?\s+(?:de\s+)?(?P<y2>\d{{4}}))?)"
    rf"|(?:(?:(?P<y3>\d{{4}})\.?\s+)?(?P<mw3>{_MONTH_WORD})\s+(?P<d3>\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(?P<y3b>\d{{4}}))?)"
    rf"|(?:(?P<a4>\d{{1,2}})[/.](?P<b4>\d{{1,2}})(?:[/.](?P<y4>\d{{2,4}}))?)",
    re.IGNORECASE,
)


def _month(word: str) -> int | None:
    word = word.lower().rstrip(".")
    for length in (5, 4, 3):
        if word[:length] in _MONTHS:
            return _MONTHS[word[:length]]
    return None


def parse_birthday(text: str, *, day_first: bool = True) -> str | None:
    """'29 Feb' -> '02-29'; '1985-03-02' -> '1985-03-02'; '3/4' by the locale's order. None if impossible."""
    return find_birthday(text, day_first=day_first)[0]


def find_birthday(text: str, *, day_first: bool = True) -> tuple[str | None, tuple[int, int] | None]:
    """The first birthday written in ``text`` and where it stands."""
    for match in _BIRTHDAY.finditer(text):
        found = _birthday_from(match.groupdict(), day_first=day_first)
        if found:
            return found, match.span()
    return None, None


def _birthday_from(g: dict[str, str | None], *, day_first: bool) -> str | None:
    year: int | None = None
    if g["y1"]:
        year, month, day = int(g["y1"]), int(g["m1"] or 0), int(g["d1"] or 0)
    elif g["d2"]:
        found = _month(g["mw2"] or "")
        if found is None:
            return None
        year, month, day = (int(g["y2"]) if g["y2"] else None), found, int(g["d2"])
    elif g["mw3"]:
        found = _month(g["mw3"])
        if found is None:
            return None
        year_text = g["y3"] or g["y3b"]  # "1987. április 4." (Hungarian) or "april 4, 1987"
        year, month, day = (int(year_text) if year_text else None), found, int(g["d3"] or 0)
    else:
        a, b = int(g["a4"] or 0), int(g["b4"] or 0)
        day, month = (a, b) if day_first else (b, a)
        year = int(g["y4"]) if g["y4"] else None
        if year is not None and year < 100:
            year += 1900 if year > 30 else 2000
    return format_birthday(month, day, year)


def format_birthday(month: int, day: int, year: int | None) -> str | None:
    import calendar

    if not 1 <= month <= 12:
        return None
    # 29 February is a real birthday even without a year; with a year, the year must be a leap year.
    limit = calendar.monthrange(year if year else 2000, month)[1]
    if not 1 <= day <= limit or (year is not None and not 1900 <= year <= 2100):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}" if year else f"{month:02d}-{day:02d}"


# What is counted in a purchase, in the six languages: "5 licencias premium", "20 premium licences", "2 jours de
# formation", "10 fő". A number before one of these (with at most one word between) is how many were bought.
_UNITS = (
    r"licen[cs]\w*|seats?|users?|units?|pcs|ppl|people|persons?|days?|"
    r"licen[çc]as?|lugares|utilizadores|usu[aá]rios|unidades|pessoas|dias|"
    r"licencias?|plazas|usuarios|personas|d[ií]as|"
    r"postes|places|utilisateurs|unit[ée]s|personnes|jours|"
    r"licenze|posti|utenti|unit[àa]|persone|giorni|"
    r"licenc\w*|hely\w*|felhaszn[aá]l\w*|darab\w*|db|f[őo]|nap\w*"
)
_QUANTITY = re.compile(
    rf"(?<![\w.,€$£])(?P<n>\d{{1,5}})\s*(?:x\s+)?(?:[^\W\d]+\s+)?(?:(?:de|di|d['’])\s+)?(?:{_UNITS})\b"
    r"|(?<!\w)x\s?(?P<times>\d{1,5})\b|(?<![\w.,])(?P<before>\d{1,5})\s?x(?!\w)"
    r"|\b(?:qty|qtd|qté|cant|quantit[àaé]|db)\.?\s*:?\s*(?P<qty>\d{1,5})\b",
    re.IGNORECASE,
)


def find_quantity(text: str) -> tuple[int | None, tuple[int, int] | None]:
    """How many of something a message counts ("5 licencias", "premium x10", "10x Basic"), and where."""
    match = _QUANTITY.search(text)
    if match is None:
        return None, None
    return int(match["n"] or match["times"] or match["before"] or match["qty"]), match.span()


def phone_region(e164: str) -> str | None:
    """The country of a stored number ("+36…" is HU), where a national number said for that contact is read."""
    import phonenumbers

    try:
        return phonenumbers.region_code_for_number(phonenumbers.parse(e164, None)) or None
    except phonenumbers.NumberParseException:
        return None
