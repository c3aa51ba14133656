"""reminders by e-mail: an enterprise's contact address and language, a user's language, and the log of the
reminder messages sent (portable types only: the same on SQLite and PostgreSQL)

Revision ID: 0010
Revises: 0009
"""
import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.add_column("enterprises", sa.Column("contact_email", sa.String(length=320), nullable=False, server_default=""))
    op.add_column("enterprises", sa.Column("language", sa.String(length=8), nullable=False, server_default="zh"))
    op.add_column("users", sa.Column("language", sa.String(length=8), nullable=False, server_default="zh"))
    op.create_table(
        "reminders_sent",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("recipient", sa.String(length=320), nullable=False),
        sa.Column("status", sa.String(length=16), nullable=False),
        sa.Column("items", sa.JSON(), nullable=False),
        sa.Column("enterprise_ids", sa.JSON(), nullable=False),
        sa.Column("message_id", sa.String(length=300), nullable=False),
        sa.Column("error", sa.Text(), nullable=False),
        sa.Column("attempted_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_reminders_sent_day", "reminders_sent", ["day"])
    op.create_index("ix_reminders_sent_recipient", "reminders_sent", ["recipient"])


def downgrade() -> None:
    op.drop_index("ix_reminders_sent_recipient", table_name="reminders_sent")
    op.drop_index("ix_reminders_sent_day", table_name="reminders_sent")
    op.drop_table("reminders_sent")
    # ALTER TABLE ... DROP COLUMN (SQLite 3.35 and later, PostgreSQL): no table copy, so the foreign keys pointing
    # at enterprises and users stay as they are
    op.drop_column("users", "language")
    op.drop_column("enterprises", "language")
    op.drop_column("enterprises", "contact_email")
