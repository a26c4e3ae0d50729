"""Where a reported clause ends. The rules take a complement's parse subtree, but PolNeAR's
contents stop at different places: a trailing 'at a town hall in Laconia' hung on the cue verb,
'- all businesses that …', 'because …' are left out; a 'while …' contrast, a second conjunct or a
clause the parser split off at a closing quotation mark are often kept. The choice is made by a
small log-linear ranker over candidate end points (each point where a right-hand constituent or
punctuation starts, up to the end of the sentence), trained on PolNeAR train by
scripts/train_quote_extent.py; weights in data/quotes/extent.json (feature -> weight; FUNCTION_WORDS
below is part of the features, so changing it means retraining). The ranker never goes past a
comma-set modifier the rules left out, nor past the cue's own circumstances (a dated phrase hung on
the cue), nor past the cue of the next report ('…, noting that …'), and never leaves a content
ending on 'and'. With no model file, the rules' ends stay."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from spacy.tokens import Token

from ..model import Span
from .context import Context, Draft
from .indirect import WHEN, comma_set_modifier
from .speakers import span_of

MODEL = "data/quotes/extent.json"
FUNCTION_WORDS = frozenset({"but", "and", "or", "while", "whereas", "though", "although", "as", "because", "since", "which", "who",
                            "that", "when", "where", "after", "before", "despite", "including", "in", "at", "on", "with", "for",
                            "to", "from", "by", "of", "during", "amid", "over", "if", "unless", "than", "so", "even", "not",
                            "especially", "such", "like", "according", "without", "through", "about", "against", "until"})
MAX_EXTRA_SENTS = 2


@lru_cache(maxsize=None)
def weights() -> dict[str, float]:
    """The ranker's weights (empty when no model has been built: every rule end then stays)."""
    path = resources.files("eventwire").joinpath(MODEL)
    if not path.is_file():
        return {}
    return {str(k): float(v) for k, v in json.loads(path.read_text("utf-8"))["weights"].items()}


def eligible(d: Draft) -> bool:
    """An indirect report whose content follows its cue (the end is then the rule's guess)."""
    return d.kind == "indirect" and d.cue is not None and d.cue.end <= d.content.start and d.cue_lemma != ":"


def _bucket(n: int, edges: tuple[int, ...]) -> str:
    for e in edges:
        if n <= e:
            return str(e)
    return f">{edges[-1]}"


def _word(t: Token) -> str:
    return t.lower_ if t.lower_ in FUNCTION_WORDS else t.pos_


def _last_sentence_token(ctx: Context, tok: Token, para_end: int) -> int:
    """The sentence's last token, past a split the parser made at a closing quotation mark or
    before a lower-case word (up to MAX_EXTRA_SENTS more pieces), inside the paragraph."""
    k = ctx.sent_of(tok.idx)
    end = ctx.sents[k].end - 1
    for _ in range(MAX_EXTRA_SENTS):
        if k + 1 >= len(ctx.sents):
            break
        nxt = ctx.sents[k + 1]
        first = nxt[0]
        if first.idx >= para_end or not (first.is_punct or first.text[:1].islower()):
            break
        k += 1
        end = nxt.end - 1
    while end > tok.i and (tok.doc[end].idx >= para_end or tok.doc[end].is_space):
        end -= 1
    return end


def _constituent(t: Token, lo: int, hi: int) -> Token:
    """The highest token whose subtree starts at `t` and stays within [lo, hi]."""
    x = t
    while x.head != x and x.head.left_edge.i == t.i and lo <= x.head.i <= hi:
        x = x.head
    return x


def _content_head(first: Token, last: Token) -> Token:
    """The content's topmost token (its head lies outside the content)."""
    x = first
    while x.head != x and first.i <= x.head.i <= last.i:
        x = x.head
    return x


def _crossings(heads: list[int], lo: int, hi: int, cue: range) -> list[int]:
    """For each i in [lo, hi]: how many dependency arcs inside the content's window an end after
    token i would cut (an arc from a content token to a head after i, or from a token after i to
    a head in [lo, i]); arcs to the cue do not count."""
    diff = [0] * (hi - lo + 2)
    for x in range(lo, hi + 1):
        h = heads[x - lo]
        if h > x and h not in cue:
            a, b = x, h - 1
        elif lo <= h < x:
            a, b = h, x - 1
        else:
            continue
        diff[a - lo] += 1
        diff[min(b, hi) - lo + 1] -= 1
    out, run = [], 0
    for k in range(hi - lo + 1):
        run += diff[k]
        out.append(run)
    return out


def _trimmed_after(last: Token, stop: int) -> bool:
    """Does a comma-set modifier the rules leave out (indirect.comma_set_modifier: a relative clause, a
    contrast, an apposition to a name, a speech participle) follow the rule's end?"""
    doc = last.doc
    if last.i + 2 > stop or doc[last.i + 1].text != ",":
        return False
    x = _constituent(doc[last.i + 2], last.i + 2, stop)
    return comma_set_modifier(x)


def _before_dated_adjunct(last: Token, stop: int, cue: range) -> int:
    """When a phrase after the rule's end hangs on the cue and holds a date or time ('denounced [the
    strike] with a speech on Wednesday'), the phrases on the cue there are the circumstances of the
    speaking, not what was said: no end goes past the first of them."""
    doc = last.doc
    on_cue = [t for t in doc[last.i + 1:stop + 1] if t.head.i in cue and not t.is_punct]
    if not any(x.ent_type_ in WHEN for t in on_cue for x in t.subtree):
        return stop
    end = on_cue[0].left_edge.i - 1
    while end > last.i and (doc[end].is_punct or doc[end].is_space):
        end -= 1
    return max(last.i, end)


def candidates(ctx: Context, d: Draft) -> list[tuple[int, list[str]]]:
    """(end offset, features) for each place the content could end; the rule's own end is among them."""
    doc = ctx.document.doc
    first, last = ctx.token_at(d.content.start), ctx.token_at(max(d.content.start, d.content.end - 1))
    if first is None or last is None or last.i <= first.i:
        return []
    para_hi = ctx.paras[ctx.para_of(d.content.start)][1] if ctx.paras else len(ctx.text)
    stop = _last_sentence_token(ctx, last, para_hi)
    cue_lo, cue_hi = ctx.token_at(d.cue.start), ctx.token_at(max(d.cue.start, d.cue.end - 1))
    cue = range(cue_lo.i, cue_hi.i + 1) if cue_lo is not None and cue_hi is not None else range(0)
    kind = "according" if d.cue_lemma == "according to" else "framed" if d.framed is not None else "cue"
    toks = list(doc[first.i:min(len(doc), stop + 2)])
    win = _Window(first.i, stop, last.i, cue, kind, _content_head(first, last).dep_, toks,
                  _crossings([t.head.i for t in toks[:stop - first.i + 1]], first.i, stop, cue), d.cue_lemma)
    if _trimmed_after(last, stop):
        stop = last.i  # the rules left out a comma-set relative clause, contrast or apposition: so does the ranker
    stop = _before_dated_adjunct(last, stop, cue)
    final = max((t.i for t in toks if t.i <= stop and not (t.is_punct or t.is_space)), default=stop)
    out, seen = [], set()
    for t in toks[1:stop - first.i + 1]:
        i = t.i
        if (t.is_punct or t.is_space) and i != last.i:
            continue
        feats = _features(ctx, win, t, i >= final, force=i == last.i)
        if feats is None:
            continue
        sp = span_of(ctx.text, d.content.start, min(para_hi, t.idx + len(t.text)))
        end = d.content.end if i == last.i else sp.end if sp is not None else None
        if end is None or end in seen:
            continue
        seen.add(end)
        out.append((end, feats))
    return out


@dataclass
class _Window:
    """One report's tokens from its first content word to the end of its sentence."""

    first: int
    stop: int
    last: int  # the rule's last token
    cue: range
    kind: str
    head_dep: str
    toks: list[Token]
    cross: list[int]
    lemma: str

    def tok(self, i: int) -> Token | None:
        k = i - self.first
        return self.toks[k] if 0 <= k < len(self.toks) else None


def _features(ctx: Context, win: _Window, t: Token, at_end: bool, force: bool = False) -> list[str] | None:
    """Indicator features of ending the content after token `t`; None when `t` is no end point
    (inside a word or a phrase), unless `force` (the rule's own end)."""
    i = t.i
    n = win.tok(i + 1)
    w = n
    while w is not None and (w.is_punct or w.is_space) and w.i < win.stop:
        w = win.tok(w.i + 1)
    punct = [win.toks[k - win.first].text for k in range(i + 1, w.i)] if w is not None and n is not None else []
    if not at_end:
        if n is None or w is None:
            return None if not force else ["rule"]
        if not force and n.text in {"-", "‐"} and not t.whitespace_:
            return None  # inside a hyphenated word
        if not force and not punct and not (w.head.i <= i or w.lower_ in FUNCTION_WORDS):
            return None
    kind = win.kind
    rel = i - win.last
    side = "0" if rel == 0 else "<" if rel < 0 else ">"
    cross = min(win.cross[i - win.first], 3)
    f = [f"k:{kind}", "rule" if rel == 0 else f"rel:{_bucket(rel, (-10, -4, -1, 3, 9))}", f"rel:{kind}:{side}",
         f"len:{_bucket(i - win.first + 1, (2, 5, 10, 20, 40))}", f"hd:{win.head_dep}:{side}", f"x:{cross}", f"xs:{cross}:{side}",
         f"lem:{win.lemma}:{side}"]
    if at_end:
        f.append("end:sent")
        f.append(f"end:sent:{kind}")
        return f
    p = "".join(punct)[:3] or "_"
    c = _constituent(w, win.first, win.stop)
    h = c.head.i
    attach = "cue" if h in win.cue else "in" if win.first <= h <= i else "left" if h < win.first else "right"
    word = _word(w)
    f += [f"p:{p}", f"a:{attach}", f"pa:{p}:{attach}", f"cd:{c.dep_}:{attach}", f"pcd:{p}:{c.dep_}", f"w:{word}", f"pw:{p}:{word}"]
    if c.tag_ == "VBG":
        f.append(f"vbg:{p}")
    if ctx.quoted(t) and ctx.quoted(w):
        f.append("inquote")
    return f


def score(feats: list[str], w: dict[str, float]) -> float:
    return sum(w.get(x, 0.0) for x in feats)


def _without_conjunction(ctx: Context, start: int, end: int) -> int:
    """`end`, moved back before a dangling 'and'/'but' (and the comma before it): the ranker may end
    there (the end point is scored by what follows it), the content may not."""
    tok = ctx.token_at(end - 1)
    while tok is not None and tok.idx > start and (tok.pos_ == "CCONJ" or tok.is_punct or tok.is_space):
        tok = tok.doc[tok.i - 1]
    return tok.idx + len(tok.text) if tok is not None and tok.idx >= start else end


def report_cues(drafts: list[Draft]) -> list[tuple[int, int]]:
    """The cue spans of the rules' reports (frame-table ones left out: their cues are often not speech)."""
    return sorted({(d.cue.start, d.cue.end) for d in drafts if d.cue is not None and d.framed is None})


def before_next_cue(cands: list[tuple[int, list[str]]], d: Draft, cues: list[tuple[int, int]]) -> list[tuple[int, list[str]]]:
    """The candidates that stop before the next report's cue after the rule's end ('said [the group
    never worked with them] and said the group hired …', '…, noting that …'): what follows that cue
    is another attribution, which the ranker must not swallow."""
    nxt = next((a for a, b in cues if a >= d.content.end and (a, b) != (d.cue.start, d.cue.end)), None)
    return cands if nxt is None else [(e, f) for e, f in cands if e <= nxt]


def refit_ends(ctx: Context, drafts: list[Draft]) -> None:
    """Move each eligible report's end to the ranker's best candidate (ties keep the rule's end)."""
    w = weights()
    if not w:
        return
    cues = report_cues(drafts)
    for d in drafts:
        if not eligible(d):
            continue
        cands = before_next_cue(candidates(ctx, d), d, cues)
        if len(cands) < 2:
            continue
        best_end, best = d.content.end, max((score(f, w) for e, f in cands if e == d.content.end), default=None)
        for end, feats in cands:
            s = score(feats, w)
            if best is None or s > best + 1e-9:
                best_end, best = end, s
        if best_end != d.content.end:
            sp = span_of(ctx.text, d.content.start, _without_conjunction(ctx, d.content.start, best_end))
            if sp is not None:
                d.note += f"; end moved by the extent ranker ({'shorter' if sp.end < d.content.end else 'longer'} than the parse's clause)"
                d.content = Span(text=sp.text, start=sp.start, end=sp.end)
