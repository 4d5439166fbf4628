"""All rules at one instant: what should exist as nudges now. Shared by the sweep and the preview."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session

from config.settings import Settings
from reminders.candidates import NudgeCandidate
from reminders.rules import at_risk, birthday, cross_sell, digest, follow_up, network, stay_in_touch

KINDS = ("digest", "birthday", "follow_up", "at_risk", "stay_in_touch", "cross_sell", *network.KINDS)
# Delivery order within one due instant: the digest first, then what it announces.
ORDER = {kind: i for i, kind in enumerate(KINDS)}


def evaluate(
    *,
    session: Session,
    at: datetime,
    settings: Settings,
    birthday_owners: set[int] | None = None,
    daily_owners: set[int] | None = None,
) -> list[NudgeCandidate]:
    """Candidates due at ``at``. ``None`` owners means everyone; an empty set skips those rules."""
    found = follow_up.due(session=session, at=at, settings=settings)
    if birthday_owners is None or birthday_owners:
        found += birthday.due(session=session, at=at, settings=settings, owners=birthday_owners)
    if daily_owners is None or daily_owners:
        daily = at_risk.due(session=session, at=at, settings=settings, owners=daily_owners)
        daily += stay_in_touch.due(session=session, at=at, settings=settings, owners=daily_owners)
        daily += cross_sell.due(session=session, at=at, settings=settings, owners=daily_owners)
        found += digest.due(session=session, at=at, settings=settings, owners=daily_owners, others=daily)
        found += daily
        found += network.due(session=session, at=at, settings=settings, owners=daily_owners)
    return sorted(found, key=lambda c: (c.due_at, ORDER.get(c.kind, 99), c.owner_id, c.dedupe_key))
