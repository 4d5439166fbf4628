"""Deals by stage (count, value, probability-weighted value), win rate, idle deals, lifecycle shares."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, func, literal, or_
from sqlmodel import Session, col, select

from storage.analytics._sql import GroupFigure, Money, add
from storage.models import DEAL_STAGES, STAGES, Contact, Deal, Organization, Staff

OPEN_STAGES = ("qualification", "proposal", "negotiation")


def _deal_owner_in(owner_ids: Collection[int]) -> Any:
    """Deals whose owner is among these (a deal's owner decides who sees it, as a contact's does)."""
    return col(Deal.owner_id).in_(sorted(owner_ids))


@dataclass
class StageRow:
    stage: str
    count: int = 0
    value: Money = field(default_factory=dict)
    weighted: Money = field(default_factory=dict)
    probability: float = 0.0


def by_stage(
    *,
    session: Session,
    probabilities: dict[str, float],
    closed_since: datetime,
    owner_ids: Collection[int] | None = None,
) -> list[StageRow]:
    """Open deals per stage, plus deals won or lost since ``closed_since``; in DEAL_STAGES order."""
    statement = (
        select(Deal.stage, Deal.currency, func.count(), func.sum(Deal.value_minor))
        .where(or_(col(Deal.stage).in_(OPEN_STAGES), Deal.closed_at >= closed_since))
        .group_by(Deal.stage, Deal.currency)
    )
    if owner_ids is not None:
        statement = statement.where(_deal_owner_in(owner_ids))
    rows = {stage: StageRow(stage, probability=probabilities.get(stage, 0.0)) for stage in DEAL_STAGES}
    for stage, currency, count, value in session.exec(statement).all():
        row = rows.setdefault(stage, StageRow(stage, probability=probabilities.get(stage, 0.0)))
        row.count += int(count)
        add(row.value, currency, int(value or 0))
        add(row.weighted, currency, round(int(value or 0) * row.probability))
    return list(rows.values())


@dataclass(frozen=True)
class WinRate:
    won: int
    lost: int
    won_value: Money
    lost_value: Money

    @property
    def rate(self) -> float | None:
        return self.won / (self.won + self.lost) if self.won + self.lost else None


def win_rate(
    *, session: Session, since: datetime, until: datetime, owner_ids: Collection[int] | None = None
) -> WinRate:
    """Deals closed in the window: won ÷ (won + lost), by count; values per currency beside it."""
    statement = (
        select(Deal.stage, Deal.currency, func.count(), func.sum(Deal.value_minor))
        .where(col(Deal.stage).in_(("won", "lost")), Deal.closed_at >= since, Deal.closed_at < until)
        .group_by(Deal.stage, Deal.currency)
    )
    if owner_ids is not None:
        statement = statement.where(_deal_owner_in(owner_ids))
    counts = {"won": 0, "lost": 0}
    values: dict[str, Money] = {"won": {}, "lost": {}}
    for stage, currency, count, value in session.exec(statement).all():
        counts[stage] += int(count)
        add(values[stage], currency, int(value or 0))
    return WinRate(counts["won"], counts["lost"], values["won"], values["lost"])


@dataclass(frozen=True)
class IdleDeal:
    deal_id: int
    title: str
    stage: str
    days_in_stage: int
    limit_days: int
    value_minor: int
    currency: str
    owner: str | None
    organization: str | None


def idle(
    *,
    session: Session,
    limits: dict[str, float],
    now: datetime,
    owner_ids: Collection[int] | None = None,
    limit: int = 10,
) -> tuple[int, list[IdleDeal]]:
    """Open deals that sat in their stage longer than its limit: (how many, the longest-idle first)."""
    overdue = [
        and_(Deal.stage == stage, Deal.stage_changed_at < now - timedelta(days=days))
        for stage, days in limits.items()
        if stage in OPEN_STAGES
    ]
    if not overdue:
        return 0, []
    where = or_(*overdue)
    if owner_ids is not None:
        where = and_(where, _deal_owner_in(owner_ids))
    total = session.exec(select(func.count()).select_from(Deal).where(where)).one()
    rows = session.exec(
        select(Deal, Staff.display_name, Organization.name)
        .outerjoin(Staff, col(Staff.id) == Deal.owner_id)
        .outerjoin(Organization, col(Organization.id) == Deal.organization_id)
        .where(where)
        .order_by(col(Deal.stage_changed_at), col(Deal.id))
        .limit(limit)
    ).all()
    out = [
        IdleDeal(
            deal_id=deal.id or 0,
            title=deal.title,
            stage=deal.stage,
            days_in_stage=(now - deal.stage_changed_at).days,
            limit_days=int(limits[deal.stage]),
            value_minor=deal.value_minor,
            currency=deal.currency,
            owner=owner,
            organization=org,
        )
        for deal, owner, org in rows
    ]
    return int(total), out


def deal_size(
    *,
    session: Session,
    dimension: str,
    since: datetime | None,
    until: datetime,
    owner_ids: Collection[int] | None = None,
) -> list[GroupFigure]:
    """Average deal size: the mean value of the deals won in [since, until), per owner (the deal's) or segment
    (the deal's organization's, else its contact's), per currency; largest first within a currency."""
    org_id = func.coalesce(Deal.organization_id, Contact.organization_id)
    if dimension == "owner":
        key: Any = func.coalesce(Staff.display_name, literal("(unassigned)"))
    else:
        key = func.coalesce(Organization.segment, literal("(no segment)"))
    statement = (
        select(key, Deal.currency, func.count(), func.sum(Deal.value_minor))
        .select_from(Deal)
        .outerjoin(Contact, col(Contact.id) == Deal.contact_id)
        .outerjoin(Organization, col(Organization.id) == org_id)
        .outerjoin(Staff, col(Staff.id) == Deal.owner_id)
        .where(Deal.stage == "won", Deal.closed_at < until)
        .group_by(key, Deal.currency)
    )
    if since is not None:
        statement = statement.where(Deal.closed_at >= since)
    if owner_ids is not None:
        statement = statement.where(_deal_owner_in(owner_ids))
    rows = [
        GroupFigure(str(k), currency, (2 * int(total or 0) + int(n)) // (2 * int(n)), int(n))  # exact, half up
        for k, currency, n, total in session.exec(statement).all()
    ]
    return sorted(rows, key=lambda r: (r.currency, -r.value_minor, r.key))


def lifecycle(*, session: Session, owner_ids: Collection[int] | None = None) -> list[tuple[str, int]]:
    """Contacts per lifecycle stage, in the order prospect → lead → customer → advocate (→ churned)."""
    statement = select(Contact.stage, func.count()).group_by(Contact.stage)
    if owner_ids is not None:
        statement = statement.where(col(Contact.owner_id).in_(sorted(owner_ids)))
    counts = dict(session.exec(statement).all())  # type: ignore[arg-type]
    order = list(STAGES) + sorted(set(counts) - set(STAGES))
    return [(stage, int(counts.get(stage, 0))) for stage in order]
