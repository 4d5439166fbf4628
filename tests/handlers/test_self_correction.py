"""A name taken back in the same message is never the one written to: "call Rui, no wait, Maria"."""

from __future__ import annotations

from sqlmodel import select

from storage.models import Contact, FollowUp
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
