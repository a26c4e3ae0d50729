"""CAMEO codes the lexicon missed when we wrote one sentence per code (the fourteenth session's probe): reduced
relations, strikes by shopkeepers, chemical and nuclear weapons, explosive devices, claims of responsibility,
expulsions, mass violence, offers to mediate, reforms, debt relief, protest notes. Sentences written for this file;
each family has a guard for what must stay as it was."""

from __future__ import annotations

import pytest
from eventcheck import by_trigger, events


def codes(pipeline, text: str) -> set[str | None]:
    return {e.cameo for e in events(pipeline, text)}


# --------------------------------------------------------------------------- reduce relations (16)

@pytest.mark.parametrize("text, trigger, cameo", [
    ("Estonia scaled back its relations with Minsk on Friday.", "scaled", "161"),
    ("Chile reduced its cooperation with Bolivia after the border dispute.", "reduced", "160"),
    ("Ecuador curtailed cooperation with Caracas on Monday.", "curtailed", "160"),
    ("The bank froze loan disbursements to Guinea after the coup.", "froze", "160"),
])
def test_relations_scaled_back_are_reduced(pipeline, text, trigger, cameo):
    e = by_trigger(pipeline, text, trigger)
    assert (e.type, e.cameo) == ("SANCTION", cameo)


def test_a_cut_in_aid_is_the_event_not_the_aid(pipeline):
    evs = events(pipeline, "Denmark announced a deep cut in development assistance to Tanzania.")
    assert [(e.type, e.cameo, e.trigger.text) for e in evs if e.type in {"AID", "SANCTION"}] == [("SANCTION", "162", "cut")]


def test_a_downgrading_of_ties_is_reduced_relations(pipeline):
    e = by_trigger(pipeline, "Lima announced a downgrading of its ties with Managua.", "downgrading")
    assert (e.type, e.cameo) == ("SANCTION", "161")


def test_scaling_back_restrictions_stays_a_concession(pipeline):
    e = by_trigger(pipeline, "The government scaled back restrictions on public gatherings.", "scaled")
    assert (e.type, e.cameo) == ("CONCEDE", "081")


def test_aid_sent_stays_aid(pipeline):
    e = by_trigger(pipeline, "Japan sent emergency assistance to Tonga after the eruption.", "sent")
    assert e.type == "AID"


# --------------------------------------------------------------------------- strikes

@pytest.mark.parametrize("text, trigger", [
    ("Traders in Quetta observed a strike on Monday against the new tax.", "strike"),
    ("The opposition enforced a general strike across the country on Sunday.", "strike"),
])
def test_a_strike_observed_or_enforced_is_a_labour_protest(pipeline, text, trigger):
    e = by_trigger(pipeline, text, trigger)
    assert (e.type, e.cameo, e.acled) == ("PROTEST", "143", "Peaceful protest")


def test_a_strike_launched_on_a_town_stays_an_air_strike(pipeline):
    e = by_trigger(pipeline, "The coalition launched a strike on Hodeidah on Monday.", "strike")
    assert (e.type, e.cameo) == ("ASSAULT", "195")


# --------------------------------------------------------------------------- weapons

def test_mustard_gas_shells_are_a_chemical_attack_not_crowd_control(pipeline):
    e = by_trigger(pipeline, "Militants fired mustard gas shells at Kurdish fighters near Kirkuk.", "fired")
    assert (e.type, e.cameo, e.acled) == ("ASSAULT", "2041", "Chemical weapon")


def test_tear_gas_stays_crowd_control(pipeline):
    e = by_trigger(pipeline, "Police fired tear gas canisters at the protesters in Nairobi.", "fired")
    assert e.cameo == "175"


@pytest.mark.parametrize("text, trigger", [
    ("The bomber detonated a nuclear weapon over the city.", "detonated"),
    ("The United States dropped an atomic bomb on the city in 1945.", "dropped"),
])
def test_nuclear_weapons(pipeline, text, trigger):
    assert by_trigger(pipeline, text, trigger).cameo == "2042"


def test_bombs_dropped_on_a_town_are_an_air_strike(pipeline):
    e = by_trigger(pipeline, "Government jets dropped bombs on Idlib on Friday.", "dropped")
    assert (e.type, e.cameo, e.acled) == ("ASSAULT", "195", "Air/drone strike")


def test_dropped_charges_are_no_bombing(pipeline):
    assert "195" not in codes(pipeline, "Prosecutors dropped the charges against the journalist.")


def test_weapons_of_mass_destruction(pipeline):
    e = by_trigger(pipeline, "The regime used weapons of mass destruction against the rebel-held town.", "used")
    assert (e.type, e.cameo) == ("ASSAULT", "204")


@pytest.mark.parametrize("text, trigger", [
    ("Militants set off an improvised explosive device near the market in Kandahar.", "set"),
    ("Insurgents planted an explosive device under the bridge.", "planted"),
    ("A roadside explosive device went off as an army truck passed near Bannu.", "went"),
])
def test_explosive_devices(pipeline, text, trigger):
    e = by_trigger(pipeline, text, trigger)
    assert (e.type, e.cameo, e.acled) == ("ASSAULT", "183", "Remote explosive/landmine/IED")


def test_a_listening_device_planted_is_no_bomb(pipeline):
    assert "183" not in codes(pipeline, "Agents planted a listening device in the embassy.")


def test_a_bomb_attack_is_an_explosive_attack(pipeline):
    e = by_trigger(pipeline, "Gunmen carried out a bomb attack on a bus in Quetta.", "attack")
    assert (e.cameo, e.acled) == ("183", "Remote explosive/landmine/IED")


def test_a_terrorist_attack_is_unconventional_violence(pipeline):
    assert by_trigger(pipeline, "Insurgents staged a terrorist attack on a village in Borno.", "attack").cameo == "180"


def test_killed_in_an_assassination(pipeline):
    e = by_trigger(pipeline, "A provincial governor was killed in an assassination on Sunday.", "killed")
    assert (e.mode, e.cameo) == ("assassinate", "186")


# --------------------------------------------------------------------------- claims of responsibility

def test_responsibility_claimed_with_a_day_between(pipeline):
    """The parser hangs 'for the bombing' on the verb when 'on Friday' comes between."""
    e = by_trigger(pipeline, "Islamic State claimed responsibility on Friday for a suicide bombing in Kabul.", "bombing")
    assert (e.cameo, e.modality, e.actor.name) == ("1831", "claimed", "Islamic State")


def test_an_attack_claimed_by_a_group(pipeline):
    e = by_trigger(pipeline, "The attack on the hotel was claimed by al Shabaab.", "attack")
    assert e.actor is not None and e.actor.country == "SOM" and e.modality == "claimed"


# --------------------------------------------------------------------------- expulsions and mass violence (20)

def test_villagers_driven_out_of_their_homes(pipeline):
    e = by_trigger(pipeline, "Soldiers drove thousands of villagers out of their homes in Rakhine.", "drove")
    assert (e.type, e.cameo) == ("ASSAULT", "201")


def test_a_population_forced_to_leave(pipeline):
    e = by_trigger(pipeline, "The militia forced the population of three villages to leave at gunpoint.", "forced")
    assert (e.type, e.cameo) == ("ASSAULT", "201")


def test_fighting_that_forces_people_to_flee_is_no_expulsion(pipeline):
    assert "201" not in codes(pipeline, "Heavy fighting forced thousands of people to flee their homes.")


def test_mass_violence(pipeline):
    e = by_trigger(pipeline, "Militiamen waged a campaign of mass violence against civilians.", "violence")
    assert (e.type, e.cameo) == ("ASSAULT", "200")


def test_a_military_parade_is_a_show_of_force(pipeline):
    e = by_trigger(pipeline, "Pyongyang staged a military parade on Saturday.", "parade")
    assert (e.type, e.cameo) == ("MOBILIZE", "150")


def test_alert_status_raised(pipeline):
    e = by_trigger(pipeline, "Taiwan's military raised its alert status on Monday.", "raised")
    assert (e.type, e.cameo) == ("MOBILIZE", "152")


@pytest.mark.parametrize("text", [
    "Protesters threw petrol bombs at police in Tbilisi.",
    "Demonstrators set several buses alight in Dakar.",
])
def test_petrol_bombs_and_arson_by_protesters_are_a_riot(pipeline, text):
    assert "145" in codes(pipeline, text)


# --------------------------------------------------------------------------- diplomacy

def test_acting_as_mediator(pipeline):
    e = by_trigger(pipeline, "Norway acted as mediator in the talks between the two sides.", "acted")
    assert (e.type, e.cameo) == ("CONSULT", "045")


def test_accepting_mediation_is_intent(pipeline):
    e = by_trigger(pipeline, "The rebels said they would accept African Union mediation.", "accept")
    assert e.cameo[:2] == "03"


def test_halting_attacks_is_a_ceasefire(pipeline):
    e = by_trigger(pipeline, "The Houthis halted missile attacks on Saudi Arabia.", "halted")
    assert (e.type, e.mode, e.cameo) == ("RETREAT", "ceasefire", "0871")


@pytest.mark.parametrize("text, trigger", [
    ("The king approved a package of political reforms on Sunday.", "approved"),
    ("The government implemented political reforms demanded by the opposition.", "implemented"),
])
def test_reforms_enacted_are_a_concession(pipeline, text, trigger):
    e = by_trigger(pipeline, text, trigger)
    assert (e.type, e.cameo) == ("CONCEDE", "083")


def test_an_aid_package_approved_stays_aid(pipeline):
    assert by_trigger(pipeline, "Congress approved a $2 billion aid package for Ukraine.", "approved").type == "AID"


def test_debt_cancelled(pipeline):
    e = by_trigger(pipeline, "France cancelled $1 billion of debt owed by Senegal.", "cancelled")
    assert (e.type, e.cameo) == ("AID", "071")


def test_tonnes_of_relief_supplies(pipeline):
    e = by_trigger(pipeline, "Qatar sent 50 tonnes of relief supplies to flood-hit areas of Pakistan.", "sent")
    assert e.type == "AID"


def test_peacekeepers_received(pipeline):
    e = by_trigger(pipeline, "Mali received a contingent of Ghanaian peacekeepers on Tuesday.", "received")
    assert (e.type, e.cameo) == ("RETREAT", "0861")


def test_a_protest_note(pipeline):
    e = by_trigger(pipeline, "Vietnam handed a protest note to the Chinese ambassador in Hanoi.", "handed")
    assert (e.type, e.cameo) == ("ACCUSE", "114")


def test_a_court_finds_a_state_responsible(pipeline):
    e = by_trigger(pipeline, "The regional court found Peru responsible for the killings.", "found")
    assert e.cameo == "116"


def test_relief_agencies_ordered_out(pipeline):
    e = by_trigger(pipeline, "The junta ordered foreign aid agencies to leave the country.", "ordered")
    assert (e.type, e.cameo) == ("SANCTION", "166")


# --------------------------------------------------------------------------- protests that obstruct

@pytest.mark.parametrize("text, trigger", [
    ("Farmers blocked the main highway into Lima on Tuesday.", "blocked"),
    ("Opposition supporters set up roadblocks across the capital to demand new elections.", "roadblocks"),
])
def test_blockades_by_protesters_obstruct(pipeline, text, trigger):
    e = by_trigger(pipeline, text, trigger)
    assert (e.type, e.mode, e.cameo) == ("PROTEST", "obstruct", "144")


def test_a_website_blocked_by_the_state_stays_censorship(pipeline):
    e = by_trigger(pipeline, "The government blocked access to the news site on Monday.", "blocked")
    assert (e.type, e.mode) == ("COERCE", "censor")


def test_curbs_tightened_are_restrictions(pipeline):
    e = by_trigger(pipeline, "The junta tightened curbs on the press after the coup.", "tightened")
    assert (e.type, e.cameo) == ("COERCE", "172")


# --------------------------------------------------------------------------- appeals as nouns

def test_a_call_for_a_ceasefire_is_asked_for_not_declared(pipeline):
    evs = events(pipeline, "The UN renewed its call for a ceasefire in Gaza.")
    assert [(e.type, e.cameo) for e in evs] == [("REQUEST", "0256")]


def test_a_call_for_tenders_is_no_appeal(pipeline):
    assert not events(pipeline, "The ministry issued a call for tenders for the new port.")


def test_a_phone_call_taken_is_no_appeal(pipeline):
    assert "REQUEST" not in {e.type for e in events(pipeline, "The minister took a call from his French counterpart.")}


@pytest.mark.parametrize("text, trigger, cameo", [
    ("Ukraine submitted a request for more air defence systems to NATO.", "request", "020"),
    ("Egypt made a request for emergency aid on Monday.", "request", "023"),
    ("China put forward a proposal for direct talks between the two Koreas.", "proposal", "026"),
])
def test_requests_and_proposals_submitted(pipeline, text, trigger, cameo):
    e = by_trigger(pipeline, text, trigger)
    assert (e.type, e.cameo) == ("REQUEST", cameo)
    assert e.actor is not None and e.actor.kind == "state"


def test_a_report_submitted_is_no_event(pipeline):
    assert not events(pipeline, "The committee submitted its report to parliament.")


# --------------------------------------------------------------------------- easing

def test_a_siege_ended_is_lifted(pipeline):
    e = by_trigger(pipeline, "The army ended its siege of the town on Friday.", "ended")
    assert (e.type, e.cameo) == ("RETREAT", "0872")


def test_a_suspension_lifted_is_eased(pipeline):
    e = by_trigger(pipeline, "Germany lifted the suspension of visas for Gambian citizens.", "lifted")
    assert (e.type, e.cameo) == ("CONCEDE", "081")
    assert "SANCTION" not in {x.type for x in events(pipeline, "Germany lifted the suspension of visas for Gambian citizens.")}


def test_a_suspension_imposed_stays_a_sanction(pipeline):
    assert "SANCTION" in {e.type for e in events(pipeline, "The EU imposed a suspension of aid to Niger.")}


def test_control_of_a_town_seized_in_the_passive(pipeline):
    e = by_trigger(pipeline, "Control of the border town was seized by M23 rebels.", "seized")
    assert (e.type, e.cameo, e.acled) == ("COERCE", "192", "Non-state actor overtakes territory")


# --------------------------------------------------------------------------- blasts and beatings

@pytest.mark.parametrize("text, trigger", [
    ("A blast ripped through a crowded market in Kabul on Friday.", "ripped"),
    ("A roadside bomb tore through an army patrol near Mora.", "tore"),
])
def test_a_blast_ripping_through_a_place_is_an_explosive_attack(pipeline, text, trigger):
    e = by_trigger(pipeline, text, trigger)
    assert (e.type, e.cameo, e.acled) == ("ASSAULT", "183", "Remote explosive/landmine/IED")


def test_protesters_tearing_through_barricades_is_no_blast(pipeline):
    assert "183" not in codes(pipeline, "Protesters tore through the barricades.")


def test_people_kicked_are_beaten(pipeline):
    e = by_trigger(pipeline, "Officers punched and kicked several reporters outside the court.", "kicked")
    assert (e.type, e.cameo, e.acled) == ("ASSAULT", "182", "Attack")


@pytest.mark.parametrize("text", ["The striker kicked the ball into the net.", "The team kicked off its campaign on Monday."])
def test_kicks_that_hurt_nobody(pipeline, text):
    assert not events(pipeline, text)


def test_demonstrators_gathered_outside_parliament_protest(pipeline):
    e = by_trigger(pipeline, "Hundreds of demonstrators gathered outside parliament to demand the withdrawal of the bill.", "gathered")
    assert (e.type, e.cameo) == ("PROTEST", "141")


# --------------------------------------------------------------------------- intelligence and recognition

@pytest.mark.parametrize("text, trigger", [
    ("Jordan provided Iraqi authorities with information on smuggling networks.", "provided"),
    ("Morocco passed intelligence on the cell to Spanish police.", "passed"),
])
def test_intelligence_given_by_a_state_is_shared(pipeline, text, trigger):
    e = by_trigger(pipeline, text, trigger)
    assert (e.type, e.mode, e.cameo) == ("COOPERATE", "intelligence", "064")


@pytest.mark.parametrize("text", ["The report provided information on the costs.", "Parliament passed the bill on Tuesday."])
def test_information_in_a_report_and_bills_passed_are_no_cooperation(pipeline, text):
    assert "COOPERATE" not in {e.type for e in events(pipeline, text)}


def test_diplomatic_recognition_extended(pipeline):
    e = by_trigger(pipeline, "Diplomatic recognition was extended to Palestine by Armenia on Friday.", "recognition")
    assert (e.type, e.cameo, e.actor.country) == ("SUPPORT", "054", "ARM")
