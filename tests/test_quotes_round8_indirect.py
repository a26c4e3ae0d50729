"""Quotes stage, round 8 (indirect reports): a title whose stance verb the parser misread as a noun
('Teachers union rips [Mayor Dunn on school budget]'); an aside report starts after a dash written
as a spaced hyphen; the person asked ('she asked [him]') is not the content of 'ask'.
Sentences written for these tests (no shared data)."""

from __future__ import annotations

from test_quotes import by_cue as _by_cue
from test_quotes import quotes

from eventwire.quotes.lexicon import lexicon


def test_headline_verb_read_as_a_noun_reports_what_follows() -> None:
    ripped = _by_cue(quotes("Teachers union rips Mayor Dunn on school budget.\n\nThe union met on Tuesday.\n"), "rips")
    assert [(q.kind, q.content.text) for q in ripped] == [("indirect", "Mayor Dunn on school budget")]
    assert ripped[0].speaker is not None and ripped[0].speaker.text == "Teachers union"  # not the misparsed phrase past the verb


def test_headline_rule_reads_only_a_one_sentence_title() -> None:
    qs = quotes("The union met on Tuesday. Teachers union rips Mayor Dunn on school budget.\n")
    assert not _by_cue(qs, "rips")


def test_headline_verbs_include_the_object_cues() -> None:
    lex = lexicon()
    assert {"rip", "blast", "say"} <= lex.headline_verbs and lex.object_cues <= lex.headline_verbs


def test_aside_report_starts_after_a_spaced_hyphen_dash() -> None:
    qs = quotes("The bill would bar new waivers for the mines - a provision, the senator said, that is meant to protect local farmers.\n")
    said = _by_cue(qs, "said")
    assert len(said) == 1 and said[0].content.text.startswith("a provision, the senator said, that is meant")
    qs = quotes("She compared the new teachers to young athletes - all of whom, she explained, needed time to reach their potential.\n")
    explained = _by_cue(qs, "explained")
    assert len(explained) == 1 and explained[0].content.text.startswith("all of whom, she explained, needed time")


def test_a_hyphen_inside_a_word_is_not_a_dash() -> None:
    said = _by_cue(quotes("Her re-election bid, aides said, is now safe from challengers.\n"), "said")
    assert len(said) == 1 and said[0].content.text.startswith("Her re-election bid, aides said, is now safe")


def test_the_one_asked_is_not_the_content() -> None:
    qs = quotes("“Did you know the bridge was closed?” Mayor Ellis asked Governor Dunn.\n")
    assert not [q for q in _by_cue(qs, "asked") if q.kind == "indirect"]
    qs = quotes("“Why are you still here?” she asked him.\n")
    assert not [q for q in _by_cue(qs, "asked") if q.kind == "indirect"]
    asked = _by_cue(quotes("The council asked the governor to release the report.\n"), "asked")
    assert [q.content.text for q in asked] == ["the governor to release the report"]  # who is asked to act stays in
