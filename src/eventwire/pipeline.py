"""Assemble the line of stages once, then stream articles through it in
`nlp.pipe` batches. Edges (CLI, API, runners) only call `Pipeline.run`."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from itertools import islice

from .document import Document, Stage
from .ingest.errors import InputError
from .ingest.raw import RawArticle
from .model import Article
from .nlp import load, parse
from .prepare import prepare
from .settings import Settings

log = logging.getLogger(__name__)


def default_stages() -> list[Stage]:
    """The line after parsing, in order. Each stage loads its resources once, here."""
    from .actors import ActorResolver
    from .events import EventCoder
    from .places import PlaceResolver
    from .quotes import QuoteExtractor
    from .times import TimeTagger

    return [PlaceResolver(), TimeTagger(), ActorResolver(), EventCoder(), QuoteExtractor()]


class Pipeline:
    def __init__(self, settings: Settings | None = None, stages: list[Stage] | None = None) -> None:
        self.settings = settings or Settings()
        self.nlp = load(self.settings.model)
        self.stages: list[Stage] = stages if stages is not None else default_stages()
        if self.settings.language:
            from .ingest.language import preload

            preload()

    def run(self, inputs: Iterable[RawArticle | Article | InputError]) -> Iterator[Article | InputError]:
        """Yield one Article per good input and one InputError per bad one, in input order."""
        for item in self.run_documents(inputs):
            yield item if isinstance(item, InputError) else item.article

    def run_documents(self, inputs: Iterable[RawArticle | Article | InputError]) -> Iterator[Document | InputError]:
        """As `run`, but keep the parse and the stages' trace (for --explain and the API)."""
        stream = iter(inputs)
        while batch := list(islice(stream, self.settings.batch_size)):
            # An Article is already prepared (a runner that deduplicates before parsing hands these in).
            prepared = [item if isinstance(item, (InputError, Article)) else prepare(item, self.settings) for item in batch]
            articles = [a for a in prepared if isinstance(a, Article)]
            docs = parse(self.nlp, (a.text for a in articles), batch_size=self.settings.batch_size)
            for item in prepared:
                if isinstance(item, InputError):
                    yield item
                else:
                    yield self._annotate(Document(item, next(docs)))

    def code_text(self, text: str, **meta: object) -> Article:
        """Convenience for one in-memory text (tests, API)."""
        result = next(self.run([RawArticle(source=str(meta.pop("source", "<text>")), text=text, **meta)]))  # type: ignore[arg-type]
        if isinstance(result, InputError):
            raise ValueError(str(result))
        return result

    def _annotate(self, document: Document) -> Document | InputError:
        for stage in self.stages:
            try:
                document = stage(document)
            except Exception as exc:  # one bad document must not stop a corpus run
                log.exception("stage %s failed on %s", stage.name, document.article.source)
                return InputError(document.article.source or document.article.id, f"stage '{stage.name}' failed: {type(exc).__name__}: {exc}")
        return document
