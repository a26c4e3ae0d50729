"""Readers: turn paths, stdin and records into `RawArticle`s, or `InputError`s
that name the input and the reason. One module per source kind."""

from .errors import InputError
from .raw import RawArticle
from .sources import read_inputs

__all__ = ["InputError", "RawArticle", "read_inputs"]
