"""Running the API: every limit of the HTTP server in one place (`ServerLimits`), and `serve`.

uvicorn's h11 server arms a timeout only between requests (keep-alive): a client that
connects and trickles its request line and headers a byte at a time, or declares a body
and never finishes it, would hold its connection for ever. `GuardedH11Protocol` adds
the missing deadlines and turns every refusal the server makes itself into a JSON body:

- the request line and headers must arrive within `head_timeout` seconds of the
  connection opening (or of the previous response), the body within `body_timeout`
  seconds of the headers; otherwise 408 `{"error": ...}` and the connection is closed;
- request line and headers over `max_head_bytes`: 431 (or 400 while still incomplete); not
  HTTP (raw 0xff or NUL bytes in the request line): 400; each with `{"error": ...}` and close
  (h11 answers in plain text otherwise);
- more than `max_in_flight` requests being handled, or more than `max_connections`
  connections open: 503 `{"error": ...}` with `Retry-After: 1` and close, answered at
  once without touching the store (uvicorn's `limit_concurrency` answers in plain text).

Bodies over the API's limit (413) and query strings or paths that are not UTF-8 (400) are
refused by the application itself (`eventwire.api.app`). `tests/test_service_abuse.py`
starts this server on a free port and checks each of these against raw sockets.
"""

from __future__ import annotations

import asyncio
import json
import logging
from dataclasses import dataclass
from typing import Any

import h11
from uvicorn.protocols.http.h11_impl import H11Protocol

from .app import send_json

log = logging.getLogger("uvicorn.error")

STATUS_TEXT = {400: "Bad Request", 408: "Request Timeout", 431: "Request Header Fields Too Large", 503: "Service Unavailable"}


@dataclass(frozen=True)
class ServerLimits:
    max_connections: int = 1024  # open connections; a request arriving beyond this gets 503
    max_in_flight: int = 128  # requests being handled at once; beyond this, 503 at once
    head_timeout: float = 10.0  # seconds for the request line and headers to arrive in full
    body_timeout: float = 30.0  # seconds for the request body (at most the API's 2 MB) to arrive in full
    keep_alive: int = 5  # seconds an idle keep-alive connection is kept open
    max_head_bytes: int = 16 * 1024  # request line plus headers
    backlog: int = 2048  # pending connections the kernel queues before accept()
    threads: int = 40  # worker threads for the (synchronous) endpoints: anyio's default


def raw_json_response(status: int, body: dict[str, Any], headers: tuple[tuple[str, str], ...] = ()) -> bytes:
    """A complete HTTP/1.1 response that closes the connection, for when no request cycle runs."""
    data = json.dumps(body).encode()
    head = [f"HTTP/1.1 {status} {STATUS_TEXT.get(status, 'Error')}", "content-type: application/json",
            f"content-length: {len(data)}", "connection: close", *(f"{k}: {v}" for k, v in headers)]
    return ("\r\n".join(head) + "\r\n\r\n").encode("latin-1") + data


def json_refusal(status: int, message: str, headers: tuple[tuple[bytes, bytes], ...] = ()) -> Any:
    """An ASGI app answering every request with `status` and {"error": message}, closing the connection."""

    async def app(scope: dict, receive: Any, send: Any) -> None:
        await send_json(send, status, {"error": message}, headers)

    return app


BUSY = json_refusal(503, "server busy: too many requests at once; retry shortly", ((b"retry-after", b"1"),))


class GuardedH11Protocol(H11Protocol):
    """uvicorn's h11 protocol with request deadlines, JSON refusals and a load limit (see the module)."""

    limits = ServerLimits()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._deadline: asyncio.TimerHandle | None = None
        self._deadline_kind: str | None = None
        super().__init__(*args, **kwargs)

    # uvicorn reads `self.app` once per request: the load check happens there.
    @property
    def app(self) -> Any:
        scope = self.scope
        head = len(scope["raw_path"]) + len(scope["query_string"]) + sum(len(k) + len(v) + 4 for k, v in scope["headers"])
        if head > self.limits.max_head_bytes:  # h11 caps only a head still incomplete; this caps one that came whole
            return json_refusal(431, f"request line and headers over {self.limits.max_head_bytes:,} bytes")
        if len(self.tasks) >= self.limits.max_in_flight or len(self.connections) > self.limits.max_connections:
            return BUSY
        return self._app

    @app.setter
    def app(self, value: Any) -> None:
        self._app = value

    # ---- deadlines ----------------------------------------------------------------------
    def _arm(self, kind: str) -> None:
        self._disarm()
        seconds = self.limits.head_timeout if kind == "head" else self.limits.body_timeout
        self._deadline_kind = kind
        self._deadline = self.loop.call_later(seconds, self._expired)

    def _disarm(self) -> None:
        if self._deadline is not None:
            self._deadline.cancel()
        self._deadline = None
        self._deadline_kind = None

    def _follow_state(self) -> None:
        """Keep the deadline that matches what the client still owes us."""
        if self.transport is None or self.transport.is_closing():
            self._disarm()
            return
        their = self.conn.their_state
        if their is h11.IDLE:  # a request head is due (or partly here)
            if self._deadline_kind != "head" and (self.cycle is None or self.cycle.response_complete):
                self._arm("head")
        elif their is h11.SEND_BODY:
            if self._deadline_kind != "body":
                self._arm("body")
        else:  # the whole request is here, or the connection is done
            self._disarm()

    def _expired(self) -> None:
        kind = self._deadline_kind
        self._deadline = None
        self._deadline_kind = None
        if self.transport is None or self.transport.is_closing():
            return
        # a request head is due (no response for it yet), or the body of a request not yet answered
        if kind == "head" or (self.cycle is not None and not self.cycle.response_started):
            seconds = self.limits.head_timeout if kind == "head" else self.limits.body_timeout
            what = "request line and headers" if kind == "head" else "request body"
            self.transport.write(raw_json_response(408, {"error": f"{what} not received within {seconds:g} s"}))
        if self.cycle is not None and not self.cycle.response_complete:
            self.cycle.disconnected = True  # the application's reads end, its response is dropped
            self.cycle.message_event.set()
        self.transport.close()

    # ---- uvicorn's hooks ------------------------------------------------------------------
    def connection_made(self, transport: asyncio.Transport) -> None:  # type: ignore[override]
        super().connection_made(transport)
        self._arm("head")

    def connection_lost(self, exc: Exception | None) -> None:
        self._disarm()
        super().connection_lost(exc)

    def data_received(self, data: bytes) -> None:
        super().data_received(data)
        self._follow_state()

    def on_response_complete(self) -> None:
        super().on_response_complete()
        self._follow_state()

    def send_400_response(self, msg: str) -> None:
        """Request line or headers h11 cannot read: JSON instead of uvicorn's plain text."""
        self._disarm()
        limit = self.limits.max_head_bytes
        body = {"error": f"invalid HTTP request: malformed request line or headers (raw bytes outside ASCII, NUL), "
                         f"or request line and headers over {limit:,} bytes"}
        self.transport.write(raw_json_response(400, body))
        self.transport.close()


def protocol_for(limits: ServerLimits) -> type[GuardedH11Protocol]:
    return type("GuardedH11Protocol", (GuardedH11Protocol,), {"limits": limits})


class _ThreadPool:
    """Sizes anyio's worker-thread pool (the synchronous endpoints run there) when the server starts."""

    def __init__(self, app: Any, threads: int) -> None:
        self.app = app
        self.threads = threads

    async def __call__(self, scope: dict, receive: Any, send: Any) -> None:
        if scope["type"] == "lifespan":
            import anyio.to_thread

            anyio.to_thread.current_default_thread_limiter().total_tokens = self.threads
        await self.app(scope, receive, send)

    def __getattr__(self, name: str) -> Any:  # app.state etc. stay reachable
        return getattr(self.app, name)


def config(app: Any, host: str = "127.0.0.1", port: int = 8000, limits: ServerLimits | None = None,
           log_level: str = "info", access_log: bool = True) -> Any:
    import uvicorn

    limits = limits or ServerLimits()
    return uvicorn.Config(
        _ThreadPool(app, limits.threads), host=host, port=port, workers=1, log_level=log_level, access_log=access_log,
        http=protocol_for(limits), ws="none", lifespan="on", loop="asyncio",
        limit_concurrency=None,  # GuardedH11Protocol refuses with a JSON 503 instead
        timeout_keep_alive=limits.keep_alive, backlog=limits.backlog,
        h11_max_incomplete_event_size=limits.max_head_bytes,
    )


def serve(app: Any, host: str = "127.0.0.1", port: int = 8000, limits: ServerLimits | None = None,
          log_level: str = "info", access_log: bool = True) -> None:
    """Run `app` (from `create_app`) until interrupted, with `limits`."""
    import uvicorn

    uvicorn.Server(config(app, host, port, limits, log_level, access_log)).run()
