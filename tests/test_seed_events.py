"""Rules the seed article asked for, tested on sentences written for these tests: who withdraws when only
forces are named, codes that keep the act's type, what is asked for, and the venue of meetings named again."""

from __future__ import annotations

import pytest

from eventwire.pipeline import Pipeline

from eventcheck import events, only


# --- an event noun nobody does takes the state whose forces the sentence names -------------------
def test_forces_named_by_nationality_stand_for_their_state_as_the_one_who_withdraws(pipeline: Pipeline) -> None:
    e = only(pipeline, "There are no German attack aircraft left in Mali while the troop withdrawal goes ahead.", "RETREAT")
    assert e.actor is not None and (e.actor.text, e.actor.name, e.actor.country, e.actor.kind) == ("German", "Germany", "DEU", "state")
    assert "the only party it names" in e.rule


def test_the_owner_of_forces_named_in_the_event_phrase_is_unchanged(pipeline: Pipeline) -> None:
    e = only(pipeline, "There was a pullout of Canadian soldiers from Kandahar on Monday.", "RETREAT")
    assert e.actor is not None and e.actor.country == "CAN" and "owner of the forces" in e.rule


# --- a hypothetical act keeps its own code -----------------------------------------------------
@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("The ministry would not say whether the navy might continue the shelling of the port.", "194"),
        ("Turkish forces could attack the town of Kobani.", "190"),
    ],
)
def test_a_hypothetical_attack_keeps_its_assault_code(pipeline: Pipeline, text: str, cameo: str) -> None:
    e = only(pipeline, text, "ASSAULT")
    assert (e.modality, e.cameo) == ("hypothetical", cameo)


@pytest.mark.parametrize(
    ("text", "type_", "modality", "cameo"),
    [
        ("The Kenyan president will visit Kampala next week.", "CONSULT", "future", "036"),  # an intent to meet
        ("Rebel commanders said they would shell the port if the talks failed.", "ASSAULT", "hypothetical", "138"),  # a threat
        ("Back in 2010 the government promised that it would lift the curfew in the capital.", "CONCEDE", "hypothetical", "035"),
    ],
)
def test_an_announced_act_still_takes_the_stance_code(pipeline: Pipeline, text: str, type_: str, modality: str, cameo: str) -> None:
    e = only(pipeline, text, type_)
    assert (e.modality, e.cameo) == (modality, cameo)


def test_an_act_asked_about_is_announced_by_nobody(pipeline: Pipeline) -> None:
    e = only(pipeline, "The army asked whether the rebels would attack the town.", "ASSAULT")
    assert (e.modality, e.cameo) == ("hypothetical", "190")


# --- what is asked for is requested --------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The union demanded that the army withdraw from the town.", "withdraw"),  # a subjunctive under a demand
        ("The union called for the army to withdraw from the town.", "withdraw"),  # 'for … to' under 'call'
        ("The council urged a pledge to release the hostages.", "release"),  # an infinitive on what is urged
    ],
)
def test_the_content_of_a_demand_is_requested(pipeline: Pipeline, text: str, trigger: str) -> None:
    e = next(e for e in events(pipeline, text) if e.trigger.text == trigger)
    assert e.modality == "requested" and e.acled is None, e.rule


@pytest.mark.parametrize(
    "text",
    [
        "Envoys from the region will press for a truce and a pledge not to recognize a regime installed by a coup.",
        # the small model tags 'press' NOUN here, coordinated with 'attend'
        "Delegates will attend and “press for a truce and a pledge not to recognize a regime installed by a coup”, the statement said.",
    ],
)
def test_a_refusal_pressed_for_is_a_requested_reject(pipeline: Pipeline, text: str) -> None:
    e = only(pipeline, text, "REJECT")
    assert (e.trigger.text, e.modality, e.cameo) == ("recognize", "requested", "120")  # the refusal kept, as asked for
    assert "asked for under 'press'" in e.rule


@pytest.mark.parametrize(
    "text",
    [
        "The minister told reporters that the army had withdrawn from the town.",  # speech reports, it does not ask
        "The mayor called a meeting to discuss the floods.",  # calling a meeting holds it
        "The government refused to recognize the junta.",  # a refusal made, not asked for
    ],
)
def test_what_is_not_asked_for_is_not_requested(pipeline: Pipeline, text: str) -> None:
    assert all(e.modality != "requested" for e in events(pipeline, text))


# --- meetings named again keep the venue of the sentence before -----------------------------------
PLANNED = "Several rounds of talks are planned over a week to discuss the war in Yemen, officials confirmed."


def test_talks_named_again_are_held_where_the_sentence_before_put_them(pipeline: Pipeline) -> None:
    text = "The Norwegian envoy will be in Oslo for two rounds of talks on the crisis in Yemen, the ministry said.\n\n" + PLANNED
    found = [e for e in events(pipeline, text) if e.type == "CONSULT"]
    assert len(found) == 2 and all(e.location is not None and e.location.name == "Oslo" for e in found)
    assert "in the sentence before" in found[1].rule
    # the same meetings, by the party the sentence before named (the second sentence names none)
    assert found[0].actor is not None and found[1].actor == found[0].actor, [e.actor for e in found]
    assert "its party" in found[1].rule


@pytest.mark.parametrize(
    "before",
    [
        "Rebels shelled the port of Aden on Monday, the ministry said.",  # not meetings
        "The Norwegian envoy met rebel leaders in Oslo on Monday, the ministry said.",  # other meetings, done
        "The Norwegian envoy will be in Oslo for two rounds of talks.\n\nThe rebels seized a town in the south.",  # not the sentence before
        "The Norwegian envoy will be in Oslo for a conference on the crisis in Yemen.",  # another word: maybe other meetings
    ],
)
def test_talks_take_no_venue_from_other_events(pipeline: Pipeline, before: str) -> None:
    found = [e for e in events(pipeline, before + "\n\n" + PLANNED) if e.type == "CONSULT" and e.trigger.text == "talks"]
    assert found and found[-1].location is None, [(e.trigger.text, e.location) for e in found]


def test_talks_with_a_place_of_their_own_or_another_party_keep_theirs(pipeline: Pipeline) -> None:
    first = "The Norwegian envoy will be in Oslo for two rounds of talks on the crisis in Yemen.\n\n"
    e = [e for e in events(pipeline, first + "Two rounds of talks are planned in Geneva next month.") if e.type == "CONSULT"][-1]
    assert e.location is not None and e.location.name == "Geneva"
    e = [e for e in events(pipeline, first + "Two rounds of talks are planned next month, officials in Cairo said.") if e.type == "CONSULT"][-1]
    assert e.location is None or e.location.name != "Oslo"  # another place named there: no guess
    e = [e for e in events(pipeline, first + "The Sudanese army will also hold two rounds of talks.") if e.type == "CONSULT"][-1]
    assert e.location is None  # someone else's talks
