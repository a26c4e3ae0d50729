"""One settings object instead of globals; edges (CLI, API, runners) build it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .nlp import MAX_CHARS, MODEL


@dataclass(frozen=True)
class Settings:
    model: str = MODEL
    batch_size: int = 16
    n_process: int = 1
    default_published: date | None = None  # for inputs that carry no date of their own
    max_chars: int = MAX_CHARS  # longer cleaned texts are refused with a reason, not truncated silently
    max_sentences: int = 5_000  # more sentences (counted before parsing) are refused the same way
    max_html_chars: int = 5_000_000  # larger HTML pages are refused before extraction (trafilatura is superlinear)
    language: str | None = "en"  # texts confidently in another language are refused; None: no check
