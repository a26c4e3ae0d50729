"""Quotes stage: one test per rule family, on sentences written for these tests (no shared
data), plus property tests that quote-mark soup never raises or leaves the text."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.actors import ActorResolver
from eventwire.document import Document
from eventwire.evaluate.quotes import Predicted, predictions, read_ann, score_document, Counts
from eventwire.events import EventCoder
from eventwire.model import Article, Quote
from eventwire.nlp import load
from eventwire.places import PlaceResolver
from eventwire.quotes import QuoteExtractor, find_segments

NLP = load()
STAGES = [PlaceResolver(), ActorResolver(), EventCoder(), QuoteExtractor()]


def run(text: str) -> Document:
    d = Document(Article(id="t", text=text), NLP(text))
    for stage in STAGES:
        d = stage(d)
    for q in d.article.quotes:
        assert text[q.content.start:q.content.end] == q.content.text
        for s in (q.cue, q.speaker):
            if s is not None:
                assert text[s.start:s.end] == s.text
    return d


def quotes(text: str) -> list[Quote]:
    return run(text).article.quotes


def one(text: str, content: str, kind: str | None = None) -> Quote:
    found = [q for q in quotes(text) if q.content.text == content and (kind is None or q.kind == kind)]
    assert found, [(q.kind, q.content.text) for q in quotes(text)]
    return found[0]


# ---- marks ------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, inner", [
    ('He said "the talks failed badly" and left.', "the talks failed badly"),
    ("“The talks failed badly,” she said.", "The talks failed badly"),
    ("“The talks failed badly,″ she said.", "The talks failed badly"),
    ("«The talks failed badly», she said.", "The talks failed badly"),
    ("''The talks failed badly,'' she said.", "The talks failed badly"),
    ("“We said ‘never again’ and meant it,” she said.", "We said ‘never again’ and meant it"),
    ("“We will stay … as long as needed,” she said.", "We will stay … as long as needed"),
])
def test_marks_of_every_style(text: str, inner: str) -> None:
    assert [text[s.start:s.end] for s in find_segments(text)] == [inner]


def test_multi_paragraph_quotation_repeats_its_opening_mark() -> None:
    text = "“The first part of it.\n\n“The second part.\n\n“The last part,” she said."
    [seg] = find_segments(text)
    assert seg.paragraphs == 3 and text[seg.start:seg.end].endswith("The last part")


def test_inch_marks_and_unbalanced_marks() -> None:
    assert [s for s in find_segments('A 6" pipe broke.')] == []
    [seg] = find_segments("He said “we never agreed to this deal")
    assert not seg.closed and "we never agreed to this deal" == "He said “we never agreed to this deal"[seg.start:seg.end]


# ---- direct quotations and speakers -----------------------------------------------------------

def test_speaker_after_the_quote() -> None:
    q = one("“We will not leave the city,” the Interior Ministry said on Sunday.", "We will not leave the city", "direct")
    assert q.speaker is not None and "Interior Ministry" in q.speaker.name and q.cue and q.cue.text == "said"


def test_said_x_inversion() -> None:
    q = one("“Our troops will stay in the north,” said General Ahmad Karimi.", "Our troops will stay in the north")
    assert q.speaker is not None and q.speaker.name == "Ahmad Karimi"


def test_speaker_before_the_quote_with_colon_cue() -> None:
    q = one("Prime Minister Sharif Rahimi said: “We will hold elections in May.”", "We will hold elections in May.")
    assert q.speaker is not None and q.speaker.name == "Sharif Rahimi" and q.kind == "direct"


def test_title_only_speaker_resolves_to_the_organisation() -> None:
    text = ("The US State Department said the envoy would travel to Doha.\n\n"
            "“The envoy will meet both delegations,” the department added.")
    q = one(text, "The envoy will meet both delegations")
    assert q.speaker is not None and q.speaker.name == "US State Department" and q.speaker.text == "the department"


def test_pronoun_speaker() -> None:
    text = "Defence Minister Lena Hartmann visited the base on Monday. “The army is ready,” she said."
    q = one(text, "The army is ready")
    assert q.speaker is not None and q.speaker.name == "Lena Hartmann"


def test_cueless_paragraph_continues_the_previous_speaker() -> None:
    text = ("“We have done what we could,” Pentagon spokesman John Kirby said on Monday.\n\n"
            "“It is their fight now. It is their struggle.”")
    q = one(text, "It is their fight now. It is their struggle.")
    assert q.speaker is not None and q.speaker.name == "John Kirby" and q.cue is None


def test_dash_and_colon_layouts() -> None:
    q = one("“Peace is possible within a year.” — Nelson Okafor", "Peace is possible within a year.")
    assert q.speaker is not None and q.speaker.name == "Nelson Okafor" and q.cue and q.cue.text == "—"
    q = one("Nelson Okafor: “Peace is possible within a year.”", "Peace is possible within a year.")
    assert q.speaker is not None and q.speaker.name == "Nelson Okafor"


def test_the_statement_speaks_for_its_issuer() -> None:
    text = ("The Foreign Ministry said in a statement that it condemned the attack.\n\n"
            "Both sides will meet and “work for a lasting ceasefire in the region”, the statement continued.")
    q = one(text, "work for a lasting ceasefire in the region", "partial")
    assert q.speaker is not None and q.speaker.name == "Foreign Ministry" and q.speaker.text == "the statement"


def test_partial_quote_inside_a_sentence() -> None:
    text = "The envoy, Omar Haddad, “will press the rebels to stop their offensive” at talks this week, the ministry announced."
    q = one(text, "will press the rebels to stop their offensive", "partial")
    assert q.speaker is not None and q.cue is not None and q.cue.text == "announced"


def test_scare_quotes_and_titles_are_not_quotations() -> None:
    assert quotes("The senator had a “rough week” after his appearance on “Meet the Press”.") == []


# ---- indirect speech --------------------------------------------------------------------------

def test_indirect_that_clause() -> None:
    q = one("The Taliban announced that it had captured the city of Kunduz.", "that it had captured the city of Kunduz", "indirect")
    assert q.speaker is not None and q.speaker.name == "Taliban" and q.cue is not None and q.cue.text == "announced"


def test_indirect_without_that_and_after_the_clause() -> None:
    qs = quotes("Officials said the army has been shelling the town for a week.")
    assert [(q.kind, q.content.text, q.speaker.text if q.speaker else None) for q in qs] == [
        ("indirect", "the army has been shelling the town for a week", "Officials")]
    q = one("The army has been shelling the town for a week, officials said.", "The army has been shelling the town for a week")
    assert q.speaker is not None and q.speaker.text == "officials"


def test_refused_to_say() -> None:
    q = one("Pentagon press secretary John Kirby refused to say how many strikes the US has carried out.",
            "how many strikes the US has carried out", "indirect")
    assert q.cue is not None and q.cue.text == "refused to say" and q.speaker is not None and q.speaker.name == "John Kirby"


def test_according_to() -> None:
    q = one("According to the United Nations, more than 3,000 families have fled the fighting.",
            "more than 3,000 families have fled the fighting.")
    assert q.speaker is not None and q.cue is not None and q.cue.text == "According to"


# ---- events -----------------------------------------------------------------------------------

def test_event_inside_a_quotation_is_reported_by_its_speaker() -> None:
    d = run("“We are watching closely,” Pentagon spokesman John Kirby said on Monday.\n\n"
            "“The Taliban seized the provincial capital overnight.”")
    seized = [e for e in d.article.events if e.trigger.text == "seized"]
    assert seized and seized[0].reported_by is not None and seized[0].reported_by.name == "John Kirby"
    assert any(stage == "quotes" and "reported by John Kirby" in note for stage, _, note in d.trace)


# ---- evaluation -------------------------------------------------------------------------------

def test_polnear_reader_and_scoring(tmp_path) -> None:
    text = "“We will win,” Smith said. Officials said the vote was delayed."
    ann = tmp_path / "a.ann"
    ann.write_text("T1\tContent 0 14\t“We will win,”\nT2\tSource 15 20\tSmith\nT3\tCue 21 25\tsaid\n"
                   "T4\tAttribution 21 25\tsaid\nE1\tAttribution:T4 Content:T1 Cue:T3 Source:T2\n", encoding="utf-8")
    gold = read_ann(ann, text)
    assert [g.kind for g in gold] == ["direct"]
    c = Counts()
    score_document(gold, [Predicted(((1, 12),), ((15, 20),), ((21, 25),), "direct")], c)
    assert c.gold_found["direct"] == 1 and c.source_ok["direct"] == 1 and c.cue_gold_found["all"] == 1


# ---- properties -------------------------------------------------------------------------------

MARKS = ['"', "“", "”", "″", "‘", "’", "'", "«", "»", "„", "—", ":", "''", "``", "…"]
soup = st.lists(st.one_of(st.sampled_from(MARKS), st.sampled_from(["said", "Kirby", "the army", " ", "\n", "\n\n", ".", "We will go", ","]),
                          st.text(max_size=4)), max_size=30).map("".join)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(soup)
def test_mark_soup_never_raises_nor_leaves_the_text(text: str) -> None:
    for seg in find_segments(text):
        assert 0 <= seg.open <= seg.start < seg.end <= seg.close <= len(text)
    for q in quotes(text):
        assert 0 <= q.content.start < q.content.end <= len(text)
