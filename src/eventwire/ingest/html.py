"""HTML pages through trafilatura: main text, title, URL and publication date
(trafilatura calls htmldate). Comments are left out: they are not the article."""

from __future__ import annotations

from datetime import date

import trafilatura

from .errors import InputRejected
from .raw import RawArticle


def looks_like_html(text: str) -> bool:
    head = text[:2048].lstrip().lower()
    return head.startswith(("<!doctype html", "<html", "<?xml")) or "<body" in head or "<p>" in head


def extract_html(raw: RawArticle) -> RawArticle:
    """Fill `raw.text` (and missing metadata) from `raw.html`."""
    assert raw.html is not None
    result = trafilatura.bare_extraction(raw.html, url=raw.url, with_metadata=True, include_comments=False)
    if result is None or not (result.text or "").strip():
        raise InputRejected("HTML page has no extractable article text")
    # trafilatura puts one paragraph per line; a blank line between paragraphs matches plain-text input.
    raw.text = "\n\n".join(line for line in result.text.split("\n") if line.strip())
    raw.title = raw.title or result.title
    raw.url = raw.url or result.url
    if raw.published is None and result.date:
        try:
            raw.published = date.fromisoformat(result.date[:10])
        except ValueError:
            pass
    return raw
