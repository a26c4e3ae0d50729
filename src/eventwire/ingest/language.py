"""Which language is this text in? The models are English (spaCy en_core_web_sm, English
lexicons, English trigger patterns): coding a French or Russian article with them gives
confident garbage, so such articles are skipped with a reason instead.

py3langid (a modernised langid.py: naive Bayes over byte n-grams, its model ships in the
wheel, nothing is downloaded) on a sample of at most `SAMPLE_CHARS` characters: about a
millisecond per article after a one-off model load of ~1-2 s (done on first use).

A text is refused only when another language ranks first and the expected language's
probability is below `MAX_EXPECTED` (the detector is sure it is *not* English, which
is what matters; mixed-script English news with quoted Arabic or Cyrillic names
keeps English first or close); texts shorter than `MIN_CHARS` letters are not judged
(too short to tell), so a headline-length English text is never refused by accident.
"""

from __future__ import annotations

from functools import lru_cache

SAMPLE_CHARS = 3000
MIN_LETTERS = 80
MAX_EXPECTED = 0.02


@lru_cache(maxsize=1)
def _identifier():  # noqa: ANN202 - py3langid.langid.LanguageIdentifier
    """The model, decompressed in memory: py3langid's own loader spills it to a temporary
    file, which fails on a full disk (and a run must fail only where it writes the store)."""
    import io
    import lzma

    import numpy as np
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier
    from py3langid.modelio import _to_array

    with lzma.open(MODEL_DIR / MODEL_FILE) as src:
        buffer = io.BytesIO(src.read())
    with np.load(buffer, allow_pickle=False) as data:
        return LanguageIdentifier(
            np.asarray(data["ptc"]), np.asarray(data["pc"]), data["classes"].tolist(), _to_array(data["nextmove"]),
            data["out_feat"].tolist(), norm_probs=True, tk_row=_to_array(data["nextmove_row"]),
        )


def preload() -> None:
    """Load the model now (at pipeline start), not in the middle of the first article."""
    _identifier()


def sample(text: str) -> str:
    """The beginning and the middle of the text (a long article may open with a foreign quote)."""
    if len(text) <= SAMPLE_CHARS:
        return text
    half = SAMPLE_CHARS // 2
    middle = len(text) // 2
    return text[:half] + "\n" + text[middle : middle + half]


def detect(text: str) -> tuple[str, float] | None:
    """(ISO 639-1 code, probability), or None when the text is too short to judge."""
    part = sample(text)
    if sum(ch.isalpha() for ch in part) < MIN_LETTERS:
        return None
    lang, prob = _identifier().classify(part)
    return str(lang), float(prob)


def foreign(text: str, expected: str) -> str | None:
    """A reason to skip the text if it is confidently not in `expected`, else None."""
    part = sample(text)
    if sum(ch.isalpha() for ch in part) < MIN_LETTERS:
        return None
    ranked = _identifier().rank(part)
    lang, prob = ranked[0]
    if lang == expected or dict(ranked).get(expected, 0.0) >= MAX_EXPECTED:
        return None
    return f"not {_NAMES.get(expected, expected)}: language detected as '{lang}' (p={prob:.2f}); the {_NAMES.get(expected, expected)} models would code it wrongly"


_NAMES = {"en": "English"}
