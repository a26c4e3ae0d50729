"""One settings object instead of globals; edges (CLI, API, runners) build it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from .nlp import MODEL


@dataclass(frozen=True)
class Settings:
    model: str = MODEL
    batch_size: int = 16
    n_process: int = 1
    default_published: date | None = None  # for inputs that carry no date of their own
    max_chars: int = 1_000_000  # longer cleaned texts are refused with a reason, not truncated silently
