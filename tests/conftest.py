"""Shared fixtures. Tests use only texts written for them: no ../shared, no network."""

from __future__ import annotations

import pytest

from eventwire.pipeline import Pipeline


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """The full pipeline, loaded once for the whole test session (as a corpus run would)."""
    return Pipeline()
