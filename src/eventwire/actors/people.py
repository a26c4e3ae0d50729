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


def decide(people: list[Person], year: int | None) -> tuple[str | None, str | None, str] | None:
    """(country, sector, note) when the candidates agree on the country; the sector of those who held
    their office in the article's year (of all of them when the article has no date), if they agree."""
    countries = {p.country for p in people}
    if not people or len(countries) != 1:
        return None
    sectors = {p.sector for p in people if year is None or p.in_office(year)}
    sector = sectors.pop() if len(sectors) == 1 else None
    return people[0].country, sector, "; ".join(dict.fromkeys(f"{p.name}, {p.note}" for p in people))
