"""PostgreSQL store for shared deployments, selected by a `postgresql://` (or `postgres://`) URL.

Same tables, same rows (`base.article_rows`) and the same queries (`query`, `clusters`)
as the DuckDB store. The differences live in `dialect.py`; `PgConnection` lets every
query keep DuckDB's `?` placeholders (rewritten to psycopg's `%s`) and returns JSON
columns as text, as DuckDB does.

Schema changes are versioned migrations, the files `pg_NNNN_name.sql` beside this
module. Opening a store applies the missing ones in order, all in one transaction
(under an advisory lock, so concurrent openers take turns), and records each in
`schema_migrations`; a database migrated by a newer eventwire is refused with a
StoreError rather than written by code that does not know its schema.

One transaction per article, as in DuckDB: the article row goes in first with
`ON CONFLICT (content_hash) DO NOTHING`, so of two writers storing the same article at
once, one stores it and the other waits for it and gets False.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from functools import lru_cache
from importlib import resources
from typing import Any

from .. import __version__
from ..model import Article
from .base import StoreError, StoreReads, article_rows
from .dialect import POSTGRES

URL_PREFIXES = ("postgresql://", "postgres://")
MIGRATION_FILE = re.compile(r"pg_(\d{4})_(\w+)\.sql")

_TOKEN = re.compile(r"'(?:[^']|'')*'|\"(?:[^\"]|\"\")*\"|\?|%")


def is_postgres_url(location: str) -> bool:
    return location.startswith(URL_PREFIXES)


def redact(url: str) -> str:
    """The URL without its password (for messages and logs)."""
    return re.sub(r"^(postgres(?:ql)?://[^:/@?#]*):[^@/?#]*@", r"\1:***@", url)


@lru_cache(maxsize=1024)
def to_pyformat(sql: str) -> str:
    """`?` placeholders to psycopg's `%s` (and a literal `%` to `%%`); quoted text is left alone."""
    def sub(m: re.Match[str]) -> str:
        token = m.group(0)
        if token == "?":
            return "%s"
        return token.replace("%", "%%")

    return _TOKEN.sub(sub, sql)


def _configure(raw: Any) -> None:
    """JSON columns come back as their text (DuckDB's behaviour), not as parsed objects."""
    from psycopg.types.string import TextLoader

    raw.adapters.register_loader("json", TextLoader)
    raw.adapters.register_loader("jsonb", TextLoader)


class PgCursor:
    """A psycopg cursor speaking DuckDB's `?` placeholders."""

    dialect = POSTGRES

    def __init__(self, raw_cursor: Any) -> None:
        self._cur = raw_cursor

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> PgCursor:
        if params:
            self._cur.execute(to_pyformat(sql), list(params))
        else:
            self._cur.execute(sql)
        return self

    def executemany(self, sql: str, rows: Any) -> PgCursor:
        rows = [list(r) for r in rows]
        if rows:
            self._cur.executemany(to_pyformat(sql), rows)
        return self

    @property
    def description(self) -> list[tuple[Any, ...]] | None:
        d = self._cur.description
        return None if d is None else [tuple(c) for c in d]

    def fetchone(self) -> tuple[Any, ...] | None:
        return self._cur.fetchone()

    def fetchall(self) -> list[tuple[Any, ...]]:
        return self._cur.fetchall()

    def fetchmany(self, size: int = 1) -> list[tuple[Any, ...]]:
        return self._cur.fetchmany(size)

    def cursor(self) -> PgCursor:
        return PgCursor(self._cur.connection.cursor())

    def close(self) -> None:
        self._cur.close()


class PgConnection:
    """A psycopg connection (autocommit; transactions are explicit, as on a DuckDB connection)
    with DuckDB's calling convention: `execute` returns a cursor holding the result."""

    dialect = POSTGRES

    def __init__(self, raw: Any) -> None:
        self.raw = raw

    def cursor(self) -> PgCursor:
        return PgCursor(self.raw.cursor())

    def execute(self, sql: str, params: Sequence[Any] | None = None) -> PgCursor:
        return self.cursor().execute(sql, params)

    def executemany(self, sql: str, rows: Any) -> PgCursor:
        return self.cursor().executemany(sql, rows)

    def close(self) -> None:
        self.raw.close()


def migrations() -> list[tuple[int, str, str]]:
    """(version, name, SQL) of every migration shipped with this eventwire, in order."""
    found = []
    for entry in resources.files("eventwire.store").iterdir():
        m = MIGRATION_FILE.fullmatch(entry.name)
        if m:
            found.append((int(m.group(1)), m.group(2), entry.read_text("utf-8")))
    return sorted(found)


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def migrate(raw: Any, where: str) -> list[int]:
    """Apply the missing migrations in one transaction; the versions applied now."""
    known = migrations()
    latest = max((v for v, _, _ in known), default=0)
    applied_now: list[int] = []
    with raw.transaction():
        raw.execute("SELECT pg_advisory_xact_lock(hashtext('eventwire.migrations'))")
        if raw.execute("SELECT to_regclass('schema_migrations')").fetchone()[0] is None:  # a user without CREATE can open a migrated store
            raw.execute(
                "CREATE TABLE schema_migrations (version integer PRIMARY KEY, name text NOT NULL, "
                "applied_at timestamptz NOT NULL DEFAULT now(), eventwire_version text NOT NULL)")
        applied = {r[0] for r in raw.execute("SELECT version FROM schema_migrations").fetchall()}
        newest = max(applied, default=0)
        if newest > latest:
            raise StoreError(f"{where}: store schema version {newest} is newer than this eventwire {__version__} knows "
                             f"(up to {latest}): upgrade eventwire to use this database")
        for version, name, sql in known:
            if version in applied:
                continue
            raw.execute(sql)
            raw.execute("INSERT INTO schema_migrations (version, name, eventwire_version) VALUES (%s, %s, %s)",
                        [version, name, __version__])
            applied_now.append(version)
    return applied_now


def _connect(url: str, where: str) -> Any:
    import psycopg

    try:
        raw = psycopg.connect(url, autocommit=True, connect_timeout=10, application_name="eventwire")
    except psycopg.Error as exc:
        raise StoreError(f"{where}: cannot connect to PostgreSQL ({_first_line(exc)})") from None
    _configure(raw)
    return raw


def _insert_article(cur: Any, article: Article) -> bool:
    """Inside the caller's transaction; False (nothing written) if the content hash is stored,
    maybe by another writer a moment ago (ON CONFLICT: several writers may race)."""
    rows = article_rows(article)
    first = rows.pop("articles")[0]
    cur.execute(f"INSERT INTO articles VALUES ({', '.join(['%s'] * len(first))}) "
                "ON CONFLICT (content_hash) DO NOTHING RETURNING 1", first)
    if cur.fetchone() is None:
        return False
    for table, table_rows in rows.items():
        if table_rows:
            cur.executemany(f"INSERT INTO {table} VALUES ({', '.join(['%s'] * len(table_rows[0]))})", table_rows)
    return True


class PostgresStore(StoreReads):
    """The store in a PostgreSQL database (see the module docstring)."""

    dialect = POSTGRES

    def __init__(self, url: str, pool_size: int = 8) -> None:
        import psycopg

        self.url = url
        self.location = redact(url)
        self.pool_size = pool_size
        self._pool: Any = None
        self._pool_lock = threading.Lock()
        raw = _connect(url, self.location)
        try:
            migrate(raw, self.location)
            row = raw.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except StoreError:
            raw.close()
            raise
        except psycopg.Error as exc:
            raw.close()
            raise StoreError(f"{self.location}: cannot open as an eventwire PostgreSQL store ({type(exc).__name__}: {_first_line(exc)})") from None
        self.schema_version = row[0] if row else None
        self.con = PgConnection(raw)

    def __enter__(self) -> PostgresStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        with self._pool_lock:
            pool, self._pool = self._pool, None
        if pool is not None:
            pool.close()
        self.con.close()

    # ---- reading ------------------------------------------------------------------------
    @contextmanager
    def reader(self) -> Iterator[PgConnection]:
        """A pooled connection of its own for one reader (one HTTP request), returned after."""
        with self._pool_lock:
            if self._pool is None:
                from psycopg_pool import ConnectionPool

                self._pool = ConnectionPool(self.url, min_size=1, max_size=self.pool_size, open=True, name="eventwire",
                                            kwargs={"autocommit": True, "application_name": "eventwire"},
                                            configure=_configure, check=ConnectionPool.check_connection)
            pool = self._pool
        with pool.connection() as raw:
            yield PgConnection(raw)


    # ---- writing ------------------------------------------------------------------------
    def add(self, article: Article) -> bool:
        """Store the article and all it carries; False (nothing written) if it is already stored."""
        return self.add_many([article])[0]

    def add_many(self, articles: list[Article]) -> list[bool]:
        """`add` for each article in one transaction (all or none); True for each one stored new."""
        import psycopg

        raw = self._writer()
        added: list[bool] = []
        try:
            with raw.transaction(), raw.cursor() as cur:
                for article in articles:
                    added.append(_insert_article(cur, article))
            return added
        except psycopg.Error as exc:
            what = f"article {articles[0].id}" if len(articles) == 1 else f"{len(articles)} article(s) from {articles[0].id} on"
            raise StoreError(f"{self.location}: could not store {what}: {_first_line(exc)}") from None

    def _writer(self) -> Any:
        """The store's own connection, reconnected if the server dropped it (a restart)."""
        raw = self.con.raw
        if raw.closed or raw.broken:
            raw = _connect(self.url, self.location)
            self.con = PgConnection(raw)
        return raw
