"""Deals and organizations from chat: created, moved by deal, company or contact name, with amount, close date and
a lost reason; the pipeline, the brief and the company card show them at once."""

from __future__ import annotations

from sqlmodel import select

from storage.models import Deal, Organization
from tests.support import Chat


async def test_a_new_deal_is_in_the_pipeline_and_moves_by_name(boss: Chat) -> None:
    before = (await boss.say("pipeline"))[0].entities["open_deals"]
    created = (await boss.say("new deal with Initech, 20k USD, stage proposal, close end of May"))[0]
    assert created.intent == "create_deal"
    assert created.text == "New deal: Initech deal — proposal · $20,000.00 · closes 31 May 2026."
    assert created.entities["close_date"] == "2026-05-31" and created.entities["amount"] == "20000.00"
    assert (await boss.say("pipeline"))[0].entities["open_deals"] == before + 1
    worth = (await boss.say("Initech deal is now worth $25,000"))[0]
    assert worth.text == "Initech deal: amount: $20,000.00 → $25,000.00."
    won = (await boss.say("we won the Initech deal"))[0]
    assert won.text.startswith("Moved Initech deal from proposal to won.")
    assert (await boss.say("pipeline"))[0].entities["open_deals"] == before


async def test_lost_with_a_reason_and_undo(boss: Chat) -> None:
    lost = (await boss.say("we lost the Globex deal, price too high"))[0]
    assert lost.text.endswith("Reason: price too high.")
    with boss.app.services.session() as session:
        deal = session.exec(select(Deal).where(Deal.title == "Globex expansion")).one()
        assert (deal.stage, deal.lost_reason) == ("lost", "price too high")
    await boss.say("undo")
    with boss.app.services.session() as session:
        deal = session.exec(select(Deal).where(Deal.title == "Globex expansion")).one()
        assert (deal.stage, deal.lost_reason) == ("proposal", None)


async def test_arrow_and_close_date_moves(boss: Chat) -> None:
    moved = (await boss.say("Samba Foods deal -> proposal"))[0]
    assert moved.intent == "update_deal" and moved.entities["deal"] == "Samba Foods onboarding"
    close = (await boss.say("Hooli deal closes end of June"))[0]
    assert close.text.startswith("Hooli platform: close date:") and close.text.endswith("→ 30 Jun 2026.")


async def test_a_company_from_chat_and_its_card(boss: Chat) -> None:
    added = (await boss.say("add company Zeta Corp, zeta.example, enterprise, Berlin"))[0]
    assert added.intent == "add_organization"
    assert added.text == "Added company Zeta Corp · zeta.example · enterprise · Berlin."
    again = (await boss.say("add company Zeta Corp"))[0]
    assert again.text == "Zeta Corp is already in the store; nothing was added."
    await boss.say("new deal with Zeta Corp, €15,000, close 2026-06-30")
    card = (await boss.say("Zeta Corp?"))[0]
    assert "zeta.example · enterprise · Berlin" in card.text
    assert "• Zeta Corp deal — qualification, €15,000.00, closes 30 Jun 2026" in card.text


async def test_an_unknown_company_is_created_with_its_deal(boss: Chat) -> None:
    reply = (await boss.say("new deal with Nimbus Labs, €9,000"))[0]
    assert reply.text.endswith("Nimbus Labs is a new company in the store.")
    with boss.app.services.session() as session:
        assert session.exec(select(Organization).where(Organization.name == "Nimbus Labs")).one()


async def test_deals_in_every_staff_language(ana: Chat) -> None:
    replies = {
        "novo negócio com a Hooli, 30k €, fase proposta": "Novo negócio: Negócio Hooli — proposta · 30 000,00 €.",
        "nueva oportunidad con Madrid Móvil, 5000 €": "Novo negócio: Negócio Madrid Móvil — qualificação · 5 000,00 €.",
        "nouvelle affaire avec Atelier Moreau, 8000 €": "Novo negócio: Negócio Atelier Moreau — qualificação · 8 000,00 €.",
        "nuova trattativa con Trattoria Romano, 3000 €": "Novo negócio: Negócio Trattoria Romano — qualificação · 3 000,00 €.",
        "új üzlet Budapest Soft, 4000 €": "Novo negócio: Negócio Budapest Soft — qualificação · 4 000,00 €.",
    }
    for text, expected in replies.items():
        reply = (await ana.say(text))[0]
        # Babel keeps an amount on one line with no-break spaces ("30\u00a0000,00\u00a0€").
        assert (reply.intent, reply.text.replace("\u00a0", " ")) == ("create_deal", expected), text
    org = (await ana.say("adicionar empresa Lisboa Tech, lisboatech.pt, SMB, Lisboa"))[0]
    assert org.text.replace("\u00a0", " ") == "Empresa adicionada: Lisboa Tech · lisboatech.pt · SMB · Lisboa."
