"""An article that tells one act twice (a headline and its lead, a lead and a later paragraph) holds
two coded events; the later one points at the first (`same_as`) so counts can skip it, and the trace
says why. Related but different acts by the same party stay apart. Sentences written for this file;
uses the session `pipeline` fixture."""

from __future__ import annotations

from eventcheck import PUBLISHED, events


def same_as(found):
    ids = {e.id: e for e in found}
    return [(e.trigger.text, ids[e.same_as].trigger.text) for e in found if e.same_as]


def test_a_headline_and_its_lead_are_one_act(pipeline):
    found = events(pipeline, "Ethiopia accuses Eritrea of arming rebels.\n\n"
                             "Ethiopia on Monday accused Eritrea of arming rebels in the northern Tigray region.")
    accusations = [e for e in found if e.type == "ACCUSE"]
    assert len(accusations) == 2
    assert same_as(found) == [("accused", "accuses"), ("arming", "arming")]  # the arming is told twice too
    assert accusations[0].same_as is None


def test_talks_retold_in_a_later_paragraph_are_one_act(pipeline):
    found = events(pipeline, "The envoy will hold talks in Nairobi with the rebel leaders.\n\n"
                             "Diplomats said the envoy would hold talks in Nairobi with the rebel leaders over two days.")
    assert [e.type for e in found if e.same_as] == ["CONSULT"]


def test_acts_on_different_targets_or_days_stay_apart(pipeline):
    found = events(pipeline, "Police arrested three students in Lagos. Police also arrested a journalist in Lagos.")
    assert len([e for e in found if e.type == "COERCE"]) == 2 and same_as(found) == []
    found = events(pipeline, "Russian troops shelled Kharkiv on Monday. Russian troops shelled Kharkiv again on Wednesday.")
    assert len([e for e in found if e.type == "ASSAULT"]) == 2 and same_as(found) == []


def test_a_plan_and_the_act_done_stay_apart(pipeline):
    found = events(pipeline, "Israel will hold talks with Egypt in Cairo. Israel held talks with Egypt in Cairo on Monday.")
    assert len([e for e in found if e.type == "CONSULT"]) == 2 and same_as(found) == []


def test_calls_for_different_things_with_no_target_stay_apart(pipeline):
    found = events(pipeline, "The senator called for lower taxes. The senator also called for a bigger army.")
    assert same_as(found) == []


def test_the_trace_names_the_earlier_event(pipeline):
    from eventwire.ingest.raw import RawArticle

    text = "Ethiopia accuses Eritrea of arming rebels.\n\nEthiopia on Monday accused Eritrea of arming rebels."
    [document] = pipeline.run_documents([RawArticle(source="<test>", text=text, published=PUBLISHED)])
    first, later = [e for e in document.article.events if e.type == "ACCUSE"]
    assert later.same_as == first.id
    notes = [note for stage, _, note in document.trace if stage == "events"]
    assert any("restates 'accuses'" in n and first.id in n for n in notes), notes
