"""List questions filter by what they name (stage, tag, company, days without a touch); a stage named in passing
moves the contact; "the next N days" of birthdays is N days."""

from __future__ import annotations

from sqlmodel import select

from storage.models import Contact
from tests.support import Chat


async def _team(chat: Chat) -> None:
    await chat.say("add Maria Silva, works at Acme, tags: vip")
    await chat.say("add Rui Almeida, works at Acme")
    await chat.say("add Chen Wei, works at Globex, tags: vip")
    await chat.say("Rui Almeida is a lead now")


async def test_a_list_by_tag_stage_and_company_lists_exactly_those(chat: Chat) -> None:
    await _team(chat)
    vip = (await chat.say("list all vip contacts"))[0]
    assert vip.entities["tags"] == ["vip"]
    assert "Maria Silva" in vip.text and "Chen Wei" in vip.text and "Rui Almeida" not in vip.text
    leads = (await chat.say("show me all leads"))[0]
    assert leads.entities["stage"] == "lead"
    assert "Rui Almeida" in leads.text and "Maria Silva" not in leads.text
    both = (await chat.say("vip contacts at Acme"))[0]
    assert both.text.splitlines()[0] == "Contacts — tag vip · at Acme (1):"
    assert "Maria Silva" in both.text and "Chen Wei" not in both.text
    pt = (await chat.say("lista os contatos da Acme"))[0]
    assert pt.entities["company"] == "Acme" and "Rui Almeida" in pt.text and "Chen Wei" not in pt.text


async def test_a_filter_that_matches_nothing_says_so_and_an_unknown_company_is_named(chat: Chat) -> None:
    await _team(chat)
    none = (await chat.say("contacts tagged golfer"))[0]
    assert none.text == "No contacts — tag golfer."
    unknown = (await chat.say("list contacts at Zorglub Inc"))[0]
    assert unknown.text == "I have no company called Zorglub Inc."


async def test_no_filter_is_the_retention_list_and_days_still_count(chat: Chat) -> None:
    await _team(chat)
    stale = (await chat.say("who haven't we talked to in 60 days?"))[0]
    assert stale.entities["days"] == 60 and stale.text.startswith("Not contacted in 60 days (3):")
    plus = (await chat.say("contacts i haven't spoken to in 60+ days"))[0]
    assert plus.entities["days"] == 60


async def test_a_stage_named_in_passing_moves_the_contact(chat: Chat) -> None:
    await _team(chat)
    moved = (await chat.say("Chen Wei is a prospect now"))[0]
    assert moved.entities["stage"] == "prospect"
    it = (await chat.say("Maria Silva adesso è cliente"))[0]
    assert it.entities["stage"] == "customer"
    with chat.app.services.session() as session:
        stages = {c.full_name: c.stage for c in session.exec(select(Contact)).all()}
    assert stages == {"Maria Silva": "customer", "Rui Almeida": "lead", "Chen Wei": "prospect"}


async def test_birthdays_in_the_next_n_days(chat: Chat) -> None:
    await chat.say("add Maria Silva, works at Acme, birthday 20 March")
    await chat.say("add Rui Almeida, works at Acme, birthday 14 March")
    week = (await chat.say("birthdays this week"))[0]
    assert "Rui Almeida" in week.text and "Maria Silva" not in week.text
    ten = (await chat.say("birthdays in the next 10 days"))[0]
    assert ten.text.startswith("Birthdays in the next 10 days (2):")
    wrong = (await chat.say("birthdays in the next 900 days"))[0]
    assert "between 1 and 366" in wrong.text


async def test_follow_ups_for_one_day_or_the_next_n_days(chat: Chat) -> None:
    await chat.say("add Maria Silva, works at Acme")
    await chat.say("add Rui Almeida, works at Acme")
    await chat.say("remind me to call Maria Silva tomorrow 3pm")
    await chat.say("remind me to email Rui Almeida in 9 days")
    tomorrow = (await chat.say("reminders for tomorrow"))[0]
    assert tomorrow.text.startswith("Your open follow-ups, tomorrow:")
    assert "Maria Silva" in tomorrow.text and "Rui Almeida" not in tomorrow.text
    today = (await chat.say("what's on my plate today?"))[0]
    assert today.text == "No open follow-ups today."
    week = (await chat.say("show my f/us for the next 7 days"))[0]
    assert week.entities["days"] == 7 and "Maria Silva" in week.text and "Rui Almeida" not in week.text
    everything = (await chat.say("my follow-ups"))[0]
    assert "Maria Silva" in everything.text and "Rui Almeida" in everything.text
    assert (await chat.say("what's overdue?"))[0].text == "No open follow-ups overdue."
    chat.clock.advance(days=2)
    overdue = (await chat.say("what's overdue?"))[0].text
    assert overdue.startswith("Your open follow-ups, overdue:")
    assert "Maria Silva" in overdue and "Rui Almeida" not in overdue
    # typed instead of tapping ✓ 1 (a client without buttons)
    assert (await chat.say("done 1"))[0].text == "Marked done: call Maria Silva."
    assert "Maria Silva" not in (await chat.say("my follow-ups"))[0].text


async def test_deals_in_one_stage(chat: Chat) -> None:
    await chat.say("new deal with Initech, 20k USD, stage negotiation")
    await chat.say("new deal with Globex for Training, 9k, stage proposal")
    negotiation = (await chat.say("deals in negotiation?"))[0]
    assert negotiation.entities == {"question": "pipeline", "stage": "negotiation"}
    assert negotiation.text.splitlines()[0] == "Deals in negotiation (1):"
    assert "• Initech deal — $20,000.00 · since today" in negotiation.text and "Globex" not in negotiation.text
    proposal = (await chat.say("which deals are in proposal?"))[0]
    assert "Globex Training" in proposal.text
    none = (await chat.say("deals in qualification?"))[0]
    assert none.text == "No deals in qualification."
    overview = (await chat.say("pipeline"))[0]
    assert overview.text.startswith("Pipeline: 2 open deals")


async def test_deals_above_or_below_an_amount(chat: Chat) -> None:
    await chat.say("new deal with Initech, 20k USD, stage negotiation")
    await chat.say("new deal with Globex for Training, 9k USD, stage proposal")
    await chat.say("new deal with Hooli, $2,500, stage negotiation")
    over = (await chat.say("deals in negotiation over $5k?"))[0]
    assert over.text.splitlines()[0] == "Deals in negotiation over $5,000.00 (1):"
    assert "Initech" in over.text and "Hooli" not in over.text
    open_over = (await chat.say("open deals above $8,000"))[0]
    assert open_over.text.splitlines()[0] == "Open deals over $8,000.00 (2):"
    assert "Initech" in open_over.text and "Globex" in open_over.text and "Hooli" not in open_over.text
    under = (await chat.say("any deals under $1,000?"))[0]
    assert under.text == "No open deals under $1,000.00."


async def test_buyers_gone_quiet(chat: Chat) -> None:
    """ "who hasnt bought anything in 6 months" once offered to create a contact called "who hasnt" with a purchase
    dated in September; it lists the contacts who bought before and nothing since."""
    await chat.say("add Maria Silva, works at Acme")
    await chat.say("add Rui Almeida, works at Acme")
    await chat.say("add Ana Lima, works at Globex")
    first = (await chat.say("Maria Silva bought 2 Premium for €200 on 2 September 2025"))[0]
    assert first.intent == "record_purchase", first.text
    await chat.say("Rui Almeida bought 1 Premium for €100 yesterday")
    reply = (await chat.say("who hasnt bought anything in 6 months"))[0]
    assert reply.intent == "list_contacts"
    assert reply.text.startswith("Contacts — bought before, nothing in 180 days (1):")
    assert "Maria Silva" in reply.text and "Rui Almeida" not in reply.text and "Ana Lima" not in reply.text
    with chat.app.services.session() as session:
        assert session.exec(select(Contact).where(Contact.full_name.like("%who%"))).all() == []
