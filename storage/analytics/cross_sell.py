"""Product affinity: association rules "bought A → also bought B" over customers, and who bought A but never B.

The one miner: the chat's "cross-sell ideas", the offer and the cross-sell nudge (reminders/rules/cross_sell.py)
all read ``rules()`` under the one ``Thresholds`` of the settings, so what the chat suggests and what the
morning nudge suggests cannot disagree. support(A→B) = share of buying customers who bought both; confidence
= P(B | A); lift = confidence / P(B).
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from typing import TYPE_CHECKING

from sqlalchemy import and_, exists, func
from sqlalchemy.orm import aliased
from sqlmodel import Session, col, select

from storage.analytics import freshness
from storage.models import Contact, ContactRevenue, Organization, Product, ProductPair, Purchase

if TYPE_CHECKING:
    from config.settings import Settings


@dataclass(frozen=True)
class Thresholds:
    """What makes a rule strong enough to suggest (settings CRM_CROSS_SELL_MIN_* and CRM_CROSS_SELL_MAX_RULES)."""

    min_customers: int = 3  # customers who bought A: fewer is an anecdote
    min_support: float = 0.01
    min_confidence: float = 0.5
    min_lift: float = 1.2
    max_rules: int = 5

    @classmethod
    def of(cls, settings: Settings) -> Thresholds:
        return cls(
            min_customers=settings.cross_sell_min_customers,
            min_support=settings.cross_sell_min_support,
            min_confidence=settings.cross_sell_min_confidence,
            min_lift=settings.cross_sell_min_lift,
            max_rules=settings.cross_sell_max_rules,
        )

    def admit(self, rule: Rule) -> bool:
        return (
            rule.a_customers >= self.min_customers
            and rule.support >= self.min_support
            and rule.confidence >= self.min_confidence
            and rule.lift >= self.min_lift
        )


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
    def support(self) -> float:
        return self.both / self.customers

    @property
    def confidence(self) -> float:
        return self.both / self.a_customers

    @property
    def lift(self) -> float:
        return self.confidence / (self.b_customers / self.customers)

    @property
    def missing(self) -> int:
        return self.a_customers - self.both


def rules(*, session: Session, thresholds: Thresholds) -> list[Rule]:
    """The strong rules, strongest first: the most confident, then the most customers, then by name."""
    found = [rule for rule in _all_pairs(session) if thresholds.admit(rule)]
    return sorted(found, key=lambda r: (-r.confidence, -r.both, r.a, r.b))[: thresholds.max_rules]


def _all_pairs(session: Session) -> list[Rule]:
    """Every ordered pair of products bought by one customer at least, with its counts."""
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
    return [
        Rule(a, names[a], b, names[b], int(both), int(per_product[a]), int(per_product[b]), int(customers))
        for a, b, both in together
    ]


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
