"""The PostgreSQL store against a real server (conftest's `postgres_database`): versioned
migrations, one transaction per article, content-hash idempotence under concurrent
writers, and the same events / clusters / exports as the DuckDB store on the same articles."""

from __future__ import annotations

import csv
import io
import json
import re
import threading
from dataclasses import fields
from datetime import date
from pathlib import Path

import duckdb
import psycopg
import pytest
from typer.testing import CliRunner

from eventwire.cli import app as cli_app
from eventwire.model import Time
from eventwire.store import PostgresStore, StoreError, open_store
from eventwire.store import pg as pg_module
from eventwire.store.clusters import cluster_of, fetch_clusters, update_clusters
from eventwire.store.near_dup import NearDupIndex
from eventwire.store.pg import redact, to_pyformat
from eventwire.store.query import EventQuery, fetch_events

from test_query_export import ARTICLES, KHARKIV, article  # noqa: I001 - articles written for the export tests

runner = CliRunner()


@pytest.fixture()
def pg_url(postgres_database) -> str:  # noqa: ANN001
    return postgres_database()


def filled(location: str) -> str:
    with open_store(location) as store:
        for a in ARTICLES:
            assert store.add(a)
    return location


# ---- migrations -------------------------------------------------------------------------

def test_open_selects_postgres_and_applies_migrations_once(pg_url: str) -> None:
    with open_store(pg_url) as store:
        assert isinstance(store, PostgresStore) and store.schema_version == "1" and store.count() == 0
        first = store.con.execute("SELECT version, name, applied_at FROM schema_migrations ORDER BY version").fetchall()
    assert [(v, n) for v, n, _ in first] == [(1, "init")]
    with open_store(pg_url.replace("postgresql://", "postgres://", 1)) as store:  # both spellings; nothing re-applied
        assert store.con.execute("SELECT version, name, applied_at FROM schema_migrations ORDER BY version").fetchall() == first


def test_a_new_migration_is_applied_on_open_and_a_failing_one_leaves_nothing(pg_url: str, monkeypatch) -> None:  # noqa: ANN001
    shipped = pg_module.migrations()
    open_store(pg_url).close()
    broken = shipped + [(2, "add_note", "ALTER TABLE meta ADD COLUMN note text;"), (3, "broken", "CREATE TABLE half_done (a int); SELECT 1/0;")]
    monkeypatch.setattr(pg_module, "migrations", lambda: broken)
    with pytest.raises(StoreError, match="division by zero"):
        open_store(pg_url)
    with psycopg.connect(pg_url) as con:  # one transaction: neither 2 nor 3 is there
        assert [r[0] for r in con.execute("SELECT version FROM schema_migrations ORDER BY 1")] == [1]
        assert con.execute("SELECT to_regclass('half_done')").fetchone()[0] is None
    monkeypatch.setattr(pg_module, "migrations", lambda: shipped + [(2, "add_note", "ALTER TABLE meta ADD COLUMN note text;")])
    with open_store(pg_url) as store:
        assert [r[0] for r in store.con.execute("SELECT version FROM schema_migrations ORDER BY 1").fetchall()] == [1, 2]
        assert store.con.execute("SELECT note FROM meta").fetchone() == (None,)


def test_a_store_newer_than_this_eventwire_is_refused(pg_url: str) -> None:
    open_store(pg_url).close()
    with psycopg.connect(pg_url, autocommit=True) as con:
        con.execute("INSERT INTO schema_migrations (version, name, eventwire_version) VALUES (9999, 'future', '99.0')")
    with pytest.raises(StoreError, match=r"store schema version 9999 is newer than this eventwire .* upgrade eventwire"):
        open_store(pg_url)


def test_unreachable_server_is_a_one_line_error_without_the_password() -> None:
    with pytest.raises(StoreError, match=r"cannot connect to PostgreSQL") as caught:
        open_store("postgresql://someone:hunter2@127.0.0.1:1/nowhere")
    assert "hunter2" not in str(caught.value) and "\n" not in str(caught.value)
    assert redact("postgresql://u:p@h:5/d") == "postgresql://u:***@h:5/d" and redact("postgres://h/d") == "postgres://h/d"


def test_placeholders_are_rewritten_outside_quoted_text() -> None:
    assert to_pyformat("SELECT '?', \"a?\", x FROM t WHERE a = ? AND b LIKE '%x' AND c = ?") == \
        "SELECT '?', \"a?\", x FROM t WHERE a = %s AND b LIKE '%%x' AND c = %s"


# ---- writing ----------------------------------------------------------------------------

def test_add_is_idempotent_by_content_hash_and_round_trips(pg_url: str) -> None:
    a = ARTICLES[0]
    with open_store(pg_url) as store:
        assert store.add(a) is True
        assert store.add(a) is False
        assert store.add(a.model_copy(update={"id": "other-id", "url": "https://elsewhere.example/x"})) is False  # same text
        assert store.has(a.content_hash) and not store.has("0" * 64)
        assert {t: store.count(t) for t in ("articles", "events", "places", "times", "quotes")} == \
            {"articles": 1, "events": 1, "places": 0, "times": 0, "quotes": 0}
        assert store.article(a.content_hash) == a and store.article("nope") is None
        with pytest.raises(ValueError):
            store.count("pg_class")


def test_concurrent_writers_store_an_article_once(pg_url: str) -> None:
    open_store(pg_url).close()
    stores = [open_store(pg_url) for _ in range(4)]
    barrier = threading.Barrier(len(stores))
    results: list[bool] = []

    def write(store) -> None:  # noqa: ANN001
        barrier.wait()
        results.append(store.add(ARTICLES[1]))

    threads = [threading.Thread(target=write, args=(s,)) for s in stores]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=30)
    try:
        assert sorted(results) == [False, False, False, True]
        assert stores[0].count("articles") == 1 and stores[0].count("events") == 1
    finally:
        for s in stores:
            s.close()


def test_a_failure_mid_article_leaves_nothing_of_it(pg_url: str) -> None:
    good = article("t1", "Monday: Russian forces shelled Kharkiv again.", date(2023, 5, 9), "https://x.example/t1",
                   "ASSAULT", ("Russian forces", "RUS", "MIL"), KHARKIV, "2023-05-08", "194")
    good = good.model_copy(update={
        "places": [good.events[0].location],
        "times": [Time(text="Monday", start=0, end=6, value="2023-05-08", precision="day", rule="test")]})
    with open_store(pg_url) as store:
        assert store.add(ARTICLES[0])
        # The article row and its places go in first; make the times insert fail to prove all of it is rolled back.
        store.con.execute("CREATE UNIQUE INDEX times_value_once ON times ((1))")
        store.con.execute("INSERT INTO times VALUES ('blocker', 0, 'x', 0, 1, 'x', 'day', 'test')")
        with pytest.raises(StoreError, match="could not store article t1"):
            store.add(good)
        assert not store.has(good.content_hash)
        assert (store.count("articles"), store.count("places"), store.count("events"), store.count("times")) == (1, 0, 1, 1)
        store.con.execute("DROP INDEX times_value_once")
        assert store.add(good) is True  # the connection is usable again and the article goes in whole
        assert (store.count("articles"), store.count("places"), store.count("events"), store.count("times")) == (2, 1, 2, 2)


# ---- reading: the same answers as DuckDB --------------------------------------------------

QUERIES = [
    EventQuery(),
    EventQuery(type="assault"),
    EventQuery(type="ASSAULT/heavy-weapons"),
    EventQuery(since=date(2023, 5, 8), until=date(2023, 5, 8)),
    EventQuery(since=date(2023, 6, 1)),
    EventQuery(actor="RUS"),
    EventQuery(actor="russian"),
    EventQuery(actor="IRN"),
    EventQuery(country="ukr"),
    EventQuery(near=(49.99, 36.23, 25.0)),
    EventQuery(near=(46.5, 30.7, 5.0), type="ASSAULT"),
    EventQuery(near=(-49.99, -143.77, 20000.0)),  # the antipode of Kharkiv: everything located
    EventQuery(modality="asserted", min_confidence=0.5),
    EventQuery(min_confidence=0.95),
    EventQuery(limit=2),
    EventQuery(actor="x'); DROP TABLE events; --"),
]


def _comparable(rows: list[dict]) -> list[dict]:
    return [{k: v for k, v in r.items() if k != "coded_at"} for r in rows]


@pytest.fixture()
def both(pg_url: str, tmp_path: Path) -> tuple[str, str]:
    return filled(str(tmp_path / "events.duckdb")), filled(pg_url)


def test_event_filters_give_the_same_rows_as_duckdb(both: tuple[str, str]) -> None:
    duck, pg = both
    with open_store(duck) as d, open_store(pg) as p:
        for q in QUERIES:
            expected = _comparable(fetch_events(d.con, q))
            got = _comparable(fetch_events(p.con, q))
            assert got == expected, q
        assert [r["article_id"] for r in fetch_events(p.con, EventQuery(near=(49.99, 36.23, 25.0)))] == ["k1", "k2"]
        row = fetch_events(p.con, EventQuery(type="PROTEST"))[0]
        assert row["event_date"] == date(2023, 6, 2) and row["date_basis"] == "published" and isinstance(row["doc"], str)
        assert p.count("events") == 5 and {f.name for f in fields(EventQuery)} >= {"near", "modality"}


def test_an_impossible_day_is_not_a_date_on_either_backend(both: tuple[str, str]) -> None:
    for location in both:
        with open_store(location) as store:
            store.con.execute("UPDATE events SET date_value = '2023-02-30' WHERE content_hash = ?", [ARTICLES[0].content_hash])
            rows = fetch_events(store.con, EventQuery(actor="Russian forces", country="UKR"))
            assert [r["article_id"] for r in rows] == ["o1", "k1"]  # undated last
            row = rows[1]
            assert row["date_value"] == "2023-02-30"
            assert row["event_date"] is None and row["date_basis"] == "published"


def test_clusters_are_the_same_as_duckdb_and_rebuilt_only_on_change(both: tuple[str, str]) -> None:
    duck, pg = both
    with open_store(duck) as d, open_store(pg) as p:
        assert update_clusters(d.con) and update_clusters(p.con)
        assert update_clusters(p.con) is False  # nothing changed
        for q, min_sources in ((EventQuery(), 1), (EventQuery(type="ASSAULT"), 2), (EventQuery(country="FRA"), 1), (EventQuery(limit=1), 1)):
            assert fetch_clusters(p.con, q, min_sources=min_sources) == fetch_clusters(d.con, q, min_sources=min_sources), q
        kharkiv = [c for c in fetch_clusters(p.con, EventQuery(type="ASSAULT"), min_sources=2)]
        assert len(kharkiv) == 1 and kharkiv[0]["n_sources"] == 2 and len(kharkiv[0]["members"]) == 2
        assert cluster_of(p.con) == cluster_of(d.con)
        extra = article("k3", "Monday: Russian artillery pounded Kharkiv suburbs.", date(2023, 5, 9), "https://third.example/k3",
                        "ASSAULT", ("Russian artillery", "RUS", "MIL"), KHARKIV, "2023-05-08", "194")
        assert p.add(extra)
        assert update_clusters(p.con) is True
        assert fetch_clusters(p.con, EventQuery(type="ASSAULT"), min_sources=3)[0]["n_sources"] == 3


def test_near_duplicate_signatures_are_kept_in_postgres(pg_url: str) -> None:
    filled(pg_url)
    with open_store(pg_url) as store:
        index = NearDupIndex.open(store.con)  # backfills every stored article
        assert len(index) == len(ARTICLES) and store.con.execute("SELECT count(*) FROM near_dup_signatures").fetchone()[0] == len(ARTICLES)
        assert index.match(ARTICLES[0].text) == (ARTICLES[0].content_hash, 1.0)
    with open_store(pg_url) as store:
        assert len(NearDupIndex.open(store.con)) == len(ARTICLES)


# ---- the command line on a postgresql:// URL ----------------------------------------------

def test_events_and_exports_on_a_postgres_url(both: tuple[str, str], tmp_path: Path) -> None:
    duck, pg = both
    for args in (["--format", "json"], ["--format", "json", "--type", "ASSAULT", "--near", "49.99,36.23,25"],
                 ["--format", "csv", "--country", "UKR"], ["--clustered", "--format", "json", "--min-sources", "2"]):
        on_pg = runner.invoke(cli_app, ["events", "--db", pg, *args])
        on_duck = runner.invoke(cli_app, ["events", "--db", duck, *args])
        assert on_pg.exit_code == 0, on_pg.output
        assert _strip_coded_at(on_pg.stdout) == _strip_coded_at(on_duck.stdout), args
    for fmt in ("gdelt", "polecat"):
        r = runner.invoke(cli_app, ["export", str(tmp_path / f"pg-{fmt}"), "--db", pg, "--format", fmt])
        assert r.exit_code == 0, r.output
        r = runner.invoke(cli_app, ["export", str(tmp_path / f"duck-{fmt}"), "--db", duck, "--format", fmt])
        [pg_file] = (tmp_path / f"pg-{fmt}").iterdir()
        [duck_file] = (tmp_path / f"duck-{fmt}").iterdir()
        assert _no_coding_time(pg_file.read_text("utf-8")) == _no_coding_time(duck_file.read_text("utf-8")), fmt
    for name, store in (("pg", pg), ("duck", duck)):
        r = runner.invoke(cli_app, ["export", str(tmp_path / f"{name}-parquet"), "--db", store, "--format", "parquet", "--country", "UKR"])
        assert r.exit_code == 0 and "wrote 3 event(s)" in r.output, r.output
        r = runner.invoke(cli_app, ["events", "--db", store, "--format", "parquet", "--out", str(tmp_path / f"{name}.parquet"), "--actor", "RUS"])
        assert r.exit_code == 0 and "wrote 3 event(s)" in r.output, r.output
        r = runner.invoke(cli_app, ["events", "--db", store, "--clustered", "--format", "parquet", "--out", str(tmp_path / f"{name}-c.parquet")])
        assert r.exit_code == 0, r.output
    assert _parquet(tmp_path / "pg-parquet/**/*.parquet") == _parquet(tmp_path / "duck-parquet/**/*.parquet") != []
    assert _parquet(tmp_path / "pg.parquet") == _parquet(tmp_path / "duck.parquet") != []
    assert _parquet(tmp_path / "pg-c.parquet") == _parquet(tmp_path / "duck-c.parquet") != []
    r = runner.invoke(cli_app, ["events", "--db", "postgresql://nobody:pw@127.0.0.1:1/x"])
    assert r.exit_code == 2 and "cannot connect to PostgreSQL" in r.output and "pw@" not in r.output


def _strip_coded_at(text: str) -> list:
    """Output rows without `coded_at` (the storage time differs between the two stores)."""
    if text.startswith("{") or not text:
        return [{k: v for k, v in json.loads(line).items() if k != "coded_at"} for line in text.splitlines()]
    return [{k: v for k, v in row.items() if k != "coded_at"} for row in csv.DictReader(io.StringIO(text))]


def _parquet(pattern: Path) -> list[tuple]:
    """The rows of Parquet files (hive partitions included), without `coded_at`, in a stable order."""
    rel = duckdb.sql(f"SELECT * FROM read_parquet('{pattern}', hive_partitioning = true)")
    keep = [i for i, c in enumerate(rel.columns) if c != "coded_at"]
    return sorted((tuple(row[i] for i in keep) for row in rel.fetchall()), key=repr)


def test_run_and_code_into_a_postgres_url_are_incremental(pg_url: str, tmp_path: Path) -> None:
    texts = {
        "a": "Government troops attacked rebel fighters near Kidal on Monday, residents said, and 12 people were counted.",
        "b": "Protesters blocked the main road in Goma on Tuesday against the governor, a spokesman said.",
    }
    copy = texts["a"].replace("12 people were counted", "12 people were recorded")  # a near-duplicate wire copy
    wire = tmp_path / "wire.jsonl"
    wire.write_text("\n".join(json.dumps({"id": k, "text": v, "published": "2024-03-01"}) for k, v in texts.items()) + "\n", encoding="utf-8")
    first = runner.invoke(cli_app, ["run", str(wire), "--db", pg_url, "--no-progress", "--near-dup", "0.5"])
    assert first.exit_code == 0, first.output
    assert "stored 2 new, 0 already stored" in first.stderr
    (tmp_path / "copy.txt").write_text(copy, encoding="utf-8")
    second = runner.invoke(cli_app, ["run", str(wire), str(tmp_path / "copy.txt"), "--db", pg_url, "--no-progress", "--near-dup", "0.5"])
    assert second.exit_code == 0, second.output
    assert "stored 0 new, 2 already stored" in second.stderr and "near-duplicate" in second.stderr
    coded = runner.invoke(cli_app, ["code", str(wire), "--db", pg_url, "--format", "json"])
    assert coded.exit_code == 0 and "stored 0 new" in coded.stderr and "(2 already there)" in coded.stderr
    with open_store(pg_url) as store:
        assert store.count() == 2 and store.con.execute("SELECT count(*) FROM near_dup_signatures").fetchone()[0] == 2
    # run --workers/--dask into PostgreSQL: tests/test_distributed.py::test_distributed_run_into_postgresql


def test_serve_on_an_unreachable_postgres_url_is_a_one_line_error() -> None:
    r = runner.invoke(cli_app, ["serve", "--db", "postgresql://nobody:pw@127.0.0.1:1/x"])
    assert r.exit_code == 2 and "cannot connect to PostgreSQL" in r.output and "pw@" not in r.output


def _no_coding_time(text: str) -> str:
    """An export without its storage timestamps (GDELT's DATEADDED, YYYYMMDDHHMMSS), which differ between the stores."""
    return re.sub(r"(?<!\d)20\d{12}(?!\d)", "DATEADDED", text)


def test_a_user_without_create_rights_can_use_a_migrated_store(pg_url: str) -> None:
    from urllib.parse import urlsplit

    open_store(pg_url).close()  # migrated by the owner
    role = "eventwire_rw_" + urlsplit(pg_url).path.rsplit("_", 1)[-1]
    with psycopg.connect(pg_url, autocommit=True) as con:
        con.execute(f"CREATE ROLE {role} LOGIN PASSWORD 'rw-secret'")
        con.execute("REVOKE CREATE ON SCHEMA public FROM PUBLIC")
        con.execute(f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}")
    try:
        url = urlsplit(pg_url)
        as_role = url._replace(netloc=f"{role}:rw-secret@{url.hostname}:{url.port}").geturl()
        with open_store(as_role) as store:
            assert store.add(ARTICLES[0]) and not store.add(ARTICLES[0])
            assert update_clusters(store.con) and fetch_events(store.con, EventQuery(type="ASSAULT"))
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                store.con.execute("CREATE TABLE nope (a int)")
    finally:
        with psycopg.connect(pg_url, autocommit=True) as con:
            con.execute(f"DROP OWNED BY {role}")
            con.execute(f"DROP ROLE {role}")
