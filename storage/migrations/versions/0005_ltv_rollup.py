"""ltv rollup: per-segment revenue and the 90-day churn as of the nightly rebuild

Revision ID: 0005_ltv_rollup
Revises: 0004_sweep_speed
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import storage.types

revision = "0005_ltv_rollup"
down_revision = "0004_sweep_speed"
branch_labels = None
depends_on = None


def _n(name: str) -> sa.Column:
    return sa.Column(name, sa.BigInteger(), nullable=False, server_default="0")


def upgrade() -> None:
    # Empty until the next rebuild: lifetime value reads the live figures until then.
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


def downgrade() -> None:
    op.drop_table("rollup_churn")
    op.drop_table("segment_revenue")
