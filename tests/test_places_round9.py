"""Places, round 9: gods and devils that small towns are named after ('Satan'); Long Island is the island in New
York, not Long Island City. Sentences written for these tests."""

from __future__ import annotations

import pytest

from test_places import by_text, nlp, resolver, run  # noqa: F401  (fixtures)


@pytest.mark.parametrize("text", ["The preacher said the singer worships Satan.", "They prayed to Allah for rain.",
                                  "He said Jesus would forgive them."])
def test_a_god_or_devil_is_no_town(nlp, resolver, text):
    places = run(nlp, resolver, text)
    assert not [p for p in places if p.text in ("Satan", "Allah", "Jesus")], places


def test_long_island_is_the_island_in_new_york(nlp, resolver):
    p = by_text(run(nlp, resolver, "She grew up on Long Island and moved to Ohio."), "Long Island")
    assert (p.country, p.feature) == ("USA", "T.ISL")


def test_long_island_new_york_pairs_with_the_state(nlp, resolver):
    p = by_text(run(nlp, resolver, "Police on Long Island, New York, arrested a man on Tuesday."), "Long Island")
    assert (p.country, p.feature) == ("USA", "T.ISL")


def test_long_island_city_stays_the_neighbourhood(nlp, resolver):
    p = by_text(run(nlp, resolver, "He rents a flat in Long Island City, Queens."), "Long Island City")
    assert p.feature.startswith("P")


def test_long_island_bahamas_stays_in_the_bahamas(nlp, resolver):
    p = by_text(run(nlp, resolver, "Fishermen from Long Island, Bahamas, lost their boats."), "Long Island")
    assert p.country == "BHS"
