"""Per-customer figures: channel preferences, risk ranking, a timeline of touches and purchases."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, literal
from sqlmodel import Session, col, select

from storage.analytics import freshness
from storage.analytics._sql import day_number, dialect, owner_in, owner_scanned
from storage.analytics.summaries import CUSTOMER_STAGES, segment_key
from storage.models import (
    INTERACTION_KINDS,
    Contact,
    ContactActivity,
    Interaction,
    Organization,
    Product,
    Purchase,
    SegmentActivity,
)

PROBE = 2000  # how many of the longest-silent customers the risk ranking looks at first


def channels(
    *,
    session: Session,
    since: datetime,
    until: datetime,
    contact_ids: list[int] | None = None,
    owner_ids: Collection[int] | None = None,
) -> list[tuple[str, str, int]]:
    """Interactions per (segment, kind) in the window, or per (contact, kind) for the given contacts
    (of these owners' contacts; None: everyone's)."""
    if contact_ids is None and freshness.summaries_as_of(session, since=since, until=until):
        return _channels_summarised(session, owner_ids)
    if contact_ids is None and freshness.window(session, since=since, until=until) == "12m":
        return _channels_rolled_up(session, owner_ids)
    key = Contact.full_name if contact_ids is not None else segment_key()
    statement = (
        select(key, Interaction.kind, func.count())
        .select_from(Interaction)
        .join(Contact, col(Contact.id) == Interaction.contact_id)
        .where(Interaction.occurred_at >= since, Interaction.occurred_at < until)
        .group_by(key, Interaction.kind)
    )
    if owner_ids is not None:
        statement = statement.where(owner_in(owner_ids))
    if contact_ids is not None:
        statement = statement.where(col(Interaction.contact_id).in_(contact_ids))
    else:
        statement = statement.outerjoin(Organization, col(Organization.id) == Contact.organization_id).where(
            col(Contact.stage).in_(CUSTOMER_STAGES)
        )
    rows = [(str(k), kind, int(n)) for k, kind, n in session.exec(statement).all()]
    return sorted(rows, key=lambda r: (r[0], -r[2], r[1]))


def _channels_summarised(session: Session, owner_ids: Collection[int] | None) -> list[tuple[str, str, int]]:
    """Per segment from the rebuild's per-owner summary (storage.analytics.summaries)."""
    s = SegmentActivity
    summarised = select(s.segment, s.kind, func.sum(s.interactions)).group_by(s.segment, s.kind)
    if owner_ids is not None:
        summarised = summarised.where(col(s.owner_id).in_(sorted(owner_ids)))
    found = [(str(k), kind, int(n)) for k, kind, n in session.exec(summarised).all() if n]
    return sorted(found, key=lambda r: (r[0], -r[2], r[1]))


def _channels_rolled_up(session: Session, owner_ids: Collection[int] | None) -> list[tuple[str, str, int]]:
    """Per segment from contact_activity: one row per contact with a count per kind, summed and unpivoted."""
    a = ContactActivity
    key = segment_key()
    counts = [func.sum(getattr(a, f"n_{kind}")) for kind in INTERACTION_KINDS]
    statement = (
        select(key, *counts)
        .select_from(a)
        .join(Contact, col(Contact.id) == a.contact_id)
        .outerjoin(Organization, col(Organization.id) == Contact.organization_id)
        .where(col(Contact.stage).in_(CUSTOMER_STAGES))
        .group_by(key)
    )
    if owner_ids is not None:
        statement = statement.where(owner_scanned(session, owner_ids))
    rows = [
        (str(k), kind, int(n or 0))
        for k, *per_kind in session.exec(statement).all()
        for kind, n in zip(INTERACTION_KINDS, per_kind, strict=True)
        if n
    ]
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
    owner_ids: Collection[int] | None = None,
    contact_ids: list[int] | None = None,
) -> list[RiskRow]:
    """Customers by how long they have been silent against their own rhythm, the riskiest first."""
    name = dialect(session)
    year_ago = now - timedelta(days=365)
    rolled = freshness.window(session, since=year_ago, until=now) == "12m"
    if rolled:
        a = ContactActivity
        span = day_number(a.last_at, name) - day_number(a.first_at, name)
        rhythm_q = select(a.contact_id, (span / func.nullif(a.touches - 1, 0)).label("cadence"))
        rhythm_q = rhythm_q.where(col(a.contact_id).in_(contact_ids)) if contact_ids is not None else rhythm_q
    else:
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
    if owner_ids is not None:
        statement = statement.where(owner_in(owner_ids))
    if contact_ids is not None:
        statement = statement.where(col(Contact.id).in_(contact_ids))
    if rolled and contact_ids is None:
        statement = _only_the_silentest(session, statement, now=now, floor_days=floor_days, limit=limit)
    return [
        RiskRow(cid or 0, full, org, int(days), float(cad) if cad is not None else None, float(r))
        for cid, full, org, days, cad, r in session.exec(statement).all()
    ]


def _only_the_silentest(session: Session, statement: Any, *, now: datetime, floor_days: int, limit: int) -> Any:
    """Narrow the ranking to the contacts that can make it, without changing it.

    A ratio never exceeds silent_days ÷ floor. Rank the PROBE longest-silent customers first: the last of their
    top ``limit`` has some ratio t, so nobody silent for less than t × floor days can beat it, and the full ranking
    only needs contacts touched before now − t × floor (the indexed last_touch_at column).
    """
    base = statement.order_by(None).limit(None).with_only_columns(Contact.last_touch_at)
    probe_edge = session.scalar(base.order_by(col(Contact.last_touch_at)).offset(PROBE).limit(1))
    if probe_edge is None:
        return statement  # fewer customers than the probe: rank them all
    probe = session.exec(statement.where(col(Contact.last_touch_at) <= probe_edge)).all()
    if len(probe) < limit:
        return statement
    t = float(probe[-1][-1])
    # A minute of slack: the cut must never drop a contact whose rounded day count would have tied.
    cut = now - timedelta(days=t * floor_days) + timedelta(minutes=1)
    return statement.where(col(Contact.last_touch_at) <= max(cut, probe_edge))


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


def owned_count(*, session: Session, owner_ids: Collection[int]) -> int:
    """How many contacts these staff own (zero: a new rep's figures have nobody to count)."""
    statement = select(func.count()).select_from(Contact).where(col(Contact.owner_id).in_(sorted(owner_ids)))
    return int(session.exec(statement).one())
