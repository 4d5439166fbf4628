"""Logging an interaction from a form (a Slack modal, say): a shortcut opens it, its contact field searches,
and what is submitted is checked and stored.

The adapter passes neutral requests (bot/requests.py) and renders what comes back; the CRM rules live here.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from bot.context import HandlerContext, Services
from bot.inputs import ascii_int
from bot.nlu.intents import Intent
from bot.requests import Choices, FieldSearch, Form, FormField, FormOutcome, FormSubmitted, Shortcut
from bot.router import Router
from bot.texts import t
from bot.types import Acted, Reply
from handlers import cards
from storage import audit, followups, interactions, search
from storage.models import INTERACTION_KINDS, Contact, Staff
from storage.permissions import Forbidden, require, scope_for

FOLLOW_UP_HOUR = time(9, 0)  # a follow-up picked as a date is due that morning, staff time
LOGGED_HOUR = time(12, 0)  # an interaction back-dated to a day is placed at its midday
LOG_FORM = "log_form"  # the form's name; platforms keep it on the open form (Slack's callback_id)
# The shortcuts that open it: on a message ("…" menu) and alone (the lightning-bolt menu); slack_manifest.yaml
# declares them by these callback ids.
MESSAGE_SHORTCUT, GLOBAL_SHORTCUT = "log_to_crm", "log_interaction"
# Field keys. Platforms name the inputs by them and open forms carry them, so they never change.
CONTACT, KIND, DATE, FOLLOW_UP, SUMMARY = "record", "kind", "date", "follow_up", "summary"
_DATES = (DATE, FOLLOW_UP)


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


async def open_form(event: Shortcut, ctx: HandlerContext) -> Form:
    """The empty form, or one started from a message: its text as the summary, its kind guessed from it."""
    lang, texts = ctx.lang, form_texts(ctx.lang)
    return Form(
        name=LOG_FORM,
        title=texts["title"],
        submit=texts["submit"],
        cancel=texts["cancel"],
        fields=(
            FormField(CONTACT, texts["contact"], "search"),
            FormField(KIND, texts["kind"], "choice", kind_choices(lang), initial=default_kind(event.text)),
            FormField(DATE, texts["date"], "date", initial=local_today(ctx.services, ctx.staff).isoformat()),
            FormField(FOLLOW_UP, texts["follow_up"], "date", optional=True),
            FormField(SUMMARY, texts["summary"], "text", initial=event.text or None),
        ),
        metadata={"source": event.source},
    )


async def suggest_contacts(event: FieldSearch, ctx: HandlerContext) -> Choices:
    """(contact id, label) pairs for the contact picker, among the contacts the sender may see."""
    member = ctx.staff
    if member is None or not event.query.strip():
        return Choices()
    with ctx.session() as session:
        owners = scope_for(session=session, staff=member).owner_ids
        found = search.find_contacts(
            session=session, query=event.query, staff_id=member.id, now=ctx.now(), limit=20, owner_ids=owners
        )
    return Choices(tuple((str(c.contact_id), cards.candidate_label(c)) for c in found))


async def submit(event: FormSubmitted, ctx: HandlerContext) -> FormOutcome:
    """Problems are shown in the form; a good entry is stored and the reply goes to the sender."""
    values, lang = event.values, ctx.lang
    # A value the platform could not read, or of the wrong type for its field, came from a forged submission.
    forged = set(event.unreadable) | {
        key for key, value in values.items() if value is not None and isinstance(value, date) != (key in _DATES)
    }
    if forged:
        return FormOutcome(errors={key: t(lang, "input.bad_value") for key in sorted(forged)})
    source = event.metadata.get("source")
    entry = FormEntry(
        contact_id=ascii_int(str(values.get(CONTACT) or ""), low=1),
        kind=str(values.get(KIND) or ""),
        day=_day(values.get(DATE)),
        summary=str(values.get(SUMMARY) or ""),
        follow_up=_day(values.get(FOLLOW_UP)),
        source_platform=ctx.user.platform,
        # The message it came from, or this very form: a double submit logs once.
        source_id=source if isinstance(source, str) else f"view:{event.submission_id or ''}",
    )
    wrong = problems(entry, lang=lang, today=local_today(ctx.services, ctx.staff))
    if wrong:
        return FormOutcome(errors=wrong)
    return FormOutcome(reply=log_entry(ctx, entry))


def _day(value: object) -> date | None:
    return value if isinstance(value, date) else None


def problems(entry: FormEntry, *, lang: str, today: date) -> dict[str, str]:
    """Field key -> what is wrong with it (empty when the form can be saved)."""
    found: dict[str, str] = {}
    if entry.contact_id is None:
        found[CONTACT] = t(lang, "form.need_contact")
    if entry.kind not in INTERACTION_KINDS:
        found[KIND] = t(lang, "form.bad_kind")
    if entry.day is not None and entry.day > today:
        found[DATE] = t(lang, "form.future_date")
    if entry.follow_up is not None and entry.follow_up <= today:
        found[FOLLOW_UP] = t(lang, "form.past_follow_up")
    return found


def local_today(services: Services, member: Staff | None) -> date:
    tz = ZoneInfo(member.tz if member else services.settings.default_timezone)
    return services.clock.now().astimezone(tz).date()


def _occurred(day: date | None, *, now: datetime, tz: ZoneInfo) -> datetime:
    if day is None or day >= now.astimezone(tz).date():
        return now
    return datetime.combine(day, LOGGED_HOUR, tzinfo=tz)


def log_entry(ctx: HandlerContext, entry: FormEntry) -> Reply:
    """Store the interaction (and follow-up) the form describes; the reply says what was saved."""
    member, services, lang = ctx.staff, ctx.services, ctx.lang
    if member is None or member.id is None:
        return Reply(t(lang, "refuse.unknown_user"), intent=Intent.UNKNOWN)
    tz = ZoneInfo(member.tz)
    now = services.clock.now()
    wrong = problems(entry, lang=lang, today=now.astimezone(tz).date())
    if wrong:
        return Reply(t(lang, "error.bad_input", problem=" ".join(wrong.values())), intent=Intent.LOG_INTERACTION)
    occurred = _occurred(entry.day, now=now, tz=tz)
    with services.session() as session:
        contact = session.get(Contact, entry.contact_id)
        scope = scope_for(session=session, staff=member)
        # A contact the member may not see answers as one that does not exist (the id came from the form).
        if contact is None or contact.id is None or not scope.sees(contact.owner_id):
            return Reply(t(lang, "contact.not_found", query=str(entry.contact_id)), intent=Intent.LOG_INTERACTION)
        try:
            require(scope, "update", contact.owner_id, what=contact.full_name)
        except Forbidden as exc:
            return Reply(str(exc), intent=Intent.LOG_INTERACTION)
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
        acted = Acted(contact=contact.full_name, kind=logged.kind)
        if not created:
            text = t(lang, "logged.again", kind=kind, name=contact.full_name, when=when)
            return Reply(text, intent=Intent.LOG_INTERACTION, acted=acted)
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
            acted = replace(acted, follow_up=due)
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
    return Reply(text, intent=Intent.LOG_INTERACTION, acted=acted)


def _short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def register(router: Router) -> None:
    router.request(Shortcut, MESSAGE_SHORTCUT, GLOBAL_SHORTCUT)(open_form)
    router.request(FieldSearch, CONTACT)(suggest_contacts)
    router.request(FormSubmitted, LOG_FORM)(submit)
