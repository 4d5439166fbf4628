"""reminders: scheduler state, per-contact cadence, indexes the nudge rules read

Revision ID: 0002_reminders
Revises: 0001
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import storage.types

revision = "0002_reminders"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "reminder_state",
        sa.Column("key", sqlmodel.sql.sqltypes.AutoString(length=64), nullable=False),
        sa.Column("at", storage.types.UTCDateTime(timezone=True), nullable=True),
        sa.Column("value", sa.JSON(none_as_null=True), nullable=True),
        sa.PrimaryKeyConstraint("key"),
    )
    op.create_table(
        "contact_cadence",
        sa.Column("contact_id", sa.Integer(), nullable=False),
        sa.Column("points", sa.Integer(), nullable=False),
        sa.Column("cadence_days", sa.Float(), nullable=True),
        sa.Column("yearly_value_minor", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("contact_id"),
    )
    # cross-sell: "has A, never B" probes and the pair mining read (contact, product) from the index alone.
    op.create_index("ix_purchase_contact_product", "purchase", ["contact_id", "product_id"])
    # stay-in-touch policies select by tier.
    op.create_index("ix_contact_tier", "contact", ["tier"])
    # "already nudged about this contact in this episode?" and history by owner and time.
    op.create_index("ix_nudge_contact_kind_due", "nudge", ["contact_id", "kind", "due_at"])
    op.create_index("ix_nudge_owner_due", "nudge", ["owner_id", "due_at"])


def downgrade() -> None:
    op.drop_index("ix_nudge_owner_due", table_name="nudge")
    op.drop_index("ix_nudge_contact_kind_due", table_name="nudge")
    op.drop_index("ix_contact_tier", table_name="contact")
    op.drop_index("ix_purchase_contact_product", table_name="purchase")
    op.drop_table("contact_cadence")
    op.drop_table("reminder_state")
