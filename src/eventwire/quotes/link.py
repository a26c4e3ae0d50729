"""Quotations meet events, both ways.

`statement_events`: a quotation's `event_ids` are the events it reports (trigger inside its
content) and the events it *is*: a statement that is itself an accusation, a demand, a threat or
a rejection ('X accused Y of …' coded ACCUSE on 'accused', and the quote stage's report on the
same cue; 'X rejected the plan, saying …', where the REJECT trigger governs the cue 'saying').

`link_events`: an event whose trigger lies inside a quotation or reported clause
was reported by that quotation's speaker (not when the speaker refused to say it). Only events with no reporter yet are touched (the
events stage's own `report_of` wins), and the modality becomes `claimed` by the same rule as
the events stage: a claim verb, or a non-state party reporting its own action."""

from __future__ import annotations

from spacy.tokens import Doc

from ..events.labels import labels_of
from ..events.modality import cues, is_claim
from ..model import Event, Quote

GOVERNING_DEPS = frozenset({"advcl", "conj", "xcomp", "ccomp"})  # 'rejected …, saying', 'threatened … and said'
GOVERNING_STEPS = 2


def _tokens(doc: Doc, start: int, end: int) -> list[int]:
    sp = doc.char_span(start, end, alignment_mode="expand")
    return [t.i for t in sp] if sp is not None else []


def statement_events(doc: Doc, events: list[Event], quotes: list[Quote]) -> list[tuple[Quote, Event, str]]:
    """Fill each quote's `event_ids`; return (quote, event, how) for the trace."""
    made = []
    trigger_tokens: dict[int, Event] = {}
    for e in events:
        for i in _tokens(doc, e.trigger.start, e.trigger.end):
            trigger_tokens.setdefault(i, e)
    for q in quotes:
        ids: list[str] = []

        def add(e: Event, how: str) -> None:
            if e.id not in ids:
                ids.append(e.id)
                made.append((q, e, how))

        if q.cue is not None:
            for i in _tokens(doc, q.cue.start, q.cue.end):
                tok = doc[i]
                if i in trigger_tokens and not tok.is_punct:
                    add(trigger_tokens[i], "the statement is the event (same cue)")
                    continue
                x = tok
                for _ in range(GOVERNING_STEPS):  # 'rejected the plan, [saying] …'
                    if x.dep_ not in GOVERNING_DEPS or x.head == x:
                        break
                    x = x.head
                    if x.i in trigger_tokens:
                        add(trigger_tokens[x.i], f"the event's trigger '{x.text}' governs the cue")
                        break
        for e in events:
            if q.content.start <= e.trigger.start and e.trigger.end <= q.content.end:
                add(e, "reported in the statement")
        q.event_ids = ids
    return made


def _refused(doc: Doc, q: Quote) -> bool:
    """'Kirby refused to say [how many air attacks the US has carried out]': the speaker would not say,
    so vouches for nothing in it (a plain denial, 'denied that …', is a statement and stays)."""
    if q.cue is None:
        return False
    words = _tokens(doc, q.cue.start, q.cue.end)
    return len(words) > 1 and doc[words[0]].lemma_.lower() in cues().refusal


def link_events(doc: Doc, events: list[Event], quotes: list[Quote], cue_lemmas: list[str],
                mute: list[bool] | None = None) -> list[tuple[Event, Quote]]:
    """Set `reported_by` (and `claimed`) on events inside quotations; return the links made. A report whose cue utters
    nothing (`mute`: 'Hungary blocked [an EU statement condemning Israel]') vouches for nothing in it."""
    made = []
    vouching = [not _refused(doc, q) and not m for q, m in zip(quotes, mute or [False] * len(quotes))]
    for event in events:
        if event.reported_by is not None:
            continue
        t = event.trigger
        around = [(q, lemma) for q, lemma, v in zip(quotes, cue_lemmas, vouching)
                  if v and q.speaker is not None and q.content.start <= t.start and t.end <= q.content.end]
        if not around:
            continue
        quote, lemma = min(around, key=lambda x: x[0].content.end - x[0].content.start)
        event.reported_by = quote.speaker
        if event.modality == "asserted" and is_claim(lemma, quote.speaker, event.actor):
            event.modality = "claimed"
        event.labels = labels_of(event)  # a claim of its own act is now a claim of responsibility
        made.append((event, quote))
    return made
