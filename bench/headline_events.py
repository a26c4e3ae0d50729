"""What the coder gets out of news titles: on NGEC's synthetic stories (title + lead, as
scripts/ngec_errors.py codes them), how many titles yield an event inside the title, one
with an actor, one with an actor and a target, and one of the story's labelled type.

Usage: python bench/headline_events.py [--data ../shared/data] [--per-label 25] [--seed 13]
Nothing from the data is written anywhere.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "scripts"))

from ngec_errors import sample_leads  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--per-label", type=int, default=25)
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args()

    from eventwire.events.lexicon import is_title_case
    from eventwire.pipeline import Pipeline

    sample = sample_leads(args.data, 2, args.per_label, args.seed)

    pipeline = Pipeline()
    counts: dict[str, Counter] = {"Title Case": Counter(), "other": Counter()}
    for text, label in sample:
        title_end = text.index(". ") if ". " in text else len(text)
        kind = "Title Case" if is_title_case(pipeline.nlp.make_doc(text[:title_end])[:]) else "other"
        article = pipeline.code_text(text)
        inside = [e for e in article.events if e.trigger.start < title_end]
        c = counts[kind]
        c["titles"] += 1
        c["event"] += bool(inside)
        c["actor"] += any(e.actor for e in inside)
        c["actor+target"] += any(e.actor and e.target for e in inside)
        c["labelled type"] += any(e.type == label for e in inside)
    print(f"{'titles':12} {'n':>5} {'event':>7} {'actor':>7} {'act+tgt':>8} {'label':>7}")
    for kind, c in counts.items():
        n = c["titles"] or 1
        print(f"{kind:12} {c['titles']:5d} {c['event'] / n:7.2f} {c['actor'] / n:7.2f} {c['actor+target'] / n:8.2f} {c['labelled type'] / n:7.2f}")


if __name__ == "__main__":
    main()
