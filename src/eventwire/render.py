"""Human and flat renderings of coded articles (rich tables, CSV rows, JSON lines).
JSON is written with sorted keys so identical input gives byte-identical output."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable
from typing import IO

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table

from .model import Article

CSV_FIELDS = ["article_id", "kind", "text", "start", "end", "value", "detail"]


def article_json(article: Article) -> str:
    return json.dumps(article.model_dump(mode="json"), sort_keys=True, ensure_ascii=False)


def article_rows(article: Article) -> Iterable[dict[str, object]]:
    """One row per finding, so a spreadsheet user can filter by kind."""
    for p in article.places:
        yield {"article_id": article.id, "kind": "place", "text": p.text, "start": p.start, "end": p.end,
               "value": p.geonameid, "detail": f"{p.name}; {p.admin1 or ''}; {p.country or ''}; {p.feature}; {p.lat},{p.lon}"}
    for t in article.times:
        yield {"article_id": article.id, "kind": "time", "text": t.text, "start": t.start, "end": t.end,
               "value": t.value, "detail": t.precision}
    for e in article.events:
        yield {"article_id": article.id, "kind": "event", "text": e.trigger.text, "start": e.start, "end": e.end,
               "value": e.type, "detail": f"{e.mode or ''}; cameo {e.cameo or ''}; {e.modality}"}
    for q in article.quotes:
        yield {"article_id": article.id, "kind": "quote", "text": q.content.text, "start": q.content.start, "end": q.content.end,
               "value": q.speaker.name if q.speaker else None, "detail": q.kind}


def write_csv(articles: Iterable[Article], out: IO[str]) -> None:
    writer = csv.DictWriter(out, fieldnames=CSV_FIELDS)
    writer.writeheader()
    for article in articles:
        writer.writerows(article_rows(article))


def article_panel(article: Article) -> Panel:
    places = Table(title=f"Places ({len(article.places)})", title_justify="left", expand=True)
    for col in ("text", "chars", "resolved", "geonameid", "admin1", "ctry", "feature", "why"):
        places.add_column(col, overflow="fold")
    for p in article.places:
        places.add_row(p.text, f"{p.start}-{p.end}", p.name, str(p.geonameid or "-"), p.admin1 or "-", p.country or "-", p.feature, p.method)
    times = Table(title=f"Times ({len(article.times)})", title_justify="left", expand=True)
    for col in ("text", "chars", "value", "precision", "rule"):
        times.add_column(col, overflow="fold")
    for t in article.times:
        times.add_row(t.text, f"{t.start}-{t.end}", t.value, t.precision, t.rule)
    parts: list[object] = [places, times]
    if article.events:
        events = Table(title=f"Events ({len(article.events)})", title_justify="left", expand=True)
        for col in ("trigger", "type", "cameo", "actor", "target", "where", "when", "modality", "conf"):
            events.add_column(col, overflow="fold")
        for e in article.events:
            events.add_row(e.trigger.text, f"{e.type}/{e.mode or '-'}", e.cameo or "-", e.actor.name if e.actor else "-",
                           e.target.name if e.target else "-", e.location.name if e.location else "-",
                           e.date.value if e.date else "-", e.modality, f"{e.confidence:.2f}")
        parts.append(events)
    if article.quotes:
        quotes = Table(title=f"Quotes ({len(article.quotes)})", title_justify="left", expand=True)
        for col in ("speaker", "kind", "content"):
            quotes.add_column(col, overflow="fold")
        for q in article.quotes:
            quotes.add_row(q.speaker.name if q.speaker else "-", q.kind, q.content.text)
        parts.append(quotes)
    summary = (f"{len(article.text):,} chars cleaned; {len(article.removed)} furniture line(s) removed; "
               f"{len(article.events)} events, {len(article.quotes)} quotes")
    head = f"[bold]{article.title or article.id}[/bold]  published {article.published or 'unknown'}  source {article.source or '-'}"
    return Panel(Group(summary, *parts), title=head, title_align="left")


def print_table(article: Article, console: Console) -> None:
    console.print(article_panel(article))
