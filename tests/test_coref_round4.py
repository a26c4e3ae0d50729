"""A courtesy title ('Mr.', 'Ms.') gives a person's gender before any pronoun has: once possessive
names ('Mr. Trump's plan') are person mentions, the nearest agreeing person is no longer whoever was
named last. Sentences written for these tests."""

from __future__ import annotations

from test_actors import actors, one


def test_she_skips_the_nearer_man_titled_mr() -> None:
    text = ("Ms. Alvarez spoke first at the forum. Later, Mr. Brandt's tax plan was attacked by the panel. "
            "She said the plan would fail.")
    assert one(actors(text), "She").name.endswith("Alvarez")


def test_he_skips_the_nearer_woman_titled_ms() -> None:
    text = ("Mr. Okafor spoke first at the forum. Later, Ms. Lindqvist's housing plan was attacked by the panel. "
            "He said the plan would fail.")
    assert one(actors(text), "He").name.endswith("Okafor")


def test_an_untitled_name_stays_open_to_either_pronoun() -> None:
    text = "Dana Whitfield spoke at the forum on Monday. She said the plan would fail."
    assert one(actors(text), "She").name == "Dana Whitfield"


# --- people who share a surname ---------------------------------------------------------------

def test_a_relative_with_the_same_surname_is_another_person() -> None:
    text = ("Senator Mark Delaney spoke on Monday. Delaney said the bill was dead. "
            "His daughter, Ruth Delaney, a lawyer, disagreed with him.")
    found = actors(text)
    assert one(found, "Ruth Delaney").name == "Ruth Delaney"
    assert one(found, "Senator Mark Delaney").name == "Mark Delaney"


def test_a_middle_initial_is_the_same_person() -> None:
    text = "Mark T. Delaney spoke on Monday. Later, Mark Delaney met farmers in the valley."
    found = actors(text)
    assert one(found, "Mark Delaney").name == one(found, "Mark T. Delaney").name


def test_a_lone_surname_goes_to_the_most_mentioned_bearer() -> None:
    text = ("Senator Mark Delaney spoke on Monday. Mark Delaney said the bill was dead. Mark Delaney met voters in the "
            "afternoon. His brother, Paul Delaney, runs a farm nearby. Mr. Delaney said the farm bill would fail.")
    assert one(actors(text), "Mr. Delaney").name == "Mark Delaney"


def test_a_courtesy_title_picks_the_bearer_of_that_gender() -> None:
    text = ("Mr. Luis Ortiz and Ms. Ana Ortiz ran the shop for years. Ms. Ortiz said sales fell in May. "
            "Mr. Ortiz blamed the new road.")
    found = actors(text)
    assert one(found, "Ms. Ortiz").name == "Ana Ortiz"
    assert one(found, "Mr. Ortiz").name == "Luis Ortiz"
