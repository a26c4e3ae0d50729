"""Our own CAMEO probe, scored as the codebook's examples are (root-code accuracy of the top event).

tests/data/cameo_probe.csv holds 1,252 sentences we wrote in the fourteenth session from the CAMEO codebook's code names,
descriptions and usage notes (never its example sentences), two to four per code, in three styles (`style`): one
plain wire sentence and one variant per code (one_per_code), the act as a noun or in the passive (nominal_and_passive,
codes 02-11), reported and hedged (reported_and_passive, codes 11-20). `eventwire eval events cameo-codebook
tests/data/cameo_probe.csv --split all` prints the full report. The 01x 'make statement' codes have no PLOVER type and
are left uncoded by design, so about 22 sentences can never be right.

Root-code accuracy by style, before the fourteenth session's lexicon work and after it: 0.800 / 0.662 / 0.747 and
0.873 / 0.719 / 0.802 (0.816 over all 1,252). The two variant styles were written after the first round of fixes, which
was read on one_per_code only, and measured before anyone read them: that round alone moved reported_and_passive
0.747 -> 0.779 and nominal_and_passive 0.662 -> 0.666. Later fixes were read on all three. The floor below is a
little under the total, so a change that loses about ten sentences fails here."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.evaluate.events import evaluate_events
from eventwire.evaluate.gold import read_cameo_codebook
from eventwire.ingest import RawArticle
from eventwire.model import Article

PROBE = Path(__file__).parent / "data" / "cameo_probe.csv"


@pytest.fixture(scope="module")
def report(pipeline):
    def predict(texts: list[str]):
        out = []
        for result in pipeline.run(RawArticle(source=f"probe:{i}", text=t) for i, t in enumerate(texts)):
            out.append(list(result.events) if isinstance(result, Article) else [])
        return out
    return evaluate_events("cameo-codebook", PROBE, split="all", predict=predict)


def test_the_probe_is_read_whole():
    rows = read_cameo_codebook(PROBE)
    assert len(rows) == 1252
    assert len({r.label for r in rows}) >= 300  # every CAMEO code at least twice


def test_root_accuracy_does_not_fall(report):
    assert report.counts["root-code accuracy"] == 1252
    assert report.metrics["root-code accuracy"] >= 0.80, report.metrics


def test_no_sentence_fails_in_the_pipeline(report):
    assert "pipeline errors" not in report.counts
