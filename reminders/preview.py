"""What the live scheduler would deliver at an instant, without sending or storing anything.

The same steps as a sweep at that instant (cadence refresh, rules for every owner's due slot, stored
rows that are deliverable, quiet hours) inside one transaction that is rolled back at the end.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, col, select

from bot.context import Services
from reminders import cadence, engine, rules
from reminders.candidates import PreviewItem
from reminders.dispatch import due_rows, is_quiet
from storage.models import Contact, Nudge, Staff


def preview(services: Services, *, at: datetime) -> list[PreviewItem]:
    settings = services.settings
    with services.session() as outer:
        bind = outer.get_bind()
    session = Session(bind, expire_on_commit=False)
    try:
        cadence.refresh(session=session, currency=settings.currency)
        fresh = engine.evaluate(session=session, at=at, settings=settings)
        stored = due_rows(session=session, at=at, settings=settings, limit=None)
        keys = [c.dedupe_key for c in fresh]
        known: set[str] = set()
        for start in range(0, len(keys), 2000):
            known |= set(
                session.exec(select(Nudge.dedupe_key).where(col(Nudge.dedupe_key).in_(keys[start : start + 2000])))
            )
        staff = {s.id: s for s in session.exec(select(Staff))}
        contact_ids = {c.contact_id for c in fresh if c.contact_id} | {n.contact_id for n, _ in stored if n.contact_id}
        names: dict[int | None, str] = {}
        ids = sorted(i for i in contact_ids if i is not None)
        for start in range(0, len(ids), 2000):
            part = ids[start : start + 2000]
            names.update(
                (cid, name)
                for cid, name in session.exec(select(Contact.id, Contact.full_name).where(col(Contact.id).in_(part)))
            )
        items = [PreviewItem(n.kind, names.get(n.contact_id), member.handle, n.text, n.due_at) for n, member in stored]
        for c in fresh:
            member = staff.get(c.owner_id)
            if c.dedupe_key in known or member is None or is_quiet(at, member.tz, settings.quiet_hours):
                continue
            items.append(PreviewItem(c.kind, names.get(c.contact_id), member.handle, c.text, c.due_at))
    finally:
        session.rollback()
        session.close()
    order = rules.order()
    return sorted(items, key=lambda i: (i.due, order.get(i.kind, 99), i.owner, i.contact or ""))
