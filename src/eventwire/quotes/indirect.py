"""Reported speech without quotation marks, from the parse:

- a cue verb with a clausal complement: 'the Taliban announced [that it had captured …]',
  'officials said [the US has been launching …]', 'Kirby refused to say [how many …]'
  (the cue is then 'refused to say', the speaker the controller of the infinitive);
- a cue verb hung after the clause it reports: '[Ambassador Khalilzad will be in Doha …],
  said the US State Department', '[…], officials said';
- 'according to X, […]', '[…], according to X', and '[The cost, according to X, was …]' (an
  aside inside the clause it reports: the whole sentence);
- a poll in a phrase on a clause's verb: 'In the latest poll, [Clinton leads …]', '[Trump leads]
  in the polls' (quotes.yaml `poll_prepositions`, `poll_nouns`; the poll is the source);
- a stance verb's object, infinitive or prepositional object ('criticized [the plan]', 'vowed
  [to repeal it]', 'called for [a ban]'; data/quotes/quotes.yaml `object_cues`,
  `infinitive_cues`, `preposition_cues`), when its subject can hold a stance;
- a naming verb whose object is a relative word or 'what' before it: the name is the content
  ('what critics called [a scheme]', 'the tax, which rivals called [unfair]', `_named_gap`);
- a verb of asking with an 'if'/'whether' clause the parser hangs on it as an adverbial clause
  ('the singer was asked [if …]'; quotes.yaml `question_cues`); a passive ask's speaker is its 'by'
  agent, never the one asked;
- a subject that receives a stance noun ('[the plan] has drawn criticism from both parties', '[Mr.
  Ryan] came under fire'; quotes.yaml `reception_verbs`, `reception_nouns`; the source is the 'from' phrase);
- a cue set off by commas inside the clause it reports ('[Greensboro], he said, [made him …]'):
  the whole clause, aside included; also when the parse hangs the clause's first words on the
  cue ('[Many days], former employees said, [she would stay …]', `_aside`);
- an 'as' clause with a cue verb, or a verb of expecting, reports the clause it hangs on ('As the
  paper noted, […]', '[…], as critics fear', 'As reported by X, […]'; quotes.yaml `as_cues`);
- 'be' with a stance adjective or a speech noun and a clause ('Democrats are concerned [that …]',
  'his answer was [that …]'; quotes.yaml `stance_adjectives`, `stance_nouns`);
- a second 'that' clause joined to the cue verb is part of the same content ('pointed out [that
  A, and that B]');
- any other predicate + complement pair that the frame table (data/quotes/frames.tsv, counted
  on PolNeAR train) says is usually an attribution: 'backed [the plan]', 'is expected [to win]',
  'his claim [that …]', 'worried about [the cost]'; a noun frame owned by a person is used from a
  lower share ('her opposition [to the pipeline]', quotes.yaml `frame_min_precision_owned`);
- 'Speaker: unquoted words' paragraphs (headlines, transcripts);
- a title whose stance verb the parser missed ('Super PAC blasts [Trump for skipping debate]';
  quotes.yaml `headline_verbs`, with the `object_cues`).

A report whose cue lies inside another report's content is dropped (extractor.py): PolNeAR
annotates the outer attribution only. Of two reports of the same words, one is kept (`_one_per_content`).

Content is the complement's words; a complement that is (mostly) one quotation is left to the
direct rules, and one with a partial quotation inside keeps both (the report and the exact words).
A short quotation built into the reported clause ('said Trump is “unelectable now”') does not
count as a quotation there: the direct rules drop it, so the report keeps it.
"""

from __future__ import annotations

from spacy.tokens import Token

from ..events.modality import cues
from ..events.syntax import backshifted_conjunct, by_agent, is_passive, subject_of
from ..events.wordlists import ARMED_SECTORS
from ..model import Actor, Span
from .context import Context, Draft
from .cues import asks_anonymity, cue_span, is_cue_phrase, is_cue_verb
from .lexicon import QuoteLexicon
from .lexicon import lexicon as _lex
from .speakers import RELATIVE, credit, inverted_subject, span_of, speaker_at

WHEN = frozenset({"DATE", "TIME"})  # the entity labels of a time

MIN_TOKENS = 3
CLAUSE_DEPS = frozenset({"ccomp", "parataxis", "advcl"})
CANDIDATE_POS = frozenset({"VERB", "AUX", "NOUN", "PROPN", "ADJ", "ADV"})  # cues, frame predicates, hearsay adverbs


def _complement(tok: Token) -> Token | None:
    """The clause a cue verb reports: of several, the one right after the cue ('- "…?" - Democrats
    said [they were unfazed]', 'said [Brooks had begun …] - there are two …'), else the longest."""
    comps = [c for c in tok.children if c.dep_ == "ccomp"]
    right = [c for c in comps if c.i > tok.i and c.left_edge.i <= tok.i + 3]
    if right and len(comps) > 1:  # 'X - Democrats said [they were unfazed]': the clause right after the cue, not an earlier or later one
        return min(right, key=lambda c: c.i)
    if not comps:
        comps = [c for c in tok.children if c.dep_ == "parataxis" and c.i > tok.i and any(x.dep_.startswith("nsubj") for x in c.children)]
    return max(comps, key=lambda c: c.right_edge.i - c.left_edge.i) if comps else None


def _question(tok: Token, lex: QuoteLexicon) -> Token | None:
    """'was asked [if she had ever …]', 'Asked by X [whether …]': the question a verb of asking
    reports, which the parser hangs on it as an adverbial clause (quotes.yaml `question_cues`)."""
    if tok.lemma_.lower() not in lex.question_cues:
        return None
    return next((c for c in tok.children if c.dep_ == "advcl" and c.i > tok.i and any(
        m.dep_ == "mark" and m.lower_ in {"if", "whether"} and m.i == c.left_edge.i for m in c.children)), None)


def _passive(tok: Token) -> bool:
    """'was asked', 'Asked by X, …': a passive verb, or a bare participle with no subject of its own."""
    return is_passive(tok) or tok.tag_ == "VBN" and not any(c.dep_ == "nsubj" for c in tok.children)


def _reports_head(tok: Token, lex: QuoteLexicon) -> bool:
    """Is `tok` a cue verb set off after the clause it reports ('…, the department announced')?"""
    head = tok.head
    if tok.dep_ not in CLAUSE_DEPS or head.pos_ not in {"VERB", "AUX"} or tok.i < head.i or is_cue_verb(head, lex):
        return False
    if any(c.dep_ == "mark" for c in tok.children) or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
        return False
    left = tok.left_edge.i
    return left > 0 and tok.doc[left - 1].is_punct


def _parenthetical(tok: Token, lex: QuoteLexicon) -> bool:
    """Is `tok` a cue set off by commas inside the clause it reports ('Greensboro, he said, made
    him question …', 'The effects, economists say, are hard to predict')? The content is the
    whole clause around it (PolNeAR's two pieces, with the short aside between them)."""
    head = tok.head
    if tok.dep_ not in {"parataxis", "ccomp", "advcl"} or head.pos_ not in {"VERB", "AUX", "ADJ"} or is_cue_verb(head, lex):
        return False
    if any(c.dep_ in {"mark", "ccomp", "dobj", "xcomp"} for c in tok.children) or not any(c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children):
        return False
    doc = tok.doc
    lo, hi = tok.left_edge.i, tok.right_edge.i
    while lo < hi and doc[lo].is_punct:
        lo += 1
    while hi > lo and doc[hi].is_punct:
        hi -= 1
    if not (head.left_edge.i < lo - 1 and hi + 1 < _last_word(head.right_edge).i):
        return False  # words of the clause on both sides
    return doc[lo - 1].is_punct and doc[hi + 1].is_punct


def _second_clause(tok: Token, last: Token) -> Token:
    """'pointed out [that he placed second …, and that polls show …]': a second 'that' clause the
    parse joins to the cue verb rather than to the first one belongs to the same content."""
    for c in tok.children:
        if c.dep_ in {"conj", "ccomp"} and c.i > last.i and c.left_edge.i <= last.i + 3 and any(
                m.dep_ == "mark" and m.lower_ == "that" for m in c.children) and all(
                t.is_punct or t.dep_ == "cc" for t in tok.doc[last.i + 1:c.left_edge.i]):
            return _trim_end(c.left_edge, c.right_edge)
    return last


ASIDE_MARKS = frozenset({",", "—", "–", "-", "--"})
ASIDE_DEPS = frozenset({"advmod", "npadvmod", "dobj", "dative", "prt"})
CLAUSE_BREAKS = frozenset({";", ":", "—", "–", "--"})


def _clause_break(t: Token) -> bool:
    """A mark that ends a clause: a semicolon, a colon, a dash (also a hyphen set off by spaces,
    as some outlets write a dash: 'the bill - a provision, he said, that …')."""
    if t.text in CLAUSE_BREAKS:
        return True
    return t.text == "-" and bool(t.whitespace_) and t.i > 0 and bool(t.doc[t.i - 1].whitespace_)


def _after_break(first: Token, before: int) -> Token:
    """The first word after the last clause break in [first, before): where a clause
    with an aside in it begins ('… Tehran - [a provision], Corker said, [that …]')."""
    doc = first.doc
    k = max((t.i + 1 for t in doc[first.i:before] if _clause_break(t)), default=first.i)
    while k < before - 1 and doc[k].is_punct:
        k += 1
    return doc[k]


def _aside(ctx: Context, tok: Token) -> Span | None:
    """'[Many days], former employees said, [she would stay …]', '[The solution], the partner told
    them, [was simple]', '[The plan], said Kirby, [will …]': a cue verb and its subject set off by
    commas or dashes inside a sentence, with no reported clause of its own, reports the sentence
    around it (from the clause's start, the aside included, as `_parenthetical` does)."""
    doc = tok.doc
    subj = next((c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None or ctx.quoted(subj) or any(c.dep_ in {"ccomp", "xcomp", "mark", "advcl"} for c in tok.children):
        return None
    lo, hi = min(subj.left_edge.i, tok.i), max(tok.i, subj.right_edge.i)
    for c in tok.children:
        if c.i > hi and c.dep_ in ASIDE_DEPS and (c.dep_ != "dobj" or c.pos_ == "PRON"):
            hi = max(hi, c.right_edge.i)
    while hi + 1 < len(doc) and doc[hi + 1].dep_ == "prt":
        hi += 1
    if hi - lo > 12 or lo < 1 or hi + 1 >= len(doc) or doc[lo - 1].text not in ASIDE_MARKS or doc[hi + 1].text not in ASIDE_MARKS:
        return None
    sent = ctx.sents[ctx.sent_of(tok.idx)]
    first = lo - 1
    while first > sent.start and not _clause_break(doc[first - 1]):
        first -= 1
    while first < lo - 1 and (doc[first].is_punct or doc[first].dep_ == "cc"):
        first += 1
    last = _last_word(doc[sent.end - 1])
    if sum(not t.is_punct for t in doc[first:lo - 1]) < 1 or sum(not t.is_punct for t in doc[hi + 2:last.i + 1]) < MIN_TOKENS:
        return None
    if any(t.text in CLAUSE_BREAKS for t in doc[hi + 2:last.i]):
        last = next(t for t in doc[hi + 2:last.i] if t.text in CLAUSE_BREAKS)
        last = _last_word(doc[last.i - 1])
    return _clip(ctx, tok, doc[first].idx, _trim_end(doc[first], last).idx)


def _last_word(tok: Token) -> Token:
    doc = tok.doc
    while tok.i > 0 and tok.is_punct:
        tok = doc[tok.i - 1]
    return tok


def _controller_subject(tok: Token, lex: QuoteLexicon) -> Token | None:
    """'Kirby refused to say how many … the US has carried out and declined to say whether …': the parser
    often hangs 'declined' on the reported verb; a refusal to speak belongs to the first refuser's subject."""
    ctl = tok.head if tok.dep_ == "xcomp" else None
    if ctl is None or ctl.dep_ != "conj" or ctl.lemma_.lower() not in cues().refusal or any(c.dep_ == "nsubj" for c in ctl.children):
        return None
    for up in ctl.ancestors:
        if up.dep_ == "xcomp" and up.head.lemma_.lower() in cues().refusal and is_cue_verb(up, lex):
            return subject_of(up, through_relatives=False)
    return None


SHORT_QUOTE = 4  # words: a shorter quotation built into a report ('said Trump is “unelectable now”') stays part of the report


def _words(text: str) -> int:
    return sum(1 for w in text.split() if any(c.isalnum() for c in w))


def _quoted_share(ctx: Context, start: int, end: int) -> float:
    """The share of [start, end) inside quotations the direct rules keep as their own (not the
    short ones built into a reported clause — a word right before the opening mark — which they drop)."""
    inside = 0
    for seg in ctx.segments:
        lo, hi = max(start, seg.open), min(end, seg.close)
        if hi > lo and not (ctx.text[max(0, seg.open - 40):seg.open].rstrip()[-1:].isalnum() and _words(ctx.text[seg.start:seg.end]) < SHORT_QUOTE):
            inside += hi - lo
    return inside / max(1, end - start)


def _direct_owns(ctx: Context, start: int, end: int) -> bool:
    """Is [start, end) a quotation for the direct rules (mostly quoted words), rather than a reported
    clause with unquoted words of its own before the quotation ('said [he “would never back down”]',
    'reported [the star “gave between $1,001 and $5,000” to the Clintons]')? PolNeAR annotates the
    latter as the whole clause; a leading 'that' is no word of its own."""
    if _quoted_share(ctx, start, end) < 0.6:
        return False
    if ctx.segment_at(start) is not None:
        return True
    opening = ctx.first_opening(start, end)
    if opening is None:
        return True
    lead = ctx.text[start:opening].split()
    if lead and lead[0].lower() == "that":
        lead = lead[1:]
    return not any(any(c.isalnum() for c in w) for w in lead)


def _past_cue_time(cue: Token, comp: Token, first: Token) -> Token:
    """'said on Wednesday [it would …]', 'said Thursday [he would …]': with no 'that', the parser hangs the time of the saying
    on the reported clause; it is when the words were said, not what was said (PolNeAR leaves it out of the content)."""
    if first.i != cue.i + 1 or first.i >= comp.i:
        return first
    for c in comp.children:
        if c.dep_ not in {"prep", "npadvmod"} or c.left_edge != first:
            continue
        words = [t for t in c.subtree if not (c.dep_ == "prep" and t == c) and not t.is_punct]
        if words and all(t.ent_type_ in WHEN for t in words):
            after = c.right_edge.i + 1
            while after < comp.i and comp.doc[after].is_punct:
                after += 1
            return comp.doc[after] if after <= comp.right_edge.i else first
    return first


def _span(ctx: Context, first: Token, last: Token) -> Span | None:
    return span_of(ctx.text, first.idx, last.idx + len(last.text))


def indirect_quotes(ctx: Context, lex: QuoteLexicon) -> list[Draft]:
    out: list[Draft] = []
    doc = ctx.document.doc
    for tok in doc:
        if tok.pos_ not in CANDIDATE_POS and tok.lower_ not in lex.according and tok.lower_ not in lex.poll_preps or ctx.quoted(tok):
            continue  # (most tokens: determiners, punctuation, numbers …)
        if asks_anonymity(tok):
            continue  # 'who asked not to be named': an unnamed source's formula, no report
        if tok.lower_ in lex.poll_preps and tok.dep_ == "prep":
            draft = _in_poll(ctx, tok, lex)  # 'In the latest poll, [Clinton leads …]', '[Trump leads] in the polls'
            if draft is not None:
                out.append(draft)
            continue
        if tok.lower_ in lex.adverb_cues and tok.dep_ == "advmod":
            draft = _adverb(ctx, tok)
            if draft is not None:
                out.append(draft)
            continue
        if tok.lower_ in lex.according and tok.i + 1 < len(doc) and doc[tok.i + 1].lower_ == "to":
            draft = _according(ctx, tok)
            if draft is not None:
                out.append(draft)
            continue
        if tok.dep_ == "advcl" and (tok.lemma_.lower() in lex.as_cues or is_cue_verb(tok, lex)) and any(
                c.dep_ == "mark" and c.lower_ == "as" for c in tok.children):
            draft = _as_clause(ctx, tok, lex)  # 'As the paper noted, […]', '[…], as critics fear'
            if draft is not None:
                out.append(draft)
                continue
        if tok.lemma_.lower() in lex.reception_verbs and tok.pos_ == "VERB":
            draft = _reception(ctx, tok, lex)  # '[the plan] drew criticism from …', '[Mr. Ryan] came under fire'
            if draft is not None:
                out.append(draft)
                continue
        if tok.lemma_.lower() == "be" and tok.pos_ in {"AUX", "VERB"}:
            draft = _copular(ctx, tok, lex)  # 'his answer was [that …]', 'they are confident [that …]'
            if draft is not None:
                out.append(draft)
                continue
        speech = (is_cue_verb(tok, lex) or is_cue_phrase(tok, lex)) and tok.lemma_.lower() not in lex.direct_only
        comp = (_complement(tok) or _question(tok, lex)) if speech else None
        phrase_word = None
        if comp is not None and f"{tok.lemma_.lower()} {comp.lower_}" in lex.cue_phrases:
            # 'made clear [he wants …]': the parser hangs the clause on 'clear'
            phrase_word, comp = comp, next((c for c in comp.children if c.dep_ in {"ccomp", "advcl"} and c.i > comp.i), None)
        content: Span | None = None
        if comp is not None:
            last = _trim_end(comp.left_edge, comp.right_edge)
            if last == comp.right_edge:
                last = _second_clause(tok, last)
            first = _past_cue_time(tok, comp, comp.left_edge)
            if first.i < tok.i and first.lower_ in RELATIVE and tok.i < last.i:
                first = tok.doc[tok.i + 1]  # 'which [the court said] was careless': not the speaker and cue in between
            content = _clip(ctx, tok, first.idx, last.idx)
        elif speech and _reports_head(tok, lex):  # '[…], officials said'
            head = tok.head
            if tok.left_edge.i > head.left_edge.i:
                content = _span(ctx, head.left_edge, doc[tok.left_edge.i - 1])
        elif speech and _parenthetical(tok, lex):  # '[Greensboro], he said, [made him question …]'
            head = tok.head
            first = _after_break(head.left_edge, tok.left_edge.i)
            content = _clip(ctx, tok, first.idx, _trim_end(first, _last_word(head.right_edge)).idx)
        elif speech:  # the same aside where the parse hangs the clause's words elsewhere
            content = _aside(ctx, tok)
        if content is None or len(doc.char_span(content.start, content.end, alignment_mode="expand") or []) < MIN_TOKENS:
            content = _stance_content(ctx, tok, lex)
            if content is None or not _agent(ctx, _controller_subject(tok, lex) or subject_of(tok, through_relatives=False)):
                framed = _framed(ctx, tok, lex)
                if framed is not None:
                    out.append(framed)
                continue
        if _direct_owns(ctx, content.start, content.end):
            continue  # the direct rules own this one
        subj = _controller_subject(tok, lex) or subject_of(tok, through_relatives=False)
        asked = comp is not None and tok.lemma_.lower() in lex.question_cues and _passive(tok)
        if asked:  # 'the actress was asked [if …]': the one asked is not the speaker; the asker ('by X') is
            subj = by_agent(tok)
        if subj is not None and (ctx.quoted(subj) or (content.start <= subj.idx < content.end and subj.head != tok)):
            subj = None
        if subj is None and tok.dep_ != "xcomp" and not asked:
            subj = inverted_subject(ctx, tok)
        cue = cue_span(ctx.text, tok)
        if phrase_word is not None:
            cue = span_of(ctx.text, cue.start, phrase_word.idx + len(phrase_word.text)) or cue
        if cue.start < content.end and content.start < cue.end:  # 'which critics called [unfair]': the name is not part of the cue
            cue = Span(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text))
        draft = Draft(content, "indirect", cue, cue_lemma=tok.lemma_.lower())
        if subj is not None and subj.dep_ != "expl":
            credit(ctx, draft, subj, lex)
        draft.note = f"indirect report, cue '{draft.cue.text}'" + (f", speaker {draft.note}" if draft.note else ", no speaker")
        out.append(draft)
    headline = _headline(ctx, lex, out)
    out = [d for d in out if not _force_used(d, lex)]
    return _one_per_content(_speakers_of_conjoined_cues(ctx, _cut_continuations(ctx, out))) + _colon_layouts(ctx, lex) + (
        [headline] if headline else [])


def _force_used(draft: Draft, lex: QuoteLexicon) -> bool:
    """'Gunmen attacked a hotel', 'Israeli jets blasted Hamas positions': with an armed party as its subject, a verb
    that is a stance in politics ('Clinton attacked the plan') is an act of force, and nothing is reported."""
    return draft.cue_lemma in lex.force_verbs and draft.speaker is not None and draft.speaker.sector in ARMED_SECTORS


def _one_per_content(drafts: list[Draft]) -> list[Draft]:
    """Two reports of the same words ('has been acutely aware [that …]': the copular rule and the
    frame of 'aware') are one attribution: the rule's, not the frame table's."""
    best: dict[tuple[int, int], Draft] = {}
    for d in drafts:
        key = (d.content.start, d.content.end)
        if key not in best or best[key].framed is not None and d.framed is None:
            best[key] = d
    return [d for d in drafts if best[(d.content.start, d.content.end)] is d]


HEADLINE_MAX_TOKENS = 25
HEADLINE_BREAKS = frozenset({";", ":", ",", "—", "–", "--"})


def _headline_verb(tok: Token, lex: QuoteLexicon) -> bool:
    """A headline's present-tense stance verb that the parser, misled by the headline's style,
    did not read as a verb ('Super PAC [blasts] Trump', 'Skywriters [blast] Trump')."""
    if tok.pos_ == "VERB" or not tok.is_alpha:
        return False
    w = tok.lower_
    return any(v in lex.headline_verbs for v in (w, w[:-1] if w.endswith("s") else w, w[:-2] if w.endswith("es") else w))


def _headline(ctx: Context, lex: QuoteLexicon, found: list[Draft]) -> Draft | None:
    """'Super PAC blasts [Trump for skipping debate].': a one-line title (the article's first
    paragraph) with no report found in it, whose stance verb the parse missed; the words after the
    verb, to the first clause break, are the content, the name before it the speaker."""
    if not ctx.paras:
        return None
    lo, hi = ctx.paras[0]
    doc = ctx.document.doc
    toks = [t for t in doc if lo <= t.idx < hi and not t.is_space]
    if not 3 <= len(toks) <= HEADLINE_MAX_TOKENS or any(d.content.start < hi for d in found):
        return None
    # not a word inside a name ('the Rapid [Support] Forces agreed …': the entity goes on after it)
    k = next((k for k, t in enumerate(toks[1:], 1) if _headline_verb(t, lex) and not ctx.quoted(t)
              and not (t.ent_iob_ == "I" and t.i + 1 < len(doc) and doc[t.i + 1].ent_iob_ == "I")), None)
    if k is None or ctx.sent_of(toks[0].idx) != ctx.sent_of(toks[-1].idx):
        return None
    start = max((j + 1 for j, t in enumerate(toks[:k]) if t.text in HEADLINE_BREAKS), default=0)  # 'Biden, stumping for X, [trashes] …'
    while start < k and toks[start].is_punct:
        start += 1
    rest = toks[k + 1:]
    end = next((j for j, t in enumerate(rest) if t.text in HEADLINE_BREAKS), len(rest))
    words = rest[:end]
    while words and words[-1].is_punct:
        words.pop()
    if not words or not any(t.pos_ in {"PROPN", "NOUN"} for t in toks[start:k]):  # someone before the verb
        return None
    content = _clip(ctx, toks[k], words[0].idx, words[-1].idx)
    if content is None or _direct_owns(ctx, content.start, content.end):
        return None
    verb = toks[k]
    draft = Draft(content, "indirect", Span(text=verb.text, start=verb.idx, end=verb.idx + len(verb.text)), cue_lemma=verb.lower_)
    named = next((t for t in toks[start:k] if (m := ctx.document.mention_at(t.i)) is not None and m.actor.end <= verb.idx), None)
    if named is not None:
        credit(ctx, draft, named, lex)
    else:  # (the misread parse's phrase around the subject runs on past the verb: the words before it are the speaker)
        phrase = span_of(ctx.text, toks[start].idx, toks[k - 1].idx + len(toks[k - 1].text))
        if phrase is not None:
            draft.speaker = Actor(text=phrase.text, start=phrase.start, end=phrase.end, name=phrase.text,
                                  method="headline: the words before its verb")
            draft.note = f"'{phrase.text}' (not a known actor)"
    draft.note = f"indirect report, headline verb '{verb.text}', speaker {draft.note}"
    return draft


def _colon_layouts(ctx: Context, lex: QuoteLexicon) -> list[Draft]:
    """'Trump: My immigration plans aren't set in stone.' (headline and transcript style): a
    paragraph opening with a short speaker name and a colon, then unquoted words; the words are
    the content, the colon the cue. (With quotation marks it is a direct quotation.)"""
    from .direct import _name_in  # the same speaker-phrase test as "Speaker: “…”"

    out = []
    text = ctx.text
    for lo, hi in ctx.paras:
        colon = text.find(":", lo, min(hi, lo + 80))
        if colon < 0 or colon + 1 >= hi or not text[colon + 1:colon + 2].isspace():
            continue
        content = span_of(text, colon + 1, hi)
        if content is None or content.text[:1] in lex.pairs or content.text[:1] == lex.single_open:
            continue
        if sum(1 for w in content.text.split() if any(ch.isalpha() for ch in w)) < 3:
            continue
        head = _name_in(ctx, lo, colon, lex)
        if head is None:
            continue
        content = span_of(text, content.start, content.end - 1) if content.text.endswith(".") else content
        if content is None:
            continue
        draft = Draft(content, "indirect", Span(text=":", start=colon, end=colon + 1), cue_lemma=":")
        credit(ctx, draft, head, lex)
        draft.note = f"indirect report, layout 'Speaker: …', speaker {draft.note}"
        out.append(draft)
    return out


EXTEND_PREPS = frozenset({"of", "for", "over", "as"})  # 'accused X of …', 'described X as …'
TRIM_DEPS = frozenset({"relcl"})


def _trim_end(first: Token, last: Token) -> Token:
    """The reported clause without a trailing comma-set relative clause ('… Mr. Sanders, who
    also held a rally …'), contrasting clause ('…, while others …'), apposition to a name or speech
    participle (`comma_set_modifier`): PolNeAR's contents stop at the comma. (Trailing participles and
    adverbial clauses are kept: PolNeAR includes them about as often as not.)"""
    doc = first.doc
    for t in doc[first.i + 1:last.i]:
        if t.text != "," or t.i + 1 > last.i:
            continue
        for x in doc[t.i + 1:last.i + 1]:
            if x.left_edge.i == t.i + 1 and comma_set_modifier(x) and first.i <= x.head.i < t.i and x.right_edge.i >= last.i - 1:
                return doc[t.i - 1]
    return last


CONTRAST = frozenset({"while", "whereas", "though", "although", "as"})  # (after a comma: '…, even as he …')


def comma_set_modifier(x: Token) -> bool:
    """A comma-set modifier PolNeAR leaves out of a content: a relative clause, a contrasting
    clause ('…, while 22 percent said …', '…, though they blame …'), an apposition to a
    name ('endorsed [Mrs. Clinton], a signal of …'), or a speech participle, which is a report of
    its own ('said [the bill was dead], pointing to …', '…, with aides saying …')."""
    if x.dep_ in {"advcl", "xcomp", "conj"} and x.tag_ == "VBG" and x.lemma_.lower() in _lex().cue_verbs:
        return True
    if x.dep_ == "prep" and x.lower_ == "with" and any(_absolute(o) and o.lemma_.lower() in _lex().cue_verbs for o in x.children):
        return True  # '…, with a spokesman saying that …': the spokesman's report, not part of this one
    if x.dep_ == "appos" and x.head.pos_ == "PROPN" and not _name_list(x):
        return True
    return x.dep_ in TRIM_DEPS or x.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in CONTRAST for c in x.children)


def _name_list(x: Token) -> bool:
    """'ridiculed [Trump, Ben Carson, and Carly Fiorina]', 'peppered [Mr. Trump, his family members and
    advisers]': what the parser hangs as an apposition on a name, with a conjunct of its own, is a list."""
    return any(c.dep_ in {"conj", "cc"} for c in x.children)


def _clip(ctx: Context, cue: Token, start: int, last_idx: int) -> Span | None:
    """[start, end of the token at last_idx) kept inside the cue's paragraph; a word the parse split
    at a hyphen ('the re-election of …') is never cut in two."""
    tok = ctx.token_at(last_idx)
    end = last_idx + (len(tok.text) if tok is not None else 0)
    while tok is not None and tok.i + 2 < len(tok.doc) and tok.doc[tok.i + 1].text in {"-", "‐"} and not tok.whitespace_ \
            and not tok.doc[tok.i + 1].whitespace_ and tok.doc[tok.i + 2].is_alpha:
        tok = tok.doc[tok.i + 2]  # 'endorsed [the re-election …]': never end inside a hyphenated word (the parse splits it)
        if tok.right_edge.i > tok.i and tok.head.i < tok.i - 1:
            tok = _last_word(tok.right_edge)
        end = tok.idx + len(tok.text)
    lo, hi = ctx.paras[ctx.para_of(cue.idx)] if ctx.paras else (0, len(ctx.text))
    return span_of(ctx.text, max(lo, start), min(hi, end))


INANIMATE = frozenset({"meeting", "round", "talk", "session", "conference", "summit", "hearing", "event", "report", "plan"})


def _agent(ctx: Context, subj: Token | None) -> bool:
    """A stance needs a subject that can hold one: not a meeting or a report ('rounds of meetings
    … to discuss the situation' is not an attribution)."""
    return subj is not None and not ctx.quoted(subj) and subj.lemma_.lower() not in INANIMATE


def _object_piece(c: Token) -> bool:
    """A verb's child that continues its object: a possessive ending or name the parser split off ('McDonald
    [’s]', 'Wisconsin [Gov. Scott Walker]'), or a nominal conjunct with its 'and' ('X [and] [Walmart]')."""
    if c.dep_ == "cc":
        nxt = c.doc[c.i + 1] if c.i + 1 < len(c.doc) else None
        return nxt is not None and nxt.head == c.head and nxt.dep_ == "conj" and nxt.pos_ in {"NOUN", "PROPN", "PRON"}
    return c.dep_ in {"dep", "dobj", "conj"} and c.pos_ in {"NOUN", "PROPN", "PART", "PRON"}


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
            gap = last
            for c in tok.children:  # 'accused Trump [of …]', 'blamed X [for …]', 'criticized X [over …]'
                if c.i <= last.i:
                    continue
                if (c.dep_ == "prep" and c.lower_ in EXTEND_PREPS or _infinitive(c)) and c.left_edge.i == gap.i + 1:
                    last = gap = _trim_end(c, c.right_edge)  # (also past a modifier in between: 'described X [in an interview] as …')
                elif _object_piece(c) and c.left_edge.i == last.i + 1 and gap == last:
                    last = gap = c.right_edge  # 'criticized [McDonald ’s and Walmart]': one object the parser hung in pieces
                elif c.dep_ in {"prep", "advmod", "npadvmod"} and c.left_edge.i == gap.i + 1:
                    gap = c.right_edge
                else:
                    break
    if first is None and lemma in lex.naming_cues:
        span = _naming(tok) or _named_gap(tok)
        if span is not None:
            first, last = span
    if first is None and lemma in lex.infinitive_cues:
        x = next((c for c in tok.children if c.dep_ == "xcomp" and c.i > tok.i and any(a.lower_ == "to" for a in c.children)), None)
        if x is not None and (not (is_cue_verb(x, lex) or is_cue_phrase(x, lex)) or not any(  # 'refused to say …' is the cue's own report,
                c.dep_ in {"ccomp", "dobj", "prep", "xcomp", "parataxis"} for c in x.children)):  # 'declined [to comment]' is not
            first, last = x.left_edge, _trim_end(x.left_edge, x.right_edge)
            obj = next((c for c in tok.children if c.dep_ == "dobj" and tok.i < c.i < x.i), None)
            if obj is not None:  # 'urged [members to vote …]'
                first = obj.left_edge
    if first is None and lemma in lex.preposition_cues:
        for c in tok.children:
            if c.dep_ == "prep" and c.i > tok.i and c.lower_ in lex.preposition_cues[lemma] and all(
                    t.pos_ in {"ADV", "PART"} for t in tok.doc[tok.i + 1:c.i]):  # 'called [repeatedly] for', not 'called a meeting for'
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
    if content is None or _direct_owns(ctx, content.start, content.end):
        return None
    return content


def _naming(tok: Token) -> tuple[Token, Token] | None:
    """'called [Clinton's remarks a new low]', 'branded [the protesters traitors]': a naming verb's
    object and what it names it, together (a predicative after the object, which the parser hangs
    on the verb as 'oprd' or a second object, or on the object as an apposition). Without the
    second part it is another sense ('called a meeting')."""
    objs = [c for c in tok.children if c.dep_ == "dobj" and c.i > tok.i]
    if not objs:
        return None
    obj = objs[0]
    pred = next((c for c in tok.children if c.i > obj.i and (c.dep_ == "oprd" or c.dep_ == "dobj" and c.i != obj.i)), None)
    if pred is None:
        pred = next((c for c in obj.children if c.dep_ == "appos" and c.i > obj.i and not any(
            t.text == "," for t in obj.doc[obj.i + 1:c.left_edge.i])), None)  # ', a …' after a comma is a description, not the name
    if pred is None:
        return None
    return obj.left_edge, _trim_end(obj.left_edge, pred.right_edge)


GAP_WORDS = RELATIVE | {"what"}


def _named_gap(tok: Token) -> tuple[Token, Token] | None:
    """'what critics called [a “scheme”]', 'a bill that critics called [unfair]', 'the plan he calls
    [“Confident America”]': a naming verb whose object is the relative or 'what' before it (or the
    noun its clause hangs on, with no relative word) names it after itself. PolNeAR's content is
    the relative word and the name without the speaker and cue between them: the name is most of it."""
    if any(c.dep_ == "prt" for c in tok.children) or not any(c.dep_ == "nsubj" and c.lower_ not in GAP_WORDS for c in tok.children):
        return None
    names = [c for c in tok.children if c.i > tok.i and c.dep_ in {"oprd", "dobj"}]
    rel = next((c for c in tok.children if c.dep_ == "dobj" and c.i < tok.i and c.lower_ in GAP_WORDS), None)
    zero = rel is None and tok.dep_ == "relcl" and tok.head.i < tok.i and not any(c.dep_ == "dobj" and c.i < tok.i for c in tok.children)
    if len(names) != 1 or rel is None and not zero:
        return None
    return names[0].left_edge, _trim_end(names[0].left_edge, names[0].right_edge)


def frame_children(tok: Token) -> list[tuple[str, Token]]:
    """(frame, complement) for each complement of a predicate that could be reported content:
    'ccomp', 'xcomp', 'dobj' (of a verb), 'acl' (a noun's that-clause or infinitive: 'his call
    [to ban …]'), 'prep:P' (the object of a preposition: 'focused on [X]'), all after the predicate,
    'nsubjpass', the subject of a passive ('[the deal] was denounced'), and 'subj+xcomp', a
    subject and infinitive around the predicate ('[Trump] is expected [to win]'; the content
    is then the whole clause, the predicate inside it). The frame table (data/quotes/frames.tsv)
    says which predicate + frame pairs PolNeAR annotates as attributions, and how often."""
    out = []
    for c in tok.children:
        if c.i < tok.i:
            if c.dep_ == "nsubjpass" and c.lower_ not in RELATIVE:  # '[the plan] was widely criticised'
                out.append(("nsubjpass", c))
            continue
        if c.dep_ in {"ccomp", "xcomp", "acl", "dobj"} and not (c.dep_ == "dobj" and tok.pos_ != "VERB") and not _participle(c):
            out.append((c.dep_, c))
            if c.dep_ == "xcomp" and any(x.lower_ not in RELATIVE and (x.dep_ == "nsubjpass" or x.dep_ == "nsubj" and tok.lemma_.lower() in RAISING)
                                         for x in tok.children):
                out.append(("subj+xcomp", c))  # '[Trump] is expected [to win]', '[the deal] appears [to hold]'
        elif c.dep_ == "prep":
            obj = next((o for o in c.children if o.dep_ in {"pobj", "pcomp"}), None)
            if obj is not None and obj.ent_type_ not in {"DATE", "TIME"}:  # 'agreed [on Wednesday]' says when, not what
                out.append((f"prep:{c.lower_}", obj))
    return out


BARE_NOT = frozenset({"nsubj", "nsubjpass", "mark", "aux", "auxpass"})  # a participle with one of these is a clause


def _participle(c: Token) -> bool:
    """'a statement [released Thursday]', 'a letter [signed by 20 senators]': a bare past participle on
    a noun (no subject, auxiliary or 'that' of its own: not 'a claim [that it was rigged]') describes it;
    it is not what the statement says."""
    return c.dep_ == "acl" and c.tag_ == "VBN" and not any(x.dep_ in BARE_NOT for x in c.children)


def frame_span(tok: Token, frame: str, c: Token) -> tuple[Token, Token]:
    """First and last token of a frame's content: the complement's words, without a trailing
    relative clause; an object takes a following 'of/for/over/as' phrase ('accused X [of …]')."""
    if frame == "nsubjpass":
        return c.left_edge, _trim_end(c.left_edge, c.right_edge)
    if frame == "subj+xcomp":
        subj = next(x for x in tok.children if x.dep_ in {"nsubj", "nsubjpass"} and x.lower_ not in RELATIVE)
        return subj.left_edge, _trim_end(subj.left_edge, c.right_edge)
    subj = _passive_as(tok, frame)
    if subj is not None:  # '[the candidates are seen as a circus]': what is seen as what, both
        return subj.left_edge, _trim_end(subj.left_edge, c.right_edge)
    last = c.right_edge
    for x in tok.children:  # 'defended [it despite criticism]', 'credited [Merkel with holding …]', 'called [a meeting to discuss …]'
        if x.i > last.i and (x.dep_ not in STOP_DEPS or _infinitive(x)) and not x.is_punct and x.left_edge.i == last.i + 1 and not (
                x.dep_ == "prep" and comma_set_modifier(x)):  # '…, with a spokesman saying …': a report of its own
            last = x.right_edge
    return c.left_edge, _trim_end(c.left_edge, last)


def _passive_as(tok: Token, frame: str) -> Token | None:
    """The passive subject of 'X is seen/viewed/described as Y' (frame 'prep:as'), which is part of the content."""
    if frame != "prep:as":
        return None
    return next((x for x in tok.children if x.dep_ == "nsubjpass" and x.i < tok.i and x.lower_ not in RELATIVE), None)


STOP_DEPS = frozenset({"conj", "cc", "punct", "parataxis", "advcl", "ccomp", "dep"})


def _infinitive(x: Token) -> bool:
    """'to discuss …' hung on the verb (advcl) though it belongs to the object before it ('called a meeting to discuss …')."""
    return x.dep_ == "advcl" and x.left_edge.lower_ == "to" and x.left_edge.dep_ == "aux"


def frame_key(tok: Token, frame: str) -> str:
    pos = "NOUN" if tok.pos_ in {"NOUN", "PROPN"} else tok.pos_
    return f"{tok.lemma_.lower()} {pos} {frame}"


RAISING = frozenset({"seem", "appear", "look", "tend", "happen"})  # '[X] seems [to …]': X is part of the content
FRAME_POS = frozenset({"VERB", "NOUN", "PROPN", "ADJ"})


def _absolute(c: Token) -> bool:
    """'with [a spokesman saying …]': a participle with a subject of its own (not 'with [what others are saying]')."""
    return c.tag_ == "VBG" and any(x.dep_ == "nsubj" and x.pos_ in {"NOUN", "PROPN"} for x in c.children) and not any(
        x.tag_ in {"WP", "WDT"} for x in c.children)


def _framed(ctx: Context, tok: Token, lex: QuoteLexicon) -> Draft | None:
    """A predicate + complement pair from the frame table ('expected [to win]', 'backed [the
    plan]', 'his call [to ban …]'): the complement is the content, the predicate the cue, its
    subject (a noun's possessor) the speaker."""
    if tok.pos_ not in FRAME_POS or ctx.quoted(tok):
        return None
    if tok.lemma_.lower() not in lex.frame_lemmas:
        return _unseen_that_clause(ctx, tok, lex)
    best = None
    for frame, c in frame_children(tok):
        if (frame == "xcomp" or frame == "prep:with" and _absolute(c)) and (is_cue_verb(c, lex) or is_cue_phrase(c, lex)):
            continue  # 'refused to say …', '… with a spokesman saying that …': the report is the inner cue's
        if frame == "dobj" and tok.lemma_.lower() in lex.deed_verbs and not any(x.dep_ == "prep" and x.lower_ == "to" for x in tok.children):
            continue  # 'committed ceasefire violations': a deed done, not a position reported ('committed the US to the war': one)
        p = lex.frames.get(frame_key(tok, frame))
        if p is None and tok.pos_ in {"NOUN", "PROPN"} and any(x.dep_ == "poss" and _holder(ctx, x) for x in tok.children):
            p = lex.owned_frames.get(frame_key(tok, frame))  # 'her support [for the bill]': the owner holds the stance
        if p is None:
            continue
        first, last = frame_span(tok, frame, c)
        if frame == "dobj" and tok.lemma_.lower() in lex.question_cues and last.i <= c.right_edge.i and (
                _holder(ctx, c) or c.lower_ in OBJECTIVE):
            continue  # '“Why?” Todd asked [the mogul]': the one asked is not what is asked
        if best is None or (first.i, -last.i) < (best[3].i, -best[4].i):  # the widest: 'called on [X to …]'
            best = (p, frame, c, first, last)
    if best is None:
        return _unseen_that_clause(ctx, tok, lex)
    share, frame, c, first, last = best
    content = _clip(ctx, tok, first.idx, last.idx)
    if content is None or _direct_owns(ctx, content.start, content.end):
        return None
    if tok.pos_ in {"NOUN", "PROPN"}:
        subj = next((c for c in tok.children if c.dep_ == "poss"), None)
    else:
        subj = _controller_subject(tok, lex) or subject_of(tok, through_relatives=False)
        if subj is not None and subj.dep_ in {"nsubjpass", "nsubj"} and (frame in {"nsubjpass", "subj+xcomp"} or _passive_as(tok, frame) is not None):
            subj = None  # the passive's subject is the content; its 'by' agent, if any, the speaker
        elif subj is not None and not _agent(ctx, subj):
            return None
    if subj is not None and (ctx.quoted(subj) or content.start <= subj.idx < content.end or subj.dep_ == "expl"):
        subj = None
    draft = Draft(content, "indirect", cue_span(ctx.text, tok), cue_lemma=tok.lemma_.lower(), framed=share)
    if subj is not None:
        credit(ctx, draft, subj, lex)
    draft.note = f"indirect report, cue '{draft.cue.text}' ({frame_key(tok, frame)} in the frame table)" + (
        f", speaker {draft.note}" if draft.note else ", no speaker")
    return draft


PERSONAL = frozenset({"he", "she", "they", "we", "i", "you"})
POSSESSIVE = frozenset({"his", "her", "their", "its", "our", "my"})
OBJECTIVE = frozenset({"him", "her", "them", "us", "me", "you"})


def _holder(ctx: Context, t: Token) -> bool:
    """Can `t` hold a view: a personal or possessive pronoun, a person's or organisation's name, a known actor?"""
    return t.lower_ in PERSONAL or t.lower_ in POSSESSIVE or t.ent_type_ in {"PERSON", "ORG", "NORP"} or ctx.document.mention_at(t.i) is not None


def _unseen_that_clause(ctx: Context, tok: Token, lex: QuoteLexicon) -> Draft | None:
    """A verb the frame table has never seen with a clause, a 'that' clause after it and a person
    or organisation as its subject ('Rubio lamented [that …]', 'aides calculated [that …]'): most
    such pairs in training were attributions."""
    if tok.pos_ != "VERB":
        return None
    comp = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in c.children)), None)
    if comp is None or tok.lemma_.lower() in lex.not_clause_cues | lex.direct_only or frame_key(tok, "ccomp") in lex.frames_seen:
        return None  # ('shouted that …': verbs that only introduce quotations report no clause)
    subj = subject_of(tok, through_relatives=False)
    if subj is None or ctx.quoted(subj) or not _holder(ctx, subj):
        return None
    content = _clip(ctx, tok, comp.left_edge.idx, _trim_end(comp.left_edge, comp.right_edge).idx)
    if content is None or _direct_owns(ctx, content.start, content.end):
        return None
    draft = Draft(content, "indirect", cue_span(ctx.text, tok), cue_lemma=tok.lemma_.lower(), framed=0.5)
    credit(ctx, draft, subj, lex)
    draft.note = f"indirect report, cue '{draft.cue.text}' (a verb with a that-clause), speaker {draft.note}"
    return draft


def _cut_continuations(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """A report whose content runs on into 'and declined to say …' (the next report of the same
    speaker, or a cue verb conjoined inside the content with no subject of its own: 'adds [that she
    has released her returns] and called on [her rivals to do the same]') ends where that report's cue begins."""
    for a in drafts:
        for b in drafts:
            if b is a or b.cue is None or a.cue is None or not (a.cue.end <= b.cue.start and a.content.start < b.cue.start < a.content.end):
                continue
            if b.speaker is not None and a.speaker is not None and b.speaker.name == a.speaker.name or _conjoined(ctx, a, b):
                text = a.content.text[: b.cue.start - a.content.start].rstrip()
                if not text.endswith((" and", ",", " but")):
                    continue  # 'made clear [he wants …]': a report inside the content, not the next one
                for tail in (" and", ",", " but"):
                    text = text[: -len(tail)].rstrip() if text.endswith(tail) else text
                if text:
                    a.content = Span(text=text, start=a.content.start, end=a.content.start + len(text))
    return drafts


def _speakers_of_conjoined_cues(ctx: Context, drafts: list[Draft]) -> list[Draft]:
    """'The ministry said [the attack was a cowardly act] and vowed to hunt down those responsible': a cue verb the
    parser conjoined inside another report's content takes that clause's subject, but a thing named by a common noun
    ('the attack') speaks no words; the speaker of the report the cue ends does."""
    for a in drafts:
        for b in drafts:
            if b is a or a.speaker is None or b.speaker is None or a.cue is None or b.cue is None or a.cue.end > b.cue.start \
                    or not _conjoined(ctx, a, b):
                continue
            phrase = ctx.document.doc.char_span(b.speaker.start, b.speaker.end, alignment_mode="expand")
            cue = ctx.cue_token(b)
            if cue is not None and backshifted_conjunct(cue):
                b.note += f"; a second act of the report's speaker, '{a.speaker.text}' (its tense is the narrative's)"
                b.speaker = a.speaker
            elif b.speaker.kind is None and b.speaker.sector is None and phrase is not None and phrase.root.pos_ == "NOUN":
                b.note += f"; '{b.speaker.text}' speaks no words: the speaker of the report it ends, '{a.speaker.text}'"
                b.speaker = a.speaker
    return drafts


def _conjoined(ctx: Context, a: Draft, b: Draft) -> bool:
    """Is b's cue a verb conjoined to a word of a's content, with no subject of its own ('[she has
    released her returns] and called on …')? It shares that clause's subject: a second report."""
    tok = ctx.cue_token(b)
    return tok is not None and tok.dep_ == "conj" and a.content.start <= tok.head.idx < a.content.end and not any(
        c.dep_ in {"nsubj", "nsubjpass"} for c in tok.children)


def _adverb(ctx: Context, tok: Token) -> Draft | None:
    """'[The FBI is reportedly making arrangements to …]': a hearsay adverb reports its whole
    clause, with no speaker named."""
    head = tok.head
    if head.pos_ not in {"VERB", "AUX"} or head == tok:
        return None
    subj = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < head.i), None)
    first = subj.left_edge if subj is not None else tok
    last = _trim_end(first, _last_word(head.right_edge))
    if last.i <= tok.i:
        return None
    content = _clip(ctx, tok, first.idx, last.idx)
    if content is None or _direct_owns(ctx, content.start, content.end):
        return None
    cue = Span(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text))
    return Draft(content, "indirect", cue, cue_lemma=tok.lower_, note=f"indirect report, cue '{tok.text}' (hearsay adverb), no speaker")


DISCOURSE = frozenset({"but", "and", "now", "so", "yet", "also"})
SET_OFF = frozenset({",", "—", "–"})


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
    lead = [t for t in doc[sent.start:tok.i] if not t.is_punct and not (t.lower_ in DISCOURSE and t.dep_ in {"cc", "advmod"})]
    set_off = tok.i > sent.start and doc[tok.i - 1].text in SET_OFF and end_of_source + 1 < sent.end and doc[end_of_source + 1].text in SET_OFF
    opens = len(lead) <= 1 or (  # 'According to X, […]', 'But, according to X, […]'; '…, according to X, [two were …]' unless a clause precedes
        set_off and sum(not t.is_punct for t in doc[end_of_source + 1:sent.end]) >= MIN_TOKENS and not any(t.dep_ == "nsubj" for t in lead))
    rest = [t for t in doc[end_of_source + 1:sent.end] if not t.is_punct]
    if set_off and len(lead) >= 2 and len(rest) >= MIN_TOKENS:
        # 'The cost, according to X, [...] was higher': the aside interrupts one clause, which is the content
        content = _span(ctx, doc[sent.start], _last_word(doc[sent.end - 1]))
    elif opens:
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


def _in_poll(ctx: Context, tok: Token, lex: QuoteLexicon) -> Draft | None:
    """'In a Des Moines Register poll last month, [Mr. Cruz had a lead]', '[Clinton led Sanders
    2-1] in an NBC News poll': a poll named in a phrase on a clause's verb reports that clause
    (from its subject; without the phrase when it opens or closes the clause); the poll is the source."""
    pobj = next((c for c in tok.children if c.dep_ == "pobj"), None)
    head = tok.head
    if pobj is None or pobj.lemma_.lower() not in lex.poll_nouns or head.pos_ not in {"VERB", "AUX"}:
        return None
    subj = next((c for c in head.children if c.dep_ in {"nsubj", "nsubjpass", "expl"} and c.i < head.i), None)
    if subj is None or ctx.quoted(subj) or subj.lower_ in RELATIVE:
        return None
    doc = tok.doc
    lo, hi = tok.left_edge.i, tok.right_edge.i
    last = _trim_end(subj.left_edge, _last_word(head.right_edge))
    if hi < subj.left_edge.i:  # 'In the poll, [X leads]'
        first = subj.left_edge
    elif lo > head.i:  # '[X leads] in the polls …'
        first, last = subj.left_edge, _last_word(doc[lo - 1])
    else:
        return None
    if last.i - first.i + 1 < MIN_TOKENS:
        return None  # 'he rose in the polls': a standing, not a finding
    content = _clip(ctx, tok, first.idx, last.idx)
    if content is None or _direct_owns(ctx, content.start, content.end):
        return None
    draft = Draft(content, "indirect", Span(text=tok.text, start=tok.idx, end=tok.idx + len(tok.text)), cue_lemma=tok.lower_)
    draft.speaker, why = speaker_at(ctx.document, pobj)
    draft.note = f"indirect report, cue '{tok.text}' (a poll), speaker {why}"
    return draft


def _as_clause(ctx: Context, tok: Token, lex: QuoteLexicon) -> Draft | None:
    """'As the paper noted, [it is surprising …]', '[the increases boost …], as some liberals
    hope', '[the result], as he later explained, [was …]': a cue verb (or a verb of expecting)
    in an 'as' clause reports the clause it hangs on, minus the 'as' clause itself."""
    head = tok.head
    subj = next((c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if subj is None:  # 'As reported by Western Journalism, […]'
        subj = by_agent(tok)
    if head == tok or head.pos_ not in {"VERB", "AUX", "ADJ", "NOUN"} or subj is None or subj.lower_ in {"it", "this", "that"}:
        return None
    if any(c.dep_ in {"ccomp", "dobj", "xcomp"} for c in tok.children) or tok.lemma_.lower() in lex.direct_only:
        return None  # 'as he said [something else]', 'as he continues to …': not an aside
    doc = ctx.document.doc
    lo, hi = tok.left_edge.i, tok.right_edge.i
    sent = ctx.sents[ctx.sent_of(tok.idx)]
    if not ((lo == sent.start or doc[lo - 1].is_punct) and (hi + 1 >= sent.end or doc[hi + 1].is_punct)):
        return None  # not set off: 'comes as members …', 'as he replied' (time, not source)
    first, last = head.left_edge, _last_word(head.right_edge)
    if tok.i < head.i:  # the 'as' clause opens (or interrupts) the clause it reports: the words after it
        start = hi + 1
        while start <= last.i and doc[start].is_punct:
            start += 1
        if start > last.i:
            return None
        first = doc[start]
    else:  # it closes it
        end = lo - 1
        while end > first.i and doc[end].is_punct:
            end -= 1
        last = doc[end]
    if last.i - first.i + 1 < MIN_TOKENS:
        return None
    content = _clip(ctx, tok, first.idx, _trim_end(first, last).idx)
    if content is None or _direct_owns(ctx, content.start, content.end):
        return None
    draft = Draft(content, "indirect", cue_span(ctx.text, tok), cue_lemma=tok.lemma_.lower())
    if not ctx.quoted(subj):
        credit(ctx, draft, subj, lex)
    draft.note = f"indirect report, cue 'as … {tok.text}'" + (f", speaker {draft.note}" if draft.note else ", no speaker")
    return draft


SOURCE_PREPS = frozenset({"from", "of", "by", "among"})


def _reception(ctx: Context, tok: Token, lex: QuoteLexicon) -> Draft | None:
    """'[The plan] has drawn criticism from both parties', '[Mr. Ryan] came under fire', '[Trump] earned
    the support of four in ten voters': a subject that receives a stance noun (quotes.yaml
    `reception_verbs`, `reception_nouns`) is what the stance is about; whoever it comes from
    ('from', 'of', 'by', 'among' on the noun or the verb) holds it."""
    noun = next((c for c in tok.children if c.dep_ == "dobj" and c.lemma_.lower() in lex.reception_nouns), None)
    if noun is None:
        noun = next((o for c in tok.children if c.dep_ == "prep" and c.i == tok.i + 1 and c.lower_ in {"under", "with"}
                     for o in c.children if o.dep_ == "pobj" and o.lemma_.lower() in lex.reception_nouns), None)
    subj = next((c for c in tok.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    if noun is None or subj is None or subj.lower_ in RELATIVE or ctx.quoted(subj) or subj.pos_ == "PRON" and subj.lower_ in {"it", "this", "that"}:
        return None
    content = _clip(ctx, tok, subj.left_edge.idx, _trim_end(subj.left_edge, subj.right_edge).idx)
    cue = span_of(ctx.text, tok.idx, noun.idx + len(noun.text))
    if content is None or cue is None or _direct_owns(ctx, content.start, content.end):
        return None
    source = next((o for h in (noun, tok) for c in h.children if c.dep_ in {"prep", "agent"} and c.lower_ in SOURCE_PREPS and c.i > noun.i
                   for o in c.children if o.dep_ == "pobj"), None)
    draft = Draft(content, "indirect", cue, cue_lemma=noun.lemma_.lower())
    if source is not None and not ctx.quoted(source):
        credit(ctx, draft, source, lex)
    draft.note = f"indirect report, cue '{cue.text}' (a stance received)" + (f", speaker {draft.note}" if draft.note else ", no speaker")
    return draft


def _copular(ctx: Context, tok: Token, lex: QuoteLexicon) -> Draft | None:
    """'be' with a reported clause after it: a speech or stance noun as its subject ('Rubio's
    response was [that …]', 'the question is [whether …]'; the speaker is the noun's possessor)
    or a stance adjective as its complement ('some Democrats are concerned [that …]', 'he is
    not sure [he can win]'; the speaker is the subject)."""
    comp = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i), None)
    subj = next((c for c in tok.children if c.dep_ in {"nsubj", "nsubjpass"} and c.i < tok.i), None)
    if subj is None:
        return None
    adj = next((c for c in tok.children if c.dep_ == "acomp" and c.i > tok.i and c.lemma_.lower() in lex.stance_adjectives), None)
    if adj is not None:
        if comp is None:
            comp = next((c for c in adj.children if c.dep_ == "ccomp" and c.i > adj.i), None)
        if comp is None or subj.lower_ in {"it", "this", "that", "there"}:
            return None
        cue = span_of(ctx.text, tok.idx, adj.idx + len(adj.text))
        speaker, lemma = subj, adj.lemma_.lower()
    elif subj.lemma_.lower() in lex.stance_nouns and subj.pos_ in {"NOUN", "PROPN"}:
        if comp is None:
            comp = next((c for c in tok.children if c.dep_ == "attr" and c.i > tok.i and any(
                m.dep_ == "mark" or m.lower_ in {"that", "whether"} for m in c.children)), None)
        if comp is None:
            return None
        cue = span_of(ctx.text, subj.idx, tok.idx + len(tok.text))
        speaker, lemma = next((c for c in subj.children if c.dep_ == "poss"), None), subj.lemma_.lower()
    else:
        return None
    first, last = comp.left_edge, _trim_end(comp.left_edge, _last_word(comp.right_edge))
    if last.i - first.i + 1 < MIN_TOKENS or cue is None:
        return None
    content = _clip(ctx, tok, first.idx, last.idx)
    if content is None or _direct_owns(ctx, content.start, content.end):
        return None
    draft = Draft(content, "indirect", cue, cue_lemma=lemma)
    if speaker is not None and not ctx.quoted(speaker) and _agent(ctx, speaker):
        credit(ctx, draft, speaker, lex)
    draft.note = f"indirect report, cue '{cue.text}' (copular)" + (f", speaker {draft.note}" if draft.note else ", no speaker")
    return draft
