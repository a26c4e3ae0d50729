"""Repairs of parses the small English model gets wrong in a way every later stage would inherit.

Run inside the pipeline, after the parser and before the attribute ruler and lemmatiser, so the
repaired word also gets the part of speech and lemma of its new tag."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

PLAIN_NOUNS = frozenset({"NN", "NNS"})


ARGUMENTS = frozenset({"nsubj", "nsubjpass", "dobj", "pobj"})


@Language.component("eventwire_parse_repairs")
def parse_repairs(doc: Doc) -> Doc:
    for sent in doc.sents:
        first = sent[0]
        if _noun_read_as_verb(first):
            _make_compound(first, doc[first.i + 1])
    for tok in doc:
        if _gerund_read_as_modifier(tok):
            tok.tag_, tok.dep_ = "NN", "nsubj"
        elif _noun_read_as_adjective(tok):
            tok.tag_ = "NN"
        elif _noun_read_as_finite_verb(tok):
            tok.tag_ = "NNS" if tok.tag_ == "VBZ" else "NN"
        else:
            noun = _split_subject(tok)
            if noun is not None and _parted(tok, noun):
                tok.dep_ = "dep"  # 'SAN DIEGO (AP) - The U.S. National Guard faces …': the later phrase is the subject
            elif noun is not None:
                _make_modifier(tok, noun, "amod" if tok.tag_ == "JJ" else "compound")
    return doc


def _split_subject(tok: Token) -> Token | None:
    """A clause has one subject: a subject directly followed by another subject of the same verb modifies
    it ("Sudan's [paramilitary] Rapid Support Forces shelled …", "[Army chief] Abdel Fattah al - Burhan
    refused …", where the parser made 'paramilitary', 'chief', 'al' and '-' subjects too). Returns that noun."""
    if tok.dep_ != "nsubj" or tok.head == tok:
        return None
    return next((s for s in tok.head.children if s.dep_ == "nsubj" and s.i > tok.i and s.left_edge.i == tok.right_edge.i + 1), None)


PARTING_MARKS = frozenset({"(", ")", "[", "]", "-", "–", "—", "--", ":", ";", "_"})


def _parted(tok: Token, noun: Token) -> bool:
    """A bracket or dash between the two subjects parts two phrases (a dateline and the subject), save inside
    one name ('al - Burhan')."""
    between = tok.doc[tok.i + 1:noun.left_edge.i]
    return any(t.text in PARTING_MARKS for t in between) and not all(t.ent_iob_ == "I" for t in tok.doc[tok.i + 1:noun.i + 1])


NOUN_MODIFIERS = frozenset({"det", "amod", "compound", "nummod", "poss"})


def _noun_read_as_finite_verb(tok: Token) -> bool:
    """'how many air strikes the army had carried out': a word tagged as a present-tense verb that the
    parse itself makes an argument with a determiner, adjective or compound before it is a noun."""
    return (tok.tag_ in {"VBZ", "VBP"} and tok.dep_ in ARGUMENTS
            and any(c.dep_ in NOUN_MODIFIERS and c.i < tok.i for c in tok.children))


FINITE = frozenset({"VBD", "VBZ", "VBP"})


def _gerund_read_as_modifier(tok: Token) -> bool:
    """'Shelling damaged the hospital', 'Russian shelling destroyed homes': an -ing word right before a finite verb
    that has no subject, parsed as its auxiliary or adverb, is the verb's subject, a noun (with only a determiner or
    adjectives of its own: 'Shelling the town, troops …' is a clause)."""
    head = tok.head
    return (tok.tag_ == "VBG" and tok.dep_ in {"aux", "advmod", "npadvmod", "csubj"} and head.i == tok.i + 1
            and head.tag_ in FINITE and not any(c.dep_ in {"nsubj", "nsubjpass", "expl"} for c in head.children)
            and all(c.dep_ in NOUN_MODIFIERS and c.i < tok.i for c in tok.children))


def _noun_read_as_adjective(tok: Token) -> bool:
    """'The military handed control …': an adjective with its own determiner that is a verb's subject or object,
    or a preposition's object, is used as a noun ('the military', 'the wounded'); read as one, it can be an actor."""
    return (tok.tag_ == "JJ" and tok.dep_ in ARGUMENTS and any(c.dep_ == "det" for c in tok.children)
            and not any(c.dep_ in {"amod", "compound"} and c.i > tok.i for c in tok.children))


def _noun_read_as_verb(tok: Token) -> bool:
    """'Aid agencies said …' parsed as a bare verb 'Aid' (the sentence's subject) with 'agencies' as its
    object. A bare infinitive cannot open a sentence as its subject, so the first word modifies the noun
    after it: the next word is the verb's object, and the verb has no subject, auxiliary or 'to' of its own."""
    if tok.tag_ != "VB" or tok.dep_ not in {"nsubj", "csubj"} or tok.i + 1 >= len(tok.doc):
        return False
    after = tok.doc[tok.i + 1]
    return (after.head == tok and after.dep_ == "dobj" and after.tag_ in PLAIN_NOUNS
            and not any(c.dep_ in {"nsubj", "aux", "mark"} for c in tok.children))


def _make_modifier(modifier: Token, noun: Token, relation: str) -> None:
    """The modifier and its own dependents ('Sudan's') go under the noun."""
    for child in list(modifier.children):
        if child != noun:
            child.head = noun
    modifier.head, modifier.dep_ = noun, relation


def _make_compound(modifier: Token, noun: Token) -> None:
    """The noun takes the verb's place (its head and dependency) and the verb's other dependents;
    the verb becomes the noun's compound modifier."""
    noun.head, noun.dep_ = modifier.head, "nsubj"
    _make_modifier(modifier, noun, "compound")
    modifier.tag_ = "NN"
