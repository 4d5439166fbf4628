"""insight rollups: per-contact revenue and activity, product pairs, and a covering index on purchase time

Revision ID: 0003_insights_rollups
Revises: 0001 (to be re-pointed at 0002_reminders when the branches merge)
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import storage.types

revision = "0003_insights_rollups"
down_revision = "0002_reminders"
branch_labels = None
depends_on = None


def _ts(name: str) -> sa.Column:
    return sa.Column(name, storage.types.UTCDateTime(timezone=True), nullable=False)


def _n(name: str) -> sa.Column:
    return sa.Column(name, sa.BigInteger(), nullable=False, server_default="0")


def upgrade() -> None:
    op.create_table(
        "rollup_state",
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=40), nullable=False),
        _ts("as_of"),
        _ts("rebuilt_at"),
        sa.PrimaryKeyConstraint("name"),
    )
    op.create_table(
        "contact_revenue",
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("currency", sqlmodel.sql.sqltypes.AutoString(length=3), nullable=False),
        _n("revenue_minor"),
        _n("costed_minor"),
        _n("cost_minor"),
        _n("purchases"),
        _ts("first_at"),
        _ts("last_at"),
        _n("revenue_12m"),
        _n("costed_12m"),
        _n("cost_12m"),
        _n("purchases_12m"),
        sa.PrimaryKeyConstraint("contact_id", "currency"),
    )
    op.create_index("ix_contact_revenue_first", "contact_revenue", ["first_at"])
    op.create_table(
        "contact_activity",
        sa.Column("contact_id", sa.Integer(), nullable=False),
        _n("touches"),
        _ts("first_at"),
        _ts("last_at"),
        *[_n(f"n_{kind}") for kind in ("call", "meeting", "email", "message", "note", "visit")],
        sa.PrimaryKeyConstraint("contact_id"),
    )
    op.create_table(
        "contact_product",
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("contact_id", "product_id"),
    )
    op.create_index("ix_contact_product_product", "contact_product", ["product_id", "contact_id"])
    op.create_table(
        "product_pair",
        sa.Column("a_id", sa.Integer(), nullable=False),
        sa.Column("b_id", sa.Integer(), nullable=False),
        _n("customers"),
        sa.PrimaryKeyConstraint("a_id", "b_id"),
    )
    op.create_table(
        "contact_rfm",
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("segment", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("score", sa.Integer(), nullable=False, server_default="0"),
        sa.PrimaryKeyConstraint("contact_id"),
    )
    op.create_index("ix_contact_rfm_segment_score", "contact_rfm", ["segment", "score", "contact_id"])
    # Windowed questions that the rollups cannot answer ("this quarter", "last 90 days") scan purchases by time.
    op.create_index(
        "ix_purchase_time_cover",
        "purchase",
        ["purchased_at", "contact_id", "currency", "amount_minor", "product_id", "quantity"],
    )


def downgrade() -> None:
    op.drop_index("ix_purchase_time_cover", table_name="purchase")
    op.drop_index("ix_contact_rfm_segment_score", table_name="contact_rfm")
    op.drop_table("contact_rfm")
    op.drop_table("product_pair")
    op.drop_index("ix_contact_product_product", table_name="contact_product")
    op.drop_table("contact_product")
    op.drop_table("contact_activity")
    op.drop_index("ix_contact_revenue_first", table_name="contact_revenue")
    op.drop_table("contact_revenue")
    op.drop_table("rollup_state")
