"""Updates that mean what they say: a new number replaces the old one, "mobile"/"also" adds one; tags come off;
job title, a contact's own cadence and channel; the reply shows before -> after, and undo restores."""

from __future__ import annotations

from sqlmodel import select

from storage.models import Contact, ContactPhone
from tests.support import Chat


def _phones(chat: Chat, name: str) -> list[str]:
    with chat.app.services.session() as session:
        contact = session.exec(select(Contact).where(Contact.full_name == name)).one()
        return list(
            session.exec(
                select(ContactPhone.e164).where(ContactPhone.contact_id == contact.id).order_by(ContactPhone.id)
            )
        )


def _contact(chat: Chat, name: str) -> Contact:
    with chat.app.services.session() as session:
        return session.exec(select(Contact).where(Contact.full_name == name)).one()


async def test_a_new_number_replaces_and_mobile_adds(boss: Chat) -> None:
    (old,) = _phones(boss, "Maria Silva")
    replaced = (await boss.say("Maria Silva's new number is +351 911 111 111"))[0]
    assert replaced.text == f"Updated Maria Silva: phone: {old} → +351911111111."
    assert _phones(boss, "Maria Silva") == ["+351911111111"]
    added = (await boss.say("Maria Silva's mobile is +351 922 222 222"))[0]
    assert added.text == "Updated Maria Silva: phone: added +351922222222."
    assert _phones(boss, "Maria Silva") == ["+351911111111", "+351922222222"]
    now = (await boss.say("Maria Silva's number is now +351 933 333 333"))[0]
    assert "+351911111111 → +351933333333" in now.text
    assert (await boss.say("undo"))[0].text == "Undone: the change to contact Maria Silva."
    assert _phones(boss, "Maria Silva") == ["+351911111111", "+351922222222"]
    await boss.say("undo")
    await boss.say("undo")
    assert _phones(boss, "Maria Silva") == [old]


async def test_change_email_to_replaces_it(boss: Chat) -> None:
    reply = (await boss.say("change Rui Almeida's email to rui@acme.example"))[0]
    assert "→ rui@acme.example" in reply.text and "added" not in reply.text


async def test_a_tag_comes_off_and_undo_puts_it_back(boss: Chat) -> None:
    await boss.say("tag Rui Almeida as vip")
    removed = (await boss.say("remove tag vip from Rui Almeida"))[0]
    assert removed.text == "Updated Rui Almeida: tags: removed #vip."
    missing = (await boss.say("remove tag vip from Rui Almeida"))[0]
    assert missing.text == "Rui Almeida has no tag #vip. Nothing was saved."
    await boss.say("undo")
    card = (await boss.say("find Rui Almeida"))[0]
    assert "vip" in dict(card.cards[0].fields)["Tags"]


async def test_job_title_cadence_and_channel_are_fields(boss: Chat) -> None:
    title = (await boss.say("Rui Almeida's job title is CTO"))[0]
    assert title.text == "Updated Rui Almeida: job title: — → CTO."
    cadence = (await boss.say("keep in touch with Maria Silva every 30 days"))[0]
    assert cadence.text == "Updated Maria Silva: keep in touch: — → every 30 days."
    channel = (await boss.say("João Pereira prefers whatsapp"))[0]
    assert channel.text.startswith("Updated João Pereira: preferred channel:") and channel.text.endswith("→ message.")
    assert _contact(boss, "Rui Almeida").job_title == "CTO"
    assert _contact(boss, "Maria Silva").keep_in_touch_days == 30
    assert _contact(boss, "João Pereira").preferred_channel == "message"
    card = dict((await boss.say("find Rui Almeida"))[0].cards[0].fields)
    assert card["Job title"] == "CTO"


async def test_portuguese_reader_sees_fields_in_portuguese(ana: Chat) -> None:
    reply = (await ana.say("Rui Almeida's job title is CTO"))[0]
    assert reply.text == "Atualizado Rui Almeida: cargo: — → CTO."
    undone = (await ana.say("undo"))[0]
    assert undone.text == "Desfeito: a alteração (contacto) Rui Almeida."
