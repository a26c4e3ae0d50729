"""Precision round 10 (issue #3): what round 9 left open, each fixed as a class: "in demand" and "on the march" (a noun
under an idiom's preposition) as a request and a protest; "kidnapping insurance" as an abduction; "look into the eye
of" as an investigation; "I hold myself accountable" as an accusation; "spread lies" (campaign speak; "disinformation" still coerces) as COERCE; a politician who
"is having to fight harder" as fighting; "any Trump attacks on the foundation" (a politician's name as a compound)
as an assault (now ACCUSE 111, like "Trump's attacks"); "his rally" as a protest; a gerund under "in" that only
describes a role ("her role in rallying her voters behind X") as requested by a verb of asking above it; and a quote
tag '"If they attack us, we will strike back," he warned' (a conditional retaliation by a party) coded as nothing:
it threatens again. From the audit of PolNeAR train 560-619: "wound up being" (wind up) as wounding, e-mails
"captured" by an archive, "seizes the chance", a "long shot" candidate, a source who "requested anonymity", a candidate
who "had one appeal", "return the favor", "pledged delegates" (a participle tagged VBD), commitments "met", "committing
gaffes" as events, and pounding a policy as shelling (ACCUSE 111). Each guard has a twin that must still be coded. All sentences written for this file. Uses the
session `pipeline` fixture."""

from __future__ import annotations

import pytest

from eventwire.pipeline import Pipeline

from eventcheck import by_trigger, codes


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Nurses are in demand across the region this winter.", "demand"),
        ('The governor said, "I hold myself accountable for the failures."', "hold"),
        ("The senator said the far right is on the march in Europe.", "march"),
        ("The firm sells kidnapping insurance to executives who work abroad.", "kidnapping"),
        ("He said he had to look into the eye of a gunman that day.", "look"),
        ("The governor accused her opponent of trying to spread lies about the plan.", "spread"),
        ("Senator Tom Harris is having to fight harder and longer than he had planned to win the nomination.", "fight"),
        ("Hundreds of people attended his rally on Monday.", "rally"),
        ('"If rates rise, the economy will slow," the minister warned.', "warned"),
        ('"The economy will slow," the minister warned.', "warned"),
        # from the audit of PolNeAR train 560-619
        ("The reports about his finances wound up being a minor story.", "wound"),
        ("Her messages were captured by the department's archive.", "captured"),
        ("He can sound presidential if he simply seizes the chance to do so.", "seizes"),
        ("No candidate but long shot John Smith has backed the plan.", "shot"),
        ("A White House official, who requested anonymity to discuss the talks, said the president had called.", "requested"),
        ("Taylor had only one appeal for the Whigs: he was popular.", "appeal"),
        ("She will return the favor to Trump.", "return"),
        ("Entering the contests, Jones led Smith by nearly 300 pledged delegates.", "pledged"),
        ("Even if all the commitments are met, they will fall short.", "met"),
        ("Does she have to keep committing gaffes?", "committing"),
    ],
)
def test_not_events(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert trigger not in [t for _, _, t in codes(pipeline, text)], codes(pipeline, text)


@pytest.mark.parametrize(
    ("text", "trigger", "type_", "cameo"),
    [
        ("The rebels repeated their demand for talks.", "demand", "REQUEST", "106"),
        ("The opposition holds the government responsible for the violence.", "holds", "ACCUSE", "112"),
        ("Thousands joined the march on the capital.", "march", "PROTEST", "141"),
        ("Students held a rally at the university.", "rally", "PROTEST", "141"),
        ("Gunmen kidnapped two aid workers.", "kidnapped", "ASSAULT", "181"),
        ("The committee will look into the allegations.", "look", "ACCUSE", "090"),
        ("State media spread disinformation about the vote.", "spread", "COERCE", "170"),
        ("Rebels fought harder after the airstrike.", "fought", "ASSAULT", "190"),
        ("The aides plan to turn any Biden attacks on the charity into a counterattack.", "attacks", "ACCUSE", "111"),
        ('"If they attack us, we will strike back," the minister warned.', "warned", "THREATEN", "130"),
        ('"If Russia sends troops, so will Turkey," the minister warned.', "warned", "THREATEN", "130"),
        ("A roadside bomb wounded three soldiers.", "wounded", "ASSAULT", "183"),
        ("Rebels captured the town.", "captured", "COERCE", "192"),
        ("Police seized the weapons at the border.", "seized", "COERCE", "1711"),
        ("Soldiers shot two protesters.", "shot", "ASSAULT", "190"),
        ("Iran requested talks with the agency.", "requested", "REQUEST", "026"),
        ("The rebels made an appeal for aid.", "appeal", "REQUEST", "020"),
        ("The army returned the land to the farmers.", "returned", "RETREAT", "084"),
        ("The donors pledged $2 billion in aid.", "pledged", "AGREE", "033"),  # aid pledged: 033 (seventeenth session; was 030)
        ("The minister met his Chinese counterpart.", "met", "CONSULT", "043"),
        ("Russia committed to a ceasefire.", "committed", "AGREE", "030"),
        ("The debate lets Republicans pound the president's foreign policy as weak.", "pound", "ACCUSE", "111"),
        ("Artillery pounded the town overnight.", "pounded", "ASSAULT", "194"),
    ],
)
def test_twins_and_recoded(pipeline: Pipeline, text: str, trigger: str, type_: str, cameo: str) -> None:
    e = by_trigger(pipeline, text, trigger)
    assert (e.type, e.cameo) == (type_, cameo), codes(pipeline, text)


def test_a_role_in_a_past_deed_is_not_asked_for(pipeline: Pipeline) -> None:
    text = "Jones seemed to implore Smith to let up on his attacks by recalling her own role in rallying her voters behind Brown in 2008."
    assert by_trigger(pipeline, text, "rallying").modality == "asserted"


def test_what_is_urged_is_still_requested(pipeline: Pipeline) -> None:
    assert by_trigger(pipeline, "She urged them to rally behind the nominee.", "rally").modality == "requested"
