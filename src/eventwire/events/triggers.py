"""Triggers: the words of a sentence the lexicon lists as events (verbs, event nouns, phrasal and
compound keys, parser mistags), each with the verb that carries its arguments."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from .lexicon import NO_EVENT, Sense, is_title_case
from .modality import mistagged_verb, cues
from .syntax import children, is_passive, mistagged_participle
from .words import WordKinds


CIRCUMSTANCE_PREPS = {"after", "before", "following", "despite", "amid", "since", "during", "over", "about", "regarding",
                      "because", "than", "like", "until", "by", "from", "without", "against"}


OPENING_QUOTES = {'"', "“", "'", "‘", "``"}
CLOSING_QUOTES = {'"', "”", "'", "’", "''"}

# Entities whose capitalised words are a name's, not a verb's or an event noun's ("The Associated Press").
NAME_ENTITIES = {"ORG", "PERSON", "WORK_OF_ART", "PRODUCT", "FAC", "EVENT", "LAW", "GPE", "LOC", "NORP"}


@dataclass
class Candidate:
    token: Token
    key: str  # lexicon key that matched ("seize", "call for", "air strike")
    is_noun: bool
    anchor: Token  # verb that carries the arguments (the trigger itself, or a light verb for nouns)
    sense: Sense | None = None
    why: str = ""


class TriggerFinder(WordKinds):
    """Finds the trigger candidates of a sentence."""

    def candidates(self, sent: SpacySpan) -> list[Candidate]:
        out: list[Candidate] = []
        headline = None
        for tok in sent:
            lemma = tok.lemma_.lower()
            if self._not_a_word_of_its_own(tok):
                if headline is None:
                    headline = is_title_case(sent)
                if not headline or self._closing_name(tok, sent):
                    continue
            if tok.pos_ == "VERB" and (self._origin(tok) or self._connective(tok) or self._slogan(tok) or self._reputed(tok)):
                continue  # "a militia formed in 2014 to fight the rebels" (how the group began, and what for), "as opposed to": no event
            if tok.pos_ == "VERB" and not self._nominal_participle(tok):
                key = self._verb_key(tok, lemma)
                if key:
                    out.append(Candidate(tok, key, False, tok))
            elif (lemma == "must" and tok.dep_ == "aux" and lemma in self.lex.verbs and tok.head.dep_ == "ccomp"
                  and tok.head.head.lemma_.lower() in cues().speech and not self._own_duty(tok.head)):
                out.append(Candidate(tok, lemma, False, tok.head.head))  # "X said Y must go": the speaker demands it
            elif self._mistagged_conjunct(tok, lemma):
                out.append(Candidate(tok, self._verb_key(tok, lemma) or lemma, False, tok))  # "and “press for …”": its particle too
            elif mistagged_participle(tok) and lemma in self.lex.verbs:
                # "it had overrun Aybak" tagged as had/VERB + overrun/NOUN: the auxiliary carries the arguments
                out.append(Candidate(tok, lemma, False, sent.doc[tok.i - 1]))
            elif tok.pos_ == "PROPN" and (key := self.lex.headline_verb(tok)):
                out.append(Candidate(tok, key, False, tok))  # "Leader Ejects Observers": a Title Case headline's verb, tagged PROPN
            elif tok.pos_ in {"NOUN", "PROPN"} and tok.dep_ not in {"compound"}:
                key = self._noun_key(tok, lemma)
                if key and not self._origin(anchor := self._governing_verb(tok)) and self._content_of(tok) is None and not self._venue(tok):
                    out.append(Candidate(tok, key, True, anchor))
            elif tok.pos_ == "NOUN" and tok.dep_ == "compound" and lemma in self.lex.nouns and (
                    tok.head.lemma_.lower() in self.lex.compound_heads or self._asks_for_head(lemma, tok.head.lemma_.lower())):
                # "the withdrawal date", "a withdrawal deal": the event is named inside a compound; "attack aircraft" is not one
                out.append(Candidate(tok, lemma, True, self._governing_verb(tok.head)))
        return out

    def _asks_for_head(self, lemma: str, head: str) -> bool:
        """Does a sense of the noun name the noun it hangs on ("truce violations": a sense for truces broken)?"""
        return any(slot == "head" and any(self.lex.in_class(head, c) for c in classes)
                   for sense in self.lex.nouns[lemma] for slot, classes in sense.conditions)

    def _origin(self, verb: Token) -> bool:
        """A participle that says how a group began ("a militia formed in 2014", "the group, which was set up in
        2010"), or the purpose clause under it ("formed to fight the rebels"): the group's origin, no event."""
        if verb.dep_ in {"advcl", "xcomp"} and any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
            verb = verb.head  # the purpose of the founding
        founding = self.lex.in_class(verb.lemma_.lower(), "founding_verbs") and verb.tag_ == "VBN"
        if founding and verb.dep_ == "ROOT" and is_passive(verb) and not any(p.lower_ == "by" for p in verb.children):
            # "The militia was formed in 2014": the group's history told in a main clause, nobody named as forming it
            return any(c.dep_ == "nsubjpass" and self.lex.in_class(c.lemma_.lower(), "founded_groups") for c in verb.children)
        group = self.lex.in_class(verb.head.lemma_.lower(), "founded_groups")
        return founding and group and (verb.dep_ == "acl" or (verb.dep_ == "relcl" and is_passive(verb)))

    def _connective(self, verb: Token) -> bool:
        """'jobs as opposed to trade': a verb inside a fixed connective phrase (classes.yaml connectives) names no act."""
        before = verb.doc[verb.i - 1].lower_ if verb.i > 0 else ""
        return self.lex.in_class(f"{before} {verb.lower_}", "connectives")

    @staticmethod
    def _slogan(verb: Token) -> bool:
        """'the crowd chanted "Lock her up"', 'I heard "Lock her up"': a quoted command named as a chant or slogan
        (not the clause a speaker says) is a string of words, no act."""
        if verb.tag_ != "VB" or verb.dep_ == "ccomp" or any(c.dep_ in {"nsubj", "aux", "mark"} for c in verb.children):
            return False
        doc = verb.doc
        core = max([verb.i] + [c.right_edge.i for c in verb.children if c.dep_ in {"dobj", "prt", "dative", "iobj"} and c.i > verb.i])
        after = next((t for t in doc[core + 1 : min(core + 3, verb.sent.end)] if t.text not in {"!", ".", ","}), None)
        if core == verb.i or (after is not None and after.text not in CLOSING_QUOTES):
            return False  # a lone verb in quotes is a word quoted ('to unite and "mobilize"'), still the act
        if verb.i > 0 and doc[verb.i - 1].text in OPENING_QUOTES:
            return verb.dep_ != "ROOT" or after is not None  # 'the chant "Lock her up!' (the sentence ends inside the quote)
        return verb.is_sent_start and after is not None  # 'Lock her up!" that …': the sentence opens inside the quote

    def _reputed(self, verb: Token) -> bool:
        """'his much-praised speech', 'widely repudiated theories': a participle before its noun, graded by an adverb of
        degree (classes.yaml degree_adverbs), tells how the thing is regarded, no act ('the detained activists' still is)."""
        return (verb.dep_ == "amod" and verb.tag_ == "VBN" and verb.i < verb.head.i
                and any(c.dep_ == "advmod" and self.lex.in_class(c.lower_, "degree_adverbs") for c in verb.children))

    def _own_duty(self, verb: Token) -> bool:
        """'I must tell you …', 'we must win': what the speakers must do themselves is no demand on another party."""
        return any(c.dep_ in {"nsubj", "nsubjpass"} and self.lex.in_class(c.lower_, "first_person") for c in verb.children)

    @staticmethod
    def _not_a_word_of_its_own(tok: Token) -> bool:
        """Words that name no act here: a capitalised word inside a name ("The Associated Press", "Pressing Matters
        Ltd"), a month in a date ("March 31"), an -ing word describing a noun ("the pressing issues", "a growing
        protest" is still 'protest') or listed with such a word ("an open and welcoming approach"), a surname
        ("Mr. Ban"). A Title Case headline's words are all capitalised: the caller lets those through."""
        if tok.ent_type_ in NAME_ENTITIES and tok.text[:1].isupper() and not tok.is_sent_start and (
                tok.ent_iob_ == "I" or (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].ent_iob_ == "I")):
            return True  # inside a name of two words or more
        if tok.ent_type_ in {"DATE", "TIME"} and tok.pos_ == "PROPN":
            return True
        if tok.ent_type_ == "PERSON" and tok.pos_ == "PROPN" and tok.text[:1].isupper() and not tok.is_sent_start:
            return True  # "Mr. Ban's successor": a surname

        if tok.tag_ == "VBG" and tok.dep_ == "conj" and tok.head.dep_ == "amod":
            return True  # "a more open and welcoming approach": an adjective listed with one, no act
        return tok.dep_ == "amod" and tok.tag_ == "VBG"

    @staticmethod
    def _closing_name(tok: Token, sent: SpacySpan) -> bool:
        """The last word of a name that ends the sentence ("Copyright 2018 The Associated Press."): even in Title
        Case no headline verb, which comes between its subject and what it acts on."""
        rest = [t for t in sent if t.i > tok.i and not t.is_punct]
        return not rest and tok.ent_iob_ == "I" and tok.ent_type_ in NAME_ENTITIES

    @staticmethod
    def _nominal_participle(tok: Token) -> bool:
        """'Doctors treated the wounded', 'the accused were freed': a participle with a determiner, standing as a
        noun phrase (object, subject, object of a preposition) with no object of its own, names people, no act."""
        return (tok.tag_ in {"VBN", "VBD"} and tok.dep_ in {"dobj", "pobj", "nsubj", "nsubjpass", "conj"}
                and any(c.dep_ == "det" and c.lower_ == "the" and c.i == tok.i - 1 for c in tok.children)
                and not any(c.dep_ in {"dobj", "nsubj", "nsubjpass", "auxpass", "aux"} for c in tok.children))

    def _mistagged_conjunct(self, tok: Token, lemma: str) -> bool:
        """'will participate and press for a ceasefire': a verb coordinated with a verb, tagged NOUN (not a noun phrase
        with a determiner, adjective or compound of its own: '…, potent greenhouse gases from …' hung on a verb)."""
        return (tok.pos_ == "NOUN" and tok.dep_ == "conj" and tok.head.pos_ == "VERB" and lemma in self.lex.verbs
                and lemma not in self.lex.nouns and not any(c.dep_ in {"det", "amod", "compound", "nummod"} for c in tok.children))

    def _verb_key(self, tok: Token, lemma: str) -> str | None:
        for child in tok.children:
            if self._time_phrase(child):
                continue  # "called to the capital [on Friday]": a preposition that introduces a time is no particle of the verb
            marks = [m.lower_ for m in child.children if m.dep_ == "mark"] if child.dep_ == "advcl" else []
            if child.dep_ == "prep" and any(o.dep_ == "dobj" and tok.i < o.i < child.i for o in tok.children):
                continue  # "giving a voucher to households [in a bid to …]": a phrase after the object is no particle
            # "shot back", "pressed forward": the parser's adverb right after the verb is its particle
            if child.dep_ in {"prt", "prep"} or (child.dep_ in {"dobj", "advmod"} and child.i == tok.i + 1) or marks:
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

    def _content_of(self, tok: Token) -> Token | None:
        """The event noun whose content an event noun is, through prepositions below it and before any verb: 'an inquiry
        into the killing', 'a call for an end to the fighting', 'an offer of talks', 'cooperation at the summit'. The
        outer noun names the act (CAMEO codes the inquiry, the appeal, the offer), the inner one what it is about, no
        event of its own. Not through a circumstance ('condolences after the attack': two events)."""
        cur = tok
        for _ in range(6):
            if cur.dep_ != "pobj" or cur.head.dep_ != "prep" or cur.head.lower_ in CIRCUMSTANCE_PREPS:
                return None
            outer = cur.head.head
            if outer.pos_ in {"VERB", "AUX"} or mistagged_verb(outer):
                return None
            key = self._noun_key(outer, outer.lemma_.lower()) if outer.pos_ == "NOUN" else None
            if key and self._takes_as_content(key, cur.head.lower_, cur):
                return outer
            cur = outer
        return None

    def _takes_as_content(self, key: str, prep: str, inner: Token) -> bool:
        """Is the noun `key` an event with `inner` under `prep` as its content: a sense with no condition ('an inquiry into'),
        or one asking for that preposition with a class of `inner` ('an offer of talks')? Not 'news of the shooting' (news
        is an event only when fake) nor 'the delivery of aid' (a delivery of arms or aid is named by its modifier)."""
        for sense in self.lex.nouns[key]:
            if sense.type == NO_EVENT:
                continue
            if not sense.conditions or any(slot == f"prep_{prep}" and any(self.lex.in_class(inner.lemma_.lower(), c) for c in classes)
                                           for slot, classes in sense.conditions):
                return True
        return False

    def _venue(self, tok: Token) -> bool:
        """'strengthened political cooperation [at the summit]': a meeting named as where a verb's event noun happened
        is the venue of that act, no event beside it (a meeting under 'at' or 'during' a verb whose object is an event noun)."""
        if not (tok.dep_ == "pobj" and tok.head.lower_ in {"at", "during"} and self.lex.in_class(tok.lemma_.lower(), "talks")):
            return False
        verb = tok.head.head
        return verb.pos_ == "VERB" and any(
            c.dep_ == "dobj" and c.pos_ == "NOUN" and self._noun_key(c, c.lemma_.lower()) for c in verb.children)

    @staticmethod
    def _governing_verb(tok: Token) -> Token:
        """The verb above an event noun; an event named in a circumstance ('condolences after the attack',
        'talks despite the strikes') governs itself."""
        cur = tok
        for _ in range(6):
            if cur.pos_ in {"VERB", "AUX"} or (cur != tok and mistagged_verb(cur)):
                return cur  # "will participate and press for … a commitment": 'press' (tagged NOUN) governs it
            if cur.head == cur:
                return tok
            if cur.dep_ == "pobj" and cur.head.lower_ in CIRCUMSTANCE_PREPS:
                return tok
            cur = cur.head
        return tok
