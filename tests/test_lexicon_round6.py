"""Sixth round of trigger-lexicon widening, driven by definitions rather than by evaluation errors: for each
CAMEO code, the verbs and event nouns its name and description use (and their common news synonyms, phrasal
forms and passives), and the acts PLOVER's codebook names per type and mode, checked on a plain sentence
and filled where they did not reach the code. Families: bombs as the agent of killing (183); protesters
clashing, blockading, walking off the job, burning buildings (145, 144, 143); orders to negotiate (106);
proposals of talks (026); money extended or granted (071); access allowed (0863);
exchanging fire (193); expulsion from a party and of aid agencies (160, 166); mobilising opposition (113);
condolences offered, regret expressed, tribute paid (018, 055, 051); charging a party, defaming,
questioning (112, 111, 090); defying laws (128); stopping aid or talks, fighting that stops (162, 164,
0871); dropping a complaint (080); mass deportations (201); refusing food or work (142, 143); hijacking
vehicles (181); beating to death, punching, sexual assault, planting bombs (1823, 182, 1821, 183); crowd
control by firing into the air (175); vows to cooperate (030); welcoming a visitor (043), phone conversations (041), shipping arms or
relief (072, 073), amnesty (0841), scaling back restrictions (081), blocking access or roads (172, 191), storming buildings (190, 145). One sentence per family, written for this file, and guards: sentences
that share the words but are not the event. Uses the session `pipeline` fixture from conftest.py."""

from __future__ import annotations

import pytest

from eventwire.pipeline import Pipeline

from eventcheck import events, only


@pytest.mark.parametrize(
    ("text", "type_", "cameo"),
    [
        # ASSAULT 183: a bomb or blast as the agent of killing or wounding
        ("An explosion killed four shoppers in the market.", "ASSAULT", "183"),
        ("A roadside bomb wounded two police officers.", "ASSAULT", "183"),
        # PROTEST: protesters clashing (145), blockading (144), walking off the job (143), burning buildings (145)
        ("Demonstrators clashed with riot police near parliament.", "PROTEST", "145"),
        ("Protesters blockaded the motorway for a day.", "PROTEST", "144"),
        ("Port workers walked off the job on Monday.", "PROTEST", "143"),
        ("Thousands took part in a rally against the mine.", "PROTEST", "141"),
        ("Rioters burned down the police station.", "PROTEST", "145"),
        ("Demonstrators set fire to the town hall.", "PROTEST", "145"),
        # PROTEST: refusing food (142) or work (143)
        ("The prisoners refused to eat.", "PROTEST", "142"),
        ("The miners refused to work until the pay dispute was settled.", "PROTEST", "143"),
        # REQUEST: ordering parties to negotiate (106); proposing talks (026)
        ("The council ordered the two factions to negotiate.", "REQUEST", "106"),
        ("The envoy proposed talks between the rival factions.", "REQUEST", "026"),
        # AID 071: money extended or granted
        ("The bank extended a loan of 2 billion dollars to Egypt.", "AID", "071"),
        ("The fund granted a credit of 40 million euros to Ghana.", "AID", "071"),
        # RETREAT 0863: access allowed or granted; a humanitarian corridor opened
        ("The junta allowed aid agencies access to the camps.", "RETREAT", "0863"),
        ("The army opened a humanitarian corridor out of the city.", "RETREAT", "0863"),
        # ASSAULT 193: fire exchanged or traded; a shootout
        ("The two armies exchanged fire across the river.", "ASSAULT", "193"),
        ("Police and smugglers traded fire near the border.", "ASSAULT", "193"),
        # SANCTION: a party expelling a member (160); expelling aid agencies (166)
        ("The party expelled the senator for disloyalty.", "SANCTION", "160"),
        ("The junta expelled three aid agencies from the north.", "SANCTION", "166"),
        # ACCUSE 113: mobilising opposition against a party
        ("The union mobilized opposition against the pension plan.", "ACCUSE", "113"),
        # SUPPORT 018 / CONCEDE 055 / SUPPORT 051: condolences offered, regret expressed, tribute paid
        ("The premier offered his condolences to the families.", "SUPPORT", "018"),
        ("The minister expressed regret for the deaths.", "CONCEDE", "055"),
        ("The king paid tribute to the fallen soldiers.", "SUPPORT", "051"),
        ("The foreign minister paid a visit to Hanoi.", "CONSULT", "042"),
        # ACCUSE: charging a party with a wrong (112), defaming (111), questioning suspects (090), disapproval (110)
        ("The opposition charged the government with fraud.", "ACCUSE", "112"),
        ("The candidate defamed his rival in a speech.", "ACCUSE", "111"),
        ("Police questioned the mayor about the missing funds.", "ACCUSE", "090"),
        ("Detectives interrogated the suspects for hours.", "ACCUSE", "090"),
        ("The embassy expressed strong disapproval of the verdict.", "ACCUSE", "110"),
        ("Parliament set up an inquiry into the corruption.", "ACCUSE", "090"),
        # REJECT 128: disobeying, challenging, resisting laws
        ("Thousands of drivers disobeyed the new traffic law.", "REJECT", "128"),
        ("The opposition challenged the decree in court.", "REJECT", "128"),
        ("The farmers resisted the new land law.", "REJECT", "128"),
        # people: occupations as patients of kidnapping and release
        ("Gunmen kidnapped two engineers near the dam.", "ASSAULT", "181"),
        ("The rebels freed two abducted engineers.", "RETREAT", "0841"),
        # RETREAT 0873: discharging soldiers; 0832: relinquishing power
        ("The army discharged thousands of conscripts.", "RETREAT", "0873"),
        ("The dictator relinquished power after the protests.", "RETREAT", "0832"),
        # SANCTION: stopping aid (162) or talks (164); RETREAT 0871: fighting that stops
        ("Washington stopped military aid to the junta.", "SANCTION", "162"),
        ("The rebels stopped the talks with the government.", "SANCTION", "164"),
        ("The fighting stopped on Friday morning.", "RETREAT", "0871"),
        ("Hostilities ceased after midnight.", "RETREAT", "0871"),
        # CONCEDE 080: dropping or withdrawing a complaint or a demand
        ("Brazil dropped its complaint against Canada at the trade body.", "CONCEDE", "080"),
        ("The union dropped its demands for a pay rise.", "CONCEDE", "080"),
        ("China withdrew its complaint against Japan.", "CONCEDE", "080"),
        # ASSAULT 201: mass deportations
        ("Mass deportations of the minority began in the spring.", "ASSAULT", "201"),
        # ASSAULT crowd control (175): firing into the air, water cannon turned on a crowd
        ("Police fired into the air to scatter the crowd.", "ASSAULT", "175"),
        ("Police turned water cannon on the marchers.", "ASSAULT", "175"),
        # MOBILIZE 153: security stepped up or tightened
        ("Police stepped up security around the stadium.", "MOBILIZE", "153"),
        ("The authorities tightened security in the capital.", "MOBILIZE", "153"),
        # CONSULT 046: bargaining; SUPPORT 056: forgiving (CAMEO 05, and PLOVER verbal support) (the small model's lemma "forgave")
        ("The unions bargained with the employers for a week.", "CONSULT", "046"),
        ("The president forgave the rebels for the uprising.", "SUPPORT", "056"),
        # SUPPORT 051: approving a policy; SANCTION 116: found unconstitutional
        ("The senators approved the new policy.", "SUPPORT", "051"),
        ("The court found the decree unconstitutional.", "SANCTION", "116"),
        # AID 073: rescue and evacuation of people, airdrops
        ("Coast guards carried out the rescue of the migrants.", "AID", "073"),
        ("The army organised the evacuation of the wounded.", "AID", "073"),
        # ASSAULT / COERCE nouns: incursions, looting
        ("The army launched an incursion into the border region.", "ASSAULT", "190"),
        ("Troops engaged in looting across the town.", "COERCE", "171"),
        # ASSAULT: hijacking vehicles (181), beating to death (1823), punching (182), molesting (1821), planting bombs (183)
        ("Pirates seized a tanker off the coast.", "ASSAULT", "181"),
        ("A mob beat the thief to death.", "ASSAULT", "1823"),
        ("The guards punched the prisoners.", "ASSAULT", "182"),
        ("A guard molested a detainee at the checkpoint.", "ASSAULT", "1821"),
        ("Militants planted a bomb under the bridge.", "ASSAULT", "183"),
        # AGREE 030: a vow or oath to cooperate is a promise, not a threat
        ("The minister vowed to help the flood victims.", "AGREE", "030"),
        ("The new leader swore to uphold the constitution.", "AGREE", "030"),
        # CONSULT: welcoming a visitor to a place (043), a telephone conversation (041)
        ("The prime minister welcomed the Indian president to Tokyo.", "CONSULT", "043"),
        ("The two leaders held a telephone conversation on Monday.", "CONSULT", "041"),
        # AID: shipping arms (072) or relief (073); RETREAT 0841: amnesty granted; CONCEDE 081: restrictions scaled back
        ("Iran shipped weapons to the rebels.", "AID", "072"),
        ("Canada shipped medical supplies to the flooded region.", "AID", "073"),
        ("The regime granted amnesty to political prisoners.", "RETREAT", "0841"),
        ("The government scaled back the restrictions on travel.", "CONCEDE", "081"),
        # COERCE: the state blocking access (172), armed forces blocking roads (191)
        ("The government blocked access to social media.", "COERCE", "172"),
        ("Soldiers blocked the main road into the town.", "COERCE", "191"),
        # storming a building: by gunmen an attack (190), by protesters a riot (145)
        ("Gunmen stormed the hotel.", "ASSAULT", "190"),
        ("Protesters stormed the parliament building.", "PROTEST", "145"),
        # COERCE 191: laying siege
        ("The army laid siege to the city.", "COERCE", "191"),
    ],
)
def test_round6_triggers(pipeline: Pipeline, text: str, type_: str, cameo: str) -> None:
    assert only(pipeline, text, type_).cameo == cameo


@pytest.mark.parametrize(
    ("text", "not_types"),
    [
        ("The singer's career stopped after the scandal.", {"RETREAT"}),  # only fighting that stops
        ("The rain stopped on Friday.", {"RETREAT"}),
        ("The bank stopped lending to farmers.", {"SANCTION"}),
        ("The court ordered the company to pay damages.", {"REQUEST"}),  # only orders to negotiate or settle
        ("The team drew fire from its fans.", {"ASSAULT"}),
        ("The teacher questioned the student's answer.", {"ACCUSE"}),  # questioning a thing is no inquiry
        ("The museum planted trees in the garden.", {"ASSAULT"}),
        ("The firm dropped its prices.", {"CONCEDE"}),
        ("The children refused to eat their vegetables.", {"PROTEST"}),  # no hunger strike
        ("The farmer burned down the old barn.", {"PROTEST", "COERCE"}),
        ("The company extended the deadline.", {"AID"}),
        ("The board granted the request for more time.", {"AID", "RETREAT"}),
        ("Fans clashed with each other over the referee.", {"PROTEST"}),  # clashing fans are no demonstrators
        ("The customs service seized a boat carrying cigarettes.", {"ASSAULT"}),  # a seizure by the state, no hijacking
        ("The club expelled two players for doping.", {"COERCE"}),  # a member expelled by the body
        ("The union offered a new contract to the drivers.", {"SUPPORT"}),
        ("The scientists exchanged data on the virus.", {"ASSAULT"}),
        ("The shop created a new website.", {"ACCUSE", "COOPERATE"}),
        ("The children took part in a school play.", {"PROTEST"}),
        ("The general vowed to crush the uprising.", {"AGREE"}),  # a vow of force stays a threat
        ("The rebels vowed to fight on.", {"AGREE"}),
        ("The minister welcomed the decision.", {"CONSULT"}),  # welcoming a decision is praise
        ("The company shipped its new phones to Europe.", {"AID"}),
        ("The senate blocked the bill.", {"COERCE"}),
    ],
)
def test_round6_guards(pipeline: Pipeline, text: str, not_types: set[str]) -> None:
    found = [(e.type, e.trigger.text) for e in events(pipeline, text)]
    assert not [f for f in found if f[0] in not_types], found


def test_event_nouns_stay_targets(pipeline: Pipeline) -> None:
    """A word listed under `nouns` stops being a possible target; round 6 leaves out nouns that are often the
    target of a rejection or protest ("the law", "the need", "the violation"), even with a sense for one modifier."""
    event = only(pipeline, "Parliament rejected the new law on Tuesday.", "REJECT")
    assert event.target is not None and event.target.text == "the new law"
