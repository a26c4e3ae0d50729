"""What a noun phrase says about its actor: the name, and the titles, nationality and
organisation that modify it ("US Army General Mark Milley" -> USA, MIL, role general), plus
the syntactic links to other phrases that can lend it a country or sector: its possessor
("the armed group's spokesman"), the organisation a title works for ("chairman of the Joint
Chiefs of Staff") and its apposition ("his top commander, General Frank McKenzie")."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Doc, Token

from .kb import KB
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
        agent = kb.agent([last.lower_]) or kb.agent([last.lemma_.lower()])
        if agent and agent.sector:
            (ev.weak_sectors if agent.weak else ev.sectors).append((agent.sector, f"organisation named '{last.text}'"))
        for t in doc[head.start:head.end - 1]:
            _country_word(kb, t, ev, "in the name")
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
    elif head.what == "agent":
        a = head.agent
        assert a is not None
        ev.kind = "group" if a.kind == "person" and ev.plural else a.kind
        ev.role = a.role
        if a.sector:
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
                ev.bare = False
            i = u.end
            continue
        low = tok.lower_
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
        i += 1

    # the title nearest the name gives the role and, if it has one, the sector
    for _, phrase, role, sector, weak in reversed(titles):
        if role and ev.role is None and head.what in ("person", "agent"):
            ev.role = role
        if sector:
            (ev.weak_sectors if weak else firm_title).append((sector, f"title '{phrase}'"))
    if titles and head.what in ("person",):
        ev.why.append("title '" + " ".join(doc[t[0]].text for t in titles) + "'")
    ev.sectors = ev.sectors + firm_title + firm_mod + org_sectors
    return ev


def _country_word(kb: KB, tok: Token, ev: Evidence, where: str) -> None:
    forms = _forms(kb)
    hit = forms.get(tok.text)
    if hit and hit[0] in ("country", "adjective"):
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
