"""A verb spaCy tags as a noun when a quotation mark opens before it ("will attend and “press for …”")
still takes its particle: the phrasal key ('press for'), and so the subcode of what is pressed for."""

from __future__ import annotations

import pytest

from eventwire.pipeline import Pipeline
from tests.eventcheck import events


@pytest.mark.parametrize(
    "text",
    [
        "Envoys from the region will attend and “press for a reduction of violence and ceasefire and a commitment to talks”, the statement said.",
        "Envoys from the region will attend and “press for a reduction of violence and ceasefire”, the statement continued.",
    ],
)
def test_quoted_conjunct_takes_its_particle(pipeline: Pipeline, text: str) -> None:
    coded = [(e.type, e.cameo) for e in events(pipeline, text) if e.trigger.text == "press"]
    assert coded == [("REQUEST", "1056")], coded


def test_the_parse_still_tags_it_a_noun(pipeline: Pipeline) -> None:
    """The case this file guards: if spaCy ever tags 'press' a verb here, the test above no longer covers the rule."""
    doc = pipeline.nlp("Envoys from the region will attend and “press for a reduction of violence and ceasefire”, the statement continued.")
    press = next(t for t in doc if t.text == "press")
    assert (press.pos_, press.dep_) == ("NOUN", "conj")


def test_what_is_pressed_for_is_no_target(pipeline: Pipeline) -> None:
    """'a commitment' ends like 'a student' but names no one: what is pressed for is content, not a party."""
    text = "Envoys from the region will attend and “press for a reduction of violence and a commitment to talks”, the statement said."
    press = [e for e in events(pipeline, text) if e.trigger.text == "press"]
    assert len(press) == 1 and press[0].target is None, press[0].rule if press else "not coded"
