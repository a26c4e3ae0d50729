"""Quotations found by their marks (marks.py), attributed from the sentence around them:

1. a cue verb in the quotation's sentences, outside any quotation ('“…,” Kirby said',
   'the department added', 'said the State Department'); its subject is the speaker;
2. "Speaker: “…”" (a short name before a colon) and "“…” — Speaker" (a dash after the quotation);
3. a paragraph that is nothing but a quotation, with no cue, continues the speaker of the
   previous paragraph (resolved later, in document order: `Draft.need = "continuation"`).

Kind: `partial` when the quotation is built into the reporter's sentence (a word that is not a
cue verb stands right before the opening mark: 'Khalilzad “will press…”', 'and “press for…”'),
else `direct`. An uncued short quotation is a scare quote or a title and is dropped.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..events.syntax import subject_of
from ..model import Span
from .context import Context, Draft
from .cues import cue_span, is_cue_verb
from .lexicon import QuoteLexicon
from .marks import Segment
from .speakers import credit, inverted_subject, span_of


def _words(text: str) -> int:
    return sum(1 for w in text.split() if any(c.isalnum() for c in w))


def _frame(ctx: Context, seg: Segment) -> list[Token]:
    """Tokens of the sentences the quotation touches, within its paragraphs, outside quotations."""
    first = ctx.sent_of(seg.open)
    last = ctx.sent_of(max(seg.open, seg.close - 1))
    lo = ctx.paras[ctx.para_of(seg.open)][0]
    hi = ctx.paras[ctx.para_of(max(seg.open, seg.close - 1))][1]
    if last + 1 < len(ctx.sents) and ctx.sents[last + 1].start_char - seg.close <= 2:
        last += 1  # '“… now.” Kirby said.' split after the closing mark
    toks = []
    for s in ctx.sents[first:last + 1]:
        for t in s:
            if lo <= t.idx < hi and not ctx.quoted(t):
                toks.append(t)
    return toks


HEARER_OBJECT = frozenset({"ask", "tell"})  # '“Why …?” Obama asked [Republican politicians].': the object is who is addressed


def _reports_own_clause(ctx: Context, seg: Segment, verb: Token) -> bool:
    """'“…” Reyes said he would oppose the plan', '“…” She noted a rally downtown': a cue verb after
    the quotation, with its subject before it and a clause of its own (or, in the next sentence,
    an object or infinitive of its own) outside any quotation, reports that, not the quotation
    before it (which then shares its paragraph's cue). Not 'said the woman, who …' (inverted)."""
    if verb.idx < seg.close or not any(c.dep_ in {"nsubj", "nsubjpass"} and c.i < verb.i for c in verb.children):
        return False
    later = ctx.sent_of(verb.idx) > ctx.sent_of(max(seg.open, seg.close - 1))
    deps = {"ccomp", "xcomp"} | ({"dobj"} if verb.lemma_.lower() not in HEARER_OBJECT else set()) if later else {"ccomp"}
    return any(c.dep_ in deps and c.i > verb.i and not ctx.quoted(c) for c in verb.children)


def _unquoted_subject(ctx: Context, verb: Token) -> Token | None:
    """'“The more voters who meet her, …,” Ortiz said': the parse may give the cue two subjects, one
    inside the quotation; the speaker is the one outside."""
    return next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} and not ctx.quoted(c)), None)


def _name_before_cue(ctx: Context, seg: Segment, verb: Token) -> Token | None:
    """'“…,” Lopez, 47, told AFP': when the parse gives a cue after the quotation no subject, the
    name between the closing mark and the cue (up to a comma) is the speaker, not the hearer after it."""
    if verb.idx < seg.close:
        return None
    first = ctx.token_at(seg.close)
    if first is None:
        return None
    words = []
    for t in ctx.document.doc[first.i:verb.i]:
        if t.idx < seg.close or t.is_space:
            continue
        if t.is_punct:
            break
        words.append(t)
    if not words or len(words) > 6 or any(t.pos_ not in {"PROPN", "NOUN", "PRON", "DET", "ADJ", "NUM"} for t in words):
        return None
    return next((t for t in reversed(words) if t.pos_ in {"PROPN", "NOUN", "PRON"}), None)


def _cue(ctx: Context, seg: Segment, frame: list[Token], lex: QuoteLexicon, kind: str) -> Token | None:
    """The nearest cue verb, after the quotation first; a whole quotation skips one that reports a clause of its own."""
    best, best_d = None, None
    for t in frame:
        if not is_cue_verb(t, lex) or kind == "direct" and _reports_own_clause(ctx, seg, t):
            continue
        d = t.idx - seg.close if t.idx >= seg.close else (seg.open - t.idx) + 5
        if best_d is None or d < best_d:
            best, best_d = t, d
    return best


def _kind(ctx: Context, seg: Segment, lex: QuoteLexicon) -> str:
    """partial: the quotation is built into the reporter's clause (a non-cue word right before the
    opening mark, its main verb's subject outside the marks, or its head word outside them)."""
    lo = ctx.paras[ctx.para_of(seg.open)][0]
    before = ctx.text[lo:seg.open].rstrip()
    prev = ctx.token_at(lo + len(before) - 1) if before else None
    if prev is not None and is_cue_verb(prev, lex):
        return "direct"
    if before and before[-1].isalnum():
        return "partial"
    doc = ctx.document.doc
    first, last = ctx.token_at(seg.start), ctx.token_at(max(seg.start, seg.end - 1))
    if first is None or last is None:
        return "direct"
    inside = range(first.i, last.i + 1)
    for t in doc[first.i:last.i + 1]:
        if t.head.i in inside and t.head != t:
            continue
        if t.head != t and not t.head.is_punct and not is_cue_verb(t.head, lex) and t.dep_ in {"conj", "xcomp", "dobj", "pobj", "attr", "acomp"}:
            return "partial"
        if any(c.dep_ in {"nsubj", "nsubjpass"} and c.i not in inside for c in t.children):
            return "partial"
    return "direct"


def _layout(ctx: Context, seg: Segment, lex: QuoteLexicon) -> tuple[Span | None, Token | None]:
    """(cue, speaker token) for 'Speaker: “…”' and '“…” — Speaker'."""
    text = ctx.text
    plo, _ = ctx.paras[ctx.para_of(seg.open)]
    _, phi = ctx.paras[ctx.para_of(max(seg.open, seg.close - 1))]
    before = text[plo:seg.open].rstrip()
    if before.endswith(":"):
        colon = plo + len(before) - 1
        head = _name_in(ctx, plo, colon, lex)
        if head is not None:
            return Span(text=":", start=colon, end=colon + 1), head
    after_lo = seg.close
    rest = text[after_lo:phi]
    stripped = rest.lstrip()
    if not stripped.strip() and ctx.para_of(seg.close) + 1 < len(ctx.paras):  # '— Speaker' on the next line
        after_lo, phi = ctx.paras[ctx.para_of(max(seg.open, seg.close - 1)) + 1]
        rest = text[after_lo:phi]
        stripped = rest.lstrip()
    for dash in lex.dashes:
        if stripped.startswith(dash):
            at = after_lo + len(rest) - len(stripped)
            head = _name_in(ctx, at + len(dash), phi, lex)
            if head is not None:
                return Span(text=dash, start=at, end=at + len(dash)), head
            break
    return None, None


def _colon_clause(ctx: Context, seg: Segment) -> tuple[Span | None, Token | None]:
    """(cue, speaker token) for 'Trump went even further: “…”', 'The headline reads: “…”': a clause
    ending in a colon right before the quotation; its main verb is the cue, its subject the speaker."""
    lo = ctx.paras[ctx.para_of(seg.open)][0]
    before = ctx.text[lo:seg.open].rstrip()
    if not before.endswith(":") or len(before) < 2:
        return None, None
    colon = lo + len(before) - 1
    prev = ctx.token_at(colon - 1)
    if prev is None or prev.idx >= colon:
        return None, None
    verb = prev
    while verb.head != verb and verb.head.i < prev.i + 1 and verb.pos_ not in {"VERB", "AUX"}:
        verb = verb.head
    while verb.dep_ in {"xcomp", "conj", "advcl", "prep", "advmod", "acomp", "dobj", "pobj"} and verb.head.idx < colon and verb.head.pos_ in {"VERB", "AUX", "ADP", "ADV", "NOUN"}:
        verb = verb.head
    if verb.pos_ not in {"VERB", "AUX"} or verb.idx >= colon:
        return None, None
    subj = subject_of(verb, through_relatives=False)
    if subj is None or ctx.quoted(subj) or subj.idx >= colon or subj.pos_ == "PRON" and subj.lower_ in {"it", "this", "that", "there"}:
        return None, None
    cue = span_of(ctx.text, verb.idx, colon + 1)
    return cue, subj


def _attribution_clause(ctx: Context, seg: Segment) -> tuple[Span | None, Token | None]:
    """(cue, speaker token) for '“…,” fumed Senator Alvarez.', '“…?” the senator mused on Tuesday': a quotation
    ending in a comma (or ? or !) followed by a short clause of a verb and its subject (and at most
    prepositional phrases) is that verb's quotation, whatever the verb (news style puts any
    manner-of-speaking verb there). Not '“…,” according to a court filing'."""
    inner = ctx.text[seg.end:seg.close]
    if not (set(inner) & {",", "?", "!"} or ctx.text[seg.end - 1:seg.end] in {"?", "!"}):
        return None, None
    toks = _clause_after(ctx, seg)
    verb = next((v for v in toks if v.pos_ == "VERB"), None)
    if verb is None:
        return None, None
    k = toks.index(verb)
    if any(v.pos_ == "ADP" for v in toks[:k + 2 if k == 0 else k]):
        return None, None
    if k == 0:  # '“…,” mused council deputy chair Ana Ruiz': the name's last word
        names = []
        for n in toks[1:]:
            if n.pos_ not in {"PROPN", "NOUN", "PRON", "DET", "ADJ", "PUNCT", "SPACE"}:
                break
            names.append(n)
        names = [n for n in names if n.pos_ in {"PROPN", "NOUN", "PRON"}]
        return (cue_span(ctx.text, verb), names[-1]) if names else (None, None)
    subj = subject_of(verb, through_relatives=False)
    if k > 6 or subj is None or subj not in toks[:k] or any(
            c.dep_ in {"ccomp", "dobj", "xcomp"} and not ctx.quoted(c) for c in verb.children):
        return None, None
    return cue_span(ctx.text, verb), subj


def _clause_after(ctx: Context, seg: Segment, limit: int = 12) -> list[Token]:
    """The tokens after the quotation's closing mark up to the next stop, comma or quotation ([] if
    another quotation follows straight after)."""
    hi = ctx.paras[ctx.para_of(seg.close - 1)][1]
    toks: list[Token] = []
    t = ctx.token_at(seg.close)
    while t is not None and t.idx < seg.close:
        t = t.nbor() if t.i + 1 < len(t.doc) else None
    while t is not None and t.idx < hi and len(toks) < limit and not ctx.quoted(t) and not (t.is_punct and t.text not in {"-", "'"}):
        toks.append(t)
        t = t.nbor() if t.i + 1 < len(t.doc) else None
    if t is not None and t.idx < hi and ctx.quoted(t):
        return []
    return toks


def _name_in(ctx: Context, lo: int, hi: int, lex: QuoteLexicon) -> Token | None:
    """The head of a short speaker phrase in [lo, hi): a known actor or a named person/organisation."""
    first, last = ctx.token_at(lo), ctx.token_at(max(lo, hi - 1))
    if first is None or last is None:
        return None
    toks = [t for t in ctx.document.doc[first.i:last.i + 1] if lo <= t.idx < hi and not t.is_space]
    words = [t for t in toks if not t.is_punct]
    if not words or len(words) > lex.layout_max_tokens or words[0].lower_ in lex.not_speakers:
        return None
    if any(t.pos_ in {"VERB", "AUX"} and t.dep_ not in {"amod", "compound"} and not t.is_title for t in words):
        return None  # a clause, not a name
    for t in words:
        m = ctx.document.mention_at(t.i)
        if m is not None:
            return ctx.document.doc[m.end - 1]
    named = [t for t in words if t.ent_type_ in {"PERSON", "ORG", "NORP"}]
    if named:
        return named[-1]
    if len(words) <= 3 and all(t.text[:1].isupper() for t in words) and words[-1].pos_ in {"PROPN", "NOUN"}:
        return words[-1]  # a headline's or transcript's 'Lynch:', 'Poll:', 'TAPPER:' the tagger left unnamed
    return None


def direct_quotes(ctx: Context, lex: QuoteLexicon) -> list[Draft]:
    out: list[Draft] = []
    doc = ctx.document.doc
    for seg in ctx.segments:
        content = span_of(ctx.text, seg.start, seg.end)
        if content is None:
            continue
        content = Span(text=ctx.text[seg.start:seg.end], start=seg.start, end=seg.end)
        kind = _kind(ctx, seg, lex)
        words = _words(content.text)
        frame = _frame(ctx, seg)
        verb = _cue(ctx, seg, frame, lex, kind)
        if verb is not None:
            subj = subject_of(verb, through_relatives=False)
            if subj is not None and ctx.quoted(subj):
                subj = _unquoted_subject(ctx, verb)
            if subj is None:
                subj = _name_before_cue(ctx, seg, verb)
            if subj is None or subj.lower_ == "it" and verb.dep_ != "ROOT":
                subj = inverted_subject(ctx, verb)
            draft = Draft(content, kind, cue_span(ctx.text, verb), cue_lemma=verb.lemma_.lower())
            if subj is not None:
                credit(ctx, draft, subj, lex)
            draft.note = f"{kind} quotation, cue '{draft.cue.text}'" + (f", speaker {draft.note}" if draft.note else ", no speaker")
            if kind == "partial" and (words < lex.min_words_partial or _title(content.text)):
                continue
            out.append(draft)
            continue
        cue, head = _layout(ctx, seg, lex)
        if head is None:
            cue, head = _colon_clause(ctx, seg)
        if head is None and kind == "direct" and words >= lex.min_words_uncued and not _title(content.text):
            cue, head = _attribution_clause(ctx, seg)
        if head is not None:
            draft = Draft(content, "direct", cue)
            credit(ctx, draft, head, lex)
            draft.note = f"direct quotation, layout '{cue.text if cue else ''}', speaker {draft.note}"
            out.append(draft)
            continue
        para_whole = not any(c.isalnum() for c in _outside_text(ctx, seg))
        if para_whole and ctx.para_of(seg.open) > 0 and kind == "direct":
            out.append(Draft(content, "direct", need="continuation", note="direct quotation, no cue: a paragraph of its own"))
            continue
        stop = content.text.rstrip()[-1:] in ".!?"
        alone = stop and words < 2 and _own_sentence(ctx, seg)  # '“Never.”' (capitalised as a title is)
        if kind == "direct" and (alone or not _title(content.text) and (words >= lex.min_words_uncued or stop and words >= 2)):
            # (a short one — '“He’s an embarrassment.”' — is kept only if it can share a cued quotation's cue, below)
            out.append(Draft(content, kind, note="direct quotation with no cue in its sentence", short=words < lex.min_words_uncued))
    return _share_paragraph_cues(ctx, out)


def _own_sentence(ctx: Context, seg: Segment) -> bool:
    """'“…,” he told reporters. “Never.”': a quotation that closes its paragraph as a sentence of its own (a sentence
    stop or a closing mark before it, no word after it), which may then share the cue of the quotation before it."""
    lo = ctx.paras[ctx.para_of(seg.open)][0]
    before = ctx.text[lo:seg.open].rstrip()
    after = ctx.text[seg.close:ctx.paras[ctx.para_of(max(seg.open, seg.close - 1))][1]]
    return before[-1:] in {".", "!", "?", "”", '"', "’"} and not any(c.isalnum() for c in after)


def _title(text: str) -> bool:
    """'Meet the Press', 'Perceptions 301': a short run of capitalised words is a title, not speech."""
    words = text.rstrip(".!?,").split()
    return len(words) <= 6 and all(w[:1].isupper() or w[:1].isdigit() or w.lower() in {"the", "of", "and", "a", "an", "in", "on", "for", "to", "is", "with", "at", "from", "by", "or", "as"} for w in words)


def _share_paragraph_cues(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """'“A,” he said. “B.”': a quotation whose own sentence has no cue takes the nearest cued
    quotation's cue and speaker in the same paragraph (the earlier one first)."""
    for d in drafts:
        if d.cue is not None or d.need is not None or d.kind != "direct":
            continue
        para = ctx.para_of(d.content.start)
        same = [o for o in drafts if o.cue is not None and o.kind in {"direct", "partial"} and ctx.para_of(o.content.start) == para]
        if not same:
            continue
        before = [o for o in same if o.content.start < d.content.start]
        src = before[-1] if before else same[0]
        d.cue, d.speaker, d.need, d.phrase, d.cue_lemma = src.cue, src.speaker, src.need, src.phrase, src.cue_lemma
        d.note = f"direct quotation, no cue in its sentence: shares '{src.cue.text if src.cue else ''}' with the quotation beside it"
    return [d for d in drafts if not (d.short and d.cue is None)]  # short and uncued: a scare quote


def _outside_text(ctx: Context, seg: Segment) -> str:
    """The words of the quotation's paragraphs that are not inside it."""
    lo = ctx.paras[ctx.para_of(seg.open)][0]
    hi = ctx.paras[ctx.para_of(max(seg.open, seg.close - 1))][1]
    return ctx.text[lo:seg.open] + ctx.text[seg.close:hi]
