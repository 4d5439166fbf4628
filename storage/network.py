"""The network around each customer: typed, dated links between people and organizations, and walks over them.

A node is ("c", contact id) or ("o", organization id). Besides the stored links, a contact's current
organization (contact.organization_id) counts as an "employee" link, so a store that never recorded a link
still knows who works where. Connection paths are in storage/network_paths.py.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import text
from sqlmodel import Session, col, or_, select

from storage import models
from storage.models import Contact, Organization, Relationship

Node = tuple[str, int]
# Links that say who someone is at an account; the brief lists them under "who is who".
ROLES = ("decision_maker", "champion", "blocker", "board_member", "advisor")


@dataclass(frozen=True)
class Hop:
    """One link seen from ``node``: ``forward`` when node is its "a" end ("node KIND other")."""

    kind: str
    forward: bool
    other: Node
    title: str | None = None
    link_id: int | None = None


def add_link(
    *,
    session: Session,
    kind: str,
    a: Node,
    b: Node,
    owner_id: int | None,
    now: datetime,
    source: str = "chat",
    title: str | None = None,
    department: str | None = None,
    started_at: datetime | None = None,
) -> tuple[Relationship, bool]:
    """The active link "a KIND b", created unless it exists (a new title or department updates it)."""
    if kind not in models.LINK_KINDS:
        raise ValueError(f"unknown link kind {kind!r}")
    found = active(session=session, kind=kind, a=a, b=b)
    if found is not None:
        if (title and found.title != title) or (department and found.department != department):
            found.title, found.department = title or found.title, department or found.department
            session.add(found)
        return found, False
    link = Relationship(
        kind=kind, a_type=a[0], a_id=a[1], b_type=b[0], b_id=b[1], title=title, department=department,
        started_at=started_at or now, source=source, owner_id=owner_id, created_at=now,
    )  # fmt: skip
    session.add(link)
    session.flush()
    return link, True


def active(*, session: Session, kind: str, a: Node, b: Node) -> Relationship | None:
    """The open link "a KIND b" (either way round for a symmetric kind)."""
    ends = [(a, b), (b, a)] if kind in models.SYMMETRIC_LINKS else [(a, b)]
    for x, y in ends:
        found = session.exec(
            select(Relationship).where(
                Relationship.kind == kind, Relationship.a_type == x[0], Relationship.a_id == x[1],
                Relationship.b_type == y[0], Relationship.b_id == y[1], col(Relationship.ended_at).is_(None),
            )
        ).first()  # fmt: skip
        if found is not None:
            return found
    return None


def end_link(*, session: Session, link: Relationship, at: datetime) -> None:
    link.ended_at = at
    session.add(link)


def hops(*, session: Session, node: Node, kinds: Collection[str] | None = None, current: bool = True) -> list[Hop]:
    """Every link touching ``node`` (open ones only when ``current``), plus its employment when it is a person."""
    found: list[Relationship] = []
    # One indexed look-up per end (ix_relationship_a, ix_relationship_b) rather than an OR the planner may scan.
    for t, i in ((Relationship.a_type, Relationship.a_id), (Relationship.b_type, Relationship.b_id)):
        statement = select(Relationship).where(col(t) == node[0], col(i) == node[1])
        if current:
            statement = statement.where(col(Relationship.ended_at).is_(None))
        if kinds is not None:
            statement = statement.where(col(Relationship.kind).in_(list(kinds)))
        found.extend(session.exec(statement))
    out: list[Hop] = []
    for r in sorted({r.id: r for r in found}.values(), key=lambda r: r.id or 0):
        forward = (r.a_type, r.a_id) == node
        other = (r.b_type, r.b_id) if forward else (r.a_type, r.a_id)
        out.append(Hop(r.kind, forward, other, r.title, r.id))
    return out


def employees(*, session: Session, organization_id: int, owner_ids: Collection[int] | None = None) -> list[Contact]:
    """People whose organization is this one, or who have an open employee link to it."""
    linked = select(Relationship.a_id).where(
        Relationship.kind == "employee", Relationship.a_type == "c", Relationship.b_type == "o",
        Relationship.b_id == organization_id, col(Relationship.ended_at).is_(None),
    )  # fmt: skip
    ids = set(session.exec(select(Contact.id).where(Contact.organization_id == organization_id).limit(200)))
    ids |= set(session.exec(linked.limit(200)))
    statement = select(Contact).where(col(Contact.id).in_(list(ids)))
    if owner_ids is not None:
        statement = statement.where(col(Contact.owner_id).in_(list(owner_ids)))
    return list(session.exec(statement.order_by(col(Contact.id)).limit(200)))


def names(*, session: Session, nodes: Collection[Node]) -> dict[Node, str]:
    """Display names: a person with their organization ("Maria Silva (Acme)")."""
    people = {i for t, i in nodes if t == "c"}
    orgs = {i for t, i in nodes if t == "o"}
    out: dict[Node, str] = {}
    if people:
        rows = session.exec(
            select(Contact.id, Contact.full_name, Organization.name)
            .join(Organization, col(Organization.id) == Contact.organization_id, isouter=True)
            .where(col(Contact.id).in_(people))
        )
        for cid, name, org in rows:
            out[("c", cid)] = f"{name} ({org})" if org else name
    if orgs:
        for oid, name in session.exec(select(Organization.id, Organization.name).where(col(Organization.id).in_(orgs))):
            out[("o", oid)] = name
    return out


@dataclass(frozen=True)
class Referral:
    introducer: Node
    revenue_minor: int
    currency: str
    accounts: int


def referral_revenue(*, session: Session, owner_ids: Collection[int] | None = None, limit: int = 10) -> list[Referral]:
    """Revenue of the accounts each introducer or referrer brought (introduced / referred links), per currency.

    An account is an organization (its people's purchases count) or a person. A person who introduced on
    behalf of a partner organization is credited to that organization when they work there.
    """
    owned = ""
    if owner_ids is not None:
        owned = " AND c.owner_id IN (" + (",".join(str(int(i)) for i in sorted(owner_ids)) or "NULL") + ")"
    query = text(
        """
        SELECT CASE WHEN r.a_type = 'c' AND ic.organization_id IS NOT NULL THEN 'o' ELSE r.a_type END AS t,
               CASE WHEN r.a_type = 'c' AND ic.organization_id IS NOT NULL THEN ic.organization_id ELSE r.a_id END
                 AS who,
               p.currency, SUM(p.amount_minor), COUNT(DISTINCT r.b_type || r.b_id)
          FROM relationship r
          LEFT JOIN contact ic ON r.a_type = 'c' AND ic.id = r.a_id
          JOIN contact c ON (r.b_type = 'o' AND c.organization_id = r.b_id) OR (r.b_type = 'c' AND c.id = r.b_id)
          JOIN purchase p ON p.contact_id = c.id
         WHERE r.kind IN ('introduced', 'referred')"""
        + owned
        + """
         GROUP BY 1, 2, 3
         ORDER BY 4 DESC
         LIMIT :limit"""
    )
    rows = session.connection().execute(query, {"limit": limit}).all()
    return [Referral((t, int(who)), int(total), cur, int(n)) for t, who, cur, total, n in rows]


def decision_makers(*, session: Session, deal_ids: Collection[int]) -> dict[int, list[Contact]]:
    """For each deal: the people linked as decision makers at its organization (or to its contact), and people
    of that organization tagged "decision-maker"."""
    if not deal_ids:
        return {}
    deals = list(session.exec(select(models.Deal).where(col(models.Deal.id).in_(list(deal_ids)))))
    orgs = {d.organization_id for d in deals if d.organization_id}
    linked = session.exec(
        select(Relationship.a_id, Relationship.b_type, Relationship.b_id).where(
            Relationship.kind == "decision_maker", Relationship.a_type == "c", col(Relationship.ended_at).is_(None),
            or_(
                (col(Relationship.b_type) == "o") & col(Relationship.b_id).in_(list(orgs)),
                (col(Relationship.b_type) == "c") & col(Relationship.b_id).in_([d.contact_id for d in deals]),
            ),
        )
    ).all()  # fmt: skip
    tagged = session.exec(
        select(Contact.id, Contact.organization_id)
        .join(models.ContactTag, col(models.ContactTag.contact_id) == Contact.id)
        .where(models.ContactTag.tag == "decision-maker", col(Contact.organization_id).in_(list(orgs)))
    ).all()
    people = {cid for cid, _, _ in linked} | {cid for cid, _ in tagged}
    by_id = {c.id: c for c in session.exec(select(Contact).where(col(Contact.id).in_(list(people))))}
    out: dict[int, list[Contact]] = {}
    for d in deals:
        ids = [cid for cid, t, b in linked if (t, b) in (("o", d.organization_id), ("c", d.contact_id))]
        ids += [cid for cid, org in tagged if org == d.organization_id]
        assert d.id is not None
        out[d.id] = [by_id[i] for i in dict.fromkeys(ids) if i in by_id]
    return out


def members(
    *,
    session: Session,
    organization_id: int,
    owner_ids: Collection[int] | None = None,
    without: int | None = None,
    limit: int | None = None,
) -> list[Contact]:
    """People whose organization is this one (oldest first), among ``owner_ids``' (None: everyone's), ``without``
    one of them (the person a brief is about)."""
    statement = select(Contact).where(Contact.organization_id == organization_id)
    if without is not None:
        statement = statement.where(Contact.id != without)
    if owner_ids is not None:
        statement = statement.where(col(Contact.owner_id).in_(list(owner_ids)))
    return list(session.exec(statement.order_by(col(Contact.id)).limit(limit)))


def organizations_of_kind(*, session: Session, kind: str) -> list[Organization]:
    """Our partners, suppliers, investors…: organizations of one kind, by name."""
    return list(session.exec(select(Organization).where(Organization.kind == kind).order_by(col(Organization.name))))
