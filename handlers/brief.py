"""A meeting-prep brief on an organization or a person, what they buy, and their timeline chart."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta

from sqlmodel import Session, col, select

from bot import charts
from bot.context import HandlerContext
from bot.types import Acted, Reply
from handlers import access, cards, network_questions, offer
from handlers.insight_format import charts_folder, day, money, money_map
from storage import audit, search
from storage.analytics import customers, periods, revenue
from storage.models import Contact, Deal, FollowUp, Interaction, Organization, Staff


@dataclass
class Subject:
    name: str
    contacts: list[Contact]
    organization: Organization | None
    owner_ids: frozenset[int] | None = None  # whose records the asker may see (None: everyone's)


def find_subject(session: Session, ctx: HandlerContext, ref: str) -> Subject | None:
    """An organization when the name is one (its people the sender may see), else the best visible contact.

    None when nothing visible matches. Answering is a full view of the subject's records, so it is audited.
    """
    owners = access.owner_ids(session, ctx)
    orgs = access.visible_orgs(session, ctx, search.find_organizations(session=session, query=ref, min_score=85.0))
    people = search.find_contacts(session=session, query=ref, staff_id=ctx.staff_id, now=ctx.now(), owner_ids=owners)
    subject: Subject | None = None
    if orgs and (not people or orgs[0].score >= people[0].score):
        org = session.get(Organization, orgs[0].organization_id)
        assert org is not None
        statement = select(Contact).where(Contact.organization_id == org.id)
        if owners is not None:
            statement = statement.where(col(Contact.owner_id).in_(list(owners)))
        members = list(session.exec(statement.order_by(col(Contact.id))))
        subject = Subject(org.name, members, org, owners)
    elif people:
        person = session.get(Contact, people[0].contact_id)
        assert person is not None
        org = session.get(Organization, person.organization_id) if person.organization_id else None
        subject = Subject(person.full_name, [person], org, owners)
    if subject is not None:
        _audit_view(session, ctx, subject)
    return subject


def _audit_view(session: Session, ctx: HandlerContext, subject: Subject) -> None:
    """One "view" row: the contact, or the organization with the ids of the people the answer covered."""
    person = len(subject.contacts) == 1 and subject.name == subject.contacts[0].full_name
    if person or subject.organization is None:
        for contact in subject.contacts[:1]:
            audit.record(
                session=session, at=ctx.now(), staff_id=ctx.staff_id, action="view", entity="contact",
                entity_id=contact.id, detail={"via": "insight"},
            )  # fmt: skip
        return
    audit.record(
        session=session, at=ctx.now(), staff_id=ctx.staff_id, action="view", entity="organization",
        entity_id=subject.organization.id,
        detail={"via": "insight", "contact_ids": [c.id for c in subject.contacts[:200]]},
    )  # fmt: skip


def brief(subject: Subject, ctx: HandlerContext, session: Session) -> Reply:
    now, tz, lang = ctx.now(), ctx.tz, ctx.lang
    ids = [c.id for c in subject.contacts if c.id is not None]
    org = subject.organization
    lines: list[str] = []
    if len(subject.contacts) == 1 and subject.name == subject.contacts[0].full_name:
        lines.extend(_person_lines(ctx, subject.contacts[0], org, session, subject.owner_ids))
    else:
        if org is not None:
            lines.append(_org_line(ctx, org, session))
        people = [
            f"{c.full_name} ({ctx.stage(c.stage)}{', ' + c.tier if c.tier else ''})" for c in subject.contacts[:8]
        ]
        lines.append(ctx.t("insight.brief.people", people="; ".join(people) or "—"))
    # Lead with what the account needs, what we promised, and what to offer it; then who is who around it.
    lines.extend(offer.lead_lines(session, ctx, subject.name, ids, org))
    person = len(subject.contacts) == 1 and subject.name == subject.contacts[0].full_name
    lines.extend(network_questions.brief_section(session, ctx, ids, None if person else org))
    names = {c.id: c.full_name for c in subject.contacts}
    end = periods.question_end(now)  # the purchase recorded a moment ago counts
    year = revenue.customers_ranked(
        session=session, since=end - timedelta(days=365), until=end, limit=1000, contact_ids=ids
    )
    spend: dict[str, int] = {}
    for f in year:
        spend[f.currency] = spend.get(f.currency, 0) + f.revenue_minor
    bought, never = revenue.products_of(session=session, contact_ids=ids)
    lines.append(ctx.t("insight.brief.revenue", revenue=money_map(spend) if spend else "nothing"))
    if bought:
        lines.append(
            ctx.t(
                "insight.brief.buys",
                products=", ".join(f"{u.product} ×{u.quantity} ({money(u.revenue_minor, u.currency)})" for u in bought),
            )
        )
    if never:
        lines.append(ctx.t("insight.brief.never", products=", ".join(never)))
    recent = session.exec(
        select(Interaction)
        .where(col(Interaction.contact_id).in_(ids))
        .order_by(col(Interaction.occurred_at).desc())
        .limit(3)
    ).all()
    if recent:
        lines.append(ctx.t("insight.brief.recent"))
        lines.extend(
            f"{cards.interaction_line(i, now=now, tz=tz, lang=lang)} ({names.get(i.contact_id, '')})" for i in recent
        )
    deal_query = select(Deal).where(
        (col(Deal.contact_id).in_(ids)) | (Deal.organization_id == (org.id if org else -1)),
        col(Deal.stage).not_in(("won", "lost")),
    )
    if subject.owner_ids is not None:
        deal_query = deal_query.where(col(Deal.owner_id).in_(list(subject.owner_ids)))
    deals = session.exec(deal_query.order_by(col(Deal.id))).all()
    if deals:
        lines.append(ctx.t("insight.brief.deals"))
        lines.extend(
            ctx.t(
                "insight.brief.deal",
                title=d.title,
                stage=ctx.stage(d.stage),
                since=day(d.stage_changed_at, tz),
                value=money(d.value_minor, d.currency),
            )
            for d in deals
        )
    follow = session.exec(
        select(FollowUp)
        .where(col(FollowUp.contact_id).in_(ids), col(FollowUp.status).in_(("open", "snoozed")))
        .order_by(col(FollowUp.due_at))
    ).all()
    if follow:
        lines.append(ctx.t("card.follow_ups"))
        lines.extend(cards.follow_up_line(f, now=now, tz=tz, lang=lang, who=names.get(f.contact_id)) for f in follow)
    lines.append(_risk_line(ctx, session, ids))
    image = None
    folder = charts_folder(ctx)
    events = customers.timeline(session=session, contact_ids=ids, since=end - timedelta(days=365), until=end)
    if folder is not None and events:
        points = [(e.at, e.kind, e.amount_minor / 100) for e in events]
        title = ctx.t("insight.brief.chart", name=subject.name)
        image = charts.timeline(points, title=title, folder=folder).path
    return Reply("\n".join(lines), acted=Acted(question="brief", subject=subject.name), image_path=image)


def _org_line(ctx: HandlerContext, org: Organization, session: Session) -> str:
    owner = session.get(Staff, org.owner_id) if org.owner_id else None
    owned = ctx.t("insight.brief.owner", name=owner.display_name) if owner else None
    about = ", ".join(x for x in (org.kind, org.segment, owned) if x)
    return f"{org.name} — {about}"


def _person_lines(
    ctx: HandlerContext, person: Contact, org: Organization | None, session: Session, owner_ids: frozenset[int] | None
) -> list[str]:
    """Who the person is, and the relationship map around them: colleagues at the same organization."""
    owner = session.get(Staff, person.owner_id) if person.owner_id else None
    facts = [ctx.stage(person.stage) + (f" ({person.tier})" if person.tier else "")]
    if org is not None:
        about = ", ".join(x for x in (org.kind, org.segment) if x)
        facts.append(ctx.t("insight.brief.at", org=org.name, about=about))
    if person.preferred_channel:
        facts.append(ctx.t("insight.brief.prefers", channel=ctx.t(f"kind.{person.preferred_channel}")))
    if owner is not None:
        facts.append(ctx.t("insight.brief.owner", name=owner.display_name))
    lines = [f"{person.full_name} — {', '.join(facts)}"]
    if org is not None:
        statement = select(Contact.full_name).where(Contact.organization_id == org.id, Contact.id != person.id)
        if owner_ids is not None:
            statement = statement.where(col(Contact.owner_id).in_(list(owner_ids)))
        colleagues = session.exec(statement.limit(8)).all()
        if colleagues:
            lines.append(ctx.t("insight.brief.colleagues", org=org.name, names=", ".join(colleagues)))
    return lines


def _risk_line(ctx: HandlerContext, session: Session, ids: list[int]) -> str:
    mine = customers.risk_ranking(
        session=session, now=ctx.now(), floor_days=ctx.settings.at_risk_floor_days, limit=1, contact_ids=ids
    )
    if not mine:
        return ctx.t("insight.brief.risk_none")
    worst = mine[0]
    level = ctx.t("insight.brief.at_risk" if worst.ratio >= ctx.settings.at_risk_factor else "insight.brief.fine")
    return ctx.t("insight.brief.risk", level=level, name=worst.name, days=worst.silent_days, ratio=f"{worst.ratio:.1f}")


def products(subject: Subject, ctx: HandlerContext, session: Session) -> Reply:
    ids = [c.id for c in subject.contacts if c.id is not None]
    bought, never = revenue.products_of(session=session, contact_ids=ids)
    lines = [ctx.t("insight.products.header", name=subject.name)]
    lines.extend(
        f"• {u.product}: ×{u.quantity}, {money(u.revenue_minor, u.currency)}, last {day(u.last_at, ctx.tz)}"
        for u in bought
    )
    if not bought:
        lines.append(ctx.t("insight.products.nothing"))
    lines.append(ctx.t("insight.brief.never", products=", ".join(never) or "—"))
    return Reply("\n".join(lines), acted=Acted(question="products", subject=subject.name))
