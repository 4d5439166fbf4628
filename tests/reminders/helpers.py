"""Seeding the store directly, and a recording sender for delivery tests."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from bot.app import App
from bot.delivery import DeliveryError
from bot.types import MessageRef, Reply
from storage import contacts
from storage import staff as staff_repo
from storage.models import Contact, Interaction, Product, Purchase, Staff
from storage.normalize import search_key


@dataclass
class RecordingSender:
    """Platform "test": records what it sends; can be told to fail."""

    platform: str = "test"
    sent: list[tuple[str, Reply]] = field(default_factory=list)
    edits: list[tuple[MessageRef, Reply]] = field(default_factory=list)
    fail: DeliveryError | None = None

    async def send(self, chat_id: str, reply: Reply) -> MessageRef:
        if self.fail is not None:
            raise self.fail
        self.sent.append((chat_id, reply))
        return MessageRef(self.platform, chat_id, str(len(self.sent)))

    async def edit(self, message: MessageRef, reply: Reply) -> None:
        self.edits.append((message, reply))

    def texts(self) -> list[str]:
        return [r.text for _, r in self.sent]

    def kinds(self) -> list[str]:
        return [(r.intent or "").removeprefix("nudge.") for _, r in self.sent]


def staff(app: App, handle: str = "alice", *, tz: str = "UTC", digest_time: str = "08:30") -> int:
    app.ensure_local_user(handle, platform="test")
    with app.services.session() as session:
        member = staff_repo.by_handle(session=session, handle=handle)
        assert member is not None and member.id is not None
        member.tz, member.digest_time = tz, digest_time
        session.add(member)
        return member.id


def contact(
    app: App,
    name: str,
    owner: int,
    *,
    org: str | None = None,
    stage: str = "customer",
    tier: str | None = None,
    tags: list[str] | None = None,
    birthday: tuple[int, int, int | None] | None = None,
    created: datetime | None = None,
    org_kind: str = "customer",
) -> int:
    now = created or app.services.clock.now()
    with app.services.session() as session:
        org_id = None
        if org:
            organization, _ = contacts.get_or_create_organization(session=session, name=org, owner_id=owner, now=now)
            organization.kind = org_kind
            session.add(organization)
            org_id = organization.id
        row = contacts.create(
            session=session,
            full_name=name,
            owner_id=owner,
            now=now,
            organization_id=org_id,
            stage=stage,
            tags=tags,
            birthday=birthday,
        )
        row.tier = tier
        session.add(row)
        assert row.id is not None
        return row.id


def interaction(app: App, contact_id: int, at: datetime, summary: str = "catch-up call", kind: str = "call") -> None:
    with app.services.session() as session:
        session.add(Interaction(contact_id=contact_id, kind=kind, occurred_at=at, summary=summary, created_at=at))
        contacts.touch(session=session, contact_id=contact_id, at=at)


def product(app: App, name: str, price_minor: int = 100_000) -> int:
    with app.services.session() as session:
        row = Product(name=name, name_key=search_key(name), unit_price_minor=price_minor)
        session.add(row)
        session.flush()
        assert row.id is not None
        return row.id


def purchase(app: App, contact_id: int, product_id: int | None, at: datetime, amount_minor: int = 100_000) -> None:
    with app.services.session() as session:
        session.add(Purchase(contact_id=contact_id, product_id=product_id, amount_minor=amount_minor, purchased_at=at))
        contacts.touch(session=session, contact_id=contact_id, at=at)


def last_touch(app: App, contact_id: int) -> datetime | None:
    with app.services.session() as session:
        row = session.get(Contact, contact_id)
        return row.last_touch_at if row else None


def staff_row(app: App, handle: str) -> Staff:
    with app.services.session() as session:
        member = staff_repo.by_handle(session=session, handle=handle)
        assert member is not None
        return member


def due(app: App, at: datetime | None = None, kind: str | None = None) -> list:  # type: ignore[type-arg]
    """The rules' candidates at an instant (everything, as the preview sees it)."""
    from reminders import cadence, engine

    with app.services.session() as session:
        cadence.refresh(session=session, currency=app.settings.currency)
        found = engine.evaluate(session=session, at=at or app.services.clock.now(), settings=app.settings)
    return [c for c in found if kind is None or c.kind == kind]
