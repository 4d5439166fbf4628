"""Nudges from promises and the network: a promise due, a champion who moved, an introducer to thank; once each,
in the owner's language, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable

from bot.app import App
from reminders import engine, sweep
from reminders.clock import FrozenClock
from tests.support import Chat


async def test_promise_champion_and_introducer_nudges(
    ana: Callable[[str], Chat], demo_app: tuple[App, FrozenClock]
) -> None:
    app, clock = demo_app
    chat = ana("pt")
    assert (await chat.say("prometi ao Tiago Santos uma demonstração hoje"))[0].intent == "record_need"
    moved = (await chat.say("A Maria Silva saiu da Acme para a Globex"))[0].text
    assert "Globex" in moved
    await chat.say("A Élodie Laurent apresentou-nos a Iberia Retail")
    won = (await chat.say("o negócio da Iberia Retail está ganho"))[0]
    assert won.intent == "update_deal", won.text

    with app.services.session() as session:
        found = engine.evaluate(session=session, at=clock.now(), settings=app.settings)
    mine = {c.kind: c.text for c in found if c.kind in ("promise_due", "champion_moved", "thank_introducer")}
    texts = [c.text for c in found if c.kind == "promise_due"]
    # Ana's own promise (due today) in Portuguese; Marco's overdue demo promise in Italian.
    assert any(t.startswith("Promessa a cumprir: prometi ao Tiago Santos") for t in texts), texts
    assert any(t.startswith("Promessa in scadenza: Promesso un workshop") for t in texts), texts
    assert not any("5% na renovação" in t for t in texts), "João's promise is due in four days, not today"
    assert mine["champion_moved"] == "Maria Silva mudou-se para a Globex: uma nova porta. Defendia-nos na Acme."
    assert mine["thank_introducer"].startswith("Agradeça a Élodie Laurent (Partenaires Conseil)")
    assert "Iberia Retail training" in mine["thank_introducer"]

    with app.services.session() as session:
        first = sweep.sweep(session=session, now=clock.now(), settings=app.settings)
    with app.services.session() as session:
        again = sweep.sweep(session=session, now=clock.now(), settings=app.settings)
    assert first.created >= 4 and again.created == 0, "the dedupe key makes each nudge once"


async def test_done_on_a_promise_nudge_keeps_the_promise(
    ana: Callable[[str], Chat], demo_app: tuple[App, FrozenClock]
) -> None:
    from sqlmodel import select

    from bot.types import Button
    from reminders import dispatch
    from storage.models import Nudge, Staff

    app, clock = demo_app
    chat = ana("en")
    await chat.say("promised Tiago Santos a pricing sheet today")
    with app.services.session() as session:
        sweep.sweep(session=session, now=clock.now(), settings=app.settings)
    with app.services.session() as session:
        me = session.exec(select(Staff).where(Staff.handle == "ana")).one()
        nudge = session.exec(select(Nudge).where(Nudge.kind == "promise_due", Nudge.owner_id == me.id)).one()
    await chat.click(Button("Done", dispatch.DONE, value=str(nudge.id)))
    assert "No open promises to Tiago Santos" in (await chat.say("what did we promise Tiago Santos?"))[0].text
    await chat.say("undo")
    assert "pricing sheet" in (await chat.say("what did we promise Tiago Santos?"))[0].text
