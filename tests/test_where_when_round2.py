"""Where and when, round 2 (the cases round 1 left open): a weekday or month after the noun it hangs on takes the
tense of that noun's clause; a reduced 'when' clause takes its main clause's; a clock time on a weekday keeps the
weekday without a publication date; days named for a fixed date are dates; a weekday or month inside a name is none;
the ends of a span date nothing; a time describing a speaker does not carry into the quotation. A country naming a
thing or addressed and a place in a title are not the event's place, nor is the place of an event another noun names
when the clause the trigger hangs in names its own setting."""

from __future__ import annotations

from eventwire.model import Article, Time
from eventwire.pipeline import Pipeline

from eventcheck import PUBLISHED, by_trigger


def times_of(pipeline: Pipeline, text: str, published=PUBLISHED) -> dict[str, Time]:
    article: Article = pipeline.code_text(text, published=published)
    return {t.text: t for t in article.times}


# --- times: the tense a time takes -------------------------------------------------------------------
def test_a_weekday_after_a_noun_takes_the_tense_of_its_clause(pipeline: Pipeline) -> None:
    # published on a Tuesday: an untensed Wednesday would be tomorrow; a letter asked for in the past is last week's
    text = "The ministry asked for the return of the files in a letter Wednesday to the court."
    t = times_of(pipeline, text)["Wednesday"]
    assert t.value == "2024-03-06", t
    e = by_trigger(pipeline, text, "asked")
    assert e.date is not None and e.date.value == "2024-03-06", e.rule


def test_a_month_after_a_noun_takes_the_tense_of_its_clause(pipeline: Pipeline) -> None:
    t = times_of(pipeline, "The minister said in an interview in May that the talks had failed.")["May"]
    assert t.value == "2023-05", t
    t = times_of(pipeline, "When asked in May, the minister said the talks had failed.")["May"]
    assert t.value == "2023-05", t  # a reduced 'when' clause is in the tense of the clause it times
    t = times_of(pipeline, "The army went public with an investigation in the fall.")["the fall"]
    assert t.value == "2023-FA", t
    # a time before its noun names the thing whenever it falls
    t = times_of(pipeline, "The council announced the May 20 deadline.")["May 20"]
    assert t.value == "2024-05-20", t


def test_a_clock_time_on_a_weekday_keeps_the_weekday_without_a_publication_date(pipeline: Pipeline) -> None:
    text = "The senator met the governor at 5 p.m. Wednesday in Columbus."
    t = times_of(pipeline, text, published=None)["5 p.m. Wednesday"]
    assert t.value == "XXXX-WXX-3T17:00", t
    article = pipeline.code_text(text)
    met = [e for e in article.events if e.trigger.text == "met"]
    assert met and met[0].date is not None and met[0].date.value == "XXXX-WXX-3", [e.rule for e in article.events]


def test_a_day_named_for_a_fixed_date_is_a_date(pipeline: Pipeline) -> None:
    for text in ("Protesters marched in Lagos on New Year Day.", "Protesters marched in Lagos on New Year’s Day."):
        t = [t for t in times_of(pipeline, text).values() if "Year" in t.text]
        assert t and t[0].value == "2024-01-01", (text, t)
    t = times_of(pipeline, "Troops fired on the crowd on Christmas Eve 2019.")["Christmas Eve 2019"]
    assert t.value == "2019-12-24"


# --- times: words of names -----------------------------------------------------------------------
def test_a_weekday_ending_a_name_is_no_date(pipeline: Pipeline) -> None:
    found = times_of(pipeline, "The boycott hit Hulu, Jenny Craig, Ruby Tuesday and Miracle-Ear.")
    assert "Tuesday" not in found, found
    # a weekday after a person's name or a place still dates the act
    assert "Tuesday" in times_of(pipeline, "President Obama Tuesday signed the bill.")
    assert "Friday" in times_of(pipeline, "The inspectors resumed work in Iraq Friday.")


def test_a_month_in_a_span_of_places_is_no_date(pipeline: Pipeline) -> None:
    text = "The chef worked in famous kitchens, from August in New Orleans to Le Bernardin in New York."
    assert "August" not in times_of(pipeline, text)
    assert "August" in times_of(pipeline, "The curfew lasted from August to December.")


def test_the_ends_of_a_span_date_no_later_event(pipeline: Pipeline) -> None:
    text = "Once the cold winds blow from October to February, the camp will empty, he said.\n\nPolice arrested the mayor."
    e = by_trigger(pipeline, text, "arrested")
    assert e.date is None, e.rule


def test_a_time_describing_the_speaker_does_not_carry_into_the_quotation(pipeline: Pipeline) -> None:
    text = '"We left with nothing," said one resident who reached Gao on Monday. "The shooting started before dawn."'
    e = by_trigger(pipeline, text, "shooting")
    assert e.date is None, e.rule
    # a time of the narration itself still carries to the next sentence
    e = by_trigger(pipeline, "Gunmen attacked the village on Monday. They killed five people.", "killed")
    assert e.date is not None and e.date.value == "2024-03-11", e.rule


# --- location ------------------------------------------------------------------------------------
def test_a_country_naming_a_thing_is_no_venue(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "Two senators opposed the Iran deal.", "opposed")
    assert e.location is None, e.rule
    e = by_trigger(pipeline, "Pakistan rejected US assertions that it shelters militants.", "rejected")
    assert e.location is None, e.rule
    e = by_trigger(pipeline, "The president threatened to slap tariffs on imports from China.", "threatened")
    assert e.location is None, e.rule  # where goods come from
    e = by_trigger(pipeline, "Rebels clashed with soldiers near the Mali border.", "clashed")  # land stays
    assert e.location is not None and e.location.text == "Mali", e.rule


def test_a_country_called_on_is_no_venue(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "The senator said Trump broke the law by calling on Russia to hack the emails.", "calling")
    assert e.location is None, e.rule


def test_a_place_in_a_title_is_no_venue(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "The party criticized the Indiana governor for the delay.", "criticized")
    assert e.location is None, e.rule


def test_the_place_of_an_event_another_noun_names_is_not_the_events(pipeline: Pipeline) -> None:
    text = "In Washington, the president issued a statement condemning the terrorist attack in Nice."
    e = by_trigger(pipeline, text, "condemning")
    assert e.location is not None and e.location.text == "Washington", e.rule
    # with no other setting named, the place the reaction bears on stands
    e = by_trigger(pipeline, "The minister condemned the terrorist attacks in Tehran.", "condemned")
    assert e.location is not None and e.location.text == "Tehran", e.rule


def test_a_place_an_envoy_is_posted_to_is_no_venue(pipeline: Pipeline) -> None:
    e = by_trigger(pipeline, "Slovenia recalled its ambassador to Russia for consultations.", "recalled")
    assert e.location is None, e.rule


# --- dates carried from an earlier sentence ---------------------------------------------------------
def test_a_date_after_publication_does_not_carry_to_an_act_reported_as_done(pipeline: Pipeline) -> None:
    text = "Next Wednesday, March 20, Kenyans vote for a new president. Ten journalists were jailed in Nairobi."
    e = by_trigger(pipeline, text, "jailed")
    assert e.date is None, e.rule
    # an earlier date still does
    text = "On Wednesday, March 6, Kenyans voted for a new president. Ten journalists were jailed in Nairobi."
    e = by_trigger(pipeline, text, "jailed")
    assert e.date is not None and e.date.value == "2024-03-06", e.rule


def test_a_past_date_does_not_carry_to_an_act_going_on_now(pipeline: Pipeline) -> None:
    text = "The ministry announced an inquiry into the shooting in February. Police are also investigating the shooting."
    e = by_trigger(pipeline, text, "investigating")
    assert e.date is None, e.rule


def test_a_time_bounding_an_act_does_not_carry(pipeline: Pipeline) -> None:
    text = "The court will not hear the case until March 28.\n\nThe club condemned the attack on its bus."
    e = by_trigger(pipeline, text, "condemned")
    assert e.date is None, e.rule
    text = "Police say the man hid the body after his mother died three years ago. Police also questioned his father."
    e = by_trigger(pipeline, text, "questioned")
    assert e.date is None, e.rule
