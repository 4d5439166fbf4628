"""A staff member's (or a team's) week: interactions logged, follow-ups done, overdue and coming up."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from sqlalchemy import func
from sqlmodel import Session, col, select

from storage.models import FollowUp, Interaction, Staff


@dataclass
class WeekRow:
    staff_id: int
    name: str
    logged: int = 0
    by_kind: dict[str, int] = field(default_factory=dict)
    done: int = 0
    overdue: int = 0
    coming: int = 0


def visible_staff(
    *, session: Session, member: Staff, owner_ids: Collection[int] | None = None, own: bool = False
) -> list[Staff]:
    """Whose week a member may see: the staff in their permission scope (``owner_ids``; None: everyone),
    or only themselves with ``own``."""
    statement = select(Staff).where(Staff.active == True)  # noqa: E712
    if own:
        statement = statement.where(Staff.id == member.id)
    elif owner_ids is not None:
        statement = statement.where(col(Staff.id).in_(sorted(owner_ids)))
    return list(session.exec(statement.order_by(col(Staff.display_name))))


def week(*, session: Session, staff: list[Staff], since: datetime, now: datetime) -> list[WeekRow]:
    ids = [s.id for s in staff if s.id is not None]
    rows = {s.id: WeekRow(s.id, s.display_name) for s in staff if s.id is not None}
    logged = session.exec(
        select(Interaction.author_id, Interaction.kind, func.count())
        .where(col(Interaction.author_id).in_(ids), Interaction.created_at >= since, Interaction.created_at <= now)
        .group_by(Interaction.author_id, Interaction.kind)
    ).all()
    for author, kind, count in logged:
        row = rows[author]
        row.logged += int(count)
        row.by_kind[kind] = int(count)
    open_ = col(FollowUp.status).in_(("open", "snoozed"))
    done = session.exec(
        select(FollowUp.owner_id, func.count())
        .where(col(FollowUp.owner_id).in_(ids), FollowUp.status == "done", FollowUp.done_at >= since)
        .group_by(FollowUp.owner_id)
    ).all()
    overdue = session.exec(
        select(FollowUp.owner_id, func.count())
        .where(col(FollowUp.owner_id).in_(ids), open_, FollowUp.due_at < now)
        .group_by(FollowUp.owner_id)
    ).all()
    coming = session.exec(
        select(FollowUp.owner_id, func.count())
        .where(
            col(FollowUp.owner_id).in_(ids), open_, FollowUp.due_at >= now, FollowUp.due_at < now + timedelta(days=7)
        )
        .group_by(FollowUp.owner_id)
    ).all()
    for pairs, name in ((done, "done"), (overdue, "overdue"), (coming, "coming")):
        for owner, count in pairs:
            setattr(rows[owner], name, int(count))
    return list(rows.values())
