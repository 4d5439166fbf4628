"""A date phrase the assistant cannot fully read is asked about, quoting it, and nothing is stored until answered."""

from __future__ import annotations

from sqlmodel import select

from bot.app import App
from storage.models import FollowUp, Interaction
from tests.support import Chat


def _count(app: App, table: type) -> int:
    with app.services.session() as session:
        return len(session.exec(select(table)).all())


async def test_a_half_read_follow_up_is_asked_then_set_from_the_answer(chat: Chat) -> None:
    await chat.say("add Maria Silva, works at Acme")
    question = await chat.say("remind me to follow up with Maria Silva two sundays from now")
    assert '"two sundays from now"' in question[0].text
    assert "Nothing is saved" in question[0].text
    assert _count(chat.app, FollowUp) == 0
    done = await chat.say("next friday 3pm")
    assert done[0].entities["follow_up"].startswith("2026-03-20T15:00")
    assert _count(chat.app, FollowUp) == 1


async def test_an_impossible_date_in_a_log_is_asked_and_can_be_cancelled(chat: Chat) -> None:
    await chat.say("add Maria Silva, works at Acme")
    question = await chat.say("call with Maria Silva on 30 Feb")
    assert '"30 Feb"' in question[0].text
    assert _count(chat.app, Interaction) == 0
    cancelled = await chat.say("cancel")
    assert cancelled[0].text.startswith("OK, cancelled")
    assert _count(chat.app, Interaction) == 0


async def test_an_unreadable_answer_is_asked_about_again(chat: Chat) -> None:
    await chat.say("add Maria Silva, works at Acme")
    # March has 31 days, so this one is fine (and, being ahead, a planned call: a follow-up)
    await chat.say("call with Maria Silva 31st of this month")
    before = _count(chat.app, FollowUp)
    question = await chat.say("remind me to call Maria Silva fifth friday")  # March 2026 has four Fridays
    assert '"fifth friday"' in question[0].text
    again = await chat.say("30 Feb")
    assert '"30 Feb"' in again[0].text
    assert _count(chat.app, FollowUp) == before
    done = await chat.say("tomorrow 10am")
    assert done[0].entities["follow_up"].startswith("2026-03-13T10:00")


async def test_a_follow_up_without_a_time_says_which_hour_it_took(chat: Chat) -> None:
    await chat.say("add Maria Silva, works at Acme")
    timed = await chat.say("remind me to call Maria Silva tomorrow at 3pm")
    assert "no time given" not in timed[0].text
    untimed = await chat.say("remind me to call Maria Silva on friday")
    assert "(no time given, 09:00)" in untimed[0].text
    logged = await chat.say("call with Maria Silva re renewal, f/u tomorrow")
    assert "(no time given, 09:00)" in logged[0].text


async def test_a_new_request_while_a_date_is_asked_is_a_new_request(chat: Chat) -> None:
    await chat.say("add Maria Silva, works at Acme")
    await chat.say("remind me to follow up with Maria Silva two sundays from now")
    other = await chat.say("who haven't we talked to in 60 days?")
    assert other[0].intent == "list_contacts"
    assert _count(chat.app, FollowUp) == 0


async def test_a_reminder_says_the_task_and_the_end_of_day_convention(chat: Chat) -> None:
    await chat.say("add Maria Silva, works at Acme")
    eod = (await chat.say("remind me to call Maria Silva by end of day"))[0]
    # The task without "remind me to" and without the "by" left behind by the date phrase.
    assert eod.text == "Follow-up today 17:00 (end of the working day): call Maria Silva."
    with chat.app.services.session() as session:
        assert [f.text for f in session.exec(select(FollowUp)).all()] == ["call Maria Silva"]
    pt = (await chat.say("lembra-me de ligar à Maria Silva amanhã às 15h"))[0]
    assert pt.text.endswith("ligar à Maria Silva.")
    lead_kept = (await chat.say("f/u with Maria Silva next tue"))[0]
    assert lead_kept.text.endswith("(no time given, 09:00): f/u with Maria Silva.")
