"""A recalled envoy's post: a capital named for it stands for that state's government, not the people of the
city. Sentences written for this file."""

from __future__ import annotations

import pytest
from eventcheck import by_trigger


@pytest.mark.parametrize("text, country", [
    ("Kenya recalled its ambassador from Mogadishu.", "SOM"),
    ("Britain recalled its ambassador from Tehran after the arrests.", "IRN"),
    ("Kenya recalled its ambassador to Moscow.", "RUS"),
])
def test_a_capital_an_envoy_is_recalled_from_is_its_government(pipeline, text, country):
    """Before: the city as its civilians (CVL)."""
    e = by_trigger(pipeline, text, "recalled")
    assert e.target is not None and (e.target.country, e.target.sector, e.target.kind) == (country, "GOV", "state"), e.target


def test_a_country_an_envoy_is_recalled_from_stays_the_state(pipeline):
    e = by_trigger(pipeline, "Kenya recalled its ambassador from Somalia.", "recalled")
    assert e.target is not None and (e.target.text, e.target.country, e.target.kind) == ("Somalia", "SOM", "state")
