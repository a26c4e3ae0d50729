"""Where and whom, round 8: a nationality on the towns an act is done to places it in that country; a
participle the tagger hung on a name as a noun ('had [overrun] Aybak') is the act, not part of the party."""

from __future__ import annotations

from eventwire.pipeline import Pipeline

from eventcheck import by_trigger


def test_a_nationality_on_the_towns_seized_is_where(pipeline: Pipeline) -> None:
    text = "Ukraine said on Monday that the offensive had stalled. Russian troops shelled several Ukrainian villages overnight."
    e = by_trigger(pipeline, text, "shelled")
    assert e.location is not None and (e.location.text, e.location.country) == ("Ukrainian", "UKR")
    assert "nationality of the territory" in e.rule


def test_no_country_named_in_the_article_means_no_place_from_a_nationality(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "Russian troops shelled several Ukrainian villages overnight.", "shelled")
    assert e.location is None


def test_a_nationality_on_the_forces_is_not_where(pipeline: Pipeline) -> None:
    text = "Ukraine said on Monday that the offensive had stalled. Rebels ambushed Ukrainian soldiers overnight."
    assert by_trigger(pipeline, text, "ambushed").location is None


def test_a_participle_tagged_as_a_noun_stays_out_of_the_place_acted_on(pipeline: Pipeline) -> None:
    text = "The group's spokesman claimed it had overrun Aybak, the capital of the northern province of Samangan."
    e = by_trigger(pipeline, text, "overrun")
    assert e.target is not None and e.target.text == "Aybak"
