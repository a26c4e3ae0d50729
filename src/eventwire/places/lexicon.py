"""The places stage's word lists, read from `eventwire/data/places/` (data, not code)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from ..actors.kb import default_kb
from .gazetteer import name_key, read_tsv


def _text(name: str) -> str:
    return (resources.files("eventwire") / "data" / "places" / name).read_text("utf-8")


@dataclass(frozen=True)
class Lexicon:
    not_toponyms: frozenset[str]  # name keys never taken from a non-place NER span
    demonyms: dict[str, str]  # 'Afghan' → 'AF': country evidence, not places
    us_abbrev: dict[str, str]  # 'Calif.' / 'W.Va.' → 'CA' / 'WV' (GeoNames US admin1 code)
    us_postal: dict[str, str]  # 'KY' → 'KY', only trusted right after 'City, '
    cues_before: dict[str, tuple[str, ...]]  # kind → phrases that precede a name of that kind
    cues_after: dict[str, tuple[str, ...]]
    locative: frozenset[str]
    taken: dict[str, frozenset[str]]  # 'object' / 'prep' / 'subject' → verbs whose name there is ground taken
    struck: frozenset[str]  # attack verbs whose object, a big town the gazetteer knows, is that town ('struck Kharkiv')
    won: frozenset[str]  # election verbs whose object, with a person as subject, is a division ('won Georgia')
    organisations: frozenset[str]  # name keys of the actors KB's named organisations ('Hamas', not the town Hamm)
    blocs: dict[str, str]  # 'West' → 'Western Europe': after 'the', a political bloc, not Cameroon's West province
    event_heads: frozenset[str]  # 'Ball': the last word of an event's name ('the Inaugural Ball'), not a venue's
    local_after: frozenset[str]  # 'area': after a name, a part of a town ('the Shankill area')
    kin_before: frozenset[str]  # 'wife', 'son': before a one-word name, a relative ('wife Ivana'), not a town
    not_place_names: frozenset[str]  # name keys of clubs and pipelines spaCy takes for places ('Nord Stream')
    beings: frozenset[str]  # name keys of gods, prophets and devils that small towns are named after ('Satan')
    region_adjectives: frozenset[str] = frozenset()  # 'Asian': after a compass word, an adjective of a world region ('Southeast Asian')
    compass_words: frozenset[str] = frozenset()  # 'southeast': name keys of the compass words that open such an adjective
    landmarks: dict[str, tuple[str, float, float, str, str]] = field(default_factory=dict)  # name key → (name, lat, lon, ISO3, city)

    def kind_before(self, words: str) -> str | None:
        """The kind of place announced by a cue phrase that `words` (lower-case, space-separated) ends with, as
        whole words: 'the northern province of' -> admin1; 'the estate of' names no state."""
        padded = " " + words
        return next((kind for kind, phrases in self.cues_before.items() if any(padded.endswith(" " + p) for p in phrases)), None)

    @classmethod
    @lru_cache(maxsize=None)
    def load(cls) -> "Lexicon":
        words = {name_key(w) for w in _text("not_toponyms.txt").splitlines() if w.strip() and not w.startswith("#")}
        abbrev, postal = {}, {}
        for row in read_tsv("us_state_abbreviations.tsv"):
            for a in filter(None, row["ap"].split("|")):
                abbrev[a] = row["code"]
                abbrev[a.replace(". ", ".")] = row["code"]
            postal[row["postal"]] = row["code"]
        cues = json.loads(_text("cues.json"))
        not_kinds = ("locative", "taken", "won", "struck", "not_place")
        kinds = [k for k in cues if not k.startswith("_") and k not in not_kinds]
        return cls(
            not_toponyms=frozenset(words),
            landmarks={name_key(r["name"]): (r["name"], float(r["lat"]), float(r["lon"]), r["iso3"], r["city"])
                       for r in read_tsv("landmarks.tsv")},
            demonyms={r["demonym"]: r["iso2"] for r in read_tsv("demonyms.tsv")},
            us_abbrev=abbrev,
            us_postal=postal,
            cues_before={k: tuple(cues[k]["before"]) for k in kinds},
            cues_after={k: tuple(cues[k]["after"]) for k in kinds},
            locative=frozenset(cues["locative"]),
            taken={k: frozenset(v) for k, v in cues["taken"].items() if not k.startswith("_")},
            won=frozenset(cues["won"]["object"]),
            struck=frozenset(cues["struck"]["object"]),
            organisations=_organisations(),
            blocs=dict(cues["not_place"]["blocs"]),
            event_heads=frozenset(cues["not_place"]["event_heads"]),
            local_after=frozenset(cues["not_place"]["local_after"]),
            region_adjectives=frozenset(cues["not_place"]["region_adjectives"]),
            compass_words=frozenset(cues["not_place"]["compass_words"]),
            not_place_names=frozenset(name_key(n) for n in cues["not_place"]["names"]),
            kin_before=frozenset(cues["not_place"]["kin_before"]),
            beings=frozenset(name_key(n) for n in cues["not_place"]["beings"]),
        )


def _organisations() -> frozenset[str]:
    """Name keys of the actors' named organisations (data/actors/organisations.tsv): never ground taken."""
    return frozenset(name_key(n) for org in default_kb().orgs.values() for n in (org.name, *org.aliases))
