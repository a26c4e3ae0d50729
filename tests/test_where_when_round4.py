"""Where and when, round 4 (the demo samples and the seed read as an analyst): a region in an office's title
('his top Middle East commander', 'the UN's Africa envoy') is the post's, not where the event is."""

from __future__ import annotations

from eventwire.pipeline import Pipeline

from eventcheck import by_trigger


def test_a_region_in_a_commanders_or_envoys_title_is_not_the_events(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "On Friday the defence chief spoke with his top Middle East commander, General Ana Ruiz.", "spoke")
    assert e.location is None, e.rule
    e = by_trigger(pipeline, "The minister met the bloc's Sahel coordinator, Paul Dube, on Tuesday.", "met")
    assert e.location is None or e.location.text != "Sahel", e.rule


def test_a_place_the_meeting_is_in_stays(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "In Baghdad, the defence chief met his top commander on Friday.", "met")
    assert e.location is not None and e.location.text == "Baghdad", e.rule


def test_a_purpose_infinitive_is_done_where_and_when_the_act_it_serves_is(pipeline: Pipeline) -> None:
    # (an aim of the act's own kind, 'fired rubber bullets to disperse', is folded into the act: test_restated_aims.py)
    e = by_trigger(pipeline, "Soldiers in Kisumu deployed on Friday to arrest hundreds of traders.", "arrest")
    assert e.location is not None and e.location.text == "Kisumu", e.rule
    assert e.date is not None and e.date.value == "2024-03-08", e.rule


def test_a_planned_purpose_takes_no_date_of_the_act_it_serves(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "The army will deploy troops on Friday to arrest the rebel leaders.", "arrest")
    assert e.modality != "asserted" or e.date is None, e.rule


def test_where_the_actor_is_places_an_act_nothing_else_places(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "Police in Kumasi moved quickly to arrest the organisers of the march.", "arrest")
    assert e.location is not None and e.location.text == "Kumasi", e.rule
    e = by_trigger(pipeline, "Police in Kumasi moved quickly to arrest the organisers in Accra.", "arrest")
    assert e.location is not None and e.location.text == "Accra", e.rule


def test_a_coming_day_in_another_clause_does_not_date_a_done_act(pipeline: Pipeline) -> None:
    text = "Union leaders called for a general strike next Monday and urged the government to cut fuel prices."
    e = by_trigger(pipeline, text, "urged")
    assert e.date is None, e.rule
