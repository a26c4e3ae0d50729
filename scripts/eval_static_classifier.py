"""Does a PLOVER type classifier over static sentence embeddings beat the shipped one? (issue #3)

    # 1. once, in a separate venv (torch is build-time only): build/static_model/
    HF_HUB_OFFLINE=1 /tmp/distill/bin/python scripts/distill_static_embeddings.py
    # 2. the comparison, in the product's venv (numpy + scipy; no torch, no tokenizers)
    PYTHONPATH=src:scripts .venv/bin/python scripts/eval_static_classifier.py
    # 3. optional: check the numpy encoder against model2vec's StaticModel.encode
    PYTHONPATH=src:scripts .venv/bin/python scripts/eval_static_classifier.py --dump-texts /tmp/static_texts.txt
    /tmp/distill/bin/python scripts/eval_static_classifier.py --check-model2vec /tmp/static_texts.txt

Training data, held-out sets and near-duplicate removal are those of
scripts/train_event_classifier.py (its functions are imported: NGEC synthetic stories,
CAMEO/PLOVER definitions, the dev halves of PLOVER GSR and of the CAMEO codebook; every
training text that is a near duplicate of a test sentence dropped), as are the sample
weights, class balancing, the L-BFGS logistic regression and the temperature fit. Three
classifiers are scored on the TEST halves (top-1 / top-2 PLOVER type):

* shipped: the model in src/eventwire/data/events/type_model/ (as loaded by the product);
* emb: multinomial logistic regression over the L2-normalised mean of the static token
  vectors of build/static_model/ (model2vec distilled from all-MiniLM-L6-v2);
* emb+feat: one logistic regression over [scale * embedding, the shipped sparse features].

The free settings (L2 for emb, the embedding scale for emb+feat) are chosen by the same
2-fold cross-validation over the dev sentences that the training script uses for its
temperature; the test halves are read only for the final scores.

The sentence encoder here is numpy + the standard library only: it reads the
model.safetensors table with numpy and re-implements the BERT WordPiece tokenizer of the
model's tokenizer.json (BertNormalizer + BertPreTokenizer + WordPiece), so the product
would need neither torch nor `tokenizers` nor `safetensors`. --check-model2vec verifies
that it gives the same token ids and vectors as model2vec's StaticModel.encode.
Nothing is written inside the repository except under build/ (nothing by default).
"""

from __future__ import annotations

import argparse
import json
import re
import struct
import sys
import time
import unicodedata
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
STATIC_MODEL = ROOT / "build" / "static_model"


# --------------------------------------------------------------------------- numpy-only encoder

_ST_DTYPES = {"F16": "<f2", "F32": "<f4", "F64": "<f8", "I8": "i1", "I32": "<i4", "I64": "<i8", "U8": "u1"}


def read_safetensors(path: Path) -> dict[str, np.ndarray]:
    """The tensors of a .safetensors file (8-byte header length, JSON header, raw data)."""
    raw = path.read_bytes()
    (n,) = struct.unpack("<Q", raw[:8])
    header = json.loads(raw[8: 8 + n])
    body = memoryview(raw)[8 + n:]
    out = {}
    for name, info in header.items():
        if name == "__metadata__":
            continue
        start, end = info["data_offsets"]
        out[name] = np.frombuffer(body[start:end], dtype=_ST_DTYPES[info["dtype"]]).reshape(info["shape"])
    return out


_WHITE_SPACE = frozenset("\t\n\x0b\x0c\r \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
                         "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")  # Unicode White_Space
_CJK = ((0x4E00, 0x9FFF), (0x3400, 0x4DBF), (0x20000, 0x2A6DF), (0x2A700, 0x2B73F),
        (0x2B740, 0x2B81F), (0x2B820, 0x2CEAF), (0xF900, 0xFAFF), (0x2F800, 0x2FA1F))
_ASCII_PUNCT = frozenset("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~")


def _is_control(c: str) -> bool:
    return c not in "\t\n\r" and unicodedata.category(c)[0] == "C"


def _is_punct(c: str) -> bool:
    return c in _ASCII_PUNCT or unicodedata.category(c)[0] == "P"


def _is_cjk(c: str) -> bool:
    o = ord(c)
    return any(lo <= o <= hi for lo, hi in _CJK)


class WordPieceTokenizer:
    """The BERT uncased WordPiece tokenizer described by a `tokenizers` tokenizer.json,
    in pure Python (HF tokenizers' BertNormalizer, BertPreTokenizer and WordPiece model)."""

    def __init__(self, path: Path) -> None:
        spec = json.loads(path.read_text(encoding="utf-8"))
        model, norm, pre = spec["model"], spec.get("normalizer") or {}, spec.get("pre_tokenizer") or {}
        if model.get("type") != "WordPiece" or norm.get("type") != "BertNormalizer" or pre.get("type") != "BertPreTokenizer":
            raise ValueError(f"{path}: only BertNormalizer + BertPreTokenizer + WordPiece is supported")
        self.vocab: dict[str, int] = model["vocab"]
        self.unk_id = self.vocab[model["unk_token"]]
        self.prefix = model.get("continuing_subword_prefix", "##")
        self.max_chars = model.get("max_input_chars_per_word", 100)
        self.lowercase = norm.get("lowercase", True)
        self.strip_accents = self.lowercase if norm.get("strip_accents") is None else norm["strip_accents"]
        self.clean_text = norm.get("clean_text", True)
        self.chinese = norm.get("handle_chinese_chars", True)
        trunc = spec.get("truncation") or {}
        self.max_length = trunc.get("max_length")
        self._cache: dict[str, tuple[int, ...]] = {}

    def normalize(self, text: str) -> str:
        if self.clean_text:
            text = "".join(" " if c in _WHITE_SPACE else c for c in text
                           if not (c == "\0" or c == "\ufffd" or _is_control(c)))
        if self.chinese:
            text = "".join(f" {c} " if _is_cjk(c) else c for c in text)
        if self.strip_accents:
            text = "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")
        if self.lowercase:
            text = text.lower()
        return text

    @staticmethod
    def words(text: str) -> list[str]:
        out, cur = [], []
        for c in text:
            if c in _WHITE_SPACE:  # split on Unicode White_Space (already ' ' after clean_text)
                if cur:
                    out.append("".join(cur))
                    cur = []
            elif _is_punct(c):
                if cur:
                    out.append("".join(cur))
                    cur = []
                out.append(c)
            else:
                cur.append(c)
        if cur:
            out.append("".join(cur))
        return out

    def word_ids(self, word: str) -> tuple[int, ...]:
        hit = self._cache.get(word)
        if hit is not None:
            return hit
        if len(word) > self.max_chars:
            ids: tuple[int, ...] = (self.unk_id,)
        else:
            pieces, start = [], 0
            while start < len(word):
                end, found = len(word), None
                while start < end:
                    sub = word[start:end] if start == 0 else self.prefix + word[start:end]
                    found = self.vocab.get(sub)
                    if found is not None:
                        break
                    end -= 1
                if found is None:
                    pieces = [self.unk_id]
                    break
                pieces.append(found)
                start = end
            ids = tuple(pieces)
        if len(self._cache) < 200_000:
            self._cache[word] = ids
        return ids

    def ids(self, text: str) -> list[int]:
        """Token ids without special tokens, truncated as the tokenizer.json says, with
        [UNK] removed afterwards (as model2vec's StaticModel.tokenize does)."""
        out: list[int] = []
        for w in self.words(self.normalize(text)):
            out.extend(self.word_ids(w))
        if self.max_length is not None:
            out = out[: self.max_length]
        return [i for i in out if i != self.unk_id]


class StaticEncoder:
    """model2vec StaticModel.encode in numpy: mean of the token vectors, L2-normalised."""

    def __init__(self, folder: Path = STATIC_MODEL) -> None:
        missing = [f for f in ("model.safetensors", "tokenizer.json", "config.json") if not (folder / f).is_file()]
        if missing:
            raise SystemExit(f"{folder} lacks {', '.join(missing)}: run scripts/distill_static_embeddings.py first")
        tensors = read_safetensors(folder / "model.safetensors")
        if set(tensors) != {"embeddings"}:
            raise ValueError(f"unsupported static model tensors {sorted(tensors)} (vocabulary quantization?)")
        self.config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
        self.vectors = tensors["embeddings"].astype(np.float32)
        self.tokenizer = WordPieceTokenizer(folder / "tokenizer.json")
        self.normalize = bool(self.config.get("normalize", True))
        self.dim = self.vectors.shape[1]

    def encode(self, texts: list[str]) -> np.ndarray:
        out = np.zeros((len(texts), self.dim), dtype=np.float32)
        for i, t in enumerate(texts):
            ids = self.tokenizer.ids(t)
            if ids:
                out[i] = self.vectors[ids].mean(axis=0)
        if self.normalize:
            out /= np.linalg.norm(out, axis=1, keepdims=True) + 1e-32
        return out


class LookupEncoder:
    """Precomputed vectors of texts (whitespace-normalised) from an .npz with `texts` and
    `vectors`: to score other encoders (e.g. the full MiniLM teacher) with the same recipe."""

    def __init__(self, path: Path) -> None:
        with np.load(path, allow_pickle=False) as z:
            self.table = {str(t): i for i, t in enumerate(z["texts"])}
            self.vectors = z["vectors"].astype(np.float32)
        self.dim = self.vectors.shape[1]

    def encode(self, texts: list[str]) -> np.ndarray:
        return self.vectors[[self.table[" ".join(t.split())] for t in texts]]


# --------------------------------------------------------------------------- check against model2vec

def check_model2vec(texts_file: Path, folder: Path) -> int:
    """Same ids and vectors as model2vec (run in the venv that has model2vec)."""
    from model2vec import StaticModel

    given = [t for t in texts_file.read_text(encoding="utf-8").split("\n") if t.strip()]
    probe = given[-300:] if given else []  # the dump ends with the held-out sentences: sentence-length texts
    texts = list(given)
    texts += [s for f in sorted((ROOT / "samples").glob("*.txt")) for s in f.read_text(encoding="utf-8").split("\n") if s.strip()]
    texts += ["Ünïcödé  accents — and “quotes”, CJK 北京 and emoji 🙂.", "", "x" * 150, "a\u200bb\x00c\tᵃ"]
    t0 = time.perf_counter()
    model = StaticModel.from_pretrained(str(folder), force_download=False)
    load_s = time.perf_counter() - t0
    ours = StaticEncoder(folder)
    ref_ids = model.tokenize(texts)
    bad = [i for i, t in enumerate(texts) if ours.tokenizer.ids(t) != ref_ids[i]]
    ref = model.encode(texts).astype(np.float32)
    mine = ours.encode(texts)
    nonzero = np.linalg.norm(ref, axis=1) > 0
    cos = (ref * mine).sum(1)[nonzero] / (np.linalg.norm(ref, axis=1)[nonzero] * np.linalg.norm(mine, axis=1)[nonzero])
    print(f"{len(texts)} texts: token ids differ on {len(bad)}; vector cosine min {cos.min():.6f}, "
          f"max |diff| {np.abs(ref - mine).max():.2e} (model2vec keeps float16)")
    for i in bad[:5]:
        print(f"  ids differ: text #{i} ({len(texts[i])} chars)")
    probe = probe or texts[:300]
    reps = {}
    for name, fn in (("model2vec StaticModel.encode", lambda t: model.encode([t])), ("numpy encoder", lambda t: ours.encode([t]))):
        fn(probe[0])
        t0 = time.perf_counter()
        for t in probe:
            fn(t)
        reps[name] = (time.perf_counter() - t0) / len(probe)
    for name, s in reps.items():
        print(f"  {name}: {s * 1e6:.0f} µs per sentence (one at a time, {len(probe)} sentences)")
    t0 = time.perf_counter()
    model.encode(probe)
    print(f"  model2vec batch of {len(probe)}: {(time.perf_counter() - t0) / len(probe) * 1e6:.0f} µs per sentence; load {load_s:.2f} s")
    heavy = sorted(m for m in ("torch", "transformers", "sentence_transformers", "skeletoken") if m in sys.modules)
    print(f"  modules imported by model2vec load+encode among torch/transformers/sentence_transformers/skeletoken: {heavy or 'none'}")
    print(f"  third-party modules imported: {sorted({m.split('.')[0] for m in sys.modules if m.split('.')[0] in ('numpy', 'tokenizers', 'safetensors', 'huggingface_hub', 'joblib', 'tqdm', 'jinja2', 'torch')})}")
    return 0 if not bad and cos.min() > 0.999 else 1


# --------------------------------------------------------------------------- experiment

def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "data")
    ap.add_argument("--model", type=Path, default=STATIC_MODEL, help="static model folder (model2vec layout)")
    ap.add_argument("--l2-grid", default="1e-5,3e-5,1e-4,3e-4,1e-3", help="L2 values tried for emb (dev CV)")
    ap.add_argument("--scale-grid", default="0.5,1,2,4", help="embedding scales tried for emb+feat (dev CV)")
    ap.add_argument("--maxiter", type=int, default=400)
    ap.add_argument("--encoder-npz", type=Path,
                    help="use precomputed vectors (npz: texts, vectors) instead of the static model")
    ap.add_argument("--dump-texts", type=Path, help="write every text encoded (outside the repo) for --check-model2vec")
    ap.add_argument("--check-model2vec", type=Path, metavar="TEXTS",
                    help="compare the numpy encoder with model2vec on these texts (run where model2vec is installed)")
    args = ap.parse_args(argv)
    if args.check_model2vec:
        return check_model2vec(args.check_model2vec, args.model)

    from scipy import sparse

    import train_event_classifier as T
    from eventwire.events.classifier import PLOVER_TYPES, TypeClassifier, softmax, vectorize

    # same settings as the shipped model (its meta.json records those of the training script)
    shipped = TypeClassifier.load()
    s = shipped.meta.get("settings", {})
    cfg = argparse.Namespace(synthetic=s.get("synthetic", "lead"), lead=s.get("lead", 4),
                             w_synthetic=s.get("w_synthetic", 1.0), w_dev=s.get("w_dev", 10.0),
                             w_def=s.get("w_def", 2.0), balance=s.get("balance", 0.5), l2=s.get("l2", 3e-5),
                             min_df=s.get("min_df", 2), maxiter=args.maxiter, target=s.get("target", 0.82))
    t_start = time.time()

    # ---- data: exactly as scripts/train_event_classifier.py main() builds it
    data = args.data
    if not (data / "ngec-synthetic/plover-synthetic-stories.csv").is_file():
        print(f"no training data under {data}", file=sys.stderr)
        return 2
    gold = T.gold_sets(data)
    dev = {k: [(t, l) for t, l in v if T.in_split(t, "dev")] for k, v in gold.items()}
    test = {k: [(t, l) for t, l in v if T.in_split(t, "test")] for k, v in gold.items()}
    guard = T.NearDup([t for v in test.values() for t, _ in v])
    pool, dropped = [], Counter()
    for text, label in T.read_synthetic(data / "ngec-synthetic/plover-synthetic-stories.csv", cfg.synthetic, cfg.lead):
        pool.append(T.Item(text, label, cfg.w_synthetic, "synthetic"))
    for text, label in T.read_definitions(data):
        pool.append(T.Item(text, label, cfg.w_def, "definition"))
    dev_items, seen = [], set()
    for rows in dev.values():
        for text, label in rows:
            key = " ".join(T.tokens(text))
            if key in seen:
                dropped["dev duplicate"] += 1
                continue
            seen.add(key)
            dev_items.append(T.Item(text, label, cfg.w_dev, "dev"))
    kept_pool, kept_dev = [], []
    for it in pool:
        if guard.hit(it.text):
            dropped[it.source] += 1
        else:
            kept_pool.append(it)
    for it in dev_items:
        if guard.hit(it.text):
            dropped["dev near-dup of test"] += 1
        else:
            kept_dev.append(it)
    items = kept_pool + kept_dev
    print(f"training texts: {dict(Counter(it.source for it in items))}; dropped: {dict(dropped)}; "
          f"test: {', '.join(f'{k} {len(v)}' for k, v in test.items())}")

    # ---- embeddings (numpy encoder)
    enc = LookupEncoder(args.encoder_npz) if args.encoder_npz else StaticEncoder(args.model)
    all_texts = [it.text for it in items] + [t for v in test.values() for t, _ in v]
    if args.dump_texts:
        if ROOT in args.dump_texts.resolve().parents:
            raise SystemExit("--dump-texts must point outside the repository (dataset text stays out of it)")
        args.dump_texts.write_text("\n".join(" ".join(t.split()) for t in all_texts) + "\n", encoding="utf-8")
    t0 = time.perf_counter()
    E_items = enc.encode([it.text for it in items])
    enc_s = time.perf_counter() - t0
    if args.encoder_npz:
        print(f"precomputed vectors {args.encoder_npz}: {enc.vectors.shape[0]} texts x {enc.dim}")
    else:
        n_tok = sum(len(enc.tokenizer.ids(it.text)) for it in items)
        print(f"static model {args.model.relative_to(ROOT) if ROOT in args.model.resolve().parents else args.model}: "
              f"{enc.vectors.shape[0]} tokens x {enc.dim}; encoded {len(items)} training texts ({n_tok} tokens) in {enc_s:.1f} s")

    y = np.array([T.LABEL_INDEX[it.label] for it in items])

    def sample_weights(sub: list) -> np.ndarray:  # the balancing of T.train()
        w = np.array([it.weight for it in sub])
        ys = np.array([T.LABEL_INDEX[it.label] for it in sub])
        if cfg.balance:
            for src in {it.source for it in sub}:
                mask = np.array([it.source == src for it in sub])
                tot = w[mask].sum()
                counts = Counter(ys[mask])
                for lab in counts:
                    sel = mask & (ys == lab)
                    w[sel] *= (tot / (len(counts) * w[sel].sum())) ** cfg.balance
        return w

    class Model:
        """emb (scale=None: embeddings only) or emb+feat, as a predict_proba(texts) for T.score."""

        def __init__(self, sub_idx: np.ndarray, variant: str, l2: float, scale: float = 1.0) -> None:
            sub = [items[i] for i in sub_idx]
            self.variant, self.scale, self.temperature = variant, scale, 1.0
            if variant == "emb":
                X = E_items[sub_idx].astype(np.float64)
                self.vocab, self.index = [], {}
            else:
                self.vocab = T.build_vocab(sub, cfg.min_df)
                self.index = {f: i for i, f in enumerate(self.vocab)}
                X = sparse.hstack([sparse.csr_matrix(scale * E_items[sub_idx].astype(np.float64)),
                                   T.matrix([it.text for it in sub], self.index)]).tocsr()
            W, b = T.fit(X, y[sub_idx], sample_weights(sub), l2, cfg.maxiter)
            self.Wd, self.Ws, self.b = W[: enc.dim].astype(np.float32), W[enc.dim:].astype(np.float32), b.astype(np.float32)

        def logits_from(self, E: np.ndarray, texts: list[str]) -> np.ndarray:
            Z = (self.scale if self.variant != "emb" else 1.0) * E @ self.Wd + self.b
            if self.variant != "emb":
                for i, t in enumerate(texts):
                    cols, vals = vectorize(T.features(t), self.index)
                    if len(cols):
                        Z[i] += vals @ self.Ws[cols]
            return Z / self.temperature

        def logits(self, texts: list[str]) -> np.ndarray:
            return self.logits_from(enc.encode(list(texts)), list(texts))

        def predict_proba(self, texts: list[str]) -> np.ndarray:
            return softmax(self.logits(texts))

    # ---- settings by 2-fold CV over the dev sentences (pool always in training), as T.main()
    n_pool = len(kept_pool)
    dev_idx = np.arange(n_pool, len(items))
    folds = np.array([T.fold_of(items[i].text) for i in dev_idx])
    y_dev = y[dev_idx]

    def cv(variant: str, l2: float, scale: float = 1.0) -> tuple[float, np.ndarray]:
        oof = np.zeros((len(dev_idx), len(PLOVER_TYPES)))
        for f in (0, 1):
            train_idx = np.concatenate([np.arange(n_pool), dev_idx[folds != f]])
            if variant == "feat":  # the shipped recipe, retrained (T.train)
                clf = T.train([items[i] for i in train_idx], cfg)
                oof[folds == f] = clf.logits([items[i].text for i in dev_idx[folds == f]])
            else:
                m = Model(train_idx, variant, l2, scale)
                sel = dev_idx[folds == f]
                oof[folds == f] = m.logits_from(E_items[sel], [items[i].text for i in sel])
        return float((oof.argmax(1) == y_dev).mean()), oof

    print(f"dev 2-fold CV (n={len(dev_idx)}), top-1:")
    results = {}
    t0 = time.time()
    results[("feat", cfg.l2, 0.0)] = cv("feat", cfg.l2)
    print(f"  feat (shipped recipe)      l2={cfg.l2:g}: {results[('feat', cfg.l2, 0.0)][0]:.3f}  ({time.time() - t0:.0f} s)")
    for l2 in [float(v) for v in args.l2_grid.split(",")]:
        t0 = time.time()
        results[("emb", l2, 1.0)] = cv("emb", l2)
        print(f"  emb                        l2={l2:g}: {results[('emb', l2, 1.0)][0]:.3f}  ({time.time() - t0:.0f} s)")
    for scale in [float(v) for v in args.scale_grid.split(",")]:
        t0 = time.time()
        results[("emb+feat", cfg.l2, scale)] = cv("emb+feat", cfg.l2, scale)
        print(f"  emb+feat  scale={scale:<4g}       l2={cfg.l2:g}: {results[('emb+feat', cfg.l2, scale)][0]:.3f}  ({time.time() - t0:.0f} s)")

    def best(variant: str) -> tuple[float, float]:
        keys = [k for k in results if k[0] == variant]
        k = max(keys, key=lambda k: results[k][0])  # first best on ties (grid order)
        return k[1], k[2]

    # ---- final models on all training texts; test halves scored once
    everything = np.arange(len(items))
    models: dict[str, object] = {"shipped": shipped}
    for variant in ("emb", "emb+feat"):
        l2, scale = best(variant)
        t0 = time.time()
        m = Model(everything, variant, l2, scale)
        _, m.temperature = T.fit_temperature(results[(variant, l2, scale)][1], y_dev, cfg.target)
        print(f"{variant}: chosen l2={l2:g}{'' if variant == 'emb' else f' scale={scale:g}'}, "
              f"temperature {m.temperature:.2f}, fitted in {time.time() - t0:.0f} s")
        models[variant] = m

    table = {}
    for name, clf in models.items():
        for set_name, rows in test.items():
            sc = T.score(clf, rows)
            table[(name, set_name)] = sc
            T.print_score(f"TEST {set_name:8s} {name}", sc)

    # ---- speed: one sentence at a time, as the coder calls it
    probe = [t for t, _ in test["gsr"]]
    timing = {}
    for name, fn in (("numpy encoder alone", lambda t: enc.encode([t])),
                     ("shipped classifier", lambda t: shipped.predict_proba([t])),
                     ("emb classifier (encode + predict)", lambda t: models["emb"].predict_proba([t])),
                     ("emb+feat classifier", lambda t: models["emb+feat"].predict_proba([t]))):
        if hasattr(enc, "tokenizer"):
            enc.tokenizer._cache.clear()
        t0 = time.perf_counter()
        for t in probe:
            fn(t)
        timing[name] = (time.perf_counter() - t0) / len(probe)
    print(f"per sentence ({len(probe)} GSR test sentences, one at a time, cold word cache):")
    for name, sec in timing.items():
        print(f"  {name:36s} {sec * 1e6:7.0f} µs")

    print("\nTEST top-1 (top-2) accuracy, PLOVER type:")
    print(f"| classifier | PLOVER GSR (n={len(test['gsr'])}) | CAMEO codebook (n={len(test['codebook'])}) |")
    print("|---|---|---|")
    for name in models:
        cells = [f"{table[(name, s)]['top1']:.3f} ({table[(name, s)]['top2']:.3f})" for s in ("gsr", "codebook")]
        print(f"| {name} | {cells[0]} | {cells[1]} |")
    print(f"dev CV top-1: feat {results[('feat', cfg.l2, 0.0)][0]:.3f}, "
          f"emb {results[('emb', *best('emb'))][0]:.3f}, emb+feat {results[('emb+feat', *best('emb+feat'))][0]:.3f}; "
          f"total {time.time() - t_start:.0f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
