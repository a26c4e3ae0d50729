"""The shipped PLOVER type classifier: loads, sums to 1, batch = single, and gets
unambiguous sentences (written for these tests) right."""

from __future__ import annotations

import numpy as np
import pytest

from eventwire.events.classifier import PLOVER_TYPES, ModelMissing, TypeClassifier, features, stem


@pytest.fixture(scope="module")
def clf() -> TypeClassifier:
    return TypeClassifier.load()


CLEAR = [
    ("Government warplanes carried out air strikes on rebel positions, killing twelve fighters.", "ASSAULT"),
    ("Thousands of protesters marched through the capital demanding the resignation of the prime minister.", "PROTEST"),
    ("Police arrested dozens of opposition activists.", "COERCE"),
    ("The two foreign ministers met in Geneva for talks on the border dispute.", "CONSULT"),
    ("The army began withdrawing its troops from the northern province.", "RETREAT"),
    ("Rebels threatened to attack the city if talks fail.", "THREATEN"),
    ("The minister denounced the attack and accused the militia of war crimes.", "ACCUSE"),
]


def test_sixteen_types_and_cached(clf: TypeClassifier) -> None:
    assert clf.labels == PLOVER_TYPES and len(PLOVER_TYPES) == 16
    assert TypeClassifier.load() is clf


@pytest.mark.parametrize("text,expected", CLEAR)
def test_unambiguous_sentences(clf: TypeClassifier, text: str, expected: str) -> None:
    probs = clf.predict([text])[0]
    assert max(probs, key=probs.get) == expected, sorted(probs.items(), key=lambda kv: -kv[1])[:3]


def test_probabilities_sum_to_one(clf: TypeClassifier) -> None:
    for probs in clf.predict([t for t, _ in CLEAR] + ["", "xyzzy qwerty"]):
        assert set(probs) == set(PLOVER_TYPES)
        assert sum(probs.values()) == pytest.approx(1.0, abs=1e-5)
        assert all(0.0 <= p <= 1.0 for p in probs.values())


def test_batch_equals_single(clf: TypeClassifier) -> None:
    texts = [t for t, _ in CLEAR]
    batch = clf.predict(texts)
    for text, row in zip(texts, batch):
        single = clf.predict([text])[0]
        assert np.allclose([row[k] for k in PLOVER_TYPES], [single[k] for k in PLOVER_TYPES], atol=1e-6)
    assert clf.predict([]) == []


def test_trigger_and_top(clf: TypeClassifier) -> None:
    text = "Police fired tear gas at protesters after the rally in the capital."
    plain = clf.predict([text])[0]
    with_trigger = clf.predict([text], triggers=["rally"])[0]
    assert with_trigger["PROTEST"] > plain["PROTEST"] - 1e-6
    (label, p), second = clf.top([CLEAR[0][0]], k=2)[0]
    assert label == "ASSAULT" and p >= second[1]
    with pytest.raises(TypeError):
        clf.predict(CLEAR[0][0])  # a string, not a list
    with pytest.raises(ValueError):
        clf.predict(["a", "b"], triggers=["a"])


def test_features_and_stems() -> None:
    assert stem("attacked") == stem("attacks") == stem("attacking") == "attack"
    assert stem("protesters") == "protest"
    assert "b:air_strik" in features("Air strikes hit the town")


def test_missing_artifact_is_a_clear_error(tmp_path) -> None:
    with pytest.raises(ModelMissing, match="train_event_classifier"):
        TypeClassifier.load(tmp_path)
