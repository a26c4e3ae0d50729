"""Per-document lookups the quote rules share: which sentence, paragraph and token a character
offset falls in, and whether it lies inside a quotation. Built once per document, O(log n)
per question."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field

from spacy.tokens import Token

from ..document import Document
from ..model import Actor, Span
from .marks import Segment, find_segments, paragraphs


@dataclass
class Draft:
    """A quotation while it is being attributed; becomes a `model.Quote`."""

    content: Span
    kind: str  # direct | partial | indirect
    cue: Span | None = None
    speaker: Actor | None = None
    need: str | None = None  # "continuation": a cue-less paragraph; "document": "the statement said"
    phrase: Span | None = None  # the speaker phrase when `need` == "document"
    cue_lemma: str = ""
    note: str = ""
    framed: float | None = None  # from the frame table: the frame's share of attributions in training
    short: bool = False  # a short uncued quotation, kept only if it shares a neighbour's cue


@dataclass
class Context:
    document: Document
    segments: list[Segment] = field(init=False)
    paras: list[tuple[int, int]] = field(init=False)
    _para_starts: list[int] = field(init=False)
    _sent_starts: list[int] = field(init=False)
    _tok_starts: list[int] = field(init=False)
    _seg_opens: list[int] = field(init=False)

    def __post_init__(self) -> None:
        text = self.document.article.text
        self.segments = find_segments(text)
        self.paras = paragraphs(text)
        self._para_starts = [p[0] for p in self.paras]
        self.sents = list(self.document.doc.sents)
        self._sent_starts = [s.start_char for s in self.sents]
        self._tok_starts = [t.idx for t in self.document.doc]
        self._seg_opens = [s.open for s in self.segments]

    @property
    def text(self) -> str:
        return self.document.article.text

    def para_of(self, char: int) -> int:
        return max(0, bisect_right(self._para_starts, char) - 1)

    def sent_of(self, char: int) -> int:
        return max(0, bisect_right(self._sent_starts, char) - 1)

    def token_at(self, char: int) -> Token | None:
        if not self._tok_starts:
            return None
        return self.document.doc[max(0, bisect_right(self._tok_starts, char) - 1)]

    def segment_at(self, char: int) -> Segment | None:
        k = bisect_right(self._seg_opens, char) - 1
        if k >= 0 and self.segments[k].contains(char):
            return self.segments[k]
        return None

    def first_opening(self, start: int, end: int) -> int | None:
        """Where the first quotation opening in [start, end) is, if any."""
        k = bisect_left(self._seg_opens, start)
        return self._seg_opens[k] if k < len(self._seg_opens) and self._seg_opens[k] < end else None

    def quoted(self, tok: Token) -> bool:
        return self.segment_at(tok.idx) is not None

    def cue_token(self, d: Draft) -> Token | None:
        """The cue's own word (the one whose lemma is the cue lemma: 'said' in 'refused to say'), else its last word."""
        if d.cue is None:
            return None
        first, last = self.token_at(d.cue.start), self.token_at(max(d.cue.start, d.cue.end - 1))
        if first is None or last is None:
            return None
        return next((t for t in first.doc[first.i:last.i + 1] if t.lemma_.lower() == d.cue_lemma), last)
