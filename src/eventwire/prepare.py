"""RawArticle → Article: HTML extraction, cleaning, identity. Everything before parsing.

Per-document limits (all in `Settings`, all refusals with a reason, never silent truncation:
a truncated article would be stored under a hash of text it does not hold, and its events
would be an arbitrary prefix of the story):

- HTML over `max_html_chars` characters is refused before extraction;
- raw text over 4 × `max_chars` is refused before cleaning (cleaning never removes that much);
- cleaned text over `max_chars` characters is refused;
- cleaned text over `max_sentences` sentences (counted by punctuation, before parsing) is refused;
- text confidently in another language than `language` is refused (see ingest.language).

Anything a reader or extractor raises on one document is turned into an InputError for
that document: preparing never stops a run.
"""

from __future__ import annotations

import errno
import re

from .clean import clean
from .ingest.errors import InputError, InputRejected
from .ingest.html import extract_html
from .ingest.language import foreign
from .ingest.raw import RawArticle
from .model import Article, Span, text_hash
from .settings import Settings

_ENVIRONMENT_ERRNOS = {errno.ENOSPC, errno.EFBIG, errno.EDQUOT, errno.EROFS, errno.EMFILE, errno.ENFILE}
# A sentence end: terminal punctuation (optionally closed by quotes/brackets) before a space or the end, or a blank line.
_SENTENCE_END = re.compile(r"[.!?…。！？]+[\"'”’)\]]*(?=\s|$)|\n\s*\n")


def count_sentences(text: str) -> int:
    """A cheap upper-bound-ish estimate of spaCy's sentence count, without parsing."""
    return sum(1 for _ in _SENTENCE_END.finditer(text)) + 1


def prepare(raw: RawArticle, settings: Settings) -> Article | InputError:
    try:
        return _prepare(raw, settings)
    except InputRejected as exc:
        return InputError(raw.source, str(exc))
    except RecursionError:
        return InputError(raw.source, "document too deeply nested to read (recursion limit)")
    except OSError as exc:
        if exc.errno in _ENVIRONMENT_ERRNOS:
            raise  # the machine, not the document: stop the run with the reason
        return InputError(raw.source, f"could not be prepared: {type(exc).__name__}: {str(exc)[:200]}")
    except MemoryError:
        return InputError(raw.source, "document too large to read (out of memory)")
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop a corpus run
        return InputError(raw.source, f"could not be prepared: {type(exc).__name__}: {str(exc)[:200]}")


def _prepare(raw: RawArticle, settings: Settings) -> Article:
    if raw.text is None:
        if raw.html is not None and len(raw.html) > settings.max_html_chars:
            raise InputRejected(f"HTML page is {len(raw.html):,} characters, over the {settings.max_html_chars:,} limit")
        extract_html(raw)
    assert raw.text is not None
    if len(raw.text) > 4 * settings.max_chars:
        raise InputRejected(f"text is {len(raw.text):,} characters before cleaning, over the {settings.max_chars:,} limit")
    cleaned = clean(raw.text)
    if not cleaned.text.strip():
        raise InputRejected("no article text left after removing page furniture" if cleaned.removed else "empty text")
    if len(cleaned.text) > settings.max_chars:
        raise InputRejected(f"text is {len(cleaned.text):,} characters, over the {settings.max_chars:,} limit")
    sentences = count_sentences(cleaned.text)
    if sentences > settings.max_sentences:
        raise InputRejected(f"text has about {sentences:,} sentences, over the {settings.max_sentences:,} limit")
    if settings.language:
        reason = foreign(cleaned.text, settings.language)
        if reason:
            raise InputRejected(reason)
    digest = text_hash(cleaned.text)
    return Article(
        id=raw.id or digest[:16],
        url=raw.url,
        title=raw.title or headline(cleaned.text),
        published=raw.published or settings.default_published,
        source=raw.source,
        text=cleaned.text,
        content_hash=digest,
        removed=[Span(text=r.text, start=r.start, end=r.end) for r in cleaned.removed],
    )


def headline(text: str) -> str | None:
    """A plain-text article's title: its first paragraph when it reads as a headline (one
    short line, no closing full stop, a paragraph break after it), else None. A title is
    what analysts scan tables and dashboards by; it is never invented."""
    first, sep, rest = text.lstrip().partition("\n\n")
    first = first.strip()
    if not sep or not rest.strip() or "\n" in first or not 3 <= len(first) <= 160:
        return None
    if first[-1] in ".!?:;,\"”’'" or len(first.split()) < 2:
        return None
    return first

