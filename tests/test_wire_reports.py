"""A wire report's habits: datelines, weapons and the forces that fire them, a group named again as 'the
group' after an unrelated name. Sentences written for this file; uses the session `pipeline` fixture."""

from __future__ import annotations

from eventcheck import by_trigger

from eventwire.nlp import load


def test_a_dateline_is_not_the_subject_of_the_lead(pipeline):
    for text in ("KHARTOUM, May 14 (Wire) - Sudan's army shelled the camp on Tuesday.",
                 "GAO, Mali (AP) — Sudan's army shelled the camp on Tuesday.",
                 "WASHINGTON -- Sudan's army shelled the camp on Tuesday.",
                 "GOMA, Democratic Republic of the Congo, March 3 (Wire) - Sudan's army shelled the camp on Tuesday."):
        e = by_trigger(pipeline, text, "shelled")
        assert e.actor is not None and (e.actor.text, e.actor.country) == ("Sudan's army", "SDN"), (text, e.actor)
        doc = load()(text)
        assert len(list(doc.sents)) == 2, [s.text for s in doc.sents]


def test_no_dateline_without_a_capitalised_place_and_a_dash():
    for text in ("US envoy arrives in Doha - officials say talks will resume.", "UN - the body met on Monday."):
        doc = load()(text)
        assert len(list(doc.sents)) == 1, [s.text for s in doc.sents]


def test_an_adjective_before_a_named_force_is_no_second_subject(pipeline):
    e = by_trigger(pipeline, "Sudan's paramilitary Rapid Support Forces shelled the camp on Tuesday.", "shelled")
    assert e.actor is not None and e.actor.name == "Rapid Support Forces", e.actor


def test_warplanes_shot_down_are_their_countrys(pipeline):
    e = by_trigger(pipeline, "Syria shot down two Israeli warplanes.", "shot")
    assert e.target is not None and e.target.country == "ISR", e.target


def test_a_weapon_fired_is_no_target(pipeline):
    e = by_trigger(pipeline, "The rebels fired missiles at the airport.", "fired")
    assert e.target is None or "missiles" not in e.target.text, e.target


def test_what_a_weapon_strikes_is_attacked(pipeline):
    assert by_trigger(pipeline, "A drone struck a car near Mosul.", "struck").type == "ASSAULT"


def test_striking_a_deal_is_still_a_deal(pipeline):
    assert by_trigger(pipeline, "The army struck a deal with the rebels.", "struck").type == "AGREE"
    article = pipeline.code_text("Lightning struck a car near Mosul.")
    assert not [e for e in article.events if e.trigger.text == "struck"]


def test_the_group_is_the_armed_group_not_the_platform_it_posted_on(pipeline):
    text = ("The RSF denied responsibility. In a statement on Telegram, the group said its fighters had only "
            "returned fire.")
    article = pipeline.code_text(text)
    q = next(q for q in article.quotes if "returned fire" in q.content.text)
    assert q.speaker is not None and q.speaker.name == "Rapid Support Forces", q.speaker


def test_local_people_are_of_the_place_the_story_is_about(pipeline):
    article = pipeline.code_text("Sudan's army shelled El Fasher on Tuesday, killing 12 civilians, local aid workers said.")
    workers = next(a for a in article.actors if a.text == "local aid workers")
    assert (workers.country, workers.sector) == ("SDN", "NGO"), workers
    article = pipeline.code_text("Aid workers said 12 civilians were killed in El Fasher on Tuesday.")
    workers = next(a for a in article.actors if a.text == "Aid workers")
    assert workers.country is None, workers  # aid workers are often foreign: only 'local' says otherwise


def test_a_dateline_inside_a_paragraph_needs_its_agency():
    doc = load()("He said so. SAN DIEGO (AP) - The U.S. National Guard faces a different task.")
    assert [s.text for s in doc.sents] == ["He said so.", "SAN DIEGO (AP) -", "The U.S. National Guard faces a different task."]
    doc = load()("Talks ended. NATO - the alliance - met again.")
    assert len(list(doc.sents)) == 2, [s.text for s in doc.sents]


def test_a_name_before_a_dash_is_no_part_of_the_next_subject():
    doc = load()("Hanoi (VNA) – Vietnam always supports a greater role for Russia, said the General Secretary.")
    assert doc[0].dep_ != "compound" or doc[0].head.text != "Vietnam"


def test_a_title_case_dateline_with_its_agency(pipeline):
    e = by_trigger(pipeline, "Hanoi (VNA) – Vietnam supports a greater role for Russia.", "supports")
    assert e.actor is not None and e.actor.text == "Vietnam" and (e.target is None or "Hanoi" not in e.target.text), (e.actor, e.target)


def test_two_subjects_parted_by_a_dash_keep_the_later_one(pipeline):
    e = by_trigger(pipeline, "He left. SAN DIEGO (AP) - The U.S. Navy seized a boat.", "seized")
    assert e.actor is not None and e.actor.text == "The U.S. Navy", e.actor


def test_a_bloc_announcing_its_own_measures_makes_no_claim(pipeline):
    e = by_trigger(pipeline, "EU foreign ministers agreed to impose sanctions on six Iranian officials.", "impose")
    assert e.type == "SANCTION" and e.modality == "asserted", e.modality


def test_agreeing_sanctions_imposes_them(pipeline):
    e = by_trigger(pipeline, "The EU agreed new sanctions on Iran.", "agreed")
    assert (e.type, e.cameo) == ("SANCTION", "163") and e.target is not None and e.target.country == "IRN"


def test_the_decision_after_a_report_is_not_the_speakers(pipeline):
    text = ("Foreign ministry spokesman Nasser Kanaani said Iran would respond. "
            "Ukraine's foreign minister, Dmytro Kuleba, welcomed the decision.")
    e = by_trigger(pipeline, text, "welcomed")
    assert e.target is None or "Kanaani" not in (e.target.name or ""), e.target


def test_drones_launched_at_a_city_are_an_attack(pipeline):
    e = by_trigger(pipeline, "Russia launched drones at Kyiv.", "launched")
    assert e.type == "ASSAULT" and e.target is not None and e.target.country == "UKR"


def test_a_country_ner_calls_a_person_is_the_country(pipeline):
    text = ("JNIM claimed the attack on Monday. Burkina Faso's military government, which seized power in 2022, "
            "has expelled French troops.")
    e = by_trigger(pipeline, text, "expelled")
    assert e.actor is not None and e.actor.country == "BFA", e.actor


def test_drones_launched_alone_attack_nobody(pipeline):
    article = pipeline.code_text("A ship arrived at the search area on Monday and launched the drones.")
    assert not [e for e in article.events if e.trigger.text == "launched"]
    e = by_trigger(pipeline, "Russia launched drones at Kyiv.", "launched")
    assert (e.type, e.cameo) == ("ASSAULT", "195")


def test_force_on_a_crowd_bears_on_the_protesters_the_sentence_names(pipeline):
    text = "Police fired tear gas on Thursday as thousands of protesters marched through Lagos."
    e = by_trigger(pipeline, text, "fired")
    assert e.acled == "Protest with intervention" and e.target is not None and "protesters" in e.target.text, e.target
    e = by_trigger(pipeline, "Police fired tear gas in Nairobi on Tuesday.", "fired")
    assert e.target is None or e.target.text == "Nairobi"  # no crowd named: the place, as before
