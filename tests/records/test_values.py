"""Values checked, never invented: a quantity under one, a currency that is not ISO 4217, a day that is not on the
calendar are refused naming the field, and nothing is saved; an amount stated is the amount stored."""

from __future__ import annotations

from sqlmodel import func, select

from storage.models import Interaction, Purchase
from tests.support import Chat


def _count(chat: Chat, model: type) -> int:
    with chat.app.services.session() as session:
        return session.exec(select(func.count()).select_from(model)).one()


async def test_quantities_under_one_are_refused(boss: Chat) -> None:
    purchases = _count(boss, Purchase)
    negative = (await boss.say("Rui Almeida bought -3 Premium for €100"))[0]
    assert negative.text == "The quantity must be a whole number of at least 1 (you wrote -3). Nothing was saved."
    zero = (await boss.say("Rui Almeida bought 0 Premium for €0"))[0]
    assert zero.text.startswith("The quantity must be a whole number of at least 1 (you wrote 0).")
    assert _count(boss, Purchase) == purchases


async def test_a_currency_that_is_not_iso_is_refused_not_priced_from_the_list(boss: Chat) -> None:
    purchases = _count(boss, Purchase)
    for text, written in (
        ("Rui Almeida bought 1 Premium for 1 BTC", "1 BTC"),
        ("Rui Almeida bought 2 Premium for 100 XYZ", "100 XYZ"),
    ):
        reply = (await boss.say(text))[0]
        assert reply.intent == "record_purchase"
        assert (
            reply.text
            == f'The currency in "{written}" is not an ISO currency code I know (EUR, USD, GBP, ...). Nothing was saved.'
        )
    assert _count(boss, Purchase) == purchases


async def test_an_amount_in_any_iso_currency_is_the_amount_stored(boss: Chat) -> None:
    reply = (await boss.say("Rui Almeida bought 2 Premium for 300 SGD"))[0]
    assert reply.entities["amount"] == "300.00" and reply.entities["currency"] == "SGD"
    assert "300.00 SGD" in reply.text


async def test_a_day_not_on_the_calendar_is_refused_not_logged_today(boss: Chat, ana: Chat) -> None:
    logged = _count(boss, Interaction)
    # The date reader quotes the phrase and asks (issue 14); nothing is stored until it is answered.
    reply = (await boss.say("call with Rui Almeida 2026-02-30"))[0]
    assert '"2026-02-30"' in reply.text and "Nothing is saved" in reply.text
    await boss.say("cancel")
    pt = (await ana.say("call with Rui Almeida 30/02/2026"))[0]
    assert '"30/02/2026"' in pt.text and "Nada" in pt.text
    await ana.say("cancelar")
    assert _count(boss, Interaction) == logged
    ok = (await boss.say("call with Rui Almeida 2026-02-28"))[0]
    assert ok.intent == "log_interaction" and ok.entities["date"].startswith("2026-02-28")
