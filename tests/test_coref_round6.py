"""Coref round 6: a name that agreement turns away from a pronoun is still an actor, not a plain noun that owns the
pronoun (coref.pronoun computes the actors' words before filtering by gender)."""

from __future__ import annotations

from eventwire.pipeline import Pipeline


def test_a_man_turned_away_still_counts_as_an_actor(pipeline: Pipeline) -> None:
    article = pipeline.code_text("Mr. Brennan met Mrs. Clinton in Ohio, and voters cheered her.")
    her = [a for a in article.actors if a.text == "her"]
    assert her and her[0].name == "Clinton"
