"""A small hand-made data set whose figures are worked out by hand in test_figures.py.

now = T0 (Thu 12 Mar 2026 10:40 UTC). Every instant is a whole number of days before now, at the same time
of day, so day differences are exact.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlmodel import Session

from storage import models
from tests.support import T0

NOW = T0


def ago(days: int) -> object:
    return NOW - timedelta(days=days)


def build(session: Session) -> dict[str, int]:
    """Returns ids by short name: staff "rep", contacts A1 A2 B1 C D, products, deals d1..d6."""
    rep = models.Staff(handle="rep", display_name="Rita Rep", role="rep", created_at=ago(500))
    session.add(rep)
    session.flush()
    alpha = models.Organization(
        name="Alpha", name_key="alpha", segment="enterprise", created_at=ago(500), updated_at=ago(500)
    )
    beta = models.Organization(name="Beta", name_key="beta", segment="SMB", created_at=ago(500), updated_at=ago(500))
    session.add_all([alpha, beta])
    session.flush()

    def person(name: str, org: models.Organization | None, stage: str, touch: int | None) -> models.Contact:
        c = models.Contact(
            full_name=name,
            search_key=name.lower(),
            organization_id=org.id if org else None,
            owner_id=rep.id,
            stage=stage,
            last_touch_at=ago(touch) if touch is not None else None,
            created_at=ago(500),
            updated_at=ago(500),
        )
        session.add(c)
        session.flush()
        return c

    a1, a2 = person("Anna One", alpha, "customer", 10), person("Abel Two", alpha, "customer", 200)
    b1, c = person("Bea One", beta, "customer", 50), person("Cid Free", None, "customer", None)
    d = person("Dan Lead", None, "lead", None)
    premium = models.Product(name="Premium", name_key="premium", unit_price_minor=30000, unit_cost_minor=10000)
    onboarding = models.Product(name="Onboarding", name_key="onboarding", unit_price_minor=30000)
    support = models.Product(name="Support", name_key="support", unit_price_minor=5000, unit_cost_minor=2000)
    session.add_all([premium, onboarding, support])
    session.flush()
    for who, product, qty, amount, currency, days in (
        (a1, premium, 2, 60000, "EUR", 10),
        (a1, onboarding, 1, 30000, "EUR", 9),
        (a1, support, 1, 5000, "EUR", 400),
        (a2, premium, 1, 30000, "EUR", 200),
        (b1, support, 1, 5000, "EUR", 100),
        (b1, support, 1, 5000, "EUR", 40),
        (c, premium, 1, 40000, "USD", 20),
    ):
        session.add(
            models.Purchase(
                contact_id=who.id,
                product_id=product.id,
                quantity=qty,
                amount_minor=amount,
                currency=currency,
                purchased_at=ago(days),
            )
        )
    for who, kind, days in (
        (a1, "call", 100),
        (a1, "call", 70),
        (a1, "email", 40),
        (a1, "meeting", 10),
        (b1, "call", 60),
        (b1, "message", 50),
    ):
        session.add(
            models.Interaction(
                contact_id=who.id, author_id=rep.id, kind=kind, occurred_at=ago(days), created_at=ago(days)
            )
        )
    session.add(
        models.Interaction(contact_id=d.id, author_id=rep.id, kind="call", occurred_at=ago(2), created_at=ago(2))
    )
    deals = (
        ("d1", "qualification", 100000, "EUR", 20, None),
        ("d2", "proposal", 200000, "EUR", 5, None),
        ("d3", "proposal", 300000, "USD", 30, None),
        ("d4", "won", 400000, "EUR", 10, 10),
        ("d5", "lost", 100000, "EUR", 50, 50),
        ("d6", "won", 50000, "EUR", 200, 200),
    )
    for title, stage, value, currency, changed, closed in deals:
        session.add(
            models.Deal(
                title=title,
                contact_id=a1.id,
                organization_id=alpha.id,
                owner_id=rep.id,
                stage=stage,
                value_minor=value,
                currency=currency,
                stage_changed_at=ago(changed),
                created_at=ago(changed + 5),
                closed_at=ago(closed) if closed is not None else None,
            )
        )
    for due, status, done in ((-1, "done", 1), (1, "open", None), (-3, "open", None), (-10, "open", None)):
        # due is days from now: -3 means due in three days; 1 means due yesterday (overdue).
        session.add(
            models.FollowUp(
                contact_id=a1.id,
                owner_id=rep.id or 0,
                due_at=NOW - timedelta(days=due),
                text="x",
                status=status,
                created_at=ago(20),
                done_at=ago(done) if done is not None else None,
            )
        )
    session.flush()
    ids = {"rep": rep.id, "A1": a1.id, "A2": a2.id, "B1": b1.id, "C": c.id, "D": d.id}
    ids |= {"premium": premium.id, "onboarding": onboarding.id, "support": support.id}
    return {k: int(v or 0) for k, v in ids.items()}


def buy_premium(session: Session, ids: dict[str, int], who: str, at: datetime, *, recorded: datetime = NOW) -> None:
    """One Premium licence (EUR 300) for contact ``who`` at ``at``, recorded by the rep at ``recorded``."""
    from storage import sales

    sales.record_purchase(
        session=session,
        contact_id=ids[who],
        product_id=ids["premium"],
        quantity=1,
        amount_minor=30000,
        currency="EUR",
        purchased_at=at,
        author_id=ids["rep"],
        now=recorded,
    )
