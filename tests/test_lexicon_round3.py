"""Third round of trigger-lexicon widening: synonyms of existing entries in the same sense and the verbs
and nouns of CAMEO's own code names, one sentence per new family, written for this file, asserting the
event type and CAMEO code; guards that must not code; the refusal stance's type and Title Case headline
verbs (lexicon helpers the event coder calls). Uses the session `pipeline` fixture from conftest.py."""

from __future__ import annotations

import pytest

from eventwire.events.lexicon import _uninflect, is_title_case, load_lexicon
from eventwire.pipeline import Pipeline

from eventcheck import events, only


@pytest.mark.parametrize(
    ("text", "type_", "cameo"),
    [
        # CONSULT: touring places
        ("The French president toured Kenya and Ethiopia last week.", "CONSULT", "042"),
        # REQUEST: urge's synonyms, applying for asylum
        ("The bishops exhorted the rebels to lay down their arms.", "REQUEST", "020"),
        ("The opposition leader beseeched the army to stay neutral.", "REQUEST", "020"),
        ("Hundreds of families applied for asylum in Germany.", "REQUEST", "023"),
        ("The mayor made a plea for calm after the riots.", "REQUEST", "020"),
        # SUPPORT: praise's synonyms, condolence
        ("The minister extolled the cooperation between the two navies.", "SUPPORT", "051"),
        ("The prime minister complimented Ghana on its elections.", "SUPPORT", "051"),
        ("The senator sided with the government in the dispute.", "SUPPORT", "050"),
        # CONCEDE (CAMEO 08): yielding, acceding, permitting, easing
        ("The government backed down after a week of strikes.", "CONCEDE", "080"),
        ("The junta acceded to the demands of the students.", "CONCEDE", "083"),
        ("The regime legalized opposition parties in March.", "CONCEDE", "0812"),
        ("The authorities loosened restrictions on the press.", "CONCEDE", "081"),
        # RETREAT (CAMEO 084, 086, 087): receiving inspectors, vacating and relinquishing, demobilising
        ("The president received UN inspectors at the palace.", "RETREAT", "0862"),
        ("Serbia accepted UN peacekeepers in the province.", "RETREAT", "0861"),
        ("The government permitted monitors to enter the prison.", "RETREAT", "0862"),
        ("The rebels vacated the town of Kidal on Sunday.", "RETREAT", "0874"),
        ("The general relinquished his post after the coup.", "RETREAT", "0832"),
        ("The militia gave up its weapons under the accord.", "RETREAT", "0873"),
        ("The king abdicated in favour of his son.", "RETREAT", "0832"),
        ("The two armies swapped prisoners at the border.", "RETREAT", "0841"),
        # AID: evacuating the wounded (not a withdrawal), arming and funding
        ("UN helicopters evacuated the injured from the valley.", "AID", "073"),
        ("Iran armed the militias in the south.", "AID", "072"),
        # ACCUSE (CAMEO 11): disapproval's synonyms, an official complaint
        ("The ambassador berated the government over the arrests.", "ACCUSE", "111"),
        ("Kenya lodged a formal protest with Uganda over the incident.", "ACCUSE", "114"),
        ("The court issued an indictment against the former minister.", "ACCUSE", "115"),
        # REJECT (CAMEO 12): repudiating, spurning, flouting
        ("The rebels spurned the offer of talks.", "REJECT", "120"),
        ("The government brushed aside the criticism.", "REJECT", "120"),
        ("The junta flouted the ruling of the court.", "REJECT", "128"),
        ("The rebels breached the ceasefire on Tuesday.", "ASSAULT", "196"),
        # MOBILIZE (CAMEO 15)
        ("Russia amassed troops along the border.", "MOBILIZE", "152"),
        ("The army rushed troops to the border region.", "MOBILIZE", "150"),
        # SANCTION (CAMEO 16): withholding aid, breaking off ties
        ("The donors withheld aid from the government.", "SANCTION", "162"),
        ("Morocco broke off diplomatic relations with Iran.", "SANCTION", "161"),
        # COERCE (CAMEO 17): bans, restrictions on freedoms, censorship, destruction, repression, exile
        ("The government prohibited public gatherings in the capital.", "COERCE", "172"),
        ("The new law curbs freedom of assembly.", "COERCE", "1721"),
        ("The authorities closed two opposition newspapers.", "COERCE", "172"),
        ("The regime ordered the newspaper to suspend publication.", "COERCE", "172"),
        ("Soldiers bulldozed the homes of the villagers.", "ASSAULT", "1712"),
        ("The regime persecuted religious minorities.", "COERCE", "175"),
        ("The authorities impounded the ship in the port.", "COERCE", "1711"),
        # ASSAULT (CAMEO 18-20)
        ("Gunmen gunned down a police officer in the market.", "ASSAULT", "190"),
        ("A man stabbed two soldiers at the checkpoint.", "ASSAULT", "182"),
        ("Militants beheaded a hostage in the desert.", "ASSAULT", "1823"),
        ("Police tortured the detainees for days.", "ASSAULT", "1822"),
        ("The report accused the army of mass killings in the region.", "ACCUSE", "112"),
        # killing or wounding in or by a bombing is CAMEO 183, not 190
        ("Four shoppers were killed in a bomb blast at the market.", "ASSAULT", "183"),
        ("Two suicide bombers killed nine people at the station.", "ASSAULT", "1831"),  # the bombers say how: a suicide bombing
        ("Three soldiers were wounded by a roadside bomb.", "ASSAULT", "183"),
        ("The mass expulsion of the minority began in May.", "ASSAULT", "201"),
        ("Gunmen made an assassination attempt on the governor.", "ASSAULT", "185"),
        # CAMEO 015/016/019: owning up, denying accusations, concurring
        ("The ministry denied the accusations of torture.", "REJECT", "016"),
        ("The army dismissed the allegations as propaganda.", "REJECT", "016"),
        ("The minister admitted mistakes in the handling of the crisis.", "CONCEDE", "015"),
        ("France concurred with Germany on the need for reform.", "AGREE", "019"),
        # CAMEO 074: providing peacekeepers; 0872: lifting a blockade
        ("Ghana sent peacekeepers to Liberia in June.", "AID", "074"),
        ("The Security Council extended the mandate of the mission in Mali.", "AID", "074"),
        ("The army lifted the siege of the city.", "RETREAT", "0872"),
        # PLOVER: crowd-control weapons are ASSAULT/crowd-control (CAMEO 175); inking a deal is signing it
        ("Riot police used water cannon against the crowd.", "ASSAULT", "175"),
        ("The two countries inked a trade agreement.", "SUPPORT", "057"),
        # verbs of CAMEO's and PLOVER's definitions: obstructing passage, postponing a protest, a police search
        ("Farmers obstructed the main highway with tractors.", "PROTEST", "144"),
        ("The union postponed the strike until next month.", "CONCEDE", "082"),
        ("Police searched the offices of the newspaper.", "COERCE", "170"),
        ("The rebel leader denigrated the peace envoy.", "ACCUSE", "111"),
        # economic and military cooperation by kind, under a light verb or as a subject
        ("Ghana and Togo launched a common currency.", "COOPERATE", "061"),
        ("Bilateral trade expanded sharply.", "COOPERATE", "061"),
        ("The two companies launched a joint project.", "COOPERATE", "061"),
    ],
)
def test_round3_triggers(pipeline: Pipeline, text: str, type_: str, cameo: str) -> None:
    assert only(pipeline, text, type_).cameo == cameo


@pytest.mark.parametrize(
    ("text", "not_types"),
    [
        ("The farmers left the city in the evening.", {"RETREAT"}),  # only forces leaving territory retreat
        ("The company moved its headquarters to Lagos.", {"MOBILIZE"}),  # only troops moved are deployed
        ("The minister received an award in Paris.", {"RETREAT", "CONSULT"}),
        ("The students exchanged ideas at the conference.", {"RETREAT"}),  # only people exchanged are released
        ("The factory burned coal for decades.", {"COERCE"}),  # only property or infrastructure burned
        ("The minister closed the conference with a speech.", {"COERCE"}),  # only media closed is censorship
        ("The court barred the evidence.", {"COERCE"}),
        ("The report will restrict its scope to Africa.", {"COERCE"}),
        ("The army evacuated its positions near the river.", {"AID"}),  # a force's own withdrawal
        ("The Warsaw Pact foreign ministers met in Prague.", {"AGREE", "SUPPORT"}),  # a name, not a pact made
        ("The farmers used new seeds this year.", {"ASSAULT"}),  # only crowd-control weapons used are an assault
        ("Rescuers searched the rubble for survivors.", {"COERCE"}),  # only police or troops searching places coerce
        ("The union called off the strike.", {"COOPERATE"}),  # 'union' is a party, not an event noun
        ("The currency fell against the dollar.", {"COOPERATE"}),
    ],
)
def test_round3_guards(pipeline: Pipeline, text: str, not_types: set[str]) -> None:
    found = [(e.type, e.trigger.text) for e in events(pipeline, text)]
    assert not [f for f in found if f[0] in not_types], found


def test_round3_keeps_earlier_senses(pipeline: Pipeline) -> None:
    assert only(pipeline, "The army evacuated its positions near the river.", "RETREAT").cameo == "0874"
    assert only(pipeline, "The president received the Chinese foreign minister.", "CONSULT").cameo == "043"
    assert only(pipeline, "The rebels released the hostages.", "RETREAT").cameo == "0841"
    assert only(pipeline, "Soldiers killed three rebels near the border.", "ASSAULT").cameo == "190"
    assert only(pipeline, "The ministry denied the report.", "REJECT").cameo == "120"
    assert only(pipeline, "Russia sent troops to the border.", "MOBILIZE").cameo == "150"


def test_refusal_stance_is_a_rejection() -> None:
    """A refused concession is coded 124 (refuse to yield): its type is REJECT so type and code agree;
    intentions and threats keep the act's own type."""
    lex = load_lexicon()
    assert lex.stance_code("refusal", "CONCEDE", None) == "124"
    assert lex.stance_type("refusal", "CONCEDE", None) == ("REJECT", None)
    assert lex.stance_type("refusal", "RETREAT", "release") == ("REJECT", None)
    assert lex.stance_type("intent", "CONSULT", "visit") == ("CONSULT", "visit")
    assert lex.stance_type("threat", "ASSAULT", None) == ("ASSAULT", None)


def test_title_case_headline_verbs(pipeline: Pipeline) -> None:
    lex = load_lexicon()
    head = pipeline.nlp("Country Leader Ejects International Observers in City")
    assert is_title_case(head[:])
    assert [lex.headline_verb(t) for t in head if lex.headline_verb(t)] == ["eject"]
    prose = pipeline.nlp("The Leader of the country ejects observers.")
    assert not is_title_case(prose[:])
    assert not [t for t in prose if lex.headline_verb(t)]
    names = pipeline.nlp("Protest Records Company")  # a plain form the lexicon also lists as a noun is no verb
    assert lex.headline_verb(names[0]) is None


@pytest.mark.parametrize(
    ("word", "lemma"),
    [("ejects", "eject"), ("pushes", "push"), ("denies", "deny"), ("condemned", "condemn"),
     ("released", "release"), ("expelled", "expel"), ("seizing", "seize"), ("denied", "deny")],
)
def test_uninflect(word: str, lemma: str) -> None:
    assert lemma in _uninflect(word)
