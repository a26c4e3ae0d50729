"""Who reported an event, and who an official's 'we' is. Sentences written for this file; uses the
session `pipeline` fixture."""

from __future__ import annotations

from eventcheck import by_trigger


def test_a_clause_saying_when_the_report_was_made_is_not_reported(pipeline):
    e = by_trigger(pipeline, "The ministry said on Friday after rebels seized the airport that talks would resume.", "seized")
    assert e.reported_by is None and e.modality == "asserted", (e.reported_by, e.modality)
    e = by_trigger(pipeline, "The army announced the curfew before militants stormed the prison in Kano.", "stormed")
    assert e.reported_by is None, e.reported_by


def test_what_follows_that_is_still_reported(pipeline):
    e = by_trigger(pipeline, "The ministry said that rebels had seized the airport.", "seized")
    assert e.reported_by is not None and e.reported_by.text == "The ministry"


def test_going_on_to_do_something_is_no_report(pipeline):
    e = by_trigger(pipeline, "The government will continue to support the farmers, officials said on Monday.", "support")
    assert e.reported_by is not None and e.reported_by.text == "officials", e.reported_by
    e = by_trigger(pipeline, "Rebels continued to attack the convoy near Goma.", "attack")
    assert e.reported_by is None, e.reported_by


def test_an_officials_we_is_the_state_he_speaks_for(pipeline):
    text = ("“We will continue to support them where we can,” Pentagon spokesman John Kirby said of the Afghan army.")
    e = by_trigger(pipeline, text, "support")
    assert (e.actor.text, e.actor.name, e.actor.country, e.actor.sector, e.actor.kind) == (
        "We", "United States", "USA", "MIL", "state"), e.actor
    assert e.actor.antecedent is not None and e.actor.antecedent.text == "John Kirby" or "Kirby" in e.actor.method
    assert e.reported_by is not None and e.reported_by.name == "John Kirby"


def test_a_private_persons_we_stays_the_person(pipeline):
    e = by_trigger(pipeline, "“We will protest again on Friday,” said Maria Lopez, a nurse in Quito.", "protest")
    assert e.actor is not None and e.actor.kind == "person" and e.actor.name == "Maria Lopez", e.actor


def test_a_report_set_before_its_speech_verb_stays_reported(pipeline):
    e = by_trigger(pipeline, "The day before Ana Ruiz vanished she withdrew $2,400 from her bank account, reports the Tulsa Herald.",
                   "withdrew")
    assert e.reported_by is not None and e.reported_by.text == "the Tulsa Herald", e.reported_by


def test_a_refusal_to_say_vouches_for_nothing(pipeline):
    text = "The army spokesman refused to say how many air strikes the military had carried out near Gao."
    e = by_trigger(pipeline, text, "strikes")
    assert e.reported_by is None, e.reported_by
    article = pipeline.code_text(text)
    assert any(q.cue is not None and q.cue.text == "refused to say" for q in article.quotes), article.quotes  # still a quote


def test_a_denial_is_still_a_statement_about_the_act(pipeline):
    e = by_trigger(pipeline, "The army denied that its troops shelled the market in Gao.", "shelled")
    assert e.reported_by is not None and e.reported_by.text == "The army", e.reported_by


def test_he_said_goes_on_with_the_last_speaker(pipeline):
    text = ("The party's secretary general, John Mnyika, said Tundu Lissu was taken to a police station. "
            "\"This is an attempt to silence the opposition,\" he said.")
    article = pipeline.code_text(text)
    q = next(q for q in article.quotes if q.kind == "direct")
    assert q.speaker is not None and q.speaker.name == "John Mnyika", q.speaker
    # with no speaker in the sentence before, the nearest agreeing subject as before
    article = pipeline.code_text("Tundu Lissu was arrested at a rally. \"We will not be silenced,\" he said.")
    q = next(q for q in article.quotes if q.kind == "direct")
    assert q.speaker is not None and q.speaker.name == "Tundu Lissu", q.speaker
