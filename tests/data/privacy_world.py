"""Two teams for the ownership tests: rep Ann (north) owns Maria Silva at Acme with a deal, a purchase, a
call every ten days (the last 60 days ago: at risk) and a birthday; rep Bob (south) owns Bruno Costa at
Bravo; Max manages south; Boss is an admin. Everyone talks in a private chat unless a test says otherwise."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from bot.app import App
from reminders.clock import FrozenClock
from storage import contacts, interactions, models, sales
from tests.data.helpers import member
from tests.support import Chat


@dataclass
class World:
    app: App
    clock: FrozenClock
    ann: Chat
    bob: Chat
    max: Chat
    boss: Chat
    ids: dict[str, int]


def _customer(
    app: App,
    clock: FrozenClock,
    *,
    owner: models.Staff,
    name: str,
    company: str,
    email: str,
    phone: str,
    product: str,
    amount_minor: int,
    deal: str,
) -> tuple[int, int]:
    now = clock.now()
    assert owner.id is not None
    with app.services.session() as session:
        org, _ = contacts.get_or_create_organization(session=session, name=company, owner_id=owner.id, now=now)
        person = contacts.create(
            session=session,
            full_name=name,
            owner_id=owner.id,
            now=now,
            organization_id=org.id,
            stage="customer",
            emails=[email],
            phones=[phone],
            birthday=(3, 20, 1980),
        )
        assert person.id is not None
        person.notes = f"{name} prefers mornings"
        session.add(person)
        for n in range(6):
            interactions.log(
                session=session,
                contact_id=person.id,
                author_id=owner.id,
                kind="call",
                occurred_at=now - timedelta(days=60 + 10 * n),
                summary="check-in",
                now=now,
            )
        item, _ = sales.get_or_create_product(session=session, name=product, currency="EUR")
        sales.record_purchase(
            session=session,
            contact_id=person.id,
            product_id=item.id,
            quantity=1,
            amount_minor=amount_minor,
            currency="EUR",
            purchased_at=now - timedelta(days=65),
            author_id=owner.id,
            now=now,
        )
        row = models.Deal(
            title=deal,
            contact_id=person.id,
            organization_id=org.id,
            owner_id=owner.id,
            stage="proposal",
            value_minor=amount_minor * 2,
            currency="EUR",
            stage_changed_at=now - timedelta(days=40),
            created_at=now - timedelta(days=50),
        )
        session.add(row)
        session.flush()
        assert row.id is not None and org.id is not None
        return person.id, row.id


def build_world(app: App, clock: FrozenClock) -> World:
    ann = member(app, "ann", "rep", team="north")
    bob = member(app, "bob", "rep", team="south")
    member(app, "max", "manager", team="south")
    member(app, "boss", "admin")
    maria, acme_deal = _customer(
        app, clock, owner=ann, name="Maria Silva", company="Acme", email="maria@acme.com", phone="+351912345678",
        product="Premium", amount_minor=420_000, deal="Acme renewal",
    )  # fmt: skip
    bruno, bravo_deal = _customer(
        app, clock, owner=bob, name="Bruno Costa", company="Bravo", email="bruno@bravo.pt", phone="+351913000111",
        product="Basic", amount_minor=90_000, deal="Bravo pilot",
    )  # fmt: skip
    chats = {h: Chat(app, clock, handle=h) for h in ("ann", "bob", "max", "boss")}
    ids = {"maria": maria, "acme_deal": acme_deal, "bruno": bruno, "bravo_deal": bravo_deal}
    return World(app, clock, chats["ann"], chats["bob"], chats["max"], chats["boss"], ids)
