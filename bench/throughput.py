"""Throughput of the whole eventwire pipeline against bare spaCy `nlp.pipe` over the
same texts, measured in the same run (machines here are noisy: read the ratio).

Usage: python bench/throughput.py FOLDER [FOLDER ...] [--limit N] [--per-stage]
Example: python bench/throughput.py ../shared/data/polnear/dev/text --limit 200

--per-stage also parses the texts once more (`nlp.parse`, Title Case headlines included) and
times each stage on those parses, printing each stage's time as a share of the parse time.
"""

from __future__ import annotations

import argparse
import resource
import time
from pathlib import Path

from eventwire.document import Document
from eventwire.ingest import RawArticle
from eventwire.model import Article
from eventwire.nlp import parse
from eventwire.pipeline import Pipeline
from eventwire.prepare import prepare


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folders", nargs="+", type=Path)
    parser.add_argument("--limit", type=int, default=None, help="use at most N articles")
    parser.add_argument("--per-stage", action="store_true", help="also time each stage against the parse")
    args = parser.parse_args()

    files = sorted(p for folder in args.folders for p in folder.rglob("*") if p.is_file())[: args.limit]
    raws = [RawArticle(source=str(p), text=p.read_text(encoding="utf-8", errors="replace")) for p in files]
    pipeline = Pipeline()  # loads spaCy, gazetteer and lexicons once, outside the timed region
    prepared = [a for a in (prepare(r, pipeline.settings) for r in raws) if isinstance(a, Article)]
    texts = [a.text for a in prepared]
    words = sum(len(t.split()) for t in texts)
    pipeline.code_text("Warm-up: troops entered Doha on Monday.")

    t0 = time.perf_counter()
    for _ in pipeline.nlp.pipe(texts, batch_size=pipeline.settings.batch_size):
        pass
    bare = time.perf_counter() - t0

    t0 = time.perf_counter()
    coded = sum(1 for _ in pipeline.run(raws))
    full = time.perf_counter() - t0

    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles: {coded} ({words:,} words)")
    print(f"bare spaCy nlp.pipe : {len(texts) / bare:8.2f} articles/s  {words / bare:9.0f} words/s  ({bare:.1f} s)")
    print(f"eventwire pipeline  : {coded / full:8.2f} articles/s  {words / full:9.0f} words/s  ({full:.1f} s)")
    print(f"ratio pipeline/bare : {bare / full:.2f} (share of bare spaCy speed kept)")
    print(f"peak RSS            : {rss_mb:.0f} MB")
    if args.per_stage:
        per_stage(pipeline, prepared)


def per_stage(pipeline: Pipeline, articles: list[Article]) -> None:
    """Each stage's time over the same parses, as a share of the time the parse took."""
    t0 = time.perf_counter()
    documents = [Document(a.model_copy(deep=True), doc) for a, doc in zip(articles, parse(pipeline.nlp, (a.text for a in articles)))]
    parsed = time.perf_counter() - t0
    print(f"parse (nlp.parse)   : {parsed:.1f} s")
    for stage in pipeline.stages:
        t0 = time.perf_counter()
        documents = [stage(d) for d in documents]
        spent = time.perf_counter() - t0
        print(f"  {stage.name:<18}: {spent:6.2f} s  {100 * spent / parsed:5.1f}% of parse time")


if __name__ == "__main__":
    main()
