"""A full name the store does not have is never written on the stored person who shares its first name, even
when the surname is also a word ("turner", "parker", "rossi", "silva") or another contact's surname."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from bot.nlu.parser import parse
from bot.nlu.reading import read
from bot.nlu.train import demo_store
from tests.nlu.corpus_check import NOW, TZ
from tests.nlu.store_check import resolved


@pytest.fixture(scope="module")
def session() -> Iterator[Any]:
    with demo_store() as factory, factory() as s:
        yield s


def _resolves(session: Any, lang: str, text: str) -> str | None:
    u = parse(text, now=NOW, tz=TZ, lang=lang, reading=read(text, session=session, lang=lang, now=NOW, tz=TZ))
    return resolved(session, u)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "met sophie turner at the fair"),
        ("en", "call with peter parker from oscorp yesterday"),
        ("en", "spoke with emily blunt, she wants a demo"),
        ("en", "sophie turner's new number is +33 6 11 11 11 11"),
        ("en", "call harry potter tomorrow at 3"),
        ("en", "oliver twist's birthday is 5 may"),
        ("en", "lunch with michael scott from dunder mifflin yesterday"),
        ("it", "chiamata con giulia rossi di fiat ieri"),
        ("es", "llamé a carmen lópez de telefónica"),
        ("pt", "reunião com a ana silva da edp"),
        ("fr", "le nouveau numéro de pierre martin est 06 99 88 77 66"),
    ],
)
def test_a_new_full_name_is_never_a_stored_namesake(session: Any, lang: str, text: str) -> None:
    got = _resolves(session, lang, text)
    assert got == "NEW" or (got or "").startswith("SUGGEST:"), got  # created or offered, never taken


@pytest.mark.parametrize(
    ("lang", "text", "who"),
    [
        ("en", "sophie wants premium", "Sophie Martin"),
        ("en", "dont let me forget to wish pablo happy birthday on sunday", "Pablo Sánchez"),
        ("it", "giulia vuole il premium", "Giulia Ferrari"),
        ("pt", "o tiago quer premium", "Tiago Santos"),
        ("fr", "camille demande une démo", "Camille Bernard"),
    ],
)
def test_what_a_person_did_is_not_their_surname(session: Any, lang: str, text: str, who: str) -> None:
    assert _resolves(session, lang, text) == who
