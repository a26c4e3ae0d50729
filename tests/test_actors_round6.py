"""Actors, round 6: the short form of a named organisation ('the Council') is that organisation; a
person's name with a possessive is that person. Sentences written for these tests."""

from __future__ import annotations

import pytest

from test_actors import actors, check, one


@pytest.mark.parametrize("text, short, name, sector", [
    ("The UN Human Rights Council met in Geneva on Monday. The Council voted to open an inquiry.",
     "The Council", "UN Human Rights Council", "IGO"),
    ("The European Commission fined the company. The Commission said the fine was final.",
     "The Commission", "European Commission", "IGO"),
    ("The International Criminal Court opened a case. The Court said it had jurisdiction.",
     "The Court", "International Criminal Court", "IGO"),
])
def test_the_short_form_of_a_named_organisation_is_that_organisation(text, short, name, sector):
    a = one(actors(text), short)
    check(a, name, None, sector)
    assert a.method.startswith("short form")


def test_the_short_form_takes_the_last_organisation_with_that_head_noun():
    text = ("The UN Security Council met on Monday. The UN Human Rights Council met on Tuesday. "
            "The Council condemned the attack.")
    assert one(actors(text), "The Council").name == "UN Human Rights Council"


def test_a_chamber_is_not_the_short_form_of_another_house():
    # 'House' is not a short-form head noun: the White House is not the House of Representatives
    text = "The White House welcomed the bill. The House passed it on Friday."
    assert one(actors(text), "The House").name != "White House"


def test_a_short_form_with_no_full_name_before_it_stays_itself():
    assert one(actors("The Council voted to raise taxes on Monday."), "The Council").name == "Council"


def test_a_possessive_name_that_is_a_person_elsewhere_is_that_person():
    # spaCy tags "Georgia O'Keeffe's" ORG here and 'Georgia O'Keeffe' PERSON in the next sentence
    text = ("A lawyer for Georgia O'Keeffe's estate said the museum would keep the paintings. "
            "The estate of Georgia O'Keeffe sued.")
    a = one(actors(text), "Georgia O'Keeffe's")
    assert (a.kind, a.country) == ("person", None)  # not an organisation of Georgia the country


def test_a_possessive_is_not_part_of_a_persons_name():
    # spaCy tags "Rosa Delgado's" PERSON (with the possessive) and the later 'Delgado' ORG
    found = actors("The senator criticized Rosa Delgado's plan. Delgado said she would not back down.")
    assert one(found, "Rosa Delgado's").name == "Rosa Delgado"
    later = one(found, "Delgado")
    assert (later.name, later.kind) == ("Rosa Delgado", "person")
    assert one(found, "she").name == "Rosa Delgado"
