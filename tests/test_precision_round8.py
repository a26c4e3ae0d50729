"""Precision round 8 (issue #3): what round 7 left open, and the wrong codings of PolNeAR election news, each fixed
as a class: a picture or an idea that "captures" someone, and a state "captured" by a margin of votes, as seizures;
a cause fought "for" with the preposition stranded ("everything she is fighting for") or a change fought for as
fighting; a thing or a danger that "threatens" a thing ("the drought threatens the harvest", "threatens to cripple
the unions") as a threat; a quote tagged "…, he warned" and a warning of a fact ("warning that it is running out of
cash") as a threat (a warning that the warner "would" act still is one); "as campaigns have demonstrated" as a
protest; an adjective "demanding" as a demand; a candidate received by waves of "protestors" (that spelling) as a
meeting; a politician's attacks that "have not worked" as negated (they took place, and failed); the power seized in
a coup or the thing asked "for" ("called for new elections") as a target; "pressed for a ceasefire" without the de-escalation subcode; a predicate noun ("the attack was a
searing moment") as a target; an infinitive on "time" or "reasons" given that noun as its actor; radar waves "shot",
spending that "shot up", a dispute that "exploded", a table "pounded", a "tortured relationship", an adverb
"deployed", a guest who "hosted" a show, ads that "hit" a rival, two public figures who "clashed", rules that
"forbid", "a group called Citizens for X", details "offered", findings "released", sacrilege "committed", "free
trade", "guaranteed income", "compromised interests", talks "delivered" (speeches), "the threat of terrorism", "early
warning", a "policy meeting" ended, "a wounded candidate", "Welcome to …", phone lines "burned up", control of one's own campaign "seized", "shooting into
view"; rallying "around" a leader is support. Each guard has a twin that must still be coded. All sentences
written for this file. Uses the session `pipeline` fixture."""

from __future__ import annotations

import pytest

from eventwire.pipeline import Pipeline

from eventcheck import actor, by_trigger, codes, target


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        # pictures and ideas capture, voters' margins capture
        ("The scene was captured by a photographer from Reuters.", "captured"),
        ("The party has been captured by a hard-line philosophy.", "captured"),
        ("Mr. Harris ultimately captured Ohio by about 74,000 votes.", "captured"),
        # causes fought for
        ("She believes in everything she's fighting for.", "fighting"),
        ("We can fight for that change together.", "fight"),
        ("That is the country she is fighting for.", "fighting"),
        # dangers, not threats
        ("The new policy threatens the extensive work of local charities.", "threatens"),
        ("The drought threatens the harvest.", "threatens"),
        ("It threatens the extensive work of the volunteers.", "threatens"),
        ("A lawsuit that had threatened to cripple the unions was dismissed.", "threatened"),
        ("The decision threatens to create a political bind for Democrats.", "threatens"),
        # warnings that tag a quote or tell of a fact
        ('"We will not back down," he warned.', "warned"),
        ("The airline issued a statement warning that it is running out of cash.", "warning"),
        ("The vice president warned that the candidate had raised the dangers facing allies.", "warned"),
        # shown, not protested; an adjective, not a demand
        ("As campaigns have demonstrated, money matters.", "demonstrated"),
        ("The ritual is demanding.", "demanding"),
        # met by protestors
        ("When Senator Tom Harris held rallies in Ohio he was received by waves of angry protestors.", "received"),
        # rays, figures, disputes, tables, relationships, words
        ("The device shoots radar waves about ten feet into the ground.", "shoots"),
        ("Health care spending shot up last year.", "shot"),
        ("In 1998 a simmering dispute over the border exploded into a full-scale war.", "exploded"),
        ("Voters might blame him for not pounding the table hard enough.", "pounding"),
        ("It was the beginning of a tortured relationship with the network.", "tortured"),
        ("She spoke of her father, deploying her favorite adverb.", "deploying"),
        # a guest host, rules, a name, details, findings, sacrilege, free trade, income, interests, norms
        ("Charles Barkley hosted and Kelly Clarkson performed.", "hosted"),
        ("Federal rules forbid using campaign money for travel.", "forbid"),
        ("Tim Selaty organized a group called Citizens for Trump, which expects 5,000 to attend.", "called"),
        ("The foreign minister did not offer further details on the plan.", "offer"),
        ("The foreign minister was cagey, offering few specifics beyond a statement in May.", "offering"),
        ("The F.B.I. released its findings on Tuesday.", "released"),
        ("It is committing sacrilege by depicting Jesus as white.", "committing"),
        ("These voters are skeptical of free trade.", "trade"),
        ("Voters want more guaranteed income from Social Security.", "guaranteed"),
        ("Entrenched and compromised interests spin the fiction.", "compromised"),
        ("Both platforms include planks that call for the restoration of the law.", "call"),
        ("They adjusted salaries to meet campaign industry norms.", "meet"),
        ("New technology may prove indispensable to meet the limits on emissions.", "meet"),
        ("The plan was met with relief among allies.", "met"),
        ("She won hard-fought primary victories in March.", "fought"),
        # speeches, generic dangers and warnings, a meeting closed, a weakened candidate
        ("The candidates delivered their talks between campaign stops.", "talks"),
        ("Voters are anxious about jobs, the threat of terrorism and crime.", "threat"),
        ("There are zero days of early warning about its dangers.", "warning"),
        ("Japan's central bank ended a policy meeting on Friday.", "ended"),
        ("She emerged from the investigation a wounded candidate.", "wounded"),
        # a greeting, resources used up, control of one's own campaign, a rise
        ("Welcome to the season of big political promises.", "Welcome"),
        ("His advisers burn up their email accounts and phone lines during every crisis.", "burn"),
        ("Friends suggested that the candidate was seizing back control of his campaign.", "seizing"),
        ("Joe came shooting into view on the stage.", "shooting"),
    ],
)
def test_not_events(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert trigger not in [t for _, _, t in codes(pipeline, text)], codes(pipeline, text)


@pytest.mark.parametrize(
    ("text", "trigger", "type_", "cameo"),
    [
        ("Rebels captured the town of Kidal on Sunday.", "captured", "COERCE", "192"),
        ("The town was captured by rebels on Sunday.", "captured", "COERCE", "192"),
        ("Police captured two suspects near the border.", "captured", "COERCE", "173"),
        ("Rebels are fighting for control of the city.", "fighting", "ASSAULT", "190"),
        ("Activists fought the police in the streets.", "fought", "ASSAULT", "190"),
        ("Iran threatened to close the Strait of Hormuz.", "threatened", "THREATEN", "130"),
        ("The rebels threatened the villagers with death.", "threatened", "THREATEN", "130"),
        ("The militia threatened the journalists.", "threatened", "THREATEN", "130"),
        ("Rebels threatened to burn the village.", "threatened", "THREATEN", "130"),
        ("Russia warned Ukraine that it would retaliate.", "warned", "THREATEN", "130"),
        ("Senator Tom Harris warned Jane Doe that he'd make an issue of her record.", "warned", "THREATEN", "130"),
        ("Thousands demonstrated in the capital on Friday.", "demonstrated", "PROTEST", "141"),
        ("The farmers are demanding higher prices.", "demanding", "REQUEST", "100"),
        ("Protesters demanded that he resign.", "demanded", "REQUEST", "100"),
        ("The king received the French ambassador on Monday.", "received", "CONSULT", "043"),
        ("Soldiers shot two protesters in the square.", "shot", "ASSAULT", "190"),
        ("A car bomb exploded near the market.", "exploded", "ASSAULT", "183"),
        ("Artillery pounded the rebel positions overnight.", "pounded", "ASSAULT", "194"),
        ("The prisoners were tortured by the guards.", "tortured", "ASSAULT", "1822"),
        ("The army deployed troops to the border.", "deployed", "MOBILIZE", "150"),
        ("President Biden hosted the Japanese prime minister.", "hosted", "CONSULT", "043"),
        ("The junta forbade public gatherings.", "forbade", "COERCE", "172"),
        ("The opposition called for new elections.", "called", "REQUEST", "020"),
        ("Scenes of mayhem allow him to call for law and order and project strength.", "call", "REQUEST", "020"),
        ("Iran offered talks with the United States.", "offered", "AGREE", "030"),
        ("The government guaranteed the safety of the monitors.", "guaranteed", "AGREE", "030"),
        ("After long talks, both sides compromised.", "compromised", "CONCEDE", "080"),
        ("Protesters clashed with police in the capital.", "clashed", "PROTEST", "145"),
        ("The two sides resumed talks in Geneva.", "talks", "CONSULT", "040"),
        ("The army issued a warning to the rebels.", "warning", "THREATEN", "130"),
        ("The government ended talks with the rebels.", "ended", "SANCTION", "160"),
        ("Two soldiers were wounded in the attack.", "wounded", "ASSAULT", "190"),
        ("Thousands rallied in the capital.", "rallied", "PROTEST", "141"),
        ("The president welcomed the decision.", "welcomed", "SUPPORT", "051"),
        ("Rebels burned the power lines near the town.", "burned", "ASSAULT", "1712"),
        ("Rebels seized control of the town.", "seized", "COERCE", "192"),
        ("Police shot two men in the market.", "shot", "ASSAULT", "190"),
        # rallying around a leader is support; a vow to reverse losses a campaign promise
        ("Democrats rallied around Senator Tom Harris after the debate.", "rallied", "SUPPORT", "050"),
        ("Republicans vowed to reverse job losses.", "vowed", "AGREE", "030"),
        # the subcode from what is pressed for, as "appeal for"
        ("They will press for a reduction of violence and a ceasefire.", "press", "REQUEST", "1056"),
        ("They pressed for a ceasefire.", "pressed", "REQUEST", "1056"),
        ("They will appeal for a reduction of violence and a ceasefire.", "appeal", "REQUEST", "0256"),
        # words, not blows
        ("A super PAC has been hitting Senator Tom Harris with ads in Iowa.", "hitting", "ACCUSE", "111"),
        ("The senator clashed with Mark Zuckerberg over privacy.", "clashed", "ACCUSE", "111"),
        ("The campaign was brutal, as were the attacks on Senator Tom Harris's military reputation.", "attacks", "ACCUSE", "111"),
    ],
)
def test_twins_and_recoded(pipeline: Pipeline, text: str, trigger: str, type_: str, cameo: str) -> None:
    e = by_trigger(pipeline, text, trigger)
    assert (e.type, e.cameo) == (type_, cameo), codes(pipeline, text)


def test_attacks_that_failed_took_place(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "Senator Tom Harris's attacks on Clinton have not worked.", "attacks")
    assert e.type == "ACCUSE" and e.modality == "asserted"


def test_talks_that_did_not_take_place_are_still_negated(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "The strike by the dock workers did not take place.", "strike")
    assert e.modality == "negated", e.modality


def test_power_seized_is_no_target(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "The army seized power in the capital.", "seized")
    assert (e.type, e.cameo) == ("COERCE", "170") and target(e) is None, target(e)


def test_a_predicate_noun_is_no_target(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "The Orlando attack was a searing moment for many people.", "attack")
    assert target(e) is None, target(e)


@pytest.mark.parametrize(
    ("text", "trigger", "party"),
    [
        ("The opposition called for new elections.", "called", None),
        ("Senator Tom Harris pressed for the inclusion of a new plank in the platform.", "pressed", None),
        ("The EU called for sanctions against Russia.", "called", "Russia"),
        ("The protesters called for Assad to step down.", "called", "Assad"),
    ],
)
def test_what_is_asked_for_is_no_target(pipeline: Pipeline, text: str, trigger: str, party: str | None) -> None:
    found = target(by_trigger(pipeline, text, trigger))
    assert (found is None) if party is None else (found is not None and party in found), found


def test_the_one_on_the_receiving_side_is_the_target(pipeline: Pipeline) -> None:
    text = "She knows what it takes, said Ms. Jane Doe, who has often been on the receiving side of Senator Tom Harris's attacks."
    found = target(by_trigger(pipeline, text, "attacks"))
    assert found is not None and "Doe" in found, found


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("It's time to quit attacking the people that you competed with.", "attacking"),
        ("Partisan strife is also one of the chief reasons to oppose Senator Tom Harris.", "oppose"),
    ],
)
def test_a_purpose_noun_is_no_actor(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert actor(by_trigger(pipeline, text, trigger)) is None


def test_a_leader_to_visit_still_visits(pipeline: Pipeline) -> None:
    found = actor(by_trigger(pipeline, "He was the first leader to visit Kabul.", "visit"))
    assert found is not None and "leader" in found, found
