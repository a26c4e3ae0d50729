"""The API's in-memory event index (eventwire.api.event_index) answers GET /v1/events and
GET /v1/stats with the same bytes as the SQL queries, on DuckDB and PostgreSQL, and keeps up with the store.

The store: two articles written for these tests, coded once, then stored again as many
variants with drawn types, modes, modalities, actors (names in mixed case, countries),
places, dates (day, month or none), confidences and publication dates, so every filter
and the whole sort order (event date, publication date, article id, hash, event id) are
exercised, NULLs included."""

from __future__ import annotations

import random
import time
from datetime import date, timedelta

import pytest
from fastapi.testclient import TestClient

from eventwire.api import ApiSettings, create_app
from eventwire.store import open_store
from eventwire.store.query import MODALITIES, PLOVER

TEXTS = (
    ("Rebels shelled a market in Menaka on Sunday, killing four people, the army said. "
     "Soldiers arrested two men near the town the next day.", date(2024, 3, 12)),
    ("The foreign minister of Kenya met his Ugandan counterpart in Kampala on Friday to discuss "
     "border security, and both governments promised to share intelligence.", date(2023, 11, 4)),
)
NAMES = ["Taliban", "taliban fighters", "Kirby", "The Army", "AFG", "Police of Kenya", "Ümit Özdağ", None]
COUNTRIES = ["AFG", "USA", "KEN", "MLI", None]
PLACES = [("Aybak", 36.26, 68.02, "AFG"), ("Doha", 25.29, 51.53, "QAT"), ("Nairobi", -1.28, 36.82, "KEN"), None]


def variants(base: list, n: int, seed: int = 3) -> list:
    """`n` stored-article variants of the coded `base` articles with drawn field values."""
    rng = random.Random(seed)
    out = []
    for k in range(n):
        a = base[k % len(base)]
        events = []
        for j, e in enumerate(a.events * 2):
            name, actor_country = rng.choice(NAMES), rng.choice(COUNTRIES)
            actor = e.actor.model_copy(update={"name": name, "country": actor_country}) if e.actor and name else None
            target_name = rng.choice(NAMES)
            target = (e.actor or e.target).model_copy(update={"name": target_name, "country": rng.choice(COUNTRIES)}) \
                if (e.actor or e.target) and target_name else None
            place = rng.choice(PLACES)
            location = e.location.model_copy(update={"name": place[0], "lat": place[1] + rng.uniform(-1, 1), "lon": place[2],
                                                     "country": place[3]}) if e.location and place else None
            day = date(2021, 1, 1) + timedelta(days=rng.randrange(60))
            when = rng.choice([day.isoformat(), day.isoformat()[:7], None])
            date_ = e.date.model_copy(update={"value": when, "precision": "day" if len(when) == 10 else "month"}) if e.date and when else None
            events.append(e.model_copy(update={
                "id": f"{e.id}-{j}", "type": rng.choice(PLOVER), "mode": rng.choice(["seize", "Aerial", "meet", None]),
                "modality": rng.choice(MODALITIES), "actor": actor, "target": target, "location": location, "date": date_,
                "confidence": round(rng.random(), 2)}))
        published = rng.choice([date(2021, 1, 1) + timedelta(days=rng.randrange(60)), None])
        out.append(a.model_copy(update={"content_hash": f"{a.content_hash[:20]}{k:04d}", "id": rng.choice([f"art-{k % 7}", f"Art-{k}"]),
                                        "published": published, "events": events}))
    return out


def random_query(rng: random.Random) -> dict:
    options = {
        "since": lambda: (date(2021, 1, 1) + timedelta(days=rng.randrange(70))).isoformat(),
        "until": lambda: (date(2021, 1, 1) + timedelta(days=rng.randrange(70))).isoformat(),
        "type": lambda: rng.choice([*PLOVER[:6], "coerce", "COERCE/seize", "ASSAULT/aerial", "CONSULT/MEET"]),
        "actor": lambda: rng.choice(["AFG", "USA", "taliban", "Taliban", "kirby", "army", "ÖZ", "özdağ", "ken", "Zzz"]),
        "country": lambda: rng.choice(["AFG", "usa", "KEN", "MLI", "FRA"]),
        "near": lambda: rng.choice(["36.26,68.02,150", "25.3,51.5,20", "0,0,20000", "-1.28,36.82,1"]),
        "modality": lambda: rng.choice(MODALITIES),
        "min_confidence": lambda: rng.choice(["0", "0.25", "0.5", "0.9", "1"]),
    }
    params = {k: options[k]() for k in rng.sample(sorted(options), rng.choice([0, 1, 1, 2, 3]))}
    params["limit"] = rng.choice([1, 5, 20, 100])
    if rng.random() < 0.4:
        params["offset"] = rng.choice([1, 7, 40, 500])
    return params


@pytest.fixture(scope="module")
def coded(pipeline) -> list:  # noqa: ANN001
    return [pipeline.code_text(text, published=published) for text, published in TEXTS]


def wait_ready(client: TestClient) -> None:
    deadline = time.monotonic() + 30
    while client.get("/v1/health").json()["event_index"] == "building":
        assert time.monotonic() < deadline, "event index not built in 30 s"
        time.sleep(0.05)


def test_index_answers_exactly_as_sql(coded, store_location: str) -> None:  # noqa: ANN001
    with open_store(store_location) as store:
        store.add_many(variants(coded, 40))
    app = create_app(ApiSettings(db=store_location, token=""))
    handle = app.state.store
    try:
        client = TestClient(app)
        wait_ready(client)
        index = handle.index
        assert index.snapshot is not None and index.snapshot.n_articles == 40
        rng = random.Random(11)
        seen_totals = set()
        for _ in range(250):
            params = random_query(rng)
            handle.index = None  # SQL
            by_sql = client.get("/v1/events", params=params)
            handle.index = index
            by_index = client.get("/v1/events", params=params)
            assert by_sql.status_code == by_index.status_code == 200, (params, by_sql.text)
            assert by_index.content == by_sql.content, params
            seen_totals.add(by_index.json()["total"])
            filters = {k: v for k, v in params.items() if k not in ("limit", "offset")}
            handle.index = None
            stats_sql = client.get("/v1/stats", params=filters)
            handle.index = index
            assert client.get("/v1/stats", params=filters).content == stats_sql.content, filters
        assert len(seen_totals) > 20 and 0 in seen_totals  # the queries were not all alike
    finally:
        handle.close()


def test_stored_articles_show_at_once_and_others_writes_within_the_recheck(coded, pipeline, store_location: str) -> None:  # noqa: ANN001
    app = create_app(ApiSettings(db=store_location, token="", pipeline_factory=lambda: pipeline))
    handle = app.state.store
    try:
        client = TestClient(app)
        wait_ready(client)
        assert client.get("/v1/events").json()["total"] == 0
        text, published = TEXTS[0]
        assert client.post("/v1/code?store=true", json={"text": text, "published": published.isoformat()}).status_code == 200
        n = len(coded[0].events)
        assert n and client.get("/v1/events").json()["total"] == n  # no wait: stored through this server
        # Another writer (on PostgreSQL: another process; here the store's own connection, bypassing the server)
        handle.store.add_many(variants(coded, 3, seed=5))
        expected = n + sum(len(a.events) for a in variants(coded, 3, seed=5))
        deadline = time.monotonic() + 10
        while client.get("/v1/events").json()["total"] != expected:
            assert time.monotonic() < deadline, "the index never picked up the other writer's articles"
            time.sleep(0.1)
        handle.index = None
        assert client.get("/v1/events").json()["total"] == expected  # and SQL agrees
    finally:
        handle.close()


def test_a_failed_build_leaves_the_sql_answers(tmp_path, coded) -> None:  # noqa: ANN001
    db = str(tmp_path / "s.duckdb")
    with open_store(db) as store:
        store.add_many(variants(coded, 5))

    def broken(row: dict) -> str:
        raise RuntimeError("cannot render")

    app = create_app(ApiSettings(db=db, token=""))
    handle = app.state.store
    try:
        from eventwire.api.event_index import EventIndex

        handle.index = EventIndex(handle.reader, handle.base_sql, broken)
        handle.index.start().join(30)
        client = TestClient(app)
        assert client.get("/v1/health").json()["event_index"] == "failed: RuntimeError: cannot render"
        r = client.get("/v1/events", params={"limit": 3})
        assert r.status_code == 200 and r.json()["total"] == sum(len(a.events) for a in variants(coded, 5))
    finally:
        handle.close()


def test_index_can_be_switched_off_and_stops_past_its_size_limit(tmp_path, coded) -> None:  # noqa: ANN001
    app = create_app(ApiSettings(db=str(tmp_path / "off.duckdb"), token="", event_index_max_events=0))
    try:
        client = TestClient(app)
        assert client.get("/v1/health").json()["event_index"] == "off"
        assert client.get("/v1/events").json()["total"] == 0
    finally:
        app.state.store.close()
    db = str(tmp_path / "big.duckdb")
    with open_store(db) as store:
        store.add_many(variants(coded, 2))
    n = sum(len(a.events) for a in variants(coded, 2))
    app = create_app(ApiSettings(db=db, token="", event_index_max_events=n))
    handle = app.state.store
    try:
        client = TestClient(app)
        wait_ready(client)
        assert client.get("/v1/health").json()["event_index"] == f"ready ({n} events)"
        handle.store.add_many(variants(coded, 3)[2:])  # one more article: over the limit
        handle.index.refresh()
        assert client.get("/v1/health").json()["event_index"] == f"off: the store holds {n + len(variants(coded, 3)[2].events):,} events, over the limit of {n:,}"
        assert client.get("/v1/events").json()["total"] == n + len(variants(coded, 3)[2].events)  # from SQL
    finally:
        handle.close()
