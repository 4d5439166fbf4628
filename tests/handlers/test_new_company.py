"""A company the store does not have is offered as a company, never made a contact; a touch with a company asks
which of its people."""

from __future__ import annotations

from sqlmodel import select

from storage.models import AuditLog, Contact, FollowUp, Interaction, Organization
from tests.support import Chat


async def test_a_new_company_is_offered_as_a_company_and_created_with_the_follow_up(chat: Chat) -> None:
    asked = (await chat.say("meeting w/ Greenfield Ltd's cfo on april 2 at 11"))[0]
    assert asked.text == 'I don\'t know the company "Greenfield Ltd" yet. Add it?'
    with chat.app.services.session() as session:
        assert session.exec(select(FollowUp)).all() == []  # nothing until answered
        assert session.exec(select(Organization).where(Organization.name == "Greenfield Ltd")).first() is None
    create = next(b for b in asked.buttons if b.action == "crm:contact.create")
    done = await chat.click(create)
    assert done[0].text == "Added Greenfield Ltd."
    with chat.app.services.session() as session:
        org = session.exec(select(Organization).where(Organization.name == "Greenfield Ltd")).one()
        follow = session.exec(select(FollowUp)).one()
        assert follow.organization_id == org.id and follow.contact_id is None
        assert session.exec(select(Contact).where(Contact.full_name.like("%Greenfield%"))).all() == []
        audited = session.exec(select(AuditLog).where(AuditLog.entity == "organization")).all()
        assert [a.action for a in audited] == ["create"]


async def test_a_touch_with_an_unknown_company_asks_for_the_person(chat: Chat) -> None:
    reply = (await chat.say("called Zeta Corp Ltd yesterday"))[0]
    assert reply.text.startswith('I have nobody at Zeta Corp Ltd yet: name the person, e.g. "call with Ana from')
    with chat.app.services.session() as session:
        assert session.exec(select(Interaction)).all() == []
        assert session.exec(select(Contact)).all() == []


async def test_a_touch_with_a_company_of_several_people_asks_which_with_buttons(chat: Chat) -> None:
    await chat.say("add Julien Moreau, works at Atelier Moreau")
    await chat.say("add Antoine Dubois, works at Atelier Moreau")
    asked = (await chat.say("call with Atelier Moreau yesterday about the quote"))[0]
    assert "1. Julien Moreau (Atelier Moreau)" in asked.text and "2. Antoine Dubois (Atelier Moreau)" in asked.text
    assert len([b for b in asked.buttons if b.action == "crm:contact.pick"]) == 2
    logged = (await chat.say("2"))[0]
    assert logged.text.startswith("Logged call with Antoine Dubois (Atelier Moreau), yesterday")
    with chat.app.services.session() as session:
        antoine = session.exec(select(Contact).where(Contact.full_name == "Antoine Dubois")).one()
        assert [i.contact_id for i in session.exec(select(Interaction)).all()] == [antoine.id]


async def test_add_with_a_legal_form_adds_a_company_and_an_article_is_not_a_name(chat: Chat) -> None:
    company = (await chat.say("add Zeta Corp Ltd, zeta.com"))[0]
    assert company.intent == "add_organization" and company.text == "Added company Zeta Corp Ltd · zeta.com."
    pt = (await chat.say("adiciona a Maria Sousa, maria@example.pt"))[0]
    assert pt.entities["contact"] == "Maria Sousa"
    with chat.app.services.session() as session:
        assert [c.full_name for c in session.exec(select(Contact)).all()] == ["Maria Sousa"]
        assert [o.name for o in session.exec(select(Organization)).all()] == ["Zeta Corp Ltd"]


async def test_the_create_command_is_never_part_of_a_new_name(chat: Chat) -> None:
    """ "crea el contacto Paz Romero" once created a contact called that whole sentence."""
    said = {
        "crea el contacto Paz Romero, etiqueta event-lead": ("Paz Romero", ["event-lead"]),
        "crea il contatto Vittoria Esposito con tag event-lead": ("Vittoria Esposito", ["event-lead"]),
        "crée le contact Léa Fabre avec le tag vip": ("Léa Fabre", ["vip"]),
        "hozz létre egy kontaktot Kovács Anna néven vip címkével": ("Kovács Anna", ["vip"]),
        "vedd fel Tóth Gergőt új kontaktként": ("Tóth Gergő", []),
    }
    for text, (name, tags) in said.items():
        reply = (await chat.say(text))[0]
        assert reply.intent == "add_contact", text
        assert reply.entities["contact"] == name and reply.entities.get("tags", []) == tags, text
    with chat.app.services.session() as session:
        stored = sorted(c.full_name for c in session.exec(select(Contact)).all())
    assert stored == sorted(name for name, _ in said.values())


async def test_a_company_answers_when_we_last_talked_and_with_whom(chat: Chat) -> None:
    await chat.say("add Michael Davis, works at Initech")
    await chat.say("add Jessica Wilson, works at Initech")
    await chat.say("call with Jessica Wilson yesterday")
    reply = (await chat.say("when did we last talk to initech?"))[0]
    assert "Last touch: yesterday, with Jessica Wilson" in reply.text
