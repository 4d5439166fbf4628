"""an organization's contract renewal date (the renewal nudge)

Revision ID: 0010_renews_on
Revises: 0009_network
"""

import sqlalchemy as sa
from alembic import op

revision = "0010_renews_on"
down_revision = "0009_network"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("organization") as batch:
        batch.add_column(sa.Column("renews_on", sa.Date(), nullable=True))
        batch.create_index("ix_organization_renews_on", ["renews_on"])


def downgrade() -> None:
    with op.batch_alter_table("organization") as batch:
        batch.drop_index("ix_organization_renews_on")
        batch.drop_column("renews_on")
