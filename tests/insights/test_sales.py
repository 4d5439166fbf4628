"""Transcripts: recording a purchase and moving a deal, with undo and redelivery."""

from __future__ import annotations

from sqlmodel import select

from storage import models
from tests.support import T0, Chat


async def test_purchase_is_recorded_once_and_makes_a_customer(chat: Chat) -> None:
    await chat.say("add Ana Ferreira, works at Padaria Lisboa")
    said = await chat.say("Ana bought 3 Premium licences for €1,200 today", message_id="m1")
    assert said[0].intent == "record_purchase"
    assert (
        said[0].text
        == "Recorded: Ana Ferreira bought 3 × Premium for €1,200.00, today. Ana Ferreira is now a customer."
    )
    assert said[0].entities["amount"] == "1200.00" and said[0].entities["quantity"] == 3

    again = await chat.say("Ana bought 3 Premium licences for €1,200 today", message_id="m1")
    assert again[0].text.startswith("Already recorded")
    with chat.app.services.session() as s:
        (purchase,) = s.exec(select(models.Purchase)).all()
        assert (purchase.amount_minor, purchase.currency, purchase.quantity) == (120000, "EUR", 3)
        assert purchase.purchased_at == T0
        contact = s.get(models.Contact, purchase.contact_id)
        assert contact is not None and contact.stage == "customer" and contact.last_touch_at == T0
        assert s.exec(select(models.Product.name)).all() == ["Premium"]


async def test_undo_removes_the_purchase_and_the_new_product(chat: Chat) -> None:
    await chat.say("add Chen Wei, works at Dragon Trade")
    await chat.say("Chen bought 2 Training for $900 yesterday")
    undone = await chat.say("undo")
    assert undone[0].text.startswith("Undone: the new purchase")
    with chat.app.services.session() as s:
        assert s.exec(select(models.Purchase)).all() == []
        assert s.exec(select(models.Product)).all() == []
        contact = s.exec(select(models.Contact)).one()
        assert contact.stage == "prospect" and contact.last_touch_at is None


async def test_purchase_uses_the_catalogue_price_when_no_amount_is_given(chat: Chat) -> None:
    with chat.app.services.session() as s:
        s.add(models.Product(name="Support", name_key="support", unit_price_minor=25000, currency="EUR"))
    await chat.say("add Maria Silva, works at Acme")
    said = await chat.say("Maria bought 2 support")
    assert "2 × Support for €500.00" in said[0].text


async def test_move_a_deal_and_undo(chat: Chat) -> None:
    await chat.say("add Maria Silva, works at Acme")
    with chat.app.services.session() as s:
        org = s.exec(select(models.Organization)).one()
        s.add(
            models.Deal(
                title="Acme renewal",
                organization_id=org.id,
                stage="proposal",
                value_minor=2_400_000,
                stage_changed_at=T0.replace(day=1),
                created_at=T0.replace(day=1),
            )
        )
    moved = await chat.say("move the Acme deal to negotiation")
    assert moved[0].intent == "update_deal"
    assert moved[0].text == "Moved Acme renewal from proposal to negotiation. (It was in proposal since 1 Mar 2026.)"
    same = await chat.say("move the Acme deal to negotiation")
    assert same[0].text == "Acme renewal is already in negotiation. Nothing changed."
    won = await chat.say("mark the Acme deal won")
    assert won[0].text.startswith("Moved Acme renewal from negotiation to won")
    with chat.app.services.session() as s:
        deal = s.exec(select(models.Deal)).one()
        assert deal.stage == "won" and deal.closed_at == T0
    await chat.say("undo")
    with chat.app.services.session() as s:
        deal = s.exec(select(models.Deal)).one()
        assert deal.stage == "negotiation" and deal.closed_at is None


async def test_deal_questions_without_an_answer(chat: Chat) -> None:
    none = await chat.say("move the Globex deal to won")
    assert none[0].text.startswith("I couldn't find") or none[0].text.startswith("No open deal")
    stage = await chat.say("move the Acme deal somewhere")
    assert "Which stage?" in stage[0].text
