"""GDELT 2.0 Event table layout: 61 tab-separated columns in GDELT's order, no header
(column list: data/export/gdelt2_columns.txt).

One row per event cluster (GDELT's "event"): NumMentions = member events, NumArticles =
articles, NumSources = distinct outlets, SOURCEURL = the first report's URL. With
`per_event=True`, one row per stored event (NumMentions = NumArticles = NumSources = 1).

Filled from what eventwire knows: dates, actor names/ISO3 codes/sector as CAMEO type
code, CAMEO event code with base/root, QuadClass (GDELT's 1..4, not the Phoenix 0..4 of
the other outputs), ActionGeo type/name/FIPS country/lat/long, DATEADDED (when coded), SOURCEURL. Left empty: known group, ethnic and religion
codes, IsRootEvent, GoldsteinScale, AvgTone, Actor1Geo/Actor2Geo, ADM1/ADM2 codes and
FeatureID (GDELT uses GNS/FIPS identifiers; eventwire has GeoNames ids, see the parquet export).
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import date
from pathlib import Path
from typing import Any

import duckdb

from ..ontology import UnknownCode, get_ontology
from ..store.clusters import cluster_of, update_clusters
from ..store.query import EventQuery, fetch_events
from .layout import cell, columns, country_name, fips

FILE_NAME = "eventwire.export.CSV"


def gdelt_columns() -> list[str]:
    return columns("gdelt2_columns.txt")


def _numeric_id(text: str) -> int:
    return int(hashlib.sha1(text.encode("utf-8")).hexdigest()[:15], 16)


def _geo_type(feature: str | None, iso3: str | None) -> str:
    """GDELT geo types: 1 country, 2 US state, 3 US city, 4 world city, 5 world state."""
    if not feature:
        return ""
    if feature.startswith("A.PCL"):
        return "1"
    us = iso3 == "USA"
    if feature.startswith("A.ADM"):
        return "2" if us else "5"
    if feature.startswith("P."):
        return "3" if us else "4"
    return "4"


def gdelt_row(e: dict[str, Any], mentions: int = 1, articles: int = 1, sources: int = 1, id_text: str | None = None) -> dict[str, str]:
    onto = get_ontology()
    d: date | None = e.get("event_date")
    row: dict[str, Any] = {c: "" for c in gdelt_columns()}
    row["GlobalEventID"] = _numeric_id(id_text or f"{e['content_hash']}/{e['event_id']}")
    if d:
        row["Day"] = d.strftime("%Y%m%d")
        row["MonthYear"] = d.strftime("%Y%m")
        row["Year"] = d.year
        row["FractionDate"] = f"{d.year + (d.timetuple().tm_yday - 1) / 365:.4f}"
    for n, prefix in (("1", "actor"), ("2", "target")):
        name, country, sector = e.get(f"{prefix}_name"), e.get(f"{prefix}_country"), e.get(f"{prefix}_sector")
        row[f"Actor{n}Code"] = (country or "") + (sector or "")
        row[f"Actor{n}Name"] = (name or "").upper()
        row[f"Actor{n}CountryCode"] = country or ""
        row[f"Actor{n}Type1Code"] = sector or ""
    cameo = e.get("cameo")
    if cameo:
        row["EventCode"], row["EventBaseCode"], row["EventRootCode"] = cameo, cameo[:3], cameo[:2]
        try:
            row["QuadClass"] = onto.gdelt_quad_class(cameo)
        except UnknownCode:
            pass
    row["NumMentions"], row["NumSources"], row["NumArticles"] = mentions, sources, articles
    if e.get("place_name"):
        row["ActionGeo_Type"] = _geo_type(e.get("feature"), e.get("country"))
        row["ActionGeo_FullName"] = ", ".join(x for x in (e["place_name"], e.get("admin1") if e.get("admin1") != e["place_name"] else None, country_name(e.get("country"))) if x)
        row["ActionGeo_CountryCode"] = fips(e.get("country"))
        row["ActionGeo_Lat"] = "" if e.get("lat") is None else round(e["lat"], 4)
        row["ActionGeo_Long"] = "" if e.get("lon") is None else round(e["lon"], 4)
    if e.get("coded_at"):
        row["DATEADDED"] = e["coded_at"].strftime("%Y%m%d%H%M%S")
    row["SOURCEURL"] = e.get("url") or e.get("source") or ""
    return {k: cell(v) for k, v in row.items()}


def gdelt_rows(con: duckdb.DuckDBPyConnection, q: EventQuery = EventQuery(), per_event: bool = False) -> Iterable[dict[str, str]]:
    events = fetch_events(con, q)
    if per_event:
        for e in events:
            yield gdelt_row(e)
        return
    update_clusters(con)
    of = cluster_of(con)
    seen: set[str] = set()
    # events come ordered by date then publication: the first member met is the first report
    for e in sorted(events, key=lambda e: (e["published"] or date.max, e["event_date"] or date.max, e["article_id"], e["event_id"])):
        c = of.get((e["content_hash"], e["event_id"]))
        if c is None:
            yield gdelt_row(e)
            continue
        if c["cluster_id"] in seen:
            continue
        seen.add(c["cluster_id"])
        yield gdelt_row(e, mentions=c["n_events"], articles=c["n_articles"], sources=c["n_sources"], id_text=c["cluster_id"])


def write_gdelt(con: duckdb.DuckDBPyConnection, directory: Path | str, q: EventQuery = EventQuery(), per_event: bool = False) -> tuple[Path, int]:
    out = Path(directory)
    out.mkdir(parents=True, exist_ok=True)
    path = out / FILE_NAME
    n = 0
    cols = gdelt_columns()
    with path.open("w", encoding="utf-8", newline="") as fh:
        for row in gdelt_rows(con, q, per_event):
            fh.write("\t".join(row[c] for c in cols) + "\n")
            n += 1
    return path, n
