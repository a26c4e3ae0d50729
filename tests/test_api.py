"""HTTP API and dashboard (eventwire.api) over a store (DuckDB, then PostgreSQL) coded from articles written
for these tests: every endpoint, and the hostile cases (malformed JSON, oversized bodies,
unknown filters, SQL-looking values, script-laden text, missing tokens)."""

from __future__ import annotations

import re
from importlib import resources
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from eventwire.api import ApiSettings, create_app
from eventwire.cli import app as cli_app

AYBAK = ("The Taliban claimed on Monday that it had overrun Aybak, the capital of the northern province of Samangan. "
         "Government forces withdrew from the city, residents said.")
DOHA = ("Ambassador Zalmay Khalilzad will meet Taliban negotiators in Doha on Tuesday to press for a ceasefire, "
        "the State Department said.")
SCRIPT = ('<script>alert("x")</script> Protesters marched in Kabul on Wednesday against the Taliban, '
          'police said. <img src=x onerror="alert(1)"> Robert\'); DROP TABLE events; --')
STATIC = Path(str(resources.files("eventwire.api").joinpath("static")))


def counts(app) -> dict[str, int]:  # noqa: ANN001
    with app.state.store.reader() as cur:
        return {t: cur.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ("articles", "events", "places", "quotes")}


@pytest.fixture(scope="module", params=["duckdb", "postgres"])
def api_store(request, tmp_path_factory) -> str:  # noqa: ANN001
    """Where the module's API keeps its store: a DuckDB file, then a fresh PostgreSQL database."""
    if request.param == "duckdb":
        return str(tmp_path_factory.mktemp("api") / "api.duckdb")
    return request.getfixturevalue("postgres_database")()


@pytest.fixture(scope="module")
def api(pipeline, api_store):  # noqa: ANN001, ANN201
    app = create_app(ApiSettings(db=api_store, token="", pipeline_factory=lambda: pipeline))
    client = TestClient(app, raise_server_exceptions=False)
    for text, published, url in ((AYBAK, "2021-08-10", "https://news.example/aybak"), (DOHA, "2021-08-09", None)):
        r = client.post("/v1/code?store=true", json={"text": text, "published": published, "url": url})
        assert r.status_code == 200, r.text
        assert r.headers["x-eventwire-stored"] == "new"
    yield client
    app.state.store.close()


def aybak_event(client: TestClient) -> dict:
    events = client.get("/v1/events", params={"type": "COERCE"}).json()["events"]
    return next(e for e in events if e["location"] and e["location"]["text"] == "Aybak")


# ---- endpoints ----------------------------------------------------------------------------

def test_code_returns_the_output_contract_without_storing(api: TestClient) -> None:
    before = counts(api.app)
    r = api.post("/v1/code", json={"text": "Rebels attacked a police station in Aybak on Friday.", "published": "2021-08-14"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
    a = r.json()
    assert {"id", "url", "title", "published", "text", "events", "quotes", "places", "times"} <= a.keys()
    assert a["published"] == "2021-08-14" and r.headers["x-eventwire-stored"] == "no"
    assert any(e["type"] == "ASSAULT" for e in a["events"])
    for e in a["events"]:
        assert a["text"][e["trigger"]["start"]:e["trigger"]["end"]] == e["trigger"]["text"]
    assert counts(api.app) == before


def test_code_html_and_storing_twice(api: TestClient) -> None:
    page = "<html><head><title>Clash</title></head><body><article><p>Soldiers clashed with Taliban fighters near Kunduz on Sunday, officials said.</p></article></body></html>"
    r = api.post("/v1/code", json={"html": page, "published": "2021-08-08"})
    assert r.status_code == 200 and "Kunduz" in r.json()["text"] and "<p>" not in r.json()["text"]
    r = api.post("/v1/code?store=true", json={"text": AYBAK, "published": "2021-08-10"})
    assert r.status_code == 200 and r.headers["x-eventwire-stored"] == "already-stored"


def test_events_filters_and_paging(api: TestClient) -> None:
    body = api.get("/v1/events").json()
    assert body["total"] == len(body["events"]) >= 2 and body["offset"] == 0 and body["limit"] == 100
    first = api.get("/v1/events", params={"limit": 1}).json()
    second = api.get("/v1/events", params={"limit": 1, "offset": 1}).json()
    assert first["total"] == second["total"] == body["total"]
    assert [first["events"][0]["event_id"], second["events"][0]["event_id"]] == [e["event_id"] for e in body["events"][:2]]
    e = aybak_event(api)
    assert e["country"] == "AFG" and e["event_date"] == "2021-08-09" and e["modality"] == "claimed" and e["actor"]["name"] == "Taliban"
    for params in ({"country": "AFG"}, {"actor": "Taliban"}, {"actor": "AFG"}, {"since": "2021-08-09", "until": "2021-08-09"},
                   {"modality": "claimed"}, {"min_confidence": 0.1}, {"near": "36.26,68.02,50"}, {"type": "COERCE/seize"}):
        ids = [x["event_id"] for x in api.get("/v1/events", params=params).json()["events"]]
        assert e["event_id"] in ids, params
    assert api.get("/v1/events", params={"country": "QAT", "type": "COERCE"}).json()["total"] == 0
    assert all(x["confidence"] >= 0.5 for x in api.get("/v1/events", params={"min_confidence": 0.5}).json()["events"])
    assert all(x["modality"] == "future" for x in api.get("/v1/events", params={"modality": "future"}).json()["events"])


def test_event_by_id_and_article_with_spans(api: TestClient) -> None:
    e = aybak_event(api)
    one = api.get(f"/v1/events/{e['event_id']}").json()
    assert one["event_id"] == e["event_id"] and one["trigger"]["text"] == "overrun" and one["article_id"] == e["article_id"]
    assert api.get("/v1/events/nope").status_code == 404 and api.get("/v1/events/nope").json()["error"].startswith("no event")
    a = api.get(f"/v1/articles/{e['article_id']}").json()
    assert a == api.get(f"/v1/articles/{e['content_hash']}").json()
    assert a["text"] == AYBAK and a["url"] == "https://news.example/aybak"
    spans = [x["trigger"] for x in a["events"]] + a["places"] + a["times"] + [q["content"] for q in a["quotes"]]
    assert {"Aybak", "Samangan"} <= {p["text"] for p in a["places"]}
    for s in spans:
        assert a["text"][s["start"]:s["end"]] == s["text"]
    assert api.get("/v1/articles/0000").status_code == 404


def test_clusters_and_stats(api: TestClient) -> None:
    body = api.get("/v1/clusters").json()
    assert body["total"] >= 1 and all(c["members"] for c in body["clusters"])
    assert api.get("/v1/clusters", params={"type": "COERCE", "country": "AFG"}).json()["total"] >= 1
    stats = api.get("/v1/stats").json()
    total = api.get("/v1/events").json()["total"]
    assert stats["events"] == total == sum(stats["by_type"].values()) == sum(stats["by_country"].values())
    assert stats["articles"] == 2 and stats["by_type"]["COERCE"] >= 1 and stats["by_country"]["AFG"] >= 1
    assert {"day": "2021-08-09", "type": "COERCE", "n": stats_n(stats, "2021-08-09", "COERCE")} in stats["by_day"]
    assert sum(d["n"] for d in stats["by_day"]) + stats["undated"] == total
    assert api.get("/v1/stats", params={"country": "QAT", "type": "ASSAULT"}).json()["events"] == 0


def stats_n(stats: dict, day: str, type_: str) -> int:
    return next(d["n"] for d in stats["by_day"] if d["day"] == day and d["type"] == type_)


def test_openapi_and_health(api: TestClient) -> None:
    assert api.get("/docs").status_code == 200
    paths = api.get("/openapi.json").json()["paths"]
    assert {"/v1/code", "/v1/events", "/v1/events/{event_id}", "/v1/clusters", "/v1/articles/{article_id}", "/v1/stats"} <= paths.keys()
    assert {p["name"] for p in paths["/v1/events"]["get"]["parameters"]} >= {"since", "until", "type", "actor", "country", "near", "modality", "min_confidence", "limit", "offset"}
    assert api.get("/v1/health").json()["pipeline_loaded"] is True


# ---- hostile input ------------------------------------------------------------------------

def test_malformed_json_is_a_400_and_stores_nothing(api: TestClient) -> None:
    before = counts(api.app)
    for body in (b'{"text": "The army shelled Aybak."', b"not json", b'{"text": "x",}'):
        r = api.post("/v1/code?store=true", content=body, headers={"content-type": "application/json"})
        assert r.status_code == 400 and r.json()["error"].startswith("malformed JSON body"), r.text
    for body in ({}, {"text": "a", "html": "<p>b</p>"}, {"text": 5}, {"text": "x", "published": "yesterday"}, {"text": "x", "shell": "rm"}, ["text"]):
        r = api.post("/v1/code?store=true", json=body)
        assert r.status_code == 422 and r.json()["error"].startswith("invalid request") and "Traceback" not in r.text
    r = api.post("/v1/code?store=true", json={"text": "   \n  "})
    assert r.status_code == 422 and "cannot code" in r.json()["error"]
    assert counts(api.app) == before


def test_oversized_bodies_are_413(api: TestClient) -> None:
    before = counts(api.app)
    big = "The army shelled Aybak. " * 100_000  # ~2.4 MB
    r = api.post("/v1/code?store=true", json={"text": big})
    assert r.status_code == 413 and "limit" in r.json()["error"]

    def chunks():  # no Content-Length: refused while reading
        for _ in range(300):
            yield b"x" * 10_000

    r = api.post("/v1/code?store=true", content=chunks(), headers={"content-type": "application/json"})
    assert r.status_code == 413 and "limit" in r.json()["error"]
    assert counts(api.app) == before


def test_unknown_filters_and_bad_values_are_400_with_the_reason(api: TestClient) -> None:
    r = api.get("/v1/events", params={"typ": "ASSAULT"})
    assert r.status_code == 400
    assert "typ" in r.json()["error"] and "allowed: since, until, type, actor, country, near, modality, min_confidence, limit, offset" in r.json()["error"]
    assert api.get("/v1/stats", params={"limit": 3}).status_code == 400  # stats has no paging
    assert api.get("/v1/events/x", params={"a": 1}).status_code == 400
    assert api.post("/v1/code?stor=true", json={"text": AYBAK}).status_code == 400
    for params, word in (({"type": "BOMB"}, "PLOVER"), ({"country": "Afghanistan"}, "ISO"), ({"near": "1,2"}, "LAT,LON,KM"),
                         ({"modality": "maybe"}, "modality"), ({"limit": 100_000}, "at most")):
        r = api.get("/v1/events", params=params)
        assert r.status_code == 400 and word in r.json()["error"], (params, r.text)
    for params in ({"since": "2021-13-45"}, {"min_confidence": 3}, {"limit": 0}, {"offset": -1}):
        r = api.get("/v1/events", params=params)
        assert r.status_code == 422 and r.json()["details"], params


def test_sql_looking_values_are_values(api: TestClient) -> None:
    before = counts(api.app)
    hostile = ["x'); DROP TABLE events; --", "' OR '1'='1", "Taliban' OR 1=1 --", "%' UNION SELECT doc FROM articles --", "\\'; DELETE FROM articles; --"]
    for value in hostile:
        r = api.get("/v1/events", params={"actor": value})
        assert r.status_code == 200 and r.json()["total"] == 0, value
        assert api.get("/v1/stats", params={"actor": value}).json()["events"] == 0
        assert api.get("/v1/clusters", params={"actor": value}).json()["total"] == 0
        assert api.get("/v1/events/" + value.replace("/", "")).status_code == 404
        assert api.get("/v1/articles/" + value.replace("/", "")).status_code == 404
        for key in ("type", "country", "modality", "near"):
            assert api.get("/v1/events", params={key: value}).status_code == 400
    assert counts(api.app) == before
    assert api.get("/v1/events").json()["total"] == before["events"]


def test_script_laden_article_is_stored_and_returned_as_data(api: TestClient) -> None:
    r = api.post("/v1/code?store=true", json={"text": SCRIPT, "published": "2021-08-11", "title": "<b onmouseover=alert(3)>Kabul</b>"})
    assert r.status_code == 200 and r.headers["content-type"].startswith("application/json")
    a = api.get(f"/v1/articles/{r.json()['id']}").json()
    assert a["text"] == SCRIPT and a["title"] == "<b onmouseover=alert(3)>Kabul</b>"
    assert r.headers["x-eventwire-stored"] == "new"
    assert api.get("/v1/events").json()["total"] == counts(api.app)["events"]  # the DROP TABLE text did nothing
    js = (STATIC / "app.js").read_text("utf-8")
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function", "setAttribute('on", 'setAttribute("on'):
        assert sink not in js, sink
    assert "textContent" in js
    html = (STATIC / "index.html").read_text("utf-8")
    assert "<script>" not in html and "style=" not in html  # no inline code: the CSP allows only /static files
    assert "script-src 'self'" in api.get("/").headers["content-security-policy"]


# ---- tokens -------------------------------------------------------------------------------

def test_token_required_for_storing_when_configured(pipeline, store_location: str) -> None:  # noqa: ANN001
    app = create_app(ApiSettings(db=store_location, token="s3cret-token", pipeline_factory=lambda: pipeline))
    client = TestClient(app, raise_server_exceptions=False)
    try:
        r = client.post("/v1/code?store=true", json={"text": AYBAK})
        assert r.status_code == 401 and "Bearer" in r.json()["error"] and r.headers["www-authenticate"].startswith("Bearer")
        for header in ("Bearer wrong", "Basic s3cret-token", "Bearer s3cret-token-and-more", "s3cret-token"):
            r = client.post("/v1/code?store=true", json={"text": AYBAK}, headers={"Authorization": header})
            assert r.status_code == 403 and r.json() == {"error": "wrong token"}, header
        assert counts(app)["articles"] == 0
        assert client.post("/v1/code", json={"text": AYBAK}).status_code == 200  # coding without storing stays open
        assert client.get("/v1/events").status_code == 200  # and so does reading
        r = client.post("/v1/code?store=true", json={"text": AYBAK}, headers={"Authorization": "Bearer s3cret-token"})
        assert r.status_code == 200 and r.headers["x-eventwire-stored"] == "new" and counts(app)["articles"] == 1
        assert client.get("/v1/health").json()["token_for_writing"] is True
    finally:
        app.state.store.close()


def test_token_from_environment_and_protected_reads(pipeline, store_location: str, monkeypatch) -> None:  # noqa: ANN001
    monkeypatch.setenv("EVENTWIRE_TOKEN", "from-env")
    app = create_app(ApiSettings(db=store_location, protect_reads=True, pipeline_factory=lambda: pipeline))
    client = TestClient(app, raise_server_exceptions=False)
    try:
        for path in ("/v1/events", "/v1/stats", "/v1/clusters", "/v1/events/x", "/v1/articles/x"):
            assert client.get(path).status_code == 401, path
        assert client.get("/v1/events", headers={"Authorization": "Bearer from-env"}).status_code == 200
        assert client.get("/").status_code == 200  # the page itself; it asks for the token
    finally:
        app.state.store.close()


def test_errors_never_show_a_stack_trace(tmp_path: Path) -> None:
    def broken():  # noqa: ANN202
        raise RuntimeError("secret internals at /srv/x.py line 3")

    client = TestClient(create_app(ApiSettings(pipeline_factory=broken)), raise_server_exceptions=False)
    r = client.post("/v1/code", json={"text": AYBAK})
    assert r.status_code == 500 and r.json() == {"error": "internal server error (logged on the server)"}
    assert client.get("/v1/events").status_code == 503 and "--db" in client.get("/v1/events").json()["error"]
    assert client.post("/v1/code?store=true", json={"text": AYBAK}).status_code == 503
    r = client.get("/no/such/page")
    assert r.status_code == 404 and r.json() == {"error": "Not Found"}
    assert client.delete("/v1/events").status_code == 405


# ---- dashboard ----------------------------------------------------------------------------

def test_dashboard_is_served_from_the_package_and_refers_to_nothing_outside(api: TestClient) -> None:
    page = api.get("/")
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    for ref in re.findall(r'(?:src|href)="([^"]+)"', page.text):
        assert ref.startswith("/static/"), ref
        assert api.get(ref).status_code == 200, ref
    for name in ("app.js", "app.css", "countries-110m.json", "LICENSE-world-atlas.txt"):
        r = api.get(f"/static/{name}")
        assert r.status_code == 200 and len(r.content) > 500, name
    topo = api.get("/static/countries-110m.json").json()
    assert topo["type"] == "Topology" and len(topo["objects"]["countries"]["geometries"]) > 150
    for path in STATIC.iterdir():
        text = path.read_text("utf-8")
        assert "http://" not in text and "https://" not in text, path.name
        assert not re.search(r"""(?:src|href|url\()\s*=?\s*["']?//""", text), path.name  # protocol-relative
    js = (STATIC / "app.js").read_text("utf-8")
    assert set(re.findall(r"""fetch\(['"`]([^'"`]+)""", js)) <= {"/static/countries-110m.json"}
    assert set(re.findall(r"""api\(['"`]([^'"`]+)""", js)) <= {"/v1/events", "/v1/events/", "/v1/stats", "/v1/articles/"}


def test_serve_command_is_registered() -> None:
    result = CliRunner().invoke(cli_app, ["serve", "--help"])
    assert result.exit_code == 0 and "--token" in result.output and "--db" in result.output


def test_reads_go_on_while_a_write_holds_the_store(api: TestClient) -> None:
    import threading

    store = api.app.state.store
    index, store.index = store.index, None  # GET /v1/events from SQL, not from the in-memory index
    with store.write_lock:  # as during POST /v1/code?store=true
        store.store.con.execute("BEGIN TRANSACTION")
        store.store.con.execute("DELETE FROM events")  # uncommitted: readers must not see it
        result: dict = {}
        t = threading.Thread(target=lambda: result.update(r=api.get("/v1/events", params={"limit": 1})))
        t.start()
        t.join(timeout=20)
        store.store.con.execute("ROLLBACK")
    store.index = index
    assert not t.is_alive() and result["r"].status_code == 200 and result["r"].json()["total"] > 0


def test_security_headers_on_api_and_static_responses_once(api: TestClient) -> None:
    for path in ("/v1/events?limit=1", "/v1/health", "/static/app.js", "/v1/events?limit=0"):
        r = api.get(path)
        assert r.headers["x-content-type-options"] == "nosniff", path
        assert r.headers["content-security-policy"].startswith("default-src 'self'"), path
        assert len(r.headers.get_list("content-security-policy")) == 1, path
    assert "content-security-policy" not in api.get("/openapi.json").headers  # only where it was set before
