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
eval_app = typer.Typer(help="Score eventwire against annotated data you bring (GeoWebNews, TimeBank, PLOVER GSR, CAMEO codebook, ConfliBERT).", no_args_is_help=True)
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
    db: Annotated[Optional[Path], typer.Option(help="Also append every coded article to this DuckDB store; articles already stored (same cleaned text) are skipped.")] = None,
    explain: Annotated[bool, typer.Option("--explain", help="After each article, show for every sentence why it was or was not coded (on stderr with json/csv).")] = False,
) -> None:
    """Code articles: clean, parse, resolve places and dates; print or store the result.

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
        summary += f"; stored {stored} new in {db} ({coded - stored} already there)"
    err.print(summary, markup=False)
    if coded == 0:
        raise typer.Exit(1)


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


if __name__ == "__main__":
    app()
