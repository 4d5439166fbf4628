"""Create a deal ("new deal with Initech, 20k USD, stage proposal, close end of May") and an organization ("add
company Zeta Corp, zeta.example, enterprise, Berlin") from chat, and set an organization's contract renewal date
("Acme renews on 1 March", an update_contact whose field is renews_on). All are audited and undoable, and the
pipeline, the brief and the company card read them at once (they read the deal and organization tables)."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlmodel import Session

from bot.context import HandlerContext
from bot.nlu.intents import Intent
from bot.nlu.understanding import Understanding
from bot.router import Router
from bot.texts import formats
from bot.types import Acted, IncomingMessage, Reply
from handlers import access, cards
from handlers.checks import refuse_invalid
from handlers.insight_format import day
from handlers.resolve import ask_which
from storage import contacts, search
from storage.errors import UserError
from storage.models import Contact, Deal, Organization, Staff
from storage.normalize import search_key

MAX_AMOUNT = 10**12


def minor(amount: Decimal) -> int:
    if amount >= MAX_AMOUNT:
        raise UserError("error.amount_too_large")
    return int((amount * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _account(
    session: Session, ctx: HandlerContext, name: str
) -> tuple[Organization | None, Contact | None, Reply | None]:
    """The organization or person a new deal is with: a stored organization first, then a contact; else nothing."""
    u = ctx.understanding
    assert u is not None
    if u.contact_id is not None:
        chosen = session.get(Contact, u.contact_id)
        if chosen is not None:
            access.check(session, ctx, "view", chosen.owner_id, what=chosen.full_name)
            org = session.get(Organization, chosen.organization_id) if chosen.organization_id else None
            return org, chosen, None
    orgs = access.visible_orgs(session, ctx, search.find_organizations(session=session, query=name, min_score=88))
    if orgs:
        return session.get(Organization, orgs[0].organization_id), None, None
    owners = access.owner_ids(session, ctx)
    people = search.find_contacts(session=session, query=name, staff_id=ctx.staff_id, now=ctx.now(), owner_ids=owners)
    strong = [p for p in people if p.score >= 90]
    if len(strong) == 1:
        person = session.get(Contact, strong[0].contact_id)
        assert person is not None
        org = session.get(Organization, person.organization_id) if person.organization_id else None
        return org, person, None
    if len(strong) > 1:
        u.contact_ref = name
        return None, None, ask_which(session, ctx, u, name, strong[:5])
    return None, None, None


def _new_deal(
    ctx: HandlerContext, u: Understanding, account: str, org: Organization | None, person: Contact | None
) -> Deal:
    """The deal the message describes, on the organization or the person (qualification unless a stage is said)."""
    now, stage = ctx.now(), u.stage or "qualification"
    return Deal(
        # "Milano Design Premium": the account and the product, as the demo's and most teams' deals are named.
        title=(u.deal or (f"{account} {u.product}" if u.product else ctx.t("deal.default_title", name=account)))[:200],
        contact_id=person.id if person else None,
        organization_id=org.id if org else None,
        owner_id=ctx.staff_id,
        stage=stage,
        value_minor=minor(u.amount) if u.amount is not None else 0,
        currency=(u.currency or ctx.settings.currency).upper(),
        expected_close=u.close_on,
        stage_changed_at=now,
        created_at=now,
        closed_at=now if stage in ("won", "lost") else None,
    )


async def create_deal(msg: IncomingMessage, ctx: HandlerContext) -> Reply:
    refuse_invalid(ctx)
    u = ctx.understanding
    name = (u.company or u.contact_ref or "").strip() if u else ""
    if u is None or not name:
        raise UserError("deal.need_account")
    now = ctx.now()
    with ctx.session() as session:
        org, person, question = _account(session, ctx, name)
        if question is not None:
            return question
        undo: list[list[Any]] = []
        created_org = False
        if org is None and person is None:
            org, created_org = contacts.get_or_create_organization(
                session=session, name=name, owner_id=ctx.staff_id, now=now
            )
            if created_org:
                undo.append(["delete", "organization", org.id])
        account = org.name if org else (person.full_name if person else name)
        deal = _new_deal(ctx, u, account, org, person)
        stage, currency = deal.stage, deal.currency
        session.add(deal)
        session.flush()
        undo.append(["delete", "deal", deal.id])
        ctx.audit(
            session, at=now, action="create", entity="deal", entity_id=deal.id, detail={"name": deal.title}, undo=undo
        )
        parts = [ctx.stage(stage)]
        if u.amount is not None:
            parts.append(cards.money(deal.value_minor, currency, lang=ctx.lang))
        if deal.expected_close:
            parts.append(ctx.t("deal.closes", date=day(deal.expected_close, ctx.tz, lang=ctx.lang)))
        text = ctx.t("deal.created", title=deal.title, details=" · ".join(parts))
        if created_org:
            text += " " + ctx.t("org.created_too", name=account)
        acted = Acted(
            echo=True, company=account, deal=deal.title, stage=stage, contact=person.full_name if person else None
        )
    return Reply(text, acted=acted)


async def add_organization(msg: IncomingMessage, ctx: HandlerContext) -> Reply:
    u = ctx.understanding
    if u is None or not u.company:
        raise UserError("org.need_name")
    now = ctx.now()
    with ctx.session() as session:
        found = search.find_organizations(session=session, query=u.company, min_score=95)
        same = [o for o in found if search_key(o.name) == search_key(u.company)]
        if same:
            return Reply(ctx.t("org.exists", name=same[0].name), acted=Acted(company=same[0].name))
        org, _ = contacts.get_or_create_organization(session=session, name=u.company, owner_id=ctx.staff_id, now=now)
        org.domain, org.city, org.segment = u.domain, u.city, u.segment
        session.add(org)
        session.flush()
        ctx.audit(
            session, at=now, action="create", entity="organization", entity_id=org.id, detail={"name": org.name},
            undo=[["delete", "organization", org.id]],
        )  # fmt: skip
        details = [d for d in (org.domain, org.segment, org.city) if d]
        text = ctx.t("org.added", name=org.name, details=(" · " + " · ".join(details)) if details else "")
    return Reply(text, acted=Acted(echo=True, company=org.name))


def set_renewal(ctx: HandlerContext) -> Reply:
    """The organization named exactly (legal form aside) renews on the date said; its owner is nudged before
    (reminders/rules/renewal.py). An organization nobody owns becomes the sender's, so someone is reminded."""
    u = ctx.understanding
    assert u is not None
    name = u.company or u.contact_ref or ""
    if u.renews_on is None:
        raise UserError("renewal.need_date", name=name)
    if u.renews_on < ctx.now().astimezone(ctx.tz).date():
        raise UserError("renewal.past", day=formats.day(u.renews_on, ctx.lang), name=name)
    with ctx.session() as session:
        found = search.find_organizations(session=session, query=name, min_score=95)
        org = next(
            (session.get(Organization, o.organization_id) for o in found if search.same_company(name, o.name)), None
        )
        if org is None:
            return Reply(ctx.t("renewal.unknown_org", name=name), acted=Acted(echo=True))
        access.check(session, ctx, "update", org.owner_id, what=org.name)
        before = {"renews_on": org.renews_on.isoformat() if org.renews_on else None, "owner_id": org.owner_id,
                  "updated_at": org.updated_at.isoformat()}  # fmt: skip
        org.renews_on, org.updated_at = u.renews_on, ctx.now()
        org.owner_id = org.owner_id or ctx.staff_id
        session.add(org)
        ctx.audit(
            session, at=ctx.now(), action="update", entity="organization", entity_id=org.id,
            detail={"renews_on": u.renews_on.isoformat()}, undo=[["restore", "organization", org.id, before]],
        )  # fmt: skip
        owner = session.get(Staff, org.owner_id)
        text = ctx.t(
            "renewal.set", org=org.name, day=formats.day(u.renews_on, ctx.lang),
            owner=owner.display_name if owner else "", days=ctx.settings.renewal_notice_days,
        )  # fmt: skip
    return Reply(text, acted=Acted(echo=True, company=org.name))


def company_lines(session: Session, ctx: HandlerContext, organization_id: int) -> list[str]:
    """The company card's own lines: domain, segment, city, and its open deals the reader may see."""
    from storage import sales

    org = session.get(Organization, organization_id)
    if org is None:
        return []
    lines = [" · ".join(d for d in (org.domain, org.segment, org.city) if d)]
    owners = access.owner_ids(session, ctx)
    deals = sales.open_deals_of(session=session, contact_id=None, organization_id=org.id, owner_ids=owners)
    if deals:
        lines.append(ctx.t("card.deals"))
        for d in deals:
            close = (
                f", {ctx.t('deal.closes', date=day(d.expected_close, ctx.tz, lang=ctx.lang))}"
                if d.expected_close
                else ""
            )
            lines.append(
                f"• {d.title} — {ctx.stage(d.stage)}, {cards.money(d.value_minor, d.currency, ctx.lang)}{close}"
            )
    return [line for line in lines if line]


def register(router: Router) -> None:
    """This capability's routes (handlers/__init__.py lists the modules)."""
    router.intent(Intent.CREATE_DEAL)(create_deal)
    router.intent(Intent.ADD_ORGANIZATION)(add_organization)
