"""DuckDB store: one transaction per article, so a crash leaves either the whole
article (with its places, times, events, quotes) or none of it."""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path

import duckdb

from ..model import Article
from .base import StoreError, StoreReads, article_rows
from .dialect import DUCKDB

SCHEMA_VERSION = "1"

__all__ = ["DuckStore", "StoreError", "SCHEMA_VERSION"]


def _explain(exc: Exception) -> str:
    """DuckDB's first line, plus what it means when the disk (or file-size limit) is full."""
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    text = str(exc).lower()
    if any(k in text for k in ("no space left", "file too large", "disk is full", "could not write", "could not truncate", "out of disk")):
        first += " (disk full or file-size limit reached: free space and rerun the same command; every article reported as stored is committed)"
    return first


class DuckStore(StoreReads):
    dialect = DUCKDB

    def __init__(self, location: str) -> None:
        self.location = location
        self._cursor_lock = threading.Lock()
        if location != ":memory:":
            Path(location).parent.mkdir(parents=True, exist_ok=True)
        try:
            self.con = duckdb.connect(location)
            self.con.execute(resources.files("eventwire.store").joinpath("schema.sql").read_text("utf-8"))
            row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except duckdb.Error as exc:
            first = str(exc).splitlines()[0]
            if "Could not set lock" in first:  # DuckDB allows one process per file: say what to do instead
                holder = re.search(r"\(PID (\d+)\)", first)
                raise StoreError(
                    f"{location}: store is open in another process{f' (PID {holder.group(1)})' if holder else ''}, e.g. "
                    "`eventwire serve`; DuckDB allows one process per file: stop it, send articles to that server "
                    "(POST /v1/code?store=true), or use a PostgreSQL store shared by several processes") from None
            raise StoreError(f"{location}: cannot open as an eventwire DuckDB store ({type(exc).__name__}: {first})") from None
        if row is None or row[0] != SCHEMA_VERSION:
            raise StoreError(f"{location}: store schema version {row[0] if row else 'missing'}, this eventwire expects {SCHEMA_VERSION}")

    def __enter__(self) -> DuckStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        try:
            self.con.close()
        except duckdb.Error as exc:  # a failed checkpoint on close: the WAL still holds every commit
            raise StoreError(f"{self.location}: could not close the store cleanly: {_explain(exc)}") from None

    @contextmanager
    def reader(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A cursor of its own for one reader (a separate connection to the same database: it
        sees the last committed state and never waits for a writer), closed after."""
        with self._cursor_lock:
            cur = self.con.cursor()
        try:
            yield cur
        finally:
            cur.close()

    def add(self, article: Article) -> bool:
        """Store the article and all it carries; False (nothing written) if it is already stored."""
        return self.add_many([article])[0]

    def add_many(self, articles: list[Article]) -> list[bool]:
        """`add` for each article, in one transaction: all of them or none. Fewer, larger
        statements: the driver of a distributed run merges a batch at a time (its parts are kept
        until the run ends, so a batch lost to a crash is merged again)."""
        if not articles:
            return []
        try:
            self.con.execute("BEGIN TRANSACTION")
            keys = sorted({a.content_hash for a in articles})
            known = {r[0] for r in self.con.execute("SELECT content_hash FROM articles WHERE content_hash IN (SELECT unnest(?))", [keys]).fetchall()}
            added: list[bool] = []
            tables: dict[str, list[list[object]]] = {}
            for a in articles:
                new = a.content_hash not in known
                added.append(new)
                if new:
                    known.add(a.content_hash)
                    for table, rows in article_rows(a).items():
                        tables.setdefault(table, []).extend(rows)
            for table, rows in tables.items():
                if rows:
                    self._insert_rows(f"INSERT INTO {table} VALUES ({', '.join('?' * len(rows[0]))})", rows)
            self.con.execute("COMMIT")
            return added
        except duckdb.Error as exc:
            try:
                self.con.execute("ROLLBACK")
            except duckdb.Error:
                pass  # the connection is invalidated (disk full, I/O error): DuckDB discards the transaction itself
            what = f"article {articles[0].id}" if len(articles) == 1 else f"{len(articles)} article(s) from {articles[0].id} on"
            raise StoreError(f"{self.location}: could not store {what}: {_explain(exc)}") from None

    def _insert_rows(self, sql: str, rows: list[list[object]], chunk: int = 200) -> None:
        """`executemany` runs one statement per row (slow in DuckDB); one multi-row VALUES per chunk is ~2-3x faster per article."""
        head, _, group = sql.partition(" VALUES ")
        for i in range(0, len(rows), chunk):
            part = rows[i : i + chunk]
            self.con.execute(f"{head} VALUES {', '.join([group] * len(part))}", [v for row in part for v in row])
