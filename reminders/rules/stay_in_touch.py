"""Stay-in-touch cadence policies by tier, tag or organization kind (settings.stay_in_touch_policies).

A contact under a policy is green within the ideal window, yellow past it and red past the maximum;
the strictest matching policy wins. The clock is Contact.last_touch_at, which any interaction, purchase
or a Done on a nudge moves (never-touched contacts count from their creation). One yellow and one red
nudge per silence, at most settings.nudges_per_kind per owner per day, reds first.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import and_, case, func, literal, or_, union_all
from sqlmodel import Session, col, select

from bot.texts import t
from config.policies import Policy, parse_policies
from config.settings import Settings
from reminders import context
from reminders.candidates import NudgeCandidate
from reminders.rules import NudgeRule
from reminders.rules.common import not_nudged_since, not_snoozed
from reminders.slots import digest_time, due_slots, slot_table
from reminders.sqltime import days_since_epoch, epoch_days
from storage.models import Contact, ContactTag, Organization


def _matching(policy: Policy, at: datetime) -> Any:
    """Contacts under one policy that are past its ideal window (the index on last_touch_at narrows)."""
    since = at - timedelta(days=policy.ideal_days)
    statement = select(
        col(Contact.id).label("contact_id"),
        literal(policy.ideal_days).label("ideal"),
        literal(policy.max_days).label("mx"),
    ).where(
        or_(
            col(Contact.last_touch_at) < since,
            and_(col(Contact.last_touch_at).is_(None), col(Contact.created_at) < since),
        ),
        # A contact's own rhythm ("keep in touch with Maria every 30 days") replaces every policy.
        col(Contact.keep_in_touch_days).is_(None),
    )
    if policy.selector == "tier":
        return statement.where(Contact.tier == policy.value)
    if policy.selector == "tag":
        return statement.join(ContactTag, col(ContactTag.contact_id) == col(Contact.id)).where(
            ContactTag.tag == policy.value
        )
    return statement.join(Organization, col(Organization.id) == col(Contact.organization_id)).where(
        Organization.kind == policy.value
    )


def _own(at: datetime, dialect: str) -> Any:
    """Contacts with their own stay-in-touch rhythm that are past it: yellow past it, red past twice it."""
    touch = func.coalesce(Contact.last_touch_at, Contact.created_at)
    silence = days_since_epoch(at) - epoch_days(touch, dialect)
    days = col(Contact.keep_in_touch_days)
    return select(col(Contact.id).label("contact_id"), days.label("ideal"), (days * 2).label("mx")).where(
        days.is_not(None), silence > days
    )


def due(*, session: Session, at: datetime, settings: Settings, owners: set[int] | None = None) -> list[NudgeCandidate]:
    policies = parse_policies(settings.stay_in_touch_policies)
    window = timedelta(hours=settings.catch_up_hours)
    slots = due_slots(session=session, at=at, window=window, local_time=digest_time(settings), owners=owners)
    if not slots:
        return []
    dialect = session.get_bind().dialect.name
    table = slot_table(slots)
    matched = union_all(_own(at, dialect), *(_matching(p, at) for p in policies)).subquery()
    strictest = (
        select(matched.c.contact_id, func.min(matched.c.ideal).label("ideal"), func.min(matched.c.mx).label("mx"))
        .group_by(matched.c.contact_id)
        .subquery()
    )
    touch = func.coalesce(Contact.last_touch_at, Contact.created_at)
    silence = days_since_epoch(at) - epoch_days(touch, dialect)
    red = case((silence > strictest.c.mx, 1), else_=0)
    inner = (
        select(
            col(Contact.id).label("id"),
            col(Contact.owner_id).label("owner_id"),
            strictest.c.ideal,
            strictest.c.mx,
            silence.label("silence"),
            red.label("red"),
            func.row_number()
            .over(partition_by=Contact.owner_id, order_by=(red.desc(), (silence - strictest.c.ideal).desc()))
            .label("rn"),
        )
        .join(strictest, strictest.c.contact_id == col(Contact.id))
        .join(table, table.c.owner_id == col(Contact.owner_id))
        .where(
            Contact.stage != "churned",
            silence > strictest.c.ideal,
            # Yellow once per silence; red once more when it gets that far.
            not_nudged_since(
                "stay_in_touch",
                touch,
                table.c.slot_at,
                lambda n: or_(silence <= strictest.c.mx, col(n.dedupe_key).like("stay_in_touch:red:%")),
            ),
            not_snoozed(at),
        )
        .subquery()
    )
    rows = list(
        session.execute(
            select(inner).where(inner.c.rn <= settings.nudges_per_kind).order_by(inner.c.owner_id, inner.c.rn)  # type: ignore[call-overload]
        )
    )
    by_owner = {s.owner_id: s for s in slots}
    ctx = context.load(session=session, contact_ids=[r.id for r in rows])
    out = []
    for r in rows:
        slot = by_owner[r.owner_id]
        who = ctx.get(r.id)
        label = who.label if who else str(r.id)
        colour = "red" if r.red else "yellow"
        lang = slot.lang
        headline = t(lang, "nudge.stay.headline", label=label, silence=f"{r.silence:.0f}", ideal=r.ideal, max=r.mx)
        shade = t(lang, f"nudge.colour.{colour}")
        out.append(
            NudgeCandidate(
                kind="stay_in_touch",
                dedupe_key=f"stay_in_touch:{colour}:{r.id}:{slot.local_date.isoformat()}",
                owner_id=r.owner_id,
                due_at=slot.at,
                text=t(
                    lang,
                    "nudge.stay.text",
                    colour=shade,
                    headline=headline,
                    context=context.context_lines(who, tz=slot.tz, lang=lang),
                ).strip(),
                contact_id=r.id,
                headline=f"{shade}: {headline}",
                rank=float(r.silence),
            )
        )
    return out


RULE = NudgeRule(
    kinds=("stay_in_touch",),
    due=due,
    schedule="daily",
    order=40,
    text_keys=("nudge.stay.headline", "nudge.stay.text", "nudge.colour.red", "nudge.colour.yellow"),
    digest_label="digest.also.stay_in_touch",
)
