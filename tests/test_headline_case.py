"""Title Case headlines are parsed in sentence case (eventwire.headline_case, headline_verbs,
nlp.parse): their verbs are verbs, their events get an actor and a target, their names stay
names, and the Doc is over the original characters. Headlines written for this file."""

from __future__ import annotations

import pytest
from spacy.attrs import DEP, ENT_IOB, ENT_TYPE, HEAD, LEMMA, POS, TAG

from eventwire.nlp import headline_caser, load, parse
from eventwire.pipeline import Pipeline


def parsed(text: str):
    return next(parse(load(), [text]))


def event_at(pipeline: Pipeline, text: str, trigger: str):
    found = [e for e in pipeline.code_text(text).events if e.trigger.text == trigger]
    assert found, f"no event on {trigger!r} in {text!r}: {pipeline.code_text(text).events}"
    return found[0]


# (headline, verb, event type, actor text, target text or None)
HEADLINES = [
    ("Police Arrest Protest Leaders in Capital", "Arrest", "COERCE", "Police", "Protest Leaders"),
    ("Rebels Seize Border Town After Two-Day Siege", "Seize", "COERCE", "Rebels", "Border Town"),
    ("Biden Meets Xi in Bali", "Meets", "CONSULT", "Biden", "Xi"),
    ("Army Shells Rebel Positions Near Border", "Shells", "ASSAULT", "Army", None),
    ("Troops Kill Five Militants in Overnight Raid", "Kill", "ASSAULT", "Troops", "Five Militants"),
    ("Government Expels Foreign Journalists", "Expels", "COERCE", "Government", "Foreign Journalists"),
    ("Militants Abduct Aid Workers in North", "Abduct", "ASSAULT", "Militants", "Aid Workers"),
    ("Opposition Rejects Election Results", "Rejects", "REJECT", "Opposition", None),
    ("Ethiopia Accuses Sudan of Arming Rebels", "Accuses", "ACCUSE", "Ethiopia", "Sudan"),
    ("Japan Sends Aid to Earthquake Victims", "Sends", "AID", "Japan", "Earthquake Victims"),
    ("Taliban Release Foreign Hostages", "Release", "RETREAT", "Taliban", "Foreign Hostages"),
    ("France Withdraws Troops From Mali", "Withdraws", "RETREAT", "France", "Mali"),
    ("Jordan Welcomes Refugees From Syria", "Welcomes", "SUPPORT", "Jordan", "Refugees"),
    ("Students March Against Tuition Rise", "March", "PROTEST", "Students", None),
    ("Workers Strike Over Unpaid Wages", "Strike", "PROTEST", "Workers", None),
    ("Hundreds Rally in Capital Over Election Violence", "Rally", "PROTEST", "Hundreds", None),
    ("Police Raid Opposition Offices in Nairobi", "Raid", "COERCE", "Police", None),
    ("Nigeria Deploys Troops to Flooded Villages", "Deploys", "MOBILIZE", "Nigeria", None),
    ("Minister Resigns Amid Corruption Scandal", "Resigns", "RETREAT", "Minister", None),
    ("Iran Threatens to Close Strait", "Threatens", "THREATEN", "Iran", None),
    ("Union Calls for General Strike", "Calls", "REQUEST", "Union", None),
    ("Country Leader Ejects International Observers", "Ejects", "SANCTION", "Country Leader", "International Observers"),
    ("Pakistan Condemns Drone Strike on Village", "Condemns", "ACCUSE", "Pakistan", None),
]


@pytest.mark.parametrize(("text", "verb", "type_", "actor", "target"), HEADLINES)
def test_a_headline_verb_is_a_verb_with_its_actor_and_target(pipeline: Pipeline, text: str, verb: str, type_: str, actor: str, target: str | None) -> None:
    doc = parsed(text)
    assert [t.pos_ for t in doc if t.text == verb] == ["VERB"]
    event = event_at(pipeline, text, verb)
    assert event.type == type_
    assert event.actor is not None and event.actor.text == actor
    if target is not None:
        assert event.target is not None and event.target.text == target


@pytest.mark.parametrize(("text", "trigger", "actor", "target"), [
    ("Rebels Deny Attacking Convoy", "Attacking", "Rebels", "Convoy"),
    ("Army Denies Bombing Hospital", "Bombing", "Army", None),
    ("Turkey Will Not Attack Syria, Minister Says", "Attack", "Turkey", "Syria"),
])
def test_a_denied_or_negated_headline_event_is_negated_and_keeps_its_arguments(pipeline: Pipeline, text: str, trigger: str, actor: str, target: str | None) -> None:
    event = event_at(pipeline, text, trigger)
    assert event.modality == "negated"
    assert event.actor is not None and event.actor.text == actor
    assert target is None or (event.target is not None and event.target.text == target)


@pytest.mark.parametrize(("text", "entities"), [
    ("Kenya Recalls Ambassador From Uganda", {("Kenya", "GPE"), ("Uganda", "GPE")}),
    ("Ethiopia Accuses Sudan of Arming Rebels", {("Ethiopia", "GPE"), ("Sudan", "GPE")}),
    ("France Withdraws Troops From Mali", {("France", "GPE"), ("Mali", "GPE")}),
    ("Hamas Fires Rockets at Israel", {("Hamas", "ORG"), ("Israel", "GPE")}),
    ("Senate Approves Sanctions on Russia", {("Russia", "GPE")}),
])
def test_names_stay_entities(text: str, entities: set[tuple[str, str]]) -> None:
    assert entities <= {(e.text, e.label_) for e in parsed(text).ents}


def test_names_keep_their_capitals_and_lemmas() -> None:
    doc = parsed("Biden Meets Xi in Bali")
    assert [t.text for t in doc] == ["Biden", "Meets", "Xi", "in", "Bali"]
    assert {t.text for t in doc if t.pos_ == "PROPN"} >= {"Biden", "Xi", "Bali"}
    assert all(t.lemma_ == t.text for t in doc if t.pos_ == "PROPN")


def test_a_word_the_body_writes_capitalised_stays_a_name() -> None:
    """'bali' is in the model's word list; the body's "flew to Bali" says it is a name here."""
    caser = headline_caser(load())
    alone = caser.sentence_case(load().make_doc("Envoys Meet Leaders in Bali"))
    assert alone is not None and alone[0].text == "Envoys meet leaders in bali"
    text = "Envoys Meet Leaders in Bali\n\nThe envoys flew to Bali on Monday and met the leaders."
    cased, spans = caser.sentence_case(load().make_doc(text))
    assert spans == [(0, 5)]
    assert [t.text for t in cased[:5]] == ["Envoys", "meet", "leaders", "in", "Bali"]
    assert ("Bali", "GPE") in {(e.text, e.label_) for e in parsed(text).ents if e.start < 5}


def test_the_doc_is_over_the_original_characters() -> None:
    text = "Rebels Seize Border Town After Two-Day Siege\n\nRebels seized the town of Kidal on Sunday, residents said."
    doc = parsed(text)
    assert doc.text == text
    assert [t.idx for t in doc] == [t.idx for t in load().make_doc(text)]
    assert [s.text.strip() for s in doc.sents][:2] == ["Rebels Seize Border Town After Two-Day Siege",
                                                       "Rebels seized the town of Kidal on Sunday, residents said."]


def test_an_article_without_title_case_is_parsed_exactly_as_before() -> None:
    text = ("Government forces shelled rebel positions near the border on Tuesday.\n\n"
            "The United Nations Security Council will meet in New York on Friday, diplomats said.")
    attrs = [TAG, POS, DEP, HEAD, LEMMA, ENT_IOB, ENT_TYPE]
    assert headline_caser(load()).sentence_case(load().make_doc(text)) is None
    assert (parsed(text).to_array(attrs) == load()(text).to_array(attrs)).all()


def test_many_texts_keep_their_order() -> None:
    texts = ["Police Arrest Protest Leaders in Capital", "The police arrested two men.", "Kenya Recalls Ambassador From Uganda"]
    assert [d.text for d in parse(load(), texts, batch_size=2)] == texts


@pytest.mark.parametrize(("text", "title_case"), [
    ("Rebels Agree to a Truce in the North", True),
    ("Police Searching for Suspects After Elder Beaten", True),
    ("The Leader of the country ejects observers.", False),
    ("President Joe Biden said on Monday that talks would resume.", False),
    ("UN SECURITY COUNCIL MEETS", False),  # all capitals: no case to go by
])
def test_which_sentences_are_title_case(text: str, title_case: bool) -> None:
    doc = load().make_doc(text)
    assert headline_caser(load()).is_title_case(list(doc)) is title_case


def test_the_repairs_keep_sentences_and_tag_compounds_as_nouns() -> None:
    doc = parsed("Rebels Deny Attacking Convoy\n\nThe rebels said on Monday they had not attacked the convoy.")
    assert [s.text.strip() for s in doc.sents] == ["Rebels Deny Attacking Convoy", "The rebels said on Monday they had not attacked the convoy."]
    assert [(t.text, t.dep_, t.head.text) for t in doc[:4]] == [
        ("Rebels", "nsubj", "Deny"), ("Deny", "ROOT", "Deny"), ("Attacking", "xcomp", "Deny"), ("Convoy", "dobj", "Attacking")]
    shells = parsed("Army Shells Rebel Positions Near Border")
    assert [(t.text, t.pos_, t.dep_) for t in shells[:3]] == [("Army", "PROPN", "nsubj"), ("Shells", "VERB", "ROOT"), ("Rebel", "NOUN", "compound")]


def test_a_failed_restore_falls_back_to_the_parse_as_written(monkeypatch: pytest.MonkeyPatch) -> None:
    from eventwire.headline_case import HeadlineCaser

    def broken(*args: object) -> None:
        raise RuntimeError("boom")

    monkeypatch.setattr(HeadlineCaser, "restore", staticmethod(broken))
    text = "Police Arrest Protest Leaders in Capital"
    doc = parsed(text)
    assert doc.text == text
    assert [t.pos_ for t in doc] == [t.pos_ for t in load()(text)]


def test_a_line_of_names_is_left_as_written() -> None:
    """No word of a byline can be a verb: there is no clause to recover, only names to lose."""
    assert headline_caser(load()).sentence_case(load().make_doc("By Maria Okafor and Jane Doe")) is None
