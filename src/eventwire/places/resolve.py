"""The places stage: toponym mentions → `Place`s with GeoNames ids and evidence."""

from __future__ import annotations

from collections import Counter
from dataclasses import replace
from functools import lru_cache

from ..actors.kb import default_kb
from ..document import Document
from ..model import Place
from ..times.lexicon import load_lexicon
from .capitals import capital_of, capital_phrases
from .gazetteer import Gazetteer, name_key
from .lexicon import Lexicon
from .mentions import Mention, cue_kind, find_mentions, garbled
from .rank import BIG_CITY, KIND_NOUN, NEAR_CHARS, Scored, rank
from .rank import cue_kind as rank_cue_kind

# a place spaCy found that the gazetteer does not know gets the feature class of its label
UNRESOLVED_FEATURE = {"GPE": "A", "LOC": "L", "FAC": "S"}
ACRONYM_CITY_POP = 1_000_000  # an abbreviation that is only an alternate name of a smaller town is something else
KIND_FEATURE = {"city": "P", "admin1": "A", "admin2": "A", "country": "A"}  # of a name after a cue ('the town of X')


class PlaceResolver:
    """Stage: sets `article.places` to every toponym mention, resolved where possible.

    Resources (gazetteer, lexicon) are loaded once and shared; the resolver itself
    keeps no per-document state, so one instance serves a whole run.
    """

    name = "places"

    def __init__(self, gazetteer: Gazetteer | None = None, lexicon: Lexicon | None = None) -> None:
        self.gazetteer = gazetteer or Gazetteer.load()
        self.lexicon = lexicon or Lexicon.load()

    def __call__(self, document: Document) -> Document:
        document.article.places = self.resolve(document)
        return document

    def resolve(self, document: Document) -> list[Place]:
        doc, text = document.doc, document.article.text
        document.check_aligned("places")
        gaz, lex = self.gazetteer, self.lexicon
        # 'Kirby' after 'John Kirby': a part of a person's full name is that person, not a town
        # ('Missiles struck Kiev' is no person's name)
        names = [e for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 and not garbled(e)]
        full_names = {e.text for e in names}
        person_parts = {t.text for e in names for t in e}
        mentions = [m for m in find_mentions(doc, gaz, lex, _listed_people())
                    if (m.source != "gazetteer" or m.text in full_names or not (set(m.text.split()) & person_parts))
                    and not _starts_person(text, m, full_names)]
        # '81 percent of Democrats approve of Obama': a person of the article or the people list is no town
        persons = _titled_persons(doc) | _listed_people()
        surnames = {n.split()[-1] for n in full_names}
        mentions = [m for m in mentions if not _a_person(text, m, persons, lex)
                    and not _a_surname(text, m, surnames, lex) and not _a_relative(text, m, lex)]
        mentions = [m for m in mentions if not _an_acronym_body(text, m, lex) and not _an_acronym_alias(text, m, lex)]
        mentions = [m for m in mentions if not _a_currency(text, m) and not _a_named_person(m, full_names)
                    and not _a_holiday(m) and not _not_a_place(m, lex) and not _a_being(text, m, lex) and not _a_region_adjective(text, m, lex)
                    and not _a_title(doc, text, m)]
        mentions = [b for m in mentions if not _an_event(m, lex) and (b := self._bloc(text, m)) is not None]
        landmarks = [(m, hit) for m in mentions if m.source == "ner" and m.label in {"FAC", "GPE", "LOC"}
                     and (hit := lex.landmarks.get(name_key(m.text.removeprefix("the ").removeprefix("The ")))) is not None]
        marked = {(m.start, m.end) for m, _ in landmarks}
        mentions = [m for m in mentions if (m.start, m.end) not in marked]
        demonyms = Counter(lex.demonyms[e.text] for e in doc.ents if e.label_ == "NORP" and e.text in lex.demonyms)
        best = rank(mentions, text, gaz, lex, demonyms)
        best = [None if s is not None and _area_of_town_before(text, m, s, mentions, best, lex) else s
                for m, s in zip(mentions, best)]
        focus = _focus(mentions, best)
        places = []
        for m, s in zip(mentions, best):
            if s is not None:
                places.append(self._place(m, s, len(m.candidates)))
            elif m.source == "ner" and m.candidates and _proper(doc, m):
                # an area or building whose namesake towns are elsewhere: an area is in the article's town,
                # a building (an airport) may be anywhere
                places.append(self._unresolved(m, focus if m.label != "FAC" else None))
            elif m.source in ("ner", "street", "cue") and not m.candidates and _proper(doc, m):
                m.kind = m.kind or _cue_before(doc, m, lex)
                # a one-word 'GPE' the gazetteer has never heard of is usually a person or brand, unless 'the town of'
                # comes before it; a town so named is a place, but not the article's focus town
                if m.label != "GPE" or " " in m.text or m.kind is not None:
                    places.append(self._unresolved(m, focus if m.kind is None else None))
        places += [self._landmark(m, *hit) for m, hit in landmarks]
        countries = [(m.start, m.end, s.entry.country) for m, s in zip(mentions, best) if s is not None and s.entry.kind == "country"]
        places += self._capitals(doc, text, countries, places)
        return sorted(places, key=lambda p: (p.start, p.end))

    def _capitals(self, doc, text: str, countries: list[tuple[int, int, str]], places: list[Place]) -> list[Place]:
        """'Qatar's capital', 'the Afghan capital': the capital city, as a place of its own (capitals.py)."""
        out = []
        taken = {(p.start, p.end) for p in places}
        for start, end, iso2, how in capital_phrases(doc, countries, self.lexicon):
            e = capital_of(self.gazetteer, iso2)
            country = self.gazetteer.country(iso2)
            if e is None or country is None or (start, end) in taken:
                continue
            taken.add((start, end))
            out.append(Place(
                text=text[start:end], start=start, end=end, name=e.name, geonameid=e.geonameid, lat=e.lat, lon=e.lon,
                country=country.iso3, admin1=self.gazetteer.admin1_name(e.country, e.admin1), feature=e.feature,
                population=e.population or None, method=f"{how} names the capital of {country.name}", ner_label=None,
            ))
        return out

    @staticmethod
    def _landmark(m: Mention, name: str, lat: float, lon: float, iso3: str, city: str) -> Place:
        """'at the White House': a seat of government spaCy calls a place, where data/places/landmarks.tsv puts it."""
        return Place(text=m.text, start=m.start, end=m.end, name=name, geonameid=None, lat=lat, lon=lon, country=iso3, admin1=None,
                     feature="S.BLDG", population=None, method=f"landmark in {city} (data/places/landmarks.tsv); spaCy said {m.label}",
                     ner_label=m.label)

    def _bloc(self, text: str, m: Mention) -> Mention | None:
        """`m`, or for 'the West' the region record that stands for the bloc (cues.json blocs), or None for a
        bloc that has none ('the South')."""
        if not _a_bloc(text, m, self.lexicon):
            return m
        region = self.lexicon.blocs[m.text]
        hits = tuple(e for e in self.gazetteer.lookup(region) if e.kind == "region") if region else ()
        return replace(m, query=region, candidates=hits) if hits else None

    def _place(self, m: Mention, s: Scored, n_candidates: int) -> Place:
        e, gaz = s.entry, self.gazetteer
        country = gaz.country(e.country)
        admin1 = gaz.admin1_name(e.country, e.admin1) if e.kind not in ("country", "region") else None
        return Place(
            text=m.text, start=m.start, end=m.end, name=e.name, geonameid=e.geonameid, lat=e.lat, lon=e.lon,
            country=country.iso3 if country else None, admin1=admin1, feature=e.feature,
            population=e.population or None, method=_method(m, s, n_candidates), ner_label=m.label,
        )

    def _unresolved(self, m: Mention, focus: Scored | None) -> Place:
        """Not in the gazetteer (a street, a building, a neighbourhood): kept as a mention,
        and pinned to the article's most-mentioned town if it has one, saying so."""
        e = focus.entry if focus and m.label != "LOC" else None  # a river or mountain range is not in town
        country = self.gazetteer.country(e.country) if e else None
        method = (f"not in gazetteer; placed at the article's most-mentioned locality '{e.name}'" if e
                  else "not in gazetteer; not placed")
        return Place(
            text=m.text, start=m.start, end=m.end, name=m.text, geonameid=None,
            lat=e.lat if e else None, lon=e.lon if e else None, country=country.iso3 if country else None,
            admin1=self.gazetteer.admin1_name(e.country, e.admin1) if e else None,
            feature=KIND_FEATURE.get(m.kind or "") or UNRESOLVED_FEATURE.get(m.label or "", "L"), population=None,
            method=method if m.kind is None else f"named after the cue for a {KIND_NOUN.get(m.kind, m.kind)} ('{m.text}'); {method}", ner_label=m.label,
        )


def _starts_person(text: str, m: Mention, full_names: set[str]) -> bool:
    """'Georgia O'Keeffe', 'Jackson Browne': a place name followed by a capitalised word, together a person
    spaCy found somewhere in the article, is that person's first name here too, whatever spaCy said here."""
    rest = text[m.end : m.end + 60]
    if not rest.startswith(" ") or not rest[1:2].isupper():
        return _nickname_of(rest, m)
    return any(name.startswith(m.text + " ") and text.startswith(name, m.start) for name in full_names)


def _nickname_of(rest: str, m: Mention) -> bool:
    """'"Little Marco" Rubio': a name closing a quotation that a surname follows, together a listed person's
    full name, is that person's first name in a nickname."""
    words = rest.lstrip("\"'”’").split()
    return rest[:1] in "\"'”’" and bool(words) and f"{m.text} {words[0].strip(',.;:)')}" in _listed_people()


@lru_cache(maxsize=1)
def _listed_people() -> frozenset[str]:
    """Full names and stand-alone surnames of the actors' people list (data/actors/people.tsv)."""
    kb = default_kb()
    return frozenset(kb.people) | frozenset(kb.surnames)


def _titled_persons(doc) -> set[str]:
    """Names NER calls a person right after a title ('President Obama', 'Mr. Olaopa', 'Party chief Trong'):
    firm evidence of a person, unlike a bare PERSON label, which spaCy also gives towns and states."""
    kb = default_kb()
    out = set()
    for e in doc.ents:
        before = doc[e.start - 1] if e.label_ == "PERSON" and e.start > 0 else None
        if before is not None and (before.lower_ in kb.courtesy_titles or before.lower_ in kb.agents):
            out.add(e.text)
    return out


def _a_person(text: str, m: Mention, persons: set[str] | frozenset[str], lex: Lexicon) -> bool:
    """A name that is a person's (`persons`) and no country, with nothing around it that makes it a place:
    no cue ('the town of Obama'), no ground taken, no place preposition right before it ('in Obama'; 'of'
    does not count: 'approve of Obama')."""
    if m.source not in ("ner", "gazetteer") or m.text not in persons or m.kind is not None or m.taken_by is not None:
        return False
    if any(c.kind == "country" for c in m.candidates):
        return False
    # 'shots at Marco Rubio': a person's full name stays a person after a preposition, unlike 'in Obama'; so does a
    # name the gazetteer does not know ('his message to McAuliffe')
    return " " in m.text or not m.candidates or not _place_preposition_before(text, m, lex)


def _a_relative(text: str, m: Mention, lex: Lexicon) -> bool:
    """'his divorce from wife Ivana', 'daughter Ivanka': a one-word name right after a word of kin (cues.json
    not_place kin_before) is that relative, not a town of the name; a country or a state stays a place."""
    if m.source not in ("ner", "gazetteer") or " " in m.text or m.kind is not None or m.taken_by is not None:
        return False
    if any(c.kind in ("country", "admin1") for c in m.candidates):
        return False
    return _word_before(text, m) in lex.kin_before


def _a_surname(text: str, m: Mention, surnames: set[str], lex: Lexicon) -> bool:
    """'Snowden' in an article that names 'Edward Snowden': the last word of a person's full name stands for that
    person, unless it also names a country, a state or a big city ('Washington said' after 'George Washington')."""
    if any(c.kind in ("country", "admin1") or (c.primary and c.population >= BIG_CITY) for c in m.candidates):
        return False
    return _a_person(text, m, surnames, lex)


def _area_of_town_before(text: str, m: Mention, s: Scored, mentions: list[Mention], best: list[Scored | None],
                         lex: Lexicon) -> bool:
    """'Belfast ... the Shankill area': a name followed by 'area' (cues.json local_after) is a part of the town named
    just before it; a small town of that name in a country nothing else in the article names (Shankill, Ireland)
    is not it."""
    e = s.entry
    after = text[m.end : m.end + 20].split()
    if m.source != "ner" or e.kind != "city" or e.population >= BIG_CITY:
        return False
    if not after or after[0] not in lex.local_after:
        return False
    others = [(o, b) for o, b in zip(mentions, best) if b is not None and o.text != m.text]
    if any(b.entry.country == e.country for _, b in others):
        return False
    before = [b for o, b in others if m.start - NEAR_CHARS <= o.start < m.start and b.entry.kind == "city"]
    return bool(before) and before[-1].entry.country != e.country


def _a_bloc(text: str, m: Mention, lex: Lexicon) -> bool:
    """'the West', 'the South': a bare compass word after 'the' is a bloc or a part of a country, not the province
    that has it for a name (Cameroon's West), unless a cue says what kind of place it is ('the West region')."""
    return (m.text in lex.blocs and m.kind is None and _word_before(text, m) == "the"
            and rank_cue_kind(text, m, lex) is None)


def _a_region_adjective(text: str, m: Mention, lex: Lexicon) -> bool:
    """'the Southeast Asian nation', 'West African leaders': a compass word before a region's adjective is part of that
    adjective, not the district named 'South East' (Botswana) or the province named 'West' (Cameroon)."""
    nxt = text[m.end:m.end + 16].split(maxsplit=1)
    return bool(nxt) and text[m.end:m.end + 1] == " " and nxt[0].rstrip(".,;:'’s") in lex.region_adjectives and (
        name_key(m.text) in lex.compass_words)


def _an_event(m: Mention, lex: Lexicon) -> bool:
    """'the Inaugural Ball', 'the Peace Summit': a name ending in an event word names an event, not a venue."""
    words = m.text.split()
    return len(words) > 1 and words[-1] in lex.event_heads


def _an_acronym_body(text: str, m: Mention, lex: Lexicon) -> bool:
    """'the NRA', 'the ACLU': an all-capitals acronym after 'the', or one the actors KB names as an organisation
    ('PKK'), is a body, not a town that has it for an alternate name (Narrandera is 'NRA'). A country, state or
    region it may name ('the UAE'), a US postal code naming a US place ('the DC office'), a cue ('the town of X') or
    ground taken keep it a place, and so does a place preposition right before a bare acronym ('to PKK')."""
    if m.source not in ("ner", "gazetteer") or not _acronym(m.text) or m.kind is not None or m.taken_by is not None:
        return False
    if any(c.kind in ("country", "admin1", "region") or (m.text in lex.us_postal and c.country == "US")
           for c in m.candidates):
        return False  # 'the DC office', 'the UAE'; 'the VA' (Veterans Affairs) is not Wa, Ghana
    if _word_before(text, m) == "the":
        return True  # a town takes no article
    return name_key(m.text) in lex.organisations and not _place_preposition_before(text, m, lex)


def _an_acronym_alias(text: str, m: Mention, lex: Lexicon) -> bool:
    """'MoD', 'DBS', 'MP': an abbreviation that matches only an alternate name of a town of under a million is a
    body or a term (Modesto, Dubois, Marine Parade are not meant); 'NYC' and 'LA' name cities of millions. A cue
    ('the town of NRA'), ground taken, a place preposition ('to PKK') or a US postal code ('DC') keep it a place."""
    w = m.text
    if m.kind is not None or not (w.isalpha() and len(w) <= 6 and sum(c.isupper() for c in w) >= 2):
        return False
    if m.taken_by or w in lex.us_postal or _place_preposition_before(text, m, lex) or rank_cue_kind(text, m, lex):
        return False
    return bool(m.candidates) and all(not c.primary and c.kind == "city" and c.population < ACRONYM_CITY_POP
                                      for c in m.candidates)


@lru_cache(maxsize=1)
def _holidays() -> frozenset[str]:
    """Names of days (times.json fixed and movable holidays): 'Easter Sunday', 'Pentecost'."""
    lex = load_lexicon()
    return frozenset(name_key(h) for h in (*lex.fixed_holidays, *lex.movable_holidays))


def _a_holiday(m: Mention) -> bool:
    """'on Easter Sunday', 'at Pentecost': a day's name is no place (spaCy calls some a building; Pentecost is an old
    name of a town in Texas)."""
    return name_key(m.text) in _holidays()


def _a_title(doc, text: str, m: Mention) -> bool:
    """'Del. Stacey Plaskett', 'Miss. Jones': a state abbreviation right before a person's name, and not after
    'Town, ', is a title ('Delegate'), not the state."""
    if m.source != "abbrev" or text[:m.start].rstrip().endswith(","):
        return False
    rest = text[m.end:]
    start = m.end + len(rest) - len(rest.lstrip())  # the next word
    after = doc.char_span(start, start + 1, alignment_mode="expand") if start < len(text) else None
    return after is not None and after[0].ent_type_ == "PERSON" and after[0].ent_iob_ == "B"


def _not_a_place(m: Mention, lex: Lexicon) -> bool:
    """'Man City', 'Nord Stream 2': a club or a pipeline spaCy took for a place (cues.json not_place names)."""
    return name_key(m.text).rstrip("0123456789") in lex.not_place_names


def _a_being(text: str, m: Mention, lex: Lexicon) -> bool:
    """'worships Satan', 'in the name of Allah': a god, prophet or devil (cues.json not_place beings) is no town of
    that name, unless a cue says a place follows ('the village of Satan')."""
    return m.kind is None and name_key(m.text) in lex.beings and rank_cue_kind(text, m, lex) is None


def _a_currency(text: str, m: Mention) -> bool:
    """'US$3.7m', 'HK$': a country's name with a dollar sign on it is the currency's."""
    return m.text.endswith("$") or text[m.end : m.end + 1] == "$"


def _a_named_person(m: Mention, full_names: set[str]) -> bool:
    """'Scott Pruitt', 'Nino Burjanadze': a name spaCy called a GPE here, that the gazetteer does not know and that
    it calls a person elsewhere in the article, is that person (a FAC may be named after one: 'Trump Tower')."""
    return m.label == "GPE" and m.source == "ner" and not m.candidates and " " in m.text and m.text in full_names


def _word_before(text: str, m: Mention) -> str:
    """The lower-case word right before the mention ('' at the start of the text)."""
    before = text[max(0, m.start - 15):m.start].split()
    return before[-1].lower() if before else ""


def _place_preposition_before(text: str, m: Mention, lex: Lexicon) -> bool:
    """'in Obama', 'to PKK': a place preposition or movement verb right before the name ('of' does not count:
    'approve of Obama')."""
    return _word_before(text, m) in lex.locative - {"of"}


def _acronym(word: str) -> bool:
    """'NRA', 'AQAP': two to six capital letters and nothing else."""
    return 2 <= len(word) <= 6 and word.isalpha() and word.isupper()


def _cue_before(doc, m: Mention, lex: Lexicon) -> str | None:
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return cue_kind(doc, span.start, lex) if span is not None else None


def _proper(doc, m: Mention) -> bool:
    """spaCy sometimes labels an adjective GPE ('Governmental'): keep only proper-noun spans."""
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span is not None and any(t.pos_ == "PROPN" for t in span)


def _focus(mentions: list[Mention], best: list[Scored | None]) -> Scored | None:
    """The most-mentioned town or county (first mention breaks ties) of the country the article names most: a town
    abroad that a story about Washington names once (Benghazi) is not where its Capitol is."""
    countries = Counter(s.entry.country for s in best if s is not None and s.entry.country)
    home = countries.most_common(1)[0][0] if countries else None
    counts: Counter[int] = Counter()
    first: dict[int, Scored] = {}
    for s in best:
        if s is not None and s.entry.kind in ("city", "admin2") and s.entry.country == home:
            counts[s.entry.pid] += 1
            first.setdefault(s.entry.pid, s)
    if not counts:
        return None
    pid = max(counts, key=lambda p: counts[p])
    return first[pid]


def _method(m: Mention, s: Scored, n: int) -> str:
    source = {"ner": f"spaCy {m.label}", "abbrev": "US state abbreviation", "cue": f"name after the cue for a {KIND_NOUN.get(m.kind or '', m.kind)}"}.get(
        m.source, f"gazetteer name{' (spaCy said ' + m.label + ')' if m.label else ''}")
    if m.embedded_in:
        source += f" inside '{m.embedded_in}'"
    if m.query != m.text:
        source += f" via '{m.query}'"
    if m.taken_by and m.source == "gazetteer":
        source += f", ground taken ('{m.taken_by}')"
    top = [r for _, r in sorted(s.reasons, key=lambda r: -r[0]) if not r.startswith("population")][:3]
    pop = next((r for _, r in s.reasons if r.startswith("population")), None)
    why = "; ".join(top + ([pop] if pop else []))
    return f"{source}; {'only candidate' if n == 1 else f'best of {n} candidates'}: {why}"
