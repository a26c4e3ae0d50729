"""Second round of actor resolution rules (country and sector), one test per rule family, on
sentences written for this file. Uses the places + actors stages only (helpers of test_actors.py)."""

from __future__ import annotations

from test_actors import actors, check, one

from eventwire.actors import load_kb


# --- sector nouns added this round ---------------------------------------------------------------

def test_weapons_that_act_stand_for_the_force_that_operates_them():
    found = actors("Turkish warships shelled the ridge while Greek tanks moved to the border.")
    check(one(found, "Turkish warships"), "Turkish warships", "TUR", "MIL", "group")
    check(one(found, "Greek tanks"), "Greek tanks", "GRC", "MIL", "group")


def test_military_ranks_and_members():
    found = actors("Two Kenyan officers and a group of Somali servicemen inspected the depot.")
    check(one(found, "Two Kenyan officers"), "Two Kenyan officers", "KEN", "MIL", "group")
    assert one(found, "Somali servicemen").sector == "MIL"


def test_an_officer_modified_by_police_is_police():
    check(one(actors("Nepalese police officers detained the driver."), "Nepalese police officers"),
          "Nepalese police officers", "NPL", "COP")


def test_border_guards_youths_immigrants_and_rights_groups():
    found = actors("Moroccan border guards stopped Senegalese immigrants, a human rights group said.")
    check(one(found, "Moroccan border guards"), "Moroccan border guards", "MAR", "COP")
    check(one(found, "Senegalese immigrants"), "Senegalese immigrants", "SEN", "REF")
    check(one(found, "a human rights group"), "human rights group", None, "NGO")
    check(one(actors("Three Bolivian youths were injured."), "Three Bolivian youths"), "Three Bolivian youths", "BOL", "CVL")


def test_a_group_word_with_a_sector_modifier_is_an_actor_without_an_antecedent():
    check(one(actors("Opposition groups demanded a recount."), "Opposition groups"), "Opposition groups", None, "OPP")
    assert not [a for a in actors("A group of friends walked home.") if "group" in a.text]


# --- posts in any organisation take the organisation's sector ------------------------------------

def test_an_organisation_before_a_post_gives_the_sector():
    found = actors("UN officials met Red Cross officials and a rebel commander.")
    assert one(found, "UN officials").sector == "IGO"
    assert one(found, "Red Cross officials").sector == "NGO"
    assert one(found, "a rebel commander").sector == "REB"


def test_members_of_a_state_body_keep_their_sector():
    assert one(actors("Government troops entered the valley."), "Government troops").sector == "MIL"


# --- 'former' titles -----------------------------------------------------------------------------

def test_a_former_office_holder_keeps_the_role_but_not_the_sector():
    a = one(actors("Former Prime Minister Lucia Varga criticised the budget."), "Former Prime Minister Lucia Varga")
    assert a.sector is None and a.role == "former prime minister"
    b = one(actors("An ex-minister criticised the budget."), "An ex-minister")
    assert b.sector is None and b.role == "former minister"
    assert one(actors("The president criticised the budget."), "The president").sector == "GOV"
    # 'former' inside the possessor dates the possessor, not the title
    a = one(actors("The former colony's president criticised the budget."), "The former colony's president")
    assert a.sector == "GOV" and a.role == "president"


# --- country from a place the phrase names -------------------------------------------------------

def test_of_in_and_from_a_place_give_the_country_when_nothing_else_does():
    found = actors("The government of Ecuador thanked rebels in Mali. Refugees from Eritrea reached the coast.")
    check(one(found, "The government"), "government", "ECU", "GOV")
    check(one(found, "rebels"), "rebels", "MLI", "REB")
    check(one(found, "Refugees"), "Refugees", "ERI", "REF")
    assert "country of the place named" in one(found, "rebels").method


def test_a_conjunct_lends_its_country_only_to_a_phrase_without_a_place():
    found = actors("Soldiers in Niger and rebels in Mali exchanged fire.")
    assert one(found, "rebels").country == "MLI"


def test_in_a_town_says_where_not_whose():
    assert one(actors("Residents in Mombasa blocked the road."), "Residents").country is None
    assert one(actors("Residents of Mombasa blocked the road."), "Residents").country == "KEN"


def test_an_explicit_nationality_beats_the_place():
    check(one(actors("Chilean troops in Haiti patrolled the port."), "Chilean troops"), "Chilean troops", "CHL", "MIL")


def test_in_a_place_is_a_posting_for_diplomats_and_single_people():
    found = actors("The embassy in Lima and an envoy in Quito issued statements. Diplomats in Bogota agreed.")
    assert one(found, "The embassy").country is None
    assert one(found, "an envoy").country is None
    assert one(found, "Diplomats").country is None


# --- peoples, ethnicities and stances ------------------------------------------------------------

def test_a_nationality_before_a_people_names_their_country():
    check(one(actors("Bosnian Croats rejected the proposal."), "Bosnian Croats"), "Croats", "BIH", "CVL")
    check(one(actors("Croats rejected the proposal."), "Croats"), "Croats", "HRV", "CVL")


def test_an_ethnicity_or_a_people_of_a_place_takes_the_place():
    check(one(actors("Ethnic Hungarians in Slovakia held a rally."), "Ethnic Hungarians"), "Hungarians", "SVK", "CVL")
    check(one(actors("The Hungarians of Romania held a rally."), "The Hungarians"), "Hungarians", "ROU", "CVL")
    # "in" alone is where people are, not who they are: Hungarians in Austria may be visitors
    check(one(actors("Hungarians in Austria held a rally."), "Hungarians"), "Hungarians", "HUN", "CVL")


def test_a_country_after_anti_or_pro_is_a_stance_not_a_nationality():
    found = actors("Pro-Serbian militiamen fired at the checkpoint. Anti-Iran journalists were detained.")
    assert one(found, "Pro-Serbian militiamen").country is None
    assert one(found, "Anti-Iran journalists").country is None


def test_ner_person_made_of_nationality_words_is_a_people():
    found = actors("Bosnian Serbs demanded a truce.")
    assert one(found, "Bosnian Serbs").kind == "group"


# --- knowledge base ------------------------------------------------------------------------------

def test_new_intergovernmental_bodies():
    kb = load_kb()
    igo = {o.name for o in kb.orgs.values() if o.sector == "IGO"}
    assert {"European Community", "Organisation of African Unity", "Asia-Pacific Economic Cooperation"} <= igo
    check(one(actors("The Organization of African Unity condemned the coup."), "The Organization of African Unity"),
          "Organisation of African Unity", None, "IGO")


def test_the_new_rule_words_are_loaded():
    rules = load_kb().rules
    for key in ("location_prepositions", "posted_abroad", "stance_prefixes", "affiliation_titles", "former_words"):
        assert rules[key], key


# --- communities, secretaries-general and security chiefs ----------------------------------------

def test_ethnic_and_religious_communities_are_civilians():
    found = actors("Kurds and Shiites marched through the square.")
    assert one(found, "Kurds").sector == "CVL"
    check(one(actors("Thousands of Guatemalan Catholics prayed for peace."), "Guatemalan Catholics"),
          "Guatemalan Catholics", "GTM", "CVL")


def test_a_secretary_general_is_no_general():
    a = one(actors("OPEC Secretary-General Nadia Ferreira urged restraint."), "OPEC Secretary-General Nadia Ferreira")
    assert a.sector == "IGO" and a.role == "secretary-general"


def test_a_security_chief_is_police():
    assert one(actors("The provincial security chief warned the smugglers."), "The provincial security chief").sector == "COP"


# --- a nationality inside an organisation's name -------------------------------------------------

def test_a_nationality_inside_a_name_gives_the_name_its_country():
    found = actors("The Peruvian Federation of Miners said it would strike.")
    a = one(found, "The Peruvian Federation of Miners")
    assert a.country == "PER" and a.kind == "organisation"
    assert one(found, "it").country == "PER"


def test_a_name_that_is_a_country_stays_the_country():
    a = one(actors("The Democratic People's Republic of Korea rejected the offer."),
            "The Democratic People's Republic of Korea")
    assert a.country == "PRK"
