"""Quotes stage, round 10: a reported clause with unquoted words of its own before a quotation is
the report (the quotation is part of it), not the quotation alone. Sentences written for these
tests (no shared data)."""

from __future__ import annotations

import pytest
from test_quotes import by_cue, quotes


@pytest.mark.parametrize("text, starts, quoted", [
    ("The envoy said the militia “will never hand over its weapons to the army” before the talks.\n",
     "the militia", "will never hand over its weapons"),
    ("A local monitor reported that the convoy “was turned back at the second checkpoint” on Friday.\n",
     "that the convoy", "was turned back at the second checkpoint"),
])
def test_clause_with_words_before_the_quotation_is_the_report(text: str, starts: str, quoted: str) -> None:
    cue = "said" if " said " in text else "reported"
    reports = [q for q in by_cue(quotes(text), cue) if q.kind == "indirect"]
    assert len(reports) == 1, [(q.kind, q.content.text) for q in quotes(text)]
    assert reports[0].content.text.startswith(starts) and quoted in reports[0].content.text


def test_quotation_right_after_the_cue_stays_the_quotation() -> None:
    """'said “…”' and 'said that “…”': nothing unquoted before the marks, so the quotation is the attribution, no report around it."""
    for text in ("The envoy said “the militia will never hand over its weapons to the army.”\n",
                 "The envoy said that “the militia will never hand over its weapons to the army.”\n"):
        qs = quotes(text)
        assert len(qs) == 1 and qs[0].kind != "indirect", [(q.kind, q.content.text) for q in qs]
        assert qs[0].speaker is not None and "envoy" in qs[0].speaker.text


def test_speaker_after_the_cue_is_no_reported_clause() -> None:
    """'“…,” said Ann Lowe, half joking': the parser makes a clause of the speaker and the manner; it is who spoke."""
    qs = quotes("''We are better with our hands than with our heads,'' said Ann Lowe, half joking. She runs the line.\n")
    assert [q.kind for q in qs] == ["direct"], [(q.kind, q.content.text) for q in qs]
    assert qs[0].speaker is not None and qs[0].speaker.text == "Ann Lowe"


@pytest.mark.parametrize("text, content", [
    ("The senator criticized McDonald’s and Walmart for their resistance to minimum wage hikes.\n",
     "McDonald’s and Walmart for their resistance to minimum wage hikes"),
    ("The governor described Wisconsin Gov. Scott Walker as an ineffective leader.\n",
     "Wisconsin Gov. Scott Walker as an ineffective leader"),
])
def test_object_hung_in_pieces_is_one_content(text: str, content: str) -> None:
    """The parser splits the object ('McDonald' + '’s', 'Wisconsin' + 'Gov. Scott Walker'); the stance's content is all of it."""
    assert [q.content.text for q in quotes(text) if q.kind == "indirect"] == [content]


def test_second_verb_after_the_object_is_no_part_of_it() -> None:
    qs = quotes("The senator criticized the plan and praised the mayor.\n")
    assert sorted(q.content.text for q in qs) == ["the mayor", "the plan"]


@pytest.mark.parametrize("text, content, speaker", [
    ("Floods hit the valley.\n\nThe ministry built the bridge to help farmers, a spokesman, Ali Musa, said.",
     "The ministry built the bridge to help farmers", "spokesman"),
    ("Floods hit the valley.\n\nThe agency opened the shelter to help in times of crisis, a spokeswoman, Anna Lind, said.",
     "The agency opened the shelter to help in times of crisis", "spokeswoman"),
])
def test_speaker_with_title_and_name_after_the_report(text: str, content: str, speaker: str) -> None:
    """'…, a spokesman, Ali Musa, said': the parse hangs the title (and name) inside the report; the repair makes the
    title the speech verb's subject, so the content stops before it."""
    said = [q for q in by_cue(quotes(text), "said") if q.kind == "indirect"]
    assert [q.content.text for q in said] == [content]
    assert said[0].speaker is not None and speaker in said[0].speaker.text


def test_uncued_quotation_after_a_partial_one_shares_its_speaker() -> None:
    """'… said the dam was “a disaster …”. “We will fight it …”': the second quotation has no cue of its own; the
    paragraph's cued partial quotation gives it one. With no cued quotation in the paragraph it stays unattributed."""
    qs = quotes("Floods hit the valley.\n\nThe mayor said the new dam was “a disaster for every farmer in the valley.” "
                "“We will fight it in every court in the land.”\n")
    fight = next(q for q in qs if q.content.text.startswith("We will fight"))
    assert fight.speaker is not None and fight.speaker.text == "The mayor", fight
    qs = quotes("Floods hit the valley.\n\nThe mayor left the hall. “We will fight it in every court in the land.”\n")
    assert [q.speaker for q in qs if q.content.text.startswith("We will fight")] == [None]


def test_asked_with_the_hearer_as_object_is_the_quotations_cue() -> None:
    """'“Why …?” Obama asked Republican politicians.': the object of ask/tell is who is addressed, not a clause of its own."""
    qs = quotes("Floods hit the valley.\n\n“Why are you still backing the dam?” The mayor asked the council members.\n")
    q = next(q for q in qs if q.content.text.startswith("Why are you"))
    assert q.cue is not None and q.cue.text == "asked" and q.speaker is not None and q.speaker.text == "The mayor", q
