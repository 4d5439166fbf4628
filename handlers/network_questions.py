"""Questions over the network: who introduced us, an account's suppliers or partners, our partners, who we know at
an organization, how we are connected to it (at most 3 hops, each named), the decision makers on my open deals,
and which partners brought the most revenue."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlmodel import Session, col, select

from bot.context import HandlerContext
from bot.nlu.intents import Intent
from bot.router import Router
from bot.types import Acted, IncomingMessage, Reply
from handlers import access, cards
from handlers.network import statement
from handlers.network_refs import NeedsAnswer, find
from storage import network, network_paths
from storage.models import Contact, Deal, Organization

Answer = Callable[[Session, HandlerContext, dict[str, Any]], Reply]


async def network_question(msg: IncomingMessage, ctx: HandlerContext) -> Reply:
    u = ctx.understanding
    frame: dict[str, Any] = u.network if u else {}
    answer = _ANSWERS.get(str(frame.get("kind")), _people)
    with ctx.session() as session:
        try:
            reply = answer(session, ctx, frame)
        except NeedsAnswer as question:
            return Reply(str(question), acted=Acted(question=frame.get("kind")))
    return reply


def _reply(ctx: HandlerContext, kind: str, lines: list[str], subject: str | None = None) -> Reply:
    return Reply("\n".join(lines), acted=Acted(question=kind, subject=subject or None))


def _introduced(session: Session, ctx: HandlerContext, frame: dict[str, Any]) -> Reply:
    account = find(session, ctx, frame.get("b"))
    links = network.hops(session=session, node=account.node, kinds=("introduced", "referred"), current=False)
    who = [h.other for h in links if not h.forward]
    if not who:
        return _reply(ctx, "introduced", [ctx.t("network.introduced.none", name=account.name)], account.name)
    named = network.names(session=session, nodes=who)
    text = ctx.t("network.introduced", name=account.name, who=", ".join(named[n] for n in who if n in named))
    return _reply(ctx, "introduced", [text], account.name)


def _related(session: Session, ctx: HandlerContext, frame: dict[str, Any]) -> Reply:
    """ "Acme's suppliers": links of that kind pointing at the account (both ways for a symmetric kind)."""
    rel = str(frame.get("rel") or "partner")
    account = find(session, ctx, frame.get("b"), want="o" if rel != "knows" else None)
    found = network.hops(session=session, node=account.node, kinds=(rel,))
    # "a supplies b": Acme's suppliers are the "a" ends of links whose "b" is Acme; partners go either way.
    others = [h.other for h in found if not h.forward or rel in ("partner", "competitor", "knows")]
    header = ctx.t("network.related.header", name=account.name, rel=ctx.t(f"network.plural.{rel}"))
    if not others:
        return _reply(
            ctx,
            "related",
            [ctx.t("network.related.none", name=account.name, rel=ctx.t(f"network.plural.{rel}"))],
            account.name,
        )
    named = network.names(session=session, nodes=others)
    return _reply(ctx, "related", [header, *(f"• {named[o]}" for o in others if o in named)], account.name)


def _ours(session: Session, ctx: HandlerContext, frame: dict[str, Any]) -> Reply:
    """Our partners / suppliers / investors: organizations of that kind the sender may see."""
    rel = str(frame.get("rel") or "partner")
    orgs = list(session.exec(select(Organization).where(Organization.kind == rel).order_by(col(Organization.name))))
    s = access.scope(session, ctx)
    if s.owner_ids is not None:
        from storage.permissions import visible_organization_ids

        keep = visible_organization_ids(session=session, scope=s, ids={o.id for o in orgs if o.id})
        orgs = [o for o in orgs if o.id in keep]
    plural = ctx.t(f"network.plural.{rel}")
    if not orgs:
        return _reply(ctx, "ours", [ctx.t("network.ours.none", rel=plural)])
    lines = [ctx.t("network.ours.header", rel=plural, count=len(orgs))]
    for org in orgs:
        assert org.id is not None
        brought = [h.other for h in network.hops(session=session, node=("o", org.id), kinds=("introduced", "referred"))]
        people = network.employees(session=session, organization_id=org.id, owner_ids=s.owner_ids)
        named = network.names(session=session, nodes=brought)
        extra = ", ".join(c.full_name for c in people[:3])
        if brought:
            extra += (" · " if extra else "") + ctx.t("network.kind.introduced") + " " + ", ".join(named.values())
        lines.append(f"• {org.name}" + (f" — {extra}" if extra else ""))
    return _reply(ctx, "ours", lines)


def _people(session: Session, ctx: HandlerContext, frame: dict[str, Any]) -> Reply:
    """Who we know at an organization, with their titles and roles there."""
    org = find(session, ctx, frame.get("b"), want="o")
    lines = people_lines(session, ctx, org.node[1])
    if not lines:
        return _reply(ctx, "people", [ctx.t("network.people.none", name=org.name)], org.name)
    return _reply(ctx, "people", [ctx.t("network.people.header", name=org.name), *lines], org.name)


def people_lines(session: Session, ctx: HandlerContext, organization_id: int) -> list[str]:
    """ "• Rui Almeida — CFO, decision maker" for each person at the organization the sender may see."""
    owners = access.owner_ids(session, ctx)
    node = ("o", organization_id)
    roles: dict[int, list[str]] = {}
    for hop in network.hops(session=session, node=node):
        if hop.other[0] == "c" and not hop.forward:
            label = hop.title if hop.kind == "employee" and hop.title else None
            if hop.kind in network.ROLES:
                label = ctx.t(f"network.role.{hop.kind}")
            if label:
                roles.setdefault(hop.other[1], []).append(label)
    people = network.employees(session=session, organization_id=organization_id, owner_ids=owners)
    extra_ids = set(roles) - {c.id for c in people}
    if extra_ids:  # board members, advisors, champions who work elsewhere
        statement_ = select(Contact).where(col(Contact.id).in_(list(extra_ids)))
        if owners is not None:
            statement_ = statement_.where(col(Contact.owner_id).in_(list(owners)))
        people += list(session.exec(statement_))
    out = []
    for c in people:
        about = ", ".join(dict.fromkeys(roles.get(c.id or 0, []))) or ctx.stage(c.stage)
        out.append(f"• {c.full_name} — {about}")
    return out


def _connected(session: Session, ctx: HandlerContext, frame: dict[str, Any]) -> Reply:
    target = find(session, ctx, frame.get("b"))
    paths = network_paths.paths_to(session=session, target=target.node, owner_ids=access.owner_ids(session, ctx))
    if not paths:
        return _reply(ctx, "connected", [ctx.t("network.path.none", name=target.name)], target.name)
    named = network.names(session=session, nodes={n for p in paths for n in p.nodes})
    lines = [ctx.t("network.path.header", name=target.name)]
    for path in paths:
        steps = []
        for i, (kind, forward) in enumerate(path.hops):
            x, y = named.get(path.nodes[i], "?"), named.get(path.nodes[i + 1], "?")
            steps.append(statement(ctx, kind, x, y) if forward else statement(ctx, kind, y, x))
        lines.append(f"• {ctx.t('network.path.hops', count=len(path.hops))}: " + "; ".join(steps))
    return _reply(ctx, "connected", lines, target.name)


def _decision_makers(session: Session, ctx: HandlerContext, frame: dict[str, Any]) -> Reply:
    deals = list(
        session.exec(
            select(Deal)
            .where(Deal.owner_id == ctx.staff_id, col(Deal.stage).not_in(("won", "lost")))
            .order_by(col(Deal.id))
        )
    )
    if not deals:
        return _reply(ctx, "decision_makers", [ctx.t("network.dm.no_deals")])
    found = network.decision_makers(session=session, deal_ids=[d.id for d in deals if d.id])
    lines = [ctx.t("network.dm.header")]
    for d in deals:
        people = ", ".join(c.full_name for c in found.get(d.id or 0, [])) or ctx.t("network.dm.unknown")
        lines.append(f"• {d.title} ({ctx.stage(d.stage)}): {people}")
    return _reply(ctx, "decision_makers", lines)


def _referrals(session: Session, ctx: HandlerContext, frame: dict[str, Any]) -> Reply:
    rows = network.referral_revenue(session=session, owner_ids=access.owner_ids(session, ctx))
    if not rows:
        return _reply(ctx, "referrals", [ctx.t("network.referrals.none")])
    named = network.names(session=session, nodes={r.introducer for r in rows})
    lines = [ctx.t("network.referrals.header")]
    lines.extend(
        ctx.t(
            "network.referrals.line", who=named.get(r.introducer, "?"),
            revenue=cards.money(r.revenue_minor, r.currency), accounts=r.accounts,
        )
        for r in rows
    )  # fmt: skip
    return _reply(ctx, "referrals", lines)


_ANSWERS: dict[str, Answer] = {
    "introduced": _introduced,
    "related": _related,
    "ours": _ours,
    "people": _people,
    "connected": _connected,
    "decision_makers": _decision_makers,
    "referrals": _referrals,
}


def brief_section(session: Session, ctx: HandlerContext, contact_ids: list[int], org: Organization | None) -> list[str]:
    """The brief's "network" lines: who is who at the account, who introduced us, and the suppliers and partners it
    shares with other accounts; for a person, their own links."""
    lines: list[str] = []
    node = ("o", org.id) if org is not None and org.id is not None else ("c", contact_ids[0]) if contact_ids else None
    if node is None:
        return lines
    links = network.hops(session=session, node=node)
    if org is not None and org.id is not None:
        lines.extend(line for line in people_lines(session, ctx, org.id) if " — " in line and _has_role(line, ctx))
    intro = [h.other for h in links if h.kind in ("introduced", "referred") and not h.forward]
    if len(contact_ids) == 1:  # a person: who introduced them, and their own links
        person = network.hops(session=session, node=("c", contact_ids[0]))
        intro += [h.other for h in person if h.kind in ("introduced", "referred") and not h.forward]
        named = network.names(session=session, nodes=[h.other for h in person])
        me = session.get(Contact, contact_ids[0])
        me_name = me.full_name if me is not None else ""
        for h in person:
            if h.kind not in ("introduced", "referred") and h.other in named:
                x, y = (me_name, named[h.other]) if h.forward else (named[h.other], me_name)
                lines.append("• " + statement(ctx, h.kind, x, y, h.title))
    if intro:
        named = network.names(session=session, nodes=intro)
        lines.append(ctx.t("brief.introduced", who=", ".join(named[n] for n in intro if n in named)))
    for rel in ("supplier", "partner"):
        mine = [h.other for h in links if h.kind == rel]
        shared = _sharing(session, mine, rel, exclude=node)
        if shared:
            lines.append(ctx.t("brief.shared", rel=ctx.t(f"network.plural.{rel}"), names="; ".join(shared)))
    return [ctx.t("brief.network"), *lines] if lines else []


def _has_role(line: str, ctx: HandlerContext) -> bool:
    """A people line that names a title or a role, not only the lifecycle stage (those are in the brief already)."""
    tail = line.split(" — ", 1)[1]
    return tail not in {ctx.stage(s) for s in ("prospect", "lead", "customer", "advocate", "churned")}


def _sharing(session: Session, others: list[network.Node], rel: str, *, exclude: network.Node) -> list[str]:
    """ "Shenzhen Parts (also Dragon Trade)": each of these suppliers or partners, with the other accounts it serves."""
    out = []
    for other in others:
        served = [h.other for h in network.hops(session=session, node=other, kinds=(rel,)) if h.other != exclude]
        if served:
            named = network.names(session=session, nodes=[other, *served])
            out.append(f"{named.get(other, '?')} ({', '.join(named[s] for s in served if s in named)})")
    return out


def register(router: Router) -> None:
    """This capability's routes (handlers/__init__.py lists the modules)."""
    router.intent(Intent.NETWORK)(network_question)
