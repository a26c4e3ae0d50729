"""The actors stage: candidate phrases -> entities -> one `Actor` per mention.

Order of work on a document:
1. units and noun phrases on the parse (mentions.py);
2. which phrases are actors: names, KB organisations, sector nouns always; a country or capital
   only as an agent (rule below); pronouns later;
3. in token order, each phrase joins an entity: same KB organisation or country, compatible
   person name ("Kirby" -> "John Kirby"), or, for a bare definite description ("the
   department"), the antecedent coref.nominal finds; else a new entity;
4. links between phrases: possessor ("the armed group's spokesman"), the organisation a title
   works for ("chairman of the Joint Chiefs"), a conjunct sharing its modifier ("the Afghan
   government and military leaders"), a name modifying a noun ("the Biden administration"),
   and appositions (merge: "his commander, General Frank McKenzie");
5. pronouns (coref.pronoun);
6. each entity's country/sector from its own evidence, then its links, then the place it is "in"/"of",
   then, for a well-known person, the people list (people.py, data/actors/people.tsv; its country is
   surer than a guess from the office below), then a region or town before the head ("Basra police");
   for state sectors without any, a named office holder's country from a description of the same
   office elsewhere ("President X ... the Zambian president"), else the article's dominant state
   country (not counting diplomats posted abroad, and not given to actors posted abroad or called
   foreign), else the one country the article names, if named through actors of domestic politics
   (opposition, parties, unions; a town in a newspaper's name, 'The Boston Globe', is no evidence of
   where); marked in `method`. A post held in a company ('Upjohn officials', 'the company's president';
   business.py) is business (BUS) before its title's sector, and so takes no state's country; so is a
   company named with its legal form. An "ethnic X" group with no place of its own
   takes the one other country its sentence names. "Officers" with no modifier take the one uniformed
   service the article's other actors name (police story -> COP).

Places vs actors (the GPE rule): a country or capital is an actor only when it acts or is
acted upon as a polity: subject of a clause ("the US is showing", "Washington now sees",
"Kabul said"), agent of a passive ("by Washington"), possessor of an actor ("the US's
allies"), conjunct of such an actor, direct object of a verb that is not one of location
(`location_verbs`: visit, enter, leave, capture ...; "the talks will press Iran"), or object
of an interaction preposition (`actor_prepositions`: talks with Iran, sanctions on Russia).
Capitals count only as subjects, passive agents, possessors or conjuncts. Everything else
("in Doha", "Qatar's capital", "from Afghanistan", "US operations") is a place, left to the
places stage.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date
from itertools import islice

from spacy.tokens import Doc, Token

from ..document import Document, Mention
from ..model import Actor, Span
from ..nlp import DATELINE, dateline_spans, load
from . import business, coref, people
from .kb import KB, default_kb
from .mentions import NP, MentionFinder, Unit, bare_name, couple, relation_owner
from .titles import DETERMINERS, Evidence, apposition_target, interpret, location, possessor, title_of

STATE_SECTORS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD", "LEG"})
#: sectors of actors in domestic politics (opposition, parties, unions, students, farmers): an article
#: naming no other country happens in theirs. Not armed groups or civilians, whom foreign states often
#: face ("President X warned the Taliban", "Afghans were evacuated")
DOMESTIC_SECTORS = frozenset({"OPP", "POL", "LAB", "EDU", "AGR"})
SETTING_PREPS = frozenset({"in", "inside", "across", "throughout", "within"})  # "the army ... in Chad": where things are
STRIP = frozenset({"“", "”", '"', "'", "‘", "’", ",", "(", ")", "-", "—", "–"})


class Entity:
    """What several mentions refer to. Evidence accumulates; attributes are decided at the end."""

    def __init__(self, key: str, kind: str | None) -> None:
        self.key = key
        self.parent: Entity | None = None
        self.kind = kind
        self.gender: str | None = None  # 'm' / 'f' from a courtesy title ('Mr. Trump'), for surnames and pronouns
        # 'm' / 'f' from a firm pronoun reading ('X said he'), when no title gave one: for later pronouns only,
        # not for the people list (a pronoun's reading is a guess, a title a fact)
        self.said_gender: str | None = None
        # 'm' / 'f' from a first name only one gender bears ('Maria Okafor'): keeps namesakes of the other gender
        # apart ('Mr. Okafor'), not used for pronouns (a guess from a list that knows common names only)
        self.name_gender: str | None = None
        self.person_names: list[str] = []
        self.org_name: str | None = None
        self.descr: str | None = None  # descriptive name for a phrase without a proper name
        self.countries: list[tuple[str, str, int]] = []  # (ISO3, why, token position)
        self.sectors: list[tuple[str, str, int]] = []
        self.weak: list[tuple[str, str, int]] = []
        self.located: list[tuple[str, str, int]] = []  # countries of places the phrases name ("rebels in Chad")
        self.regions: list[tuple[str, str, int]] = []  # countries of regions or towns before the head ("Basra police")
        self.other_than: set[str] = set()  # countries whose holder of its office is someone else in the article
        self.roles: list[str] = []
        self.links: list[tuple[M, str, bool]] = []  # (mention, relation, lends sector too)
        self.mentions: list[M] = []
        self.final: tuple[str | None, str | None, str] | None = None  # country, sector, why
        self.listed: tuple[str | None, str | None, str] | None = None  # from people.tsv: country, sector, why
        self.foreign = False  # said to be from elsewhere than the story: takes no dominant country
        self.us_titled: str | None = None  # why a US-style title makes it American rather than of the main state actor
        self.local = False  # named 'local' ('local aid workers'): of the place the story is about

    def find(self) -> "Entity":
        e = self
        while e.parent is not None:
            e = e.parent
        return e

    def names(self) -> list[str]:
        return [*self.person_names, *([self.org_name] if self.org_name else []), *([self.descr] if self.descr else [])]

    def absorb(self, other: "Entity") -> None:
        other = other.find()
        if other is self:
            return
        other.parent = self
        for n in other.person_names:
            if n not in self.person_names:
                self.person_names.append(n)
        if self.kind != "person" and other.kind == "person":
            self.kind = "person"
        self.kind = self.kind or other.kind
        self.org_name = self.org_name or other.org_name
        self.gender = self.gender or other.gender
        self.said_gender = self.said_gender or other.said_gender
        self.name_gender = self.name_gender or other.name_gender
        self.descr = self.descr or other.descr
        self.countries = sorted(self.countries + other.countries, key=lambda x: x[2])
        self.sectors = sorted(self.sectors + other.sectors, key=lambda x: x[2])
        self.weak = sorted(self.weak + other.weak, key=lambda x: x[2])
        self.located = sorted(self.located + other.located, key=lambda x: x[2])
        self.regions = sorted(self.regions + other.regions, key=lambda x: x[2])
        self.roles += [r for r in other.roles if r not in self.roles]
        self.links += other.links
        self.mentions += other.mentions

    @property
    def name(self) -> str:
        if self.person_names:
            return max(self.person_names, key=lambda n: len(n.split()))
        return self.org_name or self.descr or self.key


@dataclass
class M:
    """A mention while resolving: a phrase, its entity and why."""

    np: NP
    start: int
    end: int
    entity: Entity
    method: str
    ev: Evidence | None = None
    antecedent: "M | None" = None
    role: str | None = None
    plural: bool = False
    pronoun: bool = False
    tail: str = ""  # the words after a possessor: 'spokesman' in "the armed group's spokesman"
    modifier: bool = False  # a name modifying another actor's phrase ('a Hillary Clinton administration'): no mention
    extra: list[str] = field(default_factory=list)

    @property
    def head(self) -> int:
        return self.np.head.root


class ActorResolver:
    """Stage: sets `document.mentions` and `article.actors`. Loads the KB and matcher once."""

    name = "actors"

    def __init__(self, kb: KB | None = None) -> None:
        self.kb = kb or default_kb()
        self.finder = MentionFinder(self.kb, load())

    def __call__(self, document: Document) -> Document:
        ms = self.resolve(document)
        doc, text = document.doc, document.article.text
        mentions, actors = [], []
        for m in sorted(ms, key=lambda m: (m.start, -m.end)):
            actor = self._actor(doc, text, m)
            mentions.append(Mention(m.start, m.end, actor))
            actors.append(actor)
        document.mentions = mentions
        document.article.actors = actors
        return document

    # -- the work ------------------------------------------------------------------------------

    def resolve(self, document: Document) -> list[M]:
        doc, kb = document.doc, self.kb
        document.check_aligned("actors")
        place_kinds = {p.start: _place_kind(p.feature) for p in document.article.places}
        # a toponym the gazetteer puts in no country ('Soviet Union', a former state) does not stop the KB's country
        at = self.finder.units(doc, place_kinds, frozenset((p.start, p.end) for p in document.article.places if p.country))
        nps = self.finder.phrases(doc, at)
        sent_of = _sentence_index(doc)
        by_root = {np.head.root: np for np in nps}
        place_at = _place_countries(document, at)

        # which phrases are actors
        keep: list[NP] = []
        for np in nps:
            what = np.head.what
            tok = doc[np.head.root]
            if what in ("adjective", "country", "capital"):
                continue
            if what == "agent" and tok.dep_ in ("compound", "amod", "nmod") and tok.head.i > tok.i:
                continue  # 'troop withdrawal', 'police station': the noun modifies a non-actor
            if what == "norp" and tok.tag_ not in ("NNS", "NNPS"):
                continue  # 'Democratic' in 'Democratic voters' is a modifier
            keep.append(np)
        actor_heads = {np.head.root for np in keep}
        for np in nps:
            if np.head.what in ("country", "capital") and self._gpe_is_actor(doc, np, actor_heads, by_root):
                keep.append(np)
                actor_heads.add(np.head.root)
        keep.sort(key=lambda n: (n.head.root, n.start))

        # entities, in token order
        ms: list[M] = []
        by_head: dict[int, M] = {}
        keyed: dict[str, Entity] = {}
        persons: list[Entity] = []
        pronoun_nps: list[NP] = []
        for np in keep:
            if np.head.what == "pronoun":
                pronoun_nps.append(np)
                continue
            ev = interpret(doc, np, at, kb)
            places = location(doc, np, place_at, kb)
            ev.located = [(iso, why) for iso, _, why in places]
            ev.regions = _named_by_region(doc, np, at, place_at)
            ev.of_places = [(iso, why) for iso, prep, why in places if prep == "of"]
            home = [(iso, why) for iso, prep, why in places if ev.ethnic or prep == "of"]
            if ev.ethnic and ev.countries and not home:
                home = _ethnic_home(doc, np, ev, place_at, sent_of)
                ev.why += [why for _, why in home]
            if (np.head.what == "people" or ev.ethnic) and home:
                # "ethnic Albanians in south Serbia", "the Albanians of southern Serbia": where they live
                # names their country; the people's name only their ethnicity
                ev.countries = home + ev.countries
            m = self._join(doc, np, ev, ms, keyed, persons, sent_of)
            if m is None:
                continue
            ms.append(m)
            by_head[m.head] = m

        self._link(doc, ms, by_head, by_root, persons)
        # the people list before pronouns: a listed person named by surname alone has its listed gender for them
        self._listed(doc, ms, document.article.published)

        # pronouns, once every named phrase is known
        non_pronouns = list(ms)
        # 'his son', 'supporters of X' are defined through someone else: too weak a topic for a pronoun
        antecedents = [m for m in non_pronouns if not self._relational(m)]
        antecedents = sorted(antecedents + self._name_modifiers(doc, non_pronouns, persons), key=lambda m: m.head)
        segments = None
        for np in pronoun_nps:
            tok = doc[np.head.root]
            cls = kb.pronouns[tok.lower_]
            if cls == "speaker":
                if segments is None:
                    from ..quotes.marks import find_segments  # (here: the quotes package imports the events stage)
                    segments = find_segments(document.article.text)
                ante, why = coref.quoted_speaker(doc, tok, segments, non_pronouns, kb)
            else:
                prior = [m for m in antecedents if m.head < tok.i]
                later = [m for m in antecedents if m.head > tok.i]
                ante, why = coref.pronoun(doc, tok, cls, prior, later, sent_of, kb, actor_heads)
            if ante is None:
                continue
            ent = ante.entity.find()
            if coref.known_gender(ent) is None and why.startswith(coref.FIRM_REASONS):
                # only a firm reading ("X said he", "X launched his book") gives a gender: a loose one
                # ('she' for a girl no mention names) would turn every later right reading away
                ent.said_gender = coref.gender(tok, kb)
            m = M(np, np.start, np.end, ent, f"pronoun '{tok.text}' -> '{_span_text(doc, ante)}' ({why})",
                  antecedent=ante, plural=cls == "plural", pronoun=True)
            ent.mentions.append(m)
            ms.append(m)
            by_head[m.head] = m

        # possessive pronouns lend their antecedent: "his top commander" -> Milley's country
        for m in non_pronouns:
            for x in m.extra:
                if x.startswith("possessor:") and int(x[10:]) in by_head:
                    m.entity.find().links.append((by_head[int(x[10:])], "possessor", not self._relational(m)))

        self._same_office(ms, sent_of)
        self._company_posts(doc, ms, at)

        # attributes
        seat = self._seat_dateline(doc, ms)
        main = self._dominant(doc, ms, None if seat else _dateline_country(doc, place_at), place_at)
        # a town in a newspaper's name ('The Boston Globe') is the paper's home, not where the story happens
        media = self._media_names(doc, at)
        where = {i: hit for i, hit in place_at.items() if i not in media and i not in seat}
        dominant = (main, f"the article's main state actor {main}") if main else self._home(doc, ms, where)
        service = self._service(ms)
        self._mark_foreign(doc, ms)
        if dominant and dominant[0] != "USA":
            self._mark_us_titled(doc, ms, where, dominant[0], sent_of)
        for m in ms:
            if any(doc[i].lower_ in self.kb.rules.get("local_words", ()) for i in range(m.start, m.head)):
                m.entity.find().local = True
        for m in ms:
            self._finalize(m.entity.find(), dominant, set(), service)
        return ms

    def _name_sector(self, doc: Doc, start: int, end: int, pos: int) -> list[tuple[str, str, int]]:
        """A default sector from the words of an organisation's name (rules.yaml name_words_*)."""
        sectors = self.kb.name_sectors
        return next(([(sectors[t.lower_], f"'{t.text}' in the name", pos)] for t in doc[start:end] if t.lower_ in sectors), [])

    def _gpe_is_actor(self, doc: Doc, np: NP, actor_heads: set[int], by_root: dict[int, NP]) -> bool:
        """The GPE rule (module docstring): is this country/capital phrase a political actor here?"""
        kb = self.kb
        tok = doc[np.head.root]
        while tok.dep_ == "conj" and tok.head.i != tok.i:
            tok = tok.head
        dep = tok.dep_
        if dep in ("nsubj", "nsubjpass", "csubj"):
            return True
        if dep == "poss":
            return tok.head.i in actor_heads
        if dep == "pobj" and tok.head.dep_ == "agent":
            return True
        if dep in ("dobj", "iobj", "dative"):
            return tok.head.lemma_.lower() not in kb.rules["location_verbs"]
        if np.head.what == "capital":
            return False  # "talks in/with Kabul": a capital after a preposition is a place
        if dep == "pobj" and tok.head.lower_ in kb.rules["actor_prepositions"]:
            governor = tok.head.head
            return governor.lemma_.lower() not in kb.rules["location_verbs"] and governor.pos_ in ("VERB", "NOUN")
        return False

    def _join(self, doc: Doc, np: NP, ev: Evidence, ms: list[M], keyed: dict[str, Entity],
              persons: list[Entity], sent_of: list[int]) -> M | None:
        """Attach a phrase to an existing entity or a new one."""
        head = np.head
        pos = head.root
        start, end = _trim(doc, np.start, np.end)
        method = "; ".join(ev.why)
        ante: M | None = None
        ent: Entity | None = None
        if head.what == "person" and couple(doc, np.start, self.kb):
            ent = Entity(f"couple:{pos}", "group")  # 'Mr. and Mrs. Trump': neither of the two alone
            ent.descr = _text(doc, start, end)
            ev.kind, ev.plural = "group", True
            method = f"{method}; a couple: two courtesy titles joined by '{doc[np.start + 1].text}'"
        elif head.what == "person":
            tokens = bare_name(doc[head.start:head.end].text).split()  # "Trump's" is Trump
            titled = coref.titled_gender(doc, head.start, self.kb) or coref.apposed_gender(doc, head.root, self.kb) \
                or coref.listed_gender(tokens, self.kb, ev.role)
            named = coref.first_name_gender(tokens, self.kb)
            hint = coref.reported_gender(doc, head.root, self.kb) if len(tokens) == 1 and titled is None else None
            ent = coref.person_match(tokens, persons, titled or named, hint)
            if ent is not None:
                previous = [m for m in ent.mentions if not m.pronoun]
                if previous and len(tokens) < max(len(n.split()) for n in ent.person_names):
                    ante = previous[-1]
                    method = f"short name '{' '.join(tokens)}' -> {ent.name}"
                name = " ".join(tokens)
                if name not in ent.person_names:
                    ent.person_names.append(name)
            else:
                ent = Entity(f"person:{' '.join(tokens)}", "person")
                ent.person_names.append(" ".join(tokens))
                persons.append(ent)
            ent.gender = ent.gender or titled
            ent.name_gender = ent.name_gender or named
        elif head.what == "ner_org" and (ante := coref.short_form(doc, np, ms, self.kb)) is not None:
            ent = ante.entity.find()
            method = f"short form '{_text(doc, start, end)}' -> {ent.name} (head noun of the full name)"
        elif head.what == "ner_org" and f"ner_org:{(ev.name or '').lower()}" not in keyed \
                and (ante := coref.name_opening(doc, np, ms, self.kb)) is not None:
            ent = ante.entity.find()
            method = f"short name '{_text(doc, start, end)}' -> {ent.name} (the full name's first words)"
            ev.plural = False  # one company, whatever its last word's number: 'General Mills'
        elif head.what in ("org", "ner_org", "country", "capital", "people", "norp"):
            people = f"people:{head.key}"
            if head.what == "people" and ev.countries and ev.countries[0][0] != head.key:
                people += f":{ev.countries[0][0]}"  # "Bosnian Serbs" are not the Serbs of Serbia
            key = {"org": head.key, "country": f"state:{head.key}", "capital": f"state:{head.key}",
                   "people": people}.get(head.what) or f"{head.what}:{(ev.name or '').lower()}"
            ent = keyed.get(key)
            if ent is None:
                ent = keyed[key] = Entity(key, ev.kind)
                if head.what in ("org", "ner_org", "norp", "country", "capital"):
                    ent.org_name = ev.name
                else:
                    ent.descr = ev.name
                if head.what == "ner_org" and not ev.sectors:
                    ent.weak += self._name_sector(doc, start, end, pos)
            else:
                ent = ent.find()
        else:  # a sector noun phrase
            agent = head.agent
            assert agent is not None
            if ev.definite and (ev.bare or self._former_description(doc, np, ev)) and possessor(doc, np) is None:
                ante, how = coref.nominal(_Probe(np), ms, sent_of, doc, ev.role, ev.sectors)
                if ante is not None:
                    ent = ante.entity.find()
                    method = f"definite description '{_text(doc, start, end)}' -> {ent.name} ({how})"
            if ent is None and ev.plural and ev.kind == "group" and len(ev.org_modifiers) == 1 and possessor(doc, np) is None \
                    and self.kb.orgs[ev.org_modifiers[0]].kind == "group" and not ev.countries[1:]:
                # 'Taliban fighters', 'al-Shabab militants': the members stand for the armed group
                key = ev.org_modifiers[0]
                ent = keyed.get(key)
                if ent is None:
                    ent = keyed[key] = Entity(key, "group")
                    ent.org_name = self.kb.orgs[key].name
                ent = ent.find()
                method = f"members of KB group '{self.kb.orgs[key].name}'"
                # 'Islamic State militants': the group's own sector (INS) before the word for its members (REB)
                ent.sectors.insert(0, (self.kb.orgs[key].sector, f"KB group '{self.kb.orgs[key].name}'", pos))
            if ent is None:
                owned = agent.phrase in self.kb.rules["person_owned_agents"] and any(
                    c.dep_ == "poss" and c.lower_ in {"his", "her", "their"} for c in doc[pos].children)  # 'her party said'
                if (not agent.alone and not ev.modifier_sector and not owned and not (ev.proper_modifier and agent.sector and not agent.weak)) or \
                        (ev.indefinite and ev.bare and ev.kind == "organisation" and doc[pos].dep_ != "nsubj"):
                    # 'the group' with nothing to refer to ('opposition groups' names its own sector,
                    # 'the Umma party' its name);
                    # 'a government imposed by force' (but one that acts is one: "a newspaper published")
                    return None

                ent = Entity(f"agent:{pos}", ev.kind)
                ent.descr = _descr(doc, start, end)
                ent.gender = coref.noun_gender(doc[pos].lower_, self.kb)  # 'his wife', 'the congresswoman'

        m = M(np, start, end, ent, method, ev=ev, antecedent=ante, role=ev.role, plural=ev.plural)
        p = possessor(doc, np)
        if p is not None:
            m.tail = doc[doc[p].right_edge.i + 1:end].text
        if ante is None or head.what == "person":  # the phrase's own evidence counts for the entity
            ent.countries += [(c, why, pos) for c, why in ev.countries]
            ent.sectors += [(s, why, pos) for s, why in ev.sectors]
            ent.weak += [(s, why, pos) for s, why in ev.weak_sectors]
            ent.located += [(c, why, pos) for c, why in ev.located]
            ent.regions += [(c, why, pos) for c, why in ev.regions]
        elif head.what == "agent":
            # "the President of Armenia" that refers back to a person says whose president they are
            ent.countries += [(c, f"{why}, which refers to {ent.name}", pos) for c, why in ev.of_places]
        if ev.role and ev.role not in ent.roles:
            ent.roles.append(ev.role)
        if ent.kind is None or (ev.kind == "person" and ent.kind != "person" and ante is None):
            ent.kind = ev.kind
        ent.mentions.append(m)
        return m

    def _link(self, doc: Doc, ms: list[M], by_head: dict[int, M], by_root: dict[int, NP], persons: list[Entity]) -> None:
        kb = self.kb
        for m in ms:
            ent = m.entity.find()
            if m.antecedent is not None and m.np.head.what != "person":
                continue
            p = possessor(doc, m.np)
            if self._relational(m):
                p = relation_owner(doc, doc[m.head], by_head) or p
                if p is not None and p > m.head:
                    m.tail = doc[m.head].text  # 'supporters of X' -> "X's supporters"
            if p is not None and p in by_head:
                ent.links.append((by_head[p], "possessor", not self._relational(m)))
            elif p is not None and doc[p].lower_ in kb.pronouns:
                m.extra.append(f"possessor:{p}")  # pronoun: linked once pronouns are resolved
            for o in title_of(doc, m.np, kb):
                if o in by_head and (by_head[o].np.head.what in ("org", "ner_org", "country")
                                     or by_head[o].entity.find().kind == "organisation"):  # "activists from the Fatah party"
                    ent.links.append((by_head[o], f"'{doc[o].head.text}'", True))
                elif o in by_head and self._armed_body(by_head[o]) and ent.kind == "person":
                    # 'the commander of the Cambodian forces': the forces' country, not their sector
                    ent.links.append((by_head[o], f"'{doc[o].head.text}'", False))
            tok = doc[m.head]
            if tok.dep_ == "conj" and tok.head.i in by_head and m.np.head.what == "agent":
                ent.links.append((by_head[tok.head.i], "conjunct", False))
            if m.ev is not None:
                for r in m.ev.person_modifiers:
                    u = by_root.get(r)
                    name = doc[r].text if u is None else _unit_text(doc, u.head)
                    other = coref.person_match(_person_tokens(doc, r), persons)
                    if other is not None:
                        ent.links.append((other.mentions[0], f"name '{name}'", False))
        for m in ms:
            target = apposition_target(doc, m.np, {k: v.np for k, v in by_head.items()})
            if target is None or target.head.root not in by_head:
                continue
            t = by_head[target.head.root]
            a, b = t.entity.find(), m.entity.find()
            if a is b or "state" in (a.kind, b.kind) or _two_people(a, b) or coref.conflicting(a.gender, b.gender) \
                    or _person_and_named_body(a, b) or _negated(doc[m.head]):
                continue
            keep, gone = a, b  # the named one keeps its identity; the title joins it
            if (b.person_names and not a.person_names) or (b.org_name and not (a.person_names or a.org_name)):
                keep, gone = b, a
            keep.absorb(gone)
            m.extra.append(f"apposition to '{_span_text(doc, t)}'")

    @staticmethod
    def _armed_body(m: M) -> bool:
        """A described group of the armed or security sectors ('the Cambodian forces'), which a titled person
        may lead."""
        agent = m.np.head.agent
        return m.entity.find().kind == "group" and agent is not None and agent.kind in ("group", "organisation") \
            and agent.sector in ("MIL", "REB", "INS", "COP") and m.np.head.what == "agent"

    def _name_modifiers(self, doc: Doc, ms: list[M], persons: list[Entity]) -> list[M]:
        """Persons named only as a modifier ('a Hillary Clinton administration'), as pronoun antecedents of their
        own ('... comes as her campaign'; coref.MODIFIER_COST), though no mentions."""
        out = []
        for m in ms:
            for u in m.np.members:
                if u.what != "person" or m.ev is None or u.root not in m.ev.person_modifiers:
                    continue
                other = coref.person_match(_person_tokens(doc, u.root), persons)
                if other is not None:
                    out.append(M(NP(u, u.start, u.end), u.start, u.end, other, "", modifier=True))
        return out

    def _former_description(self, doc: Doc, np: NP, ev: Evidence) -> bool:
        """'the former president': bare but for the word that puts the role in the past."""
        between = doc[np.start + 1:np.head.start]
        return bool(ev.role and ev.role.startswith("former ") and len(between) and
                    all(t.lower_ in self.kb.rules["former_words"] for t in between))

    def _relational(self, m: M) -> bool:
        """A person named by their tie to an owner ('his son', rules.yaml relational_*): the owner lends a
        country and a name, not a sector."""
        agent = m.np.head.agent
        return agent is not None and agent.sector is None and agent.words[-1] in (
            self.kb.rules.get("relational_persons", frozenset()) | self.kb.rules.get("relational_groups", frozenset()))

    def _same_office(self, ms: list[M], sent_of: list[int]) -> None:
        """A named office holder with no nationality of their own is linked to a description of the same
        national office with a country elsewhere in the article ("President X ... the Zambian president"),
        unless the two ever share a sentence ("the Zambian president met President X": two holders, and
        X then takes no fallback country of that one) or the descriptions disagree on the country."""
        offices = self.kb.rules.get("national_offices", frozenset())
        ents = list({id(e): e for e in (m.entity.find() for m in ms)}.values())
        described = [e for e in ents if not e.person_names and e.countries and e.kind == "person"]
        for ent in ents:
            if not ent.person_names or ent.countries or (ent.listed is not None and ent.listed[0] is not None):
                continue  # a well-known person's country is surer than a guess from the office
            sents = {sent_of[m.head] for m in ent.mentions}
            for role in (r for r in ent.roles if r in offices):
                same = [e for e in described if role in e.roles]
                ent.other_than |= {e.countries[0][0] for e in same if sents & {sent_of[m.head] for m in e.mentions}}
                same = [e for e in same if e.countries[0][0] not in ent.other_than]
                if len({e.countries[0][0] for e in same}) == 1:
                    ent.links.append((same[0].mentions[0], f"same office '{role}'", False))
                    break

    def _media_names(self, doc: Doc, at: dict[int, Unit]) -> set[int]:
        """Tokens of newspapers' and broadcasters' names: KB media organisations, and organisation names NER found
        whose last word is a paper's or station's (rules.yaml media_name_heads: 'Chicago Tribune', 'Israel Radio')."""
        heads = self.kb.rules.get("media_name_heads", frozenset())
        out: set[int] = set()
        for u in {id(u): u for u in at.values()}.values():
            last = doc[u.end - 1].lower_.split("-")[-1]
            if (u.what == "org" and self.kb.orgs[u.key].sector == "MED") or (u.what == "ner_org" and last in heads):  # type: ignore[index]
                out.update(range(u.start, u.end))
        return out

    def _company_posts(self, doc: Doc, ms: list[M], at: dict[int, Unit]) -> None:
        """A post held in a company (business.py: 'Upjohn officials', 'the firm's spokesman', 'its president' for a
        company) is business first, whatever the title's own sector; it then takes no state's country from the story.
        A nationality of the company's phrase is its country ('an official of the French company')."""
        companies = business.company_names(doc, at, self.kb)
        for m in ms:
            ent = m.entity.find()
            if m.np.head.what == "ner_org" and not ent.sectors and ent.org_name in companies:
                ent.sectors.append(("BUS", "a company's name, with its legal form", m.head))
                m.extra.append(f"business: '{ent.org_name}' ends in a company's legal form")
            if m.pronoun or m.ev is None or business.company_post(doc, m.np, at, self.kb) is None:
                continue
            found = business.company_owner(doc, m.np, at, companies, self.kb)
            if found is None:
                owner = next((lm.entity.find() for lm, rel, _ in ent.links if rel == "possessor" or rel.startswith("'")), None)
                if owner is None or owner.kind == "person" or not business.is_company(owner.org_name, companies):
                    continue
                found = (f"a post held in the company '{owner.org_name}'", None)
            why, iso = found
            ent.sectors.insert(0, ("BUS", why, m.head))
            m.extra.append(f"business: {why}")
            if iso is not None and not ent.countries:
                ent.countries.append((iso, why, m.head))

    def _listed(self, doc: Doc, ms: list[M], published: date | None) -> None:
        """Each named person's entry in the people list (people.py), kept for when the text gives none, and the
        gender its candidates agree on when the text gives none."""
        ents = list({id(e): e for e in (m.entity.find() for m in ms) if e.person_names}.values())
        keys = [people.surname(e.person_names, self.kb) for e in ents]
        year = published.year if published else None
        matched = []
        for ent, key in zip(ents, keys):
            phrases = tuple(doc[m.start:m.end].text for m in ent.mentions if not m.pronoun)
            # a namesake of the other gender leaves the surname to this one ('Mr. Clinton' beside 'Hillary Clinton')
            taken = key is not None and sum(k == key and not coref.conflicting(o.gender, ent.gender) for o, k in zip(ents, keys)) > 1
            found, how = people.candidates(ent.person_names, self.kb, taken, phrases)
            found = people.office_holders(found, ent.roles)  # 'Secretary Clinton': the one who held that office
            matched.append(([p for p in found if not coref.conflicting(p.gender, ent.gender)], how))
        # an undated article is dated by the offices its own titles give listed people ('President Obama'): a
        # listed office held at some other time ('Trump' in a story of Obama's presidency) gives no sector. A term
        # still running ends at the list's as-of year, not at the year the program runs: same text, same output
        window = None if year is not None else people.window(
            [(found, role) for ent, (found, _) in zip(ents, matched) for role in ent.roles],
            self.kb.people_as_of)
        for ent, (found, how) in zip(ents, matched):
            genders = {p.gender for p in found}
            if ent.gender is None and len(genders) == 1:
                ent.gender = genders.pop()  # 'Putin' is the 'him', not the 'she', of the next line
            decided = people.decide(found, year, window)
            if decided is not None:
                ent.listed = (decided[0], decided[1], f"people list by {how}: {decided[2]}")

    def _dominant(self, doc: Doc, ms: list[M], dateline: str | None = None,
                  place_at: dict[int, tuple[str, bool]] | None = None) -> str | None:
        """The country most state actors of the article belong to, by explicit evidence. Actors posted
        abroad (rules.yaml `posted_abroad`: diplomats, envoys, delegations) do not count: they say the
        story happens away from their country ("Moroccan diplomats met President X"). A wire dateline's country
        is the story's when at least a third of the state actors are its own ("PORT-AU-PRINCE - … the government
        declared …" in a story where Kenya pledges police, "KYIV - … regional governor X said" beside Russia's
        ministry), and whenever the lead's first state subject is its own ("BAMAKO - Mali's military rulers ordered …",
        where France, the other side, is named more often); a dateline alone decides nothing (correspondents file from
        neighbouring capitals: "BANGKOK" for Myanmar), and none when the lead's subject is another state's. That state
        is then the story's when no other state has as many actors in it ("BANGKOK - Myanmar's junta extended … the army
        launched air strikes": Myanmar's army, though the article names two countries). A lead whose first state subject
        names no country at all ('WASHINGTON - Congress passed …', 'MOSCOW - Parliament voted …') is about the dateline's
        state, unless the lead names a town or region of another country (where that subject would then be acting)."""
        abroad = {id(m.entity.find()) for m in ms if _posted_abroad(doc[m.head], self.kb)}
        lead, subject = _lead_subject_country(doc, ms, abroad) if dateline is not None else (None, None)
        if lead is not None and lead == dateline:
            return dateline  # 'BAMAKO (Wire) - Mali's military rulers ordered …': filed where its lead's subject acts
        if lead is None and subject is not None and not _elsewhere_in_lead(doc, subject, dateline, place_at or {}):
            return dateline  # 'WASHINGTON (Wire) - Congress passed a bill imposing sanctions on Russia': the dateline's Congress
        next_door = None
        if lead is not None:
            next_door, dateline = lead, None  # 'BANGKOK (Wire) - Myanmar's junta extended …': filed from next door
        counts: Counter[str] = Counter()
        for m in ms:
            ent = m.entity.find()
            if id(ent) in abroad:
                continue
            # police with a town ('police in Nairobi') are that state's, as a nationality would say (titles.location)
            evidence = ent.countries or (ent.located if any(s == "COP" for s, _, _ in ent.sectors) else [])
            if evidence and (ent.kind == "state" or any(s in STATE_SECTORS for s, _, _ in ent.sectors)):
                counts[evidence[0][0]] += 1
        if not counts:
            return None
        (top, n), total = counts.most_common(1)[0], sum(counts.values())
        if dateline is not None and counts.get(dateline, 0) * 3 >= total:
            return dateline  # where the story was filed, when its own state acts in it as well
        if next_door is not None and counts.get(next_door, 0) == n and list(counts.values()).count(n) == 1:
            return next_door
        return top if n >= 2 and n * 2 > total else None

    @staticmethod
    def _seat_dateline(doc: Doc, ms: list[M]) -> set[int]:
        """The dateline's tokens when the lead's first subject is an international body ('GENEVA - The U.N. human rights
        office said …', 'VIENNA - The IAEA said …'): filed from where the body sits, which says nothing of where the
        story happens."""
        subject = next((t for sent in islice(doc.sents, 3) for t in sent if t.dep_ in {"nsubj", "nsubjpass"}), None)
        if subject is None:
            return set()
        phrase = {t.i for t in subject.subtree}  # 'The U.N. human rights office': the body named inside
        if not any(m.head in phrase and any(s == "IGO" for s, _, _ in m.entity.find().sectors) for m in ms):
            return set()
        return {t.i for start, end in dateline_spans(doc) if (span := doc.char_span(start, end, alignment_mode="expand")) for t in span}

    def _home(self, doc: Doc, ms: list[M], place_at: dict[int, tuple[str, bool]]) -> tuple[str, str] | None:
        """Where a story with no main state actor happens, in one pass over its places and actors' evidence:
        1. the country of its actors of domestic politics (`DOMESTIC_SECTORS`), when it is the only country the article
           names at all ("President X banned Ugandan opposition candidates");
        2. else the one country it happens in: 'The army deployed boats' in a report on floods near Sylhet, Bangladesh,
           is Bangladesh's army. A town or region of that country must be named (a country alone may be what is acted
           on: 'threatened action against Malawi', unless it is where things are: 'in Chad'), and actors posted abroad
           (diplomats) are no evidence of where it happens.
        Any second country, as a place or an actor, and nothing is guessed."""
        named = {iso for iso, _ in place_at.values()}
        inside = {iso for i, (iso, is_country) in place_at.items()
                  if not is_country or (doc[i].dep_ == "pobj" and doc[i].head.lower_ in SETTING_PREPS)}  # '… in Chad'
        local = set(named)  # named, leaving out what actors posted abroad bring
        domestic: set[str] = set()
        for m in ms:
            ent = m.entity.find()
            evidence = ent.countries or ent.located
            if not evidence:
                continue
            iso = evidence[0][0]
            named.add(iso)
            abroad = _posted_abroad(doc[m.head], self.kb)
            local |= set() if abroad else {iso}
            if ent.sectors and ent.sectors[0][0] in DOMESTIC_SECTORS and not abroad:
                domestic.add(iso)
        if len(named) == 1 and domestic == named:
            iso = next(iter(named))
            return iso, f"the only country the article names, {iso}, through its domestic actors"
        if len(local) == 1 and local == inside:
            iso = next(iter(local))
            return iso, f"the only country the article names, {iso}, where its towns or regions are"
        return None

    def _service(self, ms: list[M]) -> str | None:
        """The one uniformed service an article's actors belong to by firm evidence: 'COP' when police and
        no military appear, 'MIL' when the reverse, else None. Its members named only by a rank that
        either has (rules.yaml `service_members`: 'officers') belong to it."""
        firm = {e.sectors[0][0] for e in (m.entity.find() for m in ms) if e.sectors} & {"COP", "MIL"}
        return firm.pop() if len(firm) == 1 else None

    def _finalize(self, ent: Entity, dominant: tuple[str, str] | None, visiting: set[int],
                  service: str | None = None) -> tuple[str | None, str | None, str]:
        if ent.final is not None:
            return ent.final
        if id(ent) in visiting:
            return None, None, ""
        visiting.add(id(ent))
        country = sector = None
        why: list[str] = []
        if ent.countries:
            country = ent.countries[0][0]
        if ent.sectors:
            sector = ent.sectors[0][0]
        if sector in STATE_SECTORS and ent.sectors[0][1].strip("'") in ent.roles:  # the sector is the post's own
            sector = self._served_sector(ent, dominant, visiting, service, why) or sector
        for lm, rel, lends_sector in ent.links:
            if country is not None and (sector is not None or not lends_sector):
                break
            other = lm.entity.find()
            if other is ent:
                continue
            oc, os_, _ = self._finalize(other, dominant, visiting, service)
            if country is None and oc is not None and not (rel == "conjunct" and ent.located):  # its own place first
                country = oc
                why.append(f"country from {rel} '{other.name}'")
            if sector is None and lends_sector and os_ is not None:
                sector = os_
                why.append(f"sector from {rel} '{other.name}'")
        if country is None and ent.located:
            country = ent.located[0][0]
            why.append(f"country of the place named: {ent.located[0][1]}")
        if ent.listed is not None and sector not in ("IGO", "NGO") and country in (None, ent.listed[0]):
            country, sector = self._from_list(ent, country, sector, why)
        if country is None and ent.regions:
            country = ent.regions[0][0]
            why.append(f"country of the region or town before the name: {ent.regions[0][1]}")
        firm = sector is not None
        if sector is None and ent.weak:
            sector = ent.weak[0][0]
            if service and service != sector and self._service_member(ent):
                sector = service
                why.append(f"'{ent.name}' in a story whose only uniformed service is {service}")
        if country is None and firm and sector in STATE_SECTORS and ent.us_titled:
            country = "USA"
            why.append(ent.us_titled)
        if country is None and dominant and firm and sector in STATE_SECTORS and ent.kind != "state" \
                and dominant[0] not in ent.other_than and not ent.foreign:
            country = dominant[0]
            why.append(f"no nationality in the text: {dominant[1]}")
        if country is None and dominant and ent.local and not ent.foreign:
            country = dominant[0]
            why.append(f"'local': {dominant[1]}")
        # a descriptive name borrows its possessor's: "The armed group's spokesman" -> "Taliban spokesman"
        if not ent.person_names and not ent.org_name and ent.descr:
            for lm, rel, _ in ent.links:
                if rel == "possessor":
                    owner = lm.entity.find()
                    sep = "'s " if owner.kind == "person" else " "
                    ent.descr = f"{owner.name}{sep}{ent.mentions[0].tail}".strip()
                    break
        ent.final = (country, sector, "; ".join(why))
        return ent.final

    def _served_sector(self, ent: Entity, dominant, visiting: set[int], service, why: list[str]) -> str | None:
        """'Joe Ajaero, the union's president': a post's state sector (a president governs) gives way to the
        sector of the body its holder is said to serve, when that is no state body."""
        for lm, rel, _ in ent.links:
            other = lm.entity.find()
            if rel != "possessor" or other is ent or other.kind not in ("organisation", "group"):
                continue
            _, os_, _ = self._finalize(other, dominant, visiting, service)
            if os_ is not None and os_ not in STATE_SECTORS:
                why.append(f"sector of the body it serves, '{other.name}'")
                return os_
        return None

    def _mark_foreign(self, doc: Doc, ms: list[M]) -> None:
        """Entities said to be from elsewhere than the story take no dominant country: posted abroad
        ('diplomats', 'the embassy': in a story about one country they are mostly other countries') or
        called foreign (rules.yaml `foreign_words`: 'foreign troops', 'Western diplomats'; people, not a
        body such as 'the foreign ministry')."""
        words = self.kb.rules.get("foreign_words", frozenset())
        named: dict[int, list[M]] = {}
        for m in ms:
            if not m.pronoun:
                named.setdefault(id(m.entity.find()), []).append(m)
        for group in named.values():
            ent = group[0].entity.find()
            abroad = all(_posted_abroad(doc[m.head], self.kb) for m in group)
            called = ent.kind in ("person", "group") and \
                any(t.lower_ in words for m in group for t in doc[m.start:_modifiers_end(m.np)])
            ent.foreign = abroad or called

    def _mark_us_titled(self, doc: Doc, ms: list[M], place_at: dict[int, tuple[str, bool]], main: str,
                        sent_of: list[int]) -> None:
        """'Sen. Ben Sasse' in a story about China: a US-style title (rules.yaml `us_titles`) is a US office when US
        states or towns outweigh the evidence of the article's main state `main` (its places and actors): first in
        the sentences that name the titled person ('Sen. Ben Sasse criticized the deal in Omaha'), else, if those
        name neither, in the whole article. The United States named as a country or an actor is no evidence:
        Nigerian and Philippine news use 'Gov.' and 'Sen.' too, and name the US as a partner ('Gov. Zulum thanked
        the United States'); nor is one US town in a story full of Nigeria."""
        titles = self.kb.rules.get("us_titles", frozenset())
        if ("USA", False) not in set(place_at.values()):
            return
        evidence = _us_and_main_evidence(ms, place_at, main, sent_of)
        for m in ms:
            word = next((t.text for t in doc[m.start:m.head] if t.lower_ in titles), None)
            if word is None or m.pronoun:
                continue
            ent = m.entity.find()
            sents = {sent_of[x.head] for x in ent.mentions if not x.pronoun}
            local = [(us, sent) for us, sent in evidence if sent in sents]
            us = sum(u for u, _ in (local or evidence))
            if us * 2 > len(local or evidence):
                where = "the sentences that name them" if local else "the article"
                ent.us_titled = f"the US title '{word}' where US states or towns outweigh {main} in {where}"

    def _service_member(self, ent: Entity) -> bool:
        """Named only by a rank any uniformed service has ('officers', rules.yaml `service_members`)."""
        heads = {m.np.head.agent.phrase for m in ent.mentions if m.np.head.agent is not None}
        return bool(heads) and heads <= self.kb.rules.get("service_members", frozenset())

    @staticmethod
    def _from_list(ent: Entity, country: str | None, sector: str | None, why: list[str]) -> tuple[str | None, str | None]:
        """What the people list adds to what the text gave (a country, else nothing; a sector unless the
        text puts the person's role in the past: "former President X" holds no office)."""
        listed_country, listed_sector, note = ent.listed  # type: ignore[misc]
        used = country is None and listed_country is not None
        if sector is None and listed_sector and not any(r.startswith("former ") for r in ent.roles):
            sector, used = listed_sector, True
        if used:
            why.append(note)
        return country or listed_country, sector

    def _actor(self, doc: Doc, text: str, m: M) -> Actor:
        ent = m.entity.find()
        country, sector, why = ent.final or (None, None, "")
        start_char = doc[m.start].idx
        end_char = doc[m.end - 1].idx + len(doc[m.end - 1].text)
        method = "; ".join(x for x in [m.method, *[e for e in m.extra if not e.startswith("possessor:")], why] if x)
        antecedent = None
        if m.antecedent is not None:
            a = m.antecedent
            s, e = doc[a.start].idx, doc[a.end - 1].idx + len(doc[a.end - 1].text)
            antecedent = Span(text=text[s:e], start=s, end=e)
        kind = ent.kind
        if kind == "person" and m.plural and m.np.head.what == "agent":
            kind = "group"
        name, role = ent.name, m.role or (ent.roles[0] if ent.roles and kind == "person" else None)
        if m.pronoun and kind == "person" and self.kb.pronouns.get(doc[m.np.head.root].lower_) == "speaker" \
                and country in self.kb.countries and sector in STATE_SECTORS:
            # '“we will continue to support them,” Kirby said': an official's 'we' is the state he speaks for
            name, kind, role = self.kb.countries[country].name, "state", None
            method += f"; an official's 'we': the state {ent.name} speaks for"
        return Actor(text=text[start_char:end_char], start=start_char, end=end_char, name=name,
                     country=country, sector=sector, kind=kind,  # type: ignore[arg-type]
                     role=role, method=method, antecedent=antecedent)


class _Probe:
    """The bits of a mention coref.nominal reads, before the mention exists."""

    def __init__(self, np: NP) -> None:
        self.np = np


def _place_kind(feature: str) -> str:
    if feature.startswith("A.PCL"):
        return "country"
    if feature == "P.PPLC":
        return "capital"
    return "place"


def _lead_subject_country(doc: Doc, ms: list[M], abroad: set[int]) -> tuple[str | None, int | None]:
    """The country, by its own words, of the first state actor that is a clause's subject in the article's first
    three sentences (not one posted abroad), and that subject's head token (None when there is no such subject)."""
    firsts = {t.i for sent in islice(doc.sents, 3) for t in sent}
    for m in sorted(ms, key=lambda m: m.start):
        ent = m.entity.find()
        if m.head not in firsts or doc[m.head].dep_ not in {"nsubj", "nsubjpass"} or id(ent) in abroad:
            continue
        if not (ent.kind == "state" or any(s in STATE_SECTORS for s, _, _ in ent.sectors)):
            continue
        if ent.countries:
            return ent.countries[0][0], m.head
        # "Mali's military rulers": the state that owns the subject, not yet lent to it
        owners = (o.entity.find() for o in ms if m.start <= o.head < m.head and doc[o.head].dep_ == "poss")
        owner = next((e for e in owners if e.kind == "state" and e.countries), None)
        if owner is None and any(c.dep_ == "poss" for c in doc[m.head].children):
            return None, None  # 'its army', 'the rebels' parliament': someone's, not yet known whose
        return (owner.countries[0][0] if owner is not None else None), m.head
    return None, None


def _elsewhere_in_lead(doc: Doc, subject: int, dateline: str | None, place_at: dict[int, tuple[str, bool]]) -> bool:
    """Does the subject's sentence name a town or region outside the dateline's country ('BANGKOK - The army bombed
    villages in Sagaing region')? A capital that acts ('…, a step criticised by Paris') is its state, not a place."""
    sent = doc[subject].sent
    return any(not is_country and iso != dateline and not _acting(doc[i])
               for i, (iso, is_country) in place_at.items() if sent.start <= i < sent.end)


def _acting(t: Token) -> bool:
    """A name in an agent's position: a subject or the object of a passive's 'by'."""
    return t.dep_ == "nsubj" or (t.dep_ == "pobj" and t.head.lower_ == "by" and t.head.head.tag_ == "VBN")


def _dateline_country(doc: Doc, place_at: dict[int, tuple[str, bool]]) -> str | None:
    """The country of a wire dateline's place ('GOMA, Democratic Republic of Congo, March 3 (Wire) -'), where the
    parse made the dateline a sentence of its own among the article's first three."""
    for sent in islice(doc.sents, 3):
        m = DATELINE.match(sent.text_with_ws)
        if m is not None and m.end() >= len(sent.text.rstrip()):
            return next((place_at[t.i][0] for t in sent if t.i in place_at), None)
    return None


def _place_countries(document: Document, at: dict[int, Unit]) -> dict[int, tuple[str, bool]]:
    """token index -> (ISO3, whether the place is a country) for the places stage's toponyms and the
    countries and capitals the actor matcher found."""
    doc = document.doc
    out: dict[int, tuple[str, bool]] = {}
    for p in document.article.places:
        span = doc.char_span(p.start, p.end, alignment_mode="expand")
        if span is not None and p.country:
            out.update((t.i, (p.country, _place_kind(p.feature) == "country")) for t in span)
    for i, u in at.items():
        if u.what in ("country", "capital") and u.key:
            out.setdefault(i, (u.key, u.what == "country"))
    return out


def _named_by_region(doc: Doc, np: NP, at: dict[int, Unit], place_at: dict[int, tuple[str, bool]]) -> list[tuple[str, str]]:
    """The country of a region or town named before the head ("New Mexico officials", "Basra police"):
    where the actor belongs when nothing else says (a country or capital there is evidence of its own)."""
    out = []
    for i in range(np.start, np.head.start):
        hit = place_at.get(i)
        if doc[i].is_upper and len(doc[i]) > 1:
            continue  # a dateline: "LONDON Pope Francis" says where the story was filed
        if i in at and at[i].what in ("org", "ner_org", "person"):
            continue  # a word of a name: 'Orange' in 'Orange Order leaders' is no town
        if hit is not None and not hit[1] and (i not in at or at[i].what not in ("capital", "country")):
            j = i
            while j + 1 < np.head.start and place_at.get(j + 1) == hit:
                j += 1
            if j + 1 < np.head.start and doc[j + 1].pos_ == "PROPN" and j + 1 not in place_at:
                break  # the place word opens a name: 'Orange Order leaders', 'Texas Instruments executives'
            out.append((hit[0], f"'{doc[i:j + 1].text}', a place in {hit[0]}"))
            break
    return out


def _modifiers_end(np: NP) -> int:
    """Where the words before the head end, leaving out the head's own agent phrase ('foreign' in 'the
    foreign ministry')."""
    agent = np.head.agent
    return np.head.start - (len(agent.words) - 1 if agent is not None else 0)


def _us_and_main_evidence(ms: list[M], place_at: dict[int, tuple[str, bool]], main: str,
                          sent_of: list[int]) -> list[tuple[bool, int]]:
    """(US or not, sentence) for each piece of evidence on where a story happens: each US state or town named, and
    each place or actor (by its own words) of the main state `main`."""
    out = []
    for i, hit in place_at.items():
        if place_at.get(i - 1) == hit:
            continue  # the same place's next word
        if hit == ("USA", False) or hit[0] == main:
            out.append((hit[0] == "USA", sent_of[i]))
    for m in ms:
        ent = m.entity.find()
        if not m.pronoun and m.head not in place_at and ent.countries and ent.countries[0][0] == main:
            out.append((False, sent_of[m.head]))
    return out


def _posted_abroad(tok: Token, kb: KB) -> bool:
    """Whether the word names people posted abroad (rules.yaml `posted_abroad`: diplomats, envoys)."""
    return tok.lower_ in kb.rules["posted_abroad"] or tok.lemma_.lower() in kb.rules["posted_abroad"]


def _ethnic_home(doc: Doc, np: NP, ev: Evidence, place_at: dict[int, tuple[str, bool]],
                 sent_of: list[int]) -> list[tuple[str, str]]:
    """Where an "ethnic X" group lives when its own phrase does not say: the one other country the
    sentence names ("ethnic Albanians demonstrated in Serbia"). "ethnic" says the demonym is an
    ethnicity, not a nationality; with two or more candidate countries nothing is guessed."""
    own = {c for c, _ in ev.countries}
    sent = sent_of[np.head.root]
    found = {iso for i, (iso, _) in place_at.items()
             if sent_of[i] == sent and not np.start <= i < np.end and iso not in own}
    if len(found) != 1:
        return []
    iso = found.pop()
    return [(iso, f"ethnic group: country from the only other country the sentence names, {iso}")]


def _two_people(a: Entity, b: Entity) -> bool:
    """Two full names that cannot be one person ('the daughter of Park Chung-hee, Park Geun-hye', where the
    parser hangs the daughter's name on her father's): an apposition does not merge them."""
    if not (a.person_names and b.person_names):
        return False
    return all(coref.person_match(n.split(), [b]) is None for n in a.person_names)


def _person_and_named_body(a: Entity, b: Entity) -> bool:
    """A named person and a named organisation, group or state: never one entity, whatever the parse hangs
    together ('the FBI, not Clinton, now holds them')."""
    return any(x.kind == "person" and x.person_names and y.kind != "person" and y.org_name for x, y in ((a, b), (b, a)))


def _negated(tok: Token) -> bool:
    """An apposition that denies ('the FBI, not Clinton'): it names someone else."""
    return any(c.dep_ == "neg" or c.lower_ in ("not", "never") for c in tok.children if c.i < tok.i)


def _sentence_index(doc: Doc) -> list[int]:
    out = [0] * len(doc)
    for n, s in enumerate(doc.sents):
        for i in range(s.start, s.end):
            out[i] = n
    return out


def _trim(doc: Doc, start: int, end: int) -> tuple[int, int]:
    s, e = start, end
    while s < e - 1 and (doc[s].is_space or doc[s].text in STRIP or (doc[s].lower_ == "no" and doc[s].dep_ == "det")):
        s += 1  # "No British jets remain": the negation belongs to the clause, not to who
    while e - 1 > s and (doc[e - 1].is_space or doc[e - 1].text in STRIP):
        e -= 1
    return s, e


def _text(doc: Doc, start: int, end: int) -> str:
    return doc[start:end].text


def _span_text(doc: Doc, m: M) -> str:
    return doc[m.start:m.end].text


def _unit_text(doc: Doc, u: Unit) -> str:
    return doc[u.start:u.end].text


def _person_tokens(doc: Doc, root: int) -> list[str]:
    ent = doc[root].ent_iob_ and next((e for e in doc.ents if e.start <= root < e.end), None)
    return ent.text.split() if ent else [doc[root].text]


def _descr(doc: Doc, start: int, end: int) -> str:
    """'the armed group' -> 'armed group'; 'US officials' stays."""
    s = start
    while s < end - 1 and doc[s].lower_ in DETERMINERS:
        s += 1
    return doc[s:end].text
