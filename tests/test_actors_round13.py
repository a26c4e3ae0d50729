"""Actors round 13 (sixteenth session): whose state an unnamed official serves in a story filed from its capital, 'the
junta' after an ambassador, a state's office in a capital, and a name the tagger calls an organisation after a title."""

from __future__ import annotations

STORY = ("Mali junta expels French envoy\n\n"
         "BAMAKO (Wire) - Mali's military rulers on Monday ordered the French ambassador to leave the country within "
         "72 hours, escalating a diplomatic row with the former colonial power.\n\n"
         "The junta accused Paris of meddling in Mali's internal affairs. \"These outlets have spread false allegations,\" "
         "government spokesman Colonel Abdoulaye Maiga said on state television.\n\n"
         "France said it regretted the decision. The foreign ministry in Paris said it would not negotiate under pressure. "
         "France said French troops would stay in the region.")


def _actor(article, text):
    return next(a for a in article.actors if a.text == text)


def test_an_unnamed_official_serves_the_state_of_a_lead_filed_from_its_capital(pipeline):
    article = pipeline.code_text(STORY, published="2024-01-29")
    spokesman = next(a for a in article.actors if "Maiga" in a.text)
    assert spokesman.country == "MLI"  # before: France, named more often as the other side


def test_the_junta_is_not_the_ambassador_named_last(pipeline):
    article = pipeline.code_text(STORY, published="2024-01-29")
    assert _actor(article, "The junta").country == "MLI"  # before: the French ambassador's FRA


def test_a_states_office_in_a_capital_is_that_states(pipeline):
    article = pipeline.code_text(STORY, published="2024-01-29")
    assert _actor(article, "The foreign ministry").country == "FRA"
    assert _actor(pipeline.code_text("The government in Kabul rejected the claim."), "The government").country == "AFG"

