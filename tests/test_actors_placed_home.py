"""A state agent the text gives no nationality ('the army', 'police', 'the court') belongs to the one country the
article names, by its places or its actors' evidence; with a second country named nothing is guessed."""

from __future__ import annotations

from eventwire.pipeline import Pipeline

from eventcheck import by_trigger


def test_an_unqualified_army_in_a_one_country_story_is_that_countrys(pipeline: Pipeline) -> None:
    text = "Heavy rain flooded villages near Sylhet in Bangladesh on Sunday. The army deployed boats to reach stranded families."
    e = by_trigger(pipeline, text, "deployed")
    assert e.actor is not None and e.actor.country == "BGD" and e.actor.sector == "MIL", e.actor


def test_a_court_in_a_town_is_that_countrys(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "A court in Kazan jailed the blogger for six years on Friday.", "jailed")
    assert e.actor is not None and e.actor.country == "RUS", e.actor


def test_two_countries_named_and_nothing_is_guessed(pipeline: Pipeline) -> None:
    text = "Floods hit towns in Kenya and Uganda on Sunday. The army deployed boats to reach stranded families."
    e = by_trigger(pipeline, text, "deployed")
    assert e.actor is not None and e.actor.country is None, e.actor


def test_a_country_named_as_the_setting_is_the_story_s_home(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "The army shelled rebel positions in Chad on Sunday.", "shelled")
    assert e.actor is not None and e.actor.country == "TCD", e.actor


def test_a_country_acted_on_is_not_the_actor_s(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "The army threatened action against Chad on Sunday.", "threatened")
    assert e.actor is not None and e.actor.country is None, e.actor
