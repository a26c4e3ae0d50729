"""Former states are read as their principal successor (the PLOVER GSR records read 'Czechoslovak' as Czechia):
'Soviet troops' are Russia's army, not some community's militia; 'Yugoslav' forces are Serbia's. The actor's
text keeps the name the article uses. Sentences written for this file."""

from __future__ import annotations

from eventcheck import by_trigger


def test_soviet_troops_are_a_state_army(pipeline):
    e = by_trigger(pipeline, "Soviet troops invaded Afghanistan in December 1979.", "invaded")
    assert (e.actor.text, e.actor.country, e.actor.sector) == ("Soviet troops", "RUS", "MIL")


def test_the_soviet_union_as_an_agent(pipeline):
    e = by_trigger(pipeline, "The Soviet Union deployed missiles in Cuba in 1962.", "deployed")
    assert e.actor is not None and (e.actor.text, e.actor.country) == ("The Soviet Union", "RUS")


def test_yugoslav_and_czechoslovak(pipeline):
    e = by_trigger(pipeline, "Yugoslav troops shelled Vukovar on Sunday.", "shelled")
    assert e.actor.country == "SRB" and e.actor.sector == "MIL"
    e = by_trigger(pipeline, "Czechoslovakia signed a trade deal with China on Monday.", "signed")
    assert e.actor.country == "CZE" and e.target is not None and e.target.country == "CHN"
