"""The actor knowledge base: countries, named organisations, sector agents and word lists,
read from `eventwire/data/actors/` once per process and validated (a bad row raises
`KBError` naming the file and line)."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path

import yaml

KINDS = frozenset({"state", "organisation", "person", "group"})
AGENT_KINDS = frozenset({"person", "group", "organisation"})
OPEN = 9999  # the end of a term still running ('2022-')


class KBError(ValueError):
    """A knowledge-base file is malformed: the message names the file and line."""


@dataclass(frozen=True)
class Country:
    iso3: str
    iso2: str
    name: str
    aliases: tuple[str, ...]
    adjectives: tuple[str, ...]  # "Afghan"
    people: tuple[str, ...]  # "Afghans"
    capitals: tuple[str, ...]  # "Kabul"


@dataclass(frozen=True)
class Org:
    key: str  # "org:<name>"
    name: str
    kind: str
    sector: str
    country: str | None
    aliases: tuple[str, ...]


@dataclass(frozen=True)
class Agent:
    """A sector noun or modifier: 'police', 'armed group', 'spokesman', 'military'."""

    words: tuple[str, ...]  # lower-case, head last
    sector: str | None
    weak: bool  # the sector is only a default ("leaders" GOV?)
    kind: str
    role: str | None
    refers: str | None  # "name~Department", "sector=REB,INS", "kind=group", "role=spokesman"; ';'-joined, '-' negates
    alone: bool

    @property
    def phrase(self) -> str:
        return " ".join(self.words)


@dataclass(frozen=True)
class Person:
    """A well-known political person from people.tsv: used only when the article gives no country."""

    name: str
    aliases: tuple[str, ...]
    surnames: tuple[str, ...]  # what may stand alone for the person ("Putin"); () = full name only
    country: str | None  # None: acts for an international body
    sector: str
    years: tuple[tuple[int, int], ...]  # spans in office; () = not dated
    note: str
    gender: str | None = None  # 'm' / 'f'

    def in_office(self, year: int) -> bool:
        return not self.years or any(a <= year <= b for a, b in self.years)

    def tokens(self) -> frozenset[str]:
        """Every word of every full spelling: a first name must be one of them."""
        return frozenset(w for n in (self.name, *self.aliases) for w in n.split())


@dataclass(frozen=True)
class KB:
    sectors: dict[str, str]
    countries: dict[str, Country]  # by ISO3
    orgs: dict[str, Org]  # by key
    agents: dict[str, list[Agent]]  # head word -> phrases ending in it, longest first
    rules: dict[str, frozenset[str]] = field(default_factory=dict)
    pronouns: dict[str, str] = field(default_factory=dict)  # "he" -> "person" | "singular" | "plural" | "speaker" ("we")
    people: dict[str, list[Person]] = field(default_factory=dict)  # full name or alias -> people
    surnames: dict[str, list[Person]] = field(default_factory=dict)  # a surname that may stand alone -> people
    people_as_of: int | None = None  # the year people.tsv was brought up to date: where its open terms ('2025-') are known to end

    @cached_property
    def courtesy_titles(self) -> frozenset[str]:
        """'mr.', 'mrs.', 'sir' …: rules.yaml masculine_titles and feminine_titles together, for what a title means
        whatever its gender (a person's name follows it)."""
        return self.rules.get("masculine_titles", frozenset()) | self.rules.get("feminine_titles", frozenset())

    @cached_property
    def name_sectors(self) -> dict[str, str]:
        """Word in an organisation's name -> the default sector it gives (rules.yaml name_words_<SECTOR>)."""
        prefix = "name_words_"
        return {w: k[len(prefix):] for k, words in self.rules.items() if k.startswith(prefix) for w in words}

    # surface form -> ("country"|"adjective"|"people"|"capital"|"org", key); used by the matcher
    def surface_forms(self) -> dict[str, tuple[str, str]]:
        forms: dict[str, tuple[str, str]] = {}

        def add(text: str, what: str, key: str) -> None:
            for variant in (text, text[:1].upper() + text[1:]):
                forms.setdefault(variant, (what, key))

        for org in self.orgs.values():  # named organisations first: "Washington Post" beats "Washington"
            for s in (org.name, *org.aliases):
                add(s, "org", org.key)
        for c in self.countries.values():
            for s in (c.name, *c.aliases):
                add(s, "country", c.iso3)
            for s in c.people:
                add(s, "people", c.iso3)
            for s in c.adjectives:
                add(s, "adjective", c.iso3)
            for s in c.capitals:
                add(s, "capital", c.iso3)
        return forms

    def agent(self, words: list[str]) -> Agent | None:
        """The longest agent phrase that ends the word sequence `words` (lower-case, head last)."""
        for a in self.agents.get(words[-1], ()):
            n = len(a.words)
            if n <= len(words) and tuple(words[-n:]) == a.words:
                return a
        return None


def _data_dir() -> Path:
    return Path(str(resources.files("eventwire") / "data" / "actors"))


def _rows(path: Path, columns: list[str], optional: int = 0):
    """Yield (line_number, {column: value}) for a TSV with a header row; '#' lines are comments. The last
    `optional` columns may be left off a row (read as '-')."""
    header_seen = False
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if not header_seen:
            if cells != columns:
                raise KBError(f"{path}:{n}: header must be {columns}, got {cells}")
            header_seen = True
            continue
        if len(columns) - optional <= len(cells) < len(columns):
            cells += ["-"] * (len(columns) - len(cells))
        if len(cells) != len(columns):
            raise KBError(f"{path}:{n}: expected {len(columns)} tab-separated columns {columns}, got {len(cells)}: {line!r}")
        if any(not c.strip() for c in cells):
            raise KBError(f"{path}:{n}: empty cell (write - for none): {line!r}")
        yield n, dict(zip(columns, (c.strip() for c in cells)))


def _yaml(path: Path):
    try:
        return yaml.safe_load(path.read_text("utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        raise KBError(f"{path}{line}: invalid YAML: {getattr(exc, 'problem', exc)}") from exc


def _list(cell: str) -> tuple[str, ...]:
    return () if cell == "-" else tuple(dict.fromkeys(x.strip() for x in cell.split("|") if x.strip()))


def load_kb(directory: Path | None = None) -> KB:
    d = directory or _data_dir()
    path = d / "sectors.yaml"
    sectors = _yaml(path)
    if not isinstance(sectors, dict) or not all(isinstance(k, str) and k.isupper() for k in sectors):
        raise KBError(f"{path}: must map upper-case sector codes to descriptions")

    def sector(cell: str, where: str) -> tuple[str | None, bool]:
        if cell == "-":
            return None, False
        weak = cell.endswith("?")
        code = cell.rstrip("?")
        if code not in sectors:
            raise KBError(f"{where}: unknown sector {code!r}; known: {', '.join(sorted(sectors))}")
        return code, weak

    countries: dict[str, Country] = {}
    path = d / "countries.tsv"
    for n, r in _rows(path, ["iso3", "iso2", "name", "aliases", "adjectives", "people", "capitals"]):
        if len(r["iso3"]) != 3 or len(r["iso2"]) != 2 or not r["iso3"].isupper():
            raise KBError(f"{path}:{n}: bad ISO codes {r['iso3']!r}/{r['iso2']!r}")
        countries[r["iso3"]] = Country(r["iso3"], r["iso2"], r["name"], _list(r["aliases"]), _list(r["adjectives"]),
                                       _list(r["people"]), _list(r["capitals"]))

    orgs: dict[str, Org] = {}
    seen: dict[str, str] = {}
    path = d / "organisations.tsv"
    for n, r in _rows(path, ["name", "kind", "sector", "country", "aliases"]):
        where = f"{path}:{n}"
        if r["kind"] not in KINDS:
            raise KBError(f"{where}: kind {r['kind']!r} is not one of {sorted(KINDS)}")
        code, weak = sector(r["sector"], where)
        if code is None or weak:
            raise KBError(f"{where}: an organisation needs a firm sector code")
        country = None if r["country"] == "-" else r["country"]
        if country is not None and country not in countries:
            raise KBError(f"{where}: unknown country {country!r} (ISO 3166-1 alpha-3 expected)")
        key = f"org:{r['name']}"
        if key in orgs:
            raise KBError(f"{where}: duplicate organisation {r['name']!r}")
        aliases = _list(r["aliases"])
        for s in (r["name"], *aliases):
            if s in seen and seen[s] != key:
                raise KBError(f"{where}: name {s!r} already belongs to {seen[s][4:]!r}")
            seen[s] = key
        orgs[key] = Org(key, r["name"], r["kind"], code, country, aliases)

    agents: dict[str, list[Agent]] = {}
    path = d / "agents.tsv"
    for n, r in _rows(path, ["phrase", "sector", "kind", "role", "refers", "alone"]):
        where = f"{path}:{n}"
        code, weak = sector(r["sector"], where)
        if r["kind"] not in AGENT_KINDS:
            raise KBError(f"{where}: kind {r['kind']!r} is not one of {sorted(AGENT_KINDS)}")
        refers = None if r["refers"] == "-" else r["refers"]
        for part in refers.split(";") if refers else ():
            part = part.removeprefix("-")
            if not part.startswith(("name~", "role=", "sector=", "kind=")):
                raise KBError(f"{where}: refers must be name~WORD, sector=CODES, kind=KINDS, role=ROLE (';'-joined, "
                              f"'-' to negate) or -, got {refers!r}")
            if part.startswith("sector="):
                for c in part[7:].split(","):
                    sector(c, where)
        if r["alone"] not in ("yes", "no"):
            raise KBError(f"{where}: alone must be yes or no, got {r['alone']!r}")
        words = tuple(r["phrase"].lower().split())
        if any(a.words == words for a in agents.get(words[-1], ())):
            raise KBError(f"{where}: duplicate agent phrase {r['phrase']!r}")
        agents.setdefault(words[-1], []).append(
            Agent(words, code, weak, r["kind"], None if r["role"] == "-" else r["role"], refers, r["alone"] == "yes"))
    for lst in agents.values():
        lst.sort(key=lambda a: -len(a.words))

    path = d / "rules.yaml"
    raw = _yaml(path)
    need = ["speech_verbs", "location_verbs", "actor_prepositions", "title_prepositions", "pronouns", "expletive_it_verbs",
            "location_prepositions", "residence_prepositions", "posted_abroad", "stance_prefixes",
            "affiliation_titles", "former_words"]
    missing = [k for k in need if k not in (raw or {})]
    if missing:
        raise KBError(f"{path}: missing keys {missing}")
    pronoun_lists = raw.pop("pronouns")
    pronouns = {w: cls for cls, ws in pronoun_lists.items() for w in ws}
    if set(pronouns.values()) - {"person", "singular", "plural", "speaker"}:
        raise KBError(f"{path}: pronoun classes must be person, singular, plural, speaker")
    for k, v in [*raw.items(), *(("pronouns", ws) for ws in pronoun_lists.values())]:
        if not isinstance(v, list) or not all(isinstance(w, str) for w in v):
            bad = v if not isinstance(v, list) else [w for w in v if not isinstance(w, str)]
            raise KBError(f"{path}: {k} must be a list of words; not words: {bad!r} (quote yes/no/on/off)")
    rules = {k: frozenset(w.lower() for w in v) for k, v in raw.items()}
    people, surnames, as_of = _people(d / "people.tsv", countries, sector)
    return KB(sectors, countries, orgs, agents, rules, pronouns, people, surnames, as_of)


def _years(cell: str, where: str) -> tuple[tuple[int, int], ...]:
    """'1999-2019,2022-' -> ((1999, 2019), (2022, OPEN)); '2022' -> ((2022, 2022),)."""
    if cell == "-":
        return ()
    out = []
    for part in cell.split(","):
        a, dash, b = part.strip().partition("-")
        if not a.isdigit() or (b and not b.isdigit()):
            raise KBError(f"{where}: years must be YYYY-YYYY, YYYY- or YYYY joined by commas, got {cell!r}")
        out.append((int(a), int(b) if b else (OPEN if dash else int(a))))
    return tuple(out)


def _as_of(path: Path) -> tuple[int, int] | None:
    """(line, year) of people.tsv's '#as-of<TAB>YYYY' line: the year the list was brought up to date."""
    for n, line in enumerate(path.read_text("utf-8").splitlines(), 1):
        if line.startswith("#as-of"):
            year = line.removeprefix("#as-of").strip()
            if not (year.isdigit() and len(year) == 4):
                raise KBError(f"{path}:{n}: the as-of line must be '#as-of<TAB>YYYY', got {line!r}")
            return n, int(year)
    return None


def _people(path: Path, countries: dict[str, Country], sector) -> tuple[dict[str, list[Person]], dict[str, list[Person]], int | None]:
    """people.tsv, indexed by full spelling and by stand-alone surname (an optional file), and its as-of year."""
    people: dict[str, list[Person]] = {}
    surnames: dict[str, list[Person]] = {}
    if not path.exists():
        return people, surnames, None
    as_of = _as_of(path)
    for n, r in _rows(path, ["name", "aliases", "surname", "country", "sector", "years", "note", "gender"], optional=1):
        where = f"{path}:{n}"
        country = None if r["country"] == "-" else r["country"]
        if country is not None and country not in countries:
            raise KBError(f"{where}: unknown country {country!r} (ISO 3166-1 alpha-3 expected)")
        code, weak = sector(r["sector"], where)
        if code is None or weak:
            raise KBError(f"{where}: a person needs a firm sector code")
        if r["gender"] not in ("m", "f", "-"):
            raise KBError(f"{where}: gender must be m, f or -, got {r['gender']!r}")
        p = Person(r["name"], _list(r["aliases"]), _list(r["surname"]), country, code, _years(r["years"], where), r["note"],
                   None if r["gender"] == "-" else r["gender"])
        for s in (p.name, *p.aliases):
            people.setdefault(s, []).append(p)
        for s in p.surnames:
            surnames.setdefault(s, []).append(p)
        if as_of is None and any(b == OPEN for _, b in p.years):
            raise KBError(f"{where}: a term still running ('YYYY-') needs the list's '#as-of<TAB>YYYY' line")
        if as_of is not None and any(a > as_of[1] for a, _ in p.years):
            raise KBError(f"{where}: a term from after the list's as-of year {as_of[1]} (line {as_of[0]})")
    return people, surnames, None if as_of is None else as_of[1]


@lru_cache(maxsize=None)
def default_kb() -> KB:
    """The packaged knowledge base, loaded once per process."""
    return load_kb()
