"""A number used as a noun for people ('Thousands protested', 'Hundreds were arrested') is a crowd of civilians;
a number of something else ('dozens of soldiers', 'millions of dollars', 'millions in cash', 'hundreds of
thousands of jobs') is not, and 'of soldiers' names who they are. Sentences written for this file."""

from __future__ import annotations

from eventcheck import by_trigger, events


def test_a_bare_number_of_people_is_a_crowd_of_civilians(pipeline):
    e = by_trigger(pipeline, "Thousands protested in Nairobi on Friday against new taxes.", "protested")
    assert (e.actor.text, e.actor.sector, e.actor.country) == ("Thousands", "CVL", "KEN")
    e = by_trigger(pipeline, "Hundreds were arrested in Tehran after the protests.", "arrested")
    assert e.target is not None and (e.target.text, e.target.sector) == ("Hundreds", "CVL")


def test_thousands_of_people_are_civilians_too(pipeline):
    e = by_trigger(pipeline, "Thousands of people marched in Accra on Saturday.", "marched")
    assert e.actor.sector == "CVL" and e.actor.country == "GHA"


def test_a_number_of_soldiers_are_soldiers(pipeline):
    e = by_trigger(pipeline, "Dozens of soldiers attacked the village near Goma.", "attacked")
    assert (e.actor.name, e.actor.sector) == ("soldiers", "MIL")


def test_numbers_of_things_are_no_actors(pipeline):
    e = by_trigger(pipeline, "The firms agreed to release millions in cash to the ministry.", "release")
    assert e.target is None or e.target.sector != "CVL"
    found = events(pipeline, "Millions of dollars were stolen from the ministry on Monday.")
    assert all(p is None or p.sector != "CVL" for e in found for p in (e.actor, e.target))
    found = events(pipeline, "The plan will create many hundreds of thousands of jobs, the union said. Its leaders met the minister.")
    assert all(p is None or p.sector != "CVL" for e in found for p in (e.actor, e.target))
