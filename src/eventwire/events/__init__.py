"""Events stage: who did what to whom, typed in PLOVER, CAMEO and ACLED."""

from .coder import EventCoder
from .lexicon import LexiconError, load_lexicon

__all__ = ["EventCoder", "LexiconError", "load_lexicon"]
