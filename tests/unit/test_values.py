"""Typed values read from a message: money with its currency, counts of what was bought, birthdays."""

from __future__ import annotations

from decimal import Decimal

import pytest

from bot.nlu.entities import find_amount, find_phone, find_quantity, parse_birthday


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("a Budapest Soft vett 5 licencet 2400 euróért", "2400", "EUR"),
        ("premium 20 licenc, 9 600 euró", "9600", "EUR"),
        ("kb 2,5 millió forint", "2500000", "HUF"),
        ("300 ezer forintos ajánlat", "300000", "HUF"),
        ("cuesta 500 dólares", "500", "USD"),
        ("passa in negoziazione a 11.500 €", "11500", "EUR"),
        ("new deal 20k", "20000", None),  # a multiplier and no currency: the deal's or the default applies
    ],
)
def test_money_in_every_language(text: str, amount: str, currency: str | None) -> None:
    found, found_currency, _ = find_amount(text, default_currency="EUR")
    assert found == Decimal(amount) and found_currency == currency


@pytest.mark.parametrize(
    ("text", "quantity"),
    [
        ("valencia foods ha comprado 5 licencias premium", 5),
        ("samba foods purchased premium x10", 10),
        ("signed for 20 premium licences", 20),
        ("2 jours de formation", 2),
        ("Kovács Bence 10 licencet vett", 10),
        ("bought Premium at 10 am", None),  # a time is not a count
        ("24k eur", None),
    ],
)
def test_how_many_were_bought(text: str, quantity: int | None) -> None:
    assert find_quantity(text)[0] == quantity


@pytest.mark.parametrize(
    ("text", "day_first", "birthday"),
    [
        ("Kovács Bence születésnapja 1987. április 4.", True, "1987-04-04"),
        ("aniversário do rui almeida: 12/07/1983", True, "1983-07-12"),
        ("jessica wilson bday 11 feb 1990", False, "1990-02-11"),
        ("april 4, 1987", False, "1987-04-04"),
        ("compie gli anni il 9 ottobre", True, "10-09"),
    ],
)
def test_birthdays_as_written(text: str, day_first: bool, birthday: str) -> None:
    assert parse_birthday(text, day_first=day_first) == birthday


@pytest.mark.parametrize(
    ("text", "lang", "phone"),
    [
        ("ajoute thomas roux 06 12 34 55 67", "fr", "+33612345567"),  # French written in Lisbon: a French number
        ("nuovo contatto: Sara Galli, 333 123 4567", "it", "+393331234567"),
        ("añade a Paloma Díaz, tlf 612 345 998", "es", "+34612345998"),
        ("ligar para 912 345 678", "pt", "+351912345678"),  # the sender's own region first
        ("add Ingrid Berg 020 7946 0321", "en", None),  # English is written in many countries: asked, never guessed
    ],
)
def test_a_national_phone_number_in_the_region_or_the_language_country(text: str, lang: str, phone: str | None) -> None:
    assert find_phone(text, tz="Europe/Lisbon", lang=lang)[0] == phone


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("diego torres compró soporte por tres mil euros", "3000.00", "EUR"),
        ("antoine dubois a acheté du support pour deux mille euros", "2000.00", "EUR"),
        ("chiara colombo ha comprato supporto per duemila euro", "2000.00", "EUR"),
        ("Kovács Bence vett supportot kétezer euróért", "2000.00", "EUR"),
        ("javier compró 2 premium por mil quinientos euros", "1500.00", "EUR"),
        ("Zsófia vett 3 basicet százhúsz euróért", "120.00", "EUR"),
        ("harry bought support for two hundred and fifty pounds", "250.00", "GBP"),
        ("harry taylor bought support, 250 pounds", "250.00", "GBP"),
        ("oliver smith bought basic, 120 quid", "120.00", "GBP"),
        ("a padaria comprou 3 premium por 2 mil euros", "2000.00", "EUR"),
    ],
)
def test_an_amount_in_words_or_in_pounds_is_read_never_left_to_the_list_price(
    text: str, amount: str, currency: str
) -> None:
    from bot.nlu.entities import find_money

    found, code, _ = find_money(text, default_currency="EUR")
    assert (str(found), code) == (amount, currency)


def test_a_currency_word_with_no_number_before_it_is_no_amount() -> None:
    from bot.nlu.entities import find_money

    assert find_money("they pay in euros since the euro zone move", default_currency="EUR") == (None, None, None)


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        ("john miller bought basic for USD 99.90", "99.90", "USD"),
        ("emily jones bought 2 basic, GBP 200", "200.00", "GBP"),
        ("oliver smith bought basic for 100", "100.00", None),  # the price said, in the default currency
        ("bought basic for 99,90", "99.90", None),
    ],
)
def test_a_price_with_its_code_first_or_bare_after_for(text: str, amount: str, currency: str | None) -> None:
    found, code, _ = find_amount(text, default_currency="EUR")
    assert (str(found), code) == (amount, currency)


def test_a_stay_of_days_is_no_price() -> None:
    assert find_amount("follow up in 2 weeks for 2 days", default_currency="EUR") == (None, None, None)


def test_hungarian_dollars_and_a_quantity_written_qty() -> None:
    from bot.nlu.entities import find_money

    assert find_money("Kovács Bence vett supportot 200 dollárért", default_currency="EUR")[:2] == (
        Decimal("200.00"),
        "USD",
    )
    assert find_quantity("sarah johnson bought premium, qty 2")[0] == 2
