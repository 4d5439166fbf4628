"""portfolio summaries per owner: revenue by segment and tag for every period, channel mix, cohorts; calendar
periods in contact_revenue; "my week" counted from the index alone

Revision ID: 0008_portfolio_summaries
Revises: 0007_ltv_per_owner
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import storage.types

revision = "0008_portfolio_summaries"
down_revision = "0007_ltv_per_owner"
branch_labels = None
depends_on = None

_PERIODS = ("mtd", "lm", "qtd", "lq", "ytd", "ly")
_MEASURES = ("revenue", "costed", "cost", "purchases")


def _n(name: str) -> sa.Column:
    return sa.Column(name, sa.BigInteger(), nullable=False, server_default="0")


def _text(name: str, length: int) -> sa.Column:
    return sa.Column(name, sqlmodel.sql.sqltypes.AutoString(length=length), nullable=False)


def _summary(name: str, *columns: sa.Column) -> None:
    op.create_table(
        name,
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        *columns,
        sa.PrimaryKeyConstraint("id"),
    )


def upgrade() -> None:
    # Every summary is a snapshot of the last rebuild, empty until the next one: without rollup_state "summaries"
    # and rollup_period rows the answers read the ledger (or the per-contact rollups) until then.
    op.drop_table("segment_revenue")
    op.execute("DELETE FROM rollup_churn")
    with op.batch_alter_table("contact_revenue") as batch:
        for period in _PERIODS:
            for measure in _MEASURES:
                batch.add_column(_n(f"{measure}_{period}"))
    op.create_table(
        "rollup_period",
        _text("name", 8),
        sa.Column("since", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("until", storage.types.UTCDateTime(timezone=True), nullable=False),
        sa.Column("open", sa.Boolean(), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )
    _summary(
        "portfolio_summary",
        _text("dimension", 8),
        _text("key", 80),
        _text("currency", 3),
        _text("period", 8),
        _n("revenue_minor"),
        _n("costed_minor"),
        _n("cost_minor"),
        _n("customers"),
        _n("purchases"),
    )
    op.create_index("ix_portfolio_summary_period", "portfolio_summary", ["period", "dimension", "owner_id"])
    _summary("segment_activity", _text("segment", 80), _text("kind", 16), _n("interactions"))
    op.create_index("ix_segment_activity_owner", "segment_activity", ["owner_id"])
    _summary("cohort_rollup", _text("cohort", 7), _text("month", 7), _n("customers"))
    op.create_index("ix_cohort_rollup_owner", "cohort_rollup", ["owner_id"])
    op.create_index("ix_interaction_author_logged_kind", "interaction", ["author_id", "created_at", "kind"])
    op.drop_index("ix_interaction_author_logged", table_name="interaction")


def downgrade() -> None:
    op.create_index("ix_interaction_author_logged", "interaction", ["author_id", "created_at"])
    op.drop_index("ix_interaction_author_logged_kind", table_name="interaction")
    op.drop_table("cohort_rollup")
    op.drop_table("segment_activity")
    op.drop_table("portfolio_summary")
    op.drop_table("rollup_period")
    with op.batch_alter_table("contact_revenue") as batch:
        for period in _PERIODS:
            for measure in _MEASURES:
                batch.drop_column(f"{measure}_{period}")
    _summary(
        "segment_revenue",
        _text("segment", 80),
        _text("currency", 3),
        *(_n(name) for name in ("revenue_minor", "customers", "revenue_12m", "customers_12m")),
    )
    op.create_index("ix_segment_revenue_owner", "segment_revenue", ["owner_id"])
