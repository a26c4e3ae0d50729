"""Quotes stage, round 7 (direct quotations and their speakers): a cue verb after a quotation
that reports a clause or an object of its own is not the quotation's cue; '“…,” fumed X' names
its speaker whatever the verb; a quotation opening inside an indirect report is part of it
unless its cue is a second speech act; capitalised titles with small words are not speech.
Sentences written for these tests (no shared data)."""

from __future__ import annotations

from test_quotes import quotes

from eventwire.evaluate.quotes import predictions
from eventwire.model import Quote


def _by_text(qs: list[Quote], text: str) -> Quote:
    found = [q for q in qs if q.content.text == text]
    assert len(found) == 1, [(q.kind, q.content.text) for q in qs]
    return found[0]


def test_cue_with_a_clause_of_its_own_is_not_the_quotations() -> None:
    qs = quotes("“We are ready for the vote,” the mayor said. “The budget is balanced.” "
                "Councilman Reyes said he would oppose the plan.\n")
    second = _by_text(qs, "The budget is balanced.")
    assert second.speaker is not None and second.speaker.text == "the mayor"
    first = _by_text(qs, "We are ready for the vote")
    assert second.cue == first.cue  # one attribution: '“A,” the mayor said. “B.”'
    assert len([p for p in predictions(qs) if p.kind == "direct"]) == 1


def test_next_sentence_verb_with_an_object_is_not_the_quotations_cue() -> None:
    qs = quotes("“We are ready for the vote,” the mayor said. “The budget is balanced.” She noted a planned rally downtown.\n")
    second = _by_text(qs, "The budget is balanced.")
    assert second.cue is not None and second.cue.text == "said"
    assert second.speaker is not None and second.speaker.text == "the mayor"


def test_a_bare_cue_in_the_next_sentence_still_attributes() -> None:
    qs = quotes("The vote was close. “The budget is balanced.” The mayor said.\n")
    q = _by_text(qs, "The budget is balanced.")
    assert q.cue is not None and q.cue.text == "said" and q.speaker is not None and q.speaker.text == "The mayor"


def test_any_verb_after_a_comma_quotation_is_its_cue() -> None:
    for text in ("“We will not back down from this fight,” fumed Senator Alvarez.\n",
                 "“We will not back down from this fight,” Senator Alvarez fumed.\n",
                 "“We will not back down from this fight,” Senator Alvarez fumed on Tuesday.\n"):
        q = _by_text(quotes(text), "We will not back down from this fight")
        assert q.cue is not None and q.cue.text == "fumed"
        assert q.speaker is not None and "Alvarez" in q.speaker.text


def test_verb_after_a_short_title_is_not_a_cue() -> None:
    assert not quotes("“Night Shift,” starred Jane Doe.\n")


def test_according_to_after_a_quotation_stays_its_cue() -> None:
    q = _by_text(quotes("“We will not back down from this fight,” according to a filing by the county.\n"),
                 "We will not back down from this fight")
    assert q.cue is not None and q.cue.text == "according to"


def test_quotation_ending_a_report_is_part_of_it() -> None:
    qs = quotes("The mayor said that the council thinks the plan is “a waste of taxpayer money.”\n")
    report = [q for q in qs if q.kind == "indirect"]
    assert len(report) == 1 and report[0].content.text.endswith("a waste of taxpayer money.")
    q = _by_text(qs, "a waste of taxpayer money.")
    assert q.kind == "partial"
    assert len(predictions(qs)) == 1  # scored as one attribution: the report


def test_second_speech_act_inside_a_report_keeps_its_quotation() -> None:
    qs = quotes("The governor said he welcomed the vote and added, “We will keep working on the budget.”\n")
    q = _by_text(qs, "We will keep working on the budget.")
    assert q.kind == "direct" and q.cue is not None and q.cue.text == "added"


def test_title_with_small_words_is_not_speech() -> None:
    qs = quotes("“Life is a Long Road” star Jane Doe talked about her new film.\n")
    assert not [q for q in qs if q.kind != "indirect"], [(q.kind, q.content.text) for q in qs]


def test_speaker_is_the_subject_outside_the_quotation() -> None:
    q = _by_text(quotes("“The more voters who meet her, the better they like her,” Ortiz said.\n"),
                 "The more voters who meet her, the better they like her")
    assert q.speaker is not None and q.speaker.text == "Ortiz"
    qs = quotes("''That, unfortunately,'' he said, ''is part of the reality of modern politics.''\n")
    assert [q.speaker.text if q.speaker else None for q in qs] == ["he", "he"]


def test_name_between_the_quotation_and_its_cue_is_the_speaker() -> None:
    from test_quotes import run

    from eventwire.quotes.context import Context
    from eventwire.quotes.direct import _name_before_cue

    text = "“We were badly mistaken not to challenge her,” Lopez, 47, told AFP in an interview.\n"
    ctx = Context(run(text))
    verb = next(t for t in ctx.document.doc if t.text == "told")
    name = _name_before_cue(ctx, ctx.segments[0], verb)
    assert name is not None and name.text == "Lopez"  # the speaker, not 'AFP' after the cue
    before = "Lopez told AFP: “We were badly mistaken not to challenge her.”\n"
    ctx = Context(run(before))
    assert _name_before_cue(ctx, ctx.segments[0], next(t for t in ctx.document.doc if t.text == "told")) is None
