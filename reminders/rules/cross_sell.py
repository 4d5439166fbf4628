"""Cross-sell: customers who bought A but never B, where A -> B is a strong association rule.

The rules are the chat's (storage/analytics/cross_sell.py, under the settings' one Thresholds, kept for the
day by reminders/assoc.py), so the nudge and "cross-sell ideas" agree. The text cites the rule: "71% of
customers who bought Premium also bought Onboarding; Acme has Premium since May". Each contact gets its
strongest applicable rule; at most settings.nudges_per_kind per owner per day, and not the same contact
again within settings.cross_sell_cooldown_days.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import exists, func, or_
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from bot.texts import t
from config.settings import Settings
from reminders import context
from reminders.assoc import strong_rules
from reminders.candidates import NudgeCandidate
from reminders.format import since_month
from reminders.rules import NudgeRule
from reminders.rules.common import not_nudged_since, not_snoozed
from reminders.slots import Slot, digest_time, due_slots, slot_table
from storage.analytics.cross_sell import Rule
from storage.models import Contact, Purchase

# Rows per query in the walk below; a chunk usually fills every due owner's quota at once.
CHUNK = 1000


class Pick(NamedTuple):
    id: int
    owner_id: int
    rule: int


def _has(product_id: int) -> Any:
    """The walked purchase's contact also bought this product (the (contact, product) index answers)."""
    other = aliased(Purchase)
    return exists(select(other.id).where(other.contact_id == Purchase.contact_id, other.product_id == product_id))


def _chunk(rules: list[Rule], index: int, table: Any, after: int, cooldown: datetime, at: datetime) -> Any:
    """Next contacts, by id, whose best rule is ``index``: they bought A, never B, and no stronger rule applies."""
    rule = rules[index]
    return (
        select(col(Purchase.contact_id), col(Contact.owner_id))
        .join(Contact, col(Contact.id) == col(Purchase.contact_id))
        # "+ 0" keeps SQLite's planner off the owner index: the walk goes down the (product, contact) index.
        .join(table, table.c.owner_id == col(Contact.owner_id) + 0)
        .where(
            Purchase.product_id == rule.a_id,
            col(Purchase.contact_id) > after,
            ~_has(rule.b_id),
            *(or_(~_has(stronger.a_id), _has(stronger.b_id)) for stronger in rules[:index]),
            Contact.stage != "churned",
            not_nudged_since("cross_sell", cooldown, table.c.slot_at),
            not_snoozed(at),
        )
        .distinct()
        .order_by(col(Purchase.contact_id))
        .limit(CHUNK)
    )


def picks(*, session: Session, at: datetime, settings: Settings, slots: list[Slot], rules: list[Rule]) -> list[Pick]:
    """Each owner's first ``nudges_per_kind`` contacts ranked by (best rule, contact id).

    Rules come strongest first, so a contact's best suggestion is the first rule that applies to it.
    Instead of ranking every customer who bought A, the walk takes rule after rule, contacts in id order
    (the (product, contact) index order), and stops as soon as every due owner has its quota.
    """
    wanted = {s.owner_id: settings.nudges_per_kind for s in slots}
    by_owner = {s.owner_id: s for s in slots}
    cooldown = at - timedelta(days=settings.cross_sell_cooldown_days)
    found: list[Pick] = []
    for index in range(len(rules)):
        after = 0
        while any(wanted.values()):
            table = slot_table([by_owner[o] for o, n in wanted.items() if n])
            rows = session.execute(_chunk(rules, index, table, after, cooldown, at)).all()  # type: ignore[call-overload]
            for cid, owner_id in rows:
                if wanted[owner_id] > 0:
                    found.append(Pick(cid, owner_id, index))
                    wanted[owner_id] -= 1
            if len(rows) < CHUNK:
                break
            after = rows[-1][0]
    return sorted(found, key=lambda p: (p.owner_id, p.rule, p.id))


def due(*, session: Session, at: datetime, settings: Settings, owners: set[int] | None = None) -> list[NudgeCandidate]:
    window = timedelta(hours=settings.catch_up_hours)
    slots = due_slots(session=session, at=at, window=window, local_time=digest_time(settings), owners=owners)
    if not slots:
        return []
    rules = strong_rules(session=session, at=at, settings=settings)
    if not rules:
        return []
    rows = picks(session=session, at=at, settings=settings, slots=slots, rules=rules)
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
        first = firsts.get((r.id, rule.a_id))
        lang = slot.lang
        since = t(lang, "nudge.cross_sell.since", month=since_month(first, slot.tz, at, lang)) if first else ""
        headline = t(
            lang, "nudge.cross_sell.headline", pct=f"{rule.confidence * 100:.0f}", a=rule.a, b=rule.b,
            label=label, since=since,
        )  # fmt: skip
        out.append(
            NudgeCandidate(
                kind="cross_sell",
                dedupe_key=f"cross_sell:{r.id}:{rule.b_id}:{slot.local_date.isoformat()}",
                owner_id=r.owner_id,
                due_at=slot.at,
                text=t(
                    lang,
                    "nudge.cross_sell.text",
                    headline=headline,
                    context=context.context_lines(who, tz=slot.tz, lang=lang),
                ).strip(),
                contact_id=r.id,
                headline=headline,
                rank=rule.confidence * rule.lift,
            )
        )
    return out


RULE = NudgeRule(
    kinds=("cross_sell",),
    due=due,
    schedule="daily",
    order=50,
    text_keys=("nudge.cross_sell.headline", "nudge.cross_sell.since", "nudge.cross_sell.text"),
    digest_label="digest.also.cross_sell",
)
