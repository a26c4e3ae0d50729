"""Quotes stage, round 5: the end ranker stops before the next report's cue (quotes/extent.py).
Sentences written for these tests (no shared data)."""

from __future__ import annotations

from test_quotes import run

from eventwire.model import Span
from eventwire.quotes.context import Draft
from eventwire.quotes.extent import before_next_cue


def _draft(content: tuple[int, int], cue: tuple[int, int]) -> Draft:
    return Draft(Span(text="x" * (content[1] - content[0]), start=content[0], end=content[1]), "indirect",
                 Span(text="x" * (cue[1] - cue[0]), start=cue[0], end=cue[1]))


def test_candidates_past_the_next_cue_are_dropped() -> None:
    d = _draft((10, 40), (0, 5))
    cands = [(30, ["a"]), (40, ["rule"]), (55, ["b"]), (80, ["c"])]
    assert before_next_cue(cands, d, [(0, 5), (60, 66)]) == cands[:3]


def test_own_cue_and_cues_inside_the_content_do_not_limit() -> None:
    d = _draft((10, 40), (0, 5))
    cands = [(40, ["rule"]), (90, ["b"])]
    assert before_next_cue(cands, d, [(0, 5), (20, 25)]) == cands  # a cue inside the rule's content: nested, kept
    assert before_next_cue(cands, d, []) == cands


def test_report_does_not_run_into_the_next_report() -> None:
    text = ("The spokeswoman told reporters that her union had never met the lobbyists, noting that the "
            "union hired its own advisers last spring.\n")
    quotes = run(text).article.quotes
    told = [q for q in quotes if q.cue is not None and q.cue.text == "told"]
    assert told and all("noting" not in q.content.text for q in told)
    assert any(q.content.text.startswith("that her union had never met") for q in told)
