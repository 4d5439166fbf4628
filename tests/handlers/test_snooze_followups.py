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


async def test_a_follow_up_for_her_goes_to_the_contact_discussed_or_asks_who(chat: Chat) -> None:
    """ "rappelle-moi de le relancer", "la richiamo venerdì", "hívd fel holnap": the person the conversation is
    about; with nobody discussed, asked (a reminder for nobody was once saved)."""
    await chat.say("add Julien Moreau, works at Atelier Moreau")
    await chat.say("add Emily Jones, works at Thames Analytics")
    asked = (await chat.say("call her tomorrow at 10"))[0]
    assert asked.text.startswith("Who is it for?")
    await chat.say("julien moreau?")
    for text in ("call him tomorrow at 10", "rappelle-moi de le relancer dans 10 jours", "hívd fel holnap 10-kor"):
        reply = (await chat.say(text))[0]
        assert reply.entities["contact"] == "Julien Moreau", text
    await chat.say("emily jones?")
    deal = (await chat.say("new deal with her, 12k eur, stage qualification"))[0]
    assert deal.entities["company"] == "Thames Analytics" and "her" not in deal.text.split()


async def test_the_answer_to_when_to_remind_is_the_follow_up_of_the_contact_logged(chat: Chat) -> None:
    """ "…, f/u" then "next monday": the follow-up is Maria's (it was once saved for nobody)."""
    await chat.say("add Maria Silva, works at Acme")
    logged = (await chat.say("call with maria silva yesterday, she signed!! f/u"))[0]
    assert "When should I remind you?" in logged.text
    answer = (await chat.say("next monday"))[0]
    assert answer.entities["contact"] == "Maria Silva" and answer.text.startswith("Follow-up Mon 16 Mar")
    listed = (await chat.say("my follow-ups"))[0].text
    assert "Mon 16 Mar 09:00 — Maria Silva" in listed


async def test_a_follow_up_reads_as_its_task_without_the_date_left_dangling(chat: Chat) -> None:
    """Reminders once read "relance mardi prochain à" and "follow up with amelia brown on"."""
    await chat.say("add Amelia Brown, works at Northwind UK")
    await chat.say("add Sophie Martin, works at Lumière SA")
    await chat.say("follow up with amelia brown on 14/03 at 4pm")
    await chat.say("appel avec Sophie Martin, elle veut le premium, relance mardi prochain à 15h")
    listed = (await chat.say("my follow-ups"))[0].text
    assert "Amelia Brown: follow up with amelia brown\n" in listed + "\n" and " on\n" not in listed + "\n"
    assert "Sophie Martin: appel avec Sophie Martin, elle veut le premium" in listed
    assert " à\n" not in listed + "\n"
