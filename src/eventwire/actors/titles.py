"""What a noun phrase says about its actor: the name, and the titles, nationality and
organisation that modify it ("US Army General Mark Milley" -> USA, MIL, role general), plus
the syntactic links to other phrases that can lend it a country or sector: its possessor
("the armed group's spokesman"), the organisation a title works for ("chairman of the Joint
Chiefs of Staff") and its apposition ("his top commander, General Frank McKenzie")."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from .kb import KB, Agent
from .mentions import NP, Unit

PLURAL_TAGS = frozenset({"NNS", "NNPS"})
DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})


@dataclass
class Evidence:
    name: str | None = None  # a proper name (person or organisation) or the country name
    kind: str | None = None
    role: str | None = None
    countries: list[tuple[str, str]] = field(default_factory=list)  # (ISO3, why), strongest first
    sectors: list[tuple[str, str]] = field(default_factory=list)  # (code, why), strongest first
    weak_sectors: list[tuple[str, str]] = field(default_factory=list)
    org_modifiers: list[str] = field(default_factory=list)  # KB keys of organisations modifying the phrase
    person_modifiers: list[int] = field(default_factory=list)  # root tokens of names modifying the phrase
    located: list[tuple[str, str]] = field(default_factory=list)  # (ISO3, why) of a place the phrase names: "rebels in Chad"
    of_places: list[tuple[str, str]] = field(default_factory=list)  # the countries among them it is "of": "the President of Armenia"
    regions: list[tuple[str, str]] = field(default_factory=list)  # (ISO3, why) of a region or town before the head: "Basra police"
    ethnic: bool = False  # "ethnic Albanians": the demonym names an ethnicity, not a nationality
    modifier_sector: bool = False  # a title, sector word or organisation before the head gives a sector ("opposition groups")
    community: str | None = None  # a religious or ethnic group word before the head ("Shiite forces")
    proper_modifier: bool = False  # a name no KB knows before the head: "the Umma party" is a named party
    bare: bool = True  # nothing but a determiner and agent words: may refer back ("the armed group")
    definite: bool = False
    indefinite: bool = False
    plural: bool = False
    why: list[str] = field(default_factory=list)


def interpret(doc: Doc, np: NP, at: dict[int, Unit], kb: KB) -> Evidence:
    ev = Evidence()
    head = np.head
    head_tok = doc[head.root]
    ev.plural = head_tok.tag_ in PLURAL_TAGS
    text = doc[head.start:head.end].text
    firm_title: list[tuple[str, str]] = []
    firm_mod: list[tuple[str, str]] = []
    org_sectors: list[tuple[str, str]] = []

    if head.what == "person":
        ev.name, ev.kind = text, "person"
        ev.why.append("NER person")
    elif head.what == "org":
        org = kb.orgs[head.key]  # type: ignore[index]
        ev.name, ev.kind = org.name, org.kind
        ev.sectors.append((org.sector, f"KB organisation '{org.name}'"))
        if org.country:
            ev.countries.append((org.country, f"KB organisation '{org.name}'"))
        ev.why.append(f"KB organisation '{org.name}'")
    elif head.what == "ner_org":
        ev.name, ev.kind = text, "organisation"
        ev.why.append("NER organisation")
        last = doc[head.end - 1]
        agent = _service_in_name(doc, head, kb) or kb.agent([last.lower_]) or kb.agent([last.lemma_.lower()])
        for t in doc[head.start:head.end - 1]:
            _country_word(kb, t, ev, "in the name")
        if last.lower_ in kb.rules["ambiguous_name_heads"] and any(
                t.lower_ not in DETERMINERS and _forms(kb).get(t.text, ("",))[0] not in ("country", "adjective")
                for t in doc[head.start:head.end - 1]):
            agent = None  # 'the All Progressives Congress' is a party, 'the Nigeria Labour Congress' a union; 'the Philippine Congress' a legislature
        if agent and agent.sector:
            (ev.weak_sectors if agent.weak else ev.sectors).append((agent.sector, f"organisation named '{last.text}'"))
    elif head.what in ("country", "capital"):
        c = kb.countries[head.key]  # type: ignore[index]
        ev.name, ev.kind = c.name, "state"
        ev.countries.append((c.iso3, f"'{text}'"))
        ev.sectors.append(("GOV", "country as actor" if head.what == "country" else f"capital '{text}' as metonym"))
        ev.why.append(f"country as actor ({head_tok.dep_})" if head.what == "country"
                      else f"capital metonymy: '{text}' ({head_tok.dep_}) -> {c.iso3} government")
    elif head.what == "people":
        c = kb.countries[head.key]  # type: ignore[index]
        ev.name, ev.kind = text, "group"
        ev.countries.append((c.iso3, f"demonym '{text}'"))
        ev.sectors.append(("CVL", f"'{text}': the people of {c.name}"))
        ev.why.append("demonym for a people")
    elif head.what == "norp":
        ev.name, ev.kind = text, "group"
        ev.why.append("NER group (NORP)")
        last = doc[head.end - 1]
        agent = kb.agent([last.lower_])  # "Kurds", "Shiites": a community agents.tsv names
        if agent and agent.sector:
            (ev.weak_sectors if agent.weak else ev.sectors).append((agent.sector, f"community '{last.text}'"))
    elif head.what == "agent":
        a = head.agent
        assert a is not None
        ev.kind = "group" if a.kind == "person" and ev.plural else a.kind
        ev.role = a.role
        if _former(doc, np.start, head.start, kb) is not None:
            ev.role = f"former {a.role}" if a.role else None
        elif a.sector:
            (ev.weak_sectors if a.weak else ev.sectors).append((a.sector, f"'{a.phrase}'"))
        ev.why.append(f"sector noun '{a.phrase}'")

    # modifiers left of the head, outside a possessor (which is a phrase of its own)
    skip: set[int] = set()
    for child in head_tok.lefts:
        if child.dep_ == "poss":
            skip.update(range(child.left_edge.i, child.right_edge.i + 1))
            ev.bare = False
    # words of the head's own agent phrase ('armed' in 'armed group') are not modifiers
    if head.what == "agent" and head.agent is not None:
        skip.update(range(head.start - len(head.agent.words) + 1, head.start))
    i = np.start
    titles: list[tuple[int, str, str | None, str | None, bool]] = []  # (token, phrase, role, sector, weak)
    while i < head.start:
        if i in skip:
            i += 1
            continue
        tok = doc[i]
        u = at.get(i)
        if u is not None and u is not head:
            span = doc[u.start:u.end].text
            if u.what in ("country", "adjective", "capital", "people"):
                c = kb.countries[u.key]  # type: ignore[index]
                if not _stance(doc, u.start, kb):
                    ev.countries.append((c.iso3, f"'{span}'"))
                ev.bare = False
            elif u.what == "org":
                org = kb.orgs[u.key]  # type: ignore[index]
                org_sectors.append((org.sector, f"'{span}'"))
                ev.org_modifiers.append(org.key)
                if org.country:
                    ev.countries.append((org.country, f"'{span}'"))
                ev.bare = False
            elif u.what == "ner_org":
                ev.proper_modifier = True
                if u.end - u.start == 1 and tok.lower_ in kb.rules["community_adjectives"]:
                    ev.community = ev.community or span  # 'Tigrayan' tagged ORG
                last = doc[u.end - 1]
                agent = kb.agent([last.lower_]) or kb.agent([last.lemma_.lower()])
                if agent and agent.sector and not agent.weak:
                    org_sectors.append((agent.sector, f"'{span}'"))
                for t in doc[u.start:u.end - 1]:
                    _country_word(kb, t, ev, f"in '{span}'")
                ev.bare = False
            elif u.what == "person":
                ev.person_modifiers.append(u.root)
                ev.bare = False
            elif u.what == "agent" and u.agent is not None:
                a = u.agent
                titles.append((i, a.phrase, a.role if a.kind == "person" else None, a.sector, a.weak))
            elif u.what == "norp":
                ev.community = ev.community or span
                ev.bare = False
            i = u.end
            continue
        low = tok.lower_
        if low == "ethnic":
            ev.ethnic = True
        if low in kb.rules["community_adjectives"]:
            ev.community = ev.community or tok.text  # 'Amhara forces', untagged
        if low in DETERMINERS and i == np.start:
            ev.definite = low in ("the", "this", "that", "these", "those")
            ev.indefinite = low in ("a", "an")
        elif tok.is_punct or tok.dep_ in ("cc", "case"):
            pass
        else:
            a = kb.agent([low]) or kb.agent([tok.lemma_.lower()])
            if a is not None and a.sector:
                (ev.weak_sectors if a.weak else firm_mod).append((a.sector, f"modifier '{tok.text}'"))
            elif a is None or head.what != "agent":
                ev.bare = False  # "the Middle East commander", "the fire department"
                ev.proper_modifier = ev.proper_modifier or (a is None and tok.tag_ == "NNP")
        i += 1

    # the title nearest the name gives the role and, if it has one, the sector
    former = _former(doc, np.start, head.start, kb)
    for at_tok, phrase, role, sector, weak in reversed(titles):
        past = former is not None and former < at_tok  # "former President X" holds no office now
        if role and ev.role is None and head.what in ("person", "agent"):
            ev.role = f"former {role}" if past else role
        if sector and not past:
            (ev.weak_sectors if weak else firm_title).append((sector, f"title '{phrase}'"))
    if titles and head.what in ("person",):
        ev.why.append("title '" + " ".join(doc[t[0]].text for t in titles) + "'")
    ev.modifier_sector = bool(firm_title or firm_mod or org_sectors)
    affiliation = kb.rules["affiliation_titles"]
    if head.what == "agent" and head.agent is not None and head.agent.phrase in affiliation or \
            head.what == "person" and titles and titles[-1][1] in affiliation:
        # a post in any organisation takes the organisation's sector: "UN officials", "rebel commander",
        # "ELN commander Antonio Garcia", "UN envoy Hans Grundberg"
        ev.sectors = org_sectors + firm_title + firm_mod + ev.sectors
    else:
        ev.sectors = ev.sectors + firm_title + firm_mod + org_sectors
    if ev.community and head.what == "agent" and head.agent is not None and head.agent.sector == "MIL" \
            and not ev.countries and not org_sectors:
        # "Shiite forces", "Christian forces": the armed men of a community, not of any state
        ev.sectors.insert(0, ("REB", f"'{ev.community}' forces: a community's, not a state's"))
        ev.why.append(ev.sectors[0][1])
    if head.what == "people" and len(ev.countries) > 1:
        # "Bosnian Serbs", "Iraqi Kurds": the nationality before a people's name is the country they belong to
        ev.countries = ev.countries[1:] + ev.countries[:1]
    return ev


def _service_in_name(doc: Doc, head: Unit, kb: KB) -> Agent | None:
    """The uniformed service an organisation's name holds before a generic head ('Newark Police Department',
    'the Kano Police Command'): police (COP) and armed forces (MIL) say more than 'department'."""
    last = doc[head.end - 1]
    generic = kb.agent([last.lower_])
    if generic is None or generic.sector != "GOV":
        return None
    for t in doc[head.start:head.end - 1]:
        a = kb.agent([t.lower_])
        if a is not None and a.sector in ("COP", "MIL") and not a.weak:
            return a
    return None


def location(doc: Doc, np: NP, place_at: dict[int, tuple[str, bool]], kb: KB) -> list[tuple[str, str, str]]:
    """The country of a place the phrase names through a preposition ("the government of Iraq",
    "rebels in Chad", "refugees from Syria"): evidence used only when the phrase's own words and
    links give no country. `in` counts only with a country ("protesters in Basra" says where they
    were, "the opposition in Zimbabwe" whose it is), or for police and a state's offices ("police in Nairobi", "the foreign
    ministry in Paris"), and not where it names a posting (rules.yaml
    `posted_abroad`, or one person: "the envoy in Doha"). `place_at` maps token index -> (ISO3,
    is a country) of a place there. Returns (ISO3, preposition, why) in text order."""
    what = np.head.what
    if what == "person":
        return _ruler_of(doc, np, place_at, kb)
    if what not in ("agent", "people", "norp", "ner_org"):
        return []
    head = doc[np.head.root]
    one_person = what == "agent" and np.head.agent is not None and np.head.agent.kind == "person" \
        and head.tag_ not in PLURAL_TAGS
    abroad = one_person or head.lower_ in kb.rules["posted_abroad"] or head.lemma_.lower() in kb.rules["posted_abroad"]
    # police serve at home: "police in Nairobi" are Kenya's, where "protesters in Basra" may come from anywhere
    home_force = what == "agent" and np.head.agent is not None and np.head.agent.sector == "COP" and not np.head.agent.weak
    # so do a state's offices: "the foreign ministry in Paris", "the government in Kabul"
    home_force |= what == "agent" and np.head.agent is not None and np.head.agent.sector == "GOV" \
        and np.head.agent.kind == "organisation" and not np.head.agent.weak
    out: list[tuple[str, str, str]] = []
    for prep, based in _location_preps(head, kb):
        low = prep.lower_
        if low not in kb.rules["location_prepositions"] or (abroad and low in kb.rules["residence_prepositions"]):
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            hit = next((place_at[i] for i in range(obj.left_edge.i, obj.i + 1) if i in place_at), None)
            if hit is not None and (hit[1] or based or home_force or low not in kb.rules["residence_prepositions"]):
                words = f"{head.text} {prep.head.text} {low}" if based else f"{head.text} {low}"
                out.append((hit[0], "of" if based else low, f"'{words} {doc[obj.left_edge.i:obj.i + 1].text}'"))
    return out


def _ruler_of(doc: Doc, np: NP, place_at: dict[int, tuple[str, bool]], kb: KB) -> list[tuple[str, str, str]]:
    """'King Hassan of Morocco', 'Crown Prince Abdullah of Saudi Arabia': a named person 'of' a country is of that
    country (a town does not count: 'Ahmed of Cairo' may only live there), and one with the title of a regional
    office (rules.yaml regional_titles) 'of' any place is of its country ('Gov. Babajide Sanwo-Olu of Lagos State')."""
    head = doc[np.head.root]
    regional = any(t.lower_ in kb.rules.get("regional_titles", ()) for t in doc[np.start:np.head.start])
    out: list[tuple[str, str, str]] = []
    # the name's last word may hold the 'of' where the parser splits a hyphenated name ('Sanwo - Olu of Lagos')
    preps = [p for t in (head, doc[np.head.end - 1]) for p in t.rights if p.i >= np.head.end]
    for prep in dict.fromkeys(preps):
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for obj in (o for o in prep.children if o.dep_ == "pobj"):
                hit = next((place_at[i] for i in range(obj.left_edge.i, obj.i + 1) if i in place_at), None)
                if hit is not None and (hit[1] or regional):
                    out.append((hit[0], "of", f"'{doc[np.head.start:np.head.end].text} of {doc[obj.left_edge.i:obj.i + 1].text}'"))
    return out


def _location_preps(head: Token, kb: KB) -> list[tuple[Token, bool]]:
    """The prepositions after the head, and those of a participle naming its seat ("a newspaper based
    in Beirut", rules.yaml `seat_participles`): a seat is a home even in a town, though not for those
    posted abroad ("reporters based in Kabul"). (prep, is a seat)."""
    out = [(p, False) for p in head.rights if p.dep_ == "prep"]
    for acl in head.rights:
        if acl.dep_ == "acl" and acl.lower_ in kb.rules.get("seat_participles", frozenset()):
            out += [(p, True) for p in acl.rights if p.dep_ == "prep"]
    return out


def _former(doc: Doc, start: int, end: int, kb: KB) -> int | None:
    """The token in [start, end) that puts the titles after it in the past ('former', 'ex-', 'ousted'),
    or None: such a title still names a role but no longer a sector."""
    if start >= 2 and doc[start - 1].text == "-" and doc[start - 2].lower_ in kb.rules["former_words"]:
        return start - 2  # "the ex-president", parsed with 'ex -' outside the phrase
    owner = {i for t in doc[start:end] if t.dep_ == "poss" for i in range(t.left_edge.i, t.right_edge.i + 1)}
    return next((t.i for t in doc[start:end] if t.lower_ in kb.rules["former_words"] and t.i not in owner), None)


def _stance(doc: Doc, start: int, kb: KB) -> bool:
    """'anti-Syria journalist', 'pro-Russian separatists': the country after the prefix is what the
    actor is for or against, not its nationality."""
    before = [t.lower_ for t in doc[max(0, start - 2):start]]
    return bool(before) and (before[-1] in kb.rules["stance_prefixes"]
                             or (before[-1] == "-" and len(before) == 2 and before[0] in kb.rules["stance_prefixes"]))


def _country_word(kb: KB, tok: Token, ev: Evidence, where: str) -> None:
    forms = _forms(kb)
    hit = forms.get(tok.text)
    if hit and hit[0] in ("country", "adjective", "people"):  # "French" is both
        ev.countries.append((hit[1], f"'{tok.text}' {where}"))


_FORMS: dict[int, dict[str, tuple[str, str]]] = {}


def _forms(kb: KB) -> dict[str, tuple[str, str]]:
    f = _FORMS.get(id(kb))
    if f is None:
        f = _FORMS[id(kb)] = kb.surface_forms()
    return f


def possessor(doc: Doc, np: NP) -> int | None:
    """The root token of the phrase's possessor ("the armed group" in "the armed group's spokesman")."""
    for child in doc[np.head.root].lefts:
        if child.dep_ == "poss":
            return child.i
    return None


def title_of(doc: Doc, np: NP, kb: KB) -> list[int]:
    """Objects of 'of'/'for' after a title: whom the titled person works for."""
    out = []
    for child in doc[np.head.root].rights:
        if child.dep_ == "prep" and child.lower_ in kb.rules["title_prepositions"]:
            out.extend(g.i for g in child.children if g.dep_ == "pobj")
    return out


def apposition_target(doc: Doc, np: NP, is_head: dict[int, NP]) -> NP | None:
    """The phrase this one stands in apposition to, mending a common misattachment:
    in "The US diplomat to Afghanistan, Zalmay Khalilzad," the parser hangs the name on
    'Afghanistan'; the apposition is to the phrase that owns the 'to Afghanistan'."""
    tok = doc[np.head.root]
    if tok.dep_ == "appos":
        target = tok.head
        if target.i not in is_head or is_head[target.i].head.what in ("country", "capital"):
            if target.dep_ == "pobj" and target.head.dep_ == "prep" and target.head.head.i in is_head:
                return is_head[target.head.head.i]
        return is_head.get(target.i)
    # "Pentagon press secretary, Kirby," with the name as the head and the title as its appos
    return None
