"""Precision round 7 (issue #3): coups coded at all (PLOVER COERCE, CAMEO 170, ACLED "Other": see the lexicon's
comment on the coup verbs), and the wrong codings of PolNeAR election news and known open problems, each fixed as a
class: praise of someone "who died" as support, vandalism named after "by" as an armed attack, a participle after a
relative clause set off by commas given the clause's noun as its actor ("fired on the crowd, which had gathered,
killing ten"), a relative clause on a predicate noun ("Trump is a birther who pledged …") given the predicate noun as
its actor, poll shares ("81 percent of Democrats approve of Obama") and approval ratings as support, a politician's
"attacks" and attacks "from the Senate floor" as assaults, memories ("recalled the president telling him") as a
recalled envoy, a Senate seat captured, a post taken over "as head", trade deals that "kill jobs", promises to "do a
better job" as threats, a politician fighting for a cause, a candidate's rallies, a candidate "received by" protesters
as a meeting, encryption "deployed", implications "warned of", a candidate's "appeal" (an attraction), "name
recognition", a "welcoming approach", a host who "pressed him about" his remarks, a
politician who "was asked" (a question, no request), a critique that "is a line of attack". Each guard has a twin that must still be coded. All sentences written for this file. Uses the
session `pipeline` fixture."""

from __future__ import annotations

import pytest

from eventwire.pipeline import Pipeline

from eventcheck import actor, by_trigger, codes, events


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("A coup toppled the government of Niger on Wednesday.", "toppled"),
        ("The army seized power in a coup in Mali last year.", "seized"),
        ("Soldiers staged a coup against the president in July.", "coup"),
        ("The military overthrew the elected government in 2021.", "overthrew"),
    ],
)
def test_coups(pipeline: Pipeline, text: str, trigger: str) -> None:
    e = by_trigger(pipeline, text, trigger)
    assert (e.type, e.cameo, e.acled) == ("COERCE", "170", "Other")


@pytest.mark.parametrize(
    "text",
    [
        # a coup that is a success, voters who topple a mayor
        "Landing the interview was a real coup for the campaign.",
        "Getting the interview was a major coup.",
        "Voters toppled the mayor in a landslide.",
        "Senator Tom Harris toppled the governor in the primary.",
        # praise of the dead
        "Mourners praised the singer, who died on Monday.",
        "Fans hailed the actor, who died last week at 57.",
        # polls and ratings
        "Fewer than 15 percent of Republicans approve of his job performance.",
        "An average of 81 percent of Democrats approve of the president.",
        "Gallup's tracking poll puts the president's approval at 49.5 percent.",
        # memories, seats won, successors, jobs
        "I really want to try, Mr. Mitchell recalled the president telling him.",
        "Democrats hope to capture the Senate next year.",
        "Helen Ferre, who took over as head of Hispanic communications, said Latino voters care about jobs.",
        "I will stop any trade deal that kills jobs.",
        # a politician fighting for a cause or to be heard, a candidate's rallies, a candidate met by protesters
        "Senator Tom Harris fought harder for additional fiscal stimulus.",
        "The governor was fighting to be heard in the debate.",
        "At a rally in Beaumont, Senator Tom Harris was just as blunt.",
        "Senator Tom Harris was received by waves of protesters in Texas.",
        # tools deployed, implications warned of
        "The encryption deployed by the firms thwarts the police.",
        "The president warned of the global implications of the vote.",
        # attractions and fame, an -ing adjective
        "But the campaign chairman said the candidate's appeal would transcend race.",
        "The senator doesn't have the name recognition of the governor.",
        "America has a more open and welcoming approach.",
        # an argument
        "On its face, her critique is a typical Democratic line of attack on tax cuts for the rich.",
        # a host's or a reporter's questions
        "The host pressed him about the remarks on Sunday.",
        "Senator Tom Harris was asked.",
        "The reporter asked the governor on Sunday.",
    ],
)
def test_not_events(pipeline: Pipeline, text: str) -> None:
    assert not codes(pipeline, text)


@pytest.mark.parametrize(
    ("text", "type_", "cameo"),
    [
        ("Rebels seized a power station near the capital.", "COERCE", "1711"),
        ("General Tom Harris toppled the president in 2019.", "COERCE", "170"),
        ("The rebels launched a new line of attack on the town.", "ASSAULT", "190"),
        ("The president praised the soldiers who defended the town.", "SUPPORT", "051"),
        ("Most lawmakers approve of the plan.", "SUPPORT", "051"),
        ("The board gave its approval of the merger.", "SUPPORT", "051"),
        ("Peru recalled its ambassador from Caracas.", "SANCTION", "161"),
        ("The rebels captured the town after a long siege.", "COERCE", "192"),
        ("The rebels took over the town on Sunday.", "COERCE", "192"),
        ("Militants killed ten soldiers in the north.", "ASSAULT", "190"),
        ("The rebels fought for control of the town.", "ASSAULT", "190"),
        ("Senator Tom Harris fought the rebels for control of the town.", "ASSAULT", "190"),
        ("Thousands of students held a rally in the capital.", "PROTEST", "141"),
        ("The president received the envoy in the capital.", "CONSULT", "043"),
        ("The army deployed troops to the border.", "MOBILIZE", "150"),
        ("The president warned the rebels of reprisals.", "THREATEN", "130"),
        ("The president made an appeal for calm.", "REQUEST", "020"),
        ("The country announced its recognition of Kosovo.", "SUPPORT", "054"),
        ("The city is welcoming the refugees.", "SUPPORT", "051"),
        ("The UN pressed Israel to lift the blockade.", "REQUEST", "100"),
        ("The UN asked Israel to open the crossings.", "REQUEST", "020"),
        ("The mayor asked the army for help.", "REQUEST", "023"),
        ("The rebels vowed to fight on.", "THREATEN", "130"),
        ("The Republicans vowed to do a better job courting Latinos.", "AGREE", "030"),
        # vandalism is property destroyed (1712), whoever did it
        ("The village was hit by vandalism last week.", "ASSAULT", "1712"),
        ("The mosque was damaged by vandals overnight.", "ASSAULT", "1712"),
        ("The village was hit by rebels last week.", "ASSAULT", "190"),
        # a politician's attacks are words, unless on a place or on forces
        ("Khan viciously attacked the governor from the stage of the convention.", "ACCUSE", "111"),
        ("Senator Tom Harris's attacks have not been effective.", "ACCUSE", "111"),
        ("Gunmen attacked the governor outside his home.", "ASSAULT", "190"),
        ("The president's attack on the town of Homs began at dawn.", "ASSAULT", "190"),
        ("The mayor's attacks on the rebels began at dawn.", "ASSAULT", "190"),
    ],
)
def test_twins_still_code(pipeline: Pipeline, text: str, type_: str, cameo: str) -> None:
    assert (type_, cameo) in [(t, c) for t, c, _ in codes(pipeline, text)], codes(pipeline, text)


def test_a_storm_damages_nothing_political(pipeline: Pipeline) -> None:
    assert not codes(pipeline, "The mosque was damaged by a storm overnight.")


@pytest.mark.parametrize(
    ("text", "trigger", "party"),
    [
        # the participle after the comma that closes a relative clause goes with the main clause
        ("Troops opened fire on the crowd, which had gathered outside the palace, killing ten.", "opened", "Troops"),
        # a relative clause on what the subject of 'be' is said to be
        ("Editor's note: Tom Harris is a serial liar, rampant xenophobe and birther who has repeatedly pledged to ban "
         "all Muslims from entering the country.", "pledged", "Tom Harris"),
        ("Editor's note: Tom Harris regularly incites violence and is a serial liar and birther who has repeatedly "
         "pledged to ban all Muslims.", "pledged", "Tom Harris"),
        ("Ms. Hendricks was the biggest donor to the super PAC that backed the bid of Gov. Tom Harris.", "backed", "PAC"),
        ("The charity, which supports refugees, condemned the raid.", "condemned", "The charity"),
    ],
)
def test_actors(pipeline: Pipeline, text: str, trigger: str, party: str) -> None:
    found = actor(by_trigger(pipeline, text, trigger))
    assert found is not None and party in found, found


def test_no_killing_by_the_crowd(pipeline: Pipeline) -> None:
    text = "Troops opened fire on the crowd, which had gathered outside the palace, killing ten."
    assert not [e for e in events(pipeline, text) if actor(e) and "crowd" in actor(e)], codes(pipeline, text)


def test_the_participle_inside_the_aside_is_still_the_nouns(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "Police arrested the men, who were found carrying rifles near the border.", "arrested")
    assert e.type == "COERCE" and "Police" in (actor(e) or "")
