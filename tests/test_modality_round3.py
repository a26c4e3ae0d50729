"""Modality round 3 and known false events (issue #3).

Modality: a subjunctive 'were to' supposes its act, with or without 'if'; 'try/attempt to' over an act is an
intent, not the act, save a violent act (an attempted assassination is an attack, as CAMEO codes it); what a party is persuaded or convinced to do is asked of it; 'were about to' is
imminent (future); 'nearly'/'almost' just before the verb says the act did not happen; the purpose of a plan
is intended; "hopes to" is read although the small model lemmatises 'hopes' as 'hop'; what a posting says
should happen to a person ("should be hanged") is not asserted (a threat, CAMEO 138).
False events: "treated the wounded", "the roof caved in", "a ban on fireworks", "permitted personal usage".
Each rule has a twin that is still coded. All sentences written for this file."""

from __future__ import annotations

import pytest

from eventcheck import events


def _of_type(pipeline, text: str, type_: str):
    found = [e for e in events(pipeline, text) if e.type == type_]
    assert found, [(e.type, e.trigger.text, e.modality) for e in events(pipeline, text)]
    return found


@pytest.mark.parametrize(
    ("text", "type_", "modality"),
    [
        ("Trade would suffer if America were to slap tariffs on Mexico.", "SANCTION", "hypothetical"),
        ("Were the army to shell the town, the talks would end.", "ASSAULT", "hypothetical"),
        ("Lawyers try to convince a judge to release the prisoners.", "RETREAT", "requested"),
        ("The rebels attempted to seize the airport on Monday.", "COERCE", "intended"),
        ("The militia tried to capture the bridge.", "COERCE", "intended"),
        ("Aid groups persuaded the army to free the hostages.", "RETREAT", "requested"),
        ("The rebels were about to attack the town.", "ASSAULT", "future"),
        ("The army nearly captured the town.", "COERCE", "hypothetical"),
        ("Troops almost attacked the convoy near the border.", "ASSAULT", "hypothetical"),
        ("Plans were drawn up to attack the town.", "ASSAULT", "intended"),
        ("A plan to attack the embassy was foiled.", "ASSAULT", "intended"),
        ("The president hopes to meet Putin next week.", "CONSULT", "intended"),
        ("A man was arrested over a posting saying the senator should be hanged.", "ASSAULT", "hypothetical"),
    ],
)
def test_not_asserted(pipeline, text: str, type_: str, modality: str) -> None:
    found = _of_type(pipeline, text, type_)
    assert all(e.modality == modality for e in found), [(e.trigger.text, e.modality, e.rule) for e in found]


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("America slapped tariffs on Mexico on Friday.", "SANCTION"),
        ("The army shelled the town, and the talks ended.", "ASSAULT"),
        ("The judge released the prisoners on Monday.", "RETREAT"),
        ("The rebels seized the airport on Monday.", "COERCE"),
        ("The rebels were ready and attacked the town.", "ASSAULT"),
        ("The army captured the town after nearly a week.", "COERCE"),
        ("The blast killed nearly 200 people.", "ASSAULT"),
        ("The army almost doubled its attacks on the town.", "ASSAULT"),
        ("Troops drew up positions and attacked the town.", "ASSAULT"),
        ("The president met Putin last week.", "CONSULT"),
        ("A man was arrested over a posting on Monday.", "COERCE"),
        ("Gunmen attempted to assassinate the mayor on Monday.", "ASSAULT"),  # an attempted assassination is an attack
        ("The army shelved the plans, only to attack the town a week later.", "ASSAULT"),  # 'only to': what followed
    ],
)
def test_twins_stay_asserted(pipeline, text: str, type_: str) -> None:
    found = _of_type(pipeline, text, type_)
    assert all(e.modality == "asserted" for e in found), [(e.trigger.text, e.modality, e.rule) for e in found]


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("Medics treated the wounded on Sunday.", "ASSAULT"),
        ("Doctors at the hospital treated the wounded after the blast.", "ASSAULT"),
        ("The roof of the mine caved in on Tuesday.", "CONCEDE"),
        ("The city imposed a ban on fireworks.", "SANCTION"),
        ("Colorado permitted personal usage of marijuana in 2012.", "CONCEDE"),
    ],
)
def test_known_false_events(pipeline, text: str, type_: str) -> None:
    found = [e for e in events(pipeline, text) if e.type == type_]
    assert not found, [(e.type, e.trigger.text, e.rule) for e in found]


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("The blast wounded the soldiers on Sunday.", "ASSAULT"),
        ("The government caved in to the demands of the protesters.", "CONCEDE"),
        ("The EU imposed sanctions on Russia.", "SANCTION"),
        ("The United States imposed a ban on Iranian oil.", "SANCTION"),
        ("Washington imposed tariffs on Chinese steel.", "SANCTION"),
        ("The EU imposed new sanctions.", "SANCTION"),
        ("The government permitted the opposition rally in the capital.", "CONCEDE"),
    ],
)
def test_false_event_twins_still_coded(pipeline, text: str, type_: str) -> None:
    _of_type(pipeline, text, type_)


def test_what_a_mistagged_verb_of_asking_presses_for_is_its_content_not_the_askers_act(pipeline) -> None:
    """'will attend and “press for an end to the shelling and a commitment …”': the small model tags 'press'
    NOUN; it still governs the nouns it asks for, so the envoys neither commit (AGREE) nor threaten shelling."""
    text = ("Envoys from the region will attend and “press for an end to the shelling and a commitment not to arm "
            "the militias”, the ministry said.")
    found = events(pipeline, text)
    assert [e.type for e in found if e.trigger.text == "press"] == ["REQUEST"]
    assert not [e for e in found if e.trigger.text in {"commitment", "shelling"}], [(e.type, e.trigger.text) for e in found]
    assert [e.modality for e in found if e.trigger.text == "arm"] == ["requested"]
