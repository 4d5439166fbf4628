"""the network around each customer (typed, dated links) and what customers value (facts with full-text search)

Revision ID: 0009_network
Revises: 0008_portfolio_summaries
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

import storage.types

revision = "0009_network"
down_revision = "0009_records_fields"  # written side by side with the records fields; applied after them
branch_labels = None
depends_on = None

# Kept in step with storage/facts.py PG_DOCUMENT: PostgreSQL uses the index only for the same expression.
_PG_DOCUMENT = (
    "(CASE lang WHEN 'pt' THEN to_tsvector('portuguese', text) WHEN 'es' THEN to_tsvector('spanish', text) "
    "WHEN 'fr' THEN to_tsvector('french', text) WHEN 'it' THEN to_tsvector('italian', text) "
    "WHEN 'hu' THEN to_tsvector('hungarian', text) ELSE to_tsvector('english', text) END)"
)


def _text(name: str, length: int | None, *, nullable: bool = False) -> sa.Column:
    return sa.Column(name, sqlmodel.sql.sqltypes.AutoString(length=length), nullable=nullable)


def _ts(name: str, *, nullable: bool) -> sa.Column:
    return sa.Column(name, storage.types.UTCDateTime(timezone=True), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "relationship",
        sa.Column("id", sa.Integer(), nullable=False),
        _text("kind", 24),
        _text("a_type", 1),
        sa.Column("a_id", sa.Integer(), nullable=False),
        _text("b_type", 1),
        sa.Column("b_id", sa.Integer(), nullable=False),
        _text("title", 120, nullable=True),
        _text("department", 120, nullable=True),
        _ts("started_at", nullable=True),
        _ts("ended_at", nullable=True),
        _text("source", 16),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        _ts("created_at", nullable=False),
        sa.ForeignKeyConstraint(["owner_id"], ["staff.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_relationship_a", "relationship", ["a_type", "a_id", "kind"])
    op.create_index("ix_relationship_b", "relationship", ["b_type", "b_id", "kind"])
    op.create_index("ix_relationship_owner_id", "relationship", ["owner_id"])
    op.create_table(
        "customer_fact",
        sa.Column("id", sa.Integer(), nullable=False),
        _text("kind", 16),
        sa.Column("contact_id", sa.Integer(), nullable=True),
        sa.Column("organization_id", sa.Integer(), nullable=True),
        _text("text", 1000),
        _text("lang", 8),
        _text("status", 16),
        _ts("due_at", nullable=True),
        sa.Column("author_id", sa.Integer(), nullable=True),
        sa.Column("owner_id", sa.Integer(), nullable=True),
        _text("source", 16),
        _ts("created_at", nullable=False),
        sa.ForeignKeyConstraint(["contact_id"], ["contact.id"]),
        sa.ForeignKeyConstraint(["organization_id"], ["organization.id"]),
        sa.ForeignKeyConstraint(["author_id"], ["staff.id"]),
        sa.ForeignKeyConstraint(["owner_id"], ["staff.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_customer_fact_contact_id", "customer_fact", ["contact_id"])
    known_org = sa.text("organization_id IS NOT NULL")
    op.create_index(
        "ix_customer_fact_organization_id", "customer_fact", ["organization_id"],
        sqlite_where=known_org, postgresql_where=known_org,
    )  # fmt: skip
    op.create_index("ix_customer_fact_owner_id", "customer_fact", ["owner_id"])
    op.create_index("ix_customer_fact_open", "customer_fact", ["kind", "status", "due_at"])
    op.create_table(
        "segment_product",
        _text("segment", 80),
        sa.Column("product_id", sa.Integer(), nullable=False),
        sa.Column("customers", sa.BigInteger(), nullable=False, server_default="0"),
        sa.Column("buyers", sa.BigInteger(), nullable=False, server_default="0"),
        sa.PrimaryKeyConstraint("segment", "product_id"),
    )
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        # Words, not trigrams: "who needs SSO?" matches whole words (and stems, as prefixes; storage/facts.py).
        old = "INSERT INTO customer_fact_fts(customer_fact_fts, rowid, text) VALUES ('delete', old.id, old.text);"
        new = "INSERT INTO customer_fact_fts(rowid, text) VALUES (new.id, new.text);"
        op.execute(
            "CREATE VIRTUAL TABLE customer_fact_fts USING fts5(text, content='customer_fact', content_rowid='id', "
            "tokenize='unicode61 remove_diacritics 2')"
        )
        op.execute(f"CREATE TRIGGER customer_fact_fts_ai AFTER INSERT ON customer_fact BEGIN {new} END")
        op.execute(f"CREATE TRIGGER customer_fact_fts_ad AFTER DELETE ON customer_fact BEGIN {old} END")
        op.execute(f"CREATE TRIGGER customer_fact_fts_au AFTER UPDATE OF text ON customer_fact BEGIN {old} {new} END")
        # Logged notes and interactions are searched too ("notes mentioning invoice delays").
        old = "INSERT INTO interaction_fts(interaction_fts, rowid, summary) VALUES ('delete', old.id, old.summary);"
        new = "INSERT INTO interaction_fts(rowid, summary) VALUES (new.id, new.summary);"
        op.execute(
            "CREATE VIRTUAL TABLE interaction_fts USING fts5(summary, content='interaction', content_rowid='id', "
            "tokenize='unicode61 remove_diacritics 2')"
        )
        op.execute(f"CREATE TRIGGER interaction_fts_ai AFTER INSERT ON interaction BEGIN {new} END")
        op.execute(f"CREATE TRIGGER interaction_fts_ad AFTER DELETE ON interaction BEGIN {old} END")
        op.execute(f"CREATE TRIGGER interaction_fts_au AFTER UPDATE OF summary ON interaction BEGIN {old} {new} END")
        op.execute("INSERT INTO interaction_fts(interaction_fts) VALUES ('rebuild')")
    elif bind.dialect.name == "postgresql":
        op.execute(f"CREATE INDEX ix_customer_fact_fts ON customer_fact USING gin ({_PG_DOCUMENT})")
        # An interaction has no language of its own: words as written, matched by stem prefixes (storage/facts.py).
        op.execute("CREATE INDEX ix_interaction_fts ON interaction USING gin (to_tsvector('simple', summary))")


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS customer_fact_fts_{suffix}")
        op.execute("DROP TABLE IF EXISTS customer_fact_fts")
        for suffix in ("ai", "ad", "au"):
            op.execute(f"DROP TRIGGER IF EXISTS interaction_fts_{suffix}")
        op.execute("DROP TABLE IF EXISTS interaction_fts")
    elif bind.dialect.name == "postgresql":
        op.execute("DROP INDEX IF EXISTS ix_customer_fact_fts")
        op.execute("DROP INDEX IF EXISTS ix_interaction_fts")
    op.drop_table("segment_product")
    op.drop_table("customer_fact")
    op.drop_table("relationship")
