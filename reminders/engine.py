"""All rules at one instant: what should exist as nudges now. Shared by the sweep and the preview.

The rules are the modules of ``reminders/rules/`` that declare a ``RULE`` (reminders.rules.registry).
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session

from config.settings import Settings
from reminders import rules
from reminders.candidates import NudgeCandidate


def evaluate(
    *,
    session: Session,
    at: datetime,
    settings: Settings,
    birthday_owners: set[int] | None = None,
    daily_owners: set[int] | None = None,
) -> list[NudgeCandidate]:
    """Candidates due at ``at``. ``None`` owners means everyone; an empty set skips those rules."""
    owners = {"every_sweep": None, "birthday": birthday_owners, "daily": daily_owners}
    found: list[NudgeCandidate] = []
    summaries = []
    for rule in rules.registry():
        wanted = owners[rule.schedule]
        if wanted is not None and not wanted:
            continue
        if rule.summary:
            summaries.append(rule)
        else:
            found += rule.due(session=session, at=at, settings=settings, owners=wanted)
    # The digest announces the day's other nudges, so it is written once they are known.
    daily = [c for c in found if c.kind in _daily_kinds()]
    for rule in summaries:
        found += rule.due(session=session, at=at, settings=settings, owners=owners[rule.schedule], others=daily)
    order = rules.order()
    return sorted(found, key=lambda c: (c.due_at, order.get(c.kind, 99), c.owner_id, c.dedupe_key))


def _daily_kinds() -> set[str]:
    return {kind for rule in rules.registry() if rule.schedule == "daily" for kind in rule.kinds}
