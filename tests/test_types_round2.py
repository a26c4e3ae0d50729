"""Types round 2 (issue #3): the other PLOVER types (AGREE, CONSULT, SUPPORT, COOPERATE, REQUEST, THREATEN, PROTEST,
MOBILIZE, ASSAULT) and the modes within them, on general language. A battery of sentences written from the PLOVER
codebook's definitions and labelled before the coder was run (type, mode where the sentence fixes one, and the actor's
and target's country where the sentence names them); the ones still wrong are strict xfails with the reason. Then the
classes fixed, each with a guard or a twin where the rule must not fire: what a party threatens to do gives the
THREATEN mode and CAMEO subcode (arrest 137, ban 1322, expel 136, territory 1382, relations 1313/134/1311, violence
138, a strike or sanctions threatened: restrict 133/1312), and the act threatened is not done (modality intended);
what a party is urged, asked or called on to do gives the REQUEST mode (prisoners freed, troops withdrawn, sanctions
lifted: yield; negotiating or joining talks: meet); a host hosts a visit (CONSULT visit 043), talks hosted between
others are a third-party meeting (044); an invitation to do something is AGREE (PLOVER: "invite a delegation to
visit"; "was not invited" no refusal); a state resuming trade or exports, troops training together (COOPERATE); an
armed non-state group mobilising (militia; an alliance is none), police stationed (police); a judicial execution
(execute), a drone strike (drone), tear gas fired (crowd-control); rioters torching cars riot (PROTEST); leaders
gathering or convening for a summit (light verbs); a vow to take land (THREATEN territory); a demand "or face" a harm
is an ultimatum (THREATEN 139); what a protest march is for ("marched to demand higher wages") is the protest's, no
REQUEST (PLOVER: protests that make demands are PROTEST). All sentences written for this file. Uses the session
`pipeline` fixture."""

from __future__ import annotations

import pytest

from eventwire.pipeline import Pipeline

from eventcheck import by_trigger, check_battery_row, codes



@pytest.mark.parametrize(
    ("text", "trigger", "type_", "mode", "actor_country", "target_country"),
    [
        ('Iran agreed to resume talks with the IAEA next month.', 'agreed', 'AGREE', None, 'IRN', None),
        ('Turkey offered to mediate between Russia and Ukraine.', 'offered', 'AGREE', None, 'TUR', None),
        ('The rebels promised to observe a ceasefire during the holiday.', 'promised', 'AGREE', None, None, None),
        ('Japan pledged to cooperate with South Korea on North Korean missile threats.', 'pledged', 'AGREE', None, 'JPN', 'KOR'),
        ('Kenya invited a delegation from Somalia to visit Nairobi.', 'invited', 'AGREE', None, 'KEN', 'SOM'),
        ('The two Koreas agreed to reopen a military hotline.', 'agreed', 'AGREE', None, None, None),
        ("Sudan's army expressed willingness to negotiate with the paramilitary forces.", 'expressed', 'AGREE', None, 'SDN', None),
        ('Venezuela and Guyana agreed to refrain from the use of force.', 'agreed', 'AGREE', None, 'VEN', 'GUY'),
        ('Hamas accepted an Egyptian proposal for a truce.', 'accepted', 'AGREE', None, None, None),
        ('Serbia has committed to signing the agreement by the end of the year.', 'committed', 'AGREE', None, 'SRB', None),
        ('Ethiopia vowed to work with Egypt to resolve the dispute over the dam.', 'vowed', 'AGREE', None, 'ETH', 'EGY'),
        ('Colombia and the ELN reached an agreement to extend the truce.', 'reached', 'AGREE', None, 'COL', None),
        pytest.param('Brazil said it was willing to host the next round of climate talks.', 'willing', 'AGREE', None, 'BRA', None, marks=pytest.mark.xfail(strict=True, reason="'was willing to host … talks': the adjective 'willing' is no trigger; the talks are coded CONSULT intended (036)")),
        ('The Chinese foreign minister visited Pakistan on Tuesday.', 'visited', 'CONSULT', 'visit', 'CHN', 'PAK'),
        ('Egypt hosted the Israeli prime minister in Sharm el-Sheikh.', 'hosted', 'CONSULT', 'visit', None, None),
        ('President Biden spoke by phone with the Saudi crown prince.', 'spoke', 'CONSULT', 'phone', 'USA', 'SAU'),
        ('Macron held a phone call with Putin on Friday.', 'call', 'CONSULT', 'phone', 'FRA', 'RUS'),
        pytest.param('NATO foreign ministers met in Brussels to discuss Ukraine.', 'met', 'CONSULT', 'multilateral', None, None, marks=pytest.mark.xfail(strict=True, reason="a meeting within an alliance: the actor's organisation does not set the CONSULT mode (meet)")),
        pytest.param('Indian and Chinese military commanders held talks at the border.', 'held', 'CONSULT', None, 'IND', 'CHN'),  # 'Chinese' is a nationality on forces since session 11
        ('Qatar hosted talks between the United States and the Taliban.', 'hosted', 'CONSULT', 'third-party', None, None),
        ('The Turkish president will travel to Baghdad next week.', 'travel', 'CONSULT', 'visit', 'TUR', 'IRQ'),
        ('The UN envoy met with Houthi leaders in Muscat.', 'met', 'CONSULT', None, None, None),
        pytest.param('Israeli and Palestinian officials are negotiating over a prisoner exchange.', 'negotiating', 'CONSULT', None, 'ISR', 'PSE'),  # the second nationality is the counterpart (target.co_party)
        ('The German chancellor was received by the Chinese president in Beijing.', 'received', 'CONSULT', 'visit', None, None),
        ('Leaders of the African Union gathered for a summit in Addis Ababa.', 'gathered', 'CONSULT', 'multilateral', None, None),
        ('Blinken consulted with European allies on the sanctions package.', 'consulted', 'CONSULT', None, None, None),
        ("Russia's foreign minister arrived in Pyongyang for a two-day visit.", 'arrived', 'CONSULT', 'visit', 'RUS', 'PRK'),
        ('The United States welcomed the ceasefire agreement between Israel and Hezbollah.', 'welcomed', 'SUPPORT', None, 'USA', None),
        ('France praised Morocco for its response to the earthquake.', 'praised', 'SUPPORT', None, 'FRA', 'MAR'),
        ('Spain recognised the State of Palestine on Tuesday.', 'recognised', 'SUPPORT', None, 'ESP', 'PSE'),
        ('Japan and the Philippines signed a defence pact.', 'signed', 'SUPPORT', None, 'JPN', 'PHL'),
        ('The parliament ratified the peace treaty with Eritrea.', 'ratified', 'SUPPORT', None, None, None),
        ("Germany voiced support for Ukraine's bid to join the EU.", 'voiced', 'SUPPORT', None, 'DEU', 'UKR'),
        ("The opposition leader endorsed the president's plan for early elections.", 'endorsed', 'SUPPORT', None, None, None),
        ('Saudi Arabia and Iran restored diplomatic relations.', 'restored', 'SUPPORT', None, 'SAU', 'IRN'),
        ('Honduras established diplomatic ties with China.', 'established', 'SUPPORT', None, 'HND', 'CHN'),
        ("Several Arab states commended Egypt's mediation efforts.", 'commended', 'SUPPORT', None, None, 'EGY'),
        ("The ruling party has backed the prime minister's candidate for president.", 'backed', 'SUPPORT', None, None, None),
        ('The Arab League expressed solidarity with Lebanon.', 'expressed', 'SUPPORT', None, None, 'LBN'),
        ('The deal was hailed by the Indonesian foreign minister.', 'hailed', 'SUPPORT', None, 'IDN', None),
        ('Russia and China held joint naval exercises in the Sea of Japan.', 'held', 'COOPERATE', 'military', 'RUS', 'CHN'),
        ('Spain extradited the hacker to the United States.', 'extradited', 'COOPERATE', 'judicial', 'ESP', 'USA'),
        ('Britain shared intelligence with Ukraine on Russian troop movements.', 'shared', 'COOPERATE', 'intelligence', 'GBR', 'UKR'),
        pytest.param('The two countries resumed trade after a five-year freeze.', 'resumed', 'COOPERATE', 'economic', None, None, marks=pytest.mark.xfail(strict=True, reason="'the two countries' names no state, and resuming trade is coded only for a state")),
        ('Egypt and Sudan conducted joint military drills near the border.', 'conducted', 'COOPERATE', 'military', 'EGY', 'SDN'),
        pytest.param('Colombia handed over a drug lord to US authorities.', 'handed', 'COOPERATE', 'judicial', 'COL', 'USA', marks=pytest.mark.xfail(strict=True, reason="'a drug lord' is no suspect: coded RETREAT 084 (property handed back)")),
        ('Japan and Australia stepped up defence cooperation.', 'stepped', 'COOPERATE', 'military', 'JPN', 'AUS'),
        ('The two police forces exchanged information on the smuggling network.', 'exchanged', 'COOPERATE', 'intelligence', None, None),
        ('Turkey and Russia launched joint patrols in northern Syria.', 'launched', 'COOPERATE', 'military', 'TUR', 'RUS'),
        ('Kazakhstan resumed gas exports to China.', 'resumed', 'COOPERATE', 'economic', 'KAZ', 'CHN'),
        ('Interpol and Europol cooperated in the investigation of the trafficking ring.', 'cooperated', 'COOPERATE', None, None, None),
        ('Pakistan extradited two suspects wanted in Saudi Arabia.', 'extradited', 'COOPERATE', 'judicial', 'PAK', None),
        ('American and Filipino troops trained together on the island of Luzon.', 'trained', 'COOPERATE', 'military', 'USA', 'PHL'),
        pytest.param('Ukraine asked Germany for more air defence systems.', 'asked', 'REQUEST', 'assist', 'UKR', 'DEU', marks=pytest.mark.xfail(strict=True, reason="'air defence systems' are no listed aid: REQUEST with no mode")),
        ('The UN called for an immediate ceasefire in Gaza.', 'called', 'REQUEST', 'yield', None, None),
        ('The opposition demanded the resignation of the prime minister.', 'demanded', 'REQUEST', 'change', None, None),
        ('Pakistan appealed to the IMF for emergency funding.', 'appealed', 'REQUEST', 'assist', 'PAK', None),
        ('The families urged Hamas to release the hostages.', 'urged', 'REQUEST', 'yield', None, None),
        ('Venezuela requested a meeting of the Security Council.', 'requested', 'REQUEST', 'meet', 'VEN', None),
        pytest.param('Kosovo applied for membership of the Council of Europe.', 'applied', 'REQUEST', None, 'XKX', None, marks=pytest.mark.xfail(strict=True, reason='no sense for applying for membership')),
        pytest.param('The president ordered the army to withdraw from the capital.', 'ordered', 'REQUEST', None, None, None, marks=pytest.mark.xfail(strict=True, reason="an order to one's own forces is coded only as the act ordered (RETREAT requested); 'order' is REQUEST only for talks")),
        ('Washington pressed Israel to allow more aid into Gaza.', 'pressed', 'REQUEST', None, 'USA', 'ISR'),
        ('China urged the United States to lift sanctions on its firms.', 'urged', 'REQUEST', 'yield', 'CHN', 'USA'),
        pytest.param('Armenia sought Russian help after the border clashes.', 'sought', 'REQUEST', 'assist', 'ARM', 'RUS', marks=pytest.mark.xfail(strict=True, reason='a nationality adjective on what is asked for is no target')),
        pytest.param("The Taliban were asked by Qatar to reopen girls' schools.", 'asked', 'REQUEST', 'change', 'QAT', None, marks=pytest.mark.xfail(strict=True, reason='reopening schools is no listed change: REQUEST with no mode')),
        ("Sudan's prime minister called on the rebels to join peace talks.", 'called', 'REQUEST', 'meet', 'SDN', None),
        ('North Korea threatened to launch a nuclear strike on the United States.', 'threatened', 'THREATEN', 'violence', 'PRK', 'USA'),
        ('Russia warned Finland of retaliation if it joined NATO.', 'warned', 'THREATEN', None, 'RUS', 'FIN'),
        ('The union threatened a nationwide strike if wages were not raised.', 'threatened', 'THREATEN', 'restrict', None, None),
        ('China threatened to cut trade ties with Lithuania.', 'threatened', 'THREATEN', 'relations', 'CHN', 'LTU'),
        pytest.param('The junta gave the ECOWAS envoys an ultimatum to leave the country within 48 hours.', 'ultimatum', 'THREATEN', None, None, None, marks=pytest.mark.xfail(strict=True, reason='no sense for an ultimatum given (CAMEO 139)')),
        pytest.param("Turkey threatened to block Sweden's accession to NATO.", 'threatened', 'THREATEN', None, 'TUR', 'SWE', marks=pytest.mark.xfail(strict=True, reason="the owner of the noun acted on ('Sweden's accession') is not the target; NATO is taken")),
        ('The government threatened to arrest the striking doctors.', 'threatened', 'THREATEN', 'arrest', None, None),
        ('Iran warned that it would close the Strait of Hormuz.', 'warned', 'THREATEN', None, 'IRN', None),
        ('Israel has threatened to expand its offensive to Rafah.', 'threatened', 'THREATEN', 'violence', 'ISR', None),
        ('Serbia threatened to expel the OSCE mission.', 'threatened', 'THREATEN', 'expel', 'SRB', None),
        ('Azerbaijan issued a stern warning to Armenia over the troop build-up.', 'warning', 'THREATEN', None, 'AZE', 'ARM'),
        ('The president threatened to ban the opposition party.', 'threatened', 'THREATEN', 'ban', None, None),
        ('Ethiopia vowed to seize the disputed region by force.', 'vowed', 'THREATEN', 'territory', 'ETH', None),
        ('Thousands of people marched through Paris against the pension reform.', 'marched', 'PROTEST', 'demo', None, None),
        ('Doctors in Kenya went on strike over unpaid wages.', 'strike', 'PROTEST', 'strike', None, None),
        ('A jailed activist began a hunger strike in protest at his detention.', 'strike', 'PROTEST', 'hunger', None, None),
        ('Rioters set fire to police cars in the capital.', 'set', 'PROTEST', 'riot', None, None),
        ('Farmers blocked major highways with tractors to protest fuel prices.', 'blocked', 'PROTEST', 'obstruct', None, None),
        ('Arab states boycotted the conference in Tel Aviv.', 'boycotted', 'PROTEST', 'boycott', None, None),
        pytest.param('Students rallied outside parliament to demand free tuition.', 'rallied', 'PROTEST', 'demo', None, None, marks=pytest.mark.xfail(strict=True, reason="the parser makes 'parliament' the object of 'rallied', so the bare rally sense fails")),
        ('Garment workers staged a walkout at factories near Dhaka.', 'staged', 'PROTEST', 'strike', None, None),
        ('Opposition supporters demonstrated against the election results in Tbilisi.', 'demonstrated', 'PROTEST', 'demo', None, None),
        pytest.param('Activists chained themselves to the gates of the ministry.', 'chained', 'PROTEST', 'obstruct', None, None, marks=pytest.mark.xfail(strict=True, reason='no sense for chaining oneself to a gate')),
        ('Dockworkers walked off the job on Monday.', 'walked', 'PROTEST', 'strike', None, None),
        ('Riots broke out in several cities after the verdict.', 'Riots', 'PROTEST', 'riot', None, None),
        pytest.param('Protesters occupied the main square for a third day.', 'occupied', 'PROTEST', 'obstruct', None, None, marks=pytest.mark.xfail(strict=True, reason='an occupied square is coded a demonstration (demo, 141), not obstruct')),
        ('Russia deployed additional troops to the Belarusian border.', 'deployed', 'MOBILIZE', 'troops', 'RUS', None),
        ('Taiwan put its armed forces on high alert.', 'put', 'MOBILIZE', 'troops', 'TWN', None),
        ('North Korea tested a new intercontinental ballistic missile.', 'tested', 'MOBILIZE', 'weapons', 'PRK', None),
        ('The government called up 300,000 reservists.', 'called', 'MOBILIZE', 'troops', None, None),
        ('Police were deployed across the capital ahead of the verdict.', 'deployed', 'MOBILIZE', 'police', None, None),
        ('Hezbollah mobilised its fighters along the Lebanese border.', 'mobilised', 'MOBILIZE', 'militia', None, None),
        ('The United States sent an aircraft carrier to the eastern Mediterranean.', 'sent', 'MOBILIZE', 'troops', 'USA', None),
        ('Israel massed tanks near the Gaza border.', 'massed', 'MOBILIZE', 'troops', 'ISR', None),
        ('India moved troops to its border with China.', 'moved', 'MOBILIZE', 'troops', 'IND', None),
        ('Iran test-fired a cruise missile during naval drills.', 'fired', 'MOBILIZE', 'weapons', 'IRN', None),
        ('The army placed its units on combat readiness.', 'placed', 'MOBILIZE', 'troops', None, None),
        pytest.param("Russia's nuclear forces were put on alert.", 'put', 'MOBILIZE', 'weapons', 'RUS', None, marks=pytest.mark.xfail(strict=True, reason='mode troops and no actor: the owner of a passive subject is not read as the actor')),
        ('Riot police were stationed outside the parliament.', 'stationed', 'MOBILIZE', 'police', None, None),
        ('Gunmen kidnapped 20 students from a school in northern Nigeria.', 'kidnapped', 'ASSAULT', 'abduct', None, None),
        ('Soldiers beat protesters with batons.', 'beat', 'ASSAULT', 'beat', None, None),
        ('Saudi Arabia executed seven men convicted of terrorism.', 'executed', 'ASSAULT', 'execute', 'SAU', None),
        ('A drone strike killed a senior militia commander in Baghdad.', 'strike', 'ASSAULT', 'drone', None, None),
        ('Russian artillery shelled the town of Avdiivka.', 'shelled', 'ASSAULT', 'heavy-weapons', 'RUS', None),
        ('Police fired tear gas at demonstrators in Nairobi.', 'fired', 'ASSAULT', 'crowd-control', None, None),
        ('A suicide bomber blew himself up at a mosque in Peshawar.', 'blew', 'ASSAULT', 'suicide-attack', None, None),
        ('Israeli warplanes bombed targets in southern Lebanon.', 'bombed', 'ASSAULT', 'aerial', 'ISR', None),
        ('The opposition leader was assassinated in Tbilisi.', 'assassinated', 'ASSAULT', 'assassinate', None, None),
        ('Militants torched dozens of homes in the village.', 'torched', 'ASSAULT', None, None, None),
        ('Detainees were tortured by prison guards.', 'tortured', 'ASSAULT', 'torture', None, None),
        ('A roadside bomb killed three soldiers in Helmand.', 'killed', 'ASSAULT', 'explosives', None, None),
        ('Pirates hijacked a cargo ship off the coast of Somalia.', 'hijacked', 'ASSAULT', 'abduct', None, None),
        ('Armed men opened fire on a bus in Kashmir.', 'opened', 'ASSAULT', 'firearms', None, None),
        ('The army bulldozed hundreds of homes in Rohingya villages.', 'bulldozed', 'ASSAULT', 'destroy', None, None),
    ],
)
def test_battery_from_the_codebook(pipeline: Pipeline, text: str, trigger: str, type_: str, mode: str | None,
                                   actor_country: str | None, target_country: str | None) -> None:
    check_battery_row(pipeline, text, trigger, type_, mode, actor_country, target_country)


@pytest.mark.parametrize(
    ("text", "trigger", "type_", "mode", "cameo"),
    [
        # what is threatened gives the THREATEN mode and subcode
        ("The junta threatened to jail the journalists.", "threatened", "THREATEN", "arrest", "137"),
        ("The interior minister threatened to outlaw the opposition movement.", "threatened", "THREATEN", "ban", "1322"),
        ("Mali threatened to expel the French ambassador.", "threatened", "THREATEN", "expel", "136"),
        ("Venezuela threatened to annex the disputed territory.", "threatened", "THREATEN", "territory", "1382"),
        ("Beijing threatened to sever diplomatic ties with Vilnius.", "threatened", "THREATEN", "relations", "1313"),
        ("The rebels threatened to suspend the peace talks.", "threatened", "THREATEN", "relations", "134"),
        ("Washington threatened to cut military aid to Cairo.", "threatened", "THREATEN", "relations", "1311"),
        ("Iran threatened to attack American bases in the Gulf.", "threatened", "THREATEN", "violence", "138"),
        ("The militia threatened to launch an offensive on the capital.", "threatened", "THREATEN", "violence", "138"),
        ("Teachers threatened a strike over pay.", "threatened", "THREATEN", "restrict", "133"),
        ("The European Union threatened economic sanctions against Minsk.", "threatened", "THREATEN", "restrict", "1312"),
        # a demand with a harm if refused is an ultimatum (CAMEO 139), no mere request
        ("Israel told Hamas to release the hostages or face a ground invasion.", "told", "THREATEN", None, "139"),
        ("Washington demanded that Pyongyang halt its missile tests or face new sanctions.", "demanded", "THREATEN", None, "139"),
        ("The Houthis warned ships to leave the Red Sea or face attack.", "warned", "THREATEN", None, "139"),
        ("The rebels were ordered to disarm or face arrest.", "ordered", "THREATEN", None, "139"),
        # what is asked for gives the REQUEST mode and subcode
        ("The Pope urged the kidnappers to free the nuns.", "urged", "REQUEST", "yield", "0253"),
        ("NATO called on Russia to withdraw its troops from Moldova.", "called", "REQUEST", "yield", "0256"),
        ("Tehran asked Brussels to ease sanctions on its banks.", "asked", "REQUEST", "yield", "0254"),
        ("The envoy urged the two sides to negotiate.", "urged", "REQUEST", "meet", "026"),
        ("The UN asked the rebels to attend the talks in Geneva.", "asked", "REQUEST", "meet", "026"),
        # a host hosts a visit; talks hosted between others are a third-party meeting
        ("Jordan hosted the Iraqi foreign minister.", "hosted", "CONSULT", "visit", "043"),
        ("Oman hosted talks between Iran and the United States.", "hosted", "CONSULT", "third-party", "044"),
        ("The Indian prime minister was received by the Emir of Qatar.", "received", "CONSULT", "visit", "043"),
        # leaders gathering for a summit (a light verb); a vow to take land
        ("Delegates from forty countries gathered for a summit in Nairobi.", "summit", "CONSULT", "multilateral", "043"),
        ("Azerbaijan vowed to retake the disputed district.", "vowed", "THREATEN", "territory", "1382"),
        # an invitation to visit is AGREE
        ("Mexico invited the Pope to visit the country.", "invited", "AGREE", None, "036"),
        # a state resuming exports; troops training together
        ("Russia resumed oil exports to Serbia.", "resumed", "COOPERATE", "economic", "061"),
        ("Indian and American soldiers trained together in the desert.", "trained", "COOPERATE", "military", "062"),
        # an armed group mobilising; police stationed
        ("Hamas mobilised thousands of its fighters.", "mobilised", "MOBILIZE", "militia", "150"),
        ("Extra police were stationed at the border crossing.", "stationed", "MOBILIZE", "police", "153"),
        # ASSAULT modes: a judicial execution, a drone strike, tear gas; rioters torching cars riot
        ("Iran executed a man convicted of spying for Israel.", "executed", "ASSAULT", "execute", "186"),
        ("A drone strike hit a convoy near the border.", "hit", "ASSAULT", "drone", "195"),
        ("Security forces fired tear gas at the crowd.", "fired", "ASSAULT", "crowd-control", "175"),
        ("Rioters torched several police cars.", "torched", "PROTEST", "riot", "145"),
    ],
)
def test_classes_fixed(pipeline: Pipeline, text: str, trigger: str, type_: str, mode: str | None, cameo: str) -> None:
    e = by_trigger(pipeline, text, trigger)
    assert (e.type, e.mode, e.cameo) == (type_, mode, cameo), e.rule


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Thousands marched through the city to demand the release of the activists.", "demand"),  # the march's aim
        ("Workers rallied outside the factory to call for higher wages.", "call"),
    ],
)
def test_what_a_protest_demands_is_no_request(pipeline: Pipeline, text: str, trigger: str) -> None:
    found = codes(pipeline, text)
    assert not [c for c in found if c[2] == trigger] and [c for c in found if c[0] == "PROTEST"], found


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The government threatened to arrest the striking doctors.", "arrest"),
        ("China threatened to cut trade ties with Lithuania.", "cut"),
    ],
)
def test_what_a_party_threatens_to_do_is_not_done(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert by_trigger(pipeline, text, trigger).modality == "intended"


@pytest.mark.parametrize(
    ("text", "trigger", "type_", "mode"),
    [
        # guards: the new modes must not fire here (these pass on the tree before the round too)
        ("The UN urged the refugees to return home.", "urged", "REQUEST", None),  # people going home, no release
        ("The mediator urged the bank to withdraw its bid.", "urged", "REQUEST", None),  # a bid, no troops
        ("He urged the workers to resume work.", "urged", "REQUEST", None),  # work, no talks
        ("He urged voters to turn out or risk losing the seat.", "urged", "REQUEST", None),  # advice, no ultimatum
        ("The company threatened to cut jobs.", "threatened", "THREATEN", None),  # jobs, no ties
        ("Russia mobilised 300,000 reservists.", "mobilised", "MOBILIZE", "troops"),  # a state mobilising
        ("NATO mobilised troops in the east.", "mobilised", "MOBILIZE", "troops"),  # an alliance is no militia
        ("Troops were stationed along the border.", "stationed", "MOBILIZE", "troops"),
        # twins of the protest rule: a demand that is no protest's aim is still a request
        ("The minister flew to Kabul to demand the release of the hostages.", "demand", "REQUEST", "yield"),
        ("Looters ransacked shops in the capital.", "ransacked", "COERCE", "seize"),  # looters are no rioters; looting seizes property (171)
        ("The rebels vowed to fight on.", "vowed", "THREATEN", None),  # no listed act vowed  # looting is COERCE seize 171
        ("Police arrested the doctors who had threatened to strike.", "arrested", "COERCE", "arrest"),  # not under the threat
    ],
)
def test_guards_and_twins(pipeline: Pipeline, text: str, trigger: str, type_: str, mode: str | None) -> None:
    e = by_trigger(pipeline, text, trigger)
    assert (e.type, e.mode) == (type_, mode), e.rule
    assert e.modality == "asserted", e.rule


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("The company resumed exports of its cars to China.", "resumed"),  # a firm's trade, no state cooperation
        ("He warned that firms must adapt or face extinction.", "warned"),  # a forecast in a that-clause, no ultimatum
        ("The coach told his players to relax.", "told"),  # "told" alone is speech
        ("The drought threatens to destroy the harvest.", "threatens"),
        ("Scientists gathered for a conference on climate change.", "conference"),  # a light verb: a conference is no summit of parties
    ],
)
def test_guards(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert not [c for c in codes(pipeline, text) if c[2] == trigger], codes(pipeline, text)


def test_a_guest_left_out_is_no_refusal(pipeline: Pipeline) -> None:
    """'was not invited': a negated invitation (no infinitive) stays a request not made, no REJECT."""
    assert [c[0] for c in codes(pipeline, "The prime minister was not invited to the summit.")] != ["REJECT"]
    assert not [c for c in codes(pipeline, "The prime minister was not invited.") if c[0] == "REJECT"]
