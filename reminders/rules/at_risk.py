"""At-risk retention: a customer silent for well past its own cadence, ranked by the value at risk.

Cadence = median gap between the contact's touch days (reminders/cadence.py); with 0-1 touch days
there is no cadence and this rule says nothing. Flagged when silence > factor x cadence and > a floor
(settings.at_risk_factor, settings.at_risk_floor_days). Value at risk = purchases in the year up to
the latest one. Churned contacts are left out. At most settings.nudges_per_kind per owner per day,
and one nudge per contact per silence (a touch starts a new one).
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime, timedelta

from sqlalchemy import func
from sqlmodel import Session, col, select

from bot.texts import t
from config.settings import Settings
from reminders import context
from reminders.candidates import NudgeCandidate
from reminders.format import compact_money
from reminders.rules import NudgeRule
from reminders.rules.common import not_nudged_since, not_snoozed
from reminders.slots import digest_time, due_slots, slot_table
from reminders.sqltime import days_since_epoch, epoch_days
from storage.models import Contact, ContactCadence, ContactTag


def due(
    *, session: Session, at: datetime, settings: Settings, owners: set[int] | None = None, limit: int | None = None
) -> list[NudgeCandidate]:
    window = timedelta(hours=settings.catch_up_hours)
    slots = due_slots(session=session, at=at, window=window, local_time=digest_time(settings), owners=owners)
    if not slots:
        return []
    rows = ranked(session=session, at=at, settings=settings, slots=slots, limit=limit or settings.nudges_per_kind)
    by_owner = {s.owner_id: s for s in slots}
    ctx = context.load(session=session, contact_ids=[r.id for r in rows])
    out = []
    for r in rows:
        slot = by_owner[r.owner_id]
        who = ctx.get(r.id)
        label = who.label if who else str(r.id)
        lang = slot.lang
        value = (
            t(lang, "at_risk.value", value=compact_money(r.yearly_value_minor, settings.currency, lang))
            if r.yearly_value_minor
            else t(lang, "nudge.no_value")
        )
        headline = t(
            lang,
            "nudge.at_risk.headline",
            label=label,
            cadence=f"{r.cadence_days:.0f}",
            silence=f"{r.silence:.0f}",
            value=value,
        )
        out.append(
            NudgeCandidate(
                kind="at_risk",
                dedupe_key=f"at_risk:{r.id}:{slot.local_date.isoformat()}",
                owner_id=r.owner_id,
                due_at=slot.at,
                text=t(
                    lang,
                    "nudge.at_risk.text",
                    headline=headline,
                    context=context.context_lines(who, tz=slot.tz, lang=lang),
                ).strip(),
                contact_id=r.id,
                headline=headline,
                rank=float(r.yearly_value_minor),
            )
        )
    return out


# Contacts by value at risk, highest first: the ranking is by value, so the first band (a few thousand
# candidates once the other tests apply) almost always fills every owner's quota and the millions of
# lower-value contacts are never read. Owners still short are served from the next band, then the rest.
BANDS = (20_000, 200_000)
# The first band is bounded above too: given a two-sided range, SQLite's planner reads the value index.
CEILING = 2**62


def ranked(*, session: Session, at: datetime, settings: Settings, slots: list, limit: int) -> list:  # type: ignore[type-arg]
    """Each slot owner's top ``limit`` at-risk contacts, by value, then silence / cadence, then id.

    Read band by band down the value index: a band holds every contact with a value in [lower, upper),
    so all of a band ranks above the next and an owner's quota filled in one band is final.
    """
    wanted = {s.owner_id: limit for s in slots}
    found: list = []  # type: ignore[type-arg]
    upper: int | None = CEILING
    for offset in (*BANDS, None):
        lower = None if offset is None else _value_at(session, offset)
        rows = _ranked_band(
            session=session,
            at=at,
            settings=settings,
            slots=[s for s in slots if wanted.get(s.owner_id)],
            limit=limit,
            lower=lower,
            upper=upper,
        )
        for r in rows:  # ordered by owner, then rank: each owner's first rows fill what it still needs
            if wanted[r.owner_id] > 0:
                found.append(r)
                wanted[r.owner_id] -= 1
        if lower is None or not any(wanted.values()):
            break
        upper = lower
    return sorted(found, key=lambda r: r.owner_id)  # stable: bands stay in rank order per owner


def _value_at(session: Session, offset: int) -> int | None:
    """The value of the contact ``offset`` places down the value index (None: fewer contacts than that)."""
    value = col(ContactCadence.yearly_value_minor)
    return session.exec(select(value).order_by(value.desc()).offset(offset).limit(1)).first()


def _ranked_band(
    *,
    session: Session,
    at: datetime,
    settings: Settings,
    slots: list,  # type: ignore[type-arg]
    limit: int,
    lower: int | None,
    upper: int | None,
) -> list:  # type: ignore[type-arg]
    if not slots:
        return []
    dialect = session.get_bind().dialect.name
    table = slot_table(slots)
    silence = days_since_epoch(at) - epoch_days(Contact.last_touch_at, dialect)
    value = col(ContactCadence.yearly_value_minor)
    band = []
    if lower is not None:
        band.append(value >= lower)
    if upper is not None:
        band.append(value < upper)
    inner = (
        select(
            col(Contact.id).label("id"),
            col(Contact.owner_id).label("owner_id"),
            col(ContactCadence.cadence_days).label("cadence_days"),
            value.label("yearly_value_minor"),
            silence.label("silence"),
            func.row_number()
            .over(
                partition_by=Contact.owner_id,
                order_by=(value.desc(), (silence / ContactCadence.cadence_days).desc(), col(Contact.id)),
            )
            .label("rn"),
        )
        .join(ContactCadence, col(ContactCadence.contact_id) == col(Contact.id))
        # "+ 0" keeps SQLite's planner off the owner index: the value band is the narrow way in.
        .join(table, table.c.owner_id == col(Contact.owner_id) + 0)
        .where(
            *band,
            col(Contact.last_touch_at) < at - timedelta(days=settings.at_risk_floor_days),
            Contact.stage != "churned",
            col(ContactCadence.cadence_days).is_not(None),
            silence > settings.at_risk_factor * col(ContactCadence.cadence_days),
            not_nudged_since("at_risk", Contact.last_touch_at, table.c.slot_at),
            not_snoozed(at),
        )
        .subquery()
    )
    return list(session.execute(select(inner).where(inner.c.rn <= limit).order_by(inner.c.owner_id, inner.c.rn)))  # type: ignore[call-overload]


def silent_customers(
    *,
    session: Session,
    at: datetime,
    settings: Settings,
    owner_id: int | None = None,
    owner_ids: Collection[int] | None = None,
    tags: Collection[str] = (),
    organization_id: int | None = None,
    limit: int = 15,
) -> list:  # type: ignore[type-arg]
    """The chat's "who's at risk?": the same test as the nudge, by value at risk, for everyone or only the
    contacts of ``owner_id`` / ``owner_ids`` (a permission scope's owners); "which vip customers at Acme are at
    risk?" keeps those with every one of ``tags`` and at ``organization_id``."""
    dialect = session.get_bind().dialect.name
    silence = days_since_epoch(at) - epoch_days(Contact.last_touch_at, dialect)
    value = col(ContactCadence.yearly_value_minor)
    statement = (
        select(
            col(Contact.id).label("id"),
            col(ContactCadence.cadence_days).label("cadence_days"),
            value.label("yearly_value_minor"),
            silence.label("silence"),
        )
        .join(ContactCadence, col(ContactCadence.contact_id) == col(Contact.id))
        .where(
            col(Contact.last_touch_at) < at - timedelta(days=settings.at_risk_floor_days),
            Contact.stage != "churned",
            col(ContactCadence.cadence_days).is_not(None),
            silence > settings.at_risk_factor * col(ContactCadence.cadence_days),
        )
        .order_by(value.desc(), (silence / ContactCadence.cadence_days).desc(), col(Contact.id))
        .limit(limit)
    )
    if owner_id is not None:
        statement = statement.where(Contact.owner_id == owner_id)
    if owner_ids is not None:
        statement = statement.where(col(Contact.owner_id).in_(list(owner_ids)))
    for tag in tags:
        statement = statement.where(col(Contact.id).in_(select(ContactTag.contact_id).where(ContactTag.tag == tag)))
    if organization_id is not None:
        statement = statement.where(Contact.organization_id == organization_id)
    return list(session.execute(statement))  # type: ignore[call-overload]


RULE = NudgeRule(
    kinds=("at_risk",),
    due=due,
    schedule="daily",
    order=30,
    text_keys=("nudge.at_risk.headline", "nudge.at_risk.text", "at_risk.value", "nudge.no_value"),
)
