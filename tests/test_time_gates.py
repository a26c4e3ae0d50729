"""The times rules' gates only skip paragraphs where the rule cannot match, and no
temporal expression runs across a blank line."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from eventwire.times import TimeTagger
from eventwire.times.rules import LEX, RULES
from eventwire.times.tagger import _matches, _paragraphs

ANCHOR = date(2021, 8, 10)

# one expression for every rule that runs over text, in mixed case, so each gate is tried on a match
EXPRESSIONS = [
    "On 2021-08-09T10:30 the talks began.", "It was signed on 12/08/2020 in Doha.", "Troops left on Monday, AUGUST 9, 2021.",
    "He arrived on the 9th of August 2021.", "By late March 2020 the front had moved.", "It ended in September.",
    "The accord of fiscal 2019 lapsed.", "In the 1990s and the '80s fighting was rare.", "The twentieth century ended.",
    "It rose in the First Quarter of 2021.", "Sales in Q3 2020 fell.", "In the year-earlier quarter it fell.",
    "In the first half of 2020 prices rose.", "This past Summer was hot.", "Over The Past Week talks stalled.",
    "Over the weekend the rebels advanced.", "On Tuesday evening they met.", "The day before yesterday and TONIGHT.",
    "Last night and this morning shells fell.", "Three days ago and two weeks from now.", "A YEAR EARLIER it was quiet.",
    "The current talks and recent clashes.", "Years ago it was a town.", "The past 20 years and the next three-month period.",
    "In recent weeks and hours.", "At 10 p.m. EST on Wednesday it fell.", "At noon on Friday they met.",
    "On Christmas Eve 2020 they met.", "On Easter Sunday the church was shelled.", "They are now in talks and will meet soon.",
]

_WORDS = [
    "may", "March", "sept.", "9", "2021", "2020s", "'90s", "1900s", "Q2", "quarter", "first", "half", "fall", "winter",
    "last", "next", "week", "weekend", "Monday", "today", "Tonight", "ago", "earlier", "from", "now", "hence", "year",
    "years", "current", "recent", "three", "days", "hours", "p.m.", "EST", "noon", "midnight", "Christmas", "Easter",
    "good", "Friday", "soon", "the", "of", "century", "-", "/", ",", ".", "08", "12/8/2020", "2021-08-09", "few",
]


def test_every_gated_rule_is_tried_and_its_gate_holds_on_its_matches():
    gated = [r for r in RULES if r.gate is not None]
    assert len(gated) == len([r for r in RULES if not r.spacy_only])
    for rule in gated:
        found = [m.group() for text in EXPRESSIONS for m in rule.regex.finditer(text)]
        assert found, f"no expression exercises rule {rule.name}"
        for surface in found:
            assert rule.gate.search(surface.lower()), (rule.name, surface)


def test_lexicon_words_are_lowercase_so_gates_see_them():
    for table in ("months", "weekdays", "deictic_times", "movable_holidays", "reference_words_standalone"):
        assert all(w == w.lower() for w in getattr(LEX, table)), table


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=14), st.sampled_from([" ", "  ", "\n"]))
def test_gated_matches_equal_ungated_matches_within_a_paragraph(words, sep):
    text = sep.join(words)
    paragraphs = _paragraphs(text)
    assert len(paragraphs) == 1
    for rule in RULES:
        if rule.spacy_only:
            continue
        assert [m.span() for m in _matches(rule, text, paragraphs)] == [m.span() for m in rule.regex.finditer(text)], rule.name


def test_paragraphs_keep_offsets_of_the_original_text():
    text = "İstanbul talks on Monday.\n\n  \nIn MAY 2021 they met.\n \nEnd"
    assert [(text[s:e].lower(), low) for s, e, low in _paragraphs(text)] == [(low, low) for _, _, low in _paragraphs(text)]
    assert [text[s:e] for s, e, _ in _paragraphs(text)] == ["İstanbul talks on Monday.", "In MAY 2021 they met.", "End"]


def test_no_date_runs_across_a_blank_line():
    text = "The singer appeared on a talk show in October.\n\n12\nThings to know about the election"
    times = TimeTagger(use_spacy=False).tag(text, ANCHOR)
    assert [(t.text, t.value) for t in times] == [("October", "2021-10")]


def test_a_date_across_a_single_line_break_still_matches():
    text = "The ceasefire was agreed on October\n12 after long talks."
    times = TimeTagger(use_spacy=False).tag(text, ANCHOR)
    assert [(t.text, t.value) for t in times] == [("October\n12", "2021-10-12")]
