"""The phrase that fills a role: the whole noun phrase around a mention or an antecedent, trimmed of
what a message is about, and actors for phrases nobody could identify or places that act."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..actors.kb import default_kb
from ..document import Document, Mention
from ..model import Actor, Place
from .lexicon import NO_EVENT
from .modality import cues
from .syntax import RELATIVE_PRONOUNS, children, first_conjunct, quantity_head, role_phrase
from .triggers import Candidate
from .wordlists import nations, role_words
from .words import WordKinds


CLAUSE_DEPS = {"acl", "relcl", "ccomp", "advcl", "xcomp"}
CONTENT_CLASSES = ("statement", "proposal", "demand", "sanction")  # heads named without what they are about
CONTENT_PREPS = {"on", "of", "about", "over", "for", "regarding", "into", "concerning"}
RELATIONAL_NOUNS = {"tie", "ties", "link", "links", "relation", "relations", "connection", "contact", "dealing", "dealings"}  # "a group with ties to X"


def respanned(actor: Actor, span: SpacySpan) -> Actor:
    """The actor with `span` as its evidence; an unresolved phrase, named by its own words, takes the new words as
    its name too."""
    named = actor.name == actor.text
    return actor.model_copy(update={"text": span.text, "start": span.start_char, "end": span.end_char}
                            | ({"name": span.text} if named else {}))


class Phrases(WordKinds):
    """Role phrases built from the parse and the document's mentions and places."""

    def forces_actor(self, document: Document, t: Token, forces: Token | None = None,
                      demonym_only: bool = False) -> Actor | None:
        """'US attack aircraft', 'Afghan troop [withdrawal]': forces (or a noun with a forces compound) named with a
        nationality belong to that state. On a compound event noun only a demonym counts: 'the Iraq troop withdrawal'
        names where they leave. `forces` given: that attack stands for the forces ('Israeli air strikes'); with
        `demonym_only`, a country name is not enough ('Kenya Medical Aid' is a charity's name, not Kenya's aid)."""
        lemma = t.lemma_.lower()
        forces = forces or (t if self.lex.in_class(lemma, "troops") else next(
            (c for c in t.children if c.dep_ == "compound" and self.lex.in_class(c.lemma_.lower(), "troops")), None))
        if forces is None or document.mention_at(t.i) is not None:
            return None
        for c in t.children:
            what, iso3 = nations().get(c.text, ("", ""))
            named = what == "adjective" or (what == "country" and forces == t and not demonym_only)
            if c.dep_ in {"compound", "amod", "nmod"} and c.i < forces.i and named:
                return forces_group(document, c, forces, iso3, f"nationality '{c.text}' of the forces '{forces.text}'")
        return None

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
        mention = document.tokens_of(actor)
        dated = mention is not None and all(t.ent_type_ in {"DATE", "TIME"} or t.is_punct for t in mention if t.i < start)
        if not (span.start_char <= actor.start or dated) or not actor.end <= span.end_char or end - start > 24:
            return actor  # a mention reaching past the phrase, except by a date before it ("[17 July 2017] Russia's Supreme Court")
        return actor.model_copy(update={"text": span.text, "start": span.start_char, "end": span.end_char})

    @staticmethod
    def _before_act(document: Document, actor: Actor, anchor: Token) -> Actor:
        """'Soldiers [battling the rebels]', 'a journalist [arrested by the police]': when the act is a clause on a
        role's noun, the role's phrase stops before it; the act is no part of who does it or undergoes it."""
        if not actor.start <= anchor.idx < actor.end:
            return actor
        span = document.tokens_of(actor)
        end = anchor.left_edge.i
        while span is not None and end > span.start and (document.doc[end - 1].is_punct or document.doc[end - 1].dep_ == "cc"):
            end -= 1
        if span is None or end <= span.start:
            return actor
        return respanned(actor, document.doc[span.start:end])

    def _antecedent_phrase(self, document: Document, actor: Actor | None) -> Actor | None:
        """A pronoun's antecedent is evidence like any role filler: the whole phrase it heads, not the bare name
        the resolver matched ("[The Civil Liberties Union (CLU)] said it will refuse …", "[the Nigerian Air Force
        (NAF)] says it has killed …"); an abbreviation in brackets stands for the name before it."""
        if actor is None or actor.antecedent is None:
            return actor
        ante = actor.antecedent
        span = document.tokens_of(ante)
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

    def _unresolved(self, document: Document, head: Token, patient: bool = False, alone: bool = False) -> Actor | None:
        """The argument's noun phrase as an actor nobody could identify ("a police helicopter"):
        the evidence is kept, country and sector stay unknown rather than guessed. Events
        ("the meetings") are never actors; territory ("a military base") can be what an
        event is done to (`patient`), never who does it. A conjunct stands for its whole coordination ("X and Y"),
        unless it is taken `alone` (the other party of a reciprocal act)."""
        lemma = head.lemma_.lower()
        if head.pos_ not in {"NOUN", "PROPN"} or head.lower_ in RELATIVE_PRONOUNS:
            return None
        # a capitalised word closing a run of names is a name, whatever it means in lower case ("the NGO Israel Flying Aid")
        titled = (head.text[:1].isupper() and not head.is_sent_start and not head.is_upper
                  and any(c.dep_ == "compound" and c.pos_ == "PROPN" and c.i == head.i - 1 for c in head.lefts))
        posted = patient and self._posts_force(head) is not None  # 'ambushed an army patrol': a column of soldiers, not the act of patrolling
        if not titled and not posted and ((self._names_event(document, head, lemma) and not self.lex.in_class(lemma, "people")) or self.lex.in_class(lemma, "violence")
                           or (not patient and self.lex.in_class(lemma, "territory"))):  # "a bomber" names a person, "a suicide bomber" an attack too
            return None
        article = document.article
        if any(t.start <= head.idx < t.end for t in article.times) or any(p.start <= head.idx < p.end for p in article.places):
            return None
        if head.ent_type_ in {"DATE", "TIME"} and (head.pos_ != "PROPN" or head.lower_ in cues().habitual_times):
            return None  # "meets on Fridays": a time the dates stage left unanchored is no party (a name the tagger calls a date is)
        head = quantity_head(head if alone else first_conjunct(head))
        start, end = self._without_content(document, head, *role_phrase(head))
        span = document.doc[start:end]
        force = self._posts_force(head) if patient else None
        if force is not None:  # "attacked a police station": the police, wherever the station is
            return Actor(text=span.text, start=span.start_char, end=span.end_char, name=span.text, sector=force[1], kind="group",
                         method=f"'{head.text}' of the {force[0].text}: that force's post or column")
        return Actor(text=span.text, start=span.start_char, end=span.end_char, name=span.text,
                     method="unresolved noun phrase: no actor in the knowledge base or the text matches it")

    def _posts_force(self, head: Token) -> tuple[Token, str] | None:
        """'a police station', 'an army convoy', 'a military base' (classes.yaml force_posts): the force word on the
        post and its sector in the actor knowledge base. The post is no actor of its own ('the group' never refers to it)."""
        if not self.lex.in_class(head.lemma_.lower(), "force_posts"):
            return None
        for c in head.children:
            if c.dep_ in {"compound", "amod"} and c.i < head.i and (agent := default_kb().agent([c.lower_])) is not None \
                    and agent.sector in {"COP", "MIL"} and agent.words == (c.lower_,):
                return c, agent.sector
        return None

    def _names_event(self, document: Document, head: Token, lemma: str) -> bool:
        """Is this noun an event here? A noun the lexicon lists only with conditions ('martial law', 'artillery
        fire') is a thing when none of them hold: 'rejected the new law' has a target."""
        senses = self.lex.nouns.get(lemma)
        if not senses:
            return False
        if any(not s.conditions and s.type != NO_EVENT for s in senses):
            return True
        sense, _ = self.choose_sense(document, Candidate(token=head, key=lemma, is_noun=True, anchor=head))
        return sense is not None

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
        if head.lemma_.lower() in role_words()["adversary_nouns"]:  # 'his captors', 'their rivals': not him, not them
            clauses |= {c.i for c in head.children if c.dep_ == "poss"}
        lo, hi = head.left_edge.i, head.right_edge.i + 1  # once, not once per mention
        for m in document.mentions:
            if lo <= m.start and m.end <= hi and m.start not in clauses:
                if best is None or m.end - m.start > best.end - best.start:
                    best = m
        return best

    def _side(self, document: Document, t: Token, patient: bool = False) -> Actor | None:
        """One side named in a 'between' phrase: its mention, else the state a country's name stands for ('a meeting
        between the foreign ministers of [Iran] and [Bahrain]'), else its own words."""
        m = document.mention_at(t.i)
        if m is not None:
            return m.actor
        place = self._place_at(document, t)
        if place is not None and place.feature == "A.PCLI" and place.country:
            return self._place_actor(document, t, place, "state")
        return self._unresolved(document, t, patient=patient)

    def _place_actor(self, document: Document, t: Token, place: Place, kind: str | None) -> Actor:
        start, end = role_phrase(quantity_head(t))  # "parts of Kashmir"
        span = document.doc[start:end]
        what = "the state it names" if kind == "state" else "the people there"
        return Actor(text=span.text, start=span.start_char, end=span.end_char, name=place.name, country=place.country,
                     kind=kind, method=f"place '{place.text}' as a party: {what}")


def forces_group(document: Document, first: Token, forces: Token, iso3: str | None, method: str) -> Actor:
    """The forces named from `first` to the force word ('Israeli troops', 'Myanmar military', 'a Venezuelan police
    helicopter', with the article that opens the phrase as evidence): police (COP) or the military (MIL) of that country."""
    name = document.doc[first.i : forces.i + 1]
    det = next((c for c in forces.children if c.dep_ == "det" and c.i == first.i - 1), None)
    span = document.doc[det.i if det is not None else first.i : forces.i + 1]
    police = any(t.lemma_.lower() == "police" for t in name)
    return Actor(text=span.text, start=span.start_char, end=span.end_char, name=name.text, country=iso3,
                 sector="COP" if police else "MIL", kind="group", method=method)
