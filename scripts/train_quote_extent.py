"""Train the ranker that chooses where a reported clause ends (eventwire.quotes.extent) on PolNeAR train.

    .venv/bin/python scripts/train_quote_extent.py ../shared/data/polnear/train --cache /tmp/polnear_train.pkl \
        [--half A|B] [--out src/eventwire/data/quotes/extent.json]

For every report the rules find whose cue overlaps a gold cue and whose content overlaps that
attribution's content, the candidate ends that would match the gold content (the evaluator's rule:
overlap at least half the longer span) are the targets; reports where all or none do are skipped.
A conditional log-linear model (softmax over a report's candidates, maximising the probability of
the matching ones, L2-regularised, full-batch AdaGrad with a fixed number of steps: deterministic)
is fitted; weights are written as a feature -> weight table (about 2,300 weights, ~55 kB).
`--half A` trains on half A of the split only, so that half B scores a model it has not seen.
The shipped model: `--l2 3 --steps 300 --lr 0.1` (the defaults) on all of PolNeAR train.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from quote_errors import in_half, load_documents  # noqa: E402

from eventwire.evaluate.quotes import _length, _overlap  # noqa: E402
from eventwire.quotes.context import Context  # noqa: E402
from eventwire.quotes.extent import before_next_cue, candidates, eligible, report_cues  # noqa: E402
from eventwire.quotes.extractor import raw_drafts  # noqa: E402
from eventwire.quotes.lexicon import lexicon  # noqa: E402

def _matches(g, start: int, end: int) -> bool:
    """The evaluator's rule: the overlap is at least half the longer span."""
    f = ((start, end),)
    ov = _overlap(g.content, f)
    return ov > 0 and ov >= 0.5 * max(_length(g.content), end - start)


def instances(docs, documents):
    """(candidate feature lists, indices of the candidates that would match the gold content) per
    report that has a gold attribution with the same cue, when some but not all candidates match."""
    lex = lexicon()
    out = []
    for gold, document in zip(docs, documents):
        ctx = Context(document)
        drafts = raw_drafts(ctx, lex)
        cues = report_cues(drafts)
        for d in drafts:
            cands = before_next_cue(candidates(ctx, d), d, cues) if eligible(d) else []
            spans = [(d.content.start, e) for e, _ in cands]
            if len(cands) < 2:
                continue
            reach = ((min(a for a, _ in spans), max(b for _, b in spans)),)
            cue = ((d.cue.start, d.cue.end),)
            golds = [g for g in gold.attributions if g.cue and _overlap(g.cue, cue) and _overlap(g.content, reach)]
            if not golds:
                continue
            g = max(golds, key=lambda g: _overlap(g.content, reach))
            pos = [j for j, (a, b) in enumerate(spans) if _matches(g, a, b)]
            if 0 < len(pos) < len(cands):
                out.append(([f for _, f in cands], pos))
    return out


def fit(data, l2: float, steps: int, lr: float):
    """Maximise the log of the probability mass on matching candidates (AdaGrad, fixed steps)."""
    names = sorted({x for feats, _ in data for f in feats for x in f})
    index = {n: j for j, n in enumerate(names)}
    rows, cols, group, target = [], [], [], []
    r = 0
    for gi, (feats, pos) in enumerate(data):
        good = set(pos)
        for j, f in enumerate(feats):
            for x in f:
                rows.append(r)
                cols.append(index[x])
            group.append(gi)
            target.append(1.0 if j in good else 0.0)
            r += 1
    rows_a, cols_a = np.array(rows), np.array(cols)
    group_a, y = np.array(group), np.array(target)
    w = np.zeros(len(names))
    g2 = np.zeros(len(names))
    for _ in range(steps):
        s = np.bincount(rows_a, weights=w[cols_a], minlength=r)
        smax = np.full(len(data), -np.inf)
        np.maximum.at(smax, group_a, s)
        e = np.exp(s - smax[group_a])
        z = np.bincount(group_a, weights=e, minlength=len(data))
        p = e / z[group_a]
        zpos = np.bincount(group_a, weights=p * y, minlength=len(data))
        q = p * y / zpos[group_a]
        grad = np.bincount(cols_a, weights=(p - q)[rows_a], minlength=len(names)) + l2 * w
        g2 += grad * grad
        w -= lr * grad / (np.sqrt(g2) + 1e-8)  # AdaGrad
    loss = -np.sum(np.log(zpos + 1e-12)) / len(data)
    return {n: round(float(v), 4) for n, v in zip(names, w) if abs(v) >= 1e-4}, loss


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("split", type=Path)
    ap.add_argument("--cache", type=Path)
    ap.add_argument("--half", choices=["A", "B"])
    ap.add_argument("--l2", type=float, default=3.0)
    ap.add_argument("--steps", type=int, default=300)
    ap.add_argument("--lr", type=float, default=0.1)
    ap.add_argument("--out", type=Path, default=Path(__file__).resolve().parent.parent / "src/eventwire/data/quotes/extent.json")
    args = ap.parse_args()
    docs, documents = load_documents(args.split, args.cache, None)
    if args.half:
        kept = [(g, d) for g, d in zip(docs, documents) if in_half(g.name, args.half)]
        docs, documents = [g for g, _ in kept], [d for _, d in kept]
    data = instances(docs, documents)
    rule_right = sum(1 for feats, pos in data if any("rule" in feats[k] for k in pos))
    weights, loss = fit(data, args.l2, args.steps, args.lr)
    print(f"{len(data)} reports, {sum(len(f) for f, _ in data)} candidates; the rule's end matches in {rule_right}; "
          f"{len(weights)} weights, loss {loss:.3f}")
    meta = {"trained_on": f"PolNeAR {args.split.name}" + (f" half {args.half}" if args.half else ""), "reports": len(data),
            "l2": args.l2, "steps": args.steps, "lr": args.lr}
    args.out.write_text(json.dumps({"about": meta, "weights": dict(sorted(weights.items()))}, indent=0, ensure_ascii=False) + "\n", "utf-8")
    print(f"wrote {args.out}")


if __name__ == "__main__":
    main()
