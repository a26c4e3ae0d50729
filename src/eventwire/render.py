"""Human and flat renderings of coded articles (rich tables, CSV rows, JSON lines).
JSON is written with sorted keys so identical input gives byte-identical output."""

from __future__ import annotations

import json
from collections.abc import Iterable

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table

from .document import Document
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
               "value": e.type, "detail": f"{e.mode or ''}; cameo {e.cameo or ''}; {e.modality}" + "".join(f"; {lab}" for lab in e.labels)
               + (f"; same as {e.same_as}" if e.same_as else "")}
    for i in article.incidents:
        yield {"article_id": article.id, "kind": "incident", "text": i.trigger.text, "start": i.start, "end": i.end,
               "value": i.label, "detail": f"{i.location.name if i.location else ''}; {i.date.value if i.date else ''}"}
    for q in article.quotes:
        yield {"article_id": article.id, "kind": "quote", "text": q.content.text, "start": q.content.start, "end": q.content.end,
               "value": q.speaker.name if q.speaker else None, "detail": q.kind}


def _grouped(items: list, key) -> list[tuple[object, list]]:
    """Mentions that resolved the same way are one row: a reader wants the places, then where they occur."""
    groups: dict[object, list] = {}
    for item in items:
        groups.setdefault(key(item), []).append(item)
    return list(groups.items())


def _at(spans: list) -> str:
    return ", ".join(str(s.start) for s in spans[:6]) + (" …" if len(spans) > 6 else "")


def article_panel(article: Article) -> Panel:
    places = Table(title=f"Places ({len(article.places)} mentions)", title_justify="left", expand=True)
    for col, ratio in (("text", 2), ("at char", 2), ("resolved", 2), ("geonameid", 1), ("admin1", 2), ("ctry", 1), ("feature", 1), ("why", 5)):
        places.add_column(col, overflow="fold", ratio=ratio)
    for _, group in _grouped(article.places, lambda p: (p.text, p.geonameid, p.name)):
        p = group[0]
        places.add_row(p.text, _at(group), p.name, str(p.geonameid or "-"), p.admin1 or "-", p.country or "-", p.feature, p.method)
    times = Table(title=f"Times ({len(article.times)} mentions)", title_justify="left", expand=True)
    for col in ("text", "at char", "value", "precision", "rule"):
        times.add_column(col, overflow="fold")
    for _, group in _grouped(article.times, lambda t: (t.text, t.value)):
        t = group[0]
        times.add_row(t.text, _at(group), t.value, t.precision, t.rule)
    parts: list[object] = [places, times]
    if article.events:
        events = Table(title=f"Events ({len(article.events)})", title_justify="left", expand=True)
        for col in ("trigger", "type", "cameo", "actor", "target", "where", "when", "modality", "conf"):
            events.add_column(col, overflow="fold")
        trigger_of = {e.id: e.trigger.text for e in article.events}
        for e in article.events:
            labels = "".join(f"\n({lab.lower()})" for lab in e.labels)
            labels += f"\n(same act as '{trigger_of[e.same_as]}' above)" if e.same_as in trigger_of else ""
            events.add_row(e.trigger.text, f"{e.type}/{e.mode or '-'}{labels}", e.cameo or "-", e.actor.name if e.actor else "-",
                           e.target.name if e.target else "-", e.location.name if e.location else "-",
                           e.date.value if e.date else "-", e.modality, f"{e.confidence:.2f}")
        parts.append(events)
    if article.incidents:
        incidents = Table(title=f"Incidents, not political acts ({len(article.incidents)})", title_justify="left", expand=True)
        for col in ("trigger", "label", "where", "when", "why"):
            incidents.add_column(col, overflow="fold")
        for i in article.incidents:
            incidents.add_row(i.trigger.text, i.label, i.location.name if i.location else "-", i.date.value if i.date else "-", i.rule)
        parts.append(incidents)
    if article.quotes:
        quotes = Table(title=f"Quotes ({len(article.quotes)})", title_justify="left", expand=True)
        for col in ("speaker", "kind", "content"):
            quotes.add_column(col, overflow="fold")
        for q in article.quotes:
            quotes.add_row(q.speaker.name if q.speaker else "-", q.kind, q.content.text)
        parts.append(quotes)
    summary = (f"{len(article.text):,} chars cleaned; {len(article.removed)} furniture line(s) removed; "
               f"{len(article.events)} events, {len(article.quotes)} quotes" + (f", {len(article.incidents)} incidents" if article.incidents else ""))
    head = f"[bold]{article.title or article.id}[/bold]  published {article.published or 'unknown'}  source {article.source or '-'}"
    return Panel(Group(summary, *parts), title=head, title_align="left")


def print_table(article: Article, console: Console) -> None:
    console.print(article_panel(article))


def print_explanation(document: "Document", console: Console) -> None:
    """Per sentence: what each stage decided and why (trigger found? which sense? which argument missing?)."""
    notes: dict[int, list[str]] = {}
    for stage, si, note in document.trace:
        notes.setdefault(si, []).append(f"[{stage}] {note}")
    table = Table(title=f"Why each sentence was or was not coded — {document.article.id}", title_justify="left", expand=True, show_lines=True)
    table.add_column("#", justify="right")
    table.add_column("sentence", ratio=2, overflow="fold")
    table.add_column("decisions", ratio=3, overflow="fold")
    for si, sent in enumerate(document.doc.sents):
        table.add_row(str(si), sent.text.strip(), "\n".join(notes.get(si, ["(no stage left a note)"])))
    console.print(table)


def rows_table(title: str, rows: list[dict], columns: list[tuple[str, str]], caption: str | None = None) -> Table:
    """A flat list of records (query results) as one table: `columns` are (key, heading) pairs."""
    table = Table(title=title, title_justify="left", caption=caption, caption_justify="left", expand=True)
    for _, heading in columns:
        table.add_column(heading, overflow="fold")
    for row in rows:
        table.add_row(*("-" if row.get(k) is None else str(row.get(k)) for k, _ in columns))
    return table


def record_json(record: dict) -> str:
    """One query record as a JSON line (sorted keys, dates as ISO strings)."""
    return json.dumps(record, sort_keys=True, ensure_ascii=False, default=str)
