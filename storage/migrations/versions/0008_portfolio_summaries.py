"""portfolio summaries per owner: margins and purchases in segment_revenue, channel mix per segment, cohorts;
"my week" counted from the index alone

Revision ID: 0008_portfolio_summaries
Revises: 0007_ltv_per_owner
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0008_portfolio_summaries"
down_revision = "0007_ltv_per_owner"
branch_labels = None
depends_on = None

_NEW_COLUMNS = ("costed_minor", "cost_minor", "purchases", "costed_12m", "cost_12m", "purchases_12m")


def _n(name: str) -> sa.Column:
    return sa.Column(name, sa.BigInteger(), nullable=False, server_default="0")


def upgrade() -> None:
    # The summaries are snapshots of the last rebuild: empty until the next one (rollup_state "summaries" absent,
    # so every answer is live until then).
    op.execute("DELETE FROM segment_revenue")
    op.execute("DELETE FROM rollup_churn")
    with op.batch_alter_table("segment_revenue") as batch:
        for name in _NEW_COLUMNS:
            batch.add_column(_n(name))
    op.create_table(
        "segment_activity",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("segment", sqlmodel.sql.sqltypes.AutoString(length=80), nullable=False),
        sa.Column("kind", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        _n("interactions"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_segment_activity_owner", "segment_activity", ["owner_id"])
    op.create_table(
        "cohort_rollup",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        sa.Column("cohort", sqlmodel.sql.sqltypes.AutoString(length=7), nullable=False),
        sa.Column("month", sqlmodel.sql.sqltypes.AutoString(length=7), nullable=False),
        _n("customers"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_cohort_rollup_owner", "cohort_rollup", ["owner_id"])
    op.create_index("ix_interaction_author_logged_kind", "interaction", ["author_id", "created_at", "kind"])
    op.drop_index("ix_interaction_author_logged", table_name="interaction")


def downgrade() -> None:
    op.create_index("ix_interaction_author_logged", "interaction", ["author_id", "created_at"])
    op.drop_index("ix_interaction_author_logged_kind", table_name="interaction")
    op.drop_table("cohort_rollup")
    op.drop_table("segment_activity")
    with op.batch_alter_table("segment_revenue") as batch:
        for name in _NEW_COLUMNS:
            batch.drop_column(name)
