"""Precision round 5 (issue #3): an audit of PolNeAR train articles 80-139 (2016 US election news), where
campaign-speak coded armed or coercive acts: "I will fight for you", "fought his own primary", "fighting back
against racism", a candidate's rally as a protest, "her mind is shot", "shot back" (a retort), "defies
explanation", "as opposed to", "convicted rapist X", "pledged delegates", a campaign's figures or plans
"released" as prisoners freed, donations to a candidate or a foundation as aid, "make ends meet" as a meeting,
a PAC's or a candidate's attacks on a rival as assaults, campaign promises ("vowed to compete") as threats, a pundit discussing a topic on air as a consultation, a lead
retaken as territory.
Also the known wrong codings left by round 4: a group's founding told in a main clause, "committed ceasefire
violations" ('commit' lends its subject), the reporters of a breach taken as its doers, "refrained from
attacking" left asserted, and "have yet to" (not done so far). Each guard has a twin that must still be coded.
All sentences written for this file. Uses the session `pipeline` fixture."""

from __future__ import annotations

import pytest

from eventwire.pipeline import Pipeline

from eventcheck import actor, by_trigger, events


def _types(pipeline: Pipeline, text: str) -> list[tuple[str, str, str]]:
    return [(e.type, e.cameo, e.trigger.text) for e in events(pipeline, text)]


# --- 1. campaign-speak that names no event -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # what a campaign releases is a text or a figure, no prisoner
        "The campaign did not release the amount it paid for the ads.",
        "The senator will be releasing her tax plan next week.",
        # fixed phrases and descriptions
        "Voters care about jobs as opposed to trade.",
        "The network booked convicted rapist Tony Banks for the gala.",
        "The party counted its pledged delegates on Monday.",
        "The announcement defies explanation.",
        "Her mind is shot, the senator said.",
        'The senator shot back, "I never said that."',
        "Workers struggle to make ends meet.",
        "If we do not press forward with the plan, we will fail.",
        "About 80 percent of murders were committed by people the victims knew.",
        # a candidate's rally, speech and money
        "Protesters tried to interrupt a Bernie Sanders rally in Reno.",
        "The senator spoke to the US Conference of Mayors on Friday.",
        "The banker donated $250,000 to the Clinton Foundation.",
        # fights and battles that are campaigns
        "She has devoted her life to fighting for others.",
        "The senator has fought for the bill for years.",
        "The governor fought his own bitter primary against the mayor.",
        "The mayor is fighting back against racism.",
        "The senator helped fight tribal leader John Harper.",
        "The governor wants to make the election a battle about competence.",
        # a group's history, told in a main clause
        "The militia was formed in 2014.",
        # one person discussing a topic (on air) consults no one; a lead or a seat retaken; candidates put on alert
        "Representative Michael McCaul discussed legislation he was introducing.",
        "On the radio show, the ambassador John Bolton discussed the scandals around the candidate.",
        "The senator retook the lead in the polls.",
        "The students had to retake their final exams.",
        "The group put the candidates on alert.",
    ],
)
def test_not_events(pipeline: Pipeline, text: str) -> None:
    assert not _types(pipeline, text)


@pytest.mark.parametrize(
    "text",
    [
        "I will fight for you.",  # the parser's dative 'for'
        "The White House fought hard to defend the health care law.",  # the infinitive hung as an adverbial clause
        "The senator is fighting to keep the tax in place.",
    ],
)
def test_legislative_fights_are_no_assaults(pipeline: Pipeline, text: str) -> None:
    assert "ASSAULT" not in [t for t, _, _ in _types(pipeline, text)], _types(pipeline, text)


@pytest.mark.parametrize(
    ("text", "trigger", "type_", "cameo"),
    [
        ("The PAC attacked the governor on Monday.", "attacked", "ACCUSE", "111"),
        ("The senator launched a pre-emptive attack against the president.", "launched", "ACCUSE", "111"),
        ("The senator vowed to compete in the final primary.", "vowed", "AGREE", "030"),  # a promise, no threat
        ("The campaign refused to release the names of its donors.", "refused", "REJECT", "120"),  # no prisoners held
    ],
)
def test_retyped(pipeline: Pipeline, text: str, trigger: str, type_: str, cameo: str) -> None:
    e = by_trigger(pipeline, text, trigger)
    assert (e.type, e.cameo) == (type_, cameo)


@pytest.mark.parametrize(
    ("text", "type_", "cameo"),
    [
        ("The soldiers shot back at the gunmen.", "ASSAULT", "190"),
        ("Gunmen shot the mayor outside his home.", "ASSAULT", "190"),
        ("The rebels fought the army near the border.", "ASSAULT", "190"),
        ("The rebels fought hard to retake the town.", "ASSAULT", "190"),
        ("The militia fought for the government in the north.", "ASSAULT", "190"),
        ("Gunmen attacked the governor's convoy.", "ASSAULT", "190"),
        ("The army launched an attack against the rebels.", "ASSAULT", "190"),
        ("The rebels vowed to attack the capital.", "THREATEN", "138"),
        ("The militants refused to release the hostages.", "REJECT", "1243"),
        ("Thousands rallied in the capital against the government.", "PROTEST", "141"),
        ("The court convicted the former minister of fraud.", "SANCTION", "116"),
        ("The army defied the court order.", "REJECT", "128"),
        ("The government is committed to holding talks with the rebels.", "AGREE", "030"),
        ("The businessman donated $5 million to Ukraine.", "AID", "071"),
        ("The militia was formed by the army to fight the rebels.", "MOBILIZE", "154"),
        ("John Kerry and Sergei Lavrov discussed Syria on Monday.", "CONSULT", "040"),
        ("Putin discussed the crisis with Erdogan.", "CONSULT", "040"),
        ("Merkel discussed the crisis in a phone call with Macron.", "CONSULT", "041"),
        ("The army retook the town on Friday.", "COERCE", "192"),
        ("The ministry put the troops on alert.", "MOBILIZE", "152"),
    ],
)
def test_twins_still_code(pipeline: Pipeline, text: str, type_: str, cameo: str) -> None:
    assert (type_, cameo) in [(t, c) for t, c, _ in _types(pipeline, text)], _types(pipeline, text)


# --- 2. round 4's known wrong codings --------------------------------------------------------------------------


def test_committed_violations_are_the_committers(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "The rebels committed ceasefire violations near the airport.", "ceasefire")
    assert (e.type, e.cameo, actor(e)) == ("ASSAULT", "196", "The rebels")


@pytest.mark.parametrize(
    ("text", "trigger", "party"),
    [
        ("Both sides reported breaches of the truce.", "truce", None),  # the reporters did not break it
        ("The government's breaches of the truce angered the rebels.", "truce", "The government"),
        ("The army reported clashes with the rebels near the border.", "clashes", "The army"),  # one side of the clash
    ],
)
def test_who_reports_a_breach_is_not_its_doer(pipeline: Pipeline, text: str, trigger: str, party: str | None) -> None:
    assert actor(by_trigger(pipeline, text, trigger)) == party


@pytest.mark.parametrize(
    ("text", "trigger", "modality"),
    [
        ("The army refrained from attacking the town.", "attacking", "negated"),
        ("The army attacked the town.", "attacked", "asserted"),
        ("The superdelegates have yet to commit to either candidate.", "commit", "negated"),
        ("The rebels have yet to release the hostages.", "release", "negated"),
    ],
)
def test_held_back_and_not_yet_done(pipeline: Pipeline, text: str, trigger: str, modality: str) -> None:
    assert by_trigger(pipeline, text, trigger).modality == modality


def test_not_yet_done_is_no_refusal(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "The government has yet to sign the agreement.", "sign")
    assert (e.type, e.modality) == ("SUPPORT", "negated")
