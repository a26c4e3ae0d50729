"""'Qatar's capital', 'the capital of Qatar', 'the Qatari capital': a capital named through its
country is that city.

News names a capital by its country about as often as by its name ('talks in Qatar's capital
this week'); read as the country, such talks would be placed at the centre of the country. The
phrase becomes a place of its own, resolved to the country's capital (GeoNames PPLC); the
country mention inside it stays a place too. 'A provincial capital' and other capitals that
are not a country's are left alone: the phrase has to name the country.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from .gazetteer import Entry, Gazetteer
from .lexicon import Lexicon

CAPITAL = "capital"


def capital_of(gaz: Gazetteer, iso2: str) -> Entry | None:
    """The country's capital city as a gazetteer record (the most populous PPLC of that name there)."""
    country = gaz.country(iso2)
    if country is None or not country.capital:
        return None
    found = [e for e in gaz.lookup(country.capital) if e.country == iso2 and e.feature == "P.PPLC"]
    return max(found, key=lambda e: e.population, default=None)


def _bare(head: Token) -> bool:
    """'capital' with nothing that makes it another kind of capital ('provincial', 'state', 'former')."""
    return head.lemma_.lower() == CAPITAL and head.pos_ == "NOUN" and not any(
        c.dep_ in {"amod", "compound"} and c.lower_ not in {"national"} and c.pos_ != "PROPN" for c in head.children)


def capital_phrases(doc: Doc, countries: list[tuple[int, int, str]], lex: Lexicon) -> list[tuple[int, int, str, str]]:
    """(start char, end char, iso2, how) of each phrase naming a country's capital. `countries`
    are the country mentions found: (start char, end char, iso2)."""
    out = []
    for start, end, iso2 in countries:
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        t = span.root
        if t.dep_ == "poss" and _bare(t.head) and t.head.i > t.i:  # "Qatar's capital"
            out.append((start, t.head.idx + len(t.head.text), iso2, f"'{span.text}'s capital'"))
        elif t.dep_ == "pobj" and t.head.lower_ == "of" and t.head.head.i < t.i and _bare(t.head.head):  # "the capital of Qatar"
            head = t.head.head
            out.append((head.idx, end, iso2, f"'capital of {span.text}'"))
    for tok in doc:  # "the Qatari capital", "the Afghan capital"
        if tok.lemma_.lower() != CAPITAL or tok.pos_ != "NOUN":
            continue
        for c in tok.children:
            if c.dep_ in {"amod", "compound"} and c.i == tok.i - 1 and c.text in lex.demonyms:
                out.append((c.idx, tok.idx + len(tok.text), lex.demonyms[c.text], f"'{c.text} capital'"))
    return out
