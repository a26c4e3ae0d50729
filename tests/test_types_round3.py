"""Types round 3 (issue #3): the weak PLOVER types on NGEC's synthetic stories (COOPERATE, COERCE, RETREAT, MOBILIZE,
SANCTION, REQUEST, SUPPORT, and CONCEDE, PROTEST, AID as the top event), on general language. A battery of sentences
written for this file from the PLOVER codebook's definitions and labelled before the coder was changed (type, mode
where the sentence fixes one, and the actor's and target's country where the sentence names them); the ones still
wrong are strict xfails with the reason. Then the classes fixed, each with a guard or a twin where the rule must not fire:
trade or military ties expanded (COOPERATE economic 061 / military 062; diplomatic ties stay SUPPORT 050), exports and imports
with the partner on the goods; cyber attacks launched or suffered (COERCE cyber), a town sealed off, access to online services
blocked (censor; a road blocked stays restrict), a place put under lockdown, roadblocks by forces (COERCE restrict) or protesters
(PROTEST obstruct); weapons handed over or surrendered (RETREAT disarm); police called to a place, forces called into action, an
armed group recruiting (MOBILIZE); a state quitting a treaty (SANCTION 160); set on fire by demonstrators (PROTEST riot); a
promise or agreement to ease restrictions, withdraw troops or free captives (CONCEDE 035: PLOVER codes promised concessions as
CONCEDE), to halt hostilities (0871) or protests (082). All sentences written for this file. Uses the session `pipeline` fixture."""

from __future__ import annotations

import pytest

from eventwire.pipeline import Pipeline

from eventcheck import check_battery_row, coded, codes



BATTERY = [
    # COOPERATE: material exchange (trade, military, judicial, intelligence)
    ('Brazil began exporting beef to Egypt on Wednesday.', 'exporting', 'COOPERATE', 'economic', 'BRA', 'EGY'),
    ('Indonesia strengthened military ties with Malaysia on Tuesday.', 'strengthened', 'COOPERATE', 'military', 'IDN', 'MYS'),
    ('Kazakhstan expanded trade ties with China last year.', 'expanded', 'COOPERATE', 'economic', 'KAZ', 'CHN'),
    ('Ghana boosted economic ties with Nigeria.', 'boosted', 'COOPERATE', 'economic', 'GHA', 'NGA'),
    ('Japan and Australia stepped up defence cooperation on Friday.', 'cooperation', 'COOPERATE', 'military', 'JPN', 'AUS'),
    ('Peru extradited a former governor to the United States.', 'extradited', 'COOPERATE', 'judicial', 'PER', 'USA'),
    ('Greek and Egyptian warships held joint naval exercises in the Mediterranean.', 'exercises', 'COOPERATE', 'military', None, None),
    ('Chile resumed copper exports to Japan after a two-year pause.', 'resumed', 'COOPERATE', 'economic', 'CHL', 'JPN'),
    ("Morocco's exports to Senegal rose sharply in 2023.", 'exports', 'COOPERATE', 'economic', 'MAR', 'SEN'),
    ('Colombian police shared intelligence with Ecuador on drug gangs.', 'shared', 'COOPERATE', 'intelligence', 'COL', 'ECU'),
    ('Jordan launched a joint infrastructure project with Iraq.', 'project', 'COOPERATE', None, 'JOR', 'IRQ'),
    ('Argentina imported wheat from Uruguay for the first time in a decade.', 'imported', 'COOPERATE', 'economic', 'ARG', 'URY'),
    # COERCE: repression short of violence (cyber attacks, misinformation, cordons, censorship, utilities cut)
    ('Hackers linked to the Russian military launched a cyber attack on Ukrainian banks.', 'launched', 'COERCE', 'cyber', None, None),
    ("Estonia's state broadcaster was hit by a cyberattack on Monday.", 'hit', 'COERCE', 'cyber', None, None),
    ('A power plant in Hungary was disabled by a cyber attack.', 'disabled', 'COERCE', 'cyber', None, None),
    ('The ruling party ran a disinformation campaign against the opposition.', 'campaign', 'COERCE', 'misinformation', None, None),
    ('Troops sealed off the town after the clashes.', 'sealed', 'COERCE', 'restrict', None, None),
    ('Police raided the offices of an opposition newspaper in Harare.', 'raided', 'COERCE', 'seize', 'ZWE', None),
    ('Authorities blocked access to Twitter and Facebook across Ethiopia.', 'blocked', 'COERCE', 'censor', None, None),
    ('The government cut off electricity and water to the rebel-held district.', 'cut', 'COERCE', 'withhold', None, None),
    ('Security forces placed the village under lockdown.', 'lockdown', 'COERCE', None, None, None),
    ('The interior ministry confiscated the passports of opposition leaders.', 'confiscated', 'COERCE', 'seize', None, None),
    ('The junta suspended all social media platforms after the unrest.', 'suspended', 'COERCE', 'censor', None, None),
    ('Nicaragua expelled two Spanish journalists.', 'expelled', 'COERCE', 'deport', 'NIC', None),
    ('Police detained dozens of activists in Minsk.', 'detained', 'COERCE', 'arrest', 'BLR', None),
    ('The regime imposed new restrictions on media freedoms.', 'imposed', 'COERCE', None, None, None),
    # RETREAT: material concessions done
    ('The militia handed over its heavy weapons to UN monitors.', 'handed', 'RETREAT', 'disarm', None, None),
    ('Rebel fighters surrendered their weapons to the army.', 'surrendered', 'RETREAT', 'disarm', None, None),
    ('The army lifted the siege of the city.', 'lifted', 'RETREAT', 'withdraw', None, None),
    ('Government troops withdrew from the border town of Kidal.', 'withdrew', 'RETREAT', 'withdraw', None, None),
    ('The Houthis released 40 prisoners on Sunday.', 'released', 'RETREAT', 'release', None, None),
    ('Both sides began implementing the ceasefire on Monday.', 'implementing', 'RETREAT', 'ceasefire', None, None),
    ('Myanmar allowed UN aid convoys into Rakhine State.', 'allowed', 'RETREAT', 'access', 'MMR', None),
    ('Russia returned the seized vessels to Ukraine.', 'returned', 'RETREAT', 'return', 'RUS', 'UKR'),
    ('The Peruvian defence minister resigned on Tuesday.', 'resigned', 'RETREAT', 'resign', 'PER', None),
    # MOBILIZE
    ('The army put its forces on high alert along the border.', 'put', 'MOBILIZE', 'troops', None, None),
    ('Authorities put a pro-government militia on alert near the capital.', 'put', 'MOBILIZE', None, None, None),
    ('Hundreds of police officers were called to the capital after the riots.', 'called', 'MOBILIZE', 'police', None, None),
    ('The government called the reservists into action.', 'called', 'MOBILIZE', 'troops', None, None),
    ('The militia recruited hundreds of new fighters.', 'recruited', 'MOBILIZE', 'militia', None, None),
    ('Pakistan deployed riot police to Islamabad.', 'deployed', 'MOBILIZE', 'police', 'PAK', None),
    ('Iran test-fired a new ballistic missile.', 'fired', 'MOBILIZE', 'weapons', 'IRN', None),
    # SANCTION
    ('Doctors Without Borders withdrew its staff from the region.', 'withdrew', 'SANCTION', None, None, None),
    ('Human Rights Watch pulled out of Georgia last week.', 'pulled', 'SANCTION', None, None, None),
    ('The European Union froze the assets of three Belarusian generals.', 'froze', 'SANCTION', None, None, None),
    ('Washington expelled 12 Russian diplomats.', 'expelled', 'SANCTION', None, 'USA', 'RUS'),
    ('A court in The Hague found the former warlord guilty of war crimes.', 'found', 'SANCTION', 'convict', None, None),
    ('Canada imposed sanctions on Iranian officials.', 'imposed', 'SANCTION', None, 'CAN', 'IRN'),
    ('Mali suspended its cooperation with France.', 'suspended', 'SANCTION', 'discontinue', 'MLI', 'FRA'),
    ('Russia quit the Open Skies Treaty.', 'quit', 'SANCTION', 'withdraw', 'RUS', None),
    # REQUEST
    ('Moldova asked Romania for military and economic aid.', 'asked', 'REQUEST', 'assist', 'MDA', 'ROU'),
    ('Foreign businesses demanded an end to discriminatory tax rules.', 'demanded', 'REQUEST', None, None, None),
    ('Activists urged the government to scrap the new migration law.', 'urged', 'REQUEST', None, None, None),
    ('The mayor appealed for international assistance after the floods.', 'appealed', 'REQUEST', 'assist', None, None),
    ('Lebanon requested emergency fuel supplies from Iraq.', 'requested', 'REQUEST', 'assist', 'LBN', 'IRQ'),
    # SUPPORT
    ('Tunisia thanked Algeria for its support.', 'thanked', 'SUPPORT', None, 'TUN', 'DZA'),
    ('The two parliaments ratified an agreement on cultural exchange.', 'ratified', 'SUPPORT', None, None, None),
    ('Germany praised Ghana for its peaceful election.', 'praised', 'SUPPORT', None, 'DEU', 'GHA'),
    ('France recognised the new government in Tripoli.', 'recognised', 'SUPPORT', None, 'FRA', None),
    ('The African Union endorsed the peace plan for Sudan.', 'endorsed', 'SUPPORT', None, None, None),
    # CONCEDE
    ('The government eased restrictions on foreign travel.', 'eased', 'CONCEDE', None, None, None),
    ('The mayor promised to end the curfew after the elections.', 'end', 'CONCEDE', None, None, None),
    ('The Serbian prime minister apologised to the victims of the massacre.', 'apologised', 'CONCEDE', None, 'SRB', None),
    # PROTEST
    ('A police station was set on fire by demonstrators on Sunday.', 'set', 'PROTEST', 'riot', None, None),
    ('Thousands of people protested in Nairobi against the tax increase.', 'protested', 'PROTEST', 'demo', 'KEN', None),
    ('Truck drivers went on strike in Brazil.', 'strike', 'PROTEST', 'strike', None, None),
    ('Several Arab states announced a boycott of the conference.', 'boycott', 'PROTEST', 'boycott', None, None),
    # AID
    ('The IMF granted debt relief to Somalia.', 'granted', 'AID', 'economic', None, 'SOM'),
    ('Military trainers and an arms shipment arrived in Mogadishu.', 'arrived', 'AID', 'military', None, None),
    ('The United States sent lethal arms to the Yemeni government.', 'sent', 'AID', 'military', 'USA', 'YEM'),
]

XFAIL: dict[str, str] = {}


def _params():
    for row in BATTERY:
        reason = XFAIL.get(row[0])
        yield pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=reason)) if reason else row


@pytest.mark.parametrize(("text", "trigger", "type_", "mode", "actor_country", "target_country"), list(_params()))
def test_battery_round3(pipeline: Pipeline, text: str, trigger: str, type_: str, mode: str | None,
                        actor_country: str | None, target_country: str | None) -> None:
    check_battery_row(pipeline, text, trigger, type_, mode, actor_country, target_country)


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        ("The company strengthened business ties with its suppliers.", "strengthened", "COOPERATE"),  # business ties: no listed modifier
        ("The website was hit by a power cut on Monday.", "hit", "COERCE"),  # no cyber attack
        ("The company's exports to China rose last year.", "exports", "COOPERATE"),  # a firm's trade
        ("Hundreds of fans were called to the stadium.", "called", "MOBILIZE"),  # no forces
        ("The coach called the substitutes into action.", "called", "MOBILIZE"),
        ("The student quit the debate club.", "quit", "SANCTION"),  # no state leaving a bloc
        ("The town was placed under quarantine.", "placed", "COERCE"),  # a health measure, not listed
        ("Candles were set on the table.", "set", "ASSAULT"),  # 'set on' with no fire
        ("The plumber sealed off the leak.", "sealed", "COERCE"),
        ("Thousands of savers were hit by the crackdown on unlicensed lenders.", "hit", "ASSAULT"),  # a measure, no blow
        ("The president vowed to end the war.", "vowed", "CONCEDE"),  # ending a war is no listed concession
        ("The government promised to end poverty.", "promised", "CONCEDE"),
        ("Villagers set up roadblocks of their own.", "roadblocks", "COERCE"),  # no forces
    ],
)
def test_guards(pipeline: Pipeline, text: str, trigger: str, type_: str) -> None:
    assert not [c for c in codes(pipeline, text) if c[2] == trigger and c[0] == type_], codes(pipeline, text)


@pytest.mark.parametrize(
    ("text", "trigger", "type_", "mode", "cameo"),
    [
        ("Vietnam deepened diplomatic ties with Brazil.", "deepened", "SUPPORT", None, "050"),  # diplomatic ties stay SUPPORT
        ("Iran improved defence ties with Belarus.", "improved", "COOPERATE", "military", "062"),
        ("Rebels handed over their rifles to the peacekeepers.", "handed", "RETREAT", "disarm", "0873"),
        ("The army handed over the airport to the interim government.", "handed", "RETREAT", "return", "0874"),
        ("Authorities blocked access to the main road.", "blocked", "COERCE", "restrict", "172"),  # a road blocked is no censorship
        ("The junta placed the capital under a strict lockdown.", "placed", "COERCE", "restrict", "172"),
        ("Police were called to the border town of Ceuta.", "called", "MOBILIZE", "police", "153"),
        ("The Islamic State group recruited dozens of foreign fighters.", "recruited", "MOBILIZE", "militia", "154"),
        ("The Russian government quit the arms control treaty.", "quit", "SANCTION", "withdraw", "160"),
        ("Two shops were set on fire by rioters overnight.", "set", "PROTEST", "riot", "145"),
        ("Unknown attackers set the mosque on fire.", "set", "ASSAULT", "destroy", "1712"),
        ("The state oil company was crippled by a ransomware attack.", "crippled", "COERCE", "cyber", "170"),
        ("Soldiers set up roadblocks on all roads into the city.", "roadblocks", "COERCE", "restrict", "172"),
        ("Protesters set up roadblocks outside the ministry.", "roadblocks", "PROTEST", "obstruct", "144"),
        # a promise of a concession is the concession, verbal (PLOVER CONCEDE: promises to ease restrictions, withdraw, release)
        ("The governor promised to lift the curfew next week.", "promised", "CONCEDE", None, "035"),
        ("Morocco pledged to ease restrictions on foreign journalists.", "pledged", "CONCEDE", None, "035"),
        ("Armenia agreed to withdraw its forces from the disputed villages.", "agreed", "CONCEDE", None, "035"),
        ("The kidnappers agreed to release the aid workers.", "agreed", "CONCEDE", None, "035"),
        ("The two militias agreed to halt hostilities on Friday.", "agreed", "CONCEDE", None, "0871"),
        ("Opposition parties agreed to suspend their protests.", "agreed", "CONCEDE", None, "082"),
    ],
)
def test_modes_and_codes(pipeline: Pipeline, text: str, trigger: str, type_: str, mode: str | None, cameo: str) -> None:
    e = coded(pipeline, text, trigger, type_)
    assert e is not None and (e.type, e.mode, e.cameo) == (type_, mode, cameo), codes(pipeline, text)
