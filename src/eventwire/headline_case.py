"""Parse Title Case sentences (headlines, subheads) in sentence case.

The small English model reads "Rebels Seize Border Town After Two-Day Siege" as a chain of
proper nouns: every word PROPN, all of them compounds of the last, no verb, no subject, no
object. Written in sentence case ("Rebels seize border town after two-day siege") the same
model parses it as a clause. So before parsing, the words of each Title Case sentence that
are not names are lower-cased in a copy of the tokenised article (same tokens, same
characters save case); the copy is parsed once; and the parse is carried back onto a Doc
over the original words, so every offset, every token text and every name is the
article's own. An article without a Title Case sentence is parsed as it is.

A capitalised word stays capitalised (is taken for a name) when it is
- the first word of the sentence;
- written capitalised mid-sentence in the article's ordinary-case text more often than in
  lower case ("Bali" in "talks in Bali", but not "Police" next to "police said");
- all capitals, mixed case or one letter (UN, NATO, McCain, the G of "Edwin G. Monroy"), or
  not a word the model's lemmatizer or stop list knows (Zelensky, Erdogan);
- part of a name the actor knowledge base knows (countries, capitals, demonyms,
  organisations: "Islamic State", "Kenya", "Kenyan"), or a day or month (data/headline_case).
A sentence none of whose lower-cased words can be a verb is left as written: a byline or a
line of names ("By John Smith and Jane Doe") is no clause to parse.
"""

from __future__ import annotations

import re
from collections import Counter
from importlib import resources

from spacy.attrs import DEP, ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE, HEAD, LEMMA, MORPH, NORM, POS, TAG
from spacy.language import Language
from spacy.tokens import Doc, Token

from .headline_verbs import repair

# What the parse adds to a Doc and the stages after it read; copied from the sentence-cased
# parse onto the original words. Sentence starts follow from HEAD and DEP.
PARSE_ATTRS = [TAG, POS, MORPH, DEP, HEAD, LEMMA, ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID, NORM]
_ENDS = frozenset(".!?…")
_SENTENCE_OPENERS = frozenset('.!?…:;"“‘\'(—–-[')
# A cheap test that the article may hold a Title Case sentence: three capitalised words in a
# row, short words allowed between them. Most articles fail it and skip the token scan.
_THREE_CAPS = re.compile(r"[A-Z][a-z'’]+(?:[ \t]+(?:[a-z]{1,5}[ \t]+){0,2}[A-Z][\w'’]*){2}")
_MIN_CAPITALISED = 3
_MAX_WORDS = 40  # a headline or subhead, not a list of names run on for a paragraph


def _word_list(name: str) -> frozenset[str]:
    path = resources.files("eventwire").joinpath(f"data/headline_case/{name}")
    lines = (line.split("#", 1)[0].strip() for line in path.read_text("utf-8").splitlines())
    return frozenset(line for line in lines if line)


def _sentences(doc: Doc) -> list[tuple[int, int]]:
    """Token ranges of the sentences before parsing: a run ends after . ! ? or at a line break."""
    out, start = [], 0
    for tok in doc:
        if "\n" in tok.text:
            if start < tok.i:
                out.append((start, tok.i))
            start = tok.i + 1
        elif tok.text[-1:] in _ENDS and tok.is_punct:
            out.append((start, tok.i + 1))
            start = tok.i + 1
    if start < len(doc):
        out.append((start, len(doc)))
    return out


def _base_forms(word: str) -> list[str]:
    """The word and what it may be an inflection of (rebels → rebel, denies → deny, seized → seize)."""
    out = [word]
    for suffix, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ied", "y"), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 2:
            out.append(word[: -len(suffix)] + repl)
    return out


class HeadlineCaser:
    """Sentence-case Title Case sentences before parsing and put the original words back after."""

    def __init__(self, nlp: Language, names: list[str] | None = None) -> None:
        self.vocab = nlp.vocab
        self.minor = _word_list("minor_words.txt")
        self.english, self.verbs = self._vocabulary(nlp)
        if names is None:
            from .actors.kb import default_kb

            names = [*default_kb().surface_forms(), *_word_list("names.txt")]
        self.names: dict[str, list[tuple[str, ...]]] = {}  # first token -> capitalised names' tokens, longest first
        variants = {v for n in names for v in (n, " ".join(w[:1].upper() + w[1:] for w in n.split(" "))) if any(c.isupper() for c in v)}
        for doc in nlp.tokenizer.pipe(sorted(variants)):
            words = tuple(t.text for t in doc)
            if words:
                self.names.setdefault(words[0], []).append(words)
        for forms in self.names.values():
            forms.sort(key=len, reverse=True)

    @staticmethod
    def _vocabulary(nlp: Language) -> tuple[frozenset[str], frozenset[str]]:
        """(English words, words that can be verbs), lower case: what the model's lemmatizer lists
        (WordNet's index and exceptions) and the trigger lexicon's single-word verbs and nouns
        (WordNet lacks "ceasefire", "airstrike")."""
        words: set[str] = set()
        verbs: set[str] = set()
        if "lemmatizer" in nlp.pipe_names:
            lookups = nlp.get_pipe("lemmatizer").lookups
            for table in ("lemma_index", "lemma_exc"):
                if lookups.has_table(table):
                    for pos in ("noun", "verb", "adj", "adv"):
                        entries = lookups.get_table(table).get(pos, ())
                        words.update(entries)
                        if pos == "verb":
                            verbs.update(entries)
        from .events.lexicon import load_lexicon

        lexicon = load_lexicon()
        verbs.update(w for w in lexicon.verbs if " " not in w)
        words.update(verbs, (w for w in lexicon.nouns if " " not in w))
        return frozenset(words), frozenset(verbs)

    # ---- finding Title Case sentences -----------------------------------------------------------
    def is_title_case(self, words: list[Token]) -> bool:
        """At least three capitalised words, no lower-case word but short function words, and not all capitals."""
        alpha = [t for t in words if t.text[:1].isalpha()]
        if len(alpha) > _MAX_WORDS:
            return False
        capitalised = sum(t.is_title for t in alpha)
        return capitalised >= _MIN_CAPITALISED and all(t.text[0].isupper() or t.lower_ in self.minor for t in alpha)

    def title_case_sentences(self, doc: Doc) -> list[tuple[int, int]]:
        if not _THREE_CAPS.search(doc.text):
            return []
        return [(s, e) for s, e in _sentences(doc) if self.is_title_case(list(doc[s:e]))]

    # ---- deciding what is a name ----------------------------------------------------------------
    @staticmethod
    def _body_case(doc: Doc, skip: list[tuple[int, int]]) -> tuple[Counter, Counter]:
        """How often each word is written capitalised mid-sentence, and in lower case, outside `skip`."""
        capitalised, lower = Counter(), Counter()
        inside = set()
        for s, e in skip:
            inside.update(range(s, e))
        opener = True  # the previous token ends a sentence or opens a quote: a capital there says nothing
        for tok in doc:
            if tok.is_space:
                opener = opener or "\n" in tok.text
                continue
            if tok.i not in inside and tok.is_alpha:
                if tok.is_lower:
                    lower[tok.text] += 1
                elif tok.is_title and not opener:
                    capitalised[tok.text] += 1
            opener = tok.is_punct and tok.text[-1] in _SENTENCE_OPENERS
        return capitalised, lower

    def _known_names(self, words: list[str], start: int, end: int) -> set[int]:
        """Indexes of the words in [start, end) inside a name the knowledge base knows."""
        out: set[int] = set()
        i = start
        while i < end:
            for form in self.names.get(words[i], ()):
                if i + len(form) <= end and tuple(words[i : i + len(form)]) == form:
                    out.update(range(i, i + len(form)))
                    i += len(form) - 1
                    break
            i += 1
        return out

    def _is_english(self, tok: Token) -> bool:
        word = tok.lower_
        return tok.is_stop or word in self.minor or any(w in self.english for w in _base_forms(word))

    # ---- the two steps around the parser ------------------------------------------------------
    def sentence_case(self, doc: Doc) -> tuple[Doc, list[tuple[int, int]]] | None:
        """A copy of the tokenised `doc` with its Title Case sentences in sentence case, and
        their token ranges; None when it has none (then `doc` is parsed as it is)."""
        spans = self.title_case_sentences(doc)
        if not spans:
            return None
        capitalised, lower = self._body_case(doc, spans)
        words = [t.text for t in doc]
        cased_spans = []
        for start, end in spans:
            names = self._known_names(words, start, end)
            first = next((t.i for t in doc[start:end] if t.is_alpha), None)
            lowered = [tok.i for tok in doc[start:end]
                       if tok.is_title and len(tok) > 1 and tok.i != first and tok.i not in names
                       and capitalised[tok.text] <= lower[tok.lower_] and self._is_english(tok)]
            if any(w in self.verbs for i in lowered for w in _base_forms(doc[i].lower_)):
                for i in lowered:
                    words[i] = words[i].lower()
                cased_spans.append((start, end))
        if not cased_spans:
            return None
        cased = Doc(self.vocab, words=words, spaces=[bool(t.whitespace_) for t in doc])
        cased.from_array([NORM], doc.to_array([NORM]))  # keep the tokenizer's own norms ("n't" → not)
        return cased, cased_spans

    @staticmethod
    def restore(original: Doc, parsed: Doc, spans: list[tuple[int, int]]) -> Doc:
        """The parse of the sentence-cased copy over the original words, its headline verbs
        repaired (headline_verbs). A lower-cased name the model still took for a proper noun
        gets its capital back in the lemma."""
        doc = Doc(original.vocab, words=[t.text for t in original], spaces=[bool(t.whitespace_) for t in original])
        doc.from_array(PARSE_ATTRS, parsed.to_array(PARSE_ATTRS))
        for tok, cased in zip(doc, parsed):
            if tok.pos_ == "PROPN" and cased.text != tok.text and tok.lemma_ == cased.text:
                tok.lemma_ = tok.text
        repair(doc, spans)
        return doc
