"""ACLED sub-events and targets in everyday conflict wire copy: killings of unarmed people, 'shot dead',
grenades, patrols, handovers of territory and signed ceasefires. Sentences written for this file."""

from __future__ import annotations

import pytest
from eventcheck import by_trigger


@pytest.mark.parametrize("text, trigger", [
    ("Unknown gunmen killed a village chief in Borno on Monday.", "killed"),
    ("Gunmen shot dead two men in Zamfara.", "shot"),
    ("Gunmen killed a local councillor in Guerrero state.", "killed"),
    ("Gunmen killed the district governor of Jalrez.", "killed"),
    ("Militants killed a woman and her two children in Tillaberi.", "killed"),
])
def test_killing_people_who_are_no_armed_party_is_an_attack(pipeline, text, trigger):
    """Before, a target with no sector left ACLED's rule at 'Armed clash' (two armed sides)."""
    assert by_trigger(pipeline, text, trigger).acled == "Attack"


@pytest.mark.parametrize("text, trigger", [
    ("Troops killed a rebel commander near Beni.", "killed"),
    ("Gunmen killed two soldiers in Borno.", "killed"),
    ("Soldiers shot dead three militants near the border.", "shot"),
    ("Militants ambushed an army patrol in the Sinai.", "ambushed"),
])
def test_fighting_forces_or_fighters_stays_an_armed_clash(pipeline, text, trigger):
    assert by_trigger(pipeline, text, trigger).acled == "Armed clash"


def test_a_name_nobody_knows_says_nothing_of_being_armed(pipeline):
    e = by_trigger(pipeline, "Troops killed Musa Adamu Garba in a raid.", "killed")
    assert e.target is not None and e.target.sector is None
    assert e.acled == "Armed clash"


@pytest.mark.parametrize("text, target", [
    ("Gunmen shot dead two men in Zamfara.", "two men"),
    ("Kenyan police shot dead two protesters in Kisumu.", "two protesters"),
    ("Police shot dead a suspect in Lagos.", "a suspect in Lagos"),
])
def test_shot_dead_leaves_dead_out_of_the_target(pipeline, text, target):
    """The parser made 'dead' the adjective of the people shot ('dead two men'); parse_repairs makes it the verb's."""
    e = by_trigger(pipeline, text, "shot")
    assert e.target is not None and e.target.text == target


def test_dead_before_a_noun_it_describes_stays_its_adjective(pipeline):
    from eventwire.nlp import load
    doc = load()("Rescuers found dead fish in the river.")
    dead = next(t for t in doc if t.text == "dead")
    assert (dead.dep_, dead.head.text) == ("amod", "fish")


@pytest.mark.parametrize("text, trigger", [
    ("A grenade thrown into a bar in Bujumbura wounded 12 people.", "wounded"),
    ("A grenade exploded in a market in Bujumbura.", "exploded"),
    ("Two people were injured in a grenade attack in Bujumbura.", "injured"),
])
def test_a_grenade_is_acleds_grenade_not_a_planted_explosive(pipeline, text, trigger):
    assert by_trigger(pipeline, text, trigger).acled == "Grenade"


def test_a_bomb_stays_a_remote_explosive(pipeline):
    assert by_trigger(pipeline, "A bomb exploded in a market in Bujumbura.", "exploded").acled == "Remote explosive/landmine/IED"


@pytest.mark.parametrize("text", [
    "Militants ambushed an army patrol in the Sinai.",
    "The army patrol was ambushed near Gao.",
])
def test_an_ambushed_patrol_is_the_force_on_patrol(pipeline, text):
    """'patrol' names an act too (MOBILIZE); attacked, it is the soldiers patrolling."""
    e = by_trigger(pipeline, text, "ambushed")
    assert e.target is not None and e.target.sector == "MIL", e.target


def test_a_patrol_begun_is_still_a_deployment(pipeline):
    assert by_trigger(pipeline, "Troops began a patrol of the border.", "patrol").type == "MOBILIZE"


@pytest.mark.parametrize("text", [
    "The rebels handed over control of Goma to regional troops.",
    "The rebels handed control of Goma to regional troops.",
])
def test_control_of_a_town_handed_over_is_a_non_violent_transfer(pipeline, text):
    e = by_trigger(pipeline, text, "handed")
    assert (e.type, e.cameo, e.acled) == ("RETREAT", "0874", "Non-violent transfer of territory")


def test_a_signed_ceasefire_is_acleds_agreement_a_trade_deal_is_not(pipeline):
    truce = by_trigger(pipeline, "The two sides signed a ceasefire agreement in Addis Ababa on Wednesday.", "signed")
    assert (truce.cameo, truce.acled) == ("057", "Agreement")
    trade = by_trigger(pipeline, "Kenya and Uganda signed a trade agreement on Wednesday.", "signed")
    assert (trade.cameo, trade.acled) == ("057", None)


@pytest.mark.parametrize("text", [
    "Israeli aircraft struck a weapons depot in Gaza overnight.",
    "Israeli jets struck targets in southern Lebanon.",
])
def test_aircraft_and_jets_striking_are_air_strikes(pipeline, text):
    e = by_trigger(pipeline, text, "struck")
    assert (e.mode, e.cameo, e.acled) == ("aerial", "195", "Air/drone strike")


@pytest.mark.parametrize("text, trigger, sector", [
    ("A suicide bomber blew himself up at a checkpoint in Mogadishu, killing five soldiers.", "blew", "MIL"),
    ("A roadside bomb exploded near Gao, wounding three peacekeepers.", "exploded", "MIL"),
    ("Jihadists attacked a church in Burkina Faso, killing 15 worshippers.", "attacked", "CVL"),
])
def test_with_nobody_named_as_attacked_the_known_party_killed_is_the_target(pipeline, text, trigger, sector):
    """Before, the target was the place ('Mogadishu' as the people there) or nobody."""
    e = by_trigger(pipeline, text, trigger)
    assert e.target is not None and e.target.sector == sector, e.target


def test_unnamed_victims_leave_the_target_to_the_place(pipeline):
    e = by_trigger(pipeline, "A suicide bomber blew himself up in a market in Mogadishu, killing five people.", "blew")
    assert e.target is not None and (e.target.text, e.target.country, e.target.sector) == ("Mogadishu", "SOM", "CVL")


def test_an_attacked_base_stays_the_target_over_those_killed(pipeline):
    e = by_trigger(pipeline, "Militants attacked an army base, killing three civilians.", "attacked")
    assert e.target is not None and e.target.text == "an army base"


def test_security_forces_killing_people_is_an_attack(pipeline):
    text = "Security forces killed at least 12 people when they opened fire on a crowd in Conakry, rights groups said."
    assert by_trigger(pipeline, text, "killed").acled == "Attack"


@pytest.mark.parametrize("text, trigger, sector", [
    ("Rebels shot down a military helicopter near Bunia, killing four crew members.", "shot", "MIL"),
    ("Gunmen attacked a police truck in Zamfara.", "attacked", "COP"),
])
def test_a_forces_aircraft_or_vehicle_attacked_is_that_force(pipeline, text, trigger, sector):
    e = by_trigger(pipeline, text, trigger)
    assert e.target is not None and e.target.sector == sector, e.target


@pytest.mark.parametrize("text", [
    "A fire that killed 19 people broke out on Saturday.",
    "Heavy rains killed 20 people.",
    "A cholera outbreak has killed 30 people.",
])
def test_deaths_from_fire_rain_or_disease_are_no_attack(pipeline, text):
    """Before: ASSAULT with 'A fire' as the attacker, ACLED Attack."""
    assert not [e for e in pipeline.code_text(text).events if e.type == "ASSAULT"]


def test_fire_opened_by_gunmen_is_still_an_attack(pipeline):
    assert [e.type for e in pipeline.code_text("Gunmen opened fire, killing three.").events] == ["ASSAULT"]


def test_an_aid_worker_is_an_ngo(pipeline):
    e = by_trigger(pipeline, "Armed men kidnapped an aid worker in northern Mali on Thursday.", "kidnapped")
    assert e.target is not None and e.target.sector == "NGO"


@pytest.mark.parametrize("text, trigger, acled", [
    ("The attack left 12 people dead.", "attack", "Armed clash"),
    ("An air strike on the market left at least 30 dead, medics said.", "strike", "Air/drone strike"),
    # (eighteenth session: a crowd of a party's supporters clashing with police riots, as the verb 'clashed' already coded it)
    ("Clashes between police and opposition supporters left two dead.", "Clashes", "Violent demonstration"),
    ("Clashes between the army and rebels left two dead.", "Clashes", "Armed clash"),
])
def test_an_event_that_left_people_dead_happened(pipeline, text, trigger, acled):
    """Before: 'event noun with no actor and no light verb: not coded'."""
    assert by_trigger(pipeline, text, trigger).acled == acled


@pytest.mark.parametrize("text", ["The talks left many questions open.", "The storm left thousands homeless."])
def test_left_without_casualties_or_an_act_is_no_event(pipeline, text):
    assert not [e for e in pipeline.code_text(text).events if e.type == "ASSAULT"]
