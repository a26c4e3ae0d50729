"""Temporal expressions → TimeML values (the ``times`` stage).

``TimeTagger`` is the stage; ``RULES`` the rule table; the lexicon lives in
``eventwire/data/times.json``.
"""

from .rules import RULES, Resolution, Rule
from .tagger import TimeTagger

__all__ = ["TimeTagger", "RULES", "Rule", "Resolution"]
