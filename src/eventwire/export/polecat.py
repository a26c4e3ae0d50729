"""POLECAT layout: the 40 tab-separated columns of POLECAT's weekly files, with a header
row (column list: data/export/polecat_columns.txt). One row per stored event.

Filled: ids, dates, PLOVER type/mode, quad class (from the CAMEO code), actor and
recipient name/ISO3 country/sector/title/raw mention, place name, city, province,
country, lat/long, GeoNames id, raw placename, feature type, source (outlet), publication
date, story people/organisations/locations (semicolon-separated, from the article),
language, version. Empty: Intensity, Contexts, COW codes, Wikipedia ids, District.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import duckdb

from .. import __version__
from ..clusters import outlet_of
from ..ontology import UnknownCode, get_ontology
from ..store.query import EventQuery, fetch_events
from .layout import cell, columns

FILE_NAME = "eventwire.polecat.txt"


def polecat_columns() -> list[str]:
    return columns("polecat_columns.txt")


def _story(con: duckdb.DuckDBPyConnection, content_hash: str, cache: dict[str, dict[str, str]]) -> dict[str, str]:
    if content_hash not in cache:
        row = con.execute("SELECT json_extract(doc, '$.actors'), json_extract(doc, '$.places') FROM articles WHERE content_hash = ?", [content_hash]).fetchone()
        actors = json.loads(row[0]) if row and row[0] else []
        places = json.loads(row[1]) if row and row[1] else []

        def uniq(values: list[str]) -> str:
            return ";".join(dict.fromkeys(v for v in values if v))

        cache[content_hash] = {
            "people": uniq([a["name"] for a in actors if a.get("kind") == "person"]),
            "orgs": uniq([a["name"] for a in actors if a.get("kind") in ("organisation", "group")]),
            "places": uniq([p["name"] for p in places]),
        }
    return cache[content_hash]


def polecat_row(e: dict[str, Any], story: dict[str, str]) -> dict[str, str]:
    doc = json.loads(e["doc"]) if isinstance(e.get("doc"), str) else (e.get("doc") or {})
    row: dict[str, Any] = {c: "" for c in polecat_columns()}
    row["Event ID"] = f"{e['content_hash'][:16]}-{e['event_id']}"
    row["Event Date"] = e["event_date"].isoformat() if e.get("event_date") else ""
    row["Event Type"] = e.get("type")
    row["Event Mode"] = e.get("mode")
    if e.get("cameo"):
        try:
            row["Quad Code"] = get_ontology().quad_class(e["cameo"])
        except UnknownCode:
            pass
    for prefix, who in (("Actor", "actor"), ("Recipient", "target")):
        a = doc.get(who) or {}
        row[f"{prefix} Name"] = a.get("name")
        row[f"{prefix} Country"] = a.get("country")
        row[f"Primary {prefix} Sector"] = a.get("sector")
        row[f"{prefix} Sectors"] = a.get("sector")
        row[f"{prefix} Title"] = a.get("role")
        row[f"{prefix} Name Raw"] = a.get("text")
    loc = doc.get("location") or {}
    if loc:
        row["Placename"] = loc.get("name")
        row["City"] = loc.get("name") if str(loc.get("feature") or "").startswith("P.") else ""
        row["Province"] = loc.get("admin1")
        row["Country"] = loc.get("country")
        row["Latitude"], row["Longitude"] = loc.get("lat"), loc.get("lon")
        row["GeoNames ID"] = loc.get("geonameid")
        row["Raw Placename"] = loc.get("text")
        row["Feature Type"] = loc.get("feature")
    row["Source"] = outlet_of(e.get("url"), e["content_hash"]) if e.get("url") else (e.get("source") or "")
    row["Publication Date"] = e["published"].isoformat() if e.get("published") else ""
    row["Story People"], row["Story Organizations"], row["Story Locations"] = story["people"], story["orgs"], story["places"]
    row["Language"] = "en"
    row["Version"] = f"eventwire {__version__}"
    return {k: cell(v) for k, v in row.items()}


def write_polecat(con: duckdb.DuckDBPyConnection, directory: Path | str, q: EventQuery = EventQuery()) -> tuple[Path, int]:
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    path = out / FILE_NAME
    cols = polecat_columns()
    cache: dict[str, dict[str, str]] = {}
    n = 0
    with path.open("w", encoding="utf-8", newline="") as fh:
        fh.write("\t".join(cols) + "\n")
        for e in fetch_events(con, q):
            row = polecat_row(e, _story(con, e["content_hash"], cache))
            fh.write("\t".join(row[c] for c in cols) + "\n")
            n += 1
    return path, n
