"""Where and when, round 1 (an audit of location and date on real news): a place in a relative clause describing a
noun, or in an organisation's or a person's name, is not where the event is; a time that bounds the event by another one or names
a thing does not date it; a past date does not carry to an act not yet done or so now, nor far in text without
paragraphs; a clock time on a named day dates the event to that day."""

from __future__ import annotations

from eventwire.pipeline import Pipeline

from eventcheck import PUBLISHED, by_trigger


# --- location ----------------------------------------------------------------------------------
def test_a_place_in_a_relative_clause_on_an_argument_is_not_the_events(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "Police arrested a man who had sold weapons in Mombasa.", "arrested")
    assert e.location is None, e.rule


def test_a_place_in_an_infinitive_on_a_noun_is_where_the_act_goes(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "The army sent 300 troops to distribute food in Somalia.", "distribute")
    assert e.location is not None and e.location.text == "Somalia"
    e = by_trigger(pipeline, "Police arrested the man who had sold weapons in Mombasa on Friday.", "arrested")
    assert e.location is None and e.date is None, e.rule  # a finite relative clause is another act's


def test_a_place_inside_an_organisations_name_is_not_the_events(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "The Kisumu Chamber of Commerce condemned the attack on the market.", "condemned")
    assert e.location is None, e.rule


def test_a_place_in_a_persons_title_is_not_the_events(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "Police arrested former Mombasa governor Hassan Joho.", "arrested")
    assert e.location is None, e.rule
    e = by_trigger(pipeline, "Rep. Amina Yusuf (D-Ariz.) condemned the raid.", "condemned")
    assert e.location is None, e.rule


def test_the_time_and_place_of_a_relative_clause_are_not_the_events(pipeline: Pipeline) -> None:
    text = "The curfew, which was imposed after gunmen killed nine people in Kano last November, will be extended for a month."
    e = by_trigger(pipeline, text, "extended")
    assert e.location is None and e.date is None, e.rule
    e = by_trigger(pipeline, text, "killed")
    assert e.location is not None and e.location.text == "Kano" and e.date is not None and e.date.value == "2023-11"
    e = by_trigger(pipeline, "The HMX Group, which launched her line in 2012, sued the firm.\n\nThe army attacked the rebels.", "attacked")
    assert e.date is None, e.rule  # nor does it carry
    # a clause on the event itself, or on an event noun that does it, is its own
    e = by_trigger(pipeline, "The ambush that rebels staged near Menaka on Monday killed five soldiers.", "killed")
    assert e.location is not None and e.location.text == "Menaka" and e.date is not None and e.date.value == "2024-03-11"


# --- a time in the trigger's clause ------------------------------------------------------------
def test_a_time_bounding_the_event_by_another_does_not_date_it(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "Police arrested three men after Monday's attack on the market.", "arrested")
    assert e.date is None and "dates another event" in e.rule, e.rule
    e = by_trigger(pipeline, "Ahead of Sunday's vote, the opposition urged supporters to stay calm.", "urged")
    assert e.date is None, e.rule
    e = by_trigger(pipeline, "Three soldiers were killed in Monday's ambush.", "killed")  # the dated event it happened in
    assert e.date is not None and e.date.value == "2024-03-11"


def test_a_year_in_the_name_of_a_law_does_not_date_the_event_but_a_dated_gathering_it_happens_at_does(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "The court asked the ministry to explain the Public Order Act of 1998.", "asked")
    assert e.date is None, e.rule
    e = by_trigger(pipeline, "At a Friday rally in Kisumu, the senator promised to cut fuel taxes.", "promised")
    assert e.date is not None and e.date.value == "2024-03-08"
    e = by_trigger(pipeline, "The soldier was killed on the evening of March 3 near Gao.", "killed")  # a time of that day
    assert e.date is not None and e.date.value == "2024-03-03"
    e = by_trigger(pipeline, "The opposition will hold a March 20 rally in Kisumu.", "rally")  # the dated event itself
    assert e.date is not None and e.date.value == "2024-03-20", e.rule
    e = by_trigger(pipeline, "The union filed a March 4 lawsuit against the ministry.", "filed")  # the dated thing the act makes
    assert e.date is not None and e.date.value == "2024-03-04", e.rule


def test_a_clock_time_on_a_named_day_dates_the_event_to_that_day(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "Gunmen killed two guards around 5 p.m. Wednesday.", "killed")
    assert e.date is not None and (e.date.value, e.date.text) == ("2024-03-06", "5 p.m. Wednesday")
    e = by_trigger(pipeline, "Gunmen killed two guards at 3 a.m.", "killed")
    assert e.date is None  # a bare clock time names no day


# --- a time carried from earlier sentences -----------------------------------------------------
def test_the_start_of_a_state_does_not_carry(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "She has been a member since January.\n\nHer party accused the ministry of fraud.", "accused")
    assert e.date is None, e.rule


def test_a_past_date_does_not_carry_to_a_present_or_future_act(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "Rebels seized the town of Menaka on Sunday. The government blames the rebels for the violence.", "blames")
    assert e.date is None and "so now" in e.rule, e.rule
    e = by_trigger(pipeline, "Rebels seized the town of Menaka on Sunday. Government troops will attack the rebels.", "attack")
    assert e.date is None and "not done yet" in e.rule, e.rule
    # it still carries to a past act, and to an act a past decision was about
    e = by_trigger(pipeline, "Rebels seized the town of Menaka on Sunday. The army attacked the rebels.", "attacked")
    assert e.date is not None and e.date.value == "2024-03-10"
    e = by_trigger(pipeline, "Rebels seized the town of Menaka on Sunday. The army decided to attack the rebels.", "attack")
    assert e.date is not None and e.date.value == "2024-03-10"


def test_a_sentence_with_a_vague_time_of_its_own_takes_no_earlier_date(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "Rebels seized the town of Menaka on Sunday. Weeks ago, the army had warned the mayor.", "warned")
    assert e.date is None and "too vague" in e.rule, e.rule


def test_a_date_does_not_carry_far_in_text_without_paragraphs(pipeline: Pipeline) -> None:
    text = ("Rebels seized the town of Menaka on Sunday. The town has a market. It lies on the river. Traders sell fish there. "
            "Most people farm millet. The army attacked the rebels.")
    e = by_trigger(pipeline, text, "attacked")
    assert e.date is None, e.rule


# --- times -------------------------------------------------------------------------------------
def test_a_number_after_a_bill_or_flight_label_is_no_year(pipeline: Pipeline) -> None:
    for text in ["The judge said HB 1523's provisions were unconstitutional.", "Passengers of Flight 1549 were rescued in 2009."]:
        article = pipeline.code_text(text, published=PUBLISHED)
        assert [t.value for t in article.times if t.value in {"1523", "1549"}] == [], [(t.text, t.value) for t in article.times]
    article = pipeline.code_text("Passengers of Flight 1549 were rescued in 2009.", published=PUBLISHED)
    assert [t.value for t in article.times] == ["2009"]
