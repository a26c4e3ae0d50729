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
