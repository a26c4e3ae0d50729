"""The quotes stage's words and marks, loaded once: data/quotes/quotes.yaml plus the speech
verbs the events and actors stages already list (one list of verbs of saying for the whole
package; quotes.yaml only adds verbs that introduce reported content)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml


class QuotesDataError(ValueError):
    """data/quotes/quotes.yaml is missing a key or has a value of the wrong shape."""


@dataclass(frozen=True)
class QuoteLexicon:
    cue_verbs: frozenset[str]  # lemmas
    cue_phrases: frozenset[str]  # "point out", "make clear"
    object_cues: frozenset[str]  # 'criticized [the plan]'
    infinitive_cues: frozenset[str]  # 'vowed [to repeal it]'
    preposition_cues: dict[str, frozenset[str]]  # 'called for [a ban]'
    direct_only: frozenset[str]
    according: frozenset[str]
    document_nouns: frozenset[str]
    pairs: dict[str, frozenset[str]]  # opener -> closers
    ambiguous: frozenset[str]
    single_open: str
    single_close: str
    dashes: tuple[str, ...]
    layout_max_tokens: int
    not_speakers: frozenset[str]
    min_words_uncued: int
    min_words_partial: int

    @property
    def openers(self) -> frozenset[str]:
        return frozenset(k for k in self.pairs if len(k) == 1)


def _yaml(path: str) -> dict:
    return yaml.safe_load(resources.files("eventwire").joinpath(path).read_text("utf-8")) or {}


@lru_cache(maxsize=None)
def lexicon() -> QuoteLexicon:
    d = _yaml("data/quotes/quotes.yaml")
    events = _yaml("data/events/modality.yaml")
    actors = _yaml("data/actors/rules.yaml")
    try:
        words = lambda k: frozenset(str(w).lower() for w in d[k])  # noqa: E731
        verbs = words("cue_verbs") | {str(w) for w in events["speech_verbs"]} | {str(w) for w in actors["speech_verbs"]}
        return QuoteLexicon(
            cue_verbs=frozenset(verbs),
            cue_phrases=words("cue_phrases"),
            object_cues=words("object_cues"),
            infinitive_cues=words("infinitive_cues"),
            preposition_cues={str(k).lower(): frozenset(str(p).lower() for p in v) for k, v in d["preposition_cues"].items()},
            direct_only=words("direct_only_verbs"),
            according=words("according_to"),
            document_nouns=words("document_nouns"),
            pairs={str(k): frozenset(str(c) for c in v) for k, v in d["pairs"].items()},
            ambiguous=frozenset(str(m) for m in d["ambiguous"]),
            single_open=str(d["single_open"]),
            single_close=str(d["single_close"]),
            dashes=tuple(sorted((str(x) for x in d["dashes"]), key=len, reverse=True)),
            layout_max_tokens=int(d["layout_max_tokens"]),
            not_speakers=words("not_speakers"),
            min_words_uncued=int(d["min_words_uncued"]),
            min_words_partial=int(d["min_words_partial"]),
        )
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        raise QuotesDataError(f"data/quotes/quotes.yaml: bad or missing entry ({type(exc).__name__}: {exc})") from None
