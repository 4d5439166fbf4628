"""Index for "my week": interactions by author and the time they were logged

Revision ID: 0006_week_index
Revises: 0005_ltv_rollup
"""

from alembic import op

revision = "0006_week_index"
down_revision = "0005_ltv_rollup"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_interaction_author_logged", "interaction", ["author_id", "created_at"])


def downgrade() -> None:
    op.drop_index("ix_interaction_author_logged", table_name="interaction")
