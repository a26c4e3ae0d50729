"""Second round of trigger-lexicon widening (issue #3): one sentence per new trigger or sense,
written for this file, asserting the event type and CAMEO code, plus guards that must not code.
Uses the session `pipeline` fixture from conftest.py; the helpers are tests/eventcheck.py's."""

from __future__ import annotations

import pytest

from eventwire.pipeline import Pipeline

from eventcheck import events, only


@pytest.mark.parametrize(
    ("text", "type_", "cameo"),
    [
        # CONSULT: by phone, a phone call, a tour of places, discussions / dialogue / consultations
        ("The two leaders spoke by phone on Monday.", "CONSULT", "041"),  # CAMEO 041: discuss by telephone
        ("Sudan's president made a phone call to the Somali president.", "CONSULT", "041"),
        ("The foreign minister embarked on a tour of Kenya and Uganda.", "CONSULT", "042"),
        ("Trade ministers from the EU held discussions in Belgrade.", "CONSULT", "040"),
        ("The government began a dialogue with the rebels.", "CONSULT", "040"),
        ("The president held consultations with opposition leaders.", "CONSULT", "040"),
        # REQUEST: ask for anything, call upon
        ("The rights group asked for the release of the prisoner.", "REQUEST", "020"),
        ("The Indian army called upon its recruits to report for duty.", "REQUEST", "020"),
        # SUPPORT: approve of, resume relations, expressed support / gratitude, widened cooperation in general
        ("The Vatican approved of the policy.", "SUPPORT", "051"),
        ("The United States and Spain resumed diplomatic relations on Wednesday.", "SUPPORT", "054"),
        ("Denmark expressed support for the World Health Organization.", "SUPPORT", "050"),
        ("Brazil voiced support for the peace plan.", "SUPPORT", "050"),
        ("Kenya expressed gratitude to Saudi Arabia for its help.", "SUPPORT", "051"),
        ("Kenya and Tanzania improved diplomatic cooperation.", "SUPPORT", "050"),
        # AID: support that is material
        ("Washington announced military support for Kyiv.", "AID", "070"),
        ("A batch of US military trainers arrived in Honduras on Wednesday.", "AID", "072"),
        ("A new arms shipment arrived in Somalia.", "AID", "072"),
        # AGREE: willingness to cooperate
        ("Iran expressed willingness to work with world powers.", "AGREE", "030"),
        # COOPERATE: material cooperation named by its modifier, joint ventures / patrols / training, investment
        ("Mexico and Colombia expanded security cooperation.", "COOPERATE", "062"),
        ("Kenya and Uganda expanded military cooperation.", "COOPERATE", "062"),
        ("France and Germany stepped up intelligence cooperation.", "COOPERATE", "064"),
        ("Peru and Chile deepened judicial cooperation.", "COOPERATE", "063"),
        ("Chile and Peru established security cooperation.", "COOPERATE", "062"),
        ("The two companies formed a joint venture in Ghana.", "COOPERATE", "061"),
        ("The Nigerian and Ghanaian navies held joint patrols in the Gulf of Guinea.", "COOPERATE", "062"),
        ("Canadian special forces trained with troops from Suriname.", "COOPERATE", "062"),
        ("China invested two billion dollars in Kenya last year.", "COOPERATE", "061"),
        ("Kenya and Ethiopia joined forces against the militants.", "COOPERATE", "060"),
        # CONCEDE: yielding to demands; suspending attacks (a declared pause)
        ("The government agreed to the demands of the protesters.", "CONCEDE", "080"),
        ("The government met the demands of the strikers.", "CONCEDE", "080"),
        ("The rebels suspended attacks against government forces.", "CONCEDE", "0871"),
        ("The rebels announced a suspension of attacks against government forces.", "CONCEDE", "0871"),
        # RETREAT: quitting office, pardons, a ceasefire in effect, letting outsiders in, disbanding
        ("The prime minister quit on Sunday.", "RETREAT", "0832"),
        ("The prime minister quit his post on Sunday.", "RETREAT", "0832"),
        ("The president pardoned 200 prisoners.", "RETREAT", "0841"),
        ("The army and the rebels observed a cease-fire on Sunday.", "RETREAT", "0871"),
        ("The government allowed election observers into the country.", "RETREAT", "0862"),
        ("The army allowed aid convoys into the besieged city.", "RETREAT", "0863"),
        ("The government admitted UN inspectors on Monday.", "RETREAT", "0862"),
        ("The rebels announced the disbanding of the faction.", "RETREAT", "0872"),
        ("Both sides implemented the ceasefire on Friday.", "RETREAT", "0871"),
        # ACCUSE: bring charges, lash out at, a prosecution
        ("The justice ministry brought charges against the former officials.", "ACCUSE", "115"),
        ("The president lashed out at his critics on Tuesday.", "ACCUSE", "111"),
        ("The government announced the prosecution of the former judge.", "ACCUSE", "115"),
        # SANCTION: hand down convictions / sentences; firing observers; suspending cooperation
        ("The court handed down convictions against five former ministers.", "SANCTION", "116"),
        ("The Supreme Court handed down a sentence of ten years to the former mayor.", "SANCTION", "116"),
        ("Ortega fired five international observers.", "SANCTION", "166"),
        ("Russia suspended cooperation with NATO.", "SANCTION", "160"),
        # REJECT: rule out
        ("The president ruled out talks with the rebels.", "REJECT", "120"),
        ("The talks collapsed after the government's refusal to recognise the rebels.", "REJECT", "120"),
        # PROTEST: shunning a summit; demonstrators gathering; protests spreading or happening; a wildcat strike
        ("Eleven countries shunned the summit in Geneva.", "PROTEST", "143"),
        ("Thousands of protesters gathered in the main square on Sunday.", "PROTEST", "141"),
        ("Hundreds of protesters assembled in front of the embassy.", "PROTEST", "141"),
        ("Protests spread to other cities.", "PROTEST", "141"),
        ("A massive protest happened in the capital.", "PROTEST", "141"),
        ("Estonian teachers began a wildcat strike.", "PROTEST", "143"),
        # MOBILIZE: bolstering forces or a state's presence; stepped-up patrols
        ("New Zealand bolstered its military presence in the South Pacific.", "MOBILIZE", "150"),
        ("Russia beefed up its troops near the border.", "MOBILIZE", "150"),
        ("Spain stepped up its patrols along the border.", "MOBILIZE", "150"),
        # COERCE: crack down, tighten restrictions, hackers targeting, cordons, police raids, cutting utilities, fake news
        ("Police cracked down on protesters in the capital.", "COERCE", "175"),
        ("The government tightened restrictions on the media.", "COERCE", "172"),
        ("Foreign hackers targeted the government network in Rwanda.", "COERCE", "170"),
        ("Police cordoned off the area around the parliament.", "COERCE", "172"),
        ("Police raided the offices of the newspaper.", "COERCE", "170"),
        ("The interior ministry ordered police raids in three districts.", "COERCE", "170"),
        ("The army cut off water and electricity to the town.", "COERCE", "170"),
        ("The candidate spread fake news about his rival.", "COERCE", "170"),
        ("A cyberattack crippled the network of the power company.", "COERCE", "170"),
        ("Russia waged cyber warfare against Estonia.", "COERCE", "170"),
        # general CAMEO vocabulary still missing from the lexicon
        ("The president congratulated his Brazilian counterpart on his election victory.", "SUPPORT", "051"),
        ("The foreign minister applauded the ceasefire deal.", "SUPPORT", "051"),
        ("The UN secretary-general lauded the efforts of the mediators.", "SUPPORT", "051"),
        ("The European Union rebuked Hungary over the new media law.", "ACCUSE", "111"),
        ("Parliament censured the interior minister.", "ACCUSE", "111"),
        ("The opposition leader lambasted the budget.", "ACCUSE", "111"),
        ("Human rights groups castigated the government.", "ACCUSE", "111"),
        ("The ministry reprimanded the ambassador.", "ACCUSE", "111"),
        ("The prime minister snubbed the invitation to Moscow.", "REJECT", "120"),
        ("Ten countries snubbed the conference.", "PROTEST", "143"),
        ("Britain dispatched two warships to the Gulf.", "MOBILIZE", "150"),
        ("Japan dispatched relief supplies to Turkey.", "AID", "073"),
        ("The army redeployed troops to the northern border.", "MOBILIZE", "150"),
        ("Security forces suppressed the protests.", "COERCE", "175"),
        ("Police quelled the unrest in the capital.", "COERCE", "175"),
        ("Police broke up the rally outside parliament.", "COERCE", "175"),
        ("The United States froze the assets of the oligarchs.", "SANCTION", "163"),
        ("Washington froze aid to the junta.", "SANCTION", "160"),
        ("The Treasury blacklisted three Iranian banks.", "SANCTION", "163"),
        ("The army handed back the villages to civilian authorities.", "RETREAT", "084"),
        ("The rebels pulled back their fighters from Aleppo.", "RETREAT", "0874"),
        ("Teachers staged a walkout over pay.", "PROTEST", "143"),
        ("The UN convened an emergency session on Syria.", "CONSULT", "043"),
        ("The president declared a state of emergency in the capital.", "COERCE", "1724"),
        ("Police are looking into the killing of the journalist.", "ACCUSE", "090"),
        ("The villagers petitioned the governor for a new road.", "REQUEST", "020"),
        # THREATEN: promising retaliation or arrests
        ("Iran promised swift retaliation against Israel.", "THREATEN", "130"),
        ("The prosecutor promised arrests if the corruption continues.", "THREATEN", "130"),
    ],
)
def test_round2_triggers(pipeline: Pipeline, text: str, type_: str, cameo: str) -> None:
    assert only(pipeline, text, type_).cameo == cameo


@pytest.mark.parametrize(
    ("text", "not_types"),
    [
        ("The leaders gathered in Paris for the summit.", {"PROTEST"}),  # only demonstrators gathering protest
        ("The police gathered evidence.", {"PROTEST"}),
        ("The minister admitted his mistake.", {"RETREAT"}),  # admitting outsiders, not a confession
        ("The authorities allowed the company to expand.", {"RETREAT"}),
        ("The government promised reforms.", {"THREATEN"}),  # a promise, not a threat
        ("Apple boosted its presence in India.", {"MOBILIZE"}),  # a company's presence is no deployment
        ("The storm cut off power to the island.", {"COERCE"}),  # nobody withheld it
        ("The army targeted rebel positions.", {"COERCE"}),  # only hackers' targeting is cyber coercion
        ("The company fired 200 workers.", {"SANCTION"}),  # only observers fired are expelled
        ("The virus spread to other cities.", {"PROTEST", "COERCE"}),
        ("With the support of the UN, the army advanced.", {"SUPPORT"}),  # no one expressed it
        ("Thousands marched in support of the strikers.", {"SUPPORT"}),  # "in support of" is no expression of support
        ("The two lovers broke up last year.", {"COERCE"}),  # only protests are broken up
        ("The lake froze in winter.", {"SANCTION"}),
        ("The government declared its independence.", {"COERCE"}),
        ("The team pulled ahead in the second half.", {"RETREAT"}),
        ("The council vetoed a resolution censuring the raid.", {"ACCUSE"}),  # censuring needs a party as its object
    ],
)
def test_round2_guards(pipeline: Pipeline, text: str, not_types: set[str]) -> None:
    found = [(e.type, e.trigger.text) for e in events(pipeline, text)]
    assert not [f for f in found if f[0] in not_types], found


def test_round2_keeps_earlier_senses(pipeline: Pipeline) -> None:
    assert only(pipeline, "The government suspended talks with the rebels.", "SANCTION").cameo == "160"
    assert only(pipeline, "The Chinese foreign minister arrived in Nairobi on Monday.", "CONSULT").cameo == "042"  # people still visit
    assert not [e for e in events(pipeline, "A shipment of computers arrived in Lagos.") if e.type == "AID"]
    assert only(pipeline, "The donors pledged two billion dollars.", "AGREE").cameo == "033"  # money pledged is aid (seventeenth session; was 030)
    assert only(pipeline, "The government tightened sanctions on Iran.", "SANCTION").cameo == "163"
    e = only(pipeline, "The two governments agreed to boost economic cooperation.", "AGREE")
    assert e.cameo == "030"
