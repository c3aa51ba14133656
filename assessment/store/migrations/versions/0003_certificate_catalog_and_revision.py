"""certificates record their catalog; the store's revision counter

Revision ID: 0003
Revises: 0002

A certificate's cycle rules (validity, surveillance interval, lead days) come from a catalog, so each certificate
now names that catalog. Existing certificates take the catalog of the enterprise's latest assessment on or
before the issue date, else the toolkit's default catalog as it was when this migration was written.
"""
import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

DEFAULT_CATALOG = ("gbt27922-2011", "2026.1")


def upgrade() -> None:
    with op.batch_alter_table("certificates") as batch:
        batch.add_column(sa.Column("catalog_id", sa.String(length=100), nullable=True))
        batch.add_column(sa.Column("catalog_version", sa.String(length=100), nullable=True))
    for column, source in (("catalog_id", "catalog_id"), ("catalog_version", "catalog_version")):
        op.execute(
            f"UPDATE certificates SET {column} = (SELECT a.{source} FROM assessments a "
            "WHERE a.enterprise_id = certificates.enterprise_id AND a.assessed_on <= certificates.issued_on "
            "ORDER BY a.assessed_on DESC, a.id DESC LIMIT 1)"
        )
    certificates = sa.table("certificates", sa.column("catalog_id"), sa.column("catalog_version"))
    op.execute(certificates.update().where(certificates.c.catalog_id.is_(None))
               .values(catalog_id=DEFAULT_CATALOG[0], catalog_version=DEFAULT_CATALOG[1]))
    with op.batch_alter_table("certificates") as batch:
        batch.alter_column("catalog_id", existing_type=sa.String(length=100), nullable=False)
        batch.alter_column("catalog_version", existing_type=sa.String(length=100), nullable=False)

    revision_table = op.create_table(
        "store_revision",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("value", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.bulk_insert(revision_table, [{"id": 1, "value": 0}])


def downgrade() -> None:
    op.drop_table("store_revision")
    with op.batch_alter_table("certificates") as batch:
        batch.drop_column("catalog_version")
        batch.drop_column("catalog_id")
