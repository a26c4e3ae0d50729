"""Who did what to whom when the grammar hides it (fifteenth session): people whose vehicle runs into a bomb undergo it,
victims who died are no doers, a folded explosive says how a killing was done, parties that accuse each other, people
deported, broadcasters suspended, and a statement's own author. Sentences written for this file; each family has a
guard."""

from __future__ import annotations

import pytest
from eventcheck import by_trigger, events


def test_soldiers_whose_vehicle_struck_a_bomb_are_its_victims(pipeline):
    [e] = [e for e in events(pipeline, "Two soldiers were killed when their vehicle struck a roadside bomb in Helmand.")
           if e.type == "ASSAULT"]
    assert e.actor is None  # before: the soldiers did the bombing
    assert (e.target.country, e.target.sector) == ("AFG", "MIL")
    assert (e.cameo, e.acled) == ("183", "Remote explosive/landmine/IED")


def test_policemen_who_died_are_no_doers(pipeline):
    e = by_trigger(pipeline, "Three policemen died when their car hit a landmine near Gao.", "landmine")
    assert e.actor is None or e.actor.sector != "COP"
    assert e.target is not None and e.target.sector == "COP"


def test_a_shepherd_stepping_on_a_mine_undergoes_it(pipeline):
    e = by_trigger(pipeline, "A shepherd stepped on a landmine in Kandahar.", "landmine")
    assert e.actor is None and e.target.text == "A shepherd"


def test_a_deal_struck_is_still_agreed(pipeline):
    e = by_trigger(pipeline, "The army struck a deal with the rebels.", "struck")
    assert e.type == "AGREE" and e.actor.sector == "MIL"


def test_a_bomb_attack_beside_another_partys_killing_does_not_sharpen_it(pipeline):
    e = by_trigger(pipeline, "Troops killed five militants after a bomb attack on a market.", "killed")
    assert (e.actor.sector, e.cameo) == ("MIL", "190")


@pytest.mark.parametrize("text, trigger, actor, target", [
    ("Russia and Ukraine accused each other of violating the Easter truce.", "accused", "RUS", "UKR"),
    ("India and Pakistan blamed one another for the clash.", "blamed", "IND", "PAK"),
    ("Israel and Hezbollah traded fire across the border.", "traded", "ISR", "LBN"),
])
def test_parties_acting_on_each_other(pipeline, text, trigger, actor, target):
    e = by_trigger(pipeline, text, trigger)
    assert (e.actor.country, e.target.country) == (actor, target)


def test_the_people_deported_are_the_target(pipeline):
    e = by_trigger(pipeline, "Thailand deported 40 Uyghurs to China despite international protests.", "deported")
    assert (e.type, e.target.text) == ("COERCE", "40 Uyghurs")


def test_whom_a_suspect_is_extradited_to_stays_the_target(pipeline):
    e = by_trigger(pipeline, "Kenya extradited the suspect to the United States.", "extradited")
    assert e.target.country == "USA"


@pytest.mark.parametrize("text, trigger, target", [
    ("Burkina Faso's junta suspended the BBC and Voice of America for two weeks.", "suspended", "GBR"),
    ("Mali's authorities suspended France 24 and RFI.", "suspended", "FRA"),
    ("The government blocked Al Jazeera's website.", "blocked", "QAT"),
])
def test_a_broadcaster_suspended_is_censored(pipeline, text, trigger, target):
    e = by_trigger(pipeline, text, trigger)
    assert (e.type, e.cameo, e.target.country, e.target.sector) == ("COERCE", "172", target, "MED")


def test_a_coach_suspended_is_no_censorship(pipeline):
    assert not events(pipeline, "The club suspended its coach for two matches.")


@pytest.mark.parametrize("text, trigger, actor, target", [
    ("Hungary blocked an EU statement criticising China.", "criticising", None, "CHN"),
    ("China rejected Japan's statement accusing Beijing of aggression.", "accusing", "JPN", "CHN"),
])
def test_a_statement_that_accuses_is_its_authors_act(pipeline, text, trigger, actor, target):
    e = by_trigger(pipeline, text, trigger)
    assert (e.actor.country, e.target.country) == (actor, target)
    assert e.actor.country != ("HUN" if "Hungary" in text else "CHN")


def test_a_resolution_adopted_is_the_adopters(pipeline):
    e = by_trigger(pipeline, "The UN Security Council adopted a resolution condemning the coup.", "condemning")
    assert e.actor.name == "UN Security Council"


@pytest.mark.parametrize("text, trigger, actor, target", [
    ("Armed men abducted 20 passengers from a bus in Zamfara State.", "abducted", ("NGA", "REB"), "20 passengers"),
    ("Gunmen kidnapped a Catholic priest in southern Kaduna.", "kidnapped", ("NGA", "REB"), "a Catholic priest"),
])
def test_unnamed_armed_men_are_of_where_they_acted(pipeline, text, trigger, actor, target):
    e = by_trigger(pipeline, text, trigger)
    assert ((e.actor.country, e.actor.sector), e.target.text) == (actor, target)


def test_a_priest_is_of_where_he_serves(pipeline):
    e = by_trigger(pipeline, "Gunmen kidnapped a Catholic priest in southern Kaduna.", "kidnapped")
    assert (e.target.country, e.target.sector) == ("NGA", "REL")


def test_a_named_transnational_group_takes_no_country_from_where_it_struck(pipeline):
    e = by_trigger(pipeline, "Islamic State militants attacked a village in northern Syria.", "attacked")
    assert (e.actor.name, e.actor.country) == ("Islamic State", None)


@pytest.mark.parametrize("text, name, sector", [
    ("Islamic State militants attacked a village.", "Islamic State", "INS"),
    ("Al-Shabaab militants overran a base.", "al-Shabab", "INS"),
    ("Hezbollah fighters fired rockets.", "Hezbollah", "REB"),
])
def test_members_of_a_known_group_take_its_sector(pipeline, text, name, sector):
    [a] = [a for a in pipeline.code_text(text).actors if a.name == name]
    assert a.sector == sector  # before: 'militants' made every group REB


def test_an_offer_to_mediate_is_an_offer_of_mediation(pipeline):
    e = by_trigger(pipeline, "Ghana offered to mediate between Mali and Ivory Coast.", "offered")
    assert (e.type, e.cameo) == ("AGREE", "039")


def test_two_mediators_are_not_each_others_target(pipeline):
    e = by_trigger(pipeline, "Egypt and Qatar brokered a deal for the release of hostages.", "brokered")
    assert e.actor.country == "EGY" and (e.target is None or e.target.country != "QAT")


def test_armed_separatists_are_of_where_they_fight(pipeline):
    e = by_trigger(pipeline, "Armed separatists killed four gendarmes in Cameroon's Northwest region.", "killed")
    assert (e.actor.country, e.target.country) == ("CMR", "CMR")


@pytest.mark.parametrize("text, trigger, place", [
    ("Israel bombarded Gaza for a third day.", "bombarded", "Gaza Strip"),
    ("Israeli forces arrested 15 Palestinians in raids across the West Bank.", "arrested", "West Bank"),
    ("Russian forces shelled towns in Donbas.", "shelled", "Donbas"),
])
def test_regions_of_one_country_that_geonames_lacks_are_event_locations(pipeline, text, trigger, place):
    e = by_trigger(pipeline, text, trigger)
    assert e.location is not None and e.location.name == place


def test_gaza_bombarded_bears_on_its_people(pipeline):
    e = by_trigger(pipeline, "Israel bombarded Gaza for a third day.", "bombarded")
    assert (e.target.country, e.target.sector) == ("PSE", "CVL")


def test_a_region_of_many_countries_is_no_event_location(pipeline):
    [e] = events(pipeline, "Protests spread across the Sahel.")
    assert e.location is None


@pytest.mark.parametrize("text, trigger, actor, target", [
    ("Negotiations between Serbia and Kosovo collapsed on Monday.", "collapsed", "SRB", "XKX"),  # the talks halted (164)
    ("Kosovar police arrested three Serbs.", "arrested", "XKX", "SRB"),
])
def test_kosovo_is_a_state(pipeline, text, trigger, actor, target):
    e = by_trigger(pipeline, text, trigger)
    assert (e.actor.country, e.target.country) == (actor, target)


def test_shooting_oneself_is_no_attack(pipeline):
    assert not events(pipeline, "Former police officer Peter Kaisen shot himself in the parking lot of a hospital.")


def test_a_gunman_who_killed_himself_still_shot_others(pipeline):
    e = by_trigger(pipeline, "The gunman killed himself after shooting three people.", "shooting")
    assert (e.type, e.target.text) == ("ASSAULT", "three people")


def test_a_suicide_bomber_still_blew_himself_up(pipeline):
    e = by_trigger(pipeline, "A suicide bomber blew himself up at a checkpoint in Mogadishu, killing six.", "blew")
    assert (e.cameo, e.acled) == ("1831", "Suicide bomb")


def test_bombers_who_killed_others_and_themselves_attacked(pipeline):
    e = by_trigger(pipeline, "Two suicide bombers killed 23 people as well as themselves when they blew themselves up in "
                             "Tel Aviv.", "killed")
    assert e.target.text.startswith("23 people")


@pytest.mark.parametrize("text, trigger, sector", [
    ("The ruling party expelled three lawmakers for voting against the budget.", "expelled", "GOV"),
    ("The opposition party boycotted the vote.", "boycotted", "OPP"),
])
def test_ruling_and_opposition_parties(pipeline, text, trigger, sector):
    assert by_trigger(pipeline, text, trigger).actor.sector == sector


def test_opposition_supporters_are_the_opposition(pipeline):
    # (no country from where they clash: 'France supports some opposition groups' would make them French)
    e = by_trigger(pipeline, "Opposition supporters clashed with ruling party activists in Harare.", "clashed")
    assert e.actor.sector == "OPP"
