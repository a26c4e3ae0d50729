"""Tests for the times stage on sentences written for these tests.

The anchor (publication date) is Tuesday 2021-08-10 unless a test says
otherwise; ISO week 32 runs Mon 2021-08-09 .. Sun 2021-08-15.
"""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from eventwire.document import Document
from eventwire.model import Article
from eventwire.nlp import load
from eventwire.times import TimeTagger

NLP = load()
TAGGER = TimeTagger()
ANCHOR = date(2021, 8, 10)


def tag(text: str, anchor: date | None = ANCHOR):
    times = TAGGER.tag(text, anchor, NLP(text))
    for t in times:
        assert text[t.start:t.end] == t.text
    return times


def one(text: str, surface: str, anchor: date | None = ANCHOR):
    """The single Time whose text is `surface`."""
    found = [t for t in tag(text, anchor) if t.text == surface]
    assert len(found) == 1, f"{surface!r} not tagged alone in {text!r}: {tag(text, anchor)}"
    return found[0]


# ---------------------------------------------------------------- weekdays and tense
def test_weekday_past_tense_is_previous_day():
    t = one("The minister resigned on Monday after a week of protests.", "Monday")
    assert (t.value, t.precision) == ("2021-08-09", "day")
    assert t.anchor == "2021-08-10" and t.rule.startswith("weekday")


def test_earlier_on_monday_keeps_extent_to_weekday():
    t = one("Earlier on Monday, the rebels said they had taken the border post.", "Monday")
    assert t.value == "2021-08-09"


def test_weekday_future_tense_is_next():
    assert one("The two envoys will meet on Friday in Geneva.", "Friday").value == "2021-08-13"


def test_weekday_past_tense_same_weekday_as_anchor_is_today():
    assert one("Parliament voted on Tuesday to dissolve itself.", "Tuesday").value == "2021-08-10"


def test_last_and_next_weekday():
    assert one("The strike began last Friday.", "last Friday").value == "2021-08-06"
    assert one("The vote is due next Monday.", "next Monday").value == "2021-08-16"


def test_weekday_with_part_of_day_is_a_time():
    t = one("Shelling resumed on Tuesday night near the airport.", "Tuesday night")
    assert (t.value, t.precision) == ("2021-08-10TNI", "time")


# ---------------------------------------------------------------- month and day
def test_month_day_takes_year_from_anchor():
    t = one("The mandate expires on August 31 under the accord.", "August 31")
    assert (t.value, t.precision) == ("2021-08-31", "day")


def test_month_day_far_ahead_in_past_tense_is_last_year():
    assert one("The talks collapsed on November 20 amid recriminations.", "November 20").value == "2020-11-20"


def test_month_day_far_behind_in_future_tense_is_next_year():
    assert one("Elections will be held on February 3.", "February 3").value == "2022-02-03"


def test_day_month_order():
    assert one("Protesters gathered on 5 March outside the court.", "5 March").value == "2021-03-05"


def test_full_dates_and_iso():
    assert one("The decree was signed on August 31, 2019.", "August 31, 2019").value == "2019-08-31"
    assert one("Records dated 2020-03-05 were released.", "2020-03-05").value == "2020-03-05"


def test_month_year_and_year():
    assert one("The unrest started in March 2020 and spread.", "March 2020").value == "2020-03"
    t = one("The group was founded in 2019 by former soldiers.", "2019")
    assert (t.value, t.precision) == ("2019", "year")


def test_may_as_modal_is_not_a_month():
    assert tag("The army may withdraw if talks succeed.") == []


def test_bare_number_is_not_a_year():
    assert tag("Officials counted 2000 ballots in the village.") == []


# ---------------------------------------------------------------- deictic and relative
@pytest.mark.parametrize("word,value", [("yesterday", "2021-08-09"), ("today", "2021-08-10"), ("tomorrow", "2021-08-11")])
def test_deictic_days(word, value):
    t = one(f"The governor spoke {word} about the floods.", word)
    assert (t.value, t.precision) == (value, "day")


@pytest.mark.parametrize("phrase,value,precision", [
    ("this week", "2021-W32", "week"),
    ("last week", "2021-W31", "week"),
    ("next month", "2021-09", "month"),
    ("last year", "2020", "year"),
    ("next year", "2022", "year"),
])
def test_relative_calendar_units(phrase, value, precision):
    t = one(f"The council discussed the budget {phrase} in the capital.", phrase)
    assert (t.value, t.precision) == (value, precision)


def test_ago():
    assert one("The bridge collapsed three days ago.", "three days ago").value == "2021-08-07"
    assert one("The party split two years ago.", "two years ago").value == "2019"


# ---------------------------------------------------------------- durations, refs, sets
def test_in_n_days_in_past_clause_is_a_duration():
    t = one("The militia seized a third town in four days.", "four days")
    assert (t.value, t.precision) == ("P4D", "duration")


def test_in_n_days_in_future_clause_is_a_date():
    t = one("Negotiators will return in four days.", "four days")
    assert (t.value, t.precision) == ("2021-08-14", "day")


def test_over_n_days_and_vague_hours():
    assert one("Meetings are planned over three days in Oslo.", "three days").value == "P3D"
    t = one("Aid trucks waited for several hours at the crossing.", "several hours")
    assert (t.value, t.precision) == ("PTXH", "duration")


def test_recent_days_is_past_ref():
    t = one("Dozens of strikes were reported in recent days.", "recent days")
    assert (t.value, t.precision) == ("PAST_REF", "ref")


def test_frequency_is_not_a_date():
    times = tag("The navy fires a few rockets a day at the coast.")
    assert not [t for t in times if "day" in t.text]


def test_now_is_never_a_calendar_date():
    times = tag("It is their city to defend now.")
    assert all(t.precision == "ref" and t.value == "PRESENT_REF" for t in times)


# ---------------------------------------------------------------- coarse calendar units
def test_decade_century():
    t = one("The dispute dates back to the 1990s.", "the 1990s")
    assert (t.value, t.precision) == ("199", "decade")
    assert one("The fort was built in the 18th century.", "the 18th century").value == "17"


def test_quarters():
    t = one("Exports fell in Q3 2021 compared with a year before.", "Q3 2021")
    assert (t.value, t.precision) == ("2021-Q3", "quarter")
    assert one("The company lost money in the third quarter.", "the third quarter").value == "2021-Q3"
    assert one("Output rose in the first quarter of 2020.", "the first quarter of 2020").value == "2020-Q1"


def test_season():
    t = one("The offensive began this summer in the south.", "this summer")
    assert (t.value, t.precision) == ("2021-SU", "season")


def test_clock_time_uses_anchor_day():
    t = one("The curfew starts at 3 p.m. in the city.", "3 p.m.")
    assert (t.value, t.precision) == ("2021-08-10T15:00", "time")


def test_clock_time_with_weekday():
    assert one("Polls closed at 8 p.m. Sunday across the region.", "8 p.m. Sunday").value == "2021-08-08T20:00"


# ---------------------------------------------------------------- no anchor
def test_without_anchor_absolute_dates_still_resolve():
    assert one("The deadline was August 31, 2021.", "August 31, 2021", anchor=None).value == "2021-08-31"


def test_without_anchor_relative_dates_are_underspecified():
    assert one("The convoy left on Monday.", "Monday", anchor=None).value == "XXXX-WXX-1"
    assert one("The deadline is August 31.", "August 31", anchor=None).value == "XXXX-08-31"
    t = one("The convoy left yesterday.", "yesterday", anchor=None)
    assert (t.value, t.precision, t.anchor) == ("PAST_REF", "ref", None)


# ---------------------------------------------------------------- stage contract and robustness
def test_stage_sets_article_times():
    text = "Rebels entered the town on Monday."
    doc = Document(Article(id="a1", text=text, published=ANCHOR), NLP(text))
    out = TimeTagger()(doc)
    assert out is doc and [t.value for t in doc.article.times] == ["2021-08-09"]
    assert TimeTagger.name == "times"


def test_empty_and_odd_unicode():
    assert tag("") == []
    text = "\u200b\u202e Ünïcødé 🙂 — rebels moved on Monday\u00a0night, 𝟚𝟘𝟚𝟙 ‘last week’…"
    times = tag(text)
    assert any(t.value.startswith("2021-08-09") for t in times)


TEMPORAL_BITS = st.sampled_from([
    " on Monday", " last week", " 3 p.m.", " August 31", " in four days", " a day", " now", " 2019",
    " the 1990s", " Q3", " yesterday", " May", " 12/31/2020", " \u200b", " 🙂", "\n", ".", ",",
])


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.text(max_size=20), TEMPORAL_BITS), max_size=12), st.one_of(st.none(), st.dates()))
def test_never_raises_and_offsets_hold(parts, anchor):
    text = "".join(parts)
    for t in TAGGER.tag(text, anchor, NLP(text)):
        assert text[t.start:t.end] == t.text
        assert t.start < t.end
