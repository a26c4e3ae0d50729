"""The normalisation rules: each is a named regex plus a handler that turns a
match into a TimeML value, or refuses it (returns None) when the context shows
it is not a temporal expression (a frequency, a verb 'may', a bare number).

Rule names end up in `Time.rule`, so every value can be traced to one rule.
Values follow TimeML/TIMEX3: 2021-08-09, 2021-W32, 2021-W32-WE, 2021-08,
2021-Q3, 2021-H2, 2021-SU, 2021, 202 (decade), 20 (century), P4D, PTXH,
2021-08-10T15:00, 2021-08-10TNI, PRESENT_REF / PAST_REF / FUTURE_REF.
Without an anchor, relative expressions fall back to TimeML's underspecified
forms (XXXX-08-31, XXXX-WXX-1) or to a *_REF value with precision 'ref'.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Callable

from dateutil.easter import EASTER_ORTHODOX, EASTER_WESTERN, easter

from .calendar import fmt, quarter_of, safe_date, shift, weekday_near
from .context import Context
from .lexicon import Lexicon, load_lexicon


@dataclass(frozen=True)
class Resolution:
    value: str
    precision: str
    rule: str


Handler = Callable[[re.Match, Context], Resolution | None]


@dataclass(frozen=True)
class Rule:
    name: str
    regex: re.Pattern
    handler: Handler
    spacy_only: bool = False  # only applied to spans spaCy already labelled DATE/TIME
    # Words any match must contain, searched in the lowercased paragraph: the tagger skips
    # paragraphs without them (the rules are case-insensitive, which keeps Python's regex
    # engine from skipping ahead, so each would otherwise try every position of the text).
    gate: re.Pattern | None = None


LEX: Lexicon = load_lexicon()

# ---------------------------------------------------------------- fragments
MONTH_FULL = LEX.alternation([m for m in LEX.months if len(m) > 3 or m == "may"])
MONTH = LEX.alternation(LEX.months, dotted=True)
WEEKDAY = LEX.alternation([w for w in LEX.weekdays if len(w) >= 6])
DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
YEAR = r"(?:1[5-9]\d\d|20\d\d)"
MOD = r"(?:(?:early|earlier|late|later|mid|the\s+middle\s+of|the\s+end\s+of|the\s+beginning\s+of|the\s+start\s+of)(?:\s+|-))"
APPROX = r"(?:about|nearly|almost|some|more\s+than|less\s+than|at\s+least|up\s+to|only|just|roughly|around|barely|another)"
_TENS = "|".join(w for w, n in LEX.numbers.items() if n % 10 == 0 and 20 <= n < 100)
_ONES = "|".join(w for w, n in LEX.numbers.items() if 1 <= n <= 9 and w.isalpha() and w not in ("a", "an"))
NUM = (
    r"(?:\d+(?:\.\d+)?|(?:" + _TENS + r")[- ](?:" + _ONES + r")|"
    + LEX.alternation(list(LEX.numbers) + LEX.vague_numbers) + r")"
)
UNIT = r"(?:second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|century|centurie)s?"
ORD = LEX.alternation(LEX.ordinals)
POD = LEX.alternation(["morning", "afternoon", "evening", "night"])
TZ = LEX.alternation(LEX.time_zones)
YEAR_REL = r"(?:" + YEAR + r"|this\s+year|last\s+year|next\s+year)"

B = r"(?<![\w])"  # left word boundary that also works before digits
E = r"(?![\w])"


# ---------------------------------------------------------------- helpers
def _month(word: str) -> int:
    return LEX.months[word.lower().rstrip(".")]


def _ambiguous_month_ok(m: re.Match, group: str = "mon") -> bool:
    """'May'/'March' are months only when capitalised ('may' is a modal)."""
    word = m.group(group)
    if word.lower().rstrip(".") in LEX.ambiguous_months:
        return word[0].isupper()
    return True


def _year_of(expr: str | None, anchor: date | None) -> int | None:
    if not expr:
        return None
    e = " ".join(expr.lower().split()).replace("'s", "")
    if e.isdigit():
        return int(e)
    if anchor is None:
        return None
    return anchor.year + {"this year": 0, "last year": -1, "next year": 1}[e]


def _unanchored(direction: int, rule: str) -> Resolution:
    ref = "PRESENT_REF" if direction == 0 else ("PAST_REF" if direction < 0 else "FUTURE_REF")
    return Resolution(ref, "ref", rule + ":no-anchor")


def choose_year(anchor: date, month: int, day: int | None, tense: str | None) -> int:
    """Year for a month(-day) written without one: the anchor's year unless the
    clause tense says it must be the previous/next one, or (no tense) the
    nearer of the neighbouring years is within half a year."""
    y = anchor.year
    cand = safe_date(y, month, day or 15) or date(y, month, 1)
    slack = timedelta(days=7 if day else 31)
    if tense == "past" and cand > anchor + slack:
        return y - 1
    if tense == "future" and cand < anchor - slack:
        return y + 1
    if tense is None:
        if (cand - anchor).days > 183:
            return y - 1
        if (anchor - cand).days > 183:
            return y + 1
    return y


def _day_or_time(d: date, pod: str | None) -> Resolution | None:
    if pod:
        return Resolution(f"{d.isoformat()}T{LEX.parts_of_day[pod.lower()]}", "time", "")
    return Resolution(d.isoformat(), "day", "")


def _named(res: Resolution | None, rule: str) -> Resolution | None:
    if res is None:
        return None
    return Resolution(res.value, res.precision, rule + (":" + res.rule if res.rule else ""))


# ---------------------------------------------------------------- handlers
def h_iso(m: re.Match, ctx: Context) -> Resolution | None:
    d = safe_date(int(m[1]), int(m[2]), int(m[3]))
    if d is None:
        return None
    if m[4]:
        return Resolution(f"{d.isoformat()}T{m[4]}:{m[5]}", "time", "iso-datetime")
    return Resolution(d.isoformat(), "day", "iso-date")


def h_numeric(m: re.Match, ctx: Context) -> Resolution | None:
    a, b, y = int(m[1]), int(m[2]), int(m[3])
    if y < 100:
        y += 2000 if y < 50 else 1900
    month, day = (a, b) if a <= 12 else (b, a)  # US month/day unless impossible
    d = safe_date(y, month, day)
    return Resolution(d.isoformat(), "day", "numeric-date") if d else None


def h_month_day(m: re.Match, ctx: Context) -> Resolution | None:
    if not _ambiguous_month_ok(m):
        return None
    month, day = _month(m["mon"]), int(re.match(r"\d+", m["day"])[0])
    if m["year"]:
        d = safe_date(int(m["year"]), month, day)
        return Resolution(d.isoformat(), "day", "month-day-year") if d else None
    if safe_date(2000, month, day) is None:  # leap-year-safe validity check
        return None
    if ctx.anchor is None:
        return Resolution(f"XXXX-{month:02d}-{day:02d}", "day", "month-day:no-anchor")
    if m["wd"]:  # "Monday, Aug. 9": the weekday pins the year
        wd = LEX.weekdays[m["wd"].lower()]
        for y in (ctx.anchor.year, ctx.anchor.year - 1, ctx.anchor.year + 1):
            d = safe_date(y, month, day)
            if d and d.isoweekday() == wd:
                return Resolution(d.isoformat(), "day", "month-day+weekday")
    y = choose_year(ctx.anchor, month, day, ctx.tense)
    d = safe_date(y, month, day) or safe_date(y, month, 28)
    return Resolution(d.isoformat(), "day", f"month-day:year-from-anchor:{ctx.tense or 'nearest'}")


def h_month_year(m: re.Match, ctx: Context) -> Resolution | None:
    if not _ambiguous_month_ok(m):
        return None
    y = _year_of(m["year"], ctx.anchor)
    if y is None:
        return Resolution(f"XXXX-{_month(m['mon']):02d}", "month", "month-year:no-anchor")
    return Resolution(f"{y:04d}-{_month(m['mon']):02d}", "month", "month-year")


# 'from August in New Orleans to Le Bernardin': a span whose other end is a name (no time word) is one of places
_NAMED_SPAN_END = re.compile(r"(?:\s+in\s+[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*)*)?,?\s+to\s+(?P<end>[A-Z][\w'-]*)")


def span_of_names(ctx: Context) -> bool:
    """Is the month the first of a 'from X to Y' whose Y is a name, not a time ('restaurants from August in New
    Orleans to Le Bernardin')? Then it names a place too."""
    after = _NAMED_SPAN_END.match(ctx.text, ctx.end)
    if ctx.words_before(1) != ["from"] or after is None:
        return False
    end = after["end"].lower().rstrip(".")
    return end not in LEX.months and end not in LEX.weekdays and end not in LEX.deictic_days


def h_month(m: re.Match, ctx: Context) -> Resolution | None:
    if not _ambiguous_month_ok(m) or span_of_names(ctx):
        return None
    month = _month(m["mon"])
    word = m["mon"].lower()
    rel = (m["rel"] or "").lower()
    if word in LEX.ambiguous_months and not (rel or m["mod"] or ctx.words_before(1) in (["in"], ["since"], ["until"], ["by"], ["of"], ["from"], ["through"], ["before"], ["after"], ["during"])):
        return None
    if ctx.anchor is None:
        return Resolution(f"XXXX-{month:02d}", "month", "month:no-anchor")
    a = ctx.anchor
    if rel in ("last", "past"):
        y = a.year if month < a.month else a.year - 1
    elif rel in ("next", "coming"):
        y = a.year if month > a.month else a.year + 1
    elif rel == "this":
        y = a.year
    else:
        y = choose_year(a, month, None, ctx.tense)
    return Resolution(f"{y:04d}-{month:02d}", "month", f"month:{rel or ctx.tense or 'nearest'}")


YEAR_PREPS = {"in", "since", "by", "of", "until", "from", "before", "after", "during", "through", "to", "between", "and",
              "early", "late", "mid", "fiscal", "year", "end", "summer", "spring", "winter", "autumn", "fall", "around",
              "till", "circa", "throughout"}


def labelled_number(ctx: Context) -> bool:
    """Does a label that makes the number a name stand before it ('HB 1523', 'Flight 1549', 'No. 1998')?"""
    before = [w for w in ctx.words_before(2) if w != "."]
    return bool(before) and before[-1] in LEX.number_labels


def h_year(m: re.Match, ctx: Context) -> Resolution | None:
    y = int(m["year"])
    if m["fiscal"]:
        return Resolution(f"{y:04d}", "year", "year:" + m["fiscal"].strip().lower().replace(" ", "-"))
    before = ctx.words_before(1)
    after = ctx.words_after(1)
    if labelled_number(ctx):
        return None  # 'HB 1523', 'Flight 1549': a bill's or a flight's number
    in_ent = ctx.doc is not None and any(
        e.label_ == "DATE" and e.start_char <= ctx.start and e.end_char >= ctx.end for e in ctx.doc.ents
    )
    if in_ent or (before and before[0] in YEAR_PREPS) or (after and after[0] in ("'s", "’s")):
        return Resolution(f"{y:04d}", "year", "year")
    return None


def h_decade(m: re.Match, ctx: Context) -> Resolution | None:
    if m["c"]:
        return Resolution(f"{m['c']}{m['d']}", "decade", "decade")
    d = int(m["d2"])
    if ctx.anchor is None:
        return Resolution(f"19{d}", "decade", "decade:two-digit:no-anchor")
    century = ctx.anchor.year // 100
    if century * 100 + d * 10 > ctx.anchor.year:
        century -= 1
    return Resolution(f"{century}{d}", "decade", "decade:two-digit")


def h_century(m: re.Match, ctx: Context) -> Resolution | None:
    if m["hund"]:
        return Resolution(f"{m['hund']}", "century", "century:hundreds")
    n = LEX.ordinals[m["ord"].lower()]
    return Resolution(f"{n - 1:02d}", "century", "century:ordinal")


def _last_complete_quarter(anchor: date) -> tuple[int, int]:
    q = quarter_of(anchor) - 1
    return (anchor.year, q) if q else (anchor.year - 1, 4)


def _qstr(y: int, q: int) -> str:
    while q < 1:
        y, q = y - 1, q + 4
    while q > 4:
        y, q = y + 1, q - 4
    return f"{y:04d}-Q{q}"


def h_quarter_ordinal(m: re.Match, ctx: Context) -> Resolution | None:
    q = LEX.ordinals[m["ord"].lower()]
    if q > 4:
        return None
    ye = (m["ye"] or "").lower()
    explicit = _year_of(m["ypre"] or m["ypost"], ctx.anchor)
    if explicit is not None:
        y, how = explicit, "explicit-year"
    elif ctx.anchor is None:
        return Resolution(f"XXXX-Q{q}", "quarter", "quarter:no-anchor")
    else:
        y, how = ctx.anchor.year, "anchor-year"
        if q > quarter_of(ctx.anchor) and ctx.tense != "future" and not ye.startswith(("next", "coming")):
            y -= 1  # a quarter that has not started yet is last year's, unless future
    if ye.startswith("year"):
        return Resolution(_qstr(y - 1, q), "quarter", f"quarter-ordinal:{how}:year-earlier")
    return Resolution(_qstr(y, q), "quarter", f"quarter-ordinal:{how}")


def h_quarter_q(m: re.Match, ctx: Context) -> Resolution | None:
    y = m["ypre"] or m["ypost"]
    q = int(m["q"])
    if y:
        return Resolution(f"{int(y):04d}-Q{q}", "quarter", "quarter-q")
    if ctx.anchor is None:
        return Resolution(f"XXXX-Q{q}", "quarter", "quarter-q:no-anchor")
    yy = ctx.anchor.year - (1 if q > quarter_of(ctx.anchor) and ctx.tense != "future" else 0)
    return Resolution(f"{yy:04d}-Q{q}", "quarter", "quarter-q:anchor-year")


def h_quarter_rel(m: re.Match, ctx: Context) -> Resolution | None:
    rel = " ".join((m["rel"] or "").lower().replace("-", " ").split())
    if ctx.words_after(1) == ["of"]:
        return None  # "the quarter of the vote": a fraction, not a period
    if not rel and not m["the"]:
        return None
    if ctx.anchor is None:
        return Resolution("XXXX-QX", "quarter", "quarter-rel:no-anchor")
    ref = ctx.reference_quarter or _last_complete_quarter(ctx.anchor)
    cur = (ctx.anchor.year, quarter_of(ctx.anchor))
    if rel in ("this", "current"):
        return Resolution(_qstr(*cur), "quarter", "quarter-rel:current")
    if rel == "next" or rel == "coming":
        return Resolution(_qstr(cur[0], cur[1] + 1), "quarter", "quarter-rel:next")
    if rel in ("last", "previous", "past"):
        return Resolution(_qstr(cur[0], cur[1] - 1), "quarter", "quarter-rel:last")
    if rel in ("year earlier", "year ago"):
        return Resolution(_qstr(ref[0] - 1, ref[1]), "quarter", "quarter-rel:year-earlier")
    return Resolution(_qstr(*ref), "quarter", "quarter-rel:reported-quarter")


def h_half(m: re.Match, ctx: Context) -> Resolution | None:
    n = 1 if m["ord"].lower() == "first" else 2
    y = _year_of(m["y"], ctx.anchor)
    if y is None:
        # "the second half" is as often a match half as a half-year: only with spaCy's agreement
        if not ctx.from_spacy or ctx.anchor is None:
            return None
        y = ctx.anchor.year
    return Resolution(f"{y:04d}-H{n}", "quarter", "half-year")


def h_season(m: re.Match, ctx: Context) -> Resolution | None:
    word = m["s"].lower()
    code = LEX.seasons[word]
    rel = " ".join((m["rel"] or "").lower().split())
    if word in LEX.ambiguous_seasons and not (rel or m["y"]):
        return None
    if m["y"]:
        return Resolution(f"{int(m['y']):04d}-{code}", "season", "season-year")
    if ctx.anchor is None:
        return Resolution(f"XXXX-{code}", "season", "season:no-anchor")
    a = ctx.anchor
    start = LEX.season_start_month[code]
    started = a.month >= start if code != "WI" else True
    y = a.year
    if "last" in rel or "past" in rel:
        y = a.year - 1 if not started or (start <= a.month < start + 3) else a.year
    elif "next" in rel or "coming" in rel:
        y = a.year if not started else a.year + 1
    elif "this" in rel:
        y = a.year
    else:
        if ctx.tense == "past" and not started:
            y -= 1
        elif ctx.tense == "future" and a.month >= start + 3:
            y += 1
    return Resolution(f"{y:04d}-{code}", "season", f"season:{rel or ctx.tense or 'anchor-year'}")


_REL_STEP = {"this": 0, "current": 0, "the current": 0, "last": -1, "past": -1, "previous": -1,
             "next": 1, "coming": 1, "the coming": 1, "the next": 1, "the previous": -1}


def h_rel_unit(m: re.Match, ctx: Context) -> Resolution | None:
    rel = " ".join(m["rel"].lower().split())
    unit = m["unit"].lower()
    if rel in ("the past", "the last", "the next", "the coming") and unit != "weekend":
        # "over the past week" is a stretch of time ending (or starting) now: TimeML DURATION
        return Resolution(_duration_value(1, unit), "duration", "rel-unit:span-to-now")
    step = _REL_STEP.get(rel)
    if step is None:
        return None
    if ctx.anchor is None:
        return _unanchored(step, "rel-unit")
    if unit == "weekend":
        d = shift(ctx.anchor, step, "week")
        return Resolution(fmt(d, "week") + "-WE", "week", f"rel-unit:{rel}-weekend")
    d = shift(ctx.anchor, step, unit)
    prec = {"week": "week", "month": "month", "year": "year", "decade": "decade", "century": "century"}[unit]
    return Resolution(fmt(d, prec), prec, f"rel-unit:{rel}-{unit}")


def h_the_unit(m: re.Match, ctx: Context) -> Resolution | None:
    unit = m["unit"].lower()
    if ctx.anchor is None:
        return _unanchored(0, "the-unit")
    if unit == "weekend":
        t = ctx.tense
        d = weekday_near(ctx.anchor, 6, t if t else "past")
        return Resolution(fmt(d, "week") + "-WE", "week", f"the-weekend:{t or 'past'}")
    prec = unit
    return Resolution(fmt(ctx.anchor, prec), prec, f"the-{unit}:anchor")


def _ends_a_name(ctx: Context) -> bool:
    """Is the word the last of a name ('Ruby Tuesday and Miracle-Ear', 'at Ruby Tuesday')? It is after a proper
    noun whose capital nothing else explains (not the sentence's first word, not 'Super' or 'Good' of a named day)
    when no verb follows and the word is no entity the parser knows: in 'President Obama Tuesday signed the bill' and
    'resumed work in Iraq Friday' the weekday dates the act."""
    before = ctx.token_before()
    if before is None or before.pos_ != "PROPN" or not before.text[:1].isupper() or before.is_sent_start \
            or before.lower_ in LEX.day_name_prefixes or before.ent_type_:
        return False
    if before.i > 0 and (before.nbor(-1).is_quote or before.nbor(-1).is_bracket):
        return False
    span = ctx.doc.char_span(ctx.start, ctx.end, alignment_mode="expand")
    after = ctx.doc[span.end] if span is not None and span.end < len(ctx.doc) else None
    return after is None or after.pos_ not in ("VERB", "AUX")


def h_weekday(m: re.Match, ctx: Context) -> Resolution | None:
    wd = LEX.weekdays[m["wd"].lower()]
    rel = (m["rel"] or "").lower()
    pod = m["pod"]
    if not (rel or m["mod"] or pod) and _ends_a_name(ctx):
        return None
    if ctx.anchor is None:
        suffix = f"T{LEX.parts_of_day[pod.lower()]}" if pod else ""
        return Resolution(f"XXXX-WXX-{wd}{suffix}", "time" if pod else "day", "weekday:no-anchor")
    a = ctx.anchor
    if rel in ("last", "past"):
        d = a - timedelta(days=((a.isoweekday() - wd) % 7) or 7)
        how = "last"
    elif rel in ("next", "coming"):
        d = a + timedelta(days=((wd - a.isoweekday()) % 7) or 7)
        how = "next"
    elif rel == "this":
        d = weekday_near(a, wd, ctx.tense or "future")
        how = "this"
    else:
        d = weekday_near(a, wd, ctx.tense)
        how = ctx.tense or "nearest"
    return _named(_day_or_time(d, pod), f"weekday:{how}")


def h_deictic(m: re.Match, ctx: Context) -> Resolution | None:
    word = " ".join(m["dd"].lower().split())
    pod = m["pod"]
    if word == "tonight":
        offset, pod = 0, "night"
    elif word == "the day before yesterday":
        offset = -2
    elif word == "the day after tomorrow":
        offset = 2
    else:
        offset = LEX.deictic_days[word]
    if ctx.anchor is None:
        return _unanchored(offset, f"deictic:{word}")
    return _named(_day_or_time(ctx.anchor + timedelta(days=offset), pod), f"deictic:{word}")


def h_deictic_time(m: re.Match, ctx: Context) -> Resolution | None:
    word = " ".join(m["dt"].lower().split())
    offset, code = LEX.deictic_times[word]
    if ctx.anchor is None:
        return _unanchored(offset, f"deictic-time:{word}")
    d = ctx.anchor + timedelta(days=offset)
    return Resolution(f"{d.isoformat()}T{code}", "time", f"deictic-time:{word}")


EARNINGS_WORDS = ("profit", "earnings", "net income", "revenue", "sales", "net loss", "a share", "per share")


def _quarter_context(ctx: Context) -> bool:
    """Earnings prose compares quarter with quarter: a "year ago" there is the
    same quarter a year earlier. True when the sentence names a quarter, or the
    document has named one and this sentence reports results."""
    s = ctx.sentence().lower()
    return "quarter" in s or (ctx.quarter_seen and any(w in s for w in EARNINGS_WORDS))


def h_year_earlier(m: re.Match, ctx: Context) -> Resolution | None:
    if ctx.anchor is None:
        return _unanchored(-1, "year-earlier")
    if _quarter_context(ctx) or (m["period"] and ctx.quarter_seen):
        ref = ctx.reference_quarter or _last_complete_quarter(ctx.anchor)
        return Resolution(_qstr(ref[0] - 1, ref[1]), "quarter", "year-earlier:quarter")
    return Resolution(f"{ctx.anchor.year - 1:04d}", "year", "year-earlier:year")


def h_ref_adjective(m: re.Match, ctx: Context) -> Resolution | None:
    """'current'/'recent' before a noun (TimeML tags them as PRESENT_REF/PAST_REF)."""
    if ctx.doc is None:
        return None
    span = ctx.doc.char_span(ctx.start, ctx.end)
    if span is None or len(span) != 1 or span[0].dep_ != "amod":
        return None
    word = m["ref"].lower()
    return Resolution(LEX.references[word], "ref", f"reference-adjective:{word}")


def h_ago(m: re.Match, ctx: Context) -> Resolution | None:
    unit = LEX.unit_of(m["unit"])
    if unit is None:
        return None
    n = LEX.number(m["num"])
    direction = -1 if m["dir"].lower() in ("ago", "earlier") else 1
    if n is None or ctx.anchor is None:
        return _unanchored(direction, "offset:" + ("vague" if n is None else "count"))
    gran = LEX.units[unit]["granularity"]
    if gran == "time":  # "three hours ago": the anchor is a date, so the day is all we know
        return Resolution(ctx.anchor.isoformat(), "day", "offset:clock-units-to-day")
    if unit == "year" and direction < 0 and _quarter_context(ctx):
        # earnings prose: "a year ago/earlier" means the same quarter a year before
        ref = ctx.reference_quarter or _last_complete_quarter(ctx.anchor)
        return Resolution(_qstr(ref[0] - n, ref[1]), "quarter", "offset:year-ago-quarter")
    d = shift(ctx.anchor, direction * n, unit)
    return Resolution(fmt(d, gran), gran, f"offset:{m['dir'].lower()}")


FREQ_BEFORE = {"once", "twice", "thrice", "times"}


def _duration_value(n: int | float | None, unit: str) -> str:
    info = LEX.units[unit]
    code = info["code"]
    factor = info.get("factor", 1)
    if code == "DE":
        return "PXDE" if n is None else f"P{int(n * 10)}Y"
    if code == "CE":
        return "PXCE" if n is None else f"P{int(n * 100)}Y"
    count = "X" if n is None else str(int(n * factor))
    return f"PT{count}{code}" if info["clock"] else f"P{count}{code}"


def h_duration(m: re.Match, ctx: Context) -> Resolution | None:
    unit = LEX.unit_of(m["unit"])
    if unit is None:
        return None
    if (m["tail"] or "").lower() == "old":
        return None  # an age ("52 years old") dates a person, not an event
    numw = " ".join(m["num"].lower().split())
    n = LEX.number(numw)
    half = bool(m["half"])
    hyphenated = m.group(0)[m.end("num") - m.start(0)] == "-"  # "a one-year term" is adjectival, not a rate
    plain_article = numw in ("a", "an", "one") and not (m["det"] or m["rel"] or m["approx"] or hyphenated)
    if plain_article:
        tok = ctx.token_before()
        before = ctx.words_before(1)
        if tok is None or tok.is_sent_start or ctx.words_before(1) in ([], ["."]):
            return None  # "One day, ..." is narrative, not a measured duration
        if tok.pos_ in ("NOUN", "PROPN", "NUM", "PRON") or (before and before[0] in FREQ_BEFORE | set(LEX.frequency_markers)):
            return None  # "attacks a day", "twice a week": a frequency (TimeML SET), not a time
    if (m["det"] or "").lower() == "the" and not (m["rel"] or m["num"]):
        return None
    rel = (m["rel"] or "").lower()
    before = ctx.words_before(1)
    if before == ["in"] and ctx.tense == "future" and n is not None and ctx.anchor is not None and not rel:
        gran = LEX.units[unit]["granularity"]
        if gran != "time":
            d = shift(ctx.anchor, n, unit)
            return Resolution(fmt(d, gran), gran, "in-n-units:future-date")
    value = _duration_value((n + 0.5) if (half and n is not None) else n, unit)
    if half and n is not None and "." in str(n + 0.5):
        # "two and a half years" → P2.5Y is valid ISO 8601
        info = LEX.units[unit]
        value = f"P{'T' if info['clock'] else ''}{n + 0.5}{info['code']}"
    return Resolution(value, "duration", "duration" + (":vague" if n is None else ""))


def h_plural_units(m: re.Match, ctx: Context) -> Resolution | None:
    unit = LEX.unit_of(m["unit"])
    if unit is None:
        return None
    adj = " ".join((m["adj"] or "").lower().split())
    if adj == "recent":
        return Resolution("PAST_REF", "ref", "recent-units")
    if adj in ("coming", "next", "following", "past", "last", "previous", "many", "several", "few") or m["det"]:
        return Resolution(_duration_value(None, unit), "duration", "vague-units:" + (adj or "the"))
    before = ctx.words_before(1)
    if before and before[0] in ("for", "in", "over", "within", "took", "take", "takes", "lasted", "last"):
        return Resolution(_duration_value(None, unit), "duration", "vague-units:bare")
    return None


def h_clock(m: re.Match, ctx: Context) -> Resolution | None:
    h = int(m["h"])
    mins = int(m["m"] or 0)
    ampm = (m["ampm"] or "").lower().replace(".", "")
    if ampm in ("pm",) and h < 12:
        h += 12
    elif ampm == "am" and h == 12:
        h = 0
    if h > 24 or (not ampm and not m["tz"]):
        return None
    d = _clock_day(m, ctx)
    clock = f"T{h:02d}:{mins:02d}"
    if d is None:
        return Resolution(f"{_unanchored_day(m)}{clock}", "time", "clock:no-anchor")
    return Resolution(f"{d.isoformat()}{clock}", "time", "clock" + (":with-day" if m["day"] else ":anchor-day"))


def h_noon(m: re.Match, ctx: Context) -> Resolution | None:
    word = m["nm"].lower()
    clock = "T12:00" if word == "noon" else "T24:00"
    d = _clock_day(m, ctx)
    if d is None:
        return Resolution(f"{_unanchored_day(m)}{clock}", "time", f"{word}:no-anchor")
    return Resolution(f"{d.isoformat()}{clock}", "time", f"{word}" + (":with-day" if m["day"] else ":anchor-day"))


def _unanchored_day(m: re.Match) -> str:
    """The day of a clock time when there is no publication date: a weekday is kept ('5 p.m. Wednesday' →
    XXXX-WXX-3), as the weekday alone would be; any other day is unknown."""
    day = (m["day"] or "").lower()
    return f"XXXX-WXX-{LEX.weekdays[day]}" if day in LEX.weekdays else "XXXX-XX-XX"


def _clock_day(m: re.Match, ctx: Context) -> date | None:
    day = (m["day"] or "").lower()
    if ctx.anchor is None:
        return None
    if not day:
        # "on Monday at 3 p.m.": a weekday just before the clock time pins the day
        before = ctx.words_before(3)
        for w in reversed(before):
            if w in LEX.weekdays and len(w) >= 6:
                return weekday_near(ctx.anchor, LEX.weekdays[w], ctx.tense)
        return ctx.anchor
    if day in LEX.deictic_days:
        return ctx.anchor + timedelta(days=LEX.deictic_days[day])
    if day in LEX.weekdays:
        return weekday_near(ctx.anchor, LEX.weekdays[day], ctx.tense)
    if m["mon"]:
        month, dd = _month(m["mon"]), int(re.match(r"\d+", m["md"])[0])
        y = choose_year(ctx.anchor, month, dd, ctx.tense)
        return safe_date(y, month, dd) or ctx.anchor
    return ctx.anchor


def h_holiday(m: re.Match, ctx: Context) -> Resolution | None:
    """A day named for a fixed date ('New Year's Day'): that date of the year a month-day would get."""
    key = re.sub(r"\s+", " ", m["hol"].lower().replace("’", "'"))
    month, day = LEX.fixed_holidays.get(key) or LEX.fixed_holidays[key.replace("years", "year's")]
    if m["year"]:
        return Resolution(date(int(m["year"]), month, day).isoformat(), "day", "holiday-year")
    if ctx.anchor is None:
        return Resolution(f"XXXX-{month:02d}-{day:02d}", "day", "holiday:no-anchor")
    y = choose_year(ctx.anchor, month, day, ctx.tense)
    return Resolution(date(y, month, day).isoformat(), "day", f"holiday:{ctx.tense or 'nearest'}")


def h_movable_holiday(m: re.Match, ctx: Context) -> Resolution | None:
    """'Good Friday', 'Easter Monday': a feast that moves with Easter (times.json movable_holidays), that day of the
    year a month-day would get. Not a name's first words ('Easter Island', 'the Easter Rising')."""
    if not m["mov"][0].isupper() or (re.match(r"\s+[A-Z]", ctx.text[ctx.end:]) and not m["year"]):
        return None
    offset = timedelta(days=LEX.movable_holidays[" ".join(m["mov"].lower().split())])
    method = EASTER_ORTHODOX if ctx.words_before(1) == ["orthodox"] else EASTER_WESTERN
    if m["year"]:
        return Resolution((easter(int(m["year"]), method) + offset).isoformat(), "day", "movable-holiday-year")
    if ctx.anchor is None:
        return None  # its month and day depend on the year
    near = easter(ctx.anchor.year, method) + offset
    y = choose_year(ctx.anchor, near.month, near.day, ctx.tense)
    return Resolution((easter(y, method) + offset).isoformat(), "day", f"movable-holiday:{ctx.tense or 'nearest'}")


def h_reference(m: re.Match, ctx: Context) -> Resolution | None:
    word = " ".join(m["ref"].lower().split())
    value = LEX.references[word]
    return Resolution(value, "ref", f"reference:{word}")


def h_vague_ago(m: re.Match, ctx: Context) -> Resolution | None:
    return Resolution("PAST_REF", "ref", "vague-ago")


# ---------------------------------------------------------------- the rule table
def _r(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


def _g(pattern: str) -> re.Pattern:
    """A rule's gate: lowercase, no flags, so the engine can skip to the gate's first letters."""
    return re.compile(pattern)


def _words(words) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(set(words), key=len, reverse=True))


_MONTHS = _g(_words(LEX.months))
_QUARTER = _g("quarter")
_UNITS = _g(r"second|minute|hour|day|night|week|fortnight|month|quarter|year|decade|centur")


WD_OR_DAY = r"(?P<day>" + WEEKDAY + r"|today|yesterday|tomorrow|(?P<mon>" + MONTH + r")\s+(?P<md>" + DAY + r"))"
_STANDALONE_REFS = LEX.alternation(LEX.reference_words_standalone)
_ALL_REFS = LEX.alternation(LEX.references)

RULES: list[Rule] = [
    Rule("iso", _r(B + r"(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?(?![\w/-])"), h_iso, gate=_g(r"\d-\d\d-\d")),
    Rule("numeric", _r(r"(?<![\w/.-])(\d{1,2})/(\d{1,2})/(\d{4}|\d{2})(?![\w/])"), h_numeric, gate=_g("/")),
    Rule("month-day", _r(B + r"(?:(?P<wd>" + WEEKDAY + r"),?\s+)?(?:(?P<mod>" + MOD + r"))?(?P<mon>" + MONTH + r")\s+(?P<day>" + DAY
                         + r")(?!\w|:\d)(?:,?\s+(?P<year>" + YEAR + r")(?!\d))?"), h_month_day, gate=_MONTHS),
    Rule("day-month", _r(B + r"(?:(?P<wd>" + WEEKDAY + r"),?\s+)?(?P<day>" + DAY + r")\s+(?:of\s+)?(?P<mon>" + MONTH
                         + r")(?!\w)(?:,?\s+(?P<year>" + YEAR + r")(?!\d))?"), h_month_day, gate=_MONTHS),
    Rule("month-year", _r(B + r"(?:(?P<mod>" + MOD + r"))?(?P<mon>" + MONTH + r"),?\s+(?:of\s+)?(?P<year>" + YEAR_REL + r")(?!\d)"), h_month_year, gate=_MONTHS),
    Rule("month", _r(B + r"(?:(?P<rel>last|next|this|coming|past)\s+|(?P<mod>" + MOD + r"))?(?P<mon>" + MONTH_FULL + r")" + E), h_month, gate=_MONTHS),
    Rule("year", _r(r"(?<![\w$€£.,/-])(?:(?P<fiscal>fiscal|calendar|FY|the\s+year|(?:the\s+)?(?:early|mid|late)[- ]?)\s*)?(?P<year>" + YEAR + r")(?![\w%/-]|[.,]\d)"), h_year, gate=_g(r"1[5-9]\d\d|20\d\d")),
    Rule("decade", _r(B + r"(?:the\s+)?(?:(?P<mod>" + MOD + r"))?(?:(?P<c>1[5-9]|20)(?P<d>\d)0s|['’](?P<d2>\d)0s)" + E), h_decade, gate=_g("0s")),
    Rule("century", _r(B + r"(?:the\s+)?(?:(?P<mod>" + MOD + r"))?(?:(?P<ord>" + ORD + r")[- ]century|(?P<hund>1[5-9]|20)00s)" + E), h_century, gate=_g("century|00s")),
    Rule("quarter-ordinal", _r(B + r"(?:(?P<ypre>" + YEAR + r"|this\s+year's|last\s+year's|next\s+year's)\s+)?(?:the\s+)?(?P<ye>(?:year[- ](?:earlier|ago)|same|latest|past|previous|current|this|next|coming)[- ])?(?P<ord>first|second|third|fourth|1st|2nd|3rd|4th)[- ]quarter" + E
                               + r"(?:\s+(?:of\s+)?(?P<ypost>" + YEAR_REL + r")(?!\d))?"), h_quarter_ordinal, gate=_QUARTER),
    Rule("quarter-q", _r(B + r"(?:(?P<ypre>" + YEAR + r")[\s-]*)?Q(?P<q>[1-4])(?:\s*(?P<ypost>" + YEAR + r"))?" + E), h_quarter_q, gate=_g("q[1-4]")),
    Rule("quarter-rel", _r(B + r"(?P<the>the\s+)?(?P<rel>year[- ](?:earlier|ago)|latest|last|past|previous|current|this|next|coming|most\s+recent)?[- ]?\s*quarter(?![\w-])"), h_quarter_rel, gate=_QUARTER),
    Rule("half", _r(B + r"(?:the\s+)?(?P<ord>first|second|last)\s+half(?:\s+of\s+(?P<y>" + YEAR_REL + r"))?" + E), h_half, gate=_g("half")),
    Rule("season", _r(B + r"(?:(?P<rel>this\s+past|the\s+early|the\s+late|this|last|next|the|past|coming|early|late|mid)[- ]?\s*)?(?P<s>spring|summer|autumn|fall|winter)" + E
                      + r"(?:\s+(?:of\s+)?(?P<y>" + YEAR + r")(?!\d))?"), h_season, gate=_g("spring|summer|autumn|fall|winter")),
    Rule("rel-unit", _r(B + r"(?:(?P<mod>" + MOD + r"))?(?P<rel>the\s+past|the\s+last|the\s+next|the\s+coming|the\s+previous|the\s+current|this|last|next|past|coming|previous|current)\s+(?P<unit>week|weekend|month|year|decade|century)(?![\w-])"), h_rel_unit, gate=_g("week|month|year|decade|century")),
    Rule("the-weekend", _r(B + r"(?:(?P<mod>" + MOD + r"))?the\s+(?P<unit>weekend)" + E), h_the_unit, gate=_g("weekend")),
    Rule("the-unit", _r(r"^(?:(?P<mod>" + MOD + r"))?the\s+(?P<unit>week|month|year)$"), h_the_unit, spacy_only=True),
    Rule("weekday", _r(B + r"(?:(?P<mod>" + MOD + r")|(?P<rel>last|next|this|past|coming)\s+)?(?P<wd>" + WEEKDAY + r")" + E
                       + r"(?:\s+(?P<pod>" + POD + r")" + E + r")?"), h_weekday, gate=_g(_words(LEX.weekdays))),
    Rule("deictic", _r(B + r"(?:(?P<mod>" + MOD + r"))?(?P<dd>the\s+day\s+before\s+yesterday|the\s+day\s+after\s+tomorrow|today|yesterday|tomorrow|tonight)" + E
                       + r"(?:\s+(?P<pod>" + POD + r")" + E + r")?"), h_deictic, gate=_g("today|yesterday|tomorrow|tonight")),
    Rule("deictic-time", _r(B + r"(?:(?P<mod>" + MOD + r"))?(?P<dt>" + LEX.alternation(LEX.deictic_times) + r")" + E), h_deictic_time, gate=_g(_words(LEX.deictic_times))),
    Rule("offset", _r(B + r"(?:(?P<approx>" + APPROX + r")\s+)?(?P<num>" + NUM + r")[- ](?P<unit>" + UNIT + r")\s+(?P<dir>ago|earlier|from\s+now|hence)" + E), h_ago, gate=_g("ago|earlier|now|hence")),
    Rule("year-earlier", _r(B + r"(?:the\s+)?(?:comparable\s+|corresponding\s+|same\s+)?year[- ](?:earlier|ago)(?:\s+(?P<period>period))?" + E), h_year_earlier, gate=_g("year")),
    Rule("ref-adjective", _r(B + r"(?P<ref>current|recent)" + E), h_ref_adjective, gate=_g("current|recent")),
    Rule("vague-ago", _r(B + r"(?:(?:many|some|several|a\s+few|few)\s+)?(?:" + UNIT + r")\s+ago" + E), h_vague_ago, gate=_g("ago")),
    Rule("duration", _r(B + r"(?:(?P<det>the|these|those)\s+)?(?:(?P<rel>past|last|next|first|final|coming|previous|latest|remaining|following|initial)\s+)?(?:(?P<approx>" + APPROX + r")\s+)?(?P<num>" + NUM
                        + r")(?P<half>\s+and\s+a\s+half)?[- ](?P<unit>" + UNIT + r")(?:[- ](?P<tail>long|old))?(?![\w-])"), h_duration, gate=_UNITS),
    Rule("plural-units", _r(B + r"(?:(?P<det>the)\s+)?(?:(?P<adj>recent|coming|past|last|next|following|previous|many|several|few)\s+)?(?P<unit>(?:hour|day|week|month|year|decade|centurie|minute)s)" + E), h_plural_units, gate=_g("(?:hour|day|week|month|year|decade|centurie|minute)s")),
    Rule("clock", _r(r"(?<![\w:.])(?P<h>[01]?\d|2[0-4])(?:[:.](?P<m>[0-5]\d))?\s*(?:(?P<ampm>a\.m\.|p\.m\.|a\.m|p\.m|am|pm)(?!\w)|(?=\s+" + TZ + r"))(?:\s+(?P<tz>" + TZ + r")" + E + r")?"
                     + r"(?:,?\s+(?:on\s+)?" + WD_OR_DAY + E + r")?"), h_clock, gate=_g(r"\d")),
    Rule("noon", _r(B + r"(?P<nm>noon|midnight)" + E + r"(?:,?\s+(?:on\s+)?" + WD_OR_DAY + E + r")?"), h_noon, gate=_g("noon|midnight")),
    Rule("holiday", _r(B + r"(?P<hol>" + LEX.alternation(LEX.fixed_holidays).replace("'", "['’]?") + r")" + E
                       + r"(?:,?\s+(?P<year>" + YEAR + r")(?!\d))?"), h_holiday, gate=_g(r"new\s+year|christmas|boxing")),
    Rule("movable-holiday", _r(B + r"(?P<mov>" + LEX.alternation(LEX.movable_holidays) + r")" + E
                               + r"(?:,?\s+(?P<year>" + YEAR + r")(?!\d))?"), h_movable_holiday, gate=_g(_words(LEX.movable_holidays))),
    Rule("reference", _r(B + r"(?P<ref>" + _STANDALONE_REFS + r")" + E), h_reference, gate=_g(_words(LEX.reference_words_standalone))),
    Rule("reference-spacy", _r(r"^(?P<ref>" + _ALL_REFS + r")$"), h_reference, spacy_only=True),
]
