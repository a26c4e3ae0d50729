"""Load check of the HTTP API (a bench, not a timed test): `GET /v1/events` with filters,
50 concurrent clients on loopback for 30 s, over a store of at least 100,000 events.

The store: real articles are coded once through the whole pipeline (samples/*.txt, the
PolNeAR dev texts, the GeoWebNews texts: US politics and world news) into
build/service_load/base.duckdb. Their stored rows are then REPLICATED in SQL until there
are enough events: each copy k gets new article and event ids (suffix ~k), dates shifted
by 7·k days and coordinates jittered by up to ±0.25°, so filters select realistic
fractions of the store; places, times and quotes are not replicated (the event queries
do not read them). Both stores are cached under build/service_load/.

The load: `eventwire serve` in a subprocess (the CLI, so its real server settings), then
wrk (C; `apt-get install wrk`) or, without it or with --client python, a small asyncio
HTTP/1.1 keep-alive client, 50 connections for 30 s, each request taking the next of a
few hundred URLs built from the store's own values (type, type/mode, country, actor
code or name, since/until windows, near, modality, min_confidence, limit 10..100,
offset): every URL is requested many times but no result cache exists anywhere, so
repeats cost as much as the first. Every URL is fetched once before the run (and must
answer 200). Printed: p50/p90/p99 latency, requests/s, errors (non-2xx, socket
errors, timeouts), unique-URL ratio, server peak RSS (VmHWM), load average before/after.

Also printed: the server's CPU time per request (from /proc/PID/stat), which other jobs on a
shared machine do not inflate, and what it implies on idle cores.

Usage: python bench/service_load.py [--events 100000] [--clients 50] [--seconds 30] [--client wrk|python]
       [--shared ../shared] [--rebuild] [--store FILE] [--urls N] [--no-check]
       [--threads N] [--duckdb-threads N]   (experiments: the same server with other pool sizes)
"""

from __future__ import annotations

import argparse
import asyncio
import json
import math
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import date
from pathlib import Path
from urllib.parse import urlencode

import duckdb

ROOT = Path(__file__).resolve().parents[1]
BUILD = ROOT / "build" / "service_load"
DEFAULT_SHARED = ROOT.parent / "shared"


# ---- the store -------------------------------------------------------------------------------

def base_articles(shared: Path) -> list:
    """RawArticles: samples/*.txt, PolNeAR dev texts (date from the file name), GeoWebNews texts."""
    from eventwire.evaluate.places import read_gwn
    from eventwire.ingest import RawArticle

    raws = [RawArticle(source=str(p), text=p.read_text("utf-8"), published=date(2024, 3, 12)) for p in sorted((ROOT / "samples").glob("*.txt"))]
    polnear = shared / "data" / "polnear" / "dev" / "text"
    for p in sorted(polnear.glob("*.txt")):
        parts = p.stem.split("_")
        try:
            published = date.fromisoformat(parts[1])
        except (IndexError, ValueError):
            published = date(2016, 10, 1)
        raws.append(RawArticle(source=str(p), text=p.read_text("utf-8", errors="replace"), published=published))
    gwn = shared / "data" / "geowebnews" / "GWN.xml"
    if gwn.exists():
        for i, art in enumerate(read_gwn(gwn)):
            raws.append(RawArticle(source=f"GWN.xml#{art.id}", text=art.text, published=date(2018, 1, 1 + i % 28)))
    return raws


def build_base(path: Path, shared: Path) -> None:
    from eventwire.pipeline import Pipeline
    from eventwire.store import open_store

    raws = base_articles(shared)
    print(f"coding {len(raws)} articles once into {path} ...", flush=True)
    t0 = time.perf_counter()
    tmp = path.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    with open_store(str(tmp)) as store:
        for item in Pipeline().run(raws):
            if hasattr(item, "content_hash"):
                store.add(item)
    tmp.rename(path)
    print(f"  coded in {time.perf_counter() - t0:.0f} s", flush=True)


def build_replicated(base: Path, path: Path, events: int) -> None:
    tmp = path.with_suffix(".tmp")
    tmp.unlink(missing_ok=True)
    shutil.copyfile(base, tmp)
    con = duckdb.connect(str(tmp))
    n_base = con.execute("SELECT count(*) FROM events").fetchone()[0]
    copies = max(0, math.ceil(events / n_base) - 1)
    print(f"replicating {n_base} coded events × {copies + 1} (new ids, dates + 7·k days, coordinates ± 0.25°) ...", flush=True)
    con.execute("SELECT setseed(0.42)")
    con.execute(f"CREATE TEMP TABLE k AS SELECT range AS k FROM range(1, {copies + 1})")
    con.execute("BEGIN")
    con.execute("""
        INSERT INTO articles SELECT a.content_hash || '~' || k, a.id || '~' || k, a.url, a.title,
               a.published + CAST(7 * k AS INTEGER), a.source, a.text, a.coded_at, a.eventwire_version, a.doc
        FROM articles a, k""")
    con.execute(r"""
        INSERT INTO events SELECT e.content_hash || '~' || k, e.id || '~' || k, e.type, e.mode, e.cameo, e.acled, e.modality,
               e.actor_name, e.actor_country, e.target_name, e.target_country, e.place_name, e.geonameid,
               CASE WHEN e.lat IS NULL THEN NULL ELSE greatest(-90, least(90, e.lat + (random() - 0.5) * 0.5)) END,
               CASE WHEN e.lon IS NULL THEN NULL ELSE greatest(-180, least(180, e.lon + (random() - 0.5) * 0.5)) END,
               e.country,
               CASE WHEN regexp_full_match(coalesce(e.date_value, ''), '\d{4}-\d{2}-\d{2}') AND TRY_CAST(e.date_value AS DATE) IS NOT NULL
                    THEN strftime(TRY_CAST(e.date_value AS DATE) + CAST(7 * k AS INTEGER), '%Y-%m-%d') ELSE e.date_value END,
               e.confidence, e.sentence, e.doc
        FROM events e, k""")
    con.execute("COMMIT")
    con.execute("CHECKPOINT")
    con.close()
    tmp.rename(path)


def store_summary(path: Path) -> dict:
    con = duckdb.connect(str(path), read_only=True)
    try:
        n_events, n_articles = con.execute("SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM articles)").fetchone()
        con.execute("SELECT setseed(0.7)")
        sample = con.execute(r"""
            SELECT e.type, e.mode, e.country, e.actor_country, e.actor_name, e.modality, e.confidence, e.lat, e.lon,
                   CASE WHEN regexp_full_match(coalesce(e.date_value, ''), '\d{4}-\d{2}-\d{2}')
                        THEN TRY_CAST(e.date_value AS DATE) ELSE a.published END
            FROM events e JOIN articles a USING (content_hash) ORDER BY random() LIMIT 2000""").fetchall()
        lo, hi = con.execute("SELECT min(published), max(published) FROM articles").fetchone()
        size_mb = path.stat().st_size / 1e6
    finally:
        con.close()
    return {"events": n_events, "articles": n_articles, "sample": sample, "first": lo, "last": hi, "size_mb": size_mb}


def make_urls(s: dict, n: int, seed: int = 7) -> list[str]:
    """`n` distinct filter combinations: 1..3 filters taken from one randomly drawn stored event
    (so most match something, as a user's would), a few date windows anywhere, plus paging."""
    rng = random.Random(seed)
    span = max((s["last"] - s["first"]).days, 1)
    urls: set[str] = set()
    while len(urls) < n:
        typ, mode, country, actor_country, actor_name, modality, confidence, lat, lon, day = rng.choice(s["sample"])
        options: list[list[tuple[str, str]]] = [[("type", typ)]]
        if mode:
            options.append([("type", f"{typ}/{mode}")])
        if country:
            options += [[("country", country)]] * 2
        if actor_country:
            options.append([("actor", actor_country)])
        if actor_name and 3 <= len(actor_name) <= 40:
            word = max(actor_name.split(), key=len)
            options.append([("actor", word if rng.random() < 0.5 else word.lower())])
        if day:
            width = rng.choice([7, 30, 90, 365])
            start = day.toordinal() - rng.randrange(width)
            options += [[("since", date.fromordinal(start).isoformat()), ("until", date.fromordinal(start + width).isoformat())]] * 2
        if lat is not None:
            options.append([("near", f"{lat:.2f},{lon:.2f},{rng.choice([25, 100, 300, 1000])}")])
        if modality and modality != "asserted":
            options.append([("modality", modality)])
        if confidence is not None:
            options.append([("min_confidence", f"{max(0.0, confidence - rng.choice([0.0, 0.1, 0.3])):.1f}")])
        if rng.random() < 0.1:  # a window not taken from any event
            start = s["first"].toordinal() + rng.randrange(span)
            options = [[("since", date.fromordinal(start).isoformat()), ("until", date.fromordinal(start + 30).isoformat())]]
        params: dict[str, str] = {}
        for option in rng.sample(options, min(len(options), rng.choice([1, 1, 2, 2, 3]))):
            params.update(option)
        params["limit"] = str(rng.choice([10, 20, 50, 100]))
        if rng.random() < 0.3:
            params["offset"] = str(rng.choice([20, 100, 500]))
        urls.add("/v1/events?" + urlencode(params))
    return sorted(urls, key=lambda _: rng.random())


# ---- the server ------------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of a process so far (from /proc/PID/stat)."""
    fields = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def proc_status(pid: int, key: str) -> int:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith(key + ":"):
            return int(line.split()[1])
    return 0


TUNED_SERVER = """
import sys
from eventwire.api import ApiSettings, create_app
from eventwire.api.server import ServerLimits, serve
db, port, threads, duck_threads = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
app = create_app(ApiSettings(db=db, token=""))
if duck_threads:
    app.state.store.store.con.execute(f"SET threads = {duck_threads}")
serve(app, port=port, limits=ServerLimits(threads=threads) if threads else None)
"""


def start_server(db: Path, port: int, threads: int = 0, duck_threads: int = 0) -> subprocess.Popen:
    exe = Path(sys.executable).with_name("eventwire")
    cmd = [str(exe), "serve", "--db", str(db), "--port", str(port)] if exe.exists() else \
          [sys.executable, "-m", "eventwire.cli", "serve", "--db", str(db), "--port", str(port)]
    if threads or duck_threads:  # experiments: the same server with other pool sizes
        cmd = [sys.executable, "-c", TUNED_SERVER, str(db), str(port), str(threads), str(duck_threads)]
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/v1/health", timeout=2) as r:
                if r.status == 200 and json.loads(r.read()).get("event_index") != "building":
                    return proc  # the load starts once the server answers from its event index (or has none)
                time.sleep(0.2)
        except OSError:
            time.sleep(0.2)
    proc.kill()
    raise SystemExit("the server did not start")


# ---- clients ---------------------------------------------------------------------------------

WRK_SCRIPT = """
local urls = {}
for line in io.lines("%(urls)s") do urls[#urls + 1] = line end
local counter = 0
local threads = {}
function setup(thread)
  thread:set("id", #threads)
  threads[#threads + 1] = thread
end
function init(args)
  counter = id * 7919
  errs = 0
end
request = function()
  counter = counter + 1
  return wrk.format("GET", urls[(counter %% #urls) + 1])
end
response = function(status, headers, body)
  if status ~= 200 then errs = errs + 1 end
end
done = function(summary, latency, requests)
  local e = 0
  for _, t in ipairs(threads) do e = e + t:get("errs") end
  io.write(string.format("RESULT {\\"requests\\": %%d, \\"p50\\": %%d, \\"p90\\": %%d, \\"p99\\": %%d, \\"max\\": %%d, \\"mean\\": %%f, " ..
    "\\"non200\\": %%d, \\"connect\\": %%d, \\"read\\": %%d, \\"write\\": %%d, \\"timeout\\": %%d, \\"status\\": %%d, \\"seconds\\": %%f}\\n",
    summary.requests, latency:percentile(50), latency:percentile(90), latency:percentile(99), latency.max, latency.mean,
    e, summary.errors.connect, summary.errors.read, summary.errors.write, summary.errors.timeout, summary.errors.status,
    summary.duration / 1e6))
end
"""


def run_wrk(port: int, urls: list[str], clients: int, seconds: int, folder: Path) -> dict:
    (folder / "urls.txt").write_text("\n".join(urls) + "\n")
    (folder / "load.lua").write_text(WRK_SCRIPT % {"urls": folder / "urls.txt"})
    threads = min(2, clients)
    out = subprocess.run(["wrk", f"-t{threads}", f"-c{clients}", f"-d{seconds}s", "--timeout", "10s",
                          "-s", str(folder / "load.lua"), f"http://127.0.0.1:{port}"], capture_output=True, text=True, check=True).stdout
    line = next(x for x in out.splitlines() if x.startswith("RESULT "))
    r = json.loads(line[len("RESULT "):])
    errors = r["non200"] + r["connect"] + r["read"] + r["write"] + r["timeout"]
    return {"client": f"wrk 4 ({threads} threads)", "requests": r["requests"], "seconds": r["seconds"],
            "p50_ms": r["p50"] / 1000, "p90_ms": r["p90"] / 1000, "p99_ms": r["p99"] / 1000, "max_ms": r["max"] / 1000,
            "errors": errors, "error_detail": {k: r[k] for k in ("non200", "connect", "read", "write", "timeout")}}


async def _python_load(port: int, urls: list[str], clients: int, seconds: int) -> dict:
    latencies: list[float] = []
    errors = {"non200": 0, "socket": 0, "timeout": 0}
    counter = 0
    stop = time.monotonic() + seconds

    async def one_client(i: int) -> None:
        nonlocal counter
        reader = writer = None
        while time.monotonic() < stop:
            counter += 1
            url = urls[(counter + i * 7919) % len(urls)]
            try:
                if writer is None:
                    reader, writer = await asyncio.open_connection("127.0.0.1", port)
                t0 = time.perf_counter()
                writer.write(f"GET {url} HTTP/1.1\r\nHost: bench\r\n\r\n".encode())
                async with asyncio.timeout(10):
                    head = await reader.readuntil(b"\r\n\r\n")
                    status = int(head.split(b" ", 2)[1])
                    length = next(int(v) for k, _, v in (h.partition(b":") for h in head.split(b"\r\n")[1:]) if k.lower() == b"content-length")
                    await reader.readexactly(length)
                latencies.append(time.perf_counter() - t0)
                if status != 200:
                    errors["non200"] += 1
                if b"connection: close" in head.lower():
                    writer.close()
                    writer = None
            except TimeoutError:
                errors["timeout"] += 1
                writer = None
            except (OSError, asyncio.IncompleteReadError, StopIteration, ValueError):
                errors["socket"] += 1
                writer = None
        if writer is not None:
            writer.close()

    t0 = time.monotonic()
    await asyncio.gather(*(one_client(i) for i in range(clients)))
    elapsed = time.monotonic() - t0
    latencies.sort()

    def pct(p: float) -> float:
        return latencies[min(len(latencies) - 1, int(p / 100 * len(latencies)))] * 1000 if latencies else float("nan")

    return {"client": "python asyncio (1 process)", "requests": len(latencies), "seconds": elapsed,
            "p50_ms": pct(50), "p90_ms": pct(90), "p99_ms": pct(99), "max_ms": latencies[-1] * 1000 if latencies else float("nan"),
            "errors": sum(errors.values()), "error_detail": errors}


def check_urls(port: int, urls: list[str]) -> tuple[int, list[int]]:
    """Fetch each URL once (also warms the server); returns non-200 count and the totals seen."""
    bad, totals = 0, []
    for url in urls:
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}{url}", timeout=30) as r:
                totals.append(json.loads(r.read())["total"])
        except OSError as exc:
            bad += 1
            print(f"  {url}: {exc}", file=sys.stderr)
    return bad, totals


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--clients", type=int, default=50)
    ap.add_argument("--seconds", type=int, default=30)
    ap.add_argument("--client", choices=["wrk", "python"], default="wrk" if shutil.which("wrk") else "python")
    ap.add_argument("--shared", type=Path, default=DEFAULT_SHARED)
    ap.add_argument("--store", type=Path, help="serve this store instead of building one (e.g. a scratch copy with indexes)")
    ap.add_argument("--urls", type=int, default=400, help="distinct filter combinations")
    ap.add_argument("--rebuild", action="store_true")
    ap.add_argument("--threads", type=int, default=0, help="experiment: worker threads of the server (default: ServerLimits)")
    ap.add_argument("--duckdb-threads", type=int, default=0, help="experiment: DuckDB's threads setting in the server (default: DuckDB's)")
    ap.add_argument("--no-check", action="store_true", help="skip fetching every URL once before the run")
    args = ap.parse_args()

    BUILD.mkdir(parents=True, exist_ok=True)
    base = BUILD / "base.duckdb"
    if args.rebuild or not base.exists():
        build_base(base, args.shared)
    db = args.store or BUILD / f"events-{args.events}.duckdb"
    if args.store is None and (args.rebuild or not db.exists()):
        build_replicated(base, db, args.events)
    s = store_summary(db)
    print(f"store {db}: {s['events']:,} events, {s['articles']:,} articles ({s['size_mb']:.0f} MB), "
          f"published {s['first']}..{s['last']}; rows REPLICATED from the coded articles in {base.name} (see the docstring)")

    urls = make_urls(s, args.urls)
    port = free_port()
    with tempfile.TemporaryDirectory() as tmp:
        served = Path(tmp) / "served.duckdb"  # the server opens its store read-write: serve a copy, keep the cache pristine
        shutil.copyfile(db, served)
        proc = start_server(served, port, args.threads, args.duckdb_threads)
        try:
            t0 = time.perf_counter()
            bad, totals = check_urls(port, urls if not args.no_check else urls[:20])
            totals.sort()
            print(f"{len(urls)} distinct URLs fetched once in {time.perf_counter() - t0:.1f} s: {bad} not 200; "
                  f"matching events per URL: median {totals[len(totals) // 2] if totals else 0:,}, "
                  f"max {max(totals, default=0):,}, zero for {sum(1 for t in totals if t == 0)}")
            load_before = os.getloadavg()
            cpu_before = cpu_seconds(proc.pid)
            if args.client == "wrk":
                r = run_wrk(port, urls, args.clients, args.seconds, Path(tmp))
            else:
                r = asyncio.run(_python_load(port, urls, args.clients, args.seconds))
            load_after = os.getloadavg()
            server_cpu = cpu_seconds(proc.pid) - cpu_before
            peak_mb = proc_status(proc.pid, "VmHWM") / 1024
            alive = proc.poll() is None
        finally:
            proc.terminate()
            proc.wait(10)
    rate = r["requests"] / r["seconds"]
    tuned = f"; server threads {args.threads or 'default'}, DuckDB threads {args.duckdb_threads or 'default'}" if args.threads or args.duckdb_threads else ""
    print(f"GET /v1/events, {args.clients} concurrent clients, {r['seconds']:.0f} s, client: {r['client']}{tuned}")
    print(f"  requests {r['requests']:,}  ({rate:.0f}/s)   unique URLs {len(urls)} (unique-request ratio {len(urls) / max(r['requests'], 1):.3f}; no result cache)")
    print(f"  latency  p50 {r['p50_ms']:.1f} ms   p90 {r['p90_ms']:.1f} ms   p99 {r['p99_ms']:.1f} ms   max {r['max_ms']:.1f} ms")
    print(f"  errors   {r['errors']}  {r['error_detail']}")
    per_request = server_cpu / max(r["requests"], 1) * 1000
    print(f"  server   peak RSS {peak_mb:.0f} MB, {'still running' if alive else 'DIED'}; CPU {per_request:.1f} ms per request "
          f"(so at most ~{(os.cpu_count() or 1) * 1000 / per_request:.0f} requests/s on {os.cpu_count()} idle cores, "
          f"and with {args.clients} clients a mean latency of at least ~{args.clients * per_request / (os.cpu_count() or 1):.0f} ms)")
    print(f"  load average before {' '.join(f'{x:.2f}' for x in load_before)}, after {' '.join(f'{x:.2f}' for x in load_after)} "
          f"({os.cpu_count()} cores; the client runs on the same machine)")
    verdict = "met" if r["p99_ms"] < 200 and r["errors"] == 0 else "NOT met"
    print(f"  target p99 < 200 ms with 0 errors: {verdict}")


if __name__ == "__main__":
    main()
