"""The quotes stage's words and marks, loaded once: data/quotes/quotes.yaml plus the speech
verbs the events and actors stages already list (one list of verbs of saying for the whole
package; quotes.yaml only adds verbs that introduce reported content)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache
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
    naming_cues: frozenset[str]  # 'called [the deal a disaster]'
    preposition_cues: dict[str, frozenset[str]]  # 'called for [a ban]'
    direct_only: frozenset[str]
    according: frozenset[str]
    adverb_cues: frozenset[str]
    document_nouns: frozenset[str]
    pairs: dict[str, frozenset[str]]  # opener -> closers
    ambiguous: frozenset[str]
    single_open: str
    single_close: str
    dashes: tuple[str, ...]
    layout_max_tokens: int
    not_speakers: frozenset[str]
    office_nouns: frozenset[str]  # 'The [head] of the U.N. refugee agency said': speaks for the body it heads
    min_words_uncued: int
    min_words_partial: int
    frames: dict[str, float]  # 'expect VERB xcomp' -> share of training cases that were attributions
    owned_frames: dict[str, float]  # noun frames used when a person owns the noun ('her support [for …]')
    frame_lemmas: frozenset[str]
    frames_seen: frozenset[str]  # every row of the table, used or not
    not_clause_cues: frozenset[str]  # verbs whose 'that' clause is not reported content ('ensure that …')
    deed_verbs: frozenset[str]  # 'committed [violations]': verbs of doing a deed, whose object is no position taken
    force_verbs: frozenset[str]  # 'attacked [a hotel]': acts of force, not stances, when an armed party does them
    reception_verbs: frozenset[str]  # '[the plan] drew criticism': a subject receiving a stance noun
    reception_nouns: frozenset[str]
    question_cues: frozenset[str]  # 'asked [if …]': verbs whose 'if'/'whether' clause is the question they report
    as_cues: frozenset[str]  # 'as critics [fear]': verbs besides the cue verbs that report from an 'as' clause
    stance_adjectives: frozenset[str]  # 'X is [confident] that …'
    stance_nouns: frozenset[str]  # 'X's [answer] was that …'
    poll_preps: frozenset[str]  # '[Trump leads] [in] the polls'
    poll_nouns: frozenset[str]
    headline_verbs: frozenset[str]  # 'Super PAC [blasts] Trump': a title's stance verb the parser may read as a noun

    @cached_property
    def uttering(self) -> frozenset[str]:
        """Every verb the rules read as saying something or voicing a stance (the frame table's own verbs aside)."""
        return self.cue_verbs | self.object_cues | self.infinitive_cues | frozenset(self.preposition_cues)

    @property
    def openers(self) -> frozenset[str]:
        return frozenset(k for k in self.pairs if len(k) == 1)


def _yaml(path: str) -> dict:
    return yaml.safe_load(resources.files("eventwire").joinpath(path).read_text("utf-8")) or {}


def _frames_seen() -> frozenset[str]:
    """Every predicate + frame in data/quotes/frames.tsv, whatever its counts."""
    out = set()
    for line in resources.files("eventwire").joinpath("data/quotes/frames.tsv").read_text("utf-8").splitlines():
        if line.strip() and not line.startswith("#") and not line.startswith("lemma\t"):
            out.add(" ".join(line.split("\t")[:3]))
    return frozenset(out)


def _frames(min_precision: float, min_count: int, include: frozenset[str] = frozenset()) -> dict[str, float]:
    """data/quotes/frames.tsv: predicate, part of speech, frame, cases in PolNeAR train, attributions
    among them; kept when (attributions + 1) / (cases + 2) reaches `frame_min_precision`, or when
    quotes.yaml `frame_include` lists it."""
    out = {}
    for k, line in enumerate(resources.files("eventwire").joinpath("data/quotes/frames.tsv").read_text("utf-8").splitlines()):
        if not line.strip() or line.startswith("#") or line.startswith("lemma\t"):
            continue
        cols = line.split("\t")
        try:
            lemma, pos, frame, n, hits = cols[0], cols[1], cols[2], int(cols[3]), int(cols[4])
        except (IndexError, ValueError):
            raise QuotesDataError(f"data/quotes/frames.tsv line {k + 1}: expected lemma, pos, frame, cases, attributions") from None
        p = (hits + 1) / (n + 2)
        key = f"{lemma} {pos} {frame}"
        if n >= min_count and p >= min_precision or key in include:
            out[key] = p
    return out


@lru_cache(maxsize=None)
def lexicon() -> QuoteLexicon:
    d = _yaml("data/quotes/quotes.yaml")
    events = _yaml("data/events/modality.yaml")
    actors = _yaml("data/actors/rules.yaml")
    try:
        words = lambda k: frozenset(str(w).lower() for w in d[k])  # noqa: E731
        include = frozenset(" ".join(str(key).split()) for key in d["frame_include"])
        frames = _frames(float(d["frame_min_precision"]), int(d["frame_min_count"]), include)
        owned = {k: p for k, p in _frames(float(d["frame_min_precision_owned"]), int(d["frame_min_count"])).items()
                 if k.split(" ")[1] == "NOUN" and k not in frames}
        for key in d["frame_exclude"]:
            frames.pop(" ".join(str(key).split()), None)
            owned.pop(" ".join(str(key).split()), None)
        verbs = words("cue_verbs") | {str(w) for w in events["speech_verbs"]} | {str(w) for w in actors["speech_verbs"]}
        return QuoteLexicon(
            cue_verbs=frozenset(verbs),
            cue_phrases=words("cue_phrases"),
            object_cues=words("object_cues"),
            infinitive_cues=words("infinitive_cues"),
            naming_cues=words("naming_cues"),
            preposition_cues={str(k).lower(): frozenset(str(p).lower() for p in v) for k, v in d["preposition_cues"].items()},
            direct_only=words("direct_only_verbs"),
            according=words("according_to"),
            adverb_cues=words("adverb_cues"),
            document_nouns=words("document_nouns"),
            pairs={str(k): frozenset(str(c) for c in v) for k, v in d["pairs"].items()},
            ambiguous=frozenset(str(m) for m in d["ambiguous"]),
            single_open=str(d["single_open"]),
            single_close=str(d["single_close"]),
            dashes=tuple(sorted((str(x) for x in d["dashes"]), key=len, reverse=True)),
            layout_max_tokens=int(d["layout_max_tokens"]),
            not_speakers=words("not_speakers"),
            office_nouns=words("office_nouns"),
            min_words_uncued=int(d["min_words_uncued"]),
            min_words_partial=int(d["min_words_partial"]),
            frames=frames,
            owned_frames=owned,
            frame_lemmas=frozenset(k.split(" ", 1)[0] for k in frames) | frozenset(k.split(" ", 1)[0] for k in owned),
            frames_seen=_frames_seen(),
            not_clause_cues=words("not_clause_cues"),
            deed_verbs=words("deed_verbs"),
            force_verbs=words("force_verbs"),
            reception_verbs=words("reception_verbs"),
            reception_nouns=words("reception_nouns"),
            question_cues=words("question_cues"),
            as_cues=words("as_cues"),
            stance_adjectives=words("stance_adjectives"),
            stance_nouns=words("stance_nouns"),
            poll_preps=words("poll_prepositions"),
            poll_nouns=words("poll_nouns"),
            headline_verbs=words("headline_verbs") | words("object_cues"),
        )
    except (KeyError, TypeError, AttributeError, ValueError) as exc:
        raise QuotesDataError(f"data/quotes/quotes.yaml: bad or missing entry ({type(exc).__name__}: {exc})") from None
