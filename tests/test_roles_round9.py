"""Where, round 9: a clause that dates the event by a journey ('before the minister leaves for Manila') names that
journey's place, not the event's; a place inside any other dating clause still counts."""

from __future__ import annotations

from eventwire.pipeline import Pipeline

from eventcheck import by_trigger


def test_the_next_stop_of_a_journey_is_not_where_the_event_is(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "The two governments will sign the accord before the minister leaves for Manila on Thursday.", "sign")
    assert e.location is None and (e.target is None or e.target.text != "Manila")
    e = by_trigger(pipeline, "The ministers signed the accord before the envoy flew to Doha.", "signed")
    assert e.location is None


def test_a_place_in_a_dating_clause_without_a_journey_still_counts(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "Police arrested five men after they rioted in Kisumu.", "arrested")
    assert e.location is not None and e.location.text == "Kisumu"


def test_the_journey_itself_keeps_its_destination(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "The ministers signed the accord before the envoy flew to Doha.", "flew")
    assert e.location is not None and e.location.text == "Doha"


def test_what_is_mobilized_is_not_the_target(pipeline: Pipeline) -> None:
    """'deployed boats', 'deployed troops': the object of a mobilisation is its means; the target comes from elsewhere."""
    e = by_trigger(pipeline, "The navy deployed boats along the coast on Sunday.", "deployed")
    assert e.type == "MOBILIZE" and (e.target is None or e.target.text != "boats")
    e = by_trigger(pipeline, "Kenya deployed police officers against the protesters.", "deployed")
    assert e.target is not None and e.target.text == "the protesters"
