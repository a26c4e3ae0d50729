"""Fifth round of role rules (mostly the target): one test per rule family, on sentences written
for this file. Uses the session `pipeline` fixture from conftest.py and the helpers of tests/eventcheck.py."""

from __future__ import annotations

from eventwire.pipeline import Pipeline

from eventcheck import events, only, target


# --- span boundaries -----------------------------------------------------------------------------
def test_a_bracket_opened_in_the_phrase_is_closed_across_a_dotted_abbreviation(pipeline: Pipeline) -> None:
    e = only(pipeline, "Government forces shelled the camp of the Arbor Freedom Front ( A . F . F . ) on Monday.", "ASSAULT")
    assert target(e) == "the camp of the Arbor Freedom Front ( A . F . F . )"


def test_a_non_restrictive_relative_clause_leaves_with_its_closing_comma(pipeline: Pipeline) -> None:
    text = "The opposition leader, who was arrested by police, was released on Friday."
    assert target(only(pipeline, text, "COERCE")) == "The opposition leader"
    assert target(only(pipeline, text, "RETREAT")) == "The opposition leader"


def test_the_act_a_party_is_threatened_with_is_no_part_of_the_party(pipeline: Pipeline) -> None:
    e = only(pipeline, "The president threatened the rebels with military action.", "THREATEN")
    assert target(e) == "the rebels"
    assert target(only(pipeline, "Washington threatened Tehran with new sanctions.", "THREATEN")) == "Tehran"


# --- argument structure --------------------------------------------------------------------------
def test_a_noun_of_support_is_for_whom_it_is_given(pipeline: Pipeline) -> None:
    assert target(only(pipeline, "The foreign minister voiced strong support for the opposition leader.", "SUPPORT")) == "the opposition leader"
    assert target(only(pipeline, "The mayor expressed sympathy for the flood victims.", "SUPPORT")) == "the flood victims"
    # a thing supported is no party
    assert target(only(pipeline, "The minister expressed support for efforts to end the war.", "SUPPORT")) is None


def test_whom_a_verb_of_enabling_helps_is_the_subject_of_its_bare_infinitive(pipeline: Pipeline) -> None:
    e = only(pipeline, "Norway pledged new aid to help Nepal rebuild its schools.", "AGREE")
    assert target(e) == "Nepal"


def test_what_a_protest_is_against_is_its_target_a_policy_as_much_as_a_party(pipeline: Pipeline) -> None:
    e = only(pipeline, "Protesters marched against the new tax law in the capital.", "PROTEST")
    assert target(e) == "the new tax law"
    # where the march went is not what it was against
    assert all(target(x) != "the capital" for x in events(pipeline, "Protesters marched against the new tax law in the capital."))


def test_who_undergoes_an_event_noun_is_its_of_phrase_as_its_possessor_would_be(pipeline: Pipeline) -> None:
    e = only(pipeline, "The rebels announced the release of twelve hostages.", "RETREAT")
    assert target(e) == "twelve hostages"


def test_a_participle_qualifying_a_noun_was_done_to_that_noun(pipeline: Pipeline) -> None:
    e = only(pipeline, "Washington demanded the release of the detained activists.", "COERCE")
    assert target(e) == "the detained activists"
