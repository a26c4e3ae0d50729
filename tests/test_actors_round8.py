"""Actors, round 8: a US-style title in a story about another country; a verb of saying that opens a PERSON
span ('Said Allen, ...'). Sentences written for these tests."""

from __future__ import annotations

from spacy.tokens import Span
from test_actors import ACTORS, NLP, actors, one

CHINA = "China's President Xi Jinping met Chinese officials in Beijing. Chinese diplomats said China would retaliate. "


# --- a US-style title and the article's main state actor ----------------------------------------------

def test_a_us_title_with_us_places_is_not_the_main_state_actor() -> None:
    found = actors(CHINA + "Sen. Ben Sasse criticized the deal in Omaha.")
    sasse = one(found, "Sen. Ben Sasse")
    assert (sasse.country, sasse.sector) == ("USA", "LEG")
    assert "US title 'Sen.'" in sasse.method
    assert one(found, "Chinese officials").country == "CHN"  # the others keep theirs


def test_a_us_title_with_a_us_state_named_after_the_name() -> None:
    found = actors(CHINA + "Rep. Jane Doyle of Ohio called the deal a mistake.")
    assert one(found, "Rep. Jane Doyle").country == "USA"


def test_a_us_title_with_no_us_evidence_keeps_the_fallback() -> None:
    found = actors(CHINA + "Sen. Ben Sasse criticized the deal.")
    assert one(found, "Sen. Ben Sasse").country == "CHN"  # nothing in the text says American


def test_the_united_states_named_as_a_partner_is_no_us_evidence() -> None:
    text = ("Nigerian President Bola Tinubu met Nigerian officials in Abuja. Nigerian troops said Nigeria would act. "
            "Gov. Babagana Zulum thanked the United States for the aid.")
    assert one(actors(text), "Gov. Babagana Zulum").country == "NGA"


def test_a_title_that_is_no_us_form_keeps_the_fallback() -> None:
    found = actors(CHINA + "Senator Li Wei criticized the deal in Omaha.")
    assert one(found, "Senator Li Wei").country == "CHN"


# --- a verb of saying glued to the front of a PERSON span -------------------------------------------

def test_a_sentence_initial_said_is_no_part_of_the_name() -> None:
    found = actors("The rally drew thousands. Said Allen, a spokesman for the campaign: “It went well.”")
    allen = one(found, "Allen")
    assert allen.name == "Allen"
    assert not any("Said" in a.text or "Said" in a.name for a in found)


def test_a_headline_says_is_no_part_of_the_name() -> None:
    doc = NLP("Says Mary Walker, who runs the shelter: we need more beds.")
    doc.ents = [Span(doc, 0, 3, label="PERSON")]  # NER's span as it comes on such text: 'Says Mary Walker'
    at = ACTORS.finder.units(doc, {})
    assert (at[1].start, at[1].end) == (1, 3) and at.get(0) is None


def test_said_as_a_first_name_used_mid_sentence_stays() -> None:
    found = actors("Said Jalili, the negotiator, arrived in Vienna. Iran sent Said Jalili to the talks.")
    assert one(found, "Said Jalili").name == "Said Jalili"
