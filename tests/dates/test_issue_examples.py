"""Every example of issue 14 is read right, or asked about; never half-read."""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from bot.nlu.dates import DateMatch, find_dates

LISBON = "Europe/Lisbon"
NOV = datetime(2026, 11, 12, 10, 40, tzinfo=ZoneInfo(LISBON))  # a Thursday in November
FRI_28_SEP = datetime(2018, 9, 28, 10, 0, tzinfo=ZoneInfo("Europe/Madrid"))


def _one(text: str, *, lang: str = "en", now: datetime = NOV, prefer: str = "future") -> DateMatch:
    found = find_dates(text, now=now, tz=str(now.tzinfo), lang=lang, prefer=prefer)  # type: ignore[arg-type]
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("lang", "text", "prefer", "wall"),
    [
        ("en", "remind me to call Maria two days after today", "future", "2026-11-14"),
        ("en", "remind me to call Maria three weeks from tomorrow", "future", "2026-12-04"),
        ("en", "remind me to call Maria half an hour from now", "future", "2026-11-12 11:10:00"),
        ("en", "f/u with Maria the 15th day of next month", "future", "2026-12-15"),
        ("en", "f/u with Maria first friday of july", "future", "2027-07-02"),
        ("en", "f/u with Maria October 14 8:00:31am", "future", "2027-10-14 08:00:31"),
        ("es", "llamar a Maria a las doce", "future", "2026-11-12 12:00:00"),
        ("en", "call Maria 10, tonight", "future", "2026-11-12 22:00:00"),
        ("en", "met Maria 05/05/89", "past", "1989-05-05"),
        ("en", "call Maria now", "future", "2026-11-12 10:40:00"),
        ("en", "call Maria asap", "future", "2026-11-12 10:40:00"),
        ("en", "call Maria on Christmas", "future", "2026-12-25"),
        ("en", "call Maria Easter Monday", "future", "2027-03-29"),
        ("pt", "ligar à Maria no Carnaval", "future", "2027-02-09"),
        ("en", "call Maria in a fortnight", "future", "2026-11-26"),
        ("en", "call Maria the week after next", "future", "2026-11-23"),
        ("en", "call Maria last day of the month", "future", "2026-11-30"),
        ("en", "call Maria end of quarter", "future", "2026-12-31"),
        ("pt", "ligar à Maria amanhã à tarde", "future", "2026-11-13 14:00:00"),
        ("en", "call Maria at half past three", "future", "2026-11-12 15:30:00"),
        ("pt", "ligar à Maria ao meio-dia", "future", "2026-11-12 12:00:00"),
        ("en", "call Maria in 45 minutes", "future", "2026-11-12 11:25:00"),
        ("en", "call Maria oct/2", "future", "2027-10-02"),
        ("en", "call Maria sep-23-2020", "future", "2020-09-23"),
        ("en", "call Maria on the 25th", "future", "2026-11-25"),
        ("en", "call Maria two days after tomorrow", "future", "2026-11-15"),
        ("en", "twenty past five tomorrow morning", "future", "2026-11-13 05:20:00"),
    ],
)
def test_read_right(lang: str, text: str, prefer: str, wall: str) -> None:
    match = _one(text, lang=lang, prefer=prefer)
    assert match.doubt is None
    shown = match.value.strftime("%Y-%m-%d %H:%M:%S") if match.has_time else match.value.strftime("%Y-%m-%d")
    assert shown == wall


def test_a_weekday_with_a_day_number_keeps_the_number() -> None:
    """ "martes 25" said on Friday 28 September: a Tuesday that is a 25th, ahead or behind."""
    assert _one("llamar a Maria el martes 25", lang="es", now=FRI_28_SEP).value.date().isoformat() == "2018-12-25"
    past = _one("llamé a Maria el martes 25", lang="es", now=FRI_28_SEP, prefer="past")
    assert past.value.date().isoformat() == "2018-09-25"


def test_a_hungarian_weekday_with_its_day_number_and_hour() -> None:
    """ "szerdán 18-án 10-kor": Wednesday the 18th at 10, the case endings on both numbers."""
    found = _one("találkozó Bencével szerdán 18-án 10-kor", lang="hu")
    assert found.doubt is None and found.value.day == 18 and found.value.hour == 10


def test_ultimo_domingo_is_the_last_one() -> None:
    assert _one("reunión con Maria el último domingo", lang="es", now=FRI_28_SEP).value.date().isoformat() == (
        "2018-09-23"
    )


@pytest.mark.parametrize(
    ("text", "doubt"),
    [
        ("call Maria on 30 Feb", "impossible"),
        ("call Maria 31st of this month", "impossible"),  # November has 30 days
        ("met Maria fifth Sunday", "impossible"),  # November 2026 has four... no: five Sundays from the 1st
        ("call Maria two sundays from now", "unread"),
        ("call Maria monday 10", "unread"),  # the 10th, or 10 o'clock?
    ],
)
def test_asked_not_guessed(text: str, doubt: str) -> None:
    if "fifth Sunday" in text:
        text = text.replace("fifth Sunday", "fifth Friday")  # November 2026 has four Fridays
    match = _one(text)
    assert match.doubt == doubt
    assert match.text in text and len(match.text.split()) >= 2  # the whole phrase is quoted


@pytest.mark.parametrize("text", ["met Maria on the 32nd", "call Maria 13/13", "call Maria on 31/15"])
def test_a_day_no_month_has_is_asked_about_never_dropped(text: str) -> None:
    assert _one(text).doubt == "impossible"


@pytest.mark.parametrize(
    ("text", "lang"),
    [("follow up with Maria the friday after next", "en"), ("call Maria friday week", "en"),
     ("relancer Maria vendredi en huit", "fr")],
)  # fmt: skip
def test_the_weekday_after_next_is_a_week_after_the_coming_one(text: str, lang: str) -> None:
    assert _one(text, lang=lang).value.date().isoformat() == "2026-11-20"  # said on Thursday 12 November


def test_a_numeric_date_a_year_back_when_read_the_other_way_is_last_week_is_asked() -> None:
    """ "called harry on 3/4" on 12 March, day first: 3 April of last year, or 4 March? Asked, never guessed."""
    march = datetime(2026, 3, 12, 10, 40, tzinfo=ZoneInfo(LISBON))
    assert _one("called harry on 3/4", now=march, prefer="past").doubt == "unread"
    assert _one("called harry on 10/3", now=march, prefer="past").doubt is None


@pytest.mark.parametrize(("text", "lang"), [("call rui tomorrow 3pm his time", "en"),
                                             ("ligar ao rui amanhã às 15h hora dele", "pt")])  # fmt: skip
def test_a_time_in_someone_elses_zone_is_asked_about(text: str, lang: str) -> None:
    assert _one(text, lang=lang).doubt == "unread"


def test_a_percentage_is_not_a_day_of_the_month() -> None:
    found = find_dates("le prometimos a javier un descuento del 10% para el viernes", now=NOV, tz=LISBON, lang="es")
    assert [m.text for m in found] == ["el viernes"]


def test_a_mark_out_of_twenty_is_not_a_date() -> None:
    assert find_dates("call Maria, she rated us 15/20", now=NOV, tz=LISBON, lang="en") == []


def test_next_sunday_on_a_monday_is_next_weeks() -> None:
    """The convention (README, "Dates"): "next <weekday>" is that day of next week."""
    monday = datetime(2026, 11, 9, 10, 0, tzinfo=ZoneInfo(LISBON))
    assert _one("call Maria next Sunday", now=monday).value.date().isoformat() == "2026-11-22"
    assert _one("call Maria this coming Sunday", now=monday).value.date().isoformat() == "2026-11-15"


def test_public_holidays_of_the_company_country_are_read_by_name() -> None:
    """The `holidays` package: Portugal's from a Lisbon sender, in Portuguese; the United States' by country."""
    freedom = _one("ligar à Maria no Dia da Liberdade", lang="pt")
    assert freedom.value.date().isoformat() == "2027-04-25"
    thanks = find_dates("call Maria on Thanksgiving", now=NOV, tz=LISBON, country="US")
    assert [m.value.date().isoformat() for m in thanks] == ["2026-11-26"]
