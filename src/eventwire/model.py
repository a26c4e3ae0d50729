"""The output contract: one `Article` per input, with every extracted field
anchored to character offsets in `Article.text` (the cleaned text).

Field names listed in ARCHITECTURE.md are fixed because outside evaluation
tools read them; extra fields (evidence, method) are additions, never renames.
"""

from __future__ import annotations

import hashlib
from datetime import date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Modality = Literal["asserted", "future", "intended", "hypothetical", "negated", "claimed", "requested"]
PloverType = Literal[
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
]
Precision = Literal["day", "week", "month", "quarter", "season", "year", "decade", "century", "duration", "time", "ref"]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Span(_Model):
    """A piece of evidence: `text == article.text[start:end]` always holds."""

    text: str
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class Place(Span):
    name: str
    geonameid: int | None
    lat: float | None
    lon: float | None
    country: str | None = Field(description="ISO 3166-1 alpha-3")
    admin1: str | None
    feature: str = Field(description="GeoNames feature class/code, e.g. P.PPLA, A.ADM1, A.PCLI")
    population: int | None = None
    method: str = Field("", description="why this candidate won, e.g. 'admin1 named nearby: Samangan'")
    ner_label: str | None = Field(None, description="spaCy's label for the span, if any, before the gazetteer corrected it")


class Time(Span):
    value: str = Field(description="TimeML value: 2021-08-09, 2021-W32, 2021-08, P4D, PRESENT_REF ...")
    precision: Precision
    anchor: str | None = Field(None, description="the date the value was resolved against")
    rule: str = Field("", description="the rule that produced the value")


class Actor(Span):
    """A mention (text/start/end) and what it was resolved to (name ... kind)."""

    name: str
    country: str | None = Field(None, description="ISO 3166-1 alpha-3")
    sector: str | None = Field(None, description="GOV, MIL, REB, POL, CVL, IGO, NGO, MED, BUS, JUD, COP, ...")
    kind: Literal["state", "organisation", "person", "group"] | None = None
    role: str | None = Field(None, description="title or function from the text, e.g. 'spokesman', 'envoy'")
    method: str = Field("", description="why it resolved this way, e.g. \"title 'Pentagon spokesman'\"")
    antecedent: Span | None = Field(None, description="for a pronoun or short mention: the mention it refers to")


class Trigger(Span):
    pass


class Event(_Model):
    id: str
    type: PloverType
    mode: str | None = None
    cameo: str | None = None
    acled: str | None = None
    actor: Actor | None = None
    target: Actor | None = None
    location: Place | None = None
    date: Time | None = None
    modality: Modality = "asserted"
    sentence: str
    start: int
    end: int
    trigger: Trigger
    reported_by: Actor | None = None
    confidence: float = Field(ge=0.0, le=1.0)
    rule: str = Field("", description="how it was coded: trigger sense, where each argument came from, modality cue")
    confidence_factors: dict[str, float] = Field(default_factory=dict, description="the evidence `confidence` was computed from")
    labels: list[str] = Field(default_factory=list, description="the ontology's other labels that apply: 'Diplomatic event', 'Claim of responsibility'")
    same_as: str | None = Field(None, description="the id of an earlier event of this article that this one restates (the same act told again); counts should skip it")


class Incident(_Model):
    """What news reports that is no political act (a flood, a bus crash, drug smuggling): labelled, never given a PLOVER type."""

    label: Literal["Natural disaster", "Man-made disaster", "Organised crime"]
    trigger: Trigger
    location: Place | None = None
    date: Time | None = None
    sentence: str
    start: int
    end: int
    rule: str = Field("", description="the word and the thing named with it, and where the place and date came from")


class Quote(_Model):
    content: Span
    speaker: Actor | None = None
    cue: Span | None = None
    kind: Literal["direct", "partial", "indirect"]
    event_ids: list[str] = Field(default_factory=list, description="events this statement is (an accusation, a demand…) or reports")


class Article(_Model):
    id: str
    url: str | None = None
    title: str | None = None
    published: date | None = None
    source: str | None = Field(None, description="where the input came from: file path, jsonl path:line, stdin")
    text: str = Field(description="the cleaned text that every offset refers to")
    content_hash: str = ""
    removed: list[Span] = Field(default_factory=list, description="furniture the cleaner removed, offsets into the raw extracted text")
    events: list[Event] = Field(default_factory=list)
    quotes: list[Quote] = Field(default_factory=list)
    incidents: list[Incident] = Field(default_factory=list, description="non-political happenings (disasters, organised crime)")
    places: list[Place] = Field(default_factory=list)
    times: list[Time] = Field(default_factory=list)
    actors: list[Actor] = Field(default_factory=list, description="every political-actor mention, resolved")

    def model_post_init(self, __context: object) -> None:
        if not self.content_hash:
            self.content_hash = text_hash(self.text)


def text_hash(text: str) -> str:
    """Identity of an article for de-duplication: whitespace-normalised cleaned text."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()
