"""Property tests (issue 7): clean → nlp → places/times/actors/events/quotes never raise on
any string, and every span they emit is evidence: inside the text, and `text[start:end]`
equals the span's text. The stages are called directly (not through Pipeline._annotate,
which would turn an exception into a skipped document and hide it)."""

from __future__ import annotations

import json

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.document import Document
from eventwire.ingest.errors import InputError
from eventwire.ingest.raw import RawArticle
from eventwire.model import Actor, Article, Span
from eventwire.prepare import prepare
from eventwire.settings import Settings

ACTORS = ["Government troops", "rebel fighters", "the police", "President Joe Biden", "Hamas", "the United Nations", "he", "they", "Russia", "a spokesman for the army"]
VERBS = ["attacked", "met", "criticised", "shelled", "visited", "accused", "blocked", "arrested", "threatened to attack", "said it would sanction", "condemned"]
PLACES = ["Kabul", "Goma", "northern Mali", "Gaza City", "Paris, Texas", "Kunduz province", "the capital", "São Paulo", "Zürich"]
WHEN = ["on Monday", "last week", "on 3 March 2024", "in 1999", "yesterday", "two days ago", "next month", "at 10 a.m.", ""]
CUES = ['", he said.', '," officials said.', ", according to witnesses.", ", the agency reported.", ".", "!", "?"]
NOISE = ["\u200b", "\x00", "\t", "\n\n", "“", "”", "\u202e", "🙂", "ﬁ", "e\u0301", "İ", "ß", "\r\n", "...", " - ", "(", ")", '"', "'"]

sentence = st.builds(
    lambda quote, a, v, b, p, w, c, n: f'{quote}{a} {v} {b} in {p} {w}{c}{n}',
    st.sampled_from(["", '"', "“"]), st.sampled_from(ACTORS), st.sampled_from(VERBS), st.sampled_from(ACTORS),
    st.sampled_from(PLACES), st.sampled_from(WHEN), st.sampled_from(CUES), st.sampled_from([""] + NOISE),
)
news = st.lists(sentence, min_size=1, max_size=8).map(" ".join)
anything = st.one_of(st.text(max_size=400), st.text(alphabet=st.characters(codec="utf-8"), max_size=200), news, st.lists(st.one_of(sentence, st.sampled_from(NOISE), st.text(max_size=20)), max_size=12).map("".join))
SETTINGS = Settings(language=None)  # the stages must hold on any text, not only on what the language check lets through
PROPS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


def spans(article: Article) -> list[tuple[str, Span]]:
    found: list[tuple[str, Span]] = []

    def actor(where: str, a: Actor | None) -> None:
        if a is not None:
            found.append((where, a))
            if a.antecedent is not None:
                found.append((f"{where}.antecedent", a.antecedent))

    found += [("place", p) for p in article.places] + [("time", t) for t in article.times]
    for a in article.actors:
        actor("actor", a)
    for e in article.events:
        found.append(("event.trigger", e.trigger))
        found.append(("event.sentence", Span(text=e.sentence, start=e.start, end=e.end)))
        actor("event.actor", e.actor)
        actor("event.target", e.target)
        actor("event.reported_by", e.reported_by)
        if e.location is not None:
            found.append(("event.location", e.location))
        if e.date is not None:
            found.append(("event.date", e.date))
    for i in article.incidents:
        found.append(("incident.trigger", i.trigger))
        found.append(("incident.sentence", Span(text=i.sentence, start=i.start, end=i.end)))
        found += [(f"incident.{k}", v) for k, v in (("location", i.location), ("date", i.date)) if v is not None]
    for q in article.quotes:
        found.append(("quote.content", q.content))
        if q.cue is not None:
            found.append(("quote.cue", q.cue))
        actor("quote.speaker", q.speaker)
    return found


def code(pipeline, text: str) -> Article | None:  # noqa: ANN001
    prepared = prepare(RawArticle(source="<hypothesis>", text=text), SETTINGS)
    if isinstance(prepared, InputError):
        assert prepared.reason in {"empty text", "no article text left after removing page furniture"}, prepared.reason
        return None
    document = Document(prepared, pipeline.nlp(prepared.text))
    for stage in pipeline.stages:
        document = stage(document)  # raising here fails the property
    return document.article


def check_spans(article: Article) -> None:
    text = article.text
    for where, span in spans(article):
        assert 0 <= span.start <= span.end <= len(text), (where, span, len(text))
        assert text[span.start : span.end] == span.text, (where, span, text[span.start : span.end])


@PROPS
@given(text=anything)
def test_any_string_codes_without_raising_and_spans_are_evidence(pipeline, text: str) -> None:  # noqa: ANN001
    article = code(pipeline, text)
    if article is not None:
        check_spans(article)
        json.loads(article.model_dump_json())  # always serialisable


@PROPS
@given(text=news)
def test_news_like_text_spans_are_evidence(pipeline, text: str) -> None:  # noqa: ANN001
    article = code(pipeline, text)
    assert article is not None
    check_spans(article)
