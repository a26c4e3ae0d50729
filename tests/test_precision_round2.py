"""Precision round 2: words that are not events (or not the coded type) in election and political news. An audit
of US campaign articles found verbal attacks coded as assaults ("the senator's attacks on her rival"), questions
coded as requests ("asked the prosecutor whether …"), campaign metaphors ("battled for the nomination", "beat him
in the primary", "seized on the remark"), takeovers of firms, press briefings coded as consultations ("spoke to
reporters"), illnesses fought, a speaker's own duty ("I must tell you") and descriptive threats ("the greatest
threat facing the world"). The lexicon says so with guard senses (`type: none` in triggers.yaml) and two new
conditions: `owner` (the possessor of an event noun) and `question` (a clause that asks). Each guard has a twin
sentence that must still be coded. All sentences written for this file. Uses the session `pipeline` fixture."""

from __future__ import annotations

import pytest

from eventwire.events.lexicon import LexiconError, _sense
from eventwire.pipeline import Pipeline

from eventcheck import events, only


@pytest.mark.parametrize(
    "text",
    [
        # questions are no requests
        "The reporter asked the prosecutor whether the charges would stand.",
        "The lawyer asked the judge if the hearing could be moved.",
        "She asked him what he planned to do next.",
        "The reporter asked the senator about the emails.",
        # campaign and sports metaphors
        "The senator beat the governor in the primary.",
        "The club will host the champions next week.",
        "The battle for the nomination has turned ugly.",
        "The two candidates fought for the nomination all spring.",
        "The governor's long legal battle ended in March.",
        "The group seized on the issue as a political weapon.",
        "The campaign is seizing upon the latest poll.",
        "He shot himself in the foot with that remark.",
        "The crew shot a video for the campaign on Monday.",
        "The state could deploy its courts against the wall.",
        # illnesses, takeovers, arrivals that are no visits
        "The senator battled cancer for years.",
        "The governor's battle with cancer ended last year.",
        "The firm took over the company last year.",
        "Hundreds of migrants arrived in Italy on Sunday.",
        "The team arrived in Madrid on Monday.",
        # the press, the speaker's own duty, assessments, rules
        "The senator spoke to reporters on Friday.",
        "The governor talked with reporters after the vote.",
        "I must tell you that the plan is a good one, he said.",
        "Climate change is the greatest threat facing the world.",
        "The rules permit members to appoint proxies.",
        "If schedules permit, the two will appear together.",
        "A report released last year found no fraud.",
        "He discussed recently released polls on the radio.",
        "The strength of his populist appeal surprised the party.",
        "Student loans have become harder to get.",
    ],
)
def test_not_events(pipeline: Pipeline, text: str) -> None:
    assert events(pipeline, text) == [], [(e.type, e.trigger.text) for e in events(pipeline, text)]


def test_election_security_is_no_police_mobilisation(pipeline: Pipeline) -> None:
    """The urging is a request; the security it asks for is no police put on the streets."""
    coded = [(e.type, e.trigger.text) for e in events(pipeline, "The agency urged officials to boost election security.")]
    assert coded == [("REQUEST", "urged")], coded


@pytest.mark.parametrize(
    ("text", "type_", "trigger"),
    [
        # words, not arms: verbal attacks between people are accusations
        ("The senator's attacks on the governor have grown sharper this week.", "ACCUSE", "attacks"),
        ("The candidate's attacks against his rival dominated the debate.", "ACCUSE", "attacks"),
        ("The candidate attacked the governor again on Tuesday.", "ACCUSE", "attacked"),
        ("The senator has been targeting the governor for weeks.", "ACCUSE", "targeting"),
        # ... and arms stay arms
        ("The rebels' attack on the governor left three guards dead.", "ASSAULT", "attack"),
        ("A man attacked the mayor with a knife on Tuesday.", "ASSAULT", "attacked"),
        ("Insurgents targeted the troops near the border.", "ASSAULT", "targeted"),
        ("The army's battle against the rebels continued.", "ASSAULT", "battle"),
        ("Police beat the protesters in the square.", "ASSAULT", "beat"),
        ("The police shot two protesters.", "ASSAULT", "shot"),
        # requests, visits, takeovers and threats that are real
        ("The minister asked the donors for aid.", "REQUEST", "asked"),
        ("The president arrived in Kenya on Monday.", "CONSULT", "arrived"),
        ("The minister spoke to his Iranian counterpart by phone.", "CONSULT", "spoke"),
        ("The governor talked with the rebels on Monday.", "CONSULT", "talked"),
        ("The rebels took over the town on Sunday.", "COERCE", "took"),
        ("The army seized the town.", "COERCE", "seized"),
        ("The rebels issued a threat against the town.", "THREATEN", "threat"),
        ("The army will boost security in the capital.", "MOBILIZE", "boost"),
        ("The government allowed the opposition to hold a rally.", "CONCEDE", "allowed"),
        ("The released prisoners returned home.", "RETREAT", "released"),
        ("The mayor made an appeal for calm.", "REQUEST", "appeal"),
    ],
)
def test_political_twins_still_code(pipeline: Pipeline, text: str, type_: str, trigger: str) -> None:
    assert only(pipeline, text, type_).trigger.text == trigger


def test_a_demand_on_another_party_under_a_speech_verb_still_codes(pipeline: Pipeline) -> None:
    """'X said Y must go' is X's demand; 'I must …' / 'we must …' is the speaker's own duty."""
    assert only(pipeline, "The minister said the rebels must withdraw.", "REQUEST").trigger.text == "must"
    assert not [e for e in events(pipeline, "We must not overreact to the rhetoric, the minister said.") if e.type == "REQUEST"]


def test_asking_someone_to_act_is_still_a_request(pipeline: Pipeline) -> None:
    assert only(pipeline, "The mayor asked the governor to send troops.", "REQUEST").trigger.text == "asked"


def test_new_conditions_are_known_to_the_lexicon() -> None:
    classes = {"question_marks": frozenset({"if"}), "rivals": frozenset({"rival"})}
    assert _sense({"if": {"question": ["question_marks"]}, "type": "none"}, "test", classes, {}).conditions[0][0] == "question"
    assert _sense({"if": {"owner": ["@person"], "prep_on": ["rivals"]}, "type": "ACCUSE", "cameo": "111"}, "test", classes, {}).type == "ACCUSE"
    with pytest.raises(LexiconError, match="unknown condition"):
        _sense({"if": {"possessor": ["@person"]}, "type": "none"}, "test", classes, {})


def test_only_named_people_attacking_each_other_is_a_verbal_attack(pipeline: Pipeline) -> None:
    assert only(pipeline, "Senator Lopez attacked Governor Reyes over the budget.", "ACCUSE").cameo == "111"
    assert only(pipeline, "The mayor's bodyguard attacked a journalist outside the hall.", "ASSAULT").trigger.text == "attacked"
    assert not [e for e in events(pipeline, "The mayor's bodyguard attacked a journalist outside the hall.") if e.type == "ACCUSE"]
