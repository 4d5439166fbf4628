"""Cross-sell: customers who bought A but never B, where A -> B is a strong association rule.

The text cites the rule: "71% of customers who bought Premium also bought Onboarding; Acme has Premium
since May". Each contact gets its strongest applicable rule; at most settings.nudges_per_kind per owner
per day, and not the same contact again within settings.cross_sell_cooldown_days.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import exists, func, literal, union_all
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from config.settings import Settings
from reminders import context
from reminders.assoc import Rule, strong_rules
from reminders.candidates import NudgeCandidate
from reminders.format import since_month
from reminders.rules.common import not_nudged_since, not_snoozed
from reminders.slots import digest_time, due_slots, slot_table
from storage.models import Contact, Purchase


def _has_a_not_b(index: int, rule: Rule):  # type: ignore[no-untyped-def]
    other = aliased(Purchase)
    return (
        select(col(Purchase.contact_id).label("contact_id"), literal(index).label("rule"))
        .where(Purchase.product_id == rule.a)
        .where(~exists(select(other.id).where(other.contact_id == Purchase.contact_id, other.product_id == rule.b)))
        .distinct()
    )


def due(*, session: Session, at: datetime, settings: Settings, owners: set[int] | None = None) -> list[NudgeCandidate]:
    window = timedelta(hours=settings.catch_up_hours)
    slots = due_slots(session=session, at=at, window=window, local_time=digest_time(settings), owners=owners)
    if not slots:
        return []
    rules = strong_rules(session=session, at=at, settings=settings)
    if not rules:
        return []
    table = slot_table(slots)
    # Rules come strongest first, so the lowest rule index is each contact's best suggestion.
    applicable = union_all(*(_has_a_not_b(i, r) for i, r in enumerate(rules))).subquery()
    best = (
        select(applicable.c.contact_id, func.min(applicable.c.rule).label("rule"))
        .group_by(applicable.c.contact_id)
        .subquery()
    )
    inner = (
        select(
            col(Contact.id).label("id"),
            col(Contact.owner_id).label("owner_id"),
            best.c.rule,
            func.row_number().over(partition_by=Contact.owner_id, order_by=(best.c.rule, col(Contact.id))).label("rn"),
        )
        .join(best, best.c.contact_id == col(Contact.id))
        .join(table, table.c.owner_id == col(Contact.owner_id))
        .where(
            Contact.stage != "churned",
            not_nudged_since("cross_sell", at - timedelta(days=settings.cross_sell_cooldown_days), table.c.slot_at),
            not_snoozed(at),
        )
        .subquery()
    )
    rows = list(
        session.execute(
            select(inner).where(inner.c.rn <= settings.nudges_per_kind).order_by(inner.c.owner_id, inner.c.rn)  # type: ignore[call-overload]
        )
    )
    if not rows:
        return []
    firsts = {
        (cid, pid): when
        for cid, pid, when in session.exec(
            select(Purchase.contact_id, Purchase.product_id, func.min(Purchase.purchased_at))
            .where(col(Purchase.contact_id).in_([r.id for r in rows]))
            .group_by(Purchase.contact_id, Purchase.product_id)
        )
    }
    by_owner = {s.owner_id: s for s in slots}
    ctx = context.load(session=session, contact_ids=[r.id for r in rows])
    out = []
    for r in rows:
        rule, slot, who = rules[r.rule], by_owner[r.owner_id], ctx.get(r.id)
        label = who.label if who else str(r.id)
        first = firsts.get((r.id, rule.a))
        since = f" since {since_month(first, slot.tz, at)}" if first else ""
        headline = (
            f"{rule.confidence * 100:.0f}% of customers who bought {rule.a_name} also bought {rule.b_name}; "
            f"{label} has {rule.a_name}{since}"
        )
        out.append(
            NudgeCandidate(
                kind="cross_sell",
                dedupe_key=f"cross_sell:{r.id}:{rule.b}:{slot.local_date.isoformat()}",
                owner_id=r.owner_id,
                due_at=slot.at,
                text=f"Cross-sell: {headline}. {context.context_lines(who, tz=slot.tz)}".strip(),
                contact_id=r.id,
                headline=headline,
                rank=rule.confidence * rule.lift,
            )
        )
    return out
