"""Record a purchase ("Ana bought 3 Premium for €1,200 today") and move a deal ("move the Acme deal to negotiation")."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from bot.context import HandlerContext
from bot.types import IncomingMessage, Reply
from handlers import access, cards
from handlers.checks import refuse_invalid
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
        entities: dict[str, Any] = u.entities() | {
            "contact": contact.full_name,
            "product": product.name,
            "quantity": purchase.quantity,
            "amount": f"{purchase.amount_minor / 100:.2f}",
            "currency": purchase.currency,
            "date": purchase.purchased_at.astimezone(ctx.tz).isoformat(),
        }
        if not created:
            return Reply(ctx.t("purchase.again", name=contact.full_name, product=product.name), entities=entities)
        text = ctx.t(
            "purchase.recorded",
            name=contact.full_name,
            quantity=quantity,
            product=product.name,
            amount=cards.money(amount_minor, currency),
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
    return Reply(text, entities=entities)


async def update_deal(msg: IncomingMessage, ctx: HandlerContext) -> Reply:
    refuse_invalid(ctx)
    u = ctx.understanding
    if u is None or u.stage not in DEAL_STAGES:
        raise ValueError(ctx.t("deal.need_stage"))
    stage = u.stage
    now = ctx.now()
    with ctx.session() as session:
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
            lines = [f"• {d.title} — {ctx.stage(d.stage)}, {cards.money(d.value_minor, d.currency)}" for d in deals]
            return Reply(ctx.t("deal.several", query=query) + "\n" + "\n".join(lines))
        deal = deals[0]
        access.check(session, ctx, "update", deal.owner_id, what=deal.title)
        entities = u.entities() | {"deal": deal.title, "stage": stage}
        if deal.stage == stage:
            return Reply(ctx.t("deal.same", title=deal.title, stage=ctx.stage(stage)), entities=entities)
        before = audit.snapshot(deal, ["stage", "stage_changed_at", "closed_at"])
        old, since = deal.stage, deal.stage_changed_at
        sales.move_deal(session=session, deal=deal, stage=stage, now=now)
        ctx.audit(
            session,
            at=now,
            action="update",
            entity="deal",
            entity_id=deal.id,
            detail={"name": deal.title, "from": old, "to": stage},
            undo=[["restore", "deal", deal.id, before]],
        )
        text = ctx.t("deal.moved", title=deal.title, old=ctx.stage(old), new=ctx.stage(stage))
        if old in ("qualification", "proposal", "negotiation"):
            text += " " + ctx.t("deal.was_since", stage=ctx.stage(old), since=day(since, ctx.tz))
    return Reply(text, entities=entities)
