"""Fit the event-confidence model (src/eventwire/data/events/calibration.json) on the DEV
halves of the PLOVER GSR and the CAMEO codebook examples, so that an event's confidence is
the probability that its type is the sentence's gold type. Test halves are never read.

Usage: PYTHONPATH=src python scripts/calibrate_confidence.py [--shared ../shared/data]

The shipped calibration is NOT fitted by running this script alone: it would use the shipped
classifier's probabilities, which are in-sample on the dev halves (the classifier trained on them).
`scripts/train_event_classifier.py --no-test --calibrate` fits it with this script's data and fit on
out-of-fold probabilities instead.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np

from eventwire.evaluate.events import plover05_type
from eventwire.evaluate.gold import in_split, read_cameo_codebook, read_plover_gsr
from eventwire.events.confidence import FACTORS
from eventwire.ingest import RawArticle
from eventwire.model import Article, Event
from eventwire.pipeline import Pipeline

OUT = Path(__file__).resolve().parent.parent / "src" / "eventwire" / "data" / "events" / "calibration.json"


def collect(shared: Path) -> tuple[np.ndarray, np.ndarray]:
    """One row of factors per coded event; label 1 when the event's type is the sentence's gold type."""
    gsr = [g for g in read_plover_gsr(shared / "plover-gsr" / "PLOVER_GSR_CAMEO.txt") if in_split(g.text, "dev")]
    codebook = [g for g in read_cameo_codebook(shared / "cameo-codebook" / "cameo-codes.csv") if in_split(g.text, "dev")]
    right: dict[str, callable] = {
        "gsr": lambda e, gold: plover05_type(e) == gold,
        "codebook": lambda e, gold: (e.cameo or "")[:2] == gold[:2],
    }
    pipeline = Pipeline()
    rows, labels = [], []
    for name, gold in (("gsr", gsr), ("codebook", codebook)):
        for g, article in zip(gold, pipeline.run(RawArticle(source=name, text=g.text) for g in gold), strict=True):
            if not isinstance(article, Article):
                continue
            for e in article.events:
                rows.append([e.confidence_factors[k] for k in FACTORS])
                labels.append(float(right[name](e, g.label)))
    return np.array(rows), np.array(labels)


def fit(x: np.ndarray, y: np.ndarray, l2: float = 0.01, steps: int = 5000, lr: float = 0.5) -> tuple[np.ndarray, float]:
    """Plain L2-regularised logistic regression by gradient descent (deterministic)."""
    w, b = np.zeros(x.shape[1]), 0.0
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(x @ w + b)))
        w -= lr * (x.T @ (p - y) / len(y) + l2 * w)
        b -= lr * float(np.mean(p - y))
    return w, b


def reliability(p: np.ndarray, y: np.ndarray) -> list[dict[str, float]]:
    table = []
    for lo, hi in ((0, 0.25), (0.25, 0.5), (0.5, 0.75), (0.75, 1.01)):
        m = (p >= lo) & (p < hi)
        table.append({"from": lo, "to": min(hi, 1.0), "events": int(m.sum()), "right": round(float(y[m].mean()), 3) if m.any() else None})
    return table


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=Path("../shared/data"))
    args = parser.parse_args()
    x, y = collect(args.shared)
    w, b = fit(x, y)
    p = 1 / (1 + np.exp(-(x @ w + b)))
    result = {
        "note": "fitted by scripts/calibrate_confidence.py on the dev halves of PLOVER GSR and the CAMEO codebook examples",
        "bias": round(b, 4),
        "weights": {k: round(float(v), 4) for k, v in zip(FACTORS, w)},
        "fitted_on_events": int(len(y)),
        "dev_share_right": round(float(y.mean()), 3),
        "dev_reliability": reliability(p, y),
    }
    OUT.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
