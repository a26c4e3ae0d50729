"""Where the rule coder misses the event a news lead is about: error analysis on NGEC's
synthetic PLOVER stories (../shared/data/ngec-synthetic, MIT), a third source of labelled
text besides the PLOVER GSR and the CAMEO codebook, so lexicon work need not look at
their test halves.

    PYTHONPATH=src .venv/bin/python scripts/ngec_errors.py [--per-label 40] [--lead 2]

Each story's title and first `--lead` sentences are coded (the story's label is the event
its lead reports). Printed per PLOVER label: how often an event of that type is coded at
all ("found"), how often it is the most confident event ("top"), what was coded instead,
and the commonest verb/noun lemmas of the missed leads that no trigger took: candidates
for the trigger lexicon, to be checked by reading the sentences (--show N prints some).
Nothing from the data is written anywhere.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from train_event_classifier import read_synthetic  # noqa: E402


def sample_leads(data: Path, lead: int, per_label: int, seed: int) -> list[tuple[str, str]]:
    """(title + `lead` sentences, label) for `per_label` stories of each label, drawn with `seed`: the
    fixed samples both this script and bench/headline_events.py read."""
    by_label: dict[str, list[str]] = defaultdict(list)
    for text, label in read_synthetic(data / "ngec-synthetic" / "plover-synthetic-stories.csv", "lead", lead):
        by_label[label].append(text)
    rng = random.Random(seed)
    return [(t, label) for label in sorted(by_label) for t in rng.sample(by_label[label], min(per_label, len(by_label[label])))]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--per-label", type=int, default=40, help="stories per PLOVER label (drawn with a fixed seed)")
    ap.add_argument("--lead", type=int, default=2)
    ap.add_argument("--show", type=int, default=0, help="print this many missed leads per label")
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args(argv)

    from eventwire.pipeline import Pipeline

    sample = sample_leads(args.data, args.lead, args.per_label, args.seed)

    pipeline = Pipeline()
    t0 = time.perf_counter()
    found, top, n = Counter(), Counter(), Counter()
    instead: dict[str, Counter] = defaultdict(Counter)
    missed_lemmas: dict[str, Counter] = defaultdict(Counter)
    missed_texts: dict[str, list[str]] = defaultdict(list)
    nlp = pipeline.nlp
    for text, label in sample:
        article = pipeline.code_text(text)
        n[label] += 1
        types = [e.type for e in article.events]
        if label in types:
            found[label] += 1
        best = max(article.events, key=lambda e: e.confidence, default=None)
        if best is not None and best.type == label:
            top[label] += 1
        elif label not in types:
            instead[label][best.type if best else "(none)"] += 1
            triggers = {(e.trigger.start, e.trigger.end) for e in article.events}
            if nlp is not None:
                for tok in nlp(text):
                    if tok.pos_ in ("VERB", "NOUN") and not any(s <= tok.idx < e for s, e in triggers):
                        missed_lemmas[label][tok.lemma_.lower()] += 1
            missed_texts[label].append(text)
    total = sum(n.values())
    print(f"{total} leads coded in {time.perf_counter() - t0:.0f} s ({args.per_label} per label, lead {args.lead})")
    print(f"{'label':10} {'n':>4} {'found':>6} {'top':>6}  coded instead (when not found)")
    for label in sorted(n):
        alt = ", ".join(f"{k} {v}" for k, v in instead[label].most_common(4))
        print(f"{label:10} {n[label]:4d} {found[label] / n[label]:6.2f} {top[label] / n[label]:6.2f}  {alt}")
    print(f"{'all':10} {total:4d} {sum(found.values()) / total:6.3f} {sum(top.values()) / total:6.3f}")  # 3 places: one lead of 400 is 0.0025
    print("\ncommonest verb/noun lemmas in missed leads that no trigger took (candidates, check by reading):")
    for label in sorted(missed_lemmas):
        print(f"  {label}: " + ", ".join(f"{w} {c}" for w, c in missed_lemmas[label].most_common(15)))
    if args.show:
        for label in sorted(missed_texts):
            print(f"\n== {label} missed ==")
            for t in missed_texts[label][: args.show]:
                print("  -", t[:300])
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
