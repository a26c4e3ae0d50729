"""Incidents: what news reports that is no political act (a flood, a bus crash, drug smuggling),
labelled with the ontology's non-political labels instead of being forced into a PLOVER type.

The words are data (data/events/incidents.yaml). An incident gets its place and date from the same
choosers as an event, so it is as auditable as one; and a hazard or vehicle is no actor, so an event
whose actor is an incident's trigger or thing ("An earthquake killed 40", "A bus crashed, killing 12")
is dropped from the sentence's events."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..document import Document
from ..model import Event, Incident, Trigger
from ..ontology import get_ontology
from .date import DateChooser
from .location import LocationChooser
from .modality import modality_of, noun_modality
from .triggers import Candidate, TriggerFinder

NOUN_POS = frozenset({"NOUN", "PROPN"})  # 'Cyclone Freddy', 'Hurricane Ian': a named storm is one
SUBJECTS = frozenset({"nsubj", "nsubjpass"})
SITE_PREPS = frozenset({"at", "in", "inside", "on"})  # 'a fire at a factory', 'the collapse of a roof in a mall'
HAPPENED = frozenset({"asserted", "claimed"})
# 'the average of 12 named storms', 'the majority of storms', 'in terms of major hurricanes': a count, not a happening
COUNTING_NOUNS = frozenset({"average", "number", "total", "count", "majority", "most", "half", "share", "term", "percent", "list", "season"})
NAMED_PLACES = frozenset({"GPE", "LOC", "FAC", "DATE"})  # 'the 2015 earthquake of Nepal', 'the floods of 2022': no figure


@dataclass(frozen=True)
class IncidentWords:
    nouns: dict[str, str]  # trigger noun ('flood', 'heat wave') -> label
    verbs: dict[str, str]
    needs: dict[str, frozenset[str]]  # 'crash' / 'crash_verb' -> the things that must be named with it
    object_needs: frozenset[str]  # verbs whose thing is their object ('smuggled cocaine'), not their subject
    figurative_modifiers: frozenset[str]
    figurative_of: frozenset[str]
    listing_verbs: frozenset[str]
    figurative_heads: frozenset[str]
    literal_modifiers: dict[str, frozenset[str]]  # 'fire' -> {'market'}: 'a market fire' is a fire, 'a market crash' a figure


@lru_cache(maxsize=1)
def incident_words() -> IncidentWords:
    raw = yaml.safe_load(resources.files("eventwire").joinpath("data/events/incidents.yaml").read_text("utf-8"))
    known = {lab.name for lab in get_ontology().non_political}
    things = {name: frozenset(words) for name, words in raw["things"].items()}
    nouns: dict[str, str] = {}
    verbs: dict[str, str] = {}
    needs: dict[str, frozenset[str]] = {}
    for label, spec in raw["labels"].items():
        if label not in known:
            raise ValueError(f"data/events/incidents.yaml: '{label}' is not a non-political label of the ontology ({sorted(known)})")
        nouns.update({w: label for w in spec["nouns"]})
        verbs.update({w: label for w in spec["verbs"]})
        for word, kinds in (spec.get("needs") or {}).items():
            missing = [k for k in kinds if k not in things]
            if missing:
                raise ValueError(f"data/events/incidents.yaml: {label}.needs.{word}: no such things: {missing}")
            needs[word] = frozenset().union(*(things[k] for k in kinds))
    return IncidentWords(nouns, verbs, needs, frozenset(raw["object_needs"]), frozenset(raw["figurative_modifiers"]),
                         frozenset(raw["figurative_of"]), frozenset(raw["listing_verbs"]),
                         frozenset(raw["figurative_heads"]),
                         {k: frozenset(v) for k, v in (raw.get("literal_modifiers") or {}).items()})


class IncidentFinder(LocationChooser, DateChooser):
    """Mixed into the event coder: an incident is placed and dated by the same choosers as an event."""

    def incidents_in(self, document: Document, sent: SpacySpan) -> list[tuple[Incident, tuple[Token, ...]]]:
        """The sentence's incidents, each with the tokens that name its trigger and its thing (no actor can be one)."""
        words = incident_words()
        out: list[tuple[Incident, tuple[Token, ...]]] = []
        for tok in sent:
            found = self._incident_word(tok, words)
            if found is None:
                continue
            label, key, thing = found
            is_noun = tok.pos_ in NOUN_POS
            anchor = TriggerFinder._governing_verb(tok) if is_noun else tok
            said = (noun_modality(tok) if is_noun else None) or modality_of(anchor)
            if said.value not in HAPPENED:
                continue  # 'expected to become hurricanes', 'how destructive storms can be': no happening reported
            cand = Candidate(tok, key, is_noun, anchor)
            location, loc_why = self.location_for(document, cand, sent)
            date, date_why = self.date_for(document, cand, sent)
            named = f", with '{thing.text}'" if thing is not None else ""
            incident = Incident(
                label=label, trigger=Trigger(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text)),
                location=location, date=date, sentence=sent.text, start=sent.start_char, end=sent.end_char,
                rule=f"{key}: {label.lower()}{named}; location: {loc_why}; date: {date_why}")
            out.append((incident, (tok,) + ((thing,) if thing is not None else ())))
        return out

    @staticmethod
    def _incident_word(tok: Token, words: IncidentWords) -> tuple[str, str, Token | None] | None:
        lemma = tok.lemma_.lower()
        if tok.pos_ in NOUN_POS:
            compound = next((c.lower_ for c in tok.children if c.dep_ == "compound"), None)
            key = f"{compound} {lemma}" if compound and f"{compound} {lemma}" in words.nouns else lemma
            label = words.nouns.get(key)
            if label is None:
                return None  # most nouns: no incident word, whatever else holds (checked first: this runs on every token)
            named_storm = bool(storm_name(tok))
            if (tok.dep_ == "compound" or tok.pos_ == "PROPN") and not named_storm:
                return None  # 'the flood forecasting centre', 'crash investigators', '"The Storm"'; but 'Cyclone Freddy' is a storm
            if not tok.is_sent_start and any(c.dep_ == "det" and c.text == "The" and not c.is_sent_start for c in tok.children):
                return None  # 'a theory known as "The Storm"': a title, however the parser tags it
            first = tok
            while first.dep_ == "conj" and first.head != first and first.head.lemma_.lower() not in COUNTING_NOUNS:
                first = first.head  # 'an average of 12 named storms, six hurricanes and …': the list's first word's place
            if (first.dep_ in {"attr", "oprd"} or first.head.lemma_.lower() in COUNTING_NOUNS
                    or (first.dep_ == "pobj" and first.head.lower_ == "of" and first.head.head.lemma_.lower() in COUNTING_NOUNS)
                    or any(c.dep_ == "amod" and c.lower_ == "named" for c in tok.children) or _a_kind_listed(first, words)):
                return None  # 'expected to become hurricanes', 'the average of 12 named storms, six hurricanes': a count or a class
            if _figurative(tok, key, words) or _an_act(tok):
                return None
            need = words.needs.get(key)
        elif tok.pos_ == "VERB":
            label, key = words.verbs.get(lemma), lemma
            if label is None:
                return None
            need = words.needs.get(f"{lemma}_verb")
            objects = [c for c in tok.children if c.dep_ == "dobj"]
            if objects:  # 'smuggled cocaine': the goods; 'the missile sank a ship', 'crashed the rally': somebody's act
                thing = next((o for o in objects if need and key in words.object_needs and _named(o, need)), None)
                return (label, key, thing) if thing is not None else None
        else:
            return None
        if need is None:
            return label, key, None
        thing = _named_thing(tok, need)
        return (label, key, thing) if thing is not None else None


def _a_kind_listed(tok: Token, words: IncidentWords) -> bool:
    """'Situations that could prompt an alert include forest fires': a bare plural that a listing verb names is a
    kind of thing, not one that happened; 'the disasters included floods in Assam' places them, so they did."""
    bare = tok.tag_ in {"NNS", "NNPS"} and not any(c.dep_ in {"det", "nummod", "poss", "prep"} for c in tok.children)
    return bare and tok.dep_ == "dobj" and tok.head.lemma_.lower() in words.listing_verbs


WINNING_VERBS = frozenset({"win", "lose", "elect", "re-elect", "reelect", "beat", "carry", "defeat", "sweep", "triumph"})


def _figurative(tok: Token, key: str, words: IncidentWords) -> bool:
    """'a political earthquake', 'a perfect storm', 'a flood of refugees', 'a storm of protest', 'won in a
    landslide', 'his New Hampshire landslide', 'the calm before the storm' (a hazard somebody owns or wins by is a figure)."""
    figures = words.figurative_modifiers - words.literal_modifiers.get(key, frozenset())
    if any(c.dep_ in {"amod", "compound"} and c.lower_ in figures for c in tok.children):
        return True
    if key in words.figurative_of and any(c.dep_ == "poss" for c in tok.children):
        return True
    said_of = [tok]
    if tok.dep_ in SUBJECTS:  # the predicate's phrase: 'tremors are likely [in the market]'
        said_of += [tok.head] + [c for c in tok.head.children if c.dep_ in {"acomp", "attr"}]
    fields = [c for h in said_of for c in h.children if c.dep_ == "prep"]
    if any(c.lower_ in {"in", "on", "across"} and o.dep_ == "pobj" and o.lemma_.lower() in figures
           for c in fields for o in c.children):
        return True  # 'tremors in the junk-bond market', 'tremors are likely in the market': the figure's field is named after it
    if tok.dep_ == "pobj" and tok.head.head.lemma_.lower() in WINNING_VERBS:
        return True  # 'won in a landslide'
    if tok.dep_ == "pobj" and tok.head.i > 0 and tok.doc[tok.head.i - 1].lemma_.lower() in words.figurative_heads:
        return True  # 'the calm before the storm', wherever the parser hangs 'before'
    if key in words.figurative_of:
        for prep in (c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"):
            if any(o.ent_type_ not in NAMED_PLACES for o in prep.children if o.dep_ == "pobj"):
                return True
    return False


FIRING_VERBS = frozenset({"open", "set", "return", "exchange", "trade", "hold", "cease", "draw", "direct", "pour"})


def _an_act(tok: Token) -> bool:
    """'opened fire', 'set fire to', 'came under fire': fire that somebody makes is their act, not an accident."""
    if tok.lemma_.lower() not in {"fire", "blaze"}:
        return False
    return (tok.dep_ == "dobj" and tok.head.lemma_.lower() in FIRING_VERBS) or (tok.dep_ == "pobj" and tok.head.lower_ == "under")


def _named_thing(tok: Token, need: frozenset[str]) -> Token | None:
    """The vehicle, building or goods named with the word: its compound or adjective, its subject (a verb's, or the
    verb's whose subject the noun is not), its 'of' object, or for buildings its site ('a fire at a factory')."""
    near: list[Token] = [c for c in tok.children if c.dep_ in {"compound", "amod", "nmod"}]
    if tok.pos_ == "VERB":
        near += [c for c in tok.children if c.dep_ in SUBJECTS]
        near += [g for s in near if s.dep_ in SUBJECTS for g in s.children if g.dep_ in {"compound", "amod"}]
    preps = [c for c in tok.children if c.dep_ == "prep" and (c.lower_ == "of" or c.lower_ in SITE_PREPS)]
    if tok.dep_ in SUBJECTS:  # 'a fire broke out [at a factory]': the site hangs on the subject's verb
        preps += [c for c in tok.head.children if c.dep_ == "prep" and c.lower_ in SITE_PREPS]
    for prep in preps:
        for o in (c for c in prep.children if c.dep_ == "pobj"):
            near += [o] + [g for g in o.children if g.dep_ in {"compound", "amod"}]
    return next((t for t in near if _named(t, need)), None)


def _named(tok: Token, need: frozenset[str]) -> bool:
    return tok.lemma_.lower() in need or tok.lower_ in need or any(c.dep_ == "compound" and c.lemma_.lower() in need for c in tok.children)


def storm_name(tok: Token) -> str:
    """'Hugo' of 'Hurricane Hugo' (a named storm is the same storm wherever it is named again); '' for others."""
    return tok.head.text if tok.dep_ == "compound" and tok.pos_ == "PROPN" and tok.head.pos_ == "PROPN" else ""


def anaphoric(tok: Token) -> bool:
    """'the floods', 'this quake': a definite noun, which names a happening already reported."""
    return tok.pos_ in NOUN_POS and any(c.dep_ == "det" and c.lower_ in {"the", "this", "that", "these", "those"} for c in tok.children)


def hazard_actor(event: Event, things: list[tuple[int, int]]) -> bool:
    """Is the event's actor one of an incident's words ('An earthquake killed 40', 'A bus crashed …, killing 12')?"""
    a = event.actor
    return a is not None and any(a.start <= lo < a.end for lo, _ in things)
