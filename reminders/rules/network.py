"""Nudges from the network and from promises, with the daily set (each owner's digest time, in their zone):

- ``promise_due``: a promise we made (customer_fact kind "promise", still open) is due by the end of the owner's day;
- ``champion_moved``: someone who championed us at one account started at another in the last CHAMPION_DAYS days
  ("Ana moved to Globex: a new door");
- ``thank_introducer``: a deal won in the last THANK_DAYS days with an account someone introduced or referred.

Each is one set-wise query over the due owners' rows (never a loop over contacts). The dedupe key names the fact,
link or deal, so a promise, a move or a won deal is nudged once; quiet hours, delivery and Done / Snooze are the
dispatcher's, as for every nudge. Texts are in the owner's language (bot/texts).
"""

from __future__ import annotations

from datetime import UTC, datetime, time, timedelta

from sqlalchemy.orm import aliased
from sqlmodel import Session, col, or_, select

from bot.texts import t
from config.settings import Settings
from reminders.candidates import NudgeCandidate
from reminders.rules import NudgeRule
from reminders.slots import Slot, digest_time, due_slots, slot_table
from storage import network
from storage.models import Contact, CustomerFact, Deal, Relationship, Staff
from storage.types import UTCDateTime

KINDS = ("promise_due", "champion_moved", "thank_introducer")
TEXT_KEYS = {kind: f"nudge.{kind}" for kind in KINDS}
CHAMPION_DAYS = 14
THANK_DAYS = 7


def due(*, session: Session, at: datetime, settings: Settings, owners: set[int] | None = None) -> list[NudgeCandidate]:
    window = timedelta(hours=settings.catch_up_hours)
    slots = due_slots(session=session, at=at, window=window, local_time=digest_time(settings), owners=owners)
    if not slots:
        return []
    owners_langs = select(Staff.id, Staff.language).where(col(Staff.id).in_([s.owner_id for s in slots]))
    langs: dict[int | None, str] = {i: lang for i, lang in session.exec(owners_langs).all()}
    by_owner = {s.owner_id: s for s in slots}
    found = _promises(session, slots, by_owner, langs)
    found += _champions(session, at, slots, by_owner, langs)
    found += _introducers(session, at, slots, by_owner, langs)
    return found


def _end_of_day(slot: Slot) -> datetime:
    return datetime.combine(slot.local_date + timedelta(days=1), time(0), slot.tz).astimezone(UTC)


def _promises(
    session: Session, slots: list[Slot], by_owner: dict[int, Slot], langs: dict[int | None, str]
) -> list[NudgeCandidate]:
    table = slot_table(slots, ("day_end", UTCDateTime(), _end_of_day))
    rows = session.execute(  # type: ignore[call-overload]
        select(CustomerFact.id, CustomerFact.owner_id, CustomerFact.contact_id, CustomerFact.organization_id,
               CustomerFact.text, CustomerFact.due_at)
        .join(table, table.c.owner_id == col(CustomerFact.owner_id))
        .where(CustomerFact.kind == "promise", CustomerFact.status == "open", col(CustomerFact.due_at) < table.c.day_end)
        .order_by(col(CustomerFact.due_at))
    ).all()  # fmt: skip
    nodes = {("c", r.contact_id) if r.contact_id else ("o", r.organization_id) for r in rows}
    named = network.names(session=session, nodes=nodes)  # type: ignore[arg-type]
    out = []
    for r in rows:
        slot, lang = by_owner[r.owner_id], langs.get(r.owner_id) or "en"
        name = named.get(("c", r.contact_id) if r.contact_id else ("o", r.organization_id), "?")
        when = r.due_at.astimezone(slot.tz).strftime("%Y-%m-%d")
        text = t(lang, "nudge.promise_due", text=r.text, name=name, when=when)
        out.append(_candidate("promise_due", f"promise_due:{r.id}", slot, text, r.contact_id, rank=1.0))
    return out


def _champions(
    session: Session, at: datetime, slots: list[Slot], by_owner: dict[int, Slot], langs: dict[int | None, str]
) -> list[NudgeCandidate]:
    """A new employee link for a person who champions (or championed) us at another organization."""
    table = slot_table(slots)
    champion = aliased(Relationship)
    started = aliased(Relationship)
    rows = session.execute(  # type: ignore[call-overload]
        select(started.id, started.b_id, champion.b_id.label("old_id"), Contact.id.label("contact_id"),  # type: ignore[attr-defined]
               Contact.full_name, Contact.owner_id)
        .join(Contact, (started.a_type == "c") & (col(Contact.id) == started.a_id))
        .join(table, table.c.owner_id == col(Contact.owner_id))
        .join(champion, (champion.a_type == "c") & (champion.a_id == started.a_id))
        .where(
            started.kind == "employee", started.b_type == "o", col(started.created_at) >= at - timedelta(days=CHAMPION_DAYS),
            champion.kind == "champion", champion.b_type == "o", champion.b_id != started.b_id,
        )
        .order_by(started.id)
    ).all()  # fmt: skip
    named = network.names(session=session, nodes={("o", r.b_id) for r in rows} | {("o", r.old_id) for r in rows})
    out = []
    for r in rows:
        slot, lang = by_owner[r.owner_id], langs.get(r.owner_id) or "en"
        text = t(lang, "nudge.champion_moved", name=r.full_name, org=named.get(("o", r.b_id), "?"),
                 old=named.get(("o", r.old_id), "?"))  # fmt: skip
        out.append(_candidate("champion_moved", f"champion_moved:{r.id}:{r.old_id}", slot, text, r.contact_id, 2.0))
    return out


def _introducers(
    session: Session, at: datetime, slots: list[Slot], by_owner: dict[int, Slot], langs: dict[int | None, str]
) -> list[NudgeCandidate]:
    """Deals won lately with an account (its organization or its contact) that someone introduced or referred."""
    table = slot_table(slots)
    rows = session.execute(  # type: ignore[call-overload]
        select(Deal.id, Deal.title, Deal.owner_id, Deal.contact_id, Relationship.a_type, Relationship.a_id,
               Relationship.b_type, Relationship.b_id)
        .join(table, table.c.owner_id == col(Deal.owner_id))
        .join(
            Relationship,
            or_(
                (col(Relationship.b_type) == "o") & (col(Relationship.b_id) == col(Deal.organization_id)),
                (col(Relationship.b_type) == "c") & (col(Relationship.b_id) == col(Deal.contact_id)),
            ),
        )
        .where(
            Deal.stage == "won", col(Deal.closed_at) >= at - timedelta(days=THANK_DAYS),
            col(Relationship.kind).in_(("introduced", "referred")),
        )
        .order_by(col(Deal.id))
    ).all()  # fmt: skip
    named = network.names(
        session=session, nodes={(r.a_type, r.a_id) for r in rows} | {(r.b_type, r.b_id) for r in rows}
    )
    out = []
    for r in rows:
        slot, lang = by_owner[r.owner_id], langs.get(r.owner_id) or "en"
        text = t(lang, "nudge.thank_introducer", who=named.get((r.a_type, r.a_id), "?"),
                 account=named.get((r.b_type, r.b_id), "?"), deal=r.title)  # fmt: skip
        key = f"thank_introducer:{r.id}:{r.a_type}{r.a_id}"
        out.append(_candidate("thank_introducer", key, slot, text, r.a_id if r.a_type == "c" else r.contact_id, 1.5))
    return out


def _candidate(kind: str, key: str, slot: Slot, text: str, contact_id: int | None, rank: float) -> NudgeCandidate:
    return NudgeCandidate(
        kind=kind, dedupe_key=key, owner_id=slot.owner_id, due_at=slot.at, text=text, contact_id=contact_id,
        headline=text, rank=rank,
    )  # fmt: skip


RULE = NudgeRule(
    kinds=KINDS,
    due=due,
    schedule="daily",
    order=60,
    text_keys=tuple(TEXT_KEYS.values()),
)
