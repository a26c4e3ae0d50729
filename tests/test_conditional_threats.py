"""An act a party announces it will take unless the other complies ("will withdraw its peacekeepers unless
…", "would cut supplies if Kyiv did not pay") is a threat (PLOVER: threats are conditional), coded THREATEN
with the threat's CAMEO code and made (asserted); a positive condition is an offer, and an act with no
threat code (talks) keeps its own type. Sentences written for this file; uses the session `pipeline` fixture."""

from __future__ import annotations

import pytest

from eventcheck import by_trigger


@pytest.mark.parametrize(("text", "trigger", "cameo", "mode"), [
    ("Kenya said it will withdraw its peacekeepers from Somalia unless the government pays their wages.", "withdraw", "136", "expel"),
    ("The army will attack the border town unless the militia surrenders by Friday.", "attack", "138", "violence"),
    ("Moscow said it would cut gas supplies to Moldova if Chisinau did not settle its debts.", "cut", "1313", "relations"),
    ("The teachers' union will strike next week unless the ministry raises salaries.", "strike", "133", "relations"),
])
def test_conditional_act_is_threat(pipeline, text, trigger, cameo, mode):
    e = by_trigger(pipeline, text, trigger)
    assert (e.type, e.cameo, e.mode, e.modality) == ("THREATEN", cameo, mode, "asserted")
    assert "a threat" in e.rule


@pytest.mark.parametrize(("text", "trigger", "type_", "modality"), [
    ("The rebels will release the hostages if the government frees their comrades.", "release", "RETREAT", "future"),
    ("Kenya will withdraw its peacekeepers from Somalia next year.", "withdraw", "SANCTION", "future"),  # CAMEO 1661
    ("The army attacked the town after the militia refused to surrender.", "attacked", "ASSAULT", "asserted"),
])
def test_no_condition_or_an_offer_is_no_threat(pipeline, text, trigger, type_, modality):
    e = by_trigger(pipeline, text, trigger)
    assert (e.type, e.modality) == (type_, modality)
