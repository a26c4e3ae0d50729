"""Precision round 4: known wrong codings (issue #3). A truce named under its breach ("breaches of the truce",
"ceasefire violations") was coded as a truce declared (0871): it is a truce broken (CAMEO 196, PLOVER ASSAULT)
when a party is named. A firm's offers, a product released, an election or advertising campaign launched were
political events; a city's ban on fireworks (the noun, and the verb "banned fireworks") was coercion (172); a
participle saying how a group began ("a militia formed in 2014 to fight the rebels") coded the founding and its
purpose as events. Requests and refusals take their CAMEO subcode from what is asked for or refused (the 02x,
10x and 12x families): "urged a ceasefire" 0256, "demanded the resignation" 1041, "refused to hold talks" 125.
Each guard has a twin that must still be coded. All sentences written for this file. Uses the session
`pipeline` fixture."""

from __future__ import annotations

import pytest

from eventwire.pipeline import Pipeline

from eventcheck import actor, by_trigger, events


def _types(pipeline: Pipeline, text: str) -> list[tuple[str, str, str]]:
    return [(e.type, e.cameo, e.trigger.text) for e in events(pipeline, text)]


# --- 1. a ceasefire broken is no ceasefire declared ---------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "party"),
    [
        ("Monitors counted forty ceasefire violations by government forces on Sunday.", "ceasefire", "government forces"),
        ("The rebels' breaches of the truce angered the mediators.", "truce", "The rebels"),
        ("The militia's repeated violations of the armistice drew protests.", "armistice", "The militia"),
        ("The rebels' violation of the truce agreement drew condemnation.", "truce", "The rebels"),
    ],
)
def test_a_truce_under_its_breach_is_a_truce_broken(pipeline: Pipeline, text: str, trigger: str, party: str) -> None:
    e = by_trigger(pipeline, text, trigger)
    assert (e.type, e.cameo) == ("ASSAULT", "196")
    assert actor(e) == party


@pytest.mark.parametrize(
    "text",
    [
        "Both armies reported breaches of the truce overnight.",
        "The army reported the collapse of the truce overnight.",
    ],
)
def test_a_truce_under_its_breach_is_never_a_truce_declared(pipeline: Pipeline, text: str) -> None:
    assert not [t for t in _types(pipeline, text) if t[1].startswith("087")], _types(pipeline, text)


def test_an_agreement_under_its_breach_is_no_agreement_made(pipeline: Pipeline) -> None:
    found = _types(pipeline, "Both armies reported violations of the ceasefire agreement.")
    assert [c for _, c, _ in found] == ["196"], found


@pytest.mark.parametrize(
    ("text", "type_", "cameo"),
    [
        ("The two armies declared a truce on Friday.", "CONCEDE", "0871"),  # the twin: a truce declared
        ("The militia violated the ceasefire near the airport.", "ASSAULT", "196"),
    ],
)
def test_ceasefire_twins(pipeline: Pipeline, text: str, type_: str, cameo: str) -> None:
    assert (type_, cameo) in [(t, c) for t, c, _ in _types(pipeline, text)], _types(pipeline, text)


# --- 2. commercial offers, releases and launches; 3. local bans; 4. a group's origin -------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a seller's offer
        "The company offered loans to small businesses.",
        "The company offered to pay the workers' legal costs.",
        "The software giant offered to buy the chipmaker for nine billion dollars.",
        # a product released or launched
        "The studio released a new sequel on Monday.",
        "Samsung released its latest phone in Seoul.",
        # campaigns that are not armed
        "The governor launched her reelection campaign in Denver.",
        "The health ministry launched a vaccination campaign in the north.",
        "The senator launched a presidential campaign on Tuesday.",
        "The brand launched an advertising campaign aimed at teenagers.",
        # a local rule on an activity is no coercion
        "The government's ban on fireworks starts next month.",
        "The government announced a smoking ban in parks.",
        "The town banned plastic bags last year.",
        "The mayor banned fireworks after the fires.",
        # how a group began, and what it was formed for
        "A militia which was formed in 2014 guards the border.",
        "A tribal militia formed in 2016 to fight the rebels now guards the oilfields.",
        "The militia, formed by the army in 2015 to fight the rebels, guards the port.",
    ],
)
def test_not_events(pipeline: Pipeline, text: str) -> None:
    assert not _types(pipeline, text)


@pytest.mark.parametrize(
    ("text", "type_", "cameo"),
    [
        ("The government offered talks to the rebels.", "AGREE", "030"),
        ("The militants released two soldiers on Monday.", "RETREAT", "0841"),
        ("The navy released the seized tanker on Friday.", "RETREAT", "084"),
        ("The army launched a military campaign against the rebels.", "ASSAULT", "190"),
        ("The rebels launched a campaign of bombings in the capital.", "ASSAULT", "190"),
        ("The army launched an offensive in the north.", "ASSAULT", "190"),
        ("The junta banned the opposition party.", "COERCE", "172"),
        ("Police banned the rally in the capital.", "COERCE", "172"),
        ("The army's ban on protests angered the opposition.", "COERCE", "172"),
        ("The government imposed a ban on protests.", "COERCE", "172"),
        ("The EU's ban on Russian oil took effect.", "SANCTION", "163"),
        ("Russia banned imports of European cheese.", "SANCTION", "163"),
        ("The government formed a militia to fight the rebels.", "MOBILIZE", "154"),
        ("A militia formed in 2016 attacked the village on Monday.", "ASSAULT", "190"),
    ],
)
def test_twins_still_code(pipeline: Pipeline, text: str, type_: str, cameo: str) -> None:
    assert (type_, cameo) in [(t, c) for t, c, _ in _types(pipeline, text)], _types(pipeline, text)


# --- 5. subcodes of requests and refusals from what is asked for or refused ----------------------------------


@pytest.mark.parametrize(
    ("text", "trigger", "cameo"),
    [
        ("The UN urged an immediate ceasefire in the region.", "urged", "0256"),
        ("France demanded a truce in the north.", "demanded", "1056"),
        ("The bishops called for an end to the fighting.", "called", "0256"),
        ("The opposition demanded the resignation of the president.", "demanded", "1041"),
        ("Students called for the ouster of the prime minister.", "called", "0241"),
        ("The EU demanded the release of the detained activists.", "demanded", "1053"),
        ("Amnesty called for the release of the journalists.", "called", "0253"),
        ("Russia demanded negotiations with Kyiv.", "demanded", "106"),
        ("The envoy called for talks between the two sides.", "called", "026"),
        ("The government appealed for humanitarian aid.", "appealed", "023"),
        ("The unions demanded the lifting of the sanctions.", "demanded", "1054"),
        ("Russia demanded the withdrawal of foreign troops from the region.", "demanded", "1056"),
        ("Egypt demanded the return of the stolen artefacts.", "demanded", "1053"),
        ("Hamas refused to hold talks with Israel.", "refused", "125"),
        ("The government rejected talks with the rebels.", "rejected", "125"),
        ("The rebels rejected the ceasefire proposal.", "rejected", "1246"),
        ("Israel rejected calls for a truce.", "rejected", "1246"),
        ("The army declined to withdraw from the town.", "declined", "1246"),
        ("The rebels rejected the peace plan.", "rejected", "127"),
        ("The militia refused to release the hostages.", "refused", "1243"),
        ("The governor refused to resign.", "refused", "1231"),
    ],
)
def test_subcode_from_what_is_asked_or_refused(pipeline: Pipeline, text: str, trigger: str, cameo: str) -> None:
    assert by_trigger(pipeline, text, trigger).cameo == cameo


@pytest.mark.parametrize(
    ("text", "trigger", "cameo"),
    [
        ("The UN urged the two sides to show goodwill.", "urged", "020"),  # nothing listed asked for: the family's root
        ("The opposition demanded answers from the minister.", "demanded", "100"),
        ("The opposition demanded the withdrawal of the bill.", "demanded", "100"),  # a bill withdrawn de-escalates nothing
        ("The rebels rejected the accusation.", "rejected", "016"),  # an earlier sense keeps its place
        ("The minister refused to comment on the report.", "refused", None),  # no refusal at all
    ],
)
def test_subcode_twins(pipeline: Pipeline, text: str, trigger: str, cameo: str | None) -> None:
    found = [e for e in events(pipeline, text) if e.trigger.text == trigger]
    assert [e.cameo for e in found] == ([cameo] if cameo else []), _types(pipeline, text)


# --- audit of PolNeAR train articles 0-39 (political news): words that name no event there ------------------


@pytest.mark.parametrize(
    "text",
    [
        "The four governors demonstrated that it helps to have political training.",  # showed
        "The senator appeals to Reagan Democrats and evangelical voters.",  # attracts
        "The senator's appeal among young voters keeps growing.",
        "The scandal would not have killed my enthusiasm for the race.",
        "The gun laws guaranteed that the attackers would face no return fire.",
        "The senator said their objective has been met.",
        "He met his friends at the gym every Sunday.",
        "The governor offered his early assessment of the final.",
        "The two candidates clashed at Saturday's debate.",
        "The senator held a campaign rally in Salem on Monday.",
        "The billionaire donated three million dollars to the governor's campaign.",  # political money, no aid
        "The developer made straw donations to several Democratic candidates.",
    ],
)
def test_audit_not_events(pipeline: Pipeline, text: str) -> None:
    assert not _types(pipeline, text)


@pytest.mark.parametrize(
    ("text", "type_", "cameo"),
    [
        ("Thousands demonstrated outside the parliament on Monday.", "PROTEST", "141"),
        ("The ministry appealed to voters to stay calm.", "REQUEST", "020"),
        ("The gunmen killed three soldiers near the border.", "ASSAULT", "190"),
        ("Rebels clashed with troops in the north.", "ASSAULT", "193"),
        ("The president met the Russian ambassador on Monday.", "CONSULT", "043"),
        ("Protesters held a rally outside the embassy.", "PROTEST", "141"),
        ("The governor called out the senator for his remarks.", "ACCUSE", "111"),  # a rebuke, no request
        ("Japan donated five million dollars to the refugee agency.", "AID", "071"),
        ("Saudi Arabia made a donation of 100 million dollars to the UN.", "AID", "071"),
    ],
)
def test_audit_twins_still_code(pipeline: Pipeline, text: str, type_: str, cameo: str) -> None:
    assert (type_, cameo) in [(t, c) for t, c, _ in _types(pipeline, text)], _types(pipeline, text)


@pytest.mark.parametrize(
    ("text", "type_"),
    [
        ("The governor spent the day attacking his rivals.", "ACCUSE"),  # a rival attacked is a campaign's words
        ("The new ads attacked the senator.", "ACCUSE"),  # an advert attacks with words
        ("The senator's backers waged sexist attacks on the candidate.", "ACCUSE"),
    ],
)
def test_political_attacks_are_words(pipeline: Pipeline, text: str, type_: str) -> None:
    found = [t for t, _, _ in _types(pipeline, text)]
    assert type_ in found and "ASSAULT" not in found, _types(pipeline, text)


def test_a_contest_won_is_no_beating(pipeline: Pipeline) -> None:
    assert not _types(pipeline, "The senator whipped the governor in the primary.")
    assert ("ASSAULT", "182") in [(t, c) for t, c, _ in _types(pipeline, "The guards whipped the prisoners.")]


def test_a_word_class_or_lemma_defined_twice_is_refused():
    import yaml

    from eventwire.events.lexicon import _UniqueKeyLoader

    with pytest.raises(yaml.YAMLError, match="defined twice"):
        yaml.load("commodities: [oil]\nplug: [plug]\ncommodities: [car]\n", Loader=_UniqueKeyLoader)
    shared = yaml.load("base: &b {type: none}\nask: {<<: *b, cameo: '020'}\n", Loader=_UniqueKeyLoader)
    assert shared["ask"] == {"type": "none", "cameo": "020"}


def test_a_ban_on_cars_is_no_sanction(pipeline: Pipeline) -> None:
    assert not [e for e in events(pipeline, "The city imposed a ban on cars in the old town.") if e.type == "SANCTION"]
    assert [e.cameo for e in events(pipeline, "The EU imposed a ban on Iranian oil.")] == ["163"]
