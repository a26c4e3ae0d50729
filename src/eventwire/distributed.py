"""Corpus runs on Dask distributed: the same code path on a laptop (a LocalCluster
started here) and on a real cluster (a scheduler address).

    plan      the inputs (files, folders, globs, JSONL files) become partitions of
              ~`partition_size` documents: whole files, or line ranges of a JSONL file
    code      each partition is one Dask task; the worker codes it with a Pipeline it
              loaded once (a worker plugin loads it when the worker starts) and
              writes one Parquet part: one row per article (its JSON) or per bad input
    merge     the driver merges parts into the store as they finish, through
              `Store.add`, so content-hash dedupe applies as in a local run

Parts are written atomically (temporary name, then rename) in a run folder named
after the plan, next to the store. If a run is interrupted, rerunning the same
command reuses the parts already written and merges them again (already-stored
articles are skipped by content hash), so nothing is lost and nothing doubled. The
folder is removed when a run finishes cleanly.

On a real cluster every worker needs eventwire installed (same version) and must
see the input paths and the run folder (a shared filesystem); the driver alone
opens the store.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import resource
import shutil
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

import duckdb

from .ingest.errors import InputError
from .ingest.raw import RawArticle
from .model import Article
from .settings import Settings
from .store.base import Store

log = logging.getLogger(__name__)

PART_COLUMNS = "kind VARCHAR, source VARCHAR, content_hash VARCHAR, reason VARCHAR, doc VARCHAR"
GLOB_CHARS = set("*?[")


# ---------------------------------------------------------------------------- plan


@dataclass(frozen=True)
class Unit:
    """A piece of input a worker reads on its own: a whole file, lines [first, last] (1-based)
    of a JSONL file, or bytes [first, last) of a WARC archive (cut at record boundaries)."""

    path: str
    first: int | None = None
    last: int | None = None
    kind: str = "file"  # "file" | "lines" | "bytes"
    weight: int = 1  # documents, roughly: lines, or response records for a WARC slice
    nbytes: int = 0  # input bytes: the work it holds, roughly (longest partitions are coded first)

    @property
    def size(self) -> int:
        return self.last - self.first + 1 if self.kind == "lines" else self.weight  # type: ignore[operator]

    def describe(self) -> str:
        if self.kind == "lines":
            return f"{self.path}:{self.first}-{self.last}"
        if self.kind == "bytes":
            return f"{self.path}@{self.first}-{'end' if self.last is None else self.last}"
        return self.path


@dataclass(frozen=True)
class Partition:
    index: int
    units: tuple[Unit, ...]

    @property
    def name(self) -> str:
        return f"part-{self.index:05d}"

    @property
    def nbytes(self) -> int:
        return sum(u.nbytes for u in self.units)

    def describe(self) -> str:
        first, last = self.units[0].describe(), self.units[-1].describe()
        return first if len(self.units) == 1 else f"{first} .. {last} ({len(self.units)} inputs)"


def _is_jsonl(path: str) -> bool:
    """Plain JSONL is cut into line ranges, WARC archives into record ranges; .jsonl.gz and feeds are read whole by one worker."""
    return Path(path).suffix.lower() in {".jsonl", ".ndjson"}


def expand_sources(sources: Iterable[str], jsonl_chunk: int) -> tuple[list[Unit], list[InputError]]:
    """Folders, globs and files → units, choosing files as `read_inputs` does (same order, same
    file kinds); plain JSONL files are cut into line ranges of `jsonl_chunk` records, WARC
    archives into byte ranges of about `jsonl_chunk` response records."""
    from .ingest.sources import expand_glob, walk_folder
    from .ingest.warc import is_warc

    units: list[Unit] = []
    errors: list[InputError] = []
    for given in sources:
        path = Path(given)
        if given == "-":
            errors.append(InputError("<stdin>", "stdin cannot be split across workers; give files or folders"))
            continue
        if path.is_dir():
            files = [str(p.resolve()) for p in walk_folder(path)]
            if not files:
                errors.append(InputError(given, "folder holds no files eventwire reads"))
        elif path.exists():
            files = [str(path.resolve())]
        elif GLOB_CHARS & set(given):
            files = [str(p.resolve()) for p in expand_glob(given)]
            if not files:
                errors.append(InputError(given, "glob matches no files"))
        else:
            errors.append(InputError(given, "no such file or folder"))
            continue
        for file in files:
            if _is_jsonl(file):
                units.extend(_jsonl_units(file, jsonl_chunk))
            elif is_warc(Path(file)):
                units.extend(_warc_units(file, jsonl_chunk))
            else:
                units.append(Unit(file, nbytes=_file_size(file)))
    return units, errors


def _jsonl_units(path: str, chunk: int) -> Iterator[Unit]:
    """Count lines in a streaming pass (bounded memory) and cut the file into ranges."""
    n = size = 0
    with open(path, "rb") as handle:
        for line in handle:
            n += 1
            size += len(line)
            if n % chunk == 0:
                yield Unit(path, n - chunk + 1, n, kind="lines", nbytes=size)
                size = 0
    if n % chunk:
        yield Unit(path, n - n % chunk + 1, n, kind="lines", nbytes=size)
    if n == 0:
        yield Unit(path)  # let the reader say what is wrong with it


def _warc_units(path: str, chunk: int) -> Iterator[Unit]:
    """One streamed pass over the archive finds record offsets; each slice holds about `chunk`
    response records. An archive that cannot be cut is one unit, read whole."""
    from .ingest.warc import record_boundaries

    cuts = record_boundaries(Path(path), chunk)
    size = _file_size(path)
    if len(cuts) == 1:
        yield Unit(path, weight=chunk, nbytes=size)
        return
    for start, end in zip(cuts, cuts[1:] + [None]):
        yield Unit(path, start, end, kind="bytes", weight=chunk, nbytes=(size if end is None else end) - start)


def _file_size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0


def plan_partitions(units: list[Unit], partition_size: int) -> list[Partition]:
    partitions: list[Partition] = []
    current: list[Unit] = []
    weight = 0
    for unit in units:
        if current and weight + unit.size > partition_size:
            partitions.append(Partition(len(partitions), tuple(current)))
            current, weight = [], 0
        current.append(unit)
        weight += unit.size
    if current:
        partitions.append(Partition(len(partitions), tuple(current)))
    return partitions


def plan_id(partitions: list[Partition], settings: Settings) -> str:
    """Same inputs, same partitioning, same settings → same run folder (that is what makes resume work)."""
    digest = hashlib.sha256(repr(settings).encode())
    for p in partitions:
        for u in p.units:
            try:
                stat = os.stat(u.path)
                mark = f"{stat.st_size}:{stat.st_mtime_ns}"
            except OSError:
                mark = "missing"
            digest.update(f"{p.index}\t{u.describe()}\t{mark}\n".encode())
    return digest.hexdigest()[:16]


# ---------------------------------------------------------------------------- worker side

_PIPELINES: dict[tuple[str, Settings], object] = {}


def _worker_key() -> str:
    try:
        from distributed import get_worker

        return get_worker().address
    except (ImportError, ValueError):
        return "local"


def worker_pipeline(settings: Settings):  # noqa: ANN201 - Pipeline, imported lazily
    """The worker's Pipeline, loaded once per worker (per worker, not per process, so that
    thread-based workers in one process do not share one spaCy object across threads)."""
    key = (_worker_key(), settings)
    pipeline = _PIPELINES.get(key)
    if pipeline is None:
        from .pipeline import Pipeline

        pipeline = _PIPELINES[key] = Pipeline(settings)
        pipeline.code_text("Warm-up: troops entered Doha on Monday.")  # type: ignore[attr-defined]
    return pipeline


try:
    from distributed.diagnostics.plugin import WorkerPlugin
except ImportError:  # pragma: no cover - dask is an optional dependency
    WorkerPlugin = object  # type: ignore[assignment,misc]


class PipelineLoader(WorkerPlugin):  # type: ignore[misc,valid-type]
    """Loads the pipeline when a worker starts (also on workers that join later), so
    the first task does not pay for it and all workers load in parallel."""

    name = "eventwire-pipeline"

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def setup(self, worker) -> None:  # noqa: ANN001
        key = (worker.address, self.settings)
        if key not in _PIPELINES:
            from .pipeline import Pipeline

            pipeline = Pipeline(self.settings)
            pipeline.code_text("Warm-up: troops entered Doha on Monday.")
            _PIPELINES[key] = pipeline

    def teardown(self, worker) -> None:  # noqa: ANN001
        _PIPELINES.pop((worker.address, self.settings), None)


def _read_unit(unit: Unit) -> Iterator[RawArticle | InputError]:
    if unit.kind == "file":
        from .ingest.sources import read_file

        yield from read_file(Path(unit.path))
        return
    if unit.kind == "bytes":
        from .ingest.warc import read_warc

        yield from read_warc(Path(unit.path), start=unit.first or 0, end=unit.last)
        return
    from .ingest.jsonl import read_jsonl

    # read_jsonl numbers lines from 1; renumber so sources read "path:LINE" with the file's own line numbers
    try:
        handle = open(unit.path, "rb")
    except OSError as exc:
        yield InputError(unit.path, f"cannot open: {exc.strerror}")
        return
    with handle:
        lines = islice(handle, unit.first - 1, unit.last)
        for item in read_jsonl(Path(unit.path), lines):
            yield _renumber(item, unit.path, unit.first - 1)


def _renumber(item: RawArticle | InputError, path: str, offset: int) -> RawArticle | InputError:
    prefix = f"{path}:"
    source = item.source
    if source.startswith(prefix) and source[len(prefix):].isdigit():
        source = f"{path}:{int(source[len(prefix):]) + offset}"
        if isinstance(item, InputError):
            return InputError(source, item.reason)
        item.source = source
    return item


class _PartWriter:
    """Rows go to an on-disk DuckDB scratch file in batches (bounded memory even for a
    partition that is one large WARC), then out as one Parquet file, renamed into place."""

    def __init__(self, target: Path, batch: int = 64) -> None:
        self.target = target
        self.tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        self.scratch = target.with_name(f".{target.name}.{os.getpid()}.duckdb.tmp")
        self.scratch.unlink(missing_ok=True)
        self.con = duckdb.connect(str(self.scratch))
        self.con.execute(f"CREATE TABLE part ({PART_COLUMNS})")
        self.rows: list[tuple] = []
        self.batch = batch

    def add(self, row: tuple) -> None:
        self.rows.append(row)
        if len(self.rows) >= self.batch:
            self._flush()

    def _flush(self) -> None:
        if self.rows:
            self.con.executemany("INSERT INTO part VALUES (?, ?, ?, ?, ?)", self.rows)
            self.rows = []

    def finish(self) -> None:
        try:
            self._flush()
            self.con.execute(f"COPY part TO '{_sql_path(self.tmp)}' (FORMAT parquet, COMPRESSION zstd)")
        finally:
            self.con.close()
            for leftover in (self.scratch, self.scratch.with_name(self.scratch.name + ".wal")):
                leftover.unlink(missing_ok=True)
        os.replace(self.tmp, self.target)


def _sql_path(path: Path) -> str:
    return str(path).replace("'", "''")


def code_partition(partition: Partition, run_dir: str, settings: Settings, known: frozenset[str] | None = None) -> dict:
    """One Dask task: code a partition and write its Parquet part. Returns a small summary
    (the articles travel through the part file, not through the scheduler)."""
    from .prepare import prepare

    target = Path(run_dir) / f"{partition.name}.parquet"
    started, cpu_started = time.perf_counter(), time.process_time()
    summary = {"partition": partition.index, "part": str(target), "worker": _worker_key(), "pid": os.getpid(), "reused": False}
    if target.exists():  # written by an earlier, interrupted run
        summary.update(reused=True, articles=None, errors=None, skipped=0, seconds=0.0, cpu_seconds=0.0, rss_mb=_peak_rss_mb())
        return summary
    pipeline = worker_pipeline(settings)
    skipped = 0

    def inputs() -> Iterator[RawArticle | InputError]:  # streamed: a partition may be one large archive
        nonlocal skipped
        for unit in partition.units:
            for item in _read_unit(unit):
                if known and isinstance(item, RawArticle):
                    prepared = prepare(RawArticle(**vars(item)), settings)  # prepare may fill .text from .html: work on a copy
                    if isinstance(prepared, Article) and prepared.content_hash in known:
                        skipped += 1
                        continue
                yield item

    writer = _PartWriter(target)
    articles = errors = 0
    for result in pipeline.run(inputs()):  # type: ignore[attr-defined]
        if isinstance(result, InputError):
            errors += 1
            writer.add(("error", result.source, None, result.reason, None))
        else:
            articles += 1
            writer.add(("article", result.source, result.content_hash, None, result.model_dump_json()))
    writer.finish()
    summary.update(articles=articles, errors=errors, skipped=skipped, seconds=time.perf_counter() - started,
                   cpu_seconds=time.process_time() - cpu_started, rss_mb=_peak_rss_mb())
    return summary


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


# ---------------------------------------------------------------------------- driver side


@dataclass
class DistributedResult:
    partitions: int = 0
    stored: int = 0  # articles newly written to the store
    duplicates: int = 0  # coded, but the store already held the content hash
    near_duplicates: int = 0  # coded, but a near-duplicate of a stored article (only with near_dup_threshold)
    skipped: int = 0  # not coded: the store already held the content hash before the run
    errors: int = 0  # bad inputs (one line each through on_error)
    reused_parts: int = 0  # parts left by an interrupted run and merged again
    failed_partitions: int = 0
    seconds: float = 0.0
    ready_seconds: float = 0.0  # planning + cluster start + pipeline loaded on the workers, inside `seconds`
    workers: dict[str, float] = field(default_factory=dict)  # worker address → peak RSS (MB) of its process
    worker_cpu_seconds: float = 0.0  # CPU time the workers spent coding and writing parts
    merge_cpu_seconds: float = 0.0  # CPU time this process spent merging parts into the store
    run_dir: str = ""

    @property
    def articles(self) -> int:
        """Articles coded (or found coded in a reused part) in this run."""
        return self.stored + self.duplicates + self.near_duplicates

    def as_dict(self) -> dict:
        return {**vars(self), "articles": self.articles}


def default_run_root(store: Store) -> Path:
    """Next to a store file; for a database server (postgresql://), in the working directory
    (on a real cluster, start the run where the workers see that folder)."""
    if store.location == ":memory:":
        import tempfile

        return Path(tempfile.gettempdir()) / "eventwire-runs"
    if "://" in store.location:
        return Path.cwd() / ".eventwire-runs"
    return Path(f"{store.location}.runs")


def _part_rows(part: Path, batch: int = 256) -> Iterator[tuple]:
    con = duckdb.connect()  # its own connection: the store's is busy with the inserts
    try:
        cursor = con.execute(f"SELECT kind, source, content_hash, reason, doc FROM read_parquet('{_sql_path(part)}')")
        while rows := cursor.fetchmany(batch):
            yield from rows
    finally:
        con.close()


def merge_part(
    store: Store,
    part: Path,
    on_error: Callable[[InputError], None],
    dedupe=None,  # noqa: ANN001 - eventwire.runner.Dedupe, for near-duplicate checks
    on_duplicate: Callable[[Article, object], None] | None = None,
    batch: int = 64,
) -> tuple[int, int, int, int]:
    """Parquet part → store through `Store.add_many`, `batch` articles per transaction
    (content-hash dedupe; near-duplicates too when `dedupe` is given). A batch is all or
    nothing, and parts are kept until the run ends, so a crash mid-merge loses nothing.
    Returns (stored, duplicates, near_duplicates, errors)."""
    stored = duplicates = near = errors = 0
    pending: list[Article] = []

    def flush() -> None:
        nonlocal stored, duplicates
        for article, new in zip(pending, store.add_many(pending)):
            stored += new
            duplicates += not new
            if dedupe is not None:
                dedupe.stored(article)
        pending.clear()

    for kind, source, content_hash, reason, doc in _part_rows(part):
        if kind == "error":
            errors += 1
            on_error(InputError(source, reason))
            continue
        if store.has(content_hash):  # cheap check before parsing the JSON
            duplicates += 1
            continue
        article = Article.model_validate_json(doc)
        if dedupe is not None:
            verdict = dedupe.check(article)  # also sees the pending batch: it holds checked articles until stored
            if verdict is not None:
                if verdict.near:
                    near += 1
                else:
                    duplicates += 1
                if on_duplicate is not None:
                    on_duplicate(article, verdict)
                continue
        pending.append(article)
        if len(pending) >= batch:
            flush()
    flush()
    return stored, duplicates, near, errors


def run_distributed(
    sources: Iterable[str],
    store: Store,
    *,
    address: str | None = None,
    workers: int | None = None,
    settings: Settings | None = None,
    partition_size: int = 32,
    run_dir: str | Path | None = None,
    keep_parts: bool = False,
    skip_known: bool = True,
    processes: bool = True,
    near_dup_threshold: float | None = None,
    on_error: Callable[[InputError], None] | None = None,
    on_duplicate: Callable[[Article, object], None] | None = None,
    on_progress: Callable[[DistributedResult, int], None] | None = None,
) -> DistributedResult:
    """Code `sources` on Dask and merge the results into `store`.

    address    a scheduler ("tcp://host:8786"); else a LocalCluster of `workers` workers
               (default: one per core), one thread each (spaCy is CPU-bound).
    processes  LocalCluster only: worker processes (real parallelism) or threads (tests).
    near_dup_threshold  also drop, at merge time, articles whose MinHash Jaccard with a stored
               one reaches this (as `eventwire run --near-dup`); None: content hash only.
               Workers skip articles already stored by hash before parsing; near-duplicates
               are only known at merge time, so they are coded, then not stored.
    on_error   called with each bad input (`str(error)` is a one-line "source: reason").
    on_duplicate called with (article, verdict) for each near or exact duplicate found by `dedupe`.
    on_progress called after each merged part with the running totals and the number of parts.
    """
    from distributed import Client, LocalCluster, as_completed

    settings = settings or Settings()
    report = on_error or (lambda e: log.warning("%s", e))
    started = time.perf_counter()
    units, bad = expand_sources(sources, partition_size)
    result = DistributedResult()
    for error in bad:
        result.errors += 1
        report(error)
    partitions = plan_partitions(units, partition_size)
    result.partitions = len(partitions)
    if not partitions:
        result.seconds = time.perf_counter() - started
        return result
    folder = Path(run_dir) if run_dir else default_run_root(store) / plan_id(partitions, settings)
    folder.mkdir(parents=True, exist_ok=True)
    result.run_dir = str(folder)
    (folder / "plan.json").write_text(json.dumps({"partitions": [[u.describe() for u in p.units] for p in partitions]}), "utf-8")
    for stale in folder.glob(".part-*.tmp*"):  # half-written by a killed worker
        stale.unlink(missing_ok=True)

    dedupe = None
    if near_dup_threshold:
        from .runner import Dedupe

        dedupe = Dedupe(store, near_dup_threshold)
    cluster = None
    if address is None:
        n = workers or os.cpu_count() or 1
        # silence_logs: the workers' own logs (shutdown races under load print CommClosedError tracebacks);
        # what matters reaches the user anyway: bad inputs as error rows, failed tasks through their futures
        cluster = LocalCluster(n_workers=n, threads_per_worker=1, processes=processes, dashboard_address=":0", memory_limit=0,
                               silence_logs=logging.CRITICAL)
    client = None
    try:
        client = Client(address if address is not None else cluster)
        client.register_plugin(PipelineLoader(settings))  # waits until the current workers have loaded it
        result.ready_seconds = time.perf_counter() - started
        known = frozenset(r[0] for r in store.con.execute("SELECT content_hash FROM articles").fetchall()) if skip_known else frozenset()
        known_arg = client.scatter([known], broadcast=True)[0] if known else None  # a list: scatter would split a bare set
        # the largest partitions first (priority), so the run does not end waiting on one long task
        futures = [
            client.submit(code_partition, p, str(folder), settings, known_arg, key=f"eventwire-{folder.name}-{p.name}", pure=False,
                          priority=p.nbytes)
            for p in partitions
        ]
        by_key = {f.key: p for f, p in zip(futures, partitions)}
        for future in as_completed(futures):
            partition = by_key[future.key]
            try:
                summary = future.result()
            except Exception as exc:  # a task that failed on every retry: report its inputs, keep merging the rest
                result.failed_partitions += 1
                result.errors += 1
                report(InputError(partition.describe(), f"partition failed on the cluster: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}"))
                continue
            finally:
                future.release()
            result.skipped += summary["skipped"]
            result.reused_parts += int(summary["reused"])
            if not summary["reused"]:
                result.workers[summary["worker"]] = max(result.workers.get(summary["worker"], 0.0), summary["rss_mb"])
            result.worker_cpu_seconds += summary["cpu_seconds"]
            cpu = time.process_time()
            stored, dup, near, errs = merge_part(store, Path(summary["part"]), report, dedupe, on_duplicate)
            result.merge_cpu_seconds += time.process_time() - cpu
            result.stored += stored
            result.duplicates += dup
            result.near_duplicates += near
            result.errors += errs
            if on_progress:
                on_progress(result, len(partitions))
    finally:
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()
    if not keep_parts and not result.failed_partitions:
        shutil.rmtree(folder, ignore_errors=True)
    result.seconds = time.perf_counter() - started
    return result


# ---------------------------------------------------------------------------- CLI edge


def run_cli(
    sources: list[str],
    store: Store,
    settings: Settings,
    console,  # noqa: ANN001 - rich Console (stderr)
    *,
    address: str | None = None,
    workers: int | None = None,
    near_dup: float | None = None,
    live: bool = False,
    every: float = 10.0,
    strict: bool = False,
    partition_size: int = 32,
) -> int:
    """`eventwire run --dask ADDRESS | --workers N`: the same report and exit status as a local
    run (one line per bad input, progress, summary with skips by reason, 3 with `strict` if
    anything was skipped). Closes the store. Returns the exit status."""
    from .runner import ConsoleReporter, RunCounts, finish_run

    counts = RunCounts()
    reporter = ConsoleReporter(console, 0, live=live, every=every)

    def skipped(error: InputError) -> None:
        counts.skip(error)  # for the reasons; the totals come from the run's result (_fill)
        reporter.skipped(error)

    def progress(result: DistributedResult, total: int) -> None:
        reporter.total = total  # progress counted in partitions merged, not bytes
        reporter.bytes_read(1)
        _fill(counts, result)
        reporter.tick(counts)

    status = 0
    result = DistributedResult()
    try:
        result = run_distributed(
            sources, store, address=address, workers=workers, settings=settings, near_dup_threshold=near_dup or None,
            partition_size=partition_size,
            on_error=skipped, on_duplicate=reporter.duplicate, on_progress=progress,
        )
        _fill(counts, result)
        if reporter.progress is not None or time.monotonic() - reporter.last > 1.0:  # not twice in a row
            reporter.tick(counts, force=True)
    except KeyboardInterrupt:
        status = 130
    except OSError as exc:  # scheduler unreachable, run folder not writable
        console.print(f"eventwire: {exc}", markup=False)
        status = 2
    except Exception as exc:
        from .store import StoreError

        if not isinstance(exc, StoreError):
            raise
        console.print(f"eventwire: {exc}; stopped (rerun the same command to resume)", markup=False)
        status = 2
    finally:
        reporter.close()
        store.close()
    if status == 130:
        console.print("eventwire: interrupted; coded parts are kept, rerun the same command to resume", markup=False)
    where = f"Dask scheduler {address}" if address else f"{workers or os.cpu_count()} local Dask worker(s)"
    return finish_run(console, counts, f"on {where} (store {store.location})", status, strict)


def _fill(counts, result: DistributedResult) -> None:  # noqa: ANN001 - runner.RunCounts
    counts.read = result.articles + result.skipped
    counts.stored = result.stored
    counts.duplicates = result.duplicates + result.skipped
    counts.near_duplicates = result.near_duplicates
    counts.skipped = result.errors
