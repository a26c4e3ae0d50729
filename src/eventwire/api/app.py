"""FastAPI application: `create_app(settings)` builds the HTTP API and serves the dashboard.

A thin edge (ARCHITECTURE.md): coding goes through `Pipeline`, storing through the
store's `add`, event filters through `store.query` (bound parameters only), clusters
through `store.clusters`, JSON through `render`. Nothing here extracts anything.

Concurrency: one process holds the DuckDB file (DuckDB allows one writing process);
a PostgreSQL store (`--db postgresql://...`) can be shared by several servers and runs.
Every request reads through its own cursor (DuckDB: a separate connection to the same
database; PostgreSQL: a pooled connection), so it sees the last committed state and
never waits for a writer; writes in this process (`POST /v1/code?store=true`, cluster
rebuilds) are serialised by one lock. The
pipeline is loaded once per process, on the first `POST /v1/code`, and documents are
coded one at a time.
"""

from __future__ import annotations

import hmac
import json
import logging
import os
import re
import threading
from collections.abc import Callable, Iterator
from contextlib import asynccontextmanager, contextmanager
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from importlib import resources
from typing import Any
from urllib.parse import unquote_to_bytes

from fastapi import Depends, FastAPI, Query, Request
from fastapi.exceptions import RequestValidationError
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.responses import FileResponse, Response
from fastapi.staticfiles import StaticFiles
from pydantic import BaseModel, ConfigDict, Field, model_validator
from starlette.concurrency import run_in_threadpool
from starlette.exceptions import HTTPException

from .. import __version__
from ..render import article_json
from ..settings import Settings
from ..store.query import MODALITIES, PLOVER, EventQuery, QueryError, base_sql, build_sql, parse_near, where_clause
from .event_index import EventIndex

log = logging.getLogger(__name__)

STATIC = resources.files("eventwire.api").joinpath("static")

# The dashboard talks only to this server: no CDN, no tiles, no fonts from elsewhere.
PAGE_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; object-src 'none'; base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}

# /docs: Swagger UI needs its inline start-up script and styles; everything else comes from this server.
DOCS_ASSETS = "/docs-assets"
DOCS_HEADERS = {
    "Content-Security-Policy": "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; "
    "img-src 'self' data:; font-src 'self' data:; connect-src 'self'; object-src 'none'; "
    "base-uri 'none'; frame-ancestors 'none'; form-action 'self'",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
}


def _docs_assets() -> Any:
    """The folder of Swagger UI 5 files shipped by the fastapi-offline package (MIT), or None when
    it is not installed (then /docs loads FastAPI's default Swagger UI from a CDN)."""
    try:
        folder = resources.files("fastapi_offline").joinpath("static")
    except ModuleNotFoundError:
        return None
    return folder if folder.joinpath("swagger-ui-bundle.js").is_file() else None


FILTERS = ("since", "until", "type", "actor", "country", "near", "modality", "min_confidence")
PAGING = ("limit", "offset")


@dataclass
class ApiSettings:
    db: str | None = None  # DuckDB file or postgresql:// URL; None: only POST /v1/code (without storing) works
    token: str | None = None  # bearer token for writing; None: $EVENTWIRE_TOKEN if set; "" or unset: writing is open
    protect_reads: bool = False  # also require the token on every GET /v1/...
    max_body_bytes: int = 2 * 1024 * 1024
    max_limit: int = 1000
    event_index_max_events: int = 1_000_000  # answer GET /v1/events from an in-memory index (api/event_index.py) up to this size; 0: SQL
    pipeline: Settings = field(default_factory=Settings)
    pipeline_factory: Callable[[], Any] | None = None  # builds the Pipeline (tests hand in a loaded one)


class ApiError(HTTPException):
    """A client error with a JSON body {"error": message}."""


class BodyTooLarge(ApiError):
    def __init__(self, limit: int) -> None:
        super().__init__(413, f"request body over the {limit:,}-byte limit")


class BodyLimit:
    """Refuse bodies over `max_bytes` with 413: at once when Content-Length says so, and while
    reading when it lies or is absent (chunked uploads)."""

    def __init__(self, app: Any, max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None:
            try:
                too_big = int(length) > self.max_bytes
            except ValueError:
                await send_json(send, 400, {"error": "Content-Length is not a number"})
                return
            if too_big:
                await send_json(send, 413, {"error": f"request body over the {self.max_bytes:,}-byte limit"})
                return
        seen = 0
        started = False

        async def limited_receive() -> dict:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    raise BodyTooLarge(self.max_bytes)
            return message

        async def tracking_send(message: dict) -> None:
            nonlocal started
            started = started or message["type"] == "http.response.start"
            await send(message)

        try:
            await self.app(scope, limited_receive, tracking_send)
        except BodyTooLarge as exc:
            if started:
                raise
            await send_json(send, 413, {"error": exc.detail})


async def send_json(send: Callable, status: int, body: dict, headers: tuple[tuple[bytes, bytes], ...] = ()) -> None:
    """A JSON response sent before (or instead of) the request cycle, closing the connection:
    the body was not read, so do not wait for the rest of it."""
    data = json.dumps(body).encode()
    await send({"type": "http.response.start", "status": status,
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(data)).encode()),
                            (b"connection", b"close"), *headers]})
    await send({"type": "http.response.body", "body": data})


class SecurityHeaders:
    """PAGE_HEADERS on /static/ and /v1/ responses that do not set their own (plain ASGI: Starlette's
    BaseHTTPMiddleware costs a task and a stream per request)."""

    HEADERS = [(k.lower().encode(), v.encode()) for k, v in PAGE_HEADERS.items()]

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        path = scope.get("path", "")
        if scope["type"] != "http" or not (path.startswith("/static/") or path.startswith("/v1/")):
            await self.app(scope, receive, send)
            return

        async def with_headers(message: dict) -> None:
            if message["type"] == "http.response.start":
                have = {k.lower() for k, _ in message.get("headers", [])}
                message = {**message, "headers": [*message.get("headers", []), *((k, v) for k, v in self.HEADERS if k not in have)]}
            await send(message)

        await self.app(scope, receive, with_headers)


class UrlCheck:
    """Paths and query strings must be UTF-8 once percent-decoded, without NUL: otherwise 400
    (Starlette would replace bad bytes with U+FFFD and filter on that)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        if scope["type"] == "http":
            for what, raw in (("path", scope.get("raw_path") or scope["path"].encode()), ("query string", scope.get("query_string", b""))):
                try:
                    text = unquote_to_bytes(raw.replace(b"+", b" ")).decode("utf-8")
                except UnicodeDecodeError as exc:
                    await send_json(send, 400, {"error": f"{what} is not UTF-8 once percent-decoded (byte {exc.start})"})
                    return
                if "\x00" in text:
                    await send_json(send, 400, {"error": f"{what} holds a NUL character"})
                    return
        await self.app(scope, receive, send)


def _default(value: object) -> str:
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return str(value)


def json_response(body: object, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    """Sorted keys, ISO dates, UTF-8: the same rendering as `eventwire … --format json`."""
    text = body if isinstance(body, str) else json.dumps(body, sort_keys=True, ensure_ascii=False, default=_default)
    return Response(text, status_code=status, media_type="application/json", headers=headers)


class StoreHandle:
    """The process's one store: a reader per request (DuckDB: a cursor of its own; PostgreSQL:
    a pooled connection), one writer at a time. `base_sql` is the events query in the store's dialect."""

    def __init__(self, location: str) -> None:
        from ..store import open_store

        self.location = location
        self.store = open_store(location)
        self.base_sql = base_sql(self.store.dialect)
        self.write_lock = threading.Lock()
        self.index: EventIndex | None = None

    def start_index(self, render: Callable[[dict[str, Any]], str], max_events: int) -> None:
        """Build the in-memory event index in the background (GET /v1/events reads SQL until it is ready)."""
        self.index = EventIndex(self.reader, self.base_sql, render, max_events=max_events)
        self.index.start()

    @contextmanager
    def reader(self) -> Iterator[Any]:
        with self.store.reader() as cur:
            yield cur

    def add(self, article: Any) -> bool:
        with self.write_lock:
            added = self.store.add(article)
        if self.index is not None and self.index.snapshot is not None:
            self.index.refresh([article.content_hash])  # readers see it as soon as the write returns
        return added

    def close(self) -> None:
        self.store.close()


class PipelineHolder:
    """Loaded on first use, once per process; documents are coded one at a time."""

    def __init__(self, factory: Callable[[], Any]) -> None:
        self._factory = factory
        self._pipeline: Any = None
        self._lock = threading.Lock()

    @property
    def loaded(self) -> bool:
        return self._pipeline is not None

    def code(self, **fields: Any) -> Any:
        with self._lock:
            if self._pipeline is None:
                self._pipeline = self._factory()
            text = fields.pop("text")
            return self._pipeline.code_text(text, source=fields.pop("source", "api"), **fields)


class CodeRequest(BaseModel):
    """One article to code: `text` (plain) or `html` (a web page), with optional metadata."""

    model_config = ConfigDict(extra="forbid", json_schema_extra={"examples": [
        {"text": "The Taliban claimed on Monday it had overrun Aybak, the capital of Samangan province.", "published": "2021-08-10"}]})

    text: str | None = Field(None, description="plain article text")
    html: str | None = Field(None, description="an HTML page; the main text is extracted")
    url: str | None = Field(None, max_length=2048)
    title: str | None = Field(None, max_length=2000)
    published: date | None = Field(None, description="publication date (YYYY-MM-DD); relative dates resolve against it")
    id: str | None = Field(None, max_length=200, description="your id for the article (default: derived from its text)")

    @model_validator(mode="after")
    def _one_body(self) -> CodeRequest:
        if (self.text is None) == (self.html is None):
            raise ValueError("give exactly one of 'text' or 'html'")
        return self


def _unknown_params(request: Request, allowed: tuple[str, ...]) -> None:
    unknown = sorted(set(request.query_params) - set(allowed))
    if unknown:
        raise ApiError(400, f"unknown query parameter(s): {', '.join(unknown)}; allowed: {', '.join(allowed) or 'none'}")


# Dependencies are `async def` when they do no I/O: FastAPI runs a plain `def` dependency in the thread pool.
def only(*allowed: str) -> Any:
    async def check(request: Request) -> None:
        _unknown_params(request, allowed)

    return Depends(check)


def _api_message(exc: QueryError) -> str:
    """QueryError speaks in CLI options (--min-confidence); the API's names are query parameters."""
    return re.sub(r"^--([a-z-]+)", lambda m: m.group(1).replace("-", "_"), str(exc))


async def event_filters(
    since: date | None = Query(None, description="events on or after this date (YYYY-MM-DD)"),
    until: date | None = Query(None, description="events on or before this date (YYYY-MM-DD)"),
    type: str | None = Query(None, max_length=100, description="PLOVER type, optionally TYPE/mode: ASSAULT, COERCE/seize"),  # noqa: A002
    actor: str | None = Query(None, max_length=200, description="actor or target: ISO3 code (AFG) or part of a name (Taliban)"),
    country: str | None = Query(None, description="ISO3 country of the event's location"),
    near: str | None = Query(None, max_length=100, description="LAT,LON,KM: events within KM of the point"),
    modality: str | None = Query(None, description=f"one of {', '.join(MODALITIES)}"),
    min_confidence: float | None = Query(None, ge=0.0, le=1.0, description="events with confidence at least this (0..1)"),
) -> EventQuery:
    """The filters of `eventwire events`, checked before any query runs."""
    try:
        q = EventQuery(since, until, type, actor, country, parse_near(near) if near else None, None, modality, min_confidence)
        where_clause(q)
    except QueryError as exc:
        raise ApiError(400, _api_message(exc)) from None
    return q


def render_event(row: dict[str, Any]) -> str:
    """One stored event as `json_response` writes it inside a page (the event index keeps these)."""
    return json.dumps(event_record(row), sort_keys=True, ensure_ascii=False, default=_default)


def event_record(row: dict[str, Any]) -> dict[str, Any]:
    """A stored event as the output contract's event plus where it is filed (the `events --format json` shape)."""
    row = dict(row)
    doc = json.loads(row.pop("doc"))
    row.pop("sentence", None)
    return {**doc, **row}


def events_from_sql(handle: StoreHandle, q: EventQuery, limit: int, offset: int) -> Response:
    """GET /v1/events by querying the store (while the event index is building, or when it is off)."""
    sql, _ = build_sql(q, handle.store.dialect)
    where, wparams = where_clause(q)
    with handle.reader() as cur:
        # The page's keys and the total first, sorting only the narrow columns the filters and the
        # order need (not `doc`, `sentence` and the JSON fields of every matching row); then those
        # rows in full. DuckDB CPU per request over bench/service_load.py's 100,000 events: 160 -> 35 ms.
        order = sql[sql.rindex(" ORDER BY "):]  # build_sql's order, over the same columns
        page = cur.execute(f"SELECT content_hash, event_id, count(*) OVER () FROM ({handle.base_sql}) AS ev{where}{order} LIMIT ? OFFSET ?",
                           [*wparams, limit, offset]).fetchall()
        keys = [(h, i) for h, i, _ in page]
        if page or offset == 0:
            total = page[0][2] if page else 0
        else:  # a page past the end
            total = cur.execute(f"SELECT count(*) FROM ({handle.base_sql}) AS ev{where}", wparams).fetchone()[0]
        rows = []
        if keys:
            c = cur.execute(f"SELECT * FROM ({handle.base_sql}) AS ev WHERE content_hash = ANY(?) AND event_id = ANY(?)",
                            [sorted({k[0] for k in keys}), sorted({k[1] for k in keys})])
            names = [d[0] for d in c.description]
            found = {(r["content_hash"], r["event_id"]): r for r in (dict(zip(names, row)) for row in c.fetchall())}
            rows = [event_record(found[k]) for k in keys if k in found]
    return json_response({"total": total, "limit": limit, "offset": offset, "events": rows})


def create_app(settings: ApiSettings | None = None) -> FastAPI:
    settings = settings or ApiSettings()
    token = (settings.token if settings.token is not None else os.environ.get("EVENTWIRE_TOKEN")) or None
    store = StoreHandle(settings.db) if settings.db else None
    if store is not None and settings.event_index_max_events > 0:
        store.start_index(render_event, settings.event_index_max_events)

    def make_pipeline() -> Any:
        from ..pipeline import Pipeline

        return Pipeline(settings.pipeline)

    pipeline = PipelineHolder(settings.pipeline_factory or make_pipeline)

    @asynccontextmanager
    async def lifespan(_: FastAPI):  # noqa: ANN202
        yield
        if store is not None:
            store.close()

    app = FastAPI(
        title="eventwire",
        version=__version__,
        summary="News articles in, auditable political event data out: who did what to whom, where and when, with the evidence.",
        lifespan=lifespan,
        docs_url=None,  # /docs is served below, from local files
        redoc_url=None,  # ReDoc fetches its logo from cdn.redoc.ly: not served
    )
    app.state.settings = settings
    app.state.store = store
    app.state.pipeline = pipeline
    app.add_middleware(BodyLimit, max_bytes=settings.max_body_bytes)
    app.add_middleware(UrlCheck)

    # ---- errors: always JSON {"error": ...}, never a stack trace -------------------------------
    @app.exception_handler(HTTPException)
    async def http_error(_: Request, exc: HTTPException) -> Response:
        return json_response({"error": exc.detail if isinstance(exc.detail, str) else str(exc.detail)}, exc.status_code, dict(exc.headers or {}))

    @app.exception_handler(RequestValidationError)
    async def invalid(_: Request, exc: RequestValidationError) -> Response:
        errors = exc.errors()
        bad_json = next((e for e in errors if e.get("type") == "json_invalid"), None)
        if bad_json is not None:
            ctx = bad_json.get("ctx") or {}
            where = f" at character {bad_json['loc'][1]}" if len(bad_json.get("loc", ())) > 1 else ""
            return json_response({"error": f"malformed JSON body{where}: {ctx.get('error', 'cannot parse')}"}, 400)
        details = [{"where": ".".join(str(p) for p in e.get("loc", ())), "message": e.get("msg", "invalid")} for e in errors]
        summary = "; ".join(f"{d['where']}: {d['message']}" for d in details)
        return json_response({"error": f"invalid request: {summary}", "details": details}, 422)

    @app.exception_handler(Exception)
    async def crashed(request: Request, exc: Exception) -> Response:
        log.exception("error serving %s %s", request.method, request.url.path)
        return json_response({"error": "internal server error (logged on the server)"}, 500)

    # ---- access ---------------------------------------------------------------------------
    def check_token(request: Request) -> None:
        if token is None:
            return
        header = request.headers.get("authorization", "")
        scheme, _, given = header.partition(" ")
        if not header:
            raise ApiError(401, "this server needs a token: send 'Authorization: Bearer <token>'", headers={"WWW-Authenticate": "Bearer"})
        if scheme.lower() != "bearer" or not hmac.compare_digest(given.strip().encode(), token.encode()):
            raise ApiError(403, "wrong token", headers={"WWW-Authenticate": 'Bearer error="invalid_token"'})

    async def reading(request: Request) -> None:
        if settings.protect_reads:
            check_token(request)

    def need_store() -> StoreHandle:
        if store is None:
            raise ApiError(503, "this server has no store: start it with --db FILE (or --db postgresql://...)")
        return store

    async def paging(limit: int = Query(100, ge=1, description=f"at most this many rows (1..{settings.max_limit})"),
               offset: int = Query(0, ge=0, description="skip this many rows")) -> tuple[int, int]:
        if limit > settings.max_limit:
            raise ApiError(400, f"limit {limit}: at most {settings.max_limit}")
        return limit, offset

    # ---- coding ---------------------------------------------------------------------------
    @app.post("/v1/code", tags=["coding"], dependencies=[only("store")],
              responses={200: {"description": "the coded article (output contract); header X-Eventwire-Stored says whether it was stored new"},
                         400: {"description": "malformed JSON"}, 401: {"description": "token missing"}, 403: {"description": "wrong token"},
                         413: {"description": "body too large"}, 422: {"description": "invalid body or uncodable text"}})
    def code(body: CodeRequest, request: Request, store_it: bool = Query(False, alias="store", description="also add the article to the store (needs the token when one is set)")) -> Response:
        """Code one article (text or HTML) and return it in the output contract; optionally store it."""
        if store_it:
            check_token(request)
            need_store()
        elif settings.protect_reads:
            check_token(request)
        try:
            article = pipeline.code(text=body.text, html=body.html, url=body.url, title=body.title, published=body.published, id=body.id)
        except ValueError as exc:
            raise ApiError(422, f"cannot code this article: {exc}") from None
        stored = "no"
        if store_it:
            assert store is not None
            stored = "new" if store.add(article) else "already-stored"
        return json_response(article_json(article), headers={"X-Eventwire-Stored": stored})

    # ---- reading --------------------------------------------------------------------------
    @app.get("/v1/events", tags=["events"], dependencies=[only(*FILTERS, *PAGING), Depends(reading)])
    async def events(q: EventQuery = Depends(event_filters), page: tuple[int, int] = Depends(paging)) -> Response:
        """Stored events matching the filters of `eventwire events`, in date order, with paging."""
        handle = need_store()
        limit, offset = page
        hit = handle.index.query(q, limit, offset) if handle.index is not None else None  # no I/O: on the event loop
        if hit is None:
            return await run_in_threadpool(events_from_sql, handle, q, limit, offset)
        total, records = hit  # the same bytes json_response writes for the SQL answer
        return Response(f'{{"events": [{", ".join(records)}], "limit": {limit}, "offset": {offset}, "total": {total}}}',
                        media_type="application/json")

    @app.get("/v1/events/{event_id}", tags=["events"], dependencies=[only(), Depends(reading)])
    def event(event_id: str) -> Response:
        """One stored event by id, with its article id (for /v1/articles/{id})."""
        handle = need_store()
        with handle.reader() as cur:
            c = cur.execute(f"SELECT * FROM ({handle.base_sql}) AS ev WHERE event_id = ? ORDER BY published NULLS LAST, content_hash LIMIT 1", [event_id])
            names = [d[0] for d in c.description]
            row = c.fetchone()
        if row is None:
            raise ApiError(404, f"no event with id {event_id!r}")
        return json_response(event_record(dict(zip(names, row))))

    @app.get("/v1/articles/{article_id}", tags=["articles"], dependencies=[only(), Depends(reading)])
    def article(article_id: str) -> Response:
        """A stored article by id or content hash: cleaned text with every span (places, times, actors, events, quotes)."""
        handle = need_store()
        with handle.reader() as cur:
            row = cur.execute("SELECT doc FROM articles WHERE id = ? OR content_hash = ? ORDER BY coded_at LIMIT 1", [article_id, article_id]).fetchone()
        if row is None:
            raise ApiError(404, f"no article with id {article_id!r}")
        from ..model import Article

        return json_response(article_json(Article.model_validate_json(row[0])))

    @app.get("/v1/clusters", tags=["events"], dependencies=[only(*FILTERS, *PAGING, "min_sources"), Depends(reading)])
    def clusters(q: EventQuery = Depends(event_filters), page: tuple[int, int] = Depends(paging),
                 min_sources: int = Query(1, ge=1, description="clusters reported by at least this many outlets")) -> Response:
        """Event clusters (one event reported by many articles) with a member event matching the filters."""
        from ..store.clusters import fetch_clusters, update_clusters

        handle = need_store()
        limit, offset = page
        with handle.reader() as cur:
            with handle.write_lock:
                update_clusters(cur)
            rows = fetch_clusters(cur, replace(q, limit=None), min_sources=min_sources)
        return json_response({"total": len(rows), "limit": limit, "offset": offset, "clusters": rows[offset:offset + limit]})

    @app.get("/v1/stats", tags=["events"], dependencies=[only(*FILTERS), Depends(reading)])
    def stats(q: EventQuery = Depends(event_filters)) -> Response:
        """Counts of matching events by PLOVER type, by country, and by day and type (for a stacked timeline)."""
        handle = need_store()
        hit = handle.index.stats(q) if handle.index is not None else None
        if hit is not None:
            return json_response({**hit, "types": list(PLOVER)})
        where, params = where_clause(q)
        base = f"SELECT * FROM ({handle.base_sql}) AS ev{where}"
        with handle.reader() as cur:
            total, articles = cur.execute(f"SELECT count(*), count(DISTINCT content_hash) FROM ({base}) AS b", params).fetchone()
            by_type = dict(cur.execute(f"SELECT type, count(*) FROM ({base}) AS b GROUP BY type ORDER BY type", params).fetchall())
            by_country = {k or "unknown": n for k, n in cur.execute(
                f"SELECT country, count(*) FROM ({base}) AS b GROUP BY country ORDER BY count(*) DESC, country NULLS LAST", params).fetchall()}
            by_day = [{"day": d, "type": t, "n": n} for d, t, n in cur.execute(
                f"SELECT event_date, type, count(*) FROM ({base}) AS b WHERE event_date IS NOT NULL GROUP BY 1, 2 ORDER BY 1, 2", params).fetchall()]
        undated = total - sum(d["n"] for d in by_day)
        return json_response({"events": total, "articles": articles, "by_type": by_type, "by_country": by_country,
                              "by_day": by_day, "undated": undated, "types": list(PLOVER)})

    @app.get("/v1/health", tags=["service"], dependencies=[only()])
    def health() -> Response:
        """Liveness: version, whether a store is open, the pipeline loaded and the event index built, whether writing needs a token."""
        index = store.index if store is not None else None
        return json_response({"version": __version__, "store": store is not None, "pipeline_loaded": pipeline.loaded,
                              "token_for_writing": token is not None, "token_for_reading": bool(token and settings.protect_reads),
                              "event_index": index.state() if index is not None else "off"})

    # ---- dashboard ------------------------------------------------------------------------
    @app.get("/", include_in_schema=False)
    def dashboard() -> Response:
        with resources.as_file(STATIC.joinpath("index.html")) as path:
            return FileResponse(path, media_type="text/html; charset=utf-8", headers=PAGE_HEADERS)

    with resources.as_file(STATIC) as static_dir:
        app.mount("/static", StaticFiles(directory=str(static_dir)), name="static")

    # ---- API docs: Swagger UI files from the fastapi-offline package, not a CDN ---------------
    docs_assets = _docs_assets()
    if docs_assets is not None:
        app.mount(DOCS_ASSETS, StaticFiles(directory=str(docs_assets)), name="docs-assets")

    @app.get("/docs", include_in_schema=False)
    def swagger_ui(request: Request) -> Response:
        root = request.scope.get("root_path", "")
        local = {"swagger_js_url": f"{root}{DOCS_ASSETS}/swagger-ui-bundle.js", "swagger_css_url": f"{root}{DOCS_ASSETS}/swagger-ui.css",
                 "swagger_favicon_url": f"{root}{DOCS_ASSETS}/favicon.png"} if docs_assets else {}
        page = get_swagger_ui_html(openapi_url=f"{root}{app.openapi_url}", title="eventwire API", oauth2_redirect_url=None,
                                   swagger_ui_parameters={"validatorUrl": None}, **local)  # no badge from validator.swagger.io
        page.headers.update(DOCS_HEADERS if docs_assets else {})
        return page

    app.add_middleware(SecurityHeaders)

    return app
