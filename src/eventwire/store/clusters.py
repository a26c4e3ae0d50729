"""Stored event clusters: computed by `eventwire.clusters` over every stored event,
kept in the tables of clusters.sql, and rebuilt only when the events or the rules
changed since the last build (a fingerprint of both is stored with them)."""

from __future__ import annotations

import hashlib
from dataclasses import replace
from importlib import resources
from typing import Any

import duckdb

from ..clusters import Rules, cluster_events, default_rules, item_from_row
from .query import EventQuery, fetch_events

SUMMARY_COLUMNS = [
    "cluster_id", "type", "mode", "actor", "actor_country", "target", "target_country", "place", "country", "lat", "lon",
    "first_date", "last_date", "first_report", "last_report", "n_events", "n_articles", "n_sources",
]


def ensure_tables(con: duckdb.DuckDBPyConnection) -> None:
    con.execute(resources.files("eventwire.store").joinpath("clusters.sql").read_text("utf-8"))


def _fingerprint(con: duckdb.DuckDBPyConnection, rules: Rules) -> str:
    row = con.execute("SELECT count(*), coalesce(sum(hash(content_hash || '/' || id)), 0) FROM events").fetchone()
    rule_text = repr((sorted(rules.family.items()), sorted(rules.symmetric), sorted(rules.modality_group.items()), sorted(rules.sector_group.items()), rules.max_km, rules.window_days))
    return hashlib.sha1(f"{row[0]}|{row[1]}|{rule_text}".encode()).hexdigest()


def update_clusters(con: duckdb.DuckDBPyConnection, rules: Rules | None = None, force: bool = False) -> bool:
    """(Re)build the stored clusters if the events or rules changed; True if rebuilt."""
    rules = rules or default_rules()
    ensure_tables(con)
    fp = _fingerprint(con, rules)
    row = con.execute("SELECT value FROM event_cluster_state WHERE key = 'fingerprint'").fetchone()
    if row and row[0] == fp and not force:
        return False
    clusters = cluster_events((item_from_row(r) for r in fetch_events(con, EventQuery())), rules)
    con.execute("BEGIN TRANSACTION")
    try:
        con.execute("DELETE FROM event_cluster_members")
        con.execute("DELETE FROM event_clusters")
        if clusters:
            summaries = [c.summary() for c in clusters]
            con.executemany(f"INSERT INTO event_clusters VALUES ({', '.join('?' * len(SUMMARY_COLUMNS))})",
                            [[s[k] for k in SUMMARY_COLUMNS] for s in summaries])
            con.executemany("INSERT INTO event_cluster_members VALUES (?, ?, ?)",
                            [[c.id, h, e] for c in clusters for h, e in c.keys])
        con.execute("INSERT OR REPLACE INTO event_cluster_state VALUES ('fingerprint', ?)", [fp])
        con.execute("COMMIT")
    except duckdb.Error:
        con.execute("ROLLBACK")
        raise
    return True


def fetch_clusters(con: duckdb.DuckDBPyConnection, q: EventQuery = EventQuery(), min_sources: int = 1) -> list[dict[str, Any]]:
    """Stored clusters with at least one member event matching `q`, each with its `members`
    (article id, url, published, event id, type, sentence), ordered by first date."""
    from .query import build_sql

    sql, params = build_sql(replace(q, limit=None))
    con.execute("CREATE OR REPLACE TEMP TABLE _ew_match AS SELECT content_hash, event_id, article_id, url, published, event_date, date_basis, type, mode, sentence FROM (" + sql + ")", params)
    cur = con.execute(
        "SELECT c.* FROM event_clusters c WHERE c.n_sources >= ? AND EXISTS (SELECT 1 FROM event_cluster_members m JOIN _ew_match x "
        "ON x.content_hash = m.content_hash AND x.event_id = m.event_id WHERE m.cluster_id = c.cluster_id) "
        "ORDER BY c.first_date NULLS LAST, c.cluster_id" + (" LIMIT ?" if q.limit is not None else ""),
        [min_sources] + ([int(q.limit)] if q.limit is not None else []),
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
    con.execute("DROP TABLE _ew_match")
    return out


def cluster_of(con: duckdb.DuckDBPyConnection) -> dict[tuple[str, str], dict[str, Any]]:
    """(content_hash, event_id) -> its cluster's summary, for exports."""
    cur = con.execute("SELECT m.content_hash, m.event_id, c.* FROM event_cluster_members m JOIN event_clusters c USING (cluster_id)")
    names = [d[0] for d in cur.description]
    return {(r[0], r[1]): dict(zip(names[2:], r[2:])) for r in cur.fetchall()}
