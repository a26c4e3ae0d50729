"""A small trained PLOVER event-type classifier (numpy only at inference).

It scores a sentence (optionally with the trigger word the rules found in it) with a
probability for each of the 16 PLOVER types. The model is a multinomial logistic
regression over word and word-pair features of crudely stemmed tokens, trained by
``scripts/train_event_classifier.py`` and shipped as ``data/events/type_model/``
(a vocabulary, a float16 weight matrix and a temperature fitted on held-out dev data
so that the top probability means roughly what it says).

Use it beside the rule lexicon, not instead of it: rank a sentence's candidate events
by ``p[event.type]`` and blend that probability into the event's confidence. See
``TypeClassifier.predict`` for the output and the README of the training script for
held-out numbers.
"""

from __future__ import annotations

import json
import re
import threading
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources
from pathlib import Path

import numpy as np

#: The 16 PLOVER event types, in the order of the model's columns.
PLOVER_TYPES: tuple[str, ...] = (
    "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
    "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
)

MODEL_DIR = "type_model"
FILES = ("meta.json", "vocab.txt", "weights.npz")


class ModelMissing(FileNotFoundError):
    """The trained artifact is not where the package expects it."""


# --------------------------------------------------------------------------- features

_TOKEN = re.compile(r"[a-z]+(?:'[a-z]+)?|\d+(?:[.,]\d+)*")
_SUFFIXES = (
    "ations", "ation", "ments", "ment", "ings", "ing", "ied", "ies", "ers", "er",
    "ed", "es", "ly", "s",
)


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A crude, deterministic suffix stripper ('attacked', 'attacks', 'attacking' ->
    'attack'; 'protesters' -> 'protest'); digits become '0'."""
    if word[0].isdigit():
        return "0"
    if word.endswith("'s"):
        word = word[:-2]
    for suf in _SUFFIXES:
        if word.endswith(suf) and len(word) - len(suf) >= 3:
            word = word[: -len(suf)]
            if suf in ("ing", "ed", "er", "ers", "ings") and len(word) >= 4 and word[-1] == word[-2] and word[-1] not in "lsz":
                word = word[:-1]  # 'shelled' keeps ll; 'stopped' -> 'stop'
            break
    return word


def tokens(text: str) -> list[str]:
    return [stem(t) for t in _TOKEN.findall(text.lower().replace("\u2019", "'"))]


def features(text: str, trigger: str | None = None) -> list[str]:
    """Feature names of a text: stemmed unigrams ('u:') and adjacent pairs ('b:'); with a
    trigger, also the trigger's unigrams again (so the trigger weighs double)."""
    toks = tokens(text)
    feats = [f"u:{t}" for t in toks]
    feats += [f"b:{a}_{b}" for a, b in zip(toks, toks[1:])]
    if trigger:
        feats += [f"u:{t}" for t in tokens(trigger)]
    return feats


def vectorize(feats: Sequence[str], index: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    """(column ids, values) of one text: counts of known features, L2-normalised."""
    counts: dict[int, float] = {}
    for f in feats:
        j = index.get(f)
        if j is not None:
            counts[j] = counts.get(j, 0.0) + 1.0
    if not counts:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float32)
    cols = np.fromiter(counts.keys(), dtype=np.int64, count=len(counts))
    vals = np.sqrt(np.fromiter(counts.values(), dtype=np.float32, count=len(counts)))  # damp repeats
    vals /= np.linalg.norm(vals)
    return cols, vals


def softmax(z: np.ndarray) -> np.ndarray:
    z = z - z.max(axis=-1, keepdims=True)
    e = np.exp(z)
    return e / e.sum(axis=-1, keepdims=True)


# --------------------------------------------------------------------------- model

class TypeClassifier:
    """PLOVER type probabilities for sentences.

    >>> clf = TypeClassifier.load()
    >>> clf.predict(["Israeli jets bombed targets in Gaza."])[0]["ASSAULT"] > 0.5
    True
    """

    def __init__(self, vocab: list[str], weights: np.ndarray, bias: np.ndarray,
                 temperature: float = 1.0, meta: dict | None = None) -> None:
        if weights.shape != (len(vocab), len(PLOVER_TYPES)):
            raise ValueError(f"weights shape {weights.shape} does not match vocab {len(vocab)} x {len(PLOVER_TYPES)}")
        self.vocab = vocab
        self.index = {f: i for i, f in enumerate(vocab)}
        self.weights = weights.astype(np.float32)
        self.bias = bias.astype(np.float32)
        self.temperature = float(temperature)
        self.meta = meta or {}
        self.labels = PLOVER_TYPES

    # -- loading ----------------------------------------------------------
    @classmethod
    def load(cls, path: str | Path | None = None) -> TypeClassifier:
        """The shipped model (cached per process), or the one in `path`."""
        if path is None:
            return _shipped()
        return cls._read(Path(path))

    @classmethod
    def _read(cls, folder: Path) -> TypeClassifier:
        missing = [f for f in FILES if not (folder / f).is_file()]
        if missing:
            raise ModelMissing(
                f"event type model not found: {folder} lacks {', '.join(missing)}. "
                "Build it with `PYTHONPATH=src python scripts/train_event_classifier.py` "
                "(needs ../shared/data)."
            )
        meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
        if tuple(meta.get("labels", ())) != PLOVER_TYPES:
            raise ValueError(f"{folder}/meta.json: labels {meta.get('labels')} are not the 16 PLOVER types in order")
        vocab = (folder / "vocab.txt").read_text(encoding="utf-8").split("\n")
        with np.load(folder / "weights.npz", allow_pickle=False) as z:
            weights, bias = z["weights"], z["bias"]
        return cls(vocab, weights, bias, meta.get("temperature", 1.0), meta)

    # -- prediction -------------------------------------------------------
    def logits(self, texts: Sequence[str], triggers: Sequence[str | None] | None = None) -> np.ndarray:
        """Temperature-scaled scores, shape (len(texts), 16)."""
        if isinstance(texts, str):
            raise TypeError("predict() takes a list of texts, not one string")
        if triggers is not None and len(triggers) != len(texts):
            raise ValueError("triggers must be None or as long as texts")
        n = len(texts)
        out = np.tile(self.bias, (n, 1))
        for i, text in enumerate(texts):
            cols, vals = vectorize(features(text, triggers[i] if triggers else None), self.index)
            if len(cols):
                out[i] += vals @ self.weights[cols]
        return out / self.temperature

    def predict_proba(self, texts: Sequence[str], triggers: Sequence[str | None] | None = None) -> np.ndarray:
        """Probabilities, shape (len(texts), 16), columns in `PLOVER_TYPES` order."""
        return softmax(self.logits(texts, triggers))

    def predict(self, texts: Sequence[str], triggers: Sequence[str | None] | None = None) -> list[dict[str, float]]:
        """For each text, {PLOVER type: probability} over the 16 types (sums to 1).

        `triggers` (optional, one per text, None allowed) are the trigger words the rules
        found; they add weight to that word. A text with no known word gets the
        training prior (flat-ish probabilities: treat a top probability < 0.3 as
        "the model does not know")."""
        probs = self.predict_proba(texts, triggers)
        return [dict(zip(self.labels, map(float, row))) for row in probs]

    def top(self, texts: Sequence[str], k: int = 2) -> list[list[tuple[str, float]]]:
        """The k most probable types per text, best first."""
        probs = self.predict_proba(texts)
        order = np.argsort(-probs, axis=1, kind="stable")[:, :k]
        return [[(self.labels[j], float(probs[i, j])) for j in row] for i, row in enumerate(order)]


_lock = threading.Lock()


@lru_cache(maxsize=1)
def _shipped_cached() -> TypeClassifier:
    folder = resources.files("eventwire") / "data" / "events" / MODEL_DIR
    return TypeClassifier._read(Path(str(folder)))


def _shipped() -> TypeClassifier:
    with _lock:
        return _shipped_cached()


def model_dir() -> Path:
    """Where the shipped artifact lives (the training script writes here)."""
    return Path(__file__).resolve().parent.parent / "data" / "events" / MODEL_DIR


__all__: Iterable[str] = ("PLOVER_TYPES", "ModelMissing", "TypeClassifier", "features", "model_dir")
