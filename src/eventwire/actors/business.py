"""Posts held in a company: 'Upjohn officials', 'the company's president', 'a vice president at Moran Asset
Management Inc.' name business people (BUS), not a government, and so take no state's country from the story.

A post is one a company has as well as a government (rules.yaml `company_titles`); it is held in a company when
its owner — possessor, object of 'of'/'at'/'for' (`company_prepositions`) or a name before it — is a business noun
(`business_nouns`: 'the firm's spokesman') or a company's name. A name is a company's when the article names a
company by it with a legal form ('Upjohn Co.', rules.yaml `company_suffixes`), or by a longer name it opens
('Upjohn' after 'Upjohn Co.'): without one, 'Pentagon officials' or 'Likud officials' may be anything."""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .kb import KB
from .mentions import NP, Unit, bare_name
from .titles import possessor

NATIONALITY_UNITS = ("adjective", "country", "people")


def has_legal_form(name: str, kb: KB) -> bool:
    """A company's full name: more than one word, the last a legal form (rules.yaml `company_suffixes`:
    'Upjohn Co.', "Timex Inc.'s")."""
    words = name.split()
    return len(words) > 1 and words[-1].lower().removesuffix("'s").removesuffix("’s") in kb.rules.get("company_suffixes", frozenset())


def opens(short: str, full: str) -> bool:
    """Does `short` open the name `full` ('Hewlett' of 'Hewlett-Packard Co.', 'Magna' of 'Magna International Inc.')?"""
    return full.startswith((short + " ", short + "-"))


def company_names(doc: Doc, at: dict[int, Unit], kb: KB) -> frozenset[str]:
    """The full names of companies the article names with a legal form ('Upjohn Co.', 'Allianz AG')."""
    spans = [doc[e.start:e.end] for e in doc.ents if e.label_ == "ORG"]
    spans += [doc[u.start:u.end] for u in at.values() if u.what == "ner_org"]
    return frozenset(name for span in spans if has_legal_form(name := _name(span.text), kb))


def is_company(name: str | None, companies: frozenset[str]) -> bool:
    """Is `name` one of `companies`, or the opening words of one ('Hewlett' of 'Hewlett-Packard Co.')?"""
    if not name:
        return False
    name = _name(name)
    return any(c == name or opens(name, c) for c in companies)


def company_post(doc: Doc, np: NP, at: dict[int, Unit], kb: KB) -> str | None:
    """The post a company may hold that the phrase names ('officials', 'Vice President' in 'LIN Vice President
    Michael Plouf'), or None."""
    titles = kb.rules.get("company_titles", frozenset())
    head = np.head
    if head.what == "agent" and head.agent is not None:
        a = head.agent
        return a.phrase if a.phrase in titles or a.words[-1] in titles else None
    if head.what == "person":
        for i in range(np.start, head.start):
            u = at.get(i)
            if u is not None and u.what == "agent" and u.agent is not None and u.agent.phrase in titles:
                return u.agent.phrase
    return None


def company_owner(doc: Doc, np: NP, at: dict[int, Unit], companies: frozenset[str],
                  kb: KB) -> tuple[str, str | None] | None:
    """(why, ISO3 or None) when the phrase's post is held in a company its own words name: a possessor or the
    object of `company_prepositions` that is a business noun or a company's name, or a company's name before the
    head ('Upjohn officials'). The ISO3 is a nationality the business noun's phrase gives ('the French company')."""
    head_tok = doc[np.head.root]
    owners: list[tuple[str, Token]] = []
    p = possessor(doc, np)
    if p is not None:
        owners.append(("'s", doc[p]))
    preps = kb.rules.get("company_prepositions", frozenset())
    for prep in head_tok.rights:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            owners += [(prep.lower_, o) for o in prep.children if o.dep_ == "pobj"]
    for how, tok in owners:
        words = doc[tok.left_edge.i:tok.i + 1].text
        if tok.lower_ in _business(kb) or tok.lemma_.lower() in _business(kb):
            return f"a post held in a company ('{how}' {words})", _nationality(doc, tok, at, kb)
        # the company itself, or a company's name inside the owner phrase ('of the company's Xylo Inc. unit')
        for i in range(tok.i, tok.left_edge.i - 1, -1):
            u = at.get(i)
            if u is not None and u.what == "ner_org" and is_company(doc[u.start:u.end].text, companies):
                return f"a post held in the company '{doc[u.start:u.end].text}' ('{how}')", None
    name = _name_before(doc, np, at)
    if name and is_company(name, companies):
        return f"a post held in the company '{name}'", None
    return None


def _name_before(doc: Doc, np: NP, at: dict[int, Unit]) -> str | None:
    """The proper name right before the phrase's head or its title ('Upjohn' in 'Upjohn officials', 'a Boeing
    spokeswoman', 'LIN Vice President Michael Plouf'), whatever NER called it."""
    end = np.head.start - (len(np.head.agent.words) - 1 if np.head.agent is not None else 0)
    while end > np.start and (u := at.get(end - 1)) is not None and u.what == "agent" and u.agent is not None:
        end = u.start - (len(u.agent.words) - 1)  # past the title ('Vice President') to the name before it
    start = end
    while start > np.start and doc[start - 1].text[:1].isupper() and _name_word(doc[start - 1], at.get(start - 1)):
        start -= 1
    return doc[start:end].text if start < end else None


def _name_word(tok: Token, u: Unit | None) -> bool:
    """A word of a name: of an organisation or person unit (NER's 'Halvern' may be tagged an adjective), or a proper
    noun no unit claims."""
    return u.what in ("ner_org", "person") if u is not None else tok.pos_ == "PROPN"


def _business(kb: KB) -> frozenset[str]:
    return kb.rules.get("business_nouns", frozenset())


def _nationality(doc: Doc, tok: Token, at: dict[int, Unit], kb: KB) -> str | None:
    """The country a nationality word before `tok` gives ('French' in 'the French company')."""
    for i in range(tok.left_edge.i, tok.i):
        u = at.get(i)
        if u is not None and u.what in NATIONALITY_UNITS and u.key in kb.countries:
            return kb.countries[u.key].iso3
    return None


def _name(text: str) -> str:
    """A name without a leading article or a possessive ending: "The Upjohn Co.'s" -> 'Upjohn Co.'."""
    name = bare_name(text.strip())
    return name[4:] if name.lower().startswith("the ") else name
