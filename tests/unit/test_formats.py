"""One formatter for money and numbers: English keeps the house style, the other languages their own."""

from __future__ import annotations

import pytest

from bot.texts import formats


def test_english_keeps_the_house_style() -> None:
    assert formats.money(120_000, "EUR", "en") == "€1,200.00"
    assert formats.whole_money(776_049, "EUR", "en") == "€7,760"
    assert formats.compact_money(1_800_000, "EUR", "en") == "€18k"
    assert formats.compact_money(125_000_000, "USD", "en") == "$1.2M"
    assert formats.compact_money(95_000, "CHF", "en") == "950 CHF"
    assert formats.number(1_000_000, "en") == "1,000,000"
    assert formats.number(1.25, "en", digits=1) == f"{1.25:.1f}"
    assert formats.number(41.6, "en", digits=0) == "42"
    assert formats.percent(0.42, "en") == "42%"
    assert formats.percent(None, "en") == "n/a"


@pytest.mark.parametrize(
    ("lang", "ratio", "million", "share"),
    [
        ("pt", "1,5", "1\xa0000\xa0000", "42%"),
        ("es", "1,5", "1.000.000", "42\xa0%"),
        ("fr", "1,5", "1\u202f000\u202f000", "42\xa0%"),
        ("it", "1,5", "1.000.000", "42%"),
        ("hu", "1,5", "1\xa0000\xa0000", "42%"),
    ],
)
def test_other_languages_write_figures_their_way(lang: str, ratio: str, million: str, share: str) -> None:
    assert formats.number(1.5, lang, digits=1) == ratio
    assert formats.number(1_000_000, lang) == million
    assert formats.percent(0.42, lang) == share
    assert formats.percent(None, lang) != "n/a"
    compact = formats.compact_money(1_800_000, "EUR", lang)
    assert compact.startswith("18") and ("€" in compact or "EUR" in compact)  # CLDR: Hungarian writes "EUR"


def test_the_reader_of_the_current_answer_is_the_default() -> None:
    token = formats.READER.set("pt")
    try:
        assert formats.number(2.5, digits=1) == "2,5"
        assert formats.percent(None) == "n/d"
    finally:
        formats.READER.reset(token)
