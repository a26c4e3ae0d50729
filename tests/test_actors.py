"""Actors stage: one family of tests per resolution rule, on sentences written for these
tests (no shared data), plus knowledge-base validation and a property test."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.actors import ActorResolver, KBError, load_kb
from eventwire.actors.kb import _data_dir
from eventwire.document import Document
from eventwire.model import Actor, Article
from eventwire.nlp import load
from eventwire.pipeline import Pipeline
from eventwire.places import PlaceResolver

NLP = load()
PLACES = PlaceResolver()
ACTORS = ActorResolver()
PIPELINE = Pipeline(stages=[PLACES, ACTORS])


def document(text: str, published: date | None = None) -> Document:
    d = Document(Article(id="t", text=text, published=published), NLP(text))
    PLACES(d)
    ACTORS(d)
    return d


def actors(text: str, published: date | None = None) -> list[Actor]:
    found = document(text, published).article.actors
    for a in found:
        assert text[a.start : a.end] == a.text
        if a.antecedent is not None:
            assert text[a.antecedent.start : a.antecedent.end] == a.antecedent.text
            assert a.antecedent.start < a.start or a.antecedent.end <= a.end or "of" in a.method
    return found


def one(found: list[Actor], text: str) -> Actor:
    hits = [a for a in found if a.text == text]
    assert hits, f"no actor {text!r} in {[a.text for a in found]}"
    return hits[0]


def check(a: Actor, name: str, country: str | None, sector: str | None, kind: str | None = None) -> None:
    assert (a.name, a.country, a.sector) == (name, country, sector), a
    if kind is not None:
        assert a.kind == kind, a


# --- titles and appositions ------------------------------------------------------------------


def test_title_with_organisation_gives_country_sector_and_role():
    a = one(actors("State Department spokesman Ned Price said on Tuesday that talks would resume."),
            "State Department spokesman Ned Price")
    check(a, "Ned Price", "USA", "GOV", "person")
    assert a.role == "spokesman"


def test_military_rank_and_nationality():
    a = one(actors("French Army General Thierry Burkhard met officials in Niamey."), "French Army General Thierry Burkhard")
    check(a, "Thierry Burkhard", "FRA", "MIL", "person")
    assert a.role == "general"


def test_apposition_posting_is_not_nationality():
    found = actors("The British envoy to Kenya, Jane Marriott, urged calm after the vote.")
    check(one(found, "The British envoy"), "Jane Marriott", "GBR", "GOV", "person")
    check(one(found, "Jane Marriott"), "Jane Marriott", "GBR", "GOV", "person")
    assert not [a for a in found if a.text == "Kenya"]


def test_possessor_gives_country_to_apposed_name():
    found = actors("The Kremlin's top diplomat, Sergei Lavrov, criticised the sanctions.")
    check(one(found, "Sergei Lavrov"), "Sergei Lavrov", "RUS", "GOV", "person")
    check(one(found, "The Kremlin"), "Kremlin", "RUS", "GOV", "organisation")


def test_head_of_state_title():
    a = one(actors("Ugandan President Yoweri Museveni said he would send troops."), "Ugandan President Yoweri Museveni")
    check(a, "Yoweri Museveni", "UGA", "GOV", "person")
    assert a.role == "president"


# --- metonymy --------------------------------------------------------------------------------


def test_capital_as_speaker_is_the_government():
    found = actors("Moscow said on Friday it would respond to the sanctions.")
    check(one(found, "Moscow"), "Russia", "RUS", "GOV", "state")
    assert "capital" in one(found, "Moscow").method


def test_capital_as_object_of_accusation():
    found = actors("Kabul accused Islamabad of harbouring militants.")
    check(one(found, "Kabul"), "Afghanistan", "AFG", "GOV", "state")
    check(one(found, "Islamabad"), "Pakistan", "PAK", "GOV", "state")


def test_government_buildings():
    found = actors("The Pentagon announced new deployments. Downing Street declined to comment.")
    check(one(found, "The Pentagon"), "Pentagon", "USA", "MIL", "organisation")
    check(one(found, "Downing Street"), "Downing Street", "GBR", "GOV", "organisation")


def test_countries_as_actors():
    found = actors("Russia and China blocked the resolution. The United States imposed sanctions on Iran.")
    check(one(found, "Russia"), "Russia", "RUS", "GOV", "state")
    check(one(found, "China"), "China", "CHN", "GOV", "state")
    check(one(found, "The United States"), "United States", "USA", "GOV", "state")
    check(one(found, "Iran"), "Iran", "IRN", "GOV", "state")


# --- nationality adjectives and sector nouns ---------------------------------------------------


def test_nationality_and_sector_nouns():
    found = actors("Iraqi troops fired on protesters in Basra. Police arrested dozens of students. Rebels attacked an army base.")
    check(one(found, "Iraqi troops"), "Iraqi troops", "IRQ", "MIL", "group")
    check(one(found, "protesters"), "protesters", None, "CVL", "group")
    check(one(found, "Police"), "Police", "IRQ", "COP", "group")  # the story happens in Basra, Iraq only
    check(one(found, "students"), "students", None, "EDU", "group")
    check(one(found, "Rebels"), "Rebels", None, "REB", "group")
    assert not [a for a in found if "army" in a.text]  # 'army base' is a place, not an actor


def test_modifier_sector_beats_weak_head_and_demonym_people():
    found = actors("Afghan military leaders met Afghans who had fled the fighting.")
    check(one(found, "Afghan military leaders"), "Afghan military leaders", "AFG", "MIL", "group")
    check(one(found, "Afghans"), "Afghans", "AFG", "CVL", "group")


def test_conjunct_shares_nationality():
    found = actors("Washington will keep funding the Afghan government and military leaders.")
    check(one(found, "military leaders"), "military leaders", "AFG", "MIL", "group")


# --- knowledge-base organisations --------------------------------------------------------------


def test_kb_organisations():
    found = actors("NATO and the African Union condemned the attack by al-Shabab. Amnesty International called for an inquiry.")
    check(one(found, "NATO"), "NATO", None, "IGO", "organisation")
    check(one(found, "the African Union"), "African Union", None, "IGO", "organisation")
    check(one(found, "al-Shabab"), "al-Shabab", "SOM", "INS", "group")
    check(one(found, "Amnesty International"), "Amnesty International", None, "NGO", "organisation")


def test_members_of_an_armed_group_stand_for_it():
    found = actors("Hezbollah fighters fired rockets across the border.")
    check(one(found, "Hezbollah fighters"), "Hezbollah", "LBN", "REB", "group")


# --- pronouns ------------------------------------------------------------------------------------


def test_it_in_a_reporting_frame():
    found = actors("The ministry said it would investigate the killings.")
    it = one(found, "it")
    check(it, "ministry", None, "GOV", "organisation")
    assert it.antecedent is not None and it.antecedent.text == "The ministry"


def test_he_prefers_the_reporting_subject():
    found = actors("Foreign Minister Sergei Lavrov told reporters that he would meet the envoy.")
    he = one(found, "he")
    check(he, "Sergei Lavrov", "RUS", "GOV", "person")


def test_they_takes_a_group_not_a_person():
    found = actors("Mullah Ahmad met the Taliban in Kandahar, and they agreed to a truce.")
    check(one(found, "they"), "Taliban", "AFG", "INS", "group")


def test_expletive_it_is_not_an_actor():
    found = actors("The army said it is going to be a long fight.")
    assert not [a for a in found if a.text == "it"]


def test_possessive_of_a_person():
    found = actors("Foreign Minister Sergei Lavrov met his Turkish counterpart in Ankara.")
    check(one(found, "his"), "Sergei Lavrov", "RUS", "GOV", "person")
    c = one(found, "his Turkish counterpart")
    assert (c.country, c.sector, c.role) == ("TUR", "GOV", "counterpart")



@pytest.mark.parametrize("text", [
    "“We will keep supporting the army,” the Kenyan defence ministry said on Friday.",
    "The Kenyan defence ministry said: “We will keep supporting the army.”",
])
def test_we_in_a_quotation_is_the_quoted_speaker(text):
    we = one(actors(text), "We")
    assert we.antecedent is not None and "ministry" in we.antecedent.text and we.country == "KEN"
    assert "quotation" in we.method


def test_we_in_the_narrative_is_the_writer_not_an_actor():
    assert not [a for a in actors("We visited the border town last week, where the army had set up camp.") if a.text == "We"]

# --- definite descriptions -------------------------------------------------------------------------


def test_the_department():
    found = actors("The State Department warned Americans against travel to Mali. The department said the security situation had worsened.")
    dep = one(found, "The department")
    check(dep, "US State Department", "USA", "GOV", "organisation")
    assert dep.antecedent is not None and dep.antecedent.text == "The State Department"
    assert not [a for a in found if a.text == "Mali"]


def test_the_group():
    found = actors("Boko Haram attacked a village in Borno state on Sunday. The group later released the hostages.")
    check(one(found, "The group"), "Boko Haram", "NGA", "INS", "group")


def test_the_armed_group_and_its_spokesman():
    found = actors("The Houthis fired a missile at the port. The armed group's spokesman said the strike was a warning.")
    check(one(found, "The armed group"), "Houthis", "YEM", "REB", "group")
    s = one(found, "The armed group's spokesman")
    check(s, "Houthis spokesman", "YEM", "REB", "person")
    assert s.role == "spokesman"


def test_unresolvable_group_is_dropped():
    found = actors("The group of friends walked home.")
    assert not [a for a in found if "group" in a.text]


# --- surname-only mentions ---------------------------------------------------------------------------


def test_surname_after_full_name():
    found = actors("Defence Secretary Ben Wallace visited the base. Later, Wallace said more troops were needed.")
    w = one(found, "Wallace")
    check(w, "Ben Wallace", None, "MIL", "person")
    assert w.antecedent is not None and "Ben Wallace" in w.antecedent.text


def test_surname_before_full_name_joins_it():
    found = actors("Ambassador Smith arrived on Monday. The American ambassador to Chad, Linda Smith, said talks had begun.")
    check(one(found, "Ambassador Smith"), "Linda Smith", "USA", "GOV", "person")


# --- places are not actors ---------------------------------------------------------------------------


def test_locations_are_left_to_places():
    found = actors("Talks were held in Doha. Delegates travelled from Afghanistan to Qatar's capital. Qatar hosted the talks.")
    assert [a.text for a in found] == ["Qatar"]
    check(found[0], "Qatar", "QAT", "GOV", "state")


def test_country_modifying_a_non_actor_is_not_an_actor():
    found = actors("US operations in Syria continued as Turkish planes flew overhead.")
    assert not [a for a in found if a.text in ("US", "Syria")]


# --- the stage in a pipeline, and the document's mentions ---------------------------------------------


def test_pipeline_and_mentions_in_token_order():
    article = PIPELINE.code_text("Police in Nairobi said the protesters had dispersed.", published=date(2024, 5, 2))
    assert [a.text for a in article.actors] == ["Police", "the protesters"]
    d = document("Police in Nairobi said the protesters had dispersed.")
    assert [m.start for m in d.mentions] == sorted(m.start for m in d.mentions)
    assert d.mention_at(0) is not None and d.mention_at(0).actor.sector == "COP"


# --- knowledge base ---------------------------------------------------------------------------------


def test_kb_has_every_country_and_demonyms():
    kb = load_kb()
    assert len(kb.countries) >= 249
    assert kb.countries["AFG"].capitals == ("Kabul",)
    assert "Afghans" in kb.countries["AFG"].people and "Iraqi" in kb.countries["IRQ"].adjectives
    assert "US" in kb.countries["USA"].aliases


def _copy_kb(tmp_path: Path) -> Path:
    for f in _data_dir().iterdir():
        (tmp_path / f.name).write_text(f.read_text("utf-8"), "utf-8")
    return tmp_path


def test_kb_typo_names_file_and_line(tmp_path):
    d = _copy_kb(tmp_path)
    orgs = d / "organisations.tsv"
    lines = orgs.read_text("utf-8").splitlines()
    n = next(i for i, line in enumerate(lines) if line.startswith("Boko Haram"))
    lines[n] = lines[n].replace("INS", "INZ")
    orgs.write_text("\n".join(lines) + "\n", "utf-8")
    with pytest.raises(KBError, match=rf"organisations.tsv:{n + 1}: unknown sector 'INZ'"):
        load_kb(d)


def test_adding_an_armed_group_is_one_line(tmp_path):
    d = _copy_kb(tmp_path)
    with (d / "organisations.tsv").open("a", encoding="utf-8") as f:
        f.write("Zeta Liberation Front\tgroup\tREB\tCOL\tZLF\n")
    kb = load_kb(d)
    assert kb.orgs["org:Zeta Liberation Front"].country == "COL"
    resolver = ActorResolver(kb)
    text = "The ZLF ambushed a patrol."
    doc = Document(Article(id="t", text=text), NLP(text))
    PLACES(doc)
    found = resolver(doc).article.actors
    check(one(found, "The ZLF"), "Zeta Liberation Front", "COL", "REB", "group")


# --- property: never raises, spans exact --------------------------------------------------------------

WORDS = ["the", "Taliban", "said", "it", "they", "he", "his", "US", "Washington", "Kabul", "police", "armed", "group",
         "spokesman", "General", "John", "Kirby", "Afghan", "forces", "'s", ",", ".", "“", "”", "attacked", "in",
         "Doha", "department", "State", "Department", "President", "Biden", "officials", "and", "of", "rebels",
         "military", "leaders", "NATO", "a", "-", "\n", "Iraqi", "troops", "their", "them", "its", "protesters"]


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS), min_size=0, max_size=40))
def test_property_never_raises_and_spans_are_exact(words):
    text = " ".join(words)
    d = document(text)
    for a in d.article.actors:
        assert text[a.start : a.end] == a.text and a.text.strip() == a.text and a.text
        if a.antecedent is not None:
            assert text[a.antecedent.start : a.antecedent.end] == a.antecedent.text
    assert len(d.mentions) == len(d.article.actors)
    for m, a in zip(d.mentions, d.article.actors):
        assert m.actor is a and 0 <= m.start < m.end <= len(d.doc)


def test_rejects_doc_of_other_text():
    with pytest.raises(ValueError, match="actors: the spaCy Doc was not built from article.text"):
        ACTORS(Document(Article(id="t", text="Kabul said"), NLP("Doha said")))
