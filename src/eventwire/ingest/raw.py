"""What a reader hands to cleaning: text (or HTML) plus whatever metadata the source carried."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass
class RawArticle:
    source: str
    text: str | None = None
    html: str | None = None
    id: str | None = None
    url: str | None = None
    title: str | None = None
    published: date | None = None
