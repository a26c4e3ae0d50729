"""Score the quotes stage against PolNeAR (Newell, Margolin & Ruths 2018: news attribution in
brat standoff: Source, Cue and Content spans joined by Attribution events).

Reading the gold. `PATH/text/NAME.txt` holds the article; `PATH/attributions/NAME_ANNOTATOR.ann`
its annotations. A few articles were annotated twice; the first annotator's file (by name) is
used, so no article counts twice. Each `E` line is one attribution: its Content (possibly
discontinuous: `start end;start end`), its Cue, and its Source (absent for
`Attribution-no-source`). Identical content spans are counted once.

Direct vs indirect, in gold: an attribution is *direct* when its content begins with a quotation
mark (PolNeAR's annotators include the marks in a quotation's span: `“It’s a …,”`); everything
else is *indirect*, including a paraphrase with a few quoted words inside ('reports that … in
order to “keep the details … under wraps”'). On our side, `direct` and `partial` quotes are
direct, `indirect` ones indirect. A partial quotation lying inside one of our own indirect
reports is the same attribution as that report (PolNeAR annotates the whole reported clause), so
it is not scored separately; quotations sharing one cue ('“A,” he said. “B.”'), and a cue-less quotation paragraph
continuing the quotation before it, are one attribution, as PolNeAR annotates them.

Matching. A prediction matches a gold content when their overlap is at least 50% of the longer
of the two (so neither a fragment nor a whole paragraph around the quotation passes), one to one,
best overlaps first. Precision of a kind is over our predictions of that kind (matched to gold of
any kind); recall over the gold of that kind. Source accuracy is over matched gold contents that
have a source: right when the speaker's span, or the span it was resolved from (a pronoun's or
'who'’s antecedent, 'the statement'’s issuer), overlaps the gold source. Cue: unique cue spans,
matched one to one by any overlap.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Group
from rich.table import Table

from ..model import Quote

OPENING_MARKS = frozenset("“\"«„‘'″‟‹")
KINDS = ("all", "direct", "indirect")

Frags = tuple[tuple[int, int], ...]


@dataclass
class GoldAttribution:
    content: Frags
    source: Frags | None
    cue: Frags | None
    kind: str  # direct | indirect


@dataclass
class GoldDoc:
    name: str
    text: str
    attributions: list[GoldAttribution]


def _frags(field_: str) -> Frags:
    out = []
    for part in field_.split(";"):
        a, b = part.split()
        out.append((int(a), int(b)))
    return tuple(sorted(out))


def read_ann(path: Path, text: str) -> list[GoldAttribution]:
    spans: dict[str, tuple[str, Frags]] = {}
    events: list[dict[str, str]] = []
    for line in path.read_text("utf-8").splitlines():
        cols = line.split("\t")
        if line.startswith("T") and len(cols) >= 2:
            label, _, rest = cols[1].partition(" ")
            try:
                spans[cols[0]] = (label, _frags(rest))
            except ValueError:
                continue
        elif line.startswith("E") and len(cols) >= 2:
            roles = {}
            for pair in cols[1].split():
                role, _, ref = pair.partition(":")
                roles[role.rstrip("0123456789")] = ref
            events.append(roles)
    out, seen = [], set()
    for roles in events:
        content = spans.get(roles.get("Content", ""))
        if content is None or content[1] in seen:
            continue
        seen.add(content[1])
        first = text[content[1][0][0]:content[1][0][1]].lstrip()
        kind = "direct" if first[:1] in OPENING_MARKS else "indirect"
        src = spans.get(roles.get("Source", ""))
        cue = spans.get(roles.get("Cue", ""))
        out.append(GoldAttribution(content[1], src[1] if src else None, cue[1] if cue else None, kind))
    return out


def read_polnear(path: Path, limit: int | None = None) -> list[GoldDoc]:
    path = Path(path)
    by_text: dict[str, Path] = {}
    for ann in sorted((path / "attributions").glob("*.ann")):
        name = ann.stem.rsplit("_", 1)[0]
        by_text.setdefault(name, ann)
    docs = []
    for name, ann in sorted(by_text.items()):
        txt = path / "text" / f"{name}.txt"
        if not txt.exists():
            continue
        text = txt.read_text("utf-8")
        docs.append(GoldDoc(name, text, read_ann(ann, text)))
        if limit is not None and len(docs) >= limit:
            break
    return docs


@dataclass
class Predicted:
    content: Frags
    speaker: Frags  # the speaker's span and the span it was resolved from
    cue: Frags | None
    kind: str  # direct | indirect


def predictions(quotes: list[Quote]) -> list[Predicted]:
    """Our quotes as attributions: partials inside our indirect reports dropped, quotations sharing a cue joined."""
    indirect = [q for q in quotes if q.kind == "indirect"]
    kept = [q for q in quotes if not (q.kind == "partial" and any(
        i.content.start <= q.content.start and q.content.end <= i.content.end for i in indirect))]
    groups: dict[object, list[Quote]] = {}
    last_key: object = None
    for k, q in enumerate(sorted(kept, key=lambda q: q.content.start)):
        key: object = (q.cue.start, q.cue.end, q.kind == "indirect") if q.cue is not None else k
        prev = groups.get(last_key, [None])[-1] if last_key is not None else None
        if q.cue is None and q.speaker is not None and prev is not None and prev.kind == "direct" and \
                prev.speaker is not None and prev.speaker.name == q.speaker.name:
            key = last_key  # a cue-less paragraph continuing the quotation before it: one attribution
        groups.setdefault(key, []).append(q)
        last_key = key
    out = []
    for qs in groups.values():
        sp: list[tuple[int, int]] = []
        for q in qs:
            if q.speaker is not None:
                sp.append((q.speaker.start, q.speaker.end))
                if q.speaker.antecedent is not None:
                    sp.append((q.speaker.antecedent.start, q.speaker.antecedent.end))
        cue = qs[0].cue
        out.append(Predicted(tuple(sorted((q.content.start, q.content.end) for q in qs)), tuple(sp),
                             ((cue.start, cue.end),) if cue else None, "indirect" if qs[0].kind == "indirect" else "direct"))
    return out


def _length(f: Frags) -> int:
    return sum(b - a for a, b in f)


def _overlap(x: Frags, y: Frags) -> int:
    return sum(max(0, min(b, d) - max(a, c)) for a, b in x for c, d in y)


@dataclass
class Counts:
    gold: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    gold_found: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    pred: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    pred_right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    source_n: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    source_ok: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    cue_gold: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    cue_gold_found: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    cue_pred: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    cue_pred_right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))

    def bump(self, name: str, kind: str, n: int = 1) -> None:
        d = getattr(self, name)
        d[kind] += n
        d["all"] += n


def match_contents(gold: list[GoldAttribution], pred: list[Predicted]) -> dict[int, int]:
    """Gold index -> predicted index: contents overlapping by at least half the longer span,
    best overlaps first, each side used once."""
    pairs = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            ov = _overlap(g.content, p.content)
            if ov and ov >= 0.5 * max(_length(g.content), _length(p.content)):
                pairs.append((ov / max(_length(g.content), _length(p.content)), gi, pi))
    used_g, used_p, matched = set(), set(), {}
    for _, gi, pi in sorted(pairs, reverse=True):
        if gi in used_g or pi in used_p:
            continue
        used_g.add(gi)
        used_p.add(pi)
        matched[gi] = pi
    return matched


def score_document(gold: list[GoldAttribution], pred: list[Predicted], c: Counts) -> None:
    for gi, pi in match_contents(gold, pred).items():
        g, p = gold[gi], pred[pi]
        c.bump("gold_found", g.kind)
        c.bump("pred_right", p.kind)
        if g.source is not None:
            c.bump("source_n", g.kind)
            c.bump("source_ok", g.kind, int(bool(p.speaker) and _overlap(p.speaker, g.source) > 0))
    for g in gold:
        c.bump("gold", g.kind)
    for p in pred:
        c.bump("pred", p.kind)
    gold_cues = {g.cue: g.kind for g in gold if g.cue}
    pred_cues = {p.cue: p.kind for p in pred if p.cue}
    for cue, kind in gold_cues.items():
        c.bump("cue_gold", kind)
    for cue, kind in pred_cues.items():
        c.bump("cue_pred", kind)
    taken = set()
    for gcue, gkind in gold_cues.items():
        hit = next((p for p in pred_cues if p not in taken and _overlap(gcue, p) > 0), None)
        if hit is not None:
            taken.add(hit)
            c.bump("cue_gold_found", gkind)
            c.bump("cue_pred_right", pred_cues[hit])


def _prf(right: int, pred: int, found: int, gold: int) -> tuple[float, float, float]:
    p = right / pred if pred else 0.0
    r = found / gold if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


@dataclass
class Row:
    kind: str
    gold: int
    predicted: int
    precision: float
    recall: float
    f1: float
    source_accuracy: float
    source_n: int
    cue_precision: float
    cue_recall: float
    cue_f1: float


@dataclass
class QuotesReport:
    documents: int
    rows: list[Row]
    seconds: float
    parse_seconds: float
    quotes_seconds: float

    def row(self, kind: str) -> Row:
        return next(r for r in self.rows if r.kind == kind)

    @property
    def overhead(self) -> float:
        """The quotes stage's time as a share of spaCy's parse time."""
        return self.quotes_seconds / self.parse_seconds if self.parse_seconds else 0.0

    def table(self) -> Group:
        t = Table(title=f"quotes vs PolNeAR ({self.documents} documents, {self.seconds:.0f}s)")
        for col in ("attributions", "gold", "predicted", "content P", "content R", "content F1",
                    "source acc (matched)", "cue P", "cue R", "cue F1"):
            t.add_column(col, justify="left" if col == "attributions" else "right")
        for r in self.rows:
            t.add_row(r.kind, str(r.gold), str(r.predicted), f"{r.precision:.3f}", f"{r.recall:.3f}", f"{r.f1:.3f}",
                      f"{r.source_accuracy:.3f} / {r.source_n}", f"{r.cue_precision:.3f}", f"{r.cue_recall:.3f}", f"{r.cue_f1:.3f}")
        timing = (f"spaCy parse {self.parse_seconds:.2f}s; quotes stage {self.quotes_seconds:.3f}s "
                  f"(+{100 * self.overhead:.1f}% of parse time)")
        return Group(t, timing)


def evaluate_quotes(path: Path, limit: int | None = None) -> QuotesReport:
    """Run nlp, places, actors and quotes over a PolNeAR split; score contents, sources and cues."""
    from ..actors import ActorResolver
    from ..document import Document
    from ..model import Article
    from ..nlp import load, parse
    from ..places import PlaceResolver
    from ..quotes import QuoteExtractor

    started = time.perf_counter()
    docs = read_polnear(Path(path), limit)
    nlp = load()
    stages = [PlaceResolver(), ActorResolver()]
    quotes = QuoteExtractor()
    t = time.perf_counter()
    parsed = list(parse(nlp, (d.text for d in docs)))
    parse_s = time.perf_counter() - t
    counts, quotes_s = Counts(), 0.0
    for gold, doc in zip(docs, parsed):
        document = Document(Article(id=gold.name, text=gold.text), doc)
        for stage in stages:
            document = stage(document)
        t = time.perf_counter()
        quotes(document)
        quotes_s += time.perf_counter() - t
        score_document(gold.attributions, predictions(document.article.quotes), counts)
    rows = []
    for kind in KINDS:
        p, r, f = _prf(counts.pred_right[kind], counts.pred[kind], counts.gold_found[kind], counts.gold[kind])
        cp, cr, cf = _prf(counts.cue_pred_right[kind], counts.cue_pred[kind], counts.cue_gold_found[kind], counts.cue_gold[kind])
        n = counts.source_n[kind]
        rows.append(Row(kind, counts.gold[kind], counts.pred[kind], p, r, f, counts.source_ok[kind] / n if n else 0.0, n, cp, cr, cf))
    return QuotesReport(len(docs), rows, time.perf_counter() - started, parse_s, quotes_s)
