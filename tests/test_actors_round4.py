"""Actors round 4: the list of well-known political people (people.tsv) and where it stands behind the
article's own evidence; a description "of <country>" that refers back; officers in police stories; place
names holding a country's name. Sentences written for these tests."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from eventwire.actors import KBError, load_kb
from eventwire.actors import people
from eventwire.actors.kb import _data_dir

from test_actors import ACTORS, actors, one

KB = ACTORS.kb


# --- the people list ----------------------------------------------------------------------------------

def test_a_titled_person_takes_the_country_of_the_list_and_says_so():
    a = one(actors("President Abdelaziz Bouteflika said on Monday that the ban would stay."), "President Abdelaziz Bouteflika")
    assert (a.country, a.sector) == ("DZA", "GOV")
    assert "people list" in a.method


def test_a_surname_alone_matches_when_no_other_person_shares_it():
    a = one(actors("Putin said on Monday that the talks would resume."), "Putin")
    assert (a.country, a.sector) == ("RUS", "GOV")


def test_a_longer_name_needs_the_listed_first_name():
    a = one(actors("Anna Mitsotakis said on Monday that the shop would close."), "Anna Mitsotakis")
    assert a.country is None and "people list" not in a.method


def test_a_shared_surname_alone_says_nothing():
    found, _ = people.candidates(["Merkel"], KB, surname_taken=True)
    assert found == []
    found, how = people.candidates(["Merkel"], KB, surname_taken=False)
    assert {p.country for p in found} == {"DEU"} and "surname" in how


def test_a_korean_surname_alone_is_nobody_in_particular():
    assert people.candidates(["Kim"], KB, surname_taken=False)[0] == []
    a = one(actors("Kim Jong Un said the missile test was a success."), "Kim Jong Un")
    assert a.country == "PRK"


def test_the_text_wins_over_the_list():
    a = one(actors("Zambian President Vladimir Putin said the mine would reopen."), "Zambian President Vladimir Putin")
    assert a.country == "ZMB"


def test_a_title_of_an_international_body_keeps_the_person_without_a_country():
    found = actors("NATO Secretary-General Mark Rutte said the alliance would respond.")
    a = next(x for x in found if "Rutte" in x.text)
    assert (a.country, a.sector) == (None, "IGO")


def test_a_leader_of_an_international_body_has_no_country():
    a = one(actors("Kofi Annan said the inspectors would return."), "Kofi Annan")
    assert (a.country, a.sector) == (None, "IGO")


def test_a_former_office_gives_the_country_not_the_sector():
    a = one(actors("Former President Bill Clinton said the talks should resume."), "Former President Bill Clinton")
    assert (a.country, a.sector) == ("USA", None)


def test_out_of_office_in_the_article_year_gives_no_sector():
    a = one(actors("Biden said the talks should resume.", published=date(2019, 5, 1)), "Biden")
    assert (a.country, a.sector) == ("USA", None)
    a = one(actors("Biden said the talks should resume.", published=date(2022, 5, 1)), "Biden")
    assert (a.country, a.sector) == ("USA", "GOV")


def test_a_listed_person_does_not_take_the_dominant_country():
    found = actors("Chinese officials met Trump in Beijing. China said the meeting went well. "
                   "China also said Trump would return next year.")
    assert {a.country for a in found if a.text == "Trump"} == {"USA"}


def test_a_name_ner_calls_an_organisation_is_a_person_when_listed():
    assert ACTORS.finder._person_name("Netanyahu", set())
    assert not ACTORS.finder._person_name("Acme Widgets", set())


# --- descriptions, services, places ---------------------------------------------------------------------

def test_a_description_of_a_country_that_refers_back_gives_its_country():
    found = actors("President Aram Petrosyan attended the ceremony in Rome. The President of Armenia then visited "
                   "the embassy. Petrosyan said the visit went well.")
    assert one(found, "Petrosyan").country == "ARM"


def test_officers_in_a_police_story_are_police():
    found = actors("Police in Ohio said officers arrested two men after a chase.")
    assert one(found, "officers").sector == "COP"


def test_officers_in_an_army_story_or_alone_stay_military():
    assert one(actors("Soldiers fired on protesters. Officers said the crowd attacked first."), "Officers").sector == "MIL"
    assert one(actors("Officers arrested two men."), "Officers").sector == "MIL"


def test_new_mexico_is_not_mexico():
    found = actors("New Mexico sued the EPA on Monday. The EPA chief said the state was wrong.")
    assert "MEX" not in {a.country for a in found}
    assert one(found, "The EPA chief").country == "USA"


# --- the data file ----------------------------------------------------------------------------------------

def _copy_kb(tmp_path: Path) -> Path:
    for f in _data_dir().iterdir():
        (tmp_path / f.name).write_text(f.read_text("utf-8"), "utf-8")
    return tmp_path


@pytest.mark.parametrize("row, message", [
    ("Jane Doe\t-\tDoe\tXXX\tGOV\t2001-2005\tminister\n", "unknown country 'XXX'"),
    ("Jane Doe\t-\tDoe\tFRA\tGOV\t2001 to 2005\tminister\n", "years must be"),
    ("Jane Doe\t-\tDoe\tFRA\tGOV?\t2001-2005\tminister\n", "firm sector"),
])
def test_a_bad_people_row_names_the_file_and_line(tmp_path, row, message):
    d = _copy_kb(tmp_path)
    with (d / "people.tsv").open("a", encoding="utf-8") as f:
        f.write(row)
    n = len((d / "people.tsv").read_text("utf-8").splitlines())
    with pytest.raises(KBError, match=rf"people.tsv:{n}: .*{message}"):
        load_kb(d)


def test_every_listed_person_is_found_by_their_full_name():
    for name, found in KB.people.items():
        assert people.candidates([name], KB, surname_taken=True)[0] == found


def test_a_listed_person_keeps_their_country_beside_another_country_s_holder_of_the_office():
    found = actors("President Putin spoke on Monday about the war. Later, the French president said the talks had failed.")
    assert one(found, "President Putin").country == "RUS"


def test_a_region_before_the_head_gives_its_country():
    found = actors("New Mexico officials sued the agency. Basra police arrested two men.")
    assert one(found, "New Mexico officials").country == "USA"
    assert one(found, "Basra police").country == "IRQ"


def test_a_dateline_is_no_region_and_the_list_comes_before_a_region():
    a = one(actors("LONDON Pope Francis tweeted his support for the family."), "LONDON Pope Francis")
    assert (a.country, a.sector) == ("VAT", "REL")


def test_actors_called_foreign_or_posted_abroad_take_no_dominant_country():
    found = actors("Russia said on Monday it would expel foreign diplomats. Russia also said the police were ready. "
                   "The foreign ministry said foreign troops had entered. Diplomats said they would leave.")
    assert one(found, "foreign diplomats").country is None
    assert one(found, "foreign troops").country is None
    assert one(found, "Diplomats").country is None
    assert one(found, "the police").country == "RUS"
    assert one(found, "The foreign ministry").country == "RUS"
