"""Average deal size by owner and by segment: the figure, worked out by hand, on both backends; the question in
six languages; money in the reader's way; a rep sees their own deals, an admin everyone's."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta

import pytest
from sqlmodel import Session, select

from bot.nlu.parser import parse
from storage import models
from storage.analytics import pipeline
from storage.analytics._sql import GroupFigure
from tests.support import T0, Chat, make_app

LONG_AGO = T0 - timedelta(days=500)
# title, owner, organization, contact's organization, stage, value (minor), currency, closed days ago
DEALS = (
    ("a", "rita", "Alpha", None, "won", 400_000, "EUR", 10),
    ("b", "rita", None, "Beta", "won", 100_001, "EUR", 20),  # the segment comes from the contact's organization
    ("c", "rita", "Alpha", None, "won", 200_000, "EUR", 30),
    ("d", "sam", "Beta", None, "won", 300_000, "USD", 40),
    ("e", "sam", "Alpha", None, "won", 50_000, "EUR", 400),  # won before the window
    ("f", "rita", "Alpha", None, "lost", 999_900, "EUR", 5),  # lost: not a deal size
    ("g", "sam", "Beta", None, "proposal", 777_700, "EUR", None),  # open: not a deal size
)


@pytest.fixture
def world(any_db_url: str) -> Iterator[dict[str, Chat]]:
    app, clock = make_app(any_db_url)
    chats = {handle: Chat(app, clock, handle=handle) for handle in ("boss", "rita", "sam")}
    with app.services.session() as session:
        staff = {s.handle: s for s in session.exec(select(models.Staff)).all()}
        for handle in ("rita", "sam"):
            staff[handle].role = "rep"
            staff[handle].display_name = handle.capitalize()
        orgs = {
            name: models.Organization(
                name=name, name_key=name.lower(), segment=segment, created_at=LONG_AGO, updated_at=LONG_AGO
            )
            for name, segment in (("Alpha", "enterprise"), ("Beta", "SMB"))
        }
        session.add_all([*staff.values(), *orgs.values()])
        session.flush()
        for title, owner, org, contact_org, stage, value, currency, closed in DEALS:
            contact = None
            if contact_org is not None:
                contact = models.Contact(
                    full_name=f"Buyer {title}",
                    search_key=f"buyer {title}",
                    organization_id=orgs[contact_org].id,
                    owner_id=staff[owner].id,
                    created_at=LONG_AGO,
                    updated_at=LONG_AGO,
                )
                session.add(contact)
                session.flush()
            session.add(
                models.Deal(
                    title=title,
                    owner_id=staff[owner].id,
                    organization_id=orgs[org].id if org else None,
                    contact_id=contact.id if contact else None,
                    stage=stage,
                    value_minor=value,
                    currency=currency,
                    closed_at=T0 - timedelta(days=closed) if closed is not None else None,
                    stage_changed_at=LONG_AGO,
                    created_at=LONG_AGO,
                )
            )
    yield chats
    app.engine.dispose()


def _figures(chats: dict[str, Chat], dimension: str, **kw: object) -> list[GroupFigure]:
    with chats["boss"].app.services.session() as session:
        return pipeline.deal_size(session=session, dimension=dimension, until=T0, **kw)  # type: ignore[arg-type]


def test_the_average_won_deal_per_owner_and_segment(world: dict[str, Chat]) -> None:
    year = {"since": T0 - timedelta(days=365)}
    # Rita: (4,000.00 + 1,000.01 + 2,000.00) / 3 = 2,333.336… → 233,334 cents (half up); Sam: one USD deal.
    assert _figures(world, "owner", **year) == [
        GroupFigure("Rita", "EUR", 233_334, 3),
        GroupFigure("Sam", "USD", 300_000, 1),
    ]
    assert _figures(world, "segment", **year) == [
        GroupFigure("enterprise", "EUR", 300_000, 2),
        GroupFigure("SMB", "EUR", 100_001, 1),
        GroupFigure("SMB", "USD", 300_000, 1),
    ]
    every = _figures(world, "owner", since=None)
    assert GroupFigure("Sam", "EUR", 50_000, 1) in every  # all time includes the old deal
    with Session(world["boss"].app.engine) as session:
        sam = session.exec(select(models.Staff).where(models.Staff.handle == "sam")).one()
    assert _figures(world, "owner", since=None, owner_ids=[sam.id]) == [
        GroupFigure("Sam", "EUR", 50_000, 1),
        GroupFigure("Sam", "USD", 300_000, 1),
    ]


async def test_an_admin_sees_every_owner_and_a_rep_their_own(world: dict[str, Chat]) -> None:
    boss = (await world["boss"].say("average deal size by owner"))[0]
    assert boss.intent == "portfolio"
    assert boss.entities == {"question": "deal_size", "by": "owner", "period": "the last 365 days"}
    assert boss.text.splitlines() == [
        "Average deal size by owner, the last 365 days (won deals, per currency, never converted):",
        "• Rita: €2,333 — 3 won",
        "• Sam: $3,000 — 1 won",
    ]
    rita = (await world["rita"].say("average deal size by segment"))[0].text
    assert "enterprise: €3,000 — 2 won" in rita and "SMB: €1,000 — 1 won" in rita
    assert "$" not in rita, "Sam's deal is not Rita's to see"
    assert (await world["sam"].say("avg deal size by owner all time"))[0].text.splitlines()[1:] == [
        "• Sam: €500 — 1 won",
        "• Sam: $3,000 — 1 won",
    ]
    nothing = (await world["boss"].say("average deal size by owner last 7 days"))[0].text
    assert nothing == "No deals won in the last 7 days."


async def test_the_answer_is_in_the_readers_language_and_money(world: dict[str, Chat]) -> None:
    with world["boss"].app.services.session() as session:
        boss = session.exec(select(models.Staff).where(models.Staff.handle == "boss")).one()
        boss.language = "pt"
        session.add(boss)
    reply = (await world["boss"].say("tamanho médio dos negócios por vendedor"))[0]
    assert reply.entities["by"] == "owner"
    lines = reply.text.splitlines()
    assert lines[0].startswith("Tamanho médio dos negócios por responsável nos últimos 365 dias")
    assert lines[1] == "• Rita: 2\u00a0333\u00a0€ — ganhos: 3"  # Babel's Portuguese way, no-break spaces


@pytest.mark.parametrize(
    ("lang", "text", "dimension"),
    [
        ("en", "average deal size by owner", "owner"),
        ("en", "what's the avg deal size by segment this year?", "segment"),
        ("pt", "tamanho médio dos negócios por vendedor", "owner"),
        ("pt", "ticket médio por segmento", "segment"),
        ("es", "ticket medio por segmento", "segment"),
        ("es", "tamaño medio de los negocios por comercial", "owner"),
        ("fr", "taille moyenne des affaires par commercial", "owner"),
        ("fr", "panier moyen par segment", "segment"),
        ("it", "valore medio delle trattative per segmento", "segment"),
        ("it", "valore medio delle trattative per venditore", "owner"),
        ("hu", "átlagos üzletméret értékesítőnként", "owner"),
        ("hu", "átlagos üzletméret szegmensenként", "segment"),
    ],
)
def test_the_question_in_six_languages(lang: str, text: str, dimension: str) -> None:
    u = parse(text, now=T0, tz="UTC", lang=lang)
    assert u.intent in ("portfolio", "pipeline"), (text, u.intent)
    assert u.insight is not None and (u.insight.measure, u.insight.dimension) == ("deal_size", dimension)
