"""Seventh round of role rules, from an analyst's audit of coded news (GeoWebNews) and the PLOVER GSR's source and
target codes: unnamed agents of passives, object control and prevention, relative pronouns, places and weapons,
the country of a phrase that names one, the people of a place an act bears on, demands and purposes. One test per
rule family, on sentences written for this file. Uses the session `pipeline` fixture and tests/eventcheck.py."""

from __future__ import annotations

from eventwire.pipeline import Pipeline

from eventcheck import actor, by_trigger, events, target


# --- a passive that names its patient and no agent is done by nobody named ---------------------------
def test_a_passive_clause_does_not_borrow_the_agent_of_the_clause_it_hangs_on(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "A tense crowd gathered after the activist was killed on Wednesday.", "killed")
    assert actor(e) is None and target(e) == "the activist"


def test_a_passive_joined_to_another_passive_does_not_take_its_patient_as_agent(pipeline: Pipeline) -> None:
    e = [x for x in events(pipeline, "Shell and Watson have been charged with escape and Walters has been charged with fraud.")
         if x.trigger.text == "charged"]
    assert e and all(actor(x) is None for x in e)


def test_a_passive_joined_to_an_active_clause_keeps_its_subject(pipeline: Pipeline) -> None:
    text = "In 2014 the neighbours struck a deal to secure the border, and a security cooperation agreement was signed in March 2017."
    assert actor(by_trigger(pipeline, text, "signed")) == "the neighbours"
    e = by_trigger(pipeline, "The witness never called back, and no arrest was ever made.", "arrest")
    assert actor(e) is None  # joined to an intransitive act that has nothing to do with it
    e = by_trigger(pipeline, "The men were asleep in their beds and each had been shot several times.", "shot")
    assert actor(e) is None


def test_an_infinitive_passive_still_has_the_agent_that_has_it_done(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "A Spanish court has given authorization for a former aide to be extradited to Peru.", "extradited")
    assert actor(e) == "A Spanish court"


def test_a_participle_on_a_noun_names_its_agent_with_by(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "The soldier killed in Syria by Isis was named by the ministry.", "killed")
    assert actor(e) == "Isis" and target(e) == "The soldier"


# --- who does a verb under a verb of making or preventing -------------------------------------------
def test_the_object_of_prompt_does_its_infinitive(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "The protests prompted several news outlets to withdraw their reporters from the region.", "withdraw")
    assert actor(e) == "several news outlets"


def test_the_object_of_a_verb_of_preventing_does_its_from_gerund(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "The authorities have blocked lawyers from visiting the dissident.", "visiting")
    assert actor(e) == "lawyers"


def test_a_relative_pronoun_reached_through_a_passive_clause_is_its_noun(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "The court heard from Kathleen Doyle, who is accused of assisting the gunmen.", "assisting")
    assert actor(e) == "Kathleen Doyle"


def test_a_pronoun_subject_of_what_a_plural_speaker_says_is_the_speaker(pipeline: Pipeline) -> None:
    text = "Tens of thousands of civilians fled the town. The rebels there deny they are negotiating with the army."
    e = by_trigger(pipeline, text, "negotiating")
    assert e.actor is not None and e.actor.antecedent is not None and e.actor.antecedent.text.startswith("The rebels")


def test_a_region_taken_for_a_name_acts_as_its_authorities(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "Tamil Nadu filed a petition against the federal government.", "filed")
    assert e.actor is not None and e.actor.country == "IND"


# --- weapons act for whoever uses them; what an act uses, or when, is nobody --------------------------
def test_a_weapon_nobody_is_named_as_using_is_no_actor(pipeline: Pipeline) -> None:
    assert actor(by_trigger(pipeline, "The booby-trap bomb exploded near the market.", "exploded")) is None
    e = by_trigger(pipeline, "Clark was hit by eight bullets fired by the police.", "hit")
    assert e.actor is not None and e.actor.sector == "COP"


def test_munitions_used_are_no_target_the_place_is(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "The rebels exploded a series of bombs in the capital Kabul.", "exploded")
    assert target(e) == "Kabul" and e.target.country == "AFG"


def test_a_date_is_no_target(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "Gunmen launched an attack on Christmas Day in the village.", "launched")
    assert target(e) != "Christmas Day"


def test_what_is_seized_is_taken_from_someone(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "Police in the city confiscated weapons and explosives from armed groups.", "confiscated")
    assert target(e) == "armed groups"


# --- the country of a phrase that names one; the people of a place ---------------------------------
def test_a_phrase_with_one_nationality_or_one_country_place_is_of_that_country(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "Iran threatened to shell Iraqi towns.", "threatened")
    assert target(e) == "Iraqi towns" and e.target.country == "IRQ"
    e = by_trigger(pipeline, "The army recaptured a strategic village in western Cambodia.", "recaptured")
    assert e.target is not None and e.target.country == "KHM"


def test_a_phrase_naming_two_countries_gets_none(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "Iran threatened to shell Iraqi and Kuwaiti towns.", "threatened")
    assert e.target is not None and e.target.country is None


def test_a_town_an_act_bears_on_stands_for_its_civilians_a_country_for_its_state(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "Israeli tanks fired four shells at targets in Jericho.", "fired")
    assert target(e) == "Jericho" and e.target.sector == "CVL"
    e = by_trigger(pipeline, "The government sent aid to Somalia.", "sent")
    assert e.target is not None and e.target.country == "SOM" and e.target.sector != "CVL"


# --- demands, permissions, purposes, protests ----------------------------------------------------
def test_a_demand_named_by_the_verb_is_made_of_the_subject_of_its_clause(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "The rebel group insisted on its demands that the government release all prisoners.", "insisted")
    assert target(e) == "the government"


def test_a_refusal_to_allow_bears_on_who_is_not_allowed(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "The militia refused to allow United Nations planes to land at the airport.", "refused")
    assert target(e) == "United Nations planes"


def test_a_purpose_to_help_do_something_names_whom_it_is_done_to(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "Norway is willing to send equipment to help defend Saudi Arabia.", "send")
    assert target(e) == "Saudi Arabia"


def test_a_participle_after_an_object_is_not_addressed_to_that_object(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "His wife has taken on the search, posting flyers around the city asking for help.", "asking")
    assert target(e) != "flyers"


def test_against_parsed_on_the_place_of_a_protest_names_its_target(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "Protesters staged rallies in the capital against the president.", "rallies")
    assert target(e) == "the president"


def test_a_place_visited_stands_for_its_authorities_not_its_civilians(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "President Lena Marsh arrived in Rome on Monday.", "arrived")
    assert target(e) == "Rome" and e.target.sector != "CVL"


def test_the_noun_a_protest_hangs_in_is_no_target(pipeline: Pipeline) -> None:
    text = "The town was the main centre of street protests in the suburbs against President Bashar al-Assad's rule."
    e = by_trigger(pipeline, text, "protests")
    assert target(e) == "President Bashar al-Assad's rule"


def test_an_office_named_general_is_no_military_rank(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "New York Attorney General Eric Schneiderman is investigating the death of a man.", "investigating")
    assert e.actor is not None and e.actor.sector == "JUD"
    e = by_trigger(pipeline, "Inspector General Mark Lee criticized the police.", "criticized")
    assert e.actor is not None and e.actor.sector != "MIL"


def test_a_named_ruler_of_a_country_is_of_that_country(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "King Hassan of Morocco met the envoy.", "met")
    assert e.actor is not None and e.actor.country == "MAR"
    e = by_trigger(pipeline, "Ahmed Saleh of Cairo met the envoy.", "met")
    assert e.actor is not None and e.actor.country is None  # a town says where one lives, not whose one is


def test_a_settlement_attacked_stands_for_its_civilians_a_base_does_not(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "Government troops shelled several towns overnight.", "shelled")
    assert e.target is not None and e.target.sector == "CVL"
    e = by_trigger(pipeline, "Government troops shelled a rebel base overnight.", "shelled")
    assert e.target is not None and e.target.sector != "CVL"


def test_a_measure_laid_on_a_town_bears_on_its_civilians(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "The governor imposed a curfew in Abidjan.", "imposed")
    assert target(e) == "Abidjan" and e.target.sector == "CVL"


def test_the_move_condemned_is_the_act_of_the_sentence_before(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "Russia expelled two British diplomats. London condemned the move.", "condemned")
    assert target(e) == "the move" and e.target.country == "RUS" and e.target.antecedent is not None
    e = by_trigger(pipeline, "Russia expelled two British diplomats. London condemned the new visa move.", "condemned")
    assert e.target is None or e.target.country != "RUS"  # a move named by what it is, not only 'the move'


def test_an_act_that_follows_talks_bears_on_the_other_side_of_the_talks(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "The union called off the strike after talks with the government.", "called")
    assert target(e) == "the government"
    e = by_trigger(pipeline, "The rebels agreed to a ceasefire following talks with the army.", "agreed")
    assert target(e) == "the army"
    e = by_trigger(pipeline, "The army killed ten people after talks with the rebels.", "killed")
    assert target(e) == "ten people"  # an attack settles nothing with them
