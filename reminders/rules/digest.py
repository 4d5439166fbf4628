"""The daily digest: one message per staff member at their digest time, in their time zone.

It groups the day: birthdays, follow-ups due today, overdue follow-ups (older than the single-nudge
catch-up window too), the top at-risk accounts, and how many other suggestions follow. Single nudges
for the daily kinds are not folded into it: they arrive right after it, each with its own buttons
(Done / Snooze / Log / Dismiss work per contact from a phone), capped per kind (settings.nudges_per_kind).
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime, time, timedelta

from sqlalchemy import case, func
from sqlmodel import Session, col, select

from bot.texts import formats, t
from config.settings import Settings
from reminders.candidates import NudgeCandidate
from reminders.format import compact_money
from reminders.rules import NudgeRule, birthday, digest_labels
from reminders.slots import Slot, digest_time, due_slots, slot_table
from storage.models import Contact, FollowUp, Organization
from storage.types import UTCDateTime

MAX_LINES = 5


def due(
    *,
    session: Session,
    at: datetime,
    settings: Settings,
    owners: set[int] | None = None,
    others: list[NudgeCandidate] | None = None,
) -> list[NudgeCandidate]:
    if not settings.digest_enabled:
        return []
    window = timedelta(hours=settings.catch_up_hours)
    slots = due_slots(session=session, at=at, window=window, local_time=digest_time(settings), owners=owners)
    if not slots:
        return []
    by_owner = {s.owner_id: s for s in slots}
    birthdays = _birthdays(session=session, slots=slots)
    due_today, overdue = _follow_ups(session=session, slots=slots, at=at)
    # The kinds announced as "also to follow" are the rules that declare a digest label.
    labels = digest_labels()
    suggestions: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for c in others or []:
        if c.owner_id in by_owner and c.kind in labels:
            suggestions[c.owner_id][c.kind] += 1
    out = []
    for owner_id, slot in by_owner.items():
        mine = suggestions[owner_id]
        lang = slot.lang
        risky = _at_risk(session=session, at=at, settings=settings, owner_id=owner_id)
        sections = [
            ("digest.birthdays", birthdays.get(owner_id, [])),
            ("digest.due_today", due_today.get(owner_id, [])),
            ("digest.overdue", overdue.get(owner_id, [])),
            ("digest.at_risk", risky[: settings.digest_top_at_risk]),
        ]
        also_counts = {k: mine[k] for k in labels}
        if not any(lines for _, lines in sections) and not any(also_counts.values()):
            continue  # nothing to say: no message at all
        counts = t(
            lang,
            "digest.counts",
            birthdays=len(birthdays.get(owner_id, [])),
            due=len(due_today.get(owner_id, [])),
            overdue=len(overdue.get(owner_id, [])),
            at_risk=len(risky),
        )
        weekday = t(lang, "cal.weekdays").split()[slot.local_date.weekday()]
        when = f"{weekday} {formats.day_month(slot.local_date.month, slot.local_date.day, None, lang)}"
        text = [t(lang, "digest.title", day=when, counts=counts)]
        for key, lines in sections:
            if lines:
                more = t(lang, "digest.more", n=len(lines) - MAX_LINES) if len(lines) > MAX_LINES else ""
                text.append(t(lang, key) + more + ":")
                text.extend(f"• {line}" for line in lines[:MAX_LINES] if line)
        also = [t(lang, labels[k], n=n) for k, n in also_counts.items() if n]
        if also:
            text.append(t(lang, "digest.also", what=t(lang, "digest.and").join(also)))
        out.append(
            NudgeCandidate(
                kind="digest",
                dedupe_key=f"digest:{owner_id}:{slot.local_date.isoformat()}",
                owner_id=owner_id,
                due_at=slot.at,
                text="\n".join(text),
                headline=text[0],
            )
        )
    return out


def _at_risk(*, session: Session, at: datetime, settings: Settings, owner_id: int) -> list[str]:
    """The owner's "who's at risk?" answer at this instant (the same rows, the same scope), as digest lines."""
    from reminders import context
    from reminders.rules.at_risk import silent_customers
    from storage.models import Staff
    from storage.permissions import scope_for

    staff = session.get(Staff, owner_id)
    if staff is None:
        return []
    rows = silent_customers(
        session=session, at=at, settings=settings, owner_ids=scope_for(session=session, staff=staff).owner_ids
    )
    who = context.load(session=session, contact_ids=[r.id for r in rows])
    lang = staff.language or "en"
    lines = []
    for r in rows:
        value = (
            t(lang, "at_risk.value", value=compact_money(r.yearly_value_minor, settings.currency, lang))
            if r.yearly_value_minor
            else t(lang, "at_risk.no_value")
        )
        label = who[r.id].label if r.id in who else str(r.id)
        lines.append(
            f"{label}: "
            + t(lang, "at_risk.line", cadence=f"{r.cadence_days:.0f}", silence=f"{r.silence:.0f}", value=value)
        )
    return lines


def _labels(session: Session, ids: list[int]) -> dict[int, str]:
    """'Name (Org)' for a few contacts: the digest lists at most MAX_LINES per section."""
    out: dict[int, str] = {}
    for part in range(0, len(ids), 2000):
        for cid, name, org in session.exec(
            select(Contact.id, Contact.full_name, Organization.name)
            .join(Organization, col(Organization.id) == col(Contact.organization_id), isouter=True)
            .where(col(Contact.id).in_(ids[part : part + 2000]))
        ):
            out[cid] = f"{name} ({org})" if org else name  # type: ignore[index]
    return out


def _birthdays(*, session: Session, slots: list[Slot]) -> dict[int, list[str]]:
    """Each owner's birthdays today: every one counted, the first MAX_LINES named."""
    rows = birthday.celebrating(session=session, slots=slots, target=lambda s: s.local_date)
    by_owner = {s.owner_id: s for s in slots}
    grouped: dict[int, list[tuple[int, int | None]]] = defaultdict(list)
    for cid, owner_id, _m, _d, year in rows:
        grouped[owner_id].append((cid, year))
    labels = _labels(session, [cid for items in grouped.values() for cid, _ in items[:MAX_LINES]])
    out: dict[int, list[str]] = {}
    for owner_id, items in grouped.items():
        year_now = by_owner[owner_id].local_date.year
        lang = by_owner[owner_id].lang
        out[owner_id] = [
            labels.get(cid, str(cid)) + (t(lang, "birthdays.turns", age=year_now - year) if year else "")
            for cid, year in items[:MAX_LINES]
        ] + [""] * max(0, len(items) - MAX_LINES)
    return out


def _follow_ups(
    *, session: Session, slots: list[Slot], at: datetime
) -> tuple[dict[int, list[str]], dict[int, list[str]]]:
    """Open follow-ups due by the end of each owner's day: (due today, overdue) lines per owner.

    Counted and ranked in SQL (window functions per owner and section); only MAX_LINES are fetched.
    """
    table = slot_table(
        slots,
        ("day_start", UTCDateTime(), lambda s: datetime.combine(s.local_date, time(0), s.tz).astimezone(UTC)),
        (
            "day_end",
            UTCDateTime(),
            lambda s: datetime.combine(s.local_date + timedelta(days=1), time(0), s.tz).astimezone(UTC),
        ),
    )
    overdue_case = case((col(FollowUp.due_at) < table.c.day_start, 1), else_=0)
    inner = (
        select(
            col(FollowUp.owner_id).label("owner_id"),
            overdue_case.label("overdue"),
            col(FollowUp.contact_id).label("contact_id"),
            col(FollowUp.text).label("text"),
            col(FollowUp.due_at).label("due_at"),
            func.row_number()
            .over(partition_by=(FollowUp.owner_id, overdue_case), order_by=(col(FollowUp.due_at), col(FollowUp.id)))
            .label("rn"),
            func.count().over(partition_by=(FollowUp.owner_id, overdue_case)).label("n"),
        )
        .join(table, table.c.owner_id == col(FollowUp.owner_id))
        .where(col(FollowUp.status).in_(("open", "snoozed")), col(FollowUp.due_at) < table.c.day_end)
        .subquery()
    )
    rows = list(session.execute(select(inner).where(inner.c.rn <= MAX_LINES).order_by(inner.c.owner_id, inner.c.rn)))
    labels = _labels(session, [r.contact_id for r in rows if r.contact_id])
    by_owner = {s.owner_id: s for s in slots}
    due_today: dict[int, list[str]] = defaultdict(list)
    overdue: dict[int, list[str]] = defaultdict(list)
    for r in rows:
        tz, lang = by_owner[r.owner_id].tz, by_owner[r.owner_id].lang
        label = f"{labels[r.contact_id]}: " if r.contact_id in labels else ""
        if r.overdue:
            local = r.due_at.astimezone(tz)
            since = t(lang, "digest.since", date=formats.day_month(local.month, local.day, None, lang))
            overdue[r.owner_id].append(f"{label}{r.text}{since}")
        else:
            due_today[r.owner_id].append(f"{r.due_at.astimezone(tz).strftime('%H:%M')} {label}{r.text}")
        if r.rn == 1 and r.n > MAX_LINES:  # placeholders keep the count right; only MAX_LINES are shown
            (overdue if r.overdue else due_today)[r.owner_id].extend([""] * (r.n - MAX_LINES))
    return (
        {k: sorted(v, key=lambda line: line == "") for k, v in due_today.items()},
        {k: sorted(v, key=lambda line: line == "") for k, v in overdue.items()},
    )


RULE = NudgeRule(
    kinds=("digest",),
    due=due,
    schedule="daily",
    order=0,
    text_keys=(
        "digest.title",
        "digest.counts",
        "digest.birthdays",
        "digest.due_today",
        "digest.overdue",
        "digest.at_risk",
        "digest.more",
        "digest.also",
        "digest.and",
        "digest.since",
        "at_risk.line",
        "at_risk.value",
        "at_risk.no_value",
        "birthdays.turns",
    ),
    summary=True,
)
