"""Repair the verbs of a sentence-cased headline's parse.

Even in sentence case the small model reads a headline's noun-like verbs as nouns, yet its
parser usually gets the clause right: in "Police arrest protest leaders in capital" the tag
of "arrest" is NOUN but it is the ROOT with "Police" as nsubj and "leaders" as dobj. A noun
with a subject or an object is a verb; these rules say so, in the headline sentences only:

1. a NOUN heading a clause with an nsubj child before it or a dobj child after it is a verb
   ("Police Arrest Protest Leaders", "Hundreds Rally in Capital");
2. a verb's compound modifier before it is its subject ("Army Shells Rebel Positions":
   Army → nsubj of Shells);
3. a gerund parsed as a compound of the noun after it takes that noun as its object
   ("Rebels Deny Attacking Convoy": Attacking ← xcomp of Deny, Convoy ← dobj of Attacking);
4. any other word tagged VERB inside a noun compound is a noun ("Rebel Positions").
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

_CLAUSE_HEADS = frozenset({"ROOT", "conj", "ccomp", "advcl", "xcomp", "relcl"})
_MORPH = {
    "VBZ": "Number=Sing|Person=3|Tense=Pres|VerbForm=Fin",
    "VBP": "Tense=Pres|VerbForm=Fin",
    "VBD": "Tense=Past|VerbForm=Fin",
    "VBG": "Aspect=Prog|Tense=Pres|VerbForm=Part",
    "NN": "Number=Sing",
    "NNS": "Number=Plur",
}


def _verb_tag(word: str) -> str:
    if word.endswith("ing"):
        return "VBG"
    if word.endswith("ed"):
        return "VBD"
    return "VBZ" if word.endswith("s") and not word.endswith("ss") else "VBP"


def _retag(tok: Token, tag: str, pos: str) -> None:
    tok.tag_, tok.pos_ = tag, pos
    tok.set_morph(_MORPH[tag])


def _is_noun_verb(tok: Token) -> bool:
    if tok.pos_ != "NOUN" or tok.dep_ not in _CLAUSE_HEADS:
        return False
    if any(c.dep_ in {"det", "poss", "nummod", "amod", "cop"} for c in tok.children):
        return False  # "the arrest", "a protest leader's arrest": a noun phrase after all
    return any((c.dep_ == "nsubj" and c.i < tok.i) or (c.dep_ == "dobj" and c.i > tok.i) for c in tok.children)


def repair(doc: Doc, spans: list[tuple[int, int]]) -> None:
    """Apply the four rules to the tokens in `spans` (token ranges of sentence-cased headlines)."""
    for start, end in spans:
        sent = doc[start:end]
        for tok in sent:
            if _is_noun_verb(tok):
                _retag(tok, _verb_tag(tok.lower_), "VERB")
        for tok in sent:
            if tok.pos_ == "VERB" and tok.dep_ == "compound" and tok.i < tok.head.i and tok.head.pos_ in {"NOUN", "PROPN"}:
                if tok.tag_ == "VBG" and tok.head.dep_ in {"dobj", "pobj", "nsubj", "ROOT"}:
                    _take_object(tok)
                else:
                    _retag(tok, "NNS" if tok.lower_.endswith("s") and not tok.lower_.endswith("ss") else "NN", "NOUN")
        for tok in sent:
            if tok.pos_ == "VERB" and not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
                left = [c for c in tok.children if c.dep_ == "compound" and c.i < tok.i]
                if left:
                    _compound_to_subject(tok, left)


def _take_object(gerund: Token) -> None:
    """'Deny [Attacking] Convoy': the gerund moves up to its noun's place and takes the noun as object."""
    noun = gerund.head
    dep = "xcomp" if noun.dep_ == "dobj" and noun.head.pos_ in {"VERB", "AUX"} else noun.dep_
    if noun.dep_ == "ROOT":
        gerund.head, gerund.dep_ = gerund, "ROOT"
    else:
        gerund.head, gerund.dep_ = noun.head, dep
    noun.head, noun.dep_ = gerund, "dobj"
    if gerund.dep_ == "pobj":
        gerund.dep_ = "pcomp"


def _compound_to_subject(verb: Token, left: list[Token]) -> None:
    """'Army Shells …': the last compound before the verb is its subject, the ones before it modify that."""
    subject = max(left, key=lambda t: t.i)
    subject.dep_ = "nsubj"
    for other in left:
        if other.i != subject.i:
            other.head = subject
