"""Well-known political people (data/actors/people.tsv) for a named person the article gives no
country: "President Bouteflika said" -> DZA. The article's own evidence always comes first (resolve.py
uses this only when a person's own words, links and places give no country). A full spelling matches;
a longer name matches on its surname when its first name is one of the person's ("Omar Hassan
al-Bashir"); a surname alone only when no other person of the article shares it."""

from __future__ import annotations

from .kb import KB, Person

STRIP = "'’.,\""


def _words(name: str) -> list[str]:
    words = name.split()
    if words and words[-1].lower() in ("'s", "’s"):
        words = words[:-1]
    if words:
        words[-1] = words[-1].removesuffix("'s").removesuffix("’s")
    return [w for w in words if w.strip(STRIP)]


def _surname_of(words: list[str], kb: KB) -> tuple[str, int] | None:
    """The longest stand-alone surname the name ends with, and how many words it takes."""
    for n in range(min(len(words), 3), 0, -1):
        key = " ".join(words[-n:])
        if key in kb.surnames:
            return key, n
    return None


def candidates(names: list[str], kb: KB, surname_taken: bool, phrases: tuple[str, ...] = ()) -> tuple[list[Person], str]:
    """The listed people one person entity (its name variants `names`) may be, and how it matched.
    `surname_taken`: another person of the article shares the surname, so the surname alone says nothing.
    `phrases`: its mentions' words, whose endings may hold a name with its title ("Pope Francis")."""
    for name in names:
        hit = kb.people.get(" ".join(_words(name)))
        if hit:
            return hit, f"full name '{name}'"
    for phrase in phrases:
        words = _words(phrase)
        for k in range(max(0, len(words) - 4), len(words) - 1):
            hit = kb.people.get(" ".join(words[k:]))
            if hit:
                return hit, f"full name '{' '.join(words[k:])}'"
    longest = max((_words(n) for n in names), key=len, default=[])
    found = _surname_of(longest, kb)
    if found is None:
        return [], ""
    key, n = found
    if len(longest) > n:
        first = next((w for w in longest[:-n] if kb.agent([w.lower()]) is None), None)  # skip a title word
        if first is None:
            return ([] if surname_taken else kb.surnames[key]), f"surname '{key}'"
        hit = [p for p in kb.surnames[key] if first in p.tokens()]
        return hit, f"surname '{key}' and first name '{first}'"
    return ([] if surname_taken else kb.surnames[key]), f"surname '{key}' (no other person of that name here)"


def surname(names: list[str], kb: KB) -> str | None:
    """The listed surname a person entity's longest name ends with, if any."""
    longest = max((_words(n) for n in names), key=len, default=[])
    found = _surname_of(longest, kb)
    return found[0] if found else None


def decide(people: list[Person], year: int | None, window: frozenset[int] | None = None) -> tuple[str | None, str | None, str] | None:
    """(country, sector, note) when the candidates agree on the country; the sector of those who held
    their office in the article's year, if they agree. An undated article's `window` (the term of office
    its own titles point to) takes the place of its year: an office held only at some other time gives no
    sector. With neither, the sector of all of them."""
    countries = {p.country for p in people}
    if not people or len(countries) != 1:
        return None
    sectors = {p.sector for p in people if (p.in_office(year) if year is not None else window is None or _held(p, window))}
    sector = sectors.pop() if len(sectors) == 1 else None
    return people[0].country, sector, "; ".join(dict.fromkeys(f"{p.name}, {p.note}" for p in people))


def _held(person: Person, years: frozenset[int]) -> bool:
    """Whether `person` held the listed office in one of `years`, a term's last year being its successor's."""
    return not person.years or any(a <= y < max(b, a + 1) for a, b in person.years for y in years)


def titled_spans(person: Person, role: str) -> tuple[tuple[int, int], ...]:
    """The terms in which `person` held the office the article's own title names ('President Obama' ->
    2009-2017); none when the title is not the listed office ('Senator Clinton'), is in the past, or the
    list cannot say which term was that office (several offices over several terms: 'vice president,
    president')."""
    offices = _offices(person)
    if role.startswith("former ") or not any(o.startswith(role) for o in offices):
        return ()
    return person.years if len(offices) == 1 or len(person.years) == 1 else ()


def _offices(person: Person) -> list[str]:
    """The listed offices of a person: the comma-separated parts of the note ('vice president, president')."""
    return [part.strip() for part in person.note.split(",")]


def office_holders(found: list[Person], roles: list[str]) -> list[Person]:
    """Those of several listed bearers of one surname whose listed office a title of the article names, now or
    'former' ('Secretary Clinton' -> Hillary Clinton, 'former President Clinton' -> Bill Clinton); all of them
    when no title tells them apart (no office held by some and not by others)."""
    held = [p for p in found if any(o.startswith(r.removeprefix("former ")) for r in roles for o in _offices(p))]
    return held if held and len(held) < len(found) else found


def window(titled: list[tuple[list[Person], str]], last: int | None) -> frozenset[int] | None:
    """When an undated article is from: the latest-starting term of office among those its own titles give
    listed people ('President Obama': 2009-2016, though 'President Clinton signed it in 1996' names an older
    term), a term still running up to `last`, the list's as-of year (KB.people_as_of; None only for a list
    without open terms). A term's last year is its successor's first ('Obama' 2009-2017 and 'Trump'
    2017-2021 do not overlap). None when it titles nobody listed with their listed office."""
    spans = [span for found, role in titled if len(found) == 1 for span in titled_spans(found[0], role)]
    if not spans:
        return None
    a, b = max(spans)
    end = b if last is None else min(b, last + 1)
    return frozenset(range(a, end) if end > a else (a,))
