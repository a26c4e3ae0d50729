"""Places, round 7: an acronym after 'the', or one the actors KB names as an organisation, is a body, not a
town with that alternate name. Sentences written for these tests."""

from __future__ import annotations

import pytest
from spacy.tokens import Span

from test_places import by_text, nlp, resolver, run  # noqa: F401  (fixtures)


@pytest.mark.parametrize("text", [
    "The NRA spent millions on the race.",
    "Members of the NRA gathered in Dallas on Friday.",
])
def test_an_acronym_after_the_is_no_town(nlp, resolver, text):
    assert not [p for p in run(nlp, resolver, text) if p.text == "NRA"]


def test_the_rest_of_the_article_is_not_pulled_to_the_acronym_town(nlp, resolver):
    places = run(nlp, resolver, "Members of the NRA gathered in Dallas on Friday.")
    assert by_text(places, "Dallas").country == "USA"  # Narrandera made the article 'about Australia'


def test_an_acronym_that_names_a_country_stays_a_place(nlp, resolver):
    places = run(nlp, resolver, "Officials from the UAE arrived in Cairo on Monday.")
    assert by_text(places, "UAE").country == "ARE"


def test_a_place_cue_keeps_an_acronym_a_place(nlp, resolver):
    places = run(nlp, resolver, "Shelling hit the town of NRA overnight.")
    assert [p for p in places if p.text == "NRA"]


def _as_gpe(nlp, text, word):
    """The Doc with `word` labelled GPE, as spaCy labels some acronyms on real text."""
    doc = nlp(text)
    i = next(t.i for t in doc if t.text == word)
    doc.ents = [Span(doc, i, i + 1, label="GPE")]
    return doc


def test_a_bare_acronym_the_kb_names_as_an_organisation_is_no_town(nlp, resolver):
    text = "PKK fighters attacked a base near the border."
    assert not [p for p in run(nlp, resolver, text, _as_gpe(nlp, text, "PKK")) if p.text == "PKK"]  # not Pakokku


def test_a_place_preposition_keeps_a_bare_acronym_a_place(nlp, resolver):
    text = "The convoy drove on to PKK overnight."
    assert [p for p in run(nlp, resolver, text, _as_gpe(nlp, text, "PKK")) if p.text == "PKK"]


def test_a_state_postal_code_after_the_stays_a_place(nlp, resolver):
    places = run(nlp, resolver, "She will run the DC office opening next week.")
    assert by_text(places, "DC").country == "USA"


# --- what a candidate wins is a division ------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Joe Biden won Georgia by a narrow margin.",  # NER's person
    "Biden won Georgia by a narrow margin.",  # a listed person's surname
    "Mary Smith carried Georgia, and her rival conceded.",
])
def test_a_person_who_wins_or_loses_it_makes_it_the_state(nlp, resolver, text):
    p = by_text(run(nlp, resolver, text), "Georgia")
    assert (p.country, p.feature) == ("USA", "A.ADM1")


@pytest.mark.parametrize("text", [
    "Russia invaded Georgia in 2008.",  # no election verb
    "Russia won Georgia over with cheap gas.",  # no person wins it
    "Biden visited Georgia in May.",
])
def test_without_a_person_winning_it_the_country_stays(nlp, resolver, text):
    assert by_text(run(nlp, resolver, text), "Georgia").country == "GEO"


def test_the_method_says_a_person_won_it(nlp, resolver):
    p = by_text(run(nlp, resolver, "Joe Biden won Georgia by a narrow margin."), "Georgia")
    assert "a person 'won' it" in p.method
