""" "What should I offer Acme?": suggestions from the account's own facts (needs, open promises, what it buys and
never bought), the cross-sell rules, what its segment's customers bought, and the segment's margin, each with why.
The brief leads with the same needs, promises and suggestions (:func:`lead_lines`)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from bot.context import HandlerContext
from bot.nlu.intents import Intent
from bot.router import Router
from bot.texts.formats import number
from bot.types import Acted, IncomingMessage, Reply
from handlers import access, cards
from handlers.facts import lines as fact_lines
from handlers.network_refs import NeedsAnswer, find
from storage import facts, network, sales
from storage.analytics import cross_sell, offer, revenue
from storage.models import Contact, Organization
from storage.normalize import search_key

NEEDS = ("need", "pain", "preference", "objection")
PEER_SHARE = 0.3  # a product at least this share of the segment's customers bought is worth proposing


@dataclass
class Account:
    name: str
    contact_ids: list[int]
    organization: Organization | None


async def value_proposition(msg: IncomingMessage, ctx: HandlerContext) -> Reply:
    u = ctx.understanding
    ref = (u.network.get("b") if u else None) or (u.contact_ref if u else None)
    with ctx.session() as session:
        try:
            account = _account(session, ctx, ref)
        except NeedsAnswer as question:
            return Reply(str(question), acted=Acted(question="offer"))
        text = "\n".join([ctx.t("offer.header", name=account.name), *offer_lines(session, ctx, account, full=True)])
    return Reply(text, acted=Acted(question="offer", subject=account.name))


def _account(session: Session, ctx: HandlerContext, ref: str | None) -> Account:
    found = find(session, ctx, ref)
    owners = access.owner_ids(session, ctx)
    if found.node[0] == "o":
        org = session.get(Organization, found.node[1])
        people = network.employees(session=session, organization_id=found.node[1], owner_ids=owners)
        return Account(found.name, [c.id for c in people if c.id is not None], org)
    person = session.get(Contact, found.node[1])
    assert person is not None and person.id is not None
    org = session.get(Organization, person.organization_id) if person.organization_id else None
    return Account(person.full_name, [person.id], org)


def offer_lines(
    session: Session, ctx: HandlerContext, account: Account, *, full: bool, extras: bool = True
) -> list[str]:
    """The needs and open promises (``full``), then the suggestions, each with its reason; ``extras`` adds what the
    account buys and the segment's margin (the brief has its own lines for those)."""
    owners = access.owner_ids(session, ctx)
    org_id = account.organization.id if account.organization else None
    needs = facts.about(session=session, contact_ids=account.contact_ids, organization_id=org_id, kinds=NEEDS,
                        owner_ids=owners)  # fmt: skip
    promises = facts.about(session=session, contact_ids=account.contact_ids, organization_id=org_id,
                           kinds=("promise",), only_open=True, owner_ids=owners)  # fmt: skip
    bought, never = revenue.products_of(session=session, contact_ids=account.contact_ids)
    lines: list[str] = []
    if full and needs:
        lines.append(ctx.t("offer.needs"))
        lines.extend(fact_lines(session, ctx, needs[:5]))
    if full and promises:
        lines.append(ctx.t("offer.promises"))
        lines.extend(fact_lines(session, ctx, promises[:5]))
    ideas = _ideas(session, ctx, account, needs, {u.product for u in bought}, never)
    if bought and extras:
        lines.append(ctx.t("offer.buys", products=", ".join(u.product for u in bought)))
    lines.append(ctx.t("offer.suggest") if ideas else ctx.t("offer.none", name=account.name))
    lines.extend(f"• {idea}" for idea in ideas[:4])
    if extras:
        # The deal already on the table is where the needs and promises above are answered.
        for deal in sales.open_deals_of(session=session, contact_id=account.contact_ids[0] if len(account.contact_ids) == 1 else None,
                                        organization_id=account.organization.id if account.organization else None,
                                        owner_ids=owners)[:3]:  # fmt: skip
            lines.append(ctx.t("offer.deal", title=deal.title, stage=ctx.stage(deal.stage),
                               value=cards.money(deal.value_minor, deal.currency)))  # fmt: skip
    segment = account.organization.segment if account.organization else None
    if extras and segment:
        for row in offer.segment_margin(session=session, segment=segment, now=ctx.now()):
            margin = cards.money(row.margin_minor, row.currency) if row.margin_minor is not None else "—"
            lines.append(ctx.t("offer.margin", segment=segment, margin=margin,
                               revenue=cards.money(row.revenue_minor, row.currency)))  # fmt: skip
    return lines


def _ideas(
    session: Session, ctx: HandlerContext, account: Account, needs: list, bought: set[str], never: list[str]
) -> list[str]:
    """Products to propose, strongest reason first: a stated need names it, a cross-sell rule, the segment's peers."""
    out: dict[str, str] = {}
    for fact in needs:
        for product in never:
            if search_key(product) in search_key(fact.text) and product not in out:
                out[product] = ctx.t("offer.by_need", product=product, text=fact.text)
    for rule in cross_sell.rules(session=session, thresholds=cross_sell.Thresholds.of(ctx.settings)):
        if rule.a in bought and rule.b in never and rule.b not in out:
            out[rule.b] = ctx.t("offer.by_rule", product=rule.b, base=rule.a, share=number(rule.confidence * 100, digits=0),
                                name=account.name)  # fmt: skip
    segment = account.organization.segment if account.organization else None
    if segment:
        for peer in offer.peer_shares(session=session, segment=segment, products=never):
            if peer.product not in out and peer.share >= PEER_SHARE:
                out[peer.product] = ctx.t("offer.by_peers", product=peer.product, share=number(peer.share * 100, digits=0),
                                          segment=segment, name=account.name)  # fmt: skip
    return list(out.values())


def lead_lines(
    session: Session, ctx: HandlerContext, name: str, contact_ids: list[int], org: Organization | None
) -> list[str]:
    """The brief's opening: needs, open promises and the suggested offer (nothing when none is known)."""
    return offer_lines(session, ctx, Account(name, contact_ids, org), full=True, extras=False)


def register(router: Router) -> None:
    """This capability's routes (handlers/__init__.py lists the modules)."""
    router.intent(Intent.OFFER)(value_proposition)
