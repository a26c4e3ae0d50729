"""Quotes stage, round 9: a report hung on another clause as an absolute 'with' phrase ('…, with a
spokeswoman saying that …') is the inner speaker's, and the outer frame's content stops before it.
Sentences written for these tests (no shared data)."""

from __future__ import annotations

from test_quotes import by_cue as _by_cue
from test_quotes import quotes


import pytest


@pytest.mark.parametrize("text, speaker, said", [
    ("Amid the advance of the militia, the UN is showing no signs of stepping up aid flights, with a Geneva spokeswoman "
     "saying that the agency now sees the crisis as one for regional leaders to settle or lose.\n", "spokeswoman",
     "the agency now sees the crisis"),
    ("After the vote, the party is showing no signs of changing its leader, with a senior aide saying that the members "
     "now see the defeat as one for the whole cabinet to answer for.\n", "aide", "the members now see the defeat"),
    ("Amid the advance of the rebels, the EU is showing no signs of stepping up sanctions, with a Brussels spokeswoman "
     "saying that Europe now sees the crisis as one for African leaders to settle.\n", "spokeswoman", "Europe now sees the crisis"),
])
def test_with_phrase_report_belongs_to_its_own_speaker(text: str, speaker: str, said: str) -> None:
    qs = quotes(text)
    saying = _by_cue(qs, "saying")
    assert len(saying) == 1 and said in saying[0].content.text
    assert saying[0].speaker is not None and speaker in saying[0].speaker.text
    showing = _by_cue(qs, "showing")  # the outer frame's content stops before the spokeswoman's clause
    assert [q.content.text.startswith("no signs of") and " with " not in q.content.text for q in showing] == [True]


def test_with_what_others_say_stays_the_outer_report() -> None:
    """'agrees with [what critics are saying]': no absolute phrase, the pronoun clause is the content."""
    qs = quotes("The governor agrees with what critics are saying about the new budget.\n")
    assert not any(q.content.text.startswith("about the new budget") for q in qs)


def test_a_deed_committed_is_no_report() -> None:
    """'committed [violations]' is a deed done; 'committed [the country] to …' is a position and stays a report."""
    assert not _by_cue(quotes("The militia committed ceasefire violations in the east on Sunday.\n"), "committed")
    assert not _by_cue(quotes("Both armies have committed grave abuses in the valley.\n"), "committed")
