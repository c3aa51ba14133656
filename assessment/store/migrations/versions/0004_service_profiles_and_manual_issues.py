"""service profiles (versioned per enterprise) and issued versions of the service manual

Revision ID: 0004
Revises: 0003
"""
import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "service_profiles",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enterprise_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.Column("saved_at", sa.DateTime(), nullable=False),
        sa.Column("saved_by", sa.String(length=500), nullable=False),
        sa.ForeignKeyConstraint(["enterprise_id"], ["enterprises.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
        sa.UniqueConstraint("enterprise_id", "version", name="uq_service_profile_version"),
    )
    op.create_index("ix_service_profiles_enterprise_id", "service_profiles", ["enterprise_id"])
    op.create_table(
        "manual_issues",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("enterprise_id", sa.Integer(), nullable=False),
        sa.Column("number", sa.String(length=500), nullable=False),
        sa.Column("version", sa.String(length=500), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("approver", sa.String(length=500), nullable=False),
        sa.Column("profile_version", sa.Integer(), nullable=True),
        sa.Column("catalog_id", sa.String(length=100), nullable=False),
        sa.Column("catalog_version", sa.String(length=100), nullable=False),
        sa.Column("items", sa.JSON(), nullable=False),
        sa.Column("recorded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(["enterprise_id"], ["enterprises.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_manual_issues_enterprise_id", "manual_issues", ["enterprise_id"])


def downgrade() -> None:
    op.drop_index("ix_manual_issues_enterprise_id", table_name="manual_issues")
    op.drop_table("manual_issues")
    op.drop_index("ix_service_profiles_enterprise_id", table_name="service_profiles")
    op.drop_table("service_profiles")
