"""The temporal lexicon (``eventwire/data/times.json``), loaded once and checked.

Calendar names, number words and the tables of relative words are knowledge,
not logic: adding a month abbreviation or a reference word is a data change.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

_REQUIRED = (
    "months", "weekdays", "seasons", "parts_of_day", "numbers", "vague_numbers", "ordinals", "units",
    "deictic_days", "deictic_times", "references", "reference_words_standalone", "never",
    "frequency_markers", "duration_prepositions", "time_zones",
)


class LexiconError(ValueError):
    """The times lexicon is missing a table or has a malformed entry."""


@dataclass(frozen=True)
class Lexicon:
    data: dict

    def __getattr__(self, name: str):  # tables by attribute: lex.months, lex.units ...
        try:
            return self.data[name]
        except KeyError:
            raise AttributeError(name) from None

    def alternation(self, words, *, dotted: bool = False) -> str:
        """A regex alternation, longest first so 'sept' wins over 'sep'.
        `dotted`: an optional full stop after abbreviations (``Aug.``)."""
        parts = []
        for w in sorted(set(words), key=len, reverse=True):
            esc = re.escape(w).replace(r"\ ", r"\s+")
            parts.append(esc + (r"\.?" if dotted else ""))
        return "(?:" + "|".join(parts) + ")"

    def unit_of(self, word: str) -> str | None:
        """Singular unit name for 'days', 'Centuries', 'hour' ...; None if not a unit."""
        w = word.lower()
        w = self.data["unit_plurals"].get(w, w)
        if w in self.data["units"]:
            return w
        if w.endswith("s") and w[:-1] in self.data["units"]:
            return w[:-1]
        return None

    def number(self, word: str) -> int | None:
        """Integer for '4', 'four', 'twenty-five', 'a'; None for vague counts ('several')."""
        w = " ".join(word.lower().replace("-", " ").split())
        if w.replace(".", "", 1).isdigit():
            return int(float(w)) if "." not in w or float(w).is_integer() else None
        if w in self.data["numbers"]:
            return self.data["numbers"][w]
        parts = w.split()
        if len(parts) == 2 and parts[0] in self.data["numbers"] and parts[1] in self.data["numbers"]:
            tens, ones = self.data["numbers"][parts[0]], self.data["numbers"][parts[1]]
            if tens % 10 == 0 and tens >= 20 and ones < 10:
                return tens + ones
        return None


@lru_cache(maxsize=None)
def load_lexicon() -> Lexicon:
    raw = resources.files("eventwire").joinpath("data", "times.json").read_text(encoding="utf-8")
    data = json.loads(raw)
    missing = [k for k in _REQUIRED if k not in data]
    if missing:
        raise LexiconError(f"eventwire/data/times.json: missing tables {missing}")
    for name, unit in data["units"].items():
        if not {"code", "clock", "granularity"} <= unit.keys():
            raise LexiconError(f"eventwire/data/times.json: unit {name!r} needs code, clock, granularity")
    for word, value in data["references"].items():
        if value not in ("PRESENT_REF", "PAST_REF", "FUTURE_REF"):
            raise LexiconError(f"eventwire/data/times.json: reference {word!r} has value {value!r}")
    return Lexicon(data)
