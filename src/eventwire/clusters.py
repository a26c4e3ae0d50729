"""Cross-article event clusters: the same event reported by many outlets becomes one
cluster with its member events, the number of articles and outlets that reported it,
and the first and last report.

Pure and deterministic: `cluster_events(items, rules)` depends only on its inputs
(sorted internally), so the same store always gives the same clusters and ids.

Two events may share a cluster when, with the rules in data/clusters/families.yaml:
  - their PLOVER types are in the same family and their modalities in the same group;
  - their dates (event date at day precision, else the report's publication date) are
    at most `window_days` apart;
  - their places are at most `max_km` apart (or, without coordinates, in the same country);
  - their actors and targets do not conflict (same name, or same country and no
    differing sector); symmetric families (talks, force...) may swap actor and target;
  - and, for at least one member of the cluster, place, actor or target positively matches.
A new event joins the cluster it conflicts with in no member and is anchored to (shares
a place, actor or target with) in at least one, choosing the highest mean score; else it
starts its own. No conflict with any member keeps chains of look-alikes from snowballing.
"""

from __future__ import annotations

import hashlib
import math
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

import yaml

from .store.query import PLOVER

MATCH, UNKNOWN, CONFLICT = 1, 0, -1


@dataclass(frozen=True)
class Party:
    name: str | None
    country: str | None
    sector: str | None


@dataclass(frozen=True)
class ClusterItem:
    """What clustering needs to know about one stored event."""

    key: tuple[str, str]  # (article content_hash, event id)
    type: str
    mode: str | None
    modality: str
    day: date | None  # event date at day precision, else the article's publication date
    actor: Party | None
    target: Party | None
    lat: float | None
    lon: float | None
    place: str | None
    country: str | None
    published: date | None
    outlet: str  # url host, or the article itself when it has no url
    article: str  # content hash


@dataclass(frozen=True)
class Rules:
    family: Mapping[str, str]  # PLOVER type -> family
    symmetric: frozenset[str]  # families whose roles may be swapped
    modality_group: Mapping[str, str]
    sector_group: Mapping[str, str] = field(default_factory=dict)
    max_km: float = 50.0
    window_days: int = 3


@dataclass
class Cluster:
    id: str
    members: list[ClusterItem] = field(default_factory=list)

    @property
    def keys(self) -> list[tuple[str, str]]:
        return [m.key for m in self.members]

    def summary(self) -> dict[str, Any]:
        """The cluster as one flat record (what is stored and listed)."""
        ms = self.members
        days = sorted(m.day for m in ms if m.day)
        reports = sorted(m.published for m in ms if m.published)
        lats = [m.lat for m in ms if m.lat is not None and m.lon is not None]
        lons = [m.lon for m in ms if m.lat is not None and m.lon is not None]
        return {
            "cluster_id": self.id,
            "type": _most_common(m.type for m in ms),
            "mode": _most_common(m.mode for m in ms),
            "actor": _most_common(m.actor.name if m.actor else None for m in ms),
            "actor_country": _most_common(m.actor.country if m.actor else None for m in ms),
            "target": _most_common(m.target.name if m.target else None for m in ms),
            "target_country": _most_common(m.target.country if m.target else None for m in ms),
            "place": _most_common(m.place for m in ms),
            "country": _most_common(m.country for m in ms),
            "lat": round(sum(lats) / len(lats), 5) if lats else None,
            "lon": round(sum(lons) / len(lons), 5) if lons else None,
            "first_date": days[0] if days else None,
            "last_date": days[-1] if days else None,
            "first_report": reports[0] if reports else None,
            "last_report": reports[-1] if reports else None,
            "n_events": len(ms),
            "n_articles": len({m.article for m in ms}),
            "n_sources": len({m.outlet for m in ms}),
        }


def _most_common(values: Iterable[str | None]) -> str | None:
    counts = Counter(v for v in values if v)
    if not counts:
        return None
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]


@lru_cache(maxsize=1)
def default_rules() -> Rules:
    return load_rules(resources.files("eventwire").joinpath("data/clusters/families.yaml").read_text("utf-8"))


def load_rules(text: str, max_km: float | None = None, window_days: int | None = None) -> Rules:
    data = yaml.safe_load(text)
    family: dict[str, str] = {}
    symmetric: set[str] = set()
    for name, spec in data["families"].items():
        for t in spec["types"]:
            if t not in PLOVER:
                raise ValueError(f"families.yaml: family {name!r} names unknown PLOVER type {t!r}")
            if t in family:
                raise ValueError(f"families.yaml: {t} is in both {family[t]!r} and {name!r}")
            family[t] = name
        if spec.get("symmetric"):
            symmetric.add(name)
    missing = [t for t in PLOVER if t not in family]
    if missing:
        raise ValueError(f"families.yaml: PLOVER types in no family: {', '.join(missing)}")
    group = {m: g for g, ms in data["modality_groups"].items() for m in ms}
    sectors = {s: g for g, ss in (data.get("sector_groups") or {}).items() for s in ss}
    d = data.get("defaults", {})
    return Rules(family, frozenset(symmetric), group, sectors,
                 float(max_km if max_km is not None else d.get("max_km", 50)),
                 int(window_days if window_days is not None else d.get("window_days", 3)))


def with_limits(rules: Rules, max_km: float | None = None, window_days: int | None = None) -> Rules:
    return Rules(rules.family, rules.symmetric, rules.modality_group, rules.sector_group,
                 rules.max_km if max_km is None else float(max_km),
                 rules.window_days if window_days is None else int(window_days))


# --- from store rows ----------------------------------------------------------

def outlet_of(url: str | None, article: str) -> str:
    host = urlsplit(url).hostname if url else None
    if not host:
        return "article:" + article
    return re.sub(r"^(www\d?|m|amp|edition)\.", "", host.lower())


def item_from_row(row: Mapping[str, Any]) -> ClusterItem:
    """A ClusterItem from one row of `store.query.fetch_events`."""
    def party(prefix: str) -> Party | None:
        name, country, sector = row.get(f"{prefix}_name"), row.get(f"{prefix}_country"), row.get(f"{prefix}_sector")
        return Party(name, country, sector) if (name or country) else None

    return ClusterItem(
        key=(row["content_hash"], row["event_id"]), type=row["type"], mode=row.get("mode"),
        modality=row.get("modality") or "asserted", day=row.get("event_date"),
        actor=party("actor"), target=party("target"), lat=row.get("lat"), lon=row.get("lon"),
        place=row.get("place_name"), country=row.get("country"), published=row.get("published"),
        outlet=outlet_of(row.get("url"), row["content_hash"]), article=row["content_hash"],
    )


# --- pairwise compatibility ---------------------------------------------------

def km_between(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def _norm(name: str | None) -> str:
    return re.sub(r"^(the )", "", re.sub(r"[^\w ]+", " ", (name or "").lower()).strip()).strip()


def _tokens(name: str | None) -> set[str]:
    return set(_norm(name).split()) - {"of", "the", "a", "an", "city", "town"}


def names_match(a: str | None, b: str | None) -> bool:
    """One name's words are all in the other's ('the Taliban', 'Taliban fighters')."""
    ta, tb = _tokens(a), _tokens(b)
    return bool(ta and tb and (ta <= tb or tb <= ta))


def party_match(a: Party | None, b: Party | None, sector_group: Mapping[str, str] | None = None) -> int:
    """MATCH (same name, or same country with compatible sectors), CONFLICT, or UNKNOWN.
    A party resolved to neither a country nor a sector ("Russian artillery", "the city")
    only ever matches by name (one name's words within the other's), never conflicts."""
    if a is None or b is None:
        return UNKNOWN
    if a.name and b.name and _norm(a.name) == _norm(b.name):
        return MATCH
    if not (a.country or a.sector) or not (b.country or b.sector):
        return MATCH if names_match(a.name, b.name) else UNKNOWN
    groups = sector_group or {}

    def same_side(x: str, y: str) -> bool:
        return x == y or (x in groups and groups.get(x) == groups.get(y))

    if a.country and b.country:
        if a.country != b.country:
            return CONFLICT
        if a.sector and b.sector and not same_side(a.sector, b.sector):
            return CONFLICT
        return MATCH
    # at most one country known, different names: only a shared known sector keeps them compatible
    if a.sector and b.sector and a.sector == b.sector:
        return UNKNOWN
    return CONFLICT


def place_match(a: ClusterItem, b: ClusterItem, max_km: float) -> int:
    if None not in (a.lat, a.lon, b.lat, b.lon):
        return MATCH if km_between(a.lat, a.lon, b.lat, b.lon) <= max_km else CONFLICT  # type: ignore[arg-type]
    if a.place and b.place and _norm(a.place) == _norm(b.place):
        return MATCH
    if a.country and b.country and a.country != b.country:
        return CONFLICT
    return UNKNOWN


def pair_score(a: ClusterItem, b: ClusterItem, rules: Rules) -> int | None:
    """None when a and b cannot be the same event (a conflict); else the number of positive
    matches (place, actor, target, same mode): 0 means compatible but nothing in common."""
    fam = rules.family.get(a.type)
    if fam is None or fam != rules.family.get(b.type):
        return None
    if rules.modality_group.get(a.modality, a.modality) != rules.modality_group.get(b.modality, b.modality):
        return None
    if a.day and b.day and abs((a.day - b.day).days) > rules.window_days:
        return None
    place = place_match(a, b, rules.max_km)
    if place == CONFLICT:
        return None
    sg = rules.sector_group
    orientations = [(party_match(a.actor, b.actor, sg), party_match(a.target, b.target, sg))]
    if fam in rules.symmetric:
        orientations.append((party_match(a.actor, b.target, sg), party_match(a.target, b.actor, sg)))
    best: int | None = None
    for n, (actor, target) in enumerate(orientations):
        if CONFLICT in (actor, target) or (n == 1 and MATCH not in (actor, target)):
            continue  # roles swap only on a positive party match, never merely by absence
        score = (place == MATCH) + (actor == MATCH) + (target == MATCH) + (a.mode is not None and a.mode == b.mode and a.type == b.type)
        anchored = place == MATCH or actor == MATCH or target == MATCH
        score = score if anchored else 0
        if best is None or score > best:
            best = score
    return best


# --- clustering ---------------------------------------------------------------

def cluster_id(keys: Iterable[tuple[str, str]]) -> str:
    h = hashlib.sha1("\n".join(f"{c}:{e}" for c, e in sorted(keys)).encode("utf-8")).hexdigest()
    return "C" + h[:11]


def cluster_events(items: Iterable[ClusterItem], rules: Rules | None = None) -> list[Cluster]:
    """Group events into clusters (every event is in exactly one; singletons included).
    Clusters are returned ordered by their first date, then id."""
    rules = rules or default_rules()
    ordered = sorted(items, key=lambda i: (i.day is None, i.day or date.min, i.published or date.min, i.key))
    groups: list[list[ClusterItem]] = []
    last_day: list[date | None] = []
    by_family: dict[tuple[str | None, str], list[int]] = {}
    for item in ordered:
        bucket = by_family.setdefault((rules.family.get(item.type), rules.modality_group.get(item.modality, item.modality)), [])
        best, best_score = None, 0
        for gi in bucket:
            if item.day and last_day[gi] and (item.day - last_day[gi]).days > rules.window_days:  # type: ignore[operator]
                continue
            total = 0
            for member in groups[gi]:
                s = pair_score(item, member, rules)
                if s is None:
                    total = -1
                    break
                total += s
            # joins only a cluster it conflicts with nowhere and shares a place, actor or target with somewhere
            if total > 0 and (total / len(groups[gi]) > best_score):
                best, best_score = gi, total / len(groups[gi])
        if best is None:
            groups.append([item])
            last_day.append(item.day)
            bucket.append(len(groups) - 1)
        else:
            groups[best].append(item)
            if item.day and (last_day[best] is None or item.day > last_day[best]):  # type: ignore[operator]
                last_day[best] = item.day
    clusters = [Cluster(cluster_id(m.key for m in g), g) for g in groups]
    clusters.sort(key=lambda c: (min((m.day for m in c.members if m.day), default=date.max), c.id))
    return clusters


def pairwise_scores(predicted: Iterable[Iterable[Any]], gold: Iterable[Iterable[Any]]) -> dict[str, float]:
    """Pairwise precision/recall/F1 of a clustering against gold clusters over the same items:
    a pair counts when both items share a cluster."""
    def pairs(groups: Iterable[Iterable[Any]]) -> set[frozenset]:
        out: set[frozenset] = set()
        for g in groups:
            g = sorted(set(g), key=repr)
            out.update(frozenset((x, y)) for i, x in enumerate(g) for y in g[i + 1:])
        return out

    p, g = pairs(predicted), pairs(gold)
    tp = len(p & g)
    precision = tp / len(p) if p else 1.0
    recall = tp / len(g) if g else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "predicted_pairs": len(p), "gold_pairs": len(g), "true_pairs": tp}
