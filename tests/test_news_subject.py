"""An event noun of what befalls someone, as its clause's subject and naming whom it befell ('The arrest of the
opposition leader sparked protests'), is coded with no actor; other event nouns without an actor are not."""

from __future__ import annotations

import pytest

from eventwire.pipeline import Pipeline

from eventcheck import events


@pytest.mark.parametrize(
    ("text", "trigger", "type_", "target"),
    [
        ("The arrest of the opposition leader sparked protests in Kampala.", "arrest", "COERCE", "the opposition leader"),
        ("The killing of three aid workers drew condemnation.", "killing", "ASSAULT", "three aid workers"),
    ],
)
def test_what_befell_someone_is_the_news(pipeline: Pipeline, text: str, trigger: str, type_: str, target: str) -> None:
    found = [e for e in events(pipeline, text) if e.trigger.text == trigger]
    assert found and found[0].type == type_ and found[0].actor is None, found
    assert found[0].target is not None and found[0].target.text == target, found[0].rule


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Protests erupted after the raid.", "raid"),  # nobody named as raiding, nobody as raided
    ],
)
def test_other_event_nouns_without_an_actor_are_not_coded(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert not [e for e in events(pipeline, text) if e.trigger.text == trigger]


def test_the_visit_of_someone_is_their_visit(pipeline: Pipeline) -> None:
    # 'of' names the visitor (roles.yaml agentive_of_nouns), no undergoer; before the sixteenth session, not coded
    [e] = [e for e in events(pipeline, "The visit of the French president angered students.") if e.trigger.text == "visit"]
    assert e.type == "CONSULT" and e.actor is not None and e.actor.country == "FRA" and e.target is None
