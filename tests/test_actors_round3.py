"""Third round of actor resolution rules (country and sector), one test per rule family, on
sentences written for this file. Uses the places + actors stages only (helpers of test_actors.py)."""

from __future__ import annotations

from test_actors import actors, check, one

from eventwire.actors import load_kb


# --- ethnonyms used as adjectives (countries.tsv, built by scripts/build_countries.py) -----------

def test_ethnonym_adjectives_name_the_country():
    found = actors("Serb forces shelled the town and a Croat leader protested.")
    check(one(found, "Serb forces"), "Serb forces", "SRB", "MIL")
    check(one(found, "a Croat leader"), "Croat leader", "HRV", "GOV")
    assert one(actors("Bosniak villagers fled."), "Bosniak villagers").country == "BIH"


def test_a_nationality_before_an_ethnonym_still_wins():
    check(one(actors("Bosnian Serb forces shelled the town."), "Bosnian Serb forces"), "Bosnian Serb forces", "BIH", "MIL")


def test_kb_has_the_ethnonym_forms():
    kb = load_kb()
    assert "Serb" in kb.countries["SRB"].adjectives and "Croat" in kb.countries["HRV"].adjectives
    assert "Bosniaks" in kb.countries["BIH"].people


# --- "ethnic X": an ethnicity, not a nationality ----------------------------------------------------

def test_an_ethnic_group_takes_the_one_other_country_of_its_sentence():
    a = one(actors("Ethnic Hungarians demonstrated in Romania on Sunday."), "Ethnic Hungarians")
    check(a, "Hungarians", "ROU", "CVL")
    assert "only other country" in a.method


def test_an_ethnic_group_keeps_its_ethnonym_when_the_sentence_names_two_countries():
    assert one(actors("Ethnic Hungarians marched from Romania to Serbia."), "Ethnic Hungarians").country == "HUN"


def test_an_ethnic_adjective_on_a_sector_noun_follows_the_same_rule():
    a = one(actors("Ethnic Albanian fighters operating in Montenegro laid down their arms."), "Ethnic Albanian fighters")
    assert (a.country, a.sector) == ("MNE", "REB")


# --- office holders with no nationality -------------------------------------------------------------

def test_a_named_holder_takes_the_country_of_the_same_office_described_elsewhere():
    found = actors("The Zambian president met opposition leaders on Monday. "
                   "President Levy Mwanawasa said he would call elections.")
    a = one(found, "President Levy Mwanawasa")
    check(a, "Levy Mwanawasa", "ZMB", "GOV")
    assert "same office 'president'" in a.method


def test_two_holders_of_one_office_in_a_sentence_lend_nothing():
    found = actors("The Zambian president met President Hale on Monday. Hale said he would send grain.")
    assert one(found, "President Hale").country is None


def test_diplomats_abroad_do_not_make_the_article_their_country():
    found = actors("Kenyan diplomats were received by President Ramos, and the Kenyan ambassador thanked him.")
    assert one(found, "President Ramos").country is None
    # state actors at home still do
    found = actors("Kenyan police officers and Kenyan soldiers met President Ramos.")
    assert one(found, "President Ramos").country == "KEN"


def test_the_only_country_named_through_domestic_actors_is_the_holders():
    a = one(actors("President Ochieng dissolved parliament after Malawian opposition leaders walked out."),
            "President Ochieng")
    check(a, "Ochieng", "MWI", "GOV")
    assert "domestic actors" in a.method


def test_no_guess_when_the_article_names_another_country():
    assert one(actors("President Ochieng met Malawian opposition leaders in Zambia."), "President Ochieng").country is None
    assert one(actors("President Ochieng threatened action against Malawi."), "President Ochieng").country is None
    # armed groups and civilians are often what a foreign state faces: no guess from them
    assert one(actors("President Hale warned the Taliban on Monday."), "President Hale").country is None
    assert one(actors("President Hale said Somali civilians would be protected."), "President Hale").country is None


# --- sector nouns that act --------------------------------------------------------------------------

def test_an_indefinite_organisation_that_acts_is_an_actor_with_its_seat():
    check(one(actors("A newspaper based in Mombasa published the letter."), "A newspaper"), "newspaper", "KEN", "MED")
    assert one(actors("Reporters based in Mombasa filed the story."), "Reporters").country is None  # a posting


def test_an_indefinite_organisation_that_does_not_act_stays_out():
    assert not [a for a in actors("The rebels want a government imposed by force.") if "government" in a.text]


def test_a_party_named_by_a_word_no_kb_knows_is_a_party():
    check(one(actors("The Green Dawn party called for a boycott."), "The Green Dawn party"), "Green Dawn party", None, "POL")


def test_a_name_before_a_word_with_only_a_default_sector_makes_no_actor():
    assert not [a for a in actors("Soldiers attacked militants in the Kurram Tribal Agency on Monday.") if "Agency" in a.text]


# --- forces of a community --------------------------------------------------------------------------

def test_forces_named_by_a_community_are_an_armed_group_not_a_state_military():
    a = one(actors("Shiite forces and Druze militiamen clashed."), "Shiite forces")
    check(a, "Shiite forces", None, "REB")
    assert "community" in a.method
    assert one(actors("Iraqi Shiite forces took the town."), "Iraqi Shiite forces").sector == "MIL"
