"""Find toponym mentions in a spaCy Doc: spaCy's place entities plus capitalised
n-grams that the gazetteer knows (spaCy often calls a small town ORG or PERSON).

This module only proposes spans; whether a proposal is kept is the ranker's call,
because that needs the candidates and the rest of the article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span

from ..nlp import dateline_spans
from .gazetteer import Entry, Gazetteer
from .lexicon import Lexicon

PLACE_LABELS = frozenset({"GPE", "LOC", "FAC"})
CONNECTORS = frozenset({"of", "de", "del", "la", "le", "al", "el", "du", "da", "-", "and", "upon", "on", "sur", "am"})
MAX_TOKENS = 5
SECOND_OBJECT = frozenset({"oprd", "xcomp", "acomp", "ccomp", "dative"})  # 'took X hostage/private'
# 'Royal Street', 'Eglinton Avenue West': a capitalised name before one of these is a street or square
STREET_WORDS = frozenset({"Street", "St.", "Avenue", "Ave.", "Road", "Rd.", "Boulevard", "Blvd.", "Drive", "Lane",
                          "Square", "Highway", "Parkway", "Plaza"})
# words at the edge of a place entity that describe it rather than name it
GENERIC = frozenset({"province", "state", "city", "region", "governorate", "district", "prefecture", "oblast",
                     "town", "village", "capital", "area", "areas", "metro", "downtown", "central", "northern",
                     "southern", "eastern", "western", "north", "south", "east", "west", "greater"})


@dataclass
class Mention:
    start: int  # char offsets into doc.text
    end: int
    text: str
    query: str  # the string looked up in the gazetteer (may be a trimmed part of `text`)
    label: str | None  # spaCy's entity label covering the span, if any
    source: str  # 'ner' (spaCy place entity), 'gazetteer' (capitalised n-gram), 'abbrev' (US state)
    embedded_in: str | None = None  # text of a larger non-place entity containing it ('US Army')
    candidates: tuple[Entry, ...] = ()
    sent_start: int = 0
    kind: str | None = None  # the kind a cue before the name gives it ('the town of X': city)
    taken_by: str | None = None  # the verb that makes it ground taken or lost ('overran Aybak': 'overrun')
    won_by: str | None = None  # the election verb a person won or lost it by ('Biden won Georgia': 'won')
    struck_by: str | None = None  # the attack verb it is the object of ('missiles struck Kharkiv': 'strike')


def _is_cap(tok) -> bool:
    return tok.text[:1].isupper()


def _trim(span: Span) -> Span:
    """Drop a leading determiner and a trailing possessive: 'the United States's' → 'United States'."""
    start, end = span.start, span.end
    while start < end and span.doc[start].lower_ in ("the", "a", "an"):
        start += 1
    while end > start and span.doc[end - 1].tag_ == "POS" or (end > start and span.doc[end - 1].text in ("'", "’")):
        end -= 1
    return span.doc[start:end]


_DATELINE_NAME = re.compile(r"[A-Z][A-Z.'’]*(?:[ -][A-Z][A-Z.'’]*)+(?=[ ,(-–—_])")  # two words or more


def _dateline_places(doc: Doc, gaz: Gazetteer) -> list[Mention]:
    """'LA PAZ - …', 'SAN SALVADOR (Wire) - …': a dateline's place of several words in capitals is one name, which
    spaCy may cut ('LA' alone, read as Los Angeles)."""
    out = []
    for start, end in dateline_spans(doc):
        m = _DATELINE_NAME.match(doc.text, start, end)
        span = doc.char_span(start, m.end()) if m else None
        if span is not None and len(span) > 1 and (hits := gaz.lookup(span.text)):
            out.append(Mention(span.start_char, span.end_char, span.text, span.text, "GPE", "ner", candidates=hits,
                               sent_start=span.sent.start_char))
    return out


def _lookup_place_entity(span: Span, gaz: Gazetteer, lex: Lexicon) -> tuple[str, str, tuple[Entry, ...]]:
    """Whole entity first ('W.Va.' as a state abbreviation), then without generic edge
    words ('Samangan province'). No arbitrary inner n-grams: 'Royal Street' is not
    the town of Royal, and 'Mississippi River' is not the state."""
    if span.text in lex.us_abbrev:
        return span.text, "abbrev", _state(gaz, lex.us_abbrev[span.text])
    hits = gaz.lookup(span.text)
    if hits:
        return span.text, "ner", hits
    if span.label_ == "FAC" or span.root.ent_type_ == "FAC":
        return span.text, "ner", ()  # 'City Hall' is not Hall, 'Royal Street' not Royal
    toks = list(span)
    while toks and toks[0].lower_ in GENERIC:
        toks.pop(0)
    while toks and toks[-1].lower_ in GENERIC:
        toks.pop()
    if toks and len(toks) < len(span):
        sub = span.doc[toks[0].i : toks[-1].i + 1]
        hits = tuple(e for e in gaz.lookup(sub.text) if e.primary)
        if hits:
            return sub.text, "ner", hits
    return span.text, "ner", ()


def _split(span: Span) -> list[Span]:
    """'Washington, D.C.' / 'Italy and Greece' / 'Vienna/Fairfax': one mention per name."""
    parts, start = [], span.start
    for t in span:
        if t.text in (",", "/", "&") or t.lower_ == "and":
            if t.i > start:
                parts.append(span.doc[start : t.i])
            start = t.i + 1
    if start < span.end:
        parts.append(span.doc[start : span.end])
    return [p for p in parts if len(p) and any(_is_cap(t) for t in p)] if len(parts) > 1 else [span]


def find_mentions(doc: Doc, gaz: Gazetteer, lex: Lexicon, persons: frozenset[str] = frozenset()) -> list[Mention]:
    """`persons`: names known to be people's (the actors' people list), for `won_by`."""
    mentions: list[Mention] = _dateline_places(doc, gaz)
    taken: set[int] = {t.i for m in mentions for t in doc.char_span(m.start, m.end)}
    other_ent: dict[int, Span] = {}
    for ent in doc.ents:
        if any(t.i in taken for t in ent):
            continue
        if ent.label_ in PLACE_LABELS:
            taken.update(range(ent.start, ent.end))
            whole = _trim(ent)
            if not len(whole) or not any(_is_cap(t) for t in whole):
                continue
            parts = [whole] if gaz.lookup(whole.text) else _split(whole)
            for span in parts:
                query, source, hits = _lookup_place_entity(span, gaz, lex)
                end, surface = span.end_char, span.text
                if not hits and span.end < len(doc) and doc[span.end].idx == end and doc[span.end].text[:1] == "." \
                        and surface + "." in lex.us_abbrev:
                    # the sentence-final period was split off 'W.Va.'
                    end, surface, source = end + 1, surface + ".", "abbrev"
                    query, hits = surface, _state(gaz, lex.us_abbrev[surface])
                mentions.append(Mention(span.start_char, end, surface, query, ent.label_, source,
                                        candidates=hits, sent_start=ent.sent.start_char,
                                        won_by=won_by(span, lex, persons)))
        else:
            for t in ent:
                other_ent[t.i] = ent

    for m in _streets(doc, taken, other_ent, mentions) + _named_by_cue(doc, taken, other_ent, gaz, lex):
        mentions.append(m)
        taken.update(t.i for t in doc.char_span(m.start, m.end))
    # token objects, capitalisation and sentences computed once per token, not once per n-gram
    n_doc = len(doc)
    toks = list(doc)
    caps = [_is_cap(t) for t in toks]
    sent_of: list[Span] = []

    def sent(k: int) -> Span:
        """`doc[k].sent`, from one pass over `doc.sents` made when first needed (as `Token.sent` was)."""
        if not sent_of:
            for s in doc.sents:
                sent_of.extend([s] * (s.end - s.start))
        return sent_of[k]

    i = 0
    while i < n_doc:
        tok = toks[i]
        if i in taken or not caps[i] or tok.is_space:
            i += 1
            continue
        found = False
        for n in range(MAX_TOKENS, 0, -1):
            j = i + n
            if j > n_doc or any(k in taken for k in range(i, j)) or sent(j - 1).start != sent(i).start:
                continue
            if not caps[j - 1] or any(not caps[k] and toks[k].lower_ not in CONNECTORS for k in range(i, j)):
                continue
            span = doc[i:j]
            text = span.text
            # tokenizers split 'Ky.' into 'Ky' + '.': give the abbreviation its period back
            end_char = span.end_char
            if j < n_doc and toks[j].text == "." and toks[j].idx == end_char:
                if text + "." in lex.us_abbrev:
                    text, end_char = text + ".", end_char + 1
            if text in lex.us_abbrev:
                source, hits = "abbrev", _state(gaz, lex.us_abbrev[text])
            else:
                source, hits = "gazetteer", gaz.lookup(text)
            if not hits:
                continue
            short = len(text) <= 3 and not _after_locative(doc, i, lex)  # 'near Gao' may be a town
            if n == 1 and not text.isupper() and (tok.is_stop or short):
                continue  # 'The', 'No', 'Act': a capitalised function word is not a town
            ent = other_ent.get(i)
            if ent is not None and _swallowed(ent, i, j):
                ent = None
            label = ent.label_ if ent is not None else None
            embedded = None
            if ent is not None and not (ent.start == i and ent.end == j) and not _same_after_trim(ent, i, j):
                embedded = ent.text
            mentions.append(Mention(span.start_char, end_char, text, text, label, source, embedded,
                                    candidates=hits, sent_start=sent(i).start_char, taken_by=taken_by(span, lex),
                                    won_by=won_by(span, lex, persons), struck_by=struck_by(span, lex)))
            i, found = j, True
            break
        if not found:
            i += 1
    # US postal codes only right after 'City, ' ('Laurel, KY')
    for k, tok in enumerate(doc):
        if tok.text in lex.us_postal and k >= 2 and doc[k - 1].text == "," and k not in taken:
            if not any(m.start <= tok.idx < m.end for m in mentions) and any(m.end == doc[k - 1].idx for m in mentions):
                mentions.append(Mention(tok.idx, tok.idx + len(tok), tok.text, tok.text, None, "abbrev",
                                        candidates=_state(gaz, lex.us_postal[tok.text]), sent_start=tok.sent.start_char))
    mentions.sort(key=lambda m: m.start)
    return mentions


def _streets(doc: Doc, taken: set[int], other_ent: dict[int, Span], found: list[Mention]) -> list[Mention]:
    """Streets and squares spaCy missed ('Royal Street'): up to three capitalised words and a
    street word, not followed by another capitalised word ('Wall Street Journal' is a paper)
    and not part of a longer non-place entity. They have no gazetteer record; the resolver
    keeps them as unresolved facility mentions."""
    out = []
    for k, tok in enumerate(doc):
        if tok.text not in STREET_WORDS or k in taken or k == 0:
            continue
        if k + 1 < len(doc) and _is_cap(doc[k + 1]) and not doc[k + 1].is_punct:
            continue
        i = k
        while i > 0 and k - i < 3 and not doc[i].is_sent_start and _is_cap(doc[i - 1]) and not doc[i - 1].is_punct \
                and (i - 1) not in taken:
            i -= 1
        if i == k or doc[i].is_stop:
            continue
        ent = other_ent.get(k)
        if ent is not None and (ent.start < i or ent.end > k + 1):
            continue
        start, end = doc[i].idx, tok.idx + len(tok)
        if any(m.start < end and start < m.end for m in found):
            continue
        surface = doc[i:k + 1].text
        out.append(Mention(start, end, surface, surface, "FAC", "street",
                           sent_start=tok.sent.start_char))
    return out


def _named_by_cue(doc: Doc, taken: set[int], other_ent: dict[int, Span], gaz: Gazetteer, lex: Lexicon) -> list[Mention]:
    """'the town of Afmadow', 'the province of Samangan': a proper name right after a cue that says
    what kind of place follows (cues.json 'before' phrases ending in 'of') is a place, whatever spaCy
    called it (a person, often), in the gazetteer or not."""
    out = []
    for k, tok in enumerate(doc[:-2]):
        kind = cue_kind(doc, k + 1, lex) if tok.lower_ == "of" and doc[k + 1].pos_ == "PROPN" else None
        if kind is None:
            continue
        i = j = k + 1
        while j < len(doc) and j - i < 3 and doc[j].pos_ == "PROPN" and _is_cap(doc[j]) and j not in taken:
            j += 1
        if j == i or (i - 1) in taken:
            continue
        ent = other_ent.get(i)
        if ent is not None and (ent.start < i or ent.end > j):
            continue  # part of a longer name ('the state of Bank of America' is not one)
        span = doc[i:j]
        out.append(Mention(span.start_char, span.end_char, span.text, span.text, None, "cue",
                           candidates=gaz.lookup(span.text), sent_start=tok.sent.start_char, kind=kind))
    return out


def cue_kind(doc: Doc, i: int, lex: Lexicon) -> str | None:
    """The kind of place the words before token `i` announce ('the town of' -> city), if any."""
    if i < 2 or doc[i - 1].lower_ != "of":
        return None
    return lex.kind_before(f"{doc[i - 2].lower_} of")


def taken_by(span: Span, lex: Lexicon) -> str | None:
    """The verb phrase that makes `span` ground taken, held or lost (cues.json 'taken'): 'overran Aybak',
    'took control of Aybak', 'withdrew from Aybak', 'Aybak was captured', 'Aybak fell to'; None otherwise.
    Only the head of its phrase counts: 'captured Hamas fighters' takes fighters, not a town."""
    tok = span.root
    while tok.dep_ == "conj" and tok.head.i < tok.i:  # 'entered Aybak and Kunduz'
        tok = tok.head
    head = tok.head
    if tok.dep_ in ("dobj", "nsubjpass") and head.pos_ == "VERB":
        if any(c.dep_ in SECOND_OBJECT or (c.dep_ == "prep" and c.lower_ == "to") for c in head.children):
            return None  # 'took Chelsea to court', 'took Jackson hostage': something else is done to it
        return _verb_in(head, lex.taken["object"])
    if tok.dep_ == "nsubj" and head.pos_ == "VERB":
        preps = [c.lower_ for c in head.children if c.dep_ in ("prep", "agent")]
        return next((v for p in preps if (v := _verb_in(head, lex.taken["subject"], p))), None)
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.head.lower_ == "control" and head.lower_ == "of":
        control = head.head  # 'took control of X', 'seized control of X'
        if control.dep_ == "dobj" and control.head.pos_ == "VERB" and _verb_in(control.head, lex.taken["object"]):
            return f"{control.head.lemma_} control of"
        return None
    if tok.dep_ == "pobj" and head.dep_ == "prep" and head.head.pos_ == "VERB":
        return _verb_in(head.head, lex.taken["prep"], head.lower_)
    return None


def _swallowed(ent: Span, i: int, j: int) -> bool:
    """'Odesa overnight' (TIME), 'Missiles struck Kiev' (PERSON): a time or a person's name that takes in, besides the
    name at tokens i:j, a lower-case word that is no function word is a parser slip; its label says nothing of the
    name, when the name is a whole run of capitalised words there ('New York' in 'New York Times reporter Matt
    Flegenheimer' is the paper's). (An organisation's name may have such words: 'Doctors without Borders'.)"""
    doc = ent.doc
    whole = not (ent.start < i and _is_cap(doc[i - 1])) and not (j < ent.end and _is_cap(doc[j]))
    return ent.label_ in ("DATE", "TIME", "PERSON") and whole and garbled(ent, i, j)


def garbled(ent: Span, i: int = 0, j: int = 0) -> bool:
    """Does the entity have, outside tokens i:j, a lower-case word that is no function word ('struck', 'overnight')?"""
    return any(t.is_alpha and t.is_lower and not t.is_stop and t.lower_ not in CONNECTORS
               for t in ent if not i <= t.i < j)


def struck_by(span: Span, lex: Lexicon) -> str | None:
    """The attack verb (cues.json 'struck') that has `span` as its direct object or passive subject ('missiles struck
    Kharkiv', 'Bakhmut was shelled'): what is struck is a place or a party, and the resolver has already set apart
    the article's people and the named organisations."""
    tok = span.root
    while tok.dep_ == "conj" and tok.head.i < tok.i:  # 'hit Kharkiv and Mykolaiv'
        tok = tok.head
    if tok.dep_ not in ("dobj", "nsubjpass") or tok.head.pos_ != "VERB":
        return None
    return _verb_in(tok.head, lex.struck)


def won_by(span: Span, lex: Lexicon, persons: frozenset[str] = frozenset()) -> str | None:
    """The election verb (cues.json 'won') that has `span` as its direct object and a person as its subject
    ('Biden won Georgia', 'Clinton carried Virginia and Ohio'; a person: NER's, or one of `persons`): what a
    candidate wins is a division. None otherwise ('Russia won Georgia over' has no person; 'won Georgia's
    primary' has another object)."""
    tok = span.root
    while tok.dep_ == "conj" and tok.head.i < tok.i:
        tok = tok.head
    if tok.dep_ != "dobj" or tok.head.pos_ not in ("VERB", "AUX") or not _verb_in(tok.head, lex.won):
        return None
    subject = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
    if subject is None or not (subject.ent_type_ == "PERSON" or subject.text in persons):
        return None
    return tok.head.text


def _verb_in(verb, phrases: frozenset[str], prep: str | None = None) -> str | None:
    """`verb` (lemma or surface form, with `prep` after it if given) as one of `phrases`, or None."""
    for form in (verb.lemma_.lower(), verb.lower_):
        phrase = f"{form} {prep}" if prep else form
        if phrase in phrases:
            return phrase
    return None


def _after_locative(doc: Doc, i: int, lex: Lexicon) -> bool:
    """'near Gao', 'in Ufa': token `i` right after a place preposition (not 'of': 'head of Bob')."""
    return i > 0 and doc[i - 1].lower_ in lex.locative - {"of"}


def _same_after_trim(ent: Span, i: int, j: int) -> bool:
    t = _trim(ent)
    return t.start == i and t.end == j


def _state(gaz: Gazetteer, code: str) -> tuple[Entry, ...]:
    e = gaz.by_code("US", code, "A.ADM1")
    return (e,) if e else ()
