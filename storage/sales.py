"""Products, purchases and deals: the writes behind "Ana bought 3 Premium" and "move the Acme deal"."""

from __future__ import annotations

from collections.abc import Collection
from datetime import datetime

from rapidfuzz import fuzz
from sqlmodel import Session, col, func, or_, select

from storage import contacts, models, sourced
from storage.analytics import rollups
from storage.normalize import clean_display, search_key

PRODUCT_MATCH = 85.0


def find_product(*, session: Session, name: str) -> models.Product | None:
    """Exact key first, then the closest catalogue name ("premium licence" -> Premium); the catalogue is small."""
    key = search_key(name)
    exact = session.exec(select(models.Product).where(models.Product.name_key == key)).first()
    if exact is not None or not key:
        return exact
    best: tuple[float, models.Product | None] = (0.0, None)
    for product in session.exec(select(models.Product)).all():
        score = max(fuzz.ratio(key, product.name_key), fuzz.token_set_ratio(key, product.name_key))
        if score > best[0]:
            best = (score, product)
    return best[1] if best[0] >= PRODUCT_MATCH else None


def customer_currency(*, session: Session, contact_id: int) -> str | None:
    """The currency the contact last bought in ("Globex buys in USD"), for an amount said without one."""
    return session.exec(
        select(models.Purchase.currency)
        .where(models.Purchase.contact_id == contact_id)
        .order_by(models.Purchase.purchased_at.desc())  # type: ignore[attr-defined]
    ).first()


def get_or_create_product(*, session: Session, name: str, currency: str) -> tuple[models.Product, bool]:
    found = find_product(session=session, name=name)
    if found is not None:
        return found, False
    product = models.Product(name=clean_display(name), name_key=search_key(name), currency=currency)
    session.add(product)
    session.flush()
    return product, True


def record_purchase(
    *,
    session: Session,
    contact_id: int,
    product_id: int | None,
    quantity: int,
    amount_minor: int,
    currency: str,
    purchased_at: datetime,
    author_id: int | None,
    now: datetime,
    source_platform: str | None = None,
    source_message_id: str | None = None,
) -> tuple[models.Purchase, bool]:
    """Store a purchase once per source message; returns (row, created). Touches the contact."""
    purchase, created = sourced.insert_once(
        session=session,
        row=models.Purchase(
            contact_id=contact_id,
            product_id=product_id,
            quantity=quantity,
            amount_minor=amount_minor,
            currency=currency,
            purchased_at=purchased_at,
            author_id=author_id,
            source_platform=source_platform,
            source_message_id=source_message_id,
        ),
    )
    if not created:
        return purchase, False
    contacts.touch(session=session, contact_id=contact_id, at=min(purchased_at, now))
    rollups.refresh_contact(session, contact_id=contact_id)
    return purchase, True


def open_deals_matching(
    *, session: Session, query: str, limit: int = 6, owner_ids: Collection[int] | None = None
) -> list[models.Deal]:
    """Open deals whose organization name or title contains every word of the query (of these owners; None: all)."""
    words = [w for w in search_key(query).split() if w not in ("the", "deal", "a", "our")]
    if not words:
        return []
    statement = (
        select(models.Deal)
        .outerjoin(models.Organization, col(models.Organization.id) == models.Deal.organization_id)
        .where(col(models.Deal.stage).not_in(("won", "lost")))
    )
    for word in words:
        statement = statement.where(
            or_(col(models.Organization.name_key).contains(word), func.lower(models.Deal.title).contains(word))
        )
    if owner_ids is not None:
        statement = statement.where(col(models.Deal.owner_id).in_(list(owner_ids)))
    return list(session.exec(statement.order_by(col(models.Deal.id)).limit(limit)))


def open_deals_of(
    *,
    session: Session,
    contact_id: int | None,
    organization_id: int | None,
    owner_ids: Collection[int] | None = None,
) -> list[models.Deal]:
    conditions = []
    if contact_id is not None:
        conditions.append(models.Deal.contact_id == contact_id)
    if organization_id is not None:
        conditions.append(models.Deal.organization_id == organization_id)
    if not conditions:
        return []
    statement = select(models.Deal).where(or_(*conditions), col(models.Deal.stage).not_in(("won", "lost")))
    if owner_ids is not None:
        statement = statement.where(col(models.Deal.owner_id).in_(list(owner_ids)))
    return list(session.exec(statement.order_by(col(models.Deal.id))))


def move_deal(*, session: Session, deal: models.Deal, stage: str, now: datetime) -> None:
    if stage not in models.DEAL_STAGES:
        raise ValueError(f"unknown deal stage {stage!r}")
    deal.stage = stage
    deal.stage_changed_at = now
    deal.closed_at = now if stage in ("won", "lost") else None
    session.add(deal)


def open_deals_around(
    *, session: Session, contact_ids: list[int], organization_id: int | None, owner_ids: Collection[int] | None = None
) -> list[models.Deal]:
    """Open deals with any of these contacts or with the organization, among ``owner_ids``' (None: everyone's)."""
    about = col(models.Deal.contact_id).in_(contact_ids) | (models.Deal.organization_id == (organization_id or -1))
    statement = select(models.Deal).where(about, col(models.Deal.stage).not_in(("won", "lost")))
    if owner_ids is not None:
        statement = statement.where(col(models.Deal.owner_id).in_(list(owner_ids)))
    return list(session.exec(statement.order_by(col(models.Deal.id))))


def open_deals_owned(*, session: Session, owner_id: int) -> list[models.Deal]:
    statement = select(models.Deal).where(
        models.Deal.owner_id == owner_id, col(models.Deal.stage).not_in(("won", "lost"))
    )
    return list(session.exec(statement.order_by(col(models.Deal.id))))


def deals_in_stage(
    *,
    session: Session,
    stage: str | Collection[str],
    owner_ids: Collection[int] | None = None,
    bound: tuple[str, int, str] | None = None,
    limit: int = 25,
) -> list[models.Deal]:
    """Deals in one stage (or any of several), the longest there first ("deals in negotiation?"), among
    ``owner_ids``' (None: all); ``bound`` ("over" or "under", minor units, currency) keeps the deals in that
    currency worth more, or less, than the amount ("deals over $20k")."""
    stages = [stage] if isinstance(stage, str) else list(stage)
    statement = select(models.Deal).where(col(models.Deal.stage).in_(stages))
    if owner_ids is not None:
        statement = statement.where(col(models.Deal.owner_id).in_(list(owner_ids)))
    if bound is not None:
        side, minor, currency = bound
        value = col(models.Deal.value_minor)
        statement = statement.where(
            models.Deal.currency == currency, value > minor if side == "over" else value < minor
        )
    return list(session.exec(statement.order_by(col(models.Deal.stage_changed_at), col(models.Deal.id)).limit(limit)))
