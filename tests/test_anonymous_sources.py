"""The wire formula for an unnamed source ('who asked not to be named', 'declined to be identified', 'speaking on
condition of anonymity') is no report and its verb no quotation's cue. Sentences written for this file."""

from __future__ import annotations

import pytest
from test_quotes import by_cue, quotes


def test_the_quotation_is_told_by_the_official_not_asked_by_who():
    qs = quotes("“The ceasefire is holding,” a UN official who asked not to be named told AFP.")
    assert [(q.kind, q.cue.text if q.cue else None, q.speaker.text if q.speaker else None) for q in qs] == \
        [("direct", "told", "a UN official")], qs


@pytest.mark.parametrize("text, content", [
    ("A senior official, who declined to be identified, said the army would withdraw.", "the army would withdraw"),
    ("Officials, speaking on condition of anonymity, said the talks had stalled.", "the talks had stalled"),
])
def test_only_the_real_report_is_kept(text, content):
    qs = quotes(text)
    assert [q.content.text for q in qs] == [content], qs


def test_asking_to_be_unnamed_is_no_report():
    qs = quotes("The nurse asked not to be named because she feared reprisals.")
    assert not [q for q in qs if "named" in q.content.text], qs


def test_a_cue_conjoined_inside_a_report_is_the_speakers_when_its_subject_is_a_thing():
    """'… said [the attack was …] and vowed …': the parser gives 'vowed' the clause's subject; an attack vows nothing."""
    qs = quotes("The ministry said in a statement that the attack was a cowardly act and vowed to hunt down those responsible.")
    [vowed] = by_cue(qs, "vowed")
    assert vowed.speaker is not None and vowed.speaker.text == "The ministry", vowed.speaker


def test_a_group_that_is_the_clauses_subject_keeps_the_conjoined_cue():
    qs = quotes("He said the rebels had withdrawn and vowed to return.")
    [vowed] = by_cue(qs, "vowed")
    assert vowed.speaker is not None and vowed.speaker.text == "the rebels", vowed.speaker


def test_a_report_whose_source_spoke_anonymously_is_still_a_report():
    """Only the formula's own verb is refused: 'according to X, who spoke on condition of anonymity' still reports."""
    qs = quotes("The talks have stalled, according to a senior official who spoke on condition of anonymity.")
    assert [(q.cue.text if q.cue else None, q.content.text) for q in qs] == [("according to", "The talks have stalled")], qs
