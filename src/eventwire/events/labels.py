"""The ontology's other labels for an event ('Claim of responsibility', 'Diplomatic event'), from
the event's own fields, so every label can be checked against them (data/events/labels.yaml)."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources

import yaml

from ..model import Event
from ..ontology import get_ontology

CLAIM, DIPLOMATIC = "Claim of responsibility", "Diplomatic event"


@lru_cache(maxsize=1)
def _rules() -> dict[str, dict[str, frozenset[str]]]:
    raw = yaml.safe_load(resources.files("eventwire").joinpath("data/events/labels.yaml").read_text("utf-8"))
    known = {lab.name for lab in get_ontology().labels.values() if lab.kind == "label"}
    unknown = set(raw) - known
    if unknown or {CLAIM, DIPLOMATIC} - set(raw):
        raise ValueError(f"data/events/labels.yaml: labels must be {sorted(known)}, got {sorted(raw)}")
    return {label: {k: frozenset(v) for k, v in spec.items()} for label, spec in raw.items()}


def labels_of(event: Event) -> list[str]:
    rules, out = _rules(), []
    a, t, r = event.actor, event.target, event.reported_by
    if (event.type in rules[CLAIM]["types"] and event.modality == "claimed" and a is not None and r is not None
            and (r.name == a.name or (a.antecedent is not None and r.start <= a.antecedent.start < r.end))):
        out.append(CLAIM)
    dip = rules[DIPLOMATIC]
    if event.type in dip["types"] and a is not None and a.sector in dip["sectors"] and (a.country is not None or a.sector == "IGO"):
        abroad = event.location is not None and event.location.country not in {None, a.country}
        other = t is not None and (t.sector == "IGO" or (t.country is not None and t.country != a.country))
        if a.sector == "IGO" or abroad or other:
            out.append(DIPLOMATIC)
    return out
