"""The ontology's other labels on events (events/labels.py, data/events/labels.yaml)."""

from __future__ import annotations

import pytest

from eventwire.pipeline import Pipeline
from tests.eventcheck import by_trigger


def labelled(pipeline: Pipeline, text: str, trigger: str) -> list[str]:
    return by_trigger(pipeline, text, trigger).labels


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Islamic State claimed responsibility for the bombing in Kabul on Monday.", "bombing"),
        ("The Taliban said they had captured the town of Aybak.", "captured"),
    ],
)
def test_a_party_claiming_its_own_act(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert "Claim of responsibility" in labelled(pipeline, text, trigger)


def test_a_claim_about_another_party_is_no_claim_of_responsibility(pipeline: Pipeline) -> None:
    text = "The Taliban said government troops had shelled the town of Aybak."
    assert "Claim of responsibility" not in labelled(pipeline, text, "shelled")


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Japan's foreign minister arrived in Jakarta on Tuesday for talks.", "arrived"),
        ("The French government accused Russia of interfering in the election.", "accused"),
        ("The United Nations called on all sides to protect civilians.", "called"),
    ],
)
def test_diplomacy(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert "Diplomatic event" in labelled(pipeline, text, trigger)


@pytest.mark.parametrize(
    ("text", "trigger"),
    [
        ("Police arrested 23 protesters in Nairobi.", "arrested"),
        ("The Kenyan government condemned the protesters.", "condemned"),  # at home: no other country
        ("Rebels attacked an army base in Mali.", "attacked"),
    ],
)
def test_not_diplomacy(pipeline: Pipeline, text: str, trigger: str) -> None:
    assert "Diplomatic event" not in labelled(pipeline, text, trigger)
