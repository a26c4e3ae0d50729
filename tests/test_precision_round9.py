"""Precision round 9 (issue #3): what round 8 left open, and the wrong codings of PolNeAR election news, each fixed
as a class: an insistence on a fact ("insisted that the country remains hopeful", with a time phrase "On Tuesday"
parsed as "insisted on") as a demand; partisan attacks that "haven't stopped" as a refused ceasefire; a chant of
"Lock her up!" as an arrest; a warning not to act or against something as a threat (a demand, or advice); a
candidate asking "for people's support" as a request for aid; "a real deal" as an agreement; investors who "seem to
agree" as an agreement; "the primary is a battle of niches" and a senator who "fights hard" as fighting. Roles: the
noun "news" holding an event noun, or a passive subject inherited by a participle, as the event's actor; "the bill
has the backing of Democrats" with the bill as the backer; "rally Democrats around X" without X as the target. Each
guard has a twin that must still be coded. From the audit of PolNeAR train 440-499: endorsements "locked up", "sworn
testimony", the spotlight "occupied", two politicians who "battled", an "advertising onslaught", a "nomination
battle", "charged into the fray", a "press release", "whipping lawmakers", a vision "sold to voters", a golf event
"hosted" as events; a "verbal assault" is ACCUSE 111; rallying "behind" a ticket is support. All sentences written for this file. Uses the session `pipeline`
fixture."""

from __future__ import annotations

import pytest

from eventwire.pipeline import Pipeline

from eventcheck import actor, by_trigger, codes, target


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("On Tuesday night, the governor insisted that the country remains a hopeful one.", "insisted"),
        ("The mayor insisted that the budget is balanced.", "insisted"),
        ("He drew praise and attacks - and the partisan attacks haven't stopped.", "stopped"),
        ("Posing as her prosecutor, Mr. Jones roused the crowd to spontaneous chants of ''Lock her up!''", "Lock"),
        ("Senator Tom Harris warned against the dangers of a brokered convention.", "warned"),
        ("It's going to be a real deal.", "deal"),
        ("It was not a big deal for the campaign.", "deal"),
        ("Investors seem to agree, and stocks rose.", "agree"),
        ('"The New Hampshire primary is a battle of niches," Jones said.', "battle"),
        ('"We need someone who fights hard, someone who makes everyone better," he said.', "fights"),
        # campaign-speak from the audit of PolNeAR train 440-499
        ("Senator Tom Harris locked up endorsements from unions representing most workers.", "locked"),
        ("Her sworn testimony contradicts the evidence.", "sworn"),
        ("Warren, Biden and Obama have occupied the spotlight.", "occupied"),
        ("Senator Tom Harris has battled with Mitt Romney over the budget.", "battled"),
        ("A Republican advertising onslaught will hit the airwaves in Iowa.", "onslaught"),
        ("The GOP nomination battle starts in Iowa.", "battle"),
        ("He charged into the fray against his rival.", "charged"),
        ("Her campaign sent out a press release saying Jones owes Florida an explanation.", "release"),
        ("The NRA was whipping lawmakers against any gun control.", "whipping"),
        ("The vision that Democrats are selling to voters is an illusion.", "selling"),
        ("The Trump National Resort has hosted a PGA Tour event since 1962.", "hosted"),
    ],
)
def test_not_events(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert trigger not in [t for _, _, t in codes(pipeline, text)], codes(pipeline, text)


@pytest.mark.parametrize(
    ("text", "trigger", "type_", "cameo"),
    [
        ("The rebels insisted on the release of their leader.", "insisted", "REQUEST", "100"),
        ("If they had met earlier, he would have won -- she would have insisted on it, says Jones.", "insisted", "REQUEST", "100"),
        ("The shelling has not stopped.", "stopped", "REJECT", "124"),
        ("Police locked up ten protesters.", "locked", "COERCE", "173"),
        ("Many Democrats have also warned the Fed not to act this year.", "warned", "REQUEST", "100"),
        ("Russia warned Ukraine that it would retaliate.", "warned", "THREATEN", "130"),
        ('"I\'m going to ask for their support because I\'m the best candidate," she said.', "ask", "REQUEST", "020"),
        ("Ukraine asked for military support from NATO.", "asked", "REQUEST", "023"),
        ("The two sides agreed on Monday.", "agreed", "AGREE", "030"),
        ("The battle of Mosul was a turning point.", "battle", "ASSAULT", "193"),
        ("Rebels fought hard against the army near Aleppo.", "fought", "ASSAULT", "190"),
        ("The rebels fought hard to retake the town.", "fought", "ASSAULT", "190"),
        ("Police locked up the protesters.", "locked", "COERCE", "173"),
        ("Senator Tom Harris continued his verbal assault on Jane Doe.", "assault", "ACCUSE", "111"),
        ("The rebels swore to fight on.", "swore", "THREATEN", "130"),
        ("Rebels occupied the town.", "occupied", "COERCE", "192"),
        ("Rebels battled the army near the town.", "battled", "ASSAULT", "193"),
        ("Police charged the protesters with batons.", "charged", "ASSAULT", "175"),
        ("Rebels announced the release of the hostages.", "release", "RETREAT", "0841"),
        ("Russia sold missiles to Syria.", "sold", "COOPERATE", "062"),
        ("Many Republicans said they've rallied behind the Trump ticket.", "rallied", "SUPPORT", "050"),
    ],
)
def test_twins_and_recoded(pipeline: Pipeline, text: str, trigger: str, type_: str, cameo: str) -> None:
    e = by_trigger(pipeline, text, trigger)
    assert (e.type, e.cameo) == (type_, cameo), codes(pipeline, text)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("In Ohio, news of the Dallas shooting came only hours after a bomb went off in Paris.", "shooting"),
        ("The moves were hammered out beginning on Sunday in meetings at the senator's golf club.", "meetings"),
        ("Senator Tom Harris's response to the Paris terrorist attacks has been controversial.", "attacks"),
    ],
)
def test_a_holder_of_the_noun_is_no_actor(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert actor(by_trigger(pipeline, text, trigger)) is None


def test_a_party_forced_to_hold_talks_still_holds_them(pipeline: Pipeline) -> None:
    found = actor(by_trigger(pipeline, "The rebels were forced to hold talks with the army.", "talks"))
    assert found is not None and "rebels" in found, found


def test_a_party_in_a_relative_clause_still_attends(pipeline: Pipeline) -> None:
    text = '"I never knew," said John Ward, a current Smith employee who attended the meeting.'
    found = actor(by_trigger(pipeline, text, "meeting"))
    assert found is not None and "employee" in found, found


def test_the_backers_are_in_the_of_phrase(pipeline: Pipeline) -> None:
    found = actor(by_trigger(pipeline, "Because of these changes, the bill has the backing of many Democrats.", "backing"))
    assert found is not None and "Democrats" in found, found


def test_a_thing_that_has_backing_gives_none(pipeline: Pipeline) -> None:
    assert actor(by_trigger(pipeline, "The plan has strong backing.", "backing")) is None


@pytest.mark.parametrize(
    ("text", "trigger", "party"),
    [
        ("He took the stage to rally Democrats around Senator Tom Harris.", "rally", "Harris"),
        ("Republicans rallied around the president after the vote.", "rallied", "president"),
    ],
)
def test_the_one_rallied_around_is_the_target(pipeline: Pipeline, text: str, trigger: str, party: str) -> None:
    found = target(by_trigger(pipeline, text, trigger))
    assert found is not None and party in found, found
