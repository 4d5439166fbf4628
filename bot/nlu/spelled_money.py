"""Amounts written in words before a currency word: "tres mil euros", "deux mille euros", "duemila euro",
"kétezer euróért", "two thousand five hundred dollars". Left unread, a purchase would take the list price.

text2num (pinned) reads the cardinals of en, es, fr, pt and it; Hungarian compounds ("kétezer", "százhúsz",
"ezerötszáz") come from the small parser below. Only the words right before a currency word are tried, longest
first, so ordinary words never become numbers.
"""

from __future__ import annotations

import re
from decimal import Decimal

from text_to_num import text2num

from bot.nlu.date_phrases import norm

_LANGS = ("en", "es", "fr", "pt", "it")
CURRENCY_WORDS = {
    "euro": "EUR",
    "eur": "EUR",
    "dollar": "USD",
    "dolar": "USD",
    "pound": "GBP",
    "quid": "GBP",
    "sterling": "GBP",
    "libra": "GBP",
    "livre": "GBP",
    "sterlin": "GBP",
    "font": "GBP",
    "forint": "HUF",
    "reais": "BRL",
    "real": "BRL",
}
# A currency word with its plural or case ending: "euros", "euróért", "dólares", "pounds", "sterline", "forintot".
_CURRENCY = re.compile(
    r"(?<![\w])(?P<word>eur(?:o|ó)?\w*|d[oó]l+ar\w*|pounds?|quid|sterling|sterlin[ae]|libras?"
    r"(?:\s+esterlinas?)?|livres?(?:\s+sterling)?|fontot|fontért|forint\w*|reais)\b",
    re.IGNORECASE,
)
_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
_SKIP = frozenset({"de", "d", "di", "of", "en"})  # "mil de euros", "deux mille d'euros"
_MAX_WORDS = 7


def find(text: str) -> tuple[Decimal, str, tuple[int, int]] | None:
    """The first spelled amount with its currency: (amount, ISO code, span from the first number word)."""
    for hit in _CURRENCY.finditer(text):
        code = _code(hit["word"])
        words = [w for w in _WORD.finditer(text[: hit.start()])][-_MAX_WORDS:]
        while words and norm(words[-1].group()) in _SKIP:
            words.pop()
        for cut in range(len(words)):
            run = words[cut:]
            if text[run[-1].end() : hit.start()].strip(" '’") not in ("", "de", "d", "di", "of"):
                break  # something other than spaces and "de" between the number and its currency
            value = number(" ".join(w.group() for w in run))
            if value is not None and value > 0:
                return Decimal(value).quantize(Decimal("0.01")), code, (run[0].start(), hit.end())
    return None


def _code(word: str) -> str:
    key = norm(word)
    return next((code for stem, code in CURRENCY_WORDS.items() if key.startswith(stem)), "EUR")


def number(words: str) -> int | None:
    """The value of a run of number words in any staff language, or None."""
    key = norm(words).replace("-", " ")
    if not key or len(key) < 2:
        return None
    for lang in _LANGS:
        try:
            return int(text2num(key, lang))
        except ValueError:
            continue
    return _hungarian(key)


_HU_UNITS = {
    "egy": 1,
    "ketto": 2,
    "ket": 2,
    "harom": 3,
    "negy": 4,
    "ot": 5,
    "hat": 6,
    "het": 7,
    "nyolc": 8,
    "kilenc": 9,
}
_HU_TENS = {"tiz": 10, "tizen": 10, "husz": 20, "huszon": 20, "harminc": 30, "negyven": 40, "otven": 50,
            "hatvan": 60, "hetven": 70, "nyolcvan": 80, "kilencven": 90}  # fmt: skip


def _hungarian(key: str) -> int | None:
    """ "ketezer", "szazhusz", "ezerotszaz", "ket millio": a Hungarian number written as one word or a few."""
    rest, total, group = key.replace(" ", ""), 0, 0
    if not rest:
        return None
    while rest:
        for word, scale in (("millio", 1_000_000), ("ezer", 1000)):
            if rest.startswith(word):
                total += (group or 1) * scale
                group, rest = 0, rest[len(word) :]
                break
        else:
            if rest.startswith("szaz"):
                group = (group or 1) * 100 if group < 10 else group + 100
                rest = rest[4:]
                continue
            found = _hu_part(rest)
            if found is None:
                return None
            value, length = found
            group += value
            rest = rest[length:]
    return total + group or None


def _hu_part(rest: str) -> tuple[int, int] | None:
    for table in (_HU_TENS, _HU_UNITS):
        for word in sorted(table, key=len, reverse=True):
            if rest.startswith(word):
                return table[word], len(word)
    return None
