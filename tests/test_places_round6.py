"""Places, round 6: ground taken by a verb of conquest is a place whatever spaCy called it; the first
name of a person is not a place; an old alternate name does not beat an exact name in the article's
countries. Sentences written for these tests."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.places.mentions import taken_by
from eventwire.places.lexicon import Lexicon
from test_actors import actors
from test_places import by_text, nlp, resolver, run  # noqa: F401  (fixtures)

AYBAK = 1127768  # GeoNames: Aībak, Samangan, Afghanistan


# --- 1. the object of a verb of taking ground ---------------------------------------------------


@pytest.mark.parametrize("text", [
    "The Taliban overran Aybak on Monday.",  # spaCy: ORG
    "The militants took control of Aybak on Sunday.",
    "Government troops withdrew from Aybak after heavy losses.",
    "Aybak fell to the insurgents on Monday.",
    "Aybak was captured by the insurgents overnight.",
    "Artillery shelled Aybak overnight.",
])
def test_ground_taken_is_the_town(nlp, resolver, text):
    p = by_text(run(nlp, resolver, text), "Aybak")
    assert p.geonameid == AYBAK


def test_the_method_says_which_verb_took_it(nlp, resolver):
    p = by_text(run(nlp, resolver, "The Taliban overran Aybak on Monday."), "Aybak")
    assert "ground taken ('overrun')" in p.method


def test_ground_taken_is_not_an_actor():
    found = actors("The Taliban overran Aybak on Monday.")
    assert [a.text for a in found] == ["The Taliban"]


def test_a_town_spacy_calls_a_person_is_no_person_once_taken():
    # spaCy tags 'Gardez' PERSON here; taken ground, it is the town and no person acts
    assert "Gardez" not in [a.text for a in actors("Fighters took Gardez.")]


@pytest.mark.parametrize("text, word", [
    ("Rebels captured Hamas fighters near the border.", "Hamas"),  # 'fighters' is what was captured
    ("Israeli jets shelled Hamas overnight.", "Hamas"),  # a named organisation, though GeoNames knows a 'Hamas'
    ("The protesters seized the Ministry of Health.", "Ministry"),
    ("Microsoft took Chelsea to court.", "Chelsea"),  # taken somewhere: not ground taken
    ("Rebels took Gardez hostage.", "Gardez"),
])
def test_what_is_taken_is_not_always_ground(nlp, resolver, text, word):
    assert word not in [p.text for p in run(nlp, resolver, text)]


@pytest.mark.parametrize("text, verb", [
    ("Insurgents stormed Aybak.", "storm"),
    ("Troops retook Aybak on Monday.", "retook"),
    ("The militants took control of Aybak.", "take control of"),
    ("Aybak fell to the insurgents.", "fall to"),
    ("The police withdrew from Aybak.", "withdraw from"),
    ("The minister praised Aybak.", None),
    ("Aybak fell in the rankings.", None),
])
def test_taken_by_reads_the_parse(nlp, text, verb):
    doc = nlp(text)
    span = next(doc[i : i + 1] for i, t in enumerate(doc) if t.text == "Aybak")
    assert taken_by(span, Lexicon.load()) == verb


def test_a_territory_verb_does_not_make_a_part_of_a_longer_name_a_place(nlp, resolver):
    # 'Boston' inside the organisation 'Boston Scientific' is not ground taken
    places = run(nlp, resolver, "Investors seized Boston Scientific shares.")
    assert all("ground taken" not in p.method for p in places)


# --- 2. a place name that begins a person's name ------------------------------------------------


@pytest.mark.parametrize("text, word", [
    # spaCy tags the first 'Washington Irving' PERSON, then 'Washington' alone GPE
    ("Washington Irving was born in New York. The work of Washington Irving was shown in the museum.", "Washington"),
    ("Washington Irving was born in New York. A portrait of Washington Irving was sold.", "Washington"),
    # tagged ORG, then PERSON
    ("They read Washington Irving in school. Washington Irving, the author, lived there.", "Washington"),
    ("Lawyers for the estate of Georgia O'Keeffe spoke. Georgia O'Keeffe painted flowers.", "Georgia"),
])
def test_the_first_name_of_a_person_named_in_the_article_is_not_a_place(nlp, resolver, text, word):
    assert word not in [p.text for p in run(nlp, resolver, text)]


def test_a_place_before_a_person_name_is_still_a_place(nlp, resolver):
    # 'Georgia' followed by a comma is not the start of 'Georgia O'Keeffe'
    text = "Georgia O'Keeffe painted flowers. In Georgia, O'Keeffe was unknown."
    assert by_text(run(nlp, resolver, text), "Georgia").country in ("GEO", "USA")


# --- 4. old alternate names -----------------------------------------------------------------------


def test_an_old_name_does_not_beat_an_exact_name_in_the_article_country(nlp, resolver):
    # Harare was once called Salisbury; a story about Britain means the English city
    text = ("Britain expelled Russian diplomats after a spy was poisoned in Salisbury. "
            "Moscow said Russia would respond.")
    p = by_text(run(nlp, resolver, text), "Salisbury")
    assert (p.country, p.name) == ("GBR", "Salisbury")
    assert "only an alternate name of" in p.method


def test_an_old_name_still_names_its_city_in_that_country(nlp, resolver):
    text = "Officials in Zimbabwe said the Queen visited Salisbury in 1953."
    assert by_text(run(nlp, resolver, text), "Salisbury").country == "ZWE"


def test_a_country_abbreviation_is_not_beaten_by_a_village_of_that_name(nlp, resolver):
    # 'U.S.' is an alternate name of the United States; a French village called 'Us' must not win it
    text = "French officials in Paris, Lyon and Nice said the U.S. would help."
    assert by_text(run(nlp, resolver, text), "U.S.").country == "USA"


def test_the_white_house_as_an_institution_is_no_town(nlp, resolver):
    # spaCy: ORG; GeoNames has a Whitehouse in Texas, which the state named here would otherwise favour
    text = "Aides said the White House was angry with officials in Texas."
    assert "White House" not in [p.text for p in run(nlp, resolver, text)]


def test_a_building_keeps_its_reading_when_a_town_of_its_name_is_in_the_article_country(nlp, resolver):
    # spaCy: FAC. 'White House' is also an alternate name of Casablanca and a Tennessee town; the building is in
    # Washington (data/places/landmarks.tsv; eighteenth session: before, the building was read as Casablanca)
    text = "Netanyahu arrived at the White House on Monday. Officials in Israel and Washington said the talks went well."
    p = by_text(run(nlp, resolver, text), "White House")
    assert "alternate name" not in p.method and (p.country, p.feature) == ("USA", "S.BLDG") and "landmark" in p.method


def test_only_the_biggest_town_of_a_capitals_name_is_the_capital() -> None:
    """GeoNames' capital is a name: a dozen US towns are called Washington, and only one is the capital."""
    from eventwire.places.gazetteer import Gazetteer

    washingtons = [e for e in Gazetteer.load().lookup("Washington") if e.country == "US" and e.kind == "city"]
    capitals = [e for e in washingtons if e.feature == "P.PPLC"]
    assert len(washingtons) > 3 and [e.geonameid for e in capitals] == [4140963]


def test_washington_beside_the_state_of_georgia_stays_the_capital(nlp, resolver) -> None:
    """'Washington' and 'Georgia' in one US story: Washington, Georgia (pop. 4,000) no longer beats the capital."""
    found = run(nlp, resolver, "Democrats in Washington welcomed the vote. Georgia Rep. Ann Dale said the bill "
                               "would pass the House on Tuesday.")
    assert by_text(found, "Washington").geonameid == 4140963 and by_text(found, "Georgia").feature == "A.ADM1"


def test_a_state_read_by_the_places_stage_is_no_country_actor() -> None:
    """'Georgia Rep. Ann Dale' where the places stage read the US state: the representative is American."""
    a = [x for x in actors("Democrats in Washington welcomed the vote. Georgia Rep. Ann Dale said the bill "
                           "would pass the House on Tuesday.") if "Dale" in x.text]
    assert a and (a[0].country, a[0].sector) == ("USA", "LEG")


def test_a_new_index_removes_the_stale_ones_beside_it(tmp_path) -> None:
    import os
    import time

    from eventwire.places.gazetteer import STALE_AFTER_SECONDS, _prune

    keep = tmp_path / "gazetteer-v9-a.sqlite"
    for name in ("gazetteer-v8-a.sqlite", "gazetteer-v9-b.sqlite", "gazetteer-v9-c.sqlite", "notes.txt", keep.name):
        (tmp_path / name).write_text("x")
    month_ago = time.time() - 30 * 24 * 3600
    for name in ("gazetteer-v8-a.sqlite", "gazetteer-v9-b.sqlite", "notes.txt"):
        os.utime(tmp_path / name, (month_ago, month_ago))
    _prune(keep)
    # v9-c was used a moment ago by another version sharing the folder: it stays
    assert sorted(p.name for p in tmp_path.iterdir()) == ["gazetteer-v9-a.sqlite", "gazetteer-v9-c.sqlite", "notes.txt"]
    _prune(keep, stale_after=0)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["gazetteer-v9-a.sqlite", "notes.txt"]
    assert STALE_AFTER_SECONDS >= 24 * 3600


def test_loading_an_index_marks_it_in_use(tmp_path) -> None:
    """Each load touches the index, so another version's prune does not take it from a running user."""
    import os
    import shutil
    import time

    from eventwire.places.gazetteer import Gazetteer, _cache_key, cache_dir

    name = f"{_cache_key()}.sqlite"
    Gazetteer.load()  # builds the index in the cache folder when it is not there yet
    shutil.copy(Path(cache_dir()) / name, tmp_path / name)
    month_ago = time.time() - 30 * 24 * 3600
    os.utime(tmp_path / name, (month_ago, month_ago))
    Gazetteer.load(str(tmp_path))
    assert time.time() - (tmp_path / name).stat().st_mtime < 3600


def test_a_country_whose_first_word_is_a_place_stays_a_country_actor() -> None:
    """'Trinidad and Tobago': the places stage may read 'Trinidad' alone as the island; the country is still an actor."""
    a = [x for x in actors("The resolution was opposed by Trinidad and Tobago, which sent its ambassador to the vote.")
         if x.text == "Trinidad and Tobago"]
    assert a and a[0].country == "TTO"
