"""The actor: who does the event. The subject, an event noun's owner or 'by' phrase, a claimant of
responsibility, and for an event noun nobody is named as doing, the owner of the forces it names or
the sentence's one state party."""

from __future__ import annotations

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..actors.kb import default_kb
from ..actors.mentions import bare_name
from ..document import Document, Mention
from ..model import Actor, Span
from .arguments import located, munition
from .modality import Report, asked_for, cues, report_of
from .phrases import Phrases, forces_group, respanned
from .syntax import (PASSIVE_SUBJECT_DEPS, RELATIVE_PRONOUNS, asked_by_prep, backshifted_conjunct, between_sides, by_agent, children, head_noun, infinitival, is_passive, objects_of,
                     plural_sides, prep_objects, subject_gerund, subject_of)
from .triggers import Candidate
from .wordlists import SIDED_TYPES, STATE_SECTORS, TARGET_PREPS, nations, role_words

STREET_PROTESTS = {"Peaceful protest", "Protest with intervention", "Violent demonstration"}


# Pronouns that, as the subject of what someone says, refer back to the speaker ("X says it will …").
SPEAKER_PRONOUNS = {"it", "they", "he", "she", "we"}
RESPONSIBILITY_VERBS = {"claim", "accept", "take", "admit", "assume", "acknowledge"}
CLAIMED_RESPONSIBILITY = "claimed responsibility:"


STATE_FORCE_WORDS = frozenset({"military", "army", "government", "regime", "naval", "navy", "junta"})  # 'government warplanes'
PEOPLE_FORCES = frozenset({"army", "troop", "force", "soldier", "militant", "rebel", "fighter", "insurgent", "gunman", "navy", "militia"})


class ActorChooser(Phrases):
    """Chooses an event's actor."""

    def actor_for(self, document: Document, cand: Candidate) -> tuple[Actor | None, str]:
        tok = cand.token
        if cand.is_noun:
            undergone = self.lex.in_class(tok.lemma_.lower(), "undergone")
            # "government breaches of the truce", "truce violations by the army": a sense named by its head noun is that noun's act
            holder = head_noun(tok) if cand.sense and any(slot == "head" for slot, _ in cand.sense.conditions) else None
            for owned in [tok] + ([holder] if holder is not None else []):
                for child in owned.children:  # "Biden's withdrawal", "US strikes", "Israeli raids", "strikes by the army"
                    if (child.dep_ == "poss" and undergone) or child == tok:
                        continue  # "his arrest": the one arrested, not who arrested him
                    if child.dep_ in {"poss", "compound", "amod", "nmod"}:
                        m = document.mention_at(child.i)
                        if m:
                            return m.actor, f"{child.dep_} '{child.text}'"
                        place = self._place_at(document, child) if child.dep_ == "poss" else None
                        if place is not None and place.feature == "A.PCLI" and place.country:
                            # "Iran's condemnation", "Canada's military aid": a country that owns the act is its state
                            return self._place_actor(document, child, place, "state"), f"poss '{child.text}' (a country)"
                lemma = owned.lemma_.lower()
                agent_preps = ({"by", "of"} if lemma in role_words()["agentive_of_nouns"] else {"by"}) | (
                    {"from"} if lemma in role_words()["agentive_from_nouns"] else set())
                for prep, pobj in prep_objects(owned, agent_preps):  # "the resignation [of the prime minister]"
                    m = document.mention_at(pobj.i)
                    if m:
                        return m.actor, f"'{prep} {pobj.text}'"
                    place = self._place_at(document, pobj) if prep == "from" else None
                    if place is not None and place.country and place.feature in {"A.PCLI", "P.PPLC"}:
                        # 'condemnation from Washington': a country or its capital reacting is its state
                        return self._place_actor(document, pobj, place, "state"), f"'{prep} {pobj.text}' (a country or its capital)"
                # "clashes between herders and farmers", "talks between Iran and Bahrain": the first side of a fight, or
                # of a reciprocal act, as 'Iran and Bahrain held talks' is (the second is the target: TargetChooser)
                side = self.first_side(document, owned) if cand.sense is not None and (
                    cand.sense.type in SIDED_TYPES or cand.sense.type in role_words()["reciprocal_types"]) else None
                if side is not None:
                    return side
                forces = self._modifier_forces(document, owned) if cand.sense is not None and cand.sense.type == "ASSAULT" \
                    and (cand.anchor == tok or not self.light(cand.anchor)) else None
                if forces is not None:  # 'a Myanmar military air strike killed 30'
                    return forces, forces.method
            claimant = self._claimant(tok)
            if claimant is not None:  # "the group claimed responsibility for the attack": the claimant did it, by its own account
                m = document.mention_at(claimant.i) or self._mention_in(document, claimant)
                found = self._as_phrase(document, m.actor, claimant) if m else self._unresolved(document, claimant)
                if found is not None:
                    return found, f"{CLAIMED_RESPONSIBILITY} '{claimant.text}'"
            if cand.anchor == tok or not self.light(cand.anchor):
                return None, "no owner of the event noun"
            if self._witness(cand) is not None:
                return None, f"'{cand.anchor.text}': who reports or sees the {tok.text} is not its doer"
            undergoer = self.undergoer(cand)
            if undergoer is not None:  # "the mayor is under investigation": the mayor undergoes it; "under siege by X": X does it
                for _, pobj in prep_objects(cand.anchor, {"by"}):
                    m = document.mention_at(pobj.i) or self._mention_in(document, pobj, phrase_only=True)
                    found = self._as_phrase(document, m.actor, pobj) if m else self._unresolved(document, pobj)
                    if found is not None:
                        return found, f"'by {pobj.text}' of '{cand.anchor.text} under'"
                return None, f"'{undergoer.text}' is under the {tok.text}, not doing it"
            held = self._holder_given(document, cand)
            if held is not None:
                return held
        authored = self._text_author(document, cand)
        if authored is not None:
            return authored
        subj = self._controller(cand.anchor) or self._gerund_subject(cand.anchor) or subject_of(cand.anchor)
        subj = self._speaker_of_conjoined(document, cand.anchor, subj)
        if self._patient_only(cand.anchor):  # "a crowd gathered after the activist was killed": not the crowd's act
            subj = None
        subj = self._relative_antecedent(subj)
        not_agent = self._by_non_agent(document, subj) if subj is not None else None
        if not_agent is not None:
            return None, f"'by {subj.text}' {not_agent}"
        asking = self._asker_of(cand.anchor, subj)
        if asking is not None:  # "urged a pledge to free them": the council asks, someone else is to free them
            party = self._asked_party(document, asking)
            if party is None:
                return None, f"asked for under '{asking.text}': the party asked is not named"
            subj = party
        if subj is None and self._expelled(cand.anchor):
            # "two inspectors have been expelled from North Korea": with no 'by' agent, the state one is expelled from expels
            for _, src in prep_objects(cand.anchor, {"from"}):
                m = document.mention_at(src.i)
                place = self._place_at(document, src) if m is None else None
                if m is not None:
                    return self._as_phrase(document, m.actor, src), f"'from {src.text}' of a passive expulsion"
                if place is not None and place.feature == "A.PCLI" and place.country:
                    return self._place_actor(document, src, place, "state"), f"'from {src.text}' of a passive expulsion (a country)"
        if subj is None and not cand.is_noun:
            subj = self._participle_agent(cand.anchor)
        if subj is None and subject_gerund(tok) and (side := self.first_side(document, tok)) is not None:
            return side[0], f"the subject '{tok.text}' is an act: {side[1]}"  # 'fighting between rival militias left 12 dead'
        if subj is None or (cand.is_noun and subj == tok):  # "the allegation that X stole … was false": no one alleges it there
            return None, "no subject"
        if cand.is_noun and (self._holding_subject(cand) is not None or (
                subj.dep_ == "nsubjpass" and subj.head != cand.anchor and cand.anchor.tag_ == "VBG")):
            # "news of the shooting came": the subject holds the event noun; "the moves were hammered out beginning … in
            # meetings": a passive subject inherited from the verb above undergoes that verb, it holds no meeting
            return None, f"subject '{subj.text}' does not do the {tok.text}"
        if (subj.lemma_.lower() in self.lex.nouns or subject_gerund(subj)) and (side := self.first_side(document, subj)) is not None:
            # "clashes between herders and farmers killed 12": the act's first side did it, not the last party in its phrase
            return side[0], f"the subject '{subj.text}' is an act: {side[1]}"
        craft = self._craft_owner(document, subj)
        if craft is not None:  # 'A Chinese coast guard ship fired a water cannon': the coast guard, not the Chinese people
            return craft, f"subject '{subj.text}': {craft.method}"
        # a party named in a clause of the subject phrase is not the subject ("a way [to protest the mayor]")
        m = document.mention_at(subj.i) or self._mention_in(document, subj, phrase_only=True) or self._wielder(document, subj)
        if m is None and self._weapon(subj, means=False):
            return None, f"subject '{subj.text}' is a weapon nobody is named as using"
        unknown = m is not None and m.actor.name == m.actor.text and m.actor.country is None and m.actor.sector is None
        place = self._place_at(document, subj) if (m is None or unknown) and subj.pos_ == "PROPN" else None
        if unknown and (place is None or not place.feature.startswith("A.")):
            place = None  # "Tamil Nadu filed a petition" taken for a person's name: a state or province that acts, as a place does
        if place is not None and place.geonameid is not None and subj.dep_ in {"nsubj", "pobj"}:
            # "Kosovo is sending a platoon", "Pittsburgh is considering": a place that acts stands for its authorities
            kind = "state" if place.feature == "A.PCLI" else None
            return self._place_actor(document, subj, place, kind), f"subject '{subj.text}' (a place as the agent)"
        if subj.pos_ == "PRON" and subj.lower_ in SPEAKER_PRONOUNS:
            # "Action Against Hunger says it is providing …": a pronoun subject of what someone says is the speaker,
            # when nothing else was found for it, or when what was found is outside the sentence and the speaker agrees with
            # the pronoun ("The rebels deny they are negotiating", after a sentence about civilians)
            report = report_of(cand.anchor)
            speaker = report.speaker if report is not None else None
            if speaker is not None and speaker.pos_ in {"NOUN", "PROPN"} and speaker.i < subj.i and (
                    m is None or self._speaker_over_antecedent(m.actor, subj, speaker)):
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
            return located(document, self._before_act(document, unresolved, cand.anchor)), \
                f"subject '{subj.text}' (not in the knowledge base: unresolved)"
        return located(document, self._before_act(document, self._as_phrase(document, m.actor, subj), cand.anchor)), f"subject '{subj.text}'"

    @staticmethod
    def _holding_subject(cand: Candidate) -> Token | None:
        """'News of the shooting came', 'Trump's response to the attacks has been controversial': the light verb's subject
        holds the event noun through nouns and prepositions only (not a clause: 'an employee who attended the meeting')."""
        subj = subject_of(cand.anchor)
        if subj is None or subj == cand.token or cand.token not in subj.subtree:
            return None
        cur = cand.token.head
        while cur != subj:
            if cur.pos_ in {"VERB", "AUX"} or cur.head == cur:
                return None
            cur = cur.head
        return subj

    def _holder_given(self, document: Document, cand: Candidate) -> tuple[Actor | None, str] | None:
        """'The bill has the backing of many Democrats': the subject of a verb of holding (classes.yaml holding_verbs) holds
        the support, the party in its 'of' phrase gives it."""
        tok = cand.token
        if tok.dep_ != "dobj" or not self.lex.in_class(cand.anchor.lemma_.lower(), "holding_verbs"):
            return None
        if cand.sense is None or cand.sense.type not in {"SUPPORT", "AID"}:
            return None
        for _, pobj in prep_objects(tok, {"of"}):
            m = document.mention_at(pobj.i) or self._mention_in(document, pobj, phrase_only=True)
            found = self._as_phrase(document, m.actor, pobj) if m else self._unresolved(document, pobj)
            if found is not None:
                return found, f"'of {pobj.text}': who gives the {tok.text} '{cand.anchor.text}' holds"
        return None, f"the subject of '{cand.anchor.text}' holds the {tok.text}, it does not give it"

    @staticmethod
    def _controller(verb: Token) -> Token | None:
        """'The protests prompted news outlets [to withdraw]', 'blocked lawyers [from visiting him]': the object of a verb of
        making, preventing or dissuading (roles.yaml control_verbs, prevention_verbs, dissuasion_verbs) is who would do what
        its infinitive, 'from' or 'against' gerund says, beyond the verbs of asking `subject_of` knows."""
        head = verb.head
        if verb.dep_ == "xcomp" and head.lemma_.lower() in role_words()["control_verbs"]:
            return next(iter(children(head, {"dobj"})), None)
        if verb.dep_ == "pcomp" and head.lower_ == "from" and head.head.lemma_.lower() in role_words()["prevention_verbs"]:
            return next(iter(children(head.head, {"dobj"})), None)
        if verb.dep_ == "pcomp" and head.lower_ == "against" and head.head.lemma_.lower() in role_words()["dissuasion_verbs"]:
            return next(iter(children(head.head, {"dobj"})), None)  # 'warned China [against providing weapons]'
        return None

    def _text_author(self, document: Document, cand: Candidate) -> tuple[Actor, str] | None:
        """'Hungary blocked [an EU statement] criticising China': a text that does what its participle says is its
        author's act, when its phrase names one; not the act of whoever blocks, adopts or vetoes it."""
        verb = cand.anchor
        text = verb.head
        if cand.is_noun or verb.dep_ != "acl" or verb.tag_ != "VBG" or children(verb, {"nsubj", "nsubjpass"}) or not any(
                self.lex.in_class(text.lemma_.lower(), c) for c in ("statement", "legal_texts", "documents")):
            return None
        why = f"author '{{}}' of the {text.text} that is '{verb.text}'"
        for owner in (c for c in text.children if c.dep_ in {"poss", "compound", "nmod"} and c.i < text.i):
            m = document.mention_at(owner.i)
            if m is not None:
                return self._as_phrase(document, m.actor, owner), why.format(owner.text)
            place = self._place_at(document, owner)
            if place is not None and place.feature == "A.PCLI" and place.country:  # "Japan's statement": its state
                return self._place_actor(document, owner, place, "state"), why.format(owner.text)
        return None

    @staticmethod
    def _gerund_subject(verb: Token) -> Token | None:
        """'a sniper targeting and killing five officers', 'all signs pointed to Obama endorsing her': the noun just before
        a gerund with no subject of its own is its subject (the parser hangs it on the gerund, or on the word above as
        the object of 'to'), not the subject of the clause above it."""
        for _ in range(3):
            if verb.tag_ != "VBG" or verb.i == 0 or children(verb, {"nsubj", "nsubjpass", "mark"}):
                return None
            before = verb.doc[verb.i - 1]
            if before.pos_ in {"NOUN", "PROPN"} and before.ent_type_ not in {"DATE", "TIME"}:  # "attacked it Monday killing ten": a time
                if before.dep_ == "npadvmod" and before.head == verb:
                    return before
                # "pointed to Obama endorsing"; not "fired on the crowd killing ten", where the shooters kill
                if verb.dep_ == "advcl" and before.dep_ == "pobj" and before.head.lower_ == "to" and before.head.head == verb.head:
                    return before
            if verb.dep_ != "conj" or verb.head.tag_ != "VBG":
                return None
            verb = verb.head  # "targeting and [killing]"
        return None

    @staticmethod
    def _speaker_over_antecedent(found: Actor, pronoun: Token, speaker: Token) -> bool:
        """Whether a speaker in the sentence is a better referent of 'they' / 'it' than an antecedent found before the
        sentence: 'they' with a plural speaker, 'it' with a singular one that is not a person."""
        ante = found.antecedent
        if ante is None or ante.start >= pronoun.sent.start_char:
            return False
        if pronoun.lower_ == "they":
            return speaker.tag_ in {"NNS", "NNPS"}
        return pronoun.lower_ == "it" and speaker.tag_ in {"NN", "NNP"} and speaker.ent_type_ != "PERSON"

    @staticmethod
    def _patient_only(verb: Token) -> bool:
        """A finite passive verb that names its own patient and no 'by' agent ("after the activist was killed", "and Walters
        was charged"): whoever does it is unnamed; the subject of the clause it hangs on or is joined to is not its agent.
        Not an infinitive ("authorization for an aide to be extradited": who authorizes it has it done), nor a clause joined
        to a transitive act ("the neighbours struck a deal, and an agreement was signed": they signed it); joined to an
        intransitive or a copula ("she never called, and no arrest was made") it is not that subject's act."""
        if verb.dep_ == "conj" and not is_passive(verb.head) and children(verb.head, {"dobj"}):
            return False
        return (verb.pos_ in {"VERB", "AUX"} and is_passive(verb) and not children(verb, {"agent"})
                and not infinitival(verb)
                and any(c.lower_ not in RELATIVE_PRONOUNS for c in children(verb, PASSIVE_SUBJECT_DEPS)))

    @staticmethod
    def _relative_antecedent(subj: Token | None) -> Token | None:
        """'Peddar, who is accused of assisting the gunmen': a relative pronoun reached as the subject of a clause that
        hangs on a noun stands for that noun."""
        if subj is None or subj.lower_ not in RELATIVE_PRONOUNS:
            return subj
        clause = subj.head
        if clause.dep_ == "relcl" and clause.head.pos_ in {"NOUN", "PROPN"}:
            return clause.head
        return subj

    @staticmethod
    def _asker_of(anchor: Token, subj: Token | None) -> Token | None:
        """The verb of asking when the subject found for an act asked for is the asker's ("the opposition demanded
        a promise not to recognize X"): who asks for an act does not do it. Not when the asker asks for its own
        chance to act ("sought permission to visit"). With no subject found ("pressed Israel for a pledge to withdraw"),
        the verb of asking too, for the party it asks."""
        asking = asked_for(anchor) if anchor.dep_ != "xcomp" else None  # "demanded to meet X": its own act, asked for
        if asking is None or (subj is not None and subject_of(asking) != subj):  # "demanded that the army withdraw"
            return None
        if anchor.dep_ == "acl" and anchor.head.lemma_.lower() in role_words()["permission_nouns"]:
            return None
        return asking

    def _asked_party(self, document: Document, asking: Token) -> Token | None:
        """Whom a verb of asking asks: its object when that names a party ("pressed Israel for a pledge to …"), or
        the party after its preposition ("called on X for a promise to …")."""
        for o in objects_of(asking):
            if self._actorish(document, o):
                return o
        return asked_by_prep(asking)

    def _by_non_agent(self, document: Document, tok: Token) -> str | None:
        """Why a 'by' phrase names no party, or None when it may: a bare vehicle noun is the means of travel ('flown
        in by helicopter', 'sent by boat'; 'killed by a helicopter gunship' names one); an act (an event noun or
        classes.yaml agentless_acts: 'hit by vandalism', 'struck by an attack') leaves whoever did it unnamed."""
        if tok.dep_ != "pobj" or tok.head.lower_ != "by":
            return None
        if tok.tag_ == "NN" and self.lex.in_class(tok.lemma_.lower(), "vehicles") \
                and not any(c.dep_ in {"det", "poss", "nummod", "amod", "compound"} for c in tok.children):
            return "is how, not who"
        if tok.pos_ == "NOUN" and document.mention_at(tok.i) is None \
                and (self._event_noun(tok) or self.lex.in_class(tok.lemma_.lower(), "agentless_acts")):
            return "names an act, not who did it"
        return None

    @staticmethod
    def _participle_agent(verb: Token) -> Token | None:
        """'The soldier [killed in Syria by Isis]': a participle on a noun names its agent with 'by'."""
        if verb.dep_ != "acl" or verb.tag_ != "VBN":
            return None
        return by_agent(verb)

    def _weapon(self, t: Token, means: bool = True) -> bool:
        """A weapon or a munition, and with `means` a means of attack (roles.yaml attack_means, which names crews' craft
        as well: 'bombers'): it acts for whoever uses it, never by itself."""
        return munition(self.lex, t) or (means and t.pos_ == "NOUN" and t.lemma_.lower() in role_words()["attack_means"])

    def _wielder(self, document: Document, subj: Token) -> Mention | None:
        """'The missiles [fired by the Israeli military] struck …': a weapon acts for whoever the clause on it says
        fired or flew it (roles.yaml attack_means)."""
        if not self._weapon(subj):
            return None
        for agent in (a for c in subj.children if c.dep_ == "acl" and c.tag_ == "VBN" for a in children(c, {"agent"})):
            for pobj in children(agent, {"pobj"}):
                m = document.mention_at(pobj.i) or self._mention_in(document, pobj)
                if m is not None:
                    return m
        return None

    def _craft_owner(self, document: Document, subj: Token) -> Actor | None:
        """'a Chinese coast guard ship', 'an Iranian navy vessel', 'a police helicopter': a craft named by the armed service
        that crews it (agents.tsv, MIL or COP) acts for that service, of the nationality named before it."""
        if subj.pos_ != "NOUN" or not (self.lex.in_class(subj.lemma_.lower(), "vessels") or self.lex.in_class(subj.lemma_.lower(), "vehicles")):
            return None
        mods = [t for t in document.doc[subj.left_edge.i:subj.i] if t.dep_ in {"amod", "compound", "nmod"}]
        agent = default_kb().agent([t.lower_ for t in mods]) if mods else None
        if agent is None or agent.sector not in {"MIL", "COP"}:
            return None
        nation = next((t for t in mods if nations().get(bare_name(t.text), ("", ""))[0]), None)
        iso3 = nations()[bare_name(nation.text)][1] if nation is not None else None
        span = document.doc[subj.left_edge.i:subj.i + 1]
        name = f"{nation.text} {agent.phrase}" if nation is not None else agent.phrase
        return Actor(text=span.text, start=span.start_char, end=span.end_char, name=name, country=iso3, sector=agent.sector,
                     kind="organisation", method=f"the {agent.phrase} that crews the {subj.text}" + (f" ({nation.text})" if nation else ""))

    @staticmethod
    def _expelled(verb: Token) -> bool:
        """A passive verb of expulsion with no 'by' agent: 'were expelled from X', 'was deported from X'."""
        lemma = verb.lemma_.lower()
        phrasal = any(f"{lemma} {c.lower_}" in role_words()["expulsion_verbs"] for c in verb.children if c.dep_ == "prt")
        return ((lemma in role_words()["expulsion_verbs"] or phrasal) and verb.pos_ == "VERB"
                and is_passive(verb) and not children(verb, {"agent"}))

    def _modifier_forces(self, document: Document, act: Token) -> Actor | None:
        """'a Myanmar military air strike', 'a Sudan army drone strike': forces named on an attack noun, with the country
        named before them (a country name counts here: the force word says whose forces they are)."""
        mods = [t for t in act.subtree if t.i < act.i and t.dep_ in {"amod", "compound", "nmod", "poss"}]
        force = next((c for c in mods if self.lex.in_class(c.lemma_.lower(), "troops")), None)
        if force is None:
            return None
        m = document.mention_at(force.i)
        nation = next((c for c in mods if c.i < force.i and nations().get(bare_name(c.text), ("", ""))[0]), None)
        if m is not None and m.actor.sector in {"MIL", "COP"} and (m.actor.country is not None or nation is None):
            return m.actor.model_copy(update={"method": f"{m.actor.method}; the forces named on the act '{act.text}'"})  # 'a Sudan army drone strike': the actors stage named them
        if nation is None and (force.tag_ == "JJ" or self.armed_means(force)):
            return None  # 'a military operation': armed, not the army of anyone named; 'a helicopter gunship': a machine, nobody's
        iso3 = nations()[bare_name(nation.text)][1] if nation is not None else None
        first = nation or force
        return forces_group(document, first, force, iso3,
                             f"the forces '{document.doc[first.i:force.i + 1].text}' named on the act '{act.text}'")

    def means_actor(self, document: Document, cand: Candidate) -> tuple[Actor, str] | None:
        """A verb whose subject is an act or a weapon ('Israeli air strikes hit …', 'a Russian drone struck …', 'fighting
        between the army and the rebels killed 12'): whoever did that act or fired it did this one: the owner of its forces, the state named on it, or its first side."""
        means = subject_of(cand.anchor) if not cand.is_noun else None
        if means is None or (means.lemma_.lower() not in self.lex.nouns and not (
                cand.sense is not None and cand.sense.type == "ASSAULT" and self.armed_means(means))):
            return None  # an act, or a weapon or war machine that strikes ('a Russian drone struck …', 'a military helicopter fired')
        owner, why = self._forces_owner(document, means)  # 'US troop shelling hit …'
        if owner is None and (owner := self._modifier_forces(document, means)) is not None:
            why = owner.method  # 'a Myanmar military air strike hit …'
        if owner is None:
            owner = self.forces_actor(document, means, forces=means, demonym_only=True)  # 'Israeli air strikes hit …'
            why = owner.method if owner is not None else why
        if owner is None and (side := self.first_side(document, means)) is not None:
            owner, why = side
        if owner is None and self.armed_means(means):  # 'a military helicopter fired …', 'government warplanes bombed …'
            state = next((c for c in means.children if c.dep_ in {"amod", "compound"} and c.i < means.i and c.lower_ in STATE_FORCE_WORDS), None)
            if state is not None:
                owner = forces_group(document, state, means, None, f"'{state.text} {means.text}': a state's forces")
                why = owner.method
        return (owner, f"the subject '{means.text}' is an act: {why}") if owner is not None else None

    def _civilians_with_weapons(self, actor: Actor, cand: Candidate) -> bool:
        """'Sudanese army drones struck …': a nationality inside a weapon's phrase, taken for the people of that country, is
        not who fired it; whose forces did is asked of the weapon (`means_actor`)."""
        if actor.sector != "CVL" or cand.is_noun:
            return False  # (most events: no need to look for the subject)
        means = subject_of(cand.anchor)
        return (means is not None and self.armed_means(means)
                and means.left_edge.idx <= actor.start and actor.end <= means.idx + len(means.text))

    def armed_means(self, means: Token) -> bool:
        """A weapon or a war machine as a subject ('a drone', 'shelling', 'a helicopter', 'warplanes')."""
        lemma = means.lemma_.lower()
        return self.lex.in_class(lemma, "attacking_means") or self.lex.in_class(lemma, "armed_attackers") and lemma not in PEOPLE_FORCES

    def _speaker_of_conjoined(self, document: Document, verb: Token, subj: Token | None) -> Token | None:
        """'The spokeswoman said [the sale violates our sovereignty] and warned that …': a verb the parser conjoined
        inside what a speaker said, with no subject of its own, shares the subject of that clause, but a thing named
        by a common noun ('the sale') does not warn; the speaker does (as quotes.indirect reads the same cue)."""
        if subj is None or verb.dep_ != "conj" or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children):
            return subj
        clause = verb.head
        if clause.dep_ != "ccomp" or clause.head.lemma_.lower() not in cues().speech:
            return subj
        if backshifted_conjunct(verb):  # '… said [the agency had received …], and urged donors': the speaker urged
            return subject_of(clause.head) or subj
        if subj.pos_ != "NOUN" or document.mention_at(subj.i) is not None or self._actorish(document, subj):
            return subj
        return subject_of(clause.head) or subj

    def first_side(self, document: Document, noun: Token) -> tuple[Actor, str] | None:
        """'clashes between herders and farmers', 'fighting between the army and the rebels': the first side named
        does it (the second is the target: TargetChooser)."""
        for pobj in between_sides(noun):
            found = self._side(document, pobj)
            cut = min(c.idx for c in pobj.children if c.dep_ in {"cc", "conj"})
            if found is not None and found.end > cut:  # the first side alone, not 'herders and farmers'
                span = document.doc.char_span(found.start, cut, alignment_mode="contract")
                text = span.text.rstrip(", ") if span is not None else ""
                if not text:
                    continue
                found = found.model_copy(update={"text": text, "end": found.start + len(text)}
                                         | ({"name": text} if found.name == found.text else {}))
            if found is not None:
                return found, f"'between {pobj.text} and …': the first side"
        for pobj in plural_sides(noun):  # 'clashes between rival armed groups killed 55': both sides, named together, did it
            found = self._side(document, pobj)
            if found is not None and found.sector is not None:
                if not (pobj.left_edge.idx <= found.start and found.end <= pobj.right_edge.idx + len(pobj.right_edge.text)):
                    found = respanned(found, document.doc[pobj.left_edge.i:pobj.right_edge.i + 1])  # not the whole act's phrase
                if found.country is None:  # '… between rival armed groups in the Libyan capital': where they fight, they are
                    end = noun.right_edge.idx + len(noun.right_edge.text)
                    act = located(document, found.model_copy(update={"start": noun.left_edge.idx, "end": end}))
                    found = found.model_copy(update={"country": act.country, "method": act.method}) if act.country else found
                return found, f"'between {found.text}': both sides, named together"
        return None

    def relation_sides(self, document: Document, cand: Candidate) -> tuple[Actor, Actor, str] | None:
        """'Diplomatic ties between Egypt and Iran were restored', 'restored relations between Rwanda and Burundi': with
        nobody named as doing it, the sides of the relation acted on are its actor and target, as in 'Egypt and Iran
        restored ties' (roles.yaml reciprocal_objects). So are the sides of talks that end ('talks between Serbia and
        Kosovo broke down', 'were cancelled'): the intransitive verb's subject is what they held. Returns (actor, target, why)."""
        if cand.is_noun:
            return None
        acted_on = objects_of(cand.anchor)  # (a passive verb's subject too: 'ties … were restored')
        if not acted_on and (subj := subject_of(cand.anchor)) is not None and self.lex.in_class(subj.lemma_.lower(), "talks"):
            acted_on = [subj]
        for rel in acted_on:
            lemma = rel.lemma_.lower()
            if not (lemma in role_words()["reciprocal_objects"] or self.lex.in_class(lemma, "talks")) \
                    or (side := self.first_side(document, rel)) is None:
                continue
            for c in (c for o in between_sides(rel) for c in o.conjuncts):
                other = self._side(document, c, patient=True)
                if other is not None:
                    return side[0], other, f"{side[1]}; '{c.text}': the other side of the {rel.text}"
        return None

    def _forces_owner(self, document: Document, noun: Token) -> tuple[Actor | None, str]:
        """'the Afghan troop withdrawal', 'the withdrawal of US troops': the state whose forces move does it
        ('the killing of US troops' is undergone by them)."""
        if self.lex.in_class(noun.lemma_.lower(), "undergone"):
            return None, "no owner of the event noun"
        for f in [noun] + [o for _, o in prep_objects(noun, {"of"}) if self.lex.in_class(o.lemma_.lower(), "troops")]:
            m = document.mention_at(f.i) if f != noun else None
            owner = m.actor if m is not None else self.forces_actor(document, f)
            if owner is not None:
                return owner, f"owner of the forces '{owner.text}'"
        return None, "no owner of the event noun"

    def _sole_party(self, document: Document, cand: Candidate, sent: SpacySpan, report: Report | None,
                    agents: frozenset[int]) -> tuple[Actor | None, str]:
        """An event noun nobody is named as doing ('… as the troop withdrawal continues') is read, as an analyst
        reads it, as the act of the one party the sentence names, when that party is a state or its forces and is
        not the agent of another act there. Not parties for this: the report's speaker, the event's own phrase
        and the light verb's objects (its targets). Two parties, or a non-state one, leave it without an actor; so does a
        street protest ('since the protests began', with police in the sentence: police do not march)."""
        if cand.sense is not None and (cand.sense.acled or "") in STREET_PROTESTS:
            return None, "no owner of the event noun (a street protest is no state's act)"
        skip = {t.i for t in cand.token.subtree}
        undergoer = self.undergoer(cand)  # "the army is under attack": the army undergoes it
        for h in ([undergoer] if undergoer is not None else []) + (
                [report.speaker] if report is not None and report.speaker is not None else []) + (
                [w] if (w := self._witness(cand)) is not None else []) + objects_of(cand.anchor) + [
                o for _, o in prep_objects(cand.anchor, TARGET_PREPS)] + (
                [holder] if (holder := self._holding_subject(cand)) is not None else []):  # "Trump's response to the attacks"
            skip |= {t.i for t in h.subtree}
        for v in sent:  # '…, killing three officers', 'three officers were killed', 'died': the sentence's victims are no doers
            if v.pos_ == "VERB" and self.lex.in_class(v.lemma_.lower(), "casualty_verbs"):
                skip |= {t.i for o in objects_of(v) for t in o.subtree}  # (the passive's subject too)
            elif v.pos_ == "VERB" and self.lex.in_class(v.lemma_.lower(), "dying_verbs"):
                skip |= {t.i for o in children(v, {"nsubj"}) for t in o.subtree}
        parties = [(m.start, m.end, self._forces_state(document, m.start, m.actor)) for m in document.mentions
                   if sent.start <= m.start < sent.end and not skip.intersection(range(m.start, m.end))]
        for t in sent:
            forces = self.forces_actor(document, t) if t.i not in skip else None
            if forces is not None and (span := document.doc.char_span(forces.start, forces.end)) is not None:
                nationality = next(t for t in span if t.dep_ != "det")  # 'no [US] attack aircraft'
                parties.append((span.start, span.end, self._owning_state(forces, nationality)))
        if len({a.country or a.name for _, _, a in parties}) != 1:
            return None, f"no owner of the event noun ({len(parties)} parties in the sentence)" if parties else "no owner of the event noun"
        # the state itself before its forces ('no [US] attack aircraft … so warplanes are travelling'), then the nearest
        start, end, actor = min(parties, key=lambda p: (p[2].kind != "state", abs(p[0] - cand.token.i)))
        if actor.sector not in STATE_SECTORS and actor.kind != "state":
            return None, f"no owner of the event noun (the only party, '{actor.text}', is no state)"
        if any(s <= a < e for s, e, _ in parties for a in agents):
            return None, f"no owner of the event noun ('{actor.text}' is the agent of another act)"
        return actor, f"from the sentence: '{actor.text}', the only party it names (a state or its forces)"

    def _forces_state(self, document: Document, start: int, actor: Actor) -> Actor:
        """A resolved mention of forces named by a nationality ('British combat jets', MIL) stands for its state
        in the same way as forces the actors stage left unresolved."""
        first = document.doc[start]
        if actor.kind == "group" and actor.sector == "MIL" and nations().get(first.text, ("", ""))[1] == actor.country:
            return self._owning_state(actor, first)
        return actor

    @staticmethod
    def _owning_state(forces: Actor, nationality: Token) -> Actor:
        """'There are no US attack aircraft in Afghanistan as the troop withdrawal continues': the aircraft stay
        away, the United States withdraws. Forces named only by a nationality stand, as a party to an act nobody
        is named as doing, for their state; the nationality word is the evidence."""
        country = default_kb().countries.get(forces.country or "")
        if country is None:
            return forces
        return Actor(text=nationality.text, start=nationality.idx, end=nationality.idx + len(nationality.text), name=country.name,
                     country=country.iso3, sector="GOV", kind="state", method=f"the state of the forces '{forces.name}'")

    def _witness(self, cand: Candidate) -> Token | None:
        """'Both sides reported breaches of the truce', 'the region saw heavy fighting': the subject of a light verb of
        reporting or witnessing (classes.yaml witness_verbs) tells of the event noun; it is no party to it. 'The army
        reported clashes with the rebels': an act done with another names the reporter as the other side."""
        verb = cand.anchor
        if not cand.is_noun or not self.lex.in_class(verb.lemma_.lower(), "witness_verbs") or any(prep_objects(cand.token, {"with"})):
            return None
        return subject_of(verb)

    @staticmethod
    def _claimant(noun: Token) -> Token | None:
        """'X claimed responsibility for the attack (on Y)' → X, the subject of the claim; 'the attack was claimed by X' → X."""
        if noun.dep_ == "nsubjpass" and noun.head.lemma_.lower() == "claim":
            return by_agent(noun.head)
        prep = noun.head
        while prep.dep_ == "conj" and prep.head != prep:  # "for the bombing and the attack"
            prep = prep.head.head if prep.head.dep_ == "pobj" else prep.head
        if noun.dep_ not in {"pobj", "conj"} or prep.lower_ != "for":
            return None
        if prep.head.lemma_.lower() == "responsibility":
            verb = prep.head.head
        elif any(c.dep_ == "dobj" and c.lemma_.lower() == "responsibility" for c in prep.head.children):
            verb = prep.head  # "claimed responsibility on Saturday for the bombing": the parser hangs 'for' on the verb
        else:
            return None
        if verb.lemma_.lower() not in RESPONSIBILITY_VERBS:
            return None
        return subject_of(verb)
