"""A day at work, as one transcript: log a call, next morning's nudges, press Snooze, the nudge is edited."""

from __future__ import annotations

from tests.support import Chat


async def test_log_a_call_then_next_mornings_nudge_then_snooze(chat: Chat) -> None:
    await chat.say("add Maria Silva, works at Acme")
    logged = await chat.say("call with Maria Silva re renewal, f/u tomorrow")
    assert logged[0].text.startswith("Logged call with Maria Silva (Acme), today 10:40.")
    assert await chat.sweep() == [], "nothing is due yet"

    chat.clock.advance(hours=12)  # Thursday 22:40: still nothing
    assert await chat.sweep() == []
    chat.clock.advance(hours=10, minutes=20)  # Friday 09:00, the follow-up's hour (after the 08:30 digest)
    morning = await chat.sweep()
    assert [n.reply.intent for n in morning] == ["nudge.digest", "nudge.follow_up"]
    digest, nudge = morning
    assert digest.reply.text.splitlines() == [
        "Your day (Fri 13 Mar): birthdays 0, follow-ups due today 1, overdue 0, at risk 0.",
        "Due today:",
        "• 09:00 Maria Silva (Acme): call with Maria Silva re renewal",
    ]
    assert nudge.reply.text.startswith(
        "Follow up with Maria Silva (Acme): call with Maria Silva re renewal. Last: call 12 Mar"
    )
    assert [b.action for b in nudge.reply.buttons] == [
        "crm:nudge.done", "crm:nudge.snooze1d", "crm:nudge.snooze1w", "crm:nudge.log", "crm:nudge.dismiss",
    ]  # fmt: skip

    answer = await chat.click(nudge.button("crm:nudge.snooze1d"))
    assert answer[0].text == "Snoozed until tomorrow 09:00."
    assert nudge.edited and nudge.reply.text == "Snoozed until tomorrow 09:00.", "the nudge itself now says so"
    assert not digest.edited

    chat.clock.advance(hours=23, minutes=59)  # Saturday 08:59: the day's digest lists it, the nudge waits
    saturday = await chat.sweep()
    assert [n.reply.intent for n in saturday] == ["nudge.digest"]
    assert "• 09:00 Maria Silva (Acme): call with Maria Silva re renewal" in saturday[0].reply.text
    chat.clock.advance(minutes=1)
    back = await chat.sweep()  # 09:00: the snoozed follow-up comes back
    assert [n.reply.intent for n in back] == ["nudge.follow_up"]
    assert back[0].reply.text.startswith("Follow up with Maria Silva (Acme)") and not back[0].edited
    done = await chat.click(back[0].button("crm:nudge.done"))
    assert done[0].text.startswith("Done: Follow up with Maria Silva (Acme)")
    assert back[0].edited and back[0].reply.text == done[0].text
    chat.clock.advance(days=1)
    assert [n.reply.intent for n in await chat.sweep()] == [], "done is done: Sunday has nothing to say"
