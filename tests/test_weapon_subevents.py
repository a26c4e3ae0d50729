"""The weapon that strikes names the ACLED sub-event: a drone, warplane or air strike as subject is an air/drone
strike; a missile, rocket or shelling a shelling/artillery/missile attack. Sentences written for this file."""

from __future__ import annotations

import pytest
from eventcheck import by_trigger


@pytest.mark.parametrize("text, trigger, mode, cameo, acled", [
    ("A Russian drone struck an apartment building in Odesa overnight.", "struck", "drone", "195", "Air/drone strike"),
    ("Israeli warplanes struck targets in southern Lebanon on Friday.", "struck", "aerial", "195", "Air/drone strike"),
    ("An air strike destroyed a clinic in the north of the province.", "destroyed", "aerial", "195", "Air/drone strike"),
    ("A missile strike hit an apartment block in Dnipro on Tuesday.", "hit", "heavy-weapons", "194", "Shelling/artillery/missile attack"),
    ("Rockets hit the border town late on Sunday.", "hit", "heavy-weapons", "194", "Shelling/artillery/missile attack"),
    ("Overnight shelling damaged the main hospital in the city.", "damaged", "heavy-weapons", "194", "Shelling/artillery/missile attack"),
])
def test_the_weapon_as_subject_names_the_sub_event(pipeline, text, trigger, mode, cameo, acled):
    e = by_trigger(pipeline, text, trigger)
    assert (e.type, e.mode, e.cameo, e.acled) == ("ASSAULT", mode, cameo, acled), e


def test_troops_destroying_a_camp_stay_property_destruction(pipeline):
    e = by_trigger(pipeline, "Troops destroyed the rebel camp near the river.", "destroyed")
    assert (e.type, e.mode, e.cameo) == ("ASSAULT", "destroy", "1712"), e


def test_a_general_strike_that_hits_transport_is_no_attack(pipeline):
    article = pipeline.code_text("A general strike hit transport in the capital on Monday.")
    assert not [e for e in article.events if e.type == "ASSAULT"], article.events


@pytest.mark.parametrize("text, trigger, country", [
    ("The defence ministry said its air defences shot down 12 Ukrainian drones over the Kursk region overnight.", "shot", "UKR"),
    ("Air defences intercepted 20 Iranian missiles over the desert on Saturday.", "intercepted", "IRN"),
])
def test_weapons_shot_down_are_disrupted_weapons_use_against_their_forces(pipeline, text, trigger, country):
    """ACLED codes an interception as disrupted weapons use; whose weapons they were is the target, not the region they flew over."""
    e = by_trigger(pipeline, text, trigger)
    assert (e.type, e.acled) == ("ASSAULT", "Disrupted weapons use"), e
    assert e.target is not None and (e.target.country, e.target.sector) == (country, "MIL"), e.target


def test_a_shipment_intercepted_is_no_event(pipeline):
    assert not pipeline.code_text("Customs officers intercepted a shipment of timber at the port.").events


@pytest.mark.parametrize("text, trigger, country", [
    ("Sudanese army drones struck the camp at dawn.", "struck", "SDN"),
    ("Sudanese drones struck the camp at dawn.", "struck", "SDN"),
    ("Chinese troops fired on the patrol near the pass.", "fired", "CHN"),
    ("A military helicopter fired on the village on Tuesday.", "fired", None),
    ("Government warplanes bombed the market at noon.", "bombed", None),
])
def test_whose_forces_fire_a_weapon_or_war_machine(pipeline, text, trigger, country):
    """A nationality whose people share the adjective ('Sudanese', 'Chinese') names forces as 'Russian' does; 'military'
    or 'government' on a war machine names a state's forces even with no country; the people of a country are not the shooters."""
    e = by_trigger(pipeline, text, trigger)
    assert e.actor is not None and (e.actor.country, e.actor.sector) == (country, "MIL"), e.actor
