"""Public holidays of a country, by name, through the `holidays` package (pinned).

"call Maria after Dia da Liberdade", "f/u on Thanksgiving": the names of the country's holidays in its own
language, in the sender's language when the package has it, and in English. The country is the company's
(CRM_COUNTRY), or else the one the sender's time zone belongs to. Tables are built once per country and
year range and kept (about 0.2 s the first time, nothing after).
"""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache

from bot.nlu.date_phrases import alt, norm

_LOCALES = {"en": "en_US", "pt": "pt_PT", "es": "es", "fr": "fr", "it": "it", "hu": "hu"}


@lru_cache(maxsize=32)
def _table(country: str, year: int, lang: str) -> tuple[re.Pattern[str] | None, dict[str, tuple[date, ...]]]:
    import holidays  # imported on first use: it takes a few hundred milliseconds

    try:
        base = holidays.country_holidays(country, years=[year - 1, year, year + 1])
    except NotImplementedError:
        return None, {}
    languages = {None, "en_US", _LOCALES.get(lang)} & ({None} | set(base.supported_languages))
    days: dict[str, set[date]] = {}
    for language in languages:
        named = holidays.country_holidays(country, years=[year - 1, year, year + 1], language=language)
        for day, names in named.items():
            for name in names.split("; "):
                if "(" not in name and len(name) > 3:  # "(observed)", "(estimated)" are not what people say
                    days.setdefault(norm(name), set()).add(day)
                    if name.endswith(" Day") and len(name) > 12:  # "Thanksgiving Day" is "Thanksgiving"
                        days.setdefault(norm(name.removesuffix(" Day")), set()).add(day)
    if not days:
        return None, {}
    pattern = re.compile(rf"(?<![\w@]){alt(days)}(?!\w)", re.IGNORECASE)
    return pattern, {name: tuple(sorted(found)) for name, found in days.items()}


def holidays_in(text: str, country: str, today: date, lang: str, lean: int) -> list[tuple[int, int, date]]:
    """(start, end, day) of each holiday named in text: the next one (or the last, for a past sentence)."""
    pattern, days = _table(country.upper(), today.year, lang)
    if pattern is None:
        return []
    out = []
    for hit in pattern.finditer(text):
        candidates = days.get(norm(hit[0]), ())
        ahead = [day for day in candidates if (day >= today if lean > 0 else day <= today)]
        if ahead:
            out.append((hit.start(), hit.end(), min(ahead) if lean > 0 else max(ahead)))
    return out
