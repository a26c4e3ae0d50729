"""RSS and Atom feed files through feedparser: one article per entry.

An entry's full content (`content:encoded`, Atom `<content>`) is preferred over its
summary; HTML goes through the same extraction as pages. A feed file is small (a
few MB at most), so feedparser reads it whole; entries are yielded one by one.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

from .errors import InputError
from .raw import RawArticle

FEED_SUFFIXES = (".rss", ".atom")
MAX_FEED_BYTES = 50 * 1024 * 1024
_FEED_MARKERS = (b"<rss", b"<feed", b"<rdf:rdf")


def is_feed(path: Path) -> bool:
    """By suffix (.rss, .atom), or an .xml file whose first 2 KB hold a feed root element."""
    name = path.name.lower()
    if name.endswith(FEED_SUFFIXES):
        return True
    if not name.endswith(".xml"):
        return False
    try:
        with path.open("rb") as handle:
            head = handle.read(2048).lower()
    except OSError:
        return False
    return any(marker in head for marker in _FEED_MARKERS)


def read_feed(path: Path) -> Iterator[RawArticle | InputError]:
    import feedparser

    name = str(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        yield InputError(name, f"cannot read: {exc.strerror}")
        return
    if size > MAX_FEED_BYTES:
        yield InputError(name, f"feed file is {size // 2**20} MB, over the {MAX_FEED_BYTES // 2**20} MB limit")
        return
    try:
        data = path.read_bytes()
    except OSError as exc:
        yield InputError(name, f"cannot read: {exc.strerror}")
        return
    parsed = feedparser.parse(data)
    if not parsed.entries:
        problem = parsed.get("bozo_exception")
        yield InputError(name, f"not a readable RSS/Atom feed ({problem})" if problem else "feed has no entries")
        return
    for index, entry in enumerate(parsed.entries, start=1):
        yield _entry_article(f"{name}#{index}", entry)


def _entry_article(where: str, entry) -> RawArticle | InputError:  # noqa: ANN001 - feedparser.FeedParserDict
    body, kind = _best_body(entry)
    if not body.strip():
        return InputError(where, "feed entry has neither content nor summary")
    link = entry.get("link")
    title = entry.get("title")
    published = None
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        stamp = entry.get(key)
        if stamp:
            try:
                published = date(stamp.tm_year, stamp.tm_mon, stamp.tm_mday)
            except ValueError:
                continue
            break
    raw = RawArticle(source=where, id=entry.get("id") or link or None, url=link, title=title, published=published)
    if "html" in kind:
        raw.html = f"<html><body><article>{body}</article></body></html>"
    else:
        raw.text = body
    return raw


def _best_body(entry) -> tuple[str, str]:  # noqa: ANN001
    """The longest of the entry's content blocks and its summary, with its MIME type."""
    candidates = [(c.get("value") or "", c.get("type") or "text/html") for c in entry.get("content") or []]
    summary = entry.get("summary_detail")
    if summary:
        candidates.append((summary.get("value") or "", summary.get("type") or "text/html"))
    elif entry.get("summary"):
        candidates.append((entry["summary"], "text/html"))
    if not candidates:
        return "", ""
    return max(candidates, key=lambda c: len(c[0]))
