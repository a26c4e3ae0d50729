"""JSON Lines records: `id`, `text` or `html`, optional `url`, `published`, `title`, `source`.
A broken line is reported with its line number and the rest of the file is read."""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path

from .errors import InputError
from .raw import RawArticle


def read_jsonl(path: Path, lines: Iterable[bytes | str] | None = None) -> Iterator[RawArticle | InputError]:
    """Read line by line (bounded memory); each line is decoded on its own so one bad line costs one record."""
    name = str(path)
    if lines is None:
        try:
            handle = path.open("rb")
        except OSError as exc:
            yield InputError(name, f"cannot open: {exc.strerror}")
            return
        with handle:
            yield from read_jsonl(path, handle)
        return
    for lineno, line in enumerate(lines, start=1):
        where = f"{name}:{lineno}"
        if isinstance(line, bytes):
            try:
                line = line.decode("utf-8")
            except UnicodeDecodeError as exc:
                yield InputError(where, f"unreadable encoding: invalid UTF-8 at byte {exc.start}")
                continue
        if not line.strip():
            continue
        try:
            yield parse_record(json.loads(line), where)
        except json.JSONDecodeError as exc:
            yield InputError(where, f"malformed JSON ({exc.msg} at column {exc.colno})")
        except ValueError as exc:
            yield InputError(where, str(exc))


def parse_record(record: object, where: str) -> RawArticle:
    if not isinstance(record, dict):
        raise ValueError(f"record is a JSON {type(record).__name__}, expected an object")
    text, html = record.get("text"), record.get("html")
    if not isinstance(text, str) and not isinstance(html, str):
        raise ValueError("record has neither a 'text' nor an 'html' string")
    published = record.get("published")
    if published is not None:
        try:
            published = date.fromisoformat(str(published)[:10])
        except ValueError:
            raise ValueError(f"'published' is not an ISO date: {published!r}") from None
    rid = record.get("id")
    return RawArticle(
        source=str(record.get("source") or where),
        text=text if isinstance(text, str) else None,
        html=html if isinstance(html, str) and not isinstance(text, str) else None,
        id=str(rid) if rid is not None else None,
        url=record.get("url") if isinstance(record.get("url"), str) else None,
        title=record.get("title") if isinstance(record.get("title"), str) else None,
        published=published,
    )
