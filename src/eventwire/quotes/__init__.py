"""Quotes stage: who said what, with the cue and the speaker resolved to the same actors as
the events. marks.py finds quotations by their marks; direct.py and indirect.py attribute
them; speakers.py resolves speakers; link.py gives events their reporter."""

from .extractor import QuoteExtractor
from .lexicon import QuotesDataError, lexicon
from .marks import Segment, find_segments

__all__ = ["QuoteExtractor", "QuotesDataError", "Segment", "find_segments", "lexicon"]
