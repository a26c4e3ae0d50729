"""Quotes stage, round 6: a verb conjoined inside a reported clause is a report of its own, a
name list is not an apposition, a poll reports the clause its phrase hangs on, and a participle on
a statement noun is not what it says. Sentences written for these tests (no shared data)."""

from __future__ import annotations

from test_quotes import quotes

from eventwire.model import Quote


def _by_cue(qs: list[Quote], cue: str) -> list[Quote]:
    return [q for q in qs if q.cue is not None and q.cue.text == cue]


def test_conjoined_cue_verb_ends_the_first_report() -> None:
    qs = quotes("The mayor says that the city has balanced its budget and urged the council to approve the new transit plan.\n")
    says = _by_cue(qs, "says")
    assert [q.content.text for q in says] == ["that the city has balanced its budget"]
    urged = _by_cue(qs, "urged")
    assert urged and urged[0].content.text == "the council to approve the new transit plan"


def test_conjunct_with_a_subject_of_its_own_is_not_cut() -> None:
    qs = quotes("The mayor said the city had balanced its budget and the council approved the new transit plan.\n")
    said = _by_cue(qs, "said")
    assert said and said[0].content.text.endswith("approved the new transit plan")


def test_name_list_is_not_cut_as_an_apposition() -> None:
    qs = quotes("The senator praised Mr. Dolan, his campaign staff and volunteers.\n")
    assert [q.content.text for q in _by_cue(qs, "praised")] == ["Mr. Dolan, his campaign staff and volunteers"]


def test_apposition_to_a_name_is_still_left_out() -> None:
    qs = quotes("The senator praised Mr. Dolan, the former mayor of Dayton.\n")
    assert [q.content.text for q in _by_cue(qs, "praised")] == ["Mr. Dolan"]


def test_poll_phrase_after_the_clause_reports_it() -> None:
    qs = quotes("The governor leads his nearest rival by twelve points in the latest Gallup poll.\n")
    polls = _by_cue(qs, "in")
    assert len(polls) == 1
    q = polls[0]
    assert q.kind == "indirect" and q.content.text == "The governor leads his nearest rival by twelve points"
    assert q.speaker is not None and "Gallup" in q.speaker.text


def test_poll_phrase_before_the_clause_reports_it() -> None:
    qs = quotes("In the latest Gallup poll, the governor leads his nearest rival by twelve points.\n")
    polls = _by_cue(qs, "In")
    assert len(polls) == 1 and polls[0].content.text.startswith("the governor leads his nearest rival")


def test_standing_in_the_polls_is_not_a_report() -> None:
    assert not _by_cue(quotes("He rose in the polls.\n"), "in")
    assert not _by_cue(quotes("Mr. Dolan, who is struggling in the polls, skipped the debate.\n"), "in")


def test_in_with_another_noun_is_not_a_report() -> None:
    assert not _by_cue(quotes("The governor leads his nearest rival by twelve points in the state of Ohio.\n"), "in")


def test_participle_on_a_statement_is_not_its_content() -> None:
    qs = quotes("In a statement released Thursday, the mayor said the budget was balanced.\n")
    assert not _by_cue(qs, "statement")
    assert [q.content.text for q in _by_cue(qs, "said")] == ["the budget was balanced"]
    assert not _by_cue(quotes("Her statement released on Friday surprised the council.\n"), "statement")


def test_that_clause_with_a_passive_is_still_a_claims_content() -> None:
    qs = quotes("Her claim that the vote count was falsified was dismissed by the judge.\n")
    assert any(q.content.text.startswith("that the vote count was falsified") for q in qs)
