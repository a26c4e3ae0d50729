"""Where an agreement is signed is no party to it, whom it is signed with is; and the people a sentence says were killed
are no doers of its acts. Sentences written for this file."""

from __future__ import annotations

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


def test_the_people_killed_are_not_the_bombers(pipeline):
    """The event noun 'bomb' has no doer named: the officers killed must not become its actor."""
    e = by_trigger(pipeline, "A roadside bomb struck a police vehicle in Balochistan, killing three officers.", "bomb")
    assert e.acled == "Remote explosive/landmine/IED", e
    assert e.actor is None, e.actor
