"""Record a purchase ("Ana bought 3 Premium for €1,200 today") and move a deal ("move the Acme deal to negotiation")."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from sqlmodel import Session

from bot.context import HandlerContext
from bot.nlu.intents import Intent
from bot.router import Router
from bot.types import Acted, IncomingMessage, Reply
from handlers import access, cards
from handlers.checks import refuse_invalid
from handlers.date_question import ask_date
from handlers.deals import minor
from handlers.insight_format import day
from handlers.resolve import resolve
from storage import audit, sales
from storage.models import DEAL_STAGES, Contact, Deal

# Beyond these a figure is a typo (or would overflow a 64-bit column), not a sale.
MAX_QUANTITY = 1_000_000
MAX_AMOUNT = 10**12


async def record_purchase(msg: IncomingMessage, ctx: HandlerContext) -> Reply:
    refuse_invalid(ctx)
    u = ctx.understanding
    if u is None or not u.product:
        raise ValueError(ctx.t("purchase.need_product"))
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
            raise ValueError(ctx.t("purchase.need_person", org=org))
        access.check(session, ctx, "update", contact.owner_id, what=contact.full_name)
        currency = (u.currency or ctx.settings.currency).upper()
        product, new_product = sales.get_or_create_product(session=session, name=u.product, currency=currency)
        quantity = u.quantity or 1  # stated quantities under one were refused above
        if quantity > MAX_QUANTITY or (u.amount is not None and u.amount >= MAX_AMOUNT):
            raise ValueError(ctx.t("purchase.too_big", quantity=f"{MAX_QUANTITY:,}", amount=f"{MAX_AMOUNT:,}"))
        if u.amount is not None:
            amount_minor = int((u.amount * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
        elif product.unit_price_minor is not None and (u.currency is None or u.currency == product.currency):
            currency = product.currency
            amount_minor = product.unit_price_minor * quantity
        else:
            raise ValueError(ctx.t("purchase.need_amount", product=product.name))
        before = audit.snapshot(contact, ["stage", "last_touch_at", "updated_at"])
        purchase, created = sales.record_purchase(
            session=session,
            contact_id=contact.id,
            product_id=product.id,
            quantity=quantity,
            amount_minor=amount_minor,
            currency=currency,
            purchased_at=at,
            author_id=ctx.staff_id,
            now=now,
            source_platform=msg.conversation.platform if msg.message_id else None,
            source_message_id=f"{msg.conversation.chat_id}:{msg.message_id}" if msg.message_id else None,
        )
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
        if contact.stage in ("prospect", "lead"):
            # Buying is what makes a customer; the lifecycle figures count on it.
            contact.stage, contact.updated_at = "customer", now
            session.add(contact)
            text += " " + ctx.t("purchase.stage_up", name=contact.full_name)
        undo: list[list[Any]] = [["delete", "product", product.id]] if new_product else []
        undo += [["delete", "purchase", purchase.id], ["restore", "contact", contact.id, before]]
        ctx.audit(
            session,
            at=now,
            action="create",
            entity="purchase",
            entity_id=purchase.id,
            detail={"name": contact.full_name, "product": product.name, "amount_minor": amount_minor},
            undo=undo,
        )
    return Reply(text, acted=acted)


async def update_deal(msg: IncomingMessage, ctx: HandlerContext) -> Reply:
    refuse_invalid(ctx)
    u = ctx.understanding
    changes_value = u is not None and (u.amount is not None or u.close_on is not None)
    if u is None or (u.stage not in DEAL_STAGES and not changes_value):
        raise ValueError(ctx.t("deal.need_stage"))
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
        shown: list[str] = []
        fields: dict[str, dict[str, Any]] = {}
        old, since = deal.stage, deal.stage_changed_at
        if stage != deal.stage:
            sales.move_deal(session=session, deal=deal, stage=stage, now=now)
            fields["stage"] = {"old": old, "new": stage}
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
            fields["close_date"] = {"old": before["expected_close"], "new": u.close_on.isoformat()}
            deal.expected_close = u.close_on
        if stage == "lost" and u.reason:
            deal.lost_reason = u.reason
            fields["lost_reason"] = {"new": u.reason}
        if not fields:
            return Reply(ctx.t("deal.same", title=deal.title, stage=ctx.stage(stage)), acted=acted)
        session.add(deal)
        ctx.audit(
            session,
            at=now,
            action="update",
            entity="deal",
            entity_id=deal.id,
            detail={"name": deal.title, "from": old, "to": stage, "fields": fields},
            undo=[["restore", "deal", deal.id, before]],
        )
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
