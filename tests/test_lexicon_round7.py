"""Seventh round of trigger-lexicon widening, for general coverage rather than for sentences of the evaluation sets:
the verbs, idioms and event nouns news uses for each PLOVER type that the lexicon did not know, found by writing
plain news sentences per CAMEO code and PLOVER mode and by reading NGEC's synthetic stories (seeds other than the
held-out ones). Families: criticism idioms (hit out at, take aim at, blast, chastise, brand: 111); measures voted
down, cases thrown out, claims scoffed at (120); places pummelled or hammered by artillery (194), weapons lobbed or
hurled, stones pelted by a crowd (145), rape (the small model's lemma "rap", 1821); money given, aid distributed,
refugees taken in or resettled (071, 073, 075); decisions reversed, access unblocked, borders reopened (080, 081),
checkpoints dismantled (0872); sitting down, huddling, exchanging views, greeting a visitor (043, 040); standing by
a party (050); enlisting fighters, calling on reservists, forming militias, going on alert, deploying missile
systems, test-firing missiles (154, 152, 150); sanctions slapped, embassies closed, membership suspended, imports
banned (163, 161, 160); houses torn down (1712), police holding people (173), websites taken down (170); promised
concessions (CONCEDE, 035); hyphenated event nouns the tokenizer splits (sit-in, pull-out), video calls,
repatriation, pacts, memoranda of understanding, intelligence sharing, prisoner exchanges; and the
feelings a party expresses that are acts (outrage, displeasure, disappointment, readiness, commitment, appreciation);
condemning names ("called the vote a sham"), a state's denial that something happened (016); a blockade eased, baton
charges and tear gas (175), bombs set off, forces advancing on or retaking a town, villages burned, windows smashed; arms and commodities
sold, bought or supplied between states (062, 061), bombers flown (150), a stance softened (080); promises
of force and the prospect of sanctions or force raised or floated (130, with the new `object_of` condition: what the
object is "of"); property nationalised (1711), truces brokered and talks facilitated (045), tools or drones downed (143, 190);
a vow of support (030); warnings of a famine or by economists (forecasts, not threats); idioms of approval
("threw its weight behind", "signed off on", "rubber-stamped", "lent support"), of yielding
("bowed to pressure", "caved to demands") and of ending talks ("pulled the plug on"). Each family
has guards: sentences that share the words but are not the event. Uses the session `pipeline` fixture of
conftest.py; every sentence was written for this file."""

from __future__ import annotations

import pytest

from eventwire.pipeline import Pipeline

from eventcheck import events, only


@pytest.mark.parametrize(
    ("text", "type_", "cameo"),
    [
        # ACCUSE 111: criticism idioms
        ("The senator hit out at the president over the budget.", "ACCUSE", "111"),
        ("The minister took aim at the central bank.", "ACCUSE", "111"),
        ("The opposition leader blasted the government's handling of the crisis.", "ACCUSE", "111"),
        ("The ministry chastised the ambassador for his remarks.", "ACCUSE", "111"),
        ("The opposition branded the vote a fraud.", "ACCUSE", "111"),
        ("The foreign ministry expressed outrage at the verdict.", "ACCUSE", "111"),
        ("Beijing expressed strong displeasure over the visit.", "ACCUSE", "110"),
        # REJECT 120: voting down, throwing out, scoffing at
        ("Parliament voted down the budget.", "REJECT", "120"),
        ("The senators voted against the bill.", "REJECT", "120"),
        ("The court threw out the lawsuit.", "REJECT", "120"),
        ("The minister scoffed at the allegations.", "REJECT", "120"),
        # ASSAULT: shelling idioms (194), weapons lobbed (190), rape (1821, lemma "rap"), hanging (186)
        ("War planes pummelled rebel positions overnight.", "ASSAULT", "194"),
        ("Artillery hammered the eastern suburbs.", "ASSAULT", "194"),
        ("Militants lobbed mortar shells at the base.", "ASSAULT", "190"),
        ("Mortar rounds slammed into the market.", "ASSAULT", "194"),
        ("Soldiers raped women in the village.", "ASSAULT", "1821"),
        ("Iran hanged two prisoners on Monday.", "ASSAULT", "186"),
        # PROTEST 145: stones hurled or pelted; 141: a square occupied, a sit-in staged
        ("Protesters hurled rocks at the police.", "PROTEST", "145"),
        ("Protesters pelted police with stones.", "PROTEST", "145"),
        ("Protesters tore down the statue of the general.", "PROTEST", "145"),
        ("Protesters occupied the central square.", "PROTEST", "141"),
        ("Students staged a sit-in at the ministry.", "PROTEST", "141"),
        # AID: money given (071), aid distributed (073), refugees taken in or resettled (075)
        ("Japan gave 10 million dollars to the flood victims.", "AID", "071"),
        ("The World Food Programme distributed food to refugees in the camp.", "AID", "073"),
        ("Turkey took in two million Syrian refugees.", "AID", "075"),
        ("Canada resettled 25,000 Syrian refugees.", "AID", "075"),
        # CONCEDE: decisions reversed (080), access unblocked and borders reopened (081), concessions promised (035)
        ("The government reversed its decision to raise fuel prices.", "CONCEDE", "080"),
        ("The government unblocked access to social media.", "CONCEDE", "081"),
        ("The government reopened the border crossing with Egypt.", "CONCEDE", "081"),
        ("The government promised concessions to the opposition.", "CONCEDE", "035"),
        # RETREAT: checkpoints dismantled (0872), a pull-out, prisoners exchanged (0841), repatriation
        ("The army dismantled checkpoints around the city.", "RETREAT", "0872"),
        ("The government announced a pull-out of troops from the region.", "RETREAT", "0874"),
        ("The two sides carried out a prisoner swap.", "RETREAT", "0841"),
        # CONSULT: sitting down, huddling, exchanging views, greeting a visitor, video calls
        ("The Chinese foreign minister sat down with his Japanese counterpart in Beijing.", "CONSULT", "043"),
        ("Indian officials huddled with Pakistani diplomats in Geneva.", "CONSULT", "040"),
        ("The two ministers exchanged views on regional issues.", "CONSULT", "040"),
        ("The president greeted the visiting Chinese premier at the airport.", "CONSULT", "043"),
        ("The two presidents held a video call on Tuesday.", "CONSULT", "041"),
        # SUPPORT 050 / 051; AGREE 030 / 057
        ("The senator stood by the embattled governor.", "SUPPORT", "050"),
        ("The president expressed appreciation for the mediators.", "SUPPORT", "051"),
        ("The government expressed its readiness to resume the dialogue.", "AGREE", "030"),
        ("Japan reaffirmed its commitment to the peace process.", "AGREE", "030"),
        # MOBILIZE: enlisting, calling on reservists, militias formed (154); alerts (151, 152); weapons (150)
        ("The country enlisted thousands of volunteers.", "MOBILIZE", "154"),
        ("The army called on reservists to report for duty.", "MOBILIZE", "154"),
        ("Villagers formed a militia to defend the valley.", "MOBILIZE", "154"),
        ("Police went on high alert ahead of the rally.", "MOBILIZE", "151"),
        ("The army was placed on high alert.", "MOBILIZE", "152"),
        ("Police were put on alert ahead of the election.", "MOBILIZE", "151"),  # police alert (151), not military (152)
        ("Police units were placed on high alert.", "MOBILIZE", "151"),
        ("Iran deployed a missile defense system near the capital.", "MOBILIZE", "150"),
        ("North Korea test-fired a ballistic missile.", "MOBILIZE", "150"),
        # SANCTION: sanctions slapped (163), embassy closed (161), membership suspended (160), imports banned (163)
        ("The EU slapped sanctions on Russian oligarchs.", "SANCTION", "163"),
        ("The government closed its embassy in Kabul.", "SANCTION", "161"),
        ("The African Union suspended Mali's membership.", "SANCTION", "166"),  # a bloc suspending a member, as 'suspended Mali from the AU' (seventeenth session; was 160)
        ("Kuwait banned imports of Iranian goods.", "SANCTION", "163"),
        ("China restricted exports of rare earths.", "SANCTION", "163"),
        # houses torn down (ASSAULT destroy 1712, as cameo.tsv maps it); COERCE: police holding people (173), websites taken down by hackers (170)
        ("Bulldozers tore down Palestinian homes.", "ASSAULT", "1712"),
        ("Police held the activists for questioning.", "COERCE", "173"),
        ("Hackers took down the government's websites.", "COERCE", "170"),
        ("Homeland security officials say hackers are taking aim at election officials.", "COERCE", "170"),
        # fourth batch: a military blockade eased (0872), crowd control by baton charge or tear gas (175, the verb's
        # hyphenated modifier), bombs set off (183), forces advancing on or retaking a town (190, 192; "retook" is
        # the small model's lemma), villages burned by armed men (1712), windows smashed by protesters (145)
        ("Israel eased the blockade of the port.", "RETREAT", "0872"),
        ("Riot police charged the protesters with batons.", "ASSAULT", "175"),
        ("The police tear-gassed the marchers.", "ASSAULT", "175"),
        ("Militants set off a bomb at the market.", "ASSAULT", "183"),
        ("Troops advanced on the rebel-held city.", "ASSAULT", "190"),
        ("Government forces retook the town.", "COERCE", "192"),
        ("The rebels burned the village.", "ASSAULT", "1712"),
        ("Protesters smashed shop windows.", "PROTEST", "145"),
        # fifth batch: condemning names for an act or a person (111), a state's denial (016), disappointment (110)
        ("The EU called the arrests unacceptable.", "ACCUSE", "111"),
        ("The opposition called the election a sham.", "ACCUSE", "111"),
        ("The minister described the vote as a sham.", "ACCUSE", "111"),
        ("The minister denied that the army had shelled the village.", "REJECT", "016"),
        ("The State Department expressed disappointment with the verdict.", "ACCUSE", "110"),
        # the other senses of the round's entries
        ("The protesters hurled insults at the police.", "ACCUSE", "111"),
        ("We stand with Ukraine, the chancellor said.", "SUPPORT", "050"),
        ("The rebels distributed weapons to the villagers.", "AID", "072"),
        ("The regime dismantled its chemical weapons.", "RETREAT", "0873"),
        ("The army slapped a curfew on the town.", "COERCE", "1723"),  # the curfew says which restriction
        ("The government took down opposition websites.", "COERCE", "172"),
        ("The army went on high alert after the attack.", "MOBILIZE", "152"),
        ("North Korea test-launched a new missile.", "MOBILIZE", "150"),
        ("The union announced a walk-out at the plant.", "PROTEST", "143"),
        ("Police and smugglers engaged in a shoot-out near the border.", "ASSAULT", "193"),
        ("The government announced a crack-down on dissent.", "COERCE", "175"),
        ("The two leaders held a conference call on Monday.", "CONSULT", "041"),
        ("The two agencies expanded information sharing.", "COOPERATE", "064"),
        ("The two sides carried out an exchange of prisoners.", "RETREAT", "0841"),
        ("The opposition expressed indignation at the decision.", "ACCUSE", "111"),
        ("The UN expressed dismay at the decision.", "ACCUSE", "110"),
        ("Russia announced a ban on imports of Polish apples.", "SANCTION", "163"),
        ("The rebels pledged concessions to the tribes.", "CONCEDE", "035"),
        ("The government shut its embassy in Damascus.", "SANCTION", "161"),
        # COOPERATE: arms and commodities sold, bought or supplied between parties (062, 061); MOBILIZE: bombers flown (150)
        ("France sold fighter jets to India.", "COOPERATE", "062"),
        ("India bought S-400 missiles from Russia.", "COOPERATE", "062"),
        ("Egypt purchased wheat from Ukraine.", "COOPERATE", "061"),
        ("Russia supplies gas to Europe through the pipeline.", "COOPERATE", "061"),
        ("The US flew B-52 bombers over the peninsula.", "MOBILIZE", "150"),
        ("The president called Putin a killer.", "ACCUSE", "111"),
        ("The government softened its stance on the protests.", "CONCEDE", "080"),
        # THREATEN 130: a promise of force, and the prospect of sanctions or force raised or floated (what the object is "of")
        ("The general pledged to crush the rebellion.", "THREATEN", "138"),
        ("The rebels promised to retaliate for the killings.", "THREATEN", "130"),
        ("Beijing raised the possibility of sanctions against Taipei.", "THREATEN", "130"),
        ("The president raised the spectre of war with the neighbours.", "THREATEN", "130"),
        ("Kenya raised the possibility of suspending talks with Uganda.", "THREATEN", "130"),
        ("The government floated the idea of sanctions on the regime.", "THREATEN", "130"),
        # nationalising property (1711); brokering a truce, facilitating talks (045); downing tools (143) or a drone (190)
        ("Venezuela nationalized the oil industry.", "COERCE", "1711"),
        ("Qatar brokered a ceasefire between the two sides.", "CONSULT", "045"),
        ("Norway facilitated talks between the government and the rebels.", "CONSULT", "045"),
        ("Workers downed tools at the factory.", "PROTEST", "143"),
        ("Iran downed a US drone over the strait.", "ASSAULT", "190"),
        # a vow of support is a promise (030), not a threat
        ("The United States vowed support for Ukraine.", "AGREE", "030"),
        # idioms of approval (051, 050), yielding (080) and ending talks (164)
        ("Germany threw its weight behind the proposal.", "SUPPORT", "051"),
        ("The ministers signed off on the aid package.", "SUPPORT", "051"),
        ("Parliament rubber-stamped the agreement.", "SUPPORT", "051"),
        ("The minister lent support to the campaign.", "SUPPORT", "050"),
        ("Japan extended its support to the new government.", "SUPPORT", "050"),
        ("The countries patched up their relations.", "SUPPORT", "050"),
        ("The government bowed to pressure from the unions.", "CONCEDE", "080"),
        ("The president caved to the protesters' demands.", "CONCEDE", "080"),
        ("The government pulled the plug on the talks.", "SANCTION", "164"),
        ("The ministry reproached the envoy for his remarks.", "ACCUSE", "111"),
        ("The two governments began the repatriation of the refugees.", "RETREAT", "0841"),
        ("The government ordered a clamp-down on the smugglers.", "COERCE", "175"),
        ("The foreign ministry expressed anger at the decision.", "ACCUSE", "111"),
        ("The two sides carried out a prisoner exchange.", "RETREAT", "0841"),
    ],
)
def test_round7_triggers(pipeline: Pipeline, text: str, type_: str, cameo: str) -> None:
    assert only(pipeline, text, type_).cameo == cameo


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("The United States and Mexico agreed to expand intelligence sharing.", "COOPERATE"),
        ("The armies engaged in an exchange of fire across the border.", "ASSAULT"),
        ("Russia and Belarus announced a new defence pact.", "AGREE"),
        ("The two ministries announced a memorandum of understanding on trade.", "AGREE"),
    ],
)
def test_round7_nouns(pipeline: Pipeline, text: str, type_: str) -> None:
    assert any(e.type == type_ for e in events(pipeline, text)), [(e.type, e.trigger.text) for e in events(pipeline, text)]


@pytest.mark.parametrize(
    ("text", "not_types"),
    [
        ("The striker blasted the ball into the net.", {"ACCUSE"}),
        ("Workers blasted the rock with dynamite.", {"ACCUSE"}),
        ("The judge rapped the lawyers for their delays.", {"ASSAULT"}),  # "rap" only with a victim
        ("The fans voted for the best player of the season.", {"REJECT"}),
        ("The cook threw out the old bread.", {"REJECT"}),
        ("The storm hammered the coast overnight.", {"ASSAULT"}),
        ("Critics hammered the film.", {"ASSAULT"}),
        ("The boxer pummelled his opponent.", {"ASSAULT"}),
        ("Rain pummelled the city for days.", {"ASSAULT"}),
        ("The pitcher lobbed the ball to first base.", {"ASSAULT", "PROTEST"}),
        ("The fans pelted the pitch with bottles.", {"PROTEST"}),
        ("The car slammed into a tree.", {"ACCUSE", "ASSAULT"}),  # slamming into a thing is no criticism
        ("The charity distributed leaflets in the town.", {"AID"}),
        ("The family took in a stray dog.", {"AID"}),
        ("He gave the waiter ten dollars.", {"AID"}),  # money given by a state or a body only
        ("The company reversed its losses in the third quarter.", {"CONCEDE"}),
        ("The appeals court reversed the decision.", {"CONCEDE"}),  # a court reversing a ruling yields nothing
        ("The mall reopened its doors after the storm.", {"CONCEDE"}),
        ("Engineers dismantled the bridge for repairs.", {"RETREAT"}),
        ("The couple sat down with a counsellor.", {"CONSULT"}),
        ("She stood by her husband through the trial.", {"SUPPORT"}),
        ("The students stood with their teacher at the ceremony.", {"SUPPORT"}),
        ("The company enlisted the help of consultants.", {"MOBILIZE"}),
        ("The company tore down the old warehouse to build flats.", {"COERCE"}),
        ("The company deployed a new software system.", {"MOBILIZE"}),
        ("The police held a press conference.", {"COERCE"}),
        ("The referee's call angered the fans.", {"CONSULT"}),
        ("Fans greeted the team at the airport.", {"CONSULT"}),
        ("Uniformed officers greeted the candidate at the rally.", {"CONSULT"}),
        ("The museum hung the portrait in the main hall.", {"ASSAULT"}),
        ("The government banned smoking in public places.", {"SANCTION"}),  # a ban on goods only is an embargo
        ("There was anger in the city after the verdict.", {"ACCUSE"}),  # nobody expresses it
        ("The commitment of the nurses impressed the visitors.", {"AGREE"}),
        ("The students formed a study group.", {"MOBILIZE"}),
        ("The company took down the offending posts.", {"COERCE"}),
        ("The team went on a winning streak.", {"MOBILIZE"}),
        ("The UN called on the army to stop the shelling.", {"MOBILIZE"}),  # a party asked to act, no call-up
        ("The two sides agreed to share the cost of the bridge.", {"COOPERATE"}),
        ("The fire alarm set off a panic.", {"ASSAULT"}),
        ("The team advanced on penalties.", {"ASSAULT"}),
        ("The farmer burned the field.", {"COERCE"}),
        ("The prosecutor charged the suspect with murder.", {"ASSAULT"}),  # a charge with a crime is an indictment
        ("She called the meeting productive.", {"ACCUSE"}),
        ("They called the baby Sam.", {"ACCUSE"}),
        ("She denied that she was tired.", {"REJECT"}),  # a denial by an office holder or a state only
        ("Fans expressed disappointment after the defeat.", {"ACCUSE"}),
        ("The city announced a ban on fireworks.", {"SANCTION"}),
        ("The family expressed anger at the hospital.", {"ACCUSE"}),
        ("The pilot flew the helicopter to the hospital.", {"MOBILIZE"}),
        ("The singer softened her tone.", {"CONCEDE"}),
        ("The minister promised to fight corruption.", {"THREATEN"}),
        ("The minister raised the possibility of talks with the rebels.", {"THREATEN"}),
        ("The company floated the idea of a merger.", {"THREATEN"}),
        ("The report raised the possibility of war.", {"THREATEN"}),  # no party raises it
        ("The president called the prime minister a friend.", {"ACCUSE", "CONSULT"}),
        ("The shop sold gas to customers.", {"COOPERATE"}),
        ("The family bought a car from a dealer in Texas.", {"COOPERATE"}),
        ("The company sold its oil assets to a rival.", {"COOPERATE"}),
        ("The firm sold the old coal mine to a local investor.", {"COOPERATE"}),  # a mine sold is no weapon
        ("The shop brokered a sale of the house.", {"CONSULT"}),
        ("The customer downed a pint of beer.", {"ASSAULT", "PROTEST"}),
        ("The embassy was closed after the attack.", {"SANCTION"}),  # a closure for safety names no state cutting ties
        ("The UN warned of a looming famine in Yemen.", {"THREATEN"}),  # a forecast, no threat
        ("Economists warned of a recession.", {"THREATEN"}),
        ("The boy threw the ball behind the wall.", {"SUPPORT"}),
        ("The actor bowed to the audience.", {"CONCEDE"}),
        ("The engineer pulled the plug on the machine.", {"SANCTION"}),
        ("The clerk stamped the passport.", {"SUPPORT"}),
    ],
)
def test_round7_guards(pipeline: Pipeline, text: str, not_types: set[str]) -> None:
    found = [(e.type, e.trigger.text) for e in events(pipeline, text)]
    assert not [f for f in found if f[0] in not_types], found


def test_the_maker_of_a_call_rejected_is_the_target(pipeline: Pipeline) -> None:
    """'call' is an event noun (fourteenth session: "renewed its call for a ceasefire" asks, it declares nothing), so
    "the call of X" rejected is X's; before, the target was the phrase 'the call of the European Parliament'."""
    event = only(pipeline, "The government rejected the call of the European Parliament.", "REJECT")
    assert event.target is not None and event.target.text == "the European Parliament"
