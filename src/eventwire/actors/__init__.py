"""Actors stage: mentions of political actors on the parse, resolved to name, country (ISO3),
sector (CAMEO-style codes, data/actors/sectors.yaml) and kind, with within-document coreference."""

from .kb import KB, KBError, default_kb, load_kb
from .resolve import ActorResolver

__all__ = ["KB", "KBError", "ActorResolver", "default_kb", "load_kb"]
