"""Actors round 10: police serve at home, so a town they are 'in' gives their country and counts towards the
article's main state (actors/titles.location, ActorResolver._dominant)."""

from __future__ import annotations

from datetime import date

from eventwire.pipeline import Pipeline


def countries(pipeline: Pipeline, text: str) -> dict[str, str | None]:
    article = pipeline.code_text(text, published=date(2024, 3, 5))
    return {a.text: a.country for a in article.actors}


def test_police_in_a_town(pipeline: Pipeline) -> None:
    found = countries(pipeline, "Police in Basra arrested ten protesters on Sunday.")
    assert found["Police"] == "IRQ"


def test_a_nationality_still_wins(pipeline: Pipeline) -> None:
    assert countries(pipeline, "British police in Basra trained local officers.")["British police"] == "GBR"


def test_protesters_in_a_town_get_no_country(pipeline: Pipeline) -> None:
    assert countries(pipeline, "Protesters in Basra blocked the main road.")["Protesters"] is None


def test_the_police_make_the_state_the_main_one(pipeline: Pipeline) -> None:
    text = ("Police in Nairobi fired tear gas to disperse protesters, witnesses said.\n\n"
            "Kenya's interior ministry said 23 people had been arrested. Opposition leaders urged the government "
            "to reverse the increase.")
    assert countries(pipeline, text)["the government"] == "KEN"
