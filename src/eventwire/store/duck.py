"""DuckDB store: one transaction per article, so a crash leaves either the whole
article (with its places, times, events, quotes) or none of it."""

from __future__ import annotations

from datetime import datetime, timezone
from importlib import resources
from pathlib import Path

import duckdb

from .. import __version__
from ..model import Article

SCHEMA_VERSION = "1"


class StoreError(Exception):
    """A store that cannot be opened or written, with the reason in words."""


def _explain(exc: Exception) -> str:
    """DuckDB's first line, plus what it means when the disk (or file-size limit) is full."""
    first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    text = str(exc).lower()
    if any(k in text for k in ("no space left", "file too large", "disk is full", "could not write", "could not truncate", "out of disk")):
        first += " (disk full or file-size limit reached: free space and rerun the same command; every article reported as stored is committed)"
    return first


class DuckStore:
    def __init__(self, location: str) -> None:
        self.location = location
        if location != ":memory:":
            Path(location).parent.mkdir(parents=True, exist_ok=True)
        try:
            self.con = duckdb.connect(location)
            self.con.execute(resources.files("eventwire.store").joinpath("schema.sql").read_text("utf-8"))
            row = self.con.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
        except duckdb.Error as exc:
            raise StoreError(f"{location}: cannot open as an eventwire DuckDB store ({type(exc).__name__}: {str(exc).splitlines()[0]})") from None
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

    def has(self, content_hash: str) -> bool:
        return self.con.execute("SELECT 1 FROM articles WHERE content_hash = ?", [content_hash]).fetchone() is not None

    def add(self, article: Article) -> bool:
        """Store the article and all it carries; False (nothing written) if it is already stored."""
        key = article.content_hash
        try:
            self.con.execute("BEGIN TRANSACTION")
            if self.has(key):
                self.con.execute("ROLLBACK")
                return False
            self._insert(article)
            self.con.execute("COMMIT")
            return True
        except duckdb.Error as exc:
            try:
                self.con.execute("ROLLBACK")
            except duckdb.Error:
                pass  # the connection is invalidated (disk full, I/O error): DuckDB discards the transaction itself
            raise StoreError(f"{self.location}: could not store article {article.id}: {_explain(exc)}") from None

    def _insert(self, a: Article) -> None:
        key = a.content_hash
        self.con.execute(
            "INSERT INTO articles VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [key, a.id, a.url, a.title, a.published, a.source, a.text, datetime.now(timezone.utc).replace(tzinfo=None), __version__, a.model_dump_json()],
        )
        if a.places:
            self._insert_rows(
                "INSERT INTO places VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [[key, i, p.text, p.start, p.end, p.name, p.geonameid, p.lat, p.lon, p.country, p.admin1, p.feature, p.method] for i, p in enumerate(a.places)],
            )
        if a.times:
            self._insert_rows(
                "INSERT INTO times VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                [[key, i, t.text, t.start, t.end, t.value, t.precision, t.rule] for i, t in enumerate(a.times)],
            )
        if a.events:
            self._insert_rows(
                "INSERT INTO events VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
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
            )
        if a.quotes:
            self._insert_rows(
                "INSERT INTO quotes VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    [key, i, q.kind, q.content.text, q.speaker.name if q.speaker else None, q.speaker.country if q.speaker else None, q.model_dump_json()]
                    for i, q in enumerate(a.quotes)
                ],
            )

    def _insert_rows(self, sql: str, rows: list[list[object]], chunk: int = 200) -> None:
        """`executemany` runs one statement per row (slow in DuckDB); one multi-row VALUES per chunk is ~2-3x faster per article."""
        head, _, group = sql.partition(" VALUES ")
        for i in range(0, len(rows), chunk):
            part = rows[i : i + chunk]
            self.con.execute(f"{head} VALUES {', '.join([group] * len(part))}", [v for row in part for v in row])

    def count(self, table: str = "articles") -> int:
        if table not in {"articles", "places", "times", "events", "quotes"}:
            raise ValueError(f"unknown table {table!r}")
        row = self.con.execute(f"SELECT count(*) FROM {table}").fetchone()
        return int(row[0]) if row else 0

    def article(self, content_hash: str) -> Article | None:
        row = self.con.execute("SELECT doc FROM articles WHERE content_hash = ?", [content_hash]).fetchone()
        return Article.model_validate_json(row[0]) if row else None
