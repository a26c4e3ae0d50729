"""Event queries over a DuckStore: filters become SQL with bound parameters (never
string-formatted values), one flat row per stored event.

The date a row is filed under (`event_date`) is the event's own date when it was
resolved to a day; otherwise (week/month precision, unresolved or missing) it is the
article's publication date, and `date_basis` says which one it is.

    >>> q = EventQuery(type="ASSAULT", country="UKR", since=date(2023, 5, 1))
    >>> sql, params = build_sql(q)   # doctest: +SKIP
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from datetime import date
from typing import Any

import duckdb

from .dialect import DUCKDB, Dialect, dialect_of

PLOVER = ("AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
          "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT")

MODALITIES = ("asserted", "future", "intended", "hypothetical", "negated", "claimed", "requested")

EARTH_KM = 6371.0088

# One row per event, with its article and the date it is filed under. No user value appears here.
def base_sql(dialect: Dialect = DUCKDB) -> str:
    """The one-row-per-event SELECT in `dialect` (see `eventwire.store.dialect`)."""
    d = dialect
    day = d.is_day("e.date_value")
    as_date = d.try_date("e.date_value")
    return f"""
SELECT
    e.content_hash, e.id AS event_id, a.id AS article_id, a.url, a.source, a.title, a.published,
    CASE WHEN {day} THEN {as_date} ELSE a.published END AS event_date,
    CASE WHEN {day} AND {as_date} IS NOT NULL
         THEN 'event' WHEN a.published IS NOT NULL THEN 'published' ELSE NULL END AS date_basis,
    e.date_value, e.type, e.mode, e.cameo, e.acled, e.modality,
    e.actor_name, e.actor_country, {d.json_text("e.doc", "actor", "sector")} AS actor_sector,
    e.target_name, e.target_country, {d.json_text("e.doc", "target", "sector")} AS target_sector,
    e.place_name, e.geonameid, e.lat, e.lon, e.country,
    {d.json_text("e.doc", "location", "admin1")} AS admin1,
    {d.json_text("e.doc", "location", "feature")} AS feature,
    e.confidence, e.sentence, a.coded_at, e.doc
FROM events e JOIN articles a ON a.content_hash = e.content_hash
"""


BASE_SQL = base_sql(DUCKDB)

COLUMNS = [
    "content_hash", "event_id", "article_id", "url", "source", "title", "published", "event_date", "date_basis",
    "date_value", "type", "mode", "cameo", "acled", "modality", "actor_name", "actor_country", "actor_sector",
    "target_name", "target_country", "target_sector", "place_name", "geonameid", "lat", "lon", "country",
    "admin1", "feature", "confidence", "sentence", "coded_at", "doc",
]


class QueryError(ValueError):
    """A filter value that cannot be used, with what was wrong in words."""


@dataclass(frozen=True)
class EventQuery:
    since: date | None = None
    until: date | None = None
    type: str | None = None  # PLOVER type, optionally TYPE/mode
    actor: str | None = None  # ISO3 (actor or target country) or a name (actor or target, case-insensitive, part of name)
    country: str | None = None  # ISO3 of the event's location
    near: tuple[float, float, float] | None = None  # lat, lon, km
    limit: int | None = None
    modality: str | None = None  # asserted, future, intended, hypothetical, negated, claimed, requested
    min_confidence: float | None = None  # 0..1


def parse_near(value: str) -> tuple[float, float, float]:
    """'49.99,36.23,25' -> (49.99, 36.23, 25.0), checked."""
    parts = [p.strip() for p in value.split(",")]
    try:
        lat, lon, km = (float(p) for p in parts)
    except ValueError:
        raise QueryError(f"--near {value!r}: expected LAT,LON,KM, e.g. 49.99,36.23,25") from None
    if not (-90 <= lat <= 90 and -180 <= lon <= 180) or not km > 0 or not all(map(math.isfinite, (lat, lon, km))):
        raise QueryError(f"--near {value!r}: latitude must be in -90..90, longitude in -180..180, distance > 0 km")
    return lat, lon, km


def _iso3(value: str, what: str) -> str:
    code = value.strip().upper()
    if not re.fullmatch(r"[A-Z]{3}", code):
        raise QueryError(f"{what} {value!r}: expected an ISO 3166-1 alpha-3 code such as UKR")
    return code


def haversine_sql(lat: str, lon: str) -> str:
    """Great-circle distance in km from (lat, lon) columns to a point given as 3 bound parameters (lat, lat, lon)."""
    return (f"2 * {EARTH_KM} * asin(least(1.0, sqrt(pow(sin(radians({lat} - ?) / 2), 2) + "
            f"cos(radians(?)) * cos(radians({lat})) * pow(sin(radians({lon} - ?) / 2), 2))))")


@dataclass(frozen=True)
class Filters:
    """An EventQuery's values checked and normalised once: what `where_clause` turns into SQL and
    the API's in-memory event index (api/event_index.py) into array masks, so both mean the same."""

    since: date | None = None
    until: date | None = None
    type: str | None = None  # a PLOVER type, upper case
    mode: str | None = None  # compared case-insensitively
    actor_code: str | None = None  # three capitals: an actor or target country, or a whole name (case-insensitive)
    actor_part: str | None = None  # part of an actor or target name (case-insensitive)
    country: str | None = None
    modality: str | None = None
    min_confidence: float | None = None
    near: tuple[float, float, float] | None = None


def filters(q: EventQuery) -> Filters:
    """`q`'s filters, checked (QueryError with the reason otherwise)."""
    ptype = mode = actor_code = actor_part = modality = None
    if q.type:
        ptype, _, mode = q.type.partition("/")
        ptype = ptype.strip().upper()
        if ptype not in PLOVER:
            raise QueryError(f"--type {q.type!r}: not a PLOVER type (one of {', '.join(PLOVER)}; optionally TYPE/mode)")
        mode = mode.strip() or None
    if q.actor:
        value = q.actor.strip()
        if re.fullmatch(r"[A-Z]{3}", value):  # upper-case three letters: a country code (names are matched too)
            actor_code = value
        else:
            actor_part = value
    country = _iso3(q.country, "--country") if q.country else None
    if q.modality:
        modality = q.modality.strip().lower()
        if modality not in MODALITIES:
            raise QueryError(f"--modality {q.modality!r}: not a modality (one of {', '.join(MODALITIES)})")
    if q.min_confidence is not None and not (math.isfinite(q.min_confidence) and 0.0 <= q.min_confidence <= 1.0):
        raise QueryError(f"--min-confidence {q.min_confidence!r}: expected a number from 0 to 1")
    return Filters(q.since, q.until, ptype, mode, actor_code, actor_part, country, modality,
                   float(q.min_confidence) if q.min_confidence is not None else None, q.near)


def where_clause(q: EventQuery) -> tuple[str, list[Any]]:
    """The WHERE part (over BASE_SQL's columns) and its parameters, in order."""
    f = filters(q)
    conds: list[str] = []
    params: list[Any] = []
    if f.since is not None:
        conds.append("event_date >= ?")
        params.append(f.since)
    if f.until is not None:
        conds.append("event_date <= ?")
        params.append(f.until)
    if f.type:
        conds.append("type = ?")
        params.append(f.type)
    if f.mode:
        conds.append("lower(mode) = lower(?)")
        params.append(f.mode)
    if f.actor_code:
        conds.append("(actor_country = ? OR target_country = ? OR lower(actor_name) = lower(?) OR lower(target_name) = lower(?))")
        params += [f.actor_code] * 4
    if f.actor_part is not None:
        conds.append("(strpos(lower(actor_name), lower(?)) > 0 OR strpos(lower(target_name), lower(?)) > 0)")
        params += [f.actor_part] * 2
    if f.country:
        conds.append("country = ?")
        params.append(f.country)
    if f.modality:
        conds.append("modality = ?")
        params.append(f.modality)
    if f.min_confidence is not None:
        conds.append("confidence >= ?")
        params.append(f.min_confidence)
    if f.near is not None:
        lat, lon, km = f.near
        conds.append(f"lat IS NOT NULL AND lon IS NOT NULL AND {haversine_sql('lat', 'lon')} <= ?")
        params += [lat, lat, lon, km]
    return (" WHERE " + " AND ".join(conds)) if conds else "", params


def build_sql(q: EventQuery, dialect: Dialect = DUCKDB) -> tuple[str, list[Any]]:
    where, params = where_clause(q)
    sql = f"SELECT * FROM ({base_sql(dialect)}) AS ev{where} ORDER BY event_date NULLS LAST, published NULLS LAST, article_id, content_hash, event_id"
    if q.limit is not None:
        sql += " LIMIT ?"
        params.append(int(q.limit))
    return sql, params


def fetch_events(con: Any, q: EventQuery = EventQuery()) -> list[dict[str, Any]]:
    """Matching events as dicts keyed by COLUMNS, in a stable order (DuckDB or PostgreSQL connection)."""
    sql, params = build_sql(q, dialect_of(con))
    cur = con.execute(sql, params)
    names = [d[0] for d in cur.description]
    return [dict(zip(names, row)) for row in cur.fetchall()]


def copy_to_parquet(con: Any, q: EventQuery, path: str, partition_by_month: bool = False) -> int:
    """Write matching events to Parquet via DuckDB (no pyarrow), one row per event, with its
    cluster (cluster_id, cluster_sources, cluster_articles) when clusters are stored and the
    full Event as JSON text in `doc`. Partitioned by `event_month` (YYYY-MM, 'unknown' when
    there is no date at all) into hive folders when asked. Filter values are bound into a
    temporary table first, since COPY takes a literal path only. From PostgreSQL, the
    matching rows are first copied into an in-memory DuckDB (`stage_in_duckdb`), so the
    files are the same as from a DuckDB store."""
    if dialect_of(con).is_postgres:
        local = stage_in_duckdb(con, q)
        try:
            return copy_to_parquet(local, q, path, partition_by_month)
        finally:
            local.close()
    sql, params = build_sql(q)
    con.execute("CREATE OR REPLACE TEMP TABLE _ew_export AS " + sql, params)
    n = con.execute("SELECT count(*) FROM _ew_export").fetchone()[0]
    has_clusters = con.execute(
        "SELECT count(*) FROM information_schema.tables WHERE table_name IN ('event_clusters', 'event_cluster_members') AND table_schema = 'main'"
    ).fetchone()[0] == 2
    cluster_cols = ("m.cluster_id, c.n_sources AS cluster_sources, c.n_articles AS cluster_articles"
                    if has_clusters else "NULL::VARCHAR AS cluster_id, NULL::INTEGER AS cluster_sources, NULL::INTEGER AS cluster_articles")
    joins = (" LEFT JOIN event_cluster_members m ON m.content_hash = x.content_hash AND m.event_id = x.event_id"
             " LEFT JOIN event_clusters c ON c.cluster_id = m.cluster_id") if has_clusters else ""
    select = (f"SELECT x.* EXCLUDE (doc), CAST(x.doc AS VARCHAR) AS doc, {cluster_cols}, "
              f"coalesce(strftime(x.event_date, '%Y-%m'), 'unknown') AS event_month FROM _ew_export x{joins} "
              "ORDER BY x.event_date NULLS LAST, x.article_id, x.content_hash, x.event_id")
    options = "FORMAT PARQUET"
    if partition_by_month:
        options += ", PARTITION_BY (event_month), OVERWRITE_OR_IGNORE"
    con.execute(f"COPY ({select}) TO {sql_string(path)} ({options})")
    con.execute("DROP TABLE _ew_export")
    return int(n)


def sql_string(value: str) -> str:
    """A SQL string literal for a file path (COPY cannot take a bound parameter for it)."""
    return "'" + value.replace("'", "''") + "'"


# What `base_sql` and the export read, staged from PostgreSQL: these columns of the DuckDB schema's
# tables (types from schema.sql and clusters.sql, so a schema change is made in one place); the
# articles without their text, version and document.
_STAGED = {
    "articles": ("content_hash", "id", "url", "title", "published", "source", "coded_at"),
    "events": None,
    "event_clusters": None,
    "event_cluster_members": None,
}


def staging_tables(local: duckdb.DuckDBPyConnection) -> dict[str, list[str]]:
    """Create the staging tables in `local` (no constraints); table -> its columns in order."""
    from importlib import resources

    local.execute("ATTACH ':memory:' AS ddl")
    local.execute("USE ddl")
    for script in ("schema.sql", "clusters.sql"):
        local.execute(resources.files("eventwire.store").joinpath(script).read_text("utf-8"))
    local.execute("USE memory")
    out = {}
    for table, wanted in _STAGED.items():
        local.execute(f"CREATE TABLE {table} AS SELECT {', '.join(wanted) if wanted else '*'} FROM ddl.{table} LIMIT 0")
        out[table] = [r[0] for r in local.execute(f"DESCRIBE {table}").fetchall()]
    local.execute("DETACH ddl")
    return out


def stage_in_duckdb(con: Any, q: EventQuery, chunk: int = 2000) -> duckdb.DuckDBPyConnection:
    """An in-memory DuckDB holding the events matching `q` on a PostgreSQL connection, their
    articles (without text) and their clusters: what `copy_to_parquet` needs, streamed in chunks."""
    sql, params = build_sql(q, dialect_of(con))
    matched = f"WITH x AS (SELECT content_hash, event_id FROM ({sql}) AS m) "
    local = duckdb.connect(":memory:")
    try:
        columns = staging_tables(local)
        selects = {
            "articles": f"{matched}SELECT {', '.join(columns['articles'])} FROM articles WHERE content_hash IN (SELECT content_hash FROM x)",
            "events": f"{matched}SELECT {', '.join('e.' + c for c in columns['events'])} FROM events e "
                      "JOIN x ON x.content_hash = e.content_hash AND x.event_id = e.id",
            "event_cluster_members": f"{matched}SELECT {', '.join('m.' + c for c in columns['event_cluster_members'])} FROM event_cluster_members m "
                                     "JOIN x ON x.content_hash = m.content_hash AND x.event_id = m.event_id",
            "event_clusters": f"{matched}SELECT {', '.join(columns['event_clusters'])} FROM event_clusters WHERE cluster_id IN "
                              "(SELECT m.cluster_id FROM event_cluster_members m JOIN x ON x.content_hash = m.content_hash AND x.event_id = m.event_id)",
        }
        for table, names in columns.items():
            group = "(" + ", ".join("?" * len(names)) + ")"
            cur = con.cursor()
            cur.execute(selects[table], params)
            while rows := cur.fetchmany(chunk):
                local.execute(f"INSERT INTO {table} VALUES {', '.join([group] * len(rows))}", [v for r in rows for v in r])
            cur.close()
    except BaseException:
        local.close()
        raise
    return local
