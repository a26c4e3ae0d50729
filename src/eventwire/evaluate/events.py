"""Score the events stage against labelled sentences.

Datasets (readers in `eventwire.evaluate.gold`):

* ``plover-gsr``: PLOVER GSR records (PLOVER 0.5 names mapped to PLOVER 2).
  Headline: event-type accuracy of the top event per sentence. Beside it, an **actor
  table** for the GSR's coded source and target: over records whose gold source
  (target) has a comparable code, the share where the top event has an ``actor``
  (``target``) at all ("found"), where its country is one of the gold codes ("country";
  a stateless gold code IGO/NGO/IMG is matched by an actor with no country and the
  sector standing for it, see ``gold.GSR_STATELESS``), and, over records whose gold
  actors carry a comparable sector, where its sector is one of theirs ("sector", through
  ``gold.GSR_SECTORS``). "| found" repeats country and sector over the records where an
  actor was found, which separates resolution errors from missing or mis-chosen roles.
  The event type is not required to be right.
* ``cameo-codebook``: CAMEO codebook example sentences. Headline: accuracy of the
  2-digit root of the top event's ``cameo``; also PLOVER type accuracy against the
  gold code's type through the ontology cross-walk (gold codes with no PLOVER type,
  i.e. plain statements, are left out of that number).
* ``conflibert-roles``: CoNLL BIO sentences. Headline: token precision/recall/F1 of
  the top event's ``actor`` span against B-S/I-S tokens and of its ``target`` span
  against B-T/I-T tokens (other tags, e.g. B-R, are not scored). A CoNLL token counts
  as predicted when its characters overlap the predicted span.
* ``conflibert-class``: ConfliBERT quad-class sentences (0..4). Headline: accuracy of
  the quad class of the top event's CAMEO code (if the event has no code: of the most
  general CAMEO code of its PLOVER type). **A sentence with no event counts as 0
  ("make statement")**: CAMEO's residual for reported speech without a codable act,
  which is what eventwire's "no codable event, no event" means. Accuracy over
  sentences with an event is reported beside it.

Conventions shared by all datasets:

* Each sentence is one input article; the *top event* is the one with the highest
  confidence (first on ties). A sentence with no event is a prediction of ``NONE``
  (a miss), except in conflibert-class (above).
* Per-label precision/recall/F1: NONE is never a label, so a miss lowers recall
  only.
* Best of the sentence's events (plover-gsr, cameo-codebook): the accuracy if the top
  event were chosen perfectly among the events coded, i.e. how much is lost choosing the
  top rather than finding the event at all.
* Reliability: top events bucketed by confidence, share whose label is right (the
  issue asks that events at confidence >= 0.5 be right >= 80% of the time).
* Split: an MD5 of the whitespace-normalised sentence sends it to ``dev`` or
  ``test`` (about half each); ``all`` scores everything. Tune on dev, report test.
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Group
from rich.table import Table

from ..model import Actor, Event
from ..ontology import UnknownCode, get_ontology
from .gold import (
    GoldActor, GoldSentence, RoleSentence, in_split, read_cameo_codebook, read_conflibert_class,
    read_conll_roles, read_plover_gsr,
)

Predictor = Callable[[list[str]], list[list[Event]]]

DATASETS: tuple[str, ...] = ("plover-gsr", "cameo-codebook", "conflibert-roles", "conflibert-class")
#: Where each dataset lives in the shared data folder (relative to it).
DEFAULT_FILES: dict[str, str] = {
    "plover-gsr": "plover-gsr/PLOVER_GSR_CAMEO.txt",
    "cameo-codebook": "cameo-codebook/cameo-codes.csv",
    "conflibert-roles": "conflibert-cameo/roles-train.conll",
    "conflibert-class": "conflibert-cameo/class-train.tsv",
}
NONE = "NONE"
ACTOR_TABLE_NOTE = ("found: the top event has that role; country: its country is one of the gold codes (a gold "
                    "IGO/NGO/IMG: no country and that sector); sector: one of the gold sectors via gold.GSR_SECTORS "
                    "(ELI, UAF, SOC, *** not scored); '| found': among records where an actor was found")
BUCKETS: tuple[tuple[float, float], ...] = ((0.0, 0.25), (0.25, 0.5), (0.5, 0.75), (0.75, 1.0))


# --------------------------------------------------------------------------- results

@dataclass
class LabelScore:
    label: str
    tp: int = 0
    fp: int = 0
    fn: int = 0

    @property
    def support(self) -> int:
        return self.tp + self.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Bucket:
    low: float
    high: float
    n: int = 0
    correct: int = 0

    @property
    def share(self) -> float | None:
        return self.correct / self.n if self.n else None


@dataclass
class ActorScore:
    """Counts of one role's actor resolution against GSR codes (see the module docstring)."""

    n: int = 0  # records whose gold actors have a comparable code
    found: int = 0
    country: int = 0
    n_sector: int = 0  # records whose gold actors have a comparable sector
    found_sector: int = 0
    sector: int = 0

    @staticmethod
    def _share(a: int, b: int) -> float | None:
        return a / b if b else None

    @property
    def shares(self) -> dict[str, float | None]:
        return {
            "found": self._share(self.found, self.n),
            "country": self._share(self.country, self.n),
            "country | found": self._share(self.country, self.found),
            "sector": self._share(self.sector, self.n_sector),
            "sector | found": self._share(self.sector, self.found_sector),
        }


@dataclass
class EventsReport:
    """Numbers of one `evaluate_events` run; `table()` renders them."""

    dataset: str
    split: str
    path: str
    n: int = 0  # sentences scored
    with_event: int = 0  # sentences with at least one predicted event
    metrics: dict[str, float] = field(default_factory=dict)  # headline and extra numbers
    counts: dict[str, int] = field(default_factory=dict)  # denominators of the metrics
    per_label: dict[str, LabelScore] = field(default_factory=dict)
    confusion: dict[str, Counter] = field(default_factory=dict)  # gold -> Counter(pred)
    reliability: list[Bucket] = field(default_factory=lambda: [Bucket(lo, hi) for lo, hi in BUCKETS])
    seconds: float = 0.0
    notes: list[str] = field(default_factory=list)
    actors: dict[str, "ActorScore"] = field(default_factory=dict)  # "source"/"target" (plover-gsr)

    @property
    def coverage(self) -> float:
        return self.with_event / self.n if self.n else 0.0

    def confident(self, threshold: float = 0.5) -> tuple[int, float | None]:
        """(number, share right) of top events with confidence >= threshold."""
        n = sum(b.n for b in self.reliability if b.low >= threshold)
        c = sum(b.correct for b in self.reliability if b.low >= threshold)
        return n, (c / n if n else None)

    # -- rendering --------------------------------------------------------
    def summary_table(self) -> Table:
        t = Table(title=f"events · {self.dataset} · split={self.split}", show_header=True)
        t.add_column("metric")
        t.add_column("value", justify="right")
        t.add_column("n", justify="right")
        t.add_row("sentences", str(self.n), "")
        t.add_row("with an event (coverage)", _pct(self.coverage), str(self.with_event))
        for name, value in self.metrics.items():
            t.add_row(name, f"{value:.3f}", str(self.counts.get(name, "")))
        n_conf, share = self.confident(0.5)
        if self.reliability and any(b.n for b in self.reliability):
            t.add_row("right at confidence ≥ 0.5 (target ≥ 0.80)", "–" if share is None else f"{share:.3f}", str(n_conf))
        t.add_row("seconds", f"{self.seconds:.1f}", "")
        t.add_row("file", Path(self.path).name, "")
        for note in self.notes:
            t.add_row("note", note, "")
        return t

    def label_table(self) -> Table:
        t = Table(title="per label")
        for col in ("label", "P", "R", "F1", "support", "predicted"):
            t.add_column(col, justify="left" if col == "label" else "right")
        for s in sorted(self.per_label.values(), key=lambda s: (-s.support, s.label)):
            t.add_row(s.label, f"{s.precision:.2f}", f"{s.recall:.2f}", f"{s.f1:.2f}", str(s.support), str(s.tp + s.fp))
        return t

    def confusion_table(self) -> Table:
        golds = sorted(self.confusion, key=lambda g: -sum(self.confusion[g].values()))
        seen = {p for c in self.confusion.values() for p in c}
        preds = sorted(seen - {NONE}) + ([NONE] if NONE in seen else [])
        t = Table(title="confusion (rows gold, columns predicted)")
        t.add_column("gold \\ pred")
        for p in preds:
            t.add_column(_abbr(p), justify="right")
        for g in golds:
            row = self.confusion[g]
            t.add_row(g, *[(f"[bold]{row[p]}[/]" if p == g else str(row[p])) if row[p] else "·" for p in preds])
        return t

    def reliability_table(self) -> Table:
        t = Table(title="reliability of top events (share right by confidence)")
        for col in ("confidence", "events", "right", "share"):
            t.add_column(col, justify="right")
        for b in self.reliability:
            t.add_row(f"{b.low:.2f}–{b.high:.2f}", str(b.n), str(b.correct), "–" if b.share is None else f"{b.share:.2f}")
        return t

    def actor_table(self) -> Table:
        t = Table(title="actors of the top event vs GSR source/target codes (country ISO3, sector)",
                  caption=ACTOR_TABLE_NOTE)
        for col in ("role", "gold n", "found", "country", "country | found", "sector n", "sector", "sector | found"):
            t.add_column(col, justify="left" if col == "role" else "right")
        for role, a in self.actors.items():
            sh = {k: "–" if v is None else f"{v:.3f}" for k, v in a.shares.items()}
            t.add_row(role, str(a.n), sh["found"], sh["country"], sh["country | found"], str(a.n_sector),
                      sh["sector"], sh["sector | found"])
        return t

    def table(self) -> Group:
        """Summary, actor, per-label P/R/F1, confusion and reliability tables."""
        parts: list[Table] = [self.summary_table()]
        if self.actors:
            parts.append(self.actor_table())
        if self.per_label:
            parts.append(self.label_table())
        if self.confusion:
            parts.append(self.confusion_table())
        if any(b.n for b in self.reliability):
            parts.append(self.reliability_table())
        return Group(*parts)


def _pct(x: float) -> str:
    return f"{100 * x:.1f}%"


def _abbr(label: str) -> str:
    return label if len(label) <= 5 else label[:4]


# --------------------------------------------------------------------------- helpers

def top_event(events: Iterable[Event]) -> Event | None:
    """The event with the highest confidence (the first one on ties)."""
    best: Event | None = None
    for e in events:
        if best is None or e.confidence > best.confidence:
            best = e
    return best


def _bucket(report: EventsReport, confidence: float, correct: bool) -> None:
    for b in report.reliability:
        if b.low <= confidence < b.high or (b.high == 1.0 and confidence == 1.0):
            b.n += 1
            b.correct += int(correct)
            return


def score_labels(report: EventsReport, gold: list[str], pred: list[str]) -> float:
    """Fill per-label P/R/F1 and the confusion table; return accuracy. `pred` may be NONE."""
    scores: dict[str, LabelScore] = defaultdict(lambda: LabelScore(""))
    confusion: dict[str, Counter] = defaultdict(Counter)
    right = 0
    for g, p in zip(gold, pred, strict=True):
        confusion[g][p] += 1
        if g == p:
            right += 1
            scores[g].tp += 1
        else:
            scores[g].fn += 1
            if p != NONE:
                scores[p].fp += 1
    for label, s in scores.items():
        s.label = label
    report.per_label = dict(scores)
    report.confusion = dict(confusion)
    return right / len(gold) if gold else 0.0


def event_quad(event: Event) -> int | None:
    """Quad class of an event: from its CAMEO code, else from the most general code
    cross-walked to its PLOVER type."""
    onto = get_ontology()
    if event.cameo:
        try:
            return onto.quad_class(event.cameo)
        except UnknownCode:
            pass
    codes = onto.cameo_for_plover(event.type)
    return onto.quad_class(codes[0]) if codes else None


def span_tokens(span: Actor | None, sentence: RoleSentence, text: str) -> set[int]:
    """CoNLL token indices covered by `span`, whose offsets refer to `text` (the text the
    pipeline saw). When `text` is the rebuilt sentence the offsets are used directly;
    otherwise the span's surface text is located in the sentence (nearest to its offset)."""
    if span is None:
        return set()
    start, end = span.start, span.end
    if text != sentence.text or sentence.text[start:end] != span.text:
        hits = [i for i in range(len(sentence.text)) if sentence.text.startswith(span.text, i)] if span.text else []
        if not hits:
            return set()
        start = min(hits, key=lambda i: abs(i - span.start))
        end = start + len(span.text)
    return {i for i, (a, b) in enumerate(sentence.offsets) if a < end and b > start}


# --------------------------------------------------------------------------- predictors

def pipeline_predictor(batch_size: int = 32) -> Callable[[list[str]], tuple[list[list[Event]], list[str], list[str]]]:
    """Run the real pipeline over sentences: returns (events per sentence, cleaned texts,
    error messages of inputs the pipeline refused or a stage failed on)."""
    from ..ingest import RawArticle
    from ..model import Article
    from ..pipeline import Pipeline
    from ..settings import Settings

    pipeline = Pipeline(Settings(batch_size=batch_size))

    def predict(sentences: list[str]) -> tuple[list[list[Event]], list[str], list[str]]:
        events: list[list[Event]] = []
        texts: list[str] = []
        errors: list[str] = []
        inputs = (RawArticle(source=f"eval:{i}", text=s) for i, s in enumerate(sentences))
        for result in pipeline.run(inputs):
            if isinstance(result, Article):
                events.append(list(result.events))
                texts.append(result.text)
            else:  # an input the cleaner refused or a stage failed on: no events
                events.append([])
                texts.append("")
                errors.append(str(result))
        return events, texts, errors

    return predict


def _predict(
    report: EventsReport, texts: list[str], predict: Predictor | None, batch_size: int,
) -> tuple[list[list[Event]], list[str]]:
    if predict is not None:
        out = predict(texts)
        if len(out) != len(texts):
            raise ValueError(f"predictor returned {len(out)} results for {len(texts)} sentences")
        return out, list(texts)
    events, seen, errors = pipeline_predictor(batch_size)(texts)
    if errors:
        report.counts["pipeline errors"] = len(errors)
        report.notes.append(f"{len(errors)} sentences failed in the pipeline (no events), first: {errors[0][:160]}")
    return events, seen


# --------------------------------------------------------------------------- scorers

# PLOVER 0.5 types follow CAMEO's roots where PLOVER 2 splits them by modality.
PLOVER05_BY_CAMEO_ROOT = {"03": "AGREE", "12": "REJECT", "13": "THREATEN", "19": "ASSAULT"}


def plover05_type(event: Event) -> str:
    """PLOVER 0.5 (the GSR's version) codes stances as verbal acts, as CAMEO does: "will visit" is
    AGREE (CAMEO 036), "threatened to shell" THREATEN (138), "declined to resign" REJECT (124), and
    taking territory (192) is FIGHT. eventwire's `cameo` field already follows CAMEO, so the PLOVER 0.5
    type is read off its root; applied only when scoring PLOVER 0.5 gold."""
    return PLOVER05_BY_CAMEO_ROOT.get((event.cameo or "")[:2], event.type)


FOUND_TYPE = "type accuracy with the best of the sentence's events as top"
FOUND_ROOT = "root-code accuracy with the best of the sentence's events as top"


def _root_or_none(onto, code: str | None) -> str | None:
    try:
        return onto.cameo_root(code) if code else None
    except UnknownCode:
        return None


def _score_type(report: EventsReport, gold: list[GoldSentence], events: list[list[Event]]) -> None:
    golds, preds = [], []
    for g, evs in zip(gold, events, strict=True):
        top = top_event(evs)
        golds.append(g.label)
        label = plover05_type(top) if top else NONE
        preds.append(label)
        if top:
            _bucket(report, top.confidence, label == g.label)
    report.metrics["type accuracy"] = score_labels(report, golds, preds)
    report.counts["type accuracy"] = len(golds)
    answered = [(g, p) for g, p in zip(golds, preds) if p != NONE]
    if answered:
        report.metrics["type accuracy (sentences with an event)"] = sum(g == p for g, p in answered) / len(answered)
        report.counts["type accuracy (sentences with an event)"] = len(answered)
    # How much is lost in choosing the top event rather than in finding it.
    found = sum(g.label in {plover05_type(e) for e in evs} for g, evs in zip(gold, events, strict=True))
    report.metrics[FOUND_TYPE] = found / len(golds) if golds else 0.0
    report.counts[FOUND_TYPE] = len(golds)


def actor_matches(actor: Actor | None, gold: list[GoldActor]) -> tuple[bool | None, bool | None]:
    """(country right, sector right) of a predicted actor against the gold actors of one role;
    None where the gold has nothing comparable. Any gold actor may match (compound actors)."""
    scored = [g for g in gold if g.scored]
    sectors = frozenset().union(*(g.sectors for g in gold))
    country = sector = None
    if scored:
        country = actor is not None and (
            actor.country in {g.country for g in scored if g.country}
            or (actor.country is None and actor.sector in frozenset().union(*(g.stateless for g in scored))))
    if sectors:
        sector = actor is not None and actor.sector in sectors
    return country, sector


def _score_actors(report: EventsReport, gold: list[GoldSentence], events: list[list[Event]]) -> None:
    for role, attr in (("source", "actor"), ("target", "target")):
        score = ActorScore()
        for g, evs in zip(gold, events, strict=True):
            top = top_event(evs)
            actor = getattr(top, attr) if top else None
            country, sector = actor_matches(actor, getattr(g, role))
            if country is not None:
                score.n += 1
                score.found += actor is not None
                score.country += country
            if sector is not None:
                score.n_sector += 1
                score.found_sector += actor is not None
                score.sector += sector
        if score.n or score.n_sector:
            report.actors[role] = score
            report.metrics[f"{role} country accuracy"] = score.shares["country"] or 0.0
            report.counts[f"{role} country accuracy"] = score.n
            report.metrics[f"{role} sector accuracy"] = score.shares["sector"] or 0.0
            report.counts[f"{role} sector accuracy"] = score.n_sector


def _score_gsr(report: EventsReport, gold: list[GoldSentence], events: list[list[Event]]) -> None:
    _score_type(report, gold, events)
    _score_actors(report, gold, events)


def _score_cameo(report: EventsReport, gold: list[GoldSentence], events: list[list[Event]]) -> None:
    onto = get_ontology()
    golds, preds = [], []
    ptype_right = ptype_n = exact = found = 0
    for g, evs in zip(gold, events, strict=True):
        top = top_event(evs)
        groot = onto.cameo_root(g.label)
        proot = NONE
        if top and top.cameo:
            try:
                proot = onto.cameo_root(top.cameo)
            except UnknownCode:
                proot = "??"
        golds.append(groot)
        preds.append(proot)
        exact += int(bool(top) and top.cameo == g.label)
        found += groot in {_root_or_none(onto, e.cameo) for e in evs}
        if top:
            _bucket(report, top.confidence, proot == groot)
        gtype, _ = onto.plover_for_cameo(g.label)
        if gtype is not None:
            ptype_n += 1
            ptype_right += int(bool(top) and top.type == gtype)
    report.metrics["root-code accuracy"] = score_labels(report, golds, preds)
    report.counts["root-code accuracy"] = len(golds)
    report.metrics[FOUND_ROOT] = found / len(golds) if golds else 0.0
    report.counts[FOUND_ROOT] = len(golds)
    report.metrics["exact-code accuracy"] = exact / len(golds) if golds else 0.0
    report.counts["exact-code accuracy"] = len(golds)
    report.metrics["PLOVER type accuracy (via cross-walk)"] = ptype_right / ptype_n if ptype_n else 0.0
    report.counts["PLOVER type accuracy (via cross-walk)"] = ptype_n


def _score_class(report: EventsReport, gold: list[GoldSentence], events: list[list[Event]]) -> None:
    golds, preds = [], []
    answered = answered_right = 0
    for g, evs in zip(gold, events, strict=True):
        top = top_event(evs)
        q = event_quad(top) if top else None
        pred = str(q) if q is not None else "0"
        golds.append(g.label)
        preds.append(pred)
        if top:
            answered += 1
            answered_right += int(pred == g.label)
            _bucket(report, top.confidence, pred == g.label)
    report.metrics["quad-class accuracy (no event = 0)"] = score_labels(report, golds, preds)
    report.counts["quad-class accuracy (no event = 0)"] = len(golds)
    if answered:
        report.metrics["quad-class accuracy (sentences with an event)"] = answered_right / answered
        report.counts["quad-class accuracy (sentences with an event)"] = answered
    report.notes.append("no event counts as quad class 0 (make statement)")


def _score_roles(report: EventsReport, gold: list[RoleSentence], events: list[list[Event]], texts: list[str]) -> None:
    scores = {"source": LabelScore("source (S)"), "target": LabelScore("target (T)")}
    # The same scores over the sentences that mark any role: ConfliBERT leaves some sentences with an evident event
    # wholly unmarked ('India and Pakistan agreed to a cease-fire'), where every token we give counts as false.
    # Printed beside the headline scores, which stay over every sentence.
    marked = {"source": LabelScore("source (S)"), "target": LabelScore("target (T)")}
    unmarked = 0
    for g, evs, text in zip(gold, events, texts, strict=True):
        top = top_event(evs)
        any_role = bool(g.role_tokens("S") or g.role_tokens("T"))
        unmarked += not any_role
        for key, role, attr in (("source", "S", "actor"), ("target", "T", "target")):
            gold_tokens = g.role_tokens(role)
            actor = getattr(top, attr) if top else None
            if actor is not None and actor.antecedent is not None:  # "it has killed…": the gold marks the entity's name
                actor = actor.antecedent
            pred_tokens = span_tokens(actor, g, text)
            for s in (scores[key], marked[key]) if any_role else (scores[key],):
                s.tp += len(gold_tokens & pred_tokens)
                s.fp += len(pred_tokens - gold_tokens)
                s.fn += len(gold_tokens - pred_tokens)
    for key, s in scores.items():
        report.metrics[f"{key} token P"] = s.precision
        report.metrics[f"{key} token R"] = s.recall
        report.metrics[f"{key} token F1"] = s.f1
        report.counts[f"{key} token F1"] = s.support
    for key, s in marked.items():
        report.metrics[f"{key} F1 on sentences marking a role"] = s.f1
        report.counts[f"{key} F1 on sentences marking a role"] = len(gold) - unmarked
    report.notes.append(f"{unmarked} of {len(gold)} sentences mark no source and no target; the token scores count them, "
                        "the 'sentences marking a role' lines leave them out")
    report.per_label = {s.label: s for s in scores.values()}


# --------------------------------------------------------------------------- entry point

def evaluate_events(
    dataset: str,
    path: Path,
    split: str = "test",
    limit: int | None = None,
    predict: Predictor | None = None,
    batch_size: int = 32,
) -> EventsReport:
    """Score event predictions on one labelled dataset (see module docstring).

    `predict` maps a list of sentences to the events of each (for tests); by default
    the full `eventwire.pipeline.Pipeline` runs over one `RawArticle` per sentence.
    `limit` keeps the first N sentences of the split.
    """
    if dataset not in DATASETS:
        raise ValueError(f"unknown dataset {dataset!r}: use one of {', '.join(DATASETS)}")
    path = Path(path)
    if not path.exists():
        raise FileNotFoundError(f"{dataset}: no such file {path}")
    report = EventsReport(dataset=dataset, split=split, path=str(path))
    began = time.perf_counter()
    if dataset == "conflibert-roles":
        roles = [s for s in read_conll_roles(path) if in_split(s.split_key, split)][:limit]
        events, texts = _predict(report, [s.text for s in roles], predict, batch_size)
        report.n = len(roles)
        report.with_event = sum(bool(e) for e in events)
        _score_roles(report, roles, events, texts)
    else:
        reader = {"plover-gsr": read_plover_gsr, "cameo-codebook": read_cameo_codebook,
                  "conflibert-class": read_conflibert_class}[dataset]
        gold = [s for s in reader(path) if in_split(s.text, split)][:limit]
        events, _ = _predict(report, [s.text for s in gold], predict, batch_size)
        report.n = len(gold)
        report.with_event = sum(bool(e) for e in events)
        scorer = {"plover-gsr": _score_gsr, "cameo-codebook": _score_cameo, "conflibert-class": _score_class}[dataset]
        scorer(report, gold, events)
    report.seconds = time.perf_counter() - began
    return report
