"""Public bodies named by what they oversee take the government sector from their head noun; the
UN and European bodies with such names are in the organisation list."""

from __future__ import annotations

import pytest

from test_actors import actors, check, one


@pytest.mark.parametrize("text, span, country", [
    ("The Nigerian Electoral Commission postponed the vote on Saturday.", "The Nigerian Electoral Commission", "NGA"),
    ("The Ethiopian Human Rights Commission criticised the police.", "The Ethiopian Human Rights Commission", "ETH"),
])
def test_a_national_commission_is_government(text, span, country):
    a = one(actors(text), span)
    assert (a.country, a.sector) == (country, "GOV")


@pytest.mark.parametrize("text, span, name", [
    ("The Human Rights Council adopted a resolution on Monday.", "The Human Rights Council", "UN Human Rights Council"),
    ("The Venice Commission criticised the draft law.", "The Venice Commission", "Venice Commission"),
    ("The Council of Europe condemned the vote.", "The Council of Europe", "Council of Europe"),
])
def test_international_councils_and_commissions_are_igos(text, span, name):
    check(one(actors(text), span), name, None, "IGO")


def test_a_commission_with_nothing_to_refer_to_is_no_actor():
    assert [a.text for a in actors("The commission met again on Tuesday.")] == []


@pytest.mark.parametrize("text, span, sector", [
    ("A crowd attacked the police station on Friday.", "A crowd", "CVL"),
    ("Two suicide bombers blew themselves up at the checkpoint.", "Two suicide bombers", "INS"),
])
def test_crowds_are_civilians_and_suicide_bombers_insurgents(text, span, sector):
    assert one(actors(text), span).sector == sector
