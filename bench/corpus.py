"""Corpus-run benchmark: PolNeAR texts replicated to N documents (each copy gets a small
unique suffix so content hashes differ), coded on a Dask LocalCluster with 1 and then
2 workers through `eventwire.distributed.run_distributed` (the code path of
`eventwire run --workers N`), merged into a fresh DuckDB store each time. The copies
are near-duplicates by design, so near-duplicate skipping is off here (content-hash
dedupe only; the CLI equivalent is `eventwire run DIR --db F --workers 2 --near-dup 0`).

Reported, all in the same run (machines here are shared and noisy: read the ratios):
  bare spaCy `nlp.pipe` speed in this process on the original texts (1 core)
  per worker count: end-to-end wall time, coding articles/s (after the cluster is up
  and the pipeline loaded), stored articles, peak RSS per worker process
  scaling ratio (articles/s with the most workers / with 1 worker)
  the load average before and after, to judge contention from other processes
  CPU seconds per article in the workers and in the merging driver, and from them the
  speed-up expected on an idle machine (wall-clock ratios on a shared machine are not)

Usage: python bench/corpus.py [--docs N] [--workers 1,2] [--partition-size 32] [--polnear DIR]
Examples:
  python bench/corpus.py --docs 600 --workers 1,2      # scaling
  python bench/corpus.py --docs 10000 --workers 2      # end to end, ~45 min on 2 cores
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

from eventwire.distributed import run_distributed
from eventwire.ingest import RawArticle
from eventwire.model import Article
from eventwire.nlp import load
from eventwire.prepare import prepare
from eventwire.settings import Settings
from eventwire.store import DuckStore

DEFAULT_POLNEAR = Path(__file__).resolve().parents[2] / "shared" / "data" / "polnear"


def replicate(sources: list[Path], n: int, folder: Path) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sources]
    for k in range(n):
        base = texts[k % len(texts)]
        # a sentence, not a bare number, so the cleaner keeps it and the hash changes
        (folder / f"doc{k:06d}.txt").write_text(f"{base.rstrip()}\n\nThis is copy number {k} of the article.\n", encoding="utf-8")


def bare_spacy(sources: list[Path], settings: Settings, limit: int) -> tuple[float, int]:
    raws = [RawArticle(source=str(p), text=p.read_text(encoding="utf-8", errors="replace")) for p in sources[:limit]]
    texts = [a.text for a in (prepare(r, settings) for r in raws) if isinstance(a, Article)]
    nlp = load(settings.model)
    list(nlp.pipe(texts[:8]))  # warm-up
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=settings.batch_size):
        pass
    return len(texts) / (time.perf_counter() - t0), len(texts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--docs", type=int, default=10_000)
    parser.add_argument("--workers", default="1,2", help="comma-separated worker counts, run in this order")
    parser.add_argument("--partition-size", type=int, default=32)
    parser.add_argument("--bare-limit", type=int, default=200, help="texts for the bare spaCy measurement")
    parser.add_argument("--polnear", type=Path, default=DEFAULT_POLNEAR)
    parser.add_argument("--json", type=Path, default=None, help="also write the numbers to this file")
    args = parser.parse_args()

    settings = Settings()
    sources = sorted(p for p in args.polnear.glob("*/text/*") if p.is_file())
    if not sources:
        raise SystemExit(f"no PolNeAR texts under {args.polnear}/*/text")
    counts = [int(w) for w in args.workers.split(",")]
    report: dict = {"docs": args.docs, "polnear_texts": len(sources), "cpus": os.cpu_count(), "runs": []}
    with tempfile.TemporaryDirectory(prefix="eventwire-bench-") as tmp:
        corpus = Path(tmp) / "corpus"
        t0 = time.perf_counter()
        replicate(sources, args.docs, corpus)
        print(f"corpus: {args.docs} documents from {len(sources)} PolNeAR texts in {time.perf_counter() - t0:.1f} s  ({corpus})", flush=True)

        bare, n_bare = bare_spacy(sources, settings, args.bare_limit)
        report["bare_spacy_articles_per_s"] = bare
        print(f"bare spaCy nlp.pipe, 1 process : {bare:7.2f} articles/s  ({n_bare} texts, model {settings.model})", flush=True)

        for n in counts:
            load_before = os.getloadavg()
            store_path = Path(tmp) / f"store-{n}.duckdb"
            errors: list[str] = []
            with DuckStore(str(store_path)) as store:
                last = [time.perf_counter()]
                t_run = last[0]

                def progress(res, total, _last=last):  # noqa: ANN001
                    if time.perf_counter() - _last[0] > 60 or res.articles >= args.docs:
                        _last[0] = time.perf_counter()
                        print(f"  ... {res.articles} articles merged, {time.perf_counter() - t_run:.0f} s", flush=True)

                res = run_distributed([str(corpus)], store, workers=n, settings=settings, partition_size=args.partition_size,
                                      on_error=lambda e: errors.append(str(e)), on_progress=progress)
                stored = store.count()
            coding = res.seconds - res.ready_seconds
            run = {
                "workers": n, "stored": stored, "articles": res.articles, "errors": res.errors, "seconds": res.seconds,
                "ready_seconds": res.ready_seconds, "coding_articles_per_s": res.articles / coding,
                "end_to_end_articles_per_s": res.articles / res.seconds, "peak_rss_mb": sorted(res.workers.values()),
                "load_before": load_before, "load_after": os.getloadavg(),
                "worker_cpu_s_per_article": res.worker_cpu_seconds / max(res.articles, 1),
                "merge_cpu_s_per_article": res.merge_cpu_seconds / max(res.articles, 1),
            }
            report["runs"].append(run)
            rss = ", ".join(f"{v:.0f}" for v in run["peak_rss_mb"])
            print(
                f"{n} worker(s): {stored} stored, {res.errors} errors, {res.seconds:.0f} s end to end "
                f"(cluster up + pipeline loaded in {res.ready_seconds:.0f} s); "
                f"{run['coding_articles_per_s']:.2f} articles/s coding, {run['end_to_end_articles_per_s']:.2f} end to end; "
                f"{run['coding_articles_per_s'] / n / bare:.2f} of bare spaCy per worker; peak RSS per worker {rss} MB; "
                f"load avg {load_before[0]:.2f} -> {run['load_after'][0]:.2f}",
                flush=True,
            )
            w, d = run["worker_cpu_s_per_article"], run["merge_cpu_s_per_article"]
            print(f"  CPU per article: {w:.3f} s in a worker (coding + part), {d:.3f} s in the driver (merge into the store)", flush=True)
            for line in errors[:5]:
                print(f"  error: {line}")
    if len(report["runs"]) > 1:
        first, last = report["runs"][0], report["runs"][-1]
        report["scaling"] = last["coding_articles_per_s"] / first["coding_articles_per_s"]
        report["scaling_end_to_end"] = last["end_to_end_articles_per_s"] / first["end_to_end_articles_per_s"]
        print(f"scaling {first['workers']} -> {last['workers']} workers: {report['scaling']:.2f}x coding, {report['scaling_end_to_end']:.2f}x end to end (wall clock, under the load shown)")
    if report["runs"]:
        # a CPU-time model, immune to other processes: n workers and the merging driver share the cores
        w = sum(r["worker_cpu_s_per_article"] for r in report["runs"]) / len(report["runs"])
        d = sum(r["merge_cpu_s_per_article"] for r in report["runs"]) / len(report["runs"])
        cores = os.cpu_count() or 1
        one = 1 / max(w, d)
        two = min(2 / w, 1 / d, cores / (w + d))
        report["cpu_model"] = {"worker_s": w, "merge_s": d, "one_worker": one, "two_workers": two, "ratio": two / one}
        print(f"CPU-time model on an idle {cores}-core machine: 1 worker {one:.2f} articles/s, 2 workers {two:.2f} articles/s, ratio {two / one:.2f}x "
              f"(worker {w:.3f} s + merge {d:.3f} s CPU per article; scheduler overhead not counted)")
    if args.json:
        args.json.write_text(json.dumps(report, indent=2), "utf-8")


if __name__ == "__main__":
    main()
