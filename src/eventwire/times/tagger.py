"""TimeTagger: find temporal expressions and give each a TimeML value.

Candidates come from two places:
1. the rule regexes run over each paragraph (they know the extents TimeBank
   uses: "early next year", "the past 20 years", "10 p.m. Wednesday"; no
   expression runs across a blank line, and a rule skips paragraphs without
   its gate words);
2. spaCy DATE/TIME entities that no rule matched, trimmed of leading
   prepositions ("on Monday" → "Monday"), then normalised by the same rules in
   full-match mode, else by dateparser for absolute strings, else dropped.

Overlaps are resolved longest-first. Values are then computed in document
order, so a later "the year-earlier quarter" can refer back to the last
explicit quarter mentioned. Every emitted `Time` satisfies
``text[start:end] == time.text``; `rule` names the rule that made the value,
`anchor` the publication date it was resolved against.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from functools import lru_cache

from spacy.tokens import Doc

from ..document import Document
from ..model import Time
from .context import Context
from .lexicon import load_lexicon
from .rules import LEX, MONTH, YEAR, RULES, Resolution, Rule, labelled_number, span_of_names

LEAD_DROP = {
    "on", "in", "at", "by", "during", "over", "since", "until", "till", "from", "for", "of", "to", "through",
    "throughout", "within", "before", "after", "around", "between", "and", "or", "as", "than", "into", "per",
    "every", "each", "all", "that", "those", "these", "this's", ",", "-", "—", "–", "(", "\"", "“", "'",
}
TRAIL_DROP = {"'s", "’s", ",", ".", ";", ":", ")", "\"", "”", "'", "-", "—", "–"}
# dateparser only sees strings that name a month or a four-digit year: a bare "58"
# (an age spaCy called DATE) would otherwise become 1958 or 2058
_ABSOLUTE = re.compile(r"(?<!\w)(?:" + MONTH + r"|" + YEAR + r")(?!\w)", re.IGNORECASE)
_QUARTER_VALUE = re.compile(r"^(\d{4})-Q([1-4])$")
_BLANK_LINE = re.compile(r"\n(?:[ \t]*\n)+")


class TimeTagger:
    """Pipeline stage ``times``: sets ``article.times`` from the text and ``article.published``."""

    name = "times"

    def __init__(self, rules: list[Rule] | None = None, use_spacy: bool = True, use_dateparser: bool = True):
        load_lexicon()  # fail at start-up, not on the first article, if the lexicon is broken
        self.rules = list(rules if rules is not None else RULES)
        self.use_spacy = use_spacy
        self.use_dateparser = use_dateparser
        self.never = {w.lower() for w in LEX.never}  # filters spaCy entities; rules have their own guards

    def __call__(self, document: Document) -> Document:
        article = document.article
        article.times = self.tag(article.text, article.published, document.doc)
        return document

    # ------------------------------------------------------------------ main
    def tag(self, text: str, anchor: date | None, doc: Doc | None = None) -> list[Time]:
        if not text:
            return []
        cands = self._regex_candidates(text, anchor, doc)
        chosen = _select(cands)
        if self.use_spacy and doc is not None:
            chosen += self._spacy_candidates(text, anchor, doc, chosen)
        chosen.sort(key=lambda c: c[0])
        out: list[Time] = []
        ref_quarter: tuple[int, int] | None = None
        quarter_seen = False
        for start, end, _prio, rule, match, from_spacy in chosen:
            ctx = Context(text, start, end, anchor, doc, reference_quarter=ref_quarter,
                          quarter_seen=quarter_seen, from_spacy=from_spacy)
            res = _resolve(rule, match, ctx)
            if res is None:
                continue
            if res.precision == "quarter":
                quarter_seen = True
                explicit = rule.name in ("quarter-ordinal", "quarter-q") and not res.rule.endswith("year-earlier")
                if explicit and (q := _QUARTER_VALUE.match(res.value)):
                    ref_quarter = (int(q[1]), int(q[2]))
            out.append(Time(
                text=text[start:end], start=start, end=end, value=res.value, precision=res.precision,
                anchor=anchor.isoformat() if anchor else None,
                rule=("spacy+" if from_spacy else "") + res.rule,
            ))
        return out

    # ------------------------------------------------------------ candidates
    def _regex_candidates(self, text: str, anchor: date | None, doc: Doc | None) -> list[tuple]:
        cands = []
        paragraphs = _paragraphs(text)
        for prio, rule in enumerate(self.rules):
            if rule.spacy_only:
                continue
            for m in _matches(rule, text, paragraphs):
                s, e = m.span()
                if e <= s:
                    continue
                ctx = Context(text, s, e, anchor, doc)
                if _resolve(rule, m, ctx) is not None:
                    cands.append((s, e, prio, rule, m, False))
        return cands

    def _spacy_candidates(self, text: str, anchor: date | None, doc: Doc, chosen: list[tuple]) -> list[tuple]:
        taken = [(c[0], c[1]) for c in chosen]
        extra = []
        for ent in doc.ents:
            if ent.label_ not in ("DATE", "TIME"):
                continue
            span = _trim(ent)
            if span is None:
                continue
            s, e = span
            if any(s < te and ts < e for ts, te in taken) or text[s:e].lower() in self.never:
                continue
            sub = text[s:e]
            ctx = Context(text, s, e, anchor, doc, from_spacy=True)
            found = None
            for prio, rule in enumerate(self.rules):
                m = rule.regex.fullmatch(sub)
                if m is not None and _resolve(rule, m, ctx) is not None:
                    found = (s, e, prio, rule, m, True)
                    break
            if found is None and self.use_dateparser and _ABSOLUTE.search(sub) \
                    and not (sub.strip().isdigit() and labelled_number(ctx)) \
                    and not span_of_names(ctx):  # 'HB 1523': a bill's number; 'from August in New Orleans to Le Bernardin'
                res = _dateparse(sub, anchor, ctx.tense)
                if res is not None:
                    found = (s, e, len(self.rules), _fixed_rule(res), None, True)
            if found is not None:
                extra.append(found)
                taken.append((s, e))
        return extra


# ---------------------------------------------------------------- helpers
def _paragraphs(text: str) -> list[tuple[int, int, str]]:
    """(start, end, lowercased text) of each blank-line-separated paragraph."""
    out, start = [], 0
    for sep in _BLANK_LINE.finditer(text):
        out.append((start, sep.start(), text[start:sep.start()].lower()))
        start = sep.end()
    out.append((start, len(text), text[start:].lower()))
    return out


def _matches(rule: Rule, text: str, paragraphs: list[tuple[int, int, str]]):
    """The rule's matches in each paragraph that has its gate words (positions in `text`)."""
    for start, end, lowered in paragraphs:
        if rule.gate is None or rule.gate.search(lowered):
            yield from rule.regex.finditer(text, start, end)


def _resolve(rule: Rule, m: re.Match | None, ctx: Context) -> Resolution | None:
    try:
        return rule.handler(m, ctx)
    except (ValueError, KeyError, OverflowError):
        # a malformed date ("February 30") or a word outside a table: not a time, never a crash
        return None


def _select(cands: list[tuple]) -> list[tuple]:
    """Longest first, then the earlier rule in the table; no two chosen spans overlap."""
    chosen: list[tuple] = []
    for c in sorted(cands, key=lambda c: (-(c[1] - c[0]), c[2], c[0])):
        if all(c[1] <= o[0] or o[1] <= c[0] for o in chosen):
            chosen.append(c)
    return chosen


def _trim(ent) -> tuple[int, int] | None:
    toks = list(ent)
    while toks and (toks[0].lower_ in LEAD_DROP or toks[0].is_punct or toks[0].is_space):
        toks.pop(0)
    while toks and (toks[-1].lower_ in TRAIL_DROP or toks[-1].is_punct or toks[-1].is_space):
        toks.pop()
    if not toks:
        return None
    return toks[0].idx, toks[-1].idx + len(toks[-1].text)


def _fixed_rule(res: Resolution) -> Rule:
    return Rule(res.rule, re.compile(r"(?!)"), lambda m, ctx, _r=res: _r)


_PERIOD_PRECISION = {"day": "day", "week": "week", "month": "month", "year": "year", "time": "time"}


@lru_cache(maxsize=64)
def _date_parser(anchor: date | None, prefer: str):
    from dateparser.date import DateDataParser  # heavy import: only when an entity needs it

    settings = {"PREFER_DATES_FROM": prefer, "RETURN_TIME_AS_PERIOD": True, "PREFER_DAY_OF_MONTH": "first"}
    if anchor is not None:
        settings["RELATIVE_BASE"] = datetime(anchor.year, anchor.month, anchor.day)
    return DateDataParser(languages=["en"], settings=settings)


def _dateparse(sub: str, anchor: date | None, tense: str | None) -> Resolution | None:
    """Absolute date strings our rules did not cover ("the 3rd of Sept 2019").
    Only trusted when every number dateparser used is written in the string."""
    prefer = {"past": "past", "future": "future"}.get(tense or "", "current_period")
    try:
        data = _date_parser(anchor, prefer).get_date_data(sub)
    except Exception:  # dateparser raises a zoo of types on odd input; a miss is not an error
        return None
    if data is None or data.date_obj is None:
        return None
    d, period = data.date_obj, data.period or "day"
    prec = _PERIOD_PRECISION.get(period)
    if prec is None:
        return None
    has_year = re.search(YEAR, sub) is not None
    if anchor is None and not has_year:
        return None
    if has_year and str(d.year) not in sub:
        return None
    if prec == "time":
        value = d.strftime("%Y-%m-%dT%H:%M")
    elif prec == "week":
        y, w, _ = d.isocalendar()
        value = f"{y}-W{w:02d}"
    else:
        value = {"day": d.strftime("%Y-%m-%d"), "month": d.strftime("%Y-%m"), "year": d.strftime("%Y")}[prec]
    return Resolution(value, prec, "dateparser")
