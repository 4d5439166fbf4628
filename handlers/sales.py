"""Record a purchase ("Ana bought 3 Premium for €1,200 today") and move a deal ("move the Acme deal to negotiation")."""

from __future__ import annotations

from datetime import datetime
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlmodel import Session

from bot.context import HandlerContext
from bot.nlu.intents import Intent
from bot.nlu.understanding import Understanding
from bot.router import Router
from bot.texts.formats import number
from bot.types import Acted, IncomingMessage, Reply
from handlers import access, cards
from handlers.checks import refuse_invalid
from handlers.date_question import PENDING as PENDING_DATE
from handlers.date_question import ask_date, untimed
from handlers.deals import minor
from handlers.insight_format import day
from handlers.resolve import resolve
from storage import audit, followups, sales
from storage.errors import UserError
from storage.models import DEAL_STAGES, Contact, Deal, Product, Purchase

# Beyond these a figure is a typo (or would overflow a 64-bit column), not a sale.
MAX_QUANTITY = 1_000_000
MAX_AMOUNT = 10**12


async def record_purchase(msg: IncomingMessage, ctx: HandlerContext) -> Reply:
    refuse_invalid(ctx)
    u = ctx.understanding
    if u is None or not u.product:
        raise UserError("purchase.need_product")
    if u.date_question:
        return ask_date(ctx, u)
    now = ctx.now()
    # A purchase is in the past: "today" typed before the hour it names is still now, never ahead.
    at = min(u.occurred_at or now, now)
    with ctx.session() as session:
        found = resolve(session, ctx, u)
        if found.question is not None:
            return found.question
        contact = found.contact
        if contact is None or contact.id is None:
            org = found.organization.name if found.organization else u.contact_ref
            raise UserError("purchase.need_person", org=org)
        access.check(session, ctx, "update", contact.owner_id, what=contact.full_name)
        # "for 960" to a customer who buys in dollars is 960 dollars, not the company's default currency
        theirs = sales.customer_currency(session=session, contact_id=contact.id) if u.currency is None else None
        currency = (u.currency or theirs or ctx.settings.currency).upper()
        product, new_product = sales.get_or_create_product(session=session, name=u.product, currency=currency)
        quantity = u.quantity or 1  # stated quantities under one were refused above
        amount_minor, currency = _price(u, product, quantity, currency)
        before = audit.snapshot(contact, ["stage", "last_touch_at", "updated_at"])
        purchase, created = _record(session, ctx, msg, contact.id, product, quantity, (amount_minor, currency), at)
        acted = Acted(
            echo=True,
            contact=contact.full_name,
            product=product.name,
            quantity=purchase.quantity,
            amount_minor=purchase.amount_minor,
            currency=purchase.currency,
            date=purchase.purchased_at,
        )
        if not created:
            return Reply(ctx.t("purchase.again", name=contact.full_name, product=product.name), acted=acted)
        text = ctx.t(
            "purchase.recorded",
            name=contact.full_name,
            quantity=quantity,
            product=product.name,
            amount=cards.money(amount_minor, currency, ctx.lang),
            when=cards.when(at, now=now, tz=ctx.tz, lang=ctx.lang, with_time=False),
        )
        text += _promote(session, ctx, contact)
        undo: list[list[Any]] = [["delete", "product", product.id]] if new_product else []
        undo += [["delete", "purchase", purchase.id], ["restore", "contact", contact.id, before]]
        text += _follow_up(session, ctx, u, contact, undo)
        detail = {"name": contact.full_name, "product": product.name, "amount_minor": amount_minor}
        ctx.audit(session, at=now, action="create", entity="purchase", entity_id=purchase.id, detail=detail, undo=undo)
    return Reply(text, acted=acted)


def _follow_up(session: Session, ctx: HandlerContext, u: Understanding, contact: Contact, undo: list[list[Any]]) -> str:
    """ "…, remind me friday to send the invoice": the reminder said with a purchase, in its unit of work, or the
    question for its date (answered, it is this customer's)."""
    if u.follow_up_at is not None and u.follow_up_at > ctx.now():
        follow = followups.schedule(
            session=session, owner_id=ctx.staff_id, contact_id=contact.id, due_at=u.follow_up_at,
            text=u.follow_up_text or u.text, now=ctx.now(),
        )  # fmt: skip
        undo.append(["delete", "follow_up", follow.id])
        due = cards.when(follow.due_at, now=ctx.now(), tz=ctx.tz, lang=ctx.lang) + untimed(ctx, u)
        return " " + ctx.t("followup.logged", when=due)
    if u.follow_up_text:
        ask = Understanding(
            intent=Intent.SCHEDULE_FOLLOWUP, text=u.follow_up_text, lang=u.lang, contact_id=contact.id,
            follow_up_text=u.follow_up_text, date_field="follow_up",
        )  # fmt: skip
        ctx.set_pending(session, PENDING_DATE, {"understanding": ask.to_payload()})
        return " " + ctx.t("followup.need_date")
    return ""


def _promote(session: Session, ctx: HandlerContext, contact: Contact) -> str:
    """Buying is what makes a customer (the lifecycle figures count on it): " <name> is now a customer." or ""."""
    if contact.stage not in ("prospect", "lead"):
        return ""
    contact.stage, contact.updated_at = "customer", ctx.now()
    session.add(contact)
    return " " + ctx.t("purchase.stage_up", name=contact.full_name)


def _price(u: Understanding, product: Product, quantity: int, currency: str) -> tuple[int, str]:
    """(amount in minor units, currency): as stated, else the product's unit price times the quantity."""
    if quantity > MAX_QUANTITY or (u.amount is not None and u.amount >= MAX_AMOUNT):
        raise UserError("purchase.too_big", quantity=number(MAX_QUANTITY), amount=number(MAX_AMOUNT))
    if u.amount is not None:
        return int((u.amount * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP)), currency
    if product.unit_price_minor is not None and (u.currency is None or u.currency == product.currency):
        return product.unit_price_minor * quantity, product.currency
    raise UserError("purchase.need_amount", product=product.name)


def _record(
    session: Session,
    ctx: HandlerContext,
    msg: IncomingMessage,
    contact_id: int,
    product: Product,
    quantity: int,
    price: tuple[int, str],
    at: datetime,
) -> tuple[Purchase, bool]:
    """The purchase, keyed by the chat message it came from (a redelivered message records nothing twice)."""
    return sales.record_purchase(
        session=session,
        contact_id=contact_id,
        product_id=product.id,
        quantity=quantity,
        amount_minor=price[0],
        currency=price[1],
        purchased_at=at,
        author_id=ctx.staff_id,
        now=ctx.now(),
        source_platform=msg.conversation.platform if msg.message_id else None,
        source_message_id=f"{msg.conversation.chat_id}:{msg.message_id}" if msg.message_id else None,
    )


async def update_deal(msg: IncomingMessage, ctx: HandlerContext) -> Reply:
    refuse_invalid(ctx)
    u = ctx.understanding
    changes_value = u is not None and (u.amount is not None or u.close_on is not None)
    if u is None or (u.stage not in DEAL_STAGES and not changes_value):
        raise UserError("deal.need_stage")
    now = ctx.now()
    with ctx.session() as session:
        found = _one_deal(session, ctx)
        if isinstance(found, Reply):
            return found
        deal = found
        access.check(session, ctx, "update", deal.owner_id, what=deal.title)
        stage = u.stage if u.stage in DEAL_STAGES else deal.stage
        acted = Acted(echo=True, deal=deal.title, stage=stage)
        before = audit.snapshot(
            deal, ["stage", "stage_changed_at", "closed_at", "value_minor", "currency", "expected_close", "lost_reason"]
        )
        if before["expected_close"] is not None:
            before["expected_close"] = before["expected_close"].isoformat()
        fields: dict[str, dict[str, Any]] = {}
        old, since = deal.stage, deal.stage_changed_at
        if stage != deal.stage:
            sales.move_deal(session=session, deal=deal, stage=stage, now=now)
            fields["stage"] = {"old": old, "new": stage}
        shown = _change_terms(ctx, u, deal, fields)
        if stage == "lost" and u.reason:
            deal.lost_reason = u.reason
            fields["lost_reason"] = {"new": u.reason}
        if not fields:
            return Reply(ctx.t("deal.same", title=deal.title, stage=ctx.stage(stage)), acted=acted)
        session.add(deal)
        ctx.audit(
            session, at=now, action="update", entity="deal", entity_id=deal.id,
            detail={"name": deal.title, "from": old, "to": stage, "fields": fields},
            undo=[["restore", "deal", deal.id, before]],
        )  # fmt: skip
        parts: list[str] = []
        if "stage" in fields:
            text = ctx.t("deal.moved", title=deal.title, old=ctx.stage(old), new=ctx.stage(stage))
            if old in ("qualification", "proposal", "negotiation"):
                text += " " + ctx.t("deal.was_since", stage=ctx.stage(old), since=day(since, ctx.tz, ctx.lang))
            parts.append(text)
        if shown:
            parts.append(ctx.t("deal.changed", title=deal.title, changes="; ".join(shown)))
        if "lost_reason" in fields:
            parts.append(ctx.t("deal.lost_reason", reason=u.reason))
    return Reply(" ".join(parts), acted=acted)


def _change_terms(ctx: HandlerContext, u: Understanding, deal: Deal, fields: dict[str, dict[str, Any]]) -> list[str]:
    """Apply a new amount or close date to the deal; "field: old → new" for each, recorded in ``fields``."""
    shown: list[str] = []
    if u.amount is not None:
        value = minor(u.amount)
        currency = (u.currency or deal.currency).upper()
        if (value, currency) != (deal.value_minor, deal.currency):
            shown.append(
                f"{ctx.t('field.amount')}: {cards.money(deal.value_minor, deal.currency, ctx.lang)} → "
                f"{cards.money(value, currency, ctx.lang)}"
            )
            fields["amount"] = {"old": deal.value_minor, "new": value, "currency": currency}
            deal.value_minor, deal.currency = value, currency
    if u.close_on is not None and u.close_on != deal.expected_close:
        old_close = day(deal.expected_close, ctx.tz, ctx.lang) if deal.expected_close else "—"
        shown.append(f"{ctx.t('field.close_date')}: {old_close} → {day(u.close_on, ctx.tz, ctx.lang)}")
        old_iso = deal.expected_close.isoformat() if deal.expected_close else None
        fields["close_date"] = {"old": old_iso, "new": u.close_on.isoformat()}
        deal.expected_close = u.close_on
    return shown


def _one_deal(session: Session, ctx: HandlerContext) -> Deal | Reply:
    """The one open deal the message names, by title, company or contact; else the question or the refusal."""
    u = ctx.understanding
    assert u is not None
    # Only deals the sender may see are found, listed or moved: another team's deal does not exist for them.
    owners = access.owner_ids(session, ctx)
    deals: list[Deal] = []
    if u.contact_id is None and u.organization_id is None and u.contact_ref:
        deals = sales.open_deals_matching(session=session, query=u.contact_ref, owner_ids=owners)
    if not deals:
        found = resolve(session, ctx, u, offer_create=False)
        if found.question is not None:
            return found.question
        contact: Contact | None = found.contact
        org_id = found.organization.id if found.organization else (contact.organization_id if contact else None)
        deals = sales.open_deals_of(
            session=session, contact_id=contact.id if contact else None, organization_id=org_id, owner_ids=owners
        )
    query = u.contact_ref or ""
    if not deals:
        return Reply(ctx.t("deal.none", query=query))
    if len(deals) > 1:
        lines = [
            f"• {d.title} — {ctx.stage(d.stage)}, {cards.money(d.value_minor, d.currency, ctx.lang)}" for d in deals
        ]
        return Reply(ctx.t("deal.several", query=query) + "\n" + "\n".join(lines))
    return deals[0]


def register(router: Router) -> None:
    """This capability's routes (handlers/__init__.py lists the modules)."""
    router.intent(Intent.RECORD_PURCHASE)(record_purchase)
    router.intent(Intent.UPDATE_DEAL)(update_deal)
