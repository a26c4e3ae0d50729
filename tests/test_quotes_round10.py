"""Quotes stage, round 10 (content extents): the extent ranker sees whether the phrase after an end
point is a second speech act (a cue verb, with or without a subject of its own: '… and denied …',
'…, but added …'), and its shipped weights are trained with that feature. Sentences written for
these tests (no shared data)."""

from __future__ import annotations

import pytest
from test_quotes import by_cue, run

from eventwire.quotes.context import Context
from eventwire.quotes.extent import candidates, eligible, weights
from eventwire.quotes.extractor import raw_drafts
from eventwire.quotes.lexicon import lexicon


def _features_by_end(text: str, cue: str) -> dict[str, list[str]]:
    """Candidate content (text up to each end point) -> its features, for the report of `cue`."""
    doc = run(text)
    ctx = Context(doc)
    drafts = [d for d in raw_drafts(ctx, lexicon()) if eligible(d) and d.cue is not None and d.cue.text == cue]
    assert len(drafts) == 1, [(d.cue.text if d.cue else None, d.content.text) for d in drafts]
    d = drafts[0]
    return {text[d.content.start:end]: feats for end, feats in candidates(ctx, d)}


def test_an_end_before_a_conjoined_cue_verb_is_marked() -> None:
    """'said [the bill would pass easily] and denied …': the end point before 'denied' (a cue verb
    conjoined with no subject of its own) carries the second-speech-act feature."""
    by_end = _features_by_end("The senator said the bill would pass easily and denied reports of a rift with party leaders.\n", "said")
    marked = [end for end, feats in by_end.items() if any(f.startswith("nextcue:") for f in feats)]
    assert marked == ["the bill would pass easily and"]
    assert "nextcue:conj:False" in by_end["the bill would pass easily and"]


def test_an_end_before_an_ordinary_verb_is_not_marked() -> None:
    """'… and left the hall early': no speech act follows, no feature."""
    by_end = _features_by_end("The senator said the bill would pass easily and left the hall early after the vote.\n", "said")
    assert not any(f.startswith("nextcue:") for feats in by_end.values() for f in feats)


def test_the_shipped_ranker_is_trained_with_the_feature() -> None:
    """The weights file was rebuilt with the feature (scripts/train_quote_extent.py): ending before a
    conjoined cue verb with no subject is favoured."""
    w = weights()
    assert any(k.startswith("nextcue:") for k in w)
    assert w.get("nextcue:conj:False", 0.0) > 0


@pytest.mark.parametrize("text, first, second, said", [
    ("The coach said the team had played poorly, but praised the young goalkeeper for his saves.\n", "said", "praised",
     "the team had played poorly"),
    ("The chairman said the merger would go ahead but declined to give a date for the final vote.\n", "said", "declined",
     "the merger would go ahead"),
    ("The envoy said the ceasefire was holding and urged both sides to return to the table next week.\n", "said", "urged",
     "the ceasefire was holding"),
])
def test_a_second_speech_act_is_not_part_of_the_first_content(text: str, first: str, second: str, said: str) -> None:
    qs = run(text).article.quotes
    assert [q.content.text for q in by_cue(qs, first)] == [said]
    assert len(by_cue(qs, second)) == 1
