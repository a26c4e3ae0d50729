"""Who a filled argument slot names: a mention, a country, a place things go to, or through a
thing (sanctions, aid, a charge) its recipient, owner or author."""

from __future__ import annotations

from collections.abc import Set as AbstractSet

from spacy.tokens import Token

from ..actors.kb import default_kb
from ..document import Document
from ..model import Actor
from .lexicon import Lexicon
from .phrases import Phrases, respanned
from .syntax import RELATIVE_PRONOUNS, children, first_conjunct, prep_objects, quantity_head, real_head, role_phrase
from .wordlists import AGENT_PREPS, ARMED_GROUP_SECTORS, PREMISES_OWNERS, RECIPIENT_PREPS, nations, role_words


def munition(lex: Lexicon, t: Token) -> bool:
    """A weapon or a munition (roles.yaml munitions) named by a common noun: what an act uses, never a party to it."""
    lemma = t.lemma_.lower()
    return t.pos_ == "NOUN" and (lex.in_class(lemma, "weapon") or lemma in role_words()["munitions"])


LOCATED_PREPS = {"in", "of", "near", "at", "from", "across", "around", "inside", "outside", "throughout", "within"}


def located(document: Document, actor: Actor) -> Actor:
    """A phrase of no known country (unresolved, or people named by what they are) that names one country, by a
    nationality or a country's name in it ("Iraqi towns", "German goods") or by a place it is in ("a village in western
    Cambodia", "rival militias in Tripoli"), is of that country: an analyst codes it so. Two countries, or none, leave it
    as it is; a person or an organisation keeps what the knowledge base says."""
    if actor.country is not None or actor.kind not in {None, "group"}:
        return actor
    span = document.tokens_of(actor)
    if span is None:
        return actor
    named = {nations()[t.text][1] for t in span if t.text in nations() and t.pos_ in {"ADJ", "PROPN"} and _where_it_is(t)}
    named |= {p.country for p in document.article.places if actor.start <= p.start and p.end <= actor.end and p.country
              and (root := document.tokens_of(p)) is not None and _where_it_is(root.root)}
    if len(named) != 1:
        return actor
    iso3 = next(iter(named))
    return actor.model_copy(update={"country": iso3, "method": f"{actor.method}; the one country it names or is in: {iso3}"})


def _where_it_is(t: Token) -> bool:
    """A country's word that says where a phrase's referent is or comes from: a modifier ("Iraqi towns", "US employers")
    or the object of a preposition of place ("a village in Cambodia"); not where it goes or who made it ("people due to
    be expelled to Turkey", "an agent developed by the Soviet Union")."""
    if t.dep_ == "conj" and t.head != t:  # "Iraqi and Kuwaiti towns"
        return _where_it_is(t.head)
    return t.dep_ in {"amod", "compound", "nmod", "poss"} or (t.dep_ == "pobj" and t.head.lower_ in LOCATED_PREPS)


def without_preconjunction(document: Document, actor: Actor) -> Actor:
    """A target that starts with the word announcing a coordination ("[both] Cuba and Syria", roles.yaml preconjunctions)
    starts after it: the word is no part of the parties (ConfliBERT marks the targets without it)."""
    span = document.tokens_of(actor)
    if span is None or len(span) < 2 or span[0].lower_ not in role_words()["preconjunctions"] or not any(t.dep_ == "cc" for t in span[1:]):
        return actor  # "both sides" names them
    return respanned(actor, span[1:])


class ArgumentReader(Phrases):
    """Reads who a filled slot names."""

    def _argument(self, document: Document, t: Token, actor: Actor | None, depth: int = 0,
                  recipient: bool = False) -> tuple[Actor | None, str, bool]:
        """Who a filled slot names: (actor, how, resolved). Resolved means a known actor, a country, or a
        gazetteer place a thing goes to or is laid on ("aid to Gaza", "a curfew in Srinagar").
        `recipient`: the slot is the recipient of a thing ("aid to Gaza"), where a place stands for
        the people there."""
        m = document.mention_at(t.i)
        if m is None and t.lemma_.lower() in role_words()["spatial_parts"] and t.dep_ == "pobj":
            return None, "", False  # 'on its side of the frontier': where, not whom
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
        if self._posts_force(t) is not None:  # "a military vehicle in Myanmar's Rakhine State": the military, not a name inside
            return self._unresolved(document, t, patient=True), "", False
        if self._actorish(document, t):
            lo, hi = role_phrase(quantity_head(first_conjunct(t)))
            inner = self._mention_in(document, t, phrase_only=True)  # not 'schoolgirls [abducted by gunmen]'
            if inner is not None and not (lo <= inner.start and inner.end <= hi):
                inner = None  # "the Iraq Humanitarian Fund[, a fund managed by the UN's Office …]": not the fund's own name
            if inner is not None and (actor is None or inner.actor.name != actor.name):
                return self._as_phrase(document, inner.actor, t), "", True
            if self.lex.in_class(t.lemma_.lower(), "troops") and depth < 2:  # "send troops to Uganda": where they go
                for p, r in prep_objects(t, {"to", "into"}):
                    found, why, resolved = self._argument(document, r, actor, depth + 1, recipient=True)
                    if found is not None and resolved:
                        return found, f" → '{p} {r.text}'{why}", True
            if self.lex.in_class(t.lemma_.lower(), "premises") and (owned := self._owner(document, t, actor)) is not None:
                return owned  # 'a police station', 'the ruling party headquarters': whose premises they are
            return self._unresolved(document, t, patient=True), "", False
        # a thing: its recipient ("sanctions on Iran", "aid to Somalia", "a ban imposed on X"); a message
        # ("Trump's decision", "U.S. calls for a ceasefire") is named with its owner first
        fallback: tuple[Actor | None, str, bool] = (None, "", False)
        if self._message(t):
            owned = self._owner(document, t, actor)
            if owned is not None:
                return owned
        # the author of a charge: "accusations by the government of Sierra Leone", "demands by protesters"
        if depth < 2 and (self._authored(t) or ((self._event_noun(t) or t.lemma_.lower() in role_words()["misdeed_nouns"]) and not self._material(t))):
            # ... and the agent of an act condemned or protested: "a strike against violations by the police"
            found, why, resolved = self._author(document, t, actor, depth)
            if resolved:
                return found, why, True
            if found is not None:
                fallback = (found, why, False)
        if depth < 2 and t.lemma_.lower() not in role_words()["settlement_nouns"]:  # 'villages on its side': a place, no recipient
            for prep, r in self._recipients(t):
                found, why, resolved = self._argument(document, r, actor, depth + 1, recipient=True)
                if found is not None and resolved and "(the place" in why and fallback[0] is not None:
                    continue  # "the visit by the speaker [to Taipei]": who did the act, before the place it went to
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
            if inner is None and c.dep_ == "amod" and self._message(t) and nations().get(c.text, ("", ""))[0] == "adjective":
                # "the Iraqi demands", "a Chinese proposal": a nation's adjective on what is said or decided names its state
                iso3 = nations()[c.text][1]
                inner = Actor(text=c.text, start=c.idx, end=c.idx + len(c.text), name=c.text, country=iso3, kind="state",
                              method=f"nationality '{c.text}' owning the act: the state it names")
            if inner is None and c.dep_ in {"amod", "compound"} and self.lex.in_class(t.lemma_.lower(), "military_targets"):
                inner = self._armed_owner(document, c, t, ARMED_GROUP_SECTORS)  # 'struck Kurdish militant targets', 'shelled rebel positions'
            elif inner is None and c.dep_ in {"amod", "compound"} and self.lex.in_class(t.lemma_.lower(), "premises"):
                inner = self._armed_owner(document, c, t, PREMISES_OWNERS)  # 'set fire to a police station', 'the army headquarters'
            if inner is not None and (actor is None or inner.name != actor.name):
                if self._message(t):  # "Trump's decision [to recognise Jerusalem]": the owner and the message
                    start, end = min([c2.left_edge.i for c2 in t.lefts if not c2.is_punct] + [t.i]), t.i + 1
                else:  # "the rebel-held enclave of eastern Ghouta": the whole phrase
                    start, end = self._without_content(document, t, *role_phrase(quantity_head(t)))
                span = document.doc[start:end]
                return inner.model_copy(update={"text": span.text, "start": span.start_char, "end": span.end_char}), \
                    f" (owned by '{inner.text}')", True
        return None

    @staticmethod
    def _armed_owner(document: Document, c: Token, t: Token, sectors: AbstractSet[str]) -> Actor | None:
        """A party named by a sector word on the targets, positions, camps or premises struck: the party whose they are
        (for targets and positions only a non-state armed group: 'military targets' names no side)."""
        agent = default_kb().agent([c.lower_])
        if agent is None or agent.sector not in sectors:
            return None
        span = document.doc[c.left_edge.i:c.i + 1]  # 'Kurdish militant'
        return Actor(text=span.text, start=span.start_char, end=span.end_char, name=span.text, sector=agent.sector, kind="group",
                     method=f"'{span.text} {t.text}': the {agent.phrase} group whose {t.text} they are")

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

    def _recipients(self, t: Token) -> list[tuple[str, Token]]:
        """The party a thing goes to or bears on: 'aid to X', 'sanctions on X', 'ties with X',
        'restrictions imposed on X', 'a boycott of X', 'a curfew in X'; conjoined things share it
        ('aid and arms deals with X')."""
        out: list[tuple[str, Token]] = []
        for head in [t, *t.conjuncts]:
            changed = head.lemma_.lower() in role_words()["change_nouns"]
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
