"""Restrictions (licences pulled, borders closed, missions ordered out), party supporters' clashes, and the means
an army names for its kills. Sentences written for this file."""

from __future__ import annotations

import pytest
from eventcheck import by_trigger, events


@pytest.mark.parametrize("text, trigger", [
    ("The government suspended the licence of an independent broadcaster.", "suspended"),
    ("Authorities revoked the licence of a private television channel.", "revoked"),
])
def test_a_broadcasters_licence_pulled_is_censorship(pipeline, text, trigger):
    e = by_trigger(pipeline, text, trigger)
    assert (e.type, e.mode, e.cameo) == ("COERCE", "censor", "172")


def test_a_licence_of_a_mining_firm_is_no_censorship(pipeline):
    assert not [e for e in events(pipeline, "Regulators revoked the licence of a mining company.") if e.type == "COERCE"]


@pytest.mark.parametrize("text", [
    "Thousands of opposition supporters clashed with police in Dhaka.",
    "Supporters of the two parties clashed in Lagos.",
])
def test_party_supporters_clashing_is_a_violent_demonstration(pipeline, text):
    """Before: an armed clash between two armed, organised sides."""
    e = by_trigger(pipeline, text, "clashed")
    assert (e.type, e.cameo, e.acled) == ("PROTEST", "145", "Violent demonstration")


def test_rebels_clashing_with_troops_stays_an_armed_clash(pipeline):
    assert by_trigger(pipeline, "Rebels clashed with troops near Beni.", "clashed").acled == "Armed clash"


@pytest.mark.parametrize("text, mode, cameo, acled", [
    ("The army said it had killed 40 militants in air strikes in the north.", "aerial", "195", "Air/drone strike"),
    ("The army killed the commander in a drone strike.", "drone", "195", "Air/drone strike"),
    ("Five civilians were killed in Russian shelling of Kherson.", "heavy-weapons", "194", "Shelling/artillery/missile attack"),
])
def test_the_means_named_for_a_killing_names_its_sub_event(pipeline, text, mode, cameo, acled):
    e = by_trigger(pipeline, text, "killed")
    assert (e.mode, e.cameo, e.acled) == (mode, cameo, acled)


def test_in_air_strikes_belongs_to_the_verb_not_to_the_people_killed():
    from eventwire.nlp import load
    doc = load()("The army said it had killed 40 militants in air strikes in the north.")
    prep = next(t for t in doc if t.text == "in" and t.i < 10)
    assert prep.head.text == "killed"
    assert next(t for t in doc if t.text == "militants").right_edge.text == "militants"


@pytest.mark.parametrize("text, cameo", [
    ("Mali's junta ordered the UN peacekeeping mission to leave the country.", "166"),
    ("The junta ordered the French ambassador to leave within 72 hours.", "160"),
])
def test_ordered_to_leave_is_an_expulsion(pipeline, text, cameo):
    e = by_trigger(pipeline, text, "ordered")
    assert (e.type, e.cameo) == ("SANCTION", cameo)


def test_a_border_closed_by_rulers_restricts_movement_and_bears_on_the_neighbour(pipeline):
    e = by_trigger(pipeline, "Niger's military rulers closed the border with Benin.", "closed")
    assert (e.type, e.mode, e.cameo) == ("COERCE", "restrict", "172")
    assert (e.actor.country, e.actor.sector) == ("NER", "MIL")
    assert e.target is not None and e.target.country == "BEN"


def test_a_shop_closing_its_doors_is_no_event(pipeline):
    assert not events(pipeline, "The shop closed its doors.")


def test_an_act_announced_keeps_its_own_phrase_of_time():
    """Only a harm done to people takes the attack it was done in: 'announced the arrest [during a clash]' keeps
    the phrase on 'arrest'."""
    from eventwire.nlp import load
    doc = load()("Authorities announced on Friday the arrest of a man during a clash between protesters and police.")
    during = next(t for t in doc if t.text == "during")
    assert during.head.text == "arrest"
