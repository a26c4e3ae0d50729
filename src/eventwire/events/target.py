"""The target: whom the event is done to, from the trigger's slots in order of evidence, and failing
those the place it bears on."""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Token

from ..document import Document
from ..model import Actor, Place, Span
from .arguments import ArgumentReader, located, munition, without_preconjunction
from .modality import cues
from .phrases import respanned
from .syntax import (QUANTITY_HEADS, RELATIVE_PRONOUNS, TITLES, between_sides, children, clause_verb, infinitival, is_passive, objects_of,
                     prep_objects, quantity_head, role_phrase, subject_gerund, subject_of)
from .triggers import Candidate
from .wordlists import AGENT_PREPS, RECIPIENT_PREPS, SIDED_TYPES, TARGET_PREPS, nations, role_words
from .words import PATIENT_CLASSES

RECALL_ENVOYS = "161"  # CAMEO: reduce or break diplomatic relations (recalling ambassadors)
LAUNCH_VERBS = frozenset({"fire", "launch", "shoot"})  # 'a missile [fired by] the Houthis'
RALLYING_CODES = frozenset({"053", "113"})  # CAMEO: rally support for / opposition against a party (its target is that party)


PATIENT_PREPS = {"on", "against", "upon"}  # prepositions whose object may be an unresolved patient ("attacks on a convoy")
# Event nouns whose "of" phrase is what the act is done to (objective genitive: "the blockade of Qatar", "the
# release of the pilots"); in the other types it names who acts ("the visit of the minister", "a strike of miners",
# "the resignation of the minister", "with the support of France").
PATIENT_OF_TYPES = {"ASSAULT", "COERCE", "SANCTION", "ACCUSE", "CONCEDE", "REJECT", "THREATEN"}
STANCE_TYPES = {"AGREE", "SUPPORT", "REJECT"}  # "agree / side / comply with X": the 'with' phrase is what the stance is on
# Acts that, done to or in a town or a region, bear on the people there ("shelled Jericho", "a curfew in Abidjan", "aid to
# Gaza"); a visit, a request or a protest there is addressed to its authorities.
PEOPLE_TYPES = {"ASSAULT", "COERCE", "SANCTION", "THREATEN", "AID"}
OWN_FORCES_TYPES = {"RETREAT", "MOBILIZE"}  # whose targets of the actor's own country the coder drops as its own forces
YIELDING_TYPES = {"REJECT", "CONCEDE", "AGREE", "RETREAT"}  # acts that refuse or give in to someone's pressure


class TargetChooser(ArgumentReader):
    """Chooses an event's target."""

    def target_for(self, document: Document, cand: Candidate, actor: Actor | None) -> tuple[Actor | None, str]:
        """Whom the event is done to (`_slot_target`), its phrase without a leading 'both' or 'either'."""
        found, why = self._slot_target(document, cand, actor)
        return (without_preconjunction(document, found) if found is not None else None), why

    def _slot_target(self, document: Document, cand: Candidate, actor: Actor | None) -> tuple[Actor | None, str]:
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
        that-clause, an agreement on the other side ("with X", also in what is agreed to: "agreed to resume talks with X"),
        never on its content ("agreed to open the border"). What is rejected, condemned or protested, when it is an act
        between parties, is named whole (`_whole_act`); a place a visit went to does not outrank who made it."""
        tok = cand.token if cand.is_noun else cand.anchor
        if cand.key == "must":  # "X said Y must go": Y is whom the demand is made of
            bound = subject_of(cand.token.head)
            found = self._argument(document, bound, actor)[0] if bound is not None else None
            if found is None and bound is not None:
                found = self._unresolved(document, bound)
            return (found, f"subject of '{cand.token.head.text}'") if found is not None else (None, "no target actor")
        second_side = self._second_side(document, cand, actor)
        if second_side is not None:
            return second_side
        slots: list[tuple[str, Token, bool, bool]] = []  # (how, token, may be an unresolved phrase, recipient slot)
        if not cand.is_noun and cand.sense is not None and cand.sense.cameo in RALLYING_CODES:
            # "urged the EC to support the PLO": the party support is rallied for (or opposition against), not those urged
            slots += [(f"object of '{x.text}'", o, False, False) for x in children(cand.anchor, {"xcomp"}) for o in objects_of(x)]
        if self.undergoer(cand) is not None:  # "the mayor is under investigation", "the convoy came under fire"
            slots += [(f"subject of '{cand.anchor.text}" + (f" {tok.head.text}'" if tok.head != cand.anchor else "'"), self.undergoer(cand), True, False)]
        if cand.is_noun and self.lex.in_class(tok.lemma_.lower(), "undergone"):  # "his arrest", "Khashoggi's killing"
            slots += [("possessor", c, True, False) for c in tok.children if c.dep_ == "poss"]
        if cand.is_noun and cand.sense is not None and cand.sense.type in PATIENT_OF_TYPES:  # "the blockade of Qatar"
            slots += [("'of …'", o, True, False) for _, o in prep_objects(tok, {"of"})]
        elif cand.is_noun and self.lex.in_class(tok.lemma_.lower(), "undergone"):  # "the release of the jailed reporter": who undergoes it,
            slots += [("'of …'", o, True, False) for _, o in prep_objects(tok, {"of"})]  # as the possessor does in "his release"
        if cand.is_noun and cand.sense is not None and cand.sense.mode == "allege":  # "an arrest warrant [for the president]"
            # (also on the light verb: "issued an arrest warrant on Friday [for a militia commander]")
            slots += [("'for …'", o, False, False) for h in dict.fromkeys([tok, cand.anchor]) for _, o in prep_objects(h, {"for"})]
        if not cand.is_noun and tok.tag_ == "VBN" and tok.head.pos_ in {"NOUN", "PROPN"} and (
                tok.dep_ == "amod" or (tok.dep_ == "acl" and self._actorish(document, tok.head))):
            # "the jailed reporter", "the detained activists", "a journalist arrested by the police": who underwent it
            # (a thing a clause qualifies, "a statement released by X", is no party)
            slots += [("the noun it qualifies", tok.head, True, False)]
        elif not cand.is_noun and tok.tag_ in {"VBN", "VBD"} and tok.dep_ == "acl" and self._doer_of_summed_act(document, tok.head, None):
            slots += [("the act it qualifies", tok.head, False, False)]  # ', a move condemned by the UN': the move is condemned
        received: list[Token] = []
        opposed: list[Token] = []
        pressed_for: set[int] = set()  # what a phrasal verb's 'for' asks for: content, a target only when named
        if not cand.is_noun and self._transfer(tok) and not (cand.sense is not None and cand.sense.type == "COERCE"):
            # (not 'deported 40 Uyghurs to China': whom a state forces out is whom it acts against)
            # "returned the artefacts to Peru", "extradited him to the US", "gave every household a voucher": the recipient
            # before the thing or person moved; a place there stands for the people in it
            received = [o for _, o in prep_objects(tok, {"to"})] + [
                g for c in tok.children if c.dep_ == "dative" for g in (children(c, {"pobj"}) if c.pos_ == "ADP" else [c])]
            slots += [("recipient", o, True, False) for o in received]
        if not cand.is_noun:
            if not is_passive(tok) and any(self._authored(o) for o in objects_of(tok)):
                # "denied charges [by the chamber]" parsed with 'by' on the active verb: it names the charges' author
                slots += [(f"'{p} …' (author)", o, True, False) for p, o in prep_objects(tok, AGENT_PREPS)]
            if cand.sense is not None and cand.sense.type == "AGREE":
                # "accepted a formula to end its conflict with Israel", and in what is agreed to ("agreed to resume talks with
                # India"): the other side of the talks, deal or dispute is whom it is with
                slots += [(f"'{x.head.head.text} with …' in the object", x, True, False) for h in [tok, *self._complements(tok)]
                          for o in objects_of(h) for x in o.subtree
                          if x.dep_ == "pobj" and x.head.lower_ == "with" and self._counterpart_noun(x.head.head)]
            second = cand.key.split()[1] if " " in cand.key else ""
            # "called on X", "called for sanctions against X": a phrasal verb's preposition takes its object, before any object
            # the parser gave the verb ("called on leaders to emulate …, the late President …" with 'President' as a predicate)
            # what is asked "for" is content: only a named party there is a target ("pressed for the inclusion of a plank" names none)
            slots += [(f"'{p} …'", o, second != "for", False) for p, o in prep_objects(tok, {second})] if second else []
            pressed_for = {o.i for _, o in prep_objects(tok, {second})} if second == "for" else set()
            if cand.sense is not None and cand.sense.type == "SUPPORT":  # "rallied Democrats around Clinton", "behind the ticket": who is rallied around is backed
                slots += [(f"'{p} …'", o, True, False) for p, o in prep_objects(tok, {"around", "behind"})]
            if cand.sense is not None and cand.sense.type == "SANCTION":
                # "recalled its ambassador to Australia": an envoy withdrawn or expelled bears on the state he is posted to
                slots += [(f"'{o.text} {p} …'", x, True, False) for o in objects_of(tok) if self.lex.in_class(o.lemma_.lower(), "diplomats")
                          for p, x in prep_objects(o, {"to", "in"})]
            # "lodged a protest [with Japan]": the state a diplomatic protest is lodged with is what it is against (a
            # complaint lodged with a court is not)
            slots += [(f"'{o.text} with …'", x, True, False) for o in objects_of(tok) if self.lex.in_class(o.lemma_.lower(), "diplomatic_protest")
                      for _, x in prep_objects(o, {"with"})]
            if cand.sense is None or cand.sense.type != "MOBILIZE":  # "deployed boats/troops": what is mobilized is the means
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
        # "would not get beat up [at his rally]": an event 'at' which something happens is the occasion, not a party (a
        # protest "at Trump rallies" is against whose rally it is)
        occasion = cand.sense is None or cand.sense.type != "PROTEST"
        if cand.key in role_words()["to_patient_keys"]:
            stance = stance | {"to"}  # "set fire to a police station": what burned is the patient
        slots += [(f"'{p} …'", o, p in PATIENT_PREPS | stance, False) for p, o in prep_objects(tok, TARGET_PREPS)
                  if not (p == "at" and occasion and self._event_noun(o)) and not (p == "with" and self._means(o, cand))]
        # "suspended aid deliveries [to Gaza]": a phrase on the verb that says where its thing goes names a recipient,
        # and a place there stands for the people in it, as in "aid to Gaza"
        given = not cand.is_noun and any(self._material(o) for o in objects_of(tok))
        goes_to = ({o.i for p, o in prep_objects(tok, RECIPIENT_PREPS)} if given else set()) | {o.i for o in received}
        # "imposed a curfew [in X]", the phrase on the verb; not when it says where the people a thing is given to are ("sent
        # aid to flood victims [in Pakistan]"), nor where a truce is signed ("signed a truce [in Doha]")
        if not cand.is_noun and not received and any(self._imposed(o) for o in objects_of(tok)) \
                and tok.lemma_.lower() not in role_words()["signing_verbs"]:
            slots += [("'in …'", o, True, True) for _, o in prep_objects(tok, {"in"}) if self._where(o)]
        if given:  # "lifted the ban [on doing business with X]" with the phrase on the verb: whom the banned act involves
            slots += [(f"'{c.text} {g.text} {p} …'", o, True, False) for c in tok.children if c.dep_ == "prep" and c.lower_ in RECIPIENT_PREPS
                      for g in children(c, {"pcomp"}) for p, o in prep_objects(g, {"with", "to"})]
        if cand.is_noun and tok.head.dep_ == "prep" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in QUANTITY_HEADS:
            slots += [(f"'{p} …'", o, p in PATIENT_PREPS, False) for p, o in prep_objects(tok.head.head, TARGET_PREPS)]  # "a handful of attacks a day on X"
        if not cand.is_noun and cand.sense is not None and cand.sense.mode == "seize":
            # "confiscated weapons from armed groups", "retook the town from the rebels": whom it is taken from
            slots += [("'from …'", o, True, False) for _, o in prep_objects(tok, {"from"})]
        if cand.sense is not None and cand.sense.mode in {"withdraw", "return"}:  # "withdrew from Sinai": the place left
            left = [o for _, o in prep_objects(tok, {"from"})]
            slots += [("'from …'", o, True, False) for o in left]
            goes_to |= {o.i for o in left}  # a place left stands for the people there, as a place given to does
        if cand.is_noun and self._imposed(tok):  # "a curfew in Kashmir", "a ceasefire in Idlib": the place and the people there
            slots += [(f"'{p} …'", o, True, True) for p, o in prep_objects(tok, {"in"}) if self._where(o)]
        if cand.is_noun and cand.anchor != tok:
            # the light verb's 'at' phrase is where the event is held ("held a protest at the university"), not whom it is against
            slots += [(f"'{p} …' of '{cand.anchor.text}'", o, False, False) for p, o in prep_objects(cand.anchor, TARGET_PREPS - {"at"})]
            slots += [(f"'{p} {v.text} against …'", o, False, False) for p, v in prep_objects(cand.anchor, {"at", "in"})  # the same, parsed on the venue
                      for _, o in prep_objects(v, {"against"})]
            # not a phrase the event noun hangs in ("was the main centre [of street protests]"): that frames the event
            # nor the predicate of a copula ("the attack was a searing moment"): that describes the event
            # nor what a verb the noun is the subject of acts on ("Russia's withdrawal from the treaty alarmed NATO": NATO is alarmed)
            said_of = tok.dep_ in {"nsubj", "nsubjpass"} and tok.head == cand.anchor and not self.light(cand.anchor)
            slots += [("object of light verb", o, False, False) for o in objects_of(cand.anchor) if o != tok and not (cand.anchor.lemma_ == "be" and o.dep_ == "attr")
                      and not (tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head == o) and not said_of]
        content = cand.sense is not None and cand.sense.type == "AGREE" and tok.lemma_.lower() in role_words()["agreement_verbs"]
        if not cand.is_noun and not content:  # "agreed to open its borders to refugees": what is agreed names no party
            for comp in self._complements(tok):
                acts = comp.lemma_.lower() in self.lex.verbs  # "threatened to attack 52 sites": the complement is an act
                slots += [(f"object of '{comp.text}'", o, acts, False) for o in objects_of(comp)]
                if not objects_of(comp):  # "pledged aid to help Nepal rebuild", "refused to let the inspectors enter": whom a verb of
                    # enabling bears on is the subject of its bare infinitive
                    slots += [(f"subject under '{comp.text}'", s, acts, False) for c in comp.children if c.dep_ in {"ccomp", "xcomp"}
                              and c.tag_ == "VB" and all(a.dep_ != "aux" or (a.lower_ == "to" and c.dep_ == "ccomp") for a in c.children)
                              for s in children(c, {"nsubj"})]  # "refused to allow UN planes to land": the planes' owners
                slots += [(f"'{p} …' of '{comp.text}'", o, p in PATIENT_PREPS | stance, False) for p, o in prep_objects(comp, TARGET_PREPS)]
            if (tok.dep_ in {"advcl", "xcomp"} and tok.head.pos_ == "VERB" and tok.tag_ == "VB" and subject_of(tok) is not None
                    and subject_of(tok) == subject_of(tok.head)):  # not a participle: "posting flyers, asking for help"
                # "summoned the envoy to complain", "called Erdogan to apologize": whom the purpose is addressed to
                slots += [(f"object of '{tok.head.text}'", o, False, False) for o in objects_of(tok.head)]
        if cand.sense is not None and cand.sense.type == "RETREAT":
            # "resigned as president of the Soviet Union", "quit his post as head of the agency": the body left
            left = [(f"'{p} {o.text} of …'", x, True, False) for p, o in prep_objects(tok, {"as", "from"})
                    if o.lemma_.lower() in TITLES or self.lex.in_class(o.lemma_.lower(), "office")
                    for o2 in [o, *[a for _, a in prep_objects(o, {"as"})]] for _, x in prep_objects(o2, {"of"})]
            slots += left
            goes_to |= {x.i for _, x, _, _ in left}  # a state left stands for its institutions
        if not cand.is_noun and tok.lemma_.lower() in role_words()["opposition_verbs"]:
            opposed += objects_of(tok)  # "denounced the new pension law": what one opposes is the target, whatever it is
        if cand.sense is not None and cand.sense.type == "PROTEST":
            # "started a hunger strike, protesting the state's policy", "marched, denouncing the junta": a participle of
            # opposing that the protesters' act comes with names what the protest is against, a policy as much as a party
            against = [o for h in dict.fromkeys([tok, cand.anchor]) for c in h.children if c.dep_ == "advcl" and c.tag_ == "VBG"
                       and c.lemma_.lower() in role_words()["opposition_verbs"] for o in objects_of(c)]
            slots += [(f"object of '{o.head.text}'", o, True, False) for o in against]
            opposed += against
            # "marched against the new tax law": what a protest is 'against' is its target, a policy as much as a party
            opposed += [o for h in dict.fromkeys([tok, cand.anchor]) for _, o in prep_objects(h, {"against"})]
            # "street protests in the suburbs against the president's rule": 'against' parsed on the place of the protest
            venue = [o for _, v in prep_objects(tok, {"in", "at"}) for _, o in prep_objects(v, {"against"})] if cand.is_noun else []
            slots += [(f"'in {o.head.head.text} against …'", o, True, False) for o in venue]
            opposed += venue
        if cand.sense is not None and cand.sense.type == "REQUEST":
            # "demanded that the US ease sanctions", "its demand that the army withdraw": whom the demand is made of
            # and "insisted on its demands that X grant …", "repeated its demand that X …": the demand the verb names
            demands = [tok] + [d for d in objects_of(tok) + [o for _, o in prep_objects(tok, {"on"})]
                               if not cand.is_noun and self.lex.in_class(d.lemma_.lower(), "demand")]
            slots += [(f"subject of '{c.text}'", x, True, False) for h in demands for c in h.children if c.dep_ in {"ccomp", "acl"}
                      and c.pos_ in {"VERB", "AUX"} and not any(m.lower_ in {"if", "whether"} for m in children(c, {"mark"}))
                      for x in children(c, {"nsubj"}) if x.lower_ not in RELATIVE_PRONOUNS]
        if cand.sense is not None and cand.sense.type in YIELDING_TYPES:
            # "declined to resign despite pressure from the party": a refusal or a concession answers whoever presses
            heads = [tok, cand.anchor] + (self._complements(tok) if not cand.is_noun else [])
            slots += [(f"'{p} {n.text}' by", a, True, False) for h in dict.fromkeys(heads) for p, n in prep_objects(h, role_words()["yielding_preps"])
                      if n.lemma_.lower() in role_words()["pressure_nouns"] or self.lex.in_class(n.lemma_.lower(), "demand")
                      for a in [c for c in n.children if c.dep_ == "poss"] + [o for _, o in prep_objects(n, AGENT_PREPS)]]
        # last, and only when no slot above names anyone: whom a purpose clause is about ("sent troops to help the Philippine
        # army", "an effort to resolve the rift between X and Y")
        # "to help Haiti cope": whom a purpose verb helps may be the subject of its bare infinitive
        purposes = [(f"object of '{p.text}'", o, False, False) for p in self._purposes(cand, not content)
                    for o in objects_of(p) or [s for c in p.children if c.dep_ in {"ccomp", "xcomp"} for s in children(c, {"nsubj"})]
                    or [o for c in children(p, {"xcomp"}) for o in objects_of(c)]]  # "to help [defend Saudi Arabia]"
        # "mobilized the troops for a battle against the rebels": the act it prepares names whom it is against
        purposes += [(f"'for {n.text} {p} …'", o, True, False) for h in dict.fromkeys([tok, cand.anchor]) for _, n in prep_objects(h, {"for"})
                     if n != tok and self._event_noun(n) for p, o in prep_objects(n, {"against", "on", "with"})]
        # "called off the strike after deliberations with the government": the other side of the talks an act follows
        purposes += [(f"'{p} {n.text} with …'", o, True, False) for p, n in self._talks_before(cand) for _, o in prep_objects(n, {"with"})]
        if not cand.is_noun and cand.sense is not None and cand.sense.type == "ASSAULT":
            # "blew himself up at a checkpoint, killing five soldiers": when nobody is named as attacked, the people it killed
            # or wounded (classes.yaml casualty_verbs) when they are a known party, before the place it happened in ('five people'
            # is not: the people of that place say more)
            purposes += [(f"object of '{c.text}'", o, False, False) for c in tok.children if c.dep_ == "advcl" and c.tag_ == "VBG"
                         and self.lex.in_class(c.lemma_.lower(), "casualty_verbs") for o in objects_of(c) if document.mention_at(o.i) is not None]
        own_forces = cand.sense is not None and (cand.sense.type == "MOBILIZE" or cand.sense.mode in {"withdraw", "disarm"})
        fallback: tuple[Actor, str] | None = None
        agreed = cand.sense is not None and (cand.sense.type == "AGREE" or cand.anchor.lemma_.lower() in role_words()["signing_verbs"])
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
            if self._own_envoy(document, cand, t, actor):  # "recalled its ambassador from Somalia": whom the recall is against
                posts = [*prep_objects(cand.anchor, {"from"}), *prep_objects(t, {"to", "in", "from"})]
                posted = self._party_in(document, posts, actor)
                if posted is None:
                    continue
                party, place = posted[2], self._place_at(document, posted[1])
                if party.kind is None and place is not None and place.feature == "P.PPLC":  # 'from Mogadishu': the capital
                    party = party.model_copy(update={"kind": "state", "sector": "GOV", "method": f"capital '{place.text}' of the"
                                                     f" state an envoy is posted to: its government"})
                return party, f"{how} '{t.text}' (the actor's own envoy) → '{posted[0]} {posted[1].text}'"
            # "deployed the National Guard": a force named by a word for forces, as 'troops' is (roles.yaml force_nouns)
            if (own_forces or moved) and (self.lex.in_class(t.lemma_.lower(), "troops") or t.lemma_.lower() in role_words()["force_nouns"]):
                m = document.mention_at(t.i)
                if m is None or m.actor.country is None or (actor is not None and m.actor.country == actor.country):
                    continue  # "withdrew peacekeepers", "mobilized troops": the actor's own forces
            if own_forces and self.lex.in_class(t.lemma_.lower(), "weapon"):
                continue  # "laid down their arms": the actor's own weapons
            doer = self._doer_of_summed_act(document, t, actor)
            if doer is not None:  # "The Taliban banned women from aid work, a move condemned by the UN": the Taliban's move
                return doer, f"{how} '{t.text}': the act of the clause it sums up, by '{doer.antecedent.text}'"
            # "condemned the US arms sale [to Taiwan]": what is opposed is its owner's doing, whoever it goes to
            # (not "condemned Khashoggi's killing": whom it befell)
            owned = self._owner(document, t, actor) if (
                cand.sense is not None and cand.sense.type in role_words()["opposed_act_types"] and t.pos_ == "NOUN"
                and not self.lex.in_class(t.lemma_.lower(), "undergone") and not self._actorish(document, t)) else None  # not 'his wife
            found, why, resolved = owned if owned is not None else self._argument(document, t, actor, recipient=recipient or t.i in goes_to)
            found = self._whole_act(document, cand, t, found, why)
            if found is not None and not resolved and t in received:
                found = self._placed_by_verb(document, found, tok)
            if found is None and (t in received or t in opposed):  # whoever a thing is handed to is a party: "to every household";
                # whatever one opposes is what the act is against
                found, why, resolved = self._unresolved(document, t, patient=True), "", False
            if found is None and cand.sense is not None and cand.sense.type == "ASSAULT" and self.lex.in_class(t.lemma_.lower(), "premises"):
                found = self._unresolved(document, t, patient=True)  # "stormed a hotel", "the attack on the church": the people there
                found, why, resolved = found and found.model_copy(update={"sector": "CVL"}), " (the people at a building attacked)", False
            elif found is None and cand.sense is not None and cand.sense.type in {"ASSAULT", "COERCE"} and self.lex.in_class(t.lemma_.lower(), "vessels"):
                found, why, resolved = self._unresolved(document, t, patient=True), " (the crew of a vessel fired at)", True
            if found is None or (recipient and not resolved and "(the place" not in why and t.pos_ != "PROPN"):  # a name may stay unresolved
                continue
            if actor is not None and (found.start < actor.end and actor.start < found.end):
                found = self._before_act(document, found, tok)  # "a journalist [arrested by the police]": the clause is no part of who
                if found.start < actor.end and actor.start < found.end:
                    continue  # the agent's own phrase
            if agreed and self.lex.in_class(t.lemma_.lower(), "agreement") and ("→" not in why or why.startswith(" → 'in ")):
                # ('signed a ceasefire [in Havana]': where it was signed, no party to it)
                party = self._party_in(document, prep_objects(t, {"with", "between"}), actor)
                if party is None:
                    continue  # "signed an agreement [on customs]": what is agreed is no party; "an agreement with X" names one
                return party[2], f"{how} '{t.text}' → '{party[0]} {party[1].text}'"
            borne = cand.sense is not None and cand.sense.type in PEOPLE_TYPES  # "aid to Gaza", not "a visit to Gaza"
            own = cand.sense is not None and cand.sense.type in OWN_FORCES_TYPES
            if resolved and fallback is not None and "(the place it goes to)" in why and t.pos_ == "PROPN":
                continue  # "criticised the visit by the speaker [to Taipei]": the party named before, not where the act went
            intercepted = cand.sense is not None and cand.sense.acled == "Disrupted weapons use" and munition(self.lex, t)
            if intercepted and (owner := self._weapons_owner(document, t)) is not None:
                return owner[0], f"{how} '{t.text}'{owner[1]}"  # before where the weapon was going: 'a drone launched by X toward Jazan'
            if resolved:
                found = self._people_there(document, found) if borne else found
                return self._located_target(document, found, actor, own), f"{how} '{t.text}'{why}"
            if munition(self.lex, t) and cand.sense is not None and cand.sense.type == "ASSAULT" and not intercepted:
                owner = self._weapons_owner(document, t)
                if owner is not None:
                    return owner[0], f"{how} '{t.text}'{owner[1]}"
            if munition(self.lex, t) or self._when(document, found) or self.lex.in_class(t.lemma_.lower(), "state_power"):
                continue  # "fired four shells at …", "an attack on Christmas Day", "seized power": what is used, when, or taken, is nobody
            doer = self._doer_of_prior_act(document, t, actor)
            if doer is not None:  # "Russia expelled two diplomats. London condemned the move": Russia's move
                return doer, f"{how} '{t.text}': the act of the sentence before, by '{doer.antecedent.text}'"
            # what is asked 'for' is content: only a named party there ('pressed for a commitment …' names none)
            named = t.i not in pressed_for or document.mention_at(t.i) is not None or t.pos_ == "PROPN"
            if fallback is None and (may_be_unresolved or "→" in why or (self._actorish(document, t) and named)):
                found = self._located_target(document, found, actor, own)
                fallback = (self._people_there(document, found) if borne else found, f"{how} '{t.text}'{why} (unresolved)")
        if fallback is not None:
            return fallback
        return None, "no target actor"

    def _means(self, o: Token, cand: Candidate) -> bool:
        """Is a 'with' phrase on an act of force what it was done with ('pounded Kherson [with artillery]'), not the
        other side ('clashed with rebels')?"""
        return cand.sense is not None and cand.sense.type == "ASSAULT" and (
            munition(self.lex, o) or o.lemma_.lower() in role_words()["attack_means"] or self.lex.in_class(o.lemma_.lower(), "weapon_systems"))

    def _party_in(self, document: Document, phrases: Iterable[tuple[str, Token]], actor: Actor | None) -> tuple[str, Token, Actor] | None:
        """The first (preposition, object) of `phrases` whose object resolves to a party ('with Togo', 'from Somalia')."""
        for prep, o in phrases:
            found, _, resolved = self._argument(document, o, actor, recipient=True)
            if resolved:
                return prep, o, found
        return None

    def _own_envoy(self, document: Document, cand: Candidate, t: Token, actor: Actor | None) -> bool:
        """A diplomat a state recalls or withdraws that is its own ('its ambassador', 'Kenyan diplomats'), or a mission it
        opens or closes ('reopened its embassy in Tehran'): no target; the state where it serves is."""
        if cand.sense is None:
            return False
        envoy = cand.sense.cameo == RECALL_ENVOYS and self.lex.in_class(t.lemma_.lower(), "diplomats")
        mission = cand.sense.type in {"SUPPORT", "SANCTION"} and self.lex.in_class(t.lemma_.lower(), "embassy")
        if not (envoy or mission):
            return False
        if any(c.dep_ == "poss" and c.pos_ == "PRON" for c in t.children):
            return True
        m = document.mention_at(t.i)
        return m is not None and actor is not None and m.actor.country is not None and m.actor.country == actor.country

    def _weapons_owner(self, document: Document, weapon: Token) -> tuple[Actor, str] | None:
        """Whose weapons were used or stopped: the forces named on them ('shot down 12 [Ukrainian] drones'), or the party
        they were 'fired/launched by' ('a missile fired by the Houthis'), when an actor mention names it."""
        owner = self.forces_actor(document, weapon, forces=weapon, demonym_only=True)
        if owner is not None:
            return owner, ": the weapons of the forces named on them"
        for acl in children(weapon, {"acl"}):
            if acl.lemma_.lower() not in LAUNCH_VERBS:
                continue
            for agent in children(acl, {"agent"}):
                for o in children(agent, {"pobj"}):
                    m = document.mention_at(o.i)
                    if m is not None:
                        return m.actor, f": fired by '{o.text}'"
        return None

    def _placed_by_verb(self, document: Document, found: Actor, verb: Token) -> Actor:
        """'sent aid to flood victims [in Pakistan]': an 'in' phrase the parser hung on the verb right after the people a
        thing is given to says where they are, and is part of their phrase (and gives them their country)."""
        span = document.tokens_of(found)
        if span is None:
            return found
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ == "in" and c.i == span.end and any(self._where(o) for o in children(c, {"pobj"})):
                return respanned(found, document.doc[span.start:c.right_edge.i + 1])
        return found

    def _whole_act(self, document: Document, cand: Candidate, t: Token, found: Actor | None, why: str) -> Actor | None:
        """What is rejected, condemned or protested (roles.yaml opposed_act_types) when it is an act between parties, not
        a thing handed out or a message, and the party in it is its partner or its victim, not its agent ("rejected any
        cooperation [with the ICC]", "condemned violence [against civilians]", "reneged on an accord [with Iran]"): the
        act's whole phrase, resolved as the party inside it. The victims of an act condemned are not whom it is against."""
        act = t.pos_ == "NOUN" and (self._event_noun(t) or self._counterpart_noun(t)) and not (self._material(t) or self._authored(t))
        if found is None or "→" not in why or not act or cand.sense is None or cand.sense.type not in role_words()["opposed_act_types"]:
            return found
        verb = t.head.head if t.dep_ == "pobj" else t.head
        if verb not in (cand.token, cand.anchor) and verb.lemma_.lower() not in role_words()["opposition_verbs"]:
            return found  # "took to the streets to demand [the resignation of X]": an act asked for, not the one opposed
        party = document.tokens_of(found)
        if party is not None and party.root.dep_ == "pobj" and party.root.head.lower_ in AGENT_PREPS:
            return found  # "condemned the attack by the militants": who did the act is whom its condemnation bears on
        start, end = self._without_content(document, t, *role_phrase(quantity_head(t)))
        span = document.doc[start:end]
        if not (span.start_char <= found.start and found.end <= span.end_char):
            return found
        return found.model_copy(update={"text": span.text, "start": span.start_char, "end": span.end_char})

    def _second_side(self, document: Document, cand: Candidate, actor: Actor | None) -> tuple[Actor, str] | None:
        """'clashes between herders and farmers', 'talks between Iran and Bahrain': the second side named is the
        target (the first is the actor: ActorChooser.first_side). A reciprocal act someone else holds or brokers
        ('Qatar hosted talks between X and Y') keeps its own slots."""
        if cand.sense is None:
            return None
        sided = cand.token
        if not (cand.is_noun or subject_gerund(cand.token)):
            # 'fighting between X and Y killed 12 civilians': the verb's own object is whom it was done to; when it names
            # no party ('killed dozens'), the fight was between the two sides, as ACLED codes it
            sided = subject_of(cand.anchor)
            if (sided is None or cand.sense.type != "ASSAULT"
                    or not (sided.lemma_.lower() in self.lex.nouns or subject_gerund(sided))
                    or any(self._argument(document, o, actor)[0] is not None for o in objects_of(cand.anchor))):
                return None
        reciprocal = cand.sense.type in role_words()["reciprocal_types"]
        if cand.sense.type not in SIDED_TYPES and not reciprocal:
            return None
        for o in between_sides(sided):
            if reciprocal and (actor is None or not o.left_edge.idx <= actor.start <= o.idx + len(o.text)):
                continue
            for c in o.conjuncts:
                found = self._side(document, c, patient=True)
                if found is not None:
                    return found, f"'between {o.text} and {c.text}': the second side"
        return None

    def _doer_of_prior_act(self, document: Document, t: Token, actor: Actor | None) -> Actor | None:
        """'The move', 'the decision' (roles.yaml anaphoric_acts) with nothing that names whose it is refers back to the
        act of the sentence before; whom condemning or welcoming it bears on is the subject of that act, when the knowledge
        base resolves it and it is not the actor. The role keeps its own words, with the doer as the antecedent."""
        if (t.pos_ != "NOUN" or t.lemma_.lower() not in role_words()["anaphoric_acts"] or t.tag_ != "NN"
                or not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in t.children)
                or any(c.dep_ in {"poss", "compound", "amod", "prep", "acl", "relcl"} for c in t.children)):
            return None
        sent = t.sent
        if sent.start == 0:
            return None
        prior = document.doc[sent.start - 1].sent
        if prior.root.lemma_.lower() in cues().speech:
            return None  # 'Kanaani said Iran would respond. Kuleba welcomed the decision': a report is no decision
        subj = subject_of(prior.root)
        m = document.mention_at(subj.i) if subj is not None else None
        if m is None or (actor is not None and m.actor.name == actor.name) or (m.actor.country is None and m.actor.sector is None):
            return None
        return m.actor.model_copy(update={"text": document.doc[t.left_edge.i:t.i + 1].text, "start": t.left_edge.idx,
                                          "end": t.idx + len(t.text), "antecedent": Span(text=m.actor.text, start=m.actor.start,
                                                                                         end=m.actor.end)})

    def _doer_of_summed_act(self, document: Document, t: Token, actor: Actor | None) -> Actor | None:
        """', a move condemned by X', ', a decision rejected by Y', ', a step criticised by Z': an act noun (roles.yaml
        anaphoric_acts) set off by a comma after a clause sums that clause up; it is the act of that clause's subject."""
        if t.pos_ != "NOUN" or t.lemma_.lower() not in role_words()["anaphoric_acts"] or t.tag_ != "NN" or t.i == 0 \
                or document.doc[t.left_edge.i - 1].text != "," or any(c.dep_ in {"poss", "compound"} for c in t.children):
            return None
        verb = t.head.head if t.dep_ == "appos" else t.head if t.dep_ in {"dobj", "npadvmod"} else None
        if verb is None or verb.pos_ not in {"VERB", "AUX"} or verb.i > t.i:
            return None
        subj = subject_of(verb)
        m = document.mention_at(subj.i) if subj is not None else None
        if m is None or (actor is not None and m.actor.name == actor.name):
            return None
        return m.actor.model_copy(update={"text": document.doc[t.left_edge.i:t.i + 1].text, "start": t.left_edge.idx,
                                          "end": t.idx + len(t.text), "antecedent": Span(text=m.actor.text, start=m.actor.start,
                                                                                         end=m.actor.end)})

    def _talks_before(self, cand: Candidate) -> list[tuple[str, Token]]:
        """Talks an act follows ("after talks with X", "following negotiations with X", "after a deal with X", roles.yaml
        sequel_preps), for acts that settle something with a party (roles.yaml settling_types); an event noun of
        consultation, an agreement or a dispute only."""
        if cand.sense is None or cand.sense.type not in role_words()["settling_types"]:
            return []
        heads = [cand.token] + [o for h in (cand.token, cand.anchor) for o in objects_of(h) + [x for _, x in prep_objects(h, {"to", "on"})]]
        found = [(p, n) for h in dict.fromkeys([cand.anchor, *heads]) for p, n in prep_objects(h, role_words()["sequel_preps"])]
        found += [(v.lower_, n) for h in dict.fromkeys([cand.anchor, *heads]) for v in h.children
                  if v.dep_ in {"acl", "advcl", "prep"} and v.lower_ in role_words()["sequel_preps"] for n in children(v, {"dobj", "pobj"})]
        # talks, or what talks end in or are about ("after an agreement with the government", "following a row with X")
        return [(p, n) for p, n in found if any(s.type == "CONSULT" for s in self.lex.nouns.get(n.lemma_.lower(), ())) or self._counterpart_noun(n)]

    @staticmethod
    def _located_target(document: Document, found: Actor, actor: Actor | None, own: bool) -> Actor:
        """The target with the one country its words name (`located`); in a withdrawal or a mobilization (`own`) not the
        actor's own country, which would read as its own forces ("receiving the first Ukraine Trade Mission")."""
        placed = located(document, found)
        if own and actor is not None and placed.country is not None and placed.country == actor.country and found.country is None:
            return found
        return placed

    @staticmethod
    def _when(document: Document, found: Actor) -> bool:
        """A phrase that names a day or a time ("Christmas Day", "Monday night"), which the parser may give a role."""
        span = document.tokens_of(found)
        words = [t for t in span or [] if t.is_alpha and not t.is_stop]
        return bool(words) and all(t.ent_type_ in {"DATE", "TIME"} for t in words)

    @staticmethod
    def _transfer(verb: Token) -> bool:
        """A verb of transfer ('return', 'hand over'): its object is moved, its 'to' phrase is whom it bears on."""
        lemma = verb.lemma_.lower()
        return lemma in role_words()["transfer_verbs"] or any(
            f"{lemma} {c.lower_}" in role_words()["transfer_verbs"] for c in verb.children if c.dep_ == "prt")

    def _purposes(self, cand: Candidate, complements: bool = True) -> list[Token]:
        """Infinitival purpose clauses of the trigger, its light verb, its complements or its object:
        'sent troops [to help X]', 'launched an effort [to resolve the rift]'. Last in line of the slots."""
        heads = [cand.token, cand.anchor] + (self._complements(cand.anchor) if not cand.is_noun and complements else [])
        heads += [o for h in list(heads) if h.pos_ in {"VERB", "AUX"} for o in children(h, {"dobj"})]
        # a "to" infinitive conjoined to the trigger ("sending aid, including supplies, to help X") is a purpose mis-parsed
        return [c for h in dict.fromkeys(heads) for c in h.children
                if (c.dep_ in {"advcl", "acl"} or (c.dep_ == "conj" and h == cand.token)) and c.pos_ == "VERB"
                and infinitival(c)]

    @staticmethod
    def _complements(verb: Token) -> list[Token]:
        """Verbs in the trigger's infinitival complements, two levels down: 'threatened [to attack X]'."""
        out, frontier = [], [verb]
        for _ in range(2):
            frontier = [c for v in frontier for c in v.children if c.dep_ == "xcomp" and c.pos_ in {"VERB", "AUX"}]
            out += frontier
        return out

    def _crowd(self, document: Document, sent, actor: Actor | None, why: str) -> tuple[Actor | None, str]:
        """'Police fired tear gas as thousands of protesters marched': force used on a crowd with no object named
        bears on the protesters the sentence names."""
        for t in sent:
            m = document.mention_at(t.i) if self.lex.in_class(t.lemma_.lower(), "protesters") else None
            if m is not None and (actor is None or not (m.actor.start < actor.end and actor.start < m.actor.end)):
                return m.actor, f"no party named: the crowd the sentence names, '{m.actor.text}'"
        return None, why

    def _place_target(self, document: Document, place: Place, actor: Actor | None, why: str,
                      anchor: Token | None = None) -> tuple[Actor | None, str]:
        """No party found: the place the event is in or goes to is what it bears on ("a ceasefire in Yemen",
        "troops arrived in Monrovia", "aid for northern Iraq"), or the people named there ("militants in
        South Waziristan"). Not a place inside a party's name or description ("Kansas workers"), nor one in a
        clause of its own under the trigger ("fired missiles into the sea [while leaders held a summit in China]")."""
        span = document.tokens_of(place)
        if span is None or (actor is not None and place.start < actor.end and actor.start < place.end):
            return None, why
        if anchor is not None and _in_own_clause(span.root, anchor):
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
        elif kind == "state" and owner is not None and any(self.lex.in_class(b.lemma_.lower(), "premises") for b in (
                [owner] if owner.pos_ == "NOUN" else objects_of(owner) if owner.pos_ == "VERB" else [])):
            kind = None  # "attacked a church in Burkina Faso", "stormed a hotel in Somalia": the people at a building there
        found = self._place_actor(document, t, place, kind)
        if actor is not None and found.start < actor.end and actor.start < found.end:
            return None, why
        return (self._people_there(document, found) if self._borne_by_people(document, t) else found), \
            f"no party named: the place '{place.text}' it bears on"

    def _borne_by_people(self, document: Document, t: Token) -> bool:
        """Whether the act in whose clause a place is named bears on the people there: not a place gone to ("travelled to
        England"), nor one where a verb in the sense it has there visits, asks or protests ("arrived in Rome")."""
        if t.dep_ == "pobj" and t.head.lower_ in {"to", "toward", "towards", "into"}:
            return False
        verb = clause_verb(t)
        key = verb.lemma_.lower()
        if key not in self.lex.verbs:
            return True  # "an attack in Kabul", a noun's light verb: the event noun's type is not at hand, the place is where it hit
        sense, _ = self.choose_sense(document, Candidate(token=verb, key=key, is_noun=False, anchor=verb))
        return sense is None or sense.type in PEOPLE_TYPES

    def _people_there(self, document: Document, found: Actor) -> Actor:
        """A town or a region that an act bears on ("shelled Jericho", "a curfew in Abidjan", "aid to Gaza"), or a
        settlement named by a common noun ("shelled Iraqi towns", roles.yaml settlement_nouns), stands for the people
        there, who are civilians; not a country (its state), nor people a noun names ("militants in X")."""
        span = document.tokens_of(found)
        if span is None or found.kind is not None or found.sector is not None:
            return found
        r = span.root
        place = found.method.endswith("the people there") and (r.pos_ == "PROPN" or r.ent_type_ in {"GPE", "LOC"} or self._place_noun(r))
        settlement = found.name == found.text and r.pos_ == "NOUN" and r.lemma_.lower() in role_words()["settlement_nouns"]
        return found.model_copy(update={"sector": "CVL"}) if place or settlement else found

    def co_party(self, document: Document, cand: Candidate, actor: Actor | None) -> tuple[Actor, Actor, str] | None:
        """'Indonesia and Japan held talks', 'rebels and soldiers clashed near Goma': in a reciprocal act (roles.yaml
        reciprocal_types, reciprocal_words) the other conjunct of the actor's subject is its counterpart, when the
        slots name nobody; the actor is the first named, cut to its own words. Returns (actor, target, why)."""
        words = role_words()
        if cand.sense is not None and (cand.sense.cameo in words["one_sided_cameo"] or cand.sense.mode == "visit"):
            return None  # 'Egypt and Qatar brokered a deal', 'Biden and Harris visited Kyiv': done together, not to each other
        if actor is None or cand.sense is None or not (
                cand.sense.type in words["reciprocal_types"] or cand.token.lemma_.lower() in words["reciprocal_words"]
                or cand.anchor.lemma_.lower() in words["signing_verbs"] or _mutual(cand.anchor)
                or any(o.lemma_.lower() in words["reciprocal_objects"] for o in objects_of(cand.anchor))):
            return None  # ('Egypt and Iran restored ties': a relation the two have with each other; what two sign, they sign together)
        subj = subject_of(cand.anchor)
        if subj is None or not (actor.start <= subj.idx < actor.end):
            return None
        for c in subj.conjuncts:
            if c.i < subj.i:
                continue
            m = document.mention_at(c.i)
            found = m.actor if m else self._unresolved(document, c, patient=True, alone=True)
            if found is not None:
                last = c.left_edge.i - 1
                while last > subj.left_edge.i and document.doc[last].dep_ in {"cc", "punct"}:
                    last -= 1  # 'Indonesia [and] Japan', 'Sudan, Chad [and] …'
                end = document.doc[last].idx + len(document.doc[last].text)
                first = actor.model_copy(update={"text": document.article.text[actor.start:end], "end": end}) if actor.start < end < actor.end else actor
                return first, found, f"'{subj.text} and {c.text}': the other party to a reciprocal act"
        # 'Indian and Pakistani troops exchanged fire': the second nationality's forces are the counterpart
        for a in (x for x in subj.children if x.dep_ == "amod" and x.i < subj.i):
            for c in a.conjuncts:
                what, iso3 = nations().get(c.text, ("", ""))
                if what == "adjective" and c.i > a.i and iso3 != actor.country:
                    span = document.doc[c.i:subj.i + 1]
                    other = Actor(text=span.text, start=span.start_char, end=span.end_char, name=span.text, country=iso3,
                                  sector=actor.sector, kind=actor.kind, method=f"nationality '{c.text}' of the forces '{subj.text}'")
                    first = actor.model_copy(update={"text": a.text, "start": a.idx, "end": a.idx + len(a.text),
                                                     "name": f"{a.text} {subj.text}"}) if actor.start <= a.idx < actor.end else actor
                    return first, other, f"'{a.text} and {c.text} {subj.text}': the other party to a reciprocal act"
        return None


def _mutual(verb: Token) -> bool:
    """'accused each other', 'blamed one another': the act is each party's on the other."""
    return any((o.lower_ in {"other", "another"} and o.i > 0 and o.doc[o.i - 1].lower_ in {"each", "one"})
               or (o.lower_ == "one" and any(c.lower_ == "another" for c in o.children))  # parsed 'one' + det 'another'
               for o in [*objects_of(verb), *(g for _, g in prep_objects(verb, TARGET_PREPS))])


CONTRASTING_MARKS = frozenset({"while", "whereas", "although", "though", "because", "if", "unless"})


def _in_own_clause(t: Token, anchor: Token) -> bool:
    """Is `t` inside a clause under `anchor` that tells another act beside this one: a relative or coordinated clause,
    or an adverbial one of contrast, cause or condition ('fired missiles into the sea [while leaders held a summit in
    China]'), with a subject of its own? A clause of time ('as battles raged in Baghdad') shares the act's setting, and
    what is said, asked or threatened (a complement clause) is what the act bears on."""
    own = False
    while t != anchor:
        if t.head == t:
            return False  # not under the trigger at all
        if t.pos_ in {"VERB", "AUX"} and any(c.dep_ in {"nsubj", "nsubjpass"} for c in t.children) and (
                t.dep_ in {"relcl", "conj", "parataxis"}
                or t.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONTRASTING_MARKS for c in t.children)):
            own = True
        t = t.head
    return own
