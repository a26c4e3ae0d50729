"""The location: the place attached to the trigger, else the most specific place in its clause
(never a country inside an actor's name, nor a place the event is only about, nor one in a clause describing
another noun or inside a person's or organisation's name, title or office, nor a country that names a thing or is
called on; the place of an event another noun names yields to the setting the sentence gives the trigger's clause)."""

from __future__ import annotations

from collections.abc import Container

from spacy.tokens import Span as SpacySpan
from spacy.tokens import Token

from ..document import Document
from ..model import Actor, Event, Place, Time
from ..nlp import dateline_end
from ..places.gazetteer import Gazetteer
from ..places.lexicon import Lexicon as PlaceLexicon
from .syntax import circumstance_verb, clause_span, infinitival, objects_of, prep_objects, purpose_of, subject_of
from .triggers import Candidate
from .wordlists import role_words
from .words import WordKinds


# Marks of a clause that gives the time of the clause it hangs on (and so shares its setting).
TEMPORAL_MARKS = frozenset({"as", "while", "when"})
SEQUENCE_MARKS = frozenset({"before", "after", "until", "till", "since", "once"})  # another event, before or after this one
SETTING_PREPS = frozenset({"in", "inside", "across", "throughout", "within"})  # 'in Afghanistan': where things are
LOCATION_PREPS = {"in", "at", "near", "outside", "inside", "around", "across", "from", "into", "of", "to", "on"}
TOPIC_PREPS = {"over", "about", "regarding", "concerning"}  # 'negotiates with Russia over Syria': what it is about
# Types whose direct object is a party, not ground: in 'declined to threaten Moscow', 'condemned Russia', 'backed
# Ukraine' the place named is who is threatened, condemned or backed (the government there), not where it happened
PARTY_OBJECT_TYPES = frozenset({"ACCUSE", "THREATEN", "REQUEST", "REJECT", "SUPPORT", "SANCTION", "AGREE", "CONCEDE",
                                "COOPERATE", "PROTEST"})


DATELINE_AWAY_PREPS = frozenset({"in", "near", "at", "outside", "around", "inside", "along", "across"})
CAUSE_PREPS = frozenset({"over", "about"})  # not "for": "mobilized troops [for a war against Iraq]" bears on Iraq


def _clause_chars(verb: Token, sent: SpacySpan) -> tuple[int, int]:
    """The character range of the verb's clause; for the sentence's main verb, the whole sentence up to a clause
    conjoined after it with a subject of its own ('The junta extended the emergency, and [the army bombed villages
    in Sagaing]': Sagaing is the bombing's place, not the emergency's)."""
    if verb != sent.root:
        return clause_span(verb)
    # a clause of its own: a subject and a tense of its own ('13 were killed and 40 more [injured] in an explosion in
    # Berlin' shares its verb's place)
    own = [c.left_edge.idx for c in verb.children if c.dep_ == "conj" and c.i > verb.i and c.pos_ in {"VERB", "AUX"}
           and any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)
           and (c.tag_ in {"VBD", "VBZ", "VBP", "MD"} or any(g.dep_ in {"aux", "auxpass"} for g in c.children))]
    return sent.start_char, min(own, default=sent.end_char)


def _clause_marks(verb: Token) -> frozenset[str]:
    """The subordinating words of an adverbial clause ('as', 'before', …), lower-case; none for any other verb."""
    if verb.dep_ != "advcl":
        return frozenset()
    return frozenset(m.lower_ for m in verb.children if m.dep_ == "mark")


def _journeys(verb: Token) -> list[tuple[int, int]]:
    """Character ranges of the places a clause dating the verb by another event travels to or from ('sign the deal
    [before the minister leaves for Manila]'): that journey's end or start is not this event's place."""
    words = role_words()
    out = []
    for c in verb.children:
        if _clause_marks(c) & SEQUENCE_MARKS and c.lemma_.lower() in words["journey_verbs"]:
            out += [(o.left_edge.idx, o.right_edge.idx + len(o.right_edge)) for _, o in prep_objects(c, words["journey_preps"])]
    return out


def in_noun_clause(token: Token, *event: Token) -> bool:
    """Is the token in a relative clause ('a strategy [that will support jobs across Europe]', 'the state of
    emergency, [which was imposed last November]') that neither holds nor describes one of the `event` tokens? That
    clause's act, not the event, is where and when it says. Not an infinitive on a noun: in 'sent troops [to
    distribute aid in Somalia]' the purpose's place is where the act goes."""
    for up in token.ancestors:
        if any(up.i == e.i or e in up.subtree for e in event):
            return False
        if up.dep_ == "relcl" and not infinitival(up):
            return all(up.head.i != e.i for e in event)  # 'the meeting [that T&T missed on March 15]' is the trigger's own
    return False


def _part_of_name(text: str, place: Place, name: Actor) -> bool:
    """Does the name have words of its own besides the place (and a leading 'the')?"""
    rest = (text[name.start:place.start] + " " + text[place.end:name.end]).split()
    return any(w.lower() != "the" for w in rest)


def in_consequence(token: Token, event_nouns: Container[str], *event: Token) -> bool:
    """Is the token in a participle clause that names an act of its own the event brought about ('conducted a nuclear
    test, [drawing condemnation from Washington]', '[sparking protests in several cities]')? That act's place is not the
    event's."""
    for up in token.ancestors:
        if any(up.i == e.i or e in up.subtree for e in event):
            return False
        if up.dep_ == "advcl" and up.tag_ == "VBG" and any(c.dep_ == "dobj" and c.lemma_.lower() in event_nouns for c in up.children):
            return True
    return False


def event_heads(cand: Candidate, event_nouns: Container[str]) -> tuple[Token, ...]:
    """The tokens whose describing clauses tell this event's own where and when: the trigger, its anchor, and a
    subject that is itself an event noun ('the ambush [that rebels staged near Menaka on Monday] killed five')."""
    # an active subject only: in 'the curfew [imposed last year] will be extended' what is done to an event is not it
    subjects = [c for c in cand.anchor.children if c.dep_ == "nsubj" and c.lemma_.lower() in event_nouns]
    return (cand.anchor, cand.token, *subjects)


class TokensOf:
    """The parse's tokens of each time or place (`Document.tokens_of`), found once per event however many of the
    choosers' tests ask."""

    def __init__(self, document: Document) -> None:
        self.document = document
        self._found: dict[tuple[int, int], SpacySpan | None] = {}

    def __call__(self, found: Place | Time) -> SpacySpan | None:
        key = (found.start, found.end)
        if key not in self._found:
            self._found[key] = self.document.tokens_of(found)
        return self._found[key]


PLACE_RANK = {"P": 0, "A": 1, "L": 2}  # towns before provinces and countries, before regions


def _most_specific(places: list[Place], chars: tuple[int, int], near: Token) -> Place | None:
    """The most specific of the places inside `chars` (a town before a province before a country),
    the nearest to the trigger among equals."""
    lo, hi = chars
    scoped = [p for p in places if lo <= p.start < hi]
    return min(scoped, key=lambda p: (PLACE_RANK.get(p.feature[:1], 3), p.feature == "A.PCLI", abs(p.start - near.idx)), default=None)


def _locatable(place: Place) -> bool:
    """Can an event be placed there: a GeoNames place, or a region of one country that news names and GeoNames as
    shipped lacks ('Gaza', 'the West Bank', 'Donbas': data/places/regions.tsv); not a region of many ('the Sahel')."""
    return place.geonameid is not None or (place.country is not None and place.lat is not None)


def _covers(span: SpacySpan | None, tokens: frozenset[int]) -> bool:
    """Does the span hold one of the tokens?"""
    return span is not None and any(t.i in tokens for t in span)


class LocationChooser(WordKinds):
    """Chooses an event's location."""

    def dateline_place(self, document: Document, sent: SpacySpan, parties: list[Actor | None]) -> tuple[Place | None, str]:
        """'NAIROBI, June 25 (Wire) - Kenyan police fired tear gas at protesters …': the dateline's city is where the lead
        that follows it happened, when the lead names no place and every party with a known country is of the city's
        country ('WASHINGTON - US forces struck Houthi targets' is not in Washington)."""
        text = document.article.text
        for p in document.article.places:
            if p.country is None or not (p.start == 0 or text[p.start - 1] == "\n"):
                continue
            end = dateline_end(text, p.start)
            if end is None or end > sent.start_char or text[end:sent.start_char].strip():
                continue
            countries = {a.country for a in parties if a is not None and a.country}
            if countries == {p.country}:
                if self._lead_places_itself(document, sent):
                    return None, ""
                return p, f"the dateline '{p.text}': the lead names no place, and its parties are of {p.country}"
        return None, ""

    def _lead_places_itself(self, document: Document, sent: SpacySpan) -> bool:
        """Does the lead say where it happened: a town of its own ('… outside a court in Islamabad'; not one in a title,
        'Istanbul Mayor X'), or words the gazetteer cannot place ('near the Algerian border', 'in northern Mali', 'in a
        village')? Then not in the dateline's city; 'in the capital' or 'the city' may be it."""
        places = [p for p in document.article.places if sent.start_char <= p.start < sent.end_char]
        if any(not (p.feature or "").startswith("A.PCL") and not any(m.actor.start <= p.start < m.actor.end for m in document.mentions)
               for p in places):
            return True
        for t in sent:
            if t.dep_ != "pobj" or t.head.lower_ not in DATELINE_AWAY_PREPS:
                continue
            if any(p.start <= t.idx < p.end for p in places) or (
                    self.lex.in_class(t.lemma_.lower(), "territory") and t.lemma_.lower() not in {"capital", "city"}):
                return True
        return False

    def location_for(self, document: Document, cand: Candidate, sent: SpacySpan) -> tuple[Place | None, str]:
        places = [p for p in document.article.places if sent.start_char <= p.start < sent.end_char and _locatable(p)]
        if not places:
            return self._nationality_of_territory(document, cand.anchor) or (None, "no place in the sentence")
        # A country inside an actor's name ("US officials") is who, not where; a town stays a place even there, save a
        # capital that stands for its state ("as Kinshasa blames Rwanda": who blames, not where anything happened).
        # so is a place that is a part of a listed organisation's name ('The Economic Community of [West African States]'; not
        # the whole name: 'met at the White House')
        in_actor = lambda p: any(m.actor.start <= p.start < m.actor.end and (  # noqa: E731
            p.feature == "A.PCLI" or m.actor.kind == "state" or (m.actor.kind == "organisation" and m.actor.method.startswith("KB organisation")
                                                                   and _part_of_name(document.article.text, p, m.actor)))
            for m in document.mentions)
        spans = TokensOf(document)
        party = self._party_objects(cand)
        free = [p for p in places
                if not in_actor(p) and not self._addressee(p, spans(p)) and not _covers(spans(p), party)]
        # 1. a place that is an argument of the trigger (object or prepositional phrase)
        reacting = cand.is_noun and cand.token.lemma_.lower() in role_words()["agentive_from_nouns"]  # 'condemnation from Washington'
        attached = [o for o in objects_of(cand.anchor)] + [o for p, o in prep_objects(cand.token, LOCATION_PREPS) if not (reacting and p == "from")]
        if cand.anchor != cand.token:
            attached += [o for _, o in prep_objects(cand.anchor, LOCATION_PREPS)]
        for t in attached:
            for p in free:
                if p.start <= t.idx < p.end:
                    return p, f"attached to the trigger: '{t.text}'"
        # 2. the most specific free place inside the trigger's clause, unless it is what the event is about, another
        # clause's ('the strategy [that will bring jobs across Europe]') or part of a name ('The Washington Post')
        anchor = cand.anchor
        heads = event_heads(cand, self.lex.nouns)
        free = [p for p in free if not self._topic(spans(p), anchor) and not self._elsewhere(spans(p), heads)
                and not ((sp := spans(p)) is not None and in_consequence(sp.root, self.lex.nouns, *heads))
                and not self._in_name(document, spans(p)) and not self._modifies_a_thing(p, spans(p), cand)]
        timing = _journeys(anchor)
        best = _most_specific([p for p in free if not any(lo <= p.start < hi for lo, hi in timing)],
                              _clause_chars(circumstance_verb(anchor), sent), cand.token)
        if best is not None and self._of_another_event(spans(best), cand):
            # 'In Washington, Obama released a statement condemning the attack in Nice': the setting of the clause the
            # trigger hangs in, if one is named, is where the reaction was; else the place it bears on stands
            setting = self._setting_above(free, spans, anchor)
            if setting is not None:
                return setting, f"setting of the clause the trigger hangs in ('{best.text}' is where the event it names was)"
        if best is not None:
            return best, "place named in the trigger's clause"
        # 3. a temporal clause ('as the troop withdrawal continues', 'while talks went on') shares the setting of
        # the clause it hangs on ('There are no US aircraft in Afghanistan as the troop withdrawal continues')
        if _clause_marks(anchor) & TEMPORAL_MARKS:
            settings = [p for p in free if self._setting(spans(p))]
            best = _most_specific(settings, _clause_chars(anchor.head, sent), cand.token)
            if best is not None:
                return best, f"place of the clause the '{anchor.text}' clause is the time of"
        # 3b. a purpose infinitive ('fired tear gas in Kisumu [to disperse] the crowd') is done where the act it
        # serves is
        served = purpose_of(anchor)
        if served is not None:
            doers = [served] + [d for d in (subject_of(served),) if d is not None]
            where = {o.i for d in doers for _, o in prep_objects(d, SETTING_PREPS)}  # 'fired … in Kisumu', 'Police in Nairobi'
            best = next((p for p in free if _covers(spans(p), frozenset(where))), None)
            if best is not None:
                return best, f"place of the act '{served.text}' that the '{anchor.text}' clause is the purpose of"
        # 3c. a participle clause with no subject of its own ('marched through London on Saturday [calling for a
        # ceasefire]') is done where the act it hangs on is
        if (anchor.dep_ == "advcl" and anchor.tag_ == "VBG" and anchor.head.pos_ == "VERB"
                and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in anchor.children)):
            best = _most_specific(free, _clause_chars(anchor.head, sent), anchor.head)
            if best is not None:
                return best, f"place of the act '{anchor.head.text}' the '{anchor.text}' clause hangs on"
        # 4. 'seized a string of Afghan provincial capitals': a nationality on the territory the act is done to
        # puts it in that country, when the article names the country (its record is taken from there)
        found = self._nationality_of_territory(document, anchor)
        if found is not None:
            return found
        # 5. 'Police in Nairobi fired tear gas to disperse …': where the actor is said to be, when nothing else places
        # the act (a country too: 'officials in Kenya')
        doer = subject_of(anchor)
        if doer is not None and document.mention_at(doer.i) is None:
            doer = None  # an unresolved phrase ('representation in Brussels') is no party whose place it could be
        for _, o in prep_objects(doer, {"in", "at"}) if doer is not None and doer.pos_ in {"NOUN", "PROPN"} else ():
            for p in places:
                if p.start <= o.idx < p.end and not self._addressee(p, spans(p)):
                    return p, f"where the actor is: '{doer.text} {o.head.text} {o.text}'"
        return None, "no place in the trigger's clause (outside actor names)"

    @staticmethod
    def _party_objects(cand: Candidate) -> frozenset[int]:
        """Token indices of the places a talk, a demand or a verdict is done to or about (see `_done_to` and
        `_talked_about`): not where it happened."""
        return LocationChooser._done_to(cand) | LocationChooser._talked_about(cand) | LocationChooser._asked_for(cand)

    @staticmethod
    def _asked_for(cand: Candidate) -> frozenset[int]:
        """Token indices of what a call, a plea or pressure is 'for' ('calling for a ceasefire in Gaza'): what is asked,
        not where the asking is."""
        if cand.sense is None or cand.sense.type != "REQUEST" or not cand.key.endswith(" for"):
            return frozenset()
        return frozenset(t.i for _, o in prep_objects(cand.token, {"for"}) for t in o.subtree)

    @staticmethod
    def _talked_about(cand: Candidate) -> frozenset[int]:
        """Token indices of what the trigger is about ('negotiates with Russia over Syria', 'talks about Iraq'): the
        subject of a talk or a stance is not its venue (a strike 'over Syria' is there, so only for types that take a
        party or a meeting)."""
        if cand.sense is None or cand.sense.type not in PARTY_OBJECT_TYPES | {"CONSULT"}:
            return frozenset()
        return frozenset(o.i for h in {cand.token, cand.anchor} for _, o in prep_objects(h, TOPIC_PREPS))

    @staticmethod
    def _done_to(cand: Candidate) -> frozenset[int]:
        """Token indices of the trigger's direct objects when its type takes a party there (PARTY_OBJECT_TYPES), and of
        the verb it asks, refuses or agrees to ('declined [to threaten Moscow]', 'urged them [to call out Russia]'):
        what is done to a party is not done there."""
        if cand.sense is None or cand.sense.type not in PARTY_OBJECT_TYPES:
            return frozenset()
        verbs = [cand.anchor, *(c for c in cand.anchor.children if c.dep_ in ("xcomp", "ccomp") and c.pos_ == "VERB")]
        return frozenset(o.i for v in verbs for o in objects_of(v))

    def _nationality_of_territory(self, document: Document, anchor: Token) -> tuple[Place, str] | None:
        """The country a nationality on the acted-on towns names, as the article's own record of that country
        (the demonym's span is the evidence); none when the article never names the country."""
        demonyms = PlaceLexicon.load().demonyms
        countries = {p.country: p for p in document.article.places if p.feature == "A.PCLI" and p.country}
        for obj in objects_of(anchor):
            for t in obj.subtree:
                if not (self.lex.in_class(t.lemma_.lower(), "settlements") and t.pos_ == "NOUN"):
                    continue
                for adj in t.children:
                    iso2 = demonyms.get(adj.text) if adj.dep_ in ("amod", "compound") else None
                    record = Gazetteer.load().country(iso2) if iso2 else None
                    country = record.iso3 if record else None
                    if country in countries:
                        p = countries[country]
                        place = p.model_copy(update={"text": adj.text, "start": adj.idx, "end": adj.idx + len(adj.text),
                                                     "method": f"'{adj.text}' on '{t.text}': places in {p.name}"})
                        return place, f"nationality of the territory acted on: '{adj.text} … {t.text}'"
        return None

    @staticmethod
    def _elsewhere(span: SpacySpan | None, heads: tuple[Token, ...]) -> bool:
        """Is the place (`span`, its tokens) in a clause that describes a noun other than the event's `heads` (see
        `in_noun_clause`)?"""
        return span is not None and in_noun_clause(span.root, *heads)

    @staticmethod
    def _in_name(document: Document, span: SpacySpan | None) -> bool:
        """Is the place part of a name or title: a person's name the gazetteer also knows ('Little Marco Rubio'), an
        organisation's ('The Washington Post', 'Air France KLM') or a person's title ('Hollywood producer Harvey
        Weinstein', 'former Louisville coach Rick Pitino', 'Rep. Raul Grijalva (D-Ariz.)')? It is the name's, not
        where the event is. ('Omar al-Bashir of Sudan' stays: a leader acts in his state.) `span`: the place's
        tokens."""
        if span is None:
            return False
        root = span.root
        if root.dep_ == "appos" and root.head.ent_type_ == "PERSON":
            return True  # 'Rep. Raul Grijalva (D-Ariz.)'
        if any(e.label_ in {"ORG", "PERSON"} and e.start <= span.start and span.end <= e.end and len(e) > len(span) for e in document.doc.ents):
            return True  # the entity is longer than the place: 'Little [Marco] Rubio', 'The [Washington] Post'
        node = root
        for _ in range(4):  # up the compound chain: Louisville → coach → Pitino
            if node.dep_ not in {"compound", "amod", "nmod"} or node.head in span:
                return False
            node = node.head
            if node.ent_type_ == "PERSON":
                return True
        return False

    @staticmethod
    def _addressee(place: Place, span: SpacySpan | None) -> bool:
        """Is the place (`span`, its tokens) a country addressed ('calling on Russia to hack …')? The one called on is
        no venue."""
        if span is None or place.feature != "A.PCLI" or span.root.dep_ != "pobj" or span.root.head.lower_ != "on":
            return False
        return span.root.head.head.lemma_.lower() in role_words()["addressee_verbs"]

    def _modifies_a_thing(self, place: Place, span: SpacySpan | None, cand: Candidate) -> bool:
        """Does the place modify a noun other than the trigger: a title ('the Indiana governor', 'its ambassador to
        Moscow') or, for a country, a thing that is no place or an agreement or talks ('opposed the Iran deal', 'the
        US assertions', 'imports from China')? It names that thing, not a venue; a country on a stretch of land ('the
        Mali border'), people ('refugees from Syria') or a fight ('the Syria war') stays. `span`: the place's tokens."""
        if span is None:
            return False
        root = span.root
        if root.dep_ == "pobj" and root.head.lower_ in {"to", "in", "at"} \
                and root.head.head.lemma_.lower() in role_words()["title_nouns"]:
            return True  # 'recalling its ambassador to Moscow': the post's place
        if place.feature == "A.PCLI" and root.dep_ == "pobj" and root.head.lower_ == "from" \
                and root.head.head.pos_ == "NOUN" and not self._where(root.head.head):
            return True  # 'tariffs on imports from China': where the goods come from
        if root.dep_ not in {"compound", "nmod", "amod"}:
            return False
        head = root.head
        if head.pos_ != "NOUN" or head in span:
            return False
        lemma = head.lemma_.lower()
        # 'U.S. air strikes', 'Russian missiles': whose strikes, not where (a war stays: 'the Syria war')
        means = place.feature == "A.PCLI" and any(self.lex.in_class(w, "attacking_means") for w in [
            lemma, *(f"{c.lemma_.lower()} {lemma}" for c in head.children if c.dep_ == "compound")])
        if head.i in (cand.token.i, cand.anchor.i):
            return means
        if lemma in role_words()["title_nouns"]:
            return True
        pact = any(self.lex.in_class(lemma, c) for c in ("agreement", "talks"))  # 'the Iran deal': its party or subject
        return place.feature == "A.PCLI" and (pact or means or not (self._where(head) or self._event_noun(head)))

    def _of_another_event(self, span: SpacySpan | None, cand: Candidate) -> bool:
        """Is the place where an event named by another noun happened ('condemning the attack in Nice', 'referred to
        the massacre at a nightclub in Orlando')? It is that event's place, not the trigger's. `span`: the place's
        tokens."""
        if span is None:
            return False
        for up in span.root.ancestors:
            if up.i in (cand.token.i, cand.anchor.i):
                return False
            if self._event_noun(up) and up.dep_ in {"dobj", "pobj", "nsubjpass", "attr"}:
                return True
        return False

    def _setting_above(self, places: list[Place], spans: TokensOf, anchor: Token) -> Place | None:
        """A place where things are ('In Washington, …') on a verb the trigger's clause hangs in."""
        for up in anchor.ancestors:
            for _, obj in prep_objects(up, SETTING_PREPS):
                for p in places:
                    if p.start <= obj.idx < p.end and self._setting(spans(p)):
                        return p
        return None

    @staticmethod
    def _setting(span: SpacySpan | None) -> bool:
        """Is the place (`span`, its tokens) where things are ('in Afghanistan'), not where someone goes ('heads to
        Doha')?"""
        return span is not None and span.root.dep_ == "pobj" and span.root.head.lower_ in SETTING_PREPS

    def _topic(self, span: SpacySpan | None, anchor: Token) -> bool:
        """Is the place what the event is about rather than where it is ('meetings [to discuss the situation in
        Afghanistan]')? It is when a word of the `topic` class stands between it and the trigger in the parse. `span`:
        the place's tokens."""
        if span is None:
            return False
        for up in span.root.ancestors:
            if up.i == anchor.i:
                return False
            if up.pos_ == "VERB" and self.lex.in_class(up.lemma_.lower(), "topic"):  # "talks in Doha" is a venue
                return True
            if up.dep_ == "prep" and up.lower_ in CAUSE_PREPS and span.root.head.i != up.i:
                return True  # "sanctions [over arms sales to Taiwan]": what it is for; not "shot down [over Kyiv]"
            if up.dep_ == "prep" and up.lower_ in {"of", "with"} and up.head.lemma_.lower() in role_words()["charge_verbs"]:
                return True  # "accusing him of the deportation of children [from Ukraine]": where the act charged was done
        return False

    def carried_venue(self, document: Document, event: Event, before: list[Event]) -> tuple[Event, str | None]:
        """Meetings named again in the next sentence ("Envoys will gather in Oslo for two rounds of talks. The
        talks are planned over a week …") are the same meetings, held where the sentence before put them, by the
        party it named. Only an event noun of the same kind (CONSULT, same mode, same word, same modality, no other
        actor) that has no place of its own, in a sentence naming no place but what the meeting is about, takes the
        venue, and its party when it names none."""
        trigger = document.doc.char_span(event.trigger.start, event.trigger.end)
        if event.type != "CONSULT" or event.mode == "visit" or event.location is not None or trigger is None or trigger.root.pos_ != "NOUN":
            return event, None
        token = trigger.root
        sent = token.sent
        here = [p for p in document.article.places if sent.start_char <= p.start < sent.end_char and _locatable(p)]
        if any(not self._topic(document.tokens_of(p), token) for p in here):
            return event, None  # a place the sentence names otherwise may be where these meetings are
        for prev in before:
            prev_trigger = document.doc.char_span(prev.trigger.start, prev.trigger.end)
            if (prev.type, prev.mode, prev.modality) != (event.type, event.mode, event.modality) or prev.location is None \
                    or prev_trigger is None or prev_trigger.root.lemma_.lower() != token.lemma_.lower():
                continue
            if event.actor is not None and (prev.actor is None or prev.actor.name != event.actor.name):
                continue  # someone else's meetings
            update = {"location": prev.location}
            party = ""
            if event.actor is None and prev.actor is not None:
                update["actor"] = prev.actor
                party = f" and its party ('{prev.actor.text}')"
            why = f"the venue of '{prev.trigger.text}' in the sentence before ('{prev.location.text}'){party}: the same meetings"
            update["rule"] = event.rule.replace("; date: ", f" → {why}; date: ", 1)
            return event.model_copy(update=update), f"'{event.trigger.text}': location{' and actor' if party else ''} from {why}"
        return event, None
