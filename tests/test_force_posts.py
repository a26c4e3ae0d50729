"""A force's post, vehicle or column named by its force ('a police station', 'an army convoy') stands for that force
as a party: the target of an attack on it is the police or the military. Sentences written for this file."""

from __future__ import annotations

import pytest
from eventcheck import by_trigger


@pytest.mark.parametrize("text, trigger, sector", [
    ("Militants attacked a police station in Peshawar on Sunday.", "attacked", "COP"),
    ("Gunmen attacked a police vehicle in Quetta.", "attacked", "COP"),
    ("Gunmen ambushed an army convoy near Gao.", "ambushed", "MIL"),
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
    ("Jihadists attacked a church in Burkina Faso, killing 15 worshippers.", "attacked"),
    ("Gunmen stormed a hotel in Somalia.", "stormed"),
])
def test_a_building_attacked_in_a_country_is_its_people_not_its_state(pipeline, text, trigger):
    """Before, the country stood for its state (no sector) and ACLED called it an armed clash."""
    e = by_trigger(pipeline, text, trigger)
    assert e.target is not None and (e.target.sector, e.target.kind) == ("CVL", None), e.target
    assert e.acled == "Attack", e
