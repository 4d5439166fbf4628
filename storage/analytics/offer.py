"""What to offer an account: what its segment's customers buy that it never bought, and the segment's margin.

The account's own facts (storage/facts.py) and the cross-sell rules (storage/analytics/cross_sell.py) come from
their own modules; this one adds the peers. Peers are read from contact_product (one row per customer and
product, kept by the rollups) when the rollups are built, else from the purchases.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import delete, func, insert
from sqlmodel import Session, col, select

from storage.analytics import freshness, revenue
from storage.models import Contact, ContactProduct, Organization, Product, Purchase, SegmentProduct


@dataclass(frozen=True)
class PeerShare:
    product: str
    buyers: int  # customers of the segment who bought it
    customers: int  # customers of the segment who bought anything

    @property
    def share(self) -> float:
        return self.buyers / self.customers if self.customers else 0.0


def rebuild_segment_products(session: Session) -> None:
    """segment_product from contact_product, set-wise (called by rollups.rebuild_rollups after contact_product)."""
    session.exec(delete(SegmentProduct))  # type: ignore[call-overload]
    in_segment = (
        select(Organization.segment.label("segment"), ContactProduct.contact_id, ContactProduct.product_id)  # type: ignore[union-attr]
        .join(Contact, col(Contact.id) == ContactProduct.contact_id)
        .join(Organization, col(Organization.id) == Contact.organization_id)
        .where(col(Organization.segment).is_not(None))
        .subquery()
    )
    buyers = (
        select(in_segment.c.segment, func.count(func.distinct(in_segment.c.contact_id)).label("buyers"))
        .group_by(in_segment.c.segment)
        .subquery()
    )
    rows = (
        select(in_segment.c.segment, in_segment.c.product_id, func.count(func.distinct(in_segment.c.contact_id)),
               func.max(buyers.c.buyers))
        .join(buyers, buyers.c.segment == in_segment.c.segment)
        .group_by(in_segment.c.segment, in_segment.c.product_id)
    )  # fmt: skip
    session.exec(insert(SegmentProduct).from_select(["segment", "product_id", "customers", "buyers"], rows))  # type: ignore[call-overload]


def peer_shares(*, session: Session, segment: str, products: list[str]) -> list[PeerShare]:
    """For each of ``products``: how many of the segment's buying customers bought it, most popular first.

    From segment_product once the rollups are built (a few rows per segment), else counted from the purchases."""
    if not products:
        return []
    if freshness.as_of(session) is not None:
        rolled = session.exec(
            select(Product.name, SegmentProduct.customers, SegmentProduct.buyers)
            .join(Product, col(Product.id) == SegmentProduct.product_id)
            .where(SegmentProduct.segment == segment, col(Product.name).in_(products))
        ).all()
        return sorted((PeerShare(name, int(n), int(total)) for name, n, total in rolled), key=lambda p: -p.buyers)
    pairs = (
        select(ContactProduct.contact_id, ContactProduct.product_id)
        if freshness.as_of(session) is not None
        else select(Purchase.contact_id, Purchase.product_id).where(col(Purchase.product_id).is_not(None)).distinct()
    ).subquery()
    in_segment = (
        select(pairs.c.contact_id, pairs.c.product_id)
        .join(Contact, col(Contact.id) == pairs.c.contact_id)
        .join(Organization, col(Organization.id) == Contact.organization_id)
        .where(Organization.segment == segment)
        .subquery()
    )
    customers = session.exec(select(func.count(func.distinct(in_segment.c.contact_id)))).one()
    rows = session.exec(
        select(Product.name, func.count(func.distinct(in_segment.c.contact_id)))
        .join(in_segment, in_segment.c.product_id == Product.id)
        .where(col(Product.name).in_(products))
        .group_by(Product.name)
    ).all()
    return sorted((PeerShare(name, int(n), int(customers)) for name, n in rows), key=lambda p: -p.buyers)


def segment_margin(*, session: Session, segment: str, now: datetime) -> list[revenue.RevenueRow]:
    """The segment's revenue and margin over the trailing year, one row per currency."""
    rows = revenue.revenue_by(session=session, dimension="segment", since=now - timedelta(days=365), until=now)
    return [r for r in rows if r.key == segment]
