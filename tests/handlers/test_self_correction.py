"""A name taken back in the same message is never the one written to: "call Rui, no wait, Maria"."""

from __future__ import annotations

from sqlmodel import select

from storage.models import Contact, FollowUp, Interaction
from tests.support import Chat


async def test_the_name_after_a_correction_gets_the_follow_up(chat: Chat) -> None:
    await chat.say("add Rui Almeida, works at Acme")
    await chat.say("add Maria Silva, works at Acme")
    done = (await chat.say("call with Rui Almeida, no wait, Maria Silva, tomorrow 3pm"))[0]
    assert done.entities["contact"] == "Maria Silva"
    pt = (await chat.say("amanhã ligar ao rui almeida, não, à maria silva"))[0]
    assert pt.entities["contact"].lower() == "maria silva"  # as written
    with chat.app.services.session() as session:
        maria = session.exec(select(Contact).where(Contact.full_name == "Maria Silva")).one()
        owners = {f.contact_id for f in session.exec(select(FollowUp)).all()}
    assert owners == {maria.id}


async def test_english_and_hungarian_corrections_of_the_last_touch(chat: Chat) -> None:
    """ "no wait it was on friday", "actually make it 10", "nem, pénteken volt": the last touch is corrected,
    never logged a second time (these were asked about, with a duplicate log as an option)."""
    await chat.say("add Maria Silva, works at Acme")
    await chat.say("call with maria silva this morning")
    friday = (await chat.say("no wait it was on friday"))[0]
    assert friday.text.startswith("Corrected: call with Maria Silva, Fri 6 Mar")
    ten = (await chat.say("actually make it 10"))[0]
    assert ten.text.startswith("Corrected: call with Maria Silva, Fri 6 Mar 10:00")
    afternoon = (await chat.say("sorry make it 3pm"))[0]
    assert afternoon.text.startswith("Corrected: call with Maria Silva, Fri 6 Mar 15:00")
    hu = (await chat.say("nem, szerdán volt"))[0]
    assert hu.text.startswith("Corrected: call with Maria Silva, yesterday")  # Wednesday, the clock is Thu 12
    with chat.app.services.session() as session:
        assert len(session.exec(select(Interaction)).all()) == 1


async def test_a_touch_with_two_people_is_logged_on_both_or_on_neither(chat: Chat) -> None:
    """ "call with John Miller and Sarah Johnson": both records (only the first was, silently); one undo takes both
    back; a second person not surely known logs nothing and asks for the full name."""
    await chat.say("add John Miller, works at Globex")
    await chat.say("add Sarah Johnson, works at Globex")
    await chat.say("add Sarah Jones, works at Initech")
    both = (await chat.say("call with John Miller and Sarah Johnson about the expansion"))[0]
    assert both.text.endswith("Also logged with Sarah Johnson.")
    with chat.app.services.session() as session:
        assert len(session.exec(select(Interaction)).all()) == 2
    await chat.say("undo")
    unsure = (await chat.say("call with John Miller and sarah about the expansion"))[0]
    assert unsure.text.startswith('I\'m not sure who "sarah" is')
    with chat.app.services.session() as session:
        assert session.exec(select(Interaction)).all() == []
