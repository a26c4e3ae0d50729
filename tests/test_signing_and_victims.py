"""Where an agreement is signed is no party to it, whom it is signed with is; and the people a sentence says were killed
are no doers of its acts. Sentences written for this file."""

from __future__ import annotations

import pytest
from eventcheck import by_trigger


def test_the_city_an_agreement_is_signed_in_is_no_target(pipeline):
    e = by_trigger(pipeline, "The two sides signed a ceasefire agreement in Addis Ababa on Friday.", "signed")
    assert e.cameo == "057", e
    assert e.target is None, e.target
    assert e.location is not None and e.location.name == "Addis Ababa", e.location


def test_the_party_an_agreement_is_signed_with_is_the_target(pipeline):
    e = by_trigger(pipeline, "Ethiopia signed a peace agreement with the TPLF in Pretoria.", "signed")
    assert e.target is not None and e.target.text == "the TPLF", e.target
    assert "→ 'with TPLF'" in e.rule, e.rule


def test_an_agreement_on_a_subject_still_names_no_party(pipeline):
    e = by_trigger(pipeline, "The government signed an agreement on customs in Lusaka.", "signed")
    assert e.target is None, e.target


@pytest.mark.parametrize("text", [
    "A roadside bomb struck a bus in Balochistan, killing three officers.",
    "A roadside bomb struck a police vehicle in Balochistan, killing three officers.",
])
def test_the_people_killed_are_not_the_bombers(pipeline, text):
    """The event noun 'bomb' has no doer named: the officers killed must not become its actor (they did before)."""
    e = by_trigger(pipeline, text, "bomb")
    assert e.acled == "Remote explosive/landmine/IED", e
    assert e.actor is None, e.actor


def test_a_recalled_envoy_is_the_actors_own_and_the_target_is_where_it_served(pipeline):
    e = by_trigger(pipeline, "Kenya recalled its ambassador from Somalia on Monday.", "recalled")
    assert (e.type, e.cameo) == ("SANCTION", "161"), e
    assert e.target is not None and e.target.country == "SOM", e.target


def test_a_recalled_envoy_with_no_post_named_leaves_no_target(pipeline):
    e = by_trigger(pipeline, "Kenya recalled its ambassador on Monday.", "recalled")
    assert e.target is None, e.target


def test_the_post_named_on_the_envoy_is_the_target(pipeline):
    e = by_trigger(pipeline, "Slovenia recalled its ambassador to Moscow for consultations.", "recalled")
    assert e.target is not None and e.target.country == "RUS", e.target
