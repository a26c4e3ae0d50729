"""A force's post, vehicle or column named by its force ('a police station', 'an army convoy') stands for that force
as a party: the target of an attack on it is the police or the military. Sentences written for this file."""

from __future__ import annotations

import pytest
from eventcheck import by_trigger


@pytest.mark.parametrize("text, trigger, sector", [
    ("Militants attacked a police station in Peshawar on Sunday.", "attacked", "COP"),
    ("Gunmen attacked a police vehicle in Quetta.", "attacked", "COP"),
    ("Gunmen ambushed an army convoy near Gao.", "ambushed", "MIL"),
    ("Boko Haram fighters overran a military base in Borno state.", "overran", "MIL"),
    ("Insurgents ambushed a military vehicle in Myanmar's Rakhine State.", "ambushed", "MIL"),  # not 'Rakhine State', NER's person
    ("A roadside bomb hit a military convoy near Gao.", "hit", "MIL"),
])
def test_an_attack_on_a_forces_post_or_convoy_targets_that_force(pipeline, text, trigger, sector):
    e = by_trigger(pipeline, text, trigger)
    assert e.target is not None and e.target.sector == sector, e.target


def test_the_country_comes_from_where_the_post_is(pipeline):
    e = by_trigger(pipeline, "Militants attacked a police station in Peshawar on Sunday.", "attacked")
    assert e.target is not None and e.target.country == "PAK", e.target


def test_a_police_station_one_is_taken_to_is_no_party(pipeline):
    assert not pipeline.code_text("He was taken to a police station in Lahore and questioned.").events


@pytest.mark.parametrize("text, trigger", [
    ("Jihadists attacked a church in Burkina Faso.", "attacked"),  # with ', killing 15 worshippers' they are the target
    ("Gunmen stormed a hotel in Somalia.", "stormed"),
])
def test_a_building_attacked_in_a_country_is_its_people_not_its_state(pipeline, text, trigger):
    """Before, the country stood for its state (no sector) and ACLED called it an armed clash."""
    e = by_trigger(pipeline, text, trigger)
    assert e.target is not None and (e.target.sector, e.target.kind) == ("CVL", None), e.target
    assert e.acled == "Attack", e


def test_a_post_is_no_actor_a_later_the_group_could_mean(pipeline):
    """The post's force is read only where it is attacked; 'the group' still refers to the attackers."""
    article = pipeline.code_text("Boko Haram attacked an army base in Borno. The group said it killed 20 soldiers.")
    assert not [a for a in article.actors if "base" in a.text], article.actors
    killed = next(e for e in article.events if e.trigger.text == "killed")
    assert killed.actor is not None and killed.actor.name == "Boko Haram", killed.actor


def test_a_town_after_near_is_no_person(pipeline):
    """NER calls 'Gao' a person; after 'near', with the places stage resolving it, it is the town."""
    article = pipeline.code_text("Gunmen ambushed an army convoy near Gao.")
    assert not [a for a in article.actors if a.text == "Gao"], article.actors
    assert [p.name for p in article.places] == ["Gao"]


@pytest.mark.parametrize("text, trigger, target", [
    ("Al-Shabaab claimed responsibility for the attack on the hotel.", "attack", "the hotel"),
    ("Gunmen attacked a hotel in the capital.", "attacked", "a hotel"),
])
def test_a_building_attacked_anywhere_is_the_people_at_it(pipeline, text, trigger, target):
    """Before: no target (a building is a thing), so ACLED's rule fell to 'Armed clash'; or 'the capital'."""
    e = by_trigger(pipeline, text, trigger)
    assert e.target is not None and (e.target.text, e.target.sector) == (target, "CVL"), e.target
    assert e.acled == "Attack"


def test_a_building_visited_is_no_target(pipeline):
    assert not [e for e in pipeline.code_text("The minister visited a hospital in Gaza.").events if e.target is not None]
