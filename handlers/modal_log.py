"""Logging an interaction from a form (a Slack modal, say): pick options, then store what was submitted.

The adapter passes neutral values (ids, dates, text) and renders what comes back; the CRM rules live here.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from bot.context import Services
from bot.texts import t
from bot.types import Reply
from handlers import cards, identity
from storage import audit, followups, interactions, search
from storage.models import INTERACTION_KINDS, Contact, Staff
from storage.permissions import Forbidden, require, scope_for

FOLLOW_UP_HOUR = time(9, 0)  # a follow-up picked as a date is due that morning, staff time
LOGGED_HOUR = time(12, 0)  # an interaction back-dated to a day is placed at its midday


@dataclass(frozen=True)
class FormEntry:
    contact_id: int | None
    kind: str
    day: date | None
    summary: str
    follow_up: date | None = None
    source_platform: str | None = None
    source_id: str | None = None  # the message it came from (or the form's id): logging it twice is a no-op


def form_texts(lang: str) -> dict[str, str]:
    keys = ("title", "submit", "cancel", "contact", "kind", "date", "follow_up", "summary")
    return {key: t(lang, f"form.{key}") for key in keys}


def kind_choices(lang: str) -> tuple[tuple[str, str], ...]:
    return tuple((kind, t(lang, "kind." + kind).capitalize()) for kind in INTERACTION_KINDS)


def default_kind(text: str) -> str:
    """A message someone forwards from chat is most often a message; a word in it may say otherwise."""
    low = text.lower()
    for kind in ("call", "meeting", "visit", "email"):
        if kind in low:
            return kind
    return "message"


def contact_choices(services: Services, *, platform: str, user_id: str, query: str) -> list[tuple[str, str]]:
    """(contact id, label) pairs for a picker; nothing at all for an account that is not linked staff."""
    member = identity.staff_for(services, platform=platform, user_id=user_id)
    if member is None or not query.strip():
        return []
    with services.session() as session:
        owners = scope_for(session=session, staff=member).owner_ids
        found = search.find_contacts(
            session=session, query=query, staff_id=member.id, now=services.clock.now(), limit=20, owner_ids=owners
        )
    return [(str(c.contact_id), cards.candidate_label(c)) for c in found]


def problems(entry: FormEntry, *, lang: str, today: date) -> dict[str, str]:
    """Field -> what is wrong with it (empty when the form can be saved)."""
    found: dict[str, str] = {}
    if entry.contact_id is None:
        found["contact"] = t(lang, "form.need_contact")
    if entry.kind not in INTERACTION_KINDS:
        found["kind"] = t(lang, "form.bad_kind")
    if entry.day is not None and entry.day > today:
        found["date"] = t(lang, "form.future_date")
    if entry.follow_up is not None and entry.follow_up <= today:
        found["follow_up"] = t(lang, "form.past_follow_up")
    return found


def local_today(services: Services, member: Staff | None) -> date:
    tz = ZoneInfo(member.tz if member else services.settings.default_timezone)
    return services.clock.now().astimezone(tz).date()


def _occurred(day: date | None, *, now: datetime, tz: ZoneInfo) -> datetime:
    if day is None or day >= now.astimezone(tz).date():
        return now
    return datetime.combine(day, LOGGED_HOUR, tzinfo=tz)


def log_entry(services: Services, *, platform: str, user_id: str, entry: FormEntry) -> Reply:
    """Store the interaction (and follow-up) the form describes; the reply says what was saved."""
    member = identity.staff_for(services, platform=platform, user_id=user_id)
    lang = member.language if member else services.settings.default_language
    if member is None or member.id is None:
        return Reply(t(lang, "refuse.unknown_user"), intent="unknown")
    tz = ZoneInfo(member.tz)
    now = services.clock.now()
    wrong = problems(entry, lang=lang, today=now.astimezone(tz).date())
    if wrong:
        return Reply(t(lang, "error.bad_input", problem=" ".join(wrong.values())), intent="log_interaction")
    occurred = _occurred(entry.day, now=now, tz=tz)
    with services.session() as session:
        contact = session.get(Contact, entry.contact_id)
        scope = scope_for(session=session, staff=member)
        # A contact the member may not see answers as one that does not exist (the id came from the form).
        if contact is None or contact.id is None or not scope.sees(contact.owner_id):
            return Reply(t(lang, "contact.not_found", query=str(entry.contact_id)), intent="log_interaction")
        try:
            require(scope, "update", contact.owner_id, what=contact.full_name)
        except Forbidden as exc:
            return Reply(str(exc), intent="log_interaction")
        logged, created = interactions.log(
            session=session,
            contact_id=contact.id,
            author_id=member.id,
            kind=entry.kind,
            occurred_at=occurred,
            summary=entry.summary.strip(),
            now=now,
            source_platform=entry.source_platform if entry.source_id else None,
            source_message_id=entry.source_id,
        )
        when = cards.when(logged.occurred_at, now=now, tz=tz, lang=lang)
        kind = t(lang, "kind." + logged.kind)
        entities: dict[str, Any] = {"contact": contact.full_name, "kind": logged.kind}
        if not created:
            text = t(lang, "logged.again", kind=kind, name=contact.full_name, when=when)
            return Reply(text, intent="log_interaction", entities=entities)
        undo: list[list[Any]] = [["delete", "interaction", logged.id]]
        text = t(lang, "logged", kind=kind, name=contact.full_name, org="", when=when)
        if entry.follow_up is not None:
            due = datetime.combine(entry.follow_up, FOLLOW_UP_HOUR, tzinfo=tz)
            follow = followups.schedule(
                session=session,
                owner_id=member.id,
                contact_id=contact.id,
                interaction_id=logged.id,
                due_at=due,
                text=_short(entry.summary) or f"{kind} {contact.full_name}",
                now=now,
            )
            undo.append(["delete", "follow_up", follow.id])
            text += " " + t(lang, "followup.logged", when=cards.when(due, now=now, tz=tz, lang=lang))
            entities["follow_up"] = due.isoformat()
        audit.record(
            session=session,
            at=now,
            staff_id=member.id,
            action="create",
            entity="interaction",
            entity_id=logged.id,
            detail={"contact_id": contact.id, "kind": logged.kind, "via": "form"},
            undo=undo,
        )
    return Reply(text, intent="log_interaction", entities=entities)


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
