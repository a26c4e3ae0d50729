"""The events scorer: readers on tiny gold files in each format, and exact metrics
with a fake predictor (no pipeline, no shared data)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from eventwire.evaluate.events import (
    NONE, evaluate_events, event_quad, score_labels, span_tokens, top_event, EventsReport,
)
from eventwire.evaluate.gold import (
    GoldFormatError, in_split, join_tokens, read_cameo_codebook, read_conflibert_class,
    read_conll_roles, read_plover_gsr, split_of,
)
from eventwire.model import Actor, Event, Trigger


def ev(sentence: str, type_: str, conf: float, cameo: str | None = None,
       actor: tuple[int, int] | None = None, target: tuple[int, int] | None = None) -> Event:
    def act(span: tuple[int, int] | None) -> Actor | None:
        if span is None:
            return None
        return Actor(text=sentence[span[0]:span[1]], start=span[0], end=span[1], name=sentence[span[0]:span[1]])
    return Event(id=f"e{conf}", type=type_, cameo=cameo, sentence=sentence, start=0, end=len(sentence),
                 trigger=Trigger(text=sentence[:1], start=0, end=1), confidence=conf,
                 actor=act(actor), target=act(target))


def fake(table: dict[str, list[Event]]):
    def predict(sentences: list[str]) -> list[list[Event]]:
        return [table.get(s, []) for s in sentences]
    return predict


# ------------------------------------------------------------------ split

def test_split_is_deterministic_and_whitespace_blind():
    assert split_of("Rebels  shelled the town.") == split_of("Rebels shelled the town.")
    texts = [f"Sentence number {i} about a ministry." for i in range(400)]
    dev = sum(split_of(t) == "dev" for t in texts)
    assert 150 < dev < 250
    assert all(in_split(t, "all") for t in texts)
    with pytest.raises(ValueError):
        in_split("x", "train")


# ------------------------------------------------------------------ plover-gsr

GSR = [
    {"id": "DOC-1", "event": "DOCUMENT", "eventText": "notes"},
    {"id": "A-1", "event": "AGREE", "text": "Ruritania agreed to hold talks with Freedonia.", "mode": ""},
    {"id": "D-1", "event": "DEMAND", "text": "{Ruritania demanded that Freedonia free the sailors.}"},
    {"id": "F-1", "event": "FIGHT", "text": "Freedonian troops fought Ruritanian forces at the river."},
    {"id": "I-1", "event": "INVESTIGATE", "text": "Freedonia opened an inquiry into the bombing."},
    {"id": "P-1", "event": "PROTEST", "text": "Students marched in the Ruritanian capital.", "mode": "DEMO"},
]


@pytest.fixture()
def gsr_file(tmp_path: Path) -> Path:
    p = tmp_path / "gsr.json"
    p.write_text(json.dumps(GSR), encoding="utf-8")
    return p


def test_read_plover_gsr_maps_to_plover2(gsr_file):
    gold = read_plover_gsr(gsr_file)
    assert [g.label for g in gold] == ["AGREE", "REQUEST", "ASSAULT", "ACCUSE", "PROTEST"]
    assert gold[1].text == "Ruritania demanded that Freedonia free the sailors."
    assert gold[4].mode == "demo" and gold[0].mode is None


def test_read_plover_gsr_rejects_missing_text(tmp_path):
    p = tmp_path / "bad.json"
    p.write_text(json.dumps([{"id": "X", "event": "AGREE"}]), encoding="utf-8")
    with pytest.raises(GoldFormatError, match="record 0 \\(X\\) has no text"):
        read_plover_gsr(p)


def test_plover_gsr_metrics_exact(gsr_file):
    s = {g.label: g.text for g in read_plover_gsr(gsr_file)}
    predictions = {
        s["AGREE"]: [ev(s["AGREE"], "CONSULT", 0.9), ev(s["AGREE"], "AGREE", 0.6)],  # top is wrong
        s["REQUEST"]: [ev(s["REQUEST"], "REQUEST", 0.8)],
        s["ASSAULT"]: [ev(s["ASSAULT"], "ASSAULT", 0.7)],
        s["ACCUSE"]: [ev(s["ACCUSE"], "ASSAULT", 0.3)],
        # PROTEST: no event at all -> NONE
    }
    r = evaluate_events("plover-gsr", gsr_file, split="all", predict=fake(predictions))
    assert r.n == 5 and r.with_event == 4 and r.split == "all"
    assert r.metrics["type accuracy"] == pytest.approx(2 / 5)
    assert r.metrics["type accuracy (sentences with an event)"] == pytest.approx(2 / 4)
    a = r.per_label["ASSAULT"]
    assert (a.tp, a.fp, a.fn) == (1, 1, 0)
    assert a.precision == pytest.approx(0.5) and a.recall == 1.0 and a.f1 == pytest.approx(2 / 3)
    assert r.per_label["PROTEST"].recall == 0.0 and r.per_label["CONSULT"].fp == 1
    assert r.confusion["AGREE"]["CONSULT"] == 1 and r.confusion["PROTEST"][NONE] == 1
    # reliability: 0.9 wrong, 0.8 right, 0.7 right, 0.3 wrong
    assert [(b.n, b.correct) for b in r.reliability] == [(0, 0), (1, 0), (1, 1), (2, 1)]
    assert r.confident(0.5) == (3, pytest.approx(2 / 3))
    r.table()  # renders


def test_split_filters_sentences(gsr_file):
    gold = read_plover_gsr(gsr_file)
    dev = evaluate_events("plover-gsr", gsr_file, split="dev", predict=fake({}))
    test = evaluate_events("plover-gsr", gsr_file, split="test", predict=fake({}))
    assert dev.n + test.n == len(gold)
    assert dev.n == sum(split_of(g.text) == "dev" for g in gold)
    assert evaluate_events("plover-gsr", gsr_file, split="all", limit=2, predict=fake({})).n == 2


def test_unknown_dataset_and_missing_file(gsr_file, tmp_path):
    with pytest.raises(ValueError, match="unknown dataset"):
        evaluate_events("acled", gsr_file)
    with pytest.raises(FileNotFoundError):
        evaluate_events("plover-gsr", tmp_path / "nope.json")


# ------------------------------------------------------------------ cameo-codebook

CAMEO_CSV = (
    '"","eventtype_ID","name","code","description","example","root_code"\n'
    '"1",1,"X","01",NA,NA,"01"\n'
    '"2",2,"X","010","d","Officials said the border was calm.","01"\n'
    '"3",3,"X","0233","d","Ruritania asked donors for food aid.","02"\n'
    '"4",4,"X","195","d","Jets bombed rebel positions near the dam.","19"\n'
    '"5",5,"X","173","d","Police detained three journalists.","17"\n'
)


@pytest.fixture()
def cameo_file(tmp_path: Path) -> Path:
    p = tmp_path / "cameo.csv"
    p.write_text(CAMEO_CSV, encoding="utf-8")
    return p


def test_read_cameo_codebook_skips_rows_without_example(cameo_file):
    gold = read_cameo_codebook(cameo_file)
    assert [g.label for g in gold] == ["010", "0233", "195", "173"]


def test_cameo_metrics_exact(cameo_file):
    s = {g.label: g.text for g in read_cameo_codebook(cameo_file)}
    predictions = {
        s["0233"]: [ev(s["0233"], "REQUEST", 0.6, cameo="023")],  # root right, code not exact
        s["195"]: [ev(s["195"], "ASSAULT", 0.9, cameo="195")],  # exact
        s["173"]: [ev(s["173"], "ASSAULT", 0.4, cameo="182")],  # root and type wrong
        # 010: no event
    }
    r = evaluate_events("cameo-codebook", cameo_file, split="all", predict=fake(predictions))
    assert r.metrics["root-code accuracy"] == pytest.approx(2 / 4)
    assert r.metrics["exact-code accuracy"] == pytest.approx(1 / 4)
    # 010 has no PLOVER type: 3 scored, REQUEST and ASSAULT right, ASSAULT for COERCE wrong
    assert r.counts["PLOVER type accuracy (via cross-walk)"] == 3
    assert r.metrics["PLOVER type accuracy (via cross-walk)"] == pytest.approx(2 / 3)
    assert r.confusion["17"]["18"] == 1 and r.confusion["01"][NONE] == 1
    assert r.per_label["19"].f1 == 1.0


# ------------------------------------------------------------------ conflibert-class

def test_class_reader_and_no_event_counts_as_statement(tmp_path):
    p = tmp_path / "class.tsv"
    p.write_text(
        "Ruritania said it would stay neutral.\t0\r\n"
        "Rebels shelled the port.\t4\r\n"
        "The minister criticised the ruling.\t3\r\n"
        "The two states signed a trade pact.\t1\r\n",
        encoding="utf-8",
    )
    gold = read_conflibert_class(p)
    assert [g.label for g in gold] == ["0", "4", "3", "1"]
    t = [g.text for g in gold]
    predictions = {
        t[1]: [ev(t[1], "ASSAULT", 0.9, cameo="194")],  # 4, right
        t[2]: [ev(t[2], "ACCUSE", 0.7)],  # no code: ACCUSE -> root 09 -> 3, right
        t[3]: [ev(t[3], "SUPPORT", 0.6, cameo="057")],  # 1, right
    }
    r = evaluate_events("conflibert-class", p, split="all", predict=fake(predictions))
    assert r.metrics["quad-class accuracy (no event = 0)"] == 1.0
    assert r.metrics["quad-class accuracy (sentences with an event)"] == 1.0
    assert r.counts["quad-class accuracy (sentences with an event)"] == 3


def test_class_reader_rejects_bad_label(tmp_path):
    p = tmp_path / "bad.tsv"
    p.write_text("A sentence.\t7\n", encoding="utf-8")
    with pytest.raises(GoldFormatError, match="line 1"):
        read_conflibert_class(p)


def test_event_quad():
    s = "x"
    assert event_quad(ev(s, "ASSAULT", 0.5, cameo="195")) == 4
    assert event_quad(ev(s, "AID", 0.5)) == 2
    assert event_quad(ev(s, "CONSULT", 0.5, cameo="036")) == 1


# ------------------------------------------------------------------ conflibert-roles

CONLL = """Freedonian B-S
police I-S
arrested O
two B-T
Ruritanian I-T
students I-T
. O

The O
army B-S
shelled O
the O
village B-T
. O
"""


@pytest.fixture()
def conll_file(tmp_path: Path) -> Path:
    p = tmp_path / "roles.conll"
    p.write_text(CONLL, encoding="utf-8")
    return p


def test_read_conll_roles(conll_file):
    sents = read_conll_roles(conll_file)
    assert len(sents) == 2
    assert sents[0].text == "Freedonian police arrested two Ruritanian students ."
    assert sents[0].offsets[1] == (11, 17)
    assert sents[0].role_tokens("S") == {0, 1} and sents[0].role_tokens("T") == {3, 4, 5}
    assert sents[1].role_tokens("S") == {1}


def test_join_tokens():
    assert join_tokens(["a", "bc", "."]) == ("a bc .", [(0, 1), (2, 4), (5, 6)])


def test_roles_metrics_exact(conll_file):
    s1, s2 = (s.text for s in read_conll_roles(conll_file))
    i = s1.index("police")
    j = s1.index("Ruritanian")
    predictions = {
        # actor "police" (1 of 2 S tokens); target "Ruritanian students ." (2 right, 1 extra)
        s1: [ev(s1, "COERCE", 0.9, actor=(i, i + 6), target=(j, len(s1)))],
        # low-confidence event with the right actor is not the top one
        s2: [ev(s2, "ASSAULT", 0.8, actor=(0, 3)), ev(s2, "ASSAULT", 0.2, actor=(4, 8))],
    }
    r = evaluate_events("conflibert-roles", conll_file, split="all", predict=fake(predictions))
    src = r.per_label["source (S)"]
    tgt = r.per_label["target (T)"]
    assert (src.tp, src.fp, src.fn) == (1, 1, 2)  # police right; "The" wrong; Freedonian, army missed
    assert (tgt.tp, tgt.fp, tgt.fn) == (2, 1, 2)
    assert r.metrics["source token F1"] == pytest.approx(2 * 0.5 * (1 / 3) / (0.5 + 1 / 3))
    assert r.metrics["target token P"] == pytest.approx(2 / 3)


def test_sentences_marking_no_role_are_scored_apart_too(tmp_path):
    p = tmp_path / "roles.conll"
    p.write_text("Freedonia B-S\nand O\nRuritania O\nmet O\n. O\n\nRuritania O\nand O\nFreedonia O\ntalked O\n. O\n", encoding="utf-8")
    s1, s2 = (s.text for s in read_conll_roles(p))
    predictions = {
        s1: [ev(s1, "CONSULT", 0.9, actor=(0, 9), target=(14, 23))],  # Freedonia right; Ruritania a false target
        s2: [ev(s2, "CONSULT", 0.9, actor=(0, 9), target=(14, 23))],  # marks nothing: both false in the headline only
    }
    r = evaluate_events("conflibert-roles", p, split="all", predict=fake(predictions))
    assert r.metrics["source token F1"] == pytest.approx(2 * 0.5 * 1 / 1.5)  # P 1/2, R 1
    assert r.metrics["source F1 on sentences marking a role"] == 1.0
    assert r.metrics["target F1 on sentences marking a role"] == 0.0
    assert r.counts["source F1 on sentences marking a role"] == 1
    assert any("1 of 2 sentences mark no source and no target" in n for n in r.notes)


def test_span_tokens_when_pipeline_text_differs(conll_file):
    sent = read_conll_roles(conll_file)[0]
    cleaned = "Freedonian  police arrested two Ruritanian students ."  # offsets shifted by one
    actor = Actor(text="police", start=12, end=18, name="police")
    assert span_tokens(actor, sent, cleaned) == {1}
    assert span_tokens(None, sent, sent.text) == set()


# ------------------------------------------------------------------ helpers

def test_top_event_and_score_labels():
    s = "x"
    a, b, c = ev(s, "AGREE", 0.5), ev(s, "REJECT", 0.7), ev(s, "AID", 0.7)
    assert top_event([a, b, c]) is b and top_event([]) is None
    r = EventsReport("plover-gsr", "all", "-")
    acc = score_labels(r, ["AGREE", "AGREE", "AID"], ["AGREE", NONE, "AGREE"])
    assert acc == pytest.approx(1 / 3)
    assert r.per_label["AGREE"].precision == 0.5 and r.per_label["AGREE"].recall == 0.5
    assert NONE not in r.per_label


def test_default_predictor_runs_the_real_pipeline(gsr_file):
    """Whatever the events stage yields today, the harness runs end to end."""
    r = evaluate_events("plover-gsr", gsr_file, split="all")
    assert r.n == 5 and 0 <= r.with_event <= 5
    assert 0.0 <= r.metrics["type accuracy"] <= 1.0


def test_join_tokens_writes_clitics_back_against_their_word():
    text, offsets = join_tokens(["Mexico", "’", "s", "policy", "does", "n't", "work"])
    assert text == "Mexico’s policy doesn't work"
    assert [text[a:b] for a, b in offsets] == ["Mexico", "’", "s", "policy", "does", "n't", "work"]


def test_the_roles_split_is_hashed_on_the_space_joined_tokens(tmp_path):
    from eventwire.evaluate.gold import read_conll_roles, split_of
    f = tmp_path / "r.conll"
    f.write_text("Mexico B-S\n’ O\ns O\npolicy O\n\nRebels B-S\nattacked O\n", encoding="utf-8")
    sents = read_conll_roles(f)
    assert sents[0].text == "Mexico’s policy" and sents[0].split_key == "Mexico ’ s policy"
    assert split_of(sents[0].split_key) in ("dev", "test")


# ------------------------------------------------------------------ plover-gsr actors

GSR_ACTORS = [
    {"id": "C-1", "event": "ACCUSE", "text": "Italian ministers condemned the raid on the embassy.",
     "source": [{"actorText": "Italian ministers", "code": "ITL", "sector": "GOV"}],  # ITL: the file's typo for ITA
     "target": ""},
    {"id": "C-2", "event": "FIGHT", "text": "Chadian rebels ambushed a patrol of Nigerien soldiers.",
     "source": [{"actorText": "Chadian rebels", "code": "TCD", "sector": "REB"}],
     "target": [{"actorText": "Nigerien soldiers", "code": "NER", "sector": "MIL"}]},
    {"id": "C-3", "event": "DEMAND", "text": "The Arab League urged Yemen and Oman to reopen the border.",
     "source": [{"actorText": "Arab League", "code": "IGO"}],
     "target": [{"actorText": "Yemen", "code": "YEM"}, {"actorText": "Oman", "code": "OMN"}]},
    {"id": "C-4", "event": "PROTEST", "text": "Dockers marched through the port of Freetown.",
     "source": [{"actorText": "Dockers", "code": "SLE", "sector": "***"}],  # sector left open: not scored
     "target": None},
    {"id": "C-5", "event": "AGREE", "text": "Peru agreed to send observers.",
     "source": [{"actorText": "Peru", "code": "PER"}]},
]


def _actor(sentence: str, text: str, country: str | None, sector: str | None) -> Actor:
    start = sentence.index(text)
    return Actor(text=text, start=start, end=start + len(text), name=text, country=country, sector=sector)


def _with_actors(sentence: str, actor: Actor | None, target: Actor | None) -> Event:
    e = ev(sentence, "ACCUSE", 0.9)
    return e.model_copy(update={"actor": actor, "target": target})


def test_read_plover_gsr_keeps_source_and_target(tmp_path):
    p = tmp_path / "gsr.json"
    p.write_text(json.dumps(GSR_ACTORS), encoding="utf-8")
    gold = {g.id: g for g in read_plover_gsr(p)}
    assert gold["C-1"].source[0].country == "ITA" and gold["C-1"].target == []
    assert gold["C-2"].source[0].sectors == {"REB", "INS"}  # CAMEO's rebels cover our insurgents
    igo = gold["C-3"].source[0]
    assert igo.country is None and igo.stateless == {"IGO"} and igo.sectors == {"IGO"} and igo.scored
    assert [a.country for a in gold["C-3"].target] == ["YEM", "OMN"]
    assert gold["C-4"].source[0].sectors == frozenset() and gold["C-4"].target == []
    assert gold["C-5"].source[0].sectors == frozenset()  # a bare country code says nothing of the sector


def test_plover_gsr_actor_scores_count_right_and_wrong(tmp_path):
    p = tmp_path / "gsr.json"
    p.write_text(json.dumps(GSR_ACTORS), encoding="utf-8")
    s = {g.id: g.text for g in read_plover_gsr(p)}
    predictions = {
        # country right (ITL read as ITA), sector right
        s["C-1"]: [_with_actors(s["C-1"], _actor(s["C-1"], "Italian ministers", "ITA", "GOV"), None)],
        # source: country right, INS accepted for REB; target: country wrong, sector right
        s["C-2"]: [_with_actors(s["C-2"], _actor(s["C-2"], "Chadian rebels", "TCD", "INS"),
                                _actor(s["C-2"], "Nigerien soldiers", "NGA", "MIL"))],
        # source: IGO with no country matches the IGO code; target: either of two countries counts
        s["C-3"]: [_with_actors(s["C-3"], _actor(s["C-3"], "The Arab League", None, "IGO"),
                                _actor(s["C-3"], "Oman", "OMN", "GOV"))],
        # source: country wrong; its sector is not scored ('***')
        s["C-4"]: [_with_actors(s["C-4"], _actor(s["C-4"], "Dockers", "GBR", "LAB"), None)],
        # C-5: an event without an actor: not found, wrong
        s["C-5"]: [_with_actors(s["C-5"], None, None)],
    }
    r = evaluate_events("plover-gsr", p, split="all", predict=fake(predictions))
    src, tgt = r.actors["source"], r.actors["target"]
    assert (src.n, src.found, src.country) == (5, 4, 3)
    assert (src.n_sector, src.found_sector, src.sector) == (3, 3, 3)  # C-1 GOV, C-2 REB, C-3 IGO
    assert (tgt.n, tgt.found, tgt.country) == (2, 2, 1)
    assert (tgt.n_sector, tgt.sector) == (1, 1)
    assert src.shares["country | found"] == pytest.approx(3 / 4)
    assert r.metrics["source country accuracy"] == pytest.approx(3 / 5)
    assert r.metrics["target sector accuracy"] == pytest.approx(1.0)
    r.table()  # renders the actor table


def test_actor_matches_stateless_code_needs_no_country():
    from eventwire.evaluate.events import actor_matches
    from eventwire.evaluate.gold import GoldActor
    un = [GoldActor("the UN", "IGO")]
    assert actor_matches(Actor(text="UN", start=0, end=2, name="UN", sector="IGO"), un) == (True, True)
    # an IGO with a country (or a state) is not the IGO
    assert actor_matches(Actor(text="UN", start=0, end=2, name="UN", country="USA", sector="IGO"), un) == (False, True)
    assert actor_matches(None, un) == (False, False)
    assert actor_matches(None, [GoldActor("somewhere", "ZZZ")]) == (None, None)  # no ISO code: not scored
