"""Error analysis of source/target roles on the DEV half of the ConfliBERT roles CoNLL file.

For every sentence: the gold source (S) and target (T) spans, the top event's actor and target
spans, the token-level errors, and the event's `rule` (where each field came from). A summary
at the end counts the error kinds (missed, spurious, too long, too short, wrong phrase) and the
target rules that produced false positives. Never reads the test half.

Usage: PYTHONPATH=src python scripts/role_errors.py [--shared ../shared/data] [--role T]
       [--only miss|spurious|wrong|long|short|ok] [--limit N] [--quiet] [--half A|B|all]
"""

from __future__ import annotations

import argparse
import hashlib
import re
from collections import Counter
from pathlib import Path

from eventwire.evaluate.events import pipeline_predictor, span_tokens, top_event
from eventwire.evaluate.gold import in_split, read_conll_roles


def spans(tags: list[str], role: str) -> list[tuple[int, int]]:
    out, start = [], None
    for i, t in enumerate([*tags, "O"]):
        if t == f"B-{role}" or (t == f"I-{role}" and start is None):
            if start is not None:
                out.append((start, i))
            start = i
        elif t != f"I-{role}" and start is not None:
            out.append((start, i))
            start = None
    return out


def half_of(sentence_id: str) -> str:
    """'A' or 'B': a fixed halving of the dev half by the MD5 of the sentence id (its start line).
    Errors are read on A only; B checks that a change generalises."""
    return "A" if int(hashlib.md5(sentence_id.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "B"


def f1(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return p, r, 2 * p * r / (p + r) if p + r else 0.0


def kind(gold: set[int], pred: set[int]) -> str:
    if not gold and not pred:
        return "none"
    if not pred:
        return "miss"
    if not gold:
        return "spurious"
    if gold == pred:
        return "ok"
    if gold < pred:
        return "long"
    if pred < gold:
        return "short"
    if gold & pred:
        return "overlap"
    return "wrong"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shared", type=Path, default=Path("../shared/data"))
    parser.add_argument("--role", default="T", choices=["S", "T"])
    parser.add_argument("--only", default=None)
    parser.add_argument("--limit", type=int, default=None)
    parser.add_argument("--quiet", action="store_true", help="summary only")
    parser.add_argument("--half", default="A", choices=["A", "B", "all"],
                        help="which half of dev to list errors for (default A; B is only scored, never read)")
    args = parser.parse_args()

    sents = [s for s in read_conll_roles(args.shared / "conflibert-cameo" / "roles-train.conll") if in_split(s.split_key, "dev")]
    sents = sents[: args.limit]
    events, texts, _ = pipeline_predictor()([s.text for s in sents])
    attr = "actor" if args.role == "S" else "target"
    kinds: Counter = Counter()
    lost: Counter = Counter()  # (kind, 'fp'|'fn') -> tokens
    rule_fp: Counter = Counter()
    rule_tp: Counter = Counter()
    tp = fp = fn = 0
    counts: Counter = Counter()  # (half, role, 'tp'|'fp'|'fn') -> tokens
    for s, evs, text in zip(sents, events, texts, strict=True):
        top = top_event(evs)
        for role, field in (("S", "actor"), ("T", "target")):
            sp = getattr(top, field) if top else None
            if sp is not None and sp.antecedent is not None:
                sp = sp.antecedent
            pr, gd = span_tokens(sp, s, text), s.role_tokens(role)
            for h in (half_of(s.id), "dev"):
                counts[(h, role, "tp")] += len(gd & pr)
                counts[(h, role, "fp")] += len(pr - gd)
                counts[(h, role, "fn")] += len(gd - pr)
        if args.half != "all" and half_of(s.id) != args.half:
            continue
        top = top_event(evs)
        span = getattr(top, attr) if top else None
        if span is not None and span.antecedent is not None:
            span = span.antecedent
        pred = span_tokens(span, s, text)
        gold = s.role_tokens(args.role)
        k = kind(gold, pred)
        kinds[k] += 1
        lost[(k, "fp")] += len(pred - gold)
        lost[(k, "fn")] += len(gold - pred)
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
        rule = ""
        if top is not None:
            m = re.search(rf"{'target' if args.role == 'T' else 'actor'}: ([^;]*)", top.rule)
            rule = m.group(1) if m else ""
            how = re.sub(r"'[^']*'", "'…'", rule)
            if pred:
                rule_fp[how] += len(pred - gold)
                rule_tp[how] += len(pred & gold)
        if args.quiet or (args.only and k != args.only) or k in {"none"}:
            continue
        gold_txt = " | ".join(" ".join(s.tokens[a:b]) for a, b in spans(s.tags, args.role))
        other = "S" if args.role == "T" else "T"
        other_txt = " | ".join(" ".join(s.tokens[a:b]) for a, b in spans(s.tags, other))
        print(f"[{k}] {s.text}")
        print(f"    gold {args.role}: {gold_txt or '-'}    (gold {other}: {other_txt or '-'})")
        if top is not None:
            print(f"    pred: {span.text if span else '-'}    event {top.type} '{top.trigger.text}' "
                  f"actor={top.actor.text if top.actor else '-'}  ({len(evs)} events)")
            print(f"    rule: {rule}")
        print()
    p, r, f = f1(tp, fp, fn)
    print(f"{args.role} (half {args.half}): P {p:.3f} R {r:.3f} F1 {f:.3f}   kinds: {dict(kinds.most_common())}")
    print("tokens lost by kind:", ", ".join(f"{k} fp {lost[(k, 'fp')]} fn {lost[(k, 'fn')]}" for k, _ in kinds.most_common()))
    for role in ("S", "T"):
        print(f"{role} F1  " + "  ".join(
            f"{h}: {f1(counts[(h, role, 'tp')], counts[(h, role, 'fp')], counts[(h, role, 'fn')])[2]:.3f}" for h in ("A", "B", "dev")))
    print("false-positive tokens by rule:")
    for how, n in rule_fp.most_common(25):
        print(f"  {n:5d} fp {rule_tp[how]:5d} tp  {how}")


if __name__ == "__main__":
    main()
