"""Per-customer figures: channel preferences, risk ranking, a timeline of touches and purchases."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, literal
from sqlmodel import Session, col, select

from storage.analytics._sql import day_number, dialect
from storage.models import Contact, Interaction, Organization, Product, Purchase

CUSTOMER_STAGES = ("customer", "advocate")


def channels(
    *, session: Session, since: datetime, until: datetime, contact_ids: list[int] | None = None
) -> list[tuple[str, str, int]]:
    """Interactions per (segment, kind) in the window, or per (contact, kind) for the given contacts."""
    key = Contact.full_name if contact_ids is not None else func.coalesce(Organization.segment, literal("(no segment)"))
    statement = (
        select(key, Interaction.kind, func.count())
        .select_from(Interaction)
        .join(Contact, col(Contact.id) == Interaction.contact_id)
        .where(Interaction.occurred_at >= since, Interaction.occurred_at < until)
        .group_by(key, Interaction.kind)
    )
    if contact_ids is not None:
        statement = statement.where(col(Interaction.contact_id).in_(contact_ids))
    else:
        statement = statement.outerjoin(Organization, col(Organization.id) == Contact.organization_id).where(
            col(Contact.stage).in_(CUSTOMER_STAGES)
        )
    rows = [(str(k), kind, int(n)) for k, kind, n in session.exec(statement).all()]
    return sorted(rows, key=lambda r: (r[0], -r[2], r[1]))


@dataclass(frozen=True)
class RiskRow:
    contact_id: int
    name: str
    organization: str | None
    silent_days: int
    cadence_days: float | None  # average gap between touches in the last year; None with fewer than two
    ratio: float  # silent_days ÷ max(cadence, floor): above the at-risk factor means at risk


def risk_ranking(
    *,
    session: Session,
    now: datetime,
    floor_days: int,
    limit: int = 10,
    owner_id: int | None = None,
    contact_ids: list[int] | None = None,
) -> list[RiskRow]:
    """Customers by how long they have been silent against their own rhythm, the riskiest first."""
    name = dialect(session)
    year_ago = now - timedelta(days=365)
    span = day_number(func.max(Interaction.occurred_at), name) - day_number(func.min(Interaction.occurred_at), name)
    rhythm_q = (
        select(
            Interaction.contact_id,
            (span / func.nullif(func.count() - 1, 0)).label("cadence"),
        )
        .where(Interaction.occurred_at >= year_ago, Interaction.occurred_at <= now)
        .group_by(Interaction.contact_id)
    )
    if contact_ids is not None:
        rhythm_q = rhythm_q.where(col(Interaction.contact_id).in_(contact_ids))
    rhythm = rhythm_q.subquery()
    silent = day_number(literal(now, Contact.last_touch_at.type), name) - day_number(Contact.last_touch_at, name)  # type: ignore[attr-defined]
    expected = func.coalesce(rhythm.c.cadence, float(floor_days))
    expected = func.max(expected, float(floor_days)) if name == "sqlite" else func.greatest(expected, float(floor_days))
    ratio = (silent / expected).label("ratio")
    statement = (
        select(Contact.id, Contact.full_name, Organization.name, silent, rhythm.c.cadence, ratio)
        .outerjoin(rhythm, rhythm.c.contact_id == Contact.id)
        .outerjoin(Organization, col(Organization.id) == Contact.organization_id)
        .where(col(Contact.stage).in_(CUSTOMER_STAGES), col(Contact.last_touch_at).is_not(None))
        .order_by(ratio.desc(), col(Contact.id))
        .limit(limit)
    )
    if owner_id is not None:
        statement = statement.where(Contact.owner_id == owner_id)
    if contact_ids is not None:
        statement = statement.where(col(Contact.id).in_(contact_ids))
    return [
        RiskRow(cid or 0, full, org, int(days), float(cad) if cad is not None else None, float(r))
        for cid, full, org, days, cad, r in session.exec(statement).all()
    ]


@dataclass(frozen=True)
class Event:
    at: datetime
    kind: str  # an interaction kind, or "purchase"
    label: str
    amount_minor: int = 0
    currency: str | None = None


def timeline(*, session: Session, contact_ids: list[int], since: datetime, until: datetime) -> list[Event]:
    touches = session.exec(
        select(Interaction.occurred_at, Interaction.kind, Interaction.summary).where(
            col(Interaction.contact_id).in_(contact_ids),
            Interaction.occurred_at >= since,
            Interaction.occurred_at <= until,
        )
    ).all()
    buys = session.exec(
        select(Purchase.purchased_at, Product.name, Purchase.amount_minor, Purchase.currency)
        .outerjoin(Product, col(Product.id) == Purchase.product_id)
        .where(
            col(Purchase.contact_id).in_(contact_ids),
            Purchase.purchased_at >= since,
            Purchase.purchased_at <= until,
        )
    ).all()
    events = [Event(at, kind, summary) for at, kind, summary in touches]
    events += [Event(at, "purchase", product or "purchase", amount, cur) for at, product, amount, cur in buys]
    return sorted(events, key=lambda e: e.at)
