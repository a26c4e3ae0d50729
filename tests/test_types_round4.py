"""Types round 4 (issue #3): coverage of the CAMEO codebook, code by code. A battery written for this file from the
codebook's definitions and usage notes only (never its example sentences), in wire style: one sentence for every
CAMEO code from 011 to 204 that names a distinct act (two for the common roots 01-05, 11-14, 17-19), labelled before
the coder was changed with the code and the PLOVER type cameo.tsv cross-walks it to (or a departure in
type_departures.yaml). Each row is checked twice: the event of its trigger has the type (eventcheck.check_battery_row),
and the sentence's top event (the one the evaluation scores) has the code's root. The rows still wrong are strict
xfails with the reason. All sentences written for this file. Uses the session `pipeline` fixture."""

from __future__ import annotations

import pytest

from eventwire.evaluate.events import top_event
from eventwire.pipeline import Pipeline

from eventcheck import check_battery_row, codes, events

# (text, trigger, PLOVER type or None for CAMEO's plain statements, CAMEO code)
BATTERY = [
    # 01 public statements
    ('The Kremlin declined to comment on reports of troop movements near the border.', 'declined', None, '011'),
    ('The Lebanese prime minister said he was pessimistic about the chances of forming a new cabinet.', 'pessimistic', None, '012'),
    ('The UN envoy expressed optimism that the talks in Geneva would produce an agreement.', 'optimism', None, '013'),
    ('The Dutch government is studying a proposal to cut the defence budget.', 'studying', None, '014'),
    ('A little-known rebel group claimed responsibility for the bombing of the pipeline.', 'claimed', 'CONCEDE', '015'),
    ('The defence ministry admitted on Monday that its troops had fired on unarmed villagers.', 'admitted', 'CONCEDE', '015'),
    ('Pakistan denied accusations that it had sheltered the militants.', 'denied', 'REJECT', '016'),
    ('The Sudanese army rejected charges of abuses in Darfur as baseless.', 'rejected', 'REJECT', '016'),
    ('Thousands of mourners held a candlelight vigil in Oslo for the victims of the attack.', 'vigil', None, '017'),
    ('The Pope sent condolences to the families of the earthquake victims.', 'condolences', 'SUPPORT', '018'),
    ('The Turkish president expressed sympathy to the people of Greece after the deadly fires.', 'sympathy', 'SUPPORT', '018'),
    ('Egypt and Jordan expressed agreement on the need for an independent Palestinian state.', 'agreement', 'AGREE', '019'),
    ('The French and German leaders said they shared the same view on the migration crisis.', 'shared', 'AGREE', '019'),
    # 02 appeals
    ('The Arab League appealed to the warring parties in Yemen to show restraint.', 'appealed', 'REQUEST', '020'),
    ("Kenya's president urged Somali leaders on Tuesday to put aside their differences.", 'urged', 'REQUEST', '020'),
    ('Mongolia called for closer economic cooperation with South Korea.', 'called', 'REQUEST', '0211'),
    ('Georgia asked NATO to hold joint military exercises on its territory.', 'asked', 'REQUEST', '0212'),
    ('Argentina formally requested the extradition of the former banker from Spain.', 'requested', 'REQUEST', '0213'),
    ('Colombia asked the United States to share intelligence on drug cartels.', 'asked', 'REQUEST', '0214'),
    ('The Palestinian president appealed to the European Union to support his diplomatic initiative.', 'appealed', 'REQUEST', '022'),
    ('Taiwan urged its allies to back its bid to join the World Health Organization.', 'urged', 'REQUEST', '022'),
    ('The Haitian government appealed for international aid after the hurricane.', 'appealed', 'REQUEST', '023'),
    ('Zambia asked the International Monetary Fund for a $1 billion loan.', 'asked', 'REQUEST', '0231'),
    ('Ukraine asked Germany for more air-defence systems.', 'asked', 'REQUEST', '0232'),
    ('Aid agencies appealed for food and medicine for refugees in eastern Chad.', 'appealed', 'REQUEST', '0233'),
    ('The Central African Republic asked the United Nations to send peacekeepers.', 'asked', 'REQUEST', '0234'),
    ('The European Parliament called for democratic reforms in Belarus.', 'called', 'REQUEST', '024'),
    ('Opposition leaders called on the president to step down.', 'called', 'REQUEST', '0241'),
    ('Farmers urged the government to change its import policy.', 'urged', 'REQUEST', '0242'),
    ('Human rights groups called on Beijing to respect the rights of ethnic minorities.', 'called', 'REQUEST', '0243'),
    ('The opposition called for a new constitution and a transitional council.', 'called', 'REQUEST', '0244'),
    ('Washington urged Belgrade to make concessions on Kosovo.', 'urged', 'REQUEST', '025'),
    ('Journalists urged the government to lift the state of emergency.', 'urged', 'REQUEST', '0251'),
    ('The prime minister appealed to striking teachers to return to work.', 'appealed', 'REQUEST', '0252'),
    ('The Red Cross appealed to the kidnappers to free the aid workers.', 'appealed', 'REQUEST', '0253'),
    ('Cuba called on Washington to lift its trade embargo.', 'called', 'REQUEST', '0254'),
    ('The United Nations urged Myanmar to allow aid agencies into Rakhine State.', 'urged', 'REQUEST', '0255'),
    ('The Security Council called for an immediate ceasefire in Gaza.', 'called', 'REQUEST', '0256'),
    ('Norway urged the Colombian government and the rebels to resume peace talks.', 'urged', 'REQUEST', '026'),
    ('The African Union urged Ethiopia and Eritrea to settle their border dispute peacefully.', 'urged', 'REQUEST', '027'),
    ('Washington urged the two sides to accept Qatari mediation.', 'urged', 'REQUEST', '028'),
    # 03 intent to cooperate
    ('Iran said it was ready to cooperate with the International Atomic Energy Agency.', 'cooperate', 'AGREE', '030'),
    ('China pledged to boost trade with Brazil.', 'pledged', 'AGREE', '0311'),
    ('Russia offered to hold joint naval exercises with India.', 'offered', 'AGREE', '0312'),
    ('Thailand agreed to extradite the arms dealer to the United States.', 'agreed', 'AGREE', '0313'),
    ('Jordan promised to share intelligence with Iraq on militant movements.', 'promised', 'AGREE', '0314'),
    ("France pledged its diplomatic support for Lebanon's new government.", 'pledged', 'AGREE', '032'),
    ('Japan promised to provide assistance to the flood victims.', 'promised', 'AGREE', '033'),
    ('The World Bank pledged $500 million in loans to Kenya.', 'pledged', 'AGREE', '0331'),
    ('Britain offered to supply Ukraine with tanks.', 'offered', 'AGREE', '0332'),
    ('Canada pledged emergency food aid for famine victims in Somalia.', 'pledged', 'AGREE', '0333'),
    ('Rwanda offered to send troops to a peacekeeping force in Darfur.', 'offered', 'AGREE', '0334'),
    ('The Uzbek president promised political reforms.', 'promised', 'AGREE', '034'),
    ('The embattled president promised to hold early elections.', 'promised', 'AGREE', '0341'),
    ('The finance minister pledged to change the tax policy.', 'pledged', 'AGREE', '0342'),
    ('The junta promised to restore press freedom.', 'promised', 'AGREE', '0343'),
    ('The government offered concessions to the striking miners.', 'offered', 'CONCEDE', '035'),
    ('The military rulers pledged to lift the curfew in the capital.', 'pledged', 'CONCEDE', '0351'),
    ('The opposition promised to call off its street protests.', 'promised', 'CONCEDE', '0352'),
    ('The kidnappers promised to release the hostages.', 'promised', 'CONCEDE', '0353'),
    ('Washington offered to ease sanctions on Venezuela.', 'offered', 'CONCEDE', '0354'),
    ('Sudan agreed to allow UN observers into Darfur.', 'agreed', 'CONCEDE', '0355'),
    ('The rebels promised to withdraw from the captured towns.', 'promised', 'CONCEDE', '0356'),
    ('The Chinese foreign minister will visit Seoul next month.', 'visit', 'CONSULT', '036'),
    ('Syria said it was ready to resume negotiations with Israel.', 'negotiations', 'CONSULT', '036'),
    ('Both parties committed themselves to reaching a final peace settlement.', 'committed', 'AGREE', '037'),
    ('The Sudanese government agreed to accept mediation by the African Union.', 'agreed', 'AGREE', '038'),
    ('Qatar offered to mediate between the rival Lebanese factions.', 'offered', 'AGREE', '039'),
    # 04 consult
    ('Israeli and Palestinian officials held consultations in Jerusalem on Sunday.', 'consultations', 'CONSULT', '040'),
    ('The Indian prime minister spoke by telephone with the Pakistani president.', 'spoke', 'CONSULT', '041'),
    ('The Turkish and Russian presidents held a phone call on Friday.', 'call', 'CONSULT', '041'),
    ('The Indian prime minister arrived in Tokyo on a three-day visit.', 'visit', 'CONSULT', '042'),
    ('The Iraqi foreign minister travelled to Tehran on Sunday.', 'travelled', 'CONSULT', '042'),
    ("Egypt's president hosted his Sudanese counterpart in Cairo.", 'hosted', 'CONSULT', '043'),
    ('The Japanese emperor received the visiting Chinese premier at the palace.', 'received', 'CONSULT', '043'),
    ('The foreign ministers of the two Koreas met in Singapore.', 'met', 'CONSULT', '044'),
    ('Norway mediated between the Sri Lankan government and the Tamil rebels.', 'mediated', 'CONSULT', '045'),
    ('Negotiators from Armenia and Azerbaijan held talks in Moscow.', 'talks', 'CONSULT', '046'),
    ('Greece and Turkey negotiated over their maritime borders.', 'negotiated', 'CONSULT', '046'),
    # 05 diplomatic cooperation
    ('Brazil and Argentina strengthened political cooperation at the summit.', 'strengthened', 'SUPPORT', '050'),
    ('Indonesia and Australia improved diplomatic relations after years of tension.', 'improved', 'SUPPORT', '050'),
    ("The United Nations praised Nepal's peace process.", 'praised', 'SUPPORT', '051'),
    ('Washington welcomed the release of political prisoners in Myanmar.', 'welcomed', 'SUPPORT', '051'),
    ("The defence minister defended the army's conduct during the operation.", 'defended', 'SUPPORT', '052'),
    ('Beijing defended its policies in Tibet.', 'defended', 'SUPPORT', '052'),
    ('Egypt urged Arab states to rally behind the Palestinian leadership.', 'rally', 'SUPPORT', '053'),
    ('Sweden recognised the State of Palestine on Thursday.', 'recognised', 'SUPPORT', '054'),
    ('Israel and the United Arab Emirates established diplomatic relations.', 'established', 'SUPPORT', '054'),
    ('Japan apologised to South Korea for its wartime actions.', 'apologised', 'CONCEDE', '055'),
    ('The police chief expressed regret for the deaths of the protesters.', 'regret', 'CONCEDE', '055'),
    ('The widow said she forgave the militiamen who killed her husband.', 'forgave', 'SUPPORT', '056'),
    ('Israel and Jordan signed a peace treaty.', 'signed', 'SUPPORT', '057'),
    ('The Latvian parliament ratified the border agreement with Russia.', 'ratified', 'SUPPORT', '057'),
    # 06 material cooperation
    ('Vietnam and Cambodia expanded trade ties last year.', 'expanded', 'COOPERATE', '061'),
    ('The United States and the Philippines held joint military exercises.', 'exercises', 'COOPERATE', '062'),
    ('Brazil extradited a drug lord to Colombia.', 'extradited', 'COOPERATE', '063'),
    ('Pakistan shared intelligence with Afghanistan about the attack.', 'shared', 'COOPERATE', '064'),
    # 07 aid
    ('Turkey provided assistance to earthquake victims in northern Syria.', 'provided', 'AID', '070'),
    ('Saudi Arabia gave $2 billion in financial aid to Egypt.', 'gave', 'AID', '071'),
    ('Washington supplied anti-tank missiles to the Ukrainian army.', 'supplied', 'AID', '072'),
    ('The World Food Programme delivered food aid to flood victims in Pakistan.', 'delivered', 'AID', '073'),
    ('Nigeria deployed peacekeepers to Liberia.', 'deployed', 'AID', '074'),
    ('Ecuador granted asylum to the fugitive activist.', 'granted', 'AID', '075'),
    # 08 yield
    ("The government yielded to the strikers' demands.", 'yielded', 'CONCEDE', '080'),
    ('Authorities eased restrictions on the movement of Palestinians.', 'eased', 'CONCEDE', '081'),
    ('The government lifted restrictions on the press.', 'lifted', 'CONCEDE', '0811'),
    ('The junta lifted the ban on political parties.', 'lifted', 'CONCEDE', '0812'),
    ('The army lifted the curfew in Srinagar.', 'lifted', 'RETREAT', '0813'),
    ('Thailand lifted martial law in the southern provinces.', 'lifted', 'RETREAT', '0814'),
    ('Opposition supporters called off their planned rally.', 'called', 'CONCEDE', '082'),
    ('The government acceded to demands for political reform.', 'acceded', 'CONCEDE', '083'),
    ('The military ruler handed over power to a civilian government.', 'handed', 'CONCEDE', '0831'),
    ('The government scrapped the fuel price increase after the protests.', 'scrapped', 'CONCEDE', '0832'),
    ('Iran freed the British sailors on Wednesday.', 'freed', 'RETREAT', '0841'),
    ('The Taliban released two kidnapped aid workers.', 'released', 'RETREAT', '0841'),
    ('Israel returned the seized land to its Palestinian owners.', 'returned', 'RETREAT', '0842'),
    ('The European Union lifted sanctions on Libya.', 'lifted', 'RETREAT', '085'),
    ('Lebanon allowed UN peacekeepers to deploy along the border.', 'allowed', 'RETREAT', '0861'),
    ('North Korea allowed UN nuclear inspectors into the Yongbyon facility.', 'allowed', 'RETREAT', '0862'),
    ('The Syrian government allowed aid convoys into the besieged town.', 'allowed', 'RETREAT', '0863'),
    ('The army pulled back heavy weapons from the front line.', 'pulled', 'RETREAT', '087'),
    ('The rebels declared a unilateral ceasefire.', 'declared', 'CONCEDE', '0871'),
    ('Israel eased its blockade of the Gaza Strip.', 'eased', 'RETREAT', '0872'),
    ('Thousands of former guerrillas disarmed under the peace accord.', 'disarmed', 'RETREAT', '0873'),
    ('Russian troops withdrew from the town of Kherson.', 'withdrew', 'RETREAT', '0874'),
    # 09 investigate
    ('Police launched an investigation into the murder of the journalist.', 'investigation', 'ACCUSE', '091'),
    ('The UN Human Rights Council opened an inquiry into torture allegations in Bahrain.', 'inquiry', 'ACCUSE', '092'),
    ('UN monitors investigated the violation of the ceasefire.', 'investigated', 'ACCUSE', '093'),
    ('The International Criminal Court began investigating alleged war crimes in Darfur.', 'investigating', 'ACCUSE', '094'),
    # 10 demand
    ('Iran demanded an explanation from Britain.', 'demanded', 'REQUEST', '100'),
    ('Washington demanded that China open its markets to American goods.', 'demanded', 'REQUEST', '1011'),
    ('Turkey demanded that Sweden extradite the suspects.', 'demanded', 'REQUEST', '1013'),
    ('Ukraine demanded more weapons from its Western allies.', 'demanded', 'REQUEST', '1032'),
    ('Kosovo Albanian leaders demanded the deployment of NATO troops.', 'demanded', 'REQUEST', '1034'),
    ('Students demanded democratic reforms.', 'demanded', 'REQUEST', '104'),
    ('The opposition demanded the resignation of the prime minister.', 'demanded', 'REQUEST', '1041'),
    ('Kurdish leaders demanded greater cultural rights.', 'demanded', 'REQUEST', '1043'),
    ('Hamas demanded the release of Palestinian prisoners.', 'demanded', 'REQUEST', '1053'),
    ('The United Nations demanded that Israel allow investigators into Jenin.', 'demanded', 'REQUEST', '1055'),
    ('Moscow demanded that Georgia withdraw its troops from South Ossetia.', 'demanded', 'REQUEST', '1056'),
    ('The United States demanded that North Korea return to the negotiating table.', 'demanded', 'REQUEST', '106'),
    # 11 disapprove
    ('Germany voiced disapproval of the verdict.', 'disapproval', 'ACCUSE', '110'),
    ('The EU expressed concern over the arrests of opposition leaders in Azerbaijan.', 'concern', 'ACCUSE', '110'),
    ('Amnesty International condemned the execution of the dissidents.', 'condemned', 'ACCUSE', '111'),
    ('The Chinese foreign ministry criticized the US arms sale to Taiwan.', 'criticized', 'ACCUSE', '111'),
    ('Israel accused Iran of arming Hezbollah.', 'accused', 'ACCUSE', '112'),
    ('Kabul blamed Islamabad for the attack.', 'blamed', 'ACCUSE', '112'),
    ('The opposition accused the interior minister of corruption.', 'accused', 'ACCUSE', '1121'),
    ('Human rights groups accused the army of torturing detainees.', 'accused', 'ACCUSE', '1122'),
    ('Armenia accused Azerbaijan of violating the ceasefire.', 'accused', 'ACCUSE', '1123'),
    ('Moscow accused the Estonian diplomat of spying.', 'accused', 'ACCUSE', '1125'),
    ('The Venezuelan president called on Latin American states to unite against Washington.', 'unite', 'ACCUSE', '113'),
    ('Beijing lodged a formal protest with Tokyo over the visit.', 'lodged', 'ACCUSE', '114'),
    ('Greece filed a complaint with the United Nations over the airspace violations.', 'filed', 'ACCUSE', '114'),
    ('The families of the victims sued the Libyan government.', 'sued', 'ACCUSE', '115'),
    ('Prosecutors charged the former president with corruption.', 'charged', 'ACCUSE', '115'),
    ('A Paris court convicted the former minister of fraud.', 'convicted', 'SANCTION', '116'),
    # 12 reject
    ('North Korea rejected the proposal on Monday.', 'rejected', 'REJECT', '120'),
    ('Argentina rejected a free trade agreement with the United States.', 'rejected', 'REJECT', '1211'),
    ('Russia refused to extradite the suspects to Britain.', 'refused', 'REJECT', '1213'),
    ('The IMF refused to lend more money to Argentina.', 'refused', 'REJECT', '1221'),
    ('NATO refused to send troops to protect the refugee camps.', 'refused', 'REJECT', '1224'),
    ('The king rejected demands for political reform.', 'rejected', 'REJECT', '123'),
    ('The president refused to step down.', 'refused', 'REJECT', '1231'),
    ('The general rejected calls for his resignation.', 'rejected', 'REJECT', '1231'),
    ('The government refused to change its policy on refugees.', 'refused', 'REJECT', '1232'),
    ('Israel refused to make any concessions.', 'refused', 'REJECT', '124'),
    ('The junta refused to lift martial law.', 'refused', 'REJECT', '1241'),
    ('The rebels refused to free the hostages.', 'refused', 'REJECT', '1243'),
    ('The United States refused to ease its embargo on Cuba.', 'refused', 'REJECT', '1244'),
    ('Khartoum refused to allow UN peacekeepers into Darfur.', 'refused', 'REJECT', '1245'),
    ('The rebels rejected calls for a ceasefire.', 'rejected', 'REJECT', '1246'),
    ('Pyongyang rejected an offer of talks with Seoul.', 'rejected', 'REJECT', '125'),
    ('The Taliban refused to meet the Afghan government delegation.', 'refused', 'REJECT', '125'),
    ('Eritrea rejected mediation by the African Union.', 'rejected', 'REJECT', '126'),
    ('The rebels rejected the peace plan.', 'rejected', 'REJECT', '127'),
    ('Thousands of protesters defied a ban on public gatherings.', 'defied', 'REJECT', '128'),
    ('Russia vetoed a Security Council resolution on Syria.', 'vetoed', 'REJECT', '129'),
    # 13 threaten
    ('Iran threatened Israel with serious consequences.', 'threatened', 'THREATEN', '130'),
    ('North Korea warned the United States of grave consequences.', 'warned', 'THREATEN', '130'),
    ('The United States threatened to cut aid to Egypt.', 'threatened', 'THREATEN', '1311'),
    ('The European Union threatened to impose sanctions on Minsk.', 'threatened', 'THREATEN', '1312'),
    ('Serbia threatened to sever ties with countries that recognise Kosovo.', 'threatened', 'THREATEN', '1313'),
    ('The government threatened to ban the opposition party.', 'threatened', 'THREATEN', '1322'),
    ('The army threatened to impose a curfew in the city.', 'threatened', 'THREATEN', '1323'),
    ('The president threatened to declare a state of emergency.', 'threatened', 'THREATEN', '1324'),
    ('Unions threatened to stage a general strike.', 'threatened', 'THREATEN', '133'),
    ('The Palestinian delegation threatened to walk out of the talks.', 'threatened', 'THREATEN', '134'),
    ('Sudan threatened to expel UN peacekeepers.', 'threatened', 'THREATEN', '136'),
    ('The interior minister threatened to arrest the protest leaders.', 'threatened', 'THREATEN', '137'),
    ('Israel threatened military action against Hezbollah.', 'threatened', 'THREATEN', '138'),
    ('China threatened to blockade Taiwan.', 'threatened', 'THREATEN', '1381'),
    ('Turkey threatened to occupy the disputed islands.', 'threatened', 'THREATEN', '1382'),
    ('The rebels threatened to attack the capital.', 'threatened', 'THREATEN', '1384'),
    ('North Korea threatened a nuclear strike on the United States.', 'threatened', 'THREATEN', '1385'),
    ('Washington gave the regime 48 hours to hand over the suspects or face military action.', 'gave', 'THREATEN', '139'),
    # 14 protest
    ('Thousands of students demonstrated in Caracas against the government.', 'demonstrated', 'PROTEST', '141'),
    ("Tens of thousands rallied in Tbilisi to demand the president's resignation.", 'rallied', 'PROTEST', '141'),
    ('Jailed Kurdish activists went on hunger strike.', 'strike', 'PROTEST', '142'),
    ('Dozens of detainees began a hunger strike to protest their detention.', 'strike', 'PROTEST', '142'),
    ('Dock workers went on strike in Antwerp.', 'strike', 'PROTEST', '143'),
    ('Opposition parties boycotted the parliamentary elections.', 'boycotted', 'PROTEST', '143'),
    ('Protesters blocked the main highway into the capital.', 'blocked', 'PROTEST', '144'),
    ('Farmers blockaded ports across the country.', 'blockaded', 'PROTEST', '144'),
    ('Rioters torched cars and looted shops in the city centre.', 'torched', 'PROTEST', '145'),
    ('Demonstrators clashed with police and threw stones at the parliament building.', 'clashed', 'PROTEST', '145'),
    # 15 force posture
    ('Russia conducted large-scale military manoeuvres near the Ukrainian border.', 'manoeuvres', 'MOBILIZE', '150'),
    ('Police were put on high alert in the capital.', 'put', 'MOBILIZE', '151'),
    ('India put its troops on high alert along the border.', 'put', 'MOBILIZE', '152'),
    ('Authorities deployed thousands of riot police in the capital.', 'deployed', 'MOBILIZE', '153'),
    ('Israel called up 10,000 reservists.', 'called', 'MOBILIZE', '154'),
    # 16 reduce relations
    ('Morocco cut diplomatic ties with Iran.', 'cut', 'SANCTION', '161'),
    ('Britain expelled four Russian diplomats.', 'expelled', 'SANCTION', '161'),
    ('The United States suspended economic aid to Niger.', 'suspended', 'SANCTION', '1621'),
    ('Washington halted military aid to Pakistan.', 'halted', 'SANCTION', '1622'),
    ('The European Union imposed an arms embargo on Myanmar.', 'imposed', 'SANCTION', '163'),
    ('The Palestinians broke off peace talks with Israel.', 'broke', 'SANCTION', '164'),
    ('Norway suspended its mediation in Sri Lanka.', 'suspended', 'SANCTION', '165'),
    ('Eritrea expelled UN peacekeepers from its territory.', 'expelled', 'SANCTION', '1661'),
    ('Iran expelled the IAEA inspectors.', 'expelled', 'SANCTION', '1662'),
    ('Sudan expelled 13 aid agencies from Darfur.', 'expelled', 'SANCTION', '1663'),
    # 17 coerce
    ('Police seized the assets of the opposition newspaper.', 'seized', 'COERCE', '1711'),
    ('Soldiers confiscated farmland from villagers near the border.', 'confiscated', 'COERCE', '1711'),
    ('Israeli troops demolished the homes of suspected militants.', 'demolished', 'ASSAULT', '1712'),
    ('The government imposed new restrictions on foreign charities.', 'imposed', 'COERCE', '172'),
    ('Authorities shut down three opposition newspapers.', 'shut', 'COERCE', '1721'),
    ('The supreme court banned the main opposition party.', 'banned', 'COERCE', '1722'),
    ('Authorities imposed a curfew in the city after the riots.', 'imposed', 'COERCE', '1723'),
    ('The president declared a state of emergency.', 'declared', 'COERCE', '1724'),
    ('Police arrested 40 opposition activists.', 'arrested', 'COERCE', '173'),
    ('Security forces detained a prominent journalist in Cairo.', 'detained', 'COERCE', '173'),
    ('Malaysia deported hundreds of illegal immigrants.', 'deported', 'COERCE', '174'),
    ('Riot police dispersed the demonstrators with tear gas.', 'dispersed', 'ASSAULT', '175'),
    ('Security forces cracked down on opposition supporters.', 'cracked', 'COERCE', '175'),
    # 18 assault
    ('Gunmen kidnapped two foreign engineers in the Niger Delta.', 'kidnapped', 'ASSAULT', '181'),
    ('Hijackers seized a passenger plane on a domestic flight.', 'seized', 'ASSAULT', '181'),
    ('Settlers beat a Palestinian farmer.', 'beat', 'ASSAULT', '182'),
    ('Soldiers raped women in the village.', 'raped', 'ASSAULT', '1821'),
    ('Prison guards tortured the detainees.', 'tortured', 'ASSAULT', '1822'),
    ('A mob beat a man to death in the market.', 'beat', 'ASSAULT', '1823'),
    ('A bomb exploded in a crowded market in Baghdad.', 'exploded', 'ASSAULT', '183'),
    ('A suicide bomber blew himself up at a police checkpoint.', 'blew', 'ASSAULT', '1831'),
    ('A car bomb exploded outside the ministry.', 'exploded', 'ASSAULT', '1832'),
    ('A roadside bomb killed three soldiers.', 'killed', 'ASSAULT', '1833'),
    ('Gunmen tried to assassinate the provincial governor.', 'assassinate', 'ASSAULT', '185'),
    ('Gunmen assassinated the opposition leader outside his home.', 'assassinated', 'ASSAULT', '186'),
    # 19 fight
    ('Rebels ambushed an army patrol.', 'ambushed', 'ASSAULT', '190'),
    ('Troops attacked rebel positions in the hills.', 'attacked', 'ASSAULT', '190'),
    ('The navy imposed a blockade on the port.', 'imposed', 'COERCE', '191'),
    ('Troops besieged the rebel-held city.', 'besieged', 'COERCE', '191'),
    ('Troops occupied the border town.', 'occupied', 'COERCE', '192'),
    ('Rebels seized control of the airport.', 'seized', 'COERCE', '192'),
    ('Government forces and rebels exchanged gunfire in the capital.', 'exchanged', 'ASSAULT', '193'),
    ('Artillery shelled the rebel-held town.', 'shelled', 'ASSAULT', '194'),
    ('Tanks pounded rebel positions.', 'pounded', 'ASSAULT', '194'),
    ('Warplanes bombed rebel positions.', 'bombed', 'ASSAULT', '195'),
    ('NATO aircraft carried out air strikes on the capital.', 'strikes', 'ASSAULT', '195'),
    ('The rebels violated the ceasefire.', 'violated', 'ASSAULT', '196'),
    # 20 mass violence
    ('Militias drove thousands of villagers from their homes.', 'drove', 'ASSAULT', '201'),
    ('Government troops massacred hundreds of civilians.', 'massacred', 'ASSAULT', '202'),
    ('Serb forces carried out ethnic cleansing in the region.', 'cleansing', 'ASSAULT', '203'),
    ('The regime used chemical weapons against civilians.', 'used', 'ASSAULT', '2041'),
    # wire-style leads: titles, days, reporting verbs, nominalisations and light verbs
    ("Israeli Foreign Minister Avi Levin on Tuesday urged Syria to curb the militants operating from its soil.", 'urged', 'REQUEST', '020'),
    ("Chinese Premier Li Wen said on Monday that Beijing would send a trade delegation to Canberra next week.", 'send', 'CONSULT', '036'),
    ("Indonesian President Suharto's government on Friday expressed its deep regret over the shooting of students.", 'regret', 'CONCEDE', '055'),
    ("The Egyptian foreign ministry issued a statement welcoming the agreement between the Palestinian factions.", 'welcoming', 'SUPPORT', '051'),
    ("U.S. Secretary of State Anne Hollis voiced strong support for the Colombian peace process.", 'support', 'SUPPORT', '051'),
    ("The Syrian president paid a two-day visit to Moscow, the Kremlin said.", 'visit', 'CONSULT', '042'),
    ("Pakistani Prime Minister Nawaz Khan held talks with his Indian counterpart on the sidelines of the summit.", 'talks', 'CONSULT', '046'),
    ("South Korean officials made an urgent appeal for food aid for the North.", 'appeal', 'REQUEST', '0233'),
    ("The Philippine government issued a call for an end to the fighting on Mindanao.", 'call', 'REQUEST', '0256'),
    ("Rebel leaders made a fresh offer of talks to the government in Kinshasa.", 'offer', 'AGREE', '036'),
    ("Japan announced a $300 million aid package for Indonesia on Thursday.", 'package', 'AID', '071'),
    ("The German chancellor offered to mediate in the dispute between Athens and Ankara.", 'offered', 'AGREE', '039'),
    ("The Iranian foreign ministry issued a sharp condemnation of the air strikes.", 'condemnation', 'ACCUSE', '111'),
    ("Moscow lodged an official complaint with Warsaw over the treatment of its diplomats.", 'complaint', 'ACCUSE', '114'),
    ("Ethiopia on Wednesday flatly rejected the Eritrean proposal for a border commission.", 'rejected', 'REJECT', '127'),
    ("The Kenyan government issued a warning to the rebels that it would use force.", 'warning', 'THREATEN', '138'),
    ("Thousands of Tibetans staged a protest outside the Chinese embassy in New Delhi.", 'protest', 'PROTEST', '141'),
    ("Nigerian oil workers staged a three-day strike over unpaid wages.", 'strike', 'PROTEST', '143'),
    ("Greek troops were placed on maximum alert after the incident.", 'placed', 'MOBILIZE', '152'),
    ("Turkey massed troops on the Syrian border on Saturday.", 'massed', 'MOBILIZE', '152'),
    ("Washington announced the suspension of military aid to Guatemala.", 'suspension', 'SANCTION', '1622'),
    ("The Security Council imposed an oil embargo on the rebel movement.", 'imposed', 'SANCTION', '163'),
    ("Police carried out a wave of arrests of opposition activists in Minsk.", 'arrests', 'COERCE', '173'),
    ("Israeli forces launched an offensive against militants in the Gaza Strip.", 'offensive', 'ASSAULT', '190'),
    ("Gunmen opened fire on a bus carrying pilgrims, killing eleven.", 'opened', 'ASSAULT', '190'),
    ("Russian jets carried out bombing raids on rebel villages in Chechnya.", 'raids', 'ASSAULT', '195'),
    ("Fighting erupted between government troops and rebels near the airport, breaking a week-old truce.", 'breaking', 'ASSAULT', '196'),
    ("The two leaders signed an agreement on economic cooperation, officials said.", 'signed', 'SUPPORT', '057'),
    ("The Turkish prime minister said Ankara was ready to normalize relations with Armenia.", 'normalize', 'AGREE', '032'),
    ("Ugandan troops pulled out of the eastern Congo town of Bunia on Tuesday.", 'pulled', 'RETREAT', '0874'),
    ("The rebels freed 30 government soldiers as a goodwill gesture.", 'freed', 'RETREAT', '0841'),
    ("The junta granted an amnesty to political prisoners.", 'amnesty', 'RETREAT', '0841'),
    ("Tehran said it would not accept any conditions for the talks.", 'accept', 'REJECT', '125'),
    ("Syria denied that its troops had crossed into Lebanese territory.", 'denied', 'REJECT', '016'),
    ("The Serbian government criticised the NATO decision as a violation of international law.", 'criticised', 'ACCUSE', '111'),
    ("Cuban President Fidel Castro denounced the United States embargo as genocide.", 'denounced', 'ACCUSE', '111'),
    ("The Dalai Lama expressed hope that Beijing would open a dialogue on Tibet.", 'hope', 'REQUEST', '026'),
    # harder wire leads: passives, attribution, nominalisations, several acts in one sentence
    ("The talks were hosted by Oman, diplomats said.", 'hosted', 'CONSULT', '043'),
    ("Jordan's King Hassan received a delegation of Iraqi opposition leaders in Amman on Sunday.", 'received', 'CONSULT', '043'),
    ("Foreign ministers from the Gulf states gathered in Riyadh for an emergency meeting on Iran.", 'meeting', 'CONSULT', '040'),
    ("The Italian foreign minister held a telephone conversation with his Libyan counterpart on Wednesday.", 'conversation', 'CONSULT', '041'),
    ("The Japanese prime minister left for Washington on Friday for talks with the president.", 'talks', 'CONSULT', '042'),
    ("Chinese and Indian negotiators resumed border negotiations in Beijing after a six-month break.", 'negotiations', 'CONSULT', '046'),
    ("The ruling party and the opposition began a dialogue on electoral reform, state radio said.", 'dialogue', 'CONSULT', '046'),
    ("The UN Secretary-General was asked to mediate in the border dispute between Peru and Ecuador.", 'asked', 'REQUEST', '028'),
    ("The Albanian government asked NATO for help in restoring order.", 'asked', 'REQUEST', '0232'),
    ("Somalia appealed to Arab countries on Monday for emergency humanitarian assistance.", 'appealed', 'REQUEST', '0233'),
    ("The Indonesian president called for calm after two days of rioting in Jakarta.", 'called', 'REQUEST', '0252'),
    ("Relatives of the hostages pleaded with the kidnappers to release them unharmed.", 'pleaded', 'REQUEST', '0253'),
    ("Germany expressed its willingness to help rebuild the war-torn country.", 'willingness', 'AGREE', '033'),
    ("Bangladesh said it was prepared to take back the refugees.", 'take', 'AGREE', '030'),
    ("The Chinese president is expected to visit Pyongyang later this month, officials said.", 'visit', 'CONSULT', '036'),
    ("The Malaysian prime minister accepted an invitation to visit Beijing.", 'accepted', 'AGREE', '036'),
    ("Washington voiced its backing for the new Haitian government.", 'backing', 'SUPPORT', '051'),
    ("The Kremlin hailed the election result as a victory for democracy.", 'hailed', 'SUPPORT', '051'),
    ("The British foreign secretary paid tribute to the role of the Irish government in the peace process.", 'tribute', 'SUPPORT', '051'),
    ("Vietnam and the United States restored full diplomatic relations on Tuesday.", 'restored', 'SUPPORT', '054'),
    ("Seoul agreed to resume rice shipments to North Korea.", 'agreed', 'AGREE', '0331'),
    ("Russian and Chinese warships began joint naval drills in the Sea of Japan.", 'drills', 'COOPERATE', '062'),
    ("Germany handed over two suspected militants to Turkey.", 'handed', 'COOPERATE', '063'),
    ("The United Nations sent food and medicine to the besieged city.", 'sent', 'AID', '073'),
    ("The European Union approved a 50 million euro aid package for Kosovo.", 'approved', 'AID', '071'),
    ("Rebels released a French journalist who had been held for three months.", 'released', 'RETREAT', '0841'),
    ("The president pardoned 200 political prisoners to mark independence day.", 'pardoned', 'RETREAT', '0841'),
    ("The rebels agreed to a 48-hour truce to allow aid deliveries.", 'agreed', 'CONCEDE', '0871'),
    ("The president stepped down after weeks of street protests.", 'stepped', 'RETREAT', '0832'),
    ("Police questioned the former minister about the missing funds.", 'questioned', 'ACCUSE', '091'),
    ("The opposition leader denounced the election as a fraud.", 'denounced', 'ACCUSE', '111'),
    ("Beijing sharply criticised Washington's decision to sell fighter jets to Taiwan.", 'criticised', 'ACCUSE', '111'),
    ("Tehran summoned the British ambassador to protest against the remarks.", 'summoned', 'ACCUSE', '114'),
    ("The Turkish foreign ministry said it strongly condemned the attack on its embassy.", 'condemned', 'ACCUSE', '111'),
    ("Iraq charged that Kuwait had been stealing oil from the Rumaila field.", 'charged', 'ACCUSE', '112'),
    ("Israel dismissed the UN report as biased.", 'dismissed', 'REJECT', '120'),
    ("Baghdad refused to let the inspectors into presidential sites.", 'refused', 'REJECT', '1245'),
    ("The Bosnian Serb parliament voted to reject the peace plan.", 'reject', 'REJECT', '127'),
    ("The Greek Cypriot leader turned down an invitation to meet his Turkish Cypriot counterpart.", 'turned', 'REJECT', '125'),
    ("Washington warned Damascus that it would face sanctions if it did not close the border.", 'warned', 'THREATEN', '1312'),
    ("The rebels threatened to kill the hostages unless their demands were met.", 'threatened', 'THREATEN', '1383'),
    ("Hundreds of farmers marched on parliament to protest against falling crop prices.", 'marched', 'PROTEST', '141'),
    ("Thousands of people took to the streets of Belgrade to demand the resignation of the president.", 'took', 'PROTEST', '141'),
    ("Civil servants staged a general strike to demand higher pay.", 'strike', 'PROTEST', '143'),
    ("The army was placed on high alert after the coup attempt.", 'placed', 'MOBILIZE', '152'),
    ("Pakistan moved troops to its border with India.", 'moved', 'MOBILIZE', '150'),
    ("Latvia recalled its ambassador from Moscow for consultations.", 'recalled', 'SANCTION', '161'),
    ("The World Bank froze loans to the Kenyan government.", 'froze', 'SANCTION', '1621'),
    ("Police rounded up dozens of suspected militants in overnight raids.", 'rounded', 'COERCE', '173'),
    ("A military court sentenced the former general to 20 years in prison.", 'sentenced', 'SANCTION', '116'),
    ("Police used water cannon and tear gas to break up the demonstration.", 'used', 'ASSAULT', '175'),
    ("Government forces stormed the rebel stronghold on Monday.", 'stormed', 'ASSAULT', '190'),
    ("Two soldiers were killed when their patrol came under fire near the border.", 'killed', 'ASSAULT', '190'),
    ("Unidentified gunmen shot dead a senior police officer in Karachi.", 'shot', 'ASSAULT', '190'),
    ("Militants abducted 20 schoolgirls from a village in the north.", 'abducted', 'ASSAULT', '181'),
    ("Israeli helicopters fired missiles at a car in Gaza City.", 'fired', 'ASSAULT', '195'),
    ("Serbian forces shelled the town of Gorazde for the third day.", 'shelled', 'ASSAULT', '194'),
    ("Rebels overran an army base in the east of the country.", 'overran', 'COERCE', '192'),
]

NO_TYPE = "CAMEO's plain statements (011-014, 017) have no PLOVER type, so no trigger sense can code them (lexicon senses need one)"
INTENT_TYPE = "an intention keeps the act's own type (stance_codes.yaml: PLOVER puts the stance in `modality`); the code is the 03x one"
XFAIL_TYPE: dict[str, str] = {
    'A little-known rebel group claimed responsibility for the bombing of the pipeline.': "a claim of responsibility codes the claimed act with the claimant as actor (labels.yaml 'Claim of responsibility'), by design",
    'Pakistan shared intelligence with Afghanistan about the attack.': "the small model parses 'Pakistan shared intelligence' as a noun phrase (shared: amod): no verb",
    'Iran said it was ready to cooperate with the International Atomic Energy Agency.': INTENT_TYPE,
    'The Turkish prime minister said Ankara was ready to normalize relations with Armenia.': INTENT_TYPE,
    'The opposition promised to call off its street protests.': "'call off' as a promised act is read as 'call' (the xcomp's lemma): the promise stays AGREE 030",
    'Sudan agreed to allow UN observers into Darfur.': "cameo.tsv cross-walks 0355 to AGREE; coding it CONCEDE split the conjoined parties of 'agreed' differently and moved ConfliBERT roles dev",
    'The rebels promised to withdraw from the captured towns.': "a promised withdrawal with no forces named ('withdraw from the towns') has no xcomp object for &promise_withdraw",
    'The army lifted the curfew in Srinagar.': "a lifted curfew stays CONCEDE 081 (precision round 3: RETREAT 0813 lowered the PLOVER GSR dev guard)",
    'Thailand lifted martial law in the southern provinces.': "as a lifted curfew: CONCEDE 081, not the cross-walk's RETREAT 0814",
    'The Venezuelan president called on Latin American states to unite against Washington.': "rallying opposition (113) needs what the parties are called to do against whom; coded the call (REQUEST 020)",
    'Rebel leaders made a fresh offer of talks to the government in Kinshasa.': "coded CONSULT 036, the cross-walk's type; the label took the invitation departure's AGREE",
    'The Dalai Lama expressed hope that Beijing would open a dialogue on Tibet.': "a hope voiced is no listed appeal; the dialogue hoped for is coded",
    'Bangladesh said it was prepared to take back the refugees.': "'take back' refugees (a promised return) is no listed sense",
    'The rebels agreed to a 48-hour truce to allow aid deliveries.': "'agreed to a truce' stays AGREE (tests/test_conflict_round1.py: ACLED 'Agreement'); CAMEO 0871 would be CONCEDE",
}
XFAIL_ROOT: dict[str, str] = {
    'The Kremlin declined to comment on reports of troop movements near the border.': NO_TYPE,
    'The Lebanese prime minister said he was pessimistic about the chances of forming a new cabinet.': NO_TYPE,
    'The UN envoy expressed optimism that the talks in Geneva would produce an agreement.': NO_TYPE,
    'The Dutch government is studying a proposal to cut the defence budget.': NO_TYPE,
    'Thousands of mourners held a candlelight vigil in Oslo for the victims of the attack.': NO_TYPE + "; a vigil is coded PROTEST 141",
    'A little-known rebel group claimed responsibility for the bombing of the pipeline.': "the claimed bombing is the event (183), by design",
    'The defence ministry admitted on Monday that its troops had fired on unarmed villagers.': "the admission (015) is coded, but the firing it reports has the higher confidence",
    'Egypt urged Arab states to rally behind the Palestinian leadership.': "the appeal (REQUEST 020) outranks the rallying it asks for (053)",
    'Pakistan shared intelligence with Afghanistan about the attack.': "the small model parses 'Pakistan shared intelligence' as a noun phrase: no verb",
    'The Venezuelan president called on Latin American states to unite against Washington.': "coded as an appeal (020), not rallying opposition (113)",
    'The Dalai Lama expressed hope that Beijing would open a dialogue on Tibet.': "the dialogue hoped for is coded (040)",
    'Bangladesh said it was prepared to take back the refugees.': "no event",
    'The rebels agreed to a 48-hour truce to allow aid deliveries.': "'agreed to a truce' is AGREE 030 (root 03); CAMEO codes a ceasefire agreed as 0871",
}


def _params(xfails: dict[str, str]):
    for row in BATTERY:
        reason = xfails.get(row[0])
        yield pytest.param(*row, marks=pytest.mark.xfail(strict=True, reason=reason)) if reason else row


def root_of_top(pipeline: Pipeline, text: str) -> str | None:
    """The CAMEO root of the sentence's top event (the one the evaluation scores), None with no event."""
    top = top_event(events(pipeline, text))
    return top.cameo[:2] if top is not None and top.cameo else None


@pytest.mark.parametrize(("text", "trigger", "type_", "cameo"), [r for r in _params(XFAIL_TYPE) if (r.values if hasattr(r, "values") else r)[2]])
def test_battery_type(pipeline: Pipeline, text: str, trigger: str, type_: str, cameo: str) -> None:
    check_battery_row(pipeline, text, trigger, type_)


@pytest.mark.parametrize(("text", "trigger", "type_", "cameo"), list(_params(XFAIL_ROOT)))
def test_battery_root(pipeline: Pipeline, text: str, trigger: str, type_: str | None, cameo: str) -> None:
    assert root_of_top(pipeline, text) == cameo[:2], codes(pipeline, text)


@pytest.mark.parametrize(
    ("text", "trigger", "type_", "mode", "cameo"),
    [
        # an ultimatum: a deadline given, "or face" a harm (the to-infinitive the parser hangs as an adverbial clause)
        ("Washington gave the regime 48 hours to hand over the suspects or face military action.", "gave", "THREATEN", None, "139"),
        # "shared the same view": accord voiced (019); "expressed agreement" (019), not a deal signed (057)
        ("The French and German leaders said they shared the same view on the migration crisis.", "shared", "AGREE", None, "019"),
        ("The two presidents expressed agreement on the need for talks.", "agreement", "AGREE", None, "019"),
        # an admission of a wrong in a that-clause (015)
        ("The defence ministry admitted on Monday that its troops had fired on unarmed villagers.", "admitted", "CONCEDE", None, "015"),
        # fired on people (any people, not only listed targets)
        ("The defence ministry admitted on Monday that its troops had fired on unarmed villagers.", "fired", "ASSAULT", "firearms", "190"),
        # conduct defended (052); heavy weapons pulled back (087); power handed over (0831); a price rise scrapped (0832)
        ("The defence minister defended the army's conduct during the operation.", "defended", "SUPPORT", None, "052"),
        ("The army pulled back heavy weapons from the front line.", "pulled", "RETREAT", "disarm", "087"),
        ("The army pulled back its troops from the border.", "pulled", "RETREAT", "withdraw", "0874"),
        ("The military ruler handed over power to a civilian government.", "handed", "CONCEDE", None, "0831"),
        ("The government scrapped the fuel price increase.", "scrapped", "CONCEDE", None, "0832"),
        # concessions offered, and promised concessions offered (035, as pledged or promised); suspects offered up (0313)
        ("The government offered concessions to the striking miners.", "offered", "CONCEDE", None, "035"),
        ("The military offered to lift the curfew next month.", "offered", "CONCEDE", None, "035"),
        ("Jordan offered to hand over the suspects to Egypt.", "offered", "AGREE", None, "0313"),
        ("Germany handed over two suspected militants to Turkey.", "handed", "COOPERATE", "judicial", "063"),
        # an embargo on anyone is a sanction (163); a ban on a movement restricts political life (172)
        ("The United Nations imposed an embargo on the rebel movement.", "imposed", "SANCTION", None, "163"),
        ("The army imposed a ban on the movement.", "imposed", "COERCE", "ban", "172"),
        ("The government imposed new restrictions on foreign charities.", "imposed", "COERCE", "ban", "172"),
        # a crowd dispersed with water cannon or tear gas is ASSAULT/crowd-control (175), with no weapon COERCE
        ("Riot police dispersed the crowd with water cannon.", "dispersed", "ASSAULT", "crowd-control", "175"),
        ("Riot police dispersed the crowd.", "dispersed", "COERCE", None, "175"),
        # chemical weapons used (2041); villagers driven from their homes (201)
        ("The regime used chemical weapons against civilians.", "used", "ASSAULT", "unconventional", "2041"),
        ("Militias drove thousands of villagers from their homes.", "drove", "ASSAULT", "cleansing", "201"),
        # a delegation sent (042; announced: 036); a leader leaving for a country (042)
        ("Jordan will send a delegation to Damascus.", "send", "CONSULT", "visit", "036"),
        ("President Lula left for Angola on Monday.", "left", "CONSULT", "visit", "042"),
        # a state protesting to another, an envoy summoned, a charge that: official complaints and accusations (114, 112)
        ("Japan protested to China over the detention of its fishermen.", "protested", "ACCUSE", "allege", "114"),
        ("The Iranian foreign ministry summoned the French ambassador.", "summoned", "ACCUSE", "allege", "114"),
        ("Tehran summoned the British ambassador to protest against the remarks.", "summoned", "ACCUSE", "allege", "114"),
        ("The opposition charged that the vote had been rigged.", "charged", "ACCUSE", "allege", "112"),
        # concern voiced over another party's act: disapproval (110)
        ("The European Union expressed concern over the detention of the activists.", "concern", "ACCUSE", "disapprove", "110"),
        # an offer of talks: an intent to meet (036)
        ("Rebel leaders made a fresh offer of talks to the government in Kinshasa.", "offer", "CONSULT", "meet", "036"),
    ],
)
def test_senses_added(pipeline: Pipeline, text: str, trigger: str, type_: str, mode: str | None, cameo: str) -> None:
    e = next((e for e in events(pipeline, text) if e.trigger.text == trigger), None)
    assert e is not None and (e.type, e.mode, e.cameo) == (type_, mode, cameo), codes(pipeline, text)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The company shared its view on the merger with reporters.", "shared"),  # no "same" view: no accord
        ("The company scrapped the price increase after complaints from customers.", "scrapped"),  # a firm's prices
        ("Floods drove thousands of villagers from their homes.", "drove"),  # no party expels them
        ("The army used heavy weapons against the rebels.", "used"),  # no chemical or nuclear weapons
        ("The engine fired on all cylinders.", "fired"),
        ("The court summoned the witness on Monday.", "summoned"),  # no envoy
        ("Tourists left for Brazil on Monday.", "left"),  # no party visiting
        ("He left for work early.", "left"),
        ("The minister expressed concern.", "concern"),  # over nothing named
    ],
)
def test_guards(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert not [c for c in codes(pipeline, text) if c[2] == trigger], codes(pipeline, text)


@pytest.mark.parametrize(
    ("text", "outer", "inner"),
    [
        # an event noun that is what another event noun is about is no event of its own (triggers.TriggerFinder._content_of)
        ("The United Nations launched an appeal for food aid for Sudan.", "appeal", "aid"),
        # a meeting named as where a verb's event noun happened is its venue (triggers.TriggerFinder._venue)
        ("Brazil and Argentina strengthened political cooperation at the summit.", "cooperation", "summit"),
    ],
)
def test_the_content_and_venue_of_an_event_noun_are_no_events(pipeline: Pipeline, text: str, outer: str, inner: str) -> None:
    found = [e.trigger.text for e in events(pipeline, text)]
    assert outer in found and inner not in found, codes(pipeline, text)


def test_a_meeting_met_at_is_still_the_meeting_verb(pipeline: Pipeline) -> None:
    assert [c[:2] for c in codes(pipeline, "The leaders met at the summit in Lima.")] == [("CONSULT", "043")]
