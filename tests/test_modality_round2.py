"""Modality round 2: statements that assert no act. A subject that names no one ("Neither the mayor nor her
aides", "No one", "None of the soldiers") negates the act; a direct question ("Did the army shell the
town?", "Why did …?") asserts nothing and is coded `hypothetical` (the event stays visible to a query, but
never as something that happened); a generic "you"/"one" or a habitual adverb with the simple present ("you
get shot if you cross the line", "police usually arrest …") states a rule, not an act (`hypothetical`);
"in case", "provided that", "as long as" suppose their clause as "if" does. Each has a twin that stays
asserted. All sentences written for this file. Uses the session `pipeline` fixture."""

from __future__ import annotations

import pytest

from eventcheck import events, only


@pytest.mark.parametrize(
    ("text", "type_", "modality"),
    [
        # subjects that name no one
        ("Neither the governor nor his deputies have been arrested.", "COERCE", "negated"),
        ("No one attacked the convoy near the bridge.", "ASSAULT", "negated"),
        ("Nobody arrested the protesters outside the ministry.", "COERCE", "negated"),
        ("None of the soldiers attacked the village.", "ASSAULT", "negated"),
        ("No troops attacked the village on Sunday.", "ASSAULT", "negated"),
        # direct questions
        ("Did the army shell the town on Sunday?", "ASSAULT", "hypothetical"),
        ("Why did the militia attack the convoy?", "ASSAULT", "hypothetical"),
        ("Has the government arrested the editor?", "COERCE", "hypothetical"),
        # generic you / one, habits
        ("You get shot if you cross the fence.", "ASSAULT", "hypothetical"),
        ("Police usually arrest protesters near the palace.", "COERCE", "hypothetical"),
        # conditions the parse does not mark as "if"
        ("The army will strike in case the rebels attack the town.", "ASSAULT", "hypothetical"),
        ("Troops will stay in the city as long as the rebels attack the villages.", "ASSAULT", "hypothetical"),
        ("One gets arrested for insulting the king.", "COERCE", "hypothetical"),
        ("The talks go on provided that the army releases the prisoners.", "RETREAT", "hypothetical"),
    ],
)
def test_not_asserted(pipeline, text: str, type_: str, modality: str) -> None:
    found = [e for e in events(pipeline, text) if e.type == type_]
    assert found, [(e.type, e.trigger.text, e.modality) for e in events(pipeline, text)]
    assert all(e.modality == modality for e in found), [(e.trigger.text, e.modality, e.rule) for e in found]


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("The governor and his deputies have been arrested.", "COERCE"),
        ("Someone attacked the convoy near the bridge.", "ASSAULT"),
        ("Two of the soldiers attacked the village.", "ASSAULT"),
        ("The army shelled the town on Sunday.", "ASSAULT"),
        ("The militia attacked the convoy, and officials asked why.", "ASSAULT"),
        ("Police arrested protesters near the palace on Monday.", "COERCE"),
        ('"We attacked the convoy," the commander said. "Why not?"', "ASSAULT"),
        ("The army struck the town after the rebels attacked it.", "ASSAULT"),
    ],
)
def test_twins_stay_asserted(pipeline, text: str, type_: str) -> None:
    found = [e for e in events(pipeline, text) if e.type == type_]
    assert found, [(e.type, e.trigger.text, e.modality) for e in events(pipeline, text)]
    assert all(e.modality == "asserted" for e in found), [(e.trigger.text, e.modality, e.rule) for e in found]


def test_modal_and_open_clause_outrank_a_negative_subject(pipeline) -> None:
    """'Neither … should be allowed to …' says what ought not be; 'no decision about whether to appeal'
    leaves the appeal open: neither is a denial."""
    e = only(pipeline, "No decision has been made about whether to appeal the ruling.", "REQUEST")
    assert e.modality == "hypothetical", e.rule
    for e in events(pipeline, "Neither the army nor the police should be allowed to arrest journalists."):
        assert e.modality != "negated", (e.type, e.trigger.text, e.rule)
