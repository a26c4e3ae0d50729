"""What every event test does first: code a text with the session pipeline (the `pipeline`
fixture of conftest.py) against a fixed publication date, and check the evidence invariant,
`text[start:end] == span.text`, on every span of every event."""

from __future__ import annotations

from datetime import date

from eventwire.model import Actor, Article, Event
from eventwire.pipeline import Pipeline

PUBLISHED = date(2024, 3, 12)  # a Tuesday


def events(pipeline: Pipeline, text: str) -> list[Event]:
    article: Article = pipeline.code_text(text, published=PUBLISHED)
    for e in article.events:
        assert article.text[e.trigger.start : e.trigger.end] == e.trigger.text
        assert article.text[e.start : e.end] == e.sentence
        for span in (e.actor, e.target, e.location, e.date, e.reported_by):
            if span is not None:
                assert article.text[span.start : span.end] == span.text
    return article.events


def only(pipeline: Pipeline, text: str, type_: str) -> Event:
    """The one event of `type_` the text yields (fails, listing what was coded, if there is not exactly one)."""
    found = [e for e in events(pipeline, text) if e.type == type_]
    assert len(found) == 1, [(e.type, e.cameo, e.trigger.text) for e in events(pipeline, text)]
    return found[0]


def by_trigger(pipeline: Pipeline, text: str, trigger: str) -> Event:
    """The one event whose trigger is `trigger` (fails, listing what was coded, if there is not exactly one)."""
    found = [e for e in events(pipeline, text) if e.trigger.text == trigger]
    assert len(found) == 1, [(e.type, e.trigger.text) for e in events(pipeline, text)]
    return found[0]


def actor_with_text(article: Article, text: str) -> Actor:
    """The first actor mention whose text is `text` (fails, listing the mentions, if there is none)."""
    found = [a for a in article.actors if a.text == text]
    assert found, f"no actor {text!r} in {[a.text for a in article.actors]}"
    return found[0]


def actor(e: Event) -> str | None:
    return e.actor.text if e.actor is not None else None


def target(e: Event) -> str | None:
    return e.target.text if e.target is not None else None


def codes(pipeline: Pipeline, text: str) -> list[tuple[str, str | None, str]]:
    """(type, CAMEO code, trigger) of every event coded in `text`."""
    return [(e.type, e.cameo, e.trigger.text) for e in events(pipeline, text)]


def coded(pipeline: Pipeline, text: str, trigger: str, type_: str) -> Event | None:
    """The event of the trigger, else the sentence's event of the expected type (an event noun may carry it)."""
    found = events(pipeline, text)
    return next((e for e in found if e.trigger.text == trigger), None) or next((e for e in found if e.type == type_), None)


def check_battery_row(pipeline: Pipeline, text: str, trigger: str, type_: str, mode: str | None = None,
                      actor_country: str | None = None, target_country: str | None = None) -> Event:
    """A labelled battery sentence: the type, and the mode and the actor's and target's countries where the row fixes them."""
    e = coded(pipeline, text, trigger, type_)
    assert e is not None and e.type == type_, codes(pipeline, text)
    if mode is not None:
        assert e.mode == mode, e.rule
    if actor_country is not None:
        assert e.actor is not None and e.actor.country == actor_country, e.rule
    if target_country is not None:
        assert e.target is not None and e.target.country == target_country, e.rule
    return e
