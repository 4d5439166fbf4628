"""SQLite: contacts in recency order with their search key, for the name search's walk over a common word

A word shared by thousands of contacts ("silva") asks for its 200 most recently touched matches; through the
trigram index that is one row read per match (tens of milliseconds on a million contacts). This index holds
what the search reads in recency order (search key, owner), so walking it finds them without touching the
table. PostgreSQL's search runs on pg_trgm and needs nothing.

Revision ID: 0011_contact_fts_recency
Revises: 0010_renews_on
"""

from alembic import op

revision = "0011_contact_fts_recency"
down_revision = "0010_renews_on"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE INDEX IF NOT EXISTS ix_contact_fts_recency ON contact (last_touch_at, search_key, owner_id)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP INDEX IF EXISTS ix_contact_fts_recency")
