"""bot.nlu.dates against a fixed clock: Thursday 12 March 2026, 10:40 in Lisbon (WET, UTC+0)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Literal
from zoneinfo import ZoneInfo

import pytest

from bot.nlu.dates import DateMatch, find_dates, parse_date_phrase

LISBON = "Europe/Lisbon"
NEW_YORK = "America/New_York"
NOW = datetime(2026, 3, 12, 10, 40, tzinfo=ZoneInfo(LISBON))  # a Thursday
Prefer = Literal["future", "past"]
F: Prefer = "future"
P: Prefer = "past"


def _find(
    text: str,
    lang: str = "en",
    prefer: Prefer = F,
    *,
    now: datetime = NOW,
    tz: str = LISBON,
    day_first: bool | None = None,
) -> list[DateMatch]:
    return find_dates(text, now=now, tz=tz, lang=lang, prefer=prefer, day_first=day_first)


def _one(
    text: str,
    lang: str = "en",
    prefer: Prefer = F,
    *,
    now: datetime = NOW,
    tz: str = LISBON,
    day_first: bool | None = None,
) -> DateMatch:
    found = _find(text, lang, prefer, now=now, tz=tz, day_first=day_first)
    assert len(found) == 1, found
    return found[0]


def _wall(match: DateMatch) -> str:
    return match.value.strftime("%Y-%m-%d %H:%M")


# (lang, message, prefer, matched text, local wall time, has_time)
CASES = [
    # English: relative days and weekdays
    (
        "en",
        "call w/ maria silva re renewal, she wants premium. f/u next tue 3pm",
        F,
        "next tue 3pm",
        "2026-03-17 15:00",
        True,
    ),
    ("en", "met João on tuesday", P, "on tuesday", "2026-03-10 00:00", False),
    ("en", "met João on tuesday", F, "on tuesday", "2026-03-17 00:00", False),
    ("en", "call him on thursday", F, "on thursday", "2026-03-12 00:00", False),
    ("en", "call him next thursday", F, "next thursday", "2026-03-19 00:00", False),
    ("en", "spoke last thursday", P, "last thursday", "2026-03-05 00:00", False),
    ("en", "spoke last tue", F, "last tue", "2026-03-10 00:00", False),
    ("en", "f/u tue", F, "tue", "2026-03-17 00:00", False),
    ("en", "next Tuesday", F, "next Tuesday", "2026-03-17 00:00", False),
    ("en", "ping her this coming monday", F, "this coming monday", "2026-03-16 00:00", False),
    ("en", "next sat", F, "next sat", "2026-03-21 00:00", False),  # the Saturday of next week
    ("en", "demo on Sat", F, "on Sat", "2026-03-14 00:00", False),
    ("en", "Wed 3pm works", F, "Wed 3pm", "2026-03-18 15:00", True),
    ("en", "monday morning", F, "monday morning", "2026-03-16 09:00", True),
    ("en", "Sat morning", F, "Sat morning", "2026-03-14 09:00", True),
    ("en", "friday at 9:30am", F, "friday at 9:30am", "2026-03-13 09:30", True),
    ("en", "yesterday", P, "yesterday", "2026-03-11 00:00", False),
    ("en", "today", F, "today", "2026-03-12 00:00", False),
    ("en", "tomorrow", F, "tomorrow", "2026-03-13 00:00", False),
    ("en", "tmrw", F, "tmrw", "2026-03-13 00:00", False),
    ("en", "the day after tomorrow", F, "the day after tomorrow", "2026-03-14 00:00", False),
    ("en", "tonight", F, "tonight", "2026-03-12 20:00", True),
    ("en", "tonight at 8", F, "tonight at 8", "2026-03-12 20:00", True),
    ("en", "last night", P, "last night", "2026-03-11 20:00", True),
    ("en", "this afternoon", F, "this afternoon", "2026-03-12 14:00", True),
    ("en", "this morning", P, "this morning", "2026-03-12 09:00", True),
    ("en", "tomorrow 3pm", F, "tomorrow 3pm", "2026-03-13 15:00", True),
    ("en", "tomorrow at 15:00", F, "tomorrow at 15:00", "2026-03-13 15:00", True),
    ("en", "tomorrow morning", F, "tomorrow morning", "2026-03-13 09:00", True),
    ("en", "tomorrow evening", F, "tomorrow evening", "2026-03-13 18:00", True),
    ("en", "tomorrow afternoon at 3", F, "tomorrow afternoon at 3", "2026-03-13 15:00", True),
    ("en", "3pm tomorrow", F, "3pm tomorrow", "2026-03-13 15:00", True),
    ("en", "call at 10:30 tomorrow", F, "at 10:30 tomorrow", "2026-03-13 10:30", True),
    ("en", "3pm on tue", F, "3pm on tue", "2026-03-17 15:00", True),
    ("en", "next tue at noon", F, "next tue at noon", "2026-03-17 12:00", True),
    ("en", "tuesday next week", F, "tuesday next week", "2026-03-17 00:00", False),
    ("en", "next week tuesday", F, "next week tuesday", "2026-03-17 00:00", False),
    ("en", "friday of next week", F, "friday of next week", "2026-03-20 00:00", False),
    # English: lone times
    ("en", "call at 3pm", F, "at 3pm", "2026-03-12 15:00", True),
    ("en", "call at 9am", F, "at 9am", "2026-03-13 09:00", True),
    ("en", "called at 9am", P, "at 9am", "2026-03-12 09:00", True),
    ("en", "called at 3pm", P, "at 3pm", "2026-03-11 15:00", True),
    ("en", "meet at 3 with Ana", F, "at 3", "2026-03-12 15:00", True),
    ("en", "meet at 3 in the afternoon", F, "at 3 in the afternoon", "2026-03-12 15:00", True),
    ("en", "sync @ 4:15 pm", F, "@ 4:15 pm", "2026-03-12 16:15", True),
    ("en", "3 o'clock", F, "3 o'clock", "2026-03-12 15:00", True),
    ("en", "at noon", F, "at noon", "2026-03-12 12:00", True),
    ("en", "in the morning", F, "in the morning", "2026-03-13 09:00", True),
    ("en", "send it by eod", F, "eod", "2026-03-12 17:00", True),
    # English: absolute dates
    ("en", "Mar 17", F, "Mar 17", "2026-03-17 00:00", False),
    ("en", "17 March", F, "17 March", "2026-03-17 00:00", False),
    ("en", "on the 17th of March", F, "the 17th of March", "2026-03-17 00:00", False),
    ("en", "March 5th", F, "March 5th", "2027-03-05 00:00", False),
    ("en", "March 5th", P, "March 5th", "2026-03-05 00:00", False),
    ("en", "Dec 5", P, "Dec 5", "2025-12-05 00:00", False),
    ("en", "Mar 12", F, "Mar 12", "2026-03-12 00:00", False),
    ("en", "march 17th 2027 at 5:30pm", F, "march 17th 2027 at 5:30pm", "2027-03-17 17:30", True),
    ("en", "Tue, 17 March at 10am", F, "Tue, 17 March at 10am", "2026-03-17 10:00", True),
    # English written in Lisbon reads day first, as the import does (month first in New York: below)
    ("en", "3/4", F, "3/4", "2026-04-03 00:00", False),
    ("en", "3/4", P, "3/4", "2025-04-03 00:00", False),
    ("en", "3/20/26", F, "3/20/26", "2026-03-20 00:00", False),
    ("en", "17/3", F, "17/3", "2026-03-17 00:00", False),
    ("en", "2026-03-04", F, "2026-03-04", "2026-03-04 00:00", False),
    ("en", "2026-03-04 15:30", F, "2026-03-04 15:30", "2026-03-04 15:30", True),
    ("en", "29 Feb", F, "29 Feb", "2028-02-29 00:00", False),
    ("en", "29 Feb", P, "29 Feb", "2024-02-29 00:00", False),
    ("en", "on the 3rd", F, "on the 3rd", "2026-04-03 00:00", False),
    ("en", "on the 3rd", P, "on the 3rd", "2026-03-03 00:00", False),
    ("en", "by the 20th", F, "the 20th", "2026-03-20 00:00", False),
    ("en", "on the 31st", F, "on the 31st", "2026-03-31 00:00", False),
    ("en", "on the 30th", P, "on the 30th", "2026-01-30 00:00", False),
    ("en", "on the 5th of next month", F, "on the 5th of next month", "2026-04-05 00:00", False),
    # English: months alone, periods, offsets
    ("en", "she may buy in May", F, "in May", "2026-05-01 00:00", False),
    ("en", "budget by June", F, "June", "2026-06-01 00:00", False),
    ("en", "renewal in March", P, "in March", "2026-03-01 00:00", False),
    ("en", "renewal in January", F, "in January", "2027-01-01 00:00", False),
    ("en", "mid-May", F, "mid-May", "2026-05-15 00:00", False),
    ("en", "May 2027", F, "May 2027", "2027-05-01 00:00", False),
    ("en", "next week", F, "next week", "2026-03-16 00:00", False),
    ("en", "last week", P, "last week", "2026-03-02 00:00", False),
    ("en", "next month", F, "next month", "2026-04-01 00:00", False),
    ("en", "next year", F, "next year", "2027-01-01 00:00", False),
    ("en", "in 2 weeks", F, "in 2 weeks", "2026-03-26 00:00", False),
    ("en", "in two weeks", F, "in two weeks", "2026-03-26 00:00", False),
    ("en", "in a fortnight", F, "in a fortnight", "2026-03-26 00:00", False),
    ("en", "in 3 days", F, "in 3 days", "2026-03-15 00:00", False),
    ("en", "in a month", F, "in a month", "2026-04-12 00:00", False),
    ("en", "a week from now", F, "a week from now", "2026-03-19 00:00", False),
    ("en", "2 weeks ago", P, "2 weeks ago", "2026-02-26 00:00", False),
    ("en", "a couple of days ago", P, "a couple of days ago", "2026-03-10 00:00", False),
    ("en", "in 2 hours", F, "in 2 hours", "2026-03-12 12:40", True),
    ("en", "in 30 minutes", F, "in 30 minutes", "2026-03-12 11:10", True),
    ("en", "in 2h", F, "in 2h", "2026-03-12 12:40", True),
    ("en", "the weekend", F, "the weekend", "2026-03-14 00:00", False),
    ("en", "after the holidays", F, "after the holidays", "2027-01-04 00:00", False),
    # Portuguese
    ("pt", "liguei ontem", P, "ontem", "2026-03-11 00:00", False),
    ("pt", "hoje", F, "hoje", "2026-03-12 00:00", False),
    ("pt", "amanhã", F, "amanhã", "2026-03-13 00:00", False),
    ("pt", "amanha", F, "amanha", "2026-03-13 00:00", False),
    ("pt", "depois de amanhã", F, "depois de amanhã", "2026-03-14 00:00", False),
    ("pt", "terça que vem", F, "terça que vem", "2026-03-17 00:00", False),
    ("pt", "próxima terça", F, "próxima terça", "2026-03-17 00:00", False),
    ("pt", "proxima terca", F, "proxima terca", "2026-03-17 00:00", False),
    ("pt", "na segunda-feira", F, "na segunda-feira", "2026-03-16 00:00", False),
    ("pt", "f/u sexta", F, "sexta", "2026-03-13 00:00", False),
    ("pt", "reunião na terça passada", P, "na terça passada", "2026-03-10 00:00", False),
    ("pt", "daqui a duas semanas", F, "daqui a duas semanas", "2026-03-26 00:00", False),
    ("pt", "em 2 semanas", F, "em 2 semanas", "2026-03-26 00:00", False),
    ("pt", "há 3 dias", P, "há 3 dias", "2026-03-09 00:00", False),
    ("pt", "fim do mês", F, "fim do mês", "2026-03-31 00:00", False),
    ("pt", "semana que vem", F, "semana que vem", "2026-03-16 00:00", False),
    ("pt", "na próxima semana", F, "na próxima semana", "2026-03-16 00:00", False),
    ("pt", "mês que vem", F, "mês que vem", "2026-04-01 00:00", False),
    ("pt", "amanhã de manhã às 10", F, "amanhã de manhã às 10", "2026-03-13 10:00", True),
    ("pt", "amanhã às 15h", F, "amanhã às 15h", "2026-03-13 15:00", True),
    ("pt", "hoje à tarde", F, "hoje à tarde", "2026-03-12 14:00", True),
    ("pt", "às 3 da tarde", F, "às 3 da tarde", "2026-03-12 15:00", True),
    ("pt", "17 de março", F, "17 de março", "2026-03-17 00:00", False),
    ("pt", "1º de abril de 2027", F, "1º de abril de 2027", "2027-04-01 00:00", False),
    ("pt", "no dia 3 às 15h", F, "no dia 3 às 15h", "2026-04-03 15:00", True),
    ("pt", "3/4", F, "3/4", "2026-04-03 00:00", False),
    ("pt", "visita em 03.04.", F, "03.04.", "2026-04-03 00:00", False),
    ("pt", "depois das festas", F, "depois das festas", "2027-01-04 00:00", False),
    # Spanish
    ("es", "ayer", P, "ayer", "2026-03-11 00:00", False),
    ("es", "mañana", F, "mañana", "2026-03-13 00:00", False),
    ("es", "hoy", F, "hoy", "2026-03-12 00:00", False),
    ("es", "el próximo martes", F, "el próximo martes", "2026-03-17 00:00", False),
    ("es", "el martes que viene", F, "el martes que viene", "2026-03-17 00:00", False),
    ("es", "en dos semanas", F, "en dos semanas", "2026-03-26 00:00", False),
    ("es", "dentro de 2 semanas", F, "dentro de 2 semanas", "2026-03-26 00:00", False),
    ("es", "hace una semana", P, "hace una semana", "2026-03-05 00:00", False),
    ("es", "fin de mes", F, "fin de mes", "2026-03-31 00:00", False),
    ("es", "la semana que viene", F, "la semana que viene", "2026-03-16 00:00", False),
    ("es", "mañana por la mañana", F, "mañana por la mañana", "2026-03-13 09:00", True),
    ("es", "mañana a las 3 de la tarde", F, "mañana a las 3 de la tarde", "2026-03-13 15:00", True),
    ("es", "esta tarde", F, "esta tarde", "2026-03-12 14:00", True),
    ("es", "el 17 de marzo", F, "el 17 de marzo", "2026-03-17 00:00", False),
    ("es", "después de las fiestas", F, "después de las fiestas", "2027-01-04 00:00", False),
    # French
    ("fr", "hier", P, "hier", "2026-03-11 00:00", False),
    ("fr", "demain", F, "demain", "2026-03-13 00:00", False),
    ("fr", "aujourd'hui", F, "aujourd'hui", "2026-03-12 00:00", False),
    ("fr", "aujourd’hui", F, "aujourd’hui", "2026-03-12 00:00", False),
    ("fr", "mardi prochain", F, "mardi prochain", "2026-03-17 00:00", False),
    ("fr", "dans deux semaines", F, "dans deux semaines", "2026-03-26 00:00", False),
    ("fr", "dans 2 semaines", F, "dans 2 semaines", "2026-03-26 00:00", False),
    ("fr", "fin du mois", F, "fin du mois", "2026-03-31 00:00", False),
    ("fr", "la semaine prochaine", F, "la semaine prochaine", "2026-03-16 00:00", False),
    ("fr", "demain à 15h", F, "demain à 15h", "2026-03-13 15:00", True),
    ("fr", "demain matin", F, "demain matin", "2026-03-13 09:00", True),
    ("fr", "ce soir", F, "ce soir", "2026-03-12 18:00", True),
    ("fr", "rdv 9h30", F, "9h30", "2026-03-13 09:30", True),
    ("fr", "le 3 à 15h", F, "le 3 à 15h", "2026-04-03 15:00", True),
    ("fr", "le 3 mars", F, "le 3 mars", "2027-03-03 00:00", False),
    ("fr", "fin mai", F, "fin mai", "2026-05-31 00:00", False),
    ("fr", "il y a 2 jours", P, "il y a 2 jours", "2026-03-10 00:00", False),
    # Italian
    ("it", "ieri", P, "ieri", "2026-03-11 00:00", False),
    ("it", "domani", F, "domani", "2026-03-13 00:00", False),
    ("it", "oggi", F, "oggi", "2026-03-12 00:00", False),
    ("it", "martedì prossimo", F, "martedì prossimo", "2026-03-17 00:00", False),
    ("it", "martedi prossimo", F, "martedi prossimo", "2026-03-17 00:00", False),
    ("it", "tra due settimane", F, "tra due settimane", "2026-03-26 00:00", False),
    ("it", "fra 2 settimane", F, "fra 2 settimane", "2026-03-26 00:00", False),
    ("it", "tra un'ora", F, "tra un'ora", "2026-03-12 11:40", True),
    ("it", "fine mese", F, "fine mese", "2026-03-31 00:00", False),
    ("it", "la settimana prossima", F, "la settimana prossima", "2026-03-16 00:00", False),
    ("it", "domani alle 15", F, "domani alle 15", "2026-03-13 15:00", True),
    ("it", "domani mattina", F, "domani mattina", "2026-03-13 09:00", True),
    ("it", "stasera", F, "stasera", "2026-03-12 18:00", True),
    ("it", "2 giorni fa", P, "2 giorni fa", "2026-03-10 00:00", False),
    ("it", "il 17 marzo", F, "il 17 marzo", "2026-03-17 00:00", False),
    # Hungarian
    ("hu", "tegnap", P, "tegnap", "2026-03-11 00:00", False),
    ("hu", "holnap", F, "holnap", "2026-03-13 00:00", False),
    ("hu", "ma", F, "ma", "2026-03-12 00:00", False),
    ("hu", "jövő kedden", F, "jövő kedden", "2026-03-17 00:00", False),
    ("hu", "két hét múlva", F, "két hét múlva", "2026-03-26 00:00", False),
    ("hu", "2 héttel ezelőtt", P, "2 héttel ezelőtt", "2026-02-26 00:00", False),
    ("hu", "a hónap végén", F, "a hónap végén", "2026-03-31 00:00", False),
    ("hu", "holnap délután 3-kor", F, "holnap délután 3-kor", "2026-03-13 15:00", True),
    ("hu", "március 17-én", F, "március 17-én", "2026-03-17 00:00", False),
    ("hu", "2026. március 17.", F, "2026. március 17.", "2026-03-17 00:00", False),
    ("hu", "2026.03.17.", F, "2026.03.17.", "2026-03-17 00:00", False),
    ("hu", "03.17.", F, "03.17.", "2026-03-17 00:00", False),
    ("hu", "májusban", F, "májusban", "2026-05-01 00:00", False),
]


@pytest.mark.parametrize(
    ("lang", "text", "prefer", "span", "wall", "has_time"), CASES, ids=[f"{c[0]}-{c[2]}-{c[1]}" for c in CASES]
)
def test_phrase(lang: str, text: str, prefer: Prefer, span: str, wall: str, has_time: bool) -> None:
    match = _one(text, lang, prefer)
    assert match.text == span
    assert text[match.start : match.end] == span
    assert _wall(match) == wall
    assert match.has_time is has_time
    assert match.value.tzinfo is not None and str(match.value.tzinfo) == LISBON


# Names, verbs and other words that look like dates but are not.
NOT_DATES = [
    ("en", "May Chen called about the renewal"),
    ("en", "April Ludgate wants a demo"),
    ("en", "Will Smith signed"),
    ("en", "Sat Singh is the buyer"),
    ("en", "Bill and Mark from procurement"),
    ("en", "June Park asked for pricing"),
    ("en", "Jan Novak will call back"),
    ("en", "Dr. Marcy approved it"),
    ("en", "had a call with the team"),
    ("en", "a second meeting is needed"),
    ("en", "she may buy premium"),
    ("en", "I think this may work"),
    ("en", "we may 3D print it"),
    ("en", "march on regardless"),
    ("en", "Sun Li from Beijing"),
    ("en", "the sun is shining"),
    ("en", "at the wedding reception"),
    ("en", "they wed in secret"),
    ("en", "fri"),
    ("en", "prefers fri deliveries"),
    ("en", "Tuesday Weld called"),
    ("en", "the 3rd meeting"),
    ("en", "at 3 offices"),
    ("en", "good morning team"),
    ("en", "call lasted 3h"),
    ("en", "24/7 support"),
    ("en", "3/4 of the team agreed"),
    ("en", "ma is Hungarian only"),
    ("en", "2 weeks of onboarding"),
    ("en", "rated 4.5."),
    ("en", "version 2.3.1 released"),
    ("en", "score 3:2"),
    ("en", "call 555-1234"),
    ("en", "at 5 stores"),
    ("en", "a 2h meeting"),
    ("pt", "a proposta e o contrato"),
    ("pt", "a sexta reunião"),
    ("pt", "as 3 propostas"),
    ("pt", "às 3 propostas"),
    ("pt", "segunda reunião com o cliente"),
    ("pt", "em 5 lojas"),
    ("es", "trabajamos toda la mañana"),
    ("es", "Plácido Domingo llamó"),
    ("es", "Domingo Pérez quiere una demo"),
    ("fr", "il se tue au travail"),
    ("fr", "pour mon client"),
    ("it", "le tue idee"),
    ("it", "Sabato Rossi ha chiamato"),
    ("it", "ma non ha risposto"),
]


@pytest.mark.parametrize(("lang", "text"), NOT_DATES, ids=[f"{c[0]}-{c[1]}" for c in NOT_DATES])
def test_not_a_date(lang: str, text: str) -> None:
    assert _find(text, lang) == []


def test_names_next_to_real_dates() -> None:
    found = _find("May Chen wants a call in May, ideally next Sat 10am with June Park")
    assert [m.text for m in found] == ["in May", "next Sat 10am"]
    assert [_wall(m) for m in found] == ["2026-05-01 00:00", "2026-03-21 10:00"]  # next week's Saturday


def test_name_then_weekday_is_a_date() -> None:
    # A weekday after a name is the day ("call Maria Silva Friday"); only a weekday that is also a common name
    # ("Domingo") stays part of the name. Dropping it would log the touch as today's without a word.
    assert _wall(_one("Met Maria Tuesday", prefer=P)) == "2026-03-10 00:00"
    assert _wall(_one("call Maria Silva Friday")) == "2026-03-13 00:00"


def test_name_then_weekday_with_time_is_a_date() -> None:
    assert _wall(_one("Met Maria Tuesday 3pm", prefer=P)) == "2026-03-10 15:00"


def test_several_phrases_keep_their_order_and_spans() -> None:
    text = "liguei pro João ontem, retomar terça que vem às 15h"
    found = _find(text, "pt")
    assert [(m.text, text[m.start : m.end]) for m in found] == [
        ("ontem", "ontem"),
        ("terça que vem às 15h", "terça que vem às 15h"),
    ]


def test_range_ends() -> None:
    assert _one("end of the month").is_range_end
    assert _one("eom").is_range_end
    assert _wall(_one("end of week")) == "2026-03-13 00:00"
    assert _one("end of May").is_range_end
    assert not _one("next tue").is_range_end


def test_end_of_month_in_the_past_is_last_month() -> None:
    assert _wall(_one("end of month", prefer=P)) == "2026-02-28 00:00"


def test_hungarian_ma_only_in_hungarian() -> None:
    assert _find("ma", "it") == []
    assert _wall(_one("ma délután 3-kor", "hu")) == "2026-03-12 15:00"


def test_day_first_parameter_overrides_language() -> None:
    assert _wall(_one("3/4", day_first=True)) == "2026-04-03 00:00"
    assert _wall(_one("3/4", "pt", day_first=False)) == "2027-03-04 00:00"


def test_english_is_a_fallback_for_other_languages() -> None:
    assert _one("f/u amanhã 3pm", "pt").text == "amanhã 3pm"
    assert _wall(_one("rappeler next week", "fr")) == "2026-03-16 00:00"


def test_today_in_the_senders_zone_not_in_nows_zone() -> None:
    utc_now = datetime(2026, 3, 13, 2, 0, tzinfo=UTC)  # still 12 March, 22:00, in New York
    assert _one("today", now=utc_now, tz=NEW_YORK).value.date().isoformat() == "2026-03-12"
    assert _one("today", now=utc_now, tz=LISBON).value.date().isoformat() == "2026-03-13"
    assert str(_one("tomorrow", now=utc_now, tz=NEW_YORK).value.tzinfo) == NEW_YORK


# DST: Lisbon springs forward on Sunday 29 March 2026 at 01:00 (to 02:00), New York on 8 March.
BEFORE_LISBON_DST = datetime(2026, 3, 28, 10, 0, tzinfo=ZoneInfo(LISBON))
BEFORE_NY_DST = datetime(2026, 3, 7, 9, 0, tzinfo=ZoneInfo(NEW_YORK))


@pytest.mark.parametrize(
    ("now", "tz", "text", "wall", "utc_offset_hours"),
    [
        (BEFORE_LISBON_DST, LISBON, "tomorrow 3pm", "2026-03-29 15:00", 1),
        (BEFORE_LISBON_DST, LISBON, "tomorrow", "2026-03-29 00:00", 0),
        (BEFORE_LISBON_DST, LISBON, "amanhã às 15h", "2026-03-29 15:00", 1),
        (BEFORE_LISBON_DST, LISBON, "tomorrow at 1:30am", "2026-03-29 02:30", 1),  # 01:30 does not exist
        (BEFORE_LISBON_DST, LISBON, "in 24 hours", "2026-03-29 11:00", 1),  # elapsed time, not wall time
        (BEFORE_LISBON_DST, LISBON, "next tue 3pm", "2026-03-31 15:00", 1),
        (BEFORE_NY_DST, NEW_YORK, "tomorrow 3pm", "2026-03-08 15:00", -4),
        (BEFORE_NY_DST, NEW_YORK, "at 8am", "2026-03-08 08:00", -4),  # 08:00 today has passed
        (BEFORE_NY_DST, NEW_YORK, "next tue", "2026-03-10 00:00", -4),
        (BEFORE_NY_DST, NEW_YORK, "3/4", "2027-03-04 00:00", -5),
    ],
)
def test_dst(now: datetime, tz: str, text: str, wall: str, utc_offset_hours: int) -> None:
    match = _one(text, now=now, tz=tz, lang="pt" if "amanhã" in text else "en")
    assert _wall(match) == wall
    assert match.value.utcoffset() == timedelta(hours=utc_offset_hours)


@pytest.mark.parametrize(
    ("phrase", "lang", "wall"),
    [
        ("fri", "en", "2026-03-13 00:00"),  # alone it would be ambiguous; as an answer it is Friday
        ("by fri.", "en", "2026-03-13 00:00"),
        ("next tue 3pm", "en", "2026-03-17 15:00"),
        ("quinta", "pt", "2026-03-12 00:00"),
        ("2 weeks from tomorrow", "en", "2026-03-27 00:00"),  # a day, no time
        ("in 3 weeks and 2 days", "en", "2026-04-04 00:00"),
    ],
)
def test_parse_date_phrase(phrase: str, lang: str, wall: str) -> None:
    value = parse_date_phrase(phrase, now=NOW, tz=LISBON, lang=lang)
    assert value is not None
    assert value.strftime("%Y-%m-%d %H:%M") == wall


def test_parse_date_phrase_converts_a_named_zone_to_the_senders() -> None:
    value = parse_date_phrase("12 March 2026 14:30 UTC", now=NOW, tz=NEW_YORK)
    assert value is not None and value.strftime("%H:%M %z") == "10:30 -0400"


def test_parse_date_phrase_gives_up_on_nonsense() -> None:
    assert parse_date_phrase("whenever works", now=NOW, tz=LISBON) is None


def test_naive_now_is_refused() -> None:
    with pytest.raises(ValueError, match="aware"):
        find_dates("tomorrow", now=datetime(2026, 3, 12), tz=LISBON)


def test_parse_date_phrase_does_not_guess_an_impossible_or_unclear_date() -> None:
    assert parse_date_phrase("30 Feb", now=NOW, tz=LISBON) is None
    assert parse_date_phrase("twenty second of June", now=NOW, tz=LISBON) is not None


def test_a_phrase_quoted_whole_swallows_the_phrases_inside_it() -> None:
    # "feria" (a typo of "feira") leaves the phrase partly read: it is asked about whole, and "na segunda" is not
    # also offered on its own, which would set Monday and drop the 10:15 the sender gave.
    found = _find("ligar ao Ivo Campos na segunda-feria às 10 e um quarto", "pt")
    assert [(m.text, m.doubt) for m in found] == [("na segunda-feria às 10 e um quarto", "unread")]


@pytest.mark.parametrize(
    ("text", "lang", "hour"),
    [
        ("tomorrow call rui almeida at 10", "en", 10),
        ("friday meeting with ana costa at 3pm", "en", 15),
        ("amanhã ligar ao rui às 15h", "pt", 15),
        ("holnap hívás Szabó Gáborral 10-kor", "hu", 10),
    ],
)
def test_a_time_said_apart_from_its_day_is_part_of_that_moment(text: str, lang: str, hour: int) -> None:
    # Read apart, the day alone set the reminder at the default 09:00 and the time was dropped: half-read.
    found = _find(text, lang)
    assert len(found) == 1 and found[0].has_time and found[0].value.hour == hour
    assert found[0].value.date() > NOW.date()
    clock = found[0].clock
    assert clock is not None and text[clock[0] : clock[1]].strip().endswith(("10", "3pm", "15h", "10-kor"))


@pytest.mark.parametrize(
    ("text", "lang"), [("hívás Zsófiával pénteken 14-kor", "hu"), ("pénteken 14 órakor", "hu"), ("vendredi 14h", "fr")]
)
def test_a_weekday_and_an_hour_is_that_weekday_at_that_hour(text: str, lang: str) -> None:
    # "pénteken 14-kor" was read as "Friday the 14th": the next one is in August.
    match = _one(text, lang)
    assert match.value == datetime(2026, 3, 13, 14, 0, tzinfo=ZoneInfo(LISBON)) and match.doubt is None


@pytest.mark.parametrize(("text", "lang"), [("friday 14", "en"), ("martes 25", "es")])
def test_a_weekday_and_day_number_months_away_is_asked_about(text: str, lang: str) -> None:
    assert _one(text, lang).doubt == "impossible"


@pytest.mark.parametrize(
    ("text", "lang", "hour"),
    [
        ("call rui tomorrow at 3, no, 4pm", "en", 16),
        ("hétfőn 9-kor vagyis inkább 10-kor hívás bencével", "hu", 10),
        ("amanhã às 10h, quer dizer 11h", "pt", 11),
    ],
)
def test_a_time_taken_back_is_not_the_one_set(text: str, lang: str, hour: int) -> None:
    assert _one(text, lang).value.hour == hour


@pytest.mark.parametrize(
    ("text", "lang"),
    [("la call con ricci è stata stamattina alle 11 non alle 10", "it"), ("a hívás ma 11-kor volt nem 10-kor", "hu")],
)
def test_a_time_denied_is_not_the_one_read(text: str, lang: str) -> None:
    found = _find(text, lang, P)
    assert len(found) == 1 and found[0].value.hour == 11


@pytest.mark.parametrize(
    ("text", "tz", "day"),
    [("log a call with sofia 10/03", LISBON, "2026-03-10"), ("log a call with sofia 3/10", NEW_YORK, "2026-03-10")],
)
def test_english_numeric_dates_follow_the_senders_region(text: str, tz: str, day: str) -> None:
    assert _one(text, "en", P, tz=tz).value.date().isoformat() == day


def test_a_reading_asked_again_is_the_same_and_callers_cannot_change_it() -> None:
    """A message's dates are read once and shared (values, tense, slots): a caller's list is its own."""
    first = _find("call Rui tomorrow at 3pm and Ana on friday")
    first.clear()
    again = _find("call Rui tomorrow at 3pm and Ana on friday")
    assert [m.text for m in again] == ["tomorrow at 3pm", "on friday"]
    assert again[0].value == datetime(2026, 3, 13, 15, 0, tzinfo=ZoneInfo(LISBON))


def test_a_shared_reading_is_kept_apart_by_clock_zone_preference_and_country() -> None:
    """Whatever decides a reading is part of what it is remembered under: the same words read for another day,
    another preference, the same instant in another zone, or another company country."""
    assert _one("call Maria tuesday", prefer=F).value.date().isoformat() == "2026-03-17"
    assert _one("call Maria tuesday", prefer=P).value.date().isoformat() == "2026-03-10"
    assert _one("call Maria tuesday", now=NOW + timedelta(days=7)).value.date().isoformat() == "2026-03-24"
    late = datetime(2026, 3, 12, 23, 30, tzinfo=UTC)  # already Friday in Tokyo
    assert _one("call Maria tomorrow", now=late, tz=LISBON).value.date().isoformat() == "2026-03-13"
    in_tokyo = late.astimezone(ZoneInfo("Asia/Tokyo"))  # the same instant, another zone: an equal datetime
    assert _one("call Maria tomorrow", now=in_tokyo, tz="Asia/Tokyo").value.date().isoformat() == "2026-03-14"
    thanksgiving = datetime(2026, 11, 2, 10, 0, tzinfo=ZoneInfo(LISBON))
    assert find_dates("call Maria on Thanksgiving", now=thanksgiving, tz=LISBON) == []
    us = find_dates("call Maria on Thanksgiving", now=thanksgiving, tz=LISBON, country="US")
    assert [m.value.date().isoformat() for m in us] == ["2026-11-26"]
