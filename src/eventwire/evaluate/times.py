"""Score the times stage against TimeBank 1.2 (TimeML ``.tml`` files).

Per document: the TIMEX3 with functionInDocument="CREATION_TIME" (the DCT)
is the anchor and is never scored; the text is the content of <TEXT> with
tags stripped; gold spans are the TIMEX3 elements inside it.

Definitions (all overlap-based, a deliberate leniency on extents because
TimeBank's own extents are inconsistent about "the", "about", "early"):

* recall (per gold type): share of gold timexes overlapped by a prediction.
* value acc (all): share of gold timexes whose best-overlapping prediction
  (largest character overlap) has exactly the gold value; a gold timex with
  no prediction counts as wrong. This is the headline number.
* value acc (matched): the same over gold timexes that were matched.
* exact: share of gold timexes with a prediction of identical extent.
* precision (one row, all types): share of predictions overlapping any gold
  TIMEX3 of any type (DATE, TIME, DURATION or SET). Predictions of things
  TimeBank does not annotate count as wrong.

Values are compared as strings after one equivalence: a clock time written
without minutes (``T24``) equals the same hour with ``:00``.

The corpus is split deterministically by an MD5 of the file name (one in four
files held out) so rules can be developed on ``dev`` and checked on ``test``.
"""

from __future__ import annotations

import hashlib
import re
import sys
import time
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from rich.table import Table

SCORED_TYPES = ("DATE", "TIME", "DURATION")


@dataclass
class GoldTimex:
    start: int
    end: int
    type: str
    value: str
    text: str


@dataclass
class TimeBankDoc:
    name: str
    text: str
    dct: date | None
    timexes: list[GoldTimex]


def split_of(name: str) -> str:
    """'test' for one file in four (stable MD5 of the file name), else 'dev'."""
    return "test" if int(hashlib.md5(name.encode()).hexdigest(), 16) % 4 == 0 else "dev"


def _dct_date(value: str) -> date | None:
    m = re.match(r"(\d{4})-?(\d{2})-?(\d{2})", value or "")
    return date(int(m[1]), int(m[2]), int(m[3])) if m else None


def read_tml(path: Path) -> TimeBankDoc:
    root = ET.parse(path).getroot()
    dct = None
    for t in root.iter("TIMEX3"):
        if t.get("functionInDocument") == "CREATION_TIME":
            dct = _dct_date(t.get("value", ""))
            break
    text_el = root.find("TEXT")
    parts: list[str] = []
    gold: list[GoldTimex] = []
    length = 0

    def walk(el: ET.Element) -> None:
        nonlocal length
        if el.text:
            parts.append(el.text)
            length += len(el.text)
        for child in el:
            start = length
            walk(child)
            if child.tag == "TIMEX3" and child.get("functionInDocument") != "CREATION_TIME":
                gold.append(GoldTimex(start, length, child.get("type", ""), child.get("value", ""), ""))
            if child.tail:
                parts.append(child.tail)
                length += len(child.tail)

    if text_el is not None:
        walk(text_el)
    text = "".join(parts)
    for g in gold:
        g.text = text[g.start:g.end]
    return TimeBankDoc(path.name, text, dct, gold)


@dataclass
class TypeRow:
    type: str
    gold: int = 0
    matched: int = 0
    exact: int = 0
    value_correct: int = 0


@dataclass
class TimesReport:
    split: str
    docs: int = 0
    seconds: float = 0.0
    rows: dict[str, TypeRow] = field(default_factory=dict)
    predicted: int = 0
    predicted_correct: int = 0
    errors: list[tuple[str, str, str, str, str, str]] = field(default_factory=list)  # doc, type, gold text, gold value, pred text, pred value
    spurious: list[tuple[str, str, str, str]] = field(default_factory=list)  # doc, pred text, pred value, rule

    def value_accuracy(self, type_: str = "DATE", over: str = "all") -> float:
        r = self.rows[type_]
        denom = r.gold if over == "all" else r.matched
        return r.value_correct / denom if denom else 0.0

    @property
    def precision(self) -> float:
        return self.predicted_correct / self.predicted if self.predicted else 0.0

    def table(self) -> Table:
        t = Table(title=f"TimeBank times ({self.split}: {self.docs} docs, {self.seconds:.1f}s)")
        for col in ("type", "gold", "recall", "exact", "value acc (all)", "value acc (matched)"):
            t.add_column(col, justify="left" if col == "type" else "right")
        for r in self.rows.values():
            t.add_row(
                r.type, str(r.gold),
                f"{r.matched / r.gold:.3f}" if r.gold else "-",
                f"{r.exact / r.gold:.3f}" if r.gold else "-",
                f"{r.value_correct / r.gold:.3f}" if r.gold else "-",
                f"{r.value_correct / r.matched:.3f}" if r.matched else "-",
            )
        t.add_row("precision (any TIMEX3)", str(self.predicted), f"{self.precision:.3f}", "", "", "")
        return t


def _same_value(gold: str, pred: str) -> bool:
    if gold == pred:
        return True
    norm = lambda v: re.sub(r"(T\d{2})$", r"\1:00", v)  # noqa: E731
    return norm(gold) == norm(pred)


def iter_docs(path: Path, split: str = "all", limit: int | None = None) -> list[TimeBankDoc]:
    files = sorted(p for p in Path(path).rglob("*.tml"))
    if split != "all":
        files = [p for p in files if split_of(p.name) == split]
    if limit is not None:
        files = files[:limit]
    return [read_tml(p) for p in files]


def evaluate_times(path: Path, limit: int | None = None, split: str = "all") -> TimesReport:
    """Run spaCy + TimeTagger over TimeBank (`split`: all, dev or test) and score it."""
    from ..nlp import load, parse
    from ..times import TimeTagger

    docs = iter_docs(path, split, limit)
    nlp = load()
    tagger = TimeTagger()
    report = TimesReport(split=split, rows={t: TypeRow(t) for t in SCORED_TYPES})
    started = time.perf_counter()
    for tb, sdoc in zip(docs, parse(nlp, [d.text for d in docs], batch_size=16)):
        preds = tagger.tag(tb.text, tb.dct, sdoc)
        report.docs += 1
        for p in preds:
            report.predicted += 1
            if any(p.start < g.end and g.start < p.end for g in tb.timexes):
                report.predicted_correct += 1
            else:
                report.spurious.append((tb.name, p.text, p.value, p.rule))
        for g in tb.timexes:
            row = report.rows.get(g.type)
            if row is None:
                continue
            row.gold += 1
            over = [(min(p.end, g.end) - max(p.start, g.start), p) for p in preds if p.start < g.end and g.start < p.end]
            if not over:
                report.errors.append((tb.name, g.type, g.text, g.value, "", ""))
                continue
            row.matched += 1
            best = max(over, key=lambda x: x[0])[1]
            if best.start == g.start and best.end == g.end:
                row.exact += 1
            if _same_value(g.value, best.value):
                row.value_correct += 1
            else:
                report.errors.append((tb.name, g.type, g.text, g.value, best.text, best.value))
    report.seconds = time.perf_counter() - started
    return report


def main(argv: list[str] | None = None) -> int:
    """``python -m eventwire.evaluate.times PATH [--limit N] [--errors dev]``: dev and test tables."""
    import argparse

    from rich.console import Console

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("path", type=Path)
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--errors", choices=("dev", "test", "all"), default=None, help="print value/extent errors of a split")
    ap.add_argument("--type", default="DATE", help="gold type whose errors --errors prints")
    args = ap.parse_args(argv)
    console = Console()
    reports = {s: evaluate_times(args.path, args.limit, s) for s in ("dev", "test")}
    for rep in reports.values():
        console.print(rep.table())
    if args.errors:
        chosen = reports.values() if args.errors == "all" else [reports[args.errors]]
        for rep in chosen:
            for name, ty, gt, gv, pt, pv in rep.errors:
                if ty == args.type:
                    print(f"ERR\t{name}\t{gt!r}\t{gv}\t{pt!r}\t{pv}")
            for name, pt, pv, rule in rep.spurious:
                print(f"SPURIOUS\t{name}\t{pt!r}\t{pv}\t{rule}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
