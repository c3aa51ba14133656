"""Alembic environment: runs against the connection the Store hands over (or DATABASE_URL from alembic CLI)."""

from alembic import context
from sqlalchemy import create_engine

from assessment.store.tables import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        context.configure(connection=connection, target_metadata=target_metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()
        return
    from assessment.store.engine import default_url

    engine = create_engine(config.get_main_option("sqlalchemy.url") or default_url())
    with engine.begin() as conn:
        context.configure(connection=conn, target_metadata=target_metadata, render_as_batch=True)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("offline migrations are not supported; run against a database")
run_migrations_online()
