"""Quotes stage, round 7 (indirect reports): a naming verb whose object is a relative word, the
stance verbs 'support' and 'back', a question hung on a verb of asking as an adverbial clause,
a stance noun owned by a person, a subject receiving a stance noun ('drew criticism from'), and one
report per content.
Sentences written for these tests (no shared data)."""

from __future__ import annotations

from test_quotes import by_cue as _by_cue
from test_quotes import quotes

from eventwire.quotes.lexicon import lexicon


def test_what_they_called_reports_the_name() -> None:
    called = _by_cue(quotes("The council passed what residents have called a reckless budget.\n"), "called")
    assert [(q.kind, q.content.text) for q in called] == [("indirect", "a reckless budget")]
    assert called[0].speaker is not None and called[0].speaker.text == "residents"


def test_relative_naming_keeps_the_name_out_of_the_cue() -> None:
    qs = quotes("The mayor vetoed the tax, which his rivals had called unfair to renters.\n")
    assert [q.content.text for q in _by_cue(qs, "called")] == ["unfair"]
    assert not _by_cue(qs, "called unfair")


def test_naming_verb_with_a_particle_is_not_a_name() -> None:
    qs = quotes("The budget that the mayor called for passed easily.\n")
    assert not [q for q in qs if q.cue is not None and q.cue.text.startswith("called")]


def test_support_and_back_take_their_object() -> None:
    supported = _by_cue(quotes("Two senators supported the new highway bill.\n"), "supported")
    assert [q.content.text for q in supported] == ["the new highway bill"]
    backed = _by_cue(quotes("The union has backed Governor Ellis.\n"), "backed")
    assert [q.content.text for q in backed] == ["Governor Ellis"]
    assert "support VERB dobj" in lexicon().frames and "back VERB dobj" in lexicon().frames


def test_question_hung_on_a_passive_ask_has_no_speaker_but_the_asker() -> None:
    asked = _by_cue(quotes("During a radio interview in May, the singer was asked if she’d ever been turned away.\n"), "asked")
    assert [q.content.text for q in asked] == ["if she’d ever been turned away"]
    assert asked[0].speaker is None  # the singer was asked: she is not the one asking
    asked = _by_cue(quotes("When the governor was asked by reporters if he’d ever been fired, he laughed.\n"), "asked")
    assert [q.content.text for q in asked] == ["if he’d ever been fired"]
    assert asked[0].speaker is not None and asked[0].speaker.text == "reporters"


def test_conditional_before_the_verb_is_not_a_question() -> None:
    qs = quotes("If the council agrees, she will ask the governor for help.\n")
    assert not [q for q in qs if q.content.text.startswith("the council agrees")]


def test_owned_stance_noun_reports_its_object() -> None:
    qs = _by_cue(quotes("The governor's opposition to the pipeline surprised the council.\n"), "opposition")
    assert [q.content.text for q in qs] == ["the pipeline"]
    assert qs[0].speaker is not None and "governor" in qs[0].speaker.text
    assert not _by_cue(quotes("Opposition to the pipeline has grown.\n"), "Opposition")


def test_subject_receiving_criticism_is_the_content() -> None:
    drawn = _by_cue(quotes("The mayor's plan has drawn criticism from both parties.\n"), "drawn criticism")
    assert [q.content.text for q in drawn] == ["The mayor's plan"]
    assert drawn[0].speaker is not None and drawn[0].speaker.text == "both parties"
    fire = _by_cue(quotes("The senator came under heavy fire from local unions.\n"), "came under heavy fire")
    assert [q.content.text for q in fire] == ["The senator"]


def test_facing_criticism_or_a_pronoun_subject_is_not_a_reception() -> None:
    assert not _by_cue(quotes("The senator faced criticism from unions.\n"), "faced criticism")
    assert not _by_cue(quotes("It drew criticism from both parties.\n"), "drew criticism")


def test_one_report_per_content() -> None:
    qs = [q for q in quotes("The senators are confident that the bill will pass.\n") if q.kind == "indirect"]
    assert [(q.cue.text if q.cue else None, q.content.text) for q in qs] == [("are confident", "that the bill will pass")]
