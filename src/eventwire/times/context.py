"""What a rule may look at besides the matched string: the anchor date, the
words around the span and the tense of the clause the span modifies.

Tense comes from the spaCy parse: walk from the span up its head chain to the
first verb, then read that verb's auxiliaries and tag. 'will/shall/'ll' or a
'going/scheduled/expected to' frame → future; VBD, or VBN with have → past.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

from spacy.tokens import Doc, Token

FUTURE_AUX = {"will", "'ll", "shall", "wo", "would", "'d"}
FUTURE_FRAMES = {
    "going", "schedule", "plan", "expect", "due", "intend", "set", "aim", "hope", "want", "agree",
    "vow", "promise", "prepare", "seek", "decide", "threaten", "pledge",
}
REPORTING = {"say", "tell", "announce", "report", "claim", "confirm", "add", "state", "note", "write", "reveal"}
_WORD = re.compile(r"[\w']+|[^\w\s]")


def _verb_tense(verb: Token, on_verb: bool = False) -> str | None:
    """`on_verb`: the time hangs on the verb itself ('meet Monday', 'meet on Monday'), not on a noun of its clause."""
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.lower_ in FUTURE_AUX for a in auxes):
        return "future"
    if any(a.tag_ == "VBD" for a in auxes) or verb.tag_ == "VBD":
        return "past"
    if verb.tag_ == "VBN" and any(a.lemma_ == "have" for a in auxes):
        return "past"
    if verb.tag_ == "VBN" and not auxes and verb.dep_ == "advcl" and verb.head.pos_ in ("VERB", "AUX") \
            and any(c.dep_ in ("mark", "advmod") and c.lower_ in ("when", "as", "while", "once") for c in verb.children):
        return _verb_tense(verb.head)  # "When asked in October, Trump said …": the tense of the clause it times
    if verb.tag_ == "VB" and any(a.lower_ == "to" for a in auxes):
        head = verb.head
        if head.i != verb.i and head.pos_ in ("VERB", "AUX", "ADJ") and head.lemma_ in FUTURE_FRAMES:
            return "future"
        if head.i != verb.i and head.pos_ in ("VERB", "AUX"):
            return _verb_tense(head)
        return None
    if verb.tag_ == "VBG" and any(a.lemma_ == "be" and a.tag_ in ("VBZ", "VBP") for a in auxes):
        return "future"  # "is meeting on Friday"
    if verb.tag_ in ("VBZ", "VBP") and verb.lemma_ in REPORTING:
        return "past"  # "the ministry says Monday" reports a past day
    if on_verb and verb.tag_ in ("VBZ", "VBP") and verb.pos_ == "VERB" and not auxes \
            and not any(c.dep_ in ("ccomp", "xcomp") for c in verb.children):
        # "Trump and Clinton meet Monday", "the talks resume Friday": a timetable ('the timeline of the massacre
        # Tuesday shows that …' is not)
        return "future"
    return None


def tense_of(doc: Doc | None, start: int, end: int) -> str | None:
    """'past', 'future' or None (present/unknown) for the clause governing chars start:end."""
    if doc is None:
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    tok = span.root
    inside = {t.i for t in span}
    below = tok
    for _ in range(8):
        if tok.i not in inside:
            if tok.pos_ in ("VERB", "AUX"):
                on_verb = below.i in inside or (below.dep_ == "prep" and any(c.i in inside for c in below.children))
                return _verb_tense(tok, on_verb)
            if tok.pos_ not in ("ADP", "SCONJ", "PART", "ADV", "PUNCT") and not _after_noun(below, tok):
                # the time modifies a noun or adjective ("payable Dec. 7", "the August 31
                # deadline"): the clause's tense says nothing about it
                return None
        if tok.head.i == tok.i:
            break
        below, tok = tok, tok.head
    return None


def _after_noun(below: Token, noun: Token) -> bool:
    """Does the time's branch follow a common noun it hangs on ('in a letter Friday', 'an interview in October')?
    Then it says when that thing happened, in the tense of the clause the noun is in; a time before its noun
    ('the August 31 deadline') names the thing whenever it falls."""
    return noun.pos_ == "NOUN" and below.i > noun.i and below.dep_ in ("npadvmod", "prep", "pobj", "nmod")


@dataclass
class Context:
    """Everything a rule handler may consult for one candidate span."""

    text: str
    start: int
    end: int
    anchor: date | None
    doc: Doc | None = None
    _tense: str | None = field(default=None, init=False)
    _tense_done: bool = field(default=False, init=False)
    reference_quarter: tuple[int, int] | None = None  # (year, q) last explicit quarter in the document
    quarter_seen: bool = False  # the document has already named a quarter
    from_spacy: bool = False  # the span came from a spaCy DATE/TIME entity

    @property
    def tense(self) -> str | None:
        if not self._tense_done:
            self._tense = tense_of(self.doc, self.start, self.end)
            self._tense_done = True
        return self._tense

    def words_before(self, n: int = 2) -> list[str]:
        return [w.lower() for w in _WORD.findall(self.text[max(0, self.start - 60):self.start])[-n:]]

    def words_after(self, n: int = 2) -> list[str]:
        return [w.lower() for w in _WORD.findall(self.text[self.end:self.end + 60])[:n]]

    def token_before(self) -> Token | None:
        """The spaCy token just before the span (for part-of-speech checks)."""
        if self.doc is None:
            return None
        span = self.doc.char_span(self.start, self.end, alignment_mode="expand")
        if span is None or span.start == 0:
            return None
        return self.doc[span.start - 1]

    def sentence(self) -> str:
        if self.doc is not None:
            span = self.doc.char_span(self.start, self.end, alignment_mode="expand")
            if span is not None and len(span):
                return span.sent.text
        return self.text[max(0, self.start - 200):self.end + 200]
