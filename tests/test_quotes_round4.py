"""Quotes stage, round 4: the learned end of a reported clause (quotes/extent.py) and the
train-half split of scripts/quote_errors.py. Sentences written for these tests (no shared data)."""

from __future__ import annotations

import importlib.util
import json
from importlib import resources
from pathlib import Path

import pytest
from test_quotes import run

from eventwire.quotes import extent
from eventwire.quotes.context import Context
from eventwire.quotes.extractor import raw_drafts
from eventwire.quotes.lexicon import lexicon


def contents(text: str) -> list[str]:
    return [q.content.text for q in run(text).article.quotes if q.kind == "indirect"]


def drafts(text: str):
    ctx = Context(run(text))
    return ctx, raw_drafts(ctx, lexicon())


# ---- the model file -----------------------------------------------------------------------------

def test_model_is_small_and_loads() -> None:
    path = resources.files("eventwire").joinpath(extent.MODEL)
    assert path.is_file() and len(path.read_bytes()) < 1_000_000
    assert json.loads(path.read_text("utf-8"))["about"]["trained_on"].startswith("PolNeAR")
    w = extent.weights()
    assert w and all(isinstance(k, str) and isinstance(v, float) for k, v in w.items())


# ---- candidates ---------------------------------------------------------------------------------

def test_candidates_hold_the_rule_end_and_stay_in_the_sentence() -> None:
    text = "The ministry said the border would stay closed until the elections in March.\nNobody objected to it."
    ctx, ds = drafts(text)
    d = next(d for d in ds if extent.eligible(d))
    cands = extent.candidates(ctx, d)
    assert d.content.end in [e for e, _ in cands]
    assert all(d.content.start < e <= text.index(".") for e, _ in cands)
    assert sum("rule" in f for _, f in cands) == 1


def test_a_report_before_its_cue_is_left_alone() -> None:
    ctx, ds = drafts("The border will stay closed until March, the ministry said.")
    report = next(d for d in ds if d.kind == "indirect")
    assert report.content.end <= report.cue.start and not extent.eligible(report)


def test_no_model_no_change(monkeypatch: pytest.MonkeyPatch) -> None:
    ctx, ds = drafts("Voters said they trusted the governor, and that the economy was improving at last.")
    before = [(d.content.start, d.content.end) for d in ds]
    monkeypatch.setattr(extent, "weights", lambda: {})
    extent.refit_ends(ctx, ds)
    assert [(d.content.start, d.content.end) for d in ds] == before


def test_crossings_count_the_arcs_an_end_cuts() -> None:
    # tokens 10..13: 10 -> 11, 11 -> 13, 12 -> 13, 13 -> 99 (outside the window)
    assert extent._crossings([11, 13, 13, 99], 10, 13, range(0)) == [1, 1, 2, 1]
    assert extent._crossings([11, 13, 13, 99], 10, 13, range(99, 100)) == [1, 1, 2, 0]  # (an arc to the cue is not cut)


# ---- where the ranker may not go ----------------------------------------------------------------

def test_never_past_a_comma_relative_clause_the_rules_left_out() -> None:
    text = "Farmers said the new tariff would ruin them, which the minister disputed at length in parliament."
    assert "the new tariff would ruin them" in contents(text)


def test_never_past_a_dated_phrase_on_the_cue() -> None:
    assert "the strike" in contents("The minister denounced the strike with a long speech of her own on Wednesday.")


def test_never_ends_on_a_conjunction() -> None:
    text = "Kirby refused to say how many raids the army has carried out this week and declined to say whether more would follow."
    assert all(not c.endswith((" and", ",")) for c in contents(text))


# ---- scripts/quote_errors.py --half -------------------------------------------------------------

def _quote_errors():
    path = Path(__file__).resolve().parent.parent / "scripts" / "quote_errors.py"
    spec = importlib.util.spec_from_file_location("quote_errors", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_halves_split_the_articles_stably() -> None:
    in_half = _quote_errors().in_half
    names = [f"paper_2016-0{k}-01_story-{k}" for k in range(1, 9)]
    a = [n for n in names if in_half(n, "A")]
    b = [n for n in names if in_half(n, "b")]
    assert sorted(a + b) == sorted(names) and not set(a) & set(b)
    assert a == [n for n in names if in_half(n, "a")]
