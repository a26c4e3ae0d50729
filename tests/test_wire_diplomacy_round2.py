"""Dyads in diplomatic and conflict wire copy (fifteenth session): a party warned against an act, an envoy summoned,
people rescued from their abductors, where a truce is signed (no party to it) and who signs it together, a state's
own embassy opened or closed where it serves. Sentences written for this file; each family has a guard."""

from __future__ import annotations

import pytest
from eventcheck import by_trigger, events


def test_a_party_warned_against_an_act_is_threatened(pipeline):
    e = by_trigger(pipeline, "China warned the Philippines against further incursions near the Scarborough Shoal.", "warned")
    assert (e.type, e.actor.country, e.target.country) == ("THREATEN", "CHN", "PHL")


def test_advice_against_an_act_is_no_threat(pipeline):
    assert not [e for e in events(pipeline, "Economists warned against a rush to raise rates.") if e.trigger.text == "warned"]


@pytest.mark.parametrize("text, target", [
    ("Pakistan summoned the Afghan charge d'affaires over the cross-border shelling.", "AFG"),
    ("Iran summoned the Swiss chargé d'affaires on Sunday.", "CHE"),
])
def test_a_charge_d_affaires_summoned_is_a_diplomat(pipeline, text, target):
    e = by_trigger(pipeline, text, "summoned")
    assert (e.type, e.cameo, e.target.country, e.target.sector) == ("ACCUSE", "114", target, "GOV")


def test_the_rescued_are_the_target_not_their_abductors(pipeline):
    text = "Nigerian troops rescued 40 schoolgirls abducted by gunmen in Zamfara State."
    rescue, abduction = by_trigger(pipeline, text, "rescued"), by_trigger(pipeline, text, "abducted")
    assert rescue.actor.country == "NGA" and rescue.target.sector != "REB"  # before: the gunmen
    assert rescue.target.text.startswith("40 schoolgirls")
    assert (abduction.actor.text.split()[0], abduction.target.text) == ("gunmen", "40 schoolgirls")


@pytest.mark.parametrize("text, actor, target", [
    ("The Colombian government and the ELN signed a ceasefire in Havana.", "COL", "ELN"),
    ("Sudan and South Sudan signed an oil agreement in Addis Ababa.", "SDN", "South Sudan"),
])
def test_where_a_truce_is_signed_is_no_party_and_cosigners_are(pipeline, text, actor, target):
    e = by_trigger(pipeline, text, "signed")
    assert e.actor.country == actor
    assert e.target.text.removeprefix("the ") == target


def test_a_truce_signed_in_a_city_has_no_place_as_target(pipeline):
    e = by_trigger(pipeline, "The two sides signed a truce in Doha.", "signed")
    assert (e.cameo, e.acled) == ("057", "Agreement")
    assert e.target is None


def test_a_ceasefire_declared_in_a_region_still_bears_on_it(pipeline):
    e = by_trigger(pipeline, "The army declared a ceasefire in Idlib.", "declared")
    assert e.target is not None and e.target.country == "SYR"


@pytest.mark.parametrize("text, trigger, actor, target", [
    ("Morocco reopened its embassy in Tehran after a seven-year break.", "reopened", "MAR", "IRN"),
    ("Britain closed its embassy in Kabul.", "closed", "GBR", "AFG"),
    ("The UAE reopened the Emirati embassy in Damascus.", "reopened", "ARE", "SYR"),
])
def test_a_states_own_embassy_bears_on_the_state_it_serves_in(pipeline, text, trigger, actor, target):
    e = by_trigger(pipeline, text, trigger)
    assert (e.actor.country, e.target.country, e.target.sector) == (actor, target, "GOV")


def test_an_embassy_attacked_is_still_the_embassys_state(pipeline):
    e = by_trigger(pipeline, "Protesters attacked the US embassy in Baghdad.", "attacked")
    assert e.target.country == "USA"
