"""RawArticle → Article: HTML extraction, cleaning, identity. Everything before parsing."""

from __future__ import annotations

from .clean import clean
from .ingest.errors import InputError, InputRejected
from .ingest.html import extract_html
from .ingest.raw import RawArticle
from .model import Article, Span, text_hash
from .settings import Settings


def prepare(raw: RawArticle, settings: Settings) -> Article | InputError:
    try:
        if raw.text is None:
            extract_html(raw)
        assert raw.text is not None
        cleaned = clean(raw.text)
        if not cleaned.text.strip():
            raise InputRejected("no article text left after removing page furniture" if cleaned.removed else "empty text")
        if len(cleaned.text) > settings.max_chars:
            raise InputRejected(f"text is {len(cleaned.text):,} characters, over the {settings.max_chars:,} limit")
    except InputRejected as exc:
        return InputError(raw.source, str(exc))
    digest = text_hash(cleaned.text)
    return Article(
        id=raw.id or digest[:16],
        url=raw.url,
        title=raw.title,
        published=raw.published or settings.default_published,
        source=raw.source,
        text=cleaned.text,
        content_hash=digest,
        removed=[Span(text=r.text, start=r.start, end=r.end) for r in cleaned.removed],
    )
