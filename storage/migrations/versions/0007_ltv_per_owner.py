"""ltv rollup per owner: segment_revenue and rollup_churn keyed by owner, so a rep's or manager's lifetime value
reads the nightly summary too

Revision ID: 0007_ltv_per_owner
Revises: 0006_week_index
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import storage.types

revision = "0007_ltv_per_owner"
down_revision = "0006_week_index"
branch_labels = None
depends_on = None


def _n(name: str) -> sa.Column:
    return sa.Column(name, sa.BigInteger(), nullable=False, server_default="0")


def upgrade() -> None:
    # Both tables hold only a snapshot of the last rebuild: recreated empty, lifetime value is answered live until
    # the next rebuild fills them (the nightly job, an import, or the demo loader).
    op.drop_table("rollup_churn")
    op.drop_table("segment_revenue")
    op.create_table(
        "segment_revenue",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("segment", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("currency", sqlmodel.sql.sqltypes.AutoString(length=3), nullable=False),
        _n("revenue_minor"),
        _n("customers"),
        _n("revenue_12m"),
        _n("customers_12m"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_segment_revenue_owner", "segment_revenue", ["owner_id"])
    op.create_table(
        "rollup_churn",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("window_days", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("as_of", storage.types.UTCDateTime(timezone=True), nullable=False),
        _n("active"),
        _n("churned"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_rollup_churn_window_owner", "rollup_churn", ["window_days", "owner_id"])


def downgrade() -> None:
    op.drop_table("rollup_churn")
    op.drop_table("segment_revenue")
    op.create_table(
        "segment_revenue",
        sa.Column("segment", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("currency", sqlmodel.sql.sqltypes.AutoString(length=3), nullable=False),
        _n("revenue_minor"),
        _n("customers"),
        _n("revenue_12m"),
        _n("customers_12m"),
        sa.PrimaryKeyConstraint("segment", "currency"),
    )
    op.create_table(
        "rollup_churn",
        sa.Column("window_days", sa.Integer(), nullable=False),
        sa.Column("as_of", storage.types.UTCDateTime(timezone=True), nullable=False),
        _n("active"),
        _n("churned"),
        sa.PrimaryKeyConstraint("window_days"),
    )
