"""Definite descriptions of soldiers ('the soldiers', 'the troops') refer back to the one army the
article has named, and to nothing when two countries' forces came before."""

from __future__ import annotations

from test_actors import actors, check, one


def test_the_soldiers_are_the_forces_named_before():
    text = "Kenyan troops entered the town on Friday. The soldiers arrested four men."
    a = one(actors(text), "The soldiers")
    check(a, "Kenyan troops", "KEN", "MIL")
    assert "definite description" in a.method


def test_a_ministry_or_an_official_is_not_what_the_troops_refers_to():
    text = ("British special forces raided a compound on Tuesday, the Ministry of Defence said. "
            "The defence secretary praised the troops.")
    a = one(actors(text), "the troops")
    check(a, "British special forces", "GBR", "MIL")


def test_two_armies_before_leave_the_soldiers_unresolved():
    text = "Russian troops shelled the town on Monday. Ukrainian forces fired back. The soldiers later withdrew."
    a = one(actors(text), "The soldiers")
    assert a.country is None and a.antecedent is None
    assert "definite description" not in a.method


def test_people_named_by_office_are_no_body_of_troops():
    text = "Military leaders met in the capital on Monday. The armed forces were put on alert."
    a = one(actors(text), "The armed forces")
    assert a.name != "Military leaders"


def test_a_town_named_after_its_cue_is_no_person():
    # spaCy tends to call a lone unfamiliar name a person; 'the province of' says it is a place
    text = "A teacher who works in the small town of Ramesh Bonda said he had lost his job."
    found = actors(text)
    assert all("Bonda" not in a.text for a in found)
    assert all(a.antecedent is None or "Bonda" not in a.antecedent.text for a in found)


def test_an_armed_group_named_through_its_leaders_is_what_the_fighters_refers_to():
    text = "Rebel leaders in the north said the fighters would hand over their weapons on Sunday."
    a = one(actors(text), "the fighters")
    assert a.antecedent is not None and a.antecedent.text == "Rebel leaders"
