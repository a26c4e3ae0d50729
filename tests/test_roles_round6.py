"""Sixth round of role rules, from an analyst's audit of coded news: who does an act asked for, clauses on a
role's noun, relative pronouns, 'under investigation', and forces a state moves. One test per rule family, on
sentences written for this file. Uses the session `pipeline` fixture and the helpers of tests/eventcheck.py."""

from __future__ import annotations

from eventwire.pipeline import Pipeline

from eventcheck import actor, by_trigger, events, only, target


# --- an act asked for is done by the party asked, never by the asker -------------------------------
def test_an_undertaking_demanded_has_no_actor_when_the_party_asked_is_not_named(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "The opposition demanded a promise not to recognize the new government.", "recognize")
    assert e.modality == "requested" and actor(e) is None
    e = by_trigger(pipeline, "The council urged a pledge to release the detainees.", "release")
    assert e.modality == "requested" and actor(e) is None
    # the asker still does the asking
    assert actor(only(pipeline, "The council urged a pledge to release the detainees.", "REQUEST")) == "The council"


def test_the_party_pressed_for_an_undertaking_is_its_actor(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "Washington pressed Israel for a pledge to withdraw from the town.", "withdraw")
    assert e.modality == "requested" and actor(e) == "Israel"


def test_the_party_called_on_or_appealed_to_does_the_act(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "The UN called on Israel to withdraw from Gaza.", "withdraw")
    assert e.modality == "requested" and actor(e) == "Israel"
    e = by_trigger(pipeline, "Activists appealed to the rebels to free the hostages.", "free")
    assert actor(e) == "the rebels"


def test_asking_for_ones_own_act_or_leave_to_act_keeps_the_asker(pipeline: Pipeline) -> None:
    assert actor(by_trigger(pipeline, "The rebels demanded to meet the president.", "meet")) == "The rebels"
    assert actor(by_trigger(pipeline, "The rebels sought permission to visit the camp.", "visit")) == "The rebels"


def test_a_passive_subjunctive_of_a_demand_is_requested(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "The opposition demanded that troops be withdrawn from the city.", "withdrawn")
    assert e.modality == "requested" and actor(e) is None


def test_a_refusal_urged_on_someone_is_requested(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "The minister urged the governors not to allow any rallies in the capital.", "allow")
    assert e.modality == "requested" and actor(e) == "the governors"


# --- clauses on a role's noun --------------------------------------------------------------------
def test_a_participle_on_a_noun_names_its_doer(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "Soldiers battling the rebels in the north have been reinforced.", "battling")
    assert actor(e) == "Soldiers" and target(e) == "the rebels"


def test_a_passive_participle_on_a_party_names_whom_it_was_done_to(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "A journalist arrested by the police in Cairo was released on Monday.", "arrested")
    assert target(e) is not None and target(e).startswith("A journalist")


def test_a_relative_pronoun_subject_is_the_noun_the_clause_hangs_on(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "The charity, which supports refugees in Lebanon, opened a new clinic.", "supports")
    assert actor(e) == "The charity"
    e = by_trigger(pipeline, "The man who attacked the mayor was arrested.", "attacked")
    assert actor(e) == "The man" and target(e) == "the mayor"


def test_a_party_named_inside_a_clause_of_the_subject_is_not_the_subject(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "The movement started as a way to protest the mayor.", "protest")
    assert actor(e) == "The movement" and target(e) == "the mayor"
    # an event noun is not its own subject: "the allegation [that X stole …] was false" names no accuser
    e = by_trigger(pipeline, "The allegation that the governor stole public money was false.", "allegation")
    assert actor(e) is None


def test_a_weapon_acts_for_whoever_fired_or_flew_it(pipeline: Pipeline) -> None:
    e = only(pipeline, "Warplanes flown by the Syrian army bombed the town.", "ASSAULT")
    assert e.actor is not None and e.actor.country == "SYR"


# --- undergoing an event noun --------------------------------------------------------------------
def test_what_is_under_an_event_noun_undergoes_it(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "The mayor is under investigation.", "investigation")
    assert actor(e) is None and target(e) == "The mayor"
    e = by_trigger(pipeline, "The army convoy came under attack near the border.", "attack")
    assert actor(e) is None and target(e) == "The army convoy"
    e = by_trigger(pipeline, "The city has been under siege by the rebels for months.", "siege")
    assert actor(e) == "the rebels" and target(e) == "The city"


# --- forces a state moves are its own -------------------------------------------------------------
def test_a_guard_a_state_deploys_is_no_target(pipeline: Pipeline) -> None:
    assert target(only(pipeline, "France deployed the National Guard to the border.", "MOBILIZE")) is None
    assert target(only(pipeline, "The governor deployed the National Guard against the protesters.", "MOBILIZE")) == "the protesters"


# --- a passive verb conjoined to an active one -----------------------------------------------------
def test_a_passive_conjoined_to_an_active_verb_is_undergone_by_the_shared_subject(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "The minister resigned last year but is accused of fraud.", "accused")
    assert actor(e) is None and target(e) == "The minister"
    e = by_trigger(pipeline, "The rebels seized the town and were attacked by the army.", "attacked")
    assert actor(e) == "the army" and target(e) == "The rebels"


# --- a noun the lexicon lists only under conditions is a thing when they do not hold --------------
def test_a_conditional_event_noun_is_a_target_when_no_sense_holds(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "Lawmakers criticised the shipment of rice to the capital.", "criticised")
    assert e.type == "ACCUSE" and target(e) == "the shipment of rice"


def test_a_conditional_event_noun_whose_sense_holds_is_still_no_target(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "The ministry denounced the military exercise near the border.", "denounced")
    assert e.type == "ACCUSE" and target(e) is None
