"""Conflict reports as ACLED analysts read them (the coder's folding and ACLED rules), on sentences we wrote."""

from __future__ import annotations

import pytest

from eventwire.pipeline import Pipeline
from tests.eventcheck import events


def by_trigger(pipeline: Pipeline, text: str, trigger: str):  # noqa: ANN201
    found = [e for e in events(pipeline, text) if e.trigger.text == trigger]
    assert len(found) == 1, [(e.type, e.cameo, e.trigger.text) for e in events(pipeline, text)]
    return found[0]


@pytest.mark.parametrize(
    ("text", "trigger", "mode", "cameo", "acled"),
    [
        # the noun folded into the verb event says how it was done
        ("A suicide bomber blew himself up at a police checkpoint in Mogadishu.", "blew", "suicide-attack", "1831", "Suicide bomb"),
        ("Israeli air strikes hit a residential building in Gaza City overnight.", "hit", "aerial", "195", "Air/drone strike"),
        ("Russian forces launched a drone attack on Odesa overnight.", "launched", "aerial", "195", "Air/drone strike"),
    ],
)
def test_the_folded_noun_sharpens_the_verb_event(pipeline: Pipeline, text: str, trigger: str, mode: str, cameo: str,
                                                 acled: str) -> None:
    e = by_trigger(pipeline, text, trigger)
    assert (e.type, e.mode, e.cameo, e.acled) == ("ASSAULT", mode, cameo, acled), e.rule


def test_a_noun_never_blunts_a_sharper_verb(pipeline: Pipeline) -> None:
    """'shelled' is already heavy weapons: an attack noun beside it changes nothing."""
    e = by_trigger(pipeline, "Rebels shelled the outskirts of Goma in a fresh attack.", "shelled")
    assert (e.mode, e.cameo) == ("heavy-weapons", "194")


def test_the_state_named_on_the_strikes_did_them(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "Israeli air strikes hit a residential building in Gaza City overnight.", "hit")
    assert e.actor is not None and (e.actor.country, e.actor.sector) == ("ISR", "MIL"), e.rule


def test_armed_group_killing_farmers_is_an_attack_on_civilians(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "Suspected militants killed 12 farmers near Gwoza on Saturday.", "killed")
    assert e.acled == "Attack"
