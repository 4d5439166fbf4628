"""Contacts by filter: "show me all leads", "vip contacts at Acme", "who haven't we talked to in 60 days?".

A question that names no filter at all lists the contacts not touched in the last 30 days (the classic
retention list); one that names a stage, a tag or a company lists exactly those, with the touch-age filter only
when it names a number of days.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from bot.context import HandlerContext
from bot.nlu.intents import Intent
from bot.nlu.lexicons import by_place
from bot.nlu.understanding import Understanding
from bot.router import Result
from bot.types import Acted, ActionEvent, IncomingMessage, Reply
from handlers import access, cards
from handlers.checks import understood
from storage import contact_lists, contacts
from storage.contact_lists import Filters
from storage.errors import UserError
from storage.models import Contact

STALE_DAYS = 30
LIMIT = 25


async def list_contacts(msg: IncomingMessage, ctx: HandlerContext) -> Reply:
    u = understood(ctx.understanding)
    filtered = bool(u.stage or u.tags or u.company or u.no_purchase)
    days = u.days if u.days is not None else (None if filtered else STALE_DAYS)
    if days is not None and not 1 <= days <= 3650:
        raise UserError("error.at_risk_days")
    with ctx.session() as session:
        org_id = contact_lists.organization_named(session=session, name=u.company) if u.company else None
        if u.company and org_id is None:
            return Reply(ctx.t("contact_list.no_company", company=u.company), acted=Acted(company=u.company))
        cutoff = ctx.now() - timedelta(days=days) if days is not None else None
        filters = Filters(
            stage=u.stage,
            tags=tuple(u.tags),
            organization_id=org_id,
            since=None if u.no_purchase else cutoff,
            no_purchase_since=cutoff if u.no_purchase else None,
        )
        owners = access.scope(session, ctx).owner_ids
        found, total = contact_lists.listed(session=session, filters=filters, owner_ids=owners, limit=LIMIT)
        orgs = contacts.organizations_names(
            session=session, ids={c.organization_id for c in found if c.organization_id}
        )
    acted = Acted(days=days, stage=u.stage, company=u.company, details=(("tags", list(u.tags)),) if u.tags else ())
    lines = [_line(ctx, c, orgs, stale=days is not None, n=n) for n, c in enumerate(found, start=1)]
    if found:
        with ctx.session() as session:
            ctx.set_pending(session, LISTED, {"ids": [c.id for c in found]})  # "2" opens the second line
    if u.no_purchase:
        days = None  # said as "no purchase in 180 days", not "no touch"
    if not filtered:
        if not found:
            return Reply(ctx.t("stale.none", days=days), acted=acted)
        return Reply(ctx.t("stale.header", days=days, count=total) + "\n" + "\n".join(lines), acted=acted)
    described = described_filters(ctx, u.stage, u.tags, u.company, days)
    if u.no_purchase and u.days is not None:
        described = " · ".join(p for p in (described, ctx.t("contact_list.by_no_purchase", days=u.days)) if p)
    if not found:
        return Reply(ctx.t("contact_list.none", filters=described), acted=acted)
    more = [ctx.t("contact_list.more", count=total - len(found))] if total > len(found) else []
    return Reply("\n".join([ctx.t("contact_list.header", filters=described, count=total), *lines, *more]), acted=acted)


# A numbered list of contacts just shown (at risk, leads, not contacted): "2", "o 2", "the second one" opens that line
LISTED = "contacts_listed"


async def open_by_number(msg: IncomingMessage, ctx: HandlerContext, payload: dict[str, Any]) -> Result:
    """A line's number after the list opens that line's contact; anything else is a new message."""
    ids = list(payload.get("ids", []))
    place = by_place(msg.text)
    if place is None or not 1 <= place <= len(ids):
        return None
    from handlers.contact_find import show_contact

    ctx.understanding = Understanding(intent=Intent.FIND_CONTACT, text=msg.text, lang=ctx.lang)
    event = ActionEvent(
        user=msg.user, conversation=msg.conversation, action="crm:contact.show", value=str(ids[place - 1])
    )
    return await show_contact(event, ctx)


def _line(ctx: HandlerContext, c: Contact, orgs: dict[int, str], *, stale: bool, n: int) -> str:
    org = f" ({orgs[c.organization_id]})" if c.organization_id in orgs else ""
    if c.last_touch_at is None:
        touch = ctx.t("card.never")
    else:
        touch = cards.when(c.last_touch_at, now=ctx.now(), tz=ctx.tz, lang=ctx.lang, with_time=False)
    stage = "" if stale else f" · {ctx.t(f'stage.{c.stage}')}" if c.stage else ""
    return f"{n}. {c.full_name}{org}{stage} — {touch}"


def described_filters(
    ctx: HandlerContext, stage: str | None, tags: list[str], company: str | None, days: int | None
) -> str:
    """The filters as the reader's language says them: "stage lead · tag vip · at Acme · no touch in 30 days"."""
    parts = []
    if stage:
        parts.append(ctx.t("contact_list.by_stage", stage=ctx.t(f"stage.{stage}")))
    parts += [ctx.t("contact_list.by_tag", tag=tag) for tag in tags]
    if company:
        parts.append(ctx.t("contact_list.by_company", company=company))
    if days is not None:
        parts.append(ctx.t("contact_list.by_days", days=days))
    return " · ".join(parts)
