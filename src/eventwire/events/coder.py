"""The events stage: triggers from the lexicon, arguments from the parse, types
from the first sense whose conditions hold, modality and reporter from the
clause around the trigger. Every sentence leaves a trace saying why it was or
was not coded (shown by `eventwire code --explain`).

Each step has its own module: triggers (candidates), senses, actor, target (with arguments, phrases and
words, the questions they ask of the parse), location, date and codes. `EventCoder` combines them over
the shared lexicon (`self.lex`) and builds and folds the events of each sentence."""

from __future__ import annotations

import hashlib
from dataclasses import replace

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..document import Document
from ..actors.kb import default_kb
from ..model import Actor, Event, Incident, Place, Trigger
from ..ontology import get_ontology
from .actor import ActorChooser, CLAIMED_RESPONSIBILITY
from .classifier import TypeClassifier
from .codes import CodeAssigner
from .confidence import load_calibration
from .date import DateChooser
from .incidents import IncidentFinder, anaphoric, hazard_actor, storm_name
from .labels import labels_of
from .lexicon import Lexicon, Sense, load_lexicon
from .location import LocationChooser
from .modality import announced, asked_for, cues, is_claim, modality_of, not_done, noun_modality, report_of, threat_condition
from .restated import mark_restatements
from .senses import SenseChooser
from .syntax import (embedding_depth, infinitival, is_passive, objects_of, plural_sides, prep_objects, purpose_of, quantity_head,
                     subject_of)
from .target import TargetChooser
from .triggers import Candidate, TriggerFinder
from .wordlists import role_words

CROWD_CONTROL = frozenset({"Protest with intervention", "Excessive force against protesters"})  # ACLED: force on a crowd
SIGN_AGREEMENT = "057"  # CAMEO: sign formal agreement
HALT_TALKS = "164"  # CAMEO: halt negotiations (where talks ended is a venue, no counterpart)
RECIPROCAL_PRONOUNS = frozenset({"each other", "one another"})


class EventCoder(TriggerFinder, SenseChooser, ActorChooser, TargetChooser, IncidentFinder, LocationChooser, DateChooser,
                 CodeAssigner):
    name = "events"

    def __init__(self, lexicon: Lexicon | None = None) -> None:
        self.lex = lexicon or load_lexicon()
        self.classifier = TypeClassifier.load()
        self.calibration = load_calibration()

    def __call__(self, document: Document) -> Document:
        events: list[Event] = []
        incidents: list[Incident] = []
        named: set[tuple[str, str]] = set()  # (label, name) of the named storms reported so far
        trace: list[tuple[int, str]] = []
        before: list[Event] = []  # the previous sentence's events
        sentence_of: dict[str, int] = {}
        for si, sent in enumerate(document.doc.sents):
            found, notes = self.code_sentence(document, sent)
            found = self._incidents(document, sent, found, incidents, named, notes)
            for i, event in enumerate(found):
                found[i], note = self.carried_venue(document, event, before)
                notes += [note] if note else []
            events.extend(found)
            sentence_of.update((e.id, si) for e in found)
            trace.extend((si, n) for n in notes)
            before = found if sent.text.strip() else before
        for later, earlier in mark_restatements(events):
            trace.append((sentence_of[later.id], f"'{later.trigger.text}' restates '{earlier.trigger.text}' of sentence "
                                                 f"{sentence_of[earlier.id] + 1} (same act, actor and target): same_as {earlier.id}"))
        for event in events:
            event.labels = labels_of(event)
        document.article.events = events
        document.article.incidents = incidents
        document.trace.extend(("events", si, note) for si, note in trace)
        return document

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
        sharpened = {c.token.i: self._sharpen(c, cands) for c in cands  # before any event is built from the verb
                     if c.sense and c.is_noun and c.anchor.i in verb_events and c.anchor != c.token}
        events: list[Event] = []
        by_verb: dict[int, tuple[Token, Event, str]] = {}  # verb token index -> the verb, its event, the act's own CAMEO code
        for cand in cands:
            if cand.sense is None:
                continue
            if cand.is_noun:
                if cand.anchor.i in verb_events and cand.anchor != cand.token:
                    notes.append(f"'{cand.token.text}': folded into the verb event '{cand.anchor.text}'" + sharpened.get(cand.token.i, ""))
                    continue
                if cand.anchor.lemma_.lower() in self.lex.cessation_verbs:
                    notes.append(f"'{cand.token.text}': what '{cand.anchor.text}' would end, not an event of its own")
                    continue
            event, note = self._event(document, cand, sent, agents)
            notes.append(note)
            if event is not None:
                events.append(event)
                if not cand.is_noun:
                    by_verb[cand.anchor.i] = (cand.anchor, event, cand.sense.cameo)
        events = self._drop_restated_aims(by_verb, events, notes)
        return self._fold(events, notes), notes

    @staticmethod
    def _drop_restated_aims(by_verb: dict[int, tuple[Token, Event, str]], events: list[Event], notes: list[str]) -> list[Event]:
        """'Police fired tear gas to disperse the protesters': the dispersal is what the firing was for, one act
        and not two, when the aim is an act of the same CAMEO root as the act (17, 17; the acts' own codes, not
        the stance codes an announced act takes); 'deployed troops to quell unrest' (15, 17) keeps both."""
        dropped: set[int] = set()
        for verb, aim, code in by_verb.values():
            served = purpose_of(verb)
            act = by_verb.get(served.i) if served is not None else None
            if act is not None and act[2][:2] == code[:2]:
                notes.append(f"'{aim.trigger.text}': what '{act[1].trigger.text}' was done for, the same act (CAMEO {code[:2]}): folded")
                dropped.add(id(aim))
        return [e for e in events if id(e) not in dropped]

    def _incidents(self, document: Document, sent: SpacySpan, found: list[Event], incidents: list[Incident],
                   named: set[tuple[str, str]], notes: list[str]) -> list[Event]:
        """Adds the sentence's incidents ('the floods' after floods were reported are the same floods, and so is a
        storm named again) and returns its events less those whose actor is an incident's hazard or vehicle."""
        things: list[tuple[int, int]] = []
        for incident, words in self.incidents_in(document, sent):
            things += [(w.idx, w.idx + len(w.text)) for w in words]
            same = next((i for i in incidents if i.label == incident.label and i.trigger.text.lower() == incident.trigger.text.lower()), None)
            name = storm_name(words[0])
            if same is not None and (anaphoric(words[0]) or (incident.label, name) in named):
                notes.append(f"'{incident.trigger.text}': the {incident.label.lower()} already reported at {same.trigger.start}")
                continue
            if name:
                named.add((incident.label, name))
            incidents.append(incident)
            notes.append(f"'{incident.trigger.text}' → incident: {incident.label} ({incident.rule})")
        kept = []
        for e in found:
            if hazard_actor(e, things):
                notes.append(f"'{e.trigger.text}': {e.type} dropped: its actor '{e.actor.text}' is a hazard or vehicle, no party")
            else:
                kept.append(e)
        return kept

    @staticmethod
    def _news_subject(noun: Token) -> bool:
        """'The arrest of the opposition leader sparked protests': an event noun of what befalls someone (classes.yaml
        undergone) that is its clause's subject and names whom it befell is the news, done by someone unnamed; one
        under a preposition ('after the riots') is mostly a passing mention, and is not coded without an actor."""
        return noun.dep_ in {"nsubj", "nsubjpass"} and noun.tag_ == "NN" and any(
            c.dep_ == "prep" and c.lower_ == "of" and any(o.dep_ == "pobj" for o in c.children) for c in noun.children)

    @staticmethod
    def _sharpen(noun: Candidate, cands: list[Candidate]) -> str:
        """'A suicide bomber blew himself up', 'Israeli air strikes hit a building', 'launched a drone attack': the noun
        folded into the verb event says how it was done more precisely than the verb (same type; the verb has no mode,
        or the noun's CAMEO code is a subcode of the verb's): the verb event takes the noun's mode, CAMEO and ACLED."""
        verb = next((c for c in cands if c.anchor == noun.anchor and not c.is_noun and c.sense is not None), None)
        n = noun.sense
        if verb is None or verb.sense is None or n is None or n.mode is None or n.type != verb.sense.type:
            return ""
        phrase = quantity_head(noun.token)  # 'launched [a wave of] drone attacks'
        if phrase.head != verb.token or phrase.dep_ not in {"nsubj", "nsubjpass", "dobj"}:
            return ""  # only the verb's own subject or object says how it was done; not 'self-immolated [in protest]'
        v = verb.sense
        if v.mode is not None and not (n.cameo.startswith(v.cameo) and len(n.cameo) > len(v.cameo)):
            return ""
        verb.sense = replace(v, mode=n.mode, cameo=n.cameo, acled=n.acled or v.acled)
        verb.why += f"; how, from '{noun.token.text}': {n.type}/{n.mode} cameo {n.cameo}"
        return f", which says how: {n.type}/{n.mode} cameo {n.cameo}"

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
                how = ""
                if not known(e) and not known(twin) and twin.mode is None and e.mode is not None and twin.cameo != e.cameo:
                    # 'two soldiers were killed when their vehicle struck a roadside bomb': nobody named does either, and the
                    # folded noun says how the killing was done, as a noun of the verb's own clause does (`_sharpen`)
                    how = f", which says how: {e.type}/{e.mode} cameo {e.cameo}"
                    kept[kept.index(twin)] = twin.model_copy(update={
                        "mode": e.mode, "cameo": e.cameo, "acled": (e.acled or twin.acled) if twin.acled is not None else None,
                        "rule": f"{twin.rule}; how, from '{e.trigger.text}': {e.type}/{e.mode} cameo {e.cameo}"})
                notes.append(f"'{e.trigger.text}': same {e.type} as '{twin.trigger.text}' in this sentence: folded{how}")
                continue
            kept.append(e)
        return sorted(kept, key=lambda e: e.trigger.start)

    def _counterpart(self, document: Document, cand: Candidate, actor: Actor | None, target: Actor | None,
                     target_why: str) -> tuple[Actor | None, Actor | None, str]:
        """The other party of a reciprocal act when the slots name nobody, a place, 'each other' ('Russia and Ukraine
        accused each other'), what is discussed ('Putin discussed Syria [with Erdogan]', 'Putin and Erdogan discussed
        Syria') or what is swapped ('X and Y exchanged prisoners'): the 'with' party of a consultation, else the other
        subject (co_party). Returns (actor, target, why)."""
        assert cand.sense is not None
        topic = target is not None and cand.sense.type == "CONSULT" and self._consulted_topic(cand, target)
        if topic:
            partner = next((m.actor for _, o in prep_objects(cand.anchor, {"with"}) if (m := document.mention_at(o.i)) is not None), None)
            if partner is not None:
                return actor, partner, f"'with {partner.text}': the other party ('{target.text}' is what is discussed)"
        swapped = not cand.is_noun and cand.anchor.lemma_.lower() in role_words()["exchange_verbs"]
        if target is None or target_why.startswith("no party named") or target.text.lower() in RECIPROCAL_PRONOUNS or topic or swapped:
            partner = self.co_party(document, cand, actor)
            if partner is not None:
                return partner
        return actor, target, target_why

    @staticmethod
    def _consulted_topic(cand: Candidate, target: Actor) -> bool:
        """'Putin and Erdogan discussed Syria', '… held talks to discuss Syria': what a consultation is about
        (the object of roles.yaml topic_verbs, the act's own or its purpose's) is no counterpart when the
        subject names two parties: the other one is (co_party)."""
        verbs = [cand.anchor] + [v for v in cand.anchor.children if v.dep_ in {"advcl", "xcomp"} and infinitival(v)]
        return any(target.start <= o.idx < target.end for v in verbs if v.lemma_.lower() in role_words()["topic_verbs"]
                   for o in objects_of(v))

    def _event(self, document: Document, cand: Candidate, sent: SpacySpan,
               agents: frozenset[int] = frozenset()) -> tuple[Event | None, str]:
        sense = cand.sense
        assert sense is not None
        actor, actor_why = self.actor_for(document, cand)
        if cand.is_noun and actor is None and not self.light(cand.anchor) and not self.leaves_a_toll(cand) and self.ran_into(cand) is None and self.lived_through(cand) is None and not (
                self.lex.in_class(cand.token.lemma_.lower(), "undergone") and self._news_subject(cand.token)):
            return None, f"'{cand.token.text}' ({cand.key}): event noun with no actor and no light verb: not coded"
        report = report_of(cand.anchor)
        if cand.is_noun and actor is None:  # nobody named as doing it: whose forces it names, else the sentence's one party
            actor, why = self._forces_owner(document, cand.token)
            if actor is None:
                actor, why = self._sole_party(document, cand, sent, report, agents)
            actor_why = f"{actor_why}; {why}"
        if actor is None or actor.method.startswith("unresolved") or self._civilians_with_weapons(actor, cand):  # 'Israeli air strikes hit …': whose strikes
            by_means = self.means_actor(document, cand)
            if by_means is not None:
                actor, actor_why = by_means[0], f"{actor_why}; {by_means[1]}"
        target, target_why = self.target_for(document, cand, actor)
        actor, target, target_why = self._counterpart(document, cand, actor, target, target_why)
        if (actor is None or target is None) and (sides := self.relation_sides(document, cand)) is not None \
                and (actor is None or actor.start == sides[0].start):  # 'ties between X and Y were restored', 'talks between X and Y broke down'
            actor_why = f"{actor_why}; {sides[2]}" if actor is None else actor_why
            actor, target, target_why = sides[0], sides[1], sides[2]
        actor, target = self._antecedent_phrase(document, actor), self._antecedent_phrase(document, target)
        if (target and actor and sense.type in {"RETREAT", "MOBILIZE"} and target.country and target.country == actor.country
                and not target.method.startswith("place ")):
            target, target_why = None, f"'{target.text}' are the actor's own forces, not a target"
        location, loc_why = self.location_for(document, cand, sent)
        if location is not None and actor is not None and actor.kind == "state" and actor.start <= location.start < actor.end:
            location, loc_why = None, f"'{location.text}' names the actor, not where it acted"  # 'condemnation from Washington'
        dated = None
        if location is None and sense.type in role_words()["dateline_types"]:
            dated, why = self.dateline_place(document, sent, [actor, target])
            location, loc_why = (dated, why) if dated is not None else (location, loc_why)
        # where a meeting is held or an agreement signed is no counterpart; a visit's destination is
        venue = (sense.type == "CONSULT" and sense.mode != "visit") or sense.cameo in {SIGN_AGREEMENT, HALT_TALKS}
        if target is None and (sense.acled or "") in CROWD_CONTROL:
            target, target_why = self._crowd(document, sent, actor, target_why)
        # the dateline is where, not whom; sides named together ('fighting between rival militias [killed 9]') fight each other
        if target is None and location is not None and not venue and dated is None and not _among_themselves(cand):
            target, target_why = self._place_target(document, location, actor, target_why, cand.anchor)
        actor, actor_why = _local_country(actor, location, actor_why)
        target, target_why = _local_country(target, location, target_why)
        if target is None and location is None:  # "remained on alert in the north region": an unnamed area
            area = next((o for h in (cand.token, cand.anchor) for _, o in prep_objects(h, {"in"})
                         if self.lex.in_class(o.lemma_.lower(), "territory")), None)
            found = self._unresolved(document, area, patient=True) if area is not None else None
            if found is not None and (actor is None or not (found.start < actor.end and actor.start < found.end)):
                target, target_why = found, f"no party named: the area '{area.text}' it bears on (unresolved)"
        modality = (noun_modality(cand.token) if cand.is_noun else None) or modality_of(cand.anchor)
        reported_by = None
        mod, denied = modality.value, False
        if actor_why.startswith(CLAIMED_RESPONSIBILITY) and mod == "asserted":
            mod, reported_by = "claimed", actor
        if report is not None and report.speaker is not None:
            m = document.mention_at(report.speaker.i) or self._mention_in(document, report.speaker)
            reported_by = m.actor if m else None
            if mod == "asserted" and is_claim(report.verb.lemma_.lower(), reported_by, actor):
                mod = "claimed"
            elif mod == "asserted" and report.verb.lemma_.lower() in cues().denial:
                mod, denied = "negated", True  # said not to have happened: no refusal by its actor
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
        # "has never met X": not done so far, which is no refusal: the act keeps its own type and code
        # nor is an act left undone in the passive by nobody named ('Washington had not been consulted'): nobody refused
        fact = not_done(modality, cand.anchor) or denied or (
            mod == "negated" and actor is None and not cand.is_noun and is_passive(cand.anchor))
        cameo, stance = self._cameo(sense, "asserted" if fact else mod, announced=announced(cand.anchor, report, cand.token))
        stance += ("; denied by its reporter, no refusal" if denied else "; not done so far, no refusal") if fact else ""
        type_, mode_ = sense.type, sense.mode
        if mod == "negated" and not fact and stance:  # "would not meet the demands": a refusal (CAMEO 12x), so PLOVER's REJECT, asserted
            type_, mode_ = self.lex.stance_type("refusal", sense.type, sense.mode)
            if type_ != sense.type:
                stance += f"; a refused {sense.type} is a {type_}"
                # "pressed for a pledge not to recognize X": the refusal is what is asked for, not yet made
                asking = asked_for(cand.anchor)
                mod = "requested" if asking is not None else "asserted"
                stance += f", asked for under '{asking.text}'" if asking is not None else ""
        condition = threat_condition(cand.anchor) if mod in {"future", "intended", "hypothetical"} and not fact else None
        threat = self.lex.stance_code("threat", sense.type, sense.mode) if condition is not None else None
        if threat is not None:  # "will withdraw its peacekeepers unless …": the statement is a threat, and is made
            cameo, mod = threat, "asserted"
            type_, mode_ = "THREATEN", get_ontology().plover_for_cameo(threat)[1]
            clause = condition.doc[condition.left_edge.i : condition.right_edge.i + 1].text
            stance += f"; held over the other party until '{clause}': a threat (CAMEO {threat})"
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


def _local_country(party: Actor | None, location: Place | None, why: str) -> tuple[Actor | None, str]:
    """'Protesters blocked roads in Lima', 'gunmen kidnapped a priest in Kaduna': people of a local sector, or unnamed
    armed men (actors rules.yaml `local_sectors`, `local_armed_nouns`), with no nationality in the text are of the
    country where they acted."""
    if party is None or party.country is not None or location is None or location.country is None:
        return party, why
    rules, name = default_kb().rules, party.name.lower()
    armed = rules.get("local_armed_nouns", frozenset())
    if (party.sector or "").lower() not in rules.get("local_sectors", frozenset()) and name not in armed and name.split()[-1] not in armed:
        return party, why
    note = f"country of where it acted: {location.name} ({location.country})"
    return party.model_copy(update={"country": location.country, "method": f"{party.method}; {note}"}), f"{why}; '{party.text}': {note}"


def _among_themselves(cand: Candidate) -> bool:
    """Does the act, or the act that is its verb's subject ('fighting between rival militias killed 9'), name both sides
    together?"""
    if next(plural_sides(cand.token), None) is not None:
        return True
    subj = subject_of(cand.anchor) if not cand.is_noun else None
    return subj is not None and next(plural_sides(subj), None) is not None
