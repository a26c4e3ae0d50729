"""What an act was done for is not a second act when it has the act's own CAMEO root: 'fired tear gas to
disperse them' is one crowd-control event, 'flew to Lagos to meet' one visit; an aim of another kind ('deployed
troops to quell unrest': mobilising, then repression) stays its own event. Sentences written for this file;
uses the session `pipeline` fixture."""

from __future__ import annotations

from eventcheck import events


def test_aim_of_the_same_kind_is_folded(pipeline):
    found = events(pipeline, "Riot police fired tear gas and water cannon on Friday to disperse striking dock workers in Mombasa.")
    assert [(e.trigger.text, e.type, e.cameo[:2]) for e in found] == [("fired", "ASSAULT", "17")]
    found = events(pipeline, "The foreign minister flew to Lagos on Monday to meet President Tinubu.")
    assert [(e.type, e.cameo[:2]) for e in found] == [("CONSULT", "04")]


def test_aim_of_another_kind_is_kept(pipeline):
    found = events(pipeline, "The junta deployed soldiers to crush the protests in the capital.")
    assert {e.cameo[:2] for e in found} == {"15", "17"}
