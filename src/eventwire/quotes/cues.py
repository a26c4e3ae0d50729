"""Cue words on the parse: is this token a verb of saying, and how far does the cue reach
("refused to say", "pointed out", "according to")."""

from __future__ import annotations

from spacy.tokens import Token

from ..model import Span
from .lexicon import QuoteLexicon
from .speakers import span_of


def is_cue_verb(tok: Token, lex: QuoteLexicon) -> bool:
    return (tok.pos_ in {"VERB", "AUX"} and tok.lemma_.lower() in lex.cue_verbs or (
        tok.lemma_.lower() in {"say", "tell", "add"} and tok.pos_ in {"NOUN", "PROPN", "ADJ"} and tok.dep_ in {"ROOT", "ccomp", "parataxis", "conj"})
    ) and not asks_anonymity(tok)


ANONYMOUS_PASSIVES = frozenset({"name", "identify", "quote"})


def asks_anonymity(tok: Token) -> bool:
    """'a UN official [who asked not to be named] told AFP', 'declined to be identified', 'speaking on condition of
    anonymity': the wire formula for an unnamed source is no report of its own, and its verb is no quotation's cue."""
    if tok.pos_ not in {"VERB", "AUX"}:
        return False
    for c in tok.children:
        if c.dep_ == "xcomp" and c.lemma_.lower() in ANONYMOUS_PASSIVES and any(a.dep_ == "auxpass" for a in c.children):
            return True
        if c.dep_ == "prep" and c.lower_ in {"on", "under"} and any(t.lower_ == "anonymity" for t in c.subtree):
            return True
    return False


def is_cue_phrase(tok: Token, lex: QuoteLexicon) -> bool:
    """'pointed out', 'made clear': a verb that is a cue only with its particle or complement word."""
    if tok.pos_ not in {"VERB", "AUX"}:
        return False
    lemma = tok.lemma_.lower()
    if not any(p.startswith(lemma + " ") for p in lex.cue_phrases):
        return False
    return any(f"{lemma} {c.lower_}" in lex.cue_phrases for c in tok.children if c.i > tok.i)


def cue_span(text: str, tok: Token) -> Span:
    """The cue's words: the verb, plus a controlling verb just before it ('refused to say'),
    a particle ('pointed out') or a clarity adjective ('made clear')."""
    first, last = tok.i, tok.i
    if tok.dep_ == "xcomp" and tok.head.pos_ in {"VERB", "AUX"} and 0 < tok.i - tok.head.i <= 3:
        first = tok.head.i
    for c in tok.children:
        if c.dep_ in {"prt", "acomp", "oprd"} and c.i == last + 1:
            last = c.i
    doc = tok.doc  # (never doc.text: spaCy rebuilds it on every access)
    return span_of(text, doc[first].idx, doc[last].idx + len(doc[last])) or Span(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text))
