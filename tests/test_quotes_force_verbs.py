"""'attacked', 'hit', 'blasted' report a stance in politics ('Clinton attacked the plan', a PolNeAR attribution)
and nothing when an armed party does them ('Gunmen attacked a hotel'). Sentences written for this file."""

from __future__ import annotations

import pytest
from test_quotes import by_cue, quotes


@pytest.mark.parametrize("text, cue", [
    ("Gunmen attacked a hotel in the capital.", "attacked"),
    ("Israeli jets blasted Hamas positions in Gaza.", "blasted"),
    ("Police attacked the protesters with batons.", "attacked"),
    ("Rebels hit an army convoy near Goma.", "hit"),
])
def test_an_armed_partys_act_of_force_reports_nothing(text, cue):
    """Before: an indirect quotation, the gunmen saying 'a hotel in the capital'."""
    assert not by_cue(quotes(text), cue)


@pytest.mark.parametrize("text, cue, speaker", [
    ("Clinton attacked Trump's tax plan on Monday.", "attacked", "Clinton"),
    ("The senator blasted the administration for the delay.", "blasted", "The senator"),
])
def test_a_politicians_attack_is_still_a_stance(text, cue, speaker):
    [q] = by_cue(quotes(text), cue)
    assert q.speaker is not None and q.speaker.text == speaker


def test_a_word_of_a_name_is_no_headline_verb():
    """'the Rapid [Support] Forces': 'Support' is a headline verb ('Senator Supports Bill') only outside a name."""
    assert not quotes("Sudan's army and the Rapid Support Forces agreed to a 72-hour truce.")


def test_a_headline_verb_outside_names_still_reports():
    [q] = quotes("Super PAC blasts Trump for skipping debate")
    assert (q.cue.text, q.speaker.text if q.speaker else None) == ("blasts", "Super PAC")
