"""Fourth round of trigger-lexicon widening: synonyms of existing senses in the same sense, senses the PLOVER
and CAMEO definitions name (CAMEO 053, 0811, 113, 114, 144, 153, 162, 181, 184; PLOVER MOBILIZE/weapons,
ASSAULT/primitive, SANCTION/expel, COOPERATE/judicial), idioms ("took to the streets", "went on strike",
"held X responsible", "taken into custody") and event nouns under light verbs. One sentence per new family,
written for this file, asserting the event type and CAMEO code; guards that must not code; the empty sense
list of a phrasal verb ("swear in"). Uses the session `pipeline` fixture from conftest.py."""

from __future__ import annotations

import pytest

from eventwire.events.lexicon import load_lexicon
from eventwire.pipeline import Pipeline

from eventcheck import events, only


@pytest.mark.parametrize(
    ("text", "type_", "cameo"),
    [
        # event nouns of existing verb senses, anchored by an actor or a light verb
        ("The two navies agreed to improve military coordination in the strait.", "COOPERATE", "062"),
        ("The cabinet gave its approval to the new budget.", "SUPPORT", "051"),
        ("The ministers attended the signing of the accord in Oslo.", "SUPPORT", "057"),
        ("Spain announced its recognition of Palestine.", "SUPPORT", "054"),
        ("The judge's death sentence for the editor drew protests.", "SANCTION", "116"),
        ("The jury delivered a guilty verdict against the former mayor.", "SANCTION", "116"),
        ("The regime carried out the execution of three activists.", "ASSAULT", "186"),
        ("The militants carried out the beheading of a soldier.", "ASSAULT", "1823"),
        ("Villagers carried out the lynching of two suspected thieves.", "ASSAULT", "182"),
        ("Rights groups documented the army's rape of women in the villages.", "ASSAULT", "1821"),
        ("Dock workers staged a picket outside the port.", "PROTEST", "141"),
        ("The senate began the impeachment of the president.", "ACCUSE", "115"),
        ("The militia began its demobilization in June.", "RETREAT", "0873"),
        ("The president's pardon of the journalist surprised observers.", "RETREAT", "0841"),
        # verb synonyms without a sentence above
        ("After weeks of pressure the ministry agreed to compromise.", "CONCEDE", "080"),
        ("The council earmarked five million euros for the flood victims.", "AID", "071"),
        ("The judge upbraided the prosecutors for the delay.", "ACCUSE", "111"),
        ("The two former ministers were arraigned on fraud charges.", "ACCUSE", "115"),
    ],
)
def test_round4_nouns_and_synonyms(pipeline: Pipeline, text: str, type_: str, cameo: str) -> None:
    assert only(pipeline, text, type_).cameo == cameo


@pytest.mark.parametrize(
    ("text", "type_", "cameo"),
    [
        # CONSULT: a trip to a place is a visit
        ("The Kenyan foreign minister made a trip to Brazil in May.", "CONSULT", "042"),
        # REQUEST: lobbying a party
        ("Teachers' groups lobbied the ministry for smaller classes.", "REQUEST", "020"),
        # SUPPORT: strengthening ties (like improve/deepen ties), opening an embassy (054), rallying support (053),
        # solidarity, defending a right verbally (052), ratification and recognition
        ("Chile and Peru moved to strengthen diplomatic ties last week.", "SUPPORT", "050"),
        ("Portugal opened an embassy in Dili in 2002.", "SUPPORT", "054"),
        ("The governor rallied support for the budget among the mayors.", "SUPPORT", "053"),
        ("The queen expressed solidarity with the families of the miners.", "SUPPORT", "050"),
        ("The spokesman defended the right of the refugees to stay.", "SUPPORT", "052"),
        ("The parliament's ratification of the pact took two years.", "SUPPORT", "057"),
        ("Parliament approved the peace plan on Monday.", "SUPPORT", "051"),  # PLOVER: "approve policy, action"
        # CONCEDE: agreeing to concessions, easing limits on political freedoms (0811), a compromise
        ("The cabinet agreed to concessions on the pension reform.", "CONCEDE", "080"),
        # PLOVER CONCEDE: declaring (not implementing) a ceasefire, like declare
        ("The rebels announced a unilateral ceasefire on Sunday.", "CONCEDE", "0871"),
        ("The army called a truce for the holiday.", "CONCEDE", "0871"),
        ("The new government restored press freedoms within a month.", "CONCEDE", "0811"),
        # COOPERATE: investment (economic exchange), handing suspects over (judicial), exchanging intelligence
        ("Japanese investment in Kenya rose sharply last year.", "COOPERATE", "061"),
        ("Turkey handed over three suspects to the German authorities.", "COOPERATE", "063"),
        # AID: granting asylum (075), allocating money (071), airdrops (073)
        ("Sweden granted asylum to the dissident writer.", "AID", "075"),
        ("The bank allocated 20 million dollars to the drought victims.", "AID", "071"),
        ("Helicopters airdropped food to the cut-off villages.", "AID", "073"),
        # RETREAT: letting inspectors in, setting people free, disarmament, a pardon
        ("The regime let UN inspectors into the site.", "RETREAT", "0862"),
        ("The fishermen were set free after a week.", "RETREAT", "0841"),
        ("The militia completed its disarmament in June.", "RETREAT", "0873"),
        # ACCUSE: criticise's synonyms, holding a party responsible (112), impeaching, putting on trial (115),
        # a protest with a clause (a verbal objection, 111), rallying opposition (113), an official complaint (114)
        ("The mayor assailed the police chief over the shootings.", "ACCUSE", "111"),
        ("The minister held Moscow responsible for the sabotage.", "ACCUSE", "112"),
        ("The assembly impeached the governor on Tuesday.", "ACCUSE", "115"),
        ("The former dictator was put on trial for corruption.", "ACCUSE", "115"),
        ("The union protested that the new rules broke the contract.", "ACCUSE", "111"),
        ("The exiles rallied opposition against the regime.", "ACCUSE", "113"),
        ("The party submitted a complaint to the election board.", "ACCUSE", "114"),
        # REJECT: blocking a resolution (129)
        ("China blocked the draft resolution in the council.", "REJECT", "129"),
        # THREATEN: swearing to fight (vow's synonym)
        ("The militia swore to fight until the last man.", "THREATEN", "130"),
        # PROTEST: taking to the streets, going on strike, walking out, barricading a road (144)
        ("Thousands of students took to the streets of Dhaka.", "PROTEST", "141"),
        ("The bus drivers went on strike over unpaid wages.", "PROTEST", "143"),
        ("The miners walked out of the pits on Monday.", "PROTEST", "143"),
        ("Villagers barricaded the highway with burning tyres.", "PROTEST", "144"),
        # MOBILIZE: testing weapons (PLOVER MOBILIZE/weapons), scrambling jets, drafting reservists, police (153)
        ("Iran tested a new ballistic missile on Sunday.", "MOBILIZE", "150"),
        ("The regime carried out a nuclear test in the desert.", "MOBILIZE", "150"),
        ("Japan scrambled fighter jets after Chinese aircraft neared the islands.", "MOBILIZE", "150"),
        ("The army drafted reservists for the offensive.", "MOBILIZE", "154"),
        ("The government deployed riot police in the capital.", "MOBILIZE", "153"),
        # SANCTION: recalling or withdrawing an ambassador (161), expelling a member (PLOVER SANCTION/expel),
        # slashing aid (162), a guilty verdict
        ("Peru recalled its ambassador from Caracas.", "SANCTION", "161"),
        ("Ghana withdrew its ambassador from Togo after the raid.", "SANCTION", "161"),
        ("The party expelled two deputies from the party.", "SANCTION", "160"),
        ("The donors slashed aid to the junta.", "SANCTION", "162"),
        # COERCE: blocking websites (censorship), clamping down, locking up, custody, arrest
        ("The regime blocked several news websites.", "COERCE", "172"),
        ("The authorities clamped down on dissent after the vote.", "COERCE", "175"),
        ("Police locked up the strike leaders overnight.", "COERCE", "173"),
        ("Soldiers took the mayor into custody.", "COERCE", "173"),
        ("The opposition leader was placed under house arrest.", "COERCE", "173"),
        # ASSAULT: firing on people, launching rockets, hacking or burning to death and stoning (primitive),
        # bludgeoning, hostage-taking (181), human shields (184), executions
        ("Troops fired on the demonstrators in the square.", "ASSAULT", "190"),
        ("The rebels launched rockets at the airport.", "ASSAULT", "194"),
        ("Two farmers were hacked to death in the village.", "ASSAULT", "180"),
        ("A teacher was burned to death by a mob.", "ASSAULT", "180"),
        ("The crowd stoned the soldiers at the gate.", "ASSAULT", "180"),
        ("The gang bludgeoned a guard with iron bars.", "ASSAULT", "182"),
        ("Pirates took the tanker's crew hostage.", "ASSAULT", "181"),
        ("The fighters used civilians as human shields.", "ASSAULT", "184"),
        # COERCE/withhold (PLOVER: "shut off power/internet/water", "withhold food/medical supplies")
        ("The occupying army cut power to the city for three days.", "COERCE", "170"),
        # COERCE/cyber: attacks by their cyber kind
        ("The group carried out a ransomware attack on the hospital.", "COERCE", "170"),
        ("Militias blocked aid convoys heading to the camps.", "COERCE", "170"),
        # REQUEST: pushing for something (like press for), seeking someone's extradition
        ("The EU pushed for tougher sanctions on the regime.", "REQUEST", "100"),
        ("Belgium sought the extradition of the former minister.", "REQUEST", "020"),
        # the opposites of existing senses: unfreezing assets (081), reopening an embassy (054); massing troops
        ("The bank unfroze the assets of the former ruler.", "CONCEDE", "081"),
        ("Britain reopened its embassy in Tehran.", "SUPPORT", "054"),
        ("The army has concentrated thousands of troops on the border.", "MOBILIZE", "152"),
    ],
)
def test_round4_triggers(pipeline: Pipeline, text: str, type_: str, cameo: str) -> None:
    assert only(pipeline, text, type_).cameo == cameo


@pytest.mark.parametrize(
    ("text", "not_types"),
    [
        ("The new ministers were sworn in on Friday.", {"THREATEN"}),  # an inauguration is no vow
        ("The chief justice swore in the new cabinet.", {"THREATEN"}),
        ("The rebels swore allegiance to the new emir.", {"THREATEN"}),
        ("The company fired its finance director.", {"ASSAULT"}),  # a dismissal: nothing fired on or at
        ("Hackers hacked the ministry's email servers.", {"ASSAULT"}),  # only hacking to death is an attack
        ("Protesters blocked the main road to the port.", {"REJECT", "COERCE"}),  # an obstruction, not a veto
        ("The court set bail at ten thousand dollars.", {"RETREAT"}),  # only setting people free releases them
        ("The farmers burned stubble in the fields.", {"ASSAULT"}),
        ("The agency launched a weather satellite.", {"ASSAULT"}),  # only weapons launched are an attack
        ("The school tested its students in May.", {"MOBILIZE"}),  # only weapons tested
        ("The band went on tour in April.", {"PROTEST"}),  # only strikes gone on
        ("The government deployed new software in its offices.", {"AID"}),
        ("The company cut prices in the spring.", {"COERCE", "SANCTION"}),  # only utilities cut by a party
    ],
)
def test_round4_guards(pipeline: Pipeline, text: str, not_types: set[str]) -> None:
    found = [(e.type, e.trigger.text) for e in events(pipeline, text)]
    assert not [f for f in found if f[0] in not_types], found


def test_round4_keeps_earlier_senses(pipeline: Pipeline) -> None:
    assert only(pipeline, "Protesters blocked the main road to the port.", "PROTEST").cameo == "144"
    assert only(pipeline, "Hackers hacked the ministry's email servers.", "COERCE").cameo == "170"
    assert only(pipeline, "The army deployed tanks along the border.", "MOBILIZE").cameo == "150"
    assert only(pipeline, "Ghana sent peacekeepers to Liberia in June.", "AID").cameo == "074"
    assert only(pipeline, "Thousands of students protested in the capital on Sunday.", "PROTEST").cameo == "141"
    assert only(pipeline, "The UN called for a ceasefire in the region.", "REQUEST").cameo == "0256"
    assert only(pipeline, "The IMF approved a loan of two billion dollars to Egypt.", "AID").cameo == "071"  # the loan says how: economic aid
    assert only(pipeline, "The two sides observed a ceasefire over the weekend.", "RETREAT").cameo == "0871"
    assert only(pipeline, "The government announced new sanctions on the regime.", "SANCTION").cameo == "163"


def test_phrasal_verb_without_senses() -> None:
    """A phrasal verb listed with an empty sense list codes nothing and keeps the bare verb's senses off."""
    lex = load_lexicon()
    assert lex.verbs["swear in"] == ()
    assert lex.verbs["swear"]
