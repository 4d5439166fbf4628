"""SQL pieces the daily rules share: "not nudged about this already" and "not snoozed"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from sqlalchemy import and_, exists, select
from sqlalchemy.orm import aliased
from sqlalchemy.sql.elements import ColumnElement

from storage.models import Contact, Nudge


def not_nudged_since(
    kind: str, since: Any, slot_at: Any, extra: Callable[[Any], ColumnElement[bool]] | None = None
) -> ColumnElement[bool]:
    """No nudge of this kind about the contact since ``since``, other than today's own (due at the slot).

    Today's nudges are left out of the test so a rule gives the same answer before and after the sweep
    stored them (the preview and a second instance then agree with the first).
    """
    n = aliased(Nudge)
    conditions = [n.contact_id == Contact.id, n.kind == kind, n.due_at >= since, n.due_at != slot_at]
    if extra is not None:
        conditions.append(extra(n))
    return ~exists(select(n.id).where(and_(*conditions)))


def not_snoozed(at: datetime) -> ColumnElement[bool]:
    """The owner said "snooze Acme until ...": no daily nudge about the contact before then."""
    n = aliased(Nudge)
    return ~exists(select(n.id).where(and_(n.contact_id == Contact.id, n.status == "snoozed", n.due_at > at)))
