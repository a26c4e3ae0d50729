"""People of a local sector (protesters, students, workers, farmers, police, courts) whom the text gives no
nationality are of the country where their act happened; refugees, journalists, troops and officials are often
foreign and are left alone. Sentences written for this file; uses the session `pipeline` fixture."""

from __future__ import annotations

from eventcheck import by_trigger


def test_protesters_take_the_country_of_the_place_they_act_in(pipeline):
    e = by_trigger(pipeline, "Protesters blocked roads in Lima on Tuesday.", "blocked")
    assert (e.actor.country, e.actor.sector) == ("PER", "CVL")
    assert "country of where it acted: Lima (PER)" in e.actor.method and "Lima (PER)" in e.rule


def test_police_and_their_targets_in_a_city_are_local(pipeline):
    e = by_trigger(pipeline, "Police fired tear gas at protesters in Kampala.", "fired")
    assert e.actor.country == "UGA" and e.target is not None and e.target.country == "UGA"


def test_workers_striking_in_a_city(pipeline):
    e = by_trigger(pipeline, "Dock workers went on strike in Mombasa on Monday over unpaid wages.", "went")
    assert (e.actor.country, e.actor.sector) == ("KEN", "LAB")


def test_refugees_and_troops_are_not_assumed_local(pipeline):
    e = by_trigger(pipeline, "Refugees protested in Beirut on Monday.", "protested")
    assert e.actor.sector == "REF" and e.actor.country is None
    # soldiers shelling a Ukrainian town in a story about two warring states may be either side's
    e = by_trigger(pipeline, "Russia and Ukraine traded blame on Sunday. Soldiers shelled a market in Kherson.", "shelled")
    assert e.actor is not None and e.actor.sector == "MIL" and e.actor.country is None, e.actor


def test_a_nationality_in_the_text_wins(pipeline):
    e = by_trigger(pipeline, "Kenyan students protested outside the embassy in Kampala on Friday.", "protested")
    assert e.actor.country == "KEN"
