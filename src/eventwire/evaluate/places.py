"""Score the places stage against GeoWebNews (Gritta et al. 2019, "A Pragmatic Guide
to Geoparsing Evaluation").

What counts as a gold toponym. GeoWebNews labels every span with a type. We count
the *noun* toponyms that name a place, whether used literally or metonymically:
Literal, Mixed, Coercion, Metonymic, Literal_Modifier, Non_Literal_Modifier,
Embedded_Literal, Embedded_Non_Lit — except those whose modifierType is
'Adjective' ('Russian troops', 'Syrian Observatory'): those are demonymic
adjectives, and eventwire deliberately does not output demonyms as places (they
name people or things, not a location). Demonym and Language spans are likewise
excluded. Non_Toponym, Homonym and the *_Expression types ('the city', 'citizens')
are not toponyms.

Precision: a predicted place is correct if it overlaps a gold toponym; a prediction
that overlaps only an excluded-but-geographic span (adjectival modifier, demonym,
language) is left out of precision rather than counted as wrong, because the choice
to exclude those is ours, not the annotators'. Every other prediction counts as wrong.

accuracy@161km: over ALL gold toponyms with coordinates (an unfound or unresolved one
is a miss), and separately over those found with coordinates. Errors are great-circle km.

Articles are split by position: the first half was used while developing the
resolver ('dev'), the second half was not looked at ('test').
"""

from __future__ import annotations

import math
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

from rich.table import Table

GOLD_TYPES = frozenset({"Literal", "Mixed", "Coercion", "Metonymic", "Literal_Modifier", "Non_Literal_Modifier",
                        "Embedded_Literal", "Embedded_Non_Lit"})
NEUTRAL_TYPES = frozenset({"Demonym", "Language"})
KM_THRESHOLD = 161.0
DEFAULT_PATH = Path(__file__).resolve().parents[3] / ".." / "shared" / "data" / "geowebnews" / "GWN.xml"


@dataclass
class GoldToponym:
    start: int
    end: int
    text: str
    type: str
    lat: float | None
    lon: float | None


@dataclass
class GoldArticle:
    id: str
    text: str
    toponyms: list[GoldToponym]  # gold (counted) toponyms
    neutral: list[tuple[int, int]]  # spans neither rewarded nor penalised


def read_gwn(path: Path) -> list[GoldArticle]:
    out = []
    for art in ET.parse(path).getroot().iter("article"):
        text = art.findtext("text") or ""
        gold, neutral = [], []
        for t in art.find("toponyms") or []:
            typ, mod = t.findtext("type") or "", t.findtext("modifierType") or ""
            s, e = int(t.findtext("start")), int(t.findtext("end"))
            if typ in GOLD_TYPES and mod != "Adjective":
                lat, lon = t.findtext("latitude"), t.findtext("longitude")
                gold.append(GoldToponym(s, e, text[s:e], typ, float(lat) if lat else None, float(lon) if lon else None))
            elif typ in NEUTRAL_TYPES or (typ in GOLD_TYPES and mod == "Adjective"):
                neutral.append((s, e))
        out.append(GoldArticle(art.get("file", str(len(out))), text, gold, neutral))
    return out


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


@dataclass
class Counts:
    articles: int = 0
    gold: int = 0
    gold_found: int = 0
    predicted: int = 0
    predicted_correct: int = 0
    predicted_neutral: int = 0
    gold_coords: int = 0
    matched_coords: int = 0  # gold with coordinates whose overlapping prediction has coordinates
    within: int = 0
    errors_km: list[float] = field(default_factory=list)

    def add(self, other: "Counts") -> None:
        for k, v in vars(other).items():
            setattr(self, k, getattr(self, k) + v)


@dataclass
class Split:
    name: str
    articles: int
    recall: float
    precision: float
    f1: float
    acc161: float  # over all gold toponyms with coordinates
    acc161_matched: float  # over gold toponyms found with coordinates
    mean_error_km: float
    median_error_km: float
    gold: int
    predicted: int
    gold_coords: int

    @classmethod
    def of(cls, name: str, c: Counts) -> "Split":
        r = c.gold_found / c.gold if c.gold else 0.0
        denom = c.predicted - c.predicted_neutral
        p = c.predicted_correct / denom if denom else 0.0
        errs = sorted(c.errors_km)
        return cls(name, c.articles, r, p, 2 * p * r / (p + r) if p + r else 0.0,
                   c.within / c.gold_coords if c.gold_coords else 0.0,
                   c.within / c.matched_coords if c.matched_coords else 0.0,
                   sum(errs) / len(errs) if errs else 0.0, errs[len(errs) // 2] if errs else 0.0,
                   c.gold, c.predicted, c.gold_coords)


@dataclass
class PlacesReport:
    splits: list[Split]
    seconds: float
    seconds_per_article_resolve: float

    @property
    def all(self) -> Split:
        return next(s for s in self.splits if s.name == "all")

    def table(self) -> Table:
        t = Table(title=f"places vs GeoWebNews ({self.seconds:.0f}s; resolve {1000 * self.seconds_per_article_resolve:.1f} ms/article)")
        cols = ["split", "articles", "gold", "predicted", "recall", "precision", "F1", "acc@161 (all w/ coords)",
                "acc@161 (matched)", "mean km", "median km"]
        for c in cols:
            t.add_column(c, justify="left" if c == "split" else "right")
        for s in self.splits:
            t.add_row(s.name, str(s.articles), str(s.gold), str(s.predicted), f"{s.recall:.3f}", f"{s.precision:.3f}",
                      f"{s.f1:.3f}", f"{s.acc161:.3f} / {s.gold_coords}", f"{s.acc161_matched:.3f}",
                      f"{s.mean_error_km:.0f}", f"{s.median_error_km:.0f}")
        return t


def score_article(gold: GoldArticle, places) -> Counts:
    c = Counts(articles=1, gold=len(gold.toponyms), predicted=len(places))
    for p in places:
        if any(p.start < g.end and g.start < p.end for g in gold.toponyms):
            c.predicted_correct += 1
        elif any(p.start < e and s < p.end for s, e in gold.neutral):
            c.predicted_neutral += 1
    for g in gold.toponyms:
        over = [p for p in places if p.start < g.end and g.start < p.end]
        c.gold_found += bool(over)
        if g.lat is None:
            continue
        c.gold_coords += 1
        located = [p for p in over if p.lat is not None]
        if located:
            c.matched_coords += 1
            km = haversine_km(g.lat, g.lon, located[0].lat, located[0].lon)
            c.errors_km.append(km)
            c.within += km <= KM_THRESHOLD
    return c


def evaluate_places(path: Path = DEFAULT_PATH, limit: int | None = None) -> PlacesReport:
    """Run nlp + PlaceResolver over GeoWebNews; report dev (first half), test (second half) and all."""
    from ..document import Document
    from ..model import Article
    from ..nlp import load, parse
    from ..places import PlaceResolver

    started = time.perf_counter()
    articles = read_gwn(Path(path))
    half = len(articles) // 2
    if limit is not None:
        articles = articles[:limit]
    nlp, resolver = load(), PlaceResolver()
    dev, test, resolve_s = Counts(), Counts(), 0.0
    for k, (gold, doc) in enumerate(zip(articles, parse(nlp, (a.text for a in articles)))):
        document = Document(Article(id=gold.id, text=gold.text), doc)
        t = time.perf_counter()
        resolver(document)
        resolve_s += time.perf_counter() - t
        (dev if k < half else test).add(score_article(gold, document.article.places))
    total = Counts()
    total.add(dev)
    total.add(test)
    splits = [Split.of("dev (first half)", dev)]
    if test.articles:
        splits.append(Split.of("test (second half)", test))
    splits.append(Split.of("all", total))
    return PlacesReport(splits, time.perf_counter() - started, resolve_s / max(1, len(articles)))
