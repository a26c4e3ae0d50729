"""Incidents (events/incidents.py, data/events/incidents.yaml): what news reports that is no political act
is labelled with the ontology's non-political labels, with its place and date, and a hazard or a vehicle
is never an event's actor."""

from __future__ import annotations

import pytest

from eventwire.model import Article
from eventwire.pipeline import Pipeline
from tests.eventcheck import PUBLISHED, events


def coded(pipeline: Pipeline, text: str) -> Article:
    article = pipeline.code_text(text, published=PUBLISHED)
    for i in article.incidents:
        assert article.text[i.trigger.start:i.trigger.end] == i.trigger.text
        assert article.text[i.start:i.end] == i.sentence
    return article


@pytest.mark.parametrize(
    ("text", "trigger", "label", "where"),
    [
        ("Flash floods cut off more than 200 villages near Sylhet on Sunday.", "floods", "Natural disaster", "Sylhet"),
        ("An earthquake killed 40 people in western Nepal on Friday.", "earthquake", "Natural disaster", "Nepal"),
        ("Cyclone Freddy made landfall in Mozambique.", "Cyclone", "Natural disaster", "Mozambique"),
        ("A landslide buried a village in Papua New Guinea.", "landslide", "Natural disaster", "Papua New Guinea"),
        ("A bus crashed into a ravine near Shimla, killing 12 passengers.", "crashed", "Man-made disaster", "Shimla"),
        ("A ferry sank off Bali on Sunday.", "sank", "Man-made disaster", "Bali"),
        ("A fire broke out at a garment factory in Dhaka, killing nine workers.", "fire", "Man-made disaster", "Dhaka"),
        ("A gas explosion destroyed a block of flats in Lyon.", "explosion", "Man-made disaster", "Lyon"),
        ("Police said a gang had smuggled cocaine through the port of Guayaquil.", "smuggled", "Organised crime", "Guayaquil"),
    ],
)
def test_incident_labelled_with_place(pipeline: Pipeline, text: str, trigger: str, label: str, where: str) -> None:
    article = coded(pipeline, text)
    found = [(i.trigger.text, i.label, i.location.name if i.location else None) for i in article.incidents]
    assert len(found) == 1 and found[0][:2] == (trigger, label), found
    assert where in (found[0][2] or ""), found


@pytest.mark.parametrize(
    "text",
    [
        "The vote was a political earthquake for the ruling party.",
        "A flood of refugees crossed the border last week.",
        "A storm of criticism followed the decision.",
        "The stock market crash wiped out pensions.",
        "The collapse of the talks angered the opposition.",
        "Gunmen opened fire at a market in Kano.",
        "Rioters set fire to a police station in the city.",
        "A missile sank a cargo ship in the Red Sea.",
        "The flood forecasting centre in Dhaka said rivers would rise.",
        "Officials denied a leak of the documents to the press.",
        "She won the state in a landslide.",
        "Forecasters expect a busy season, with 14 named storms.",
        "The long-term average is 12 named storms, six hurricanes and three major hurricanes.",
        "Seven of those are expected to become hurricanes.",
        "Volunteers from Sanders's New Hampshire landslide waved signs.",
        # a count whose list the parser hangs on the counting noun itself
        "While above the 30-year average of 14 named storms, seven hurricanes and three major hurricanes, the new outlook is milder than last year.",
        # a title, and an idiom
        'The novel, published as "The Flood," sold well in Lagos.',
        "Aides said the silence was the calm before the storm.",
        # a figure's field named after it
        "Traders braced for tremors in the bond market after the rate decision.",
        "Officials in Accra fear a storm in the currency markets.",
        "Analysts said tremors are likely in the currency market after the vote.",
        # kinds in a list, not happenings
        "Emergencies that can trigger a text alert include wildfires, chemical spills or missing children.",
    ],
)
def test_figures_of_speech_and_acts_are_no_incidents(pipeline: Pipeline, text: str) -> None:
    assert coded(pipeline, text).incidents == []


@pytest.mark.parametrize(
    "text",
    [
        "An earthquake killed 40 people in western Nepal on Friday.",
        "A bus crashed into a ravine near Shimla, killing 12 passengers.",
        "A fire broke out at a garment factory in Dhaka, killing nine workers.",
    ],
)
def test_a_hazard_or_vehicle_is_no_actor(pipeline: Pipeline, text: str) -> None:
    assert [e for e in events(pipeline, text) if e.type in {"ASSAULT", "COERCE"}] == []


def test_listed_disasters_with_a_place_still_happened(pipeline: Pipeline) -> None:
    found = coded(pipeline, "The year's disasters included floods in Sylhet and a cyclone in Odisha.").incidents
    assert [i.trigger.text for i in found][:1] == ["floods"], found


def test_a_named_storm_named_again_is_the_same_storm(pipeline: Pipeline) -> None:
    text = ("Cyclone Idai flattened villages near Beira on Friday. Insurers said Cyclone Idai would cost them dearly. "
            "Cyclone Kenneth followed a month later.")
    assert [i.trigger.text for i in coded(pipeline, text).incidents] == ["Cyclone", "Cyclone"]


def test_a_bomb_blast_is_still_an_attack(pipeline: Pipeline) -> None:
    text = "A bomb blast killed six people at a market in Kabul."
    assert coded(pipeline, text).incidents == []


def test_a_repeated_definite_mention_is_the_same_incident(pipeline: Pipeline) -> None:
    text = "Floods hit northern Kenya on Monday.\n\nThe floods also cut the main road to Ethiopia."
    assert [i.trigger.text for i in coded(pipeline, text).incidents] == ["Floods"]


def test_two_sinkings_are_two_incidents(pipeline: Pipeline) -> None:
    text = "A ferry sank off Bali on Sunday.\n\nA fishing boat sank near Lombok on Monday."
    assert [i.trigger.text for i in coded(pipeline, text).incidents] == ["sank", "sank"]


@pytest.mark.parametrize("text", [
    "A fire killed 19 people in a market in Dhaka.",
    "A market fire killed 19 people.",
])
def test_a_market_fire_is_a_disaster_not_an_attack(pipeline: Pipeline, text: str) -> None:
    """'market' marks a figure for a crash ('a market crash'); for a fire it is the building that burned. Before:
    no incident, and ASSAULT with 'A fire' as the attacker."""
    article = coded(pipeline, text)
    assert [(i.label, i.trigger.text) for i in article.incidents] == [("Man-made disaster", "fire")]
    assert not [e for e in article.events if e.type == "ASSAULT"]


def test_a_market_crash_stays_a_figure(pipeline: Pipeline) -> None:
    assert not coded(pipeline, "The stock market crash wiped out savings.").incidents
