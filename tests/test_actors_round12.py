"""Actors, round 12: posts held in a company are business (BUS), not government, and take no state's country from
the story ('Upjohn officials', 'the company's president', 'a vice president at X Inc.'); a company named with its
legal form is business; a town in a newspaper's name ('The Boston Globe') is no evidence of where a story happens.
Sentences written for these tests."""

from __future__ import annotations

import pytest
from eventcheck import actor_with_text

from eventwire.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("Halvern Co. reported higher profit. Halvern officials said demand for its drugs rose.", "Halvern officials"),
        ("Tesbro Inc. lost the contract. A Tesbro spokeswoman declined to comment.", "A Tesbro spokeswoman"),
        ("The company's president said sales rose in Ohio.", "The company's president"),
        ("Senators in Washington asked an official of the firm to testify.", "an official"),
        ("Dale Porter, a vice president at Morrow Capital Management Inc., said the bid was too low.", "Dale Porter"),
    ],
)
def test_a_post_held_in_a_company_is_business(pipeline: Pipeline, text: str, who: str) -> None:
    actor = actor_with_text(pipeline.code_text(text), who)
    assert actor.sector == "BUS", actor


def test_a_companys_pronoun_owner_makes_its_president_business(pipeline: Pipeline) -> None:
    article = pipeline.code_text("Carvell Holdings Corp. rejected the offer on Monday. Its president, Ann Tully, said "
                                 "the board would meet again.")
    assert actor_with_text(article, "Ann Tully").sector == "BUS"


def test_a_company_post_takes_no_home_country_but_the_companys_nationality(pipeline: Pipeline) -> None:
    text = ("The governor of Ohio met state lawmakers in Columbus. An official of the French company said the plant "
            "would close. Officials at a Canadian firm said the deal was off.")
    article = pipeline.code_text(text)
    official = actor_with_text(article, "An official")
    assert (official.country, official.sector) == ("FRA", "BUS")
    officials = actor_with_text(article, "Officials")
    assert (officials.country, officials.sector) == ("CAN", "BUS")


def test_a_company_named_with_its_legal_form_is_business(pipeline: Pipeline) -> None:
    article = pipeline.code_text("Brantley Steel Corp. said it would cut 300 jobs.")
    assert actor_with_text(article, "Brantley Steel Corp.").sector == "BUS"


@pytest.mark.parametrize(
    ("text", "who", "sector"),
    [
        ("Pentagon officials said the drills would go ahead.", "Pentagon officials", "MIL"),
        ("Ministry officials said the talks would resume.", "Ministry officials", "GOV"),
        ("Party officials met in the capital.", "Party officials", "POL"),
    ],
)
def test_officials_of_no_company_keep_their_sector(pipeline: Pipeline, text: str, who: str, sector: str) -> None:
    assert actor_with_text(pipeline.code_text(text), who).sector == sector


def test_a_name_without_a_legal_form_is_no_company(pipeline: Pipeline) -> None:
    # nothing says Drevon is a company: its officials stay as the title says
    assert actor_with_text(pipeline.code_text("Drevon officials said the talks would resume."), "Drevon officials").sector == "GOV"


def test_a_newspapers_town_is_not_where_the_story_happens(pipeline: Pipeline) -> None:
    article = pipeline.code_text("A column in The Boston Globe criticized the mayor.")
    assert actor_with_text(article, "the mayor").country is None


def test_a_town_named_as_a_place_still_places_the_story(pipeline: Pipeline) -> None:
    article = pipeline.code_text("The mayor of Boston met the governor.")
    assert actor_with_text(article, "the governor").country == "USA"


def test_a_post_in_a_companys_unit_is_business(pipeline: Pipeline) -> None:
    article = pipeline.code_text("Orton Corp. posted a loss. Bill Kay, president of the company's Orton Enterprises Inc. "
                                 "unit, said sales fell in Texas.")
    assert actor_with_text(article, "Bill Kay").sector == "BUS"


def test_a_government_corporation_is_government(pipeline: Pipeline) -> None:
    article = pipeline.code_text("The Federal Deposit Insurance Corp. seized the savings bank on Friday.")
    assert actor_with_text(article, "The Federal Deposit Insurance Corp.").sector == "GOV"


def test_a_company_name_before_a_title_makes_the_post_business(pipeline: Pipeline) -> None:
    article = pipeline.code_text("Kestrel Broadcasting Corp. rejected the bid. Kestrel Vice President Ann Moss said the "
                                 "offer was too low.")
    assert actor_with_text(article, "Kestrel Vice President Ann Moss").sector == "BUS"
