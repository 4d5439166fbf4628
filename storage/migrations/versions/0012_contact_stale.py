"""Contacts that are not churned, by last touch: "who haven't we talked to in 60 days?" and its count

The stale list counts every contact not touched since an instant. Through the last-touch index that reads each
match's row to test its stage (a third of a second on a million contacts); this partial index holds only the
contacts a stale list may name, so the count walks index entries alone and the list reads its first rows in order.

Revision ID: 0012_contact_stale
Revises: 0011_contact_fts_recency
"""

import sqlalchemy as sa
from alembic import op

revision = "0012_contact_stale"
down_revision = "0011_contact_fts_recency"
branch_labels = None
depends_on = None

WHERE = "stage != 'churned'"


def upgrade() -> None:
    op.create_index(
        "ix_contact_stale",
        "contact",
        ["last_touch_at"],
        sqlite_where=sa.text(WHERE),
        postgresql_where=sa.text(WHERE),
    )


def downgrade() -> None:
    op.drop_index("ix_contact_stale", table_name="contact")
