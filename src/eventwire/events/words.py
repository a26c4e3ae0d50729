"""What kind of thing a word names, by the lexicon's classes: a party or a thing, an event noun, a place,
a message or a measure. The role choosers ask these questions of slot fillers."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

from ..document import Document
from ..model import Place
from .lexicon import Lexicon
from .syntax import prep_objects, subject_of

if TYPE_CHECKING:
    from .triggers import Candidate
from .wordlists import role_words


AUTHORED = {"accusation", "allegation", "charge", "claim", "demand", "criticism", "visit", "complaint", "assertion"}  # "accusations by X", "a request from X"
AUTHORED_CLASSES = ("demand", "complaint")  # requests, appeals, charges: their 'by' phrase names whom a reply answers
TOLL_WORDS = role_words()["toll_words"]  # what an event left: "left 12 people dead"
PERSON_SUFFIXES = ("er", "or", "ist", "ian", "ant", "ent", "ee", "ier")
PATIENT_CLASSES = ("territory", "military_targets", "infrastructure", "property", "weapon", "media", "statement", "demand",
                   "proposal", "agreement", "complaint", "route", "documents")
MATERIAL_CLASSES = ("aid", "sanction", "restriction", "intelligence", "ties", "talks", "refuge")
NOT_PERSONAL = ("documents", "restriction", "statement", "demand", "violence", "border", "territory", "aid")


class WordKinds:
    """Questions about a word answered from the lexicon (`self.lex`)."""

    lex: Lexicon

    def light(self, verb: Token) -> bool:
        """Is this verb (with its particle: 'stepping up') a light verb that lends its arguments to an event noun? Not
        when it names its object ('called the killings [a war crime]': the killings are what is named, not called)."""
        lemma = verb.lemma_.lower()
        if any(c.dep_ == "oprd" for c in verb.children):
            return False
        particles = [c.lower_ for c in verb.children if c.dep_ == "prt"]
        return lemma in self.lex.light_verbs or any(f"{lemma} {p}" in self.lex.light_verbs for p in particles)

    @staticmethod
    def leaves_a_toll(cand: Candidate) -> bool:
        """'The attack left 12 people dead', 'Clashes … left two dead': an event noun that is the subject of 'left' with
        its dead or wounded happened, whoever did it, as under a light verb."""
        verb = cand.anchor
        if not cand.is_noun or verb.lemma_.lower() != "leave" or cand.token.dep_ != "nsubj" or cand.token.head != verb:
            return False
        return any(c.lower_ in TOLL_WORDS or any(g.lower_ in TOLL_WORDS for g in c.children)
                   for c in verb.children if c.dep_ in {"oprd", "dobj", "ccomp", "xcomp", "acomp"})

    @staticmethod
    def undergoer(cand: Candidate) -> Token | None:
        """'The mayor is under investigation', 'the convoy came under attack': the subject of the light verb undergoes
        an event noun it is 'under' (roles.yaml undergoing_preps), an act it lives through ('the president survived an
        assassination attempt', undergoing_verbs), or an explosive it runs into (encounter_verbs)."""
        tok, verb = cand.token, cand.anchor
        if not cand.is_noun:
            return None
        if tok.dep_ == "pobj" and tok.head.lower_ in role_words()["undergoing_preps"] and tok.head.head == verb:
            return subject_of(verb)
        return WordKinds.lived_through(cand) or WordKinds.ran_into(cand)

    @staticmethod
    def lived_through(cand: Candidate) -> Token | None:
        """'The president survived an assassination attempt': who survives or escapes an attack (roles.yaml
        undergoing_verbs) undergoes it; the attack happened, though nobody is named as doing it."""
        tok, verb = cand.token, cand.anchor
        if cand.is_noun and cand.sense is not None and cand.sense.type == "ASSAULT" and tok.dep_ == "dobj" and tok.head == verb \
                and verb.lemma_.lower() in role_words()["undergoing_verbs"]:  # an attack survived ('survived detention': no act named)
            return subject_of(verb)
        return None

    @staticmethod
    def ran_into(cand: Candidate) -> Token | None:
        """'Their vehicle struck a roadside bomb', 'a soldier stepped on a landmine': who runs into an explosive
        (roles.yaml encounter_verbs) undergoes it; the blast happened, though nobody is named as setting it."""
        tok, verb = cand.token, cand.anchor
        if cand.is_noun and cand.sense is not None and cand.sense.mode == "explosives" \
                and verb.lemma_.lower() in role_words()["encounter_verbs"] \
                and (tok.dep_ == "dobj" and tok.head == verb or tok.dep_ == "pobj" and tok.head.head == verb):
            return subject_of(verb)
        return None

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
        return (t.pos_ == "PROPN" or t.ent_type_ in {"GPE", "LOC", "FAC"} or lemma in role_words()["area_nouns"] or self._place_noun(t)
                or self.lex.in_class(lemma, "people") or self._personal(t))

    def _counterpart_noun(self, t: Token) -> bool:
        """A dispute, talks or a deal: its 'with' phrase names the other side."""
        lemma = t.lemma_.lower()
        return lemma in role_words()["dispute_nouns"] or any(self.lex.in_class(lemma, c) for c in ("talks", "agreement"))

    def _event_noun(self, t: Token) -> bool:
        """A noun naming an event ('attacks', 'forays', 'talks')."""
        lemma = t.lemma_.lower()
        return t.pos_ == "NOUN" and (lemma in self.lex.nouns or lemma in role_words()["operation_nouns"]
                                     or any(self.lex.in_class(lemma, c) for c in ("violence", "talks", "dissent")))

    def _place_noun(self, t: Token) -> bool:
        """A noun that names a stretch of land or water ('region', 'coast', 'border areas')."""
        return any(self.lex.in_class(t.lemma_.lower(), c) for c in ("territory", "border", "route", "infrastructure"))

    def _place_at(self, document: Document, t: Token) -> Place | None:
        return next((p for p in document.article.places if p.start <= t.idx < p.end), None)

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

    def _message(self, t: Token) -> bool:
        """Things said or decided (a decision, an offer, calls, a policy): their owner and the head name them."""
        lemma = t.lemma_.lower()
        return any(self.lex.in_class(lemma, c) for c in ("statement", "demand", "proposal", "agreement")) or lemma in self.lex.nouns

    def _authored(self, t: Token) -> bool:
        """Things someone says, asks or lays down (a charge, an appeal, a ban): their 'by/from' phrase names the
        author, who is whom a reply to them bears on ("rejected an appeal by X against the ruling")."""
        lemma = t.lemma_.lower()
        return lemma in AUTHORED or any(self.lex.in_class(lemma, c) for c in AUTHORED_CLASSES)

    def _material(self, t: Token) -> bool:
        """Things given, withheld or imposed (aid, sanctions, weapons, a curfew): never a party themselves."""
        lemmas = [t.lemma_.lower()] + [c.lemma_.lower() for c in t.children if c.dep_ == "compound"]
        return any(self.lex.in_class(lemma, c) for lemma in lemmas for c in MATERIAL_CLASSES)

    def _imposed(self, t: Token) -> bool:
        """Things laid on a place and the people in it: 'a curfew in Kashmir', 'aid deliveries in Borno'."""
        lemmas = [t.lemma_.lower()] + [c.lemma_.lower() for c in t.children if c.dep_ == "compound"]
        return any(self.lex.in_class(lemma, c) for lemma in lemmas for c in ("restriction", "aid", "ceasefire", "siege", "refuge"))
