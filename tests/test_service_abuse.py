"""The real server (`eventwire.api.server.serve`, uvicorn + h11, in a subprocess on a free
loopback port) under abuse, driven with raw sockets: slow-loris clients, bodies that never
end or are too large, 1,000 concurrent connections, malformed UTF-8 and NUL in request
lines. Every answer is a 4xx or 503 with a JSON body, the server keeps serving, its
memory stays bounded, and it never crashes. Behaviour, not speed: the only time bounds
are generous liveness ones. The deadlines are lowered here (2 s instead of 10 s and 30 s)
so the file runs in well under a minute; the other limits are `ServerLimits`' defaults."""

from __future__ import annotations

import asyncio
import json
import os
import random
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from eventwire.store import open_store

TEXTS = [
    ("The Taliban claimed on Monday that it had overrun Aybak, the capital of the northern province of Samangan. "
     "Government forces withdrew from the city, residents said.", "2021-08-10"),
    ("Ambassador Zalmay Khalilzad will meet Taliban negotiators in Doha on Tuesday to press for a ceasefire, "
     "the State Department said.", "2021-08-09"),
    ("Protesters marched in Kabul on Wednesday against the Taliban, police said. "
     "Rebels attacked a police station in Kunduz on Friday.", "2021-08-14"),
]

HEAD_TIMEOUT = 2.0
BODY_TIMEOUT = 2.0
MAX_HEAD_BYTES = 8 * 1024

SERVER = f"""
import sys
from eventwire.api import ApiSettings, create_app
from eventwire.api.server import ServerLimits, serve
limits = ServerLimits(head_timeout={HEAD_TIMEOUT}, body_timeout={BODY_TIMEOUT}, keep_alive=2,
                      max_head_bytes={MAX_HEAD_BYTES})
serve(create_app(ApiSettings(db=sys.argv[1], token="")), port=int(sys.argv[2]), limits=limits,
      log_level="warning", access_log=False)
"""


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def rss_kb(pid: int) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise AssertionError("no VmRSS")


class Server:
    def __init__(self, proc: subprocess.Popen, port: int, log: Path) -> None:
        self.proc, self.port, self.log = proc, port, log

    def alive(self) -> bool:
        return self.proc.poll() is None


@pytest.fixture(scope="module")
def server(pipeline, tmp_path_factory):  # noqa: ANN001, ANN201
    folder = tmp_path_factory.mktemp("abuse")
    db = folder / "abuse.duckdb"
    with open_store(str(db)) as store:
        for text, published in TEXTS:
            store.add(pipeline.code_text(text, published=published, source="test"))
    port = free_port()
    log = folder / "server.log"
    with log.open("wb") as out:
        proc = subprocess.Popen([sys.executable, "-c", SERVER, str(db), str(port)], stdout=out, stderr=subprocess.STDOUT)
    srv = Server(proc, port, log)
    deadline = time.monotonic() + 60
    while True:
        try:
            status, _, _ = asyncio.run(request(port, b"GET /v1/health HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n"))
            if status == 200:
                break
        except OSError:
            pass
        assert srv.alive() and time.monotonic() < deadline, log.read_text()
        time.sleep(0.2)
    yield srv
    proc.terminate()
    try:
        proc.wait(10)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


# ---- a raw HTTP/1.1 client ------------------------------------------------------------

def parse(raw: bytes) -> tuple[int, dict[str, str], bytes]:
    head, _, body = raw.partition(b"\r\n\r\n")
    lines = head.decode("latin-1").split("\r\n")
    status = int(lines[0].split()[1])
    headers = {k.strip().lower(): v.strip() for k, _, v in (line.partition(":") for line in lines[1:])}
    return status, headers, body


async def read_response(reader: asyncio.StreamReader, timeout: float) -> bytes:
    """Everything until the server closes, or one response by its Content-Length."""
    data = b""
    async with asyncio.timeout(timeout):
        while True:
            try:
                chunk = await reader.read(65536)
            except ConnectionResetError:
                break
            if not chunk:
                break
            data += chunk
            head, sep, body = data.partition(b"\r\n\r\n")
            if sep:
                length = parse(data)[1].get("content-length")
                if length is not None and len(body) >= int(length):
                    break
    return data


async def request(port: int, raw: bytes, timeout: float = 10.0) -> tuple[int, dict[str, str], bytes]:
    reader, writer = await asyncio.open_connection("127.0.0.1", port)
    try:
        writer.write(raw)
        await writer.drain()
        return parse(await read_response(reader, timeout))
    finally:
        writer.close()


def get(path: str) -> bytes:
    return f"GET {path} HTTP/1.1\r\nHost: t\r\nConnection: close\r\n\r\n".encode()


def json_error(status: int, headers: dict[str, str], body: bytes) -> str:
    """The error message of a JSON error response (fails if the body is not one)."""
    assert headers.get("content-type", "").startswith("application/json"), (status, headers, body[:200])
    return json.loads(body)["error"]


# ---- slow clients ---------------------------------------------------------------------

async def slow_client(port: int, head: bytes, body: bytes = b"", pause: float = 0.1) -> tuple[float, bytes]:
    """Sends `head` a byte at a time, then `body` a byte at a time, never finishing either in time;
    returns how long the server kept the connection and what it answered."""
    start = time.monotonic()
    reader, writer = await asyncio.open_connection("127.0.0.1", port)

    async def trickle() -> None:
        try:
            for b in head + body:
                writer.write(bytes([b]))
                await writer.drain()
                await asyncio.sleep(pause)
        except (ConnectionError, OSError):
            pass

    sender = asyncio.create_task(trickle())
    try:
        answer = await read_response(reader, timeout=30)
    finally:
        sender.cancel()
        writer.close()
    return time.monotonic() - start, answer


def test_slow_clients_do_not_block_others_and_are_cut_off(server: Server) -> None:
    events_head = b"GET /v1/events?type=COERCE HTTP/1.1\r\nHost: t\r\nX-Padding: " + b"a" * 200 + b"\r\n\r\n"
    post_head = b"POST /v1/code HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n"

    async def scenario() -> tuple[list[tuple[float, bytes]], list[float], list[float]]:
        clients = [slow_client(server.port, events_head) for _ in range(60)]  # headers trickled
        clients += [slow_client(server.port, post_head[:20], pause=0.5) for _ in range(20)]  # stalls mid-line
        clients += [slow_client(server.port, b"", pause=0) for _ in range(20)]  # connects, sends nothing
        tasks = [asyncio.create_task(c) for c in clients]
        # bodies that never finish: the head at once, then a byte now and then
        tasks += [asyncio.create_task(slow_client_body(server.port, post_head)) for _ in range(30)]
        await asyncio.sleep(0.5)
        during = []
        for _ in range(5):  # normal clients are served while 130 slow ones hold connections
            t0 = time.monotonic()
            status, headers, body = await request(server.port, get("/v1/events?type=COERCE&limit=10"), timeout=5)
            assert status == 200 and json.loads(body)["total"] >= 1
            during.append(time.monotonic() - t0)
        assert not any(t.done() for t in tasks), "slow clients should still be connected at this point"
        results = await asyncio.gather(*tasks)
        after = []
        t0 = time.monotonic()
        status, _, _ = await request(server.port, get("/v1/events"), timeout=5)
        assert status == 200
        after.append(time.monotonic() - t0)
        return results, during, after

    results, during, after = asyncio.run(scenario())
    print(f"GET /v1/events beside 130 slow clients: {max(during):.3f} s at most; cut off after "
          f"{min(h for h, _ in results):.1f}..{max(h for h, _ in results):.1f} s")
    assert max(during) < 3 and max(after) < 3, (during, after)  # liveness, not speed
    for held, answer in results:
        # cut off by the deadline (2 s; generous slack for a loaded machine), with a JSON 408
        assert HEAD_TIMEOUT - 0.2 <= held < HEAD_TIMEOUT + 8, held
        status, headers, body = parse(answer)
        assert status == 408 and "within" in json_error(status, headers, body)
    assert server.alive()


async def slow_client_body(port: int, head: bytes) -> tuple[float, bytes]:
    return await slow_client(port, b"", head + b'{"text": "' + b"x" * 100, pause=0.02)


def test_idle_keep_alive_connection_is_closed(server: Server) -> None:
    async def scenario() -> tuple[float, bytes]:
        reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
        writer.write(b"GET /v1/health HTTP/1.1\r\nHost: t\r\n\r\n")
        first = parse(await read_response(reader, 5))
        assert first[0] == 200
        t0 = time.monotonic()
        rest = await read_response(reader, 20)  # the server closes the idle connection
        writer.close()
        return time.monotonic() - t0, rest

    held, rest = asyncio.run(scenario())
    assert held < 10 and rest == b""


# ---- oversized bodies -------------------------------------------------------------------

def test_declared_oversized_body_is_413_before_it_is_sent(server: Server) -> None:
    async def scenario() -> tuple[int, dict[str, str], bytes, bool]:
        reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
        writer.write(b"POST /v1/code HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n"
                     b"Content-Length: 52428800\r\n\r\n" + b"x" * 65536)  # 50 MB declared, 64 KB sent
        await writer.drain()
        status, headers, body = parse(await read_response(reader, 10))
        closed = await reader.read(1) == b""
        writer.close()
        return status, headers, body, closed

    status, headers, body, closed = asyncio.run(scenario())
    assert status == 413 and "limit" in json_error(status, headers, body)
    assert closed and headers.get("connection") == "close"


def test_chunked_body_over_the_limit_is_413_without_reading_it_all(server: Server) -> None:
    async def scenario() -> tuple[bytes, int]:
        reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
        writer.write(b"POST /v1/code HTTP/1.1\r\nHost: t\r\nContent-Type: application/json\r\n"
                     b"Transfer-Encoding: chunked\r\n\r\n")
        sent = 0
        chunk = b"x" * 65536
        answer = asyncio.create_task(read_response(reader, 20))

        async def pour() -> None:
            nonlocal sent
            try:
                while sent < 200 * 1024 * 1024 and not answer.done():  # would be 200 MB
                    writer.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
                    await writer.drain()
                    sent += len(chunk)
            except (ConnectionError, OSError):
                pass

        pourer = asyncio.create_task(pour())
        data = await answer
        pourer.cancel()
        writer.close()
        return data, sent

    data, sent = asyncio.run(scenario())
    status, headers, body = parse(data)
    assert status == 413 and "limit" in json_error(status, headers, body)
    assert sent < 40 * 1024 * 1024, sent  # 2 MB limit plus what socket buffers hold, not 200 MB
    assert server.alive()


def test_oversized_request_head_is_400_json(server: Server) -> None:
    raw = b"GET /v1/events HTTP/1.1\r\nHost: t\r\n" + b"X-Big: " + b"a" * (4 * MAX_HEAD_BYTES) + b"\r\n\r\n"
    status, headers, body = asyncio.run(request(server.port, raw))
    assert status in (400, 431) and "bytes" in json_error(status, headers, body)
    status, headers, body = asyncio.run(request(server.port, b"GET /v1/events?" + b"a=1&" * MAX_HEAD_BYTES + b" HTTP/1.1\r\nHost: t\r\n\r\n"))
    assert status in (400, 431) and "bytes" in json_error(status, headers, body)

    async def trickled() -> tuple[int, dict[str, str], bytes]:  # the same head in small pieces: h11's cap
        reader, writer = await asyncio.open_connection("127.0.0.1", server.port)
        answer = asyncio.create_task(read_response(reader, 10))
        for i in range(0, len(raw), 1024):
            await asyncio.sleep(0.01)
            if answer.done():  # stop writing once answered (a write after the close would reset the socket)
                break
            writer.write(raw[i:i + 1024])
        data = await answer
        writer.close()
        return parse(data)

    status, headers, body = asyncio.run(trickled())
    assert status in (400, 431) and "bytes" in json_error(status, headers, body)


# ---- many connections -------------------------------------------------------------------

QUERIES = ["/v1/events?limit=5", "/v1/events?type=COERCE", "/v1/events?country=AFG&limit=2", "/v1/events?actor=Taliban",
           "/v1/events?since=2021-08-01&until=2021-08-31", "/v1/events?near=36.26,68.02,100", "/v1/stats", "/v1/health"]


async def crowd(port: int, n: int) -> list[tuple[int, dict[str, str], bytes]]:
    async def one(i: int) -> tuple[int, dict[str, str], bytes]:
        return await request(port, get(QUERIES[i % len(QUERIES)]), timeout=60)

    return await asyncio.gather(*(one(i) for i in range(n)))


def test_a_thousand_concurrent_connections(server: Server) -> None:
    asyncio.run(crowd(server.port, 50))  # warm up: imports, caches, thread pool
    before = rss_kb(server.proc.pid)
    rounds = []
    for _ in range(2):
        responses = asyncio.run(crowd(server.port, 1000))
        statuses = [s for s, _, _ in responses]
        assert set(statuses) <= {200, 503}, sorted(set(statuses))
        assert statuses.count(200) >= 1
        for status, headers, body in responses:
            if status == 503:
                assert "busy" in json_error(status, headers, body) and headers.get("retry-after") == "1"
            else:
                json.loads(body)
        rounds.append(rss_kb(server.proc.pid))
        print(f"1000 connections: {statuses.count(200)} × 200, {statuses.count(503)} × 503; server RSS {rounds[-1] / 1024:.0f} MB")
        assert asyncio.run(request(server.port, get("/v1/events?limit=1")))[0] == 200  # still serving
    growth_mb = (max(rounds) - before) / 1024
    print(f"server RSS before {before / 1024:.0f} MB, after each round {[round(r / 1024) for r in rounds]} MB")
    assert growth_mb < 150, (before, rounds)  # bounded: no per-connection leak
    assert (rounds[1] - rounds[0]) / 1024 < 60, rounds  # a second round does not keep growing (8 rounds: 256..283 MB)
    assert server.alive()


# ---- malformed request lines ------------------------------------------------------------

BAD = [
    b"GET /v1/events?actor=%ff%fe HTTP/1.1",  # percent-encoded bytes that are not UTF-8
    b"GET /v1/events?actor=%C0%AF HTTP/1.1",  # overlong encoding of '/'
    b"GET /v1/events?actor=%ED%A0%80 HTTP/1.1",  # a UTF-16 surrogate
    b"GET /v1/events?actor=Tal%00iban HTTP/1.1",  # NUL, percent-encoded
    b"GET /v1/events?%ff=1 HTTP/1.1",  # in a parameter name
    b"GET /v1/events?limit=%ff HTTP/1.1",
    b"GET /v1/events/%ff%fe HTTP/1.1",  # in the path
    b"GET /v1/articles/%00 HTTP/1.1",
    b"GET /%ff/../v1/events HTTP/1.1",
    b"GET /v1/events?actor=\xff\xfe HTTP/1.1",  # raw bytes in the request line
    b"GET /v1/ev\x00ents HTTP/1.1",  # raw NUL
    b"GET /v1/events?actor=Tali ban HTTP/1.1",  # a space in the target
    b"G\xffT /v1/events HTTP/1.1",  # in the method
    b"GET /v1/events HTTP/9.\xff",  # in the version
    b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03",  # a TLS ClientHello
]


def test_malformed_utf8_and_nul_are_4xx_json_never_500(server: Server) -> None:
    async def scenario() -> list[tuple[bytes, tuple[int, dict[str, str], bytes]]]:
        out = []
        for line in BAD:
            out.append((line, await request(server.port, line + b"\r\nHost: t\r\nConnection: close\r\n\r\n")))
        rng = random.Random(7)  # random bytes, percent-encoded, as a filter value
        for _ in range(150):
            value = "".join(f"%{b:02x}" for b in rng.randbytes(rng.randint(1, 12)))
            line = f"GET /v1/events?actor={value} HTTP/1.1".encode()
            out.append((line, await request(server.port, line + b"\r\nHost: t\r\nConnection: close\r\n\r\n")))
        return out

    for line, (status, headers, body) in asyncio.run(scenario()):
        assert status != 500 and (status == 200 or 400 <= status < 500), (line, status, body)
        if status != 200:
            assert json_error(status, headers, body), line
    for line in BAD[:9]:  # the percent-encoded ones are refused by the application, with the reason
        status, headers, body = asyncio.run(request(server.port, line + b"\r\nHost: t\r\nConnection: close\r\n\r\n"))
        assert status == 400 and ("UTF-8" in json_error(status, headers, body) or "NUL" in json_error(status, headers, body))
    ok = asyncio.run(request(server.port, get("/v1/events?actor=%C3%A9tat")))  # valid UTF-8 is fine
    assert ok[0] == 200
    # raw non-ASCII header values (obs-text) are accepted as Latin-1, not a crash
    status, _, _ = asyncio.run(request(server.port, b"GET /v1/health HTTP/1.1\r\nHost: t\r\nX-Name: caf\xe9\xff\r\nConnection: close\r\n\r\n"))
    assert status == 200
    assert server.alive()


def test_server_never_logged_a_crash(server: Server) -> None:
    """Runs last in this file: nothing above reached the 500 handler or crashed a protocol callback."""
    assert server.alive()
    log = server.log.read_text(errors="replace")
    assert "Traceback" not in log and "Exception in" not in log and "error serving" not in log, log[-3000:]


def test_serve_command_uses_the_guarded_server(monkeypatch, tmp_path: Path) -> None:  # noqa: ANN001
    from typer.testing import CliRunner

    import eventwire.api.server as server_module
    from eventwire.cli import app as cli_app

    calls = []
    monkeypatch.setattr(server_module, "serve", lambda app, **kw: calls.append(kw))
    result = CliRunner().invoke(cli_app, ["serve", "--db", str(tmp_path / "s.duckdb"), "--port", "8765"])
    assert result.exit_code == 0, result.output
    assert calls == [{"host": "127.0.0.1", "port": 8765}]
    config = server_module.config(object(), port=8765)
    assert issubclass(config.http, server_module.GuardedH11Protocol) and config.limit_concurrency is None
    assert config.timeout_keep_alive == server_module.ServerLimits().keep_alive
    assert config.h11_max_incomplete_event_size == server_module.ServerLimits().max_head_bytes
