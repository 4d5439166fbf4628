"""Follow-ups that have come due: one nudge per follow-up and due time (a snooze makes a new one)."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import Session, col, select

from reminders.candidates import NudgeCandidate
from storage.models import Contact, FollowUp, Organization


def due(*, session: Session, at: datetime, window: timedelta) -> list[NudgeCandidate]:
    rows = session.exec(
        select(FollowUp, Contact.full_name, Organization.name)
        .join(Contact, col(Contact.id) == col(FollowUp.contact_id), isouter=True)
        .join(Organization, col(Organization.id) == col(FollowUp.organization_id), isouter=True)
        .where(col(FollowUp.status).in_(("open", "snoozed")))
        .where(FollowUp.due_at <= at, FollowUp.due_at > at - window)
    )
    out = []
    for follow, contact_name, org_name in rows:
        who = contact_name or org_name
        text = f"Follow up{' with ' + who if who else ''}: {follow.text}"
        out.append(
            NudgeCandidate(
                kind="follow_up",
                dedupe_key=f"follow_up:{follow.id}:{follow.due_at.strftime('%Y%m%dT%H%M')}",
                owner_id=follow.owner_id,
                due_at=follow.due_at,
                text=text,
                contact_id=follow.contact_id,
                follow_up_id=follow.id,
            )
        )
    return out
