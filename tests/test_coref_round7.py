"""Coreference round 7 (sixteenth session): 'the group' after a sentence naming a group as its subject and a source beside it."""

from __future__ import annotations

from eventcheck import by_trigger

TEXT = ("The rebels, who have besieged the city since May, shelled a displacement camp on Saturday, according to local "
        "activists. The group denied targeting civilians and accused the army of using them as human shields.")


def test_the_group_is_the_subject_of_the_sentence_before_not_the_source_cited(pipeline):
    e = by_trigger(pipeline, TEXT, "accused")
    assert e.actor is not None and e.actor.sector == "REB"  # before: the local activists (CVL)


def test_the_group_after_one_group_named_is_that_group(pipeline):
    text = "Local activists reported heavy shelling in the city. The group said 12 people had died."
    article = pipeline.code_text(text)
    [group] = [a for a in article.actors if a.text == "The group"]
    assert group.antecedent is not None and group.antecedent.text == "Local activists"
