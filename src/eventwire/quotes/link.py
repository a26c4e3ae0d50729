"""Quotations meet events: an event whose trigger lies inside a quotation or reported clause
was reported by that quotation's speaker. Only events with no reporter yet are touched (the
events stage's own `report_of` wins), and the modality becomes `claimed` by the same rule as
the events stage: a claim verb, or a non-state party reporting its own action."""

from __future__ import annotations

from ..events.coder import is_claim
from ..model import Event, Quote


def link_events(events: list[Event], quotes: list[Quote], cue_lemmas: list[str]) -> list[tuple[Event, Quote]]:
    """Set `reported_by` (and `claimed`) on events inside quotations; return the links made."""
    made = []
    for event in events:
        if event.reported_by is not None:
            continue
        t = event.trigger
        around = [(q, lemma) for q, lemma in zip(quotes, cue_lemmas)
                  if q.speaker is not None and q.content.start <= t.start and t.end <= q.content.end]
        if not around:
            continue
        quote, lemma = min(around, key=lambda x: x[0].content.end - x[0].content.start)
        event.reported_by = quote.speaker
        if event.modality == "asserted" and is_claim(lemma, quote.speaker, event.actor):
            event.modality = "claimed"
        made.append((event, quote))
    return made
