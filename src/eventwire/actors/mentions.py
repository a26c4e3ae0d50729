"""Candidate actor mentions on the parse.

A *unit* is a name (a spaCy PERSON/ORG/NORP entity or a knowledge-base phrase match), a
sector-agent noun ("police", "armed group", "spokesman") or a pronoun. Units that modify
another unit ("Pentagon" and "spokesman" in "Pentagon spokesman John Kirby") climb to the
unit they modify; each remaining unit heads a noun phrase (`NP`), whose span takes in its
left modifiers (determiner, titles, nationality, possessor). Whether an NP becomes an actor
is decided later (resolve.py); this module only finds and shapes them.
"""

from __future__ import annotations

from collections.abc import Container
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Token
from spacy.tokens import Span as SpacySpan
from spacy.util import filter_spans

from ..nlp import dateline_spans, headline_caser
from ..places.lexicon import Lexicon as PlaceLexicon
from ..places.mentions import cue_kind, taken_by
from .kb import KB, Agent


def _org_words(span):
    """An organisation's name without its article: 'the Magna group' -> 'Magna group'."""
    return span[1:] if span[0].lower_ == "the" else span


def _acronym(span) -> bool:
    """One word of two or more capitals in running text ('TWA', 'FBI'), not a name in a capitalised headline."""
    tok = span[0]
    return len(span) == 1 and len(tok.text) >= 2 and tok.text.isalpha() and tok.text.isupper() \
        and not any(t.text.isupper() and t.is_alpha and len(t) > 1 for t in tok.sent if t.i != tok.i and abs(t.i - tok.i) <= 2)


def _modifier_start(child: Token) -> int:
    """Where a modifier of the head begins: its left edge; but a modifier with a subject of its own is a clause's
    verb the parser hung on the name ('Iraq alleged Ritter was a spy', with 'alleged' an adjective of 'Ritter'), and
    neither it nor its subject is a word of the phrase."""
    if any(t.i < child.i and t.dep_ in ("nsubj", "nsubjpass") for t in child.subtree):
        return child.right_edge.i + 1
    return child.left_edge.i


def _only_name(person, span) -> bool:
    """NER's PERSON "Burkina Faso's" is the country's name and nothing else (with a possessive at most)."""
    extra = [t for t in person if not span.start <= t.i < span.end]
    return person.start >= span.start and all(t.tag_ == "POS" for t in extra)


def _after_dateline(doc: Doc, start: int, head_start: int) -> int:
    """A phrase never opens across a dateline's end ('CANBERRA, Australia (AP)_ Qantas'): the place where the
    story was filed and the agency are no words of the first actor."""
    for i in range(head_start - 1, start - 1, -1):
        if doc[i].text in DATELINE_ENDS:
            return i + 1
    return start


def bare_name(name: str) -> str:
    """A name without its possessive ending: "Georgia O'Keeffe's" -> "Georgia O'Keeffe"."""
    return name.removesuffix("'s").removesuffix("’s")


def relation_owner(doc: Doc, tok: Token, known: Container[int]) -> int | None:
    """The owner of a relational noun ('his son', 'supporters of X'): its possessor, or the object of its
    'of' when that is a known actor token (`known`) or a pronoun."""
    for c in tok.lefts:
        if c.dep_ == "poss" and (c.i in known or c.lower_ in ("his", "her", "its", "their")):
            return c.i
    for prep in tok.rights:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for o in prep.children:
                if o.dep_ == "pobj" and (o.i in known or o.lower_ in ("him", "her", "them", "it")):
                    return o.i
    return None


def _name_end(doc: Doc, start: int, end: int) -> int:
    """Where a name NER tagged ends: without the quotation marks it took in ("put Bill Clinton 'in charge'")."""
    while end > start + 1 and doc[end - 1].is_quote:
        end -= 1
    return end


def couple(doc: Doc, start: int, kb: KB) -> bool:
    """Whether the phrase at `start` opens with two courtesy titles joined by 'and' ('Mr. and Mrs. Trump'): two
    people, a couple, and not the one the second title alone would name."""
    return start + 3 <= len(doc) and doc[start].lower_ in kb.courtesy_titles and doc[start + 1].lower_ in ("and", "&") \
        and doc[start + 2].lower_ in kb.courtesy_titles


# dependency labels by which a left modifier attaches inside one noun phrase
CLIMB_DEPS = frozenset({"compound", "amod", "nmod", "flat", "nn"})
DATELINE_ENDS = frozenset({"_", "--"})  # "CANBERRA, Australia (AP)_ ...", "WASHINGTON -- ..."
NP_LEFT_DEPS = frozenset({"det", "compound", "amod", "nmod", "nummod", "poss", "quantmod", "flat", "predet"})
NAME_LABELS = frozenset({"PERSON", "ORG", "NORP"})
NOT_COUNTRY = "not a country"


@dataclass
class Unit:
    start: int  # token span [start, end)
    end: int
    what: str  # person | org | ner_org | norp | country | capital | people | adjective | agent | pronoun
    key: str | None = None  # KB key: 'org:Taliban', ISO3 for country/capital/people/adjective
    agent: Agent | None = None
    root: int = -1  # the token through which the unit attaches to the rest of the parse


@dataclass
class NP:
    head: Unit
    start: int  # token span of the whole phrase
    end: int
    members: list[Unit] = field(default_factory=list)  # units inside the phrase that climbed to its head (modifiers)

    @property
    def root(self) -> int:
        return self.head.root


class MentionFinder:
    """Built once per process from the knowledge base; `find(doc)` is linear in the document."""

    def __init__(self, kb: KB, nlp: Language) -> None:
        self.kb = kb
        self.nlp = nlp
        self.forms = kb.surface_forms()
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        for text, pattern in zip(self.forms, nlp.tokenizer.pipe(self.forms)):
            self.matcher.add(text, [pattern])
        self.strings = nlp.vocab.strings
        # place names that hold a country's name but are elsewhere ("New Mexico", rules.yaml not_countries)
        self.not_countries = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.not_countries.add(NOT_COUNTRY, list(nlp.tokenizer.pipe(sorted(kb.rules.get("not_countries", ())))))

    # -- units -------------------------------------------------------------------------------

    def units(self, doc: Doc, place_ranges: dict[int, str], place_spans: frozenset[tuple[int, int]] = frozenset()) -> dict[int, Unit]:
        """token index -> the unit covering it."""
        at: dict[int, Unit] = {}
        spans = []
        for match_id, s, e in self.matcher(doc):
            span = doc[s:e]
            span.label_ = self.strings[match_id]
            spans.append(span)
        spans += [doc[s:e] for _, s, e in self.not_countries(doc)]  # label '': longest match wins, then dropped
        kb_spans = self._inside_names(doc, [sp for sp in filter_spans(spans) if sp.label_])
        nationality = {i for sp in kb_spans if self.forms[sp.label_][0] in ("adjective", "people")
                       for i in range(sp.start, sp.end)}
        # NER's PERSON 'Ugandan' or 'Bosnian Serbs': a span made only of nationality words is no person
        ents = [e for e in doc.ents if (e.label_ in NAME_LABELS or self._person_as_place(e, place_ranges))
                and not (e.label_ == "PERSON" and all(i in nationality for i in range(e.start, e.end)))]
        persons = [e for e in ents if e.label_ == "PERSON"]
        suffixes = self.kb.rules.get("company_suffixes", frozenset())
        org_openings = {_org_words(e)[0].text for e in ents if e.label_ == "ORG" and len(_org_words(e)) > 1
                        and bare_name(e.text).split()[-1].lower() in suffixes}
        full = {bare_name(p.text) for p in persons}
        person_names = full | {n.split()[-1] for n in full if n}
        taken: set[int] = set()
        outside: set[int] = set()  # words a PERSON span began with that are not the name
        datelines = dateline_spans(doc)
        for span in kb_spans:
            what, key = self.forms[span.label_]
            if what not in ("country", "capital") and any(s <= span.start_char and span.end_char <= e for s, e in datelines):
                continue  # the agency of 'NAIROBI (Reuters) - ': it filed the story, it is no party to it
            # a person's name wins over a KB word inside it ("Jordan" in "Michael Jordan"), unless the
            # KB phrase is an organisation covering the whole entity (NER calls "Hamas" a person)
            clash = [p for p in persons if p.start < span.end and span.start < p.end]
            covers = all(span.start <= p.start and p.end <= span.end for p in clash)
            if clash and not (covers and (what == "org" or place_ranges.get(span.start_char) in ("country", "capital"))) \
                    and not (what == "country" and all(_only_name(p, span) for p in clash)):
                continue  # NER's person 'Mali' that the places stage resolved to the country is the country
            if what == "country" and (span.start_char, span.end_char) in place_spans and place_ranges.get(
                    span.start_char) not in ("country", "capital"):
                continue  # 'Georgia Rep. John Lewis' where the places stage read the US state: no country Georgia
            u = Unit(span.start, span.end, what, key, root=span.root.i)
            for i in range(span.start, span.end):
                at[i] = u
                taken.add(i)
        for ent in ents:
            if any(i in taken for i in range(ent.start, ent.end)):
                continue
            if any(s <= ent.start_char and ent.end_char <= e for s, e in datelines):
                continue  # NER's ORG 'NAIROBI' in 'NAIROBI (Reuters) - ': where the story was filed, no party to it
            if ent.label_ != "PERSON" and place_ranges.get(ent.start_char) not in (None, "country", "capital"):
                continue  # spaCy's ORG 'Aybak' that the places stage resolved to a town
            if ent.start_char in place_ranges and (cue_kind(doc, ent.start, PlaceLexicon.load()) is not None
                                                   or taken_by(ent, PlaceLexicon.load()) is not None or _spatial_object(ent)):
                continue  # NER's person 'Samangan' in 'the province of Samangan' / 'overran Samangan' / 'near Gao' is the place
            start = self._name_start(doc, ent, full) if ent.label_ == "PERSON" else \
                ent.start + 1 if ent[0].lower_ == "the" else ent.start
            outside.update(range(ent.start, start))  # 'voters' in NER's 'voters Mrs. Clinton': no title of hers
            end = _name_end(doc, start, ent.end)
            if start >= end:
                continue
            what = {"PERSON": "person", "ORG": "ner_org", "NORP": "norp", "GPE": "person"}[ent.label_]
            if what != "person" and self._person_name(doc[start:end].text, person_names):
                what = "person"  # NER calls 'Trump' an ORG here and a PERSON elsewhere
            elif what == "ner_org" and self._titled_name(doc, start, end):
                what = "person"  # NER's ORG 'Ramtane Lamamra' in 'UN envoy Ramtane Lamamra': a name after a person's title
            elif what == "person" and _acronym(doc[start:end]) and not self._person_name(doc[start].text.title(), person_names):
                what = "ner_org"  # NER's PERSON 'TWA': an acronym names an organisation
            elif what == "person" and end - start == 1 and doc[start].text in org_openings and \
                    not self._person_name(doc[start].text, {n.split()[-1] for n in full if len(n.split()) > 1}):
                what = "ner_org"  # NER's PERSON 'Magna' after the ORG 'Magna International Inc.': its short name
            u = Unit(start, end, what, root=doc[start:end].root.i)
            for i in range(start, end):
                at[i] = u
        kb = self.kb
        for tok in doc:
            if tok.i in at or tok.i in outside:
                continue
            low = tok.lower_
            if tok.pos_ == "PRON" and low in kb.pronouns:
                at[tok.i] = Unit(tok.i, tok.i + 1, "pronoun", root=tok.i)
                continue
            if tok.pos_ not in ("NOUN", "PROPN"):
                continue
            agent = self._agent(doc, tok) or self._relation(doc, tok, at)
            if agent is not None:
                at[tok.i] = Unit(tok.i, tok.i + 1, "agent", agent=agent, root=tok.i)
        self._surnames(doc, at, persons, place_ranges)
        return at

    def _name_start(self, doc: Doc, ent, full_names: set[str]) -> int:
        """Where a PERSON span's name begins: NER's span may open with words that are no part of it ('the',
        a courtesy title, 'voters' in 'voters Mrs. Clinton', a headline's 'Beneath Clinton', 'Certainly Donald
        Trump', 'Fascist Trump'); the name without them is the one matched and shown."""
        start = ent.start
        while start < ent.end - 1 and self._not_name_word(doc[start], bare_name(doc[start + 1:ent.end].text), full_names):
            start += 1
        return start

    def _not_name_word(self, tok: Token, rest: str, full_names: set[str]) -> bool:
        """Whether the first word of a PERSON span is an ordinary word: 'the' or a courtesy title; an English
        word in lower case; or one capitalised only by its place (sentence start, after a quote mark, a Title
        Case headline), closed-class ('Beneath', 'Certainly'), a verb of saying ('Said Allen, a spokesman'), or
        any other when the rest is a name known apart from it (the tail of a longer name of the article, or a
        listed person: 'Fascist Trump')."""
        low = tok.lower_
        rules = self.kb.rules
        if not tok.whitespace_:
            return False  # part of one word with the next: 'pro' in 'pro-Clinton'
        if low == "the" or low in self.kb.courtesy_titles:
            return True
        caser = headline_caser(self.nlp)
        if not tok.is_alpha or not caser._is_english(tok):
            return False
        if tok.is_lower:
            return tok.pos_ != "PROPN"  # 'voters'; not 'bin' in 'bin Laden'
        if not (tok.is_title and self._capitalised_by_place(tok, caser)):
            return False
        if low in rules.get("name_opening_verbs", ()):
            return not self._named_so(tok, f"{tok.text} {rest}", caser)  # 'Said Allen, a spokesman': the verb
        if tok.pos_ in ("ADP", "ADV", "DET", "SCONJ", "CCONJ", "PRON", "PART", "INTJ"):
            return True
        if low not in self._modifiers() or tok.text in self._first_names():
            return False  # 'Hillary', 'Mark': a name WordNet also lists, or a listed person's first name
        return rest in self.kb.people or rest in self.kb.surnames or \
            any(n.endswith(" " + rest) and n.split()[0] != tok.text for n in full_names)

    def _named_so(self, tok: Token, name: str, caser) -> bool:
        """Whether `name`, opening at `tok`, is a name for sure: a listed person's, or the article's PERSON
        elsewhere where no place capitalises its first word ('Said Jalili' mid-sentence)."""
        if name in self.kb.people:
            return True
        return any(e.label_ == "PERSON" and e.start != tok.i and bare_name(e.text).startswith(name)
                   and not self._capitalised_by_place(e[0], caser) for e in tok.doc.ents)

    def _modifiers(self) -> frozenset[str]:
        """Adjectives and adverbs the model's lemmatizer lists (WordNet's index): words a name seldom is."""
        if not hasattr(self, "_mods"):
            lookups = self.nlp.get_pipe("lemmatizer").lookups if "lemmatizer" in self.nlp.pipe_names else None
            table = lookups.get_table("lemma_index") if lookups is not None and lookups.has_table("lemma_index") else {}
            self._mods = frozenset(w for pos in ("adj", "adv") for w in table.get(pos, ()))
        return self._mods

    def _first_names(self) -> frozenset[str]:
        """Every word of a listed person's names but the surnames (people.tsv): 'Mark' of Mark Rutte."""
        if not hasattr(self, "_firsts"):
            self._firsts = frozenset(w for ps in self.kb.people.values() for p in ps for w in p.tokens()
                                     if w not in p.surnames)
        return self._firsts

    @staticmethod
    def _capitalised_by_place(tok: Token, caser) -> bool:
        """A capital its position explains: the sentence's first word, after an opening quote mark or
        bracket, or in a Title Case sentence (headline)."""
        prev = tok.doc[tok.i - 1] if tok.i else None
        if prev is None or tok.is_sent_start or prev.text in ('"', "“", "‘", "'", "(", "—", "–", ":") or "\n" in prev.text:
            return True
        sent = tok.sent
        return caser.is_title_case(list(sent))

    def _after_courtesy(self, doc: Doc, start: int, name_start: int) -> int:
        """A person's phrase starts no earlier than the courtesy title before the name: the words before 'Mrs.'
        ('groups of voters Mrs. Clinton must win') are no part of it (see `_courtesy_between`); but a couple's
        first title is ('Mr. and Mrs. Trump', see `couple`)."""
        at = next((i for i in range(name_start - 1, start - 1, -1) if doc[i].lower_ in self.kb.courtesy_titles), None)
        if at is None:
            return start
        return at - 2 if at >= 2 and couple(doc, at - 2, self.kb) else at

    def _courtesy_between(self, doc: Doc, u: Unit, target: Unit) -> bool:
        """A courtesy title between a noun and the name it seems to modify ('groups of voters Mrs. Clinton must
        win', a relative clause without 'that'): no title stands before 'Mrs.', so the noun is not the name's."""
        return target.what == "person" and any(doc[i].lower_ in self.kb.courtesy_titles for i in range(u.end, target.start))

    def _titled_name(self, doc: Doc, start: int, end: int) -> bool:
        """Two or three capitalised words right after a word that titles a person ('envoy', 'spokesman', 'minister')."""
        if start == 0 or not 2 <= end - start <= 3 or not all(t.is_alpha and t.is_title for t in doc[start:end]):
            return False
        agent = self._agent(doc, doc[start - 1])
        return agent is not None and agent.kind == "person"

    def _person_as_place(self, ent, place_ranges: dict) -> bool:
        """NER's GPE 'Erdogan' in 'Putin and Erdogan held talks': a name no place was resolved from that
        is a well-known person's (people.tsv) is that person."""
        return ent.label_ == "GPE" and ent.start_char not in place_ranges and self._person_name(ent.text, set())

    def _person_name(self, text: str, person_names: set[str]) -> bool:
        """A name NER tagged as an organisation or group that is a person's: named so elsewhere in the
        article, or a well-known person's full name or surname (people.tsv)."""
        text = bare_name(text)  # NER's ORG "Georgia O'Keeffe's" is the PERSON "Georgia O'Keeffe" of another sentence
        words = text.split()
        # NER's ORG 'Homira Atimadi' where 'Ms. Atimadi' is a PERSON: a first name and the surname of one
        firstname_and_surname = len(words) == 2 and all(w.isalpha() and w.istitle() for w in words) and words[1] in person_names
        return text in person_names or text in self.kb.people or text in self.kb.surnames or firstname_and_surname

    def _relation(self, doc: Doc, tok: Token, at: dict[int, Unit]) -> Agent | None:
        """'his eldest son', 'supporters of Senator X' (rules.yaml relational_*): the person tied to an owner
        is an actor of its own, so that what the son does is not read as done by the father. Only with an
        owner: a possessor, or an 'of' phrase naming an actor (a name or a pronoun found earlier)."""
        low = tok.lower_
        kind = "person" if low in self.kb.rules.get("relational_persons", ()) else \
            "group" if low in self.kb.rules.get("relational_groups", ()) else None
        if kind is None:
            return None
        names = {i for i, u in at.items() if u.what in ("person", "org", "ner_org") or (u.what == "agent" and i < tok.i)}
        if relation_owner(doc, tok, names) is None:
            return None
        return Agent((low,), None, False, kind, low if kind == "person" else None, None, True)

    def _surnames(self, doc: Doc, at: dict[int, Unit], persons: list, place_ranges: dict[int, str]) -> None:
        """A surname alone that NER left untagged ('Hale said', after 'President Hale') is that person:
        only a proper noun equal to the last word of a person named earlier (no cataphora), not part of a longer
        name and with no determiner ('the Law on copyright' after 'John Law')."""
        last_words = [(p.end, p[-1].text) for p in persons]  # once, not once per proper noun
        for tok in doc:
            if tok.i in at or tok.pos_ != "PROPN" or tok.ent_type_ not in ("", "PERSON") or tok.idx in place_ranges:
                continue
            if tok.dep_ in ("compound", "flat") or any(c.dep_ in ("compound", "flat", "det") for c in tok.lefts):
                continue
            if any(end <= tok.i and word == tok.text for end, word in last_words):
                at[tok.i] = Unit(tok.i, tok.i + 1, "person", root=tok.i)

    def _inside_names(self, doc: Doc, kb_spans: list) -> list:
        """Drop a country word that is part of a longer organisation name NER found ("the Nigerian Union
        of Teachers", "the Kenya Anti-Corruption Commission"): the name is the actor and the word gives it
        its country. A name that holds a KB organisation ("Pakistani Taliban") keeps the KB's reading, unless
        a country's name comes before it and the name goes on after it ("the Nigeria Labour Congress")."""
        orgs = [e for e in doc.ents if e.label_ == "ORG"]
        drop: set[int] = set()
        for e in orgs:
            inside = [k for k, sp in enumerate(kb_spans) if e.start <= sp.start and sp.end <= e.end]
            if not inside:
                continue
            kinds = [self.forms[kb_spans[k].label_][0] for k in inside]
            if "org" in kinds:
                # 'the Nigeria Labour Congress' is a national body whose name holds a KB name ('Labour'), not that
                # organisation: a country word before it and a name going on after it
                org_end = max(kb_spans[k].end for k, kind in zip(inside, kinds) if kind == "org")
                if "country" in kinds and org_end < e.end and any(t.is_title for t in doc[org_end:e.end]):
                    drop.update(inside)
                continue
            start = e.start + 1 if e[0].lower_ == "the" else e.start
            if any(kb_spans[k].start <= start and kb_spans[k].end == e.end for k in inside):
                continue  # NER's ORG '(the) Democratic People's Republic of Korea' is the country
            last = max(kb_spans[k].end for k in inside)
            if not any(t.is_title and not t.is_sent_start for t in doc[last:e.end]):
                continue  # a name goes on after the nationality ("... Army"); NER's ORG 'Radical French' does not
            drop.update(inside)
        return [sp for k, sp in enumerate(kb_spans) if k not in drop]

    def _agent(self, doc: Doc, tok: Token) -> Agent | None:
        kb = self.kb
        if tok.lower_ in kb.rules.get("quantity_nouns", ()) and self._counts_others(tok):
            return None
        for form in (tok.lower_, tok.lemma_.lower()):
            if form not in kb.agents:
                continue
            lo = max(0, tok.i - 3)
            words = [t.lower_ for t in doc[lo:tok.i]] + [form]
            agent = kb.agent(words)
            if agent is not None:
                return agent
        return None

    def _counts_others(self, tok: Token) -> bool:
        """'dozens of soldiers', 'millions of dollars', 'hundreds of thousands of jobs', 'millions in cash': the
        number counts what follows it, which is no crowd of civilians (unless that is people: 'thousands of people')."""
        doc = tok.doc
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is None or nxt.lower_ not in ("of", "in"):
            return False
        if nxt.lower_ == "in":
            return True  # 'millions in cash'
        people = self.kb.rules.get("quantity_people", ())
        obj = next((o for o in nxt.children if o.dep_ == "pobj"), doc[nxt.i + 1] if nxt.i + 1 < len(doc) else None)
        return obj is None or (obj.lemma_.lower() not in people and obj.lower_ not in people)

    # -- noun phrases --------------------------------------------------------------------------

    def phrases(self, doc: Doc, at: dict[int, Unit]) -> list[NP]:
        """One NP per unit that does not modify another unit, in head-token order."""
        units = list({id(u): u for u in at.values()}.values())
        parent: dict[int, Unit] = {}  # id(unit) -> the unit it modifies
        for u in units:
            if u.what == "pronoun":
                continue
            tok = doc[u.root]
            if tok.dep_ in CLIMB_DEPS and tok.head.i > tok.i:
                target = at.get(tok.head.i)
                if target is not None and target is not u and target.what != "pronoun" and \
                        target.what not in ("adjective", "country", "capital") and not self._courtesy_between(doc, u, target):
                    parent[id(u)] = target
        nps: dict[int, NP] = {}
        for u in units:
            top, seen = u, 0
            while id(top) in parent and seen < 10:
                top, seen = parent[id(top)], seen + 1
            np = nps.get(id(top))
            if np is None:
                np = nps[id(top)] = NP(top, top.start, top.end)
            if top is not u:
                np.members.append(u)
        out = []
        for np in nps.values():
            head = doc[np.head.root]
            start = min(np.head.start, *(m.start for m in np.members)) if np.members else np.head.start
            for child in head.lefts:
                if child.dep_ in NP_LEFT_DEPS:
                    start = min(start, _modifier_start(child))
            start = _after_dateline(doc, start, np.head.start)
            if np.head.what == "pronoun":
                start = np.head.start
            elif np.head.what == "person":
                start = self._after_courtesy(doc, start, np.head.start)
                if start < np.head.start and doc[start].lower_ in self.kb.rules.get("name_opening_verbs", ()):
                    start += 1  # 'Said Allen, a spokesman': the phrase is 'Allen' (see `_not_name_word`)
            np.start = start
            np.end = max(np.head.end, head.i + 1)
            if np.head.agent is not None and np.head.agent.words[-1] in self.kb.rules.get("relational_groups", ()) | \
                    self.kb.rules.get("relational_persons", ()):
                owner = relation_owner(doc, head, at)
                if owner is not None and owner > head.i:  # 'supporters of Senator X': the phrase takes in its owner
                    np.end = max(np.end, doc[owner].right_edge.i + 1)
            out.append(np)
        out.sort(key=lambda n: (n.head.root, n.start))
        return out


SPATIAL_PREPS = frozenset({"near", "outside", "around", "in", "into", "towards", "toward"})


def _spatial_object(ent: SpacySpan) -> bool:
    """'an army convoy [near Gao]': a name the places stage resolved, as the object of a preposition of place and not
    owning anything ('in Gao's office'), is the place (NER calls 'Gao' a person)."""
    root = ent.root
    after = root.doc[ent.end] if ent.end < len(root.doc) else None
    return root.dep_ == "pobj" and root.head.lower_ in SPATIAL_PREPS and not (after is not None and after.tag_ == "POS")
