"""What customers value, said in chat ("Maria Silva needs SSO before signing", "Acme values delivery time over price",
"promised João a discount on renewal") and found again ("who needs SSO?", "what does Maria need?", "notes
mentioning invoice delays", "what did we promise Acme?")."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

from sqlmodel import Session

from bot.context import HandlerContext
from bot.nlu.intents import Intent
from bot.router import Router
from bot.types import Acted, IncomingMessage, Reply
from handlers import access, cards
from handlers.network_refs import NeedsAnswer, contact_of, find
from storage import facts, network
from storage import staff as staff_repo
from storage.models import CustomerFact, Organization, Staff

# A promise said without a date is due in a week: the nudge then asks whether it was kept.
PROMISE_DAYS = 7


async def record_need(msg: IncomingMessage, ctx: HandlerContext) -> Reply:
    u = ctx.understanding
    frame: dict[str, Any] = u.network if u else {}
    kind = str(frame.get("fact") or "need")
    now = ctx.now()
    with ctx.session() as session:
        try:
            subject = find(session, ctx, frame.get("a"))
        except NeedsAnswer as question:
            return Reply(str(question))
        contact = contact_of(session, subject)
        if contact is not None:
            access.check(session, ctx, "update", contact.owner_id, what=contact.full_name)
            owner_id = contact.owner_id
        else:
            org = session.get(Organization, subject.node[1])
            access.check(session, ctx, "update", org.owner_id if org else None, what=subject.name)
            owner_id = org.owner_id if org else ctx.staff_id
        due = None
        if kind == "promise":
            due = datetime.fromisoformat(frame["due"]) if frame.get("due") else now + timedelta(days=PROMISE_DAYS)
        fact = facts.record(
            session=session, kind=kind, text_=u.text if u else msg.text, lang=u.lang if u else ctx.lang,
            author_id=ctx.staff_id, owner_id=owner_id, now=now, due_at=due,
            contact_id=subject.node[1] if subject.node[0] == "c" else None,
            organization_id=subject.node[1] if subject.node[0] == "o" else None,
        )  # fmt: skip
        ctx.audit(
            session, at=now, action="create", entity="customer_fact", entity_id=fact.id,
            detail={"name": subject.name, "kind": kind}, undo=[["delete", "customer_fact", fact.id]],
        )  # fmt: skip
        if due is not None:
            when = cards.when(due, now=now, tz=ctx.tz, lang=ctx.lang, with_time=False)
            text = ctx.t("facts.promise_saved", name=subject.name, due=when, text=fact.text)
        else:
            text = ctx.t("facts.saved", name=subject.name, kind=ctx.t(f"facts.kind.{kind}"), text=fact.text)
    product = u.product if u else None  # what is needed, as written ("SSO", "integração com o Slack")
    if subject.node[0] == "c":
        return Reply(text, acted=Acted(contact=subject.name, product=product))
    return Reply(text, acted=Acted(company=subject.name, product=product))


async def find_facts(msg: IncomingMessage, ctx: HandlerContext) -> Reply:
    u = ctx.understanding
    frame: dict[str, Any] = u.network if u else {}
    kind = frame.get("kind")
    with ctx.session() as session:
        owners = access.owner_ids(session, ctx)
        try:
            if kind == "topic":
                return _topic(session, ctx, str(frame.get("topic") or ""), owners)
            if kind == "promise" and not frame.get("b"):
                found = facts.open_promises(session=session, owner_ids=owners)
                header, none = ctx.t("facts.promises_all"), ctx.t("facts.promises_none_all")
                subject = None
            else:
                who = find(session, ctx, frame.get("b"))
                subject = who.name
                ids, org_id = _scope(session, who)
                kinds = ("promise",) if kind == "promise" else ("need", "pain", "preference", "objection")
                found = facts.about(
                    session=session, contact_ids=ids, organization_id=org_id, kinds=kinds,
                    only_open=kind == "promise", owner_ids=owners,
                )  # fmt: skip
                key = "promises" if kind == "promise" else "about"
                header, none = ctx.t(f"facts.{key}_header", name=who.name), ctx.t(f"facts.{key}_none", name=who.name)
        except NeedsAnswer as question:
            return Reply(str(question), acted=Acted(question="facts"))
        acted = Acted(question="promises" if kind == "promise" else "facts")
        if subject:
            acted = replace(acted, subject=subject)
        if not found:
            return Reply(none, acted=acted)
        return Reply("\n".join([header, *lines(session, ctx, found)]), acted=acted)


def _topic(session: Session, ctx: HandlerContext, topic: str, owners: Any) -> Reply:
    """Noted facts first, then logged notes and interactions that mention the topic."""
    found = facts.search(session=session, query=topic, owner_ids=owners)
    logged = facts.search_interactions(session=session, query=topic, owner_ids=owners)
    if not found and not logged:
        return Reply(ctx.t("facts.search_none", topic=topic), acted=Acted(question="facts"))
    out = [ctx.t("facts.search_header", topic=topic, count=len(found) + len(logged)), *lines(session, ctx, found)]
    names = network.names(session=session, nodes={("c", i.contact_id) for i in logged})
    now = ctx.now()
    out.extend(
        f"{cards.interaction_line(i, now=now, tz=ctx.tz, lang=ctx.lang)} ({names.get(('c', i.contact_id), '?')})"
        for i in logged
    )
    return Reply("\n".join(out), acted=Acted(question="facts"))


def _scope(session: Session, who: Any) -> tuple[list[int], int | None]:
    """A person's facts, or an organization's and its people's."""
    if who.node[0] == "c":
        return [who.node[1]], None
    people = network.employees(session=session, organization_id=who.node[1])
    return [c.id for c in people if c.id is not None], who.node[1]


def lines(session: Session, ctx: HandlerContext, found: list[CustomerFact]) -> list[str]:
    """ "• Maria Silva (Acme) — need: needs SSO before signing (today, Ana Costa)"; a promise shows when it is due."""
    subjects = facts.subjects(session=session, found=found)
    authors = {s.id: s.display_name for s in _staff(session, {f.author_id for f in found if f.author_id})}
    now, out = ctx.now(), []
    for f in found:
        when = cards.when(f.created_at, now=now, tz=ctx.tz, lang=ctx.lang, with_time=False)
        who = ", ".join(x for x in (when, authors.get(f.author_id)) if x)
        due = ""
        if f.kind == "promise" and f.due_at is not None and f.status == "open":
            day = cards.when(f.due_at, now=now, tz=ctx.tz, lang=ctx.lang, with_time=False)
            due = " · " + ctx.t("facts.overdue" if f.due_at < now else "facts.due", when=day)
        out.append(f"• {subjects.get(f.id or 0, '?')} — {ctx.t(f'facts.kind.{f.kind}')}: {f.text} ({who}){due}")
    return out


def _staff(session: Session, ids: set[int]) -> list[Staff]:
    return staff_repo.by_ids(session=session, ids=ids)


def register(router: Router) -> None:
    """This capability's routes (handlers/__init__.py lists the modules)."""
    router.intent(Intent.RECORD_NEED)(record_need)
    router.intent(Intent.FIND_FACTS)(find_facts)
