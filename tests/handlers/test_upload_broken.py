"""A broken file sent in chat: its broken rows are named by line in the answer (never an internal error), and a
file in a legacy encoding is refused with the reason."""

from __future__ import annotations

import pytest

from bot.app import App
from reminders.clock import FrozenClock
from tests.handlers.test_upload import Uploader, contact_names


@pytest.fixture
def admin(app: App, clock: FrozenClock) -> Uploader:
    return Uploader(app, clock, handle="alice")


async def test_huge_cells_and_broken_quotes_are_reported_by_line(admin: Uploader, app: App) -> None:
    data = (
        "name,company,email\n"
        "Ana Lopes,Acme,ana@acme.pt\n"
        f"Bruno Reis,{'B' * 200_000},bruno@beta.pt\n"
        'Carla Mota,"Gama,carla@gama.pt\n'
    ).encode()
    [offer] = await admin.send_file("people.csv", data)
    [done] = await admin.say("yes")

    assert "went wrong" not in offer.text
    assert "line 3" in offer.text and "line 4" in offer.text
    assert contact_names(app) == ["Ana Lopes"]
    assert "went wrong" not in done.text


async def test_a_shift_jis_file_is_refused_with_the_reason(admin: Uploader, app: App) -> None:
    [reply] = await admin.send_file("japan.csv", "name,company\n山田太郎,株式会社テスト\n".encode("shift_jis"))

    assert "not UTF-8" in reply.text
    assert contact_names(app) == []
