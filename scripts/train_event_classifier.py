"""Train the PLOVER event-type classifier shipped in src/eventwire/data/events/type_model/.

    cd /work/main && PYTHONPATH=src .venv/bin/python scripts/train_event_classifier.py [--calibrate]

Training data (read from ../shared/data, never copied into the repo):

* ngec-synthetic/plover-synthetic-stories.csv: 4,500 synthetic stories with a PLOVER
  label (MIT). Document labels: we use the title plus the lead sentences (where the
  labelled event is reported; see --synthetic), placeholders like {country_1} replaced.
* ngec-synthetic/plover-codebook.csv: PLOVER event and mode definitions.
* cameo-codebook/cameo-codes.csv: name + description of every CAMEO code that has a
  PLOVER type (label definitions), and the example sentences of the **dev** split only.
* plover-gsr/PLOVER_GSR_CAMEO.txt: the **dev** split only (`in_split(text, 'dev')`).

Every training text that is a near duplicate of a test-split sentence of either held-out
set (token Jaccard >= 0.5, or >= 0.8 of a test sentence's tokens contained in it) is
dropped: the GSR and the codebook share sentences of the CAMEO manual.

Model: weighted multinomial logistic regression (L2) over stemmed unigrams and pairs
(`eventwire.events.classifier.features`), fitted with scipy's L-BFGS; the temperature of
the softmax is fitted on out-of-fold predictions of a 2-fold split of the dev sentences.
Prints held-out (test split) top-1/top-2 accuracy and a reliability table for both sets.
With --calibrate the dev halves are then coded by the full pipeline with each sentence scored by the
fold model that did not train on it, and data/events/calibration.json (the confidence model, which is
also the rules/classifier blend that ranks a sentence's events) is refitted on those out-of-fold factors:
fitted on the shipped model's in-sample probabilities, the blend let the classifier override the rules
far more than it earns on unseen text (dev 0.86 with in-sample probabilities, 0.78 out of fold).
Deterministic: no randomness beyond the fixed hash folds (--seed only orders ties).
Needs scipy (training only: `pip install scipy`); the shipped model needs numpy alone.
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import json
import re
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

import numpy as np
from scipy import sparse
from scipy.optimize import minimize

from eventwire.evaluate.gold import in_split, read_cameo_codebook, read_plover_gsr
from eventwire.events.classifier import (
    PLOVER_TYPES, TypeClassifier, features, model_dir, softmax, tokens,
)
from eventwire.ontology import get_ontology

LABEL_INDEX = {t: i for i, t in enumerate(PLOVER_TYPES)}
BUCKETS = ((0.0, 0.25), (0.25, 0.5), (0.5, 0.75), (0.75, 0.9), (0.9, 1.0001))


# --------------------------------------------------------------------------- data

class Item:
    __slots__ = ("text", "label", "weight", "source")

    def __init__(self, text: str, label: str, weight: float, source: str) -> None:
        self.text, self.label, self.weight, self.source = text, label, weight, source


_SENT = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"“'(]?[A-Z0-9])")
_PLACEHOLDER = re.compile(r"\{([a-z]+)_?\d*\}")


def sentences(text: str) -> list[str]:
    out: list[str] = []
    for para in re.split(r"\n\s*\n|\n", text):
        para = para.strip()
        if para:
            out += [s.strip() for s in _SENT.split(para) if s.strip()]
    return out


def read_synthetic(path: Path, how: str, lead: int) -> list[tuple[str, str]]:
    csv.field_size_limit(10**9)
    out: list[tuple[str, str]] = []
    with open(path, encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            label = row["label"].strip().upper()
            if label not in LABEL_INDEX:
                continue
            title = _PLACEHOLDER.sub(lambda m: m.group(1).capitalize(), row.get("title") or "").strip()
            sents = sentences(row["text"])
            if how == "doc":
                out.append((title + ". " + " ".join(sents), label))
            elif how == "lead":
                out.append((title + ". " + " ".join(sents[:lead]), label))
            elif how == "lead-split":  # title and each lead sentence as separate examples
                out += [(s, label) for s in [title, *sents[:lead]] if s]
            else:
                raise ValueError(how)
    return out


def read_definitions(data: Path) -> list[tuple[str, str]]:
    """(text, PLOVER type) from the CAMEO code names/descriptions and PLOVER definitions."""
    onto = get_ontology()
    out: list[tuple[str, str]] = []
    with open(data / "cameo-codebook/cameo-codes.csv", encoding="utf-8", errors="replace", newline="") as fh:
        for row in csv.DictReader(fh):
            code = (row.get("code") or "").strip()
            if not code.isdigit():
                continue
            ptype, _ = onto.plover_for_cameo(code)
            if ptype not in LABEL_INDEX:
                continue
            desc = (row.get("description") or "").strip()
            text = row["name"].strip() + ("" if desc in ("", "NA") else ". " + desc)
            out.append((text, ptype))
    with open(data / "ngec-synthetic/plover-codebook.csv", encoding="utf-8", newline="") as fh:
        seen: set[str] = set()
        for row in csv.DictReader(fh):
            label = (row.get("event") or "").strip().upper()
            if label not in LABEL_INDEX:
                continue
            for key in ("event_def", "mode_def"):
                text = (row.get(key) or "").strip()
                if text and text not in seen:
                    seen.add(text)
                    out.append((text, label))
    return out


def gold_sets(data: Path) -> dict[str, list[tuple[str, str]]]:
    """{'gsr': [(text, type)], 'codebook': [(text, type)]} for every sentence (both splits);
    codebook codes with no PLOVER type (plain statements) are left out."""
    onto = get_ontology()
    gsr = [(g.text, g.label) for g in read_plover_gsr(data / "plover-gsr/PLOVER_GSR_CAMEO.txt") if g.label in LABEL_INDEX]
    cb = []
    for g in read_cameo_codebook(data / "cameo-codebook/cameo-codes.csv"):
        ptype, _ = onto.plover_for_cameo(g.label)
        if ptype in LABEL_INDEX:
            cb.append((g.text, ptype))
    return {"gsr": gsr, "codebook": cb}


class NearDup:
    """Flags texts that are (near) copies of any held-out sentence."""

    def __init__(self, texts: list[str]) -> None:
        self.sets = [frozenset(tokens(t)) for t in texts]
        self.by_tok: dict[str, list[int]] = defaultdict(list)
        for i, s in enumerate(self.sets):
            for t in s:
                self.by_tok[t].append(i)

    def hit(self, text: str) -> bool:
        s = frozenset(tokens(text))
        if not s:
            return False
        shared: Counter = Counter()
        for t in s:
            for i in self.by_tok.get(t, ()):
                shared[i] += 1
        for i, k in shared.items():
            other = self.sets[i]
            if k / len(s | other) >= 0.5 or k / len(other) >= 0.8:
                return True
        return False


# --------------------------------------------------------------------------- model

def build_vocab(items: list[Item], min_df: int) -> list[str]:
    df: Counter = Counter()
    keep_all: set[str] = set()
    for it in items:
        fs = set(features(it.text))
        df.update(fs)
        if it.source != "synthetic":
            keep_all |= {f for f in fs if f.startswith("u:")}  # short labelled texts: keep their words
    return sorted(f for f, c in df.items() if c >= min_df or f in keep_all)


def matrix(texts: list[str], index: dict[str, int]) -> sparse.csr_matrix:
    from eventwire.events.classifier import vectorize
    rows, cols, vals = [], [], []
    for i, t in enumerate(texts):
        c, v = vectorize(features(t), index)
        rows.append(np.full(len(c), i))
        cols.append(c)
        vals.append(v)
    return sparse.csr_matrix(
        (np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))),
        shape=(len(texts), len(index)), dtype=np.float64,
    )


def fit(X: sparse.csr_matrix, y: np.ndarray, w: np.ndarray, l2: float, maxiter: int) -> tuple[np.ndarray, np.ndarray]:
    n, d = X.shape
    k = len(PLOVER_TYPES)
    Y = np.zeros((n, k))
    Y[np.arange(n), y] = 1.0
    wsum = w.sum()

    def loss(theta: np.ndarray) -> tuple[float, np.ndarray]:
        W = theta[: d * k].reshape(d, k)
        b = theta[d * k:]
        Z = X @ W + b
        Z -= Z.max(axis=1, keepdims=True)
        logp = Z - np.log(np.exp(Z).sum(axis=1, keepdims=True))
        nll = -(w * logp[np.arange(n), y]).sum() / wsum
        G = (np.exp(logp) - Y) * (w / wsum)[:, None]
        gW = X.T @ G + l2 * W
        gb = G.sum(axis=0)
        return nll + 0.5 * l2 * (W * W).sum(), np.concatenate([gW.ravel(), gb])

    res = minimize(loss, np.zeros(d * k + k), jac=True, method="L-BFGS-B",
                   options={"maxiter": maxiter, "gtol": 1e-6})
    return res.x[: d * k].reshape(d, k), res.x[d * k:]


def fit_temperature(logits: np.ndarray, y: np.ndarray, target: float) -> tuple[float, float]:
    """(NLL-optimal temperature, temperature used): the used one is the smallest at least
    as large as the NLL optimum at which out-of-fold top predictions with p >= 0.5 are
    right at least `target` of the time (so 'p >= 0.5' keeps its promise)."""
    grid = np.exp(np.linspace(np.log(0.2), np.log(8.0), 201))
    best, t_nll = float("inf"), 1.0
    for t in grid:
        p = softmax(logits / t)
        nll = -np.log(p[np.arange(len(y)), y] + 1e-12).mean()
        if nll < best:
            best, t_nll = nll, float(t)
    for t in grid[grid >= t_nll]:
        p = softmax(logits / t)
        hi = p.max(1) >= 0.5
        if hi.sum() >= 10 and (p.argmax(1) == y)[hi].mean() >= target:
            return t_nll, float(t)
    return t_nll, float(grid[-1])


def train(items: list[Item], args) -> TypeClassifier:
    vocab = build_vocab(items, args.min_df)
    index = {f: i for i, f in enumerate(vocab)}
    X = matrix([it.text for it in items], index)
    y = np.array([LABEL_INDEX[it.label] for it in items])
    w = np.array([it.weight for it in items])
    if args.balance:
        # class weights so each label's total weight within a source is ~ equal
        for src in {it.source for it in items}:
            mask = np.array([it.source == src for it in items])
            tot = w[mask].sum()
            counts = Counter(y[mask])
            for lab, c in counts.items():
                sel = mask & (y == lab)
                w[sel] *= (tot / (len(counts) * w[sel].sum())) ** args.balance
    W, b = fit(X, y, w, args.l2, args.maxiter)
    return TypeClassifier(vocab, W.astype(np.float32), b.astype(np.float32), 1.0)


# --------------------------------------------------------------------------- scoring

def score(clf: TypeClassifier, gold: list[tuple[str, str]]) -> dict:
    probs = clf.predict_proba([t for t, _ in gold])
    y = np.array([LABEL_INDEX[l] for _, l in gold])
    order = np.argsort(-probs, axis=1, kind="stable")
    top1 = order[:, 0] == y
    top2 = (order[:, :2] == y[:, None]).any(axis=1)
    conf = probs[np.arange(len(y)), order[:, 0]]
    buckets = []
    for lo, hi in BUCKETS:
        m = (conf >= lo) & (conf < hi)
        buckets.append((lo, min(hi, 1.0), int(m.sum()), int(top1[m].sum())))
    hi = conf >= 0.5
    return {
        "n": len(y), "top1": float(top1.mean()), "top2": float(top2.mean()),
        "conf>=0.5": (int(hi.sum()), float(top1[hi].mean()) if hi.any() else None),
        "buckets": buckets, "probs": probs, "y": y,
    }


def print_score(name: str, s: dict, confusion: bool = False) -> None:
    n_hi, share = s["conf>=0.5"]
    print(f"{name}: n={s['n']}  top-1 {s['top1']:.3f}  top-2 {s['top2']:.3f}  "
          f"at p>=0.5: {n_hi} ({n_hi / s['n']:.0%}) right {share if share is None else round(share, 3)}")
    print("   p(top)      n  right  share")
    for lo, hi, n, c in s["buckets"]:
        print(f"   {lo:.2f}-{hi:.2f} {n:5d} {c:6d}  {'-' if not n else f'{c / n:.2f}'}")
    if confusion:
        pred = s["probs"].argmax(axis=1)
        conf: dict[str, Counter] = defaultdict(Counter)
        for g, p in zip(s["y"], pred):
            conf[PLOVER_TYPES[g]][PLOVER_TYPES[p]] += 1
        print("   confusions (gold -> predicted: count), errors only:")
        for g in sorted(conf, key=lambda g: -sum(conf[g].values())):
            errs = ", ".join(f"{p}:{c}" for p, c in conf[g].most_common() if p != g)
            print(f"     {g:9s} {conf[g][g]}/{sum(conf[g].values())} right  {errs}")


# --------------------------------------------------------------------------- blend

class OutOfFold:
    """Stands in for the shipped classifier while the dev halves are coded: each dev sentence is scored by
    the fold model that did not see it in training, so its probabilities are as (un)reliable as on unseen
    text. (The shipped model is trained on the dev sentences too: fitted on its in-sample probabilities the
    blend trusts the classifier far more than it deserves on new text.)"""

    def __init__(self, models: list[TypeClassifier], dev_texts: list[str]) -> None:
        self.models = models
        self.dev = [(" ".join(tokens(t)), fold_of(t)) for t in dev_texts]

    def _fold(self, text: str) -> int:
        key = " ".join(tokens(text))
        return next((f for k, f in self.dev if key and key in k), fold_of(text))

    def predict(self, texts, triggers=None):
        out = []
        for i, text in enumerate(texts):
            out += self.models[self._fold(text)].predict([text], [triggers[i]] if triggers else None)
        return out


def calibrate_out_of_fold(data: Path, models: list[TypeClassifier], dev_texts: list[str],
                          drop: tuple[str, ...] = ("type_is_top",), write: bool = True) -> dict:
    """Refit the event-confidence model (the rules/classifier blend: it ranks a sentence's candidate events)
    with scripts/calibrate_confidence.py's data and fit, but with out-of-fold classifier probabilities.
    Factors in `drop` get weight 0 (type_is_top only repeats type_prob). Writes data/events/calibration.json."""
    import eventwire.events.classifier as classifier_module
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import calibrate_confidence as cal
    from eventwire.events.confidence import FACTORS

    stand_in = OutOfFold(models, dev_texts)
    shipped_load = classifier_module.TypeClassifier.load
    classifier_module.TypeClassifier.load = classmethod(lambda cls, path=None: stand_in)
    try:
        x, y = cal.collect(data)
    finally:
        classifier_module.TypeClassifier.load = shipped_load
    keep = [i for i, f in enumerate(FACTORS) if f not in drop]
    w_kept, b = cal.fit(x[:, keep], y)
    w = np.zeros(len(FACTORS))
    w[keep] = w_kept
    p = 1 / (1 + np.exp(-(x @ w + b)))
    result = {
        "note": "fitted by scripts/train_event_classifier.py --calibrate (scripts/calibrate_confidence.py's data and fit) "
                "on the dev halves of PLOVER GSR and the CAMEO codebook examples, with out-of-fold type_prob",
        "bias": round(float(b), 4),
        "weights": {k: round(float(v), 4) for k, v in zip(FACTORS, w)},
        "fitted_on_events": int(len(y)),
        "dev_share_right": round(float(y.mean()), 3),
        "dev_reliability": cal.reliability(p, y),
    }
    print("calibration (out-of-fold):", json.dumps(result["weights"]), "bias", result["bias"])
    if write:
        cal.OUT.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
        print(f"wrote {cal.OUT}")
    return result


# --------------------------------------------------------------------------- main

def fold_of(text: str) -> int:
    return int(hashlib.md5(("fold|" + " ".join(text.split())).encode()).hexdigest(), 16) % 2


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=Path(__file__).resolve().parents[2] / "shared" / "data")
    ap.add_argument("--out", type=Path, default=model_dir())
    ap.add_argument("--synthetic", choices=("lead", "doc", "lead-split", "none"), default="lead")
    ap.add_argument("--lead", type=int, default=4, help="lead sentences of a synthetic story used")
    ap.add_argument("--w-synthetic", type=float, default=1.0)
    ap.add_argument("--w-dev", type=float, default=10.0, help="weight of a GSR/codebook dev sentence")
    ap.add_argument("--w-def", type=float, default=2.0, help="weight of a CAMEO/PLOVER definition")
    ap.add_argument("--balance", type=float, default=0.5, help="0 none .. 1 full class balancing within a source")
    ap.add_argument("--l2", type=float, default=3e-5)
    ap.add_argument("--min-df", type=int, default=2)
    ap.add_argument("--maxiter", type=int, default=400)
    ap.add_argument("--target", type=float, default=0.82,
                    help="share right wanted among dev out-of-fold predictions with p >= 0.5")
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--no-test", action="store_true", help="only the dev cross-validation (for choosing settings)")
    ap.add_argument("--calibrate", action="store_true",
                    help="also refit data/events/calibration.json (the rules/classifier blend) on the dev halves "
                         "coded with the out-of-fold models")
    ap.add_argument("--calibration-drop", default="type_is_top", help="comma-separated confidence factors fixed at weight 0")
    ap.add_argument("--dry-run", action="store_true", help="do not write the artifact")
    args = ap.parse_args(argv)
    np.random.seed(args.seed)
    t0 = time.process_time()

    data = args.data
    if not (data / "ngec-synthetic/plover-synthetic-stories.csv").is_file():
        print(f"no training data under {data}", file=sys.stderr)
        return 2
    gold = gold_sets(data)
    dev = {k: [(t, l) for t, l in v if in_split(t, "dev")] for k, v in gold.items()}
    test = {k: [(t, l) for t, l in v if in_split(t, "test")] for k, v in gold.items()}
    guard = NearDup([t for v in test.values() for t, _ in v])

    pool: list[Item] = []
    dropped: Counter = Counter()
    if args.synthetic != "none":
        for text, label in read_synthetic(data / "ngec-synthetic/plover-synthetic-stories.csv", args.synthetic, args.lead):
            pool.append(Item(text, label, args.w_synthetic, "synthetic"))
    for text, label in read_definitions(data):
        pool.append(Item(text, label, args.w_def, "definition"))
    dev_items: list[Item] = []
    seen: set[str] = set()
    for name, rows in dev.items():
        for text, label in rows:
            key = " ".join(tokens(text))
            if key in seen:
                dropped["dev duplicate"] += 1
                continue
            seen.add(key)
            dev_items.append(Item(text, label, args.w_dev, "dev"))
    kept_pool = []
    for it in pool:
        if guard.hit(it.text):
            dropped[it.source] += 1
        else:
            kept_pool.append(it)
    kept_dev = []
    for it in dev_items:
        if guard.hit(it.text):
            dropped["dev near-dup of test"] += 1
        else:
            kept_dev.append(it)
    print(f"training texts: {Counter(it.source for it in kept_pool + kept_dev)}; dropped: {dict(dropped)}")

    # 2-fold cross-validation over the dev sentences: settings and temperature
    oof_logits = np.zeros((len(kept_dev), len(PLOVER_TYPES)))
    folds = np.array([fold_of(it.text) for it in kept_dev])
    fold_models: list[TypeClassifier] = []
    for f in (0, 1):
        clf = train(kept_pool + [it for it, g in zip(kept_dev, folds) if g != f], args)
        idx = np.where(folds == f)[0]
        oof_logits[idx] = clf.logits([kept_dev[i].text for i in idx])
        fold_models.append(clf)
    y_dev = np.array([LABEL_INDEX[it.label] for it in kept_dev])
    t_nll, temperature = fit_temperature(oof_logits, y_dev, args.target)
    acc = (oof_logits.argmax(1) == y_dev).mean()
    top2 = (np.argsort(-oof_logits, axis=1, kind="stable")[:, :2] == y_dev[:, None]).any(axis=1).mean()
    print(f"dev 2-fold CV: n={len(y_dev)} top-1 {acc:.3f} top-2 {top2:.3f}")
    for name, t in (("NLL-optimal", t_nll), ("used", temperature)):
        p = softmax(oof_logits / t)
        hi = p.max(1) >= 0.5
        print(f"  temperature {t:.2f} ({name}): p>=0.5 on {hi.sum()} right {(p.argmax(1) == y_dev)[hi].mean():.3f}")

    if args.calibrate:
        for clf in fold_models:
            clf.temperature = temperature
        calibrate_out_of_fold(data, fold_models, [t for v in dev.values() for t, _ in v],
                              drop=tuple(f for f in args.calibration_drop.split(",") if f), write=not args.dry_run)

    if args.no_test:
        return 0
    clf = train(kept_pool + kept_dev, args)
    clf.temperature = temperature
    for name, rows in test.items():
        print_score(f"TEST {name}", score(clf, rows), confusion=True)
    print(f"vocabulary {len(clf.vocab)} features; CPU {time.process_time() - t0:.0f} s")

    if not args.dry_run:
        out = args.out
        out.mkdir(parents=True, exist_ok=True)
        meta = {
            "labels": list(PLOVER_TYPES), "temperature": round(temperature, 4),
            "features": "stemmed unigrams + adjacent pairs, sqrt counts, L2-normalised",
            "trained_on": {k: v for k, v in Counter(it.source for it in kept_pool + kept_dev).items()},
            "settings": {k: v for k, v in vars(args).items() if k not in ("data", "out")},
        }
        (out / "meta.json").write_text(json.dumps(meta, indent=1) + "\n", encoding="utf-8")
        (out / "vocab.txt").write_text("\n".join(clf.vocab), encoding="utf-8")
        arrays = {"weights": clf.weights.astype(np.float16), "bias": clf.bias.astype(np.float32)}
        np.savez_compressed(out / "weights.npz", **arrays)
        size = sum(f.stat().st_size for f in out.iterdir())
        print(f"wrote {out} ({size / 1e6:.2f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
