"""Follow-ups that have come due: one nudge per follow-up and due time (a snooze makes a new one).

Only those due within the catch-up window are nudged one by one; older open ones are listed as overdue
in the owner's daily digest instead (see rules/digest.py).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import Session, col, select

from bot.texts import t
from config.settings import Settings
from reminders import context
from reminders.candidates import NudgeCandidate
from reminders.rules import NudgeRule
from reminders.slots import zone
from storage.models import FollowUp, Organization, Staff


def due(*, session: Session, at: datetime, settings: Settings, owners: set[int] | None = None) -> list[NudgeCandidate]:
    window = timedelta(hours=settings.catch_up_hours)
    statement = (
        select(FollowUp, Organization.name, Staff.tz, Staff.language)
        .join(Staff, col(Staff.id) == col(FollowUp.owner_id))
        .join(Organization, col(Organization.id) == col(FollowUp.organization_id), isouter=True)
        .where(col(FollowUp.status).in_(("open", "snoozed")))
        .where(FollowUp.due_at <= at, FollowUp.due_at > at - window)
    )
    if owners is not None:
        statement = statement.where(col(FollowUp.owner_id).in_(owners))
    rows = session.exec(statement).all()
    ctx = context.load(session=session, contact_ids=[f.contact_id for f, _, _, _ in rows if f.contact_id])
    out = []
    for follow, org_name, tz_name, language in rows:
        lang = language or "en"
        who = ctx.get(follow.contact_id) if follow.contact_id else None
        label = who.label if who else org_name
        headline = f"{label}: {follow.text}" if label else follow.text
        extra = context.context_lines(who, tz=zone(tz_name), lang=lang) if who else ""
        out.append(
            NudgeCandidate(
                kind="follow_up",
                dedupe_key=f"follow_up:{follow.id}:{follow.due_at.strftime('%Y%m%dT%H%M')}",
                owner_id=follow.owner_id,
                due_at=follow.due_at,
                text=(
                    t(lang, "nudge.follow_up.with", label=label, text=follow.text, context=extra)
                    if label
                    else t(lang, "nudge.follow_up.plain", text=follow.text, context=extra)
                ).strip(),
                contact_id=follow.contact_id,
                follow_up_id=follow.id,
                headline=headline,
            )
        )
    return out


RULE = NudgeRule(
    kinds=("follow_up",),
    due=due,
    schedule="every_sweep",
    order=20,
    text_keys=("nudge.follow_up.with", "nudge.follow_up.plain"),
)
