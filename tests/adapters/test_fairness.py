"""A flood of strangers cannot hold up staff: one refusal per stranger chat per hour, and updates of other
conversations are handled side by side with (not behind) the strangers'."""

from __future__ import annotations

from tests.adapters.telegram_rig import ADMIN, telegram_rig
from tests.fakes import FakeTelegramAPI

STRANGERS = (9001, 9002, 9003)


async def test_a_stranger_flood_gets_one_refusal_per_chat_and_staff_are_answered(
    telegram_api: FakeTelegramAPI, db_url: str
) -> None:
    async with telegram_rig(telegram_api, db_url) as rig:
        rig.add_contact("Maria Silva")
        flood = [telegram_api.push_message(STRANGERS[n % 3], f"hello {n}") for n in range(30)]
        staff = telegram_api.push_message(ADMIN, "Maria Silva?")
        for update in (*flood, staff):
            await rig.handled_update(update)
        rig.clock.advance(hours=1)
        [later] = await rig.say(STRANGERS[0], "hello again")

    refusals = [m for m in telegram_api.sent_messages() if m["chat_id"] in STRANGERS]
    assert sorted(m["chat_id"] for m in refusals) == sorted([*STRANGERS, STRANGERS[0]])  # one each, again an hour on
    assert "I only work with the team's staff" in later["text"]
    [card] = telegram_api.sent_messages(ADMIN)
    assert "Maria Silva" in card["text"]
    # The staff update came in the same batch as the flood and its lane did not wait for theirs.
    assert rig.time.sleeps == [] or max(rig.time.sleeps) <= 1.0
