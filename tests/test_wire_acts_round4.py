"""Acts the codebook names and wire copy reports in its own words (sixteenth session): talks that break down or
collapse (164, the sides of the talks as actor and target, where they ended no party), an attempt on someone's life
survived (185, the survivor as target), a town sealed off (191, a blockade), drones and howitzers sent as arms (072),
others urged to back or to shun a party (053, 113), calls by phone (041), and unarmed people named by what they do
as the victims of an attack (ACLED Attack, not Armed clash). Sentences written for this file; each family has a guard."""

from __future__ import annotations

import pytest
from eventcheck import by_trigger, events


@pytest.mark.parametrize("text, trigger", [
    ("Peace talks between Ethiopia and the Tigrayan rebels broke down on Friday.", "broke"),
    ("Negotiations between Serbia and Kosovo collapsed in Brussels on Thursday.", "collapsed"),
])
def test_talks_that_end_are_halted_negotiations_between_their_sides(pipeline, text, trigger):
    e = by_trigger(pipeline, text, trigger)
    assert (e.type, e.cameo) == ("SANCTION", "164")
    assert e.actor is not None and e.target is not None and e.actor.text != e.target.text


def test_talks_between_two_states_cancelled(pipeline):
    e = by_trigger(pipeline, "Talks between Iran and Bahrain were cancelled.", "cancelled")
    assert (e.cameo, e.actor.country, e.target.country) == ("164", "IRN", "BHR")  # before: no actor, Iran the target


def test_where_talks_collapsed_is_no_party(pipeline):
    e = by_trigger(pipeline, "Negotiations on a new trade deal collapsed in Geneva on Tuesday.", "collapsed")
    assert e.cameo == "164" and e.target is None  # before the venue rule: Geneva's people were the target


@pytest.mark.parametrize("text", [
    "The building collapsed after the earthquake.",
    "Police broke down the door of the opposition leader's home.",
])
def test_other_things_that_collapse_or_break_down_are_no_halted_talks(pipeline, text):
    assert not [e for e in events(pipeline, text) if e.cameo == "164"]


def test_an_assassination_attempt_survived_is_coded_on_the_survivor(pipeline):
    e = by_trigger(pipeline, "The president of Guinea-Bissau survived an assassination attempt on Tuesday.", "attempt")
    assert (e.type, e.cameo, e.acled) == ("ASSAULT", "185", "Attack")
    assert e.actor is None and (e.target.country, e.target.sector) == ("GNB", "GOV")


def test_an_ambush_escaped_bears_on_who_escaped_it(pipeline):
    e = by_trigger(pipeline, "A UN convoy escaped an ambush near Gao on Sunday.", "ambush")
    assert e.type == "ASSAULT" and e.actor is None and e.target.sector == "IGO"


def test_surviving_a_crash_is_no_attack(pipeline):
    assert not [e for e in events(pipeline, "He survived the crash but lost a leg.") if e.type == "ASSAULT"]


def test_a_town_sealed_off_is_blockaded(pipeline):
    e = by_trigger(pipeline, "Israeli troops sealed off the city of Jenin on Wednesday.", "sealed")
    assert (e.type, e.cameo) == ("COERCE", "191")


@pytest.mark.parametrize("text, trigger", [
    ("Iran sent drones to Russia, the White House said.", "sent"),
    ("France supplied howitzers to Ukraine.", "supplied"),
])
def test_drones_and_howitzers_sent_are_military_aid(pipeline, text, trigger):
    e = by_trigger(pipeline, text, trigger)
    assert (e.type, e.cameo) == ("AID", "072")


def test_drones_shot_down_are_still_disrupted_weapons_use(pipeline):
    e = by_trigger(pipeline, "Ukraine shot down 30 Russian drones overnight.", "shot")
    assert e.acled == "Disrupted weapons use"


@pytest.mark.parametrize("text, cameo, target", [
    ("South Africa urged African nations to support Ethiopia in its bid to join the bloc.", "053", "ETH"),
    ("Pakistan urged Muslim countries to isolate India.", "113", "IND"),
])
def test_others_urged_to_back_or_shun_a_party(pipeline, text, cameo, target):
    e = by_trigger(pipeline, text, "urged")
    assert e.cameo == cameo and e.target.country == target


@pytest.mark.parametrize("text", [
    "Biden urged Congress to back the aid package.",  # a bill backed: an appeal
    "The UN called on donors to support the refugees.",  # donors are no party the lexicon knows
])
def test_backing_a_thing_is_a_plain_appeal(pipeline, text):
    assert not [e for e in events(pipeline, text) if e.cameo == "053"]


@pytest.mark.parametrize("text, trigger", [
    ("The two leaders spoke by phone on Monday.", "spoke"),
    ("Erdogan and Putin held a phone call on Monday.", "call"),
])
def test_calls_by_phone_are_041(pipeline, text, trigger):
    assert by_trigger(pipeline, text, trigger).cameo == "041"


@pytest.mark.parametrize("text, trigger", [
    ("A prominent opposition politician was shot dead outside his home in Kigali.", "shot"),
    ("Gunmen killed a journalist in Mogadishu.", "killed"),
])
def test_unarmed_people_killed_are_an_attack(pipeline, text, trigger):
    assert by_trigger(pipeline, text, trigger).acled == "Attack"  # before: 'Armed clash' for the politician


def test_a_fight_with_gunmen_stays_a_clash(pipeline):
    assert by_trigger(pipeline, "Soldiers clashed with gunmen in Kaduna.", "clashed").acled == "Armed clash"


@pytest.mark.parametrize("text, trigger, type_, cameo", [
    ("China staged military drills around Taiwan on Saturday.", "drills", "MOBILIZE", "150"),  # before: COOPERATE 062, China → Taiwan
    ("Iran held naval war games in the Gulf on Tuesday.", "games", "MOBILIZE", "150"),
    ("India and France held joint naval exercises in the Arabian Sea.", "exercises", "COOPERATE", "062"),
    ("Iran held naval drills with Russia in the Gulf on Tuesday.", "drills", "COOPERATE", "062"),
    ("Russia and Belarus began military exercises near the Polish border.", "exercises", "COOPERATE", "062"),
    ("US and South Korean troops began annual military drills on Monday.", "drills", "COOPERATE", "062"),
])
def test_drills_held_alone_are_a_show_of_force_held_together_cooperation(pipeline, text, trigger, type_, cameo):
    e = by_trigger(pipeline, text, trigger)
    assert (e.type, e.cameo) == (type_, cameo)


def test_a_fire_drill_is_no_event(pipeline):
    assert not events(pipeline, "Students took part in a fire drill.")


def test_the_gulf_is_the_persian_gulf_not_a_province_of_papua_new_guinea(pipeline):
    e = by_trigger(pipeline, "Iran held naval war games in the Gulf on Tuesday.", "games")
    assert e.target is None or e.target.country != "PNG"


@pytest.mark.parametrize("text, trigger, cameo, modality", [
    ("Kenya withdrew its peacekeepers from Somalia.", "withdrew", "1661", "asserted"),
    ("Ireland will pull its peacekeepers out of the Golan Heights.", "pull", "1661", "future"),  # before: 0356, an intent
    ("Mali expelled the UN peacekeepers.", "expelled", "1661", "asserted"),
    ("Iran expelled a team of IAEA inspectors.", "expelled", "1662", "asserted"),  # before: nothing ('a team of')
])
def test_peacekeepers_and_inspectors_withdrawn_or_expelled(pipeline, text, trigger, cameo, modality):
    e = by_trigger(pipeline, text, trigger)
    assert (e.type, e.cameo, e.modality) == ("SANCTION", cameo, modality)


def test_a_withdrawal_held_over_the_other_party_is_still_a_threat(pipeline):
    e = by_trigger(pipeline, "Nigeria will withdraw its peacekeepers from Chad unless the government holds elections.", "withdraw")
    assert (e.type, e.cameo) == ("THREATEN", "136")


@pytest.mark.parametrize("text, trigger", [
    ("Putin and Erdogan discussed Syria.", "discussed"),
    ("Putin and Erdogan held talks on Monday to discuss Syria.", "talks"),
    ("Putin and Erdogan held a phone call on Monday to discuss Syria.", "call"),
])
def test_what_two_leaders_discuss_is_no_counterpart(pipeline, text, trigger):
    e = by_trigger(pipeline, text, trigger)
    assert (e.actor.country, e.target.country) == ("RUS", "TUR")  # before: Syria the target


def test_a_party_discussing_a_topic_alone_keeps_it(pipeline):
    e = by_trigger(pipeline, "Putin discussed Syria with Erdogan.", "discussed")
    assert e.target is not None and e.target.country == "TUR"


def test_the_other_side_unresolved_is_its_own_words(pipeline):
    e = by_trigger(pipeline, "Kenya and the rebel alliance discussed the ceasefire.", "discussed")
    assert e.target.text == "the rebel alliance"  # before: 'Kenya and the rebel alliance'


@pytest.mark.parametrize("text, trigger, cameo, target", [
    ("Armenia and Azerbaijan exchanged the bodies of soldiers killed in the fighting.", "exchanged", "084", "AZE"),
    ("Russia and Ukraine exchanged 90 prisoners of war on Thursday.", "exchanged", "0841", "UKR"),
    ("Israel and Hamas swapped hostages for prisoners.", "swapped", "0841", "PSE"),
])
def test_what_two_parties_swap_is_no_target_the_other_party_is(pipeline, text, trigger, cameo, target):
    e = by_trigger(pipeline, text, trigger)
    assert (e.type, e.cameo, e.target.country) == ("RETREAT", cameo, target)


def test_remains_handed_back(pipeline):
    e = by_trigger(pipeline, "North Korea returned the remains of 55 US soldiers.", "returned")
    assert (e.type, e.cameo) == ("RETREAT", "084")


@pytest.mark.parametrize("text", [
    "Police in Paris were put on high alert ahead of the protests.",
    "French police were put on heightened alert on Friday.",
])
def test_police_put_on_alert_in_the_passive(pipeline, text):
    e = by_trigger(pipeline, text, "put")
    assert (e.type, e.cameo) == ("MOBILIZE", "151")


def test_constitutional_amendments_approved_are_a_reform(pipeline):
    e = by_trigger(pipeline, "Parliament approved constitutional amendments limiting the president to two terms.", "approved")
    assert (e.type, e.cameo) == ("CONCEDE", "083")


def test_an_amendment_to_a_bill_is_no_reform(pipeline):
    assert not events(pipeline, "The Senate approved an amendment to the farm bill.")


@pytest.mark.parametrize("text, trigger", [
    ("Access to the city of Taiz was cut off by Houthi forces.", "cut"),
    ("Rebels cut off the main road to the capital.", "cut"),
])
def test_roads_and_access_cut_off_are_a_blockade(pipeline, text, trigger):
    assert by_trigger(pipeline, text, trigger).cameo == "191"


def test_a_storm_cutting_off_roads_is_no_blockade(pipeline):
    assert not [e for e in events(pipeline, "The storm cut off roads to the village.") if e.cameo == "191"]


@pytest.mark.parametrize("text, trigger, type_, cameo", [
    ("Bahrain revoked the citizenship of 50 dissidents.", "revoked", "COERCE", "172"),
    ("Malaysia froze cultural exchanges with Israel.", "froze", "SANCTION", "160"),
    ("Malaysia suspended student exchanges with Israel.", "suspended", "SANCTION", "160"),
    ("The army unleashed a wave of violence against Rohingya villagers.", "unleashed", "ASSAULT", "200"),
])
def test_measures_and_mass_violence(pipeline, text, trigger, type_, cameo):
    e = by_trigger(pipeline, text, trigger)
    assert (e.type, e.cameo) == (type_, cameo)


def test_the_party_support_is_rallied_for_is_the_target(pipeline):
    e = by_trigger(pipeline, "The Arab League chief urged the European Community to support the Palestine Liberation Organization.", "urged")
    assert (e.cameo, e.target.name) == ("053", "Palestine Liberation Organization")


@pytest.mark.parametrize("text, trigger, actor, target", [
    ("A meeting between the foreign ministers of Iran and Bahrain took place in Geneva on Thursday.", "meeting", "IRN", "BHR"),
    ("Consultations between senior diplomats from China and Japan took place on Wednesday.", "Consultations", "CHN", "JPN"),
    ("A telephone conversation between the presidents of Turkey and Egypt took place on Sunday.", "conversation", "TUR", "EGY"),
])
def test_the_sides_named_inside_a_between_phrase(pipeline, text, trigger, actor, target):
    e = by_trigger(pipeline, text, trigger)  # before: not coded (no actor)
    assert (e.type, e.actor.country, e.target.country) == ("CONSULT", actor, target)


def test_the_resignation_of_a_named_official_is_theirs(pipeline):
    e = by_trigger(pipeline, "The resignation of Sri Lanka's prime minister on Monday followed weeks of mass protests.", "resignation")
    assert (e.type, e.actor.country, e.actor.sector) == ("RETREAT", "LKA", "GOV")


def test_the_arrest_of_someone_is_still_undergone(pipeline):
    e = by_trigger(pipeline, "The arrest of the opposition leader sparked protests.", "arrest")
    assert e.actor is None and e.target.sector == "OPP"


@pytest.mark.parametrize("text, trigger", [
    ("Rwanda deployed 750 additional troops to the UN peacekeeping mission in the Central African Republic.", "deployed"),
    ("Kenya sent troops to the African Union mission in Somalia.", "sent"),
])
def test_troops_sent_to_a_peacekeeping_mission_are_military_aid(pipeline, text, trigger):
    e = by_trigger(pipeline, text, trigger)
    assert (e.type, e.cameo) == ("AID", "074")


def test_troops_sent_to_a_border_are_still_mobilised(pipeline):
    e = by_trigger(pipeline, "Pakistan moved additional troops to the Line of Control.", "moved")
    assert (e.type, e.cameo) == ("MOBILIZE", "150")


def test_roads_opened_to_aid_agencies_admit_humanitarian_access(pipeline):
    assert by_trigger(pipeline, "Ethiopia opened roads into Tigray to humanitarian agencies.", "opened").cameo == "0863"


@pytest.mark.parametrize("text, cameo", [
    ("North Korea threatened to strike US bases in Guam.", "138"),  # before: 130 ('bases' read as 'basis', strike unlisted)
    ("Russia threatened to invade Ukraine.", "1382"),
])
def test_threats_of_force(pipeline, text, cameo):
    assert by_trigger(pipeline, text, "threatened").cameo == cameo


def test_a_union_threatening_to_strike_threatens_no_force(pipeline):
    assert by_trigger(pipeline, "The union threatened to strike next week.", "threatened").cameo != "138"


def test_bases_attacked_are_the_target(pipeline):
    e = by_trigger(pipeline, "Rebels attacked two army bases.", "attacked")
    assert e.target is not None and e.target.sector == "MIL"  # before: no target ('bases' lemmatised as 'basis')


@pytest.mark.parametrize("text, sector, acled", [
    ("Rebel forces seized the town of Goma.", "REB", "Non-state actor overtakes territory"),  # before: MIL, 'Government regains territory'
    ("Opposition forces seized the town.", "REB", "Non-state actor overtakes territory"),
    ("Government forces recaptured the town.", "MIL", "Government regains territory"),
])
def test_forces_named_by_what_they_are(pipeline, text, sector, acled):
    e = events(pipeline, text)[0]
    assert (e.actor.sector, e.acled) == (sector, acled)


def test_a_leader_the_tagger_calls_a_place_is_a_person(pipeline):
    e = by_trigger(pipeline, "Putin and Erdogan held talks on Monday.", "talks")
    assert (e.target.country, e.target.sector) == ("TUR", "GOV")  # NER's GPE 'Erdogan'


@pytest.mark.parametrize("text, target", [
    ("The ICC issued an arrest warrant for Putin.", "RUS"),
    ("A court in Kinshasa issued an arrest warrant for the rebel leader.", None),
])
def test_an_arrest_warrant_is_legal_action_against_whom_it_is_for(pipeline, text, target):
    e = by_trigger(pipeline, text, "warrant")
    assert (e.type, e.cameo) == ("ACCUSE", "115") and e.target is not None
    assert target is None or e.target.country == target


def test_a_search_warrant_is_no_charge(pipeline):
    assert not events(pipeline, "Police obtained a search warrant for the house.")


def test_a_state_suspended_from_a_bloc(pipeline):
    e = by_trigger(pipeline, "ECOWAS suspended Guinea from the bloc after the coup.", "suspended")
    assert (e.type, e.cameo, e.target.country) == ("SANCTION", "166", "GIN")


def test_a_state_deposit_in_a_central_bank_is_economic_aid(pipeline):
    e = by_trigger(pipeline, "Saudi Arabia deposited $3 billion in Pakistan's central bank.", "deposited")
    assert (e.type, e.cameo) == ("AID", "071")


def test_a_vow_to_retaliate_threatens_force(pipeline):
    assert by_trigger(pipeline, "Iran vowed to retaliate for the strike on its consulate.", "vowed").cameo == "138"


def test_killings_called_a_war_crime_are_condemned_not_done_by_the_caller(pipeline):
    evs = events(pipeline, "Amnesty International called the killings a war crime.")
    assert [(e.type, e.actor.sector) for e in evs] == [("ACCUSE", "NGO")]  # before: ASSAULT, Amnesty the killer


def test_a_strike_called_is_still_a_strike(pipeline):
    assert by_trigger(pipeline, "The union called a strike.", "called").type == "PROTEST"


@pytest.mark.parametrize("text, trigger, target", [
    ("The journalist was released by his captors after six months.", "released", "journalist"),
    ("The minister was attacked by his critics in parliament.", "attacked", "minister"),
])
def test_whose_captors_or_critics_they_are_is_not_who_they_are(pipeline, text, trigger, target):
    e = by_trigger(pipeline, text, trigger)
    assert e.target is not None and target in e.target.text  # before: 'his captors' resolved to the journalist
    assert e.actor is None or target not in (e.actor.name or "")


def test_a_name_after_a_title_is_a_person_whatever_the_tagger_says(pipeline):
    e = by_trigger(pipeline, "UN envoy Ramtane Lamamra met army chief Abdel Fattah al-Burhan in Port Sudan on Monday.", "met")
    assert (e.actor.name, e.actor.country, e.actor.sector) == ("Ramtane Lamamra", None, "IGO")  # before: NER's ORG, Sudan's GOV


def test_the_dateline_places_a_domestic_lead_that_names_no_place(pipeline):
    text = "NAIROBI, June 25 (Wire) - Kenyan police fired tear gas at protesters on Tuesday, witnesses said."
    e = by_trigger(pipeline, text, "fired")
    assert e.location is not None and e.location.name == "Nairobi" and "dateline" in e.rule


@pytest.mark.parametrize("text, trigger", [
    ("WASHINGTON (Wire) - US forces struck Houthi targets on Tuesday, officials said.", "struck"),  # not in Washington
    ("NAIROBI (Wire) - Kenyan police arrested 12 protesters in Mombasa on Tuesday.", "arrested"),  # the lead's own place
])
def test_the_dateline_is_no_place_for_a_foreign_act_or_a_placed_one(pipeline, text, trigger):
    e = by_trigger(pipeline, text, trigger)
    assert e.location is None or e.location.name != ("Washington" if "WASHINGTON" in text else "Nairobi")


@pytest.mark.parametrize("text, trigger, target", [
    ("China condemned a new US arms sale to Taiwan.", "condemned", "USA"),  # before: Taiwan, where the arms go
    ("Turkey condemned Israel's air strikes on Gaza.", "condemned", "ISR"),
])
def test_what_is_condemned_is_its_owners_doing(pipeline, text, trigger, target):
    assert by_trigger(pipeline, text, trigger).target.country == target


@pytest.mark.parametrize("text, trigger, sector", [
    ('The foreign ministry spokeswoman said the sale "seriously violates" the country\'s sovereignty and warned that '
     'China would take "resolute measures".', "warned", "GOV"),  # before: 'the sale' warned
    ("The ministry said the attack was a cowardly act and vowed to hunt down those responsible.", "vowed", "GOV"),
])
def test_a_verb_conjoined_inside_a_report_is_the_speakers(pipeline, text, trigger, sector):
    e = by_trigger(pipeline, text, trigger)
    assert e.actor is not None and e.actor.sector == sector


def test_a_party_conjoined_inside_a_report_keeps_its_own_acts(pipeline):
    e = by_trigger(pipeline, "Officials said the rebels attacked the town and seized the airport.", "seized")
    assert e.actor.sector == "REB"
