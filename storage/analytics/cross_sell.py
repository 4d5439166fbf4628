"""Product affinity: rules "bought A → also bought B" over customers, and who bought A but never B."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass

from sqlalchemy import and_, exists, func
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from storage.analytics import freshness
from storage.models import Contact, ContactRevenue, Organization, Product, ProductPair, Purchase


@dataclass(frozen=True)
class Rule:
    a_id: int
    a: str
    b_id: int
    b: str
    both: int  # customers who bought A and B
    a_customers: int  # customers who bought A
    b_customers: int
    customers: int  # customers who bought anything

    @property
    def confidence(self) -> float:
        return self.both / self.a_customers

    @property
    def lift(self) -> float:
        return self.confidence / (self.b_customers / self.customers)

    @property
    def missing(self) -> int:
        return self.a_customers - self.both


def rules(*, session: Session, min_customers: int = 3, min_confidence: float = 0.5) -> list[Rule]:
    """Strong rules, the most confident first (then by customers)."""
    if freshness.as_of(session) is not None:
        # product_pair is kept exact on every purchase write; its diagonal holds each product's customers.
        counts = session.exec(select(ProductPair.a_id, ProductPair.b_id, ProductPair.customers)).all()
        per_product = {a: n for a, b, n in counts if a == b}
        together = [(a, b, n) for a, b, n in counts if a != b]
        customers = session.exec(select(func.count(func.distinct(ContactRevenue.contact_id)))).one()
    else:
        pairs = select(Purchase.contact_id, Purchase.product_id).where(col(Purchase.product_id).is_not(None))
        cp = pairs.distinct().subquery()
        other = pairs.distinct().subquery()
        per_product = dict(
            session.exec(select(cp.c.product_id, func.count()).group_by(cp.c.product_id)).all()  # type: ignore[arg-type]
        )
        customers = session.exec(select(func.count(func.distinct(Purchase.contact_id)))).one()
        together = session.exec(  # type: ignore[assignment]
            select(cp.c.product_id, other.c.product_id, func.count())
            .join(other, and_(other.c.contact_id == cp.c.contact_id, other.c.product_id != cp.c.product_id))
            .group_by(cp.c.product_id, other.c.product_id)
        ).all()
    names = dict(session.exec(select(Product.id, Product.name)).all())  # type: ignore[arg-type]
    out = []
    for a, b, both in together:
        rule = Rule(a, names[a], b, names[b], int(both), int(per_product[a]), int(per_product[b]), int(customers))
        if rule.a_customers >= min_customers and rule.confidence >= min_confidence and rule.lift >= 1.0:
            out.append(rule)
    return sorted(out, key=lambda r: (-r.confidence, -r.both, r.a, r.b))


def bought_a_not_b(
    *,
    session: Session,
    a_id: int,
    b_id: int,
    limit: int = 10,
    contact_ids: list[int] | None = None,
    owner_ids: Collection[int] | None = None,
) -> list[tuple[int, str, str | None]]:
    """Customers with a purchase of A and none of B: (contact id, name, organization), of these owners' only
    when ``owner_ids`` is given."""
    other = aliased(Purchase)
    never_b = ~exists().where(other.contact_id == Purchase.contact_id, other.product_id == b_id)
    statement = (
        select(Contact.id, Contact.full_name, Organization.name)
        .join(Purchase, col(Purchase.contact_id) == Contact.id)
        .outerjoin(Organization, col(Organization.id) == Contact.organization_id)
        .where(Purchase.product_id == a_id, never_b)
        .distinct()
        .order_by(Contact.full_name)
        .limit(limit)
    )
    if contact_ids is not None:
        statement = statement.where(col(Contact.id).in_(contact_ids))
    if owner_ids is not None:
        statement = statement.where(col(Contact.owner_id).in_(sorted(owner_ids)))
    return [(cid or 0, name, org) for cid, name, org in session.exec(statement).all()]
