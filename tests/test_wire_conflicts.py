"""Conflict reports as wires write them: country names in wire style, datelines, commanders of armed
groups, the forces inside an event noun. Sentences written for this file; uses the session `pipeline` fixture."""

from __future__ import annotations

from eventcheck import by_trigger


def test_congo_alone_is_the_democratic_republic_as_wires_write_it(pipeline):
    article = pipeline.code_text("Fighting in eastern Congo displaced thousands. Congo's army said it repelled the rebels.")
    army = next(a for a in article.actors if a.text == "Congo's army")
    assert (army.country, army.sector) == ("COD", "MIL"), army
    assert {p.country for p in article.places if p.text == "Congo"} == {"COD"}, article.places


def test_the_congo_republic_is_brazzavilles(pipeline):
    e = by_trigger(pipeline, "The Congo Republic's army repelled the rebels near Brazzaville.", "repelled")
    assert e.actor is not None and e.actor.country == "COG", e.actor


def test_a_capitals_own_name_beats_a_town_that_has_it_as_another_name(pipeline):
    text = ("Indian troops exchanged fire in Kashmir on Wednesday, Indian officials said. "
            "Police in Srinagar arrested 15 people. Islamabad rejected the charge.")
    article = pipeline.code_text(text)
    islamabad = next(p for p in article.places if p.text == "Islamabad")
    assert (islamabad.country, islamabad.feature) == ("PAK", "P.PPLC"), islamabad


def test_an_armed_groups_commander_is_of_the_group_not_the_army(pipeline):
    article = pipeline.code_text('"This is a gesture of peace," ELN commander Antonio Garcia wrote on Sunday.')
    garcia = next(a for a in article.actors if a.name == "Antonio Garcia")
    assert (garcia.country, garcia.sector) == ("COL", "REB"), garcia
    envoy = next(a for a in pipeline.code_text("UN envoy Hans Grundberg welcomed the deal.").actors
                 if a.name == "Hans Grundberg")
    assert envoy.sector == "IGO", envoy


def test_a_strike_that_hits_something_is_an_attack(pipeline):
    e = by_trigger(pipeline, "A Russian missile strike hit an apartment block in Dnipro.", "hit")
    assert (e.type, e.actor.country, e.actor.sector) == ("ASSAULT", "RUS", "MIL"), (e.type, e.actor)
    e = by_trigger(pipeline, "A missile strike destroyed a school in the city.", "destroyed")
    assert e.type == "ASSAULT", e


def test_a_labour_strike_that_hits_transport_is_no_attack(pipeline):
    article = pipeline.code_text("The general strike hit public transport across the country.")
    assert not [e for e in article.events if e.type == "ASSAULT"], article.events


def test_forces_named_on_an_attack_noun_do_it(pipeline):
    e = by_trigger(pipeline, "A Myanmar military air strike killed at least 30 people on Tuesday.", "strike")
    assert e.actor is not None and (e.actor.text, e.actor.country, e.actor.sector) == ("Myanmar military", "MMR", "MIL"), e.actor
    e = by_trigger(pipeline, "A Sudan army drone strike hit a market in Nyala.", "hit")
    assert e.actor is not None and (e.actor.country, e.actor.sector) == ("SDN", "MIL"), e.actor


def test_a_military_operation_is_armed_not_the_army(pipeline):
    e = by_trigger(pipeline, "Turkey's president says it will begin a new military operation against Kurdish fighters.",
                   "operation")
    assert e.actor is None or e.actor.text != "military", e.actor


def test_a_gerund_before_a_verb_with_no_subject_is_its_subject(pipeline):
    e = by_trigger(pipeline, "Russian shelling destroyed homes in the village.", "destroyed")
    assert e.actor is not None and (e.actor.country, e.actor.sector) == ("RUS", "MIL"), e.actor
    e = by_trigger(pipeline, "Shelling damaged the hospital on Monday.", "damaged")
    assert e.type == "ASSAULT", e
