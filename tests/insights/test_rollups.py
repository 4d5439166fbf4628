"""The rollups stay equal to a from-scratch rebuild through purchases, interactions and undo, on both backends."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from sqlmodel import Session, select

from storage import audit, interactions, sales
from storage.analytics import freshness, rollups
from storage.db import make_engine, session_factory
from storage.models import ContactActivity, ContactProduct, ContactRevenue, ProductPair
from tests.insights.dataset import NOW, ago, build, buy_premium
from tests.support import Chat

TABLES = (ContactRevenue, ContactActivity, ContactProduct, ProductPair)


def snapshot(session: Session) -> dict[str, list[tuple[Any, ...]]]:
    out = {}
    for table in TABLES:
        columns = list(table.model_fields)
        rows = session.exec(select(*[getattr(table, c) for c in columns])).all()
        out[table.__tablename__] = sorted(tuple(r) for r in rows)  # type: ignore[attr-defined]
    return out


def from_scratch(session: Session) -> dict[str, list[tuple[Any, ...]]]:
    """Rebuild at the same as_of inside a savepoint, read, and roll back: the live rows stay as they were."""
    at = freshness.as_of(session)
    assert at is not None
    with session.begin_nested() as nested:
        rollups.rebuild_rollups(session, now=at)
        fresh = snapshot(session)
        nested.rollback()
    return fresh


@pytest.fixture
def data(any_db_url: str) -> Iterator[tuple[Session, dict[str, int]]]:
    engine = make_engine(any_db_url)
    with session_factory(engine)() as session:
        ids = build(session)
        rollups.rebuild_rollups(session, now=NOW)
        session.commit()
        yield session, ids
    engine.dispose()


def test_purchases_interactions_and_undo_keep_the_rollups_exact(data: tuple[Session, dict[str, int]]) -> None:
    session, ids = data
    before = snapshot(session)
    assert before["contact_revenue"] and before["product_pair"]

    # A first Support for Cid: new product pairs (Premium, Support); a USD and an EUR row for one contact.
    buy, _ = sales.record_purchase(
        session=session,
        contact_id=ids["C"],
        product_id=ids["support"],
        quantity=2,
        amount_minor=10000,
        currency="EUR",
        purchased_at=ago(3),
        author_id=ids["rep"],
        now=NOW,
    )
    # A back-dated purchase inside the trailing year, and an interaction for the channel and rhythm figures.
    buy_premium(session, ids, "B1", ago(30))
    interactions.log(
        session=session,
        contact_id=ids["A2"],
        author_id=ids["rep"],
        kind="visit",
        occurred_at=ago(5),
        summary="x",
        now=NOW,
    )
    session.flush()
    after = snapshot(session)
    assert after != before
    assert after == from_scratch(session)
    pairs = {(a, b): n for a, b, n in after["product_pair"]}
    assert pairs[(ids["premium"], ids["support"])] == 3  # A1, B1 (new) and Cid (new)

    # Undo Cid's purchase: his Support row and the pairs it made go away again.
    entry = audit.record(
        session=session,
        at=NOW,
        staff_id=ids["rep"],
        action="create",
        entity="purchase",
        entity_id=buy.id,
        undo=[["delete", "purchase", buy.id]],
    )
    audit.apply_undo(session=session, entry=entry)
    session.flush()
    undone = snapshot(session)
    assert undone == from_scratch(session)
    assert {(a, b): n for a, b, n in undone["product_pair"]}[(ids["premium"], ids["support"])] == 2
    assert (ids["C"], "EUR") not in {(row[0], row[1]) for row in undone["contact_revenue"]}


def test_nothing_is_kept_before_the_first_rebuild(any_db_url: str) -> None:
    engine = make_engine(any_db_url)
    with session_factory(engine)() as session:
        ids = build(session)
        sales.record_purchase(
            session=session,
            contact_id=ids["D"],
            product_id=ids["premium"],
            quantity=1,
            amount_minor=30000,
            currency="EUR",
            purchased_at=ago(1),
            author_id=ids["rep"],
            now=NOW,
        )
        assert freshness.as_of(session) is None
        assert all(not rows for rows in snapshot(session).values())
        assert freshness.window(session, since=None, until=NOW) is None  # the ledger answers
    engine.dispose()


async def test_chat_purchase_and_undo_keep_the_rollups_exact(chat: Chat) -> None:
    with chat.app.services.session() as s:
        rollups.rebuild_rollups(s, now=chat.clock.now())
    await chat.say("add Ana Ferreira, works at Padaria Lisboa")
    await chat.say("Ana bought 3 Premium licences for €1,200 today", message_id="m1")
    await chat.say("Ana bought 1 Support for €100 today", message_id="m2")
    with chat.app.services.session() as s:
        live = snapshot(s)
        assert [row[:6] for row in live["contact_revenue"]] == [(1, "EUR", 130000, 0, 0, 2)]
        assert live == from_scratch(s)
    await chat.say("undo")
    with chat.app.services.session() as s:
        live = snapshot(s)
        assert [row[:6] for row in live["contact_revenue"]] == [(1, "EUR", 120000, 0, 0, 1)]
        assert live == from_scratch(s)
