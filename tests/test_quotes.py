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


def by_cue(qs: list[Quote], cue: str) -> list[Quote]:
    return [q for q in qs if q.cue is not None and q.cue.text == cue]


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


# ---- stance cues, layouts, statements as events ---------------------------------------------------

@pytest.mark.parametrize("text, content, cue, speaker", [
    ("The senator criticized the governor over the budget cuts.", "the governor over the budget cuts", "criticized", "senator"),
    ("The president accused Russia of attacking the pipeline.", "Russia of attacking the pipeline", "accused", "president"),
    ("Merkel vowed to close the border crossings by Friday.", "to close the border crossings by Friday", "vowed", "Merkel"),
    ("The minister called for an immediate ceasefire in the region.", "an immediate ceasefire in the region", "called", "minister"),
    ("The mayor referred to the protesters as a dangerous mob.", "the protesters as a dangerous mob", "referred", "mayor"),
])
def test_stance_verbs_report_their_object(text: str, content: str, cue: str, speaker: str) -> None:
    q = one(text, content, "indirect")
    assert q.cue is not None and q.cue.text == cue
    assert q.speaker is not None and speaker in q.speaker.name


def test_a_stance_needs_a_subject_that_can_hold_one() -> None:
    text = "Several rounds of meetings are scheduled over three days to discuss the situation in the north."
    assert not [q for q in quotes(text) if q.cue is not None and q.cue.text == "discuss"]


def test_refused_to_say_is_one_report_not_two() -> None:
    qs = [q for q in quotes("The spokesman refused to say how many strikes the army has carried out.") if q.kind == "indirect"]
    assert [(q.cue.text if q.cue else None, q.content.text) for q in qs] == [("refused to say", "how many strikes the army has carried out")]


def test_made_clear_takes_the_clause_hung_on_clear() -> None:
    q = one("The governor has made clear he wants the troops home by August.", "he wants the troops home by August", "indirect")
    assert q.cue is not None and q.cue.text == "made clear"


def test_reported_clause_stops_before_a_comma_relative_clause() -> None:
    text = "Voters said they had not heard anything to pull them away from the senator, who also held a rally on Wednesday."
    one(text, "they had not heard anything to pull them away from the senator", "indirect")


def test_clause_ending_in_a_colon_introduces_the_quotation() -> None:
    q = one("The protesters went even further: “We will burn it all down tomorrow.”", "We will burn it all down tomorrow.", "direct")
    assert q.cue is not None and q.cue.text.startswith("went")
    assert q.speaker is not None and "protesters" in q.speaker.text


def test_shouted_words_are_quotations_but_shout_reports_no_clause() -> None:
    q = one("“Stay there!” a man shouted.", "Stay there!", "direct")
    assert q.cue is not None and q.cue.text == "shouted"
    assert not [q for q in quotes("The crowd shouted that the count was rigged.") if q.kind == "indirect"]


def test_partial_quotation_is_absorbed_into_the_report_of_the_same_cue() -> None:
    text = "The senator argued that being a citizen is a duty and that “no party owns being an American.”"
    qs = quotes(text)
    report = next(q for q in qs if q.kind == "indirect")
    partial = next(q for q in qs if q.kind == "partial")
    assert report.content.start <= partial.content.start and partial.content.end <= report.content.end
    assert [p.kind for p in predictions(qs)] == ["indirect"]


def test_statement_is_the_event_coded_on_its_cue() -> None:
    d = run("The president accused Russia of sabotaging the pipeline.")
    accuse = [e for e in d.article.events if e.trigger.text == "accused"]
    assert accuse, [(e.type, e.trigger.text) for e in d.article.events]
    q = next(q for q in d.article.quotes if q.cue is not None and q.cue.text == "accused")
    assert accuse[0].id in q.event_ids


def test_statement_linked_to_the_event_governing_its_cue() -> None:
    d = run("The opposition rejected the proposal, saying it would deepen the crisis.")
    reject = [e for e in d.article.events if e.trigger.text == "rejected"]
    assert reject, [(e.type, e.trigger.text) for e in d.article.events]
    q = next(q for q in d.article.quotes if q.cue is not None and q.cue.text == "saying")
    assert reject[0].id in q.event_ids


def test_events_reported_inside_a_statement_are_listed() -> None:
    d = run("Officials said the army had withdrawn from the town.")
    q = next(q for q in d.article.quotes if q.kind == "indirect")
    inside = [e.id for e in d.article.events if q.content.start <= e.trigger.start and e.trigger.end <= q.content.end]
    assert inside and set(inside) <= set(q.event_ids)
    assert not [q for q in d.article.quotes if q.kind == "indirect" and q.cue and q.cue.text == "withdrawn"]


# ---- frame table (data/quotes/frames.tsv), nested reports, asides ----------------------------------

@pytest.mark.parametrize("text, content, cue, speaker", [
    # a stance verb's object runs to the end of its clause
    ("Senator Maria Lopez defended the new border agreement despite heavy criticism.",
     "the new border agreement despite heavy criticism", "defended", "Maria Lopez"),
    # 'called on X to Y': the addressee and the infinitive together
    ("Opposition parties have called on the president to resign.", "the president to resign", "called", "Opposition parties"),
    ("The union urged members to vote against the deal.", "members to vote against the deal", "urged", "union"),
    # a noun cue with its that-clause or infinitive; the possessor speaks
    ("Her claim that the election was rigged was rejected by the court.", "that the election was rigged", "claim", "Her"),
    ("His promise to build a wall won him the primary.", "to build a wall", "promise", "His"),
])
def test_frame_table_predicates_report_their_complement(text: str, content: str, cue: str, speaker: str) -> None:
    q = one(text, content, "indirect")
    assert q.cue is not None and q.cue.text == cue
    assert q.speaker is not None and speaker in q.speaker.text
    assert [p.kind for p in predictions(quotes(text))] == ["indirect"]


@pytest.mark.parametrize("text", [
    "The deal appears to have collapsed.",
    "The mayor is expected to announce her resignation on Friday.",
])
def test_raising_and_passive_predicates_report_the_whole_clause(text: str) -> None:
    q = one(text, text.rstrip("."), "indirect")
    assert q.cue is not None and q.cue.text in {"appears", "expected"} and q.speaker is None


def test_a_cue_set_off_by_commas_reports_the_clause_around_it() -> None:
    text = "The effects, many economists say, are difficult to predict."
    q = one(text, "The effects, many economists say, are difficult to predict", "indirect")
    assert q.cue is not None and q.cue.text == "say" and q.speaker is not None and q.speaker.text == "many economists"


@pytest.mark.parametrize("text, content", [
    ("The minister said he wants the troops home by August.", "he wants the troops home by August"),
    ("Critics said the plan was expected to fail.", "the plan was expected to fail"),
])
def test_a_report_inside_another_reports_content_is_not_a_second_attribution(text: str, content: str) -> None:
    qs = [q for q in quotes(text) if q.kind == "indirect"]
    assert [(q.cue.text if q.cue else None, q.content.text) for q in qs] == [("said", content)]


def test_speaker_colon_layout_without_quotation_marks() -> None:
    q = one("Senator Warren: The bank bailout was a mistake.", "The bank bailout was a mistake", "indirect")
    assert q.cue is not None and q.cue.text == ":" and q.speaker is not None and "Warren" in q.speaker.name


def test_a_contrasting_clause_after_a_comma_is_its_own_report() -> None:
    qs = quotes("Voters said they preferred an outsider, while others said experience mattered more.")
    assert [(q.content.text, q.speaker.text if q.speaker else None) for q in qs if q.kind == "indirect"] == [
        ("they preferred an outsider", "Voters"), ("experience mattered more", "others")]


def test_declined_to_comment_is_a_report_of_its_own() -> None:
    q = one("A spokeswoman for the ministry declined to comment.", "to comment", "indirect")
    assert q.cue is not None and q.cue.text == "declined" and q.speaker is not None and "spokeswoman" in q.speaker.text


def test_hearsay_adverb_reports_its_clause_without_a_speaker() -> None:
    text = "The FBI is reportedly making arrangements to interview the senator."
    q = one(text, text.rstrip("."), "indirect")
    assert q.cue is not None and q.cue.text == "reportedly" and q.speaker is None


def test_markup_attributes_left_in_scraped_text_are_not_quotations() -> None:
    text = '<tweet author="SenatorSmith" timestamp="1449075600">We will never accept this as normal.</tweet>'
    assert [text[s.start:s.end] for s in find_segments(text)] == []


# ---- 'as' asides, copular stance, asides the parse splits, short quotations --------

@pytest.mark.parametrize("text, content, cue, speaker", [
    # an 'as' clause hangs the report on the clause it modifies
    ("As the newspaper noted, the council has not met since the spring.",
     "the council has not met since the spring", "noted", "newspaper"),
    ("The new tariffs will raise prices for farmers, as several economists predicted.",
     "The new tariffs will raise prices for farmers", "predicted", "several economists"),
    ("As reported by the Daily Ledger, the mayor spent the weekend in Lisbon.",
     "the mayor spent the weekend in Lisbon", "reported", "Daily Ledger"),
    # a stance adjective after 'be'
    ("Local farmers are confident that the harvest will recover next year.",
     "that the harvest will recover next year", "are confident", "Local farmers"),
    # a speech noun as the subject of 'be'; its possessor speaks
    ("The governor's answer was that the budget could not be balanced without new taxes.",
     "that the budget could not be balanced without new taxes", "answer was", "governor"),
])
def test_as_clauses_and_be_with_a_stance_word_report_their_clause(text: str, content: str, cue: str, speaker: str) -> None:
    q = one(text, content, "indirect")
    assert q.cue is not None and q.cue.text == cue
    assert q.speaker is not None and speaker in q.speaker.text


def test_an_as_clause_of_time_is_not_a_report() -> None:
    assert not [q for q in quotes("The crowd cheered as the senator walked onto the stage.") if q.kind == "indirect"]


def test_it_is_unclear_is_not_a_stance() -> None:
    assert not [q for q in quotes("It is unclear whether the bridge will reopen this month.") if q.cue and "unclear" in q.cue.text]


@pytest.mark.parametrize("text, content, speaker", [
    # the parse hangs 'Many evenings' on 'said' or gives the cue an object: still an aside
    ("Many evenings, former aides said, the minister stayed at his desk past midnight.",
     "Many evenings, former aides said, the minister stayed at his desk past midnight", "former aides"),
    ("The answer, the engineer told them, was surprisingly simple.",
     "The answer, the engineer told them, was surprisingly simple", "engineer"),
])
def test_a_cue_set_off_by_commas_reports_the_sentence_around_it(text: str, content: str, speaker: str) -> None:
    q = one(text, content, "indirect")
    assert q.speaker is not None and speaker in q.speaker.text


def test_according_to_after_an_opening_conjunction() -> None:
    q = one("But, according to the county clerk, nearly 400 ballots arrived after the deadline.",
            "nearly 400 ballots arrived after the deadline.", "indirect")
    assert q.cue is not None and q.cue.text == "according to" and q.speaker is not None and "clerk" in q.speaker.text


def test_a_short_quotation_built_into_a_report_stays_in_the_report() -> None:
    q = one("The senator said the plan was “dead on arrival.”", "the plan was “dead on arrival", "indirect")
    assert q.cue is not None and q.cue.text == "said"


def test_a_short_uncued_quotation_shares_the_cue_beside_it() -> None:
    qs = [q for q in quotes("“I cannot vote for him,” said Maria Ortiz, a retired nurse. “He is a fraud.”") if q.kind == "direct"]
    assert [(q.content.text, q.cue.text if q.cue else None) for q in qs] == [("I cannot vote for him", "said"), ("He is a fraud.", "said")]
    assert len(predictions(qs)) == 1
    assert not [q for q in quotes("He called it “a disgrace.” Then he left.") if q.kind == "direct" and q.content.text == "a disgrace."]


def test_a_report_that_is_a_quotation_is_one_attribution() -> None:
    text = "“The evidence cannot support a criminal prosecution of the officer,” according to a county court filing."
    qs = quotes(text)
    assert [q.kind for q in qs] == ["direct"], [(q.kind, q.content.text) for q in qs]
    assert qs[0].cue is not None and qs[0].cue.text == "according to" and qs[0].speaker is not None and "filing" in qs[0].speaker.text


def test_headline_speaker_the_tagger_does_not_name() -> None:
    q = one("Kasich: Our party must widen its appeal.\n\nMore text follows here.", "Our party must widen its appeal", "indirect")
    assert q.cue is not None and q.cue.text == ":" and q.speaker is not None and q.speaker.text == "Kasich"


def test_a_second_that_clause_belongs_to_the_same_report() -> None:
    q = one("Advisers pointed out that he finished second in Iowa, and that polls show him gaining in the South.",
            "that he finished second in Iowa, and that polls show him gaining in the South", "indirect")
    assert q.cue is not None and q.cue.text == "pointed out"


def test_a_quotation_inside_a_longer_report_of_its_cue_is_partial() -> None:
    qs = quotes('The campaign manager said "we have three weeks of hard work left" before the state convention.')
    assert sorted((q.kind, q.content.text) for q in qs) == [
        ("indirect", 'we have three weeks of hard work left" before the state convention'),
        ("partial", "we have three weeks of hard work left")]
    assert [p.kind for p in predictions(qs)] == ["indirect"]


def test_an_unlisted_verb_with_a_that_clause_and_a_person_subject_reports_it() -> None:
    q = one("Senator Alvarez grumbled that the committee had ignored her amendments.",
            "that the committee had ignored her amendments", "indirect")
    assert q.cue is not None and q.cue.text == "grumbled" and q.speaker is not None and "Alvarez" in q.speaker.text
    assert not [q for q in quotes("The new rules ensure that every ballot is counted twice.") if q.kind == "indirect"]


@pytest.mark.parametrize("text, content, cue", [
    ("The minister branded the protesters traitors.", "the protesters traitors", "branded"),
    ("He called the deal a disaster for workers.", "the deal a disaster for workers", "called"),
])
def test_a_naming_verb_reports_its_object_with_what_it_is_named(text: str, content: str, cue: str) -> None:
    q = one(text, content, "indirect")
    assert q.cue is not None and q.cue.text == cue


@pytest.mark.parametrize("text, content", [
    ("Opposition leaders called repeatedly for new elections.", "new elections"),
    ("Farmers have appealed for emergency relief.", "emergency relief"),
])
def test_a_prepositional_cue_takes_the_preposition_right_after_the_verb(text: str, content: str) -> None:
    one(text, content, "indirect")


def test_a_preposition_after_the_object_is_not_a_prepositional_cue() -> None:
    assert not [q for q in quotes("The mayor called a meeting for Tuesday.") if q.content.text == "Tuesday"]
