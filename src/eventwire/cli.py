"""The `eventwire` command. A thin edge: it builds a Pipeline, moves articles in
and out, and reports; extraction logic lives in the stages."""

from __future__ import annotations

import json
import sys
from datetime import date
from enum import Enum
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console

from . import __version__

app = typer.Typer(
    name="eventwire",
    help="Turn news articles into auditable political event data: who did what to whom, where and when, "
    "with character offsets for every field.\n\nExample: eventwire code article.txt --published 2021-08-10",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode="rich",
)
eval_app = typer.Typer(help="Score eventwire against annotated data you bring (GeoWebNews, TimeBank, PolNeAR, PLOVER GSR, CAMEO codebook, ConfliBERT, event clusters).", no_args_is_help=True)
app.add_typer(eval_app, name="eval")

err = Console(stderr=True, highlight=False, soft_wrap=True)


def _console(file=None) -> Console:  # noqa: ANN001
    """Tables stay readable when piped or written to a file (rich would fall back to 80 columns)."""
    handle = file or sys.stdout
    return Console(file=handle, width=None if handle.isatty() else 160, highlight=False)


class Format(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"


def _parse_date(value: Optional[str]) -> Optional[date]:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date in YYYY-MM-DD form") from None


def _version(show: bool) -> None:
    if show:
        print(f"eventwire {__version__}")
        raise typer.Exit()


@app.callback()
def main(version: Annotated[bool, typer.Option("--version", callback=_version, is_eager=True, help="Print the version and exit.")] = False) -> None:
    """eventwire: news in, event data out."""


@app.command()
def code(
    paths: Annotated[list[str], typer.Argument(help="Inputs: .txt, .html, .jsonl files, folders of them, or - for stdin.", show_default=False)],
    published: Annotated[Optional[str], typer.Option(help="Publication date (YYYY-MM-DD) for inputs that carry none of their own (text files, stdin); relative dates are resolved against it.")] = None,
    format: Annotated[Format, typer.Option("--format", "-f", help="table for reading, json (one object per line, the output contract), csv (one row per finding).")] = Format.table,
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Write output to this file instead of stdout.")] = None,
    db: Annotated[Optional[str], typer.Option(help="Also append every coded article to this store (DuckDB file or postgresql:// URL); articles already stored (same cleaned text) are skipped.")] = None,
    explain: Annotated[bool, typer.Option("--explain", help="After each article, show for every sentence why it was or was not coded (on stderr with json/csv).")] = False,
) -> None:
    """Code articles: places, dates, actors, events and quotes, with evidence; print or store the result.

    Example: eventwire code seed.txt --published 2021-08-10 --format json --db events.duckdb

    Bad inputs (binary, empty, undecodable, malformed JSONL lines) are reported on stderr, one line each, and skipped; the run continues. Exit status is 1 only if no input could be coded.
    """
    from .ingest import InputError, read_inputs
    from .pipeline import Pipeline
    from .render import CSV_FIELDS, article_json, article_rows, print_explanation, print_table
    from .settings import Settings
    from .store import StoreError, open_store

    settings = Settings(default_published=_parse_date(published))
    store = None
    if db is not None:
        try:
            store = open_store(str(db))
        except StoreError as exc:
            err.print(f"eventwire: {exc}", markup=False)
            raise typer.Exit(2) from None
    handle = out.open("w", encoding="utf-8", newline="") if out else sys.stdout
    console = _console(handle)
    writer = None
    if format is Format.csv:
        import csv

        writer = csv.DictWriter(handle, fieldnames=CSV_FIELDS)
        writer.writeheader()
    coded = skipped = stored = 0
    try:
        for document in Pipeline(settings).run_documents(read_inputs(paths)):
            if isinstance(document, InputError):
                skipped += 1
                err.print(f"eventwire: skipped {document}", markup=False)
                continue
            result = document.article
            coded += 1
            if format is Format.json:
                handle.write(article_json(result) + "\n")
            elif writer is not None:
                writer.writerows(article_rows(result))
            else:
                print_table(result, console)
            if explain:
                print_explanation(document, console if format is Format.table else _console(sys.stderr))
            if store is not None:
                try:
                    stored += store.add(result)
                except StoreError as exc:
                    err.print(f"eventwire: {exc}", markup=False)
    finally:
        if out:
            handle.close()
        if store is not None:
            store.close()
    summary = f"eventwire: coded {coded} article(s), skipped {skipped}"
    if store is not None:
        summary += f"; stored {stored} new in {store.location} ({coded - stored} already there)"
    err.print(summary, markup=False)
    if coded == 0:
        raise typer.Exit(1)


@app.command()
def run(
    sources: Annotated[list[str], typer.Argument(help="Folders, globs, .txt/.html files, .jsonl(.gz), RSS/Atom feeds (.rss, .atom, feed .xml), WARC archives (.warc, .warc.gz).", show_default=False)],
    db: Annotated[str, typer.Option(help="Store to add coded articles to: a DuckDB file (created if missing) or a postgresql:// URL.")],
    published: Annotated[Optional[str], typer.Option(help="Publication date (YYYY-MM-DD) for inputs that carry none of their own.")] = None,
    near_dup: Annotated[float, typer.Option("--near-dup", min=0.0, max=1.0, help="Skip an article whose text has at least this Jaccard similarity (word 3-shingles, MinHash) with a stored one; 0 turns it off.")] = 0.9,
    progress: Annotated[Optional[bool], typer.Option("--progress/--no-progress", help="Progress bar (default: on when stderr is a terminal; otherwise a log line every --log-every seconds).", show_default=False)] = None,
    log_every: Annotated[float, typer.Option(help="Seconds between progress log lines when there is no progress bar.")] = 10.0,
    batch_size: Annotated[int, typer.Option(min=1, help="Articles per spaCy batch.")] = 16,
    dask: Annotated[Optional[str], typer.Option("--dask", metavar="ADDRESS", help="Code on a Dask distributed cluster (scheduler address, e.g. tcp://host:8786); workers need eventwire installed and must see the inputs and the store's folder.", show_default=False)] = None,
    workers: Annotated[Optional[int], typer.Option("--workers", min=1, help="Code on a local Dask cluster of N worker processes (one per core); same code path as --dask.", show_default=False)] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 3 if any input was skipped (bad file, bad record, non-English, over a limit); without it skips are reported and the exit status is 0.")] = False,
    partition_size: Annotated[int, typer.Option("--partition-size", min=1, help="With --workers/--dask: documents per Dask task (JSONL files are cut into line ranges and WARC archives into record ranges of this size).")] = 32,
) -> None:
    """Code a corpus into a store, incrementally: articles already stored (same cleaned text) or near-duplicates of stored ones are skipped before parsing.

    Example: eventwire run news/ 'feeds/*.rss' CC-NEWS-20240101.warc.gz --db events.duckdb

    Every article is committed on its own, so an interrupted run (Ctrl-C, kill -9) is resumed by running the same command again: nothing is lost or doubled. Bad inputs and bad archive records (with their byte offsets) are reported on stderr, one line each, and the run continues. Exit status 0, with a summary (skipped inputs counted by reason); 1 if no input held any article; 2 if the store cannot be opened or written; 3 with --strict if any input was skipped; 130 if interrupted.
    """
    from .pipeline import Pipeline
    from .runner import ConsoleReporter, InterruptLatch, RunCounts, finish_run, run_corpus, total_bytes
    from .settings import Settings
    from .store import StoreError, open_store

    settings = Settings(default_published=_parse_date(published), batch_size=batch_size)
    try:
        store = open_store(str(db))
    except StoreError as exc:
        err.print(f"eventwire: {exc}", markup=False)
        raise typer.Exit(2) from None
    if dask is not None or workers is not None:  # partitions coded on Dask, parts merged into the store here
        from .distributed import run_cli

        status = run_cli(sources, store, settings, err, address=dask, workers=workers, near_dup=near_dup,
                         live=err.is_terminal if progress is None else progress, every=log_every, strict=strict,
                         partition_size=partition_size)
        if status:
            raise typer.Exit(status)
        return
    status = 0
    reporter = None
    counts = RunCounts()
    latch = InterruptLatch()
    try:
        with latch:
            pipeline = Pipeline(settings)
            counts = RunCounts()  # the rate counts coding, not model loading
            reporter = ConsoleReporter(err, total_bytes(sources), live=err.is_terminal if progress is None else progress, every=log_every)
            run_corpus(sources, store, pipeline, reporter, near_dup_threshold=near_dup or None, on_bytes=reporter.bytes_read,
                       counts=counts, latch=latch)
            reporter.tick(counts, force=True)
    except KeyboardInterrupt:
        status = 130
    except RuntimeError:
        if not latch.hit:
            raise
        status = 130  # DuckDB's form of the same Ctrl-C ('Query interrupted'); the open transaction is discarded
    except StoreError as exc:
        err.print(f"eventwire: {exc}; stopped (rerun the same command to resume)", markup=False)
        status = 2
    except OSError as exc:  # disk full, file-size limit, too many open files: the machine, not an input
        err.print(f"eventwire: {exc.strerror or exc} ({exc.filename or 'while writing'}); stopped, every article reported as stored is committed (rerun the same command to resume)", markup=False)
        status = 2
    finally:
        if reporter is not None:
            reporter.close()
        store.close()
    if status == 130:
        err.print("eventwire: interrupted; every article reported as stored is committed, rerun the same command to resume", markup=False)
    status = finish_run(err, counts, f"(store {store.location})", status, strict)
    if status:
        raise typer.Exit(status)


@app.command()
def schema(out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Write the JSON Schema to this file.")] = None) -> None:
    """Print the JSON Schema of the output contract (one Article object per input).

    Example: eventwire schema --out article.schema.json
    """
    from .model import Article

    text = json.dumps(Article.model_json_schema(), indent=2, sort_keys=True)
    if out:
        out.write_text(text + "\n", encoding="utf-8")
    else:
        print(text)


@eval_app.command("places")
def eval_places(
    path: Annotated[Path, typer.Argument(help="GeoWebNews XML file (GWN.xml).", exists=True, dir_okay=False)],
    limit: Annotated[Optional[int], typer.Option(help="Score only the first N articles.")] = None,
) -> None:
    """Toponym recognition and resolution against GeoWebNews: span recall/precision, share within 161 km.

    Example: eventwire eval places ../shared/data/geowebnews/GWN.xml
    """
    from .evaluate.places import evaluate_places

    _console().print(evaluate_places(path, limit=limit).table())


@eval_app.command("times")
def eval_times(
    path: Annotated[Path, typer.Argument(help="Folder of TimeML .tml files (TimeBank).", exists=True)],
    limit: Annotated[Optional[int], typer.Option(help="Score only the first N documents.")] = None,
) -> None:
    """Temporal expressions against TimeBank TIMEX3: span recall/precision, value accuracy for DATEs.

    Example: eventwire eval times ../shared/data/timebank/TimeBank
    """
    from .evaluate.times import evaluate_times

    _console().print(evaluate_times(path, limit=limit).table())


@eval_app.command("quotes")
def eval_quotes(
    path: Annotated[Path, typer.Argument(help="A PolNeAR split folder holding text/ and attributions/ (brat .ann).", exists=True, file_okay=False)],
    limit: Annotated[Optional[int], typer.Option(help="Score only the first N documents.")] = None,
) -> None:
    """Quotations and attribution against PolNeAR: content P/R/F1 (overlap >= 50%), source accuracy on matched content, cue P/R/F1; direct and indirect apart.

    Example: eventwire eval quotes ../shared/data/polnear/dev
    """
    from .evaluate.quotes import evaluate_quotes

    _console().print(evaluate_quotes(path, limit=limit).table())


class EventsDataset(str, Enum):
    plover_gsr = "plover-gsr"
    cameo_codebook = "cameo-codebook"
    conflibert_roles = "conflibert-roles"
    conflibert_class = "conflibert-class"


class Split(str, Enum):
    dev = "dev"
    test = "test"
    all = "all"


@eval_app.command("events")
def eval_events(
    dataset: Annotated[EventsDataset, typer.Argument(help="Which gold format PATH holds.")],
    path: Annotated[Path, typer.Argument(help="The gold file (PLOVER GSR JSON, cameo-codes.csv, roles-train.conll or class-train.tsv).", exists=True, dir_okay=False)],
    split: Annotated[Split, typer.Option(help="Half of the data to score (a fixed hash split: tune on dev, report test), or all.")] = Split.test,
    limit: Annotated[Optional[int], typer.Option(help="Score only the first N sentences of the split.")] = None,
) -> None:
    """Event typing and roles against gold sentences: accuracy, per-type P/R/F1, confusion, confidence reliability.

    Example: eventwire eval events plover-gsr ../shared/data/plover-gsr/PLOVER_GSR_CAMEO.txt --split test
    """
    from .evaluate.events import evaluate_events

    _console().print(evaluate_events(dataset.value, path, split=split.value, limit=limit).table())


@eval_app.command("clusters")
def eval_clusters(
    path: Annotated[Path, typer.Argument(help="JSONL of reports with gold event labels (id, gold, url, published, title, text).", exists=True, dir_okay=False)],
) -> None:
    """Cross-article event clustering: pairwise precision/recall over reports of the same events and look-alikes.

    Example: eventwire eval clusters tests/data/clusters/reports.jsonl
    """
    from .evaluate.clusters import evaluate_clusters

    _console().print(evaluate_clusters(path).table())

class EventsFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"
    parquet = "parquet"


EVENT_COLUMNS = [("event_date", "date"), ("date_basis", "from"), ("type", "type"), ("mode", "mode"), ("cameo", "cameo"),
                 ("actor_name", "actor"), ("actor_country", "a.ctry"), ("target_name", "target"), ("target_country", "t.ctry"),
                 ("place_name", "where"), ("country", "ctry"), ("modality", "modality"), ("confidence", "conf"), ("article_id", "article")]
CLUSTER_COLUMNS = [("first_date", "first date"), ("last_date", "last date"), ("type", "type"), ("mode", "mode"), ("actor", "actor"),
                   ("target", "target"), ("place", "where"), ("country", "ctry"), ("n_sources", "sources"), ("n_articles", "articles"),
                   ("n_events", "events"), ("first_report", "first report"), ("last_report", "last report"), ("cluster_id", "cluster")]


def _open_db(db: str):  # noqa: ANN202
    from .store import StoreError, is_postgres_url, open_store

    if not is_postgres_url(db) and not Path(db).exists():
        err.print(f"eventwire: {db}: no such store (create one with: eventwire code ... --db {db})", markup=False)
        raise typer.Exit(2)
    try:
        return open_store(str(db))
    except StoreError as exc:
        err.print(f"eventwire: {exc}", markup=False)
        raise typer.Exit(2) from None


def _event_query(since, until, type, actor, country, near, limit):  # noqa: ANN001, ANN202, A002
    from .store.query import EventQuery, QueryError, parse_near, where_clause

    try:
        q = EventQuery(_parse_date(since), _parse_date(until), type, actor, country, parse_near(near) if near else None, limit)
        where_clause(q)  # checks every filter value before the store is opened
        return q
    except QueryError as exc:
        raise typer.BadParameter(str(exc)) from None


@app.command()
def events(
    db: Annotated[str, typer.Option(help="The store written by `eventwire code --db` or `eventwire run` (DuckDB file or postgresql:// URL).")],
    since: Annotated[Optional[str], typer.Option(help="Events on or after this date (YYYY-MM-DD).")] = None,
    until: Annotated[Optional[str], typer.Option(help="Events on or before this date (YYYY-MM-DD).")] = None,
    type: Annotated[Optional[str], typer.Option("--type", help="PLOVER type, optionally with a mode: ASSAULT, ASSAULT/aerial.")] = None,  # noqa: A002
    actor: Annotated[Optional[str], typer.Option(help="Actor or target: an ISO3 country code (RUS) or part of a name (Taliban).")] = None,
    country: Annotated[Optional[str], typer.Option(help="ISO3 country of the event's location.")] = None,
    near: Annotated[Optional[str], typer.Option(help="LAT,LON,KM: events located within KM of the point.")] = None,
    format: Annotated[EventsFormat, typer.Option("--format", "-f", help="table, json (one event per line), csv, or parquet (needs --out).")] = EventsFormat.table,  # noqa: A002
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="Write to this file instead of stdout.")] = None,
    clustered: Annotated[bool, typer.Option("--clustered", help="List event clusters (one event reported by many articles) instead of single events.")] = False,
    min_sources: Annotated[int, typer.Option(help="With --clustered: only clusters reported by at least this many outlets.")] = 1,
    limit: Annotated[Optional[int], typer.Option(help="At most this many rows.")] = None,
) -> None:
    """List stored events (or, with --clustered, event clusters across articles), filtered.

    Example: eventwire events --db events.duckdb --since 2023-05-01 --type ASSAULT --country UKR --near 49.99,36.23,50 --format csv

    An event is filed under its own date when that was resolved to a day, else under its article's publication date ('from' column: event | published).
    """
    import csv

    from .render import record_json, rows_table

    q = _event_query(since, until, type, actor, country, near, limit)
    if format is EventsFormat.parquet and out is None:
        raise typer.BadParameter("--format parquet writes a file: give --out FILE.parquet")
    store = _open_db(db)
    try:
        if clustered:
            from .store.clusters import fetch_clusters, update_clusters

            update_clusters(store.con)
            rows = fetch_clusters(store.con, q, min_sources=min_sources)
            columns = CLUSTER_COLUMNS
            title = f"Event clusters ({len(rows)}) in {store.location}"
        elif format is EventsFormat.parquet:
            from .store.query import copy_to_parquet

            n = copy_to_parquet(store.con, q, str(out))
            err.print(f"eventwire: wrote {n} event(s) to {out}", markup=False)
            return
        else:
            from .store.query import fetch_events

            rows = fetch_events(store.con, q)
            columns = EVENT_COLUMNS
            title = f"Events ({len(rows)}) in {store.location}"
        if format is EventsFormat.parquet:  # clusters to parquet
            from .store.clusters import copy_clusters_to_parquet

            flat = [{k: v for k, v in r.items() if k != "members"} for r in rows]
            copy_clusters_to_parquet(store.con, [r["cluster_id"] for r in flat], str(out))
            err.print(f"eventwire: wrote {len(flat)} cluster(s) to {out}", markup=False)
            return
        handle = out.open("w", encoding="utf-8", newline="") if out else sys.stdout
        try:
            if format is EventsFormat.json:
                for r in rows:
                    if not clustered:
                        r = {**json.loads(r.pop("doc")), **{k: v for k, v in r.items() if k not in ("sentence",)}}
                    handle.write(record_json(r) + "\n")
            elif format is EventsFormat.csv:
                fields = [k for k in (rows[0].keys() if rows else [c for c, _ in columns]) if k not in ("doc", "members")]
                writer = csv.DictWriter(handle, fieldnames=fields, extrasaction="ignore")
                writer.writeheader()
                writer.writerows(rows)
            else:
                fallback = sum(1 for r in rows if r.get("date_basis") == "published")
                caption = (f"{fallback} event(s) have no day-precise date of their own and are filed under their article's publication date (from = published)."
                           if fallback else None)
                _console(handle).print(rows_table(title, rows, columns, caption))
        finally:
            if out:
                handle.close()
    finally:
        store.close()


class ExportFormat(str, Enum):
    parquet = "parquet"
    gdelt = "gdelt"
    polecat = "polecat"


@app.command()
def export(
    directory: Annotated[Path, typer.Argument(help="Output folder (created if missing).", show_default=False)],
    db: Annotated[str, typer.Option(help="The store to export (DuckDB file or postgresql:// URL).")],
    format: Annotated[ExportFormat, typer.Option("--format", "-f", help="parquet: dataset partitioned by event month; gdelt: GDELT 2.0 events table layout (one row per event cluster); polecat: POLECAT column layout.")] = ExportFormat.parquet,  # noqa: A002
    since: Annotated[Optional[str], typer.Option(help="Only events on or after this date (YYYY-MM-DD).")] = None,
    until: Annotated[Optional[str], typer.Option(help="Only events on or before this date (YYYY-MM-DD).")] = None,
    type: Annotated[Optional[str], typer.Option("--type", help="Only this PLOVER type (TYPE or TYPE/mode).")] = None,  # noqa: A002
    country: Annotated[Optional[str], typer.Option(help="Only events located in this ISO3 country.")] = None,
    per_event: Annotated[bool, typer.Option("--per-event", help="gdelt: one row per stored event instead of per event cluster.")] = False,
) -> None:
    """Export stored events for other tools: Parquet (DuckDB, Spark, pandas), GDELT 2.0 or POLECAT layouts.

    Example: eventwire export --db events.duckdb --format parquet events_parquet/

    Then: duckdb -c "SELECT event_month, count(*) FROM read_parquet('events_parquet/**/*.parquet', hive_partitioning=true) GROUP BY 1"
    """
    from .export import write_gdelt, write_parquet, write_polecat
    from .store.clusters import update_clusters

    q = _event_query(since, until, type, None, country, None, None)
    store = _open_db(db)
    try:
        update_clusters(store.con)
        if format is ExportFormat.parquet:
            n = write_parquet(store.con, directory, q)
            err.print(f"eventwire: wrote {n} event(s) to {directory}/event_month=*/ (Parquet, hive partitioning)", markup=False)
        elif format is ExportFormat.gdelt:
            path, n = write_gdelt(store.con, directory, q, per_event=per_event)
            err.print(f"eventwire: wrote {n} {'event' if per_event else 'event-cluster'} row(s) to {path} (GDELT 2.0 events layout, tab-separated, no header)", markup=False)
        else:
            path, n = write_polecat(store.con, directory, q)
            err.print(f"eventwire: wrote {n} event(s) to {path} (POLECAT layout, tab-separated, header row)", markup=False)
    finally:
        store.close()


@app.command()
def serve(
    db: Annotated[Optional[str], typer.Option(help="Store to serve: a DuckDB file (created if missing) or a postgresql:// URL. Without it only POST /v1/code (not storing) works.")] = None,
    host: Annotated[str, typer.Option(help="Address to listen on; 0.0.0.0 exposes the server to your network.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(min=1, max=65535, help="Port to listen on.")] = 8000,
    token: Annotated[Optional[str], typer.Option(envvar="EVENTWIRE_TOKEN", help="Bearer token required for writing (POST /v1/code?store=true). Default: $EVENTWIRE_TOKEN; none means writing is open.", show_default=False)] = None,
    protect_reads: Annotated[bool, typer.Option("--protect-reads", help="Require the token for reading too (GET /v1/...).")] = False,
    published: Annotated[Optional[str], typer.Option(help="Publication date (YYYY-MM-DD) for posted articles that give none.")] = None,
    index_max_events: Annotated[int, typer.Option(min=0, help="Answer GET /v1/events and /v1/stats from an in-memory index (about 4 KB of RAM per event) when the store holds at most this many events; 0: always query the store.")] = 1_000_000,
) -> None:
    """Serve the HTTP API (/v1/..., OpenAPI at /docs) and the analyst dashboard (/) over a store.

    Example: eventwire serve --db events.duckdb --port 8000   then open http://127.0.0.1:8000/

    One process holds the store (DuckDB allows one writing process): stop the server before `eventwire run --db` on the same file.
    """
    from .api import ApiSettings, create_app
    from .api.server import serve as run_server
    from .settings import Settings
    from .store import StoreError

    if protect_reads and not token:
        raise typer.BadParameter("--protect-reads needs a token (--token or $EVENTWIRE_TOKEN)")
    try:
        api = create_app(ApiSettings(db=str(db) if db else None, token=token or None, protect_reads=protect_reads,
                                     event_index_max_events=index_max_events, pipeline=Settings(default_published=_parse_date(published))))
    except StoreError as exc:
        err.print(f"eventwire: {exc}", markup=False)
        raise typer.Exit(2) from None
    err.print(f"eventwire: serving {api.state.store.store.location if api.state.store else 'no store'} on http://{host}:{port}/ (API docs at /docs); writing {'needs the token' if token else 'is open'}", markup=False)
    run_server(api, host=host, port=port)  # timeouts, size and load limits: eventwire.api.server.ServerLimits


if __name__ == "__main__":
    app()
