"""The carrier that flows through the stages: the output `Article` plus the
spaCy parse it was built from. Stages read `doc` and only add to `article`."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol

from spacy.tokens import Doc
from spacy.tokens import Span as SpacySpan

from .model import Actor, Article, Span


@dataclass(frozen=True)
class Mention:
    """An actor mention on the parse: tokens [start, end) of `doc`, resolved to `actor`."""

    start: int
    end: int
    actor: Actor


@dataclass
class Document:
    article: Article
    doc: Doc
    mentions: list[Mention] = field(default_factory=list)  # filled by the actors stage, in token order
    trace: list[tuple[str, int, str]] = field(default_factory=list)  # (stage, sentence index, note) for --explain
    _aligned: bool = field(default=False, repr=False)

    def check_aligned(self, stage: str) -> None:
        """Stages index `article.text` with the parse's offsets: refuse a Doc built from other text. Checked once per
        document, since spaCy rebuilds `Doc.text` from every token on each access."""
        if not self._aligned:
            if self.doc.text != self.article.text:
                raise ValueError(f"{stage}: the spaCy Doc was not built from article.text; offsets would not line up")
            self._aligned = True

    def tokens_of(self, span: Span) -> SpacySpan | None:
        """The parse's tokens covering a found span (a place, a time), widened to whole tokens."""
        return self.doc.char_span(span.start, span.end, alignment_mode="expand")

    def mention_at(self, token_i: int) -> Mention | None:
        """The smallest actor mention covering token `token_i` (events ask this of subjects and objects)."""
        best: Mention | None = None
        for m in self.mentions:
            if m.start <= token_i < m.end and (best is None or m.end - m.start < best.end - best.start):
                best = m
        return best


class Stage(Protocol):
    name: str

    def __call__(self, document: Document) -> Document: ...
