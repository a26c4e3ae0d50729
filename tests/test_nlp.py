"""The shared spaCy pipeline (eventwire.nlp): what we add to the model's own behaviour."""

from __future__ import annotations

from eventwire.nlp import load


def test_a_blank_line_ends_a_sentence() -> None:
    """A headline without a full stop must not run into the first paragraph."""
    text = ("Envoy heads to Doha as rebels take a third provincial capital\n\n"
            "The special envoy will travel to Doha this week, officials said.\nHe will meet both delegations.")
    sentences = [s.text.strip() for s in load()(text).sents]
    assert sentences[0] == "Envoy heads to Doha as rebels take a third provincial capital"
    assert sentences[1] == "The special envoy will travel to Doha this week, officials said."
