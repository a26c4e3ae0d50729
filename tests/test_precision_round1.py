"""Precision round 1: words that are not events in real news. An audit of GeoWebNews articles found about half
of the sampled events were no political, conflict or social event at all: words inside names ("The Associated
Press"), a month in a date ("March 31"), -ing words describing a noun ("the pressing issues"), a reflexive
object ("speaks to himself"), and trigger verbs in commercial, scientific or medical senses ("offers customers a
way to pay", "hosted an exhibition", "the evidence supports the theory", "fought the blaze", "donated a kidney",
"released new data"). The lexicon says so with guard senses (`type: none` in triggers.yaml). Each guard has a
twin sentence that must still be coded. All sentences written for this file. Uses the session `pipeline` fixture."""

from __future__ import annotations

import pytest

from eventwire.events.lexicon import LexiconError, _sense
from eventwire.pipeline import Pipeline

from eventcheck import events, only


@pytest.mark.parametrize(
    "text",
    [
        # words inside names, dates and noun modifiers
        "The mayor told The Associated Press that the plan would go ahead.",
        "Tickets for the draw went on sale on March 31, 2018 in most states.",
        "The senator said he would address the pressing issues of the day.",
        # a reflexive object is no second party
        "He often speaks to himself when he is nervous.",
        # commercial, scientific, medical and household senses
        "The firm offers customers several new ways to pay.",
        "The bank offers savers a better rate this year.",
        "The city will host a trade exhibition next spring.",
        "The old warehouses hosted a variety of art exhibitions.",
        "The evidence does not support the theory.",
        "The beams could not support the weight of the roof.",
        "She donated a kidney to her brother last year.",
        "Firefighters fought the blaze for six hours.",
        "The clinic has fought the disease for a decade.",
        "The company released new data on sales in the third quarter.",
        "The studio is releasing a new feature for its customers.",
        "The engineers deployed a sensor off the coast.",
        "The minister conceded that the figure could be too high.",
        "The suspect pleaded guilty to fraud.",
        "An official who pleaded anonymity said four people had died of the illness.",
        "Power over the land is conferred on the chiefs by custom.",
        "Copyright 2018 The Associated Press.",
        "The council could not meet the deadline for the budget.",
        "The troops pressed on through the snow.",
        "The festival promises to be the biggest yet.",
        "He committed suicide last year.",
        "Workers have been hit by low oil prices.",
        "The land disputes were fought in the courts.",
        "The firm is offering free trials to customers.",
        "There is growing demand for cheap flights.",
        "The plan allows for a gradual return of the workers.",
        "Russia has released a statement on the poisoning.",
        "Mr. Ban's successor will take over in January.",
        "A poll released last week showed the governor ahead.",
        "He released a letter from his doctor on Friday.",
        "Police released the names of the victims.",
        "The loophole allows developers to pay little tax.",
        "The program allows foreign investors to obtain visas.",
        # an opinion shared is no agreement
        "She agreed there was a need to look at other sites.",
        "The airline chiefs agreed that fares were too high.",
    ],
)
def test_not_events(pipeline: Pipeline, text: str) -> None:
    assert events(pipeline, text) == [], [(e.type, e.trigger.text) for e in events(pipeline, text)]


@pytest.mark.parametrize(
    ("text", "type_", "trigger"),
    [
        # the political twins of the guards above still code
        ("The government offered the rebels a peace plan.", "AGREE", "offered"),
        ("The president hosted his Kenyan counterpart at the palace.", "CONSULT", "hosted"),
        ("The opposition will support the idea of early elections.", "SUPPORT", "support"),
        ("The army fought the rebels near the border.", "ASSAULT", "fought"),
        ("The rebels released two hostages on Friday.", "RETREAT", "released"),
        ("The rebels deployed fighters along the road.", "MOBILIZE", "deployed"),
        ("The prime minister conceded defeat in the election.", "CONCEDE", "conceded"),
        ("The mother pleaded with the kidnappers to free her son.", "REQUEST", "pleaded"),
        ("The two ministers conferred by telephone on Monday.", "CONSULT", "conferred"),
        ("Thousands of teachers marched through the capital on Tuesday.", "PROTEST", "marched"),
        ("The minister spoke to the envoy about the border.", "CONSULT", "spoke"),
        ("The family pressed charges against the officers.", "ACCUSE", "pressed"),
        ("Egypt offered to mediate between the factions.", "AGREE", "offered"),
        ("The government offered concessions to the strikers.", "CONCEDE", "offered"),  # offered concessions: CONCEDE 035, as pledged ones (types round 4)
        ("The government agreed to meet the demands of the strikers.", "CONCEDE", "meet"),
        ("The rebels promised to release the hostages.", "CONCEDE", "promised"),  # a promised release is a verbal concession (PLOVER CONCEDE; types round 3)
        ("The government allowed the opposition to hold a rally.", "CONCEDE", "allowed"),
        ("The government allowed aid convoys into the city.", "RETREAT", "allowed"),
        ("The rebels took over the town on Sunday.", "COERCE", "took"),
        ("Iran and Iraq agreed that the border would be reopened.", "AGREE", "agreed"),
        ("The two sides agreed to exchange prisoners.", "AGREE", "agreed"),
        # words, not arms: a verbal attack is an accusation
        ("The candidate attacked her opponent as a fraud during the debate.", "ACCUSE", "attacked"),
        ("The senator attacked the governor in a tweet on Sunday.", "ACCUSE", "attacked"),
        ("The mayor attacked the budget plan on Monday.", "ACCUSE", "attacked"),
        ("The nominee has stepped up his personal attacks on the senator.", "ACCUSE", "attacks"),
        # ... and arms stay arms
        ("Gunmen attacked a police station in the north.", "ASSAULT", "attacked"),
        ("The army attacked rebel positions at dawn.", "ASSAULT", "attacked"),
        ("Gunmen attacked a law firm in the capital.", "ASSAULT", "attacked"),
    ],
)
def test_political_twins_still_code(pipeline: Pipeline, text: str, type_: str, trigger: str) -> None:
    assert only(pipeline, text, type_).trigger.text == trigger


def test_title_case_headline_verbs_pass_the_name_guard(pipeline: Pipeline) -> None:
    """In a Title Case headline every word is capitalised: the name guard must not take its verb."""
    assert only(pipeline, "Rebels Release Two Hostages In The North", "RETREAT").trigger.text == "Release"


def test_none_sense_takes_only_conditions() -> None:
    with pytest.raises(LexiconError, match="none"):
        _sense({"type": "none", "cameo": "030"}, "test", {}, {})
    sense = _sense({"if": {"object": ["@actor"]}, "type": "none"}, "test", {}, {})
    assert sense.type == "none"
