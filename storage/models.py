"""Tables of the contact store.

Timestamps are aware UTC (:class:`UTCDateTime`); money is integer minor units plus an ISO 4217 code.
Enumerations are short strings validated at the edges (the tuples below), which keeps migrations plain.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from pydantic import ConfigDict
from sqlalchemy import JSON, BigInteger, Column, Index, UniqueConstraint, text
from sqlmodel import Field, SQLModel

from storage.types import UTCDateTime

ROLES = ("rep", "manager", "admin")
ORG_KINDS = ("customer", "partner", "supplier", "investor", "prospect")
STAGES = ("prospect", "lead", "customer", "advocate", "churned")
INTERACTION_KINDS = ("call", "meeting", "email", "message", "note", "visit")
FOLLOW_UP_STATUSES = ("open", "done", "snoozed", "cancelled")
DEAL_STAGES = ("qualification", "proposal", "negotiation", "won", "lost")
# Nudge kinds are declared by the rule modules of reminders/rules/ (reminders.rules.registry).
# Typed links (storage/network.py): "a KIND b", read as in LINK_KINDS' comments. Nodes are "c" (contact) or "o"
# (organization). Symmetric kinds read the same both ways.
LINK_KINDS = (
    "employee",  # person a works at organization b (title, department)
    "former_employee",  # person a used to work at b
    "board_member",  # person a sits on b's board
    "advisor",  # person a advises b
    "partner",  # organizations a and b are partners (symmetric)
    "supplier",  # a supplies b
    "investor",  # a invests in b
    "reseller",  # a resells b's products
    "subsidiary",  # a is a subsidiary of b
    "competitor",  # a and b compete (symmetric)
    "introduced",  # a introduced us to b
    "referred",  # a referred b to us
    "reports_to",  # person a reports to person b
    "knows",  # a and b know each other (symmetric)
    "champion",  # person a champions us at account b
    "decision_maker",  # person a decides at account b
    "blocker",  # person a blocks us at account b
)
SYMMETRIC_LINKS = frozenset({"partner", "competitor", "knows"})
# What a customer values (storage/facts.py); a promise is ours, with an optional due date.
FACT_KINDS = ("need", "pain", "preference", "objection", "promise", "note")
NUDGE_STATUSES = ("pending", "sent", "done", "snoozed", "dismissed")
# A stale list never asks after churned customers; the partial index ix_contact_stale holds the others. Written as
# a literal in the queries too: SQLite uses a partial index only for a query that repeats its condition as written.
STALE_WHERE = "stage != 'churned'"


class StoreModel(SQLModel):
    """The base of every table and its variants. Pydantic builds a model's validator and serializer when it is
    first used, not at import (``defer_build``): rows are built by SQLAlchemy, seldom validated, and building
    all of them up front was a tenth of the bot's start-up."""

    model_config = ConfigDict(defer_build=True)


def _count() -> Any:
    """A running total in a rollup: 64-bit (sums of minor units outgrow 32 bits), zero when new."""
    return Field(default=0, sa_type=BigInteger, sa_column_kwargs={"server_default": "0"})


def _ts(*, index: bool = False, nullable: bool = False) -> Any:
    return Field(default=None, sa_type=UTCDateTime, index=index, nullable=nullable)


class Team(StoreModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=120, unique=True)


class StaffBase(StoreModel):
    handle: str = Field(max_length=120, unique=True)
    display_name: str = Field(max_length=200)
    role: str = Field(default="rep", max_length=16)
    email: str | None = Field(default=None, max_length=320, index=True)
    tz: str = Field(default="UTC", max_length=64)
    language: str = Field(default="en", max_length=8)
    digest_time: str = Field(default="08:30", max_length=5)
    team_id: int | None = Field(default=None, foreign_key="team.id", index=True)
    active: bool = True


class Staff(StaffBase, table=True):
    id: int | None = Field(default=None, primary_key=True)
    created_at: datetime = _ts()


class StaffIdentity(StoreModel, table=True):
    """A platform account linked to a staff member, and where to reach them proactively."""

    __tablename__ = "staff_identity"
    __table_args__ = (UniqueConstraint("platform", "external_id"),)
    id: int | None = Field(default=None, primary_key=True)
    staff_id: int = Field(foreign_key="staff.id", index=True)
    platform: str = Field(max_length=16)
    external_id: str = Field(max_length=64)
    chat_id: str | None = Field(default=None, max_length=64)
    unreachable: bool = False
    created_at: datetime = _ts()


class LinkCode(StoreModel, table=True):
    __tablename__ = "link_code"
    code: str = Field(primary_key=True, max_length=32)
    staff_id: int = Field(foreign_key="staff.id", index=True)
    expires_at: datetime = _ts()
    used_at: datetime | None = _ts(nullable=True)


class Organization(StoreModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200)
    name_key: str = Field(max_length=200, index=True)
    kind: str = Field(default="customer", max_length=16)
    segment: str | None = Field(default=None, max_length=80, index=True)
    owner_id: int | None = Field(default=None, foreign_key="staff.id", index=True)
    domain: str | None = Field(default=None, max_length=200)
    city: str | None = Field(default=None, max_length=120)
    # When the contract renews: the owner is nudged settings.renewal_notice_days before (reminders/rules/renewal.py).
    renews_on: date | None = Field(default=None, index=True)
    created_at: datetime = _ts()
    updated_at: datetime = _ts()


class ContactBase(StoreModel):
    full_name: str = Field(max_length=200)
    organization_id: int | None = Field(default=None, foreign_key="organization.id", index=True)
    owner_id: int | None = Field(default=None, foreign_key="staff.id", index=True)
    stage: str = Field(default="prospect", max_length=16)
    birthday_month: int | None = None
    birthday_day: int | None = None
    birthday_year: int | None = None
    preferred_channel: str | None = Field(default=None, max_length=16)
    language: str | None = Field(default=None, max_length=8)
    tier: str | None = Field(default=None, max_length=32)
    notes: str | None = None
    job_title: str | None = Field(default=None, max_length=120)
    # The contact's own stay-in-touch rhythm ("keep in touch with Maria every 30 days"): stricter than any policy.
    keep_in_touch_days: int | None = None


class Contact(ContactBase, table=True):
    __table_args__ = (
        Index("ix_contact_birthday", "birthday_month", "birthday_day"),
        Index("ix_contact_owner_touch", "owner_id", "last_touch_at"),
        Index("ix_contact_tier", "tier"),
        # "Who haven't we talked to": the stale list and its count walk only the contacts that are not churned.
        # Migration 0012 makes it partial on PostgreSQL too; naming postgresql_where here imported that dialect
        # (~25 ms) into every SQLite start.
        Index("ix_contact_stale", "last_touch_at", sqlite_where=text(STALE_WHERE)),
    )
    id: int | None = Field(default=None, primary_key=True)
    search_key: str = Field(max_length=200, index=True)
    # Kept current by every interaction and purchase: "who haven't we talked to in 60 days" and the
    # cadence rules read one indexed column instead of aggregating millions of interactions.
    last_touch_at: datetime | None = _ts(index=True, nullable=True)
    created_at: datetime = _ts()
    updated_at: datetime = _ts()


class ContactEmail(StoreModel, table=True):
    __tablename__ = "contact_email"
    id: int | None = Field(default=None, primary_key=True)
    contact_id: int = Field(foreign_key="contact.id", index=True)
    email: str = Field(max_length=320, index=True)


class ContactPhone(StoreModel, table=True):
    __tablename__ = "contact_phone"
    id: int | None = Field(default=None, primary_key=True)
    contact_id: int = Field(foreign_key="contact.id", index=True)
    e164: str = Field(max_length=20, index=True)


class ContactTag(StoreModel, table=True):
    __tablename__ = "contact_tag"
    contact_id: int = Field(foreign_key="contact.id", primary_key=True)
    tag: str = Field(max_length=60, primary_key=True, index=True)


class ContactAlias(StoreModel, table=True):
    """A staff member's own word for a contact ("Bob from Acme"), learnt from a disambiguation."""

    __tablename__ = "contact_alias"
    __table_args__ = (UniqueConstraint("staff_id", "alias_key"),)
    id: int | None = Field(default=None, primary_key=True)
    staff_id: int = Field(foreign_key="staff.id")
    alias_key: str = Field(max_length=200)
    contact_id: int = Field(foreign_key="contact.id", index=True)


class Interaction(StoreModel, table=True):
    __table_args__ = (
        UniqueConstraint("source_platform", "source_message_id"),
        Index("ix_interaction_contact_time", "contact_id", "occurred_at"),
        Index("ix_interaction_author_time", "author_id", "occurred_at"),
        # "my week" counts what each person logged (created_at), not when it happened; per kind, from the index
        # alone (a week can hold hundreds of thousands of interactions).
        Index("ix_interaction_author_logged_kind", "author_id", "created_at", "kind"),
    )
    id: int | None = Field(default=None, primary_key=True)
    contact_id: int = Field(foreign_key="contact.id")
    author_id: int | None = Field(default=None, foreign_key="staff.id")
    kind: str = Field(default="note", max_length=16)
    occurred_at: datetime = _ts()
    summary: str = ""
    source_platform: str | None = Field(default=None, max_length=16)
    source_message_id: str | None = Field(default=None, max_length=128)
    created_at: datetime = _ts()


class FollowUp(StoreModel, table=True):
    __tablename__ = "follow_up"
    __table_args__ = (
        Index("ix_follow_up_status_due", "status", "due_at"),
        Index("ix_follow_up_owner_status", "owner_id", "status"),
    )
    id: int | None = Field(default=None, primary_key=True)
    contact_id: int | None = Field(default=None, foreign_key="contact.id", index=True)
    organization_id: int | None = Field(default=None, foreign_key="organization.id")
    owner_id: int = Field(foreign_key="staff.id")
    interaction_id: int | None = Field(default=None, foreign_key="interaction.id")
    due_at: datetime = _ts()
    text: str = ""
    status: str = Field(default="open", max_length=16)
    created_at: datetime = _ts()
    done_at: datetime | None = _ts(nullable=True)


class Product(StoreModel, table=True):
    id: int | None = Field(default=None, primary_key=True)
    name: str = Field(max_length=200)
    name_key: str = Field(max_length=200, unique=True)
    unit_price_minor: int | None = None
    unit_cost_minor: int | None = None
    currency: str = Field(default="EUR", max_length=3)


class Purchase(StoreModel, table=True):
    __table_args__ = (
        UniqueConstraint("source_platform", "source_message_id"),
        Index("ix_purchase_contact_time", "contact_id", "purchased_at"),
        Index("ix_purchase_product_contact", "product_id", "contact_id"),
        Index("ix_purchase_contact_product", "contact_id", "product_id"),
        Index(
            "ix_purchase_time_cover", "purchased_at", "contact_id", "currency", "amount_minor", "product_id", "quantity"
        ),
    )
    id: int | None = Field(default=None, primary_key=True)
    contact_id: int = Field(foreign_key="contact.id")
    product_id: int | None = Field(default=None, foreign_key="product.id")
    quantity: int = 1
    amount_minor: int = 0
    currency: str = Field(default="EUR", max_length=3)
    purchased_at: datetime = _ts()
    author_id: int | None = Field(default=None, foreign_key="staff.id")
    source_platform: str | None = Field(default=None, max_length=16)
    source_message_id: str | None = Field(default=None, max_length=128)


class Deal(StoreModel, table=True):
    __table_args__ = (Index("ix_deal_stage_owner", "stage", "owner_id"),)
    id: int | None = Field(default=None, primary_key=True)
    title: str = Field(max_length=200)
    contact_id: int | None = Field(default=None, foreign_key="contact.id", index=True)
    organization_id: int | None = Field(default=None, foreign_key="organization.id", index=True)
    owner_id: int | None = Field(default=None, foreign_key="staff.id")
    stage: str = Field(default="qualification", max_length=16)
    value_minor: int = 0
    currency: str = Field(default="EUR", max_length=3)
    expected_close: date | None = None
    stage_changed_at: datetime = _ts()
    created_at: datetime = _ts()
    closed_at: datetime | None = _ts(nullable=True)
    lost_reason: str | None = Field(default=None, max_length=300)


class Nudge(StoreModel, table=True):
    __table_args__ = (
        Index("ix_nudge_status_due", "status", "due_at"),
        Index("ix_nudge_owner_status", "owner_id", "status"),
        Index("ix_nudge_contact_kind_due", "contact_id", "kind", "due_at"),
        Index("ix_nudge_owner_due", "owner_id", "due_at"),
    )
    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=16)
    # Unique: a replayed sweep, a restart or a second instance inserts nothing new.
    dedupe_key: str = Field(max_length=200, unique=True)
    owner_id: int = Field(foreign_key="staff.id")
    contact_id: int | None = Field(default=None, foreign_key="contact.id", index=True)
    follow_up_id: int | None = Field(default=None, foreign_key="follow_up.id")
    due_at: datetime = _ts()
    text: str = ""
    status: str = Field(default="pending", max_length=16)
    attempts: int = 0
    next_attempt_at: datetime | None = _ts(nullable=True)
    last_error: str | None = None
    sent_at: datetime | None = _ts(nullable=True)
    sent_platform: str | None = Field(default=None, max_length=16)
    sent_chat_id: str | None = Field(default=None, max_length=64)
    sent_message_id: str | None = Field(default=None, max_length=64)
    acted_at: datetime | None = _ts(nullable=True)
    created_at: datetime = _ts()


class AuditLog(StoreModel, table=True):
    """Every change, export and full-card view; a change's ``undo`` holds how to revert it."""

    __tablename__ = "audit_log"
    __table_args__ = (
        Index("ix_audit_entity", "entity", "entity_id"),
        Index("ix_audit_staff_at", "staff_id", "at"),
    )
    id: int | None = Field(default=None, primary_key=True)
    at: datetime = _ts()
    staff_id: int | None = Field(default=None, foreign_key="staff.id")
    action: str = Field(max_length=40)
    entity: str = Field(max_length=40)
    entity_id: int | None = None
    detail: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON(none_as_null=True)))
    undo: list[Any] | None = Field(default=None, sa_column=Column(JSON(none_as_null=True)))
    undone: bool = False


class DialogState(StoreModel, table=True):
    """A pending question in one chat (kept in the store so any instance can pick the answer up)."""

    __tablename__ = "dialog_state"
    __table_args__ = (UniqueConstraint("platform", "chat_id", "user_id"),)
    id: int | None = Field(default=None, primary_key=True)
    platform: str = Field(max_length=16)
    chat_id: str = Field(max_length=64)
    user_id: str = Field(max_length=64)
    kind: str = Field(max_length=40)
    payload: dict[str, Any] = Field(default_factory=dict, sa_column=Column(JSON))
    expires_at: datetime = _ts()


class ProcessedEvent(StoreModel, table=True):
    """Platform event ids already handled, so a redelivered update or retried event is a no-op."""

    __tablename__ = "processed_event"
    platform: str = Field(primary_key=True, max_length=16)
    event_id: str = Field(primary_key=True, max_length=128)
    at: datetime = _ts(index=True)


class ReminderState(StoreModel, table=True):
    """Small facts the scheduler keeps between sweeps: last sweep, daily passes done, cadence marks, mined rules."""

    __tablename__ = "reminder_state"
    key: str = Field(primary_key=True, max_length=64)
    at: datetime | None = _ts(nullable=True)
    value: dict[str, Any] | None = Field(default=None, sa_column=Column(JSON(none_as_null=True)))


class ContactCadence(StoreModel, table=True):
    """Each contact's own rhythm, refreshed by the sweep for contacts with new interactions or purchases.

    Kept apart so the at-risk rule reads one row per contact instead of re-deriving medians over
    millions of interactions every morning. No foreign key: a merged or deleted contact just leaves
    a row that joins to nothing.
    """

    __tablename__ = "contact_cadence"
    # at-risk ranks by value and reads the highest-value contacts first (reminders/rules/at_risk.py).
    __table_args__ = (Index("ix_contact_cadence_value", "yearly_value_minor"),)
    contact_id: int = Field(primary_key=True)
    points: int = 0  # distinct touch days
    cadence_days: float | None = None  # median gap between touch days; None below two points
    yearly_value_minor: int = Field(
        default=0, sa_type=BigInteger
    )  # purchases in the 365 days up to the latest purchase


# ---- Insight rollups (storage/analytics/rollups.py keeps them): rebuilt set-wise, refreshed per contact on write.
# "12m" columns count rows at or after the rebuild's ``as_of`` minus 365 days (see docs/insights.md).


class RollupState(StoreModel, table=True):
    __tablename__ = "rollup_state"
    name: str = Field(primary_key=True, max_length=40)
    as_of: datetime = _ts()
    rebuilt_at: datetime = _ts()


class ContactRevenue(StoreModel, table=True):
    """One customer's purchases in one currency: all time, and the trailing year as of the rebuild."""

    __tablename__ = "contact_revenue"
    __table_args__ = (Index("ix_contact_revenue_first", "first_at"),)
    contact_id: int = Field(primary_key=True)
    currency: str = Field(primary_key=True, max_length=3)
    revenue_minor: int = _count()
    costed_minor: int = _count()
    cost_minor: int = _count()
    purchases: int = _count()
    first_at: datetime = _ts()
    last_at: datetime = _ts()
    revenue_12m: int = _count()
    costed_12m: int = _count()
    cost_12m: int = _count()
    purchases_12m: int = _count()
    # The calendar periods around the rebuild (storage.analytics.periods; bounds in rollup_period).
    revenue_mtd: int = _count()
    costed_mtd: int = _count()
    cost_mtd: int = _count()
    purchases_mtd: int = _count()
    revenue_lm: int = _count()
    costed_lm: int = _count()
    cost_lm: int = _count()
    purchases_lm: int = _count()
    revenue_qtd: int = _count()
    costed_qtd: int = _count()
    cost_qtd: int = _count()
    purchases_qtd: int = _count()
    revenue_lq: int = _count()
    costed_lq: int = _count()
    cost_lq: int = _count()
    purchases_lq: int = _count()
    revenue_ytd: int = _count()
    costed_ytd: int = _count()
    cost_ytd: int = _count()
    purchases_ytd: int = _count()
    revenue_ly: int = _count()
    costed_ly: int = _count()
    cost_ly: int = _count()
    purchases_ly: int = _count()


class RollupPeriod(StoreModel, table=True):
    """The calendar periods the last rebuild counted in contact_revenue's period columns: [since, until), or, for
    a running one (``open``: this month, quarter, year), from ``since`` up to the rebuild."""

    __tablename__ = "rollup_period"
    name: str = Field(primary_key=True, max_length=8)
    since: datetime = _ts()
    until: datetime = _ts()
    open: bool = False


class ContactActivity(StoreModel, table=True):
    """One contact's interactions in the trailing year as of the rebuild: per kind, and the span for the rhythm."""

    __tablename__ = "contact_activity"
    contact_id: int = Field(primary_key=True)
    touches: int = _count()
    first_at: datetime = _ts()
    last_at: datetime = _ts()
    n_call: int = _count()
    n_meeting: int = _count()
    n_email: int = _count()
    n_message: int = _count()
    n_note: int = _count()
    n_visit: int = _count()


class ContactProduct(StoreModel, table=True):
    """Which catalogue products a contact has ever bought (cross-sell works on these pairs)."""

    __tablename__ = "contact_product"
    __table_args__ = (Index("ix_contact_product_product", "product_id", "contact_id"),)
    contact_id: int = Field(primary_key=True)
    product_id: int = Field(primary_key=True)


class ProductPair(StoreModel, table=True):
    """Customers who bought both A and B; the diagonal (A, A) is the customers of A."""

    __tablename__ = "product_pair"
    a_id: int = Field(primary_key=True)
    b_id: int = Field(primary_key=True)
    customers: int = _count()


class ContactRfm(StoreModel, table=True):
    """Each customer's RFM segment and score (R + F + M) as of the last rebuild."""

    __tablename__ = "contact_rfm"
    __table_args__ = (Index("ix_contact_rfm_segment_score", "segment", "score", "contact_id"),)
    contact_id: int = Field(primary_key=True)
    segment: str = Field(max_length=16)
    score: int = 0


class PortfolioSummary(StoreModel, table=True):
    """Revenue, costed revenue and its cost, paying customers and purchases per owner, segment or tag, currency
    and period (all time, the trailing year, the calendar periods of rollup_period), as of the last rebuild
    (storage.analytics.summaries): portfolio answers and lifetime value read these few rows instead of every
    customer's (everyone's figures add up all owners' rows, a rep's or manager's their owners'). ``owner_id``
    None: contacts without an owner. Not a foreign key: the rows are a snapshot, replaced whole by each rebuild."""

    __tablename__ = "portfolio_summary"
    __table_args__ = (Index("ix_portfolio_summary_period", "period", "dimension", "owner_id"),)
    id: int | None = Field(default=None, primary_key=True)
    owner_id: int | None = None
    dimension: str = Field(max_length=8)  # "segment" or "tag"
    key: str = Field(max_length=80)
    currency: str = Field(max_length=3)
    period: str = Field(max_length=8)  # "all", "12m" or a periods.CALENDAR name
    revenue_minor: int = _count()
    costed_minor: int = _count()
    cost_minor: int = _count()
    customers: int = _count()
    purchases: int = _count()


class SegmentActivity(StoreModel, table=True):
    """Interactions in the trailing year with customers (and advocates), per owner, segment and kind, as of the
    last rebuild: channel preferences per segment."""

    __tablename__ = "segment_activity"
    __table_args__ = (Index("ix_segment_activity_owner", "owner_id"),)
    id: int | None = Field(default=None, primary_key=True)
    owner_id: int | None = None
    segment: str = Field(max_length=80)
    kind: str = Field(max_length=16)
    interactions: int = _count()


class CohortRollup(StoreModel, table=True):
    """Customers per owner, cohort (UTC month of the first purchase) and month they bought in, for the cohorts of
    the last COHORT_MONTHS months as of the last rebuild: retention by cohort. A customer belongs to one owner, so
    the distinct counts add up over owners."""

    __tablename__ = "cohort_rollup"
    __table_args__ = (Index("ix_cohort_rollup_owner", "owner_id"),)
    id: int | None = Field(default=None, primary_key=True)
    owner_id: int | None = None
    cohort: str = Field(max_length=7)
    month: str = Field(max_length=7)
    customers: int = _count()


class RollupChurn(StoreModel, table=True):
    """The 90-day churn behind projected lifetime value per owner (None: contacts without one), as of the rebuild
    at ``as_of``, per activity window: active and churned customers add up over owners, as portfolio_summary's do.
    The rebuild always writes the row of contacts without an owner, so it shows the window even
    on a store without purchases."""

    __tablename__ = "rollup_churn"
    __table_args__ = (Index("ix_rollup_churn_window_owner", "window_days", "owner_id"),)
    id: int | None = Field(default=None, primary_key=True)
    window_days: int
    owner_id: int | None = None
    as_of: datetime = _ts()
    active: int = _count()
    churned: int = _count()


class Relationship(StoreModel, table=True):
    """A typed, dated link between two people or organizations: "a KIND b" (models.LINK_KINDS).

    Ends are (type, id) pairs rather than foreign keys so one walk (storage/network.py) follows people and
    organizations alike; erasing a person deletes their links (storage/privacy). A link that ends keeps its row
    with ``ended_at``, so "Ana left Acme for Globex" is history, not a lost fact.
    """

    __tablename__ = "relationship"
    __table_args__ = (
        Index("ix_relationship_a", "a_type", "a_id", "kind"),
        Index("ix_relationship_b", "b_type", "b_id", "kind"),
    )
    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=24)
    a_type: str = Field(max_length=1)
    a_id: int
    b_type: str = Field(max_length=1)
    b_id: int
    title: str | None = Field(default=None, max_length=120)
    department: str | None = Field(default=None, max_length=120)
    started_at: datetime | None = _ts(nullable=True)
    ended_at: datetime | None = _ts(nullable=True)
    source: str = Field(default="chat", max_length=16)  # chat, import, demo
    owner_id: int | None = Field(default=None, foreign_key="staff.id", index=True)
    created_at: datetime = _ts()


class CustomerFact(StoreModel, table=True):
    """Something a customer needs, suffers, prefers, objects to, or that we promised them, or a free note.

    Attached to a person or an organization, with who recorded it and when; a promise may be due and is open
    until kept. ``lang`` is the language it was written in: PostgreSQL's full-text index stems each fact with
    its own language (storage/facts.py).
    """

    __tablename__ = "customer_fact"
    __table_args__ = (
        Index("ix_customer_fact_open", "kind", "status", "due_at"),
        # Partial: most facts are about a person, and a mostly-NULL column's statistics make SQLite scan every fact
        # rather than use a plain index for "this organization's facts". The migration makes it partial on
        # PostgreSQL too; naming postgresql_where here would import that dialect (~50 ms) into every SQLite start.
        Index("ix_customer_fact_organization_id", "organization_id", sqlite_where=text("organization_id IS NOT NULL")),
    )  # fmt: skip
    id: int | None = Field(default=None, primary_key=True)
    kind: str = Field(max_length=16)
    contact_id: int | None = Field(default=None, foreign_key="contact.id", index=True)
    organization_id: int | None = Field(default=None, foreign_key="organization.id")
    text: str = Field(max_length=1000)
    lang: str = Field(default="en", max_length=8)
    status: str = Field(default="open", max_length=16)  # open, kept, dropped
    due_at: datetime | None = _ts(nullable=True)
    author_id: int | None = Field(default=None, foreign_key="staff.id")
    owner_id: int | None = Field(default=None, foreign_key="staff.id", index=True)
    source: str = Field(default="chat", max_length=16)
    created_at: datetime = _ts()


class SegmentProduct(StoreModel, table=True):
    """How many of a segment's buying customers bought each product, as of the last rollup rebuild: "what similar
    customers bought" for the value proposition (storage/analytics/offer.py). ``buyers`` is the segment's customers
    who bought anything, repeated on each row."""

    __tablename__ = "segment_product"
    segment: str = Field(primary_key=True, max_length=80)
    product_id: int = Field(primary_key=True)
    customers: int = _count()
    buyers: int = _count()
