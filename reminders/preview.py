"""What the live scheduler would deliver at an instant, without sending or storing anything."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import col, select

from bot.context import Services
from reminders.candidates import PreviewItem
from reminders.rules import follow_up
from storage.models import Contact, Nudge, Staff


def preview(services: Services, *, at: datetime) -> list[PreviewItem]:
    window = timedelta(hours=services.settings.catch_up_hours)
    with services.session() as session:
        candidates = follow_up.due(session=session, at=at, window=window)
        # Already delivered or acted on: the dedupe key is stored with a status past pending.
        handled = (
            set(
                session.exec(
                    select(Nudge.dedupe_key).where(
                        col(Nudge.dedupe_key).in_([c.dedupe_key for c in candidates]),
                        Nudge.status != "pending",
                    )
                )
            )
            if candidates
            else set()
        )
        owners = {s.id: s.handle for s in session.exec(select(Staff))}
        names = (
            {
                cid: name
                for cid, name in session.exec(
                    select(Contact.id, Contact.full_name).where(
                        col(Contact.id).in_({c.contact_id for c in candidates if c.contact_id})
                    )
                )
            }
            if candidates
            else {}
        )
        items = [
            PreviewItem(
                kind=c.kind,
                contact=names.get(c.contact_id) if c.contact_id else None,
                owner=owners.get(c.owner_id, str(c.owner_id)),
                text=c.text,
                due=c.due_at,
            )
            for c in candidates
            if c.dedupe_key not in handled
        ]
    return sorted(items, key=lambda i: (i.due, i.kind))
