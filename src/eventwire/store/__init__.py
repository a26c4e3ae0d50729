"""Where coded articles go. DuckDB is the embedded default (one file)."""

from .duck import DuckStore, StoreError

__all__ = ["DuckStore", "StoreError", "open_store"]


def open_store(location: str) -> DuckStore:
    return DuckStore(location)
