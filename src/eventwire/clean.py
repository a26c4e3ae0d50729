"""Remove page furniture (comment forms, share bars, cookie notices, byline-only
lines) line by line, and record what was removed and why, so the cleaned text
that all offsets refer to can be audited against the raw text."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

import yaml

# Control characters other than tab and newline are never text; NUL and friends break parsers.
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200b\ufeff]")
_BLANK_RUNS = re.compile(r"\n{3,}")


@dataclass(frozen=True)
class Removal:
    start: int  # offsets into the normalised raw text
    end: int
    text: str
    reason: str


@dataclass
class Cleaned:
    text: str
    removed: list[Removal] = field(default_factory=list)


@lru_cache(maxsize=None)
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    data = yaml.safe_load(resources.files("eventwire").joinpath("data/boilerplate.yaml").read_text("utf-8"))
    compiled = []
    for reason, group in data.items():
        flags = 0 if group.get("case_sensitive") else re.IGNORECASE
        compiled.extend((reason, re.compile(pattern, flags)) for pattern in group["patterns"])
    return tuple(compiled)


def normalise(text: str) -> str:
    """Unicode NFC, unified newlines, no control characters: the basis all offsets build on."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return _CONTROL.sub("", text)


def furniture_reason(line: str) -> str | None:
    stripped = line.strip()
    if not stripped or len(stripped) > 400:
        return None
    for reason, pattern in _patterns():
        if pattern.fullmatch(stripped):
            return reason
    return None


def clean(text: str) -> Cleaned:
    """Drop furniture lines; keep every other line verbatim (trailing spaces trimmed)."""
    text = normalise(text)
    kept: list[str] = []
    removed: list[Removal] = []
    offset = 0
    for line in text.split("\n"):
        reason = furniture_reason(line)
        if reason:
            removed.append(Removal(offset, offset + len(line), line, reason))
        else:
            kept.append(line.rstrip())
        offset += len(line) + 1
    cleaned = _BLANK_RUNS.sub("\n\n", "\n".join(kept)).strip()
    return Cleaned(cleaned, removed)
