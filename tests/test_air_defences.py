"""Air defences are a state's forces, what they destroy in the air is an interception, and whose weapons they stopped is
the target: the forces named on the weapons or the party that fired them. Sentences written for this file."""

from __future__ import annotations

import pytest
from eventcheck import by_trigger


@pytest.mark.parametrize("text, trigger, country", [
    ("Israeli air defences intercepted two drones over the Golan Heights.", "intercepted", "ISR"),
    ("Jordan's air defense systems intercepted a drone near the border on Friday.", "intercepted", "JOR"),
    ("Saudi air defenses destroyed a ballistic missile over the desert.", "destroyed", "SAU"),
])
def test_air_defences_are_the_military(pipeline, text, trigger, country):
    e = by_trigger(pipeline, text, trigger)
    assert e.actor is not None and (e.actor.country, e.actor.sector) == (country, "MIL"), e.actor


def test_a_missile_destroyed_by_air_defences_is_an_interception(pipeline):
    """Before, 'destroyed' took the generic object rule: property destruction (CAMEO 1712)."""
    e = by_trigger(pipeline, "Saudi air defenses destroyed a ballistic missile fired by the Houthis.", "destroyed")
    assert (e.type, e.cameo, e.acled) == ("ASSAULT", "190", "Disrupted weapons use"), e
    assert e.target is not None and e.target.name == "Houthis", e.target
    assert "fired by 'Houthis'" in e.rule, e.rule


def test_the_party_that_launched_a_weapon_beats_where_it_was_going(pipeline):
    e = by_trigger(pipeline, "Saudi air defense systems intercepted a drone launched by the Houthis toward Jazan.", "intercepted")
    assert e.acled == "Disrupted weapons use", e
    assert e.target is not None and e.target.name == "Houthis", e.target


def test_troops_destroying_a_launcher_stay_property_destruction(pipeline):
    e = by_trigger(pipeline, "Russian forces destroyed a Ukrainian missile launcher near the river.", "destroyed")
    assert (e.cameo, e.acled) == ("1712", None), e


def test_a_war_machine_with_a_nationality_is_that_states_forces(pipeline):
    e = by_trigger(pipeline, "Ukrainian forces shot down a Russian warplane near the front line.", "shot")
    assert e.target is not None and (e.target.country, e.target.sector) == ("RUS", "MIL"), e.target


def test_a_rescue_helicopter_is_no_military(pipeline):
    """A lone 'helicopter' names no force: rescue, police and news crews fly them too."""
    article = pipeline.code_text("The search was supported by a rescue helicopter and coastguard teams from the harbour.")
    assert not [e for e in article.events if e.actor is not None and e.actor.sector == "MIL"], article.events
