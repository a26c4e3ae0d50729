"""Choose one gazetteer record per mention, and decide whether a mention that
spaCy did not call a place is one.

Scores are additive log-scale evidence so that each winning record can explain
itself: the prior (log10 population and feature: countries > capitals > admin1 >
towns), words around the mention ('province of X', 'X city'), the 'Town, State'
pattern, and the article's context — which countries and first-level divisions it
names. Context comes from a first pass without context, then is refined once.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from ..times.lexicon import load_lexicon as load_times_lexicon
from .gazetteer import Entry, Gazetteer, name_key
from .lexicon import Lexicon
from .mentions import Mention

FEATURE_BONUS = {"country": 3.0, "admin1": 0.5, "admin2": -0.5, "city": 0.0, "region": 0.0}
CAPITAL_BONUS = 2.0
PRIMARY_BONUS = 1.0
CUE_BONUS = 3.0
WON_BONUS = 3.0  # 'Biden won Georgia': a first-level division is what a candidate wins
PAIR_BONUS = 5.0  # 'Laurel, Kentucky': the second name contains the first
ADMIN1_CONTEXT = 3.0
NEAR_BONUS = 1.0
NEAR_CHARS = 300
COUNTRY_CONTEXT = 3.0
NAMESAKE_PENALTY = -2.0  # a division that has a town's name only as an alternate name ('Khersonska oblast')
KIND_NOUN = {"admin1": "province/state", "admin2": "county/district", "city": "town/city", "country": "country",
             "region": "region"}
BIG_CITY = 100_000  # a town this large is a place even when spaCy called it ORG
LOCAL_SHARE = 0.2  # a building in a country with less of the article than this is elsewhere
_WORD = re.compile(r"[\w.]+|,")


@dataclass
class Scored:
    entry: Entry
    score: float
    reasons: list[tuple[float, str]] = field(default_factory=list)


@dataclass
class Context:
    """What the rest of the article says about where it is."""

    country_weight: dict[str, float]
    admin1_at: dict[tuple[str, str], list[int]]  # (cc, admin1) → char offsets where it is named
    total: float

    @classmethod
    def build(cls, mentions: list[Mention], best: list[Scored | None], demonym_countries: Counter) -> "Context":
        weight: dict[str, float] = defaultdict(float)
        admin1_at: dict[tuple[str, str], list[int]] = defaultdict(list)
        for m, s in zip(mentions, best):
            if s is None or not s.entry.country:
                continue
            weight[s.entry.country] += 1.0
            if s.entry.kind == "admin1":
                admin1_at[(s.entry.country, s.entry.admin1)].append(m.start)
        for cc, n in demonym_countries.items():
            weight[cc] += 0.5 * n
        return cls(dict(weight), dict(admin1_at), sum(weight.values()))


def prior(e: Entry) -> tuple[float, list[tuple[float, str]]]:
    kind = e.kind
    if kind == "region":
        base = 7.5 if e.feature == "L.CONT" else 7.0
        reasons = [(base, f"{'continent' if e.feature == 'L.CONT' else 'region'}")]
    else:
        base = math.log10(e.population + 1) if e.population else 3.0
        reasons = [(base, f"population {e.population:,}")]
    bonus = FEATURE_BONUS[kind]
    if e.feature == "P.PPLC":
        cap = CAPITAL_BONUS if e.primary else CAPITAL_BONUS / 4  # 'Salisbury' is an old name of Harare
        bonus += cap
        reasons.append((cap, "national capital"))
    elif bonus > 0:
        reasons.append((bonus, KIND_NOUN[kind]))
    if e.primary:
        reasons.append((PRIMARY_BONUS, "exact name"))
    return base + bonus + (PRIMARY_BONUS if e.primary else 0.0), reasons


def cue_kind(text: str, m: Mention, lex: Lexicon) -> str | None:
    """'the province of Samangan' / 'Samangan province' → 'admin1'."""
    before = " ".join(w.lower() for w in _WORD.findall(text[max(0, m.start - 40) : m.start]))
    after = _WORD.findall(text[m.end : m.end + 20])
    # 'State Department' is a name, not a cue; 'the Kherson region.' ends a sentence with one
    first_after = after[0].rstrip(".") if after and after[0].islower() else ""
    kind = lex.kind_before(before)
    if kind is not None:
        return kind
    for kind, words in lex.cues_after.items():
        if first_after in words:
            return kind
    return None


def score(m: Mention, e: Entry, cue: str | None, ctx: Context | None, pair: list[Entry],
          gaz: Gazetteer, own: Entry | None) -> Scored:
    total, reasons = prior(e)
    if cue:
        delta = CUE_BONUS if e.kind == cue or (cue == "city" and e.kind == "admin2") else -1.0
        total += delta
        reasons.append((delta, f"text calls it a {KIND_NOUN[cue]}"))
    if m.won_by and e.kind == "admin1":
        total += WON_BONUS
        reasons.append((WON_BONUS, f"a person '{m.won_by}' it: an electoral division"))
    if m.label == "LOC" and e.kind == "region":
        total += 1.0
        reasons.append((1.0, "spaCy LOC"))
    if pair and any(_contains(p, e) for p in pair):
        total += PAIR_BONUS
        p = next(p for p in pair if _contains(p, e))
        reasons.append((PAIR_BONUS, f"'{m.text}, {p.name}' names its {p.kind}"))
    if ctx is not None:
        cc = e.country or ""
        w = ctx.country_weight.get(cc, 0.0) - (1.0 if own is not None and own.country == cc else 0.0)
        tot = ctx.total - (1.0 if own is not None and own.country else 0.0)
        if w > 0 and tot > 0 and e.kind != "country":
            bonus = COUNTRY_CONTEXT * w / tot
            total += bonus
            country = gaz.country(cc)
            reasons.append((bonus, f"article is {100 * w / tot:.0f}% about {country.name if country else cc}"))
        # 'Montana' (after 'Billings, Mont.') is the state, not Montana City, which has the state's name as an
        # alternate name; 'Alabama' in a story naming New York is the state, not the hamlet of Alabama, New York: a
        # division named in the text is no evidence for a small town that has the name of a division of its country.
        # A region inside one division (regions.tsv admin1: Long Island) is in it as much as its towns are
        if e.kind in ("city", "admin2", "region") and e.admin1 and not _a_divisions_name(m, e):
            at = [p for p in ctx.admin1_at.get((cc, e.admin1), []) if p != m.start]
            if at:
                bonus = ADMIN1_CONTEXT + (NEAR_BONUS if any(abs(p - m.start) < NEAR_CHARS for p in at) else 0.0)
                total += bonus
                reasons.append((bonus, f"in admin1 '{gaz.admin1_name(cc, e.admin1)}' named in the text"))
    return Scored(e, total, reasons)


def _a_divisions_name(m: Mention, e: Entry) -> bool:
    """Is the town a small one matched by the name of a first-level division of its country (Montana, Alabama)? (New
    York City, which has its state's name, stays in the running.)"""
    return e.population < BIG_CITY and any(c.kind == "admin1" and c.primary and c.country == e.country
                                           for c in m.candidates)


def _contains(container: Entry, e: Entry) -> bool:
    if container.kind == "country":
        return e.country == container.country and e.kind != "country"
    if container.kind == "admin1":
        return e.country == container.country and e.admin1 == container.admin1 and e.kind != "admin1"
    return False


def pairs(mentions: list[Mention], text: str) -> dict[int, list[Entry]]:
    """Index of mentions followed by ', <other mention>' → the other mention's candidates."""
    out: dict[int, list[Entry]] = {}
    for k, (a, b) in enumerate(zip(mentions, mentions[1:])):
        if text[a.end : b.start].strip() == "," and b.end - a.end < 40:
            out[k] = [e for e in b.candidates if e.kind in ("country", "admin1")]
    return out


def rank(mentions: list[Mention], text: str, gaz: Gazetteer, lex: Lexicon,
         demonym_countries: Counter) -> list[Scored | None]:
    cues = [cue_kind(text, m, lex) for m in mentions]
    pair = pairs(mentions, text)
    best: list[Scored | None] = [None] * len(mentions)
    ctx = None
    for _ in range(3):  # no context, then context from the previous round, twice
        new = []
        for k, m in enumerate(mentions):
            own = best[k].entry if best[k] else None
            cands = [_namesake(score(m, e, cues[k], ctx, pair.get(k, []), gaz, own), m, cues[k]) for e in m.candidates]
            new.append(_exact_over_alternate(m, cands, ctx, own, gaz) if cands else None)
        best = [b if keep(m, b, cues[k], pair.get(k), ctx, gaz, lex, text, mentions) else None
                for k, (m, b) in enumerate(zip(mentions, new))]
        ctx = Context.build(mentions, best, demonym_countries)
    return best


def _namesake(s: Scored, m: Mention, cue: str | None) -> Scored:
    """'Kherson', 'Mykolaiv': a division that has the name only as an alternate name ('Khersonska oblast') is named
    after its town, which is among the candidates; the bare name is the town (the division is 'the Kherson region'),
    unless a cue says a division."""
    e = s.entry
    if e.kind != "admin1" or e.primary or cue == "admin1":
        return s
    # a name spaCy did not call a place is kept as a town only when the town is big (keep): then too
    least = 0 if m.source in ("ner", "cue") else BIG_CITY
    if any(c.kind == "city" and c.country == e.country and c.admin1 == e.admin1 and c.population >= least
           for c in m.candidates):
        s.score += NAMESAKE_PENALTY
        s.reasons.append((NAMESAKE_PENALTY, "a division named after its town, which has this name"))
    return s


def _exact_over_alternate(m: Mention, cands: list[Scored], ctx: Context | None, own: Entry | None,
                          gaz: Gazetteer) -> Scored:
    """The best-scored record, except that an alternate (often historic) name does not beat a record of that
    exact name in a country the rest of the article is more about: 'Salisbury' in a story about Britain is the
    English city, not Harare (once called Salisbury), however big Harare is."""
    top = max(cands, key=lambda s: s.score)
    capital = next((c for c in cands if c.entry.primary and c.entry.feature == "P.PPLC"), None)
    if capital is not None and not top.entry.primary:
        # 'Islamabad' in a story about Kashmir is Pakistan's capital, not Anantnag, a town that has the name only
        # as an alternate name, however much the article is about the town's region
        capital.reasons.append((top.score - capital.score, f"a national capital's own name, over '{top.entry.name}', "
                                "which it is only an alternate name of"))
        return capital
    if top.entry.primary or top.entry.kind != "city" or ctx is None or m.label == "FAC":
        return top  # a country's other names are abbreviations ('U.S.', 'UK'), not history; a building is no town

    def weight(cc: str | None) -> float:  # the mention's own earlier reading does not count as context
        return ctx.country_weight.get(cc or "", 0.0) - (1.0 if own is not None and own.country == cc else 0.0)

    exact = [c for c in cands if c.entry.primary and c.entry.kind == "city"
             and weight(c.entry.country) > max(weight(top.entry.country), 0.0)]
    if not exact:
        return top
    best = max(exact, key=lambda s: s.score)
    country = gaz.country(top.entry.country or "")
    best.reasons.append((top.score - best.score, f"exact name in the article's countries, over '{top.entry.name}'"
                              f"{' (' + country.name + ')' if country else ''}, which it is only an alternate name of"))
    return best


def keep(m: Mention, s: Scored | None, cue: str | None, pair: list[Entry] | None, ctx: Context | None,
         gaz: Gazetteer, lex: Lexicon, text: str, mentions: list[Mention]) -> bool:
    """Precision gate for spans spaCy did not call a place; spaCy's GPE/LOC/FAC and names after a
    place-kind cue ('the town of X') pass, except a building whose namesake town is abroad ('Heathrow airport') and a
    building that not_toponyms.txt lists ('the Capitol'; the seats of government in landmarks.tsv are placed before ranking)."""
    if m.source == "ner" and s is not None and _local_name_elsewhere(m, s.entry, ctx, mentions):
        return False
    if m.source == "ner" and m.label == "FAC" and name_key(m.text) in lex.not_toponyms:
        return False  # spaCy's building 'the Capitol' is no town of that name
    if m.source in ("ner", "cue"):
        return True
    if s is None:
        return False
    e = s.entry
    if m.source == "abbrev":
        return True
    if name_key(m.text) in lex.not_toponyms or m.text in lex.demonyms:
        return False
    if _ground_taken(m, e, lex):
        return True
    if e.kind == "admin1" and m.label in ("PERSON", "DATE", "ORG") and _locative(text, m, lex) and not _calendar_word(m.text):
        return True  # 'a village in Tigray' (spaCy PERSON), 'in Amhara' (DATE): a province right after a place preposition
    if m.label in ("DATE", "TIME", "MONEY", "PERCENT", "QUANTITY", "CARDINAL", "ORDINAL", "LAW", "WORK_OF_ART", "LANGUAGE"):
        return False
    strong = e.kind in ("country", "admin1") or (e.kind in ("region", "admin2") and e.primary)
    if m.embedded_in is not None:
        # a toponym inside an organisation's name ('US Army', 'University of California')
        return m.label != "PERSON" and (strong or (e.kind == "city" and e.primary and e.population >= BIG_CITY))
    supported = bool(
        cue
        or (pair and any(_contains(p, e) for p in pair))
        or any(r[1].startswith("in admin1") for r in s.reasons)
    )
    locative = _locative(text, m, lex)
    in_context = any(r[1].startswith("article is") and r[0] >= 0.6 for r in s.reasons)
    # 'militias from Misrata', 'a visit to Tunis': a city of a hundred thousand right after a place preposition
    # is that city, whatever spaCy called it, even by an alternate name
    # 'missiles struck Kharkiv': so is one struck by an attack verb
    struck = m.struck_by is not None and m.embedded_in is None and name_key(m.text) not in lex.organisations
    big = e.kind == "city" and e.population >= BIG_CITY and (locative or struck or (e.primary and in_context))
    if m.label == "PERSON" and big and not e.primary and _about_other_countries(m, e, ctx, mentions):
        big = False  # 'the camp at Boni' in a story about Mali is not Bonn, which has the name only as another name
    if m.label == "PERSON":
        return (strong and e.primary) or supported or big
    if m.label == "NORP":
        return (strong and e.primary) or (big and (locative or struck) and e.primary)
    return (strong or supported or (e.primary and e.population >= BIG_CITY) or (big and struck)
            or (locative and e.primary and e.population >= 1000 and in_context))


def _about_other_countries(m: Mention, e: Entry, ctx: Context | None, mentions: list[Mention]) -> bool:
    """Does the rest of the article name places, none of them in the record's country (this name's own readings
    do not count)? A text that names no other place says nothing against it ('Militias from Misurata …')."""
    if ctx is None:
        return False
    weight, total = _context_without(m, e, ctx, mentions)
    return total > 0 and weight <= 0


def _local_name_elsewhere(m: Mention, e: Entry, ctx: Context | None, mentions: list[Mention]) -> bool:
    """'Heathrow airport' (spaCy FAC): a building is local to the places the article is about, so a small town of
    that name in a country the article hardly names (Heathrow, Florida, in a story about Britain) is not it: better
    no record than a wrong one."""
    if m.label != "FAC" or e.kind != "city" or e.population >= BIG_CITY or ctx is None or ctx.total <= 0:
        return False
    weight, total = _context_without(m, e, ctx, mentions)
    return weight / max(total, 1e-9) < LOCAL_SHARE


def _context_without(m: Mention, e: Entry, ctx: Context, mentions: list[Mention]) -> tuple[float, float]:
    """The context weight of the record's country and the total, without this name's own readings."""
    own = sum(1.0 for o in mentions if o.text == m.text)
    return ctx.country_weight.get(e.country or "", 0.0) - own, ctx.total - own


def _ground_taken(m: Mention, e: Entry, lex: Lexicon) -> bool:
    """'The Taliban overran Aybak': a town or division the gazetteer knows, as the object of a verb of taking
    ground (mentions.taken_by), is that place, though spaCy called it an organisation, a person or nothing.
    Not a part of a longer name ('seized the Aybak Bank') nor a named organisation ('shelled Hamas')."""
    return (m.taken_by is not None and m.embedded_in is None and m.label in (None, "ORG", "PERSON")
            and e.kind in ("city", "admin1", "admin2") and name_key(m.text) not in lex.organisations)


def _calendar_word(name: str) -> bool:
    """A month or weekday ('in May'), which spaCy's DATE is right about."""
    cal = load_times_lexicon()
    word = name.lower().rstrip(".")
    return word in cal.months or word in cal.weekdays


def _locative(text: str, m: Mention, lex: Lexicon) -> bool:
    """'in X', 'near X', 'overran X': a preposition or movement verb right before the name."""
    before = _WORD.findall(text[max(0, m.start - 15) : m.start])
    return bool(before) and before[-1].lower() in lex.locative
