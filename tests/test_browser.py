"""The dashboard and the API docs in a real headless Chromium (Debian's `chromium`, driven by
Playwright for Python through `executable_path`; Playwright's own browser downloads are never used).

One store per module, coded by the session pipeline from `samples/doha-envoy.txt` (our rewrite of
the seed story: Khalilzad to Doha, the Taliban take Aybak in Samangan on Monday 2021-08-09), a short
wire report in the seed story's words ("overrun Aybak") and a script-laden article; one uvicorn
server on a free 127.0.0.1 port in a background thread; one browser.
Every test records the browser's requests and fails if any left 127.0.0.1 (all others are also
aborted, so nothing is ever fetched from outside), if a page script raised, or if the console shows
an error (a Content-Security-Policy violation is one). Screenshots go to build/test-artifacts/.

Without Chromium or Playwright these tests skip, saying why; with EVENTWIRE_REQUIRE_SERVICES=1 (CI)
they fail instead.
"""

from __future__ import annotations

import json
import os
import re
import socket
import threading
import time
import urllib.request
from dataclasses import replace
from datetime import date
from pathlib import Path
from urllib.parse import quote, urlsplit

import pytest

from eventwire.api import ApiSettings, create_app
from eventwire.ingest import InputError, RawArticle, read_inputs
from eventwire.store import open_store

ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "build" / "test-artifacts"
SAMPLE = ROOT / "samples" / "doha-envoy.txt"
CHROMIUM = os.environ.get("EVENTWIRE_CHROMIUM", "/usr/bin/chromium")
# As root Chromium needs --no-sandbox; the rest stop it calling Google on its own (updates, sync, field trials).
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-default-apps", "--disable-extensions", "--metrics-recording-only", "--no-default-browser-check"]

SCRIPT_TEXT = ('Protesters marched in Kabul on Wednesday against the Taliban, police said. <img src=x onerror="window.__pwned = 2; alert(2)">\n\n'
               '<script>window.__pwned = 1; alert("script")</script> <b onmouseover="window.__pwned = 3">bold</b> '
               '<svg onload="window.__pwned = 4"></svg> <a href="javascript:window.__pwned = 8">link</a>')
# The seed story's own words, as a short wire report (published the same day as our rewrite).
OVERRUN_TEXT = ("The Taliban claimed on Monday that it had overrun Aybak, the capital of the northern province of Samangan. "
                "Government forces withdrew from the city, residents said.")
SCRIPT_TITLE = '<img src=y onerror="window.__pwned = 5">Kabul march <script>alert(6)</script>'


def _unavailable(reason: str) -> None:
    if os.environ.get("EVENTWIRE_REQUIRE_SERVICES") == "1":
        pytest.fail(f"{reason} (EVENTWIRE_REQUIRE_SERVICES=1, so this is a failure, not a skip)")
    pytest.skip(reason)


# ---- fixtures: one store, one server, one browser per module --------------------------------

@pytest.fixture(scope="module")
def sync_api():  # noqa: ANN201
    try:
        from playwright import sync_api
    except ImportError:
        _unavailable("Playwright for Python is not installed (pip install playwright; no `playwright install` needed)")
    if not os.access(CHROMIUM, os.X_OK):
        _unavailable(f"no Chromium at {CHROMIUM} (apt-get install -y chromium; or set EVENTWIRE_CHROMIUM)")
    return sync_api


@pytest.fixture(scope="module")
def browser(sync_api):  # noqa: ANN001, ANN201
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    for old in ARTIFACTS.glob("browser-*"):
        old.unlink()
    pw = sync_api.sync_playwright().start()
    try:
        # Playwright gives every launch a fresh temporary profile (user-data-dir).
        b = pw.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True, timeout=60_000)
    except Exception as exc:  # noqa: BLE001
        pw.stop()
        _unavailable(f"Chromium at {CHROMIUM} does not start under Playwright: {exc}")
    yield b
    b.close()
    pw.stop()


def _store_articles(pipeline, db: Path) -> None:  # noqa: ANN001
    raws = [r if isinstance(r, InputError) or r.published else replace(r, published=date(2021, 8, 10)) for r in read_inputs([str(SAMPLE)])]
    raws.append(RawArticle(source="wire", text=OVERRUN_TEXT, title="Taliban say they have overrun Aybak",
                           url="https://wire.example/aybak", published=date(2021, 8, 10)))
    raws.append(RawArticle(source="script-laden", text=SCRIPT_TEXT, title=SCRIPT_TITLE, published=date(2021, 8, 11)))
    store = open_store(str(db))
    try:
        for article in pipeline.run(raws):
            assert not isinstance(article, InputError), article
            assert store.add(article)
    finally:
        store.close()


@pytest.fixture(scope="module")
def server(sync_api, pipeline, tmp_path_factory):  # noqa: ANN001, ANN201  (sync_api first: skip before coding anything)
    import uvicorn

    db = tmp_path_factory.mktemp("browser") / "events.duckdb"
    _store_articles(pipeline, db)
    app = create_app(ApiSettings(db=str(db), token=""))
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    srv = uvicorn.Server(uvicorn.Config(app, log_level="warning", lifespan="on"))
    thread = threading.Thread(target=srv.run, kwargs={"sockets": [sock]}, name="eventwire-browser-server", daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        assert thread.is_alive() and time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    srv.should_exit = True
    thread.join(10)
    sock.close()


def api_get(base: str, path: str) -> dict:
    """The test's own look-up (not the browser's), never through a proxy."""
    with urllib.request.build_opener(urllib.request.ProxyHandler({})).open(base + path, timeout=10) as r:
        return json.load(r)


class Watched:
    """A fresh browser context and page, with every request, dialog, console error and page error recorded."""

    def __init__(self, browser, name: str) -> None:  # noqa: ANN001
        self.name = name
        self.context = browser.new_context(viewport={"width": 1400, "height": 1000}, service_workers="block")
        self.requests: list[str] = []
        self.external: list[str] = []
        self.dialogs: list[str] = []
        self.console_errors: list[str] = []
        self.page_errors: list[str] = []
        self.context.route("**/*", self._route)
        self.page = self.context.new_page()
        self.page.set_default_timeout(15_000)
        self.page.on("request", lambda r: self.requests.append(r.url))
        self.page.on("dialog", self._dialog)
        self.page.on("console", lambda m: m.type == "error" and self.console_errors.append(m.text))
        self.page.on("pageerror", lambda e: self.page_errors.append(str(e)))

    def _route(self, route) -> None:  # noqa: ANN001
        url = route.request.url
        if urlsplit(url).hostname == "127.0.0.1" or url.startswith(("data:", "blob:", "about:")):
            route.continue_()
        else:  # never let it out; the assertion below reports it
            self.external.append(url)
            route.abort()

    def _dialog(self, dialog) -> None:  # noqa: ANN001
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()

    def shot(self, step: str, selector: str | None = None) -> Path:
        path = ARTIFACTS / f"{self.name}-{step}.png"
        if selector:
            self.page.locator(selector).screenshot(path=str(path))
        else:
            self.page.screenshot(path=str(path), full_page=True)
        return path

    def check_clean(self) -> None:
        (ARTIFACTS / f"{self.name}-requests.json").write_text(json.dumps(self.requests, indent=1), "utf-8")
        left = [u for u in self.requests if not (urlsplit(u).hostname == "127.0.0.1" or u.startswith(("data:", "blob:", "about:")))]
        assert not left and not self.external, f"requests left 127.0.0.1: {left or self.external}"
        assert not self.page_errors, self.page_errors
        assert not self.console_errors, self.console_errors
        assert not self.dialogs, self.dialogs

    def close(self) -> None:
        self.context.close()


@pytest.fixture
def watched(browser, request):  # noqa: ANN001, ANN201
    w = Watched(browser, "browser-" + re.sub(r"^test_", "", request.node.name))
    yield w
    w.close()


def open_dashboard(w: Watched, base: str, fragment: str = "") -> None:
    w.page.goto(base + "/" + fragment)
    w.page.wait_for_selector("body[data-state=ready], body[data-state=error]", state="attached")
    state, status = w.page.get_attribute("body", "data-state"), w.page.text_content("#status")
    assert state == "ready", f"dashboard: {status!r}; page errors {w.page_errors}; console {w.console_errors}"
    w.page.wait_for_selector("#countries[data-loaded]")


def marker_at(w: Watched, place: str):  # noqa: ANN201
    return w.page.locator(f"#markers circle.marker[data-places*='{place}']")


def rows(w: Watched) -> list[dict]:
    return w.page.eval_on_selector_all("#events tbody tr", "trs => trs.map(tr => ({id: tr.dataset.eventId, type: tr.dataset.type, "
                                       "place: tr.dataset.place, cells: [...tr.cells].map(c => c.textContent)}))")


def highlighted(w: Watched) -> list[dict]:
    return w.page.eval_on_selector_all("#article-text span.sel", "ns => ns.map(n => ({text: n.textContent, kinds: [...n.classList], "
                                       "bg: getComputedStyle(n).backgroundColor, bar: getComputedStyle(n).boxShadow}))")


def projected(lat: float, lon: float) -> tuple[float, float]:
    """app.js's map projection (equirectangular, 1000 × 400, latitudes 84 to -58)."""
    return (lon + 180) / 360 * 1000, (84 - lat) / (84 + 58) * 400


# ---- the acceptance: seed article on the map, the timeline, filters, evidence -----------------

def check_evidence(w: Watched, server: str, event: dict, headline: str) -> None:
    """The article view shows `event`'s article with its trigger, "Aybak" and "Samangan" (its
    province) marked as the selected evidence, in that order, and nothing else of the sentence."""
    page = w.page
    page.wait_for_selector(f"#article-text[data-event='{event['event_id']}']")
    assert page.locator(f"#events tbody tr.selected[data-event-id='{event['event_id']}']").count() == 1
    assert "selected" in marker_at(w, "Aybak").get_attribute("class").split()
    assert page.locator("#timeline rect.selected-day[data-day='2021-08-09']").count() == 1
    text = page.locator("#article-text").text_content()
    trigger = event["trigger"]["text"]
    assert text.startswith(headline) and f"{trigger} Aybak, the capital of the northern province of Samangan" in text
    sel = highlighted(w)
    kinds = {s["text"]: s["kinds"] for s in sel}
    assert "k-trigger" in kinds.get(trigger, []), sel
    assert "k-place" in kinds.get("Aybak", []) and "k-place" in kinds.get("Samangan", []), sel
    order = [s["text"] for s in sel]
    assert order.index(trigger) < order.index("Aybak") < order.index("Samangan")
    for s in sel:  # highlighted on screen (colour and red bar), not only classed
        assert "inset" in s["bar"] and s["bg"] not in ("rgba(0, 0, 0, 0)", "transparent"), s
    # only the event's arguments are marked, not the words around them
    article = api_get(server, f"/v1/articles/{event['content_hash']}")
    ev = next(e for e in article["events"] if e["id"] == event["event_id"])
    args = [ev[k]["text"] for k in ("trigger", "actor", "target", "location", "date", "reported_by") if ev.get(k)] + ["Samangan"]
    assert all(any(s["text"] in a for a in args) for s in sel), (sel, args)
    detail = page.locator("#event-detail").text_content()
    assert "COERCE/seize" in detail and "Aībak, Samangān (AFG)" in detail and "2021-08-09" in detail and f"“{trigger}”" in detail


def test_dashboard_shows_the_seed_article_and_its_evidence(server: str, watched: Watched) -> None:
    w, page = watched, watched.page
    events = api_get(server, "/v1/events")["events"]
    doha = next(e for e in events if e["location"] and e["location"]["text"] == "Doha")
    aybak = next(e for e in events if e["location"] and e["location"]["text"] == "Aybak" and e["content_hash"] == doha["content_hash"])
    overrun = next(e for e in events if e["trigger"]["text"] == "overrun")  # the wire report in the seed story's words
    for e in (aybak, overrun):
        assert e["type"] == "COERCE" and e["event_date"] == "2021-08-09" and e["country"] == "AFG" and e["location"]["text"] == "Aybak"
    assert doha["type"] == "CONSULT" and doha["country"] == "QAT"

    open_dashboard(w, server)
    w.shot("1-loaded")
    assert len(rows(w)) == len(events)
    assert page.locator("#countries path.country").count() > 150  # Natural Earth outlines, from the local TopoJSON

    # markers at Aybak (both reports of its fall, at one spot) and at Doha, where their coordinates
    # project to, inside the visible map
    map_box = page.locator("#map").bounding_box()
    for e, name, n in ((aybak, "Aybak", 2), (doha, "Doha", 1)):
        m = marker_at(w, name)
        assert m.count() == 1, f"one marker for {name}"
        assert m.get_attribute("data-count") == str(n) and e["type"] in m.get_attribute("data-types").split()
        assert f"{e['content_hash']}/{e['event_id']}" in m.get_attribute("data-events").split()
        x, y = projected(e["lat"], e["lon"])
        assert abs(float(m.get_attribute("cx")) - x) < 0.5 and abs(float(m.get_attribute("cy")) - y) < 0.5
        box = m.bounding_box()
        assert box and box["width"] > 2 and map_box["x"] <= box["x"] and box["x"] + box["width"] <= map_box["x"] + map_box["width"]
        assert map_box["y"] <= box["y"] and box["y"] + box["height"] <= map_box["y"] + map_box["height"]
    assert f"{overrun['content_hash']}/{overrun['event_id']}" in marker_at(w, "Aybak").get_attribute("data-events").split()
    assert "Aībak" in marker_at(w, "Aybak").locator("title").text_content()

    # the timeline: the two Aybak events on 2021-08-09, a visible COERCE bar
    assert page.locator("#timeline").get_attribute("data-unit") == "day"
    bar = page.locator("#timeline rect.bar[data-day='2021-08-09'][data-type='COERCE']")
    assert bar.count() == 1 and bar.get_attribute("data-n") == "2"
    box = bar.bounding_box()
    assert box and box["width"] > 1 and box["height"] > 1
    assert "2021-08-09" in page.locator("#timeline").text_content()  # tick label
    w.shot("2-timeline", "#timeline-panel")

    # filter by type: only COERCE rows, markers and bars remain
    page.select_option("#filters select[name=type]", "COERCE")
    page.click("#filters button[type=submit]")
    page.wait_for_function("() => document.body.dataset.state === 'ready' && "
                           "[...document.querySelectorAll('#events tbody tr')].every(tr => tr.dataset.type === 'COERCE')")
    coerce = rows(w)
    assert 0 < len(coerce) < len(events) and len(coerce) == sum(e["type"] == "COERCE" for e in events)
    assert all(set(t.split()) == {"COERCE"} for t in page.eval_on_selector_all("#markers circle.marker", "cs => cs.map(c => c.dataset.types)"))
    assert marker_at(w, "Doha").count() == 0 and marker_at(w, "Aybak").count() == 1
    assert set(page.eval_on_selector_all("#timeline rect.bar", "rs => rs.map(r => r.dataset.type)")) == {"COERCE"}
    assert page.locator("#count").text_content().startswith(f"({len(coerce)} matching")
    w.shot("3-filtered-coerce")

    # click the Aybak marker: one report's article opens with its evidence highlighted; click again: the other
    seen = {}
    for step in (1, 2):
        marker_at(w, "Aybak").click()
        page.wait_for_function("ids => ids.includes(document.querySelector('#article-text').dataset.event)",
                               arg=[aybak["event_id"], overrun["event_id"]] if step == 1 else [e["event_id"] for e in (aybak, overrun) if e["event_id"] not in seen])
        shown = page.locator("#article-text").get_attribute("data-event")
        e = aybak if shown == aybak["event_id"] else overrun
        check_evidence(w, server, e, "US envoy heads to Doha" if e is aybak else OVERRUN_TEXT[:40])
        seen[shown] = True
        w.shot(f"4-aybak-{e['trigger']['text']}")
        w.shot(f"5-aybak-{e['trigger']['text']}-article", "#article-panel")
    assert set(seen) == {aybak["event_id"], overrun["event_id"]}
    # seed wording: "overrun Aybak" and "Samangan" are what is highlighted
    assert "overrun Aybak" in page.locator("#article-text").text_content() or overrun["event_id"] in seen
    quoted = page.eval_on_selector_all("#article-text span.sel-quote", "ns => ns.map(n => n.textContent)")
    assert quoted, "the reported speech around the evidence is marked as the event's quotation"

    # a link to the event (#event=ID) opens it too, with no filter set
    page.goto("about:blank")
    open_dashboard(w, server, f"#event={quote(aybak['event_id'])}")
    page.wait_for_selector(f"#article-text[data-event='{aybak['event_id']}']")
    assert {s["text"] for s in highlighted(w)} >= {aybak["trigger"]["text"], "Aybak", "Samangan"}
    assert "Doha" in page.eval_on_selector_all("#article-text span.hl:not(.sel)", "ns => ns.map(n => n.textContent)")
    w.check_clean()


def test_clicking_a_highlight_selects_its_event_and_the_day_filters(server: str, watched: Watched) -> None:
    w, page = watched, watched.page
    events = api_get(server, "/v1/events")["events"]
    doha = next(e for e in events if e["location"] and e["location"]["text"] == "Doha")
    open_dashboard(w, server)
    marker_at(w, "Doha").click()
    page.wait_for_selector(f"#article-text[data-event='{doha['event_id']}']")
    assert doha["trigger"]["text"] in {s["text"] for s in highlighted(w)}
    # clicking the highlighted "Aybak" in the text switches to the Aybak event
    page.locator("#article-text span.k-place", has_text=re.compile(r"^Aybak$")).click()
    page.wait_for_function("() => document.querySelector('#article-text').dataset.event !== %s" % json.dumps(doha["event_id"]))
    assert "Aybak" in {s["text"] for s in highlighted(w)}
    # a timeline bar filters to its day
    page.locator("#timeline rect.bar[data-day='2021-08-09']").first.click()
    page.wait_for_function("() => document.body.dataset.state === 'ready' && document.querySelector('#filters [name=since]').value === '2021-08-09'")
    assert {r["cells"][0] for r in rows(w)} == {"2021-08-09"}
    w.shot("day-filter")
    # long spans are drawn per week or month (every day up to the last one has its bar)
    units = page.evaluate("() => [binUnit('2021-08-09', '2021-12-01'), binUnit('2021-08-09', '2024-03-12'), binUnit('2001-01-01', '2024-03-12'), "
                          "binStart('2021-08-11', 'week'), binEnd('2024-02-01', 'month'), binStart('2024-02-29', 'month')]")
    assert units == ["day", "week", "month", "2021-08-09", "2024-02-29", "2024-02-01"]
    bars = page.evaluate("() => { drawTimeline({by_day: [{day: '2021-08-09', type: 'COERCE', n: 1}, {day: '2024-03-12', type: 'ASSAULT', n: 2}]});"
                         " return [...document.querySelectorAll('#timeline rect.bar')].map(r => [r.dataset.day, r.dataset.until, r.dataset.type, r.dataset.n]); }")
    assert bars == [["2021-08-09", "2021-08-15", "COERCE", "1"], ["2024-03-11", "2024-03-17", "ASSAULT", "2"]]
    assert page.locator("#timeline").get_attribute("data-unit") == "week"
    w.check_clean()


# ---- untrusted article text stays text ----------------------------------------------------

def test_script_laden_article_shows_literally_and_runs_nothing(server: str, watched: Watched) -> None:
    w, page = watched, watched.page
    open_dashboard(w, server)
    protest = [r for r in rows(w) if r["type"] == "PROTEST"]
    assert protest, rows(w)
    assert SCRIPT_TITLE in protest[0]["cells"]  # the title column, as text
    page.click(f"#events tbody tr[data-event-id='{protest[0]['id']}']")
    page.wait_for_selector(f"#article-text[data-event='{protest[0]['id']}']")
    assert page.locator("#article-text").text_content() == SCRIPT_TEXT
    assert page.locator("#article-title").text_content() == SCRIPT_TITLE
    page.hover("#article-text")
    page.hover("#article-title")
    page.mouse.move(5, 5)
    # nothing parsed: no element but the highlight spans in the article, no img/svg/b/script from the text
    assert set(page.eval_on_selector_all("#article-text *", "ns => ns.map(n => n.tagName)")) <= {"SPAN"}
    assert page.locator("#article-panel img, #article-panel script, #article-panel b, #article-panel svg, #article-panel a[href],  #events img, #events script").count() == 0
    assert page.locator("script").count() == 1  # /static/app.js only
    assert page.evaluate("() => window.__pwned") is None
    assert not any(urlsplit(u).path in ("/x", "/y") for u in w.requests), w.requests  # <img src=x> never loaded
    w.shot("article", "#article-panel")

    # markup in a link's fragment is shown as text too
    page.goto("about:blank")
    bad = '<img src=z onerror="window.__pwned = 7">'
    page.goto(server + "/#event=" + quote(bad))
    page.wait_for_function("() => document.querySelector('#status').textContent.includes('Could not open the linked event')")
    assert bad in page.locator("#status").text_content()
    assert page.locator("img").count() == 0 and page.evaluate("() => window.__pwned") is None
    w.console_errors = [m for m in w.console_errors if "404" not in m]  # the unknown event's 404, expected
    w.check_clean()


# ---- API docs offline -----------------------------------------------------------------------

def test_api_docs_load_nothing_from_elsewhere(server: str, watched: Watched) -> None:
    try:
        import fastapi_offline  # noqa: F401  (ships the Swagger UI files /docs serves)
    except ImportError:
        _unavailable("fastapi-offline is not installed: /docs would load Swagger UI from a CDN")
    w, page = watched, watched.page
    page.goto(server + "/docs")
    page.wait_for_selector(".opblock-summary-path[data-path='/v1/events']")
    assert page.locator(".opblock").count() >= 7
    assert page.evaluate("() => typeof SwaggerUIBundle") == "function"
    scripts = page.eval_on_selector_all("script[src], link[href]", "ns => ns.map(n => n.src || n.href)")
    assert scripts and all(urlsplit(u).hostname == "127.0.0.1" for u in scripts), scripts
    page.locator(".opblock-summary-path[data-path='/v1/events']").click()  # expand one operation: its parameters render
    page.wait_for_selector(".parameters-container tr[data-param-name='type']")
    # "Try it out" works under the page's Content-Security-Policy (connect-src 'self')
    health = page.locator(".opblock", has=page.locator(".opblock-summary-path[data-path='/v1/health']"))
    health.locator(".opblock-summary").click()
    health.locator("button.try-out__btn").click()
    health.locator("button.execute").click()
    health.locator(".live-responses-table .response-col_status", has_text="200").wait_for()
    assert '"store": true' in health.locator(".live-responses-table .microlight, .live-responses-table pre").first.text_content().replace("\n", " ")
    w.shot("swagger")
    w.check_clean()
