"""'Talks between Iran and Bahrain', 'a meeting between Mr. Obama and Mr. Xi': a reciprocal act (talks, summits,
meetings, cooperation) named with 'between X and Y' and nobody else doing it has X as actor and Y as target, as
'Iran and Bahrain held talks' does; a third party that hosts or brokers it keeps its own role. Titles that name one
office in the world ('the pope') and leaders named by surname in news ('Xi'). Sentences written for this file."""

from __future__ import annotations

import pytest
from eventcheck import by_trigger


def party(actor):
    return None if actor is None else (actor.country, actor.sector)


@pytest.mark.parametrize("text, trigger, actor, target", [
    ("Talks between Iran and Bahrain were held in Geneva on Monday.", "Talks", ("IRN", "GOV"), ("BHR", "GOV")),
    ("A meeting between Kenya and Uganda took place in Kampala.", "meeting", ("KEN", "GOV"), ("UGA", "GOV")),
    ("The summit between Putin and Xi produced a joint statement.", "summit", ("RUS", "GOV"), ("CHN", "GOV")),
    ("A summit meeting between Mr. Putin and Mr. Xi in June 2013 had failed to break the ice.", "meeting",
     ("RUS", "GOV"), ("CHN", "GOV")),
])
def test_the_sides_of_a_reciprocal_act_are_its_actor_and_target(pipeline, text, trigger, actor, target):
    e = by_trigger(pipeline, text, trigger)
    assert e.type == "CONSULT"
    assert (party(e.actor), party(e.target)) == (actor, target)


def test_the_first_side_is_cut_to_its_own_words(pipeline):
    e = by_trigger(pipeline, "Talks between Iran and Bahrain were held in Geneva on Monday.", "Talks")
    assert (e.actor.text, e.target.text) == ("Iran", "Bahrain")


@pytest.mark.parametrize("text, trigger, actor", [
    ("Qatar hosted talks between the United States and the Taliban.", "hosted", "QAT"),
    ("Russia brokered a ceasefire agreement between Armenia and Azerbaijan.", "brokered", "RUS"),
])
def test_a_host_or_broker_keeps_its_role(pipeline, text, trigger, actor):
    e = by_trigger(pipeline, text, trigger)
    assert e.actor.country == actor
    assert e.target is None or e.target.country != actor


def test_clashes_between_two_sides_are_the_first_sides_doing(pipeline):
    # before: the last party inside the subject's phrase ('farmers') did the killing
    e = by_trigger(pipeline, "Clashes between herders and farmers killed 12 people in Benue State.", "killed")
    assert e.type == "ASSAULT"
    assert (e.actor.text, e.actor.sector) == ("herders", "AGR")


def test_fighting_between_two_sides_is_unchanged(pipeline):
    e = by_trigger(pipeline, "Heavy clashes between the army and the rebels erupted near Goma on Sunday.", "clashes")
    assert (e.type, e.actor.sector, e.target.sector) == ("ASSAULT", "MIL", "REB")


@pytest.mark.parametrize("text, trigger", [
    ("The pope condemned the attack on the church.", "condemned"),
    ("The pontiff called for a ceasefire in Gaza.", "called"),
])
def test_the_pope_is_the_holy_see(pipeline, text, trigger):
    e = by_trigger(pipeline, text, trigger)
    assert party(e.actor) == ("VAT", "REL")


def test_a_named_pope_keeps_his_name(pipeline):
    e = by_trigger(pipeline, "Pope Francis met President Biden at the Vatican on Friday.", "met")
    assert party(e.actor) == ("VAT", "REL")
    assert e.actor.name != "Pope"


@pytest.mark.parametrize("text, trigger, type_, actor, target", [
    ("Diplomatic ties between Egypt and Iran were restored after decades.", "restored", "SUPPORT", "EGY", "IRN"),
    ("Relations between Rwanda and Burundi were severed in 2015.", "severed", "SANCTION", "RWA", "BDI"),
    ("Egypt and Iran restored diplomatic ties.", "restored", "SUPPORT", "EGY", "IRN"),
    ("Kenya and Somalia cut diplomatic relations on Tuesday.", "cut", "SANCTION", "KEN", "SOM"),
])
def test_the_sides_of_a_relation_are_actor_and_target(pipeline, text, trigger, type_, actor, target):
    e = by_trigger(pipeline, text, trigger)
    assert (e.type, e.actor.country, e.target.country) == (type_, actor, target)


def test_two_parties_that_act_alike_are_not_each_others_target(pipeline):
    e = by_trigger(pipeline, "The United States and Britain praised the agreement.", "praised")
    assert e.target is None or e.target.country != "GBR"


def test_who_helps_restore_a_relation_keeps_its_role(pipeline):
    e = by_trigger(pipeline, "Qatar helped restore relations between Egypt and Turkey.", "restore")
    assert e.actor.country == "QAT"
