"""Types round 1 (issue #3): the weak PLOVER types (ACCUSE, RETREAT, COERCE, AID, SANCTION, CONCEDE, REJECT) on
general language. A battery of sentences written from the PLOVER codebook's definitions and labelled before the coder
was run (type, and the actor's and target's country where the sentence names them); the ones still wrong are strict
xfails with the reason. Then the classes fixed from reading TimeBank news (1998 wire copy) and the battery, each with
a guard or a twin where the rule must not fire: arms supplied or delivered to a party (AID 072), a weapon "delivered"
to no one (none); refuge given (AID 075); economic sanctions lifted or eased (RETREAT 085, as ontology/cameo.tsv maps
it; a ban lifted stays CONCEDE 081); a bloc suspending a state (SANCTION 166); an aid agency pulling out (SANCTION
1663); a withdrawal from a treaty (SANCTION 160); an aid package or budget blocked (REJECT 129); an envoy recalled
"to" a state bears on it; yielding to pressure and "retreated from its stance" (CONCEDE; troops still retreat);
control handed back, aid convoys or inspectors allowed in (RETREAT); demonstrators protesting (PROTEST, not ACCUSE);
"called a general strike" (PROTEST, not a claim); "the missile sank a ship" (ASSAULT); a country owning an event noun
does it ("Iran's condemnation"), and what the verb the noun is the subject of acts on is no target ("… alarmed
NATO"); "offered to" (intended). No event: a bid withdrawn, an attitude "opposed to", a company officer resigning,
"searching for" a man, "to ease his isolation", "to allow" or ", allowing" as what another act is for or brings
about, compliance with regulations, aid one is "dependent on", a bridge loan.
All sentences written for this file. Uses the session `pipeline` fixture."""

from __future__ import annotations

import pytest

from eventwire.pipeline import Pipeline

from eventcheck import by_trigger, check_battery_row, codes



@pytest.mark.parametrize(
    ("text", "trigger", "type_", "actor_country", "target_country"),
    [
        ('Germany accused Russia of poisoning the opposition leader.', 'accused', 'ACCUSE', 'DEU', 'RUS'),
        ('Kenya blamed Somali militants for the bombing of the bus station.', 'blamed', 'ACCUSE', 'KEN', None),
        ('The United Nations condemned the execution of four activists in Myanmar.', 'condemned', 'ACCUSE', None, None),
        ('Human rights groups sharply criticised the Egyptian government over the mass trial.', 'criticised', 'ACCUSE', None, 'EGY'),
        ("Ukraine's foreign minister denounced the sham referendums held by Moscow.", 'denounced', 'ACCUSE', 'UKR', None),
        ('Prosecutors in Peru launched an investigation into the former president over bribery.', 'launched', 'ACCUSE', 'PER', None),
        ('The former finance minister was charged with money laundering on Monday.', 'charged', 'ACCUSE', None, None),
        ("Brazil's top court opened a probe into the ex-president's role in the riots.", 'opened', 'ACCUSE', 'BRA', None),
        ('Gambia sued Myanmar at the International Court of Justice.', 'sued', 'ACCUSE', 'GMB', 'MMR'),
        ('A grand jury indicted the governor on corruption charges.', 'indicted', 'ACCUSE', None, None),
        ('Russia was accused by Poland of violating its airspace.', 'accused', 'ACCUSE', 'POL', 'RUS'),
        ('China lodged a formal complaint with Japan over the visit to the shrine.', 'lodged', 'ACCUSE', 'CHN', 'JPN'),
        ("The opposition slammed the president's decision to postpone the election.", 'slammed', 'ACCUSE', None, None),
        ("Iran's condemnation of the Israeli strike came hours later.", 'condemnation', 'ACCUSE', 'IRN', None),
        pytest.param('The former rebel commander went on trial in The Hague for war crimes.', 'trial', 'ACCUSE', None, None, marks=pytest.mark.xfail(strict=True, reason="'went on trial': the defendant is the subject of a light verb; 'on' is no undergoing preposition")),
        ('Russian troops pulled out of the city of Kherson on Friday.', 'pulled', 'RETREAT', 'RUS', None),
        ('Israel withdrew its forces from the northern Gaza Strip.', 'withdrew', 'RETREAT', 'ISR', None),
        ('Hamas released three Israeli hostages on Saturday.', 'released', 'RETREAT', None, 'ISR'),
        ('Iran freed two French citizens who had been held for three years.', 'freed', 'RETREAT', 'IRN', 'FRA'),
        ('The rebels handed back control of the airport to the army.', 'handed', 'RETREAT', None, None),
        ('Iran returned the seized British oil tanker.', 'returned', 'RETREAT', 'IRN', None),
        ('Hundreds of fighters in Colombia laid down their weapons at a ceremony.', 'laid', 'RETREAT', None, None),
        ('The militia disarmed and demobilised its fighters under UN supervision.', 'disarmed', 'RETREAT', None, None),
        ("Saudi Arabia lifted its naval blockade of Yemen's ports.", 'lifted', 'RETREAT', 'SAU', 'YEM'),
        ('The interior minister resigned after the deadly stampede.', 'resigned', 'RETREAT', None, None),
        ('Syria allowed UN aid convoys to enter the besieged town.', 'allowed', 'RETREAT', 'SYR', None),
        ('The withdrawal of French troops from Mali was completed in August.', 'withdrawal', 'RETREAT', 'FRA', 'MLI'),
        ('Two journalists were released by the Taliban after a month in custody.', 'released', 'RETREAT', None, None),
        ('Thousands of Armenian soldiers retreated from the disputed region.', 'retreated', 'RETREAT', 'ARM', None),
        pytest.param('The release of 50 political prisoners was welcomed by the opposition.', 'release', 'RETREAT', None, None, marks=pytest.mark.xfail(strict=True, reason='an event noun with no actor is not coded (coder design)')),
        pytest.param('The government lifted the curfew in the capital on Tuesday.', 'lifted', 'RETREAT', None, None, marks=pytest.mark.xfail(strict=True, reason='coded CONCEDE 081; RETREAT 0813 (as ontology/cameo.tsv maps it) was tried and lowered the PLOVER GSR dev guard')),
        ('Police arrested 40 opposition supporters in Kampala.', 'arrested', 'COERCE', 'UGA', None),
        ('Iranian authorities detained a British-Iranian aid worker.', 'detained', 'COERCE', 'IRN', None),
        ('The army imposed a curfew on the city after the riots.', 'imposed', 'COERCE', None, None),
        ('Authorities seized the assets of the opposition newspaper.', 'seized', 'COERCE', None, None),
        ('The government blocked access to Twitter and Facebook ahead of the vote.', 'blocked', 'COERCE', None, None),
        ('Turkey deported hundreds of Afghan migrants last week.', 'deported', 'COERCE', 'TUR', None),
        ("Customs officers confiscated weapons from the ship's crew.", 'confiscated', 'COERCE', None, None),
        ('Police raided the offices of the main opposition party.', 'raided', 'COERCE', None, None),
        ('The journalist was arrested by security forces at the airport.', 'arrested', 'COERCE', None, None),
        ('The arrest of the opposition leader sparked protests in Dakar.', 'arrest', 'COERCE', None, None),
        ('The president declared a state of emergency in three provinces.', 'declared', 'COERCE', None, None),
        ('Authorities shut down the internet across the region.', 'shut', 'COERCE', None, None),
        ('The junta banned all political parties.', 'banned', 'COERCE', None, None),
        pytest.param("Hackers linked to North Korea broke into the bank's computer systems.", 'broke', 'COERCE', 'PRK', None, marks=pytest.mark.xfail(strict=True, reason='no sense for breaking into computer systems')),
        ('Troops cordoned off the neighbourhood and searched homes.', 'cordoned', 'COERCE', None, None),
        ('The activist was placed under house arrest.', 'placed', 'COERCE', None, None),
        ('Japan sent humanitarian aid to earthquake victims in Turkey.', 'sent', 'AID', 'JPN', 'TUR'),
        pytest.param('The European Union pledged 50 million euros in aid to Sudan.', 'pledged', 'AID', None, 'SDN', marks=pytest.mark.xfail(strict=True, reason="a pledge is coded AGREE (CAMEO 033); the codebook's AGREE reading is arguable")),
        ('The Red Cross delivered food and medicine to the besieged city.', 'delivered', 'AID', None, None),
        ('Ecuador granted asylum to the WikiLeaks founder.', 'granted', 'AID', 'ECU', None),
        ('The United States provided Ukraine with air defence systems.', 'provided', 'AID', 'USA', 'UKR'),
        ('Germany supplied tanks to the Ukrainian army.', 'supplied', 'AID', 'DEU', 'UKR'),
        ('The World Bank approved a 300 million dollar loan to Kenya.', 'approved', 'AID', None, 'KEN'),
        ("France agreed to cancel Haiti's debt.", 'cancel', 'AID', 'FRA', 'HTI'),
        ('Navy commandos rescued the hostages held by pirates.', 'rescued', 'AID', None, None),
        ('Aid was airlifted to flood victims in Pakistan by the Chinese air force.', 'airlifted', 'AID', 'CHN', 'PAK'),
        ('Britain donated 20 million pounds to the famine relief effort in Somalia.', 'donated', 'AID', 'GBR', None),
        ('Qatar gave refuge to the exiled Hamas leaders.', 'gave', 'AID', 'QAT', None),
        ('The delivery of aid to northern Gaza resumed on Sunday.', 'delivery', 'AID', None, None),
        ("Canada's military aid to Ukraine includes armoured vehicles.", 'aid', 'AID', 'CAN', 'UKR'),
        ('The United States imposed new sanctions on Iranian oil exports.', 'imposed', 'SANCTION', 'USA', 'IRN'),
        ('Washington slapped tariffs on Chinese steel.', 'slapped', 'SANCTION', 'USA', 'CHN'),
        ('Poland expelled 45 Russian diplomats.', 'expelled', 'SANCTION', 'POL', 'RUS'),
        ('The Netherlands suspended aid to Rwanda.', 'suspended', 'SANCTION', 'NLD', 'RWA'),
        ('Morocco cut diplomatic ties with Iran.', 'cut', 'SANCTION', 'MAR', 'IRN'),
        ('France recalled its ambassador to Australia.', 'recalled', 'SANCTION', 'FRA', 'AUS'),
        ('The EU froze the assets of several Russian oligarchs.', 'froze', 'SANCTION', None, 'RUS'),
        ('The African Union suspended Niger after the coup.', 'suspended', 'SANCTION', None, 'NER'),
        ('The United States withdrew from the Paris climate agreement.', 'withdrew', 'SANCTION', 'USA', None),
        ('A court in Moscow convicted the opposition leader of fraud.', 'convicted', 'SANCTION', 'RUS', None),
        ('The former prime minister was sentenced to ten years in prison.', 'sentenced', 'SANCTION', None, None),
        ('The rebels walked out of the peace talks in Doha.', 'walked', 'SANCTION', None, None),
        pytest.param('The sanctions imposed on Belarus by the EU target potash exports.', 'imposed', 'SANCTION', None, 'BLR', marks=pytest.mark.xfail(strict=True, reason='a participle on an event noun, the noun a subject')),
        ('Lithuania downgraded diplomatic relations with China.', 'downgraded', 'SANCTION', 'LTU', 'CHN'),
        ('The party expelled the senator over his remarks.', 'expelled', 'SANCTION', None, None),
        ('The government eased restrictions on public gatherings.', 'eased', 'CONCEDE', None, None),
        ('The prime minister apologised for the killings of civilians.', 'apologised', 'CONCEDE', None, None),
        ("The president accepted the protesters' demand for early elections.", 'accepted', 'CONCEDE', None, None),
        pytest.param('The junta granted amnesty to political prisoners.', 'granted', 'CONCEDE', None, None, marks=pytest.mark.xfail(strict=True, reason="coded RETREAT (a release); CONCEDE is the codebook's reading")),
        ('Russia promised to withdraw its troops from the border.', 'promised', 'CONCEDE', 'RUS', None),  # a promised withdrawal is CONCEDE 035 (types round 3)
        ('The army admitted responsibility for the strike on the hospital.', 'admitted', 'CONCEDE', None, None),
        ("The government gave in to the strikers' demands.", 'gave', 'CONCEDE', None, None),
        pytest.param('The president agreed to step down after weeks of protests.', 'agreed', 'CONCEDE', None, None, marks=pytest.mark.xfail(strict=True, reason='AGREE beside RETREAT (asserted): reading "agreed to" as intended broke tests/test_events.py ("agreed to forgive Haiti\'s debt" is AID 071 there)')),
        ('The ruling party backed down on the controversial tax bill.', 'backed', 'CONCEDE', None, None),
        ('Beijing made concessions to the United States on trade.', 'made', 'CONCEDE', 'CHN', 'USA'),
        ('The regime yielded to international pressure.', 'yielded', 'CONCEDE', None, None),
        ('The military offered to lift the curfew next month.', 'offered', 'CONCEDE', None, None),  # an offered concession is CONCEDE 035, as pledged (types round 4)
        ('Israel rejected the ceasefire proposal.', 'rejected', 'REJECT', 'ISR', None),
        ('The president refused to resign.', 'refused', 'REJECT', None, None),
        ('Russia vetoed the Security Council resolution on Syria.', 'vetoed', 'REJECT', 'RUS', None),
        ("The union turned down the government's wage offer.", 'turned', 'REJECT', None, None),
        ('Tehran dismissed calls for talks with Washington.', 'dismissed', 'REJECT', 'IRN', 'USA'),  # 'calls' is an event noun (fourteenth session): the talks' party is the target
        ('The rebels rebuffed an offer of mediation from Qatar.', 'rebuffed', 'REJECT', None, 'QAT'),  # 'offer' is an event noun (types round 4): its maker is the target
        ('The military denied responsibility for the massacre.', 'denied', 'REJECT', None, None),
        ('The government ruled out negotiations with the separatists.', 'ruled', 'REJECT', None, None),
        ("North Korea spurned South Korea's offer of food aid.", 'spurned', 'REJECT', 'PRK', 'KOR'),
        ('Protesters defied the ban on demonstrations.', 'defied', 'REJECT', None, None),
        ("Hungary blocked the EU's aid package for Ukraine.", 'blocked', 'REJECT', 'HUN', None),
        ('The plan was rejected by the Palestinian Authority.', 'rejected', 'REJECT', 'PSE', None),
        pytest.param("Kyiv's rejection of the peace plan angered Moscow.", 'rejection', 'REJECT', 'UKR', None, marks=pytest.mark.xfail(strict=True, reason='a place as the owner of an event noun is no actor')),
        ('The court refused to release the detained activists.', 'refused', 'REJECT', None, None),
    ],
)
def test_battery_from_the_codebook(pipeline: Pipeline, text: str, trigger: str, type_: str, actor_country: str | None,
                                   target_country: str | None) -> None:
    check_battery_row(pipeline, text, trigger, type_, None, actor_country, target_country)


@pytest.mark.parametrize(
    ("text", "trigger", "type_", "cameo"),
    [
        # arms handed to a party are military aid; refuge given is asylum
        ("Iran supplied drones and missiles to Houthi fighters.", "supplied", "AID", "072"),
        ("Germany supplied tanks to the Ukrainian army.", "supplied", "AID", "072"),
        ("France delivered howitzers to the Ukrainian army.", "delivered", "AID", "072"),
        ("Qatar gave refuge to the exiled Hamas leaders.", "gave", "AID", "075"),
        # economic sanctions eased or lifted: CAMEO 085, a material step (a ban lifted stays CONCEDE 081)
        ("Washington eased sanctions on Venezuelan oil.", "eased", "RETREAT", "085"),
        ("The United States lifted sanctions on Venezuela.", "lifted", "RETREAT", "085"),
        ("The government lifted the ban on rallies.", "lifted", "CONCEDE", "081"),
        # a bloc suspends a member state
        ("The Arab League suspended Syria in 2011.", "suspended", "SANCTION", "166"),
        # yielding and backing down from a stance are concessions; troops still retreat
        ("The junta finally yielded to popular pressure.", "yielded", "CONCEDE", "080"),
        ("The ministry retreated from its stance on fuel subsidies.", "retreated", "CONCEDE", "080"),
        ("Government troops retreated from their positions outside the city.", "retreated", "RETREAT", "0874"),
        # control handed back; aid convoys and inspectors let in
        ("The militia handed back control of the port to the government.", "handed", "RETREAT", "084"),
        ("Myanmar allowed aid convoys to reach the flooded delta.", "allowed", "RETREAT", "0863"),
        ("Iran allowed inspectors to visit the enrichment site.", "allowed", "RETREAT", "0862"),
        # demonstrators protesting something protest (PLOVER: protests are no ACCUSE)
        ("Thousands of demonstrators protested the election results in Tbilisi.", "protested", "PROTEST", "141"),
        ("Police clashed with demonstrators who were protesting calls for the general to run for president.", "protesting", "PROTEST", "141"),
        ("Protesters have been protesting the arrest of the mayor for a week.", "protesting", "PROTEST", "141"),
        # a strike called is the strike; a name called is still a condemnation
        ("The opposition called a general strike.", "called", "PROTEST", "143"),
        ("The minister called the strike illegal.", "called", "ACCUSE", "111"),
        # a ship sunk is an attack
        ("A missile sank a Ukrainian patrol boat.", "sank", "ASSAULT", "190"),
        ("The missile sank a cargo ship.", "sank", "ASSAULT", "190"),
        # twins of the guards below, still coded
        ("The foreign minister resigned on Friday.", "resigned", "RETREAT", "0832"),
        ("The army withdrew its troops from the town.", "withdrew", "RETREAT", "0874"),
        ("Russia opposed the resolution.", "opposed", "REJECT", "120"),
        ("The junta allowed the opposition leader to return home.", "allowed", "CONCEDE", "080"),
        ("Israel said it will respond because it won't allow Iraq's army to take control of the border.", "allow", "REJECT", "124"),  # a reason clause is no purpose
        ("Iraq complied with the UN resolution on weapons inspections.", "complied", "CONCEDE", "080"),
        ("Japan sent 20 tonnes of food aid to Haiti.", "sent", "AID", "073"),  # 'tonnes of' is a quantity: the verb sends the aid (humanitarian)
        ("Republicans blocked the budget in the Senate.", "blocked", "REJECT", "129"),  # a measure vetoed
        # an aid agency leaving: CAMEO 1663, a reduction of relations (SANCTION); troops still retreat
        ("The aid agency withdrew its staff from Darfur after the attack.", "withdrew", "SANCTION", "1663"),
        ("The charity pulled out of Somalia after two of its workers were killed.", "pulled", "SANCTION", "1663"),
        ("Israeli forces blocked aid convoys at the Rafah crossing.", "blocked", "COERCE", "170"),  # aid held back
    ],
)
def test_classes_fixed(pipeline: Pipeline, text: str, trigger: str, type_: str, cameo: str) -> None:
    e = by_trigger(pipeline, text, trigger)
    assert (e.type, e.cameo) == (type_, cameo), e.rule


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The new rocket can deliver a nuclear warhead over 5,000 kilometres.", "deliver"),  # a weapon carried to its target
        ("Iraq is believed to have the ability to deliver chemical weapons in artillery shells.", "deliver"),
        ("The tax cut should ease the burden on families.", "ease"),
        ("The move was a ploy to ease his isolation.", "ease"),
        ("The bank withdrew its bid for the insurer.", "withdrew"),  # a bid withdrawn, no retreat
        ("The airline said it withdrew its offer to acquire its rival.", "withdrew"),
        ("Most villagers are opposed to the new dam.", "opposed"),  # a stance held, no rejection
        ("The attack was the work of extremists opposed to the truce.", "opposed"),
        ("The company's chief executive resigned on Friday.", "resigned"),  # PLOVER: a government official resigns
        ("The bank said its general manager resigned to pursue other interests.", "resigned"),
        ("The firm's chief financial officer resigned last week.", "resigned"),
        ("Rescuers were searching for survivors in the rubble.", "searching"),  # looking for someone, no police search
        ("Police officers who had been searching for the missing engineer found his car.", "searching"),
        ("The ferry sank off the coast.", "sank"),
        ("Stocks sank on Monday.", "sank"),
        ("Huge waves sank the ferry near the island.", "sank"),  # the sea, no attacker
        ("The company extended the offer to allow shareholders time to review it.", "allow"),  # what another act is for
        ("The UN imposed an embargo on Iraq, allowing the navy to stop its ships.", "allowing"),  # what another act brings about
        ("The results were restated to comply with accounting regulations.", "comply"),  # routine compliance
        ("In the camps, families are totally dependent on international aid.", "aid"),  # what they live on
        ("Kenya is heavily dependent on foreign aid.", "aid"),
        ("The sale is part of the group's plan to pay down a $6 billion bridge loan by February.", "loan"),  # company credit
        ("Lower interest rates have made bridge loans more affordable.", "loans"),
    ],
)
def test_guards(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert not [c for c in codes(pipeline, text) if c[2] == trigger], codes(pipeline, text)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The army offered to withdraw from the town.", "withdraw"),
        ("The military offered to lift the ban next month.", "lift"),
    ],
)
def test_what_a_party_offers_to_do_is_not_done(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert by_trigger(pipeline, text, trigger).modality == "intended"


@pytest.mark.parametrize(
    ("text", "trigger", "type_", "country"),
    [
        ("Iran's condemnation of the Israeli strike came hours later.", "condemnation", "ACCUSE", "IRN"),
        ("Canada's military aid to Ukraine includes armoured vehicles.", "aid", "AID", "CAN"),
        ("Russia's withdrawal from the treaty alarmed NATO.", "withdrawal", "SANCTION", "RUS"),
    ],
)
def test_a_country_that_owns_the_event_noun_does_it(pipeline: Pipeline, text: str, trigger: str, type_: str, country: str) -> None:
    e = by_trigger(pipeline, text, trigger)
    assert (e.type, e.actor.country if e.actor else None) == (type_, country), e.rule


def test_what_the_verb_of_an_event_noun_acts_on_is_no_target(pipeline: Pipeline) -> None:
    """'Russia's withdrawal from the treaty alarmed NATO': NATO is alarmed; the withdrawal does not bear on it."""
    e = by_trigger(pipeline, "Russia's withdrawal from the treaty alarmed NATO.", "withdrawal")
    assert e.target is None or e.target.text != "NATO", e.rule

