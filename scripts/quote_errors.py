"""Error analysis for the quotes stage on a PolNeAR split (use train, not dev, for looking at errors).

    .venv/bin/python scripts/quote_errors.py ../shared/data/polnear/train --cache /tmp/polnear_train.pkl \
        [--limit N] [--half A|B] [--show missed|spurious|short|long|source|none] [--sample 40] [--seed 1] [--cues]

The parse and the actors stage are run once and cached (pickled Documents); each later run only re-runs
the quotes stage, so rule changes can be measured on the whole training split in seconds. It prints the
same scores as `eventwire eval quotes` (same reader, same matcher) and then groups the errors:

- missed: a gold content no prediction overlaps at all;
- short / long: a prediction overlaps the gold content but by less than 50% of the longer span
  (our span is too short, or too long);
- spurious: a prediction that overlaps no gold content;
- source: a matched content whose speaker does not overlap the gold source.

`--half A|B` keeps the articles whose name's md5 is even (A) or odd (B): read examples on half A
only, and keep a rule change only if half B's score does not fall (a guard against fitting the
examples one has read).
`--derive-frames FILE` writes the frame table the indirect rules read (data/quotes/frames.tsv).
`--cues` counts the gold cue words of missed attributions (lower-cased, first word lemmatised by
the parse), which is where cue lexicon entries come from.
`--by-cue` counts, for each cue of our predictions (lower-cased words), how many were matched: a cue
whose predictions are right less often than about half the F1 lowers the F1. This is an analysis tool, not a test.
"""

from __future__ import annotations

import argparse
import hashlib
import pickle
import random
import sys
import time
from collections import Counter
from pathlib import Path

from eventwire.evaluate.quotes import (KINDS, Counts, GoldAttribution, Predicted, _length, _overlap, _prf, match_contents,
                                       predictions, read_polnear, score_document)


def load_documents(split: Path, cache: Path | None, limit: int | None):
    if cache is not None and cache.exists():
        with cache.open("rb") as f:
            docs, documents = pickle.load(f)
        if limit is None or len(docs) >= limit:
            return docs[:limit] if limit else docs, documents[:limit] if limit else documents
    from eventwire.actors import ActorResolver
    from eventwire.document import Document
    from eventwire.model import Article
    from eventwire.nlp import load, parse
    from eventwire.places import PlaceResolver

    docs = read_polnear(split, limit)
    nlp = load()
    stages = [PlaceResolver(), ActorResolver()]
    documents = []
    t = time.perf_counter()
    for gold, doc in zip(docs, parse(nlp, (d.text for d in docs), batch_size=32)):
        document = Document(Article(id=gold.name, text=gold.text), doc)
        for stage in stages:
            document = stage(document)
        documents.append(document)
    print(f"parsed {len(docs)} documents in {time.perf_counter() - t:.0f}s", file=sys.stderr)
    if cache is not None:
        with cache.open("wb") as f:
            pickle.dump((docs, documents), f, protocol=pickle.HIGHEST_PROTOCOL)
    return docs, documents


def in_half(name: str, half: str) -> bool:
    """Half A: articles whose name's md5 is even; half B: odd (stable across runs and machines)."""
    return (int(hashlib.md5(name.encode("utf-8")).hexdigest(), 16) % 2 == 0) == (half.upper() == "A")


def pairs_of(gold: list[GoldAttribution], pred: list[Predicted]) -> dict[int, int]:
    """gold index -> pred index, exactly as score_document matches them."""
    return match_contents(gold, pred)


def _t(text: str, f, n: int = 300) -> str:
    if not f:
        return "-"
    s = " | ".join(text[a:b] for a, b in f).replace("\n", " ")
    return s if len(s) <= n else s[: n - 1] + "…"


def _context(text: str, f, pad: int = 120) -> str:
    a, b = f[0][0], f[-1][1]
    lo, hi = max(0, a - pad), min(len(text), b + pad)
    return (text[lo:a] + "[[" + text[a:b] + "]]" + text[b:hi]).replace("\n", " ¶ ")


def derive_frames(docs, documents, out: Path, min_cases: int = 3, min_hits: int = 2) -> None:
    """Count, for every predicate + frame pair (eventwire.quotes.indirect.frame_children) outside
    quotation marks, how often its complement matches a gold content (the evaluator's 50% rule)."""
    from collections import defaultdict

    from eventwire.quotes.context import Context
    from eventwire.quotes.indirect import FRAME_POS, _clip, frame_children, frame_key, frame_span

    stats: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for gold, document in zip(docs, documents):
        ctx = Context(document)
        golds = [g.content for g in gold.attributions]
        for tok in document.doc:
            if tok.pos_ not in FRAME_POS or ctx.quoted(tok):
                continue
            for frame, c in frame_children(tok):
                first, last = frame_span(tok, frame, c)
                content = _clip(ctx, tok, first.idx, last.idx)
                if content is None:
                    continue
                f = ((content.start, content.end),)
                s = stats[frame_key(tok, frame)]
                s[0] += 1
                s[1] += any(_overlap(g, f) >= 0.5 * max(_length(g), _length(f)) for g in golds)
    rows = sorted(((k, n, h) for k, (n, h) in stats.items() if n >= min_cases and h >= min_hits), key=lambda r: (-r[2] / r[1], r[0]))
    with out.open("w", encoding="utf-8") as f:
        f.write("# predicate + complement frames counted on PolNeAR train by scripts/quote_errors.py --derive-frames:\n"
                "# cases outside quotation marks, and how many of them were annotated attributions (content overlap >= 50%).\n"
                "lemma\tpos\tframe\tcases\tattributions\n")
        for k, n, h in rows:
            f.write("\t".join(k.split(" ")) + f"\t{n}\t{h}\n")
    print(f"wrote {len(rows)} frames to {out}")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("split", type=Path)
    ap.add_argument("--cache", type=Path)
    ap.add_argument("--limit", type=int)
    ap.add_argument("--show", default="none")
    ap.add_argument("--kind", default="all", choices=KINDS)
    ap.add_argument("--sample", type=int, default=30)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--cues", action="store_true")
    ap.add_argument("--by-cue", action="store_true", help="precision of our predictions per cue word")
    ap.add_argument("--half", choices=["A", "B", "a", "b"], help="only the articles of this half of the split (md5 of the name even/odd)")
    ap.add_argument("--derive-frames", type=Path, help="write the frame table (data/quotes/frames.tsv) from this split")
    args = ap.parse_args()

    from eventwire.quotes import QuoteExtractor

    docs, documents = load_documents(args.split, args.cache, args.limit)
    if args.half:
        kept = [(g, d) for g, d in zip(docs, documents) if in_half(g.name, args.half)]
        docs, documents = [g for g, _ in kept], [d for _, d in kept]
    if args.derive_frames is not None:
        derive_frames(docs, documents, args.derive_frames)
        return
    extractor = QuoteExtractor()
    counts = Counts()
    errors: dict[str, list[str]] = {k: [] for k in ("missed", "short", "long", "spurious", "source")}
    missed_cues: Counter[str] = Counter()
    cue_pred: Counter[str] = Counter()
    cue_right: Counter[str] = Counter()
    t = time.perf_counter()
    for gold, document in zip(docs, documents):
        document.trace = []
        document.article.quotes = []
        extractor(document)
        pred = predictions(document.article.quotes)
        score_document(gold.attributions, pred, counts)
        text = gold.text
        matched = pairs_of(gold.attributions, pred)
        used_p = set(matched.values())
        for gi, g in enumerate(gold.attributions):
            if args.kind != "all" and g.kind != args.kind:
                continue
            cue = _t(text, g.cue) if g.cue else "-"
            head = f"{gold.name} [{g.kind}] cue={cue!r} source={_t(text, g.source)!r}"
            if gi in matched:
                p = pred[matched[gi]]
                if g.source is not None and not (p.speaker and _overlap(p.speaker, g.source) > 0):
                    errors["source"].append(f"{head}\n   ours: {_t(text, p.speaker)!r} cue={_t(text, p.cue)!r}\n   {_context(text, g.content, 60)}")
                continue
            best = max(pred, key=lambda p: _overlap(g.content, p.content), default=None)
            if best is None or _overlap(g.content, best.content) == 0:
                errors["missed"].append(f"{head}\n   {_context(text, g.content)}")
                missed_cues[cue.lower()] += 1
            else:
                kind = "short" if _length(best.content) < _length(g.content) else "long"
                errors[kind].append(f"{head}\n   gold: {_t(text, g.content)}\n   ours: {_t(text, best.content)} (cue {_t(text, best.cue)!r})")
        for pi, p in enumerate(pred):
            if args.kind == "all" or p.kind == args.kind:
                cue_pred[_t(text, p.cue).lower()] += 1
                cue_right[_t(text, p.cue).lower()] += pi in used_p
            if pi in used_p or (args.kind != "all" and p.kind != args.kind):
                continue
            if not any(_overlap(g.content, p.content) for g in gold.attributions):
                errors["spurious"].append(f"{gold.name} [{p.kind}] cue={_t(text, p.cue)!r} speaker={_t(text, p.speaker)!r}\n   {_context(text, p.content)}")
    print(f"quotes stage {time.perf_counter() - t:.1f}s over {len(docs)} documents")
    for kind in KINDS:
        p, r, f = _prf(counts.pred_right[kind], counts.pred[kind], counts.gold_found[kind], counts.gold[kind])
        cp, cr, cf = _prf(counts.cue_pred_right[kind], counts.cue_pred[kind], counts.cue_gold_found[kind], counts.cue_gold[kind])
        n = counts.source_n[kind]
        print(f"{kind:9s} gold {counts.gold[kind]:5d} pred {counts.pred[kind]:5d}  P {p:.3f} R {r:.3f} F1 {f:.3f}  "
              f"source {counts.source_ok[kind] / n if n else 0:.3f}/{n}  cue P {cp:.3f} R {cr:.3f} F1 {cf:.3f}")
    print("errors (" + args.kind + "): " + ", ".join(f"{k} {len(v)}" for k, v in errors.items()))
    if args.cues:
        print("most common cues of missed gold attributions:")
        for cue, n in missed_cues.most_common(80):
            print(f"  {n:4d} {cue}")
    if args.by_cue:
        print("cues of our predictions: predicted, right, precision (cues seen at least 5 times, most predicted first)")
        for cue, n in (x for x in cue_pred.most_common() if x[1] >= 5):
            print(f"  {n:4d} {cue_right[cue]:4d} {cue_right[cue] / n:.2f} {cue}")
    if args.show in errors:
        items = errors[args.show]
        random.Random(args.seed).shuffle(items)
        for line in items[: args.sample]:
            print(line)
            print()


if __name__ == "__main__":
    main()
