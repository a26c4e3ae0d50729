"""Stored event clusters: computed by `eventwire.clusters` over every stored event,
kept in the tables of clusters.sql, and rebuilt only when the events or the rules
changed since the last build (a fingerprint of both is stored with them)."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from importlib import resources
from typing import Any

from ..clusters import Rules, cluster_events, default_rules, item_from_row
from .dialect import dialect_of
from .query import EventQuery, build_sql, fetch_events

SUMMARY_COLUMNS = [
    "cluster_id", "type", "mode", "actor", "actor_country", "target", "target_country", "place", "country", "lat", "lon",
    "first_date", "last_date", "first_report", "last_report", "n_events", "n_articles", "n_sources",
]


def ensure_tables(con: Any) -> None:
    """DuckDB: create the tables of clusters.sql if missing. PostgreSQL: its migrations made them."""
    if not dialect_of(con).is_postgres:
        con.execute(resources.files("eventwire.store").joinpath("clusters.sql").read_text("utf-8"))


def _fingerprint(con: Any, rules: Rules) -> str:
    h = dialect_of(con).hash64("content_hash || '/' || id")
    row = con.execute(f"SELECT count(*), coalesce(sum({h}), 0) FROM events").fetchone()
    rule_text = repr((sorted(rules.family.items()), sorted(rules.symmetric), sorted(rules.modality_group.items()), sorted(rules.sector_group.items()), rules.max_km, rules.window_days))
    return hashlib.sha1(f"{row[0]}|{row[1]}|{rule_text}".encode()).hexdigest()


def update_clusters(con: Any, rules: Rules | None = None, force: bool = False) -> bool:
    """(Re)build the stored clusters if the events or rules changed; True if rebuilt.
    On PostgreSQL, concurrent rebuilds (several servers or runs on one database) take
    turns on an advisory lock and a late one sees the fresh fingerprint and stops."""
    rules = rules or default_rules()
    ensure_tables(con)
    fp = _fingerprint(con, rules)
    if _stored_fingerprint(con) == fp and not force:
        return False
    clusters = cluster_events((item_from_row(r) for r in fetch_events(con, EventQuery())), rules)
    postgres = dialect_of(con).is_postgres
    con.execute("BEGIN TRANSACTION")
    try:
        if postgres:
            con.execute("SELECT pg_advisory_xact_lock(hashtext('eventwire.clusters'))")
            if _stored_fingerprint(con) == fp and not force:  # another process rebuilt them meanwhile
                con.execute("ROLLBACK")
                return False
        con.execute("DELETE FROM event_cluster_members")
        con.execute("DELETE FROM event_clusters")
        if clusters:
            summaries = [c.summary() for c in clusters]
            con.executemany(f"INSERT INTO event_clusters VALUES ({', '.join('?' * len(SUMMARY_COLUMNS))})",
                            [[s[k] for k in SUMMARY_COLUMNS] for s in summaries])
            con.executemany("INSERT INTO event_cluster_members VALUES (?, ?, ?)",
                            [[c.id, h, e] for c in clusters for h, e in c.keys])
        con.execute("INSERT INTO event_cluster_state VALUES ('fingerprint', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value", [fp])
        con.execute("COMMIT")
    except Exception:
        con.execute("ROLLBACK")
        raise
    return True


def _stored_fingerprint(con: Any) -> str | None:
    row = con.execute("SELECT value FROM event_cluster_state WHERE key = 'fingerprint'").fetchone()
    return row[0] if row else None


def fetch_clusters(con: Any, q: EventQuery = EventQuery(), min_sources: int = 1) -> list[dict[str, Any]]:
    """Stored clusters with at least one member event matching `q`, each with its `members`
    (article id, url, published, event id, type, sentence), ordered by first date."""
    sql, params = build_sql(replace(q, limit=None), dialect_of(con))
    cur = con.execute(
        "WITH x AS (SELECT content_hash, event_id FROM (" + sql + ") AS matched) "
        "SELECT c.* FROM event_clusters c WHERE c.n_sources >= ? AND EXISTS (SELECT 1 FROM event_cluster_members m JOIN x "
        "ON x.content_hash = m.content_hash AND x.event_id = m.event_id WHERE m.cluster_id = c.cluster_id) "
        "ORDER BY c.first_date NULLS LAST, c.cluster_id" + (" LIMIT ?" if q.limit is not None else ""),
        [*params, min_sources] + ([int(q.limit)] if q.limit is not None else []),
    )
    names = [d[0] for d in cur.description]
    out = [dict(zip(names, r)) for r in cur.fetchall()]
    members: dict[str, list[dict[str, Any]]] = {}
    if out:
        cur = con.execute(
            "SELECT m.cluster_id, e.content_hash, e.id AS event_id, a.id AS article_id, a.url, a.published, e.type, e.mode, e.date_value, e.sentence "
            "FROM event_cluster_members m JOIN events e ON e.content_hash = m.content_hash AND e.id = m.event_id "
            "JOIN articles a ON a.content_hash = e.content_hash ORDER BY a.published NULLS LAST, a.id, e.id")
        mnames = [d[0] for d in cur.description]
        for r in cur.fetchall():
            d = dict(zip(mnames, r))
            members.setdefault(d.pop("cluster_id"), []).append(d)
    for c in out:
        c["members"] = members.get(c["cluster_id"], [])
    return out


def cluster_of(con: Any) -> dict[tuple[str, str], dict[str, Any]]:
    """(content_hash, event_id) -> its cluster's summary, for exports."""
    cur = con.execute("SELECT m.content_hash, m.event_id, c.* FROM event_cluster_members m JOIN event_clusters c USING (cluster_id)")
    names = [d[0] for d in cur.description]
    return {(r[0], r[1]): dict(zip(names[2:], r[2:])) for r in cur.fetchall()}


def copy_clusters_to_parquet(con: Any, cluster_ids: list[str], path: str) -> int:
    """The stored clusters with these ids to one Parquet file (DuckDB writes it; from
    PostgreSQL the rows are staged in an in-memory DuckDB first), ordered by first date."""
    import duckdb

    from .query import sql_string, staging_tables

    if dialect_of(con).is_postgres:
        local = duckdb.connect(":memory:")
        try:
            names = staging_tables(local)["event_clusters"]
            rows = con.execute(f"SELECT {', '.join(names)} FROM event_clusters WHERE cluster_id = ANY(?)", [list(cluster_ids)]).fetchall()
            if rows:
                local.executemany(f"INSERT INTO event_clusters VALUES ({', '.join('?' * len(names))})", rows)
            return copy_clusters_to_parquet(local, cluster_ids, path)
        finally:
            local.close()
    con.execute("CREATE OR REPLACE TEMP TABLE _ew_clusters AS SELECT * FROM event_clusters WHERE cluster_id IN (SELECT unnest(?::VARCHAR[]))", [list(cluster_ids)])
    con.execute(f"COPY (SELECT * FROM _ew_clusters ORDER BY first_date NULLS LAST, cluster_id) TO {sql_string(path)} (FORMAT PARQUET)")
    return len(cluster_ids)
