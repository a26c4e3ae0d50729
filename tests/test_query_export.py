"""`eventwire events` filters and `eventwire export` layouts on a store built from
Article/Event objects written for these tests (no pipeline, no ../shared)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import duckdb
import pytest
from typer.testing import CliRunner

from eventwire.cli import app
from eventwire.export import gdelt_columns, polecat_columns, write_gdelt, write_parquet, write_polecat
from eventwire.model import Actor, Article, Event, Place, Time, Trigger
from eventwire.store import open_store
from eventwire.store.clusters import fetch_clusters, update_clusters
from eventwire.store.query import EventQuery, QueryError, fetch_events, parse_near, where_clause

runner = CliRunner()
KHARKIV = dict(name="Kharkiv", geonameid=706483, lat=49.98, lon=36.25, country="UKR", admin1="Kharkiv", feature="P.PPLA")
ODESA = dict(name="Odesa", geonameid=698740, lat=46.48, lon=30.73, country="UKR", admin1="Odessa", feature="P.PPLA")
PARIS = dict(name="Paris", geonameid=2988507, lat=48.85, lon=2.35, country="FRA", admin1="Ile-de-France", feature="P.PPLC")


def article(aid: str, text: str, published: date, url: str, type: str, actor: tuple[str, str | None, str | None] | None,
            place: dict | None, when: str | None, cameo: str | None = None, target: tuple[str, str | None, str | None] | None = None) -> Article:
    def who(spec: tuple[str, str | None, str | None] | None) -> Actor | None:
        if spec is None:
            return None
        i = text.index(spec[0])
        return Actor(text=spec[0], start=i, end=i + len(spec[0]), name=spec[0], country=spec[1], sector=spec[2], kind="group")

    loc = None
    if place:
        i = text.index(place["name"])
        loc = Place(text=place["name"], start=i, end=i + len(place["name"]), method="test", **place)
    t = Time(text="Monday", start=0, end=6, value=when, precision="day" if when and len(when) == 10 else "month", rule="test") if when else None
    trig = text.split()[2]
    ti = text.index(trig)
    ev = Event(id="e1", type=type, cameo=cameo, actor=who(actor), target=who(target), location=loc, date=t, sentence=text, start=0, end=len(text),
               trigger=Trigger(text=trig, start=ti, end=ti + len(trig)), confidence=0.9)
    return Article(id=aid, url=url, published=published, source="test", text=text, events=[ev])


ARTICLES = [
    article("k1", "Monday: Russian forces shelled Kharkiv, killing three.", date(2023, 5, 9), "https://www.northwire.example/k1",
            "ASSAULT", ("Russian forces", "RUS", "MIL"), KHARKIV, "2023-05-08", "194"),
    article("k2", "Monday: Russian troops bombarded Kharkiv overnight.", date(2023, 5, 9), "https://eastern-post.example/k2",
            "ASSAULT", ("Russian troops", "RUS", "MIL"), KHARKIV, "2023-05-08", "194"),
    article("o1", "Monday: Russian forces struck Odesa port.", date(2023, 5, 9), "https://www.northwire.example/o1",
            "ASSAULT", ("Russian forces", "RUS", "MIL"), ODESA, "2023-05-08", "190"),
    article("p1", "Monday: Protesters marched in Paris against the reform.", date(2023, 6, 2), "https://eurodesk.example/p1",
            "PROTEST", ("Protesters", None, "CVL"), PARIS, "2023-06", "141", ("the reform", None, None)),
    article("s1", "Monday: United States sanctioned Iran over the crackdown.", date(2022, 11, 15), "https://capitol.example/s1",
            "SANCTION", ("United States", "USA", "GOV"), None, None, "163", ("Iran", "IRN", "GOV")),
]


@pytest.fixture()
def db(tmp_path: Path) -> Path:
    path = tmp_path / "events.duckdb"
    with open_store(str(path)) as store:
        for a in ARTICLES:
            assert store.add(a)
    return path


def ids(con: duckdb.DuckDBPyConnection, **filters: object) -> list[str]:
    return [r["article_id"] for r in fetch_events(con, EventQuery(**filters))]


def test_filters(db: Path) -> None:
    with open_store(str(db)) as store:
        con = store.con
        assert ids(con) == ["s1", "k1", "k2", "o1", "p1"]  # by date filed under
        assert ids(con, type="assault") == ["k1", "k2", "o1"]
        assert ids(con, type="ASSAULT/heavy-weapons") == []  # no mode stored on these
        assert ids(con, since=date(2023, 5, 8), until=date(2023, 5, 8)) == ["k1", "k2", "o1"]
        assert ids(con, since=date(2023, 6, 1)) == ["p1"]  # month-precision date: filed under publication
        assert ids(con, actor="RUS") == ["k1", "k2", "o1"]
        assert ids(con, actor="IRN") == ["s1"]  # targets count too
        assert ids(con, actor="russian troops") == ["k2"]
        assert ids(con, country="ukr") == ["k1", "k2", "o1"]
        assert ids(con, near=(50.0, 36.2, 25)) == ["k1", "k2"]
        assert ids(con, near=(50.0, 36.2, 600)) == ["k1", "k2", "o1"]
        assert ids(con, limit=2) == ["s1", "k1"]
        [p1] = fetch_events(con, EventQuery(type="PROTEST"))
        assert p1["date_basis"] == "published" and p1["event_date"] == date(2023, 6, 2) and p1["date_value"] == "2023-06"
        [s1] = fetch_events(con, EventQuery(type="SANCTION"))
        assert s1["date_basis"] == "published"
        assert fetch_events(con, EventQuery(type="ASSAULT"))[0]["date_basis"] == "event"


def test_filter_values_are_bound_not_formatted(db: Path) -> None:
    with open_store(str(db)) as store:
        assert ids(store.con, actor="x') OR 1=1 --") == []
        sql, params = where_clause(EventQuery(actor="x') OR 1=1 --", since=date(2020, 1, 1)))
        assert "OR 1=1" not in sql and "x') OR 1=1 --" in params
    with pytest.raises(QueryError, match="not a PLOVER type"):
        where_clause(EventQuery(type="BOMB"))
    with pytest.raises(QueryError, match="alpha-3"):
        where_clause(EventQuery(country="Ukraine"))
    with pytest.raises(QueryError, match="LAT,LON,KM"):
        parse_near("49.9,36.2")
    assert parse_near(" 49.9, 36.2 ,25") == (49.9, 36.2, 25.0)


def test_events_command_formats_and_errors(db: Path, tmp_path: Path) -> None:
    result = runner.invoke(app, ["events", "--db", str(db), "--type", "ASSAULT", "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [r["article_id"] for r in rows] == ["k1", "k2", "o1"]
    assert rows[0]["trigger"]["text"] and rows[0]["actor"]["name"] == "Russian forces" and rows[0]["event_date"] == "2023-05-08"
    result = runner.invoke(app, ["events", "--db", str(db), "--format", "csv", "--country", "FRA"])
    assert result.exit_code == 0 and result.stdout.splitlines()[0].startswith("content_hash,event_id,article_id")
    assert len(result.stdout.splitlines()) == 2
    result = runner.invoke(app, ["events", "--db", str(db)])
    assert result.exit_code == 0 and "publication date" in result.stdout  # the fallback is said
    out = tmp_path / "e.parquet"
    result = runner.invoke(app, ["events", "--db", str(db), "--format", "parquet", "--out", str(out), "--actor", "RUS"])
    assert result.exit_code == 0, result.output
    assert duckdb.sql(f"SELECT count(*) FROM read_parquet('{out}')").fetchall() == [(3,)]
    result = runner.invoke(app, ["events", "--db", str(db), "--type", "BOMB"])
    assert result.exit_code == 2 and "not a PLOVER type" in result.output
    result = runner.invoke(app, ["events", "--db", str(tmp_path / "missing.duckdb")])
    assert result.exit_code == 2 and "no such store" in result.stderr


def test_clusters_in_store_and_command(db: Path) -> None:
    with open_store(str(db)) as store:
        assert update_clusters(store.con) is True
        assert update_clusters(store.con) is False  # nothing changed: not rebuilt
        clusters = fetch_clusters(store.con, EventQuery(type="ASSAULT"))
        kharkiv = [c for c in clusters if c["place"] == "Kharkiv"]
        assert len(kharkiv) == 1 and kharkiv[0]["n_sources"] == 2 and kharkiv[0]["n_events"] == 2
        assert {m["article_id"] for m in kharkiv[0]["members"]} == {"k1", "k2"}
        assert len(clusters) == 2  # Kharkiv, Odesa
        store.add(article("k3", "Monday: Russian artillery hit Kharkiv again.", date(2023, 5, 10), "https://dailyledger.example/k3",
                          "ASSAULT", ("Russian artillery", "RUS", "MIL"), KHARKIV, "2023-05-08", "194"))
        assert update_clusters(store.con) is True  # a new event: rebuilt
    result = runner.invoke(app, ["events", "--db", str(db), "--clustered", "--min-sources", "2", "--format", "json"])
    assert result.exit_code == 0, result.output
    [c] = [json.loads(line) for line in result.stdout.splitlines()]
    assert c["n_sources"] == 3 and c["first_report"] == "2023-05-09" and c["last_report"] == "2023-05-10" and len(c["members"]) == 3


def test_parquet_export_partitioned_by_month_read_back_by_duckdb(db: Path, tmp_path: Path) -> None:
    out = tmp_path / "pq"
    result = runner.invoke(app, ["export", "--db", str(db), "--format", "parquet", str(out)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in out.iterdir()) == ["event_month=2022-11", "event_month=2023-05", "event_month=2023-06"]
    rel = duckdb.sql(f"SELECT * FROM read_parquet('{out}/**/*.parquet', hive_partitioning = true)")
    rows = {r[0]: r[1:] for r in duckdb.sql(
        f"SELECT article_id, event_month, type, lat, event_date, cluster_sources, json_extract_string(doc, '$.trigger.text') "
        f"FROM read_parquet('{out}/**/*.parquet', hive_partitioning = true)").fetchall()}
    assert len(rows) == 5 and {"content_hash", "event_id", "type", "actor_name", "lat", "lon", "event_date", "date_basis", "doc", "cluster_id"} <= set(rel.columns)
    assert rows["k1"][0] == "2023-05" and rows["k1"][1] == "ASSAULT" and rows["k1"][2] == pytest.approx(49.98)
    assert rows["k1"][3] == date(2023, 5, 8) and rows["k1"][4] == 2 and rows["k1"][5] == "forces"
    assert rows["p1"][0] == "2023-06"
    # re-export into the same folder does not fail
    with open_store(str(db)) as store:
        assert write_parquet(store.con, out, EventQuery(country="UKR")) == 3


def test_gdelt_layout_in_gdelt_2_order(db: Path, tmp_path: Path) -> None:
    cols = gdelt_columns()
    assert len(cols) == 61 and cols[:5] == ["GlobalEventID", "Day", "MonthYear", "Year", "FractionDate"]
    assert cols.index("Actor2Code") == 15 and cols.index("IsRootEvent") == 25 and cols.index("EventCode") == 26
    assert cols[29:35] == ["QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone"]
    assert cols[35:43] == ["Actor1Geo_Type", "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code",
                           "Actor1Geo_Lat", "Actor1Geo_Long", "Actor1Geo_FeatureID"]
    assert cols[51] == "ActionGeo_Type" and cols[-2:] == ["DATEADDED", "SOURCEURL"]
    with open_store(str(db)) as store:
        path, n = write_gdelt(store.con, tmp_path / "g")
        assert n == 4  # the two Kharkiv reports are one GDELT event
        lines = path.read_text("utf-8").splitlines()
        assert len(lines) == 4 and all(len(line.split("\t")) == 61 for line in lines)
        rows = [dict(zip(cols, line.split("\t"))) for line in lines]
        k = next(r for r in rows if r["ActionGeo_FullName"].startswith("Kharkiv"))
        assert (k["Day"], k["MonthYear"], k["Year"]) == ("20230508", "202305", "2023")
        assert k["Actor1Code"] == "RUSMIL" and k["Actor1CountryCode"] == "RUS" and k["EventCode"] == "194"
        assert (k["EventBaseCode"], k["EventRootCode"], k["QuadClass"]) == ("194", "19", "4")
        assert (k["NumMentions"], k["NumSources"], k["NumArticles"]) == ("2", "2", "2")
        assert k["ActionGeo_CountryCode"] == "UP" and k["ActionGeo_Type"] == "4" and k["SOURCEURL"] == "https://www.northwire.example/k1"
        assert k["GoldsteinScale"] == "" and k["GlobalEventID"].isdigit()
        # GDELT's QuadClass runs 1..4: a sanction (root 16) is material conflict there, though
        # the Phoenix scale of the other outputs calls it verbal conflict (3)
        s = next(r for r in rows if r["EventCode"] == "163")
        assert s["QuadClass"] == "4"
        assert {r["QuadClass"] for r in rows} <= {"1", "2", "3", "4"}
        _, per_event = write_gdelt(store.con, tmp_path / "g2", per_event=True)
        assert per_event == 5


def test_polecat_layout(db: Path, tmp_path: Path) -> None:
    cols = polecat_columns()
    assert len(cols) == 40 and cols[:4] == ["Event ID", "Event Date", "Event Type", "Event Mode"] and cols[-1] == "Version"
    assert cols.index("Recipient Name") == 15 and cols.index("Placename") == 23 and cols.index("Publication Date") == 34
    with open_store(str(db)) as store:
        path, n = write_polecat(store.con, tmp_path / "p", EventQuery(type="SANCTION"))
    header, line = path.read_text("utf-8").splitlines()
    assert header.split("\t") == cols and n == 1
    row = dict(zip(cols, line.split("\t")))
    assert row["Event Type"] == "SANCTION" and row["Actor Name"] == "United States" and row["Recipient Country"] == "IRN"
    assert row["Event Date"] == "2022-11-15" and row["Publication Date"] == "2022-11-15" and row["Source"] == "capitol.example"
    result = runner.invoke(app, ["export", "--db", str(db), "--format", "polecat", str(tmp_path / "p2")])
    assert result.exit_code == 0 and len((tmp_path / "p2" / "eventwire.polecat.txt").read_text("utf-8").splitlines()) == 6


def test_gdelt_quad_class_has_no_neutral_class() -> None:
    from eventwire.ontology import gdelt_quad_class, get_ontology
    assert [gdelt_quad_class(f"{r:02d}") for r in range(1, 21)] == [1] * 5 + [2] * 3 + [3] * 5 + [4] * 7
    onto = get_ontology()
    assert onto.gdelt_quad_class("0213") == 1 and onto.quad_class("0213") == 0  # an appeal
    assert onto.gdelt_quad_class("163") == 4 and onto.quad_class("163") == 3
    with pytest.raises(ValueError):
        gdelt_quad_class("21")
