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


def test_a_bare_vehicle_after_by_is_the_means_not_the_actor(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "The soldiers were flown in by helicopter on Tuesday.", "flown")
    assert e.actor is None and "is how, not who" in e.rule


def test_a_gunship_that_kills_is_still_the_actor(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "Two civilians were killed by a helicopter gunship on Tuesday.", "killed")
    assert e.actor is not None and e.actor.text == "a helicopter gunship"


def test_a_nationality_on_a_checkpoint_names_its_holder_not_where(pipeline: Pipeline) -> None:
    text = "Israel said on Monday that it would respond. Gunmen attacked an Israeli checkpoint overnight."
    assert by_trigger(pipeline, text, "attacked").location is None
