"""The quotes stage: direct and partial quotations (by their marks), indirect reports (from the
parse; where a report's content ends is then re-chosen by a small trained ranker, extent.py),
speakers through the actors stage's mentions, then links to the coded events."""

from __future__ import annotations

from ..document import Document
from ..events.modality import cues
from ..model import Actor, Quote, Span
from .context import Context, Draft
from .direct import direct_quotes
from .extent import refit_ends
from .indirect import indirect_quotes
from .lexicon import QuoteLexicon, lexicon
from .link import link_events, statement_events
from .speakers import credited_to


class QuoteExtractor:
    """Stage: sets `article.quotes` (with the events each one is or reports) and adds `reported_by` to events inside quotations."""

    name = "quotes"

    def __init__(self, lex: QuoteLexicon | None = None) -> None:
        self.lex = lex or lexicon()

    def __call__(self, document: Document) -> Document:
        ctx = Context(document)
        drafts = raw_drafts(ctx, self.lex)
        refit_ends(ctx, drafts)
        _absorb_partials(ctx, drafts)
        _embed_quotations(ctx, drafts)
        drafts = _drop_nested(_merge_doubles(drafts))
        self._resolve_pending(ctx, drafts)
        quotes = [Quote(content=d.content, speaker=d.speaker, cue=d.cue, kind=d.kind) for d in drafts]  # type: ignore[arg-type]
        document.article.quotes = quotes
        trace = document.trace
        for d in drafts:
            trace.append((self.name, ctx.sent_of(d.content.start), f"{d.note}: '{_short(d.content.text)}'"))
        for event, quote in link_events(document.doc, document.article.events, quotes, [d.cue_lemma for d in drafts],
                                       [_mute(ctx, d, self.lex) for d in drafts]):
            trace.append((self.name, ctx.sent_of(event.trigger.start),
                          f"event '{event.trigger.text}' reported by {quote.speaker.name if quote.speaker else '-'} "
                          f"(inside the {quote.kind} quotation '{_short(quote.content.text)}'); modality {event.modality}"))
        for quote, event, how in statement_events(document.doc, document.article.events, quotes):
            trace.append((self.name, ctx.sent_of(quote.content.start),
                          f"{quote.kind} quotation '{_short(quote.content.text)}' -> event {event.type} '{event.trigger.text}': {how}"))
        return document

    @staticmethod
    def _resolve_pending(ctx: Context, drafts: list[Draft]) -> None:
        """In document order: a cue-less quotation paragraph continues the previous paragraph's
        last speaker; 'the statement' speaks for the previous speaker in the article."""
        last_in_para: dict[int, Draft] = {}
        previous: Actor | None = None
        for d in drafts:
            para = ctx.para_of(d.content.start)
            if d.need == "continuation":
                before = last_in_para.get(para - 1)
                if before is not None and before.speaker is not None:
                    d.speaker, d.cue_lemma = before.speaker, before.cue_lemma
                    d.note = f"direct quotation, no cue: continues the previous paragraph's speaker {before.speaker.name}"
                else:
                    d.note = "direct quotation, no cue, and no speaker in the paragraph before"
            elif d.need == "document" and d.phrase is not None:
                if previous is not None:
                    d.speaker = credited_to(previous, d.phrase, f"'{d.phrase.text}' issued by the previous speaker")
                    d.note = d.note.replace("(a document: its issuer, resolved below)", f"= {previous.name}, the previous speaker")
            if d.speaker is not None:
                last_in_para[ctx.para_of(d.content.end - 1)] = d
                if d.need is None or d.need == "document":
                    previous = d.speaker
            elif para not in last_in_para:
                pass


def _mute(ctx: Context, d: Draft, lex: QuoteLexicon) -> bool:
    """A report the frame table found on a verb that is no verb of saying or of a stance voiced ('Hungary [blocked] an EU
    statement condemning Israel', 'backed a plan to …'): its content is not the subject's words."""
    if d.framed is None or d.cue is None:
        return False
    tok = ctx.cue_token(d)
    return tok is not None and tok.pos_ == "VERB" and d.cue_lemma not in lex.uttering


def raw_drafts(ctx: Context, lex: QuoteLexicon) -> list[Draft]:
    """Every quotation and report the rules find, in document order, before they are reconciled."""
    return sorted(direct_quotes(ctx, lex) + indirect_quotes(ctx, lex), key=lambda d: (d.content.start, -d.content.end))


def _absorb_partials(ctx: Context, drafts: list[Draft]) -> None:
    """'argued that being American is an idea and that “no group owns …”': a partial quotation
    in the same sentence as an indirect report with the same cue is part of that report (the
    parse often hangs it off the cue, outside the reported clause); the report's content is
    widened to take it in. Both are kept: the report, and the exact words."""
    reports = [d for d in drafts if d.kind == "indirect" and d.cue is not None]
    for p in drafts:
        if p.kind != "partial" or p.cue is None:
            continue
        sent = ctx.sent_of(p.content.start)
        for r in reports:
            if (r.cue.start, r.cue.end) != (p.cue.start, p.cue.end) or ctx.sent_of(r.content.start) != sent:
                continue
            if r.content.start <= p.content.start and p.content.end <= r.content.end:
                break
            if ctx.para_of(r.content.start) != ctx.para_of(p.content.end - 1):
                continue
            lo, hi = min(r.content.start, p.content.start), max(r.content.end, p.content.end)
            if r.cue.start < hi and r.cue.end > lo:
                continue  # never swallow the cue
            r.content = Span(text=ctx.text[lo:hi], start=lo, end=hi)
            break


def _embed_quotations(ctx: Context, drafts: list[Draft]) -> None:
    """'said the council thinks the plan is “a waste of money.”', 'saying “Vote for me.”': a quotation that opens
    inside an indirect report and whose own cue (if any) is that report's or a word inside it is
    part of the report: it becomes a partial quotation of it, and the report is widened to the
    quotation's end when the quotation runs past it (in the same paragraph)."""
    reports = [d for d in drafts if d.kind == "indirect"]
    for q in drafts:
        if q.kind == "indirect":
            continue
        for r in reports:
            if not (r.content.start <= q.content.start < r.content.end) or _nearly_same(q.content, r.content):
                continue  # (a report that is the quotation itself is merged with it below)
            if not _cue_fits(ctx, q, r):
                continue
            if q.content.end > r.content.end:
                if ctx.para_of(q.content.end - 1) != ctx.para_of(r.content.start):
                    continue
                r.content = Span(text=ctx.text[r.content.start:q.content.end], start=r.content.start, end=q.content.end)
            q.kind = "partial"
            if _speaks_inside(q, r):
                # 'The Kremlin said Kyiv must recognise “the new territorial realities”': the words are the report's speaker's
                q.speaker, q.cue, q.cue_lemma = r.speaker, r.cue, r.cue_lemma
            break


def _speaks_inside(q: Draft, r: Draft) -> bool:
    """Is a quotation embedded in report `r` credited to the subject of a verb of the reported clause that utters nothing
    ('Kyiv must recognise “…”'), or to nobody, where the report's speaker said it? Not when its cue says someone else
    said or shouted it ('quoted Rahmon as saying “…”', 'the attacker shouted “…”', '“…,” Devine said'), nor in a
    'Topic: …' layout, whose 'speaker' is a heading."""
    if r.speaker is None or r.cue is None or r.cue.text.strip() == ":" or q.speaker == r.speaker:
        return False
    return q.cue is None or (r.content.start <= q.cue.start and q.cue.end <= r.content.end
                             and q.cue_lemma not in cues().speech | lexicon().direct_only
                             and (q.cue.start, q.cue.end) != (r.cue.start, r.cue.end))


def _cue_fits(ctx: Context, q: Draft, r: Draft) -> bool:
    """A quotation opening inside report `r` belongs to it unless its own cue says otherwise: a cue
    word inside the report that is a second speech act ('and added, “…”'), or a cue outside the
    report while the quotation runs on past the report's end."""
    if q.cue is None or r.cue is not None and (q.cue.start, q.cue.end) == (r.cue.start, r.cue.end):
        return True
    if r.content.start <= q.cue.start and q.cue.end <= r.content.end:
        return not _sibling_cue(ctx, q)
    return q.content.end <= r.content.end + 2  # the report was cut just before the quotation's last stop


def _sibling_cue(ctx: Context, q: Draft) -> bool:
    """'said he welcomed the vote and added, “…”', 'replied by saying, “…”': a quotation's cue with no
    subject of its own is a second speech act of the report's speaker, not a clause of the reported
    content ('because she believed “…”')."""
    cq = ctx.cue_token(q)
    return cq is None or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in cq.children)


def _nearly_same(a: Span, b: Span) -> bool:
    """Two contents overlapping by at least 80% of the longer."""
    return min(a.end, b.end) - max(a.start, b.start) >= 0.8 * max(a.end - a.start, b.end - b.start)


def _merge_doubles(drafts: list[Draft]) -> list[Draft]:
    """An indirect report whose content is (nearly) a quotation the direct rules also found ('“…,”
    according to a court document', 'Kasich: ‘We are going …’', 'saying “Too many.”') is that
    quotation: one attribution, kept as the quotation, which takes the report's cue and speaker
    when it has none of its own. A direct quotation lying inside a longer report of its own cue
    ('said “We have three weeks to go” until the caucuses') is a partial quotation of that report."""
    quotations = [d for d in drafts if d.kind != "indirect"]
    out = []
    for d in drafts:
        if d.kind == "indirect":
            same = next((q for q in quotations if _nearly_same(q.content, d.content)), None)
            if same is not None:
                if same.cue is None or same.speaker is None and same.need is None and d.speaker is not None:
                    same.cue, same.speaker, same.need, same.phrase, same.cue_lemma = d.cue, d.speaker, d.need, d.phrase, d.cue_lemma
                    same.note = f"{same.kind} quotation, {d.note.removeprefix('indirect report, ')}"
                continue
        out.append(d)
    reports = [d for d in out if d.kind == "indirect" and d.cue is not None]
    for q in out:  # 'said “We have three weeks to go” until the caucuses': the quotation is part of the report
        if q.kind == "direct" and q.cue is not None and any(
                (r.cue.start, r.cue.end) == (q.cue.start, q.cue.end) and r.content.start <= q.content.start + 1
                and q.content.end - 1 <= r.content.end and (r.content.end - r.content.start) > 1.1 * (q.content.end - q.content.start)
                for r in reports):
            q.kind = "partial"
    return out


def _drop_nested(drafts: list[Draft]) -> list[Draft]:
    """An indirect report whose cue lies inside another attribution's content ('Trump said [he
    wants X]') is part of that content, not an attribution of its own: PolNeAR annotates the
    outer one only (fewer than 1% of its contents lie inside another). Of two reports with the
    same content ('critics said [the plan was expected to fail]'), the one from the frame table yields.
    A passive frame whose subject holds another frame report ('[Her claim that …] was rejected')
    yields to that report."""
    def inside(d: Draft, o: Draft) -> bool:
        if o is d or d.cue is None or not (o.content.start <= d.cue.end - 1 < o.content.end):
            return False
        if passive(o) and d.framed is not None:
            return False  # '[Her claim that …] was rejected': the report inside a passive frame's subject wins
        same = (o.content.start, o.content.end) == (d.content.start, d.content.end)
        return not same or (d.framed is not None and o.framed is None)
    def passive(o: Draft) -> bool:
        return o.framed is not None and o.cue is not None and o.content.end <= o.cue.start

    def holds(o: Draft) -> bool:
        return passive(o) and any(d is not o and d.framed is not None and d.cue is not None and o.content.start <= d.cue.start < o.content.end
                                  for d in drafts)
    return [d for d in drafts if d.kind != "indirect" or not (any(inside(d, o) for o in drafts) or holds(d))]


def _short(text: str, n: int = 60) -> str:
    return text if len(text) <= n else text[: n - 1] + "…"
