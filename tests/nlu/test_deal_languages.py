"""Moving a deal, and asking what the assistant reminded about, in every staff language: the account, the stage and
the period are read, and the answer names the stages in the sender's language."""

from __future__ import annotations

import pytest
from sqlmodel import select

from bot.nlu.parser import parse
from storage.contacts import get_or_create_organization
from storage.models import Deal, Staff
from tests.support import T0, Chat

CASES = [
    ("pt", "passa o negócio da Acme para negociação", "Acme", "negotiation"),
    ("pt", "o negócio da Acme está ganho", "Acme", "won"),
    ("es", "mueve la oportunidad de Acme a negociación", "Acme", "negotiation"),
    ("es", "el negocio con Iberia Retail está perdido", "Iberia Retail", "lost"),
    ("fr", "passe l'affaire Acme en négociation", "Acme", "negotiation"),
    ("fr", "l'affaire Lumière SA est gagnée", "Lumière SA", "won"),
    ("it", "sposta la trattativa di Acme in negoziazione", "Acme", "negotiation"),
    ("it", "la trattativa con Milano Design è persa", "Milano Design", "lost"),
    ("hu", "az Acme üzlet tárgyalás szakaszba lép", "Acme", "negotiation"),
    ("hu", "a Budapest Soft üzletet megnyertük", "Budapest Soft", "won"),
    ("en", "move the Acme deal to negotiation", "Acme", "negotiation"),
]


@pytest.mark.parametrize(("lang", "text", "account", "stage"), CASES)
def test_a_deal_move_reads_the_account_and_the_stage(lang: str, text: str, account: str, stage: str) -> None:
    u = parse(text, now=T0, tz="UTC", lang=lang)
    assert (u.intent, u.contact_ref, u.stage) == ("update_deal", account, stage)


async def test_an_italian_colleague_moves_a_deal_and_reads_the_stages_in_italian(chat: Chat) -> None:
    with chat.app.services.session() as session:
        me = session.exec(select(Staff).where(Staff.handle == chat.handle)).one()
        me.language = "it"
        session.add(me)
    with chat.app.services.session() as session:
        me = session.exec(select(Staff).where(Staff.handle == chat.handle)).one()
        org, _ = get_or_create_organization(session=session, name="Acme", owner_id=me.id, now=chat.clock.now())
        session.add(
            Deal(
                title="Acme renewal",
                organization_id=org.id,
                owner_id=me.id,
                stage="proposal",
                value_minor=900000,
                stage_changed_at=chat.clock.now(),
                created_at=chat.clock.now(),
            )
        )
    reply = (await chat.say("sposta la trattativa di Acme in negoziazione"))[0]
    assert reply.intent == "update_deal"
    assert "proposta" in reply.text and "negoziazione" in reply.text, reply.text


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("pt", "o que me lembraste na semana passada?"),
        ("es", "¿qué me recordaste la semana pasada?"),
        ("fr", "qu'est-ce que tu m'as rappelé hier ?"),
        ("it", "cosa mi hai ricordato la settimana scorsa?"),
        ("hu", "mire emlékeztettél múlt héten?"),
    ],
)
def test_nudge_history_is_asked_in_every_language(lang: str, text: str) -> None:
    assert parse(text, now=T0, tz="UTC", lang=lang).intent == "nudge_history"
