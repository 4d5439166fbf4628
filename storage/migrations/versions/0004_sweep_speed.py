"""sweep speed: the at-risk rule walks contacts down their value at risk

Revision ID: 0004_sweep_speed
Revises: 0002_reminders
"""

from alembic import op

revision = "0004_sweep_speed"
down_revision = "0003_insights_rollups"
branch_labels = None
depends_on = None


def upgrade() -> None:
    # at-risk ranks by value: the sweep reads the highest-value band first and rarely needs the rest.
    op.create_index("ix_contact_cadence_value", "contact_cadence", ["yearly_value_minor"])


def downgrade() -> None:
    op.drop_index("ix_contact_cadence_value", table_name="contact_cadence")
