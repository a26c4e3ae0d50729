"""The events stage: triggers from the lexicon, arguments from the parse, types
from the first sense whose conditions hold, modality and reporter from the
clause around the trigger. Every sentence leaves a trace saying why it was or
was not coded (shown by `eventwire code --explain`)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import yaml
from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..actors.kb import default_kb
from ..document import Document, Mention
from ..model import Actor, Event, Place, Span, Time, Trigger
from .classifier import TypeClassifier
from .confidence import load_calibration
from .lexicon import Lexicon, Sense, load_lexicon
from .modality import Report, cues, modality_of, noun_modality, report_of
from .syntax import (QUANTITY_HEADS, RELATIVE_PRONOUNS, TITLES, children, clause_span, clause_verb, embedding_depth, first_conjunct, is_passive,
                     noun_phrase, objects_of, prep_objects, quantity_head, real_head, role_phrase, subject_of)

# Marks of a clause that gives the time of the clause it hangs on (and so shares its setting).
TEMPORAL_MARKS = frozenset({"as", "while", "when"})
SETTING_PREPS = frozenset({"in", "inside", "across", "throughout", "within"})  # 'in Afghanistan': where things are
# Pronouns that, as the subject of what someone says, refer back to the speaker ("X says it will …").
SPEAKER_PRONOUNS = {"it", "they", "he", "she", "we"}
STATE_SECTORS = {"GOV", "MIL", "COP", "JUD", "SPY", "LEG"}
CIVILIAN_SECTORS = {"CVL", "MED", "EDU", "REL", "NGO", "HLH", "REF", "LAB", "BUS"}
DATE_PRECISIONS = {"day", "week", "month", "quarter", "season", "year"}
REALIS = {"asserted", "claimed"}  # reported as having happened
TARGET_PREPS = {"on", "against", "with", "to", "at", "toward", "towards", "upon", "into"}
PATIENT_PREPS = {"on", "against", "upon"}  # prepositions whose object may be an unresolved patient ("attacks on a convoy")
RECIPIENT_PREPS = {"to", "on", "against", "with", "between", "upon", "toward", "towards", "into"}  # "aid to X", "sanctions on X"
CIRCUMSTANCE_PREPS = {"after", "before", "following", "despite", "amid", "since", "during", "over", "about", "regarding",
                      "because", "than", "like", "until", "by", "from", "without", "against"}
AGENT_PREPS = {"by", "from"}
CLAUSE_DEPS = {"acl", "relcl", "ccomp", "advcl", "xcomp"}
AUTHORED = {"accusation", "allegation", "charge", "claim", "demand", "criticism", "visit", "complaint", "assertion"}  # "accusations by X", "a request from X"
AUTHORED_CLASSES = ("demand", "complaint")  # requests, appeals, charges: their 'by' phrase names whom a reply answers
RESPONSIBILITY_VERBS = {"claim", "accept", "take", "admit", "assume", "acknowledge"}
CLAIMED_RESPONSIBILITY = "claimed responsibility:"
PERSON_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "ee", "ier")
PATIENT_CLASSES = ("territory", "military_targets", "infrastructure", "property", "weapon", "media", "statement", "demand",
                   "proposal", "agreement", "complaint", "route", "documents")
MATERIAL_CLASSES = ("aid", "sanction", "restriction", "intelligence", "ties", "talks", "refuge")
NOT_PERSONAL = ("documents", "restriction", "statement", "demand", "violence", "border", "territory", "aid")
CONTENT_CLASSES = ("statement", "proposal", "demand", "sanction")  # heads named without what they are about
CONTENT_PREPS = {"on", "of", "about", "over", "for", "regarding", "into", "concerning"}
RELATIONAL_NOUNS = {"tie", "ties", "link", "links", "relation", "relations", "connection", "contact", "dealing", "dealings"}  # "a group with ties to X"
# Event nouns whose "of" phrase is what the act is done to (objective genitive: "the blockade of Qatar", "the
# release of the pilots"); in the other types it names who acts ("the visit of the minister", "a strike of miners",
# "the resignation of the minister", "with the support of France").
PATIENT_OF_TYPES = {"ASSAULT", "COERCE", "SANCTION", "ACCUSE", "CONCEDE", "REJECT", "THREATEN"}
STANCE_TYPES = {"AGREE", "SUPPORT", "REJECT"}  # "agree / side / comply with X": the 'with' phrase is what the stance is on
YIELDING_TYPES = {"REJECT", "CONCEDE", "AGREE", "RETREAT"}  # acts that refuse or give in to someone's pressure
LOCATION_PREPS = {"in", "at", "near", "outside", "inside", "around", "across", "from", "into", "of", "to", "on"}


@lru_cache(maxsize=1)
def _roles() -> dict[str, frozenset[str]]:
    """Word lists for argument choice (data/events/roles.yaml)."""
    raw = yaml.safe_load(resources.files("eventwire").joinpath("data/events/roles.yaml").read_text("utf-8"))
    return {name: frozenset(words) for name, words in raw.items()}


@lru_cache(maxsize=1)
def _nations() -> dict[str, tuple[str, str]]:
    """'US', 'France' → ("country", ISO3); 'Afghan', 'American' → ("adjective", ISO3): the actors KB's own names."""
    return {form: (what, key) for form, (what, key) in default_kb().surface_forms().items() if what in {"country", "adjective"}}


@dataclass
class Candidate:
    token: Token
    key: str  # lexicon key that matched ("seize", "call for", "air strike")
    is_noun: bool
    anchor: Token  # verb that carries the arguments (the trigger itself, or a light verb for nouns)
    sense: Sense | None = None
    why: str = ""


def is_claim(cue_lemma: str, reporter: Actor | None, actor: Actor | None) -> bool:
    """A report is a claim when its verb says so ("claimed") or a non-state party announces its
    own operation: unverified by construction. Shared with the quotes stage."""
    if cue_lemma in cues().claim:
        return True
    return bool(reporter and actor and reporter.name == actor.name and actor.sector not in STATE_SECTORS)


def _clause_chars(verb: Token, sent: SpacySpan) -> tuple[int, int]:
    """The character range of the verb's clause; for the sentence's main verb, the whole sentence."""
    return (sent.start_char, sent.end_char) if verb == sent.root else clause_span(verb)


PLACE_RANK = {"P": 0, "A": 1, "L": 2}  # towns before provinces and countries, before regions


def _most_specific(places: list[Place], chars: tuple[int, int], near: Token) -> Place | None:
    """The most specific of the places inside `chars` (a town before a province before a country),
    the nearest to the trigger among equals."""
    lo, hi = chars
    scoped = [p for p in places if lo <= p.start < hi]
    return min(scoped, key=lambda p: (PLACE_RANK.get(p.feature[:1], 3), p.feature == "A.PCLI", abs(p.start - near.idx)), default=None)


class EventCoder:
    name = "events"
    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lex = lexicon or load_lexicon()
        self.classifier = TypeClassifier.load()
        self.calibration = load_calibration()

    def __call__(self, document: Document) -> Document:
        events: list[Event] = []
        trace: list[tuple[int, str]] = []
        for si, sent in enumerate(document.doc.sents):
            found, notes = self.code_sentence(document, sent)
            events.extend(found)
            trace.extend((si, n) for n in notes)
        document.article.events = events
        document.trace.extend(("events", si, note) for si, note in trace)
        return document

    # ---- triggers -------------------------------------------------------------------------------
    def candidates(self, sent: SpacySpan) -> list[Candidate]:
        out: list[Candidate] = []
        for tok in sent:
            lemma = tok.lemma_.lower()
            if tok.pos_ == "VERB":
                key = self._verb_key(tok, lemma)
                if key:
                    out.append(Candidate(tok, key, False, tok))
            elif (lemma == "must" and tok.dep_ == "aux" and lemma in self.lex.verbs and tok.head.dep_ == "ccomp"
                  and tok.head.head.lemma_.lower() in cues().speech):
                out.append(Candidate(tok, lemma, False, tok.head.head))  # "X said Y must go": the speaker demands it
            elif self._mistagged_conjunct(tok, lemma):
                out.append(Candidate(tok, lemma, False, tok))
            elif self._mistagged_participle(tok) and lemma in self.lex.verbs:
                # "it had overrun Aybak" tagged as had/VERB + overrun/NOUN: the auxiliary carries the arguments
                out.append(Candidate(tok, lemma, False, sent.doc[tok.i - 1]))
            elif tok.pos_ == "PROPN" and (key := self.lex.headline_verb(tok)):
                out.append(Candidate(tok, key, False, tok))  # "Leader Ejects Observers": a Title Case headline's verb, tagged PROPN
            elif tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ not in {"compound"}:
                key = self._noun_key(tok, lemma)
                if key:
                    out.append(Candidate(tok, key, True, self._governing_verb(tok)))
            elif tok.pos_ == "NOUN" and tok.dep_ == "compound" and lemma in self.lex.nouns and tok.head.lemma_.lower() in self.lex.compound_heads:
                # "the withdrawal date", "a withdrawal deal": the event is named inside a compound; "attack aircraft" is not one
                out.append(Candidate(tok, lemma, True, self._governing_verb(tok.head)))
        return out

    @staticmethod
    def _mistagged_participle(tok: Token) -> bool:
        if tok.i == 0 or tok.pos_ not in {"NOUN", "ADJ", "PROPN"}:
            return False
        prev = tok.doc[tok.i - 1]
        return prev.lower_ in {"had", "has", "have", "having"} and prev.pos_ in {"VERB", "AUX"} and tok.dep_ in {"compound", "amod", "dobj"}

    def _mistagged_conjunct(self, tok: Token, lemma: str) -> bool:
        """'will participate and press for a ceasefire': a verb coordinated with a verb, tagged NOUN."""
        return (tok.pos_ == "NOUN" and tok.dep_ == "conj" and tok.head.pos_ == "VERB" and lemma in self.lex.verbs
                and lemma not in self.lex.nouns and not any(c.dep_ == "det" for c in tok.children))

    def light(self, verb: Token) -> bool:
        """Is this verb (with its particle: 'stepping up') a light verb that lends its arguments to an event noun?"""
        lemma = verb.lemma_.lower()
        particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
        return lemma in self.lex.light_verbs or any(f"{lemma} {p}" in self.lex.light_verbs for p in particles)

    def _verb_key(self, tok: Token, lemma: str) -> str | None:
        for child in tok.children:
            if self._time_phrase(child):
                continue  # "called to the capital [on Friday]": a preposition that introduces a time is no particle of the verb
            marks = [m.lower_ for m in child.children if m.dep_ == "mark"] if child.dep_ == "advcl" else []
            if child.dep_ == "prep" and any(o.dep_ == "dobj" and tok.i < o.i < child.i for o in tok.children):
                continue  # "giving a voucher to households [in a bid to …]": a phrase after the object is no particle
            if child.dep_ in {"prt", "prep"} or (child.dep_ == "dobj" and child.i == tok.i + 1) or marks:
                key = f"{lemma} {marks[0] if marks else child.lower_}"  # "called for the army to withdraw": 'for' marks the clause
                if key in self.lex.verbs:
                    return key
        return lemma if lemma in self.lex.verbs else None

    @staticmethod
    def _time_phrase(prep: Token) -> bool:
        """'on Friday', 'in March': a preposition whose object is a time expression ('for three days of mourning'
        names what is called for, not when)."""
        return prep.dep_ == "prep" and any(g.ent_type_ in {"DATE", "TIME"} and not any(c.lower_ == "of" for c in children(g, {"prep"}))
                                           for g in children(prep, {"pobj"}))

    def _noun_key(self, tok: Token, lemma: str) -> str | None:
        for child in tok.children:
            if child.dep_ == "compound":
                key = f"{child.lower_} {lemma}"
                if key in self.lex.nouns:
                    return key
        return lemma if lemma in self.lex.nouns else None

    @staticmethod
    def _governing_verb(tok: Token) -> Token:
        """The verb above an event noun; an event named in a circumstance ('condolences after the attack',
        'talks despite the strikes') governs itself."""
        cur = tok
        for _ in range(6):
            if cur.pos_ in {"VERB", "AUX"}:
                return cur
            if cur.head == cur:
                return tok
            if cur.dep_ == "pobj" and cur.head.lower_ in CIRCUMSTANCE_PREPS:
                return tok
            cur = cur.head
        return tok

    # ---- senses ---------------------------------------------------------------------------------
    def _matches(self, document: Document, classes: frozenset[str], tokens: list[Token]) -> Token | None:
        for t in tokens:
            lemmas = [t.lemma_.lower()] + [c.lemma_.lower() for c in t.children if c.dep_ == "compound"]  # "mediation efforts"
            for name in classes:
                if name.startswith("@"):
                    if self._special(document, t, name):
                        return t
                elif any(self.lex.in_class(lemma, name) for lemma in lemmas):
                    return t
        return None

    def _special(self, document: Document, t: Token, name: str) -> bool:
        char = t.idx
        if name == "@place":
            return any(p.start <= char < p.end and p.geonameid is not None for p in document.article.places)
        mention = document.mention_at(t.i) or next(
            (m for c in t.children if c.dep_ == "appos" and (m := document.mention_at(c.i))), None
        )
        if mention is None:
            return name == "@person" and t.ent_type_ == "PERSON"
        actor = mention.actor
        if name == "@actor":
            return True
        if name == "@person":
            return actor.kind == "person"
        if name == "@state":
            return actor.sector in STATE_SECTORS
        if name == "@nonstate":
            return actor.sector not in STATE_SECTORS
        return False

    def choose_sense(self, document: Document, cand: Candidate) -> tuple[Sense | None, str]:
        senses = (self.lex.nouns if cand.is_noun else self.lex.verbs)[cand.key]
        tok = cand.token if cand.is_noun else cand.anchor
        notes = []
        for sense in senses:
            ok, why = True, []
            for slot, classes in sense.conditions:
                if slot == "object":
                    objs = objects_of(tok) if not cand.is_noun else [real_head(p) for _, p in prep_objects(tok, {"of"})]
                    if " " in cand.key and not cand.is_noun:  # "call for X": X is the prep's object
                        objs += [o for _, o in prep_objects(tok, {cand.key.split()[1]})]
                    hit = (objs[0] if objs else None) if not classes else self._matches(document, classes, objs)
                    why.append(f"object {hit.text!r} is {'/'.join(sorted(classes))}" if hit else f"no object in {'/'.join(sorted(classes))}")
                    ok &= hit is not None
                elif slot.startswith("prep_"):
                    prep = slot[5:]
                    objs = [o for _, o in prep_objects(tok, {prep})]
                    objs += [o for c in tok.children if c.lower_ == "out" for _, o in prep_objects(c, {prep})]  # "pulled out of the talks"
                    hit = objs[0] if objs and not classes else self._matches(document, classes, objs)
                    why.append(f"'{prep} {hit.text}'" if hit else f"no '{prep} …' of the right kind")
                    ok &= hit is not None
                elif slot == "subject":
                    subj = subject_of(cand.anchor)
                    hit = self._matches(document, classes, [subj, real_head(subj)] if subj else [])  # "thousands of workers"
                    ok &= hit is not None
                    why.append(f"subject {'matches' if hit else 'does not match'} {'/'.join(sorted(classes))}")
                elif slot == "bare":
                    hit_bare = not objects_of(tok) and not is_passive(tok)
                    ok &= hit_bare
                    why.append("no object" if hit_bare else "has an object or is passive")
                elif slot in {"xcomp", "xcomp_not", "complement"}:
                    # 'complement' also takes "was found guilty" (oprd) and "found him guilty" (the small model's ccomp)
                    deps = {"xcomp", "oprd", "acomp", "ccomp"} if slot == "complement" else {"xcomp"}
                    comps = [c for c in tok.children if c.dep_ in deps]
                    hit = comps[0] if comps and not classes else self._matches(document, classes, comps)
                    ok &= (hit is not None) == (slot != "xcomp_not")
                    why.append(f"complement '{hit.text}'" if hit else "no such complement")
                elif slot == "modifier":
                    mods = [c.lemma_.lower() for c in tok.children if c.dep_ in {"amod", "compound", "nmod"}]
                    hit_word = next((m for m in mods if m in classes), None)
                    ok &= hit_word is not None
                    why.append(f"modifier '{hit_word}'" if hit_word else "no listed modifier")
            if ok:
                return sense, f"sense {sense.label}" + (f" because {', '.join(why)}" if why else " (default sense)")
            notes.append(f"{sense.label} rejected: {', '.join(why)}")
        return None, "no sense fits: " + "; ".join(notes)

    # ---- arguments ------------------------------------------------------------------------------
    def actor_for(self, document: Document, cand: Candidate) -> tuple[Actor | None, str]:
        tok = cand.token
        if cand.is_noun:
            undergone = self.lex.in_class(tok.lemma_.lower(), "undergone")
            for child in tok.children:  # "Biden's withdrawal", "US strikes", "Israeli raids", "strikes by the army"
                if child.dep_ == "poss" and undergone:
                    continue  # "his arrest": the one arrested, not who arrested him
                if child.dep_ in {"poss", "compound", "amod", "nmod"}:
                    m = document.mention_at(child.i)
                    if m:
                        return m.actor, f"{child.dep_} '{child.text}'"
            for prep, pobj in prep_objects(tok, {"by"}):
                m = document.mention_at(pobj.i)
                if m:
                    return m.actor, f"'by {pobj.text}'"
            claimant = self._claimant(tok)
            if claimant is not None:  # "the group claimed responsibility for the attack": the claimant did it, by its own account
                m = document.mention_at(claimant.i) or self._mention_in(document, claimant)
                found = self._as_phrase(document, m.actor, claimant) if m else self._unresolved(document, claimant)
                if found is not None:
                    return found, f"{CLAIMED_RESPONSIBILITY} '{claimant.text}'"
            if cand.anchor == tok or not self.light(cand.anchor):
                return None, "no owner of the event noun"
        subj = subject_of(cand.anchor)
        if subj is None and self._expelled(cand.anchor):
            # "two inspectors have been expelled from North Korea": with no 'by' agent, the state one is expelled from expels
            for _, src in prep_objects(cand.anchor, {"from"}):
                m = document.mention_at(src.i)
                place = self._place_at(document, src) if m is None else None
                if m is not None:
                    return self._as_phrase(document, m.actor, src), f"'from {src.text}' of a passive expulsion"
                if place is not None and place.feature == "A.PCLI" and place.country:
                    return self._place_actor(document, src, place, "state"), f"'from {src.text}' of a passive expulsion (a country)"
        if subj is None:
            return None, "no subject"
        m = document.mention_at(subj.i) or self._mention_in(document, subj)
        place = self._place_at(document, subj) if m is None and subj.pos_ == "PROPN" else None
        if place is not None and place.geonameid is not None and subj.dep_ in {"nsubj", "pobj"}:
            # "Kosovo is sending a platoon", "Pittsburgh is considering": a place that acts stands for its authorities
            kind = "state" if place.feature == "A.PCLI" else None
            return self._place_actor(document, subj, place, kind), f"subject '{subj.text}' (a place as the agent)"
        if m is None and subj.pos_ == "PRON" and subj.lower_ in SPEAKER_PRONOUNS:
            # "Action Against Hunger says it is providing …": a pronoun subject of what someone says is the speaker,
            # when nothing else was found for it
            report = report_of(cand.anchor)
            speaker = report.speaker if report is not None else None
            if speaker is not None and speaker.pos_ in {"NOUN", "PROPN"} and speaker.i < subj.i:
                sm = document.mention_at(speaker.i) or self._mention_in(document, speaker)
                found = self._as_phrase(document, sm.actor, speaker) if sm else self._unresolved(document, speaker)
                if found is not None:
                    return found.model_copy(update={"text": subj.text, "start": subj.idx, "end": subj.idx + len(subj.text),
                                                    "antecedent": Span(text=found.text, start=found.start, end=found.end)}), \
                        f"subject '{subj.text}': the speaker '{speaker.text}'"
        if m is None:
            unresolved = self._unresolved(document, subj)
            if unresolved is None:
                return None, f"subject '{subj.text}' is not a known actor"
            return unresolved, f"subject '{subj.text}' (not in the knowledge base: unresolved)"
        return self._as_phrase(document, m.actor, subj), f"subject '{subj.text}'"

    @staticmethod
    def _expelled(verb: Token) -> bool:
        """A passive verb of expulsion with no 'by' agent: 'were expelled from X', 'was deported from X'."""
        lemma = verb.lemma_.lower()
        phrasal = any(f"{lemma} {c.lower_}" in _roles()["expulsion_verbs"] for c in verb.children if c.dep_ == "prt")
        return ((lemma in _roles()["expulsion_verbs"] or phrasal) and verb.pos_ == "VERB"
                and is_passive(verb) and not children(verb, {"agent"}))

    def _forces_actor(self, document: Document, t: Token) -> Actor | None:
        """'US attack aircraft', 'Afghan troop [withdrawal]': forces (or a noun with a forces compound) named with a
        nationality belong to that state. On a compound event noun only a demonym counts: 'the Iraq troop withdrawal'
        names where they leave."""
        lemma = t.lemma_.lower()
        forces = t if self.lex.in_class(lemma, "troops") else next(
            (c for c in t.children if c.dep_ == "compound" and self.lex.in_class(c.lemma_.lower(), "troops")), None)
        if forces is None or document.mention_at(t.i) is not None:
            return None
        for c in t.children:
            what, iso3 = _nations().get(c.text, ("", ""))
            if c.dep_ in {"compound", "amod", "nmod"} and c.i < forces.i and (what == "adjective" or (what == "country" and forces == t)):
                span = document.doc[c.i : forces.i + 1]
                return Actor(text=span.text, start=span.start_char, end=span.end_char, name=span.text, country=iso3,
                             sector="COP" if forces.lemma_.lower() == "police" else "MIL", kind="group",
                             method=f"nationality '{c.text}' of the forces '{forces.text}'")
        return None

    def _forces_owner(self, document: Document, noun: Token) -> tuple[Actor | None, str]:
        """'the Afghan troop withdrawal', 'the withdrawal of US troops': the state whose forces move does it
        ('the killing of US troops' is undergone by them)."""
        if self.lex.in_class(noun.lemma_.lower(), "undergone"):
            return None, "no owner of the event noun"
        for f in [noun] + [o for _, o in prep_objects(noun, {"of"}) if self.lex.in_class(o.lemma_.lower(), "troops")]:
            m = document.mention_at(f.i) if f != noun else None
            owner = m.actor if m is not None else self._forces_actor(document, f)
            if owner is not None:
                return owner, f"owner of the forces '{owner.text}'"
        return None, "no owner of the event noun"

    def _sole_party(self, document: Document, cand: Candidate, sent: SpacySpan, report: Report | None,
                    agents: frozenset[int]) -> tuple[Actor | None, str]:
        """An event noun nobody is named as doing ('… as the troop withdrawal continues') is read, as an analyst
        reads it, as the act of the one party the sentence names, when that party is a state or its forces and is
        not the agent of another act there. Not parties for this: the report's speaker, the event's own phrase
        and the light verb's objects (its targets). Two parties, or a non-state one, leave it without an actor."""
        skip = {t.i for t in cand.token.subtree}
        for h in ([report.speaker] if report is not None and report.speaker is not None else []) + objects_of(cand.anchor) + [
                o for _, o in prep_objects(cand.anchor, TARGET_PREPS)]:
            skip |= {t.i for t in h.subtree}
        parties = [(m.start, m.end, m.actor) for m in document.mentions
                   if sent.start <= m.start < sent.end and not skip.intersection(range(m.start, m.end))]
        for t in sent:
            forces = self._forces_actor(document, t) if t.i not in skip else None
            if forces is not None and (span := document.doc.char_span(forces.start, forces.end)) is not None:
                parties.append((span.start, span.end, forces))
        if len({a.country or a.name for _, _, a in parties}) != 1:
            return None, f"no owner of the event noun ({len(parties)} parties in the sentence)" if parties else "no owner of the event noun"
        start, end, actor = min(parties, key=lambda p: abs(p[0] - cand.token.i))
        if actor.sector not in STATE_SECTORS and actor.kind != "state":
            return None, f"no owner of the event noun (the only party, '{actor.text}', is no state)"
        if any(s <= a < e for s, e, _ in parties for a in agents):
            return None, f"no owner of the event noun ('{actor.text}' is the agent of another act)"
        return actor, f"from the sentence: '{actor.text}', the only party it names (a state or its forces)"

    @staticmethod
    def _claimant(noun: Token) -> Token | None:
        """'X claimed responsibility for the attack (on Y)' → X, the subject of the claim."""
        prep = noun.head
        while prep.dep_ == "conj" and prep.head != prep:  # "for the bombing and the attack"
            prep = prep.head.head if prep.head.dep_ == "pobj" else prep.head
        if noun.dep_ not in {"pobj", "conj"} or prep.lower_ != "for" or prep.head.lemma_.lower() != "responsibility":
            return None
        verb = prep.head.head
        if verb.lemma_.lower() not in RESPONSIBILITY_VERBS:
            return None
        return subject_of(verb)

    def _as_phrase(self, document: Document, actor: Actor, head: Token) -> Actor:
        """Evidence for a role is the whole phrase that fills it ("Taliban attackers", "a Taliban suicide
        bomber"), resolved as the mention inside it; pronouns keep their own span and antecedent."""
        if head.pos_ == "PRON":
            return actor
        named = document.doc.char_span(actor.start, actor.end)
        if named is not None and named.start <= head.i < named.end and named.root.i != head.i and named.root.pos_ != "PRON":
            head = named.root  # "the Tigray People's Liberation Front": the mention's own head, not a word inside it
        head = quantity_head(first_conjunct(head))
        start, end = self._without_content(document, head, *role_phrase(head))
        span = document.doc[start:end]
        mention = document.doc.char_span(actor.start, actor.end, alignment_mode="expand")
        dated = mention is not None and all(t.ent_type_ in {"DATE", "TIME"} or t.is_punct for t in mention if t.i < start)
        if not (span.start_char <= actor.start or dated) or not actor.end <= span.end_char or end - start > 24:
            return actor  # a mention reaching past the phrase, except by a date before it ("[17 July 2017] Russia's Supreme Court")
        return actor.model_copy(update={"text": span.text, "start": span.start_char, "end": span.end_char})

    def _antecedent_phrase(self, document: Document, actor: Actor | None) -> Actor | None:
        """A pronoun's antecedent is evidence like any role filler: the whole phrase it heads, not the bare name
        the resolver matched ("[The Civil Liberties Union (CLU)] said it will refuse …", "[the Nigerian Air Force
        (NAF)] says it has killed …"); an abbreviation in brackets stands for the name before it."""
        if actor is None or actor.antecedent is None:
            return actor
        ante = actor.antecedent
        span = document.doc.char_span(ante.start, ante.end, alignment_mode="expand")
        if span is None or len(span) == 0:
            return actor
        head = span.root
        if head.pos_ == "PRON":
            return actor
        if (head.dep_ == "appos" and head.i > 0 and head.doc[head.i - 1].text == "(" and head.head.i < head.i
                and head.head.pos_ == "PROPN"):
            head = head.head  # "( CLU )": the name the abbreviation stands for
        head = quantity_head(first_conjunct(head))
        start, end = self._without_content(document, head, *role_phrase(head))
        phrase = document.doc[start:end]
        if not (phrase.start_char <= ante.start and ante.end <= phrase.end_char) or end - start > 24:
            return actor
        if phrase.start_char <= actor.start < phrase.end_char:
            return actor  # the pronoun inside the phrase ("the army and its allies"): no widening over it
        return actor.model_copy(update={"antecedent": ante.model_copy(update={"text": phrase.text, "start": phrase.start_char,
                                                                               "end": phrase.end_char})})

    def _unresolved(self, document: Document, head: Token, patient: bool = False) -> Actor | None:
        """The argument's noun phrase as an actor nobody could identify ("a police helicopter"):
        the evidence is kept, country and sector stay unknown rather than guessed. Events
        ("the meetings") are never actors; territory ("a military base") can be what an
        event is done to (`patient`), never who does it."""
        lemma = head.lemma_.lower()
        if head.pos_ not in {"NOUN", "PROPN"} or head.lower_ in RELATIVE_PRONOUNS:
            return None
        # a capitalised word closing a run of names is a name, whatever it means in lower case ("the NGO Israel Flying Aid")
        titled = (head.text[:1].isupper() and not head.is_sent_start and not head.is_upper
                  and any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == head.i - 1 for c in head.lefts))
        if not titled and ((lemma in self.lex.nouns and not self.lex.in_class(lemma, "people")) or self.lex.in_class(lemma, "violence")
                           or (not patient and self.lex.in_class(lemma, "territory"))):  # "a bomber" names a person, "a suicide bomber" an attack too
            return None
        article = document.article
        if any(t.start <= head.idx < t.end for t in article.times) or any(p.start <= head.idx < p.end for p in article.places):
            return None
        head = quantity_head(first_conjunct(head))
        start, end = self._without_content(document, head, *role_phrase(head))
        span = document.doc[start:end]
        return Actor(text=span.text, start=span.start_char, end=span.end_char, name=span.text,
                     method="unresolved noun phrase: no actor in the knowledge base or the text matches it")

    def _without_content(self, document: Document, head: Token, start: int, end: int) -> tuple[int, int]:
        """A message or a measure is named without what it is about: "Trump's comments [on farm seizures]",
        "an offer [of a ceasefire]", "the EU's ban [on entry into Spain]"."""
        lemma = head.lemma_.lower()
        # "52 people [in coordinated attacks in London]": a phrase naming an event the party took part in is a
        # circumstance of the act, not part of who
        # "threatened the rebels [with military action]": the act threatened or done with, not part of who; but "groups
        # with ties to the rebels" describes the party
        events = [c.left_edge.i for x in [head, *head.conjuncts] for c in x.rights if c.dep_ == "prep" and c.lower_ in {"in", "during", "amid", "with"}
                  and any(self._event_noun(g) and not (c.lower_ == "with" and g.lemma_.lower() in RELATIONAL_NOUNS) for g in children(c, {"pobj"}))
                  and start < c.left_edge.i < end]
        if events and min(events) > head.i:
            end = min(events)
            while end - 1 > head.i and (head.doc[end - 1].is_punct or head.doc[end - 1].dep_ == "cc"):
                end -= 1
        if not any(self.lex.in_class(lemma, c) for c in CONTENT_CLASSES):
            return start, end
        cut = [c.left_edge.i for c in head.rights if c.dep_ == "prep" and c.lower_ in CONTENT_PREPS and c.left_edge.i < end
               and not (c.lower_ == "of" and any(self._actorish(document, g) for g in children(c, {"pobj"})))]  # "the call of the EU"
        if cut and min(cut) > head.i:
            end = min(cut)
            doc = head.doc
            while end - 1 > head.i and (doc[end - 1].is_punct or doc[end - 1].dep_ == "cc"):
                end -= 1
        return start, end

    @staticmethod
    def _mention_in(document: Document, head: Token, phrase_only: bool = False) -> Mention | None:
        """A mention inside the subject phrase: 'The armed group's spokesman' → the spokesman mention.
        `phrase_only`: not inside a clause of the phrase ('the decisions [taken at the meeting of the NSC]')."""
        best = None
        clauses = {t.i for c in head.children if c.dep_ in CLAUSE_DEPS for t in c.subtree} if phrase_only else set()
        for m in document.mentions:
            if head.left_edge.i <= m.start and m.end <= head.right_edge.i + 1 and m.start not in clauses:
                if best is None or m.end - m.start > best.end - best.start:
                    best = m
        return best

    def target_for(self, document: Document, cand: Candidate, actor: Actor | None) -> tuple[Actor | None, str]:
        """Whom the event is done to. Slots in order: the trigger's objects, its prepositional objects
        ("talks with X", "attacks on X"), a light verb's, and the objects of a complement verb
        ("threatened to attack X", "refused to lift sanctions on X"). A slot filled by a thing
        ("sanctions", "aid", "a ban") passes to the thing's recipient ("sanctions on Iran", "aid to
        Somalia", "a ban imposed on Chadian citizens"). A named actor or a country anywhere in the slots
        wins over an unresolved phrase; an unresolved phrase is taken from objects, "on/against" phrases,
        phrases naming people ("talks with rebel commanders") and recipients of a thing. The possessor of
        an event undergone is its target ("the blogger's arrest"); troops sent are not ("offered to send
        troops to Latvia"); an agreement signed is no party. Only when none of these names anyone, the
        object of a purpose clause ("sent troops to help the Kenyan army"). `_event` falls back further
        on the place the event bears on. "X said Y must go" (trigger 'must') is a demand of Y.
        By the trigger's valency, too: a transfer bears on its recipient ("returned the manuscript to Italy"),
        a transitive event noun on its "of" phrase ("the blockade of Qatar"), a reply on the author of what it
        answers ("rejected an appeal by X", "declined despite pressure from X"), a demand on the subject of its
        that-clause, an agreement on the other side ("with X"), never on its content ("agreed to open the border")."""
        tok = cand.token if cand.is_noun else cand.anchor
        if cand.key == "must":  # "X said Y must go": Y is whom the demand is made of
            bound = subject_of(cand.token.head)
            found = self._argument(document, bound, actor)[0] if bound is not None else None
            if found is None and bound is not None:
                found = self._unresolved(document, bound)
            return (found, f"subject of '{cand.token.head.text}'") if found is not None else (None, "no target actor")
        slots: list[tuple[str, Token, bool, bool]] = []  # (how, token, may be an unresolved phrase, recipient slot)
        if cand.is_noun and self.lex.in_class(tok.lemma_.lower(), "undergone"):  # "his arrest", "Khashoggi's killing"
            slots += [("possessor", c, True, False) for c in tok.children if c.dep_ == "poss"]
        if cand.is_noun and cand.sense is not None and cand.sense.type in PATIENT_OF_TYPES:  # "the blockade of Qatar"
            slots += [("'of …'", o, True, False) for _, o in prep_objects(tok, {"of"})]
        elif cand.is_noun and self.lex.in_class(tok.lemma_.lower(), "undergone"):  # "the release of the jailed reporter": who undergoes it,
            slots += [("'of …'", o, True, False) for _, o in prep_objects(tok, {"of"})]  # as the possessor does in "his release"
        if not cand.is_noun and tok.dep_ == "amod" and tok.tag_ == "VBN" and tok.head.pos_ in {"NOUN", "PROPN"}:
            slots += [("the noun it qualifies", tok.head, True, False)]  # "the jailed reporter", "the detained activists": who underwent it
        received: list[Token] = []
        opposed: list[Token] = []
        if not cand.is_noun and self._transfer(tok):
            # "returned the artefacts to Peru", "extradited him to the US", "gave every household a voucher": the recipient
            # before the thing or person moved; a place there stands for the people in it
            received = [o for _, o in prep_objects(tok, {"to"})] + [
                g for c in tok.children if c.dep_ == "dative" for g in (children(c, {"pobj"}) if c.pos_ == "ADP" else [c])]
            slots += [("recipient", o, True, False) for o in received]
        if not cand.is_noun:
            if not is_passive(tok) and any(self._authored(o) for o in objects_of(tok)):
                # "denied charges [by the chamber]" parsed with 'by' on the active verb: it names the charges' author
                slots += [(f"'{p} …' (author)", o, True, False) for p, o in prep_objects(tok, AGENT_PREPS)]
            if cand.sense is not None and cand.sense.type == "AGREE":  # "accepted a formula to end its conflict with Israel"
                slots += [(f"'{x.head.head.text} with …' in the object", x, True, False) for o in objects_of(tok) for x in o.subtree
                          if x.dep_ == "pobj" and x.head.lower_ == "with" and self._counterpart_noun(x.head.head)]
            second = cand.key.split()[1] if " " in cand.key else ""
            # "called on X", "called for sanctions against X": a phrasal verb's preposition takes its object, before any object
            # the parser gave the verb ("called on leaders to emulate …, the late President …" with 'President' as a predicate)
            slots += [(f"'{p} …'", o, True, False) for p, o in prep_objects(tok, {second})] if second else []
            slots += [("object", o, True, False) for o in objects_of(tok)]
            if second:
                slots += [(f"'{second} … to'", x, True, False) for c in tok.children if c.dep_ == "advcl"  # "called for X to go"
                          and any(m.dep_ == "mark" and m.lower_ == second for m in c.children) for x in children(c, {"nsubj"})]
                for o in children(tok, {"dobj"}):  # "took control of the camp": the object noun is part of the trigger
                    if o.lower_ == second:
                        slots += [(f"'{second} of …'", x, True, False) for _, x in prep_objects(o, {"of"})]
        if cand.sense is not None and cand.sense.type in {"AID", "MOBILIZE", "COOPERATE"}:
            # "contributed troops to the NATO force in Afghanistan": a force given to is an instrument; where it serves is the target
            slots += [(f"'to {o.text} in …'", r, True, True) for _, o in prep_objects(tok, {"to"}) if document.mention_at(o.i) is None
                      and any(self.lex.in_class(o.lemma_.lower(), c) for c in ("troops", "monitors")) for _, r in prep_objects(o, {"in"})]
        if cand.is_noun and cand.sense is not None and cand.sense.type == "SUPPORT":
            # "voiced support for the opposition", "expressed sympathy for the victims": a noun of support is for whom it is given
            slots += [("'for …'", o, False, False) for h in dict.fromkeys([tok, cand.anchor]) for _, o in prep_objects(h, {"for"})
                      if o != tok and not self._event_noun(o)]
        # "agree with the recommendation", "sided with the plan": 'with' marks the object of a stance, thing or party
        stance = {"with"} if not cand.is_noun and cand.sense is not None and cand.sense.type in STANCE_TYPES else set()
        slots += [(f"'{p} …'", o, p in PATIENT_PREPS | stance, False) for p, o in prep_objects(tok, TARGET_PREPS)]
        # "suspended aid deliveries [to Gaza]": a phrase on the verb that says where its thing goes names a recipient,
        # and a place there stands for the people in it, as in "aid to Gaza"
        given = not cand.is_noun and any(self._material(o) for o in objects_of(tok))
        goes_to = ({o.i for p, o in prep_objects(tok, RECIPIENT_PREPS)} if given else set()) | {o.i for o in received}
        if not cand.is_noun and any(self._imposed(o) for o in objects_of(tok)):  # "imposed a curfew [in X]", the phrase on the verb
            slots += [("'in …'", o, True, True) for _, o in prep_objects(tok, {"in"}) if self._where(o)]
        if given:  # "lifted the ban [on doing business with X]" with the phrase on the verb: whom the banned act involves
            slots += [(f"'{c.text} {g.text} {p} …'", o, True, False) for c in tok.children if c.dep_ == "prep" and c.lower_ in RECIPIENT_PREPS
                      for g in children(c, {"pcomp"}) for p, o in prep_objects(g, {"with", "to"})]
        if cand.is_noun and tok.head.dep_ == "prep" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in QUANTITY_HEADS:
            slots += [(f"'{p} …'", o, p in PATIENT_PREPS, False) for p, o in prep_objects(tok.head.head, TARGET_PREPS)]  # "a handful of attacks a day on X"
        if cand.sense is not None and cand.sense.mode in {"withdraw", "return"}:  # "withdrew from Sinai": the place left
            left = [o for _, o in prep_objects(tok, {"from"})]
            slots += [("'from …'", o, True, False) for o in left]
            goes_to |= {o.i for o in left}  # a place left stands for the people there, as a place given to does
        if cand.is_noun and self._imposed(tok):  # "a curfew in Kashmir", "a ceasefire in Idlib": the place and the people there
            slots += [(f"'{p} …'", o, True, True) for p, o in prep_objects(tok, {"in"}) if self._where(o)]
        if cand.is_noun and cand.anchor != tok:
            # the light verb's 'at' phrase is where the event is held ("held a protest at the university"), not whom it is against
            slots += [(f"'{p} …' of '{cand.anchor.text}'", o, False, False) for p, o in prep_objects(cand.anchor, TARGET_PREPS - {"at"})]
            slots += [(f"'at {v.text} against …'", o, False, False) for _, v in prep_objects(cand.anchor, {"at"})  # the same, parsed on the venue
                      for _, o in prep_objects(v, {"against"})]
            slots += [("object of light verb", o, False, False) for o in objects_of(cand.anchor) if o != tok]
        content = cand.sense is not None and cand.sense.type == "AGREE" and tok.lemma_.lower() in _roles()["agreement_verbs"]
        if not cand.is_noun and not content:  # "agreed to open its borders to refugees": what is agreed names no party
            for comp in self._complements(tok):
                acts = comp.lemma_.lower() in self.lex.verbs  # "threatened to attack 52 sites": the complement is an act
                slots += [(f"object of '{comp.text}'", o, acts, False) for o in objects_of(comp)]
                if not objects_of(comp):  # "pledged aid to help Nepal rebuild", "refused to let the inspectors enter": whom a verb of
                    # enabling bears on is the subject of its bare infinitive
                    slots += [(f"subject under '{comp.text}'", s, acts, False) for c in comp.children if c.dep_ in {"ccomp", "xcomp"}
                              and c.tag_ == "VB" and not any(a.dep_ == "aux" for a in c.children) for s in children(c, {"nsubj"})]
                slots += [(f"'{p} …' of '{comp.text}'", o, p in PATIENT_PREPS | stance, False) for p, o in prep_objects(comp, TARGET_PREPS)]
            if tok.dep_ in {"advcl", "xcomp"} and tok.head.pos_ == "VERB" and subject_of(tok) is not None and subject_of(tok) == subject_of(tok.head):
                # "summoned the envoy to complain", "called Erdogan to apologize": whom the purpose is addressed to
                slots += [(f"object of '{tok.head.text}'", o, False, False) for o in objects_of(tok.head)]
        if cand.sense is not None and cand.sense.type == "RETREAT":
            # "resigned as president of the Soviet Union", "quit his post as head of the agency": the body left
            left = [(f"'{p} {o.text} of …'", x, True, False) for p, o in prep_objects(tok, {"as", "from"})
                    if o.lemma_.lower() in TITLES or self.lex.in_class(o.lemma_.lower(), "office")
                    for o2 in [o, *[a for _, a in prep_objects(o, {"as"})]] for _, x in prep_objects(o2, {"of"})]
            slots += left
            goes_to |= {x.i for _, x, _, _ in left}  # a state left stands for its institutions
        if not cand.is_noun and tok.lemma_.lower() in _roles()["opposition_verbs"]:
            opposed += objects_of(tok)  # "denounced the new pension law": what one opposes is the target, whatever it is
        if cand.sense is not None and cand.sense.type == "PROTEST":
            # "started a hunger strike, protesting the state's policy", "marched, denouncing the junta": a participle of
            # opposing that the protesters' act comes with names what the protest is against, a policy as much as a party
            against = [o for h in dict.fromkeys([tok, cand.anchor]) for c in h.children if c.dep_ == "advcl" and c.tag_ == "VBG"
                       and c.lemma_.lower() in _roles()["opposition_verbs"] for o in objects_of(c)]
            slots += [(f"object of '{o.head.text}'", o, True, False) for o in against]
            opposed += against
            # "marched against the new tax law": what a protest is 'against' is its target, a policy as much as a party
            opposed += [o for h in dict.fromkeys([tok, cand.anchor]) for _, o in prep_objects(h, {"against"})]
        if cand.sense is not None and cand.sense.type == "REQUEST":
            # "demanded that the US ease sanctions", "its demand that the army withdraw": whom the demand is made of
            slots += [(f"subject of '{c.text}'", x, True, False) for c in tok.children if c.dep_ in {"ccomp", "acl"}
                      and c.pos_ in {"VERB", "AUX"} and not any(m.lower_ in {"if", "whether"} for m in children(c, {"mark"}))
                      for x in children(c, {"nsubj"}) if x.lower_ not in RELATIVE_PRONOUNS]
        if cand.sense is not None and cand.sense.type in YIELDING_TYPES:
            # "declined to resign despite pressure from the party": a refusal or a concession answers whoever presses
            heads = [tok, cand.anchor] + (self._complements(tok) if not cand.is_noun else [])
            slots += [(f"'{p} {n.text}' by", a, True, False) for h in dict.fromkeys(heads) for p, n in prep_objects(h, _roles()["yielding_preps"])
                      if n.lemma_.lower() in _roles()["pressure_nouns"] or self.lex.in_class(n.lemma_.lower(), "demand")
                      for a in [c for c in n.children if c.dep_ == "poss"] + [o for _, o in prep_objects(n, AGENT_PREPS)]]
        # last, and only when no slot above names anyone: whom a purpose clause is about ("sent troops to help the Philippine
        # army", "an effort to resolve the rift between X and Y")
        # "to help Haiti cope": whom a purpose verb helps may be the subject of its bare infinitive
        purposes = [(f"object of '{p.text}'", o, False, False) for p in self._purposes(cand, not content)
                    for o in objects_of(p) or [s for c in p.children if c.dep_ in {"ccomp", "xcomp"} for s in children(c, {"nsubj"})]]
        # "mobilized the troops for a battle against the rebels": the act it prepares names whom it is against
        purposes += [(f"'for {n.text} {p} …'", o, True, False) for h in dict.fromkeys([tok, cand.anchor]) for _, n in prep_objects(h, {"for"})
                     if n != tok and self._event_noun(n) for p, o in prep_objects(n, {"against", "on", "with"})]
        own_forces = cand.sense is not None and (cand.sense.type == "MOBILIZE" or cand.sense.mode in {"withdraw", "disarm"})
        fallback: tuple[Actor, str] | None = None
        agreed = cand.sense is not None and (cand.sense.type == "AGREE" or cand.anchor.lemma_.lower() in _roles()["signing_verbs"])
        for slot in [*slots, None, *purposes]:
            if slot is None:  # end of the main slots
                if fallback is not None:
                    break
                continue
            how, t, may_be_unresolved, recipient = slot
            if t == tok:
                continue
            moved = t.dep_ in {"dobj", "nsubjpass"} and self.lex.in_class(t.head.lemma_.lower(), "sending")  # "offered to send troops"
            if own_forces and self.lex.in_class(t.lemma_.lower(), "fighters") and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in t.children):
                continue  # "withdrew their fighters": the actor's own, named by the possessive
            if (own_forces or moved) and self.lex.in_class(t.lemma_.lower(), "troops"):
                m = document.mention_at(t.i)
                if m is None or m.actor.country is None or (actor is not None and m.actor.country == actor.country):
                    continue  # "withdrew peacekeepers", "mobilized troops": the actor's own forces
            if own_forces and self.lex.in_class(t.lemma_.lower(), "weapon"):
                continue  # "laid down their arms": the actor's own weapons
            found, why, resolved = self._argument(document, t, actor, recipient=recipient or t.i in goes_to)
            if found is None and (t in received or t in opposed):  # whoever a thing is handed to is a party: "to every household";
                # whatever one opposes is what the act is against
                found, why, resolved = self._unresolved(document, t, patient=True), "", False
            if found is None or (recipient and not resolved and "(the place" not in why and t.pos_ != "PROPN"):  # a name may stay unresolved
                continue
            if actor is not None and (found.start < actor.end and actor.start < found.end):
                continue  # the agent's own phrase
            if agreed and self.lex.in_class(t.lemma_.lower(), "agreement") and "→" not in why:
                continue  # "signed an agreement [on customs]": what is agreed is no party; "an agreement with X" names one
            if resolved:
                return found, f"{how} '{t.text}'{why}"
            if fallback is None and (may_be_unresolved or "→" in why or self._actorish(document, t)):
                fallback = (found, f"{how} '{t.text}'{why} (unresolved)")
        if fallback is not None:
            return fallback
        return None, "no target actor"

    @staticmethod
    def _transfer(verb: Token) -> bool:
        """A verb of transfer ('return', 'hand over'): its object is moved, its 'to' phrase is whom it bears on."""
        lemma = verb.lemma_.lower()
        return lemma in _roles()["transfer_verbs"] or any(
            f"{lemma} {c.lower_}" in _roles()["transfer_verbs"] for c in verb.children if c.dep_ == "prt")

    def _purposes(self, cand: Candidate, complements: bool = True) -> list[Token]:
        """Infinitival purpose clauses of the trigger, its light verb, its complements or its object:
        'sent troops [to help X]', 'launched an effort [to resolve the rift]'. Last in line of the slots."""
        heads = [cand.token, cand.anchor] + (self._complements(cand.anchor) if not cand.is_noun and complements else [])
        heads += [o for h in list(heads) if h.pos_ in {"VERB", "AUX"} for o in children(h, {"dobj"})]
        # a "to" infinitive conjoined to the trigger ("sending aid, including supplies, to help X") is a purpose mis-parsed
        return [c for h in dict.fromkeys(heads) for c in h.children
                if (c.dep_ in {"advcl", "acl"} or (c.dep_ == "conj" and h == cand.token)) and c.pos_ == "VERB"
                and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)]

    @staticmethod
    def _complements(verb: Token) -> list[Token]:
        """Verbs in the trigger's infinitival complements, two levels down: 'threatened [to attack X]'."""
        out, frontier = [], [verb]
        for _ in range(2):
            frontier = [c for v in frontier for c in v.children if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}]
            out += frontier
        return out

    def _actorish(self, document: Document, t: Token) -> bool:
        """Does this noun name who (a party, people, a force) rather than what (sanctions, a decision)?"""
        if document.mention_at(t.i) is not None or t.pos_ == "PROPN" or t.ent_type_ in {"PERSON", "ORG", "NORP", "GPE"}:
            return True
        lemma = t.lemma_.lower()
        if any(self.lex.in_class(o.lemma_.lower(), "siege") for _, o in prep_objects(t, {"of"})):
            return False  # "a state of emergency", "a state of siege": a measure, not a state
        return any(self.lex.in_class(lemma, c) for c in ("people", "troops", "diplomats", "parties")) or self._personal(t)

    def _eventish(self, t: Token) -> bool:
        """A noun whose 'of' phrase is its patient: 'a boycott of the university', 'the blockade of Qatar'."""
        lemma = t.lemma_.lower()
        return lemma in self.lex.nouns or any(self.lex.in_class(lemma, c) for c in ("sanction", "violence", "ceasefire"))

    def _where(self, t: Token) -> bool:
        """Can an 'in' phrase name where a measure holds: a name, a stretch of land, or people ('in Kashmir',
        'in parts of the city', 'in the camps')? Not 'in a bid', 'in response', 'in protest'."""
        lemma = t.lemma_.lower()
        return (t.pos_ == "PROPN" or t.ent_type_ in {"GPE", "LOC", "FAC"} or lemma in _roles()["area_nouns"] or self._place_noun(t)
                or self.lex.in_class(lemma, "people") or self._personal(t))

    def _counterpart_noun(self, t: Token) -> bool:
        """A dispute, talks or a deal: its 'with' phrase names the other side."""
        lemma = t.lemma_.lower()
        return lemma in _roles()["dispute_nouns"] or any(self.lex.in_class(lemma, c) for c in ("talks", "agreement"))

    def _event_noun(self, t: Token) -> bool:
        """A noun naming an event ('attacks', 'forays', 'talks')."""
        lemma = t.lemma_.lower()
        return t.pos_ == "NOUN" and (lemma in self.lex.nouns or lemma in _roles()["operation_nouns"]
                                     or any(self.lex.in_class(lemma, c) for c in ("violence", "talks", "dissent")))

    def _place_noun(self, t: Token) -> bool:
        """A noun that names a stretch of land or water ('region', 'coast', 'border areas')."""
        return any(self.lex.in_class(t.lemma_.lower(), c) for c in ("territory", "border", "route", "infrastructure"))

    def _place_at(self, document: Document, t: Token) -> Place | None:
        return next((p for p in document.article.places if p.start <= t.idx < p.end), None)

    def _argument(self, document: Document, t: Token, actor: Actor | None, depth: int = 0,
                  recipient: bool = False) -> tuple[Actor | None, str, bool]:
        """Who a filled slot names: (actor, how, resolved). Resolved means a known actor, a country, or a
        gazetteer place a thing goes to or is laid on ("aid to Gaza", "a curfew in Srinagar").
        `recipient`: the slot is the recipient of a thing ("aid to Gaza"), where a place stands for
        the people there."""
        m = document.mention_at(t.i)
        place = self._place_at(document, t)
        if m is None and place is not None:
            if place.feature == "A.PCLI" and place.country:  # "aid to Somalia": a country as a party stands for its state
                return self._place_actor(document, t, place, "state"), " (a country as a party)", True
            if recipient:
                return self._place_actor(document, t, place, None), " (the place it goes to)", True
            return None, "", False  # a place in the object slot is where it happened, not whom it happened to
        if m is not None:
            if m.actor.name == m.actor.text and place is not None and place.feature != "A.PCLI" and not recipient:
                return None, "", False  # a town named as the object is the location; a capital standing for its state stays a target
            if actor is not None and m.actor.name == actor.name:
                return None, "", False
            return self._as_phrase(document, m.actor, t), "", True
        if self._actorish(document, t):
            lo, hi = role_phrase(quantity_head(first_conjunct(t)))
            inner = self._mention_in(document, t)
            if inner is not None and not (lo <= inner.start and inner.end <= hi):
                inner = None  # "the Iraq Humanitarian Fund[, a fund managed by the UN's Office …]": not the fund's own name
            if inner is not None and (actor is None or inner.actor.name != actor.name):
                return self._as_phrase(document, inner.actor, t), "", True
            if self.lex.in_class(t.lemma_.lower(), "troops") and depth < 2:  # "send troops to Uganda": where they go
                for p, r in prep_objects(t, {"to", "into"}):
                    found, why, resolved = self._argument(document, r, actor, depth + 1, recipient=True)
                    if found is not None and resolved:
                        return found, f" → '{p} {r.text}'{why}", True
            return self._unresolved(document, t, patient=True), "", False
        # a thing: its recipient ("sanctions on Iran", "aid to Somalia", "a ban imposed on X"); a message
        # ("Trump's decision", "U.S. calls for a ceasefire") is named with its owner first
        fallback: tuple[Actor | None, str, bool] = (None, "", False)
        if self._message(t):
            owned = self._owner(document, t, actor)
            if owned is not None:
                return owned
        # the author of a charge: "accusations by the government of Sierra Leone", "demands by protesters"
        if depth < 2 and (self._authored(t) or ((self._event_noun(t) or t.lemma_.lower() in _roles()["misdeed_nouns"]) and not self._material(t))):
            # ... and the agent of an act condemned or protested: "a strike against violations by the police"
            found, why, resolved = self._author(document, t, actor, depth)
            if resolved:
                return found, why, True
            if found is not None:
                fallback = (found, why, False)
        if depth < 2:
            for prep, r in self._recipients(t):
                found, why, resolved = self._argument(document, r, actor, depth + 1, recipient=True)
                if found is not None and resolved:
                    return found, f" → '{prep} {r.text}'{why}", True
                if found is not None and fallback[0] is None:
                    fallback = (found, f" → '{prep} {r.text}'{why}", False)
        owned = self._owner(document, t, actor)
        if owned is not None:
            return owned
        if depth < 2 and self._material(t):  # "a ban by the UN [on missile tests]": a measure's author, after whom it is laid on
            found, why, resolved = self._author(document, t, actor, depth)
            if resolved:
                return found, why, True
            if found is not None and fallback[0] is None:
                fallback = (found, why, False)
        inner = self._mention_in(document, t, phrase_only=True)
        if inner is not None and (actor is None or inner.actor.name != actor.name) and not self._material(t):
            return self._as_phrase(document, inner.actor, t), "", True
        if fallback[0] is not None:
            return fallback
        if self._material(t):
            return None, "", False  # "suspended food supplies", "lifted the ban": what is given or lifted is nobody
        if not self._patient_like(t):
            return None, "", False  # "stopped work", "a bid", "the case": abstract objects are no party
        return self._unresolved(document, t, patient=True), "", False

    def _patient_like(self, t: Token) -> bool:
        """Can this unnamed thing be what an event is done to: a place, a building, property, a text or decision?"""
        lemma = t.lemma_.lower()
        if t.pos_ == "PROPN" or any(c.ent_type_ in {"NORP", "GPE", "ORG"} for c in t.lefts) or self._personal(t):
            return True
        return any(self.lex.in_class(lemma, c) for c in PATIENT_CLASSES)

    def _personal(self, t: Token) -> bool:
        """Agent nouns name people: 'observers', 'homeowners', 'activists', 'civilians', 'detainees'."""
        lemma = t.lemma_.lower()
        return (len(lemma) > 4 and lemma.endswith(PERSON_SUFFIXES) and t.pos_ == "NOUN"
                and not any(self.lex.in_class(lemma, c) for c in NOT_PERSONAL))  # "order", "border", "settlement" name no one

    def _owner(self, document: Document, t: Token, actor: Actor | None) -> tuple[Actor, str, bool] | None:
        """An actor before the head owns it: "Trump's decision", "Germany's decision", "U.S. calls"."""
        for c in t.lefts:
            if c.dep_ not in {"poss", "compound", "amod", "nmod"}:
                continue
            inner = next((mm.actor for x in c.subtree if (mm := document.mention_at(x.i))), None)
            if inner is None:
                place = next((p for x in c.subtree if (p := self._place_at(document, x)) and p.feature == "A.PCLI" and x.pos_ == "PROPN"), None)
                if place is not None:
                    inner = Actor(text=place.text, start=place.start, end=place.end, name=place.name, country=place.country, kind="state",
                                  method=f"country '{place.text}' owning the act: the state it names")
            if inner is None and c.dep_ == "amod" and self._message(t) and _nations().get(c.text, ("", ""))[0] == "adjective":
                # "the Iraqi demands", "a Chinese proposal": a nation's adjective on what is said or decided names its state
                iso3 = _nations()[c.text][1]
                inner = Actor(text=c.text, start=c.idx, end=c.idx + len(c.text), name=c.text, country=iso3, kind="state",
                              method=f"nationality '{c.text}' owning the act: the state it names")
            if inner is not None and (actor is None or inner.name != actor.name):
                if self._message(t):  # "Trump's decision [to recognise Jerusalem]": the owner and the message
                    start, end = min([c2.left_edge.i for c2 in t.lefts if not c2.is_punct] + [t.i]), t.i + 1
                else:  # "the rebel-held enclave of eastern Ghouta": the whole phrase
                    start, end = self._without_content(document, t, *role_phrase(quantity_head(t)))
                span = document.doc[start:end]
                return inner.model_copy(update={"text": span.text, "start": span.start_char, "end": span.end_char}), \
                    f" (owned by '{inner.text}')", True
        return None

    def _message(self, t: Token) -> bool:
        """Things said or decided (a decision, an offer, calls, a policy): their owner and the head name them."""
        lemma = t.lemma_.lower()
        return any(self.lex.in_class(lemma, c) for c in ("statement", "demand", "proposal", "agreement")) or lemma in self.lex.nouns

    def _author(self, document: Document, t: Token, actor: Actor | None, depth: int) -> tuple[Actor | None, str, bool]:
        """The 'by/from' phrase of a thing, on the noun or on its participle ('an appeal lodged by X')."""
        fallback: tuple[Actor | None, str, bool] = (None, "", False)
        for c in t.children:
            preps = [c] if c.dep_ == "prep" else [a for a in c.children if a.dep_ in {"agent", "prep"}] if c.dep_ == "acl" else []
            for prep in preps:
                if prep.lower_ not in AGENT_PREPS:
                    continue
                for pobj in children(prep, {"pobj"}):
                    found, why, resolved = self._argument(document, pobj, actor, depth + 1)
                    if found is not None and resolved:
                        return found, f" → '{prep.text} {pobj.text}'{why}", True
                    if found is not None and fallback[0] is None:
                        fallback = (found, f" → '{prep.text} {pobj.text}'{why}", False)
        return fallback

    def _authored(self, t: Token) -> bool:
        """Things someone says, asks or lays down (a charge, an appeal, a ban): their 'by/from' phrase names the
        author, who is whom a reply to them bears on ("rejected an appeal by X against the ruling")."""
        lemma = t.lemma_.lower()
        return lemma in AUTHORED or any(self.lex.in_class(lemma, c) for c in AUTHORED_CLASSES)

    def _material(self, t: Token) -> bool:
        """Things given, withheld or imposed (aid, sanctions, weapons, a curfew): never a party themselves."""
        lemmas = [t.lemma_.lower()] + [c.lemma_.lower() for c in t.children if c.dep_ == "compound"]
        return any(self.lex.in_class(lemma, c) for lemma in lemmas for c in MATERIAL_CLASSES)

    def _place_target(self, document: Document, place: Place, actor: Actor | None, why: str) -> tuple[Actor | None, str]:
        """No party found: the place the event is in or goes to is what it bears on ("a ceasefire in Yemen",
        "troops arrived in Monrovia", "aid for northern Iraq"), or the people named there ("militants in
        South Waziristan"). Not a place inside a party's name or description ("Kansas workers")."""
        span = document.doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is None or (actor is not None and place.start < actor.end and actor.start < place.end):
            return None, why
        if any(m.start < span.end and span.start < m.end for m in document.mentions):
            return None, why
        t = span.root
        for _ in range(3):  # "Niger's Maradi region", "the Gulf states", "the state of Mizoram": the phrase the name heads
            if t.dep_ in {"compound", "poss"} and t.head.pos_ in {"NOUN", "PROPN"}:
                t = t.head
                if self._actorish(document, t) and not self.lex.in_class(t.lemma_.lower(), "territory"):
                    return None, why  # "Matamoros workers": who, not where
                if t.dep_ != "compound" and t.pos_ == "NOUN" and not self._personal(t) and not self._place_noun(t) and not any(
                        self.lex.in_class(t.lemma_.lower(), c) for c in PATIENT_CLASSES):
                    return None, why  # "Canberra's relationships", "the Syria talks": the place qualifies a thing, no party
            elif t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.pos_ == "NOUN" and (
                    self.lex.in_class(t.head.head.lemma_.lower(), "territory") or not self._actorish(document, t.head.head)):
                t = t.head.head
            else:
                break
        kind = "state" if place.feature == "A.PCLI" and t == span.root else None
        owner = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "in" else None
        if (owner is not None and owner.pos_ == "NOUN" and self._actorish(document, owner)
                and not any(c.dep_ == "poss" and c.pos_ == "PRON" for c in owner.children)):
            t, kind = owner, None  # "people in Somalia": the people there; not "its forces in Crimea"
        found = self._place_actor(document, t, place, kind)
        if actor is not None and found.start < actor.end and actor.start < found.end:
            return None, why
        return found, f"no party named: the place '{place.text}' it bears on"

    def _place_actor(self, document: Document, t: Token, place: Place, kind: str | None) -> Actor:
        start, end = role_phrase(quantity_head(t))  # "parts of Kashmir"
        span = document.doc[start:end]
        what = "the state it names" if kind == "state" else "the people there"
        return Actor(text=span.text, start=span.start_char, end=span.end_char, name=place.name, country=place.country,
                     kind=kind, method=f"place '{place.text}' as a party: {what}")

    def _recipients(self, t: Token) -> list[tuple[str, Token]]:
        """The party a thing goes to or bears on: 'aid to X', 'sanctions on X', 'ties with X',
        'restrictions imposed on X', 'a boycott of X', 'a curfew in X'; conjoined things share it
        ('aid and arms deals with X')."""
        out: list[tuple[str, Token]] = []
        for head in [t, *t.conjuncts]:
            changed = head.lemma_.lower() in _roles()["change_nouns"]
            preps = (RECIPIENT_PREPS | ({"of"} if self._eventish(head) or changed else set()) | ({"in"} if self._imposed(head) or changed else set())
                     | ({"for"} if self.lex.in_class(head.lemma_.lower(), "aid") else set()))  # "support for the Afghan government"
            for c in head.children:
                if c.dep_ == "prep" and c.lower_ in preps:
                    out += [(c.lower_, o) for o in children(c, {"pobj"}) for o in [real_head(o)]
                            if c.lower_ != "in" or self._where(o) or (changed and o.ent_type_ not in {"DATE", "TIME"} and not self._event_noun(o))]
                    # "a ceasefire [in a bid to …]": no place; "reform [in Ukrainian politics]": what is to change
                    # "a ban on doing business with X": whom the banned act involves
                    out += [(p, o) for g in children(c, {"pcomp"}) for p, o in prep_objects(g, {"with", "to"})][:1]
                elif c.dep_ == "acl" and c.tag_ == "VBN":  # "a ban imposed on X"
                    out += [(p, o) for p, o in prep_objects(c, RECIPIENT_PREPS)][:1]
                elif c.dep_ == "relcl" and any(r.lower_ in RELATIVE_PRONOUNS and r.dep_ in {"dobj", "nsubjpass"} for r in c.children):
                    out += [(p, o) for p, o in prep_objects(c, RECIPIENT_PREPS)][:1]  # "the ban that they imposed on X"
        return out

    def _imposed(self, t: Token) -> bool:
        """Things laid on a place and the people in it: 'a curfew in Kashmir', 'aid deliveries in Borno'."""
        lemmas = [t.lemma_.lower()] + [c.lemma_.lower() for c in t.children if c.dep_ == "compound"]
        return any(self.lex.in_class(lemma, c) for lemma in lemmas for c in ("restriction", "aid", "ceasefire", "siege", "refuge"))

    def location_for(self, document: Document, cand: Candidate, sent: SpacySpan) -> tuple[Place | None, str]:
        places = [p for p in document.article.places if sent.start_char <= p.start < sent.end_char and p.geonameid is not None]
        if not places:
            return None, "no place in the sentence"
        # A country inside an actor's name ("US officials") is who, not where; a town stays a place even there.
        in_actor = lambda p: p.feature == "A.PCLI" and any(m.actor.start <= p.start < m.actor.end for m in document.mentions)  # noqa: E731
        free = [p for p in places if not in_actor(p)]
        # 1. a place that is an argument of the trigger (object or prepositional phrase)
        attached = [o for o in objects_of(cand.anchor)] + [o for _, o in prep_objects(cand.token, LOCATION_PREPS)]
        if cand.anchor != cand.token:
            attached += [o for _, o in prep_objects(cand.anchor, LOCATION_PREPS)]
        for t in attached:
            for p in free:
                if p.start <= t.idx < p.end:
                    return p, f"attached to the trigger: '{t.text}'"
        # 2. the most specific free place inside the trigger's clause, unless it is what the event is about
        anchor = cand.anchor
        free = [p for p in free if not self._topic(document, p, anchor)]
        best = _most_specific(free, _clause_chars(anchor, sent), cand.token)
        if best is not None:
            return best, "place named in the trigger's clause"
        # 3. a temporal clause ('as the troop withdrawal continues', 'while talks went on') shares the setting of
        # the clause it hangs on ('There are no US aircraft in Afghanistan as the troop withdrawal continues')
        if anchor.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in TEMPORAL_MARKS for m in anchor.children):
            settings = [p for p in free if self._setting(document, p)]
            best = _most_specific(settings, _clause_chars(anchor.head, sent), cand.token)
            if best is not None:
                return best, f"place of the clause the '{anchor.text}' clause is the time of"
        return None, "no place in the trigger's clause (outside actor names)"

    @staticmethod
    def _setting(document: Document, place: Place) -> bool:
        """Is the place where things are ('in Afghanistan'), not where someone goes ('heads to Doha')?"""
        span = document.doc.char_span(place.start, place.end, alignment_mode="expand")
        return span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ in SETTING_PREPS

    @staticmethod
    def _names_a_thing(document: Document, time: Time) -> bool:
        """A date inside a noun phrase ('Biden's August 31 withdrawal date', 'the March 3 deadline') dates that
        thing, not the narrative: it does not carry to later sentences."""
        span = document.doc.char_span(time.start, time.end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        return root.dep_ in {"compound", "nmod", "amod", "poss"} and root.head.pos_ in {"NOUN", "PROPN"} and root.head not in span

    def _topic(self, document: Document, place: Place, anchor: Token) -> bool:
        """Is the place what the event is about rather than where it is ('meetings [to discuss the situation in
        Afghanistan]')? It is when a word of the `topic` class stands between it and the trigger in the parse."""
        span = document.doc.char_span(place.start, place.end, alignment_mode="expand")
        if span is None:
            return False
        for up in span.root.ancestors:
            if up.i == anchor.i:
                return False
            if up.pos_ == "VERB" and self.lex.in_class(up.lemma_.lower(), "topic"):  # "talks in Doha" is a venue
                return True
        return False

    def date_for(self, document: Document, cand: Candidate, sent: SpacySpan, mod: str = "asserted",
                 report: Report | None = None) -> tuple[Time | None, str]:
        times = [t for t in document.article.times if t.precision in DATE_PRECISIONS]
        # A time on the reporting verb ("…, the ministry confirmed on Monday") dates the report. An act reported as
        # done happened by then, the usual bound for reported events; a planned, threatened or requested one did not.
        told = [t for t in times if report is not None and sent.start_char <= t.start < sent.end_char
                and (span := document.doc.char_span(t.start, t.end, alignment_mode="expand")) is not None
                and clause_verb(span.root) == report.verb]
        if report is not None and told and mod not in REALIS:
            times = [t for t in times if t not in told]
            if not any(sent.start_char <= t.start < sent.end_char for t in times):
                return None, f"'{told[0].text}' dates the report ('{report.verb.text}'), not the {mod} event it reports"
        date, why = self._date_near(document, cand, sent, times)
        if report is not None and date in told:
            why += f" (on the report '{report.verb.text}': reported as done by then)"
        return date, why

    def _date_near(self, document: Document, cand: Candidate, sent: SpacySpan, times: list[Time]) -> tuple[Time | None, str]:
        anchor = cand.anchor
        lo, hi = clause_span(anchor)
        in_clause = [t for t in times if lo <= t.start < hi]
        if in_clause:
            return min(in_clause, key=lambda t: abs(t.start - cand.token.idx)), "time in the trigger's clause"
        main_clause = anchor == sent.root or (anchor.dep_ in {"ccomp", "conj"} and anchor.head == sent.root)
        inside = [t for t in times if sent.start_char <= t.start < sent.end_char]
        if inside and main_clause:
            return min(inside, key=lambda t: abs(t.start - cand.token.idx)), "time in the sentence"
        if inside:
            return None, "the sentence's time belongs to another clause"
        # The paragraph's time carries to its later sentences, and to the next paragraph's first.
        text = document.article.text
        para_start = text.rfind("\n\n", 0, sent.start_char)
        prev_para_start = text.rfind("\n\n", 0, max(para_start, 0))
        earlier = [t for t in times if max(prev_para_start, 0) <= t.start < sent.start_char and not self._names_a_thing(document, t)]
        if earlier:
            return earlier[-1], f"carried from an earlier sentence ('{earlier[-1].text}')"
        return None, "no date in the sentence or the one before"

    # ---- one sentence ---------------------------------------------------------------------------
    def code_sentence(self, document: Document, sent: SpacySpan) -> tuple[list[Event], list[str]]:
        cands = self.candidates(sent)
        if not cands:
            return [], ["no trigger word"]
        notes: list[str] = []
        coded: list[tuple[Candidate, Sense]] = []
        for cand in cands:
            sense, why = self.choose_sense(document, cand)
            cand.sense, cand.why = sense, why
            if sense is None:
                notes.append(f"'{cand.token.text}' ({cand.key}): {why}")
        verb_events = {c.anchor.i for c in cands if c.sense and not c.is_noun}
        # the agents of the sentence's verb events: parties busy with their own act
        agents = frozenset(a.i for c in cands if c.sense and not c.is_noun and (a := subject_of(c.anchor)) is not None)
        events: list[Event] = []
        for cand in cands:
            if cand.sense is None:
                continue
            if cand.is_noun:
                if cand.anchor.i in verb_events and cand.anchor != cand.token:
                    notes.append(f"'{cand.token.text}': folded into the verb event '{cand.anchor.text}'")
                    continue
                if cand.anchor.lemma_.lower() in self.lex.cessation_verbs:
                    notes.append(f"'{cand.token.text}': what '{cand.anchor.text}' would end, not an event of its own")
                    continue
            event, note = self._event(document, cand, sent, agents)
            notes.append(note)
            if event is not None:
                events.append(event)
        return self._fold(events, notes), notes

    @staticmethod
    def _fold(events: list[Event], notes: list[str]) -> list[Event]:
        """One event per (type, actor) in a sentence: 'meetings are scheduled to discuss' is one CONSULT.
        An actor-less event of a type another event in the sentence already has (with an actor) is dropped."""
        known = lambda e: e.actor is not None and not e.actor.method.startswith("unresolved")  # noqa: E731
        kept: list[Event] = []
        for e in sorted(events, key=lambda e: (-known(e), -e.confidence, e.trigger.start)):
            twin = next((k for k in kept if k.type == e.type and (
                not known(e) or (k.modality == e.modality and known(k) and k.actor.name == e.actor.name))), None)
            if twin is not None:
                notes.append(f"'{e.trigger.text}': same {e.type} as '{twin.trigger.text}' in this sentence: folded")
                continue
            kept.append(e)
        return sorted(kept, key=lambda e: e.trigger.start)

    def _event(self, document: Document, cand: Candidate, sent: SpacySpan,
               agents: frozenset[int] = frozenset()) -> tuple[Event | None, str]:
        sense = cand.sense
        assert sense is not None
        actor, actor_why = self.actor_for(document, cand)
        if cand.is_noun and actor is None and not self.light(cand.anchor):
            return None, f"'{cand.token.text}' ({cand.key}): event noun with no actor and no light verb: not coded"
        report = report_of(cand.anchor)
        if cand.is_noun and actor is None:  # nobody named as doing it: whose forces it names, else the sentence's one party
            actor, why = self._forces_owner(document, cand.token)
            if actor is None:
                actor, why = self._sole_party(document, cand, sent, report, agents)
            actor_why = f"{actor_why}; {why}"
        target, target_why = self.target_for(document, cand, actor)
        actor, target = self._antecedent_phrase(document, actor), self._antecedent_phrase(document, target)
        if (target and actor and sense.type in {"RETREAT", "MOBILIZE"} and target.country and target.country == actor.country
                and not target.method.startswith("place ")):
            target, target_why = None, f"'{target.text}' are the actor's own forces, not a target"
        location, loc_why = self.location_for(document, cand, sent)
        venue = sense.type == "CONSULT" and sense.mode != "visit"  # where a meeting is held is no counterpart; a visit's destination is
        if target is None and location is not None and not venue:
            target, target_why = self._place_target(document, location, actor, target_why)
        if target is None and location is None:  # "remained on alert in the north region": an unnamed area
            area = next((o for h in (cand.token, cand.anchor) for _, o in prep_objects(h, {"in"})
                         if self.lex.in_class(o.lemma_.lower(), "territory")), None)
            found = self._unresolved(document, area, patient=True) if area is not None else None
            if found is not None and (actor is None or not (found.start < actor.end and actor.start < found.end)):
                target, target_why = found, f"no party named: the area '{area.text}' it bears on (unresolved)"
        modality = (noun_modality(cand.token) if cand.is_noun else None) or modality_of(cand.anchor)
        reported_by = None
        mod = modality.value
        if actor_why.startswith(CLAIMED_RESPONSIBILITY) and mod == "asserted":
            mod, reported_by = "claimed", actor
        if report is not None and report.speaker is not None:
            m = document.mention_at(report.speaker.i) or self._mention_in(document, report.speaker)
            reported_by = m.actor if m else None
            if mod == "asserted" and is_claim(report.verb.lemma_.lower(), reported_by, actor):
                mod = "claimed"
        date, date_why = self.date_for(document, cand, sent, mod, report)
        known = actor is not None and not actor.method.startswith("unresolved")
        probs = self.classifier.predict([sent.text], [cand.token.text])[0]
        factors = {
            "sense": sense.conf, "actor_known": float(known), "actor_unresolved": float(actor is not None and not known),
            "target": float(target is not None),
            # what a speaker says must happen is the content of a demand: one clause down, as in "urged X [to go]"
            "depth": float(min(embedding_depth(cand.anchor) + (mod == "requested" and cand.key != "must" and report is not None), 3)),
            "noun": float(cand.is_noun), "type_prob": round(probs[sense.type], 4),
            "type_is_top": float(max(probs, key=probs.get) == sense.type),
        }
        conf = self.calibration.score(factors)
        # ACLED records what happened: a threatened, planned, refused or requested attack is no ACLED event.
        acled = self._acled(sense, actor, target) if mod in {"asserted", "claimed"} else None
        cameo, stance = self._cameo(sense, mod)
        type_, mode_ = sense.type, sense.mode
        if stance and mod == "negated":  # "would not meet the demands": a refusal (CAMEO 12x), so PLOVER's REJECT, asserted
            type_, mode_ = self.lex.stance_type("refusal", sense.type, sense.mode)
            if type_ != sense.type:
                stance += f"; a refused {sense.type} is a {type_}"
                mod = "asserted"
        t = cand.token
        trigger = Trigger(text=t.text, start=t.idx, end=t.idx + len(t.text))
        digest = hashlib.sha256(f"{document.article.content_hash}:{t.idx}:{type_}".encode()).hexdigest()[:16]
        event = Event(
            id=digest, type=type_, mode=mode_, cameo=cameo, acled=acled, actor=actor, target=target,
            location=location, date=date, modality=mod, sentence=sent.text, start=sent.start_char, end=sent.end_char,
            trigger=trigger, reported_by=reported_by, confidence=conf, confidence_factors=factors,
            rule=f"{cand.key}: {cand.why}; actor: {actor_why}; target: {target_why}; location: {loc_why}; date: {date_why}; "
                 f"modality: {mod}{' (' + modality.cue + ')' if modality.cue else ''}{stance}",
        )
        return event, f"'{t.text}' → {type_}/{mode_} ({cameo}) {mod}, conf {conf}: {event.rule}"

    def _cameo(self, sense: Sense, modality: str) -> tuple[str, str]:
        """CAMEO codes announced intentions, threats and refusals as acts of their own (036, 138, 1243)."""
        stance = None
        if modality in {"future", "intended", "hypothetical"}:
            stance = self.lex.stance_code("intent", sense.type, sense.mode) or self.lex.stance_code("threat", sense.type, sense.mode)
        elif modality == "negated":
            stance = self.lex.stance_code("refusal", sense.type, sense.mode)
        if stance is None:
            return sense.cameo, ""
        return stance, f"; cameo {sense.cameo} → {stance} (CAMEO codes the {modality} act as a statement)"

    def _acled(self, sense: Sense, actor: Actor | None, target: Actor | None) -> str | None:
        if sense.acled is None:
            return None
        rule = self.lex.acled_rules.get(sense.acled)
        if rule is None:
            return sense.acled
        if "any" in rule:
            return rule["any"]
        if "state" in rule:
            return rule["state"] if actor and actor.sector in STATE_SECTORS else rule["other"]
        if "civilian_target" in rule:
            if target and "protester_target" in rule and actor and actor.sector in STATE_SECTORS and any(
                    self.lex.in_class(w.rstrip("s"), "protesters") or self.lex.in_class(w, "protesters") for w in target.text.lower().split()):
                return rule["protester_target"]
            return rule["civilian_target"] if target and target.sector in CIVILIAN_SECTORS else rule["other"]
        return None
