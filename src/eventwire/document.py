"""The carrier that flows through the stages: the output `Article` plus the
spaCy parse it was built from. Stages read `doc` and only add to `article`."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from spacy.tokens import Doc

from .model import Article


@dataclass
class Document:
    article: Article
    doc: Doc


class Stage(Protocol):
    name: str

    def __call__(self, document: Document) -> Document: ...
