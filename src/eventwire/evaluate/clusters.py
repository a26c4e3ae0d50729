"""Cross-article event clustering against a set of reports with gold event labels.

Input: JSONL, one report per line: {"id", "gold", "url", "published", "title", "text"}.
Each report describes one event; reports sharing `gold` describe the same event (written
by different outlets in different words), and look-alikes (same type, other place, day,
actor or target) carry their own label.

Every report is coded by the full pipeline, stored in an in-memory DuckStore and
clustered as `eventwire events --clustered` does. Two reports are predicted together
when one of their events shares a cluster. Pairwise precision/recall/F1 are over report
pairs; a report with no event at all counts as a singleton (costs recall only).
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from rich.table import Table

from ..clusters import Rules, pairwise_scores


@dataclass
class ClustersReport:
    reports: int = 0
    gold_events: int = 0
    clusters: int = 0
    no_event: list[str] = field(default_factory=list)
    scores: dict[str, float] = field(default_factory=dict)
    wrong_merges: list[tuple[str, str]] = field(default_factory=list)
    missed_merges: list[tuple[str, str]] = field(default_factory=list)
    seconds: float = 0.0

    def table(self) -> Table:
        s = self.scores
        t = Table(title=f"Event clusters across articles ({self.reports} reports of {self.gold_events} events; {self.clusters} predicted groups; {self.seconds:.1f}s)",
                  title_justify="left")
        for col in ("pairwise precision", "pairwise recall", "F1", "true pairs", "predicted pairs", "gold pairs"):
            t.add_column(col, justify="right")
        t.add_row(f"{s['precision']:.3f}", f"{s['recall']:.3f}", f"{s['f1']:.3f}", str(s["true_pairs"]), str(s["predicted_pairs"]), str(s["gold_pairs"]))
        notes = []
        if self.no_event:
            notes.append("no event coded: " + ", ".join(self.no_event))
        if self.wrong_merges:
            notes.append("wrongly together: " + ", ".join(f"{a}+{b}" for a, b in self.wrong_merges))
        if self.missed_merges:
            notes.append("wrongly apart: " + ", ".join(f"{a}+{b}" for a, b in self.missed_merges))
        t.caption = "\n".join(notes) or None
        t.caption_justify = "left"
        return t


def load_reports(path: Path | str) -> list[dict]:
    out = []
    for n, line in enumerate(Path(path).read_text("utf-8").splitlines(), 1):
        if line.strip():
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ValueError(f"{path}:{n}: not JSON ({exc.msg})") from None
    return out


def evaluate_clusters(path: Path | str, pipeline=None, rules: Rules | None = None) -> ClustersReport:  # noqa: ANN001
    from ..pipeline import Pipeline
    from ..store import DuckStore
    from ..store.clusters import update_clusters

    t0 = time.perf_counter()
    reports = load_reports(path)
    pipeline = pipeline or Pipeline()
    gold = {r["id"]: r["gold"] for r in reports}
    by_hash: dict[str, str] = {}
    result = ClustersReport(reports=len(reports), gold_events=len(set(gold.values())))
    with DuckStore(":memory:") as store:
        for r in reports:
            article = pipeline.code_text(r["text"], id=r["id"], url=r.get("url"), title=r.get("title"),
                                         published=date.fromisoformat(r["published"]) if r.get("published") else None)
            by_hash[article.content_hash] = r["id"]
            if not article.events:
                result.no_event.append(r["id"])
            store.add(article)
        update_clusters(store.con, rules, force=True)
        rows = store.con.execute("SELECT cluster_id, content_hash FROM event_cluster_members").fetchall()
    # reports linked through any shared cluster form one predicted group (connected components)
    parent = {rid: rid for rid in gold}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    first: dict[str, str] = {}
    for cid, h in sorted(rows):
        rid = by_hash[h]
        if cid in first:
            parent[find(rid)] = find(first[cid])
        else:
            first[cid] = rid
    predicted: dict[str, list[str]] = {}
    for rid in sorted(gold):
        predicted.setdefault(find(rid), []).append(rid)
    gold_groups: dict[str, list[str]] = {}
    for rid, g in sorted(gold.items()):
        gold_groups.setdefault(g, []).append(rid)
    result.clusters = len(predicted)
    result.scores = pairwise_scores(predicted.values(), gold_groups.values())
    same_pred = {frozenset((a, b)) for g in predicted.values() for i, a in enumerate(g) for b in g[i + 1:]}
    same_gold = {frozenset((a, b)) for g in gold_groups.values() for i, a in enumerate(g) for b in g[i + 1:]}
    result.wrong_merges = sorted(tuple(sorted(p)) for p in same_pred - same_gold)  # type: ignore[misc]
    result.missed_merges = sorted(tuple(sorted(p)) for p in same_gold - same_pred)  # type: ignore[misc]
    result.seconds = time.perf_counter() - t0
    return result
