"""What every store is: the interface DuckStore and PostgresStore implement, and the
rows an article becomes (shared, so both backends store exactly the same thing)."""

from __future__ import annotations

from contextlib import AbstractContextManager
from datetime import datetime, timezone
from typing import Any, Protocol, runtime_checkable

from .. import __version__
from ..model import Article
from .dialect import Dialect

TABLES = ("articles", "places", "times", "events", "quotes")


class StoreError(Exception):
    """A store that cannot be opened or written, with the reason in words."""


@runtime_checkable
class Store(Protocol):
    """A place coded articles go, one transaction per article, keyed by content hash.

    `con` is a DB-API-like connection speaking `?` placeholders (`execute(sql, params)`
    returning something with `fetchone/fetchall/fetchmany/description`, `executemany`,
    `cursor()`); the queries in `eventwire.store.query` and `.clusters` run on it."""

    location: str
    dialect: Dialect
    con: Any

    def has(self, content_hash: str) -> bool: ...

    def add(self, article: Article) -> bool:
        """Store the article and all it carries; False (nothing written) if it is already stored."""
        ...

    def add_many(self, articles: list[Article]) -> list[bool]:
        """`add` for each article, in one transaction (all or none); True for each one stored new."""
        ...

    def count(self, table: str = "articles") -> int: ...

    def reader(self) -> AbstractContextManager[Any]:
        """A connection (or cursor) of its own for one concurrent reader, e.g. one HTTP request."""
        ...

    def article(self, content_hash: str) -> Article | None: ...

    def close(self) -> None: ...

    def __enter__(self) -> Store: ...

    def __exit__(self, *exc: object) -> None: ...


class StoreReads:
    """The reads both backends answer with the same SQL on their `con`."""

    con: Any

    def has(self, content_hash: str) -> bool:
        return self.con.execute("SELECT 1 FROM articles WHERE content_hash = ?", [content_hash]).fetchone() is not None

    def count(self, table: str = "articles") -> int:
        row = self.con.execute(f"SELECT count(*) FROM {check_table(table)}").fetchone()
        return int(row[0]) if row else 0

    def article(self, content_hash: str) -> Article | None:
        row = self.con.execute("SELECT doc FROM articles WHERE content_hash = ?", [content_hash]).fetchone()
        return Article.model_validate_json(row[0]) if row else None


def article_rows(a: Article) -> dict[str, list[list[object]]]:
    """Table name -> rows (in column order) for one article; `articles` holds exactly one row."""
    key = a.content_hash
    return {
        "articles": [[key, a.id, a.url, a.title, a.published, a.source, a.text,
                      datetime.now(timezone.utc).replace(tzinfo=None), __version__, a.model_dump_json()]],
        "places": [[key, i, p.text, p.start, p.end, p.name, p.geonameid, p.lat, p.lon, p.country, p.admin1, p.feature, p.method]
                   for i, p in enumerate(a.places)],
        "times": [[key, i, t.text, t.start, t.end, t.value, t.precision, t.rule] for i, t in enumerate(a.times)],
        "events": [
            [
                key, e.id, e.type, e.mode, e.cameo, e.acled, e.modality,
                e.actor.name if e.actor else None, e.actor.country if e.actor else None,
                e.target.name if e.target else None, e.target.country if e.target else None,
                e.location.name if e.location else None, e.location.geonameid if e.location else None,
                e.location.lat if e.location else None, e.location.lon if e.location else None,
                e.location.country if e.location else None, e.date.value if e.date else None,
                e.confidence, e.sentence, e.model_dump_json(),
            ]
            for e in a.events
        ],
        "quotes": [[key, i, q.kind, q.content.text, q.speaker.name if q.speaker else None, q.speaker.country if q.speaker else None, q.model_dump_json()]
                   for i, q in enumerate(a.quotes)],
    }


def check_table(table: str) -> str:
    if table not in TABLES:
        raise ValueError(f"unknown table {table!r}")
    return table
