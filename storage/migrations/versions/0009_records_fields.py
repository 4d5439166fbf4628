"""records you can rely on: a contact's job title and own stay-in-touch cadence, an organization's domain and city,
a lost deal's reason

Revision ID: 0009_records_fields
Revises: 0008_portfolio_summaries
"""

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision = "0009_records_fields"
down_revision = "0008_portfolio_summaries"
branch_labels = None
depends_on = None


def _text(name: str, length: int) -> sa.Column:
    return sa.Column(name, sqlmodel.sql.sqltypes.AutoString(length=length), nullable=True)


def upgrade() -> None:
    with op.batch_alter_table("contact") as batch:
        batch.add_column(_text("job_title", 120))
        batch.add_column(sa.Column("keep_in_touch_days", sa.Integer(), nullable=True))
    with op.batch_alter_table("organization") as batch:
        batch.add_column(_text("domain", 200))
        batch.add_column(_text("city", 120))
    with op.batch_alter_table("deal") as batch:
        batch.add_column(_text("lost_reason", 300))


def downgrade() -> None:
    with op.batch_alter_table("deal") as batch:
        batch.drop_column("lost_reason")
    with op.batch_alter_table("organization") as batch:
        batch.drop_column("city")
        batch.drop_column("domain")
    with op.batch_alter_table("contact") as batch:
        batch.drop_column("keep_in_touch_days")
        batch.drop_column("job_title")
