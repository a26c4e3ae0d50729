"""Reported speech without quotation marks, from the parse:

- a cue verb with a clausal complement: 'the Taliban announced [that it had captured …]',
  'officials said [the US has been launching …]', 'Kirby refused to say [how many …]'
  (the cue is then 'refused to say', the speaker the controller of the infinitive);
- a cue verb hung after the clause it reports: '[Ambassador Khalilzad will be in Doha …],
  said the US State Department', '[…], officials said';
- 'according to X, […]';
- a stance verb's object, infinitive or prepositional object ('criticized [the plan]', 'vowed
  [to repeal it]', 'called for [a ban]'; data/quotes/quotes.yaml `object_cues`,
  `infinitive_cues`, `preposition_cues`), when its subject can hold a stance.

Content is the complement's words; a complement that is (mostly) one quotation is left to the
direct rules, and one with a partial quotation inside keeps both (the report and the exact words).
"""

from __future__ import annotations

from spacy.tokens import Token

from ..events.modality import cues
from ..events.syntax import subject_of
from ..model import Span
from .context import Context, Draft
from .cues import cue_span, is_cue_phrase, is_cue_verb
from .lexicon import QuoteLexicon
from .speakers import credit, inverted_subject, span_of, speaker_at

MIN_TOKENS = 3
CLAUSE_DEPS = frozenset({"ccomp", "parataxis", "advcl"})


def _complement(tok: Token) -> Token | None:
    comps = [c for c in tok.children if c.dep_ == "ccomp"]
    if not comps:
        comps = [c for c in tok.children if c.dep_ == "parataxis" and c.i > tok.i and any(x.dep_.startswith("nsubj") for x in c.children)]
    return max(comps, key=lambda c: c.right_edge.i - c.left_edge.i) if comps else None


def _reports_head(tok: Token, lex: QuoteLexicon) -> bool:
    """Is `tok` a cue verb set off after the clause it reports ('…, the department announced')?"""
    head = tok.head
    if tok.dep_ not in CLAUSE_DEPS or head.pos_ not in {"VERB", "AUX"} or tok.i < head.i or is_cue_verb(head, lex):
        return False
    if any(c.dep_ == "mark" for c in tok.children) or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
        return False
    left = tok.left_edge.i
    return left > 0 and tok.doc[left - 1].is_punct


def _controller_subject(tok: Token, lex: QuoteLexicon) -> Token | None:
    """'Kirby refused to say how many … the US has carried out and declined to say whether …': the parser
    often hangs 'declined' on the reported verb; a refusal to speak belongs to the first refuser's subject."""
    ctl = tok.head if tok.dep_ == "xcomp" else None
    if ctl is None or ctl.dep_ != "conj" or ctl.lemma_.lower() not in cues().refusal or any(c.dep_ == "nsubj" for c in ctl.children):
        return None
    for up in ctl.ancestors:
        if up.dep_ == "xcomp" and up.head.lemma_.lower() in cues().refusal and is_cue_verb(up, lex):
            return subject_of(up)
    return None


def _quoted_share(ctx: Context, start: int, end: int) -> float:
    inside = 0
    for seg in ctx.segments:
        lo, hi = max(start, seg.open), min(end, seg.close)
        if hi > lo:
            inside += hi - lo
    return inside / max(1, end - start)


def _span(ctx: Context, first: Token, last: Token) -> Span | None:
    return span_of(ctx.text, first.idx, last.idx + len(last.text))


def indirect_quotes(ctx: Context, lex: QuoteLexicon) -> list[Draft]:
    out: list[Draft] = []
    doc = ctx.document.doc
    for tok in doc:
        if ctx.quoted(tok):
            continue
        if tok.lower_ in lex.according and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            draft = _according(ctx, tok)
            if draft is not None:
                out.append(draft)
            continue
        speech = (is_cue_verb(tok, lex) or is_cue_phrase(tok, lex)) and tok.lemma_.lower() not in lex.direct_only
        comp = _complement(tok) if speech else None
        phrase_word = None
        if comp is not None and f"{tok.lemma_.lower()} {comp.lower_}" in lex.cue_phrases:
            # 'made clear [he wants …]': the parser hangs the clause on 'clear'
            phrase_word, comp = comp, next((c for c in comp.children if c.dep_ in {"ccomp", "advcl"} and c.i > comp.i), None)
        content: Span | None = None
        if comp is not None:
            content = _clip(ctx, tok, comp.left_edge.idx, _trim_end(comp.left_edge, comp.right_edge).idx)
        elif speech and _reports_head(tok, lex):  # '[…], officials said'
            head = tok.head
            if tok.left_edge.i > head.left_edge.i:
                content = _span(ctx, head.left_edge, doc[tok.left_edge.i - 1])
        if content is None or len(doc.char_span(content.start, content.end, alignment_mode="expand") or []) < MIN_TOKENS:
            content = _stance_content(ctx, tok, lex)
            if content is None or not _agent(ctx, _controller_subject(tok, lex) or subject_of(tok)):
                continue
        if _quoted_share(ctx, content.start, content.end) >= 0.6:
            continue  # the direct rules own this one
        subj = _controller_subject(tok, lex) or subject_of(tok)
        if subj is not None and (ctx.quoted(subj) or (content.start <= subj.idx < content.end)):
            subj = None
        if subj is None and tok.dep_ != "xcomp":
            subj = inverted_subject(ctx, tok)
        cue = cue_span(ctx.text, tok)
        if phrase_word is not None:
            cue = span_of(ctx.text, cue.start, phrase_word.idx + len(phrase_word.text)) or cue
        draft = Draft(content, "indirect", cue, cue_lemma=tok.lemma_.lower())
        if subj is not None and subj.dep_ != "expl":
            credit(ctx, draft, subj, lex)
        draft.note = f"indirect report, cue '{draft.cue.text}'" + (f", speaker {draft.note}" if draft.note else ", no speaker")
        out.append(draft)
    return _cut_continuations(out)


EXTEND_PREPS = frozenset({"of", "for", "over", "as"})  # 'accused X of …', 'described X as …'
TRIM_DEPS = frozenset({"relcl"})


def _trim_end(first: Token, last: Token) -> Token:
    """The reported clause without a trailing comma-set relative clause ('… Mr. Sanders, who
    also held a rally …'): PolNeAR's contents stop at the comma. (Trailing participles and
    adverbial clauses are kept: PolNeAR includes them about as often as not.)"""
    doc = first.doc
    for t in doc[first.i + 1:last.i]:
        if t.text != "," or t.i + 1 > last.i:
            continue
        for x in doc[t.i + 1:last.i + 1]:
            if x.left_edge.i == t.i + 1 and x.dep_ in TRIM_DEPS and first.i <= x.head.i < t.i and x.right_edge.i >= last.i - 1:
                return doc[t.i - 1]
    return last


def _clip(ctx: Context, cue: Token, start: int, last_idx: int) -> Span | None:
    """[start, end of the token at last_idx) kept inside the cue's paragraph."""
    tok = ctx.token_at(last_idx)
    end = last_idx + (len(tok.text) if tok is not None else 0)
    lo, hi = ctx.paras[ctx.para_of(cue.idx)] if ctx.paras else (0, len(ctx.text))
    return span_of(ctx.text, max(lo, start), min(hi, end))


INANIMATE = frozenset({"meeting", "round", "talk", "session", "conference", "summit", "hearing", "event", "report", "plan"})


def _agent(ctx: Context, subj: Token | None) -> bool:
    """A stance needs a subject that can hold one: not a meeting or a report ('rounds of meetings
    … to discuss the situation' is not an attribution)."""
    return subj is not None and not ctx.quoted(subj) and subj.lemma_.lower() not in INANIMATE


def _stance_content(ctx: Context, tok: Token, lex: QuoteLexicon) -> Span | None:
    """A stance verb's object as its content: 'criticized [Trump over the ban]', 'vowed [to repeal
    it]', 'called for [a ban]'."""
    if tok.pos_ != "VERB":
        return None
    lemma = tok.lemma_.lower()
    first = last = None
    if lemma in lex.object_cues:
        obj = next((c for c in tok.children if c.dep_ == "dobj"), None)
        if obj is not None:
            first, last = obj.left_edge, _trim_end(obj.left_edge, obj.right_edge)
            for c in tok.children:  # 'accused Trump [of …]', 'blamed X [for …]', 'criticized X [over …]'
                if c.dep_ == "prep" and c.i == last.i + 1 and c.lower_ in EXTEND_PREPS:
                    last = _trim_end(c, c.right_edge)
    if first is None and lemma in lex.infinitive_cues:
        x = next((c for c in tok.children if c.dep_ == "xcomp" and c.i > tok.i and any(a.lower_ == "to" for a in c.children)), None)
        if x is not None and not (is_cue_verb(x, lex) or is_cue_phrase(x, lex)):  # 'refused to say …' is the cue's own report
            first, last = x.left_edge, _trim_end(x.left_edge, x.right_edge)
    if first is None and lemma in lex.preposition_cues:
        for c in tok.children:
            if c.dep_ == "prep" and c.i > tok.i and c.lower_ in lex.preposition_cues[lemma]:
                obj = next((o for o in c.children if o.dep_ in {"pobj", "pcomp"}), None)
                if obj is not None:
                    first, last = obj.left_edge, _trim_end(obj.left_edge, obj.right_edge)
                    nxt = next((x for x in tok.children if x.dep_ == "prep" and x.i == last.i + 1 and x.lower_ == "as"), None)
                    if nxt is not None:  # 'referred to X [as Y]'
                        last = _trim_end(nxt, nxt.right_edge)
                break
    if first is None or last is None or first.i <= tok.i:
        return None
    content = _clip(ctx, tok, first.idx, last.idx)
    if content is None or _quoted_share(ctx, content.start, content.end) >= 0.6:
        return None
    return content


def _cut_continuations(drafts: list[Draft]) -> list[Draft]:
    """A report whose content runs on into 'and declined to say …' (the next report of the same
    speaker) ends where that report's cue begins."""
    for a in drafts:
        for b in drafts:
            if b is a or b.cue is None or a.cue is None or not (a.cue.end <= b.cue.start and a.content.start < b.cue.start < a.content.end):
                continue
            if b.speaker is not None and a.speaker is not None and b.speaker.name == a.speaker.name:
                text = a.content.text[: b.cue.start - a.content.start].rstrip()
                for tail in (" and", ",", " but"):
                    text = text[: -len(tail)].rstrip() if text.endswith(tail) else text
                if text:
                    a.content = Span(text=text, start=a.content.start, end=a.content.start + len(text))
    return drafts


def _according(ctx: Context, tok: Token) -> Draft | None:
    doc = ctx.document.doc
    to = doc[tok.i + 1]
    pobj = next((c for c in to.children if c.dep_ == "pobj"), None) or next((c for c in tok.children if c.dep_ == "pobj"), None)
    if pobj is None:
        pobj = next((t for t in doc[to.i + 1: to.i + 6] if t.pos_ in {"PROPN", "NOUN", "PRON"}), None)
    if pobj is None:
        return None
    sent = ctx.sents[ctx.sent_of(tok.idx)]
    end_of_source = max(pobj.right_edge.i, to.i)
    if tok.i - sent.start <= 1:  # 'According to X, […]'
        if end_of_source + 1 >= sent.end:
            return None
        content = _span(ctx, doc[end_of_source + 1], doc[sent.end - 1])
    else:  # '[…], according to X'
        content = _span(ctx, doc[sent.start], doc[tok.i - 1])
    if content is None or content.end - content.start < 10:
        return None
    draft = Draft(content, "indirect", span_of(ctx.text, tok.idx, to.idx + len(to.text)), cue_lemma="according to")
    draft.speaker, why = speaker_at(ctx.document, pobj)
    draft.note = f"indirect report, cue 'according to', speaker {why}"
    return draft
