"""Actors round 11: two unlisted people of one surname stay two (a first name or a title says the gender; a lone
surname goes by title, then by the pronoun of what it says); a named organisation never joins a named person
through an apposition; a listed person named by surname alone has the listed gender for pronouns; a regional title
'of' a place is of that place's country, even in a story that names US states."""

from __future__ import annotations

from datetime import date

from eventwire.pipeline import Pipeline


def actors(pipeline: Pipeline, text: str) -> list:
    return pipeline.code_text(text, published=date(2024, 3, 5)).actors


def named(pipeline: Pipeline, text: str) -> dict[str, str]:
    """mention text -> entity name (the last mention of each text)."""
    return {a.text: a.name for a in actors(pipeline, text)}


def test_mr_does_not_join_an_unlisted_woman(pipeline: Pipeline) -> None:
    text = ("Maria Okafor founded the school. Her husband later joined. Mr. Okafor said the school would grow. "
            "Daniel Okafor said he was proud.")
    found = named(pipeline, text)
    assert found["Mr. Okafor"] == "Daniel Okafor"
    assert found["Maria Okafor"] == "Maria Okafor"


def test_a_lone_surname_goes_by_the_pronoun_of_what_it_says(pipeline: Pipeline) -> None:
    text = ("Maria Okafor, a teacher, founded the school in 2010. Her husband, Daniel Okafor, joined her two years "
            "later. Okafor said she had always wanted to teach.")
    found = named(pipeline, text)
    assert found["Okafor"] == "Maria Okafor"
    assert found["Daniel Okafor"] == "Daniel Okafor"


def test_two_namesakes_stay_two(pipeline: Pipeline) -> None:
    text = ("Sarah Mensah opened the clinic in Accra last year. Mr. Mensah runs the pharmacy next door. "
            "Samuel Mensah said the pharmacy would stay open.")
    found = named(pipeline, text)
    assert found["Mr. Mensah"] == "Samuel Mensah"
    assert found["Sarah Mensah"] == "Sarah Mensah"


def test_an_organisation_never_joins_a_person(pipeline: Pipeline) -> None:
    text = "Clinton's lawyer said the FBI, not Clinton, now holds the records."
    for a in actors(pipeline, text):
        if a.text == "the FBI":
            assert a.name == "FBI" and a.kind == "organisation"


def test_a_named_body_in_apposition_to_a_person_stays_a_body(pipeline: Pipeline) -> None:
    text = "The records went to Senator Pat Lindqvist, the Senate Intelligence Committee, on Monday."
    for a in actors(pipeline, text):
        if "Committee" in a.text:
            assert a.kind != "person"


def test_listed_surname_has_its_gender(pipeline: Pipeline) -> None:
    found = {a.text: a.name for a in actors(pipeline, "Putin spoke with Merkel on Tuesday. She told him that "
                                                       "sanctions would stay.")}
    assert found["She"] == "Merkel"


def test_governor_of_a_foreign_state_in_a_story_naming_us_states(pipeline: Pipeline) -> None:
    text = ("Gov. Babajide Sanwo-Olu of Lagos State told investors in New York on Monday that the state would build "
            "a new port. He later flew to Houston, Texas, and Atlanta, Georgia. The governor said Nigeria needed "
            "investment.")
    gov = next(a for a in actors(pipeline, text) if a.text.startswith("Gov."))
    assert gov.country == "NGA"


def test_senator_of_a_foreign_city(pipeline: Pipeline) -> None:
    text = ("Sen. Ayo Adeyemi of Lagos said in New York that he would visit Boston and Chicago. The Nigerian "
            "government welcomed the trip. The Nigerian army said it was ready.")
    sen = next(a for a in actors(pipeline, text) if a.text.startswith("Sen."))
    assert sen.country == "NGA"


def test_us_governor_of_a_us_state_stays_american(pipeline: Pipeline) -> None:
    text = ("Gov. Gavin Newsom of California met Nigerian officials in Lagos. The Nigerian government said the "
            "talks were useful. Nigeria's army chief attended.")
    gov = next(a for a in actors(pipeline, text) if a.text.startswith("Gov."))
    assert gov.country == "USA"


# --- found reading news nobody tuned on (TimeBank 000-079), each class on sentences of our own ---

def one(pipeline: Pipeline, text: str, mention: str):
    found = [a for a in actors(pipeline, text) if a.text == mention]
    assert found, f"no actor {mention!r} in {[a.text for a in actors(pipeline, text)]}"
    return found[0]


def test_a_subject_hung_on_a_name_is_no_modifier(pipeline: Pipeline) -> None:
    text = "The inspectors could not enter the site. Iraq alleged Ritter was an American spy and barred him."
    assert one(pipeline, text, "Ritter").country is None


def test_a_dateline_is_no_part_of_the_first_actor(pipeline: Pipeline) -> None:
    found = one(pipeline, "CANBERRA, Australia (AP)_ Qantas will suspend its flights to India next month.", "Qantas")
    assert found.sector is None


def test_an_acronym_is_no_person() -> None:
    # NER tags an acronym PERSON only in some long articles: give the parse that tag by hand
    from spacy.tokens import Span

    from eventwire.actors.kb import default_kb
    from eventwire.actors.mentions import MentionFinder
    from eventwire.nlp import load

    nlp = load()
    doc = nlp("Investigators spoke to the controllers. Later TWA said the flight had left on time.")
    i = next(t.i for t in doc if t.text == "TWA")
    doc.ents = [Span(doc, i, i + 1, label="PERSON")]
    at = MentionFinder(default_kb(), nlp).units(doc, {})
    assert at[i].what == "ner_org"


def test_his_in_an_apposition_is_not_the_named_person(pipeline: Pipeline) -> None:
    text = "Ranariddh's loyalists, including Nhek Bunchhay, his top military commander, fled the capital."
    assert all(a.name != "Nhek Bunchhay" for a in actors(pipeline, text) if a.text == "his")


def test_the_commander_of_a_countrys_forces(pipeline: Pipeline) -> None:
    text = ("The commander of the Cambodian forces said Thursday that he had sent a team to the border. British "
            "officials and the British embassy said they welcomed it. Britain said its diplomats would help.")
    assert one(pipeline, text, "The commander").country == "KHM"


def test_a_place_word_opening_a_name_is_no_region(pipeline: Pipeline) -> None:
    text = "Orange Order leaders said they would march through the town on Sunday."
    assert one(pipeline, text, "Orange Order leaders").country is None


def test_police_named_in_a_department(pipeline: Pipeline) -> None:
    text = "A spokesman for the Newark Police Department said the suspect was arrested."
    assert one(pipeline, text, "the Newark Police Department").sector == "COP"


def test_listed_bodies(pipeline: Pipeline) -> None:
    text = "The World Court on Friday rejected the objections. The IRA said it would not disarm. The Fed raised rates."
    assert one(pipeline, text, "The World Court").sector == "IGO"
    assert one(pipeline, text, "The IRA").sector == "REB"
    assert one(pipeline, text, "The Fed").country == "USA"


def test_an_org_named_first_name_and_surname_of_a_person(pipeline: Pipeline) -> None:
    text = ("The group's director, Homira Atimadi, spoke in Geneva on Tuesday. Ms. Atimadi said the women could "
            "not work.")
    assert one(pipeline, text, "Ms. Atimadi").name == one(pipeline, text, "Homira Atimadi").name
    assert one(pipeline, text, "Homira Atimadi").kind == "person"


def test_a_company_short_name(pipeline: Pipeline) -> None:
    text = "Magna International Inc. said its chief financial officer resigned. Magna said it would name a successor."
    assert one(pipeline, text, "Magna").name == "Magna International Inc."
    assert one(pipeline, text, "its chief financial officer").sector == "BUS"
    text = "Richard Archuleta is a director of Hewlett-Packard Co. Hewlett announced last week that it would ship a PC."
    assert one(pipeline, text, "Hewlett").name == "Hewlett-Packard Co."


def test_a_unit_named_after_its_parent_is_not_the_parent(pipeline: Pipeline) -> None:
    # (a limit of the rule above: only a full name ending in a legal form has a short name)
    text = ("General Motors Corp.'s electronics unit, GM Hughes Electronics, said net income fell 22%. GM closed down "
            "$1.875 in New York.")
    assert one(pipeline, text, "GM").name != "GM Hughes Electronics"


def test_a_generational_suffix(pipeline: Pipeline) -> None:
    text = "Louis Gerstner Jr., chairman of the company, spoke on Monday. Mr. Gerstner said sales rose."
    assert one(pipeline, text, "Mr. Gerstner").name == "Louis Gerstner Jr."


def test_a_company_short_name_ending_in_a_plural_is_one_body(pipeline: Pipeline) -> None:
    text = ("General Mills Inc. makes Cheerios. Kellogg Co. said it would build a plant in Michigan. General Mills, "
            "meanwhile, finds itself constrained because its plants are operating at capacity.")
    assert one(pipeline, text, "itself").name == "General Mills Inc."
    assert one(pipeline, text, "its").name == "General Mills Inc."
