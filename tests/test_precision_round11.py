"""Precision round 11 (issue #3): what round 10 left open, each fixed as a class: a candidate's own campaign rally
(a named politician at it, "fundraisers and rallies") as a protest; contests of words and idioms ("battling it out",
"the campaigns battled", "fought her way back", "a clash of civilizations") as armed clashes; "potent greenhouse gases"
hung on a verb as a gas attack; abuse "by the H-1B program" as a beating; a vow about one's own conduct ("vows to be
more careful") as a threat; "you can be forgiven for" as a concession; firms merging and private contracts ("a merger
agreement", "a deal to merge", "a nondisclosure agreement") as political agreements; a party taking over a chamber
as a seizure; the rally a beating happens "at" as its target; and who rallied supporters in "her role in rallying".
From the audit of PolNeAR train 680-739: delegates "captured", a name given ('called the "Trump of the West"', "a
film called"), a city "overrun by Democrats", "relax", "met by a chorus of", "not widely recognized", "hold appeal",
"a lot of talk", a tourist "visiting", "sought shelter", evidence that "backs up" claims, fireworks "shooting", "grim
resignation", hate that "targets", fights with journalists, a poll share "supported by", "traded the microphone",
"invited to the debates", a "threat to the life they know", "warned about", "pulled out the race card", a "five-word
missile" fired, "intimidated by the legal language", a race that "calls for", fights for employees, for fairness,
against laws or against Zika, "fight back" and "fight on" with no forces, practices that "clash", a vow "to never
utter", a senator who "rallied", the House floor "hijacked" or "seized"; and, recoded, "a sweeping indictment", a
politician attacking lawmakers or the press or going "on the attack", a column that "targeted" someone, a speech
"under attack" (ACCUSE 111), a vow "to put the country first" (AGREE 030), a senator "rallying for" a candidate
(SUPPORT 050), and "plotted to attack" (intended). Each guard has a twin that must still be coded. All sentences
written for this file. Uses the session `pipeline` fixture."""

from __future__ import annotations

import pytest

from eventwire.pipeline import Pipeline

from eventcheck import actor, by_trigger, codes, target


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Bernie Sanders has a rally planned for Thursday in Denver.", "rally"),
        ("She spent the summer organizing fundraisers and rallies across the state.", "rallies"),
        ("The two senators will be battling it out in the primary next month.", "battling"),
        ("The campaigns battled for weeks over the debate schedule.", "battled"),
        ("She fought her way back to the top of the polls.", "fought"),
        ("Senator Tom Smith fought his way into the runoff.", "fought"),
        ("The mayor battled his way back into the race.", "battled"),
        ("Democrats fought it out over the platform.", "fought"),
        ("The two campaigns fought over the debate schedule.", "fought"),
        ("The election is a clash of civilizations, he said.", "clash"),
        ("She urged Canada and Mexico to cut methane, potent greenhouse gases from oil wells and cattle.", "gases"),
        ("Workers were abused by the H-1B program for years.", "abused"),
        ("The visa program abused foreign workers for years.", "abused"),
        ("The governor vows to be more careful with his words.", "vows"),
        ("She vowed to never utter those words again.", "vowed"),
        ("You can be forgiven for not knowing the rules of the caucus.", "forgiven"),
        ("The two banks announced a merger agreement on Monday.", "agreement"),
        ("The company signed a deal to merge with its rival.", "signed"),
        ("She signed a nondisclosure agreement with the developer.", "signed"),
        ("Republicans took over the House in 2010.", "took"),
        # from the audit of PolNeAR train 680-739
        ("She is widely expected to capture enough delegates to clinch the nomination.", "capture"),
        ('The mayor has been called the "Trump of the West" for his remarks about crime.', "called"),
        ('The campaign paid to broadcast a short film called "Our Families" on Telemundo.', "called"),
        ("Locals do not mind being overrun by Democrats during the convention.", "overrun"),
        ("He should relax and accept it, the strategist said.", "relax"),
        ("Sanders could be met by a chorus of Democrats urging him to quit.", "met"),
        ("One reason Perez is not widely recognized is that he held only local office.", "recognized"),
        ("The governor may hold particular appeal for swing voters.", "appeal"),
        ("There was a lot of talk about turnout at the meeting.", "talk"),
        ("A journalist visiting Nice on holiday said she saw the truck.", "visiting"),
        ("She was across town visiting a halfway house for veterans.", "visiting"),
        ("As the shooting went on, everyone sought shelter in nearby shops.", "sought"),
        ("He had no time to look for evidence that would back up his claims.", "back"),
        ("The speech ended with fireworks shooting over the river.", "shooting"),
        ("Aides said the mood was grim resignation.", "resignation"),
        ("LGBT people are targeted by hate in many places.", "targeted"),
        ("The candidate wants to be invited to the televised debates.", "invited"),
        ("This constant threat to the life they know is unjust.", "threat"),
        ("He has warned voters about the dangers of the trade deal.", "warned"),
        ("Obama pulled out the race card against his critics.", "pulled"),
        ("The candidate fired a five-word missile at Bush after the debate.", "fired"),
        ("Right after the debate, the governor launched a six-word missile at his rival.", "launched"),
        ("The former aide was intimidated by the legal language.", "intimidated"),
        ("It was the kind of race that would call for embracing any help she could get.", "call"),
        ("I have seen him fight for his employees and his company.", "fight"),
        ("The governor often fights with reporters.", "fights"),
        ("The poll finds the governor supported by an average of 13 percent across all states.", "supported"),
        ("At a forum in Denver, the senator traded the microphone with activists.", "traded"),
        ("Congress has yet to fund efforts to fight Zika.", "fight"),
        ("Abortion rights advocates said the ruling made it critical to fight these laws on a local basis.", "fight"),
        ("He says the decision strengthened his resolve to fight for more fairness.", "fight"),
        ("The analyst decided to fight back.", "fight"),
        ("The senator rallied in Ohio on Tuesday.", "rallied"),
        ("Their business practices appear to clash with the campaign's positions.", "clash"),
        ("They hijacked the floor of the House of Representatives for almost 26 hours.", "hijacked"),
        ("House Democrats seized the floor from Republicans on Wednesday.", "seized"),
        ("Roffman decided to fight back.", "fight"),
        ("Sanders has vowed to fight on.", "fight"),
        ("Their views on trade clashed with those of the governor.", "clashed"),
    ],
)
def test_not_events(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert trigger not in [t for _, _, t in codes(pipeline, text)], codes(pipeline, text)


@pytest.mark.parametrize(
    ("text", "trigger", "type_", "cameo"),
    [
        ("Protesters rallied against the new law outside parliament.", "rallied", "PROTEST", "141"),
        ("Thousands joined a rally against the war in the capital.", "rally", "PROTEST", "141"),
        ("Tom Smith came from Denver to organize an anti-Trump rally.", "rally", "PROTEST", "141"),
        ("Jane Doe organized a rally against the new law.", "rally", "PROTEST", "141"),
        ("Rebels battled government troops near the border.", "battled", "ASSAULT", "193"),
        ("Troops battled it out with rebels for control of the town.", "battled", "ASSAULT", "193"),
        ("Rebels clashed with troops in the capital.", "clashed", "ASSAULT", "193"),
        ("Fighters clashed over control of the oil fields.", "clashed", "ASSAULT", "193"),
        ("The guards abused the prisoners in the jail.", "abused", "ASSAULT", "182"),
        ("The rebels vowed to attack the capital.", "vowed", "THREATEN", "138"),
        ("Iran and the six powers reached an agreement on the nuclear program.", "reached", "AGREE", "057"),
        ("Turkey signed a deal to acquire Russian missiles.", "signed", "SUPPORT", "057"),
        ("Rebels took over the town after a week of fighting.", "took", "COERCE", "192"),
        ("Militants overran the army base.", "overran", "COERCE", "192"),
        ("The minister visited Moscow on Monday.", "visited", "CONSULT", "042"),
        ("Refugees sought asylum in Germany.", "sought", "REQUEST", "023"),
        ("The minister announced his resignation.", "resignation", "RETREAT", "0832"),
        ("Militants targeted a police station in the north.", "targeted", "ASSAULT", "190"),
        ("The president invited the rebel leaders to talks.", "invited", "REQUEST", "020"),
        ("Troops pulled out of the city.", "pulled", "RETREAT", "0874"),
        ("The union called for a general strike.", "called", "REQUEST", "020"),
        ("He called the president a liar for his remarks.", "called", "ACCUSE", "111"),
        ("Troops fought back against the rebels.", "fought", "ASSAULT", "190"),
        ("The soldiers fought back.", "fought", "ASSAULT", "190"),
        ("The army fired a missile at the village.", "fired", "ASSAULT", "194"),
        ("Soldiers fought with the rebels near the border.", "fought", "ASSAULT", "190"),
        ("The prosecutor announced the indictment of the former minister.", "indictment", "ACCUSE", "115"),
        ("Gunmen shot three villagers.", "shot", "ASSAULT", "190"),
        ("Police fought with the crowd outside the stadium.", "fought", "ASSAULT", "190"),
        ("Protesters rallied outside the embassy.", "rallied", "PROTEST", "141"),
        ("Thousands rallied for the release of the jailed journalists.", "rallied", "PROTEST", "141"),
        ("The town came under attack overnight.", "attack", "ASSAULT", "190"),
        ("Gunmen hijacked a bus near the border.", "hijacked", "ASSAULT", "181"),
        ("Rebels seized the airport.", "seized", "COERCE", "192"),
        ("Gunmen attacked journalists in the capital.", "attacked", "ASSAULT", "190"),
        ("Iran traded oil with China.", "traded", "COOPERATE", "061"),
        ("The senator's talks with the rebels lasted two days.", "talks", "CONSULT", "040"),
        ("The rebels went on the attack at dawn.", "attack", "ASSAULT", "190"),
        # recoded
        ("He delivered a sweeping indictment of the political class.", "indictment", "ACCUSE", "111"),
        ("Senator Tom Smith attacked some Republican lawmakers during his visit to the Capitol.", "attacked", "ACCUSE", "111"),
        ("Trump vowed to put the country's interests first.", "vowed", "AGREE", "030"),
        ("And then Senator Tom Smith went fully on the attack, saying the president had failed.", "attack", "ACCUSE", "111"),
        ("The column targeted the party leadership.", "targeted", "ACCUSE", "111"),
        ("Senator Tom Smith attacked the press at his rally.", "attacked", "ACCUSE", "111"),
        ("The candidate's address was suddenly under attack because of apparent plagiarism.", "attack", "ACCUSE", "111"),
        ("The senator was rallying for Eric Kingson, who is running for Congress.", "rallying", "SUPPORT", "050"),
    ],
)
def test_twins_and_recoded(pipeline: Pipeline, text: str, trigger: str, type_: str, cameo: str) -> None:
    e = by_trigger(pipeline, text, trigger)
    assert (e.type, e.cameo) == (type_, cameo), codes(pipeline, text)


def test_a_deal_to_merge_is_no_agreement(pipeline: Pipeline) -> None:
    assert codes(pipeline, "The company signed a deal to merge with its rival.") == []


def test_a_plot_to_attack_is_intended(pipeline: Pipeline) -> None:
    assert by_trigger(pipeline, "The rebels plotted to attack the capital.", "attack").modality == "intended"


def test_forces_that_fight_on_still_fight(pipeline: Pipeline) -> None:
    assert by_trigger(pipeline, "The rebels vowed to fight on.", "fight").type == "ASSAULT"


def test_the_rally_a_beating_happens_at_is_no_target(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "The senator took a heckler in stride, saying the person would not get beat up at his rally.", "beat")
    assert target(e) == "the person"


def test_a_protest_at_a_rally_is_against_whose_rally_it_is(pipeline: Pipeline) -> None:
    text = "Katrina Smith said the judge was part of a group organizing protests at Trump rallies around Ohio."
    assert target(by_trigger(pipeline, text, "protests")) == "Trump rallies"


def test_who_owns_the_role_rallied_the_supporters(pipeline: Pipeline) -> None:
    text = "Clinton urged Sanders to tone it down by recalling her role in rallying her supporters behind Obama."
    assert actor(by_trigger(pipeline, text, "rallying")) == "her"


def test_who_tells_the_story_did_the_deed(pipeline: Pipeline) -> None:
    text = "Trump mocked Carson's story about attacking a classmate with a knife."
    assert actor(by_trigger(pipeline, text, "attacking")) == "Carson's"
