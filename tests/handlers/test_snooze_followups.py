""" "snooze sophie martin follow up to next monday" moves her open follow-ups, not only her nudges (it once said
"Snoozed" and left the follow-up where it was); one undo puts them back."""

from __future__ import annotations

from tests.support import Chat


async def test_snoozing_a_contact_moves_her_follow_ups_and_undo_puts_them_back(chat: Chat) -> None:
    await chat.say("add Sophie Martin, works at Lumière SA")
    await chat.say("remind me to call Sophie Martin on friday")  # the clock is Thu 12 Mar 2026
    before = (await chat.say("my follow-ups"))[0].text
    assert "tomorrow 09:00 — Sophie Martin" in before
    snoozed = (await chat.say("snooze sophie martin follow up to next monday"))[0]
    assert snoozed.text.endswith("Follow-ups moved there: 1.")
    after = (await chat.say("my follow-ups"))[0].text
    assert "Mon 16 Mar" in after and "tomorrow" not in after
    await chat.say("undo")
    assert "tomorrow 09:00 — Sophie Martin" in (await chat.say("my follow-ups"))[0].text
