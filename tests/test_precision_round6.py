"""Precision round 6 (issue #3): the wrong codings rounds 4 and 5 left open on PolNeAR election news, each fixed as a
class: a chanted slogan ("Lock her up") as an arrest, tributes and praise to the dead as support, "take America
backward" as a seizure, a rival beaten at the polls as a beating, a politician who "went on the offensive", "seal
the deal on the first ballot", "willingness to be blunt" (a trait), a participle adjective ("much-praised"),
"fight in the media", donations with no recipient or to a person as aid; wrong actors (a gerund's own subject, a
'by' phrase that names an act, a relative clause the parser hangs past a split name: "a super-PAC that only attacks
X"); and a purpose infinitive on an object ("will assemble a force to round up") left asserted. Each guard has a twin
that must still be coded. All sentences written for this file. Uses the session `pipeline` fixture."""

from __future__ import annotations

import pytest

from eventwire.pipeline import Pipeline

from eventcheck import actor, by_trigger, events


def _types(pipeline: Pipeline, text: str) -> list[tuple[str, str, str]]:
    return [(e.type, e.cameo, e.trigger.text) for e in events(pipeline, text)]


@pytest.mark.parametrize(
    "text",
    [
        # a slogan named as a chant or heard: words, no arrest
        'At one point the crowd loudly repeated the angry chant "Lock him up!"',
        '"I heard \'Lock him up\' last night and laughed," he said.',
        'Lock him up!" that echoed through the hall all week.',
        'At one point the crowd loudly repeated the angry chant "Lock him up! Lock him up!" The governor smiled.',
        # praise of the dead
        "Members of the church paid tribute to his father, who died late Monday in a hospital.",
        "Fans at the stadium paid tribute to the boxer with a long applause.",
        "The actor praised the late comedian as a genius.",
        # a direction of change, no seizure
        "The mayor hopes to take America backward.",
        # beaten at the polls
        "Voters see the governor as the candidate most likely to beat Tom Harris in November.",
        # rhetoric, a nomination, a trait, a description
        "On Monday, the governor went on the offensive.",
        "The governor was expected to win the 1,000 delegates needed to seal the deal on the first ballot.",
        "The pastor said the remark was part of the governor's willingness to be politically incorrect.",
        "Quoting from his much-praised speech at the convention, the senator spoke for an hour.",
        "I have always been prepared to fight in the media.",
        # political money, or money given to no one named
        "Wall Street bankers donated to her because of her work.",
        "The banker used his foundation to make four donations totaling $2 million.",
    ],
)
def test_not_events(pipeline: Pipeline, text: str) -> None:
    assert not _types(pipeline, text)


def test_a_chanted_slogan_is_the_protest_only(pipeline: Pipeline) -> None:
    found = _types(pipeline, 'Protesters chanted "Release the students" outside the embassy.')
    assert [t for t, _, _ in found] == ["PROTEST"], found


@pytest.mark.parametrize(
    ("text", "type_", "cameo"),
    [
        ("Police locked up three protesters overnight.", "COERCE", "173"),
        ("The president praised the army for its courage.", "SUPPORT", "051"),
        ("The rebels took the town of Kunduz.", "COERCE", "192"),
        ("Soldiers beat the prisoners to death.", "ASSAULT", "1823"),
        ("Police beat opposition leader Tom Harris at the rally.", "ASSAULT", "182"),
        ("The army went on the offensive in the north.", "ASSAULT", "190"),
        ("The two countries sealed a deal on trade.", "AGREE", "057"),
        ("The company donated $2 million to the Red Cross.", "AID", "071"),
        ('The newspaper called on Arabs to unite and "mobilize" against the occupation.', "MOBILIZE", "150"),
        ('"Release the prisoners," the minister said.', "RETREAT", "0841"),
        ("The rebels fought the army in the mountains.", "ASSAULT", "190"),
    ],
)
def test_twins_still_code(pipeline: Pipeline, text: str, type_: str, cameo: str) -> None:
    assert (type_, cameo) in [(t, c) for t, c, _ in _types(pipeline, text)], _types(pipeline, text)


def test_a_pac_split_by_the_parser_attacks_in_words(pipeline: Pipeline) -> None:
    # "super - PAC" parsed as three words, the relative clause hung on a noun further back: the name before 'that' attacks
    e = by_trigger(pipeline, "The idea is that wary donors can still give money to a super-PAC that only attacks Tom Harris.", "attacks")
    assert (e.type, e.cameo) == ("ACCUSE", "111")


@pytest.mark.parametrize(
    ("text", "trigger", "party"),
    [
        # the noun before a gerund with no subject is its subject, not the speaker of the clause above
        ("While discussing the riots and a sniper targeting and killing five officers, Governor Tom Harris said the mayor "
         "had failed.", "killing", "sniper"),
        ("Though the mayor kept quiet, all signs pointed to Harris endorsing the governor on Friday.", "endorsing", "Harris"),
        # a 'by' phrase that names an act names nobody
        ("The village was hit by vandalism last week.", "hit", None),
        ("The village was hit by rebels last week.", "hit", "rebels"),
    ],
)
def test_actors(pipeline: Pipeline, text: str, trigger: str, party: str | None) -> None:
    found = actor(by_trigger(pipeline, text, trigger))
    assert found is None if party is None else found is not None and party in found, found


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ('The ad shows a clip in which he says he will assemble a "deportation force" to round up illegal immigrants.', "future"),
        ("The army assembled a force to round up the deserters.", "asserted"),
    ],
)
def test_purpose_of_an_object(pipeline: Pipeline, text: str, modality: str) -> None:
    assert by_trigger(pipeline, text, "round").modality == modality
