"""A company's officials and spokespeople are business (BUS), not government: 'a company official declined to comment'."""

from __future__ import annotations

import pytest

from eventwire.pipeline import Pipeline


@pytest.mark.parametrize(
    ("text", "who"),
    [
        ("A company official declined to comment on the strike in Lagos.", "A company official"),
        ("Company officials met the union on Monday.", "Company officials"),
        ("The company spokesman said talks would resume.", "The company spokesman"),
    ],
)
def test_a_companys_people_are_business(pipeline: Pipeline, text: str, who: str) -> None:
    article = pipeline.code_text(text)
    found = [a for a in article.actors if a.text == who]
    assert found and found[0].sector == "BUS", article.actors


def test_a_government_official_stays_government(pipeline: Pipeline) -> None:
    article = pipeline.code_text("A government official declined to comment on the strike in Lagos.")
    found = [a for a in article.actors if a.text == "A government official"]
    assert found and found[0].sector == "GOV", article.actors
