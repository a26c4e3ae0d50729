"""Where coded articles go. DuckDB is the embedded default (one file); a `postgresql://`
URL selects PostgreSQL for shared deployments. Both implement `Store` (base.py), share
the queries (query.py, clusters.py) and differ only where dialect.py says."""

from __future__ import annotations

from .base import Store, StoreError
from .duck import DuckStore

__all__ = ["DuckStore", "PostgresStore", "Store", "StoreError", "is_postgres_url", "open_store"]


def is_postgres_url(location: str) -> bool:
    return str(location).startswith(("postgresql://", "postgres://"))


def open_store(location: str) -> Store:
    """A PostgresStore for a `postgresql://` / `postgres://` URL, else a DuckStore on the file (or ':memory:')."""
    location = str(location)
    if is_postgres_url(location):
        try:
            from .pg import PostgresStore
        except ImportError as exc:  # psycopg missing
            raise StoreError(f"PostgreSQL stores need psycopg 3 (pip install 'psycopg[binary]' psycopg-pool): {exc}") from None
        return PostgresStore(location)
    return DuckStore(location)


def __getattr__(name: str) -> object:
    if name == "PostgresStore":
        from .pg import PostgresStore

        return PostgresStore
    raise AttributeError(name)
