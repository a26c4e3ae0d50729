"""Places, round 8: blocs, events, people and abbreviations that are no places; buildings and areas whose
namesake towns are abroad; Arab towns without the article; short names after 'near'. Sentences written for
these tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from test_places import by_text, nlp, resolver, run  # noqa: F401  (fixtures)


def _as_ent(nlp, text, words, label, nth=0, *more):
    """The Doc with the `nth` occurrence of `words` labelled `label` (and of each further (words, label, nth) in
    `more`), and no other entity, as spaCy labels such names on real text."""
    doc = nlp(text)
    ents = []
    for words, label, nth in ((words, label, nth), *more):
        toks = words.split()
        starts = [t.i for t in doc if [x.text for x in doc[t.i : t.i + len(toks)]] == toks]
        ents.append(Span(doc, starts[nth], starts[nth] + len(toks), label=label))
    doc.ents = sorted(ents, key=lambda e: e.start)
    return doc


# --- the West -------------------------------------------------------------------------------------------


def test_the_west_is_the_bloc_not_cameroons_province(nlp, resolver):
    p = by_text(run(nlp, resolver, "Relations between Moscow and the West have worsened since 2014."), "West")
    assert (p.country, p.name) == (None, "Western Europe")


def test_a_cue_keeps_the_west_province(nlp, resolver):
    text = "Separatists attacked a school in the West region of Cameroon."
    p = by_text(run(nlp, resolver, text, _as_ent(nlp, text, "West", "LOC")), "West")
    assert p.country == "CMR"


def test_the_south_as_a_bloc_is_no_place(nlp, resolver):
    text = "Voters in the South backed the senator."
    assert not [p for p in run(nlp, resolver, text, _as_ent(nlp, text, "South", "LOC")) if p.text == "South"]


# --- buildings and areas ------------------------------------------------------------------------------


def test_an_airport_abroad_is_not_a_small_us_town_of_its_name(nlp, resolver):
    text = "Passengers at London's Heathrow airport waited for hours after flights from Paris were cancelled."
    p = by_text(run(nlp, resolver, text, _as_ent(nlp, text, "Heathrow", "FAC")), "Heathrow")
    assert p.geonameid is None and p.country != "USA"


def test_a_building_in_the_articles_country_keeps_its_town(nlp, resolver):
    text = "Residents of Orlando and Sanford in Florida met at Heathrow on Monday."
    p = by_text(run(nlp, resolver, text, _as_ent(nlp, text, "Heathrow", "FAC")), "Heathrow")
    assert p.country == "USA" and p.geonameid is not None


def test_an_area_after_a_town_is_in_that_town_not_abroad(nlp, resolver):
    text = "Police in Belfast are investigating burglaries in the Shankill area on Tuesday."
    p = by_text(run(nlp, resolver, text, _as_ent(nlp, text, "Shankill", "GPE")), "Shankill")
    assert p.country == "GBR" and p.geonameid is None  # not Shankill, Ireland


def test_the_area_of_a_town_named_first_stays_that_town(nlp, resolver):
    text = "Three puppies were stolen from a farm in the Fredericton area this week."
    assert by_text(run(nlp, resolver, text), "Fredericton").country == "CAN"


# --- people, nicknames and events ---------------------------------------------------------------------


def test_a_full_names_last_word_is_the_person(nlp, resolver):
    text = "Edward Snowden gave an interview on Monday. WikiLeaks hit Snowden back within hours."
    doc = _as_ent(nlp, text, "Snowden", "GPE", 1, ("Edward Snowden", "PERSON", 0))
    assert not [p for p in run(nlp, resolver, text, doc) if p.text == "Snowden"]  # not Leland, Mississippi


def test_a_surname_that_names_a_state_stays_a_place(nlp, resolver):
    text = "Denzel Washington starred in the film. Washington imposed new sanctions on Iran."
    places = run(nlp, resolver, text, _as_ent(nlp, text, "Washington", "GPE", 1, ("Denzel Washington", "PERSON", 0)))
    assert by_text(places, "Washington").country == "USA"


def test_a_nickname_before_a_listed_surname_is_no_town(nlp, resolver):
    text = 'He mocked "Little Marco" Rubio at a rally in Tampa, Florida.'
    assert not [p for p in run(nlp, resolver, text) if p.text == "Marco"]


def test_a_listed_persons_full_name_after_a_preposition_is_no_place(nlp, resolver):
    text = "The debate began with shots at Marco Rubio over his record."
    assert not [p for p in run(nlp, resolver, text, _as_ent(nlp, text, "Marco Rubio", "FAC")) if "Marco" in p.text]


def test_a_gpe_that_is_a_person_elsewhere_is_that_person(nlp, resolver):
    text = "Scott Pruitt spoke on Monday. Senators took aim at Scott Pruitt over travel costs."
    doc = _as_ent(nlp, text, "Scott Pruitt", "GPE", 1, ("Scott Pruitt", "PERSON", 0))
    assert not [p for p in run(nlp, resolver, text, doc) if p.text == "Scott Pruitt"]


def test_an_event_is_no_venue(nlp, resolver):
    text = "Guests arrived at the Inaugural Ball in Washington on Friday night."
    places = run(nlp, resolver, text, _as_ent(nlp, text, "Inaugural Ball", "FAC"))
    assert not [p for p in places if "Ball" in p.text]


# --- abbreviations ------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, word", [
    ("The MoD denied the report on Monday.", "MoD"),  # not Modesto
    ("Drivers must pass a DBS check before they start.", "DBS"),  # not Dubois
])
def test_an_abbreviation_that_is_only_a_small_towns_alternate_name_is_no_place(nlp, resolver, text, word):
    assert not [p for p in run(nlp, resolver, text, _as_ent(nlp, text, word, "GPE")) if p.text == word]


def test_a_currency_is_no_country(nlp, resolver):
    places = run(nlp, resolver, "The grant was worth US$3.7m, officials in Tunis said.")
    assert not [p for p in places if p.text.startswith("US")]


# --- names the gazetteer missed -----------------------------------------------------------------------


def test_an_arab_town_without_the_article(nlp, resolver):
    p = by_text(run(nlp, resolver, "Turkish artillery fired on Qamishli and other towns along the border."), "Qamishli")
    assert (p.country, p.feature) == ("SYR", "P.PPL")


def test_ghouta_after_a_lower_case_direction(nlp, resolver):
    p = by_text(run(nlp, resolver, "Government forces shelled eastern Ghouta on Sunday."), "Ghouta")
    assert (p.country, p.geonameid) == ("SYR", 173866)


def test_the_middle_east_has_a_geonames_id(nlp, resolver):
    """Event locations need a record with an id: the Middle East is GeoNames' 6269133."""
    p = by_text(run(nlp, resolver, "Violence in the Middle East has displaced millions."), "Middle East")
    assert p.geonameid == 6269133


def test_a_short_name_after_near_is_the_town(nlp, resolver):
    p = by_text(run(nlp, resolver, "French troops killed ten militants near Gao in northern Mali."), "Gao")
    assert (p.country, p.feature) == ("MLI", "P.PPL")


def test_a_town_after_a_residential_building(nlp, resolver):
    p = by_text(run(nlp, resolver, "An air strike hit a residential building in Rafah, killing three people."), "Rafah")
    assert p.country == "PSE"


# --- big cities spaCy called a person or a nationality ------------------------------------------------


def test_a_capital_called_a_nationality_after_a_preposition_is_the_city(nlp, resolver):
    text = "The president flew to Tunis on Monday for talks."
    p = by_text(run(nlp, resolver, text, _as_ent(nlp, text, "Tunis", "NORP")), "Tunis")
    assert (p.country, p.feature) == ("TUN", "P.PPLC")


def test_a_big_city_by_another_name_called_a_person_after_a_preposition_is_the_city(nlp, resolver):
    text = "Militias from Misurata joined the offensive."
    assert by_text(run(nlp, resolver, text, _as_ent(nlp, text, "Misurata", "PERSON")), "Misurata").country == "LBY"


def test_a_nationality_without_a_preposition_is_no_city(nlp, resolver):
    text = "Tunis officials said the talks would resume."
    assert not [p for p in run(nlp, resolver, text, _as_ent(nlp, text, "Tunis", "NORP")) if p.text == "Tunis"]
