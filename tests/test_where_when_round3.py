"""Where and when, round 3: towns of current wars under the spellings news uses (Odesa/Odessa, Kiev, Mykolaiv, Khan
Younis, Hodeidah), also where spaCy took the name into a time ('Odesa overnight') or called it a person, or it is what
an attack verb struck; a bare town name is the town, not the division named after it ('Kherson'), and a state's name
alone is the state ('Montana', not Montana City); Canadian province abbreviations ('Moncton, N.B.'); clubs, pipelines,
relatives, titles, bodies and words are no places ('Man City', 'Nord Stream', 'wife Ivana', 'Del. Plaskett', 'the VA',
'Said Ellis:'); a building is not pinned to a town abroad; a place threatened, called out or talked about is no
event's venue. Feasts that move with Easter are their own day ('Good Friday' is not the Friday nearest publication),
a feast's name is no place, and a weekday on a simple present verb ('meet Monday') is ahead."""

from __future__ import annotations

from datetime import date

import pytest

from eventwire.model import Article, Place
from eventwire.pipeline import Pipeline

from eventcheck import by_trigger


def places_of(pipeline: Pipeline, text: str) -> dict[str, Place]:
    article: Article = pipeline.code_text(text, published=date(2023, 7, 20))
    return {p.text: p for p in article.places}


def times_of(pipeline: Pipeline, text: str, published: date = date(2024, 4, 10)) -> dict[str, str]:
    return {t.text: t.value for t in pipeline.code_text(text, published=published).times}


# --- places: towns of current wars ---------------------------------------------------------------------
@pytest.mark.parametrize("text, name, geonameid", [
    ("Missiles struck Kiev and Kharkov on Tuesday.", "Kiev", 703448),  # spaCy: a person 'Missiles struck Kiev'
    ("Shelling hit Mykolaiv on Tuesday.", "Mykolaiv", 700569),
    ("Sirens sounded across Odessa after midnight.", "Odessa", 698740),
    ("Airstrikes hit Khan Younis and Jabalia in Gaza.", "Khan Younis", 281124),
    ("Houthi rebels fired missiles from Hodeidah toward the Red Sea.", "Hodeidah", 79415),
    ("Jets bombed Raqqa.", "Raqqa", 172955),  # the city, not the governorate that has its name as an alternate
])
def test_a_war_town_under_its_english_spelling(pipeline: Pipeline, text: str, name: str, geonameid: int) -> None:
    p = places_of(pipeline, text).get(name)
    assert p is not None and p.geonameid == geonameid, p


def test_a_town_a_time_took_in_is_still_the_town(pipeline: Pipeline) -> None:
    # spaCy reads 'Odesa overnight' as one time: the town is the place and the attack's target
    text = "Russian forces launched a drone attack on Odesa overnight, damaging port infrastructure, Ukrainian officials said."
    p = places_of(pipeline, text).get("Odesa")
    assert p is not None and p.geonameid == 698740, p
    e = by_trigger(pipeline, text, "launched")
    assert e.location is not None and e.location.geonameid == 698740, e.rule
    assert e.target is not None and e.target.text == "Odesa", e.rule


def test_a_big_town_an_attack_verb_strikes_is_the_town(pipeline: Pipeline) -> None:
    # spaCy calls 'Aleppo' a nationality here; what the government shelled is the city
    p = places_of(pipeline, "Government forces shelled Idlib and Aleppo.").get("Aleppo")
    assert p is not None and p.geonameid == 170063, p


def test_a_bare_town_name_is_the_town_not_the_division_named_after_it(pipeline: Pipeline) -> None:
    p = places_of(pipeline, "Troops regained control of Kherson.")["Kherson"]
    assert p.geonameid == 706448 and p.feature.startswith("P."), p
    p = places_of(pipeline, "Drones attacked Zaporizhzhia overnight.")["Zaporizhzhia"]
    assert p.geonameid == 687700, p
    # a cue still makes it the division, at the end of a sentence too
    p = places_of(pipeline, "Fighting raged in the Kherson region.")["Kherson"]
    assert p.feature == "A.ADM1" and p.geonameid == 706442, p


def test_a_us_state_named_alone_is_the_state(pipeline: Pipeline) -> None:
    # after 'Billings, Mont.' names the state, 'Montana' is still the state, not Montana City (whose alternate name it is)
    article = pipeline.code_text("The rancher lives near Billings, Mont., with his wife. Montana officials said the rule "
                                 "hurt Montana ranchers.", published=date(2016, 6, 1))
    montana = [p for p in article.places if p.text == "Montana"]
    assert len(montana) == 2 and all(p.feature == "A.ADM1" for p in montana), montana


def test_a_canadian_province_abbreviation(pipeline: Pipeline) -> None:
    p = places_of(pipeline, "He lives in Moncton, N.B., with his family.")["N.B."]
    assert p.name == "New Brunswick" and p.feature == "A.ADM1" and p.country == "CAN", p


def test_a_club_or_a_pipeline_is_no_place(pipeline: Pipeline) -> None:
    found = places_of(pipeline, "Man City beat Liverpool on Sunday.")
    assert "Man City" not in found and "Liverpool" in found, found
    found = places_of(pipeline, "Explosions damaged the Nord Stream pipelines in the Baltic Sea.")
    assert "Nord Stream" not in found, found
    assert found["Baltic Sea"].feature == "H.SEA", found


# --- times: feasts that move with Easter -------------------------------------------------------------
def test_good_friday_is_easter_minus_two_days(pipeline: Pipeline) -> None:
    # published Wednesday 10 April 2024; Easter 2024 was 31 March
    assert times_of(pipeline, "Police clashed with protesters on Good Friday.")["Good Friday"] == "2024-03-29"
    assert times_of(pipeline, "The ceasefire ended after Easter Monday.")["Easter Monday"] == "2024-04-01"
    assert times_of(pipeline, "Good Friday 2019 passed quietly.")["Good Friday 2019"] == "2019-04-19"
    assert times_of(pipeline, "Talks will resume after Pentecost.")["Pentecost"] == "2024-05-19"
    assert times_of(pipeline, "Ash Wednesday services were cancelled.")["Ash Wednesday"] == "2024-02-14"
    assert not times_of(pipeline, "He flew to Easter Island with his family.")  # a name that begins with a feast


def test_an_attack_on_easter_sunday_is_dated_easter(pipeline: Pipeline) -> None:
    text = "Militants attacked a church on Easter Sunday, killing 12."
    e = by_trigger(pipeline, text, "attacked")  # published 12 March 2024: the past Easter is 2023's
    assert e.date is not None and e.date.value == "2023-04-09", e.rule
    assert "Easter Sunday" not in places_of(pipeline, text)  # a feast is no building


# --- places: names that are people, bodies or words -------------------------------------------------------
@pytest.mark.parametrize("text, word", [
    ("A judge sealed the file on Donald Trump's divorce from wife Ivana.", "Ivana"),  # a relative
    ("Scott is relying on others to carry his message to McAuliffe. Terry McAuliffe did not reply.", "McAuliffe"),
    ("A veteran dies every hour, and the VA could do more.", "VA"),  # Veterans Affairs, not Wa in Ghana
    ("Said Ellis: I do not know what she wants.", "Said"),  # a reporting verb, not As Said in Yemen
    ("Other unions, including the American Federation of Teachers, endorsed her.", "Federation"),
    ("In Maryland, most voters told us they would back former Secretary of State Hillary Clinton.", "Secretary"),
])
def test_a_person_a_body_or_a_word_is_no_place(pipeline: Pipeline, text: str, word: str) -> None:
    assert word not in places_of(pipeline, text), places_of(pipeline, text)



def test_a_state_abbreviation_before_a_name_is_a_title(pipeline: Pipeline) -> None:
    found = places_of(pipeline, "The delay hurts voters, said Del. Stacey Plaskett of the Virgin Islands.")
    assert "Del." not in found, found  # Delegate Plaskett
    assert found["Virgin Islands"].name == "U.S. Virgin Islands", found
    assert places_of(pipeline, "The rally in Dover, Del., drew a crowd.")["Del."].name == "Delaware"


def test_a_building_is_not_pinned_to_a_town_abroad_the_article_names_once(pipeline: Pipeline) -> None:
    text = ("Lawmakers from Utah, Maryland and Ohio questioned her about the attack in Benghazi. "
            "The panel met again at the Capitol on Tuesday.")
    capitol = places_of(pipeline, text)["Capitol"]
    assert capitol.geonameid is None and capitol.country != "LBY", capitol


# --- events: a place that is the party acted on is no venue ---------------------------------------------------
def test_a_place_threatened_or_called_out_is_the_party_not_the_venue(pipeline: Pipeline) -> None:
    text = "This week, the president declined to threaten Moscow over the hacking."
    for trigger in ("declined", "threaten"):
        e = by_trigger(pipeline, text, trigger)
        assert e.location is None, (trigger, e.rule)
    e = by_trigger(pipeline, text, "threaten")
    assert e.target is not None and e.target.text == "Moscow", e.rule
    # ground struck stays the venue
    e = by_trigger(pipeline, "Government forces shelled Aleppo on Monday.", "shelled")
    assert e.location is not None and e.location.text == "Aleppo", e.rule


def test_what_a_talk_is_about_is_not_where_it_is(pipeline: Pipeline) -> None:
    text = "The White House may wait while the envoy negotiates with Russia over Syria, the senator said."
    e = by_trigger(pipeline, text, "negotiates")
    assert e.location is None, e.rule


# --- times: a timetable's present ---------------------------------------------------------------------------
def test_a_weekday_on_a_simple_present_verb_is_ahead(pipeline: Pipeline) -> None:
    # published Friday 23 September 2016: the debate they meet for is the coming Monday
    text = "The two candidates meet for the first of three debates Monday at Hofstra University."
    assert times_of(pipeline, text, published=date(2016, 9, 23))["Monday"] == "2016-09-26"
    # a reporting verb's present still reports the past, and so does a time on a noun of a present clause
    assert times_of(pipeline, "Police say the man died Monday.", published=date(2016, 9, 23))["Monday"] == "2016-09-19"
    text = "The timeline of the shooting Tuesday in San Bernardino shows that his name was on a police scanner."
    assert times_of(pipeline, text, published=date(2016, 9, 23))["Tuesday"] == "2016-09-20"
