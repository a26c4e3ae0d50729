"""The server's in-memory index of stored events, from which `GET /v1/events` and `/v1/stats` answer.

Why: DuckDB has no ordered index scans, and even fetching a page's rows by key scans the
table, so a filtered, sorted page over 100,000 events cost ~30 ms of CPU and 50 clients
waited seconds (bench/service_load.py). Here every event's filter and order columns are
numpy arrays kept in the order `GET /v1/events` returns (build_sql's ORDER BY), with the
event's rendered JSON record beside them: a request is a few vectorised comparisons, a
slice and a join of ready text.

The store stays the truth. The index is built from `base_sql` in a background thread when
the server starts (requests go to SQL until it is ready), takes in each article this
process stores before the write returns, and picks up articles stored by other processes
(a PostgreSQL store shared by several servers and runs) within `recheck_seconds`. Stored
articles are never changed or deleted, so "articles not indexed yet" is all a refresh
reads. Filters mean what `store.query.where_clause` means; tests/test_event_index.py
compares the two on random filter combinations over both backends.
"""

from __future__ import annotations

import bisect
import logging
import math
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from typing import Any

import numpy as np

from ..store.query import EARTH_KM, EventQuery, filters

log = logging.getLogger(__name__)

NO_DATE = np.iinfo(np.int32).max  # sorts last, as NULLS LAST does
NO_CODE = -1

# Categorical columns: name -> how a stored value is normalised before it gets a code.
CATEGORIES: dict[str, Callable[[str], str]] = {
    "type": str, "mode": str.lower, "modality": str, "country": str,
    "actor_country": str, "target_country": str, "actor_name": str.lower, "target_name": str.lower,
}


@dataclass(frozen=True)
class Snapshot:
    """One immutable state of the index; readers keep the one they started with."""

    n: int
    event_date: np.ndarray  # int32 ordinal, NO_DATE when missing
    codes: dict[str, np.ndarray]  # int32 per CATEGORIES column, NO_CODE when missing
    vocab: dict[str, dict[str, int]]  # normalised value -> code, per column
    article: np.ndarray  # int32 code of the event's article (content hash), for counting articles
    confidence: np.ndarray  # float64, NaN when missing
    lat: np.ndarray
    lon: np.ndarray
    records: list[str]  # rendered JSON per event, in order
    n_articles: int  # articles indexed (with or without events)


def _ordinal(value: date | None) -> int:
    return value.toordinal() if value is not None else NO_DATE


def _sort_key(row: dict[str, Any]) -> tuple:
    """build_sql's ORDER BY: event_date NULLS LAST, published NULLS LAST, article_id, content_hash, event_id."""
    return (_ordinal(row["event_date"]), _ordinal(row["published"]), row["article_id"] or "", row["content_hash"], row["event_id"])


class EventIndex:
    """Build with `start()`; `query()` returns None until the first build is done."""

    def __init__(self, reader: Callable[[], Any], base_sql: str, render: Callable[[dict[str, Any]], str],
                 recheck_seconds: float = 1.0, batch: int = 5000, max_events: int | None = None) -> None:
        self._reader = reader  # context manager giving a cursor of its own
        self._base_sql = base_sql
        self._render = render
        self._recheck = recheck_seconds
        self._batch = batch
        self._max_events = max_events
        self._keys: list[tuple] = []  # the sort key of each indexed event, in order (where new rows go)
        self._vocab: dict[str, dict[str, int]] = {k: {} for k in CATEGORIES}  # append-only
        self._articles: set[str] = set()
        self._article_codes: dict[str, int] = {}
        self._refresh_lock = threading.Lock()
        self._checked = 0.0
        self.snapshot: Snapshot | None = None
        self.error: str | None = None
        self.too_big = False

    # ---- keeping up with the store ----------------------------------------------------------
    def start(self) -> threading.Thread:
        thread = threading.Thread(target=self._first_build, name="eventwire-event-index", daemon=True)
        thread.start()
        return thread

    def _first_build(self) -> None:
        t0 = time.perf_counter()
        try:
            self.refresh()
            self.refresh()  # articles stored while the first pass read
        except Exception as exc:  # the server keeps answering from SQL
            self.error = f"{type(exc).__name__}: {exc}"
            log.exception("event index not built; GET /v1/events reads the store instead")
            return
        snap = self.snapshot
        log.info("event index: %d events of %d articles in %.1f s", snap.n if snap else 0, len(self._articles), time.perf_counter() - t0)

    def refresh(self, content_hashes: Iterable[str] | None = None) -> None:
        """Take in the given stored articles, or (None) every stored article not indexed yet."""
        with self._refresh_lock:
            with self._reader() as cur:
                if content_hashes is None:
                    stored = {r[0] for r in cur.execute("SELECT content_hash FROM articles").fetchall()}
                else:
                    wanted = sorted(set(content_hashes))
                    stored = {r[0] for r in cur.execute("SELECT content_hash FROM articles WHERE content_hash = ANY(?)", [wanted]).fetchall()} if wanted else set()
                new = stored - self._articles
                if not new and self.snapshot is not None:
                    return
                if self._max_events is not None:
                    n = cur.execute("SELECT count(*) FROM events").fetchone()[0]
                    if n > self._max_events:  # stop indexing: from now on every request reads the store
                        self.too_big, self.snapshot = True, None
                        self.error = f"the store holds {n:,} events, over the limit of {self._max_events:,}"
                        self._keys, self._articles, self._article_codes = [], set(), {}
                        return
                if len(new) > self._batch:  # one scan; rows of articles stored since the listing wait for the next refresh
                    added = self._read(cur, f"SELECT * FROM ({self._base_sql}) AS ev", [], new)
                else:
                    added = self._read(cur, f"SELECT * FROM ({self._base_sql}) AS ev WHERE content_hash = ANY(?)", [sorted(new)], new)
            self._articles |= new
            added.sort(key=lambda r: r[0])
            self.snapshot = self._insert(added)
            self._checked = time.monotonic()

    def _read(self, cur: Any, sql: str, params: list, only: set[str]) -> list:
        out = []
        c = cur.execute(sql, params)
        names = [d[0] for d in c.description]
        while chunk := c.fetchmany(2000):
            for values in chunk:
                row = dict(zip(names, values))
                if row["content_hash"] not in only:
                    continue
                codes = tuple(NO_CODE if row[k] is None else self._vocab[k].setdefault(norm(row[k]), len(self._vocab[k]))
                              for k, norm in CATEGORIES.items())
                numbers = tuple(math.nan if row[k] is None else float(row[k]) for k in ("confidence", "lat", "lon"))
                article = self._article_codes.setdefault(row["content_hash"], len(self._article_codes))
                out.append((_sort_key(row), (*codes, article), numbers, self._render(row)))
        return out

    def _insert(self, added: list) -> Snapshot:
        """A new snapshot: the old one's arrays with the (sorted) added rows inserted in order,
        in time linear in the index size (no re-sort, no per-row Python work for old rows)."""
        n_new = len(added)
        codes = np.array([r[1] for r in added], dtype=np.int32).reshape(n_new, len(CATEGORIES) + 1)
        numbers = np.array([r[2] for r in added], dtype=np.float64).reshape(n_new, 3)
        fresh = {"event_date": np.array([r[0][0] for r in added], dtype=np.int32),
                 **{k: codes[:, i] for i, k in enumerate(CATEGORIES)}, "article": codes[:, len(CATEGORIES)],
                 "confidence": numbers[:, 0], "lat": numbers[:, 1], "lon": numbers[:, 2]}
        old = self.snapshot
        if old is None or old.n == 0:
            columns = {k: np.ascontiguousarray(v) for k, v in fresh.items()}
            self._keys, records = [r[0] for r in added], [r[3] for r in added]
        else:
            pos = np.array([bisect.bisect_left(self._keys, r[0]) for r in added], dtype=np.int64)
            current = {"event_date": old.event_date, **old.codes, "article": old.article, "confidence": old.confidence, "lat": old.lat, "lon": old.lon}
            columns = {k: np.insert(current[k], pos, fresh[k]) for k in fresh}
            self._keys = _insert_sorted(self._keys, pos, [r[0] for r in added])
            records = _insert_sorted(old.records, pos, [r[3] for r in added])
        return Snapshot(
            n=len(records), event_date=columns["event_date"], codes={k: columns[k] for k in CATEGORIES},
            vocab={k: dict(v) for k, v in self._vocab.items()}, article=columns["article"], confidence=columns["confidence"], lat=columns["lat"],
            lon=columns["lon"], records=records, n_articles=len(self._articles))

    def _maybe_recheck(self) -> None:
        """At most every `recheck_seconds`, in the background: read in articles stored by others."""
        now = time.monotonic()
        if self.too_big or now - self._checked < self._recheck or self._refresh_lock.locked():
            return
        self._checked = now
        threading.Thread(target=self._background_refresh, name="eventwire-event-index", daemon=True).start()

    def _background_refresh(self) -> None:
        try:
            snap = self.snapshot
            with self._reader() as cur:
                stored = cur.execute("SELECT count(*) FROM articles").fetchone()[0]
            if snap is None or stored != snap.n_articles:
                self.refresh()
        except Exception:
            log.exception("event index refresh failed; answering from the last state")

    def state(self) -> str:
        """"ready (N events)", "building" or "failed: why" (then GET /v1/events reads the store)."""
        if self.too_big:
            return f"off: {self.error}"
        if self.snapshot is not None:
            return f"ready ({self.snapshot.n} events)"
        return f"failed: {self.error}" if self.error else "building"

    # ---- answering ---------------------------------------------------------------------------
    def query(self, q: EventQuery, limit: int, offset: int) -> tuple[int, list[str]] | None:
        """(number of matching events, the page's rendered records), or None when not built yet.
        `q` has been checked by `where_clause` already (its values are valid)."""
        snap = self.snapshot
        if snap is None:
            return None
        self._maybe_recheck()
        mask = matching(snap, q)
        if mask is None:
            return snap.n, snap.records[offset:offset + limit]
        rows = np.flatnonzero(mask)
        return len(rows), [snap.records[i] for i in rows[offset:offset + limit]]

    def stats(self, q: EventQuery) -> dict[str, Any] | None:
        """GET /v1/stats from the index (None when not built): matching events, their articles, and
        counts by type, by country and by (day, type), as the SQL in api/app.py counts them."""
        snap = self.snapshot
        if snap is None:
            return None
        self._maybe_recheck()
        mask = matching(snap, q)
        rows = np.arange(snap.n) if mask is None else np.flatnonzero(mask)
        names = {k: {c: v for v, c in snap.vocab[k].items()} for k in ("type", "country")}

        def counts(column: str) -> dict[Any, int]:
            values, n = np.unique(snap.codes[column][rows], return_counts=True)
            return {names[column].get(int(v)): int(k) for v, k in zip(values, n)}

        dated = rows[snap.event_date[rows] != NO_DATE]
        by_day = []
        if len(dated):
            pairs, n = np.unique(np.stack([snap.event_date[dated], snap.codes["type"][dated]], axis=1), axis=0, return_counts=True)
            by_day = sorted(({"day": date.fromordinal(int(d)), "type": names["type"].get(int(t)), "n": int(k)}
                             for (d, t), k in zip(pairs, n)), key=lambda x: (x["day"], x["type"] or ""))
        return {"events": len(rows), "articles": int(np.unique(snap.article[rows]).size), "by_type": counts("type"),
                "by_country": {k or "unknown": n for k, n in counts("country").items()}, "by_day": by_day,
                "undated": len(rows) - len(dated)}


def _insert_sorted(old: list, positions: np.ndarray, items: list) -> list:
    """`items[i]` inserted before `old[positions[i]]` (positions non-decreasing), as np.insert does."""
    out: list = []
    prev = 0
    for p, item in zip(positions.tolist(), items):
        out.extend(old[prev:p])
        out.append(item)
        prev = p
    out.extend(old[prev:])
    return out


def _equals(snap: Snapshot, column: str, value: str) -> np.ndarray:
    code = snap.vocab[column].get(CATEGORIES[column](value))
    return snap.codes[column] == code if code is not None else np.zeros(snap.n, dtype=bool)


def _name_contains(snap: Snapshot, column: str, needle: str) -> np.ndarray:
    codes = [c for name, c in snap.vocab[column].items() if needle in name]
    return np.isin(snap.codes[column], codes) if codes else np.zeros(snap.n, dtype=bool)


def matching(snap: Snapshot, q: EventQuery) -> np.ndarray | None:
    """The events matching `q` as a boolean mask (None: no filter): the conditions of `where_clause`
    over the same checked values (`store.query.filters`)."""
    f = filters(q)
    conds: list[np.ndarray] = []
    dated = snap.event_date != NO_DATE
    if f.since is not None:
        conds.append(dated & (snap.event_date >= f.since.toordinal()))
    if f.until is not None:
        conds.append(dated & (snap.event_date <= f.until.toordinal()))
    if f.type:
        conds.append(_equals(snap, "type", f.type))
    if f.mode:
        conds.append(_equals(snap, "mode", f.mode))
    if f.actor_code:
        conds.append(_equals(snap, "actor_country", f.actor_code) | _equals(snap, "target_country", f.actor_code)
                     | _equals(snap, "actor_name", f.actor_code) | _equals(snap, "target_name", f.actor_code))
    if f.actor_part is not None:
        needle = f.actor_part.lower()
        conds.append(_name_contains(snap, "actor_name", needle) | _name_contains(snap, "target_name", needle))
    if f.country:
        conds.append(_equals(snap, "country", f.country))
    if f.modality:
        conds.append(_equals(snap, "modality", f.modality))
    if f.min_confidence is not None:
        with np.errstate(invalid="ignore"):
            conds.append(snap.confidence >= f.min_confidence)
    if f.near is not None:
        lat0, lon0, km = f.near
        with np.errstate(invalid="ignore"):
            h = np.sin(np.radians(snap.lat - lat0) / 2) ** 2 + math.cos(math.radians(lat0)) * np.cos(np.radians(snap.lat)) \
                * np.sin(np.radians(snap.lon - lon0) / 2) ** 2
            conds.append(2 * EARTH_KM * np.arcsin(np.minimum(1.0, np.sqrt(h))) <= km)
    if not conds:
        return None
    mask = conds[0]
    for c in conds[1:]:
        mask = mask & c
    return mask
