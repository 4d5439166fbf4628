"""An error meant for the user reaches them in their own language, with "nothing was saved"."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support import Chat, make_app, sqlite_url


@pytest.fixture
def pt_chat(tmp_path: Path) -> Iterator[Chat]:
    app, clock = make_app(sqlite_url(tmp_path), default_language="pt", default_timezone="Europe/Lisbon")
    yield Chat(app, clock, handle="rui")
    app.engine.dispose()


async def test_a_portuguese_reader_gets_the_problem_in_portuguese(pt_chat: Chat) -> None:
    days = await pt_chat.say("quem não contactámos há 0 dias?")
    assert days[0].text == (
        'Indique um número de dias entre 1 e 3650, p. ex. "com quem não falamos há 60 dias?". Nada foi guardado.'
    )
    usage = await pt_chat.say("/linkcode")
    assert usage[0].text == "Uso: /linkcode UTILIZADOR [papel] — p. ex. /linkcode ana rep Nada foi guardado."


async def test_an_english_reader_gets_the_same_words_as_before(chat: Chat) -> None:
    days = await chat.say("who haven't we talked to in 0 days?")
    assert days[0].text == (
        'Give a number of days between 1 and 3650, e.g. "who haven\'t we talked to in 60 days?". Nothing was saved.'
    )
