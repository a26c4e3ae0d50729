"""Events an article reports more than once: the lead says "Khalilzad will hold talks in Doha" and
a later paragraph "the meetings are scheduled over three days". Each sentence is coded on its own, so
the article holds two events for one act; counting both doubles it. A later event that restates an
earlier one keeps its evidence but points at it (`same_as`), so counts can skip it and a reader can
see both sentences.

Stricter than the cross-article clusters (eventwire.clusters, whose pairwise test this reuses):
within one article two sentences often report related but different acts by the same party (a
candidate "called for" one policy, then another), so a restatement must have the same PLOVER type,
CAMEO root and modality, no conflicting place or day, the same actor by name, and the same target
by name, or no target on either side and the same place."""

from __future__ import annotations

from datetime import date
from functools import lru_cache

from ..clusters import MATCH, ClusterItem, Party, Rules, default_rules, names_match, pair_score, place_match
from ..model import Actor, Event


@lru_cache(maxsize=1)
def _rules() -> Rules:
    return default_rules()


def _party(a: Actor | None) -> Party | None:
    return Party(a.name, a.country, a.sector) if a is not None and (a.name or a.country) else None


def _day(e: Event) -> date | None:
    if e.date is None or e.date.precision != "day":
        return None
    try:
        return date.fromisoformat(e.date.value[:10])
    except ValueError:
        return None


def _item(e: Event) -> ClusterItem:
    loc = e.location
    return ClusterItem(key=("", e.id), type=e.type, mode=e.mode, modality=e.modality, day=_day(e),
                       actor=_party(e.actor), target=_party(e.target),
                       lat=loc.lat if loc else None, lon=loc.lon if loc else None, place=loc.name if loc else None,
                       country=loc.country if loc else None, published=None, outlet="", article="")


def restates(later: Event, earlier: Event, rules: Rules | None = None) -> bool:
    """Whether `later` reports the same act as `earlier` (see the module docstring)."""
    if later.type != earlier.type or (later.cameo or "")[:2] != (earlier.cameo or "")[:2]:
        return False
    rules = rules or _rules()
    a, b = _item(later), _item(earlier)
    if a.day and b.day and a.day != b.day:
        return False  # 'shelled the town on Monday' and 'again on Tuesday' are two acts
    if _stance(later.modality) != _stance(earlier.modality) or pair_score(a, b, rules) is None:
        return False
    if not _same_name(later.actor, earlier.actor):
        return False
    if later.target is not None or earlier.target is not None:
        return _same_name(later.target, earlier.target)
    return place_match(a, b, rules.max_km) == MATCH  # no target on either side: the place must tie them


def _stance(modality: str) -> str:
    """A claim is a report of what happened; the other modalities must agree exactly ('might strike'
    is not 'did not strike')."""
    return "happened" if modality in ("asserted", "claimed") else modality


def _same_name(x: Actor | None, y: Actor | None) -> bool:
    """Parties are the same when their names are, or one's words are all in the other's ('the
    Taliban', 'Taliban fighters'): a shared country alone ('a sixth provincial capital', 'a string of
    capitals'; the Republican Party and Donald Trump) is not enough inside one article, where related
    acts sit side by side."""
    return names_match(x.name if x else None, y.name if y else None)


def mark_restatements(events: list[Event]) -> list[tuple[Event, Event]]:
    """Set `same_as` on each event that restates an earlier one of the same article (the first it
    restates, itself not a restatement); returns the (later, earlier) pairs for the trace."""
    firsts: list[Event] = []
    pairs: list[tuple[Event, Event]] = []
    for e in events:
        first = next((f for f in firsts if restates(e, f)), None)
        if first is None:
            firsts.append(e)
        else:
            e.same_as = first.id
            pairs.append((e, first))
    return pairs
