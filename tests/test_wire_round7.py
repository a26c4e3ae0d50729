"""Wire stories (nineteenth session): attacks on an international body's staff, regions GeoNames lacks, provinces
spaCy calls people or dates, a fight that killed a number of people, and an act supposed under a negated modal.
Sentences written for this file; each rule has a guard."""

from __future__ import annotations

import datetime

from eventcheck import by_trigger, events

from eventwire.model import Article


def _article(pipeline, text: str) -> Article:
    return pipeline.code_text(text, published=datetime.date(2024, 3, 12))


# --- whom an attack is on ------------------------------------------------------------------------------------------

def test_an_attack_on_an_aid_convoy_of_an_international_body_is_on_civilians(pipeline):
    e = by_trigger(pipeline, "Gunmen ambushed a World Food Programme convoy near Nyala on Friday.", "ambushed")
    assert e.target is not None and e.target.sector == "IGO"
    assert e.acled == "Attack"  # before: Armed clash (an IGO counted as an armed party)


def test_staff_of_an_international_body_killed_are_civilians(pipeline):
    e = by_trigger(pipeline, "The United Nations said two of its staff were killed in Goma on Monday.", "killed")
    assert e.acled == "Attack"


def test_peacekeepers_of_an_international_body_are_armed(pipeline):
    e = by_trigger(pipeline, "Rebels attacked UN peacekeepers near Beni on Monday.", "attacked")
    assert e.acled == "Armed clash"


def test_an_african_union_force_is_armed(pipeline):
    e = by_trigger(pipeline, "Militants attacked an African Union force in Mogadishu.", "attacked")
    assert e.acled == "Armed clash"


# --- regions and provinces -----------------------------------------------------------------------------------------

def test_a_region_geonames_lacks_places_the_event(pipeline):
    e = by_trigger(pipeline, "Militiamen torched a village in Darfur on Tuesday.", "torched")
    assert e.location is not None and e.location.name == "Darfur" and e.location.country == "SDN"


def test_karabakh_is_the_region_of_azerbaijan(pipeline):
    places = _article(pipeline, "Shelling resumed in Karabakh overnight.").places
    assert [(p.text, p.country) for p in places] == [("Karabakh", "AZE")]


def test_a_province_spacy_calls_a_person_is_a_place_after_in(pipeline):
    article = _article(pipeline, "Drone strikes hit a market in Tigray on Sunday.")
    assert [p.country for p in article.places if p.text == "Tigray"] == ["ETH"]  # spaCy: PERSON; before: dropped


def test_a_province_spacy_calls_a_date_is_a_place_after_in(pipeline):
    article = _article(pipeline, "Rebels attacked a village in Amhara on Monday.")
    assert [p.country for p in article.places if p.text == "Amhara"] == ["ETH"]  # spaCy: DATE; before: dropped


def test_a_month_after_in_stays_a_date(pipeline):
    article = _article(pipeline, "Rebels attacked the village in May.")
    assert not [p for p in article.places if p.text == "May"]


# --- fights that killed --------------------------------------------------------------------------------------------

def test_a_fight_between_two_sides_that_killed_a_number_is_between_the_sides(pipeline):
    text = "Fighting between government troops and RSF fighters killed dozens in Omdurman on Tuesday."
    e = by_trigger(pipeline, text, "killed")
    assert e.actor.text == "government troops" and e.target.text == "RSF fighters"  # before: the people of Omdurman
    assert e.acled == "Armed clash"  # before: Attack
    assert e.location is not None and e.location.name == "Omdurman"


def test_a_fight_that_killed_named_victims_keeps_them_as_target(pipeline):
    e = by_trigger(pipeline, "Clashes between herders and farmers killed 12 villagers in Plateau state.", "killed")
    assert e.target.text.startswith("12 villagers")


def test_a_fight_among_sides_named_together_that_killed_bears_on_no_place(pipeline):
    e = by_trigger(pipeline, "Fighting between rival militias killed nine in Zawiya.", "killed")
    assert e.target is None or e.target.text != "Zawiya"  # before: the people of Zawiya
    assert e.acled == "Armed clash"


def test_gunmen_who_killed_in_a_town_still_bear_on_its_people(pipeline):
    e = by_trigger(pipeline, "Gunmen killed nine people in Zawiya.", "killed")
    assert e.target is not None and e.acled == "Attack"


# --- an act supposed under a negated modal -------------------------------------------------------------------------

def test_an_act_as_subject_of_a_negated_modal_is_supposed_not_refused(pipeline):
    text = "The Kremlin said praise from the French president would not change its policy."
    e = by_trigger(pipeline, text, "praise")
    assert e.modality == "hypothetical" and e.type != "REJECT"  # before: negated, REJECT
    assert e.cameo == "051"  # its own code: nobody announced the praise


def test_an_act_as_subject_of_a_plain_negated_predicate_took_place(pipeline):
    text = "The meeting between the two foreign ministers did not make any progress, officials said."
    e = by_trigger(pipeline, text, "meeting")
    assert e.modality == "asserted" and e.type == "CONSULT"


# --- a datelined lead's unqualified subject ------------------------------------------------------------------------

def test_a_capital_that_acts_in_the_lead_does_not_move_the_subject_abroad(pipeline):
    text = ("NIAMEY (Wire) - The junta ordered the French ambassador to leave within 48 hours on Friday, a step "
            "condemned by Paris.\n\nFrance said it would keep its ambassador in place.")
    e = by_trigger(pipeline, text, "ordered")
    assert e.actor.country == "NER"  # before: FRA, the only other country the story names


def test_a_town_abroad_named_in_the_lead_still_keeps_the_subject_unplaced(pipeline):
    text = "BANGKOK (Wire) - The army bombed three villages in Sagaing region on Tuesday, residents said."
    e = by_trigger(pipeline, text, "bombed")
    assert e.actor.country != "THA"


# --- how a strike was made -----------------------------------------------------------------------------------------

def test_a_wave_of_drone_attacks_is_an_air_strike(pipeline):
    e = by_trigger(pipeline, "Russian forces launched a wave of drone attacks on Odesa overnight.", "launched")
    assert e.cameo == "195" and e.acled == "Air/drone strike"  # before: 190, Attack ('wave' hid the noun's means)


def test_a_missile_fired_into_the_sea_is_a_show_of_force(pipeline):
    e = by_trigger(pipeline, "North Korea fired a ballistic missile into the sea on Thursday.", "fired")
    assert e.type == "MOBILIZE" and e.cameo == "150" and e.acled is None  # before: ASSAULT 194, a shelling


def test_missiles_fired_at_a_city_are_a_strike(pipeline):
    e = by_trigger(pipeline, "Russia fired missiles at Zaporizhzhia on Monday.", "fired")
    assert e.type == "ASSAULT" and e.acled == "Shelling/artillery/missile attack"


# --- whose premises ------------------------------------------------------------------------------------------------

def test_a_police_station_set_on_fire_is_the_polices(pipeline):
    e = by_trigger(pipeline, "Armed gangs set fire to a police station in Cap-Haitien on Friday.", "set")
    assert e.target is not None and e.target.sector == "COP"  # before: the people of Cap-Haitien


def test_a_party_headquarters_stormed_is_the_partys(pipeline):
    e = by_trigger(pipeline, "Protesters stormed the ruling party headquarters in Dhaka.", "stormed")
    assert e.target is not None and e.target.sector == "POL"  # before: no sector


def test_a_hotel_stormed_has_no_owner(pipeline):
    e = by_trigger(pipeline, "Gunmen stormed a hotel in Mogadishu.", "stormed")
    assert e.target is None or e.target.sector not in {"COP", "MIL", "GOV", "POL"}


# --- what is agreed ------------------------------------------------------------------------------------------------

def test_a_day_after_agreed_on_is_no_reported_content(pipeline):
    text = "The government and the rebels agreed on Wednesday to a permanent cessation of hostilities."
    quotes = _article(pipeline, text).quotes
    assert not [q for q in quotes if q.content.text.startswith("Wednesday")]


def test_a_plan_agreed_on_is_reported_content(pipeline):
    quotes = _article(pipeline, "The two sides agreed on a new plan to share power.").quotes
    assert [q.content.text for q in quotes] == ["a new plan to share power"]


# --- datelines of two words, rioters, troops around a palace ------------------------------------------------------

def test_a_dateline_of_two_capitalised_words_is_one_place(pipeline):
    article = _article(pipeline, "LA PAZ - Police arrested 20 protesters outside the congress on Tuesday.")
    assert [(p.text, p.country) for p in article.places][:1] == [("LA PAZ", "BOL")]  # before: 'LA', Los Angeles


def test_a_one_word_dateline_is_still_read(pipeline):
    article = _article(pipeline, "NAIROBI - Police arrested 20 protesters on Tuesday.")
    assert [(p.text, p.country) for p in article.places][:1] == [("NAIROBI", "KEN")]


def test_rioters_are_civilians_of_where_they_riot(pipeline):
    e = by_trigger(pipeline, "Rioters torched a government building in Osh on Monday.", "torched")
    assert e.actor.sector == "CVL" and e.actor.country == "KGZ"  # before: unresolved
    assert e.target.sector == "GOV"


def test_troops_surrounding_a_palace_coerce(pipeline):
    e = by_trigger(pipeline, "Soldiers surrounded the presidential palace in Niamey on Wednesday.", "surrounded")
    assert e.type == "COERCE" and e.cameo == "191"


def test_questions_surrounding_a_deal_are_no_event(pipeline):
    assert not [e for e in events(pipeline, "Questions surrounded the deal for weeks.") if e.trigger.text == "surrounded"]


# --- an international body's seat, a source's anonymity -------------------------------------------------------------

def test_the_seat_of_an_international_body_in_the_dateline_is_not_the_storys_country(pipeline):
    text = ("VIENNA (Wire) - The U.N. nuclear watchdog said on Monday that inspectors had been denied access to the "
            "site.\n\nThe government rejected the report, saying the inspectors had no mandate there.")
    e = by_trigger(pipeline, text, "rejected")
    assert e.actor.sector == "GOV" and e.actor.country != "AUT"  # before: Austria, the only country named


def test_a_dateline_still_places_a_story_about_its_own_country(pipeline):
    text = "NAIROBI (Wire) - The army deployed troops to the border on Monday.\n\nThe government said the move was temporary."
    e = by_trigger(pipeline, text, "deployed")
    assert e.actor.country == "KEN"


def test_a_source_who_asked_not_to_be_named_makes_no_request(pipeline):
    text = "A military spokesman, who asked not to be named, said the reports were false."
    assert not [e for e in events(pipeline, text) if e.trigger.text == "asked"]  # before: REQUEST 020


def test_asking_a_state_for_weapons_is_a_request(pipeline):
    e = by_trigger(pipeline, "Ukraine asked the United States to send more air defence systems.", "asked")
    assert e.type == "REQUEST"


# --- a warrant's subject, state media, opposition activists --------------------------------------------------------

def test_a_warrant_issued_for_someone_bears_on_them_when_for_hangs_on_the_verb(pipeline):
    text = "The International Criminal Court issued an arrest warrant on Friday for a senior militia commander."
    e = by_trigger(pipeline, text, "warrant")
    assert e.target is not None and e.target.sector == "REB"  # before: no target ('for' on 'issued')


def test_state_media_of_a_nation_are_its_media(pipeline):
    article = _article(pipeline, "Israeli warplanes struck targets near Homs overnight, Syrian state media reported.")
    e = next(e for e in article.events if e.trigger.text == "struck")
    assert e.reported_by is not None and (e.reported_by.country, e.reported_by.sector) == ("SYR", "MED")


def test_an_opposition_activist_is_of_the_opposition(pipeline):
    e = by_trigger(pipeline, "The court sentenced a prominent opposition activist to ten years in prison.", "sentenced")
    assert e.target.sector == "OPP"


# --- warned off an act ---------------------------------------------------------------------------------------------

def test_a_state_warned_against_an_act_would_do_it_and_has_not(pipeline):
    e = by_trigger(pipeline, "Blinken warned China on Friday against sending weapons to Russia.", "sending")
    assert e.actor.country == "CHN"  # before: Blinken, who warned
    assert e.modality == "hypothetical"  # before: asserted


def test_a_protest_against_an_act_keeps_its_own_modality(pipeline):
    e = by_trigger(pipeline, "Villagers rallied against building the dam.", "rallied")
    assert e.modality == "asserted"


# --- a strike on a shelter -----------------------------------------------------------------------------------------

def test_a_strike_on_a_school_sheltering_families_killed_people(pipeline):
    text = ("GAZA - An Israeli air strike on a school sheltering displaced families killed at least 25 people on "
            "Sunday, the civil defence agency said.")
    e = by_trigger(pipeline, text, "killed")
    assert e.actor is not None and e.actor.country == "ISR"  # before: no actor (the parse hung 'killed' on 'families')
    assert e.acled == "Air/drone strike"
    assert not [x for x in events(pipeline, text) if x.type == "AID"]  # a school sheltering families is no aid


def test_a_state_sheltering_refugees_gives_asylum(pipeline):
    e = by_trigger(pipeline, "Jordan sheltered thousands of Syrian refugees.", "sheltered")
    assert e.type == "AID" and e.cameo == "075"


def test_acts_warned_against_continuing_go_on(pipeline):
    e = by_trigger(pipeline, "They warned Russia against continuing its military incursions in eastern Ukraine.", "incursions")
    assert e.modality in {"asserted", "claimed"}


# --- a condition awaited, a paramilitary group --------------------------------------------------------------------

def test_what_a_refusal_waits_for_has_not_happened(pipeline):
    text = "The army chief said he would not negotiate with the rebels until the paramilitary group withdrew from the cities."
    e = by_trigger(pipeline, text, "withdrew")
    assert e.modality == "hypothetical"  # before: asserted
    assert e.cameo == "0874"  # nobody announced it: no statement of intent (035x)
    assert e.actor.sector == "REB"  # 'the paramilitary group': the rebels named before


def test_what_happened_until_an_act_leaves_the_act_done(pipeline):
    e = by_trigger(pipeline, "Fighting went on until the army withdrew from the town.", "withdrew")
    assert e.modality == "asserted"


def test_two_states_named_together_after_a_dateline_swap_prisoners_with_each_other(pipeline):
    e = by_trigger(pipeline, "KYIV - Ukraine and Russia exchanged 90 prisoners of war each on Friday.", "exchanged")
    assert (e.actor.country, e.target.country) == ("UKR", "RUS")  # before: Russia alone, the prisoners as target


# --- a march calling for something ---------------------------------------------------------------------------------

def test_a_participle_clause_is_where_and_when_its_march_was_and_not_where_its_demand_bears(pipeline):
    text = "LONDON - Thousands of people marched through central London on Saturday calling for a ceasefire in Sudan."
    e = by_trigger(pipeline, text, "calling")
    assert e.location is not None and e.location.name == "London"  # before: Sudan, what is called for
    assert e.actor.country == "GBR"  # before: SDN, from that place
    assert e.date is not None and e.date.value == "2024-03-09"  # before: none


def test_a_call_for_a_ceasefire_made_in_no_named_place_is_not_placed_where_the_ceasefire_would_be(pipeline):
    e = by_trigger(pipeline, "The foreign minister called for a ceasefire in Sudan.", "called")
    assert e.location is None or e.location.country != "SDN"
