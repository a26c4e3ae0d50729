"""Conflict reports as ACLED analysts read them (the coder's folding and ACLED rules), on sentences we wrote."""

from __future__ import annotations

import pytest

from eventwire.pipeline import Pipeline
from tests.eventcheck import by_trigger, events


@pytest.mark.parametrize(
    ("text", "trigger", "mode", "cameo", "acled"),
    [
        # the noun folded into the verb event says how it was done
        ("A suicide bomber blew himself up at a police checkpoint in Mogadishu.", "blew", "suicide-attack", "1831", "Suicide bomb"),
        ("Israeli air strikes hit a residential building in Gaza City overnight.", "hit", "aerial", "195", "Air/drone strike"),
        ("Russian forces launched a drone attack on Odesa overnight.", "launched", "aerial", "195", "Air/drone strike"),
    ],
)
def test_the_folded_noun_sharpens_the_verb_event(pipeline: Pipeline, text: str, trigger: str, mode: str, cameo: str,
                                                 acled: str) -> None:
    e = by_trigger(pipeline, text, trigger)
    assert (e.type, e.mode, e.cameo, e.acled) == ("ASSAULT", mode, cameo, acled), e.rule


def test_a_noun_never_blunts_a_sharper_verb(pipeline: Pipeline) -> None:
    """'shelled' is already heavy weapons: an attack noun beside it changes nothing."""
    e = by_trigger(pipeline, "Rebels shelled the outskirts of Goma in a fresh attack.", "shelled")
    assert (e.mode, e.cameo) == ("heavy-weapons", "194")


def test_the_state_named_on_the_strikes_did_them(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "Israeli air strikes hit a residential building in Gaza City overnight.", "hit")
    assert e.actor is not None and (e.actor.country, e.actor.sector) == ("ISR", "MIL"), e.rule


def test_armed_group_killing_farmers_is_an_attack_on_civilians(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "Suspected militants killed 12 farmers near Gwoza on Saturday.", "killed")
    assert e.acled == "Attack"


@pytest.mark.parametrize(
    ("text", "trigger", "type_", "acled"),
    [
        # every ACLED sub-event our users filter on, from sentences of the kind they read
        ("Government troops used chlorine gas against rebel positions near Idlib.", "used", "ASSAULT", "Chemical weapon"),
        ("Soldiers defused a roadside bomb on the road to Gao.", "defused", "COERCE", "Disrupted weapons use"),
        ("Rebels set up a new base in the hills above Bunia.", "set", "MOBILIZE", "Headquarters or base established"),
        ("The military handed control of the border town to a local militia.", "handed", "RETREAT", "Non-violent transfer of territory"),
        ("The two armed groups agreed to a ceasefire in Juba on Saturday.", "agreed", "AGREE", "Agreement"),
        # tear gas disperses (intervention); live rounds at protesters are excessive force
        ("Police used tear gas to break up a demonstration by students in Lahore.", "used", "ASSAULT", "Protest with intervention"),
        ("Security forces fired live ammunition at demonstrators in Khartoum.", "fired", "ASSAULT", "Excessive force against protesters"),
        # who attacks: rioters riot, other civilians as a crowd are a mob
        ("Rioters attacked police stations in Nouakchott.", "attacked", "ASSAULT", "Violent demonstration"),
        ("Angry residents beat a suspected thief to death in Nairobi.", "beat", "ASSAULT", "Mob violence"),
        # marching on a seat of power, blocking an avenue
        ("Several hundred protesters marched on parliament against a rise in fuel prices.", "marched", "PROTEST", "Peaceful protest"),
        ("The demonstrators blocked Kenyatta Avenue for about two hours.", "blocked", "PROTEST", "Peaceful protest"),
    ],
)
def test_acled_sub_events(pipeline: Pipeline, text: str, trigger: str, type_: str, acled: str) -> None:
    e = by_trigger(pipeline, text, trigger)
    assert (e.type, e.acled) == (type_, acled), e.rule


def test_a_bombing_claimed_by_an_armed_group_is_a_bomb_attack(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "Islamic State claimed responsibility for the bombing in Kabul on Monday.", "bombing")
    assert (e.mode, e.cameo, e.acled) == ("explosives", "183", "Remote explosive/landmine/IED")
    assert e.labels == ["Claim of responsibility"]


def test_a_bombing_by_a_state_air_force_stays_aerial(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "The bombing of the city by Russian jets went on all night.", "bombing")
    assert e.mode == "aerial"


@pytest.mark.parametrize(
    ("text", "trigger", "type_"),
    [
        ("The World Food Programme said it would send rice and lentils to shelters.", "send", "AID"),
        ("The United States plans to complete the withdrawal of its troops from Afghanistan by August 31.", "withdrawal", "RETREAT"),
    ],
)
def test_relief_goods_and_completed_acts(pipeline: Pipeline, text: str, trigger: str, type_: str) -> None:
    assert by_trigger(pipeline, text, trigger).type == type_


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("The government said troops would retake the area in the coming days.", "future"),  # a reported 'will'
        ("The rebels said they would attack the town if the army advanced.", "hypothetical"),
        ("Reporters asked whether the army would attack the town.", "hypothetical"),
    ],
)
def test_would_in_reported_speech(pipeline: Pipeline, text: str, modality: str) -> None:
    found = [e for e in events(pipeline, text) if e.type in {"COERCE", "ASSAULT"}]
    assert [e.modality for e in found] == [modality], [(e.type, e.trigger.text, e.modality) for e in found]


def test_the_military_as_a_noun_is_an_actor(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "The military handed control of the border town to a local militia.", "handed")
    assert e.actor is not None and e.actor.sector == "MIL"


@pytest.mark.parametrize(
    ("text", "cameo"),
    [
        ("The envoy will press the Taliban to stop their military offensive.", "1056"),  # de-escalation demanded
        ("The envoy will press the army to launch an offensive.", "100"),  # pressed for, not against, violence
    ],
)
def test_pressing_a_party_to_stop_fighting(pipeline: Pipeline, text: str, cameo: str) -> None:
    assert by_trigger(pipeline, text, "press").cameo == cameo


def test_a_suspected_thief_is_the_one_beaten(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "Angry residents beat a suspected thief to death in Nairobi.", "beat")
    assert e.target is not None and e.target.text == "a suspected thief"


@pytest.mark.parametrize(
    ("text", "trigger", "actor", "target"),
    [
        ("Clashes between Fulani herders and farmers left at least 20 dead in Plateau State.", "Clashes", "Fulani herders", "farmers"),
        ("Heavy clashes between the army and the rebels spread to Goma.", "clashes", "the army", "the rebels"),
    ],
)
def test_between_two_sides(pipeline: Pipeline, text: str, trigger: str, actor: str, target: str) -> None:
    e = by_trigger(pipeline, text, trigger)
    assert (e.actor.text if e.actor else None, e.target.text if e.target else None) == (actor, target), e.rule


def test_fighting_between_sides_kills_people_not_a_side(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "Fighting between the army and the rebels killed 12 people near Goma.", "killed")
    assert e.target is not None and e.target.text == "12 people"


REACH = [
    ("Troops clashed with rebels near Goma on Sunday.", "Armed clash"),
    ("A drone strike killed a senior commander in Marib province.", "Air/drone strike"),
    ("Rebels shelled the outskirts of Goma with mortars.", "Shelling/artillery/missile attack"),
    ("A roadside bomb exploded near a military convoy in Helmand.", "Remote explosive/landmine/IED"),
    ("A suicide bomber blew himself up at a police checkpoint in Mogadishu.", "Suicide bomb"),
    ("Attackers threw a grenade at a police station in Bujumbura.", "Grenade"),
    ("Government troops used chlorine gas against rebel positions near Idlib.", "Chemical weapon"),
    ("Suspected militants killed 12 farmers near Gwoza on Saturday.", "Attack"),
    ("Gunmen kidnapped a Catholic priest in Enugu State on Sunday.", "Abduction/forced disappearance"),
    ("Armed men raped several women during an attack on a village.", "Sexual violence"),
    ("Government forces recaptured the town of Kidal from separatist rebels.", "Government regains territory"),
    ("Rebels seized the town of Menaka on Sunday.", "Non-state actor overtakes territory"),
    ("The military handed control of the border town to a local militia.", "Non-violent transfer of territory"),
    ("Thousands of teachers marched peacefully through Accra on Monday.", "Peaceful protest"),
    ("Police used tear gas to break up a demonstration by students in Lahore.", "Protest with intervention"),
    ("Security forces fired live ammunition at demonstrators in Khartoum.", "Excessive force against protesters"),
    ("Rioters attacked police stations in Nouakchott.", "Violent demonstration"),
    ("Angry residents beat a suspected thief to death in Nairobi.", "Mob violence"),
    ("Police arrested 14 protesters in Lagos.", "Arrests"),
    ("The two armed groups agreed to a ceasefire in Juba on Saturday.", "Agreement"),
    ("The militia disbanded on Friday.", "Change to group/activity"),
    ("Soldiers defused a roadside bomb on the road to Gao.", "Disrupted weapons use"),
    ("Rebels set up a new base in the hills above Bunia.", "Headquarters or base established"),
    ("Militants looted shops in the market before fleeing.", "Looting/property destruction"),
    ("The army seized power in a coup on Wednesday.", "Other"),
]


@pytest.mark.parametrize(("text", "acled"), REACH)
def test_each_acled_sub_event(pipeline: Pipeline, text: str, acled: str) -> None:
    assert acled in [e.acled for e in events(pipeline, text)], [(e.trigger.text, e.type, e.acled) for e in events(pipeline, text)]


def test_the_list_covers_all_25_sub_events() -> None:
    from eventwire.ontology import get_ontology

    onto = get_ontology()
    names = {a for _, a in REACH}
    assert len(names) == 25 and all(onto.is_acled(a) for a in names)


def test_people_of_a_faith_in_general_are_no_mob(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "It is not just Muslims shooting people.", "shooting")
    assert e.acled != "Mob violence"
