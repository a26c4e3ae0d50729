"""Reciprocal acts: 'Indonesia and Japan held talks', 'rebels and soldiers clashed': the first party named is the actor
(cut to its own words) and the second the target, when nothing else in the sentence names a target."""

from __future__ import annotations

import pytest

from eventwire.pipeline import Pipeline

from eventcheck import by_trigger


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "target"),
    [
        ("Ghana and Togo held talks on border security on Tuesday.", "talks", "Ghana", "Togo"),
        ("Ghana and Togo met in Lome on Tuesday.", "met", "Ghana", "Togo"),
        ("Militiamen and soldiers clashed near Bunia overnight.", "clashed", "Militiamen", "soldiers"),
        ("Ethiopia and Eritrea agreed to reopen two border crossings.", "agreed", "Ethiopia", "Eritrea"),
    ],
)
def test_the_second_party_of_a_reciprocal_act_is_its_target(pipeline: Pipeline, text: str, trigger: str, actor: str,
                                                              target: str) -> None:
    e = by_trigger(pipeline, text, trigger)
    assert e.actor is not None and e.actor.text == actor, e.rule
    assert e.target is not None and e.target.text == target, e.rule


def test_a_named_counterpart_wins_over_the_second_subject(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "Ghana and Togo held talks with Benin on Tuesday.", "talks")
    assert e.target is not None and e.target.text == "Benin", e.rule


def test_a_one_sided_act_of_two_parties_has_no_such_target(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "Ghana and Togo condemned the coup.", "condemned")
    assert e.target is None or e.target.text not in {"Togo", "Ghana"}, e.rule
