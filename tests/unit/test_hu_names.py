"""A Hungarian sentence puts a case ending on the last word of a name; the name stored or created has none."""

from __future__ import annotations

import pytest

from bot.nlu.refs import hu_name


@pytest.mark.parametrize(
    ("written", "name"),
    [
        ("Kovács Annával", "Kovács Anna"),
        ("Szép Ádámmal", "Szép Ádám"),  # -val after m doubles the m
        ("Kováccsal", "Kovács"),  # after the digraph cs: ccs
        ("Balázzsal", "Balázs"),
        ("Tóthtal", "Tóth"),
        ("Péterrel", "Péter"),
        ("Máriát", "Mária"),
        ("Zsófinak", "Zsófi"),
        ("Chen Wei-nek", "Chen Wei"),  # a foreign name takes its ending after a hyphen
        ("Budapest Softnál", "Budapest Soft"),
        ("Acme", "Acme"),
    ],
)
def test_the_case_ending_comes_off_the_last_word(written: str, name: str) -> None:
    assert hu_name(written) == name
