"""SQLite: each contact's last touch beside its id, so a name search's matches are put in recency order from the index

A misspelt common name ("Sophei Wagner") matches a few thousand contacts through the trigram index; the search
keeps the 200 most recently touched of them. Ordering those ids read each one's row of the contact table (wide
rows, one page each: about 9 ms on a million contacts); this index holds the two values that ordering reads, so it
reads index entries only (about 6 ms). PostgreSQL's search runs on pg_trgm and needs nothing.

Revision ID: 0013_contact_fts_by_id
Revises: 0012_contact_stale
"""

from alembic import op

revision = "0013_contact_fts_by_id"
down_revision = "0012_contact_stale"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("CREATE INDEX IF NOT EXISTS ix_contact_fts_by_id ON contact (id, last_touch_at)")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute("DROP INDEX IF EXISTS ix_contact_fts_by_id")
